import { describe, expect, it } from 'vitest';
import { createGlobalFinder, createModuleFinder, getImportedModuleNames, getModuleOfValue, getRequiredModuleName, importsAnyModule, readTextModules, toModuleSet, toPackageSpecifier, type ModuleMember } from '../../src/analysis/modules';
import { withSourceCode } from './parse';

const members: ModuleMember<string>[] = [
  { module: 'fs', path: ['appendFile'], kind: 'call', info: 'fs.appendFile' },
  { module: 'fs/promises', path: ['appendFile'], kind: 'call', info: 'fsp.appendFile' },
  { module: 'winston', path: ['transports', 'File'], kind: 'construct', info: 'winston.File' },
  { module: 'express-session', path: [], kind: 'call', info: 'session' },
  { module: 'express-session', path: ['MemoryStore'], kind: 'construct', info: 'MemoryStore' },
];
const find = createModuleFinder(members);

function found(code: string, options?: Parameters<typeof withSourceCode>[2]): string[] {
  return withSourceCode(code, (sourceCode) => find(sourceCode).map((ref) => `${ref.info}@${ref.node.loc.start.line}`), options);
}

describe('createModuleFinder', () => {
  it.each([
    ["const fs = require('fs');\nfs.appendFile('a.log', 'x', cb);", ['fs.appendFile@2']],
    ["const fs = require('node:fs');\nfs.appendFile('a.log', 'x', cb);", ['fs.appendFile@2']],
    ["const { appendFile } = require('fs');\nappendFile('a.log', 'x');", ['fs.appendFile@2']],
    ["const { appendFile: add } = require('fs');\nadd('a.log', 'x');", ['fs.appendFile@2']],
    ["require('fs').appendFile('a.log', 'x');", ['fs.appendFile@1']],
    ["import fs from 'fs';\nfs.appendFile('a.log', 'x');", ['fs.appendFile@2']],
    ["import * as fs from 'node:fs';\nfs.appendFile('a.log', 'x');", ['fs.appendFile@2']],
    ["import { appendFile as add } from 'fs';\nadd('a.log', 'x');", ['fs.appendFile@2']],
    ["import { appendFile } from 'node:fs/promises';\nawait appendFile('a.log', 'x');", ['fsp.appendFile@2']],
    ["const winston = require('winston');\nnew winston.transports.File({});", ['winston.File@2']],
    ["const { transports } = require('winston');\nnew transports.File({});", ['winston.File@2']],
    ["new (require('winston').transports.File)({});", ['winston.File@1']],
    ["import session, { MemoryStore } from 'express-session';\nsession({ store: new MemoryStore() });", ['session@2', 'MemoryStore@2']],
    ["const s = require('express-session');\nconst t = s;\nt({});", ['session@3']],
  ])('finds %j', (code, expected) => {
    expect(found(code).sort()).toEqual([...expected].sort());
  });

  it('gives every row of a member, once each', () => {
    const twice = createModuleFinder<string>([
      { module: 'svc', path: ['start'], kind: 'call', info: 'port' },
      { module: 'svc', path: ['start'], kind: 'call', info: 'brokers' },
      { module: 'svc', path: ['stop'], kind: 'call', info: 'stop' },
      { module: 'svc', path: ['stop'], kind: 'call', info: 'stop' },
    ]);
    const refs = withSourceCode("import svc from 'svc';\nsvc.start({});\nsvc.stop();", (sourceCode) => twice(sourceCode).map((ref) => `${ref.info}@${ref.node.loc.start.line}`));
    expect(refs.sort()).toEqual(['brokers@2', 'port@2', 'stop@3']);
  });

  it.each([
    ["function f(require) { require('fs').appendFile('a.log', 'x'); }"],
    ["const fs = { appendFile() {} };\nfs.appendFile('a.log', 'x');"],
    ["const fs = require('fs');\nfs.writeFile('a.log', 'x');"],
    ["import { appendFile } from './fs';\nappendFile('a.log', 'x');"],
    ["const name = 'fs';\nrequire(name).appendFile('a.log');"],
    ["require();\nrequire(1);\nrequire(`fs`, 2);"],
  ])('finds nothing in %j', (code) => {
    expect(found(code)).toEqual([]);
  });

  // What Babel and TypeScript emit for `import` when they compile to CommonJS.
  it.each([
    ["var _winston = _interopRequireDefault(require('winston'));\nnew _winston.default.transports.File({});", ['winston.File@2']],
    ["const fs_1 = __importDefault(require('fs'));\nfs_1.default.appendFile('a.log', 'x');", ['fs.appendFile@2']],
    ["const fs = tslib_1.__importStar(require('fs'));\nfs.appendFile('a.log', 'x');", ['fs.appendFile@2']],
    ["var _expressSession = _interopRequireDefault(require('express-session'));\n(0, _expressSession.default)({});", ['session@2']],
    // esbuild (tsup)
    ["var import_winston = __toESM(require('winston'));\nnew import_winston.default.transports.File({});", ['winston.File@2']],
    ["var import_express_session = __toESM(require('express-session'), 1);\n(0, import_express_session.default)({});", ['session@2']],
    // rolldown wraps the binding after declaring it
    ["let winston = require('winston');\nwinston = __toESM(winston);\nnew winston.default.transports.File({});", ['winston.File@3']],
    ["let winston = require('winston');\nwinston = __toESM(winston);\nnew winston.transports.File({});", ['winston.File@3']],
  ])('follows compiled interop helpers in %j', (code, expected) => {
    expect(found(code, { typescript: false, sourceType: 'commonjs' })).toEqual(expected);
  });

  it('does not take any wrapper of require for an interop helper', () => {
    expect(found("const w = wrap(require('winston'));\nnew w.default.transports.File({});", { typescript: false, sourceType: 'commonjs' })).toEqual([]);
    // `.default` of a plain require is no module, whatever else the file wraps.
    expect(found("let w = require('winston');\nlet v = __toESM(w);\nnew w.default.transports.File({});", { typescript: false, sourceType: 'commonjs' })).toEqual([]);
    expect(found("let w = require('winston');\nw = __toESM(other);\nnew w.default.transports.File({});", { typescript: false, sourceType: 'commonjs' })).toEqual([]);
  });

  it('works on CommonJS source parsed by espree', () => {
    expect(found("const fs = require('fs');\nfs.appendFile('a.log', 'x');", { typescript: false, sourceType: 'commonjs' })).toEqual(['fs.appendFile@2']);
  });

  it('returns nothing when no module is asked for', () => {
    const none = createModuleFinder([]);
    expect(withSourceCode("require('fs').appendFile('x')", (sc) => none(sc))).toEqual([]);
  });
});

