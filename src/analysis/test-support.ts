import type { TSESLint } from '@typescript-eslint/utils';
import { TEST_SUPPORT_MODULES } from '../knowledge/test-support';
import { importsAnyModule, toModuleSet } from './modules';

const TEST_SUPPORT = toModuleSet(TEST_SUPPORT_MODULES);

// Rules run file after file, so only the last file's answer is kept.
let lastAst: object | undefined;
let lastAnswer = false;

/** Whether the file imports a package that only test code uses (see `knowledge/test-support`). */
export function isTestSupportFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (sourceCode.ast !== lastAst) {
    lastAst = sourceCode.ast;
    lastAnswer = importsAnyModule(sourceCode, TEST_SUPPORT);
  }
  return lastAnswer;
}
