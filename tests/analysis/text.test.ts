import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/analysis/text';
import { withSourceCode } from './parse';

describe('mentions', () => {
  it('finds a word in code, strings and comments, and nowhere else', () => {
    const answers = withSourceCode("// listen later\nconst port = 'register';\nserver.start();", (sourceCode) => [
      mentions(sourceCode, 'listen'),
      mentions(sourceCode, 'register'),
      mentions(sourceCode, 'start'),
      mentions(sourceCode, 'SIGTERM'),
    ]);
    expect(answers).toEqual([true, true, true, false]);
  });

  it('gives the same answer when asked again about the same file', () => {
    const answers = withSourceCode('app.listen(3000);', (sourceCode) => [mentions(sourceCode, 'listen'), mentions(sourceCode, 'listen'), mentions(sourceCode, 'fetch')]);
    expect(answers).toEqual([true, true, false]);
  });

  it('answers each file from its own text', () => {
    // The second file is linted after the first asked the same words: no answer carries over.
    const first = withSourceCode('app.listen(3000);', (sourceCode) => [mentions(sourceCode, 'listen'), mentions(sourceCode, 'fetch')]);
    const second = withSourceCode("await fetch('https://example.com');", (sourceCode) => [mentions(sourceCode, 'listen'), mentions(sourceCode, 'fetch')]);
    expect(first).toEqual([true, false]);
    expect(second).toEqual([false, true]);
  });
});
