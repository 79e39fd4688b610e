import { describe, expect, it } from 'vitest';
import { isMinified, mentions, mentionsName, occursAsName, occursIn, planSearch } from '../../src/analysis/text';
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

describe('planSearch', () => {
  it('starts the search at the rarest character of the word, keeping at least three characters', () => {
    expect(planSearch('require')).toEqual({ word: 'require', key: 'quire', offset: 2 });
    expect(planSearch('register')).toEqual({ word: 'register', key: 'gister', offset: 2 });
    expect(planSearch('SIGTERM')).toEqual({ word: 'SIGTERM', key: 'GTERM', offset: 2 });
    // `l` is rarer than every later letter of `listen`, and `z` in `fuzz` is too close to the end.
    expect(planSearch('listen')).toEqual({ word: 'listen', key: 'listen', offset: 0 });
    expect(planSearch('fuzz')).toEqual({ word: 'fuzz', key: 'fuzz', offset: 0 });
    expect(planSearch('on')).toEqual({ word: 'on', key: 'on', offset: 0 });
  });
});

describe('occursIn', () => {
  const cases: [string, string, boolean][] = [
    ['require', "const x = require('x');", true],
    ['require', 'require', true],
    // The key occurs first where the word does not: `acquire`, a lone `quire`.
    ['require', 'acquire(lock); quire; then require(x)', true],
    ['require', 'acquire(lock); required', true],
    ['require', 'acquire(lock); inquire()', false],
    // A key near the start of the text, before the word could begin.
    ['register', 'gister', false],
    ['register', 'fastify.register(plugin)', true],
    ['SIGTERM', "process.on('SIGTERM', stop)", true],
    ['SIGTERM', 'const GTERM = 1', false],
    ['listen', 'server.listen(3000)', true],
    ['listen', 'addEventListener', false],
  ];
  it.each(cases)('%s in %j: %s', (word, text, expected) => {
    expect(occursIn(text, planSearch(word))).toBe(expected);
    // The same answer as a plain search for the whole word.
    expect(text.includes(word)).toBe(expected);
  });
});

describe('occursAsName', () => {
  const cases: [string, string, boolean][] = [
    ['listen', 'server.listen(3000)', true],
    ['listen', "server['listen'](3000)", true],
    ['listen', 'const { listen } = app', true],
    ['listen', 'listen', true],
    ['listen', '$listen listen_ listen2 listener', false],
    ['listen', 'emitter.addListener(x); server.on("listening", y)', false],
    // A later occurrence counts when the first is part of a longer name.
    ['listen', 'addListener(x); app.listen(port)', true],
    // Non-ASCII characters end a name here: a search that must not miss treats them as separators.
    ['listen', 'listen\u00e9 x', true],
    ['listen', 'listen\u00a0x', true],
    ['register', 'fastify.register(plugin)', true],
    ['register', 'fastify.registerPlugin(plugin)', false],
    ['register', 'gister register2', false],
  ];
  it.each(cases)('%s in %j: %s', (name, text, expected) => {
    expect(occursAsName(text, planSearch(name))).toBe(expected);
    // The same answer as a regular expression for the whole name.
    expect(new RegExp(`(?<![A-Za-z0-9_$])${name}(?![A-Za-z0-9_$])`).test(text)).toBe(expected);
  });
});

describe('mentionsName', () => {
  it('finds a whole name, not a longer one that holds it, and keeps its answers apart from mentions', () => {
    const answers = withSourceCode("server.on('listening', onListening);", (sourceCode) => [mentionsName(sourceCode, 'listen'), mentions(sourceCode, 'listen'), mentionsName(sourceCode, 'listen')]);
    expect(answers).toEqual([false, true, false]);
  });

  it('answers from what mentions found, in whichever order the two are asked', () => {
    const asked = (code: string) =>
      [
        withSourceCode(code, (sourceCode) => [mentions(sourceCode, 'Deno'), mentionsName(sourceCode, 'Deno')]),
        withSourceCode(code, (sourceCode) => [mentionsName(sourceCode, 'Deno'), mentions(sourceCode, 'Deno')].reverse()),
      ];
    expect(asked('Deno.serve(handler);')).toEqual([[true, true], [true, true]]);
    expect(asked("const driver = 'Denodo';")).toEqual([[true, false], [true, false]]);
    expect(asked('Bun.serve({ fetch });')).toEqual([[false, false], [false, false]]);
  });

  it('answers each file from its own text', () => {
    const first = withSourceCode("server.on('listening', onListening);", (sourceCode) => mentionsName(sourceCode, 'listen'));
    const second = withSourceCode('app.listen(3000);', (sourceCode) => mentionsName(sourceCode, 'listen'));
    expect([first, second]).toEqual([false, true]);
  });
});

describe('isMinified', () => {
  const table = Array.from({ length: 200 }, (_, index) => `"k${index}"`).join(',');
  it('holds for a bundle written on one long line', () => {
    expect(withSourceCode(`!function(){var t=[${table}];t.map(String)}();`, isMinified)).toBe(true);
  });
  it('holds for a few very long lines', () => {
    expect(withSourceCode(`var a=[${table}];\nvar b=[${table}];\nvar c=1;`, isMinified)).toBe(true);
  });
  it('does not hold for hand-written code, even with one long line of data', () => {
    const lines = Array.from({ length: 60 }, (_, index) => `const value${index} = compute(${index});`);
    expect(withSourceCode(lines.join('\n'), isMinified)).toBe(false);
    expect(withSourceCode([...lines, `const table = [${table}];`].join('\n'), isMinified)).toBe(false);
  });
  it('does not hold for a short file on one line', () => {
    expect(withSourceCode("module.exports = { port: 3000, host: 'db.prod.example.com' };", isMinified)).toBe(false);
  });
});
