#!/usr/bin/env node
// What each configuration adds to ESLint's own work, in CPU time, on files that are parsed once.
//
// `npm run bench` measures whole lint runs, as users see them; its rule times are ESLint's `stats`,
// which time each listener call. Two things escape that measure: work ESLint does for a rule outside
// its listeners (selector matching, the rule context) and garbage collection, which lands wherever
// it happens to be triggered, and after a parse the live AST makes every collection costly. This
// tool parses a sample of the corpus once, then lints the parsed files again and again, one
// configuration after the other, interleaved, without ESLint's timing. The difference in CPU time
// to the run without rules is what a configuration costs in total. Each run lints with a fresh
// instance of the plugin's modules, whose per-tree answers (module index, text tests) would
// otherwise be found ready on every run after the first; so each run also compiles the plugin's
// code afresh, once per sample where a real run does so once per process. An untimed warm-up run
// comes first. It is a tool for comparing builds of the plugin while optimizing, not a
// replacement for the benchmark.
//
//   npm run build && node bench/incremental.mjs                       every 4th corpus file, 5 runs
//   node bench/incremental.mjs --every 2 --runs 7 --only no-hardcoded-config,recommended
//   node bench/incremental.mjs --plugin-dist /tmp/old-dist --plugin-dist dist   two builds side by side
//   node bench/incremental.mjs --smoke --every 1 --runs 1                 the tiny corpus (CI)
//   node bench/incremental.mjs --warmup 2                                 untimed runs first (default 1)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { buildCorpus, getCacheDirectory } from './corpus.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const repository = join(benchDirectory, '..');
const require = createRequire(join(repository, 'package.json'));
const NAMESPACE = 'twelve-factor';

const { values: options } = parseArgs({
  options: {
    every: { type: 'string', default: '4' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'plugin-dist': { type: 'string', multiple: true },
    smoke: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '1' },
  },
});
const every = Number(options.every);
const runs = Number(options.runs);
const warmup = Number(options.warmup);
if (!(every >= 1) || !(runs >= 1) || !(warmup >= 0)) throw new Error('--every and --runs take positive numbers, --warmup zero or more');

/**
 * A fresh instance of a build's modules: the plugin keeps answers per parsed tree (module index, text
 * tests, production exits), and the same trees are linted on every run, so a second run of one
 * instance would find them computed and read fast. Loading is not timed.
 */
function loadFresh(dist) {
  for (const key of Object.keys(require.cache)) if (key.startsWith(`${dist}/`)) delete require.cache[key];
  return require(join(dist, 'index.js'));
}

/** Parser settings as the benchmark's worker uses them (see corpus.mjs for the ES-module folders). */
function getLanguageOptions(path, esmFolders) {
  if (/\.[cm]?ts$/.test(path)) return { parser: tsParser, sourceType: 'module', ecmaVersion: 'latest' };
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (path.endsWith('.mjs') || (path.endsWith('.js') && esmFolders.has(folder))) return { sourceType: 'module', ecmaVersion: 'latest' };
  return { sourceType: 'commonjs', ecmaVersion: 'latest' };
}

function getConfigurations(label, plugin, dist) {
  const configurations = [];
  for (const name of Object.keys(plugin.rules)) configurations.push({ id: name, rules: { [`${NAMESPACE}/${name}`]: 'error' } });
  for (const level of ['recommended', 'strict']) configurations.push({ id: level, rules: plugin.configs[level].rules });
  const only = options.only ? new Set(options.only.split(',')) : undefined;
  return configurations.filter((configuration) => !only || only.has(configuration.id)).map((configuration) => ({ ...configuration, label: label ? `${label} ${configuration.id}` : configuration.id, dist }));
}

function main() {
  // --smoke: the benchmark's tiny corpus, so that CI keeps this tool working.
  const corpus = buildCorpus({ smoke: options.smoke });
  const root = corpus.root;
  const esmFolders = new Set(corpus.esmFolders);
  const dists = (options['plugin-dist'] ?? [join(repository, 'dist')]).map((dist) => resolve(dist));
  const configurations = [{ id: 'floor', label: 'ESLint, no rules', rules: {}, dist: undefined }];
  for (const dist of dists) configurations.push(...getConfigurations(dists.length > 1 ? dist : '', loadFresh(dist), dist));

  const linter = new Linter({ configType: 'flat' });
  const files = [];
  for (let index = 0; index < corpus.files.length; index += every) {
    const { path } = corpus.files[index];
    const languageOptions = getLanguageOptions(path, esmFolders);
    const messages = linter.verify(readFileSync(join(root, path), 'utf8'), { languageOptions }, { filename: path, allowInlineConfig: false });
    if (!messages.some((message) => message.fatal)) files.push({ path, languageOptions, sourceCode: linter.getSourceCode() });
  }
  console.error(`${files.length} parsed files (1 in ${every} of ${corpus.files.length}), ${warmup} warm-up and ${runs} timed runs of ${configurations.length} configurations`);

  const times = new Map(configurations.map((configuration) => [configuration, []]));
  const reports = new Map();
  // Warm-up runs first, not recorded: the first passes compile ESLint's and the plugin's code and
  // read ESLint's own per-tree caches, and were up to 2.5 times slower than later ones.
  for (let run = -warmup; run < runs; run++) {
    // Alternate the order so that no configuration always runs right after the same one.
    const order = run % 2 === 0 ? configurations : [...configurations].reverse();
    for (const configuration of order) {
      const plugin = configuration.dist ? loadFresh(configuration.dist) : undefined;
      let count = 0;
      const start = process.cpuUsage();
      for (const file of files) {
        const config = { languageOptions: file.languageOptions, plugins: plugin ? { [NAMESPACE]: plugin } : {}, rules: configuration.rules };
        count += linter.verify(file.sourceCode, config, { filename: file.path, allowInlineConfig: false }).length;
      }
      const used = process.cpuUsage(start);
      if (run < 0) continue;
      times.get(configuration).push((used.user + used.system) / 1000);
      reports.set(configuration, count);
    }
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // A run slowed down by a neighbour on a shared machine only ever adds time, so the fastest run is
  // the steadiest figure for comparing builds; the median is shown too.
  const floor = median(times.get(configurations[0]));
  const floorMin = Math.min(...times.get(configurations[0]));
  const floorReports = reports.get(configurations[0]);
  console.log('| configuration | CPU, median (ms) | added to the floor (ms) | added (%) | CPU, fastest run (ms) | added, fastest runs (ms) | reports | runs (ms) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const configuration of configurations) {
    const isFloor = configuration === configurations[0];
    const value = median(times.get(configuration));
    const fastest = Math.min(...times.get(configuration));
    const added = isFloor ? '—' : (value - floor).toFixed(0);
    const share = isFloor ? '—' : `${(((value - floor) / floor) * 100).toFixed(1)} %`;
    const addedFastest = isFloor ? '—' : (fastest - floorMin).toFixed(0);
    const ownReports = reports.get(configuration) - floorReports;
    console.log(
      `| ${configuration.label} | ${value.toFixed(0)} | ${added} | ${share} | ${fastest.toFixed(0)} | ${addedFastest} | ${ownReports} | ${times.get(configuration).map((time) => time.toFixed(0)).join(', ')} |`,
    );
  }
  console.log(`\n${files.length} files parsed once (1 in ${every} of the ${options.smoke ? 'smoke ' : ''}corpus files, cache ${getCacheDirectory()}); CPU of the lint passes only, no parsing.`);
  const failed = configurations.filter((configuration) => times.get(configuration).length !== runs);
  if (files.length === 0 || failed.length > 0) process.exitCode = 1;
}

main();
