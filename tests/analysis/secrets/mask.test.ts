import { describe, expect, it } from 'vitest';
import { maskSecret, shortenForMessage } from '../../../src/analysis/secrets/mask';

describe('maskSecret', () => {
  it.each([
    ['S3cretPassword!', 'S3cr…'],
    ['hunter2', 'hu…'],
    ['abcdefghi', 'abc…'],
    ['ab', '…'],
    ['', '…'],
  ])('%j → %j', (value, masked) => {
    expect(maskSecret(value)).toBe(masked);
  });

  it('never shows more than 4 characters', () => {
    for (let length = 0; length < 200; length++) {
      const masked = maskSecret('q'.repeat(length));
      expect(masked.length - 1).toBeLessThanOrEqual(4);
    }
  });

  it('does not split a surrogate pair', () => {
    expect(maskSecret('abc😀defghijkl')).toBe('abc…');
  });
});

describe('shortenForMessage', () => {
  it('keeps short values and cuts long ones', () => {
    expect(shortenForMessage('db.internal')).toBe('db.internal');
    expect(shortenForMessage('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