describe('createGlobalFinder', () => {
  const findGlobals = createGlobalFinder([
    { global: 'Bun', path: ['serve'], kind: 'call', info: 'Bun.serve' },
    { global: 'Deno', path: ['serve'], kind: 'call', info: 'Deno.serve' },
    { global: 'Deno', path: ['env'], kind: 'read', info: 'Deno.env' },
  ]);
  const foundGlobals = (code: string, options?: Parameters<typeof withSourceCode>[2]): string[] =>
    withSourceCode(code, (sourceCode) => findGlobals(sourceCode).map((ref) => `${ref.member.info}:${ref.kind}@${ref.node.loc.start.line}`), options);

  it.each([
    ['Bun.serve({ fetch });', ['Bun.serve:call@1']],
    ['const { serve } = Bun;\nserve({ fetch });', ['Bun.serve:call@2']],
    ['const { serve: start } = Bun;\nstart({ fetch });', ['Bun.serve:call@2']],
    ['Deno.serve(handler);\nconst value = Deno.env;', ['Deno.serve:call@1', 'Deno.env:read@2']],
    ['function main() {\n  return Bun.serve({ fetch });\n}', ['Bun.serve:call@2']],
  ])('finds %j', (code, expected) => {
    expect(foundGlobals(code).sort()).toEqual([...expected].sort());
  });

  it.each([
    // A binding of the same name: a parameter, a local, an import.
    ['function start(Bun) { Bun.serve({ fetch }); }'],
    ["const Bun = { serve() {} };\nBun.serve({ fetch });"],
    ["import Bun from './bun';\nBun.serve({ fetch });"],
    // Named only in text, or a member read where a call is asked for.
    ["// Bun.serve({ fetch })\nconst text = 'Bun.serve()';"],
    ['const serve = Bun.serve;'],
    // Another member of the global.
    ["Bun.write('out.txt', data);"],
  ])('finds nothing in %j', (code) => {
    expect(foundGlobals(code)).toEqual([]);
  });

  it('finds the members of a global that the configuration declares, and in CommonJS', () => {
    expect(foundGlobals('Bun.serve({ fetch });', { globals: { Bun: 'readonly' } })).toEqual(['Bun.serve:call@1']);
    expect(foundGlobals('Bun.serve({ fetch });', { typescript: false, sourceType: 'commonjs' })).toEqual(['Bun.serve:call@1']);
  });

  it('finds nothing for a global the file declares itself', () => {
    expect(foundGlobals('var Bun = { serve() {} };\nBun.serve({ fetch });', { typescript: false, sourceType: 'script' })).toEqual([]);
  });
});

