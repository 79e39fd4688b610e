import noFsLogging from '../../src/rules/no-fs-logging';
import noHardcodedConfig from '../../src/rules/no-hardcoded-config';
import noInMemorySession from '../../src/rules/no-in-memory-session';
import requireSigtermHandler from '../../src/rules/require-sigterm-handler';
import { createRuleTester } from '../rule-tester';

// A file that imports a package only tests use is test support, wherever it sits: no rule reports
// in it. The same code importing a package that production code uses is reported.
const ruleTester = createRuleTester();

/** saltcorn's auth/testhelp.js: fixture users logged in through supertest. */
const login = (client: string): string => `
  import request from '${client}';
  export const getAdminLoginCookie = async (app) => {
    const res = await request(app).post('/auth/login/').send({ email: 'admin@example.com', password: 'AhGGr6rhu45' });
    return res.headers['set-cookie'];
  };
`;

/** A server started for a test, in a helper outside the test folders. */
const server = (runner: string): string => `
  import { describe } from '${runner}';
  import http from 'node:http';
  const server = http.createServer(handler).listen(8080);
  describe('health', () => {});
`;

const fileLog = (library: string): string => `
  import { expect } from '${library}';
  import fs from 'node:fs';
  export const record = (line) => fs.appendFileSync('logs/run.log', line + '\\n');
`;

const session = (library: string): string => `
  import sinon from '${library}';
  import express from 'express';
  import session from 'express-session';
  export const app = express();
  app.use(session({ secret: process.env.SESSION_SECRET }));
`;

ruleTester.run('no-hardcoded-config in test support', noHardcodedConfig, {
  valid: [login('supertest')],
  invalid: [
    {
      code: login('superagent'),
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'AhG…', envName: 'PASSWORD' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.PASSWORD' }, output: login('superagent').replace("'AhGGr6rhu45'", 'process.env.PASSWORD') }] }],
    },
  ],
});

ruleTester.run('require-sigterm-handler in test support', requireSigtermHandler, {
  valid: [server('node:test'), server('vitest'), server('mocha')],
  invalid: [
    {
      code: server('./describe'),
      errors: [
        {
          messageId: 'missingSigtermHandler',
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: server('./describe').replace("  describe('health'", "  process.on('SIGTERM', () => { server.close(() => process.exit(0)); });\n  describe('health'") }],
        },
      ],
    },
  ],
});

ruleTester.run('no-fs-logging in test support', noFsLogging, {
  valid: [fileLog('chai')],
  invalid: [{ code: fileLog('./expect'), errors: [{ messageId: 'fsLogWrite' }] }],
});

ruleTester.run('no-in-memory-session in test support', noInMemorySession, {
  valid: [session('sinon')],
  invalid: [{ code: session('./stubs'), errors: [{ messageId: 'sessionWithoutStore' }] }],
});

// Mocha, Jasmine and Jest provide their functions as globals: a file that declares suites, tests
// or hooks on them at its top is a test file, whatever folder it sits in. A function of the same
// name that the file declares or imports is not the runner's.
const globalSuite = (prelude: string): string => `${prelude}
const http = require('http');
const server = http.createServer(handler).listen(8080);
describe('health', function () {
  it('answers', function () {});
});
`;

const globalHook = (prelude: string): string => `${prelude}
beforeEach(async () => {
  await db.users.insert({ email: 'admin@example.com', password: 'AhGGr6rhu45' });
});
`;

ruleTester.run('require-sigterm-handler in files of a runner with globals', requireSigtermHandler, {
  valid: [globalSuite(''), globalSuite('/* global describe, it */'), globalSuite('').replace("describe('health', function", "describe.only('health', function")],
  invalid: [
    {
      code: globalSuite('function describe(title, body) { body(); }\nfunction it() {}'),
      errors: [{ messageId: 'missingSigtermHandler', suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: globalSuite('function describe(title, body) { body(); }\nfunction it() {}').replace("describe('health'", "process.on('SIGTERM', () => { server.close(() => process.exit(0)); });\ndescribe('health'") }] }],
    },
    {
      // A call named like a runner's function, without a title and a function, declares no test.
      code: "const http = require('http');\nconst server = http.createServer(handler).listen(8080);\ntest(server);",
      errors: [{ messageId: 'missingSigtermHandler', suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: "const http = require('http');\nconst server = http.createServer(handler).listen(8080);\nprocess.on('SIGTERM', () => { server.close(() => process.exit(0)); });\ntest(server);" }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-config in files of a runner with globals', noHardcodedConfig, {
  valid: [globalHook('')],
  invalid: [
    {
      code: globalHook("import { beforeEach } from './lifecycle';"),
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'AhG…', envName: 'PASSWORD' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.PASSWORD' }, output: globalHook("import { beforeEach } from './lifecycle';").replace("'AhGGr6rhu45'", 'process.env.PASSWORD') }] }],
    },
  ],
});
