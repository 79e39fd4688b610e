#!/usr/bin/env node
// Where a rule's time goes, listener by listener: runs lint-worker.mjs on the corpus with a timer
// around each rule's `create` and around every listener it returns, and prints the milliseconds and
// calls of each, the mean over runs. Given two builds, it runs them in turn, one fresh process each,
// and prints both with the change: the way to see a few milliseconds move in one part of a rule
// (ESLint's own timing, the bench's rule time, is the sum of them plus its wrappers).
//
//   node bench/listeners.mjs no-hardcoded-config --runs 5                      build first (npm run build)
//   node bench/listeners.mjs no-in-memory-session --strict --plugin-dist /path/to/old/dist --plugin-dist dist
//   node bench/listeners.mjs recommended                                        (or strict: the config's rules)
//   node bench/listeners.mjs recommended --smoke --runs 1                       (CI: does it run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, getCacheDirectory } from './corpus.mjs';
import { getTargetRules, runLintWorker } from './worker.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const repository = join(benchDirectory, '..');

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'plugin-dist': { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
    strict: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});
const [target] = positionals;
const runs = Number(options.runs);
if (!target || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node bench/listeners.mjs <rule | recommended | strict> [--strict] [--runs N] [--plugin-dist DIR]... [--smoke]');
  process.exit(2);
}
const dists = (options['plugin-dist'] ?? [join(repository, 'dist')]).map((dist) => resolve(dist));
if (dists.length > 2) throw new Error('give at most two --plugin-dist directories');

buildCorpus({ smoke: options.smoke });
const corpusFile = join(getCacheDirectory(), options.smoke ? 'corpus-smoke.json' : 'corpus.json');
const work = mkdtempSync(join(tmpdir(), 'twelve-factor-listeners-'));
/** Per build: the sum of each key over runs, and ESLint's rule time. */
const totals = dists.map(() => ({ keys: new Map(), ruleTime: 0 }));
try {
  for (let run = 0; run < runs; run++) {
    dists.forEach((dist, index) => {
      const rules = getTargetRules(dist, target, options.strict);
      const result = runLintWorker(work, String(index), { corpusFile, repository, pluginDist: dist, plugins: ['twelve-factor'], rules, chunkSize: 200, listenerTimes: true });
      const total = totals[index];
      for (const [key, { ms, calls }] of Object.entries(result.listenerTimes)) {
        const entry = total.keys.get(key) ?? { ms: 0, calls };
        entry.ms += ms;
        total.keys.set(key, entry);
      }
      const ruleTime = Object.values(result.ruleTimes).reduce((sum, time) => sum + time, 0);
      total.ruleTime += ruleTime;
      console.error(`[run ${run + 1}/${runs}] ${dist}: rule time ${Math.round(ruleTime)} ms`);
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const mean = (ms) => (ms / runs).toFixed(1);
const keys = [...new Set(totals.flatMap((total) => [...total.keys.keys()]))].sort((a, b) => (totals[0].keys.get(b)?.ms ?? 0) - (totals[0].keys.get(a)?.ms ?? 0));
const two = dists.length === 2;
console.log(`${target}${options.strict ? ' { strict: true }' : ''}, mean of ${runs} run(s)${options.smoke ? ', smoke corpus' : ''}`);
dists.forEach((dist, index) => console.log(`${two ? `${'AB'[index]}: ` : ''}${dist}`));
console.log('');
console.log(`| listener | calls | ${two ? 'A (ms) | B (ms) | B vs A' : 'ms'} |`);
console.log(`| --- | ---: | ${two ? '---: | ---: | ---:' : '---:'} |`);
const change = (a, b) => (a > 0 ? `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %` : '–');
for (const key of keys) {
  const [a, b] = totals.map((total) => total.keys.get(key));
  const calls = (a ?? b).calls;
  console.log(`| ${key} | ${calls.toLocaleString('en-US')} | ${two ? `${mean(a?.ms ?? 0)} | ${mean(b?.ms ?? 0)} | ${change(a?.ms ?? 0, b?.ms ?? 0)}` : mean(a.ms)} |`);
}
const [ruleA, ruleB] = totals.map((total) => total.ruleTime);
console.log(`| rule time (ESLint's stats) | | ${two ? `${mean(ruleA)} | ${mean(ruleB)} | ${change(ruleA, ruleB)}` : mean(ruleA)} |`);
