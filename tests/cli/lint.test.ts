import { describe, expect, it } from 'vitest';
import { isMinified, supportsConcurrency } from '../../src/cli/lint';

type ESLintClass = Parameters<typeof supportsConcurrency>[0];

function fakeESLint(version: string | undefined, withOptionsModules: boolean): ESLintClass {
  return { version, ...(withOptionsModules ? { fromOptionsModule: () => undefined } : {}) } as unknown as ESLintClass;
}

describe('supportsConcurrency', () => {
  it.each([
    ['10.15.0', true, true],
    ['9.34.0', true, true],
    ['9.33.1', true, false],
    ['9.39.0', false, false],
    ['8.57.1', false, false],
    [undefined, true, false],
  ])('ESLint %s with options modules %s: %s', (version, withOptionsModules, expected) => {
    expect(supportsConcurrency(fakeESLint(version, withOptionsModules))).toBe(expected);
  });
});

describe('isMinified', () => {
  it('is true when lines average more than 500 characters', () => {
    expect(isMinified(`var a={${'b:1,'.repeat(2000)}};`)).toBe(true);
    expect(isMinified(`${'x'.repeat(1200)}\n${'y'.repeat(1200)}\n`)).toBe(true);
  });
  it('is false for code written by hand, one long line included', () => {
    expect(isMinified(`${'const a = 1;\n'.repeat(300)}const key = '${'k'.repeat(2000)}';\n`)).toBe(false);
    expect(isMinified('')).toBe(false);
  });
});
