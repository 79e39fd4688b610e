import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules';
import { FAKE_TOKENS } from '../analysis/secrets/fake-tokens';

// The built command, run as a user runs it: a child process, stdout piped.
const repo = join(__dirname, '..', '..');
const cli = join(repo, 'dist', 'cli', 'audit.js');
const unready = join(repo, 'examples', 'unready-service');
const ready = join(repo, 'examples', 'ready-service');
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
const ESC = '\u001b[';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The examples do not change during a run: one process per distinct command line is enough.
const runs = new Map<string, Run>();

function audit(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  const key = JSON.stringify([args, options]);
  const cached = runs.get(key);
  if (cached && args.some((arg) => arg.includes('examples/'))) return cached;
  const run = spawnAudit(args, options);
  runs.set(key, run);
  return run;
}

function spawnAudit(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> }): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? repo, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * What the audit finds on examples/unready-service: [factor, rule, file, line, column], in report
 * order. Each is a deliberate twelve-factor mistake of the example (see its source comments).
 */
const UNREADY_FINDINGS: [string, string, string, number, number][] = [
  ['III', 'no-hardcoded-config', 'src/config.js', 3, 16], // password in the Postgres connection string
  ['III', 'no-hardcoded-config', 'src/config.js', 4, 18], // session secret
  ['III', 'no-hardcoded-config', 'src/config.js', 5, 40], // JWT secret as a fallback of process.env.JWT_SECRET
  ['IV', 'no-hardcoded-config', 'src/db.js', 7, 33], // Redis host
  ['IV', 'no-hardcoded-config', 'src/db.js', 7, 65], // Redis port
  ['VI', 'no-in-memory-session', 'src/app.js', 12, 3], // express-session without a store
  ['VI', 'no-in-memory-session', 'src/routes/cart.js', 6, 7], // carts in a module-level Map
  ['VII', 'no-hardcoded-config', 'src/server.js', 6, 12], // app.listen(8080)
  ['IX', 'require-sigterm-handler', 'src/server.js', 6, 1], // no SIGTERM handler
  ['XI', 'no-fs-logging', 'src/logger.js', 6, 16], // winston File transport
  ['XI', 'no-fs-logging', 'src/routes/orders.js', 26, 5], // fs.appendFile to logs/orders-audit.log
];

/** The fake secrets of examples/unready-service/src/config.js. */
const UNREADY_SECRETS = ['Wq7vLp2x-not-a-real-password', 'b7Yq2mXc-not-a-real-secret', 'jH3kP9xQ-not-a-real-secret'];

interface JsonReport {
  version: string;
  root: string;
  durationMs: number;
  files: number;
  factors: { id: string; title: string; url: string; rules: string[]; status: string; findings: number }[];
  findings: { factor: string; rule: string; file: string; line: number; column: number; message: string }[];
  parseErrors: { file: string; line: number; column: number; message: string }[];
  skipped: string[];
  counts: { findings: number; parseErrors: number; files: number; skipped: number; factorsChecked: number; factorsWithFindings: number };
}

function auditJson(args: string[], options?: { cwd?: string }): { run: Run; report: JsonReport } {
  const run = audit([...args, '--format', 'json'], options);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } };
    results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
  }[];
}

