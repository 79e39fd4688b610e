import type { ESLint, Linter } from 'eslint';
import type { TwelveFactorRule } from '../rules';

export const PLUGIN_NAMESPACE = 'twelve-factor';

/** The files the legacy configs lint: JavaScript and TypeScript sources of every module kind. */
export const SOURCE_FILES = ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'];

/**
 * The flat configs' `files`: JavaScript, and the TypeScript and JSX files that another config has
 * ESLint lint (typescript-eslint's, a React setup's). A plain pattern for `.ts` files would make
 * ESLint lint every such file, which a project that parses no TypeScript or JSX sees as parsing
 * errors. Patterns ending in a slash and `*` or `**`, and negated ones, do not add files
 * (@eslint/config-array 0.20.1 and later: ESLint 9.29 and later, and ESLint 10); a file must
 * match both patterns of the pair, which reads "any file whose name ends in one of these
 * extensions". Older releases count the negated pattern as a plain one and lint those files.
 */
export const FLAT_SOURCE_FILES: (string | string[])[] = ['**/*.{js,cjs,mjs}', ['**/*', '!**/!(*.ts|*.tsx|*.cts|*.mts|*.jsx)']];

/** Tests, fixtures, stories and mocks are left alone: they hold hardcoded values and servers on purpose. */
export const TEST_FILES = [
  '**/*.test.*',
  '**/*.spec.*',
  // `server_test.js`, as Go and some Node projects name tests.
  '**/*_test.*',
  // Type tests (tsd's `index.test-d.ts`, TSTyche's `index.tst.ts`): compiled, never run.
  '**/*.test-d.*',
  '**/*.tst.*',
  '**/__tests__/**',
  // The singular form some projects use (`src/__test__/app.js`).
  '**/__test__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
  // Jasmine's folder of specs; end-to-end suites; `integration-tests/`, `standalone-tests/`.
  '**/spec/**',
  '**/e2e/**',
  '**/*-tests/**',
  // Test support kept beside the tests: `test-utils/` (also `test-util/`), `test-helpers/`, `test-lib/`, `test-support/`.
  '**/test-utils/**',
  '**/test-util/**',
  '**/test-helpers/**',
  '**/test-lib/**',
  '**/test-support/**',
  '**/__fixtures__/**',
  '**/fixtures/**',
  // Cypress's tests and support files (`cypress/support/commands.ts` logs in with a test password).
  '**/cypress/**',
  '**/*.cy.*',
  // Storybook's stories and settings: a login form's story is given a password to show.
  '**/*.stories.*',
  '**/*.story.*',
  '**/.storybook/**',
  // Mock handlers (Mock Service Worker's `src/mocks/handlers.ts`) answer with made-up tokens; a
  // `mock/` folder holds a front end's fake API (json-server's `mock/server.js` and its data).
  '**/mocks/**',
  '**/mock/**',
  // Mock servers a front end or a test suite talks to (`mock-server.js`, `mockServer.ts`).
  '**/mock-server.*',
  '**/mockServer.*',
  '**/mockserver.*',
  // Test runners' setup and configuration: the environment of a test run (`jest.setup.js` sets
  // `process.env.JWT_SECRET`, Vitest's `test.env`).
  '**/jest.setup.*',
  '**/jest-setup.*',
  '**/jest.config.*',
  '**/setupTests.*',
  '**/vitest.setup.*',
  '**/vitest.config.*',
  '**/vitest.workspace.*',
  '**/playwright.config.*',
  '**/cypress.config.*',
];

/**
 * Benchmarks measure the app rather than run it: their servers listen on fixed ports with throwaway
 * secrets so that a load tool can find them (`benchmark/cookie.js` of @fastify/cookie,
 * `bench/gateway.js` of mercurius), and none of it is deployed.
 */
export const BENCHMARK_FILES = ['**/bench/**', '**/benchmark/**', '**/benchmarks/**'];

/**
 * Files a package manager writes into the repository: Yarn's vendored release, plugins and SDKs
 * (`.yarn/releases/yarn-4.x.cjs`, a bundle holding Yarn's own API keys) and Plug'n'Play's loaders.
 */
export const VENDORED_FILES = ['**/.yarn/**', '**/.pnp.cjs', '**/.pnp.loader.mjs'];

/**
 * TypeScript declaration files (`index.d.ts`): types only, no code that runs, so nothing for the
 * rules to find. Where a config has ESLint lint `.ts` files (the legacy configs, the flat ones on
 * older ESLint 9 releases), a JavaScript project that ships one and parses no TypeScript would
 * otherwise get a parsing error for it.
 */
export const DECLARATION_FILES = ['**/*.d.ts', '**/*.d.mts', '**/*.d.cts'];

/**
 * Copies an editor keeps of every saved version (VS Code's Local History extension writes
 * `.history/src/app_20211229190234.js`): old states of the code, never deployed.
 */
export const EDITOR_HISTORY_FILES = ['**/.history/**'];

/** What both configs leave alone. */
export const CONFIG_IGNORES = [...TEST_FILES, ...BENCHMARK_FILES, ...VENDORED_FILES, ...EDITOR_HISTORY_FILES, ...DECLARATION_FILES];

export type ConfigLevel = 'recommended' | 'strict';

/** Rule settings for a level, derived from each rule's `meta.docs.recommended`. */
export function getRuleSettings(rules: Record<string, TwelveFactorRule>, level: ConfigLevel): Linter.RulesRecord {
  const settings: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const ruleLevel = rule.meta.docs?.recommended;
    if (level === 'strict' || ruleLevel === 'recommended') {
      settings[`${PLUGIN_NAMESPACE}/${name}`] = level === 'strict' && hasStrictOptions(rule) ? ['error', { strict: true }] : 'error';
    }
  }
  return settings;
}

/** A rule whose schema has a `strict` switch gets it turned on by the `strict` config. */
function hasStrictOptions(rule: TwelveFactorRule): boolean {
  const schema = rule.meta.schema;
  const first = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined) : undefined;
  return Boolean(first?.properties && 'strict' in first.properties);
}

export function createFlatConfig(plugin: ESLint.Plugin, rules: Record<string, TwelveFactorRule>, level: ConfigLevel): Linter.Config {
  return {
    name: `${PLUGIN_NAMESPACE}/${level}`,
    files: FLAT_SOURCE_FILES,
    ignores: CONFIG_IGNORES,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: getRuleSettings(rules, level),
  };
}

export function createLegacyConfig(rules: Record<string, TwelveFactorRule>, level: ConfigLevel): Linter.LegacyConfig {
  return {
    plugins: [PLUGIN_NAMESPACE],
    overrides: [
      {
        files: SOURCE_FILES,
        excludedFiles: CONFIG_IGNORES,
        rules: getRuleSettings(rules, level),
      },
    ],
  };
}
