// Packs the plugin, installs the tarball into each consumer project (in a temporary copy) and
// lints its fixture with that project's ESLint: every rule of the recommended config must report
// on src/, nothing may report on tests/, and both require() and import must give the plugin. The
// package's twelve-factor-audit command is run there too, on that project's ESLint.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'twelve-factor-integration-'));
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}${ok ? '' : `\n       ${detail}`}`);
}

try {
  run('npm', ['run', 'build', '--silent'], root);
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  const tarballPath = join(work, tarball);
  const plugin = (await import(join(root, 'dist', 'index.js'))).default;
  const expected = Object.keys(plugin.configs.recommended.rules).sort();

  for (const project of readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const dir = join(work, project);
    cpSync(join(here, project), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
    // Every consumer lints the same fixture: the sample with one violation of each core rule.
    mkdirSync(join(dir, 'src'), { recursive: true });
    cpSync(join(root, 'tests', 'samples', 'violations.js'), join(dir, 'src', 'server.js'));
    // A declaration file, as JavaScript packages ship beside their code: the configs leave it out,
    // so projects that parse no TypeScript get no parsing error for it.
    writeFileSync(join(dir, 'src', 'server.d.ts'), 'export interface Options { port: number }\nexport declare function start(options: Options): void;\n');
    // TypeScript and JSX files in a project that parses neither: the flat configs do not have ESLint
    // lint them (the legacy configs' overrides do; their README section says how to keep them to JavaScript).
    if (!project.includes('legacy')) {
      writeFileSync(join(dir, 'src', 'options.ts'), 'export const port: number = Number(process.env.PORT);\n');
      writeFileSync(join(dir, 'src', 'page.jsx'), 'export const page = <main />;\n');
    }
    run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tarballPath], dir);
    const eslintEnv = project.includes('legacy') ? { ESLINT_USE_FLAT_CONFIG: 'false' } : {};
    let output;
    try {
      output = run('npx', ['--no-install', 'eslint', '--format', 'json', 'src', 'tests'], dir, eslintEnv);
    } catch (error) {
      output = error.stdout; // exit code 1: lint errors found, which is what we expect
    }
    const results = JSON.parse(output);
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal || !m.ruleId));
    const bySource = (part) => [...new Set(results.filter((r) => r.filePath.includes(`/${part}/`)).flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();
    check(`${project}: fixture parses and loads the plugin`, fatal.length === 0, JSON.stringify(fatal));
    check(`${project}: every recommended rule reports on src/`, JSON.stringify(bySource('src')) === JSON.stringify(expected), `got ${JSON.stringify(bySource('src'))}, expected ${JSON.stringify(expected)}`);
    check(`${project}: tests/ is left alone`, bySource('tests').length === 0, `got ${JSON.stringify(bySource('tests'))}`);
    const loaded = run('node', ['-e', `
      const cjs = require('eslint-plugin-twelve-factor');
      import('eslint-plugin-twelve-factor').then((esm) => {
        const same = esm.default === cjs && cjs.meta.namespace === 'twelve-factor' && Object.keys(cjs.configs).length === 4;
        console.log(same ? 'same' : 'different');
      });`], dir).trim();
    check(`${project}: require() and import give the same plugin object`, loaded === 'same', loaded);

    // The audit command of the installed package, on this project's ESLint: every recommended
    // rule reports on src/, tests/ is skipped, nothing fails to parse, exit code 1.
    let audit;
    let auditCode = 0;
    try {
      audit = run('npx', ['--no-install', 'twelve-factor-audit', '.', '--format', 'json'], dir, eslintEnv);
    } catch (error) {
      audit = error.stdout;
      auditCode = error.status;
    }
    let report;
    try {
      report = JSON.parse(audit);
    } catch {
      report = { findings: [], parseErrors: ['not JSON'] };
    }
    const auditRules = [...new Set(report.findings.map((f) => `twelve-factor/${f.rule}`))].sort();
    const auditOk =
      auditCode === 1 &&
      expected.every((id) => auditRules.includes(id)) &&
      report.findings.every((f) => f.file.startsWith('src/')) &&
      report.parseErrors.length === 0;
    check(`${project}: twelve-factor-audit reports every recommended rule on src/ and skips tests/`, auditOk, `exit ${auditCode}, rules ${JSON.stringify(auditRules)}, files ${JSON.stringify([...new Set(report.findings.map((f) => f.file))])}, parse errors ${JSON.stringify(report.parseErrors)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`integration: ${passed} passed, ${failed} failed`);
mkdirSync(join(root, '.test-results'), { recursive: true });
writeFileSync(join(root, '.test-results', 'integration.json'), JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
process.exit(failed === 0 ? 0 : 1);
