import { RuleTester } from '@typescript-eslint/rule-tester';

/**
 * The tester every rule test uses: TypeScript's parser by default (so TS syntax is covered), with
 * module source type. Cases that must run through ESLint's own parser (espree) set
 * `languageOptions: { parser: espree }` via `espreeCase`.
 */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

/** `code` inside one line of a minified bundle, beside a table of generated data (1,000+ characters on one line). */
export function minified(code: string): string {
  return `!function(){var t=[${Array.from({ length: 200 }, (_, index) => `"k${index}"`).join(',')}];${code}}();`;
}
