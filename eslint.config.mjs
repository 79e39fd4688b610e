import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'coverage/**', 'examples/**', 'tests/integration/**', 'docs/**', '**/node_modules/**'],
  },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    name: 'twelve-factor/self/regexp',
    rules: {
      // Rules scan every string literal of every file: a pattern that backtracks can hang a lint run.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    name: 'twelve-factor/self/context',
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='context'][property.name=/^(sourceCode|options|filename|physicalFilename|cwd|settings|languageOptions|parserOptions|id)$/]",
          message: "Read the rule context with readContext(context, '…') from src/create-rule.ts: a property access on each file's new context shape takes V8's slow path, about 5 µs per file and rule.",
        },
      ],
    },
  },
  {
    name: 'twelve-factor/self/rules',
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs['rules-recommended'],
  },
  {
    name: 'twelve-factor/self/tests',
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs['tests-recommended'],
  },
  {
    name: 'twelve-factor/self/commonjs',
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
