import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { indexHandlers } from '../../src/analysis/handlers';
import { findNodes, withSourceCode } from './parse';

/** `framework@line` for every request handler found, in source order. */
function handlersOf(code: string, options?: Parameters<typeof withSourceCode>[2]): string[] {
  return withSourceCode(
    code,
    (sourceCode) =>
      indexHandlers(sourceCode)
        .handlers.map((h) => ({ at: h.node.range[0], label: `${h.framework}@${h.node.loc.start.line}` }))
        .sort((a, b) => a.at - b.at)
        .map((h) => h.label),
    options,
  );
}

function isMarkCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  return node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'mark';
}

/** For each `mark()` call in the code: the framework of the enclosing handler, or '-'. */
function enclosing(code: string): string[] {
  return withSourceCode(code, (sourceCode) => {
    const index = indexHandlers(sourceCode);
    return findNodes(sourceCode, isMarkCall).map((node) => index.getEnclosingHandler(node)?.framework ?? '-');
  });
}

describe('indexHandlers', () => {
  it.each([
    // express apps and routers, every argument form
    ["const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {});", ['express@3']],
    ["import express from 'express';\nconst app = express();\napp.use(function (req, res, next) {});\napp.post('/x', auth, [a, (req, res) => {}]);", ['express@3', 'express@4']],
    ["const { Router } = require('express');\nconst r = Router();\nfunction h(req, res) {}\nconst g = (req, res) => {};\nr.put('/a', h);\nr.delete('/b', g);", ['express@3', 'express@4']],
    ["import express from 'express';\nconst router = express.Router();\nrouter.get('/', (req, res) => {});", ['express@3']],
    ["const express = require('express');\nconst app = express();\napp.route('/x')\n  .get((req, res) => {})\n  .post((req, res) => {});", ['express@4', 'express@5']],
    ["const express = require('express');\nconst app = express();\napp.get('/', wrap(async (req, res) => {}));", ['express@3']],
    ["const express = require('express');\nconst app = express();\nfunction limiter() { return (req, res, next) => {}; }\napp.use(limiter());", ['express@3']],
    // Koa
    ["const Koa = require('koa');\nconst app = new Koa();\napp.use(async (ctx, next) => {});", ['koa@3']],
    ["import Router from '@koa/router';\nconst router = new Router();\nrouter.get('/', (ctx) => {}).post('/', (ctx) => {});", ['koa@3', 'koa@3']],
    // Fastify: shorthand, option objects, route(), hooks, plugins
    ["import Fastify from 'fastify';\nconst f = Fastify();\nf.get('/', async (request, reply) => {});\nf.post('/', { preHandler: [check] , handler: async (request) => {} });", ['fastify@3', 'fastify@4']],
    ["const f = require('fastify')();\nf.route({ method: 'GET', url: '/', onRequest(request, reply, done) {}, handler: async () => {} });", ['fastify@2', 'fastify@2']],
    ["const f = require('fastify')();\nf.addHook('preHandler', async (request) => {});", ['fastify@2']],
    ["import Fastify from 'fastify';\nconst f = Fastify();\nf.register(async (child) => {\n  child.get('/', async () => {});\n  child.register(async (grandchild) => { grandchild.post('/', async () => {}); });\n});", ['fastify@4', 'fastify@5']],
    ["import Fastify from 'fastify';\nconst f = Fastify();\nasync function routes(app) { app.get('/', async () => {}); }\nf.register(routes);", ['fastify@3']],
    // hapi
    ["const Hapi = require('@hapi/hapi');\nconst server = Hapi.server();\nserver.route({ method: 'GET', path: '/', handler: (request, h) => 1 });", ['hapi@3']],
    ["const Hapi = require('@hapi/hapi');\nconst server = Hapi.server();\nserver.route([{ method: 'GET', path: '/', options: { handler(request) { return 1; } } }]);\nserver.ext('onRequest', (request, h) => h.continue);", ['hapi@3', 'hapi@4']],
    // node:http
    ["const http = require('node:http');\nhttp.createServer((req, res) => {});", ['http@2']],
    ["import { createServer } from 'https';\nconst s = createServer(opts);\ns.on('request', (req, res) => {});\ns.on('close', () => {});", ['https@3']],
    // A connection taken over for WebSocket: a hand-written WebSocket server's connection handler.
    ["const http = require('http');\nconst s = http.createServer();\ns.on('upgrade', (req, socket) => {});", ['http@3']],
    // controller classes
    ["import { Controller, Get } from '@nestjs/common';\n@Controller()\nclass C {\n  @Get()\n  list() {}\n  helper() {}\n}", ['nestjs@5']],
    ["import { JsonController, Post } from 'routing-controllers';\n@JsonController()\nclass C {\n  @Post('/x')\n  create() {}\n}", ['routing-controllers@5']],
    // file-based routers: Next.js route handlers, Medusa API routes, compiled CommonJS
    ["export async function GET(request) {}\nexport const POST = async (req, res) => {};\nexport function helper() {}", ['route-module@1', 'route-module@2']],
    ["const POST = async (req, res) => {};\nexports.POST = POST;\nmodule.exports.DELETE = function (req, res) {};\nexports.other = () => {};", ['route-module@1', 'route-module@3']],
    // route-shaped calls on receivers passed in
    ["module.exports = (router) => {\n  router.post('/cart', (req, res) => {});\n  router.use((req, res, next) => {});\n};", ['inferred@2', 'inferred@3']],
    ["export default async function (fastify) {\n  fastify.get('/', async (request, reply) => {});\n}", ['inferred@2']],
    ["exports.plugin = { name: 'p', register: async (server) => {\n  server.route([{ method: 'GET', path: '/', handler: (request, h) => 1 }]);\n} };", ['inferred@2']],
  ])('finds the handlers of %j', (code, expected) => {
    expect(handlersOf(code)).toEqual(expected);
  });

  it.each([
    // Not registrations, or not on an app.
    ["const express = require('express');\nconst app = express();\napp.get('title');\napp.listen(3000, () => {});"],
    ["const app = { get(path, fn) {} };\nfunction f(x) { return x; }\nnew Map().set('/x', (value) => value);"],
    ["$.get('/api', function (data) {});\nrequest.get('/x', (err, res, body) => {});\nemitter.on('data', (req) => {});"],
    ["router.use((a, b) => {});\nrouter.get('no-slash', (req, res) => {});\nrouter.route({ name: 'x', handler: () => {} });"],
    ["import { NestFactory } from '@nestjs/core';\nasync function main() { const app = await NestFactory.create(M); app.get(Service); }"],
    ["import { Get } from './decorators';\nclass C {\n  @Get()\n  list() {}\n}"],
    ["const http = require('http');\nconst s = http.createServer();\ns.on('connection', (socket) => {});\ns.on('close', () => {});"],
  ])('finds no handler in %j', (code) => {
    expect(handlersOf(code)).toEqual([]);
  });

  it('parses plain JavaScript with espree', () => {
    expect(handlersOf("var express = require('express');\nvar app = express();\napp.all('*', function (req, res) {});", { typescript: false, sourceType: 'commonjs' })).toEqual(['express@3']);
  });

  it('tells whether a node runs inside a handler, nested callbacks included', () => {
    expect(
      enclosing(`const express = require('express');
const app = express();
mark();
function helper() { mark(); }
app.get('/', (req, res) => {
  mark();
  db.query('x', (err, rows) => { mark(); });
});`),
    ).toEqual(['-', '-', 'express', 'express']);
  });

  it('finds the same handlers without the traversal that ESLint 9 and later keep (ESLint 8 walks the tree)', () => {
    const code = `import Fastify from 'fastify';
const express = require('express');
const app = express();
const fastify = Fastify();
function h(req, res) {}
app.get('/a', h);
app.use('/b', [(req, res, next) => next()]);
fastify.register(async (instance) => { instance.post('/c', async (request, reply) => {}); });
router.patch('/d', (req, res) => {});`;
    const labels = (handlers: ReturnType<typeof indexHandlers>['handlers']): string[] =>
      handlers.map((h) => `${h.framework}@${h.node.loc.start.line}`).sort();
    // Two parses: the file's calls are kept per tree, so one tree would answer the second question from the first.
    const handlers = (eslint8: boolean): string[] =>
      withSourceCode(code, (sourceCode) => {
        expect(typeof (sourceCode as { traverse?: unknown }).traverse).toBe('function');
        const source = eslint8 ? (Object.create(sourceCode, { traverse: { value: undefined } }) as typeof sourceCode) : sourceCode;
        return labels(indexHandlers(source).handlers);
      });
    const withSteps = handlers(false);
    const withoutSteps = handlers(true);
    expect(withSteps).toEqual(['express@5', 'express@7', 'fastify@8', 'inferred@9']);
    expect(withoutSteps).toEqual(withSteps);
  });
});
