import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { indexApps } from '../../src/analysis/apps';
import { findNodes, withSourceCode } from './parse';

function isListenCall(node: TSESTree.Node): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  return node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'listen';
}

/** The framework of the receiver of every `.listen()` call in the code, in order ('-' for none). */
function receivers(code: string): string[] {
  return withSourceCode(code, (sourceCode) => {
    const apps = indexApps(sourceCode);
    return findNodes(sourceCode, isListenCall).map((node) => {
      const app = apps.resolve(node.callee.object, sourceCode.getScope(node));
      return app ? `${app.factory.framework}:${app.factory.creates}` : '-';
    });
  });
}

describe('indexApps', () => {
  it.each([
    ["const express = require('express');\nconst app = express();\napp.listen(3000);", ['express:app']],
    ["import express from 'express';\nexpress().listen(3000);", ['express:app']],
    ["import Koa from 'koa';\nconst app = new Koa();\napp.listen(3000);", ['koa:app']],
    ["import Fastify from 'fastify';\nconst server = Fastify({ logger: true });\nserver.listen({ port: 3000 });", ['fastify:app']],
    ["const http = require('node:http');\nconst server = http.createServer(handler);\nserver.listen(8080);", ['http:server']],
    ["import { NestFactory } from '@nestjs/core';\nasync function main() { const app = await NestFactory.create(AppModule); await app.listen(3000); }", ['nestjs:app']],
    ["const express = require('express');\nclass S { start() { this.app = express(); this.app.listen(1); } }", ['express:app']],
    ["const express = require('express');\nlet app;\napp = express();\napp.listen(1);", ['express:app']],
    // Class fields, public and private: `this.app`, `this.#server`.
    ["import express from 'express';\nclass S { app = express(); start() { this.app.listen(1); } }", ['express:app']],
    ["import http from 'node:http';\nclass S { #server = http.createServer(); start() { this.#server.listen(1); } }", ['http:server']],
    ["import { Client } from 'discord.js';\nconst client = new Client({ intents: [] });\nclient.listen();", ['discord.js:app']],
    ["import { SapphireClient } from '@sapphire/framework';\nimport { Client } from 'discordx';\nnew SapphireClient({ intents: [] }).listen();\nnew Client({ intents: [] }).listen();", ['discord.js:app', 'discord.js:app']],
  ])('resolves %j', (code, expected) => {
    expect(receivers(code)).toEqual(expected);
  });

  it.each([
    ["const app = makeApp();\napp.listen(3000);"],
    ["const express = () => ({ listen() {} });\nexpress().listen(3000);"],
    ["const express = require('express');\nfunction f(app) { app.listen(3000); }"],
    // A static field is not `this.app` of an instance; a field that is not the app; a private name is not its public twin.
    ["import express from 'express';\nclass S { static app = express(); start() { this.app.listen(1); } }"],
    ["import express from 'express';\nclass S { app = makeApp(express); start() { this.app.listen(1); } }"],
    ["import express from 'express';\nclass S { #app = express(); start() { this.app.listen(1); } }"],
  ])('does not resolve %j', (code) => {
    expect(receivers(code)).toEqual(['-']);
  });
});
