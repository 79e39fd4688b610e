import type { ESLint, Linter } from 'eslint';
import { createFlatConfig, createLegacyConfig } from './configs';
import { packageInfo } from './package-info';
import { rules } from './rules';

interface TwelveFactorPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: ESLint.Plugin['rules'];
  configs: {
    recommended: Linter.Config;
    strict: Linter.Config;
    'legacy-recommended': Linter.LegacyConfig;
    'legacy-strict': Linter.LegacyConfig;
  };
}

// typescript-eslint's rule type and ESLint's are the same at run time; ESLint's is the public one.
const plugin = {
  meta: { name: packageInfo.name, version: packageInfo.version, namespace: 'twelve-factor' },
  rules: rules as unknown as ESLint.Plugin['rules'],
  configs: {},
} as TwelveFactorPlugin;

plugin.configs = {
  recommended: createFlatConfig(plugin as ESLint.Plugin, rules, 'recommended'),
  strict: createFlatConfig(plugin as ESLint.Plugin, rules, 'strict'),
  'legacy-recommended': createLegacyConfig(rules, 'recommended'),
  'legacy-strict': createLegacyConfig(rules, 'strict'),
};

export = plugin;
