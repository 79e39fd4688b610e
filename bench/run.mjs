#!/usr/bin/env node
// The benchmark: builds the plugin, lints the corpus (corpus.mjs) once per configuration and run,
// each in a fresh process (lint-worker.mjs), and once more per configuration for the heap it keeps
// (a settled run), runs the scaling check (scaling.mjs) and writes the results with the budget
// verdicts of issue 8.
//
//   npm run bench                 3 runs, writes bench/RESULTS.md
//   npm run bench -- --runs 5
//   npm run bench:smoke           tiny corpus, 1 run, 2 workers at a time, writes to a temporary file; exit 1 on any crash
//   node bench/run.mjs --only floor,recommended --no-scaling --out /tmp/r.md
//   node bench/run.mjs --plugin-dist /tmp/other-build --smoke   bench another build, no npm run build
//   node bench/run.mjs --all-strict-variants    every rule that has a `strict` option also alone with it
//   node bench/run.mjs --from-runs ~/.cache/twelve-factor-bench/runs/<date>   render an earlier run's raw figures again
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, getCacheDirectory } from './corpus.mjs';
import { formatScaling, LINEAR_LIMIT, MAX_RECHECKS, MIN_JUDGED_TIME, OUTER_FACTOR, OUTER_LIMIT } from './scaling.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const repository = join(benchDirectory, '..');
const require = createRequire(join(repository, 'package.json'));

const NAMESPACE = 'twelve-factor';
const SONARJS_RULES = ['no-hardcoded-passwords', 'no-hardcoded-secrets', 'hardcoded-secret-signatures', 'no-hardcoded-ip'];
const WHAT_MADE_THE_DIFFERENCE = '## What made the difference';
const OUR_KINDS = new Set(['rule', 'rule-strict', 'config']);
/** Rules whose `{ strict: true }` variant has a budget of its own (issue 8); others only with --all-strict-variants. */
const BUDGETED_STRICT_VARIANTS = new Set(['no-hardcoded-config']);

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
    'no-scaling': { type: 'boolean', default: false },
    'chunk-size': { type: 'string', default: '200' },
    'plugin-dist': { type: 'string' },
    'all-strict-variants': { type: 'boolean', default: false },
    jobs: { type: 'string' },
    'from-runs': { type: 'string' },
  },
});
const smoke = options.smoke;
/** `--from-runs DIR`: the raw figures of an earlier invocation (its summary.json and result files), rendered again. */
const previousRun = options['from-runs'] ? JSON.parse(readFileSync(join(resolve(options['from-runs']), 'summary.json'), 'utf8')) : undefined;
const runs = Number(options.runs ?? previousRun?.runs ?? (smoke ? 1 : 3));
const chunkSize = Number(options['chunk-size']);
/** Workers at a time: 1 for measuring; the smoke run only checks that nothing crashes, so it uses both cores. */
const jobs = Number(options.jobs ?? (smoke ? 2 : 1));
const outFile = options.out ?? (smoke ? join(mkdtempSync(join(tmpdir(), 'twelve-factor-bench-')), 'RESULTS.md') : join(benchDirectory, 'RESULTS.md'));
const pluginDist = options['plugin-dist'] ? resolve(options['plugin-dist']) : join(repository, 'dist');
const log = (line) => process.stderr.write(`${line}\n`);