describe('getRequiredModuleName', () => {
  it('reads require and import() specifiers', () => {
    const names = withSourceCode("require('a'); import('b'); require(c); require('d', 1);", (sourceCode) =>
      sourceCode.ast.body.map((statement) => (statement.type === 'ExpressionStatement' ? getRequiredModuleName(statement.expression) : undefined)),
    );
    expect(names).toEqual(['a', 'b', undefined, undefined]);
  });
});

describe('createModuleFinder, less common forms', () => {
  it.each([
    ["import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nrequire('fs').appendFile('a.log');", ['fs.appendFile@3']],
    ["import fs = require('fs');\nfs.appendFile('a.log', 'x');", ['fs.appendFile@2']],
    ["function load() { return require('fs'); }\nfunction go() { const { appendFile } = require('fs'); appendFile('x.log'); }", ['fs.appendFile@2']],
  ])('finds %j', (code, expected) => {
    expect(found(code)).toEqual(expected);
  });

  it.each([
    ["async function log() {\n  const { appendFile } = await import('node:fs/promises');\n  await appendFile('a.log', 'x');\n}", ['fsp.appendFile@3']],
    ["async function go() {\n  const session = (await import('express-session')).default;\n  return session({});\n}", ['session@3']],
    ["let winston;\nasync function init() {\n  if (!winston) winston = await import('winston');\n  new winston.transports.File({});\n}", ['winston.File@4']],
  ])('follows await import() in %j', (code, expected) => {
    expect(found(code, { typescript: false, sourceType: 'commonjs' })).toEqual(expected);
  });

  it('takes only real import() calls: not text in strings or comments, not then-chains', () => {
    expect(found("// await import('fs')\nconst s = \"await import('fs')\";\nappendFile('a.log');", { typescript: false, sourceType: 'commonjs' })).toEqual([]);
    expect(found("import('fs').then((fs) => fs.appendFile('a.log', 'x'));", { typescript: false, sourceType: 'module' })).toEqual([]);
    // It still names the module for the rules' gates.
    expect(withSourceCode("import('fs').then((fs) => fs.appendFile('a.log', 'x'));", (sourceCode) => importsAnyModule(sourceCode, new Set(['fs'])))).toBe(true);
  });

  it('respects a local require that is not Node\'s', () => {
    expect(found("const require = (x) => ({ appendFile() {} });\nrequire('fs').appendFile('a.log');")).toEqual([]);
  });
});

