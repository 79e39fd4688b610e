import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { getConstInitializer, getObjectProperties, getPropertyValue, getStaticNumber, getStaticString } from '../../src/analysis/values';
import { withSourceCode } from './parse';

/** Evaluates the expression of the last statement in `code`. */
function lastExpression<T>(code: string, evaluate: (node: TSESTree.Expression, scope: ReturnType<typeof scopeOf>) => T): T {
  return withSourceCode(code, (sourceCode) => {
    const last = sourceCode.ast.body.at(-1);
    if (last?.type !== 'ExpressionStatement') throw new Error('last statement must be an expression');
    return evaluate(last.expression, sourceCode.getScope(last.expression));
  });
}
function scopeOf() {
  return undefined as unknown as Parameters<typeof getStaticString>[1];
}

describe('getStaticString', () => {
  it.each([
    ["'plain';", 'plain'],
    ['`template`;', 'template'],
    ["'a' + 'b';", 'ab'],
    ["const HOST = 'db.internal';\n`postgres://${HOST}/app`;", 'postgres://db.internal/app'],
    ["const A = 'x';\nconst B = A + 'y';\nB;", 'xy'],
    ["('secret' as string);", 'secret'],
  ])('knows %j', (code, expected) => {
    expect(lastExpression(code, getStaticString)).toBe(expected);
  });

  it.each([["let v = 'a';\nv = read();\nv;"], ['process.env.HOST;'], ['`a${b}`;'], ['42;'], ['f();']])('does not know %j', (code) => {
    expect(lastExpression(code, getStaticString)).toBeUndefined();
  });
});

describe('getStaticNumber', () => {
  it('follows a const', () => {
    expect(lastExpression('const PORT = 8080;\nPORT;', getStaticNumber)).toBe(8080);
  });
  it('does not guess environment reads', () => {
    expect(lastExpression('Number(process.env.PORT);', getStaticNumber)).toBeUndefined();
  });
});

describe('getConstInitializer', () => {
  it('follows a const binding one step', () => {
    expect(lastExpression("const o = { a: 1 };\no;", (node, scope) => getConstInitializer(node, scope)?.type)).toBe('ObjectExpression');
  });
  it('follows a let that is never reassigned', () => {
    expect(lastExpression('let o = [];\no;', (node, scope) => getConstInitializer(node, scope)?.type)).toBe('ArrayExpression');
  });
  it('sees through TypeScript wrappers on the initializer', () => {
    expect(lastExpression("const o = { a: 1 } satisfies Record<string, number>;\no;", (node, scope) => getConstInitializer(node, scope)?.type)).toBe('ObjectExpression');
    expect(lastExpression("const o = ['x'] as const;\no;", (node, scope) => getConstInitializer(node, scope)?.type)).toBe('ArrayExpression');
  });
  it('stops at a reassigned let', () => {
    expect(lastExpression('let o = {};\no = other;\no;', (node, scope) => getConstInitializer(node, scope))).toBeUndefined();
  });
  it('stops at a function declaration', () => {
    expect(lastExpression('function f(o) { return o; }\nf;', (node, scope) => getConstInitializer(node, scope))).toBeUndefined();
  });
});

describe('getObjectProperties', () => {
  it('merges spreads of const objects, later properties winning', () => {
    const names = lastExpression(
      "const base = { secret: 'a', name: 'n' };\n({ ...base, secret: 'b', ['com' + 'puted']: 1 });",
      (node, scope) => {
        const props = getObjectProperties(node, scope);
        return { keys: [...(props?.properties.keys() ?? [])].sort(), complete: props?.complete, secret: getStaticString(props!.properties.get('secret')!.value, scope) };
      },
    );
    expect(names).toEqual({ keys: ['computed', 'name', 'secret'], complete: true, secret: 'b' });
  });
  it('marks objects with unknown spreads as incomplete', () => {
    expect(lastExpression('({ ...other, a: 1 });', (node, scope) => getObjectProperties(node, scope)?.complete)).toBe(false);
  });
  it('finds a property through a const binding', () => {
    expect(lastExpression("const opts = { store: s };\nopts;", (node, scope) => getPropertyValue(node, 'store', scope)?.type)).toBe('Identifier');
  });
  it('is undefined for non-objects', () => {
    expect(lastExpression('f();', (node, scope) => getObjectProperties(node, scope))).toBeUndefined();
  });
});