function build() {
  log('building the plugin (npm run build)');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repository, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function hasStrictOption(rule) {
  const schema = rule.meta?.schema;
  return Array.isArray(schema) && Boolean(schema[0]?.properties && 'strict' in schema[0].properties);
}

/** Every configuration measured; ours come from the plugin's rule registry and its configs. */
function getConfigurations(plugin) {
  const configurations = [{ id: 'floor', kind: 'floor', label: 'ESLint, no rules (floor)', plugins: [], rules: {} }];
  // The smoke run checks that nothing crashes; a calibration of timings means nothing there.
  if (!smoke) {
    configurations.push({ id: 'calibration', kind: 'calibration', label: 'calibration: a no-op rule on 8 common node types', plugins: ['calibration'], rules: { 'calibration/no-op': 'error' } });
  }
  for (const name of Object.keys(plugin.rules)) {
    configurations.push({ id: name, kind: 'rule', label: `${NAMESPACE}/${name}`, plugins: [NAMESPACE], rules: { [`${NAMESPACE}/${name}`]: 'error' } });
  }
  for (const [name, rule] of Object.entries(plugin.rules)) {
    if (!hasStrictOption(rule) || !(options['all-strict-variants'] || BUDGETED_STRICT_VARIANTS.has(name))) continue;
    configurations.push({
      id: `${name} strict`,
      kind: 'rule-strict',
      rule: name,
      label: `${NAMESPACE}/${name} \`{ strict: true }\``,
      plugins: [NAMESPACE],
      rules: { [`${NAMESPACE}/${name}`]: ['error', { strict: true }] },
    });
  }
  for (const level of ['recommended', 'strict']) {
    // The configs' rules on every corpus file: their test-file ignores would make each row lint different files.
    const rules = plugin.configs[level].rules;
    if (Object.keys(rules).length > 0) {
      configurations.push({ id: level, kind: 'config', label: `\`${level}\` (${Object.keys(rules).length} rules)`, plugins: [NAMESPACE], rules });
    }
  }
  configurations.push(
    { id: 'no-secrets', kind: 'peer', label: 'eslint-plugin-no-secrets `no-secrets/no-secrets`', plugins: ['no-secrets'], rules: { 'no-secrets/no-secrets': 'error' } },
    {
      id: 'sonarjs',
      kind: 'peer',
      label: 'eslint-plugin-sonarjs, 4 secret rules',
      plugins: ['sonarjs'],
      rules: Object.fromEntries(SONARJS_RULES.map((name) => [`sonarjs/${name}`, 'error'])),
    },
  );
  if (!options.only) return configurations;
  const only = new Set(['floor', ...options.only.split(',')]);
  return configurations.filter((configuration) => only.has(configuration.id));
}

/** Where a run of a configuration keeps its job (`job`) or its figures (`result`). */
function getRunFile(workDirectory, configuration, run, kind) {
  return join(workDirectory, `${configuration.id.replace(/\W+/g, '-')}-${run}.${kind}.json`);
}

/** One run of a configuration in a fresh process; a settled run (see lint-worker.mjs) measures the heap it keeps, not time. */
function runWorker(configuration, corpusFile, workDirectory, run, settle = false) {
  const jobFile = getRunFile(workDirectory, configuration, run, 'job');
  const resultFile = getRunFile(workDirectory, configuration, run, 'result');
  writeFileSync(jobFile, JSON.stringify({ corpusFile, repository, pluginDist, plugins: configuration.plugins, rules: configuration.rules, chunkSize, settle }));
  const env = { ...process.env };
  delete env.TIMING;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(settle ? ['--expose-gc'] : []), join(benchDirectory, 'lint-worker.mjs'), jobFile, resultFile], { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => {
      if (code === 0 && existsSync(resultFile)) resolve({ ...JSON.parse(readFileSync(resultFile, 'utf8')), run });
      else resolve({ run, failed: `worker exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' / ')}` });
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sumRuleTimes(result, configuration) {
  return Object.keys(configuration.rules).reduce((sum, ruleId) => sum + (result.ruleTimes[ruleId] ?? 0), 0);
}

/**
 * The share of its wall time a worker was on a CPU. On a busy machine the per-rule timers (wall clock)
 * also count the time the process waited for a core; scaling them by this share removes most of it.
 * Capped at 1: garbage collector threads can make CPU time exceed wall time.
 */
function getRunningShare(result) {
  return Math.min(1, result.cpuTime / result.wallTime);
}

/** The floor's wall time as it would be on an idle machine: never more than its CPU time. */
function getIdleFloorWall(floor) {
  return Math.min(floor.wallTime, floor.cpuTime);
}

/**
 * A configuration's share of the floor, run by run: each run's rule time over the wall time of the
 * floor's run in the same round, then the median over rounds. The configurations of a round run one
 * after another, so a machine that slows down between rounds slows both sides of each ratio, where
 * a median rule time over a median floor could pair a fast round's rule time with a slow round's floor.
 */
function getFloorShares(ok, floorResults, configuration) {
  const floorByRun = new Map(floorResults.filter((result) => !result.failed).map((result) => [result.run, result]));
  const adjusted = [];
  const raw = [];
  for (const result of ok) {
    const floor = floorByRun.get(result.run);
    if (!floor) continue;
    const ruleTime = sumRuleTimes(result, configuration);
    adjusted.push((ruleTime * getRunningShare(result)) / getIdleFloorWall(floor));
    raw.push(ruleTime / floor.wallTime);
  }
  return adjusted.length > 0 ? { floorShare: median(adjusted), rawFloorShare: median(raw) } : { floorShare: NaN, rawFloorShare: NaN };
}

/** The name of the settled run's files (see runWorker). */
const RETAINED_RUN = 'retained';

function summarize(configuration, results, floorResults, retained) {
  const ok = results.filter((result) => !result.failed);
  const failures = results.filter((result) => result.failed).map((result) => result.failed);
  const crashes = new Map();
  for (const result of ok) for (const crash of result.crashes) crashes.set(`${crash.file}\0${crash.ruleId}`, crash);
  const perRule = {};
  for (const ruleId of Object.keys(configuration.rules)) perRule[ruleId] = ok.length ? median(ok.map((result) => result.ruleTimes[ruleId] ?? 0)) : NaN;
  const pick = (get) => (ok.length ? median(ok.map(get)) : NaN);
  return {
    ...configuration,
    runs: ok.length,
    failures,
    files: ok[0]?.files ?? 0,
    wallTime: pick((result) => result.wallTime),
    lintTime: pick((result) => result.lintTime),
    cpuTime: pick((result) => result.cpuTime),
    parseTime: pick((result) => result.parseTime),
    ruleTime: pick((result) => sumRuleTimes(result, configuration)),
    adjustedRuleTime: pick((result) => sumRuleTimes(result, configuration) * getRunningShare(result)),
    maxRss: pick((result) => result.maxRss),
    maxRssRange: ok.length ? [Math.min(...ok.map((result) => result.maxRss)), Math.max(...ok.map((result) => result.maxRss))] : [NaN, NaN],
    // From the settled run, when it ran (older runs rendered again have none).
    retainedHeap: typeof retained?.retainedHeap === 'number' ? retained.retainedHeap : NaN,
    ...getFloorShares(ok, floorResults, configuration),
    perRule,
    problems: ok[0]?.problems ?? {},
    parseErrors: ok[0]?.parseErrors ?? [],
    crashes: [...crashes.values()],
  };
}

function runScalingCheck(workDirectory) {
  log('scaling check');
  const jsonFile = join(workDirectory, 'scaling.json');
  const args = ['--max-old-space-size=8192', join(benchDirectory, 'scaling.mjs'), '--json', jsonFile, '--plugin-dist', pluginDist, ...(smoke ? ['--smoke'] : [])];
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) return { failed: `scaling.mjs exited with ${result.status}` };
  return JSON.parse(readFileSync(jsonFile, 'utf8'));
}

const format = {
  seconds: (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–'),
  ms: (ms) => (Number.isFinite(ms) ? Math.round(ms).toLocaleString('en-US') : '–'),
  mb: (bytes) => (Number.isFinite(bytes) ? Math.round(bytes / 2 ** 20).toLocaleString('en-US') : '–'),
  mb1: (bytes) => (Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(1) : '–'),
  signedMb: (bytes) => (Number.isFinite(bytes) ? `${bytes >= 0 ? '+' : '−'}${Math.abs(bytes / 2 ** 20).toFixed(1)} MB` : '–'),
  percent: (ratio, digits = 2) => (Number.isFinite(ratio) ? `${(ratio * 100).toFixed(digits)} %` : '–'),
  signed: (ratio) => (Number.isFinite(ratio) ? `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %` : '–'),
};

function getPluginCausedParseErrors(row, floor) {
  const floorFiles = new Set(floor.parseErrors.map((error) => error.file));
  return row.parseErrors.filter((error) => !floorFiles.has(error.file));
}

/** The budget of issue 8, as verdicts; a figure that could not be measured is "n/a", never a pass. */
function getVerdicts(rows) {
  const floor = rows.find((row) => row.id === 'floor');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const share = (row) => row.floorShare;
  const rawShare = (row) => row.rawFloorShare;
  const describe = (row) => `${format.percent(share(row))} (unadjusted: ${format.percent(rawShare(row))})`;
  const verdicts = [];
  const add = (budget, measured, pass) => verdicts.push({ budget, measured, verdict: pass === null ? 'reading' : pass === undefined ? 'n/a' : pass ? 'PASS' : '**FAIL**' });
  const ourRules = rows.filter((row) => row.kind === 'rule');
  if (ourRules.length === 0) add('each rule alone ≤ 1 % of floor wall', 'no rules in the registry yet');
  for (const row of ourRules) add(`\`${row.id}\` alone ≤ 1 % of floor wall`, describe(row), share(row) <= 0.01);
  for (const [level, limit] of [
    ['recommended', 0.02],
    ['strict', 0.04],
  ]) {
    const row = byId.get(level);
    add(`\`${level}\` ≤ ${limit * 100} % of floor wall`, row ? describe(row) : 'not run', row ? share(row) <= limit : undefined);
  }
  const hardcodedStrict = byId.get('no-hardcoded-config strict');
  const sonarjs = byId.get('sonarjs');
  const noSecrets = byId.get('no-secrets');
  add(
    '`no-hardcoded-config` strict ≤ ⅕ of sonarjs’s 4 rules',
    hardcodedStrict && sonarjs
      ? `${format.ms(hardcodedStrict.adjustedRuleTime)} ms vs ⅕ × ${format.ms(sonarjs.adjustedRuleTime)} ms = ${format.ms(sonarjs.adjustedRuleTime / 5)} ms`
      : 'not run',
    hardcodedStrict && sonarjs ? hardcodedStrict.adjustedRuleTime <= sonarjs.adjustedRuleTime / 5 : undefined,
  );
  add(
    '`no-hardcoded-config` strict ≥ 50× cheaper than no-secrets',
    hardcodedStrict && noSecrets ? `${(noSecrets.adjustedRuleTime / Math.max(hardcodedStrict.adjustedRuleTime, 1e-3)).toFixed(1)}× cheaper` : 'not run',
    hardcodedStrict && noSecrets ? hardcodedStrict.adjustedRuleTime * 50 <= noSecrets.adjustedRuleTime : undefined,
  );
  const ours = rows.filter((row) => OUR_KINDS.has(row.kind));
  if (ours.length > 0) {
    const worst = ours.reduce((a, b) => (b.maxRss > a.maxRss ? b : a));
    // Peak RSS moves by about ±10 % between runs of one configuration: the runs' ranges and the
    // calibration row (no work of its own) show how much of a difference that noise can make.
    const range = (row) => `${row.maxRssRange.map(format.mb).join('–')} MB`;
    const calibration = rows.find((row) => row.kind === 'calibration');
    const noise = `its runs ${range(worst)}, the floor's ${range(floor)}${calibration ? `; the calibration row ${format.signed(calibration.maxRss / floor.maxRss - 1)}` : ''}`;
    add('peak memory within 5 % of floor (worst of ours)', `${worst.id}: ${format.signed(worst.maxRss / floor.maxRss - 1)} (${noise})`, worst.maxRss <= floor.maxRss * 1.05);
    // What the rules keep alive, as opposed to when V8 collects: not a budget, the reading beside it.
    const settled = ours.filter((row) => Number.isFinite(row.retainedHeap));
    if (settled.length > 0 && Number.isFinite(floor.retainedHeap)) {
      const most = settled.reduce((a, b) => (b.retainedHeap > a.retainedHeap ? b : a));
      const against = (row) => `'s ${format.mb1(row.retainedHeap)} MB (${format.signedMb(most.retainedHeap - row.retainedHeap)})`;
      const calibrated = calibration && Number.isFinite(calibration.retainedHeap) ? ` and the calibration row${against(calibration)}` : '';
      add('heap kept between chunks (worst of ours; a reading, not a budget)', `${most.id}: ${format.mb1(most.retainedHeap)} MB against the floor${against(floor)}${calibrated}`, null);
    }
  } else {
    add('peak memory within 5 % of floor', 'no rules in the registry yet');
  }
  const crashCount = rows.reduce((sum, row) => sum + row.crashes.length + row.failures.length, 0);
  add('zero crashes (all configurations)', String(crashCount), crashCount === 0);
  const pluginParseErrors = ours.reduce((sum, row) => sum + getPluginCausedParseErrors(row, floor).length, 0);
  add('zero parse errors caused by the plugin', `${pluginParseErrors} (corpus itself: ${floor.parseErrors.length}, see below)`, pluginParseErrors === 0);
  return verdicts;
}

function readVersion(name) {
  try {
    return JSON.parse(readFileSync(join(repository, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function getGitRevision() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repository, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: repository, encoding: 'utf8' }).stdout.trim();
  return dirty ? `${head} (src/ modified)` : head;
}

function readPreviousFindings() {
  for (const file of [outFile, join(benchDirectory, 'RESULTS.md')]) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(WHAT_MADE_THE_DIFFERENCE);
    if (start !== -1) return text.slice(start + WHAT_MADE_THE_DIFFERENCE.length).trim();
  }
  return '_To be filled in by whoever optimizes a rule: what the profile showed, what changed, the before/after rule times._';
}

function renderResults({ corpus, rows, scaling, startedAt, loadBefore, loadAfter, runsDone, revision }) {
  const floor = rows.find((row) => row.id === 'floor');
  const cpu = cpus();
  const out = [];
  out.push(
    '# Benchmark results',
    '',
    `Written by \`${smoke ? 'npm run bench:smoke' : 'npm run bench'}\` (bench/run.mjs); see issue 8 for the budget. Do not edit by hand except the last section.`,
    '',
    '## Setup',
    '',
    `- Date: ${startedAt.toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB memory; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (a shared machine: wall times carry that noise, CPU and rule times less)`,
    `- Node ${process.version}, ESLint ${readVersion('eslint')}, @typescript-eslint/parser ${readVersion('@typescript-eslint/parser')}, eslint-plugin-no-secrets ${readVersion('eslint-plugin-no-secrets')}, eslint-plugin-sonarjs ${readVersion('eslint-plugin-sonarjs')}`,
    `- Plugin: eslint-plugin-twelve-factor at ${revision}, rules: ${rows.filter((row) => row.kind === 'rule').map((row) => `\`${row.id}\``).join(', ') || 'none yet'}`,
    `- Corpus: ${corpus.packages.length} packages (bench/corpus.mjs${smoke ? ' --smoke' : ''}), ${corpus.files.length.toLocaleString('en-US')} files, ${corpus.lines.toLocaleString('en-US')} lines, fingerprint \`${corpus.fingerprint}\``,
    `- Method: ${runsDone === runs ? `${runs} run(s)` : `**${runsDone} of ${runs} runs done so far**`} per configuration, configurations interleaved${jobs > 1 ? `, **${jobs} workers at a time (timings not comparable)**` : ''}, each run a fresh \`node\` process with ESLint's Node API (\`overrideConfigFile: true\`, \`cache: false\`, \`stats: true\`, inline config off), files linted in chunks of ${chunkSize}; espree for JavaScript (sourceType by folder, see corpus.mjs), @typescript-eslint/parser (no type information) for TypeScript. Figures are medians.`,
    '- Columns: *wall* is the whole process (start-up, plugin loading, linting); *CPU* is its user+system time; *rule time* is the sum of ESLint\'s per-rule `stats` times (the same measure as `TIMING`, listener wrappers included); *load-adjusted* multiplies each run\'s rule time by the share of its wall time the process was on a CPU (CPU/wall, at most 1), which removes the time spent waiting for a core on a busy machine; *% of floor* is that over the floor\'s wall time on an idle machine, estimated as the smaller of its wall and CPU time, taken run by run against the floor\'s run of the same round (each round runs every configuration once, one after another) and then the median over rounds, so that a machine that slows down between rounds moves both sides of each ratio. On an idle machine the adjustments change nothing; the budget verdicts use them and also show the unadjusted share (rule time over the same round\'s floor wall). Overheads compare with the floor of the same invocation. Our configs\' rules are applied to every corpus file (their test-file ignores are not), so every row lints the same files. *Peak RSS* is the process\'s high-water mark, most of it garbage not yet collected, so it moves with when V8 collects; *kept heap* is what a configuration keeps alive whenever V8 collects: one more run of it, with every chunk followed by a full collection (`gc()`), gives the heap still in use after each, and the column is the median over chunks (that run\'s timings are not used).',
    '- Calibration: ESLint times each listener call of each rule (a wrapper and two `process.hrtime()` calls), so a rule that listens to frequent node types is charged for the measuring itself. The calibration row is a rule whose listeners on `Literal`, `TemplateLiteral`, `Property`, `CallExpression`, `NewExpression`, `AssignmentExpression`, `VariableDeclarator` and `MemberExpression` do nothing: its rule time is that charge, a floor under what such a rule can show here.',
    '',
    '## Corpus',
    '',
    '| configuration | wall (s) | wall vs floor | CPU (s) | CPU vs floor | rule time (ms) | rule time, load-adjusted (ms) | % of floor | peak RSS (MB) | RSS vs floor | kept heap (MB) | reports | crashes | parse errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    const isFloor = row.kind === 'floor';
    const reports = Object.values(row.problems).reduce((sum, count) => sum + count, 0);
    const crashes = row.crashes.length + row.failures.length;
    out.push(
      `| ${row.label} | ${format.seconds(row.wallTime)} | ${isFloor ? '—' : format.signed(row.wallTime / floor.wallTime - 1)} | ${format.seconds(row.cpuTime)} | ${isFloor ? '—' : format.signed(row.cpuTime / floor.cpuTime - 1)} | ${isFloor ? '—' : format.ms(row.ruleTime)} | ${isFloor ? '—' : format.ms(row.adjustedRuleTime)} | ${isFloor ? '—' : format.percent(row.floorShare)} | ${format.mb(row.maxRss)} | ${isFloor ? '—' : format.signed(row.maxRss / floor.maxRss - 1)} | ${format.mb1(row.retainedHeap)} | ${reports.toLocaleString('en-US')} | ${crashes} | ${row.parseErrors.length} |`,
    );
  }
  const multiRule = rows.filter((row) => (row.kind === 'config' || row.kind === 'peer') && Object.keys(row.rules).length > 1);
  if (multiRule.length > 0) {
    out.push('', 'Per rule inside the multi-rule configurations (median ms, reports):', '');
    for (const row of multiRule) {
      const parts = Object.entries(row.perRule).map(([ruleId, time]) => `\`${ruleId}\` ${format.ms(time)} ms, ${(row.problems[ruleId] ?? 0).toLocaleString('en-US')}`);
      out.push(`- ${row.id}: ${parts.join('; ')}`);
    }
  }
  out.push('', '## Budget verdicts', '', '| budget | measured | verdict |', '| --- | --- | --- |');
  for (const verdict of getVerdicts(rows)) out.push(`| ${verdict.budget} | ${verdict.measured} | ${verdict.verdict} |`);

  out.push('', '## Crashes and parse errors', '');
  const crashRows = rows.flatMap((row) => [
    ...row.crashes.map((crash) => `- ${row.id}: \`${crash.file}\` (${crash.ruleId ?? 'no rule id'}): ${crash.message}`),
    ...row.failures.map((failure) => `- ${row.id}: the worker failed: ${failure}`),
  ]);
  out.push(crashRows.length ? crashRows.join('\n') : 'No crashes.');
  out.push('', `Parse errors of the corpus itself (the floor, ${floor.parseErrors.length}):`, '');
  out.push(floor.parseErrors.length ? floor.parseErrors.map((error) => `- \`${error.file}\`:${error.line}: ${error.message}`).join('\n') : 'None.');
  const caused = rows.filter((row) => OUR_KINDS.has(row.kind)).flatMap((row) => getPluginCausedParseErrors(row, floor).map((error) => `- ${row.id}: \`${error.file}\`:${error.line}: ${error.message}`));
  if (caused.length) out.push('', 'Parse errors only under a rule configuration:', '', caused.join('\n'));

  out.push('', '## Scaling', '');
  if (!scaling) out.push('Not run (`--no-scaling`).');
  else if (scaling.failed) out.push(`The scaling check failed: ${scaling.failed}`);
  else if (scaling.variants.length === 0) out.push('The plugin has no rules yet.');
  else {
    out.push(
      `One generated ES module (\`generateSource\` in bench/scaling.mjs: string literals including secret-named ones, connection strings, \`.listen()\`, logger and fs calls, session middleware, nesting six deep) at 1×, 10× and 100× ${scaling.baseUnits} units, parsed once per size; each rule's time is the fastest of several \`Linter\` runs (the work is the same each run; slower runs met a garbage collection or other load). Linear growth gives step ratios of about 10: the first step is often lower (per-file costs), the second higher (the 100× tree no longer fits in the processor's caches; the no-op row shows what the measuring alone does). A scan per node would give about 100; a step above ${LINEAR_LIMIT} is measured again, both sizes afresh, up to ${MAX_RECHECKS} times until it is not; a last step that stays above is judged by the step from 100× to ${OUTER_FACTOR}×, both out of the caches, against ${OUTER_LIMIT}× (a scan per node gives about 9 there) (a step from below ${MIN_JUDGED_TIME} ms is timer noise and not judged; a rule whose every step starts below it is judged from 1× to 100× against ${LINEAR_LIMIT ** 2}×).`,
      '',
      formatScaling(scaling),
    );
  }
  out.push('', WHAT_MADE_THE_DIFFERENCE, '', readPreviousFindings(), '');
  return out.join('\n');
}

/**
 * Renders the results of an earlier invocation again from its raw figures, with this version of the
 * summary (a new way of computing a column): no lint runs. The setup lines are the earlier run's.
 */
function renderPreviousRun(directory) {
  const plugin = require(join(pluginDist, 'index.js'));
  const corpus = buildCorpus({ smoke });
  if (corpus.fingerprint !== previousRun.corpus.fingerprint) throw new Error(`the corpus changed since ${directory} ran`);
  const all = getConfigurations(plugin);
  const results = new Map();
  const retained = new Map();
  for (const configuration of all) {
    const found = [];
    for (let run = 0; run < runs; run++) {
      const file = getRunFile(directory, configuration, run, 'result');
      if (existsSync(file)) found.push({ ...JSON.parse(readFileSync(file, 'utf8')), run });
    }
    results.set(configuration.id, found);
    const settled = getRunFile(directory, configuration, RETAINED_RUN, 'result');
    if (existsSync(settled)) retained.set(configuration.id, JSON.parse(readFileSync(settled, 'utf8')));
  }
  // The configurations that run had (it may have been given --only).
  const configurations = all.filter((configuration) => results.get(configuration.id).length > 0);
  const rows = configurations.map((configuration) => summarize(configuration, results.get(configuration.id), results.get('floor') ?? [], retained.get(configuration.id)));
  const { startedAt, loadBefore, loadAfter, revision, runsDone, scaling } = previousRun;
  if (startedAt === undefined || revision === undefined || loadBefore === undefined || loadAfter === undefined) {
    throw new Error(`${directory}/summary.json lacks the setup (startedAt, revision, loadBefore, loadAfter): add them from the run's log`);
  }
  writeFileSync(outFile, renderResults({ corpus, rows, scaling, startedAt: new Date(startedAt), loadBefore, loadAfter, runsDone, revision }));
  log(`wrote ${outFile} from ${directory}`);
}

async function main() {
  if (options['from-runs']) {
    renderPreviousRun(resolve(options['from-runs']));
    return;
  }
  const startedAt = new Date();
  const loadBefore = loadavg()[0];
  if (!options['plugin-dist']) build();
  // The revision that was built: later commits (a results checkpoint, a merge) must not relabel it.
  const revision = options['plugin-dist'] ? `${options['plugin-dist']} (not built from this checkout)` : getGitRevision();
  const plugin = require(join(pluginDist, 'index.js'));
  log('corpus');
  const corpus = buildCorpus({ smoke });
  const corpusFile = join(getCacheDirectory(), smoke ? 'corpus-smoke.json' : 'corpus.json');
  log(`corpus: ${corpus.files.length} files, ${corpus.lines} lines, fingerprint ${corpus.fingerprint}`);
  const configurations = getConfigurations(plugin);
  const workDirectory = join(getCacheDirectory(), 'runs', startedAt.toISOString().replace(/[:.]/g, '-'));
  mkdirSync(workDirectory, { recursive: true });
  // The scaling check first, and the results file rewritten after every complete run: a run cut short still leaves its figures.
  const scaling = options['no-scaling'] ? null : runScalingCheck(workDirectory);
  const results = new Map(configurations.map((configuration) => [configuration.id, []]));
  /** The settled run of each configuration, made after the timed ones. */
  const retained = new Map();
  let rows = [];
  let runsDone = 0;
  const writeResults = () => {
    rows = configurations.map((configuration) => summarize(configuration, results.get(configuration.id), results.get('floor') ?? [], retained.get(configuration.id)));
    const setup = { startedAt: startedAt.toISOString(), loadBefore, loadAfter: loadavg()[0], revision, runs, chunkSize, jobs };
    writeFileSync(join(workDirectory, 'summary.json'), `${JSON.stringify({ ...setup, corpus: { ...corpus, files: undefined }, runsDone, rows, scaling }, null, 2)}\n`);
    writeFileSync(outFile, renderResults({ corpus, rows, scaling, startedAt, loadBefore, loadAfter: loadavg()[0], runsDone, revision }));
    log(`wrote ${outFile} after ${runsDone} of ${runs} run(s) (raw figures: ${workDirectory})`);
  };
  const tasks = [];
  for (let run = 0; run < runs; run++) {
    // Rotate the order each run so that drift of the machine does not always hit the same configuration.
    for (let index = 0; index < configurations.length; index++) tasks.push({ run, configuration: configurations[(index + run) % configurations.length] });
  }
  let next = 0;
  const drain = async () => {
    while (next < tasks.length) {
      const { run, configuration } = tasks[next++];
      const result = await runWorker(configuration, corpusFile, workDirectory, run);
      results.get(configuration.id).push(result);
      log(
        result.failed
          ? `[run ${run + 1}/${runs}] ${configuration.id}: FAILED ${result.failed}`
          : `[run ${run + 1}/${runs}] ${configuration.id}: wall ${format.seconds(result.wallTime)} s, cpu ${format.seconds(result.cpuTime)} s, rules ${format.ms(sumRuleTimes(result, configuration))} ms, rss ${format.mb(result.maxRss)} MB, crashes ${result.crashes.length}, parse errors ${result.parseErrors.length}`,
      );
      if (configurations.every((each) => results.get(each.id).length > runsDone)) {
        runsDone++;
        writeResults();
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, drain));
  // One settled run per configuration, after the timed ones so that it cannot slow them.
  for (const configuration of configurations) {
    const result = await runWorker(configuration, corpusFile, workDirectory, RETAINED_RUN, true);
    log(result.failed ? `[kept heap] ${configuration.id}: FAILED ${result.failed}` : `[kept heap] ${configuration.id}: ${format.mb1(result.retainedHeap)} MB`);
    if (result.failed) process.exitCode = 1;
    else retained.set(configuration.id, result);
  }
  writeResults();
  const floor = rows.find((row) => row.id === 'floor');
  const crashes = rows.reduce((sum, row) => sum + row.crashes.length + row.failures.length, 0);
  const pluginParseErrors = rows.filter((row) => OUR_KINDS.has(row.kind)).reduce((sum, row) => sum + getPluginCausedParseErrors(row, floor).length, 0);
  if (crashes > 0 || pluginParseErrors > 0 || scaling?.failed) {
    log(`FAILED: ${crashes} crash(es), ${pluginParseErrors} parse error(s) caused by the plugin${scaling?.failed ? `, ${scaling.failed}` : ''}`);
    process.exitCode = 1;
  }
}

await main();
