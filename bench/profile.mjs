#!/usr/bin/env node
// Profiles one rule on the corpus: runs lint-worker.mjs under `node --cpu-prof` with that rule alone
// and prints where the time went (self time by function, and inclusive time of the plugin's functions).
//
//   node bench/profile.mjs no-fs-logging                 build first (npm run build)
//   node bench/profile.mjs no-hardcoded-config --strict   with { strict: true }
//   node bench/profile.mjs no-fs-logging --smoke --plugin-dist /path/to/dist
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, getCacheDirectory } from './corpus.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const repository = join(benchDirectory, '..');

/** Self and inclusive time per function of a .cpuprofile; inclusive only for frames whose url contains `filter`. */
export function summarizeProfile(profile, filter) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const name = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}`;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((sample, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const key = name(nodes.get(sample));
    self.set(key, (self.get(key) ?? 0) + delta);
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parents.get(id)) {
      const node = nodes.get(id);
      if (!node.callFrame.url.includes(filter)) continue;
      const frame = name(node);
      if (seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + delta);
    }
  });
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([frame, time]) => ({ frame, ms: time / 1000, share: time / total }));
  return { totalMs: total / 1000, self: top(self), inclusive: top(inclusive) };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { strict: { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false }, 'plugin-dist': { type: 'string' } },
  });
  const [rule] = positionals;
  if (!rule) throw new Error('usage: node bench/profile.mjs <rule-name> [--strict] [--smoke] [--plugin-dist DIR]');
  const pluginDist = values['plugin-dist'] ? resolve(values['plugin-dist']) : join(repository, 'dist');
  if (!values['plugin-dist']) spawnSync('npm', ['run', 'build', '--silent'], { cwd: repository, stdio: 'inherit' });
  buildCorpus({ smoke: values.smoke });
  const corpusFile = join(getCacheDirectory(), values.smoke ? 'corpus-smoke.json' : 'corpus.json');
  const directory = join(getCacheDirectory(), 'profiles', `${rule}${values.strict ? '-strict' : ''}-${Date.now()}`);
  mkdirSync(directory, { recursive: true });
  const ruleId = `twelve-factor/${rule}`;
  const job = { corpusFile, repository, pluginDist, plugins: ['twelve-factor'], rules: { [ruleId]: values.strict ? ['error', { strict: true }] : 'error' }, chunkSize: 200 };
  writeFileSync(join(directory, 'job.json'), JSON.stringify(job));
  const result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${directory}`, join(benchDirectory, 'lint-worker.mjs'), join(directory, 'job.json'), join(directory, 'result.json')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`lint-worker exited with ${result.status}`);
  const measured = JSON.parse(readFileSync(join(directory, 'result.json'), 'utf8'));
  const profileFile = readdirSync(directory).find((file) => file.endsWith('.cpuprofile'));
  const summary = summarizeProfile(JSON.parse(readFileSync(join(directory, profileFile), 'utf8')), pluginDist);
  console.log(`${ruleId}${values.strict ? ' { strict: true }' : ''}: rule time ${Math.round(measured.ruleTimes[ruleId] ?? 0)} ms, profile ${Math.round(summary.totalMs)} ms (${join(directory, profileFile)})`);
  const print = (title, rows) => {
    console.log(`\n${title}`);
    for (const row of rows) console.log(`${row.ms.toFixed(0).padStart(8)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.frame}`);
  };
  print('self time, all functions:', summary.self);
  print('inclusive time, plugin functions:', summary.inclusive);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
