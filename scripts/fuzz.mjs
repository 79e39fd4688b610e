// npm run fuzz -- --count N --seed S: fuzzes the built plugin with N random programs from seed S on
// and prints the seed and program of every failure, so it can be replayed and made a test case.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { fuzz } from '../tests/robustness/fuzzer.mjs';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- --count <positive integer> --seed <integer>');
  process.exit(2);
}
const plugin = createRequire(import.meta.url)('../dist/index.js');
console.log(`fuzzing ${count} programs from seed ${seed}`);
const started = Date.now();
const result = fuzz(plugin, {
  count,
  seed,
  onProgress: (done) => {
    if (done % 100 === 0) process.stderr.write(`  ${done}/${count}\n`);
  },
});
for (const failure of result.failures) {
  console.log(`\nFAILURE seed=${failure.seed} sourceType=${failure.sourceType} strict=${failure.strict}: ${failure.reason}\n${failure.code}\n`);
}
console.log(`${result.programs} valid programs, ${result.runs} rule-set runs, ${result.failures.length} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.failures.length === 0 ? 0 : 1);
