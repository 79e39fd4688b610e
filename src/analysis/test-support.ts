import type { TSESLint } from '@typescript-eslint/utils';
import { TEST_SUPPORT_MODULES } from '../knowledge/test-support';
import { importsAnyModule, toModuleSet } from './modules';

const TEST_SUPPORT = toModuleSet(TEST_SUPPORT_MODULES);

// Asked only when a rule reports, so a file's answer must not keep its tree alive until the next
// report: weakly keyed by the tree.
const answers = new WeakMap<object, boolean>();

/** Whether the file imports a package that only test code uses (see `knowledge/test-support`). */
export function isTestSupportFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let answer = answers.get(sourceCode.ast);
  if (answer === undefined) {
    answer = importsAnyModule(sourceCode, TEST_SUPPORT);
    answers.set(sourceCode.ast, answer);
  }
  return answer;
}
