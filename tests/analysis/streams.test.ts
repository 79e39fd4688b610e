import { describe, expect, it } from 'vitest';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyDestination, getSlotValues, getStandardStream, getStreamSource, isFileStream } from '../../src/analysis/streams';
import { withSourceCode } from './parse';

function lastExpression<T>(code: string, evaluate: (node: TSESTree.Expression, scope: TSESLint.Scope.Scope, sourceCode: TSESLint.SourceCode) => T): T {
  return withSourceCode(code, (sourceCode) => {
    const last = sourceCode.ast.body.at(-1);
    if (last?.type !== 'ExpressionStatement') throw new Error('last statement must be an expression');
    return evaluate(last.expression, sourceCode.getScope(last.expression), sourceCode);
  });
}

describe('getStandardStream', () => {
  it.each([
    ['process.stdout;', 'stdout'],
    ['process.stderr;', 'stderr'],
    ['process.stdout.fd;', 'stdout'],
    ['1;', 'stdout'],
    ['2;', 'stderr'],
    ['const OUT = 1;\nOUT;', 'stdout'],
    ["'/dev/stderr';", 'stderr'],
    ['const out = process.stdout;\nout;', 'stdout'],
  ])('knows %j', (code, expected) => {
    expect(lastExpression(code, getStandardStream)).toBe(expected);
  });

  it.each([['3;'], ["'app.log';"], ['stream;'], ['function f(process) { return process.stdout; }\nf(x).stdout;']])('is not standard: %j', (code) => {
    expect(lastExpression(code, getStandardStream)).toBeUndefined();
  });

  it('respects a shadowed process', () => {
    expect(withSourceCode('function f(process) { return process.stdout; }', (sourceCode) => {
      const fn = sourceCode.ast.body[0];
      if (fn?.type !== 'FunctionDeclaration') throw new Error('expected a function');
      const statement = fn.body.body[0];
      if (statement?.type !== 'ReturnStatement' || !statement.argument) throw new Error('expected a return');
      return getStandardStream(statement.argument, sourceCode.getScope(statement.argument));
    })).toBeUndefined();
  });
});

describe('classifyDestination', () => {
  it.each([
    ['1;', 'stdio'],
    ['process.stderr.fd;', 'stdio'],
    ["'/dev/null';", 'device'],
    ['3;', 'fd'],
    ["'./app.log';", 'path'],
    ['`${dir}/app.log`;', 'path'],
    ['process.env.LOG_DEST;', 'path'],
    ['argv.logFile;', 'path'],
    ['dest;', 'unknown'],
    ['getDestination();', 'unknown'],
    ['({ dest: 1 });', 'unknown'],
  ])('classifies %j', (code, expected) => {
    expect(lastExpression(code, classifyDestination)).toBe(expected);
  });
});

