// npm run sweep [-- --smoke]: lints the benchmark corpus (bench/corpus.mjs, real server code from
// npm) with every rule of the plugin in its strict form and fails on any exception a rule throws.
// A crashing file is found by bisection and printed with the rule and the message.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, getCacheDirectory } from '../bench/corpus.mjs';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });

execFileSync('npm', ['run', 'build', '--silent'], { cwd: repository, stdio: 'inherit' });
const pluginDist = join(repository, 'dist');
const plugin = createRequire(import.meta.url)(join(pluginDist, 'index.js'));
const rules = plugin.configs.strict.rules;

const corpus = buildCorpus({ smoke: values.smoke });
const corpusFile = join(getCacheDirectory(), values.smoke ? 'corpus-smoke.json' : 'corpus.json');
console.log(`sweep: ${Object.keys(rules).length} rules (strict) on ${corpus.files.length} files, ${corpus.lines} lines, corpus ${corpus.fingerprint.slice(0, 12)}`);

const work = mkdtempSync(join(tmpdir(), 'twelve-factor-sweep-'));
const jobFile = join(work, 'job.json');
const resultFile = join(work, 'result.json');
writeFileSync(jobFile, JSON.stringify({ corpusFile, repository, pluginDist, plugins: ['twelve-factor'], rules, chunkSize: 200 }));
const worker = spawnSync(process.execPath, [join(repository, 'bench', 'lint-worker.mjs'), jobFile, resultFile], { stdio: 'inherit' });
if (worker.status !== 0) {
  console.error(`sweep: the lint worker exited with ${worker.status}`);
  process.exit(1);
}
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
for (const crash of result.crashes) console.log(`CRASH ${crash.file}: ${crash.ruleId ?? 'unknown rule'}: ${crash.message}`);
const reports = Object.values(result.problems ?? {}).reduce((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
console.log(`sweep: ${corpus.files.length} files, ${result.crashes.length} crashes, ${result.parseErrors?.length ?? 0} parse errors of the corpus itself${reports ? `, ${reports} reports` : ''}`);
process.exit(result.crashes.length === 0 ? 0 : 1);
