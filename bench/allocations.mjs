#!/usr/bin/env node
// Where the plugin allocates memory while linting the corpus: runs lint-worker.mjs once with V8's
// sampling heap profiler (objects already collected are counted too) and prints the bytes allocated
// by the whole process and under the plugin's own functions, by function (self) and by the plugin
// function they were allocated under (inclusive). Peak RSS moves with when V8 collects; this shows
// whether a rule's own allocations are what it collects.
//
//   node bench/allocations.mjs no-hardcoded-config --every 3       build first (npm run build)
//   node bench/allocations.mjs recommended                          (or strict: the config's rules)
//   node bench/allocations.mjs recommended --smoke                  (CI: does it run)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    'plugin-dist': { type: 'string' },
    every: { type: 'string', default: '1' },
    interval: { type: 'string', default: '65536' },
    strict: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
  },
});
const [target] = positionals;
const every = Number(options.every);
const interval = Number(options.interval);
const top = Number(options.top);
if (!target || !(every >= 1) || !(interval >= 1) || !(top >= 1)) {
  console.error('usage: node bench/allocations.mjs <rule | recommended | strict> [--strict] [--every N] [--interval BYTES] [--top N] [--plugin-dist DIR] [--smoke]');
  process.exit(2);
}
const dist = resolve(options['plugin-dist'] ?? join(repository, 'dist'));
const rules = getTargetRules(dist, target, options.strict);

const corpus = buildCorpus({ smoke: options.smoke });
const work = mkdtempSync(join(tmpdir(), 'twelve-factor-allocations-'));
let profile;
let files;
try {
  const subset = { ...corpus, files: corpus.files.filter((_, index) => index % every === 0) };
  files = subset.files.length;
  const corpusFile = join(work, 'corpus.json');
  const profileFile = join(work, 'profile.heapprofile');
  writeFileSync(corpusFile, JSON.stringify(subset));
  runLintWorker(work, 'allocations', { corpusFile, repository, pluginDist: dist, plugins: ['twelve-factor'], rules, chunkSize: 200, heapProfile: { file: profileFile, interval } });
  profile = JSON.parse(readFileSync(profileFile, 'utf8'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A frame of the plugin's build: its `dist` folder, not a dependency's. */
const pluginPrefix = `${dist}/`;
const isPluginFrame = (frame) => frame.url.startsWith(pluginPrefix) || frame.url.startsWith(`file://${pluginPrefix}`);
const frameName = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/dist\//, 'dist/')}:${frame.lineNumber + 1}`;

let total = 0;
let underPlugin = 0;
const self = new Map();
const inclusive = new Map();
// Iterative walk: a deep stack of frames is no reason to overflow this one.
const stack = [{ node: profile.head, pluginFrames: [] }];
while (stack.length > 0) {
  const { node, pluginFrames } = stack.pop();
  const frames = isPluginFrame(node.callFrame) ? [...pluginFrames, frameName(node.callFrame)] : pluginFrames;
  total += node.selfSize;
  if (node.selfSize > 0 && frames.length > 0) {
    underPlugin += node.selfSize;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    for (const frame of new Set(frames)) inclusive.set(frame, (inclusive.get(frame) ?? 0) + node.selfSize);
  }
  for (const child of node.children) stack.push({ node: child, pluginFrames: frames });
}

const mb = (bytes) => (bytes / 1e6).toFixed(2);
const share = (bytes) => (total > 0 ? `${((bytes / total) * 100).toFixed(2)} %` : '–');
console.log(`${target}${options.strict ? ' { strict: true }' : ''}: ${files} files (1 in ${every} of ${corpus.files.length}${options.smoke ? ', smoke corpus' : ''}, cache ${getCacheDirectory()}), sampled every ${interval} bytes`);
console.log(`allocated while linting: ${mb(total)} MB; under the plugin's functions: ${mb(underPlugin)} MB (${share(underPlugin)})`);
const print = (title, entries) => {
  console.log(`\n| ${title} | MB | share of all |\n| --- | ---: | ---: |`);
  for (const [name, bytes] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${name} | ${mb(bytes)} | ${share(bytes)} |`);
};
print('allocating function (under the plugin)', self);
print('plugin function, inclusive', inclusive);
