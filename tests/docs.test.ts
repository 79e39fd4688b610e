import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { rules } from '../src/rules';
import { extractExamples, type Example } from './doc-examples';

const docsDir = join(__dirname, '..', 'docs', 'rules');
const pages = readdirSync(docsDir).filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3));

function lint(ruleName: string, example: Example): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    example.code,
    [
      {
        files: ['**/*.*'],
        plugins: { 'twelve-factor': plugin },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: 'module',
          globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
          ...(example.language === 'ts' ? { parser: tsParser } : {}),
        },
        rules: { [`twelve-factor/${ruleName}`]: 'error' },
      },
    ],
    { filename: example.language === 'ts' ? 'example.ts' : 'example.js' },
  );
}

describe('docs', () => {
  it('has one page per rule and one rule per page', () => {
    expect(pages.sort()).toEqual(Object.keys(rules).sort());
  });

  describe.each(pages)('docs/rules/%s.md', (ruleName) => {
    const markdown = readFileSync(join(docsDir, `${ruleName}.md`), 'utf8');
    const examples = extractExamples(markdown);

    it('has incorrect and correct examples', () => {
      expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.kind === 'correct')).toBe(true);
    });

    it.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))('%s', (_, example) => {
      const messages = lint(ruleName, example);
      expect(messages.filter((m) => m.fatal || m.ruleId === null), 'the example must parse').toEqual([]);
      const own = messages.filter((m) => m.ruleId === `twelve-factor/${ruleName}`);
      if (example.kind === 'incorrect') {
        expect(own.length, 'an incorrect example must report').toBeGreaterThan(0);
        for (const message of own) expect(message.message, 'a report names its factor').toMatch(/^Factor [IVX]+: /);
      }
      else expect(own.map((m) => m.message), 'a correct example must not report').toEqual([]);
    });
  });
});

describe('extractExamples', () => {
  it('takes blocks under marked headings only, with their language', () => {
    const markdown = ['# t', '```js', 'a()', '```', '### ❌ Incorrect', '```js', 'b()', '```', '#### ✅ Correct', '```ts', 'c()', '```', '```json', '{}', '```', '## Options', '```js', 'd()', '```'].join('\n');
    expect(extractExamples(markdown).map((e) => `${e.kind}:${e.language}:${e.code}`)).toEqual(['incorrect:js:b()', 'correct:ts:c()']);
  });
});
