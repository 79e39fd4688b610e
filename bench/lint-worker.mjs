// One configuration, one process: lints the corpus with ESLint's Node API and writes what it measured
// as JSON. Started by run.mjs, one fresh process per configuration and run, so that its peak memory
// is its own.
//
//   node bench/lint-worker.mjs <job.json> <result.json>
//
// job: { corpusFile, repository, pluginDist, plugins: ['twelve-factor' | 'no-secrets' | 'sonarjs' | 'calibration'], rules, chunkSize, settle, listenerTimes, heapProfile }
// and, for compare.mjs, pluginDists: { namespace: dist } (builds of this plugin under their own namespaces)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const [jobFile, resultFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
const corpus = JSON.parse(readFileSync(job.corpusFile, 'utf8'));
const require = createRequire(join(job.repository, 'package.json'));

function loadPlugin(name) {
  switch (name) {
    case 'twelve-factor':
      return require(join(resolve(job.pluginDist), 'index.js'));
    case 'no-secrets':
      return require('eslint-plugin-no-secrets');
    case 'sonarjs':
      return require('eslint-plugin-sonarjs');
    case 'calibration':
      return require(fileURLToPath(new URL('calibration-plugin.cjs', import.meta.url)));
    default:
      throw new Error(`unknown plugin ${name}`);
  }
}

