import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { collectStartCandidates, createLoadTimeReachability, findServerStarts, getFileCalls, isPortLike, mayStartWithoutListen } from '../../src/analysis/servers';
import { createModuleFinder } from '../../src/analysis/modules';
import { withSourceCode } from './parse';

/** Every start of the file as `line:reason:framework:load|later`. */
function starts(code: string, options: Parameters<typeof findServerStarts>[2] = {}, methods?: ReadonlySet<string>): string[] {
  return withSourceCode(code, (sourceCode) =>
    findServerStarts(sourceCode, collectStartCandidates(sourceCode, methods ?? options.methods), options).map(
      (start) => `${start.node.loc.start.line}:${start.reason}:${start.framework ?? '-'}:${start.atLoadTime ? 'load' : 'later'}`,
    ),
  );
}

/** The handle a suggestion would close, as `name.method(callback|promise)`, for the first start. */
function handle(code: string): string | undefined {
  return withSourceCode(code, (sourceCode) => {
    const first = findServerStarts(sourceCode, collectStartCandidates(sourceCode))[0];
    return first?.handle ? `${first.handle.name}.${first.handle.closeMethod}(${first.handle.close})` : undefined;
  });
}

/** Whether the argument of the first `check(...)` call is port-like. */
function portLike(expression: string, prelude = ''): boolean {
  return withSourceCode(`${prelude}\ncheck(${expression});`, (sourceCode) => {
    const statement = sourceCode.ast.body[sourceCode.ast.body.length - 1] as TSESTree.ExpressionStatement;
    const call = statement.expression as TSESTree.CallExpression;
    return isPortLike(call.arguments[0], sourceCode.getScope(call));
  });
}

/** Whether the `marker()` call in the code runs when the module loads. */
function reached(code: string): boolean {
  return withSourceCode(code, (sourceCode) => {
    const isReached = createLoadTimeReachability(sourceCode);
    let marker: TSESTree.Node | undefined;
    for (const call of collectCalls(sourceCode.ast, sourceCode.visitorKeys)) {
      if (call.callee.type === 'Identifier' && call.callee.name === 'marker') marker = call;
    }
    if (!marker) throw new Error('no marker() in the code');
    return isReached(marker);
  });
}

function collectCalls(root: TSESTree.Node, keys: Record<string, readonly string[] | undefined>): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'CallExpression') out.push(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, TSESTree.Node | TSESTree.Node[] | null>)[key];
      if (Array.isArray(child)) child.forEach((c) => c && visit(c));
      else if (child && typeof child === 'object' && 'type' in child) visit(child);
    }
  };
  visit(root);
  return out;
}

describe('isPortLike', () => {
  it.each<[string, string?]>([
    ['3000'],
    ["'8080'"],
    ['port'],
    ['PORT'],
    ['httpPort'],
    ['HTTP_PORT'],
    ['config.port'],
    ['process.env.PORT'],
    ["process.env['PORT']"],
    ['process.env.PORT || 3000'],
    ['Number(process.env.PORT) ?? 3000'],
    ['parseInt(process.env.PORT, 10)'],
    ['+process.env.PORT'],
    ['normalizePort(value)'],
    ["config.get('server.port')"],
    ["nconf.get('server:port')"],
    ['{ port: 3000, host }'],
    ['{ port }'],
    ['options', 'const options = { port: 1 };'],
    ['p', 'const p = 9000;'],
    ['listenOn', 'const listenOn = process.env.PORT || 80;'],
    ['dev ? 3000 : port'],
  ])('%s is a port', (expression, prelude) => {
    expect(portLike(expression, prelude)).toBe(true);
  });

  it.each<[string, string?]>([
    ["'user.created'"],
    ['handler'],
    ['transport'],
    ['support'],
    ['report'],
    ['server'],
    ['httpServer'],
    ['{ path: socketPath }'],
    ["config.get('server.host')"],
    ['createServer(port)'],
    ['server', 'const server = app.listen(PORT);'],
  ])('%s is not a port', (expression, prelude) => {
    expect(portLike(expression, prelude)).toBe(false);
  });
});

