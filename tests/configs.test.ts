import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import tsParser from '@typescript-eslint/parser';
import { BENCHMARK_FILES, CONFIG_IGNORES, DECLARATION_FILES, EDITOR_HISTORY_FILES, FLAT_SOURCE_FILES, SOURCE_FILES, TEST_FILES, VENDORED_FILES } from '../src/configs';
import { FACTORS } from '../src/factors';
import { rules } from '../src/rules';

const ruleIds = Object.keys(rules).map((name) => `twelve-factor/${name}`);
const sample = readFileSync(join(__dirname, 'samples', 'violations.js'), 'utf8');

function ruleNames(config: Linter.Config | Linter.LegacyConfig): string[] {
  const settings = 'overrides' in config && config.overrides ? config.overrides[0]?.rules : config.rules;
  return Object.keys(settings ?? {}).sort();
}

async function lintSample(config: Linter.Config[], filePath = 'src/server.js'): Promise<string[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config, cwd: __dirname });
  const [result] = await eslint.lintText(sample, { filePath: join(__dirname, filePath) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return [...new Set(result?.messages.map((m) => m.ruleId ?? 'none'))].sort();
}

/** Every message of linting `text` as `filePath`; none when the configs leave the file out (it is not linted at all). */
async function lintMessages(config: Linter.Config[], filePath: string, text: string): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config, cwd: __dirname });
  const results = await eslint.lintText(text, { filePath: join(__dirname, filePath), warnIgnored: false });
  return results.flatMap((result) => result.messages);
}

describe('plugin object', () => {
  it('names itself and its namespace, with the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'twelve-factor' });
  });

  it('exposes every registered rule', () => {
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual(Object.keys(rules).sort());
  });

  it('has flat and legacy configs of both levels', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(['legacy-recommended', 'legacy-strict', 'recommended', 'strict']);
  });
});

describe.each(Object.entries(rules))('rule %s metadata', (name, rule) => {
  it('names a known factor and a config level', () => {
    expect(FACTORS.map((f) => f.id)).toContain(rule.meta.docs?.factor);
    expect(['recommended', 'strict']).toContain(rule.meta.docs?.recommended);
  });
  it('has a description that starts with Disallow, Require or Enforce', () => {
    expect(rule.meta.docs?.description).toMatch(/^(?:Disallow|Require|Enforce) /);
  });
  it('links its doc page', () => {
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });
  it('has report messages that name their factor (the others are suggestion texts)', () => {
    const messages = Object.values(rule.meta.messages);
    expect(messages.filter((m) => /^Factor [IVX]+: /.test(m)).length).toBeGreaterThan(0);
  });
});

