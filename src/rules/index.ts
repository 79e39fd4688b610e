import type { TSESLint } from '@typescript-eslint/utils';
import type { TwelveFactorDocs } from '../create-rule';
import noFsLogging from './no-fs-logging';
import noHardcodedConfig from './no-hardcoded-config';
import noInMemorySession from './no-in-memory-session';
import requireSigtermHandler from './require-sigterm-handler';

export type TwelveFactorRule = TSESLint.RuleModule<string, readonly unknown[], TwelveFactorDocs>;

/** Every rule of the plugin, by name. Configs, docs and tests are derived from this registry. */
export const rules: Record<string, TwelveFactorRule> = {
  'no-fs-logging': noFsLogging,
  'no-hardcoded-config': noHardcodedConfig,
  'no-in-memory-session': noInMemorySession,
  'require-sigterm-handler': requireSigtermHandler,
};
