import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
// @ts-expect-error -- plain ESM module shared with scripts/fuzz.mjs, no type declarations
import { fuzz, generateProgram } from './fuzzer.mjs';

interface FuzzResult {
  failures: { seed: number; reason: string; code: string }[];
  programs: number;
  runs: number;
}

describe('fuzzing every rule with random programs', () => {
  it('generates the same program from the same seed', () => {
    expect(generateProgram(7, 'module')).toBe(generateProgram(7, 'module'));
    expect(generateProgram(7, 'module')).not.toBe(generateProgram(8, 'module'));
  });

  it('no rule throws and every fix and suggestion parses (bounded run)', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261122);
    const result = fuzz(plugin, { count: Number(process.env.FUZZ_COUNT ?? 150), seed }) as FuzzResult;
    expect(result.programs, 'most generated programs must be valid').toBeGreaterThan(50);
    expect(result.failures.map((f) => `seed ${f.seed}: ${f.reason}`)).toEqual([]);
  });
});