describe('findServerStarts', () => {
  it.each([
    ["const express = require('express');\nconst app = express();\napp.listen(3000);", ['3:framework:express:load']],
    ["import Koa from 'koa';\nnew Koa().listen(3000);", ['2:framework:koa:load']],
    ["import http from 'node:http';\nconst s = http.createServer();\ns.listen();", ['3:framework:http:load']],
    ["import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3 });\nawait server.start();", ['3:framework:hapi:load']],
    ["import { Server } from 'socket.io';\nconst io = new Server(3000);", ['2:creation:socket.io:load']],
    ["import { Server } from 'socket.io';\nconst io = new Server(httpServer);\nio.listen(httpServer);", []],
    ["import { Server } from 'socket.io';\nconst io = new Server();\nio.attach(3000);", ['3:framework:socket.io:load']],
    ["import { WebSocketServer } from 'ws';\nnew WebSocketServer({ port: 8080 });", ['2:creation:ws:load']],
    ["import { WebSocketServer } from 'ws';\nnew WebSocketServer({ server });", []],
    ['server.listen(process.env.PORT);', ['1:port:-:load']],
    ["import app from './app';\napp.listen(argv.listen);", ['2:imported-app:-:load']],
    ["import app from 'some-package';\napp.listen(argv.listen);", []],
    ["const { Router } = require('express');\nRouter().listen(handler);", []],
    ['emitter.listen("event", cb);', []],
    ['job.start();', []],
    ["import express from 'express';\nexport function start() { express().listen(3000); }", ['2:framework:express:later']],
  ])('%j', (code, expected) => {
    expect(starts(code)).toEqual(expected);
  });

  it('sorts starts by position and keeps one entry per call', () => {
    expect(starts("const app = require('express')();\napp.listen(1);\napp.listen(PORT);")).toEqual(['2:framework:express:load', '3:framework:express:load']);
  });

  it('adds configured method names and module members', () => {
    const modules = createModuleFinder([{ module: 'bullmq', path: ['Worker'], kind: 'construct', info: null }]);
    expect(starts("import { Worker } from 'bullmq';\nnew Worker('q', fn);\napp.serve();", { modules, methods: new Set(['serve']) })).toEqual([
      '2:custom:-:load',
      '3:custom:-:load',
    ]);
  });

  it.each([
    ["const express = require('express');\nconst server = express().listen(3000);", 'server.close(callback)'],
    ["const express = require('express');\nexpress().listen(3000);", undefined],
    ["import http from 'node:http';\nconst s = http.createServer();\ns.listen(1);", 's.close(callback)'],
    ["import Fastify from 'fastify';\nconst app = Fastify();\nconst address = await app.listen({ port: 1 });", 'app.close(promise)'],
    ["import Hapi from '@hapi/hapi';\nconst server = Hapi.server();\nawait server.start();", 'server.stop(promise)'],
    ["import { Server } from 'socket.io';\nconst io = new Server(3000);", 'io.close(callback)'],
    ['const server = anything.listen(PORT);', 'server.close(callback)'],
  ])('handle of %j', (code, expected) => {
    expect(handle(code)).toBe(expected);
  });
});

