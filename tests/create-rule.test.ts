import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, readContext } from '../src/create-rule';

describe('readContext', () => {
  it('reads what a property access reads: own properties, the prototype, getters', () => {
    // ESLint 9 and 10: a frozen object over the file's context; ESLint 8: getters on the context.
    const file = Object.freeze({ sourceCode: { text: 'x' }, filename: '/app/server.js' });
    const flat = Object.freeze(Object.assign(Object.create(file) as typeof file & { options: unknown[] }, { options: [{ strict: true }] }));
    expect(readContext(flat, 'options')).toBe(flat.options);
    expect(readContext(flat, 'sourceCode')).toBe(file.sourceCode);
    expect(readContext(flat, 'filename')).toBe('/app/server.js');
    const legacy = {
      get sourceCode() {
        return file.sourceCode;
      },
    };
    expect(readContext(legacy, 'sourceCode')).toBe(file.sourceCode);
  });
});

describe('escapeControlCharacters', () => {
  it.each([
    ['C:Logs\next', 'C:Logs\\next'],
    ['a\tb\rc', 'a\\tb\\rc'],
    ['bell\u0007', 'bell\\u0007'],
    ['line\u2028separator', 'line\\u2028separator'],
    ['delete\u007f', 'delete\\u007f'],
  ])('%j is shown as %j', (value, shown) => {
    expect(escapeControlCharacters(value)).toBe(shown);
  });

  it('leaves printable text, non-ASCII letters included, as it is', () => {
    expect(escapeControlCharacters('logs/app.log – Größe')).toBe('logs/app.log – Größe');
  });
});
