import { describe, expect, it } from 'vitest';
import { isNoKeyMarker, isPlaceholder, isPlaceholderTokenBody, isVendorKeyPlaceholder, longestRun, normalizeWord } from '../../../src/analysis/secrets/placeholders';

describe('isPlaceholder', () => {
  it.each([
    '',
    '   ',
    '${DB_PASSWORD}',
    '{{ secret }}',
    '<password>',
    '[api-key]',
    '%s',
    ':token',
    '$PASSWORD',
    '**email**',
    '__API_TOKEN__',
    '%%user%%',
    '********',
    'xxxxxxxx',
    'changeme',
    'CHANGE_ME',
    'admin-default-password-change-me',
    'secret_CHANGE_THIS_in_production',
    'your-api-key',
    'YOUR_TOKEN_HERE',
    'insert-key-here',
    'example-secret',
    'REDACTED',
    'password',
    'secret',
    'my-placeholder',
    'abc...',
    'INVALID',
    'not-set',
    'UNSET',
    'Unknown',
    // Words only, one of them `fake` (the Firebase Auth emulator's reCAPTCHA stand-in).
    'This-is-a-fake-token__Dont-send-this-to-the-Recaptcha-service',
    'fake-secret',
    'Fake Key',
    // Words that say what goes there, and a scheme's word before a placeholder.
    'sender password',
    'Email Password',
    'api key',
    'oauth:YOUR_OAUTH_TOKEN',
    'oauth:xxxxxxxxxxxxxxxx',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['hunter2', 'S3cr3t!', 'keyboard cat', 'dev-secret', 'a8f5f167f44f4964', 'changes-7Qx9', '__Xk9aB3__', '**k3y**x', 'invalid-Kp4q9zWm', 'unsetTok3n!', 'fake-secret-2024', 'fakesecret', 'not-a-fakery-word', 'fake-Kp4q9zWm', 'my secret key 2', 'sender-password', 'correct horse battery staple', 'oauth:k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6', 'verylongschemename:your-key', 'password1 password', 'user:pass:'])('%j is not', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('isPlaceholderTokenBody', () => {
  it.each(['IOSFODNN7EXAMPLE', 'xxxxxxxxxxxxxxxx', '0000000000000000', 'abcabcabcabcabcabcabc', '1234567890abcdef1234'])('%j is filler', (body) => {
    expect(isPlaceholderTokenBody(body)).toBe(true);
  });
  it.each(['q8Zr2mK4pW9xT3vN7bL1', 'f3a9c2e81b7d4a60c5e2'])('%j is random', (body) => {
    expect(isPlaceholderTokenBody(body)).toBe(false);
  });
});

describe('helpers', () => {
  it('normalizes words', () => expect(normalizeWord('Your_API-Key')).toBe('yourapikey'));
  it('measures runs', () => {
    expect(longestRun('abbbc')).toBe(3);
    expect(longestRun('')).toBe(0);
  });
});

describe('isNoKeyMarker', () => {
  it.each(['not-needed', 'NOT_NEEDED', 'sk-no-key-required', 'no-key', 'none', 'dummy', 'ollama', 'lm-studio', 'unused'])('%j says no key is needed', (value) => {
    expect(isNoKeyMarker(value)).toBe(true);
  });
  it.each(['needed-key-9x', 'sk-proj-q8Zr2mK4pW9xT3vN7bL1', 'ollama-prod-key-2024', 'changeme', ''])('%j does not', (value) => {
    expect(isNoKeyMarker(value)).toBe(false);
  });
});

describe('isVendorKeyPlaceholder', () => {
  it.each(['sk_test_xxxx', 'key-yourkeyhere', 'sk_test_mock', 'sk_live_placeholder', 'cs_dummy', 'ck_dummy', 'SG.example'])('%j is a vendor key filled with a stand-in', (value) => {
    expect(isVendorKeyPlaceholder(value)).toBe(true);
  });

  it.each(['sk_test_4fQ8xZ2mK9pL7vN3', 'cs_9f8e7d6c5b4a3f2e1d0c', 'mock', 'dummy-secret', 'change-me-1234567890'])('%j is not', (value) => {
    expect(isVendorKeyPlaceholder(value)).toBe(false);
  });
});
