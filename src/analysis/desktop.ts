import type { TSESLint } from '@typescript-eslint/utils';
import { DESKTOP_APP_MODULES } from '../knowledge/desktop';
import { importsAnyModule, toModuleSet } from './modules';

const DESKTOP_APP = toModuleSet(DESKTOP_APP_MODULES);

// Asked only when a rule reports; weakly keyed by the tree, like the test-support answer.
const answers = new WeakMap<object, boolean>();

/** Whether the file imports a package that only an Electron app uses (see `knowledge/desktop`). */
export function isDesktopAppFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let answer = answers.get(sourceCode.ast);
  if (answer === undefined) {
    answer = importsAnyModule(sourceCode, DESKTOP_APP);
    answers.set(sourceCode.ast, answer);
  }
  return answer;
}
