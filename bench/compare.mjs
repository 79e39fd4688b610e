#!/usr/bin/env node
// Two builds of the plugin in one ESLint run, to compare them without the machine's drift.
//
// Separate full runs of the same build move by 15 % and more on a shared machine. Here both builds
// lint the same files in the same process (lint-worker.mjs with both plugins), so whatever slows the
// machine slows both. But the rule that runs second on a file finds the file's tree, text and scopes
// already in the processor's caches and is charged about half of what the first is (see
// bench/RESULTS.md), so every run is made in both orders and each build is compared with the other
// in the same position.
//
//   node bench/compare.mjs --plugin-dist /path/to/old/dist --plugin-dist dist
//   node bench/compare.mjs --plugin-dist old/dist --plugin-dist dist --only no-hardcoded-config,recommended --runs 3 --every 1
//   node bench/compare.mjs --smoke --runs 1 --only recommended --plugin-dist dist --plugin-dist dist   (CI: does it run)
//
// Give two directories: one directory given twice shares its per-file caches between the two copies.
//
// The paired column is the one to read: in each process B's time over A's, one process per order, so
// that the machine's speed (the same for both builds within a process) and the advantage of running
// second (the same factor in both orders) cancel: the square root of the two ratios' product, the
// median over runs, and the range of the runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, getCacheDirectory } from './corpus.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const repository = join(benchDirectory, '..');
const require = createRequire(join(repository, 'package.json'));
const NAMESPACE = 'twelve-factor';
const SIDES = ['A', 'B'];

const { values: options } = parseArgs({
  options: {
    'plugin-dist': { type: 'string', multiple: true },
    only: { type: 'string' },
    runs: { type: 'string', default: '2' },
    every: { type: 'string', default: '3' },
    smoke: { type: 'boolean', default: false },
  },
});
const dists = (options['plugin-dist'] ?? []).map((dist) => resolve(dist));
if (dists.length !== 2) throw new Error('give two builds: --plugin-dist OLD --plugin-dist NEW');
const runs = Number(options.runs);
const every = Number(options.every);
if (!(runs >= 1) || !(every >= 1)) throw new Error('--runs and --every take positive numbers');
if (dists[0] === dists[1]) console.warn('the same build twice: both copies share one module and its per-file caches, so the second is favoured');

/** Each rule alone and the two configurations, as rule maps under the `twelve-factor` namespace. */
function getConfigurations(plugin) {
  const configurations = Object.keys(plugin.rules).map((name) => ({ id: name, rules: { [`${NAMESPACE}/${name}`]: 'error' } }));
  for (const level of ['recommended', 'strict']) configurations.push({ id: level, rules: plugin.configs[level].rules });
  const only = options.only ? new Set(options.only.split(',')) : undefined;
  return configurations.filter((configuration) => !only || only.has(configuration.id));
}

/** The rule map for one order: the first side's rules are configured first, so ESLint runs them first on each node. */
function rulesInOrder(rules, order) {
  const ordered = {};
  for (const side of order) {
    for (const [id, setting] of Object.entries(rules)) ordered[`${side}/${id.slice(NAMESPACE.length + 1)}`] = setting;
  }
  return ordered;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function main() {
  const corpus = buildCorpus({ smoke: options.smoke });
  const subset = { ...corpus, files: corpus.files.filter((_, index) => index % every === 0) };
  const directory = mkdtempSync(join(tmpdir(), 'twelve-factor-compare-'));
  const corpusFile = join(directory, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(subset));
  const configurations = getConfigurations(require(join(dists[0], 'index.js')));
  console.log(`${subset.files.length} files (1 in ${every} of ${corpus.files.length}${options.smoke ? ', smoke corpus' : ''}, cache ${getCacheDirectory()}), ${runs} run(s) in each order`);
  console.log(`A: ${dists[0]}\nB: ${dists[1]}\n`);
  console.log('| configuration | A first (ms) | B first (ms) | B vs A, first | A second (ms) | B second (ms) | B vs A, second | B vs A, paired (range over runs) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const configuration of configurations) {
      const times = { first: { A: [], B: [] }, second: { A: [], B: [] } };
      /** Per run, B over A within each of its two processes (one per order). */
      const pairs = [];
      for (let run = 0; run < runs; run++) {
        const ratios = [];
        for (const order of [SIDES, [...SIDES].reverse()]) {
          const job = join(directory, 'job.json');
          const result = join(directory, 'result.json');
          writeFileSync(
            job,
            JSON.stringify({ corpusFile, repository, pluginDists: { A: dists[0], B: dists[1] }, plugins: [], chunkSize: 200, rules: rulesInOrder(configuration.rules, order) }),
          );
          const child = spawnSync(process.execPath, [join(benchDirectory, 'lint-worker.mjs'), job, result], { stdio: ['ignore', 'ignore', 'inherit'] });
          if (child.status !== 0) throw new Error(`lint-worker failed for ${configuration.id}`);
          const { ruleTimes, crashes } = JSON.parse(readFileSync(result, 'utf8'));
          if (crashes.length > 0) throw new Error(`${configuration.id}: ${crashes.length} crash(es), first: ${JSON.stringify(crashes[0])}`);
          const totals = {};
          for (const [position, side] of [['first', order[0]], ['second', order[1]]]) {
            let total = 0;
            for (const [ruleId, time] of Object.entries(ruleTimes)) if (ruleId.startsWith(`${side}/`)) total += time;
            times[position][side].push(total);
            totals[side] = total;
          }
          ratios.push(totals.B / totals.A);
        }
        pairs.push(Math.sqrt(ratios[0] * ratios[1]));
      }
      const cells = [];
      for (const position of ['first', 'second']) {
        const a = median(times[position].A);
        const b = median(times[position].B);
        cells.push(a.toFixed(0), b.toFixed(0), a > 0 ? `${(((b - a) / a) * 100).toFixed(1)} %` : '—');
      }
      const percent = (ratio) => `${((ratio - 1) * 100).toFixed(1)} %`;
      const paired = pairs.every(Number.isFinite) ? `${percent(median(pairs))} (${percent(Math.min(...pairs))} to ${percent(Math.max(...pairs))})` : '—';
      console.log(`| ${configuration.id} | ${cells.join(' | ')} | ${paired} |`);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main();
