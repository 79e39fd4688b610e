import type { TSESLint } from '@typescript-eslint/utils';

// ESLint runs every rule on one file before the next, so only the current file's answers are kept.
let lastAst: object | undefined;
const answers = new Map<string, boolean>();

/**
 * Whether the file's text contains `word` anywhere (code, strings or comments). Rules use it to
 * skip work in files that cannot hold what they look for. Each search reads the whole text, so
 * the answer is shared by every rule that asks about the same word in the same file.
 */
export function mentions(sourceCode: Readonly<TSESLint.SourceCode>, word: string): boolean {
  if (sourceCode.ast !== lastAst) {
    lastAst = sourceCode.ast;
    answers.clear();
  }
  let found = answers.get(word);
  if (found === undefined) {
    found = sourceCode.text.includes(word);
    answers.set(word, found);
  }
  return found;
}