describe('createModuleFinder with rows for both a module and its default export', () => {
  const withDefault = createModuleFinder<string>([
    { module: 'express', path: [], kind: 'call', info: 'express()' },
    { module: 'express', path: ['default'], kind: 'call', info: 'express.default()' },
    { module: 'express', path: ['Router'], kind: 'call', info: 'Router()' },
    { module: 'express-session', path: ['MemoryStore'], kind: 'construct', info: 'MemoryStore' },
    { module: 'express-session', path: ['default'], kind: 'call', info: 'session.default()' },
  ]);
  const infos = (code: string) => withSourceCode(code, (sc) => withDefault(sc).map((r) => r.info).sort());

  it('a default import reaches members of module.exports and of exports.default', () => {
    expect(infos("import express from 'express';\nexpress();\nexpress.Router();")).toEqual(['Router()', 'express()']);
    expect(infos("import session from 'express-session';\nnew session.MemoryStore();")).toEqual(['MemoryStore']);
  });

  it('a namespace import and require reach exports.default explicitly', () => {
    expect(infos("import * as s from 'express-session';\ns.default();\nnew s.MemoryStore();")).toEqual(['MemoryStore', 'session.default()']);
    expect(infos("const e = require('express');\ne.default();\ne();")).toEqual(['express()', 'express.default()']);
  });
});

describe('toPackageSpecifier', () => {
  it.each([
    ['npm:express@4.18.2', 'express'],
    ['npm:express', 'express'],
    ['npm:/express@4', 'express'],
    ['npm:@fastify/session@10.9.0', '@fastify/session'],
    ['npm:@fastify/session', '@fastify/session'],
    ['npm:winston@3/lib/winston/transports', 'winston/lib/winston/transports'],
    ['npm:fs-extra@^11', 'fs-extra'],
    ['https://esm.sh/pino@9', 'pino'],
    ['https://esm.sh/v135/pino@9.1.0?target=deno', 'pino'],
    ['https://esm.sh/stable/@hapi/hapi@21', '@hapi/hapi'],
    ['https://cdn.jsdelivr.net/npm/ioredis@5/+esm', 'ioredis'],
    ['https://cdn.skypack.dev/mongodb', 'mongodb'],
    ['https://unpkg.com/ws@8.18.0', 'ws'],
    ['https://deno.land/x/grammy@v1.30.0/mod.ts', 'grammy'],
    ['https://deno.land/x/grammy/mod.ts', 'grammy'],
    ['jsr:@hono/hono', 'hono'],
    ['jsr:@hono/hono@^4.6/jwt', 'hono/jwt'],
    ['jsr:@hono/hono/basic-auth', 'hono/basic-auth'],
  ])('%j names the npm package %j', (specifier, name) => {
    expect(toPackageSpecifier(specifier)).toBe(name);
  });

  it.each([
    // the usual specifiers, and Deno modules that are not the npm package of the same name
    'express',
    '@fastify/session',
    'node:fs',
    './npm:thing.js',
    'jsr:@std/log',
    'jsr:@hono',
    'jsr:@hono/hono-extra',
    'jsr:@oak/oak@17',
    'https://deno.land/x/redis@v0.32.0/mod.ts',
    'https://deno.land/x/grammy@v1.30.0/types.ts',
    'https://deno.land/std@0.224.0/log/mod.ts',
    'https://example.com/express.js',
    'npm:',
    'npm:@scope',
  ])('%j stays as it is', (specifier) => {
    expect(toPackageSpecifier(specifier)).toBe(specifier);
  });

  it('finds members of packages imported the Deno way, by static import, re-export and awaited import()', () => {
    expect(found("import session, { MemoryStore } from 'npm:express-session@1.18.0';\nsession({ store: new MemoryStore() });").sort()).toEqual(['MemoryStore@2', 'session@2']);
    expect(found("import * as fs from 'node:fs';\nimport { transports } from 'https://esm.sh/winston@3';\nnew transports.File({});\nfs.appendFile('a.log', 'x');").sort()).toEqual(['fs.appendFile@4', 'winston.File@3']);
    expect(found("const session = (await import('npm:express-session')).default;\nsession({});")).toEqual(['session@2']);
    // a module of the same name that is not the npm package
    expect(found("import { appendFile } from 'https://deno.land/x/fs@v1/mod.ts';\nappendFile('a.log', 'x');")).toEqual([]);
  });

  it('answers importsAnyModule, the text scan and getModuleOfValue in package names', () => {
    const code = "import { WebSocketServer } from 'npm:ws@8';\nconst m = await import('https://esm.sh/@hapi/hapi@21');\nexport const server = WebSocketServer;";
    expect(withSourceCode(code, (sourceCode) => importsAnyModule(sourceCode, toModuleSet(['ws'])), { sourceType: 'module' })).toBe(true);
    expect(withSourceCode(code, (sourceCode) => readTextModules(sourceCode).names, { sourceType: 'module' })).toEqual(['ws', '@hapi/hapi']);
    expect(
      withSourceCode(
        code,
        (sourceCode) => {
          const declaration = sourceCode.ast.body[2];
          if (declaration?.type !== 'ExportNamedDeclaration' || declaration.declaration?.type !== 'VariableDeclaration') throw new Error('unexpected tree');
          const init = declaration.declaration.declarations[0]?.init;
          return init ? getModuleOfValue(init, sourceCode.getScope(init)) : undefined;
        },
        { sourceType: 'module' },
      ),
    ).toEqual({ module: 'ws', path: ['WebSocketServer'] });
  });
});

