import { Linter } from 'eslint';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';

export interface Parsed {
  sourceCode: TSESLint.SourceCode;
}

/**
 * Parses `code` the way ESLint does (scope analysis included) and hands the SourceCode to
 * `inspect` from inside a rule, so analysis helpers are tested on exactly what rules see.
 */
export function withSourceCode<T>(
  code: string,
  inspect: (sourceCode: TSESLint.SourceCode, context: TSESLint.RuleContext<string, unknown[]>) => T,
  options: { typescript?: boolean; sourceType?: 'module' | 'commonjs' | 'script'; globals?: Readonly<Record<string, 'readonly' | 'writable'>> } = {},
): T {
  const linter = new Linter({ configType: 'flat' });
  let result: { value: T } | undefined;
  const messages = linter.verify(code, [
    {
      files: ['**/*.*'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: options.sourceType ?? 'module',
        ...(options.globals ? { globals: options.globals } : {}),
        ...(options.typescript === false ? {} : { parser: tsParser }),
      },
      plugins: {
        probe: {
          rules: {
            inspect: {
              create(context: never) {
                const ctx = context as unknown as TSESLint.RuleContext<string, unknown[]>;
                return {
                  'Program:exit'() {
                    result = { value: inspect(ctx.sourceCode, ctx) };
                  },
                };
              },
            },
          },
        },
      },
      rules: { 'probe/inspect': 'error' },
    },
  ], { filename: options.typescript === false ? 'file.js' : 'file.ts' });
  const fatal = messages.find((m) => m.fatal || m.ruleId === 'probe/inspect');
  if (fatal) throw new Error(`parse or probe failure: ${fatal.message}`);
  if (!result) throw new Error('probe rule did not run');
  return result.value;
}

/** Every node of the file, in source order (depth first), for which `matches` holds. */
export function findNodes<N extends TSESTree.Node>(sourceCode: TSESLint.SourceCode, matches: (node: TSESTree.Node) => node is N): N[] {
  const found: N[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (matches(node)) found.push(node);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, TSESTree.Node | TSESTree.Node[] | null>)[key];
      if (Array.isArray(child)) child.forEach((item) => item && visit(item));
      else if (child && typeof child === 'object' && 'type' in child) visit(child);
    }
  };
  visit(sourceCode.ast);
  return found;
}