/** The same parser setup for every configuration: espree for JavaScript, typescript-eslint for TypeScript. */
function getLanguageConfigs() {
  const configs = [
    { name: 'bench/js', files: ['**/*.js', '**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    { name: 'bench/mjs', files: ['**/*.mjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  ];
  // `.js` files are CommonJS unless their folder holds ES modules (see corpus.mjs).
  if (corpus.esmFolders.length > 0) {
    configs.push({ name: 'bench/esm', files: corpus.esmFolders.map((folder) => `${folder}/*.js`), languageOptions: { sourceType: 'module' } });
  }
  configs.push({
    name: 'bench/ts',
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    languageOptions: { parser: tsParser, sourceType: 'module' },
  });
  return configs;
}

/** With `job.listenerTimes` (listeners.mjs): milliseconds and calls of each rule's `create` and of each of its listeners. */
const listenerTimes = {};

/** A copy of `plugin` whose rules time their `create` and every listener it returns into `listenerTimes`. */
function timeListeners(namespace, plugin) {
  const rules = {};
  for (const [name, rule] of Object.entries(plugin.rules ?? {})) {
    const time = (key, fn, self, args) => {
      const entry = (listenerTimes[`${namespace}/${name} ${key}`] ??= { ms: 0, calls: 0 });
      const start = performance.now();
      try {
        return fn.apply(self, args);
      } finally {
        entry.ms += performance.now() - start;
        entry.calls++;
      }
    };
    rules[name] = {
      ...rule,
      create(context) {
        const listeners = time('create', rule.create, this, [context]);
        return Object.fromEntries(
          Object.entries(listeners).map(([key, listener]) => [
            key,
            function (...args) {
              return time(key, listener, this, args);
            },
          ]),
        );
      },
    };
  }
  return { ...plugin, rules };
}

function createEslint() {
  const plugins = Object.fromEntries(job.plugins.map((name) => [name, loadPlugin(name)]));
  for (const [namespace, dist] of Object.entries(job.pluginDists ?? {})) plugins[namespace] = require(join(resolve(dist), 'index.js'));
  if (job.listenerTimes) for (const namespace of ['twelve-factor', ...Object.keys(job.pluginDists ?? {})]) if (plugins[namespace]) plugins[namespace] = timeListeners(namespace, plugins[namespace]);
  return new ESLint({
    cwd: corpus.root,
    overrideConfigFile: true,
    overrideConfig: [...getLanguageConfigs(), { name: 'bench/rules', plugins, rules: job.rules }],
    cache: false,
    stats: true,
    ignore: false,
    allowInlineConfig: false,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
  });
}

const measured = {
  files: 0,
  ruleTimes: {},
  parseTime: 0,
  lintTime: 0,
  problems: {},
  parseErrors: [],
  crashes: [],
};

function record(results) {
  for (const result of results) {
    measured.files++;
    for (const pass of result.stats?.times.passes ?? []) {
      measured.parseTime += pass.parse?.total ?? 0;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        measured.ruleTimes[ruleId] = (measured.ruleTimes[ruleId] ?? 0) + time.total;
      }
    }
    for (const message of result.messages) {
      if (message.fatal) {
        measured.parseErrors.push({ file: result.filePath.slice(corpus.root.length + 1), line: message.line, message: message.message });
      } else {
        const ruleId = message.ruleId ?? '(none)';
        measured.problems[ruleId] = (measured.problems[ruleId] ?? 0) + 1;
      }
    }
  }
}

/** A rule that throws aborts lintFiles: split the chunk until the file that throws is alone, and record it. */
async function lintChunk(eslint, files) {
  try {
    record(await eslint.lintFiles(files));
  } catch (error) {
    if (files.length === 1) {
      measured.crashes.push({
        file: files[0].slice(corpus.root.length + 1),
        ruleId: error.ruleId ?? null,
        message: String(error.message).split('\n')[0],
      });
      return;
    }
    const middle = Math.ceil(files.length / 2);
    await lintChunk(eslint, files.slice(0, middle));
    await lintChunk(eslint, files.slice(middle));
  }
}

const eslint = createEslint();
const paths = corpus.files.map((file) => join(corpus.root, file.path));
// Peak RSS is mostly garbage that V8 has not collected yet, and when it collects moves it by ±10 %
// between runs of one configuration. What a configuration keeps alive is steadier: a settled run
// (`job.settle`, started with --expose-gc) collects all garbage after each chunk and records the heap
// still in use, what the configuration keeps from one chunk to the next, whenever V8 would have
// collected. Its timings are not used.
const retainedHeaps = [];
// With `job.heapProfile` (allocations.mjs): V8's sampling heap profiler over the lint, counting what
// was collected too, so the profile shows where memory was allocated, not only what is still held.
let heapSession;
let keepAlive;
if (job.heapProfile) {
  // Loaded only here, so that the timed runs load nothing they do not use.
  const { Session } = await import('node:inspector/promises');
  heapSession = new Session();
  heapSession.connect();
  // The profiler answers asynchronously; with nothing else pending the process would exit first.
  keepAlive = setInterval(() => {}, 1000);
  await heapSession.post('HeapProfiler.enable');
  await heapSession.post('HeapProfiler.startSampling', { samplingInterval: job.heapProfile.interval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
const lintStart = performance.now();
for (let start = 0; start < paths.length; start += job.chunkSize) {
  await lintChunk(eslint, paths.slice(start, start + job.chunkSize));
  if (job.settle) {
    globalThis.gc();
    retainedHeaps.push(process.memoryUsage().heapUsed);
  }
}
measured.lintTime = performance.now() - lintStart;
if (heapSession) {
  const { profile } = await heapSession.post('HeapProfiler.stopSampling');
  writeFileSync(job.heapProfile.file, JSON.stringify(profile));
  heapSession.disconnect();
  clearInterval(keepAlive);
}
// performance.now() counts from process start: start-up and plugin loading are part of a real run.
measured.wallTime = performance.now();
const usage = process.resourceUsage();
// CPU time is what the lint cost this process alone, whatever else the machine was doing.
measured.cpuTime = (usage.userCPUTime + usage.systemCPUTime) / 1000;
measured.maxRss = usage.maxRSS * 1024;
if (job.listenerTimes) measured.listenerTimes = listenerTimes;
if (job.settle) {
  const sorted = retainedHeaps.sort((a, b) => a - b);
  measured.retainedHeap = sorted[Math.floor(sorted.length / 2)];
}
writeFileSync(resultFile, `${JSON.stringify(measured)}\n`);
