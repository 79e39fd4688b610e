import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface RuleTime {
  time: number;
  problems: number;
}
interface Scaling {
  smoke: boolean;
  baseUnits: number;
  variants: string[];
  reference: string;
  sizes: { factor: number; lines: number; parseTime: number; rules: Record<string, RuleTime> }[];
  ratios: Record<string, number[]>;
  rechecks: Record<string, ({ smaller: number; larger: number; ratio: number; ratios?: number[]; outer?: { factor: number; smaller: number; larger: number; ratio: number } } | undefined)[]>;
}
interface ScalingModule {
  formatScaling(scaling: Scaling): string;
  LINEAR_LIMIT: number;
}

let scalingModule: ScalingModule;
beforeAll(async () => {
  // The bench is plain JavaScript outside the compiled sources: loaded by its address.
  scalingModule = (await import(pathToFileURL(join(__dirname, '..', '..', 'bench', 'scaling.mjs')).href)) as ScalingModule;
});

/** A scaling result with one rule whose times at 1×, 10× and 100× are given. */
function makeScaling(times: [number, number, number], recheck?: { smaller: number; larger: number }): Scaling {
  const id = 'some-rule';
  const reference = '(no-op rule, for scale)';
  const referenceTimes = [0.1, 1, 10];
  return {
    smoke: false,
    baseUnits: 15,
    variants: [reference, id],
    reference,
    sizes: times.map((time, index) => ({
      factor: 10 ** index,
      lines: 600 * 10 ** index,
      parseTime: 1,
      rules: { [reference]: { time: referenceTimes[index] ?? 0, problems: 0 }, [id]: { time, problems: 0 } },
    })),
    ratios: { [reference]: [10, 10], [id]: [times[1] / times[0], times[2] / times[1]] },
    rechecks: recheck ? { [id]: [undefined, { ...recheck, ratio: recheck.larger / recheck.smaller }] } : {},
  };
}

function verdictOf(table: string): string {
  const row = table.split('\n').find((line) => line.startsWith('| some-rule |'));
  return row?.split('|').at(-2)?.trim() ?? '';
}

describe('scaling verdicts', () => {
  it('calls steps of about ten linear', () => {
    expect(verdictOf(scalingModule.formatScaling(makeScaling([1, 9, 140])))).toBe('linear');
  });

  it('calls a step over the limit super-linear when measuring both sizes again gives it again', () => {
    const table = scalingModule.formatScaling(makeScaling([1, 4, 400], { smaller: 4.2, larger: 410 }));
    expect(verdictOf(table)).toBe('**super-linear** (97.6× measured again)');
  });

  it('calls a step over the limit linear when measuring both sizes again gives a linear step, and shows that measure', () => {
    const table = scalingModule.formatScaling(makeScaling([0.4, 2.2, 59], { smaller: 3.6, larger: 58 }));
    expect(verdictOf(table)).toBe('linear (16.1× measured again)');
  });

  it('shows every measure again of a step near the limit, and judges by the last', () => {
    const scaling = makeScaling([0.5, 3.2, 84]);
    scaling.rechecks = { 'some-rule': [undefined, { smaller: 3.3, larger: 77, ratio: 77 / 3.3, ratios: [28.7, 77 / 3.3] }] };
    expect(verdictOf(scalingModule.formatScaling(scaling))).toBe('linear (28.7×, 23.3× measured again)');
    scaling.rechecks = { 'some-rule': [undefined, { smaller: 3, larger: 96, ratio: 32, ratios: [26.5, 28.7, 32] }] };
    expect(verdictOf(scalingModule.formatScaling(scaling))).toBe('**super-linear** (26.5×, 28.7×, 32.0× measured again)');
  });

  it('judges a last step still over the limit by the step to the next size out, where both sizes are out of the caches', () => {
    const scaling = makeScaling([0.5, 3.1, 82]);
    scaling.rechecks = { 'some-rule': [undefined, { smaller: 3, larger: 80, ratio: 80 / 3, ratios: [26.1, 27.2, 80 / 3], outer: { factor: 300, smaller: 80, larger: 236, ratio: 2.95 } }] };
    expect(verdictOf(scalingModule.formatScaling(scaling))).toBe('linear (26.1×, 27.2×, 26.7× measured again; 300×/100×: 3.0×, limit 7.5×)');
    scaling.rechecks = { 'some-rule': [undefined, { smaller: 3, larger: 80, ratio: 80 / 3, ratios: [26.1, 27.2, 80 / 3], outer: { factor: 300, smaller: 80, larger: 720, ratio: 9 } }] };
    expect(verdictOf(scalingModule.formatScaling(scaling))).toBe('**super-linear** (26.1×, 27.2×, 26.7× measured again; 300×/100×: 9.0×, limit 7.5×)');
  });

  it('calls a step over the limit that was not measured again super-linear', () => {
    expect(verdictOf(scalingModule.formatScaling(makeScaling([1, 4, 400])))).toBe('**super-linear**');
  });

  it('does not judge a step from a time below the judged minimum', () => {
    expect(verdictOf(scalingModule.formatScaling(makeScaling([0.01, 3, 40])))).toBe('linear');
    expect(verdictOf(scalingModule.formatScaling(makeScaling([0.01, 0.1, 1.5])))).toBe('not judged (below 2 ms)');
  });

  it('judges a rule whose steps all start below the minimum over the whole span, against the limit over both steps', () => {
    expect(verdictOf(scalingModule.formatScaling(makeScaling([0.23, 1.63, 22.3])))).toBe('linear (steps from below 2 ms; 100× the size: 97×, limit 625×)');
    expect(verdictOf(scalingModule.formatScaling(makeScaling([0.01, 1, 100])))).toBe('**super-linear** (steps from below 2 ms; 100× the size: 10000×, limit 625×)');
  });
});
