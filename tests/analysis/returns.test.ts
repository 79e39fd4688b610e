import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { getLocalFunction, getReturnedExpressions, getRootScope, isPromiseExecutor } from '../../src/analysis/returns';
import { withSourceCode } from './parse';

/** The texts of what the function called by the last statement (`f();`) returns, or undefined when it is not followed. */
function returnedTexts(code: string): string[] | undefined {
  return withSourceCode(code, (sourceCode) => {
    const last = sourceCode.ast.body.at(-1);
    if (last?.type !== 'ExpressionStatement' || last.expression.type !== 'CallExpression') throw new Error('last statement must be a call');
    const fn = getLocalFunction(last.expression.callee, sourceCode.getScope(last.expression));
    return fn && getReturnedExpressions(fn).map((node: TSESTree.Node) => sourceCode.getText(node));
  });
}

describe('getLocalFunction / getReturnedExpressions', () => {
  it('follows declared functions and const arrows into every return', () => {
    expect(returnedTexts("function f(n) {\n  if (n) { return 'a'; } else if (m) return 'b';\n  switch (n) { case 1: return 'c'; default: { return 'd'; } }\n  try { return 'e'; } catch { return 'f'; } finally { for (;;) { while (x) return 'g'; } }\n}\nf();")).toEqual(["'a'", "'b'", "'c'", "'d'", "'e'", "'f'", "'g'"]);
    expect(returnedTexts("const f = () => 'a';\nf();")).toEqual(["'a'"]);
    expect(returnedTexts("const f = function () { return 'a'; };\nf();")).toEqual(["'a'"]);
    expect(returnedTexts("function f() { return; }\nf();")).toEqual([]);
  });

  it('skips the returns of nested functions', () => {
    expect(returnedTexts("function f() {\n  const g = () => { return 'inner'; };\n  return 'outer';\n}\nf();")).toEqual(["'outer'"]);
  });

  it('stops after a few returns', () => {
    const body = Array.from({ length: 12 }, (_, index) => `if (n === ${index}) return '${index}';`).join('\n');
    expect(returnedTexts(`function f(n) {\n${body}\n}\nf();`)).toHaveLength(8);
  });

  it('does not follow what it cannot be sure of', () => {
    expect(returnedTexts('f();')).toBeUndefined();
    expect(returnedTexts("import { f } from './f';\nf();")).toBeUndefined();
    expect(returnedTexts("async function f() { return 'a'; }\nf();")).toBeUndefined();
    expect(returnedTexts("function* f() { return 'a'; }\nf();")).toBeUndefined();
    expect(returnedTexts("let f = () => 'a';\nf = () => 'b';\nf();")).toBeUndefined();
    expect(returnedTexts("function f() { return 'a'; }\nf = null;\nf();")).toBeUndefined();
    expect(returnedTexts("const f = make();\nf();")).toBeUndefined();
    expect(returnedTexts("const o = { f() { return 'a'; } };\no.f();")).toBeUndefined();
  });
});

describe('getRootScope', () => {
  it('climbs to the outermost scope', () => {
    expect(withSourceCode('function f() { return () => x; }', (sourceCode) => {
      const fn = sourceCode.ast.body[0];
      if (fn?.type !== 'FunctionDeclaration') throw new Error('expected a function');
      return getRootScope(sourceCode.getScope(fn.body)) === sourceCode.scopeManager?.globalScope;
    })).toBe(true);
    expect(getRootScope(undefined)).toBeUndefined();
  });
});

/** Whether each function of the code, in source order, is a promise's executor. */
function executors(code: string): boolean[] {
  return withSourceCode(code, (sourceCode) => {
    const found: boolean[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') found.push(isPromiseExecutor(node));
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as TSESTree.Node).type === 'string') visit(item as TSESTree.Node);
      }
    };
    visit(sourceCode.ast);
    return found;
  });
}

describe('isPromiseExecutor', () => {
  it('is the function handed first to new Promise', () => {
    expect(executors('new Promise((resolve, reject) => resolve(1));')).toEqual([true]);
    expect(executors('new Promise(function (resolve) { resolve(1); });')).toEqual([true]);
  });

  it('is not a function given to anything else, nor a later argument, nor one nested in the executor', () => {
    expect(executors('new Task((resolve) => resolve(1));')).toEqual([false]);
    expect(executors('Promise((resolve) => resolve(1));')).toEqual([false]);
    expect(executors('new Promise(run, (resolve) => resolve(1));')).toEqual([false]);
    expect(executors('new Promise((resolve) => { emitter.on("done", () => resolve()); });')).toEqual([true, false]);
    expect(executors('function run(resolve) { resolve(); }\nnew Promise(run);')).toEqual([false]);
  });
});