describe('readTextModules', () => {
  it.each([
    ["const WebSocket = require('ws');", ['ws'], true],
    ['const x = require ( "@hapi/hapi" ) ;', ['@hapi/hapi'], true],
    ["const x = require(\n  'a'\n);", ['a'], true],
    ["import Hapi from '@hapi/hapi';\nexport * from 'b';\nexport { c } from 'c';", ['@hapi/hapi', 'b', 'c'], true],
    ["const m = await import('ws');", ['ws'], true],
    // text in comments and strings names modules too: more names than imports, never fewer
    ["// require('ws') was here\nconst s = \"import('x')\";", ['ws', 'x'], true],
    // calls whose argument is not a string name no module, for the index either
    ['const m = require(name); require.resolve(x); requireAll(y);', [], true],
    // a string that may hide behind a comment, an escape or type arguments: only the index can tell
    ["const m = require(/* the server */ 'ws');", [], false],
    ["const m = require /* the server */ ('ws');", [], false],
    ["const m = require('w\\x73');", [], false],
    ["const m = import(/* webpackChunkName: 'a' */ 'ws');", [], false],
    ["const m = require(('ws'));", [], false],
    ["const m = require?.('ws');", [], false],
    ["const m = require<Ws>('ws');", [], false],
    ["const m = require(\u00a0'ws');", [], false],
    ['const m = require(`ws`); const n = require(x.y);', [], true],
  ])('%j: names %j, complete %s', (code, names, complete) => {
    expect(withSourceCode(code, (sourceCode) => readTextModules(sourceCode), { sourceType: 'module' })).toEqual({ names, complete });
  });
});

describe('importsAnyModule', () => {
  const modules = toModuleSet(['ws', '@hapi/hapi', 'net']);

  it.each([
    ["const WebSocket = require('ws');", true],
    ['import { WebSocketServer } from "ws";', true],
    ["import Hapi from '@hapi/hapi';", true],
    ["const net = require('node:net');", true],
    ["export * from 'ws';", true],
    ["const m = require(/* the server */ 'ws');", true],
    ["const m = await import(/* lazily */ 'ws');", true],
    ["const m = require(('ws'));", true],
    ["const m = require(('http'));", false],
    // the names occur, but nothing imports them
    ["// uses require('ws') and @hapi/hapi elsewhere\nconst news = 'news';", false],
    ["const s = \"require('ws')\";", false],
    ["const lib = require('wslib');", false],
    ["const http = require('http');", false],
    ["const m = require(/* the server */ 'http');", false],
    ['const x = 1;', false],
  ])('%j: %s, whether or not the index is built', (code, expected) => {
    // not built yet: the text answers where it names none of the modules
    expect(withSourceCode(code, (sourceCode) => importsAnyModule(sourceCode, modules), { sourceType: 'module' })).toBe(expected);
    // built by an earlier question about the same file: the index answers
    expect(
      withSourceCode(
        code,
        (sourceCode) => {
          getImportedModuleNames(sourceCode);
          return importsAnyModule(sourceCode, modules);
        },
        { sourceType: 'module' },
      ),
    ).toBe(expected);
  });
});
