import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface PackageJson {
  name: string;
  version: string;
  repository: { url: string };
}

// Read at run time, not imported: package.json sits beside both src/ and dist/.
export const packageInfo: PackageJson = JSON.parse(
  readFileSync(join(__dirname, '..', 'package.json'), 'utf8'),
) as PackageJson;
