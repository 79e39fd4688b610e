import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { getConstInitializer, getObjectProperties, getPropertyValue, getStaticNumber, getStaticString, getStringEquality, isPropertySetElsewhere, lacksKeys } from '../../src/analysis/values';
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

describe('getStringEquality', () => {
  it.each([
    ["email === 'ada@acme.io';", { name: 'email', value: 'ada@acme.io' }],
    ["'dev-secret' == env.JWT_SECRET;", { name: 'JWT_SECRET', value: 'dev-secret' }],
    ["(req.body.username as string) === ('admin');", { name: 'username', value: 'admin' }],
  ])('reads %j', (code, expected) => {
    expect(lastExpression(code, (node) => getStringEquality(node))).toEqual(expected);
  });

  it.each(["email !== 'ada@acme.io';", 'count === 3;', "a === b;", "f() === 'x';", "'a' === 'b';"])('reads nothing in %j', (code) => {
    expect(lastExpression(code, (node) => getStringEquality(node))).toBeUndefined();
  });
});

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

  it.each([
    ["let v = 'a';\nv = read();\nv;"],
    ['process.env.HOST;'],
    ['`a${b}`;'],
    ['42;'],
    ['f();'],
    // The time of linting, which eslint-utils would evaluate: a different value in every run.
    ["'log' + Date();"],
    ["const stamp = Date();\n`logs/${stamp}.log`;"],
    ["'app-' + new Date() + '.log';"],
  ])('does not know %j', (code) => {
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

describe('isPropertySetElsewhere', () => {
  /** Asks about the first argument of the last statement's call, with that call as the use. */
  const setElsewhere = (code: string, names: string[]) =>
    lastExpression(code, (node, scope) => {
      if (node.type !== 'CallExpression' || !node.arguments[0]) throw new Error('last statement must be a call with an argument');
      return isPropertySetElsewhere(node.arguments[0], names, node, scope);
    });

  it.each([
    ["const o = { port: 1 };\no.port = Number(process.env.PORT);\nlisten(o);", 'port', 'a write of that property'],
    ["const o = { port: 1 };\nif (process.env.PORT) (o as Options).port = 2;\nlisten(o);", 'port', 'a write through a TypeScript wrapper'],
    ["const o = { port: 1 };\no[key] = value;\nlisten(o);", 'port', 'a computed write whose key is unknown'],
    ["const o = { db: { host: 'h' } };\no.db.host = process.env.DB_HOST;\nconnect(o);", 'db', 'a write inside the property'],
    ["const o = { port: 1 };\nObject.assign(o, loadConfig());\nlisten(o);", 'port', 'Object.assign'],
    ["const o = { port: 1 };\nconfigure(o);\nlisten(o);", 'port', 'another call that is handed the object'],
  ])('is true for %j and %j (%s)', (code, name) => {
    expect(setElsewhere(code, [name])).toBe(true);
  });

  it.each([
    ["const o = { port: 1 };\nlisten(o);", 'no other reference'],
    ["const o = { port: 1 };\no.host = '0.0.0.0';\nlisten(o);", 'a write of another property'],
    ["const o = { port: 1 };\nconsole.log(o.port);\nlisten(o);", 'a read'],
    ["const o = { port: 1 };\nconst copy = { ...o };\nlisten(o);", 'a spread into another object'],
    ["listen({ port: 1 });", 'an object literal in place'],
  ])('is false for %j (%s)', (code) => {
    expect(setElsewhere(code, ['port'])).toBe(false);
  });
});

describe('lacksKeys', () => {
  const lacksStore = (code: string): boolean => lastExpression(code, (node, scope) => lacksKeys(node, ['store'], scope));
  it.each([
    ['({ secret: s, ...(prod && { proxy: true }) });'],
    ['({ secret: s, ...(prod ? { proxy: true } : {}) });'],
    ['({ ...(prod ? null : undefined), ...(debug && false) });'],
    ["const base = { secret: s };\n({ ...base, ...(prod && { cookie: { secure: true } }) });"],
  ])('knows that %j has no store', (code) => {
    expect(lacksStore(code)).toBe(true);
  });
  it.each([
    ['({ secret: s, ...(redis && { store: redisStore }) });'],
    ['({ ...(prod ? { store: s } : {}) });'],
    ['({ ...config.session });'],
    ['({ ...(a || { proxy: true }) });'],
    ['({ [key]: value });'],
    ['({ store: s });'],
  ])('cannot rule out a store in %j', (code) => {
    expect(lacksStore(code)).toBe(false);
  });
});