describe('createLoadTimeReachability', () => {
  it.each([
    ['marker();'],
    ['if (require.main === module) { marker(); }'],
    ['(async () => { await x; marker(); })();'],
    ['(function () { marker(); }).call(this);'],
    ['async function main() { marker(); }\nmain().catch(console.error);'],
    ['const main = async () => { marker(); };\nvoid main();'],
    ['export function start() { marker(); }\nstart();'],
    ['connect().then(() => marker());'],
    ['db.once("open", start);\nfunction start() { marker(); }'],
    ['function a() { marker(); }\nfunction b() { a(); }\nb();'],
    ['class A { start() { marker(); } }\nnew A().start();'],
    ['class A { start() { marker(); } }\nconst a = new A();\na.start();'],
    ['class A { constructor() { marker(); } }\nnew A();'],
    ['class A { run() { this.start(); } start() { marker(); } }\nnew A().run();'],
    ['class A { static boot() { marker(); } }\nA.boot();'],
    ['class A { server = marker(); }\nnew A();'],
    ['class A { static { marker(); } }'],
    ['const service = { start() { marker(); } };\nservice.start();'],
    ['new Promise((resolve) => { marker(); });'],
    ['setTimeout(() => marker(), 10);'],
    // What TypeScript emits for `export const main = …; main();` (@google-cloud/functions-framework)
    ['const main = async () => { marker(); };\nexports.main = main;\nvoid (0, exports.main)();'],
    ['exports.start = async () => { marker(); };\nexports.start();'],
    ['module.exports.start = function () { marker(); };\nmodule.exports.start().catch(console.error);'],
  ])('reached: %j', (code) => {
    expect(reached(code)).toBe(true);
  });

  it.each([
    ['function start() { marker(); }'],
    ['export function start() { marker(); }'],
    ['export default function () { marker(); }'],
    ['module.exports = function () { marker(); };'],
    ['module.exports = wrap(() => marker());'],
    ['export const start = once(() => marker());'],
    ['exports.start = async () => { marker(); };'],
    ['class A { start() { marker(); } }\nexport default A;'],
    ['class A { constructor() { marker(); } }\nexport function make() { return new A(); }'],
    ['class A { server = marker(); }'],
    ['const service = { start() { marker(); } };\nmodule.exports = service;'],
    ['function a() { b(); }\nfunction b() { marker(); a(); }'],
    ['export function make() { return () => marker(); }'],
    ['const main = async () => { marker(); };\nexports.main = main;\nfunction later() { (0, exports.main)(); }'],
    ['exports.start = () => marker();\nexports.stop();\nother.start();'],
  ])('not reached: %j', (code) => {
    expect(reached(code)).toBe(false);
  });
});

describe('getFileCalls', () => {
  it('lists every call in source order, from ESLint\'s traversal or, without one (ESLint 8), by walking the tree', () => {
    const code = `const app = require('express')();
app.use(a(b()), (req, res) => { res.send(c?.d()); });
new Thing(e());
class K { m() { return f\`x\` + g<string>(); } }`;
    // Two parses: the calls are kept per tree, so one tree would answer the second question from the first.
    const names = (eslint8: boolean): string[] =>
      withSourceCode(code, (sourceCode) => {
        const source = eslint8 ? (Object.create(sourceCode, { traverse: { value: undefined } }) as typeof sourceCode) : sourceCode;
        return getFileCalls(source).map((call) => sourceCode.getText(call.callee));
      });
    const withSteps = names(false);
    const withoutSteps = names(true);
    expect(withSteps).toEqual(["require('express')", 'require', 'app.use', 'a', 'b', 'res.send', 'c?.d', 'e', 'g']);
    expect(withoutSteps).toEqual(withSteps);
  });
});

describe('mayStartWithoutListen', () => {
  it.each([
    ["const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000 });\nserver.start();", true],
    ["import { WebSocketServer } from 'ws';\nnew WebSocketServer({ port: 8080 });", true],
    ["const io = require('socket.io')(3000);", true],
    // frameworks whose servers start only with `listen`
    ["const express = require('express');\nconst app = express();\napp.start();", false],
    ["import Koa from 'koa';\nexport const app = new Koa();", false],
    ["const http = require('node:http');\nhttp.createServer(handler);", false],
    ["// served by hapi behind 'ws' elsewhere\nexport const x = 1;", false],
  ])('%j: %s', (code, expected) => {
    expect(withSourceCode(code, (sourceCode) => mayStartWithoutListen(sourceCode))).toBe(expected);
  });
});
