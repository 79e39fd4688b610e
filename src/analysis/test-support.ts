import type { TSESLint } from '@typescript-eslint/utils';
import { TEST_SUPPORT_MODULES } from '../knowledge/test-support';
import { importsAnyModule, toModuleSet } from './modules';

const TEST_SUPPORT = toModuleSet(TEST_SUPPORT_MODULES);

/** Whether the file imports a package that only test code uses (see `knowledge/test-support`). */
export function isTestSupportFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return importsAnyModule(sourceCode, TEST_SUPPORT);
}