describe('getSlotValues', () => {
  function slotTexts(code: string, slot: readonly (number | string)[]): string[] {
    return lastExpression(code, (node, scope, sourceCode) => {
      if (node.type !== 'CallExpression' && node.type !== 'NewExpression') throw new Error('expected a call');
      return getSlotValues(node, slot, scope).map((value) => sourceCode.getText(value));
    });
  }

  it('reads arguments and properties, following const containers', () => {
    expect(slotTexts("f('a', { stream: s });", [1, 'stream'])).toEqual(['s']);
    expect(slotTexts("const o = { stream: s };\nf('a', o);", [1, 'stream'])).toEqual(['s']);
    expect(slotTexts('f(a);', [0])).toEqual(['a']);
    expect(slotTexts('f(...a);', [0])).toEqual([]);
    expect(slotTexts('f();', [0, 'x'])).toEqual([]);
  });

  it('walks array elements and object values', () => {
    expect(slotTexts('f([{ stream: a }, { level: 1 }, { stream: b }]);', [0, '[]', 'stream'])).toEqual(['a', 'b']);
    expect(slotTexts('const list = [a, , ...rest, b];\nf(list);', [0, '[]'])).toEqual(['a', 'b']);
    expect(slotTexts("f({ appenders: { out: x, app: y } });", [0, 'appenders', '{}'])).toEqual(['x', 'y']);
    expect(slotTexts('f({ appenders: x });', [0, 'appenders', '[]'])).toEqual([]);
  });

  it('adds the elements of arrays spread into an array', () => {
    expect(slotTexts('f([a, ...(c ? [b] : [d, e]), ...(c && [g]), ...(h || [i])]);', [0, '[]'])).toEqual(['a', 'b', 'd', 'e', 'g', 'i']);
    expect(slotTexts('const base = [a];\nf([...base, b]);', [0, '[]'])).toEqual(['a', 'b']);
  });

  it('follows calls of local helpers into what they return', () => {
    expect(slotTexts("function fileAppender(n) { return { type: 'file', filename: n }; }\nf({ appenders: { a: fileAppender('a'), b: other() } });", [0, 'appenders', '{}'])).toEqual(["{ type: 'file', filename: n }", 'other()']);
    expect(slotTexts('const options = () => ({ filename: name });\nf(options());', [0, 'filename'])).toEqual(['name']);
    expect(slotTexts('function pick() { if (x) return a; return b; }\nf(pick());', [0])).toEqual(['a', 'b']);
    expect(lastExpression('function pick() { return a; }\nf(pick());', (node, scope, sourceCode) => {
      if (node.type !== 'CallExpression') throw new Error('expected a call');
      return getSlotValues(node, [0], scope, { finalReturns: false }).map((value) => sourceCode.getText(value));
    })).toEqual(['pick()']);
    expect(slotTexts("async function options() { return { filename: 'a.log' }; }\nf(options());", [0, 'filename'])).toEqual([]);
  });

  it('adds what is pushed into an array bound to a name', () => {
    expect(slotTexts('const list = [a];\nlist.push(b, c);\nlist.unshift(d);\nlist.concat(e);\nf(list);', [0, '[]'])).toEqual(['a', 'b', 'c', 'd']);
    expect(slotTexts('const o = { targets: [] };\no.targets.push(a);\no.other.push(b);\no.push(c);\nf(o);', [0, 'targets', '[]'])).toEqual(['a']);
    expect(slotTexts('const o = { t: { list: [] as X[] } };\no.t.list?.push(a);\nf(o);', [0, 't', 'list', '[]'])).toEqual(['a']);
    expect(slotTexts('function g() { const list = []; list.push(a); }\nconst list = [b];\nf(list);', [0, '[]'])).toEqual(['b']);
    expect(slotTexts('list.push(b);\nf([a]);', [0, '[]'])).toEqual(['a']);
  });
});

describe('getStreamSource / isFileStream', () => {
  function sourceText(code: string): string {
    return lastExpression(code, (node, scope, sourceCode) => {
      if (node.type !== 'CallExpression') throw new Error('expected a call');
      const argument = node.arguments[0];
      if (!argument) throw new Error('expected an argument');
      return sourceCode.getText(getStreamSource(argument, scope));
    });
  }

  it('looks through a const, await and TypeScript wrappers', () => {
    expect(sourceText("const s = fs.createWriteStream('a');\nuse(s);")).toBe("fs.createWriteStream('a')");
    expect(sourceText("const s = await roll({ file: 'a' });\nuse(s);")).toBe("roll({ file: 'a' })");
    expect(sourceText("use(fs.createWriteStream('a') as Writable);")).toBe("fs.createWriteStream('a')");
    expect(sourceText("let s = fs.createWriteStream('a');\ns = other;\nuse(s);")).toBe('s');
  });

  it('checks membership in known creations', () => {
    expect(withSourceCode("const s = make();\nuse(s);\nuse(t);", (sourceCode) => {
      const [declaration, first, second] = sourceCode.ast.body;
      if (declaration?.type !== 'VariableDeclaration' || first?.type !== 'ExpressionStatement' || second?.type !== 'ExpressionStatement') throw new Error('shape');
      const init = declaration.declarations[0]?.init;
      if (!init || first.expression.type !== 'CallExpression' || second.expression.type !== 'CallExpression') throw new Error('shape');
      const creations = new Set<TSESTree.Node>([init]);
      const a = first.expression.arguments[0];
      const b = second.expression.arguments[0];
      if (!a || !b) throw new Error('shape');
      return [isFileStream(a, sourceCode.getScope(a), creations), isFileStream(b, sourceCode.getScope(b), creations)];
    })).toEqual([true, false]);
  });
});
