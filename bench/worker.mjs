// What the tools that run lint-worker.mjs on one build share: the rules a target names, and one
// run of the worker whose result is read back (a worker that fails or a rule that crashes stops the tool).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(benchDirectory, '..', 'package.json'));

/** The rules to run with one build: a config's (`recommended`, `strict`), or one rule alone, with `{ strict: true }` when asked. */
export function getTargetRules(dist, target, strict) {
  if (target === 'recommended' || target === 'strict') return require(join(dist, 'index.js')).configs[target].rules;
  return { [`twelve-factor/${target}`]: strict ? ['error', { strict: true }] : 'error' };
}

/** Runs lint-worker.mjs on `job` in a fresh process, its files named `name` in `work`, and returns its result. */
export function runLintWorker(work, name, job) {
  const jobFile = join(work, `job-${name}.json`);
  const resultFile = join(work, `result-${name}.json`);
  writeFileSync(jobFile, JSON.stringify(job));
  const child = spawnSync(process.execPath, [join(benchDirectory, 'lint-worker.mjs'), jobFile, resultFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (child.status !== 0) throw new Error(`lint-worker exited with ${child.status}`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (result.crashes.length > 0) throw new Error(`${result.crashes.length} crash(es), first: ${JSON.stringify(result.crashes[0])}`);
  return result;
}
