import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTROPY_SETTINGS, detectCharset, expectedEntropy, isRandomLooking, shannonEntropy } from '../../../src/analysis/secrets/entropy';
import { ALNUM, BASE64, fakeChars, HEX } from './fake-tokens';

describe('shannonEntropy', () => {
  it('is 0 for one repeated symbol and log2(n) for n distinct ones', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('')).toBe(0);
  });
});

describe('detectCharset', () => {
  it.each([
    ['deadbeef0123', 'hex'],
    ['DEADBEEF0123', 'hex'],
    ['DeadBeef0123', 'base64'],
    ['aB3+/=_-', 'base64'],
    ['p@ss w0rd!', 'other'],
  ])('%j is %s', (value, charset) => {
    expect(detectCharset(value)).toBe(charset);
  });
});

describe('expectedEntropy', () => {
  it('approaches log2 of the alphabet for long strings and log2(n) for short ones', () => {
    expect(expectedEntropy(512, 16)).toBeGreaterThan(3.95);
    expect(expectedEntropy(4, 64)).toBeGreaterThan(1.8);
    expect(expectedEntropy(4, 64)).toBeLessThanOrEqual(2);
  });
});

describe('isRandomLooking', () => {
  it('accepts random hex and base64 from 16 characters up, with no cliff at 32', () => {
    for (const length of [16, 20, 24, 32, 33, 40, 64]) {
      expect(isRandomLooking(fakeChars(HEX, length, length))).toBe(true);
      expect(isRandomLooking(fakeChars(ALNUM, length, length + 1))).toBe(true);
      expect(isRandomLooking(fakeChars(BASE64, length, length + 2))).toBe(true);
    }
  });

  it.each([
    'deadbeefdeadbeef',
    'aaaaaaaabbbbbbbb',
    'correcthorsebatterystaple',
    'ThisIsMySecretKey',
    'my-secret-key-for-dev',
    'supersecretpassword1',
    '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    '1234567890123456',
    'short1',
  ])('rejects %j', (value) => {
    expect(isRandomLooking(value)).toBe(false);
  });

  it('honours the minimum length setting', () => {
    const value = fakeChars(ALNUM, 12, 3);
    expect(isRandomLooking(value)).toBe(false);
    expect(isRandomLooking(value, { ...DEFAULT_ENTROPY_SETTINGS, minLength: 10 })).toBe(true);
  });
});

describe('isRandomLooking on text and names', () => {
  it.each(['TIME_24_WITH_SECONDS', 'azureEntraCognitiveServicesOAuth2Api', 'n8n-chat/sessionId', 'Token von {0} holen 2x', '您可以从 @BotFather 获取 Token 123', 'abcdefgh12345678'])('rejects %j', (value) => {
    expect(isRandomLooking(value)).toBe(false);
  });
});
