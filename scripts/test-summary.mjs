// Prints the one line CI reads, "N passed, N failed", from the vitest JSON report and the
// integration run's counts, and exits non-zero when anything failed or nothing ran.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['.test-results/vitest.json', '.test-results/integration.json'];
let passed = 0;
let failed = 0;
for (const file of reports) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) ;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