/** A throwaway project: path → content. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'twelve-factor-audit-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  temporary.push(dir);
  return dir;
}
const temporary: string[] = [];

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('usage', () => {
  it('--help prints the usage and exits 0', () => {
    const run = audit(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: twelve-factor-audit \[path\] \[options\]/);
    for (const option of ['--format', '--include', '--exclude', '--no-color', '--help', '--version']) expect(run.stdout).toContain(option);
  });

  it('--version prints the package version', () => {
    expect(audit(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['--bogus'], 'twelve-factor-audit: unknown option --bogus (see twelve-factor-audit --help)'],
    [['--format', 'xml'], "twelve-factor-audit: unknown format 'xml': use text, json or sarif (see twelve-factor-audit --help)"],
    [['--include'], 'twelve-factor-audit: option --include needs a value (see twelve-factor-audit --help)'],
    [['a', 'b'], 'twelve-factor-audit: one path at most, got 2: a b (see twelve-factor-audit --help)'],
  ])('bad usage %j exits 2 with one line on stderr', (args, line) => {
    expect(audit(args)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('a path that does not exist exits 2 with one line, no stack trace', () => {
    const run = audit(['no/such/folder']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'twelve-factor-audit: path not found: no/such/folder (see twelve-factor-audit --help)\n' });
    expect(run.stderr).not.toContain('    at ');
  });
});

describe('the ready example', () => {
  it('text: every checked factor passes, exit 0', () => {
    const run = audit([ready]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toMatch(/^Twelve-factor audit of examples\/ready-service\n/);
    expect(run.stdout).not.toContain('✗');
    expect(run.stdout).toMatch(/\nNo findings in \d+ checked factors?, 7 files in \d+\.\d s\n$/);
  });

  it('json: no findings, no parse errors', () => {
    const { run, report } = auditJson([ready]);
    expect(run.code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.parseErrors).toEqual([]);
    expect(report.files).toBe(7);
    expect(report.factors.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it('sarif: no results', () => {
    const run = audit([ready, '--format', 'sarif']);
    expect(run.code).toBe(0);
    const sarif = JSON.parse(run.stdout) as Sarif;
    expect(sarif.runs[0]?.results).toEqual([]);
  });
});

describe('the unready example', () => {
  it('json: the documented schema', () => {
    const { run, report } = auditJson([unready]);
    expect(run.stderr).toBe('');
    expect(Object.keys(report)).toEqual(['version', 'root', 'durationMs', 'files', 'factors', 'findings', 'parseErrors', 'skipped', 'counts']);
    expect(report.version).toBe(version);
    expect(report.root).toBe(unready);
    expect(report.files).toBe(7);
    expect(typeof report.durationMs).toBe('number');
    expect(report.factors.map((f) => f.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    for (const factor of report.factors) {
      expect(Object.keys(factor)).toEqual(['id', 'title', 'url', 'rules', 'status', 'findings']);
      expect(factor.findings).toBe(report.findings.filter((f) => f.factor === factor.id).length);
      expect(factor.status).toBe(factor.findings > 0 ? 'fail' : factor.rules.length > 0 ? 'pass' : 'not-checked');
    }
    for (const finding of report.findings) expect(Object.keys(finding)).toEqual(['factor', 'rule', 'file', 'line', 'column', 'message']);
    expect(report.counts).toEqual({
      findings: report.findings.length,
      parseErrors: 0,
      files: 7,
      skipped: 0,
      factorsChecked: report.factors.filter((f) => f.rules.length > 0).length,
      factorsWithFindings: report.factors.filter((f) => f.findings > 0).length,
    });
    expect(report.parseErrors).toEqual([]);
  });

  it('json: exactly the findings the example was written to have', () => {
    const { run, report } = auditJson([unready]);
    expect(run.code).toBe(1);
    expect(report.findings.map((f) => [f.factor, f.rule, f.file, f.line, f.column])).toEqual(UNREADY_FINDINGS);
    for (const finding of report.findings) expect(finding.message).toMatch(new RegExp(`^Factor ${finding.factor}: `));
    expect(report.factors.map((f) => [f.id, f.status, f.findings])).toEqual([
      ['I', 'not-checked', 0],
      ['II', 'not-checked', 0],
      ['III', 'fail', 3],
      ['IV', 'fail', 2],
      ['V', 'not-checked', 0],
      ['VI', 'fail', 2],
      ['VII', 'fail', 1],
      ['VIII', 'not-checked', 0],
      ['IX', 'fail', 1],
      ['X', 'not-checked', 0],
      ['XI', 'fail', 2],
      ['XII', 'not-checked', 0],
    ]);
  });

  it('text: the factor table, the findings by factor, the summary', () => {
    const run = audit([unready]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 16)).toEqual([
      'Twelve-factor audit of examples/unready-service',
      '',
      '  Factor                     Checked by               Status',
      '  I     Codebase             —                        — not checked statically',
      '  II    Dependencies         —                        — not checked statically',
      '  III   Config               no-hardcoded-config      ✗ 3 findings',
      '  IV    Backing services     no-hardcoded-config      ✗ 2 findings',
      '  V     Build, release, run  —                        — not checked statically',
      '  VI    Processes            no-in-memory-session     ✗ 2 findings',
      '  VII   Port binding         no-hardcoded-config      ✗ 1 finding',
      '  VIII  Concurrency          —                        — not checked statically',
      '  IX    Disposability        require-sigterm-handler  ✗ 1 finding',
      '  X     Dev/prod parity      —                        — not checked statically',
      '  XI    Logs                 no-fs-logging            ✗ 2 findings',
      '  XII   Admin processes      —                        — not checked statically',
      '',
    ]);
    const headings = lines.filter((line) => /^[IVX]+ /.test(line));
    expect(headings).toEqual([
      'III Config · 3 findings · https://12factor.net/config',
      'IV Backing services · 2 findings · https://12factor.net/backing-services',
      'VI Processes · 2 findings · https://12factor.net/processes',
      'VII Port binding · 1 finding · https://12factor.net/port-binding',
      'IX Disposability · 1 finding · https://12factor.net/disposability',
      'XI Logs · 2 findings · https://12factor.net/logs',
    ]);
    const findingLines = lines.filter((line) => line.startsWith('  src/'));
    expect(findingLines.map((line) => line.split('  ').filter(Boolean).at(0))).toEqual(UNREADY_FINDINGS.map(([, , file, line, column]) => `${file}:${line}:${column}`));
    expect(findingLines.map((line) => line.split('  ').at(-1))).toEqual(UNREADY_FINDINGS.map(([, rule]) => rule));
    expect(run.stdout).toMatch(/\n11 findings in 6 of 6 checked factors, 7 files in \d+\.\d s\n$/);
  });

  it('sarif: 2.1.0, the plugin’s rules with their doc pages, one result per finding, no snippets', () => {
    const run = audit([unready, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as Sarif;
    expect(sarif.version).toBe('2.1.0');
    const sarifRun = sarif.runs[0];
    expect(sarifRun?.tool.driver.name).toBe('twelve-factor-audit');
    expect(sarifRun?.tool.driver.version).toBe(version);
    expect(sarifRun?.tool.driver.rules.map((r) => r.id)).toEqual(Object.keys(rules).sort().map((name) => `twelve-factor/${name}`));
    for (const rule of sarifRun?.tool.driver.rules ?? []) {
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id.replace('twelve-factor/', '')}\\.md$`));
      expect(rule.shortDescription.text).toMatch(/^(?:Disallow|Require|Enforce) /);
    }
    expect(
      sarifRun?.results.map((r) => {
        const location = r.locations[0]?.physicalLocation;
        return [r.ruleId.replace('twelve-factor/', ''), location?.artifactLocation.uri, location?.region.startLine, location?.region.startColumn];
      }),
    ).toEqual(UNREADY_FINDINGS.map(([, rule, file, line, column]) => [rule, file, line, column]));
    expect(sarifRun?.results.every((r) => r.level === 'error' && r.message.text.startsWith('Factor '))).toBe(true);
    expect(run.stdout).not.toContain('snippet');
  });

  it('no output format prints a secret of the example in full', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const output = audit([unready, '--format', format]).stdout;
      for (const secret of UNREADY_SECRETS) {
        expect(readFileSync(join(unready, 'src', 'config.js'), 'utf8')).toContain(secret);
        expect(output).not.toContain(secret);
        expect(output).toContain(`'${secret.slice(0, 4)}…'`);
      }
    }
  });

  it('every registered rule is named in the factor table', () => {
    const { report } = auditJson([unready]);
    const named = new Set(report.factors.flatMap((f) => f.rules));
    expect([...named].sort()).toEqual(Object.keys(rules).sort());
  });
});

describe('parse errors, TypeScript, CommonJS scripts', () => {
  it('reports a file that does not parse and goes on with the others, TypeScript and JSX and sloppy scripts included', () => {
    const dir = project({
      'src/broken.js': 'const a = ;\n',
      'src/server.ts': [
        "import express, { type Request, type Response } from 'express';",
        '',
        'const app = express();',
        'const port: number = 3000;',
        '',
        "app.get('/', (_req: Request, res: Response) => res.send('ok'));",
        'app.listen(port);',
        '',
      ].join('\n'),
      'src/legacy.js': "// sloppy-mode script: an octal literal is a syntax error in a module\nvar mode = 0755;\nmodule.exports = mode;\n",
      'src/view.jsx': 'export const View = () => <div>hi</div>;\n',
    });
    const { run, report } = auditJson([dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.files).toBe(4);
    expect(report.parseErrors).toEqual([{ file: 'src/broken.js', line: 1, column: 11, message: 'Parsing error: Unexpected token ;' }]);
    expect(report.counts.parseErrors).toBe(1);
    // The TypeScript file is linted with the rules: a hardcoded port, no SIGTERM handler.
    expect(report.findings.map((f) => [f.factor, f.rule, f.file, f.line, f.column])).toEqual([
      ['VII', 'no-hardcoded-config', 'src/server.ts', 7, 12],
      ['IX', 'require-sigterm-handler', 'src/server.ts', 7, 1],
    ]);

    const text = audit([dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Could not parse · 1 file (not audited)\n  src/broken.js:1:11  Parsing error: Unexpected token ;\n');
    expect(text.stdout).toMatch(/; 1 file could not be parsed\n$/);

    const sarif = JSON.parse(audit([dir, '--format', 'sarif']).stdout) as Sarif;
    const notifications = sarif.runs[0]?.invocations[0]?.toolExecutionNotifications ?? [];
    expect(notifications.map((n) => [n.message.text, n.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([
      ['Could not parse: Parsing error: Unexpected token ;', 'src/broken.js'],
    ]);
  });
});

describe('what is linted', () => {
  it('skips node_modules, build output, coverage, examples, benchmarks, tests, fixtures and .gitignore’d paths; --include and --exclude override, --exclude last', () => {
    const broken = 'const a = ;\n';
    const dir = project({
      '.gitignore': '# generated\ngenerated/\n*.tmp.js\n',
      'src/app.js': 'module.exports = 1;\n',
      'src/app.test.js': broken,
      'src/old.tmp.js': broken,
      'generated/client.js': broken,
      'node_modules/dep/index.js': broken,
      'dist/index.js': broken,
      'dist/index.test.js': broken,
      'build/index.js': broken,
      'out/index.js': broken,
      'coverage/lcov-report/prettify.js': broken,
      'tests/unit/app.js': broken,
      'test/fixtures/app.js': broken,
      'src/__tests__/app.js': broken,
      'scripts/seed.js': broken,
      'examples/basic.js': broken,
      'packages/api/example/app.js': broken,
      'bench/run.js': broken,
      'benchmarks/load.js': broken,
      'types/index.d.ts': 'export declare const a: number;\n',
      'public/vendor.min.js': broken,
      'README.md': '# not a source\n',
    });
    const plain = auditJson([dir]).report;
    expect(plain.files).toBe(2);
    expect(plain.parseErrors.map((e) => e.file)).toEqual(['scripts/seed.js']);

    const excluded = auditJson([dir, '--exclude', 'scripts/**']);
    expect(excluded.run.code).toBe(0);
    expect(excluded.report.files).toBe(1);

    const included = auditJson([dir, '--exclude', 'scripts/**', '--include', 'tests/**', '--include', 'dist/**', '--include', 'generated/**', '--include', 'examples/**']).report;
    // Build output comes back without the tests compiled into it; `tests/**` asks for tests.
    expect(included.parseErrors.map((e) => e.file)).toEqual(['dist/index.js', 'examples/basic.js', 'generated/client.js', 'tests/unit/app.js']);

    // An include that names tests brings them back inside build output too.
    const distTests = auditJson([dir, '--include', 'dist/**', '--include', 'dist/**/*.test.js', '--exclude', 'scripts/**']).report;
    expect(distTests.parseErrors.map((e) => e.file)).toEqual(['dist/index.js', 'dist/index.test.js']);
  });

  it('honours the .gitignore files of nested packages, relative to their folder', () => {
    const broken = 'const a = ;\n';
    const dir = project({
      'packages/api/.gitignore': '/generated/\n',
      'packages/api/src/server.js': 'module.exports = 1;\n',
      'packages/api/generated/client.js': broken,
      'packages/web/generated/client.js': broken,
    });
    const { report } = auditJson([dir]);
    expect(report.files).toBe(2);
    expect(report.parseErrors.map((e) => e.file)).toEqual(['packages/web/generated/client.js']);
  });

  it('lints Node.js scripts without an extension (`bin/www`) as JavaScript, not other files without one', () => {
    const www = [
      '#!/usr/bin/env node',
      "const http = require('http');",
      "const app = require('../app');",
      'const server = http.createServer(app);',
      'server.listen(3000);',
      '',
    ].join('\n');
    const dir = project({
      'app.js': 'module.exports = function app(req, res) { res.end(); };\n',
      'bin/www': www,
      // Sloppy mode (an octal literal): read again as a CommonJS script, like a `.js` file.
      'bin/legacy': '#!/usr/bin/env -S node --no-warnings\nvar mode = 0755;\nmodule.exports = mode;\n',
      'bin/broken': '#!/usr/local/bin/node\nconst a = ;\n',
      'bin/setup': '#!/bin/sh\nset -e\nnode ./bin/www &\n',
      'bin/tool': '#!/usr/bin/env python3\nimport sys\n',
      'Dockerfile': 'FROM node:22\nCMD ["node", "bin/www"]\n',
      LICENSE: 'MIT License\n',
      '.husky/pre-commit': '#!/usr/bin/env node\nconst a = ;\n',
      'test/bin/run': '#!/usr/bin/env node\nconst a = ;\n',
      'scripts/seed': '#!/usr/bin/env node\nconst a = ;\n',
    });
    const { run, report } = auditJson([dir, '--exclude', 'scripts/**']);
    expect(run.stderr).toBe('');
    expect(report.files).toBe(4);
    expect(report.parseErrors.map((e) => [e.file, e.line, e.column])).toEqual([['bin/broken', 2, 11]]);
    expect(report.findings.map((f) => [f.factor, f.rule, f.file, f.line])).toEqual([
      ['VII', 'no-hardcoded-config', 'bin/www', 5],
      ['IX', 'require-sigterm-handler', 'bin/www', 5],
    ]);

    // Given as the path, the script is audited too.
    const single = auditJson([join(dir, 'bin', 'www')]).report;
    expect(single.files).toBe(1);
    expect(single.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['no-hardcoded-config', 'www', 5],
      ['require-sigterm-handler', 'www', 5],
    ]);
  });

  it('audits a single file given as the path', () => {
    const dir = project({ 'src/a.js': 'const a = ;\n', 'src/b.js': 'module.exports = 2;\n' });
    const { report } = auditJson([join(dir, 'src', 'a.js')]);
    expect(report.root).toBe(join(dir, 'src'));
    expect(report.files).toBe(1);
    expect(report.parseErrors.map((e) => e.file)).toEqual(['a.js']);
  });

  it('skips files over 1 MB and minified files as generated code, not short files with a long line', () => {
    // A minified chunk that would be reported if it were linted: a known token format.
    const chunk = `var e={${Array.from({ length: 400 }, (_, i) => `key${i}:"value${i}"`).join(',')}},t="${FAKE_TOKENS['github-token']}";export{e as a,t as b};`;
    const key = `module.exports = { githubToken: '${FAKE_TOKENS['github-token']}', pad: '${'x'.repeat(3000)}' };\n`;
    const dir = project({
      'src/app.js': 'module.exports = 1;\n',
      'src/key.js': key,
      'public/bundle.js': `var data = "${'x'.repeat(1024 * 1024)}";\n`,
      'public/assets/chunk-AbC123.js': chunk,
    });
    expect(chunk.length).toBeGreaterThan(4096);
    expect(key.length).toBeLessThan(4096);
    const { report } = auditJson([dir]);
    expect(report.files).toBe(2);
    expect(report.skipped).toEqual(['public/assets/chunk-AbC123.js', 'public/bundle.js']);
    expect(report.findings.map((finding) => finding.file)).toEqual(['src/key.js']);
    expect(audit([dir]).stdout).toMatch(/; 2 files skipped as generated \(over 1 MB or minified\)\n$/);
  });

  it('lints a repository of hundreds of files (multi-threaded where ESLint has it), without ESLint’s warnings', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 320; i++) files[`src/module-${String(i).padStart(3, '0')}.js`] = `module.exports = function f${i}(x) { return x + ${i}; };\n`;
    files['src/module-999.js'] = 'const a = ;\n';
    // A script without an extension is linted in the worker threads too, with the JavaScript config.
    files['bin/www'] = '#!/usr/bin/env node\nconst a = ;\n';
    // A legacy ignore file makes ESLint warn; the audit's user did not configure ESLint and is not told.
    files['.eslintignore'] = 'vendor/\n';
    const { run, report } = auditJson([project(files)]);
    expect(run.stderr).toBe('');
    expect(report.files).toBe(322);
    expect(report.parseErrors.map((e) => e.file)).toEqual(['bin/www', 'src/module-999.js']);
  });
});

describe('output', () => {
  it('piped output has no colour codes, whatever the format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const run = audit([unready, '--format', format]);
      expect(run.stdout).not.toContain(ESC);
      expect(run.stderr).toBe('');
    }
  });
});
