import type { TSESLint } from '@typescript-eslint/utils';

/**
 * What the rules work out once per file from its tree and share (the file's calls; the module
 * index is kept the same way), for exactly as long as the tree lives: keyed weakly by it. A
 * module-level "last file" would hold the tree, its tokens and its scopes after ESLint has let go of
 * them, and past files a rule skipped, for the rest of the run.
 */
export interface PerFile<T> {
  /** The value for this file, worked out by `compute` the first time it is asked for. */
  get(sourceCode: Readonly<TSESLint.SourceCode>): T;
}

export function perFile<T extends object>(compute: (sourceCode: Readonly<TSESLint.SourceCode>) => T): PerFile<T> {
  const values = new WeakMap<object, T>();
  return {
    get(sourceCode) {
      let value = values.get(sourceCode.ast);
      if (value === undefined) {
        value = compute(sourceCode);
        values.set(sourceCode.ast, value);
      }
      return value;
    },
  };
}