describe('configs', () => {
  it('strict contains every rule, recommended is a subset of strict', () => {
    const strict = ruleNames(plugin.configs.strict);
    const recommended = ruleNames(plugin.configs.recommended);
    expect(strict).toEqual([...ruleIds].sort());
    for (const id of recommended) expect(strict).toContain(id);
    expect(ruleNames(plugin.configs['legacy-strict'])).toEqual(strict);
    expect(ruleNames(plugin.configs['legacy-recommended'])).toEqual(recommended);
  });

  it('recommended holds exactly the rules marked recommended', () => {
    const expected = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
      .map(([name]) => `twelve-factor/${name}`)
      .sort();
    expect(ruleNames(plugin.configs.recommended)).toEqual(expected);
  });

  it('strict turns on the strict options of rules that have them', () => {
    for (const [id, setting] of Object.entries(plugin.configs.strict.rules ?? {})) {
      const rule = rules[id.replace('twelve-factor/', '')];
      const schema = rule?.meta.schema as { properties?: Record<string, unknown> }[] | undefined;
      if (schema?.[0]?.properties?.strict) expect(setting).toEqual(['error', { strict: true }]);
      else expect(setting).toBe('error');
    }
  });

  it('are named, carry the plugin, and apply to sources but not tests or fixtures', () => {
    for (const level of ['recommended', 'strict'] as const) {
      const config = plugin.configs[level];
      expect(config.name).toBe(`twelve-factor/${level}`);
      expect(config.plugins?.['twelve-factor']).toBe(plugin);
      expect(config.files).toEqual(FLAT_SOURCE_FILES);
      expect(config.ignores).toEqual([...TEST_FILES, ...BENCHMARK_FILES, ...VENDORED_FILES, ...EDITOR_HISTORY_FILES, ...DECLARATION_FILES]);
      expect(config.ignores).toEqual(CONFIG_IGNORES);
      const legacy = plugin.configs[`legacy-${level}`];
      expect(legacy.plugins).toEqual(['twelve-factor']);
      expect(legacy.overrides?.[0]?.files).toEqual(SOURCE_FILES);
      expect(legacy.overrides?.[0]?.excludedFiles).toEqual(CONFIG_IGNORES);
    }
  });

  it('recommended reports the sample through the Node API', async () => {
    expect(await lintSample([plugin.configs.recommended])).toEqual(ruleNames(plugin.configs.recommended));
  });

  it('strict reports the sample through defineConfig with extends', async () => {
    const config = defineConfig({ files: ['**/*.js'], extends: [plugin.configs.strict as never] });
    expect(await lintSample(config as Linter.Config[])).toEqual(ruleNames(plugin.configs.strict));
  });

  it('leaves test and fixture files alone', async () => {
    for (const path of ['src/server.test.js', 'tests/server.js', 'src/__tests__/server.js', 'dist/__test__/in-memory-app.js', 'test/fixtures/app.js', 'types/index.test-d.ts', 'types/index.tst.ts', 'spec/backend/index.js', 'e2e/server.js', 'lib/standalone-tests/terminus.js', 'src/__fixtures__/app.js', 'cypress/support/commands.ts', 'src/login.cy.ts', 'src/LoginForm.stories.ts', 'src/Button.story.js', '.storybook/main.ts', 'src/mocks/handlers.ts', 'mock/server.js', 'src/server_test.js', 'test-utils/db.ts', 'src/app/core/test-util/testing.service.ts', 'src/test-helpers/app.js', 'test-lib/util.js', 'packages/api/test-support/server.ts', 'backend/jest.setup.js', 'vitest.config.js', 'src/setupTests.ts', 'mock-server.js', 'tools/mockServer.ts', 'playwright.config.ts']) {
      // `files: ['**/*.ts']` has ESLint lint .ts files at all, so that an ignored one yields no warning.
      expect(await lintSample([{ files: ['**/*.ts'] }, plugin.configs.strict], path)).toEqual([]);
    }
    expect(await lintSample([{ files: ['**/*.ts'] }, plugin.configs.strict], 'types/index.ts')).toEqual(ruleNames(plugin.configs.strict));
    // Names that only contain those words are linted.
    for (const path of ['src/mockingbird.js', 'src/mock.js', 'mockups/server.js', 'src/mock-servers.js', 'src/history.js', 'src/cypressConfig.js', 'src/ab-test.js', 'src/latest.js', 'src/test-runner-server.js', 'src/utils/server.js']) {
      expect(await lintSample([plugin.configs.strict], path)).toEqual(ruleNames(plugin.configs.strict));
    }
  });

  it('leaves benchmarks alone (the legacy configs exclude the same list, checked above)', async () => {
    for (const path of ['benchmark/cookie.js', 'bench/gateway.js', 'packages/api/benchmarks/server.js']) {
      expect(await lintSample([plugin.configs.recommended], path)).toEqual([]);
    }
    // Names that only contain the word are linted.
    for (const path of ['src/workbench/server.js', 'src/benchmarking.js', 'src/bench.js']) {
      expect(await lintSample([plugin.configs.recommended], path)).toEqual(ruleNames(plugin.configs.recommended));
    }
  });

  it("leaves the files a package manager vendors alone: Yarn's release, plugins and Plug'n'Play loaders", async () => {
    for (const path of ['.yarn/releases/yarn-4.0.0.cjs', '.yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs', '.pnp.cjs', '.pnp.loader.mjs', 'packages/api/.yarn/sdks/eslint/lib/api.js']) {
      expect(await lintSample([plugin.configs.recommended], path)).toEqual([]);
    }
    expect(await lintSample([plugin.configs.recommended], 'yarn/releases/server.js')).toEqual(ruleNames(plugin.configs.recommended));
  });

  it("leaves an editor's history of saved versions alone (VS Code's Local History, `.history/`)", async () => {
    for (const path of ['.history/api/getUser_20211229190234.js', 'functions/.history/index_20240101120000.js']) {
      expect(await lintSample([plugin.configs.recommended], path)).toEqual([]);
    }
    expect(await lintSample([plugin.configs.recommended], 'src/history/server.js')).toEqual(ruleNames(plugin.configs.recommended));
  });

  it('leaves TypeScript declaration files alone, so a JavaScript project that ships one gets no parsing error', async () => {
    const declaration = 'export interface Options { port: number }\nexport declare function start(options: Options): void;\n';
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      for (const path of ['index.d.ts', 'types/server.d.mts', 'lib/server.d.cts']) {
        // No TypeScript parser: espree would fail on `interface` if the file were linted.
        expect(await lintMessages([config], path, declaration)).toEqual([]);
      }
    }
  });

  it('lints TypeScript and JSX files when another config has ESLint lint them, and does not make it lint them otherwise', async () => {
    const typed = "import express from 'express';\nconst app = express();\nconst port: number = 3000;\napp.listen(port);\n";
    const jsx = "import express from 'express';\nconst app = express();\nconst page = <main />;\napp.listen(4000);\n";
    const typescript = { files: ['**/*.{ts,tsx,cts,mts}'], languageOptions: { parser: tsParser } };
    const react = { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } };
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      // A project that parses no TypeScript or JSX: the files are not linted, so no parsing error.
      for (const path of ['src/server.ts', 'src/server.tsx', 'src/server.mts', 'src/server.cts']) expect(await lintMessages([config], path, typed)).toEqual([]);
      expect(await lintMessages([config], 'src/server.jsx', jsx)).toEqual([]);
      // With typescript-eslint's parser, or JSX parsing, set for them: the rules report there.
      for (const path of ['src/server.ts', 'src/server.tsx', 'src/server.mts', 'src/server.cts']) {
        const ids = (await lintMessages([typescript, config], path, typed)).map((m) => m.ruleId);
        expect(ids).toEqual(expect.arrayContaining(['twelve-factor/no-hardcoded-config', 'twelve-factor/require-sigterm-handler']));
      }
      const ids = (await lintMessages([react, config], 'src/server.jsx', jsx)).map((m) => m.ruleId);
      expect(ids).toEqual(expect.arrayContaining(['twelve-factor/no-hardcoded-config', 'twelve-factor/require-sigterm-handler']));
      // Extended inside a TypeScript object (defineConfig intersects the `files` of both).
      const extended = defineConfig({ files: ['**/*.ts'], languageOptions: { parser: tsParser }, extends: [config as never] }) as Linter.Config[];
      const extendedIds = (await lintMessages(extended, 'src/server.ts', typed)).map((m) => m.ruleId);
      expect(extendedIds).toEqual(expect.arrayContaining(['twelve-factor/no-hardcoded-config', 'twelve-factor/require-sigterm-handler']));
      expect(await lintMessages(extended, 'src/server.tsx', typed)).toEqual([]);
      // Files of other languages a project lints (JSON, Markdown, CSS) do not get the rules.
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ files: ['**/*.{json,md,css}'] }, config], cwd: __dirname });
      for (const path of ['data.json', 'README.md', 'src/site.css']) {
        const calculated = (await eslint.calculateConfigForFile(join(__dirname, path))) as Linter.Config | undefined;
        expect(Object.keys(calculated?.rules ?? {}).filter((id) => id.startsWith('twelve-factor/'))).toEqual([]);
      }
    }
  });

  it('lets users widen the files it applies to', async () => {
    const widened: Linter.Config = { ...plugin.configs.recommended, ignores: [] };
    expect(await lintSample([widened], 'tests/server.js')).toEqual(ruleNames(plugin.configs.recommended));
  });
});
