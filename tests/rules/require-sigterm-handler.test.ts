import * as espree from 'espree';
import rule from '../../src/rules/require-sigterm-handler';
import { createRuleTester, minified } from '../rule-tester';

const ruleTester = createRuleTester();
const js = { parser: espree } as const;
const cjs = { parser: espree, sourceType: 'commonjs' } as const;

const missing = 'missingSigtermHandler' as const;
const hasty = 'exitWithoutClosing' as const;
const early = 'exitBeforeServerClosed' as const;

/** The handler the suggestion inserts for a callback-closed server. */
const closeWith = (name: string): string => `process.on('SIGTERM', () => { ${name}.close(() => process.exit(0)); });`;
const closeThen = (name: string, method = 'close'): string => `process.on('SIGTERM', () => { ${name}.${method}().then(() => process.exit(0)); });`;

ruleTester.run('require-sigterm-handler', rule, {
  valid: [
    {
      name: 'a Probot app stopped on SIGTERM',
      code: `import { run } from 'probot';
import robot from './app';
const server = await run(robot);
process.on('SIGTERM', () => server.stop());
`,
    },
    // An app run in a serverless function through an adapter: the platform hands it requests and ends it.
    {
      name: "an Express app of Amplify's Lambda template, which also listens",
      code: `const express = require('express');
const awsServerlessExpressMiddleware = require('aws-serverless-express/middleware');
const app = express();
app.use(awsServerlessExpressMiddleware.eventContext());
app.listen(3000, () => console.log('App started'));
module.exports = app;
`,
      languageOptions: cjs,
    },
    {
      name: 'a Supabase Edge Function, which the platform starts and stops per invocation',
      filename: '/repo/supabase/functions/refresh-rates/index.ts',
      code: `import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';
Deno.serve(async (req) => new Response(JSON.stringify(await refresh(createClient(Deno.env.get('SUPABASE_URL'), Deno.env.get('SUPABASE_SERVICE_ROLE_KEY'))))));
`,
    },
    {
      name: "a mosca broker closed on SIGTERM, and a Server of another module",
      code: `
        const mosca = require('mosca');
        const { Server } = require('./broker');
        const broker = new mosca.Server({ port: Number(process.env.MQTT_PORT) });
        new Server({ port: 1883 });
        process.on('SIGTERM', () => broker.close(() => process.exit(0)));
      `,
      languageOptions: cjs,
    },
    {
      name: 'a start method stored on the app that the module never calls, and another object of the same method name',
      code: `
        var express = require('express');
        var app = module.exports = express();
        app.start = function () { return app.listen(process.env.PORT); };
        var other = {};
        other.start();
      `,
      languageOptions: cjs,
    },
    {
      name: 'the server that listen() returned, exported for the module that imports it to close',
      code: `
        const express = require('express');
        const app = express();
        const server = app.listen(process.env.PORT);
        module.exports = server;
      `,
      languageOptions: cjs,
    },
    {
      name: 'a Node server exported in an export list, and one exported as it is declared',
      code: `
        import http from 'node:http';
        import express from 'express';
        import { Server } from 'socket.io';
        const app = express();
        const server = http.createServer(app);
        const io = new Server(server);
        server.listen(process.env.PORT);
        export { app, io, server };
      `,
    },
    {
      name: 'the listening server exported in an object and as a property of exports',
      code: `
        const app = require('express')();
        const server = app.listen(process.env.PORT);
        module.exports = { app, server: server };
      `,
      languageOptions: cjs,
    },
    {
      name: 'the listening server exported as it is declared',
      code: `
        import express from 'express';
        const app = express();
        export const server = app.listen(Number(process.env.PORT));
      `,
    },
    {
      name: 'a restana service closed on SIGTERM, and one made but never started',
      code: `
        const restana = require('restana');
        const service = restana();
        service.get('/health', (req, res) => res.send('ok'));
        service.start(Number(process.env.PORT));
        process.on('SIGTERM', () => service.close().then(() => process.exit(0)));
        const idle = restana();
        idle.start;
      `,
      languageOptions: cjs,
    },
    {
      name: "Sails's lift(), which handles SIGTERM itself (it lowers the app)",
      code: `
        const sails = require('sails');
        const rc = require('sails/accessible/rc');
        sails.lift(rc('sails'));
      `,
      languageOptions: cjs,
    },
    {
      name: "proxy-chain's server closed on SIGTERM, and one made but never started",
      code: `
        const ProxyChain = require('proxy-chain');
        const server = new ProxyChain.Server({ port: Number(process.env.PORT) });
        server.listen();
        process.on('SIGTERM', () => server.close(true).then(() => process.exit(0)));
        const idle = new ProxyChain.Server({ port: 8001 });
      `,
      languageOptions: cjs,
    },
    {
      name: "launch() of a browser, of a package's bot, and of the project's bot stopped on SIGTERM",
      code: `
        const puppeteer = require('puppeteer');
        const bot = require('./bot');
        const helperBot = require('bot-helpers');
        puppeteer.launch();
        helperBot.launch();
        bot.launch();
        process.once('SIGTERM', () => bot.stop('SIGTERM'));
      `,
      languageOptions: cjs,
    },
    {
      name: 'an app wrapped by serverless-http that listens when run directly',
      code: `import express from 'express';
import serverless from 'serverless-http';
const app = express();
app.listen(process.env.PORT);
export const handler = serverless(app);
`,
    },
    // A server that closes once it has answered the request it waits for (a command-line login's OAuth
    // redirect), started from a function the module calls as it loads: it ends on its own.
    {
      name: 'a login script whose callback server settles its promise',
      code: `const http = require('node:http');
function waitForCode() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.end('You can close this tab.');
      server.close();
      resolve(new URL(req.url, 'http://localhost').searchParams.get('code'));
    });
    server.listen(8976);
  });
}
async function main() {
  const code = await waitForCode();
  console.log(await exchange(code));
}
main();
`,
      languageOptions: cjs,
    },
    {
      name: 'a setup script whose callback route closes the app it started',
      code: `import express from 'express';
async function main() {
  const app = express();
  const server = app.listen(3333);
  app.get('/oauth/callback', async (req, res) => {
    res.send('Authorised.');
    await saveToken(req.query.code);
    server.close();
  });
}
main();
`,
    },
    {
      name: 'a probe of whether a port is free, run as the module loads',
      code: `import { createServer } from 'node:net';
const srv = createServer();
function probe() {
  srv.listen(18789, '127.0.0.1', () => srv.close());
}
probe();
`,
    },
    // A server on a port the system picks serves its own process or a parent told the port (netlify-cli's
    // worker streams one response through one), not traffic a platform routes to it.
    {
      name: 'a server on an ephemeral port',
      code: `import { createServer } from 'node:net';
const server = createServer((socket) => body.pipe(socket).on('end', () => server.close()));
server.listen({ port: 0, host: 'localhost' }, () => parentPort.postMessage({ port: server.address().port }));
const EPHEMERAL = 0;
require('express')().listen(EPHEMERAL);
`,
    },
    // A worker thread gets no signals: the main thread handles SIGTERM and ends it (nitro's dev worker).
    {
      name: 'a server in a module that runs as a worker thread',
      code: `import { parentPort } from 'node:worker_threads';
import { createServer } from 'node:http';
const server = createServer(handler);
server.listen(process.env.NITRO_DEV_SOCKET, () => parentPort?.postMessage({ event: 'listen', address: server.address() }));
`,
    },
    {
      name: 'a server in a worker thread, CommonJS',
      code: `const { parentPort, workerData } = require('worker_threads');
const app = require('express')();
app.listen(workerData.port, () => parentPort.postMessage('ready'));
`,
      languageOptions: cjs,
    },
    {
      name: 'servers that listen as they are made, on an ephemeral port',
      code: `import { WebSocketServer } from 'ws';
import { Server } from 'socket.io';
const wss = new WebSocketServer({ port: 0 });
const io = new Server(0);
const preview = Bun.serve({ port: 0, fetch: (request) => new Response('ok') });
`,
    },
    // A minified bundle is output: its source is where a handler goes.
    { name: 'minified: a server started in a bundle', code: minified('var h=require("http");h.createServer(function(q,r){r.end()}).listen(process.env.PORT);') },
    // --- handled with process listeners ---
    `
      const express = require('express');
      const app = express();
      const server = app.listen(3000);
      process.on('SIGTERM', () => server.close(() => process.exit(0)));
    `,
    `
      import express from 'express';
      process.on('SIGTERM', shutdown);
      const app = express();
      const server = app.listen(process.env.PORT);
      function shutdown() { server.close(); }
    `,
    `
      import http from 'node:http';
      const server = http.createServer(handler);
      server.listen(8080);
      process.once('SIGTERM', () => server.close());
    `,
    `
      import Koa from 'koa';
      const server = new Koa().listen(3000);
      process.addListener('SIGTERM', () => server.close());
    `,
    `
      import Koa from 'koa';
      const server = new Koa().listen(3000);
      process.prependListener('SIGTERM', () => server.close());
    `,
    `
      import Koa from 'koa';
      const server = new Koa().listen(3000);
      process.prependOnceListener('SIGTERM', () => server.close());
    `,
    {
      name: 'signal from a const',
      code: `
        import express from 'express';
        const SHUTDOWN_SIGNAL = 'SIGTERM';
        const server = express().listen(3000);
        process.on(SHUTDOWN_SIGNAL, () => server.close());
      `,
    },
    {
      name: 'for…of over a literal list',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close());
      `,
    },
    {
      name: 'for…of over a const list (TypeScript as const)',
      code: `
        import express from 'express';
        const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
        const server = express().listen(3000);
        for (const signal of SIGNALS) {
          process.on(signal, () => server.close());
        }
      `,
    },
    {
      name: 'forEach over a literal list',
      code: `
        const express = require('express');
        const server = express().listen(3000);
        ['SIGINT', 'SIGTERM'].forEach((sig) => process.on(sig, () => server.close()));
      `,
    },
    {
      name: 'forEach over a const list',
      code: `
        const express = require('express');
        const signals = ['SIGHUP', 'SIGINT', 'SIGTERM'];
        const server = express().listen(3000);
        signals.forEach(function (sig) { process.once(sig, () => server.close()); });
      `,
    },
    {
      name: 'handler installed by a function the module calls at top level',
      code: `
        import http from 'node:http';
        function handleShutdown(server) {
          process.on('SIGTERM', () => server.close());
        }
        const server = http.createServer(handler).listen(8080);
        handleShutdown(server);
      `,
    },
    {
      name: 'signal passed to a local function',
      code: `
        import http from 'node:http';
        const server = http.createServer(handler).listen(8080);
        function onSignal(signal) { process.on(signal, () => server.close()); }
        onSignal('SIGINT');
        onSignal('SIGTERM');
      `,
    },
    {
      name: 'chained on process (Ghost)',
      code: `
        const express = require('express');
        const server = express().listen(2368);
        process
          .removeAllListeners('SIGINT').on('SIGINT', () => server.close())
          .removeAllListeners('SIGTERM').on('SIGTERM', () => server.close());
      `,
    },
    {
      name: 'process imported from node:process',
      code: `
        import process from 'node:process';
        import express from 'express';
        const server = express().listen(3000);
        process.on('SIGTERM', () => server.close());
      `,
    },
    {
      name: 'process required in CommonJS',
      code: `
        const proc = require('process');
        const http = require('http');
        const server = http.createServer().listen(3000);
        proc.on('SIGTERM', () => server.close());
      `,
      languageOptions: cjs,
    },
    {
      name: 'globalThis.process',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        globalThis.process.on('SIGTERM', () => server.close());
      `,
    },
    {
      name: 'a signal list the file cannot resolve gets the benefit of the doubt',
      code: `
        import express from 'express';
        import { config } from './config';
        const server = express().listen(3000);
        function install(signals) { signals.forEach((s) => process.on(s, () => server.close())); }
        install(config.signals);
      `,
    },
    // --- handled by frameworks and libraries ---
    {
      name: 'NestJS enableShutdownHooks',
      code: `
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';
        async function bootstrap(): Promise<void> {
          const app = await NestFactory.create(AppModule);
          app.enableShutdownHooks();
          await app.listen(process.env.PORT ?? 3000);
        }
        void bootstrap();
      `,
    },
    {
      name: 'NestJS microservice with enableShutdownHooks',
      code: `
        import { NestFactory } from '@nestjs/core';
        async function bootstrap() {
          const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.TCP });
          app.enableShutdownHooks(['SIGTERM']);
          await app.listen();
        }
        bootstrap();
      `,
    },
    {
      name: '@godaddy/terminus createTerminus',
      code: `
        const http = require('http');
        const { createTerminus } = require('@godaddy/terminus');
        const server = http.createServer(app);
        createTerminus(server, { onSignal: () => db.close() });
        server.listen(3000);
      `,
    },
    {
      name: '@godaddy/terminus with SIGTERM among extra signals',
      code: `
        import { createTerminus } from '@godaddy/terminus';
        import http from 'node:http';
        const server = http.createServer(app);
        createTerminus(server, { signal: 'SIGUSR2', signals: ['SIGINT', 'SIGTERM'] });
        server.listen(3000);
      `,
    },
    {
      name: 'old terminus default export',
      code: `
        const terminus = require('@godaddy/terminus');
        const server = require('http').createServer(app);
        terminus(server, { onSigterm: cleanup });
        server.listen(3000);
      `,
    },
    {
      name: 'close-with-grace',
      code: `
        import Fastify from 'fastify';
        import closeWithGrace from 'close-with-grace';
        const app = Fastify();
        closeWithGrace({ delay: 500 }, async () => { await app.close(); });
        await app.listen({ port: 3000 });
      `,
    },
    {
      name: "graceful-cluster's GracefulServer (iframely's server) listens to SIGTERM",
      code: `
        import app from './app.js';
        import { GracefulServer } from 'graceful-cluster';
        const server = app.listen(process.env.PORT || 8061);
        if (!CONFIG.DEBUG) {
          new GracefulServer({ server, shutdownTimeout: 30000 });
        }
      `,
    },
    {
      name: "graceful-cluster's GracefulCluster.start (CommonJS) in a module that also listens",
      code: `
        const { GracefulCluster } = require('graceful-cluster');
        const http = require('http');
        const server = http.createServer(handler);
        server.listen(8061);
        GracefulCluster.start({ serverFunction: () => {} });
      `,
      languageOptions: cjs,
    },
    {
      name: 'prexit(handler) listens to SIGTERM among its default signals',
      code: `
        const prexit = require('prexit');
        const server = require('express')().listen(process.env.PORT);
        prexit(async () => { await new Promise((resolve) => server.close(resolve)); });
      `,
      languageOptions: cjs,
    },
    {
      name: 'prexit given a list of signals with SIGTERM, and prexit.last',
      code: `
        import prexit from 'prexit';
        import { createServer } from 'node:http';
        const server = createServer(handler).listen(Number(process.env.PORT));
        const SIGNALS = ['SIGINT', 'SIGTERM'];
        prexit(SIGNALS, () => new Promise((resolve) => server.close(resolve)));
        createServer(other).listen(Number(process.env.ADMIN_PORT));
        prexit.last(() => db.end());
      `,
    },
    {
      name: "node-graceful's Graceful.on('exit', …) listens to SIGTERM",
      code: `
        import Graceful from 'node-graceful';
        import http from 'node:http';
        const server = http.createServer(handler).listen(process.env.PORT);
        Graceful.on('exit', () => new Promise((resolve) => server.close(resolve)));
      `,
    },
    {
      name: 'node-graceful required (CommonJS)',
      code: `
        const Graceful = require('node-graceful');
        const app = require('koa')();
        const server = app.listen(process.env.PORT);
        Graceful.captureExceptions = true;
        Graceful.on('exit', async () => { server.close(); });
      `,
      languageOptions: cjs,
    },
    {
      name: 'the hapi-pulse plugin stops the hapi server on SIGTERM',
      code: `
        const Hapi = require('@hapi/hapi');
        const init = async () => {
          const server = Hapi.server({ port: process.env.PORT });
          await server.register({ plugin: require('hapi-pulse'), options: { timeout: 15000 } });
          await server.start();
        };
        init();
      `,
      languageOptions: cjs,
    },
    {
      name: 'hapi-pulse imported by name, registered among other plugins with SIGTERM in its signals',
      code: `
        import Hapi from '@hapi/hapi';
        import { plugin as pulse } from 'hapi-pulse';
        const server = Hapi.server({ port: process.env.PORT });
        const SIGNALS = ['SIGTERM'];
        await server.register([inert, { plugin: pulse, options: { timeout: 800, signals: SIGNALS } }]);
        await server.start();
      `,
    },
    {
      name: "Effect's NodeRuntime.runMain interrupts the program on SIGTERM (nodecg)",
      code: `
        import { NodeRuntime } from '@effect/platform-node';
        import { createServer } from 'node:http';
        const server = createServer(handler);
        server.listen(Number(process.env.PORT));
        NodeRuntime.runMain(main());
      `,
    },
    {
      name: '@ladjs/graceful (lad)',
      code: `
        const Graceful = require('@ladjs/graceful');
        const api = require('./api');
        const graceful = new Graceful({ servers: [api], logger });
        graceful.listen();
        api.server.listen(process.env.PORT);
        require('http').createServer(app).listen(process.env.PORT);
      `,
      languageOptions: cjs,
    },
    {
      name: 'Effect: runMain handed to pipe, imported from its module path',
      code: `
        import { runMain } from '@effect/platform-node/NodeRuntime';
        import express from 'express';
        const app = express();
        app.listen(process.env.PORT);
        program.pipe(Effect.provide(Live), runMain);
      `,
    },
    {
      name: 'lightship',
      code: `
        import { createLightship } from 'lightship';
        import express from 'express';
        const lightship = await createLightship();
        const server = express().listen(8080, () => lightship.signalReady());
        lightship.registerShutdownHandler(() => server.close());
      `,
    },
    {
      name: 'http-graceful-shutdown with its default signals',
      code: `
        const gracefulShutdown = require('http-graceful-shutdown');
        const express = require('express');
        const server = express().listen(3000);
        gracefulShutdown(server, { timeout: 30000 });
      `,
    },
    {
      name: 'http-graceful-shutdown listing SIGTERM',
      code: `
        import gracefulShutdown from 'http-graceful-shutdown';
        import express from 'express';
        const server = express().listen(3000);
        gracefulShutdown(server, { signals: 'SIGINT SIGTERM' });
      `,
    },
    {
      name: "an ioBroker adapter: adapter-core's Adapter stops on SIGTERM and calls unload",
      code: `
        const utils = require('@iobroker/adapter-core');
        const http = require('node:http');
        class WebAdapter extends utils.Adapter {
          constructor(options = {}) {
            super({ ...options, name: 'web', ready: () => this.onReady(), unload: (callback) => this.server.close(callback) });
          }
          onReady() { this.server = http.createServer(handler).listen(this.config.port); }
        }
        new WebAdapter();
      `,
      languageOptions: cjs,
    },
    {
      name: 'fastify-graceful-shutdown registered as a plugin',
      code: `
        const fastify = require('fastify')();
        fastify.register(require('fastify-graceful-shutdown'));
        fastify.listen({ port: 3000 });
      `,
    },
    {
      name: 'async-exit-hook',
      code: `
        const exitHook = require('async-exit-hook');
        const server = require('express')().listen(3000);
        exitHook((done) => server.close(done));
      `,
    },
    {
      name: 'exit-hook (ESM)',
      code: `
        import { asyncExitHook } from 'exit-hook';
        import express from 'express';
        const server = express().listen(3000);
        asyncExitHook(() => new Promise((resolve) => server.close(resolve)), { wait: 5000 });
      `,
    },
    {
      name: "GraphQL Mesh's registerTerminateHandler",
      code: `
        import { createServer } from 'node:http';
        import { registerTerminateHandler } from '@graphql-mesh/utils';
        const server = createServer(handler);
        server.listen(4000);
        registerTerminateHandler(() => server.close());
      `,
    },
    {
      name: 'signal-exit v4',
      code: `
        import { onExit } from 'signal-exit';
        import http from 'node:http';
        const server = http.createServer(handler).listen(3000);
        onExit(() => { server.close(); });
      `,
    },
    {
      name: 'handlerModules: a project module that installs the handler',
      code: `
        const app = require('./app');
        require('./lib/lifecycle')(app.listen(process.env.PORT));
      `,
      options: [{ handlerModules: ['lib/lifecycle'] }],
    },
    {
      name: 'handlerModules: a package',
      code: `
        import express from 'express';
        import { installShutdown } from '@acme/shutdown';
        installShutdown(express().listen(3000));
      `,
      options: [{ handlerModules: ['@acme/shutdown'] }],
    },
    {
      name: 'an imported shutdown helper gets the benefit of the doubt',
      code: `
        import express from 'express';
        import { setupGracefulShutdown } from './lib/lifecycle';
        const server = express().listen(3000);
        setupGracefulShutdown(server);
      `,
    },
    {
      name: 'a shutdown method of an instance of an imported class gets the benefit of the doubt',
      code: `
        const express = require('express');
        const { ServiceRegistry } = require('@acme/service-discovery');
        const server = express().listen(process.env.PORT, () => {
          const serviceRegistry = new ServiceRegistry({ serviceName: 'marketplace' });
          serviceRegistry.register().then(() => serviceRegistry.setupGracefulShutdown(server));
        });
      `,
      languageOptions: cjs,
    },
    {
      name: 'a shutdown helper of a module picked by a condition (`let` assigned only by require) gets the benefit of the doubt',
      code: `
        let AppWorker;
        if (options.threads) {
          AppWorker = require('./mode/threads/app').AppWorker;
        } else {
          AppWorker = require('./mode/process/app').AppWorker;
        }
        const server = require('http').createServer(app.callback());
        server.listen(options.port);
        AppWorker.gracefulExit({ beforeExit: () => app.close() });
      `,
    },
    {
      name: 'apollo-server 2/3 stops and drains its own server on SIGTERM',
      code: `
        const { ApolloServer } = require('apollo-server');
        const server = new ApolloServer({ typeDefs, resolvers });
        server.listen({ port: process.env.PORT }).then(({ url }) => console.log(url));
      `,
    },
    {
      name: '@apollo/server with the drain plugin drains the HTTP server on SIGTERM',
      code: `
        import { ApolloServer } from '@apollo/server';
        import { expressMiddleware } from '@apollo/server/express4';
        import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
        import express from 'express';
        import http from 'node:http';
        const app = express();
        const httpServer = http.createServer(app);
        const server = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
        await server.start();
        app.use('/graphql', express.json(), expressMiddleware(server));
        await new Promise((resolve) => httpServer.listen({ port: process.env.PORT }, resolve));
      `,
    },
    {
      name: 'apollo-server-express 3 with the drain plugin of apollo-server-core',
      code: `
        const { ApolloServer } = require('apollo-server-express');
        const core = require('apollo-server-core');
        const express = require('express');
        const http = require('http');
        const app = express();
        const httpServer = http.createServer(app);
        const plugins = [core.ApolloServerPluginDrainHttpServer({ httpServer })];
        const server = new ApolloServer({ schema, plugins });
        server.start().then(() => {
          server.applyMiddleware({ app });
          httpServer.listen(process.env.PORT);
        });
      `,
    },
    {
      name: "@apollo/server's standalone server drains itself on SIGTERM",
      code: `
        import express from 'express';
        import { ApolloServer } from '@apollo/server';
        import { startStandaloneServer } from '@apollo/server/standalone';
        const server = new ApolloServer({ typeDefs, resolvers });
        await startStandaloneServer(server, { listen: { port: Number(process.env.PORT) } });
        express().listen(Number(process.env.METRICS_PORT));
      `,
    },
    {
      name: 'a Colyseus game server closes its transport on SIGTERM (gracefullyShutdown defaults to true)',
      code: `
        import { createServer } from 'http';
        import express from 'express';
        import { Server } from 'colyseus';
        const app = express();
        const httpServer = createServer(app);
        const gameServer = new Server({ server: httpServer });
        httpServer.listen(Number(process.env.PORT || 2567));
      `,
    },
    {
      name: 'a @colyseus/core server with a WebSocket transport, gracefullyShutdown: true',
      code: `
        import { createServer } from 'node:http';
        import { Server } from '@colyseus/core';
        import { WebSocketTransport } from '@colyseus/ws-transport';
        const httpServer = createServer();
        const gameServer = new Server({ transport: new WebSocketTransport({ server: httpServer }), gracefullyShutdown: true });
        await gameServer.listen(Number(process.env.PORT ?? 2567));
      `,
    },
    {
      name: 'a Telegraf bot stopped on SIGTERM, as its documentation shows',
      code: `
        const { Telegraf } = require('telegraf');
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.launch();
        process.once('SIGINT', () => bot.stop('SIGINT'));
        process.once('SIGTERM', () => bot.stop('SIGTERM'));
      `,
      languageOptions: cjs,
    },
    {
      name: 'a boardgame.io server killed on SIGTERM; run() of something else',
      code: `
        const { Server } = require('boardgame.io/server');
        const server = Server({ games: [Chess], db });
        const running = server.run(Number(process.env.PORT ?? 8000));
        process.once('SIGTERM', async () => server.kill(await running));
        task.run(3000);
      `,
      languageOptions: cjs,
    },
    {
      name: 'a GraphQL Yoga 2 server stopped on SIGTERM; start() of something else',
      code: `
        import { createServer } from '@graphql-yoga/node';
        const server = createServer({ schema, port: Number(process.env.PORT ?? 4000) });
        await server.start();
        process.once('SIGTERM', async () => { await server.stop(); process.exit(0); });
        await agenda.start();
      `,
    },
    {
      name: 'start() of a GraphQL Yoga 3 app (a handler for http.createServer) and of other objects',
      code: `
        import { createYoga } from 'graphql-yoga';
        const yoga = createYoga({ schema });
        export const handler = yoga;
        scheduler.start();
      `,
    },
    {
      name: 'a Slack Bolt app stopped on SIGTERM; start() of something else',
      code: `
        import { App } from '@slack/bolt';
        const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
        await app.start(Number(process.env.PORT) || 3000);
        process.once('SIGTERM', async () => { await app.stop(); process.exit(0); });
        scheduler.start();
      `,
    },
    {
      name: 'a whatsapp-web.js bot destroyed on SIGTERM; a one-shot script that destroys it once ready',
      code: `
        const { Client, LocalAuth } = require('whatsapp-web.js');
        const client = new Client({ authStrategy: new LocalAuth() });
        client.initialize();
        process.once('SIGTERM', () => client.destroy());
        const sender = new Client();
        sender.once('ready', async () => { await sender.sendMessage(process.env.TO, 'done'); await sender.destroy(); });
        sender.initialize();
        passport.initialize();
      `,
      languageOptions: cjs,
    },
    {
      name: 'an Eris bot disconnected on SIGTERM, one that disconnects once ready, and connect() of something else',
      code: `
        const Eris = require('eris');
        const bot = new Eris(process.env.DISCORD_TOKEN);
        bot.connect();
        process.once('SIGTERM', () => bot.disconnect());
      `,
      languageOptions: cjs,
    },
    {
      name: 'an Eris script that disconnects once ready runs once; a database connect() starts nothing',
      code: `
        const Eris = require('eris');
        const mongoose = require('mongoose');
        const bot = new Eris(process.env.DISCORD_TOKEN);
        bot.once('ready', async () => { await bot.createMessage(process.env.CHANNEL_ID, 'deployed'); bot.disconnect(); });
        bot.connect();
        mongoose.connect(process.env.MONGODB_URI);
      `,
      languageOptions: cjs,
    },
    {
      name: 'a discord.js bot destroyed on SIGTERM; login() of something else (passport, an FTP client)',
      code: `
        const { Client, GatewayIntentBits } = require('discord.js');
        const passport = require('passport');
        const ftp = require('basic-ftp');
        const client = new Client({ intents: [GatewayIntentBits.Guilds] });
        client.login(process.env.DISCORD_TOKEN);
        process.once('SIGTERM', () => client.destroy());
        const files = new ftp.Client();
        files.login('deploy', process.env.FTP_PASSWORD);
        module.exports = (req, res) => req.login(req.user, () => res.end());
      `,
      languageOptions: cjs,
    },
    {
      name: 'a one-shot discord.js script: the bot stops itself once connected (in its ready handler, or a callback there)',
      code: `
        const { Client, Events, GatewayIntentBits } = require('discord.js');
        const client = new Client({ intents: [GatewayIntentBits.Guilds] });
        client.once('ready', async () => {
          const guild = await client.guilds.fetch(process.env.GUILD_ID);
          try {
            await guild.roles.create({ name: 'Substance' });
          } catch (error) {
            console.error(error);
          }
          client.destroy();
        });
        client.login(process.env.DISCORD_TOKEN);
        const other = new Client({ intents: [] });
        other.once(Events.ClientReady, () => {
          deployCommands(other).finally(() => other.destroy());
        });
        other.login(process.env.DEPLOY_TOKEN);
      `,
      languageOptions: cjs,
    },
    {
      name: 'a discord.js client module that logs in elsewhere',
      code: `
        import { Client, GatewayIntentBits } from 'discord.js';
        export const client = new Client({ intents: [GatewayIntentBits.Guilds] });
        export const start = () => client.login(process.env.DISCORD_TOKEN);
      `,
    },
    {
      name: "Telegraf's bot.start(handler) answers /start and starts nothing; a bot module that is launched elsewhere",
      code: `
        import { Telegraf } from 'telegraf';
        export const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.start((ctx) => ctx.reply('Welcome'));
        export const launch = () => bot.launch();
      `,
    },
    {
      name: 'node-telegram-bot-api as an API client only (no polling, polling: false), and a runner stopped on SIGTERM',
      code: `
        import TelegramBot from 'node-telegram-bot-api';
        import { run } from '@grammyjs/runner';
        export const notifier = new TelegramBot(process.env.BOT_TOKEN);
        const sender = new TelegramBot(process.env.BOT_TOKEN, { polling: false });
        const runner = run(bot);
        process.once('SIGTERM', () => runner.isRunning() && runner.stop());
      `,
    },
    {
      name: 'a gRPC server drained with tryShutdown on SIGTERM',
      code: `
        const grpc = require('@grpc/grpc-js');
        const server = new grpc.Server();
        server.addService(service, implementation);
        server.bindAsync(\`0.0.0.0:\${process.env.GRPC_PORT}\`, grpc.ServerCredentials.createInsecure(), () => server.start());
        process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
      `,
      languageOptions: cjs,
    },
    {
      name: 'bindAsync of something that is not a gRPC server',
      code: `
        import { socket } from './transport';
        await socket.bindAsync('0.0.0.0:7000', options);
      `,
    },
    {
      name: 'a @hono/node-server server closed on SIGTERM',
      code: `
        import { serve } from '@hono/node-server';
        const server = serve({ fetch: app.fetch, port: Number(process.env.PORT) });
        process.on('SIGTERM', () => server.close(() => process.exit(0)));
      `,
    },
    {
      name: "Bun's server stopped on SIGTERM",
      code: `
        const server = Bun.serve({ port: Number(process.env.PORT ?? 3000), fetch: app.fetch });
        process.on('SIGTERM', () => server.stop());
      `,
    },
    {
      name: "Bun's server started by a function a caller runs, and a serve() of another module or a local Bun",
      code: `
        import { serve } from './bun-helpers';
        export function start() {
          return Bun.serve({ fetch: app.fetch });
        }
        serve({ fetch: app.fetch });
        const Bun2 = { serve() {} };
        Bun2.serve({ fetch: app.fetch });
      `,
    },
    {
      name: "Deno's server shut down on SIGTERM with Deno's own signal listener or with process.on",
      code: `
        const server = Deno.serve({ port: Number(Deno.env.get('PORT') ?? 8000) }, handler);
        Deno.addSignalListener('SIGTERM', () => server.shutdown());
      `,
    },
    {
      name: 'Deno modules that import their packages the Deno way and stop them on SIGTERM',
      code: `
        import express from 'npm:express@4.21.2';
        import { Bot } from 'https://deno.land/x/grammy@v1.30.0/mod.ts';
        const app = express();
        const server = app.listen(Number(Deno.env.get('PORT')));
        const bot = new Bot(Deno.env.get('BOT_TOKEN'));
        bot.start();
        Deno.addSignalListener('SIGTERM', () => { bot.stop(); server.close(); });
      `,
    },
    {
      name: "Deno's server stopped by an AbortSignal on signals the file names at run time",
      code: `
        const controller = new AbortController();
        Deno.serve({ signal: controller.signal }, handler);
        for (const signal of shutdownSignals) Deno.addSignalListener(signal, () => controller.abort());
      `,
    },
    {
      name: "Deno's server with process.on, and one started by a function a caller runs",
      code: `
        const server = Deno.serve(handler);
        process.on('SIGTERM', () => server.shutdown());
        export const start = () => Deno.serve(other);
      `,
    },
    {
      name: 'a server started only outside production (an app the platform imports)',
      code: `
        import express from 'express';
        const app = express();
        export default app;
        if (process.env.NODE_ENV !== 'production') {
          app.listen(process.env.PORT || 3000);
        }
      `,
    },
    {
      name: 'an app exported for a serverless platform that listens only off it (a local run)',
      code: `
        const app = require('./app');
        module.exports = app;
        if (process.env.VERCEL !== '1') {
          app.listen(process.env.PORT || 3000, () => console.log('listening'));
        }
      `,
      languageOptions: cjs,
    },
    {
      name: 'listens only when no Lambda function name is set',
      code: `
        import express from 'express';
        import serverless from 'serverless-http';
        const app = express();
        export const handler = serverless(app);
        if (!process.env.AWS_LAMBDA_FUNCTION_NAME) app.listen(process.env.PORT ?? 3000);
      `,
    },
    {
      name: 'a graceful() of another package than graceful gets the benefit of the doubt',
      code: `
        import express from 'express';
        import { graceful } from '@acme/lifecycle';
        const server = express().listen(3000);
        graceful({ server });
      `,
    },
    {
      name: 'a project module named like a shutdown helper gets the benefit of the doubt',
      code: `
        const app = require('./app');
        require('./lib/graceful-shutdown');
        app.listen(process.env.PORT);
      `,
      languageOptions: cjs,
    },
    {
      name: 'functions in the options of a factory the module exports, or of an object no call is given, are not called at load time',
      code: `
        const throng = require('throng');
        const http = require('http');
        module.exports = throng.bind(null, { start: () => http.createServer(handler).listen(process.env.PORT) });
        const hooks = { start: () => http.createServer(handler).listen(process.env.PORT) };
        module.exports.create = createCluster({ start() { http.createServer(handler).listen(process.env.PORT); } });
      `,
      languageOptions: cjs,
    },
    {
      name: 'names imported from a shutdown module that the file uses, however',
      code: `
        import express from 'express';
        import { shutDown } from './utils/shutdown';
        const { onSignal } = require('./lib/graceful-shutdown');
        const server = express().listen(process.env.PORT);
        register(server, shutDown, onSignal);
      `,
    },
    // --- not entry points: factories, helpers, libraries ---
    `
      const express = require('express');
      module.exports = function createApp() {
        const app = express();
        app.get('/health', (req, res) => res.send('ok'));
        return app;
      };
    `,
    {
      name: 'exported start function the module never calls',
      code: `
        import express from 'express';
        const app = express();
        export function startServer(port: number) {
          return app.listen(port);
        }
      `,
    },
    {
      name: 'test helper on a random port',
      code: `
        import http from 'node:http';
        import { app } from '../src/app';
        export async function startTestServer(): Promise<http.Server> {
          const server = http.createServer(app);
          await new Promise<void>((resolve) => server.listen(0, resolve));
          return server;
        }
      `,
    },
    {
      name: 'server class that is exported, not started (Ghost GhostServer)',
      code: `
        const http = require('http');
        class HttpServer {
          constructor(port) { this.port = port; }
          start(app) {
            this.server = http.createServer(app);
            this.server.listen(this.port);
          }
        }
        module.exports = HttpServer;
      `,
    },
    {
      name: 'constructor that listens, instantiated only in an exported factory',
      code: `
        import express from 'express';
        class Server {
          constructor(port) { express().listen(port); }
        }
        export function create(port) { return new Server(port); }
      `,
    },
    {
      name: 'a function that is never called',
      code: `
        const app = require('express')();
        function start() { app.listen(3000); }
      `,
    },
    {
      name: 'exported wrapper of a callback is a definition, not a run',
      code: `
        const app = require('./app');
        module.exports = once(() => app.listen(process.env.PORT));
      `,
    },
    {
      name: 'a Glue-composed hapi server stopped on SIGTERM, and one composed for tests without starting',
      code: `
        import Glue from '@hapi/glue';
        const server = await Glue.compose(manifest);
        await server.start();
        process.on('SIGTERM', async () => { await server.stop({ timeout: 10000 }); process.exit(0); });
      `,
    },
    {
      name: 'a Glue-composed server only initialized, for tests',
      code: `
        const Glue = require('@hapi/glue');
        exports.init = async () => { const server = await Glue.compose(manifest); await server.initialize(); return server; };
      `,
    },
    {
      name: 'hapi init/start exported for tests',
      code: `
        const Hapi = require('@hapi/hapi');
        const server = Hapi.server({ port: 3000 });
        exports.init = async () => { await server.initialize(); return server; };
        exports.start = async () => { await server.start(); return server; };
      `,
    },
    'module.exports = require("express")();',
    {
      name: 'serverless handler does not listen',
      code: `
        import serverless from 'serverless-http';
        import express from 'express';
        const app = express();
        export const handler = serverless(app);
      `,
    },
    // --- look-alikes ---
    {
      name: 'Socket.IO attached to an existing HTTP server',
      code: `
        import { Server } from 'socket.io';
        import { httpServer } from './server';
        const io = new Server(httpServer, { cors: { origin: '*' } });
        io.on('connection', (socket) => socket.emit('hi'));
      `,
    },
    {
      name: 'Socket.IO listen() given a server is an attach',
      code: `
        const io = require('socket.io')();
        const { server } = require('./http');
        io.listen(server);
      `,
    },
    {
      name: 'ws without a port',
      code: `
        import { WebSocketServer } from 'ws';
        export const wss = new WebSocketServer({ noServer: true });
      `,
    },
    'bus.listen("user.created", onUserCreated);',
    'const listener = createListener(); listener.listen(handler);',
    'stream.listen(transport);',
    'support.listen(report);',
    {
      name: 'start() on something that is not a known server',
      code: `
        const job = createJob();
        job.start();
        timer.start(1000);
      `,
    },
    {
      name: 'express router does not listen',
      code: `
        const { Router } = require('express');
        const router = Router();
        router.listen?.(handler);
        module.exports = router;
      `,
    },
    {
      name: 'workers are not servers by default (node-cron)',
      code: `
        import cron from 'node-cron';
        cron.schedule('*/5 * * * *', () => syncInventory());
      `,
    },
    {
      name: 'workers are not servers by default (BullMQ)',
      code: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', async (job) => send(job.data), { connection });
      `,
    },
    {
      name: 'plain JavaScript through espree, handled',
      code: `
        var http = require('http');
        var server = http.createServer(function (req, res) { res.end('ok'); });
        server.listen(process.env.PORT || 3000);
        process.on('SIGTERM', function () { server.close(function () { process.exit(0); }); });
      `,
      languageOptions: cjs,
    },
    {
      name: 'any-listen still accepts a handled factory',
      code: `
        import express from 'express';
        export function start() {
          const server = express().listen(3000);
          process.on('SIGTERM', () => server.close());
        }
      `,
      options: [{ entryPoints: 'any-listen' }],
    },
    {
      name: 'workers (strict): a BullMQ worker closed on SIGTERM, one told to wait, one without a processor, one made in a function, a local Worker',
      code: `
        import { Worker } from 'bullmq';
        import { Worker as LocalWorker } from './worker.js';
        const worker = new Worker('emails', async (job) => send(job.data), { connection });
        const manual = new Worker('reports', null, { connection });
        const later = new Worker('exports', processor, { connection, autorun: false });
        const bare = new Worker('audit');
        export function startImports() { return new Worker('imports', processor, { connection }); }
        const local = new LocalWorker('emails', processor);
        process.on('SIGTERM', async () => { await worker.close(); process.exit(0); });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'workers (strict): a worker that waits for run(), with no SIGTERM handler, and one only in development',
      code: `
        const { Worker } = require('bullmq');
        const worker = new Worker('emails', processor, { connection, autorun: false });
        if (process.env.NODE_ENV === 'development') new Worker('dev', processor, { connection });
      `,
      options: [{ workers: true }],
      languageOptions: cjs,
    },
    {
      name: 'workers (strict): schedules stopped on SIGTERM (node-cron, node-schedule, cron)',
      code: `
        import cron from 'node-cron';
        import schedule from 'node-schedule';
        import { CronJob } from 'cron';
        const task = cron.schedule('*/5 * * * *', () => syncInventory());
        const job = schedule.scheduleJob('0 * * * *', () => sendDigest());
        const nightly = new CronJob('0 3 * * *', () => purge(), null, true);
        process.on('SIGTERM', () => {
          task.stop();
          nightly.stop();
          schedule.gracefulShutdown().then(() => process.exit(0));
        });
      `,
      options: [{ strict: true }],
    },
    {
      name: "workers (strict): a schedule or worker started in a request's handler runs per request, not when the module loads",
      code: `
        const express = require('express');
        const cron = require('node-cron');
        const { Worker } = require('bullmq');
        const router = express.Router();
        router.post('/create', async (req, res) => {
          cron.schedule('0 9 * * 1', () => transporter.sendMail(mailOptions));
          res.status(201).end();
        });
        router.post('/imports', function (request, reply) {
          new Worker('imports', processor, { connection });
          reply.send();
        });
        module.exports = router;
      `,
      languageOptions: cjs,
      options: [{ strict: true }],
    },
    {
      name: 'workers (strict): schedules that never start, or start only when called (node-cron scheduled: false and createTask, CronJob without start, CronJob.from, a function, a local cron module)',
      code: `
        import cron from 'node-cron';
        import { CronJob } from 'cron';
        import localCron from './cron.js';
        cron.schedule('*/5 * * * *', () => syncInventory(), { scheduled: false });
        const later = cron.createTask('0 * * * *', () => report());
        const idle = new CronJob('0 3 * * *', () => purge());
        const off = new CronJob('0 4 * * *', () => purge(), null, false);
        const fromOptions = CronJob.from({ cronTime: '0 5 * * *', onTick: () => purge() });
        const waiting = CronJob.from({ cronTime: '0 6 * * *', onTick: () => purge(), start: false });
        export function startSchedules() { return cron.schedule('* * * * *', tick); }
        localCron.schedule('* * * * *', tick);
        idle.stop();
      `,
      options: [{ strict: true }],
    },
    {
      name: "workers (strict): a Bull queue this module only adds jobs to, and a bee-queue worker closed on SIGTERM",
      code: `
        const Queue = require('bull');
        const BeeQueue = require('bee-queue');
        const emailQueue = new Queue('email', process.env.REDIS_URL);
        module.exports.enqueue = (data) => emailQueue.add(data);
        const bookings = new BeeQueue('booking', { redis: { url: process.env.REDIS_URL } });
        bookings.process(10, async (job) => handle(job.data));
        process.on('SIGTERM', async () => { await bookings.close(30000); process.exit(0); });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'workers: sqs-consumer consumers never started, started only in an exported function, and one stopped on SIGTERM',
      code: `
        import { Consumer } from 'sqs-consumer';
        export const idle = Consumer.create({ queueUrl: process.env.QUEUE_URL, handleMessage });
        export function startLater() {
          Consumer.create({ queueUrl: process.env.OTHER_QUEUE_URL, handleMessage }).start();
        }
        const orders = new Consumer({ queueUrl: process.env.ORDERS_QUEUE_URL, handleMessage });
        orders.start();
        process.on('SIGTERM', () => orders.stop());
      `,
      options: [{ workers: true }],
    },
    {
      name: 'workers: a kafka-node producer, a Pub/Sub publisher, and a Pub/Sub subscription closed on SIGTERM',
      code: `
        const kafka = require('kafka-node');
        const { PubSub } = require('@google-cloud/pubsub');
        const producer = new kafka.Producer(new kafka.KafkaClient({ kafkaHost: process.env.KAFKA_HOST }));
        const pubsub = new PubSub();
        export const publish = (data) => pubsub.topic('events').publishMessage({ data });
        const subscription = pubsub.subscription(process.env.SUBSCRIPTION);
        subscription.on('message', (message) => { handle(message); message.ack(); });
        process.on('SIGTERM', () => subscription.close().then(() => process.exit(0)));
      `,
      options: [{ workers: true }],
      languageOptions: cjs,
    },
    {
      name: 'workers: a kafkajs consumer not run by default; run only in an exported function; a producer; one disconnected on SIGTERM',
      code: `
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ clientId: 'mail', brokers: process.env.KAFKA_BROKERS.split(',') });
        export const producer = kafka.producer();
        export const consumer = kafka.consumer({ groupId: 'mail' });
        export async function startConsumer() {
          await consumer.run({ eachMessage: handle });
        }
        const audit = kafka.consumer({ groupId: 'audit' });
        await audit.run({ eachMessage: record });
        process.on('SIGTERM', () => audit.disconnect().then(() => process.exit(0)));
      `,
      options: [{ workers: true }],
    },
    {
      name: 'workers: amqplib channels that only publish, a consumer in an exported function, one whose connection is closed on SIGTERM',
      code: `
        import amqp from 'amqplib';
        const connection = await amqp.connect(process.env.AMQP_URL);
        const channel = await connection.createChannel();
        channel.sendToQueue('emails', Buffer.from('{}'));
        export async function consumeEmails() {
          const worker = await (await amqp.connect(process.env.AMQP_URL)).createChannel();
          worker.consume('emails', handle);
        }
        const orders = await connection.createChannel();
        orders.consume('orders', handleOrder);
        process.on('SIGTERM', () => connection.close().then(() => process.exit(0)));
      `,
      options: [{ workers: true }],
    },
    {
      name: 'workers are not servers by default (kafkajs)',
      code: `
        import { Kafka } from 'kafkajs';
        const consumer = new Kafka({ brokers }).consumer({ groupId: 'mail' });
        const kafka = new Kafka({ brokers });
        const orders = kafka.consumer({ groupId: 'orders' });
        await orders.run({ eachMessage: handle });
      `,
    },
    {
      name: 'workers (strict): an Agenda never started here (its module is imported by the worker), and one stopped on SIGTERM',
      code: `
        const { Agenda } = require('agenda');
        const shared = new Agenda({ db: { address: process.env.MONGO_URL } });
        shared.define('send email', async (job) => send(job.attrs.data));
        const local = new Agenda({ db: { address: process.env.MONGO_URL } });
        local.start();
        process.once('SIGTERM', async () => { await local.stop(); process.exit(0); });
        module.exports = shared;
      `,
      options: [{ workers: true }],
      languageOptions: cjs,
    },
    {
      name: 'workers (strict): a node-schedule job made only in development, and a schedule with no task',
      code: `
        const schedule = require('node-schedule');
        const cron = require('node-cron');
        if (process.env.NODE_ENV === 'development') schedule.scheduleJob('* * * * *', () => seed());
        cron.schedule('* * * * *');
      `,
      options: [{ workers: true }],
      languageOptions: cjs,
    },
    {
      name: 'serverStarters with a handler',
      code: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', processor, { connection });
        process.on('SIGTERM', async () => { await worker.close(); process.exit(0); });
      `,
      options: [{ serverStarters: [{ module: 'bullmq', member: 'Worker' }], strict: true }],
    },
    // --- checkHandler (strict) accepts handlers that close first ---
    {
      name: "checkHandler: an exit only when the handler is the signal's only listener (Node's default, Redwood's telemetry)",
      code: `
        for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
          process.on(signal, () => {
            if (process.listenerCount(signal) === 1) process.exit();
          });
        }
        process.on('SIGTERM', () => {
          flushSpans();
          if (process.listenerCount('SIGTERM') < 2) {
            process.exit(0);
          }
        });
      `,
      options: [{ checkHandler: true }],
    },
    {
      name: 'checkHandler: an exit once the app the module starts has closed; a close of something else it does not start',
      code: `
        const fastify = require('fastify')();
        const queue = require('./queue');
        fastify.listen({ port: Number(process.env.PORT) });
        process.on('SIGTERM', () => {
          fastify.close().then(() => process.exit(0));
        });
        process.on('SIGTERM', async () => {
          await fastify.close();
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          queue.close();
          fastify.close(() => process.exit(0));
        });
      `,
      languageOptions: cjs,
      options: [{ checkHandler: true }],
    },
    {
      name: 'strict: a third signal forces the exit, counted before the test (Cube\'s server)',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        let killSignalCount = 0;
        for (const signal of ['SIGTERM', 'SIGINT']) {
          process.on(signal, async () => {
            killSignalCount++;
            if (killSignalCount === 3) {
              process.exit(130);
            }
            server.close(() => process.exit(0));
          });
        }
        const state = { signals: 0 };
        process.on('SIGTERM', () => {
          state.signals += 1;
          if (state.signals > 1) process.exit(1);
          server.close(() => process.exit(0));
        });
      `,
      options: [{ checkHandler: true }],
    },
    {
      name: 'strict: an exit that waits for the server to close, or that follows a close of something not named as a server, or a wait',
      code: `
        import http from 'node:http';
        import Database from 'better-sqlite3';
        const db = new Database('app.db');
        const server = http.createServer(handle).listen(Number(process.env.PORT));
        process.on('SIGTERM', () => {
          server.close(() => process.exit(0));
        });
        process.on('SIGTERM', async () => {
          await new Promise((resolve) => server.close(resolve));
          process.exit(0);
        });
        process.on('SIGTERM', async () => {
          server.close();
          await pool.end();
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          db.close();
          process.exit(0);
        });
        process.on('SIGTERM', async () => {
          server.close();
          await stopEverything();
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          server.close();
          server.on('close', () => process.exit(0));
        });
        async function stopEverything() {}
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: a second signal forces the exit while the first one closes (in the handler and in a helper it calls)',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        let closing = false;
        process.on('SIGTERM', () => {
          if (closing) process.exit(1);
          closing = true;
          server.close(() => process.exit(0));
        });
        const state = { stopping: false };
        const handleShutdown = async (code = 0) => {
          if (state.stopping) {
            console.log('forced');
            process.exit(code);
          }
          state.stopping = true;
          await new Promise((resolve) => server.close(resolve));
          process.exit(code);
        };
        process.on('SIGINT', () => handleShutdown());
        process.on('SIGTERM', () => handleShutdown());
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: methods and functions named like a cleanup before the exit (a partial download removed, a pid file unlinked, jobs stopped, a lock released)',
      code: `
        import fs from 'node:fs';
        class Installer {
          download() {
            const abort = () => { this.removeBinary(); process.exit(130); };
            process.on('SIGTERM', abort);
          }
        }
        process.on('SIGTERM', () => { fs.unlinkSync(pidFile); process.exit(0); });
        process.on('SIGTERM', () => { scheduler.stopAllJobs(); process.exit(0); });
        process.on('SIGTERM', () => { lock.release(); process.exit(0); });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: a flag named for a shutdown under way, set by the shutdown the handler starts, guards a repeated signal (a remote device\'s handler)',
      code: `
        class RemoteDevice {
          setupShutdownHandlers() {
            const handleShutdown = async (signal) => {
              if (this.isShuttingDown) {
                console.log(signal + ' received, but already shutting down...');
                process.exit(1);
                return;
              }
              await this.shutdown();
              process.exit(0);
            };
            process.on('SIGTERM', () => handleShutdown('SIGTERM'));
          }
          async shutdown() {
            if (this.isShuttingDown) return;
            this.isShuttingDown = true;
            await this.channel.close();
          }
        }
        let stopping = false;
        process.on('SIGTERM', () => {
          if (stopping) process.exit(1);
          stopAll();
          process.exit(0);
        });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: an exit in a helper declared before the cleanup runs where the helper is called, after it (exit-hook: every hook, then done())',
      code: `
        const callbacks = new Set();
        async function exit(shouldManuallyExit, isSynchronous, signal) {
          const exitCode = 128 + signal;
          const done = (force = false) => {
            if (force === true || shouldManuallyExit === true) process.exit(exitCode);
          };
          for (const callback of callbacks) callback(exitCode);
          if (isSynchronous) {
            done();
            return;
          }
          await flushStdio();
          done();
        }
        process.once('SIGTERM', exit.bind(undefined, true, false, 15));
        process.on('SIGTERM', () => {
          function bye() { process.exit(0); }
          server.close(bye);
        });
        process.on('SIGTERM', () => {
          let finish = () => process.exit(0);
          server.close();
          finish();
        });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: a helper named like a kill passes the signal on to the child it started before the exit (a dev tunnel that runs the app as a child)',
      code: `
        import { spawn } from 'node:child_process';
        function killProcessTree(child) {
          if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F']);
          else process.kill(-child.pid, 'SIGTERM');
        }
        const child = spawn('npm', ['run', 'dev'], { stdio: 'inherit', detached: true });
        const shutdown = (code = 0) => {
          if (!child.killed) killProcessTree(child);
          process.exit(code);
        };
        process.once('SIGINT', () => shutdown(0));
        process.once('SIGTERM', () => shutdown(0));
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: close, then exit in the callback',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        process.on('SIGTERM', () => {
          server.close(() => process.exit(0));
        });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: awaited shutdown, then exit',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        process.on('SIGTERM', async () => {
          await prisma.$disconnect();
          process.exit(0);
        });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: forced exit after a grace period is fine',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        process.on('SIGTERM', () => {
          setTimeout(() => process.exit(1), 10_000).unref();
          server.close(() => process.exit(0));
        });
      `,
      options: [{ checkHandler: true }],
    },
    {
      name: 'strict: node-red style stop().then(exit)',
      code: `
        var stopping = false;
        function exitWhenStopped() {
          if (!stopping) {
            stopping = true;
            RED.stop().then(function () { process.exit(); });
          }
        }
        process.on('SIGINT', exitWhenStopped);
        process.on('SIGTERM', exitWhenStopped);
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: a local helper closes before the exit',
      code: `
        const server = require('http').createServer(app).listen(3000);
        function closeAll() { server.close(); db.end(); }
        process.on('SIGTERM', () => { closeAll(); process.exit(0); });
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: a supervisor passes the signal on to its child before it exits (total.js runner)',
      code: `
        const { fork } = require('child_process');
        let app = fork('index.js');
        process.on('SIGTERM', function end() {
          if (app === null) return process.exit(0);
          process.kill(app.pid);
          app = null;
          process.exit(0);
        });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: the exit taken when there is no server to close',
      code: `
        let server;
        process.on('SIGTERM', () => {
          if (!server) {
            process.exit(0);
            return;
          }
          server.close(() => process.exit(0));
        });
        server = require('http').createServer().listen(process.env.PORT);
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: child.kill() before the exit',
      code: `
        const worker = require('child_process').fork('worker.js');
        process.on('SIGTERM', () => { worker.kill('SIGTERM'); process.exit(0); });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: the exit is called back by the step it waits for (pm2)',
      code: `
        process.on('SIGTERM', function () {
          if (fastBoot) {
            return pm2.delete('all', function () { process.exit(0); });
          }
          pm2.kill(function () { process.exit(0); });
        });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: the exit is the callback option of the step it waits for (a crash response sent first)',
      code: `
        ['SIGINT', 'SIGTERM'].forEach((signal) => {
          process.on(signal, () => {
            sendCrashResponse({ err: new Error('Received ' + signal), res: latestRes, silent: true, callback: () => { process.exit(); } });
          });
        });
        process.on('SIGTERM', () => flushLogs({ timeout: 500, onDone() { process.exit(0); } }));
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: closing steps called as compiled TypeScript calls imported functions, (0, module.fn)(…)',
      code: `
        ['SIGINT', 'SIGTERM'].forEach((signal) => {
          process.on(signal, () => {
            (0, logger_1.sendCrashResponse)({ err: new Error('Received ' + signal), res: latestRes, callback: () => { process.exit(); } });
          });
        });
        process.on('SIGTERM', () => { (0, db_1.closePool)(); process.exit(0); });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: 'strict: the handler runs the cleanup hook it was given, then exits',
      code: `
        class Probe {
          onExit(callback) {
            const handler = () => callback();
            process.on('exit', handler);
            process.on('SIGTERM', () => { handler(); process.exit(); });
          }
        }
      `,
      options: [{ strict: true }],
    },
    {
      name: 'strict: the handler runs every exit hook registered in a list, then exits',
      code: `
        const exitHooks = [];
        process.once('SIGTERM', () => {
          for (const hook of exitHooks) hook();
          process.exit(143);
        });
        process.once('SIGTERM', () => {
          exitHooks.forEach((a) => a());
          process.exit(143);
        });
        process.once('SIGTERM', () => {
          for (const { close } of services) close();
          process.exit(0);
        });
        exports.onExit = (hook) => exitHooks.push(hook);
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
    },
    {
      name: "checkHandler: an awaited close of a server whose close returns a promise (Fastify), or of a Node server through a promise that its callback resolves; an awaited close of what the module does not start",
      code: `
        import Fastify from 'fastify';
        import express from 'express';
        const fastify = Fastify();
        await fastify.listen({ port: Number(process.env.PORT) });
        process.on('SIGTERM', async () => {
          await fastify.close();
          process.exit(0);
        });
        const server = express().listen(Number(process.env.PORT));
        process.on('SIGTERM', async () => {
          await new Promise((resolve) => server.close(resolve));
          process.exit(0);
        });
        process.on('SIGTERM', async () => {
          await pool.close();
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
    },
    {
      name: 'checkHandler is off by default',
      code: `
        import express from 'express';
        express().listen(3000);
        process.on('SIGTERM', () => process.exit(0));
      `,
    },
    {
      name: 'strict: an exit in a SIGINT-only handler is not checked',
      code: `
        process.on('SIGINT', () => process.exit(130));
      `,
      options: [{ strict: true }],
    },
  ],
  invalid: [
    // Probot's run(appFn) starts its web server; a Server made with new starts on start().
    {
      name: "a GitHub App started with Probot's run()",
      code: `import { run } from 'probot';
import robot from './app';
run(robot);
`,
      errors: [{ messageId: missing, line: 3 }],
    },
    {
      name: 'a Probot Server started in main()',
      code: `const { Server, Probot } = require('probot');
async function main() {
  const server = new Server({ Probot: Probot.defaults({ appId: process.env.APP_ID }) });
  await server.load(require('./app'));
  await server.start();
}
main();
`,
      languageOptions: cjs,
      errors: [
        {
          messageId: missing,
          line: 5,
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `const { Server, Probot } = require('probot');
async function main() {
  const server = new Server({ Probot: Probot.defaults({ appId: process.env.APP_ID }) });
  await server.load(require('./app'));
  await server.start();
  ${closeThen('server', 'stop')}
}
main();
` }],
        },
      ],
    },
    // A server started from a function called as the module loads and closed only on an error, or
    // only under a condition of a request, is a service's.
    {
      name: 'a server closed only when it fails',
      code: `const http = require('node:http');
function start() {
  const server = http.createServer(handle);
  server.on('error', () => server.close());
  server.listen(8080);
}
start();
`,
      languageOptions: cjs,
      errors: [
        {
          messageId: missing,
          line: 5,
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `const http = require('node:http');
function start() {
  const server = http.createServer(handle);
  server.on('error', () => server.close());
  server.listen(8080);
  ${closeWith('server')}
}
start();
` }],
        },
      ],
    },
    {
      name: 'a server closed by a request only when it asks to stop',
      code: `import express from 'express';
async function main() {
  const app = express();
  const server = app.listen(3333);
  app.post('/admin/stop', (req, res) => {
    if (req.body.token === process.env.ADMIN_TOKEN) server.close();
    res.end();
  });
}
main();
`,
      errors: [
        {
          messageId: missing,
          line: 4,
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `import express from 'express';
async function main() {
  const app = express();
  const server = app.listen(3333);
  ${closeWith('server')}
  app.post('/admin/stop', (req, res) => {
    if (req.body.token === process.env.ADMIN_TOKEN) server.close();
    res.end();
  });
}
main();
` }],
        },
      ],
    },
    // Names imported from a shutdown module and never used install nothing.
    {
      name: 'an unused import of a shutdown module',
      code: `import express from 'express';
import { shutDown } from './utils/shutdown';
const server = express().listen(process.env.PORT);
`,
      errors: [
        {
          messageId: missing,
          line: 3,
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `import express from 'express';
import { shutDown } from './utils/shutdown';
const server = express().listen(process.env.PORT);
${closeWith('server').trim()}
` }],
        },
      ],
    },
    {
      name: 'an unused require of a shutdown module',
      code: `const express = require('express');
const { gracefulShutdown } = require('./lib/graceful-shutdown');
express().listen(process.env.PORT);
`,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 3 }],
    },
    // A function in the options of a call made at load time is called back: throng's `start` and `worker`.
    {
      name: "throng's start function, named",
      code: `const throng = require('throng');
const http = require('http');
throng({ workers: 2, lifetime: Infinity, start: start });
function start() {
  http.createServer(handler).listen(process.env.PORT);
}
`,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 5, suggestions: [] }],
    },
    {
      name: "throng's worker function, in shorthand",
      code: `const throng = require('throng');
const http = require('http');
const worker = () => http.createServer(handler).listen(process.env.PORT);
throng({ worker, master: () => console.log('started') });
`,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 3, suggestions: [] }],
    },
    {
      name: "throng's start function, inline",
      code: `const throng = require('throng');
const http = require('http');
throng({ start: () => http.createServer(handler).listen(process.env.PORT) });
`,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 3, suggestions: [] }],
    },
    // A port that may come from the environment is not the system's pick.
    {
      name: 'a port the environment may set, else ephemeral',
      code: `import http from 'node:http';
http.createServer(handler).listen(Number(process.env.PORT) || 0);
`,
      errors: [{ messageId: missing, line: 2, column: 1 }],
    },
    {
      name: 'a module that makes worker threads is the main thread, and a parentPort of its own is no thread port',
      code: `import { Worker, parentPort, isMainThread } from 'node:worker_threads';
import express from 'express';
if (isMainThread) {
  express().listen(process.env.PORT);
  new Worker(new URL(import.meta.url));
} else {
  parentPort.postMessage('ready');
}
`,
      errors: [{ messageId: missing, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: 'a local parentPort is no worker thread',
      code: `import express from 'express';
const parentPort = new MessageChannel().port1;
express().listen(process.env.PORT, () => parentPort.postMessage('ready'));
`,
      errors: [{ messageId: missing, line: 3, column: 1, suggestions: [] }],
    },
    {
      name: 'a server made with a port the environment may set, else ephemeral',
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: Number(process.env.WS_PORT) || 0 });
`,
      errors: [
        {
          messageId: missing,
          line: 2,
          column: 13,
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'wss' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: Number(process.env.WS_PORT) || 0 });
${closeWith('wss').trim()}
` }],
        },
      ],
    },
    {
      name: "Bun's server on a port the environment may set, else ephemeral",
      code: `const preview = Bun.serve({ port: Number(process.env.PORT ?? 0), fetch: (request) => new Response('ok') });
`,
      errors: [
        {
          messageId: missing,
          line: 1,
          column: 17,
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'preview' }, output: `const preview = Bun.serve({ port: Number(process.env.PORT ?? 0), fetch: (request) => new Response('ok') });
process.on('SIGTERM', () => { preview.stop(); });
` }],
        },
      ],
    },
    // The bundle's code on a line of its own is source, and reported.
    {
      name: 'the minified case, not minified',
      code: 'var h=require("http");h.createServer(function(q,r){r.end()}).listen(process.env.PORT);',
      errors: [{ messageId: missing, line: 1, column: 23 }],
    },
    {
      name: "a registerTerminateHandler of another package than GraphQL Mesh's",
      code: `import { createServer } from 'node:http';
import { registerTerminateHandler } from '@acme/events';
createServer(handler).listen(process.env.PORT);
registerTerminateHandler(() => process.exit(0));
`,
      errors: [{ messageId: missing, line: 3, column: 1 }],
    },
    {
      name: 'a boardgame.io server run without a SIGTERM handler',
      code: `import { Server } from 'boardgame.io/server';
const server = Server({ games: [Chess], db });
server.run(Number(process.env.PORT ?? 8000));
`,
      errors: [{ messageId: missing, line: 3, column: 1 }],
    },
    // --- express ---
    {
      name: 'express, CommonJS, bound server gets a suggestion',
      code: `const express = require('express');
const app = express();
const server = app.listen(3000);
`,
      errors: [
        {
          messageId: missing,
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addSigtermHandler',
              data: { name: 'server' },
              output: `const express = require('express');
const app = express();
const server = app.listen(3000);
${closeWith('server')}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'express, ESM, unbound listen: no suggestion',
      code: `
        import express from 'express';
        const app = express();
        app.listen(3000, () => console.log('listening'));
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: "a runMain of another library installs no handler, nor does Effect's runPromise",
      code: `
        import { runMain } from 'citty';
        import { Effect } from 'effect';
        import { NodeContext } from '@effect/platform-node';
        import express from 'express';
        const app = express();
        app.listen(3000);
        runMain(command);
        Effect.runPromise(program.pipe(Effect.provide(NodeContext.layer)));
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: "TypeScript's CommonJS output of `export const main = …; void main();`",
      code: `
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.main = void 0;
        const express_1 = __importDefault(require("express"));
        const main = async () => {
          const app = (0, express_1.default)();
          app.listen(Number(process.env.PORT));
        };
        exports.main = main;
        void (0, exports.main)();
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'express, TypeScript',
      code: `
        import express, { type Express } from 'express';
        const app: Express = express();
        const port: number = Number(process.env.PORT);
        app.listen(port);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'express, espree-parsed ESM',
      code: `
import express from 'express';
const app = express();
const server = app.listen(process.env.PORT || 3000);
`,
      languageOptions: js,
      errors: [
        {
          messageId: missing,
          suggestions: [
            {
              messageId: 'addSigtermHandler',
              data: { name: 'server' },
              output: `
import express from 'express';
const app = express();
const server = app.listen(process.env.PORT || 3000);
${closeWith('server')}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'express aliased and destructured',
      code: `
        const { default: makeApp } = require('express');
        const web = makeApp();
        web.listen(8080);
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    // --- http / https / http2 / net / tls ---
    {
      name: 'http with node: prefix',
      code: `const http = require('node:http');
const server = http.createServer(app);
server.listen(8080);
`,
      errors: [
        {
          messageId: missing,
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'addSigtermHandler',
              data: { name: 'server' },
              output: `const http = require('node:http');
const server = http.createServer(app);
server.listen(8080);
${closeWith('server')}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'https named import, chained listen',
      code: `
        import { createServer } from 'node:https';
        createServer(tlsOptions, handler).listen(443);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'http2 secure server',
      code: `
        import * as http2 from 'http2';
        const server = http2.createSecureServer({ key, cert });
        server.on('stream', onStream);
        server.listen(8443);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import * as http2 from 'http2';
        const server = http2.createSecureServer({ key, cert });
        server.on('stream', onStream);
        server.listen(8443);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'net server on a unix socket',
      code: `
        const net = require('net');
        const srv = net.createServer((socket) => socket.end('bye'));
        srv.listen('/tmp/app.sock');
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'srv' }, output: `
        const net = require('net');
        const srv = net.createServer((socket) => socket.end('bye'));
        srv.listen('/tmp/app.sock');
        ${closeWith('srv')}
      ` }] }],
    },
    {
      name: 'tls server',
      code: `
        import tls from 'node:tls';
        tls.createServer(options, onConnection).listen(8000);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    // --- Koa / Connect / restify / Fastify / hapi / NestJS ---
    {
      name: 'koa, CommonJS',
      code: `
        const Koa = require('koa');
        const app = new Koa();
        app.use(async (ctx) => { ctx.body = 'ok'; });
        app.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'koa, TypeScript',
      code: `
        import Koa from 'koa';
        const app: Koa = new Koa();
        const server = app.listen(Number(process.env.PORT ?? 3000));
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import Koa from 'koa';
        const app: Koa = new Koa();
        const server = app.listen(Number(process.env.PORT ?? 3000));
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'connect',
      code: `
        const connect = require('connect');
        const app = connect();
        app.use(compression());
        app.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'restify',
      code: `
        const restify = require('restify');
        const server = restify.createServer({ name: 'api' });
        server.listen(8080, () => console.log('%s listening', server.name));
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const restify = require('restify');
        const server = restify.createServer({ name: 'api' });
        server.listen(8080, () => console.log('%s listening', server.name));
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'fastify, CommonJS, the docs start() pattern',
      code: `
const fastify = require('fastify')({ logger: true });
const start = async () => {
  try {
    await fastify.listen({ port: 3000 });
  } catch (err) {
    fastify.log.error(err);
    process.exit(1);
  }
};
start();
`,
      errors: [
        {
          messageId: missing,
          line: 5,
          column: 11,
          suggestions: [
            {
              messageId: 'addSigtermHandler',
              data: { name: 'fastify' },
              output: `
const fastify = require('fastify')({ logger: true });
const start = async () => {
  try {
    await fastify.listen({ port: 3000 });
    ${closeThen('fastify')}
  } catch (err) {
    fastify.log.error(err);
    process.exit(1);
  }
};
start();
`,
            },
          ],
        },
      ],
    },
    {
      name: 'fastify, ESM with top-level await',
      code: `
        import Fastify from 'fastify';
        const app = Fastify();
        const address = await app.listen({ port: 3000, host: '0.0.0.0' });
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'app' }, output: `
        import Fastify from 'fastify';
        const app = Fastify();
        const address = await app.listen({ port: 3000, host: '0.0.0.0' });
        ${closeThen('app')}
      ` }] }],
    },
    {
      name: 'a hapi server composed by Glue and started',
      code: `
        const Glue = require('@hapi/glue');
        const manifest = require('./manifest');
        const startServer = async () => {
          const server = await Glue.compose(manifest, { relativeTo: __dirname });
          await server.start();
          console.log('Server running on %s', server.info.uri);
        };
        startServer();
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const Glue = require('@hapi/glue');
        const manifest = require('./manifest');
        const startServer = async () => {
          const server = await Glue.compose(manifest, { relativeTo: __dirname });
          await server.start();
          ${closeThen('server', 'stop')}
          console.log('Server running on %s', server.info.uri);
        };
        startServer();
      ` }] }],
    },
    {
      name: 'hapi server.start() in init()',
      code: `
        const Hapi = require('@hapi/hapi');
        const init = async () => {
          const server = Hapi.server({ port: 3000, host: 'localhost' });
          await server.start();
        };
        init();
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const Hapi = require('@hapi/hapi');
        const init = async () => {
          const server = Hapi.server({ port: 3000, host: 'localhost' });
          await server.start();
          ${closeThen('server', 'stop')}
        };
        init();
      ` }] }],
    },
    {
      name: 'hapi 16: new Server() of the unscoped package, started with a callback',
      code: `
        const Hapi = require('hapi');
        const server = new Hapi.Server();
        server.connection({ host: '0.0.0.0', port: process.env.PORT || 8000 });
        server.start((err) => { if (err) throw err; });
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 5, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const Hapi = require('hapi');
        const server = new Hapi.Server();
        server.connection({ host: '0.0.0.0', port: process.env.PORT || 8000 });
        server.start((err) => { if (err) throw err; });
        ${closeThen('server', 'stop')}
      ` }] }],
    },
    {
      name: 'GraphQL Yoga 2: createServer() of @graphql-yoga/node started in main()',
      code: `
        import { createServer } from '@graphql-yoga/node';
        async function main() {
          const server = createServer({ schema });
          await server.start();
        }
        main();
      `,
      errors: [{ messageId: missing, line: 5, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import { createServer } from '@graphql-yoga/node';
        async function main() {
          const server = createServer({ schema });
          await server.start();
          ${closeThen('server', 'stop')}
        }
        main();
      ` }] }],
    },
    {
      name: 'GraphQL Yoga 1: new GraphQLServer() started with its options',
      code: `
        const { GraphQLServer } = require('graphql-yoga');
        const server = new GraphQLServer({ typeDefs, resolvers });
        server.start({ port: process.env.PORT }, () => console.log('ready'));
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 4 }],
    },
    {
      name: 'hapi, ESM new Server, only SIGINT handled',
      code: `
        import Hapi from '@hapi/hapi';
        const server = new Hapi.Server({ port: 3000 });
        await server.start();
        process.on('SIGINT', () => server.stop());
      `,
      // The SIGINT listener is written inline: the suggestion is the usual new handler.
      errors: [{ messageId: 'sigintOnly', data: { kind: 'server', fix: "process.on('SIGTERM', …)" }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import Hapi from '@hapi/hapi';
        const server = new Hapi.Server({ port: 3000 });
        await server.start();
        ${closeThen('server', 'stop')}
        process.on('SIGINT', () => server.stop());
      ` }] }],
    },
    {
      name: 'NestJS bootstrap()',
      code: `
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';
        async function bootstrap(): Promise<void> {
          const app = await NestFactory.create(AppModule);
          await app.listen(3000);
        }
        bootstrap();
      `,
      errors: [{ messageId: 'missingSigtermHandlerNest', data: { name: 'app' }, suggestions: [{ messageId: 'enableShutdownHooks', data: { name: 'app' }, output: `
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';
        async function bootstrap(): Promise<void> {
          const app = await NestFactory.create(AppModule);
          app.enableShutdownHooks();
          await app.listen(3000);
        }
        bootstrap();
      ` }, { messageId: 'addSigtermHandler', data: { name: 'app' }, output: `
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';
        async function bootstrap(): Promise<void> {
          const app = await NestFactory.create(AppModule);
          await app.listen(3000);
          ${closeThen('app')}
        }
        bootstrap();
      ` }] }],
    },
    {
      name: 'NestJS listen without a port, main().catch()',
      code: `
        import { NestFactory } from '@nestjs/core';
        async function main() {
          const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.REDIS });
          await app.listen();
        }
        main().catch((err) => { console.error(err); process.exit(1); });
      `,
      errors: [{ messageId: 'missingSigtermHandlerNest', data: { name: 'app' }, suggestions: [{ messageId: 'enableShutdownHooks', data: { name: 'app' }, output: `
        import { NestFactory } from '@nestjs/core';
        async function main() {
          const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.REDIS });
          app.enableShutdownHooks();
          await app.listen();
        }
        main().catch((err) => { console.error(err); process.exit(1); });
      ` }, { messageId: 'addSigtermHandler', data: { name: 'app' }, output: `
        import { NestFactory } from '@nestjs/core';
        async function main() {
          const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.REDIS });
          await app.listen();
          ${closeThen('app')}
        }
        main().catch((err) => { console.error(err); process.exit(1); });
      ` }] }],
    },
    {
      name: 'NestJS app started without a name of its own: Nest\'s message, no suggestion',
      code: `
        import { NestFactory } from '@nestjs/core';
        await (await NestFactory.create(AppModule)).listen(3000);
      `,
      errors: [{ messageId: 'missingSigtermHandlerNest', data: { name: 'app' } }],
    },
    {
      name: 'NestJS enableShutdownHooks without SIGTERM',
      code: `
        import { NestFactory } from '@nestjs/core';
        const app = await NestFactory.create(AppModule);
        app.enableShutdownHooks(['SIGINT']);
        await app.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'app' }, output: `
        import { NestFactory } from '@nestjs/core';
        const app = await NestFactory.create(AppModule);
        app.enableShutdownHooks(['SIGINT']);
        await app.listen(3000);
        ${closeThen('app')}
      ` }] }],
    },
    {
      name: 'connect, ESM through espree',
      code: `
import connect from 'connect';
connect().use(serveStatic('public')).listen(8080);
`,
      languageOptions: js,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'restify, TypeScript namespace import',
      code: `
        import * as restify from 'restify';
        const server: restify.Server = restify.createServer();
        server.listen(8080, (): void => console.log('up'));
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import * as restify from 'restify';
        const server: restify.Server = restify.createServer();
        server.listen(8080, (): void => console.log('up'));
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'fastify, TypeScript with generics and a listen callback',
      code: `
        import fastify, { type FastifyInstance } from 'fastify';
        const server: FastifyInstance = fastify({ logger: true });
        server.get<{ Querystring: { q: string } }>('/', async (request) => request.query.q);
        server.listen({ port: 8080 }, (err: Error | null, address: string) => {
          if (err) throw err;
        });
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import fastify, { type FastifyInstance } from 'fastify';
        const server: FastifyInstance = fastify({ logger: true });
        server.get<{ Querystring: { q: string } }>('/', async (request) => request.query.q);
        server.listen({ port: 8080 }, (err: Error | null, address: string) => {
          if (err) throw err;
        });
        ${closeThen('server')}
      ` }] }],
    },
    {
      name: 'hapi, TypeScript',
      code: `
        import * as Hapi from '@hapi/hapi';
        export const init = async (): Promise<Hapi.Server> => {
          const server: Hapi.Server = Hapi.server({ port: process.env.PORT || 4000 });
          await server.start();
          return server;
        };
        init().catch((err: unknown) => { console.error(err); process.exit(1); });
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import * as Hapi from '@hapi/hapi';
        export const init = async (): Promise<Hapi.Server> => {
          const server: Hapi.Server = Hapi.server({ port: process.env.PORT || 4000 });
          await server.start();
          ${closeThen('server', 'stop')}
          return server;
        };
        init().catch((err: unknown) => { console.error(err); process.exit(1); });
      ` }] }],
    },
    {
      name: 'http, TypeScript with a type-only import and an as-cast port',
      code: `
        import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
        const server = createServer((req: IncomingMessage, res: ServerResponse) => res.end());
        server.listen(process.env.PORT as unknown as number);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
        const server = createServer((req: IncomingMessage, res: ServerResponse) => res.end());
        server.listen(process.env.PORT as unknown as number);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'net, ESM through espree',
      code: `
import { createServer } from 'node:net';
const server = createServer((socket) => socket.pipe(socket));
server.listen({ port: 7000 });
`,
      languageOptions: js,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
import { createServer } from 'node:net';
const server = createServer((socket) => socket.pipe(socket));
server.listen({ port: 7000 });
${closeWith('server')}
` }] }],
    },
    // --- Socket.IO and ws ---
    {
      name: 'standalone Socket.IO server on a port',
      code: `
        import { Server } from 'socket.io';
        const io = new Server(3000, { cors: { origin: '*' } });
        io.on('connection', (socket) => socket.emit('hello'));
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'io' }, output: `
        import { Server } from 'socket.io';
        const io = new Server(3000, { cors: { origin: '*' } });
        ${closeWith('io')}
        io.on('connection', (socket) => socket.emit('hello'));
      ` }] }],
    },
    {
      name: 'Socket.IO v2 style require(...)(port)',
      code: `
        const io = require('socket.io')(process.env.PORT);
        io.on('connection', onConnection);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'io' }, output: `
        const io = require('socket.io')(process.env.PORT);
        ${closeWith('io')}
        io.on('connection', onConnection);
      ` }] }],
    },
    {
      name: 'Socket.IO io.listen(port)',
      code: `
        const { Server } = require('socket.io');
        const io = new Server();
        io.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'io' }, output: `
        const { Server } = require('socket.io');
        const io = new Server();
        io.listen(3000);
        ${closeWith('io')}
      ` }] }],
    },
    {
      name: 'Socket.IO, TypeScript generics',
      code: `
        import { Server } from 'socket.io';
        const io = new Server<ClientToServerEvents, ServerToClientEvents>(Number(process.env.PORT));
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'io' }, output: `
        import { Server } from 'socket.io';
        const io = new Server<ClientToServerEvents, ServerToClientEvents>(Number(process.env.PORT));
        ${closeWith('io')}
      ` }] }],
    },
    {
      name: 'ws server on a port',
      code: `
        import { WebSocketServer } from 'ws';
        const wss = new WebSocketServer({ port: 8080 });
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'wss' }, output: `
        import { WebSocketServer } from 'ws';
        const wss = new WebSocketServer({ port: 8080 });
        ${closeWith('wss')}
      ` }] }],
    },
    {
      name: "mosca's MQTT broker listens as it is made",
      code: `
        const mosca = require('mosca');
        const broker = new mosca.Server({ port: Number(process.env.MQTT_PORT) });
        broker.on('ready', () => console.log('broker up'));
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 3, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'broker' }, output: `
        const mosca = require('mosca');
        const broker = new mosca.Server({ port: Number(process.env.MQTT_PORT) });
        ${closeWith('broker')}
        broker.on('ready', () => console.log('broker up'));
      ` }] }],
    },
    {
      name: "LoopBack 3's start-up: a start method stored on the app, called when the file is run",
      code: `
        var loopback = require('loopback');
        var boot = require('loopback-boot');
        var app = module.exports = loopback();
        app.start = function () {
          return app.listen(function () { app.emit('started'); });
        };
        boot(app, __dirname, function (err) {
          if (err) throw err;
          if (require.main === module) app.start();
        });
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 6 }],
    },
    {
      name: "proxy-chain's proxy server started by listen()",
      code: `
        const ProxyChain = require('proxy-chain');
        const server = new ProxyChain.Server({ port: Number(process.env.PORT) });
        server.listen(() => console.log('proxy up'));
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 4, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const ProxyChain = require('proxy-chain');
        const server = new ProxyChain.Server({ port: Number(process.env.PORT) });
        server.listen(() => console.log('proxy up'));
        ${closeThen('server')}
      ` }] }],
    },
    {
      name: "a shutdown method of an instance of the module's own class, or of a let, is read, not trusted",
      code: `
        const express = require('express');
        const { ServiceRegistry } = require('@acme/service-discovery');
        class Lifecycle { setupGracefulShutdown(server) { this.server = server; } }
        const lifecycle = new Lifecycle();
        let registry = new ServiceRegistry();
        const server = express().listen(process.env.PORT);
        lifecycle.setupGracefulShutdown(server);
        registry.setupGracefulShutdown(server);
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 7, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const express = require('express');
        const { ServiceRegistry } = require('@acme/service-discovery');
        class Lifecycle { setupGracefulShutdown(server) { this.server = server; } }
        const lifecycle = new Lifecycle();
        let registry = new ServiceRegistry();
        const server = express().listen(process.env.PORT);
        ${closeWith('server')}
        lifecycle.setupGracefulShutdown(server);
        registry.setupGracefulShutdown(server);
      ` }] }],
    },
    {
      name: 'an exported app (what tests import) is no hand-over of the shutdown',
      code: `
        const express = require('express');
        const app = express();
        app.listen(process.env.PORT);
        module.exports = app;
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 4 }],
    },
    {
      name: 'strict: the exported server',
      code: `
        const express = require('express');
        const app = express();
        const server = app.listen(process.env.PORT);
        module.exports = server;
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 4, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const express = require('express');
        const app = express();
        const server = app.listen(process.env.PORT);
        ${closeWith('server')}
        module.exports = server;
      ` }] }],
    },
    {
      name: 'an exported binding that is not the listening server',
      code: `
        const express = require('express');
        const app = express();
        const server = app;
        server.listen(process.env.PORT);
        module.exports = { server };
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 5 }],
    },
    {
      name: 'a restana service started by start()',
      code: `
        const restana = require('restana');
        const service = restana();
        service.get('/health', (req, res) => res.send('ok'));
        service.start(Number(process.env.PORT)).then(() => console.log('up'));
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 5, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'service' }, output: `
        const restana = require('restana');
        const service = restana();
        service.get('/health', (req, res) => res.send('ok'));
        service.start(Number(process.env.PORT)).then(() => console.log('up'));
        ${closeThen('service')}
      ` }] }],
    },
    {
      name: 'a fast-gateway gateway (a restana service) started by start(), ES module',
      code: `
        import gateway from 'fast-gateway';
        const server = gateway({ routes: [{ prefix: '/users', target: process.env.USERS_URL }] });
        await server.start(Number(process.env.PORT));
      `,
      errors: [{ messageId: missing, line: 4, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import gateway from 'fast-gateway';
        const server = gateway({ routes: [{ prefix: '/users', target: process.env.USERS_URL }] });
        await server.start(Number(process.env.PORT));
        ${closeThen('server')}
      ` }] }],
    },
    // --- port-like listen on anything ---
    {
      name: 'app imported from the project, process.env.PORT',
      code: `
        import app from './app';
        app.listen(process.env.PORT || 3000, () => console.log('up'));
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'app required from the project, config.port, bound server',
      code: `
        const app = require('./app');
        const config = require('./config');
        const server = app.listen(config.port);
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const app = require('./app');
        const config = require('./config');
        const server = app.listen(config.port);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'imported app with a non-port argument',
      code: `
        import { app } from './server/app';
        app.listen(argv.listen);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'options object with port on an unknown server',
      code: `
        import { makeServer } from '@acme/server';
        const server = makeServer();
        server.listen({ port: PORT, host: '0.0.0.0' });
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'NestJS config service port',
      code: `
        const app = await createApp();
        await app.listen(configService.get<number>('http.port'));
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'express-generator bin/www',
      code: `
        var app = require('../app');
        var http = require('http');
        var port = normalizePort(process.env.PORT || '3000');
        app.set('port', port);
        var server = http.createServer(app);
        server.listen(port);
        server.on('error', onError);
        function normalizePort(val) { var port = parseInt(val, 10); return isNaN(port) ? val : port; }
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        var app = require('../app');
        var http = require('http');
        var port = normalizePort(process.env.PORT || '3000');
        app.set('port', port);
        var server = http.createServer(app);
        server.listen(port);
        ${closeWith('server')}
        server.on('error', onError);
        function normalizePort(val) { var port = parseInt(val, 10); return isNaN(port) ? val : port; }
      ` }] }],
    },
    // --- reached at load time ---
    {
      name: 'async IIFE',
      code: `
        import express from 'express';
        const app = express();
        (async () => {
          await mongoose.connect(process.env.MONGO_URL);
          app.listen(3000);
        })();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: '.then chain',
      code: `
        const app = require('express')();
        mongoose.connect(uri).then(() => {
          app.listen(process.env.PORT);
        });
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'Next.js custom server in prepare().then',
      code: `
        const { createServer } = require('http');
        const next = require('next');
        const app = next({ dev: false });
        const handle = app.getRequestHandler();
        app.prepare().then(() => {
          createServer((req, res) => handle(req, res)).listen(port);
        });
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'callback of a connect call',
      code: `
        const app = require('express')();
        db.connect(url, (err) => {
          if (err) throw err;
          app.listen(3000);
        });
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'function passed by name as a callback',
      code: `
        const app = require('express')();
        mongoose.connection.once('open', start);
        function start() { app.listen(3000); }
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'exported function that the module also calls',
      code: `
        import express from 'express';
        export function start() {
          const server = express().listen(3000);
          return server;
        }
        start();
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import express from 'express';
        export function start() {
          const server = express().listen(3000);
          ${closeWith('server')}
          return server;
        }
        start();
      ` }] }],
    },
    {
      name: 'require.main === module',
      code: `
        const app = require('express')();
        module.exports = app;
        if (require.main === module) {
          app.listen(3000);
        }
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'a guard on a variable that is not a serverless platform\'s (Cloud Run runs the server itself)',
      code: `
        const app = require('express')();
        module.exports = app;
        if (!process.env.K_SERVICE || process.env.VERCEL) {
          app.listen(process.env.PORT);
        }
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'class instance started at top level',
      code: `
        import express from 'express';
        class App {
          private app = express();
          start(): void { this.app.listen(3000); }
        }
        new App().start();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'class instance bound to a name, method calling another method',
      code: `
        const http = require('http');
        class Server {
          run() { this.listen(); }
          listen() { http.createServer(handler).listen(8080); }
        }
        const server = new Server();
        server.run();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'static start method',
      code: `
        import Koa from 'koa';
        class Service { static boot() { new Koa().listen(3000); } }
        Service.boot();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'object method called at top level',
      code: `
        const app = require('express')();
        const server = { start() { app.listen(3000); } };
        server.start();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'setTimeout callback',
      code: `
        const app = require('express')();
        setTimeout(() => app.listen(3000), 0);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'void main() with a const arrow',
      code: `
        import http from 'node:http';
        const main = async () => {
          const server = http.createServer(handler);
          server.listen(3000);
        };
        void main();
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import http from 'node:http';
        const main = async () => {
          const server = http.createServer(handler);
          server.listen(3000);
          ${closeWith('server')}
        };
        void main();
      ` }] }],
    },
    {
      name: 'one report per file, at the first start',
      code: `
        const express = require('express');
        express().listen(3000);
        express().listen(3001);
      `,
      errors: [{ messageId: missing, line: 3, column: 9, suggestions: [] }],
    },
    {
      name: 'plain JavaScript through espree, CommonJS',
      code: `
        var express = require('express');
        var app = express();
        app.listen(process.env.PORT, function () { console.log('ok'); });
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    // --- not handling SIGTERM ---
    {
      name: 'only SIGINT',
      code: `
        const app = require('express')();
        app.listen(3000);
        process.on('SIGINT', () => process.exit(0));
      `,
      errors: [{ messageId: 'sigintOnly', data: { kind: 'server', fix: "process.on('SIGTERM', …)" }, suggestions: [] }],
    },
    {
      name: 'only SIGINT, with a named shutdown: SIGTERM is handed the same listener',
      code: `
        const app = require('express')();
        const server = app.listen(3000);
        function shutdown() {
          server.close(() => process.exit(0));
        }
        process.on('SIGINT', shutdown);
      `,
      errors: [
        {
          messageId: 'sigintOnly',
          data: { kind: 'server', fix: "process.on('SIGTERM', shutdown)" },
          suggestions: [
            {
              messageId: 'alsoHandleSigterm',
              data: { listener: 'shutdown' },
              output: `
        const app = require('express')();
        const server = app.listen(3000);
        function shutdown() {
          server.close(() => process.exit(0));
        }
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
      `,
            },
          ],
        },
      ],
    },
    {
      name: 'only SIGINT, once, with a bound listener inside the start function and double quotes',
      code: `
        import http from "node:http";
        async function main() {
          const server = http.createServer(handler).listen(8080);
          process.once("SIGINT", stop.bind(null, server));
        }
        main();
      `,
      errors: [
        {
          messageId: 'sigintOnly',
          data: { kind: 'server', fix: 'process.once("SIGTERM", stop.bind(null, server))' },
          suggestions: [
            {
              messageId: 'alsoHandleSigterm',
              data: { listener: 'stop.bind(null, server)' },
              output: `
        import http from "node:http";
        async function main() {
          const server = http.createServer(handler).listen(8080);
          process.once("SIGINT", stop.bind(null, server));
          process.once("SIGTERM", stop.bind(null, server));
        }
        main();
      `,
            },
          ],
        },
      ],
    },
    {
      name: 'a bot stopped on SIGINT only',
      code: `
        const { Telegraf } = require('telegraf');
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.launch();
        process.once('SIGINT', () => bot.stop('SIGINT'));
      `,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'sigintOnly',
          data: { kind: 'chat bot', fix: "process.on('SIGTERM', …)" },
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'bot' }, output: `
        const { Telegraf } = require('telegraf');
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.launch();
        process.on('SIGTERM', () => { bot.stop(); });
        process.once('SIGINT', () => bot.stop('SIGINT'));
      ` }],
        },
      ],
    },
    {
      name: 'SIGINT through a constant is SIGINT; a SIGINT listener inside a chain gets no twin',
      code: `
        const app = require('express')();
        app.listen(3000);
        const INTERRUPT = 'SIGINT';
        process.removeAllListeners(INTERRUPT).on(INTERRUPT, shutdown);
      `,
      errors: [{ messageId: 'sigintOnly', data: { kind: 'server', fix: "process.on('SIGTERM', …)" }, suggestions: [] }],
    },
    {
      name: "SIGINT on a local object named process is not the process's",
      code: `
        const app = require('express')();
        app.listen(3000);
        function wire(process) {
          process.on('SIGINT', shutdown);
        }
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'SIGHUP, beforeExit and exit do not count',
      code: `
        const app = require('express')();
        app.listen(3000);
        process.on('SIGHUP', reload);
        process.on('beforeExit', flush);
        process.on('exit', flush);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'a list without SIGTERM',
      code: `
        const app = require('express')();
        app.listen(3000);
        ['SIGINT', 'SIGHUP'].forEach((sig) => process.on(sig, stop));
        for (const sig of ['SIGUSR2']) process.on(sig, stop);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'lower-case sigterm is another event name',
      code: `
        const app = require('express')();
        app.listen(3000);
        process.on('sigterm', stop);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'removing listeners is not handling',
      code: `
        const app = require('express')();
        app.listen(3000);
        process.removeAllListeners('SIGTERM');
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'shadowed process parameter',
      code: `
        const app = require('express')();
        app.listen(3000);
        function wire(process) { process.on('SIGTERM', stop); }
        wire(bus);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'shadowed process variable',
      code: `
        import { EventEmitter } from 'node:events';
        import express from 'express';
        const process = new EventEmitter();
        express().listen(3000);
        process.on('SIGTERM', stop);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'terminus listening to another signal only',
      code: `
        import { createTerminus } from '@godaddy/terminus';
        import http from 'node:http';
        const server = http.createServer(app);
        createTerminus(server, { signal: 'SIGUSR2' });
        server.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import { createTerminus } from '@godaddy/terminus';
        import http from 'node:http';
        const server = http.createServer(app);
        createTerminus(server, { signal: 'SIGUSR2' });
        server.listen(3000);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'http-graceful-shutdown on SIGINT only',
      code: `
        const gracefulShutdown = require('http-graceful-shutdown');
        const server = require('express')().listen(3000);
        gracefulShutdown(server, { signals: 'SIGINT SIGUSR2' });
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const gracefulShutdown = require('http-graceful-shutdown');
        const server = require('express')().listen(3000);
        ${closeWith('server')}
        gracefulShutdown(server, { signals: 'SIGINT SIGUSR2' });
      ` }] }],
    },
    {
      name: 'lightship without SIGTERM',
      code: `
        import { createLightship } from 'lightship';
        import express from 'express';
        const lightship = await createLightship({ signals: ['SIGINT'] });
        express().listen(8080);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'prexit given signals without SIGTERM',
      code: `
        const prexit = require('prexit');
        require('express')().listen(3000);
        prexit(['SIGINT', 'SIGHUP'], () => process.exit(0));
        prexit('SIGUSR2', () => process.exit(0));
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 3, suggestions: [] }],
    },
    {
      name: 'node-graceful imported, but no exit listener registered',
      code: `
        import Graceful from 'node-graceful';
        import express from 'express';
        Graceful.captureExceptions = true;
        express().listen(8080);
      `,
      errors: [{ messageId: missing, line: 5, suggestions: [] }],
    },
    {
      name: 'hapi-pulse registered for SIGINT only',
      code: `
        const Hapi = require('@hapi/hapi');
        const pulse = require('hapi-pulse');
        const server = Hapi.server({ port: process.env.PORT });
        await server.register({ plugin: pulse, options: { timeout: 15000, signals: ['SIGINT'] } });
        await server.start();
      `,
      errors: [{ messageId: missing, line: 6, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const Hapi = require('@hapi/hapi');
        const pulse = require('hapi-pulse');
        const server = Hapi.server({ port: process.env.PORT });
        await server.register({ plugin: pulse, options: { timeout: 15000, signals: ['SIGINT'] } });
        await server.start();
        ${closeThen('server', 'stop')}
      ` }] }],
    },
    {
      name: 'a hapi server with other plugins than hapi-pulse',
      code: `
        const Hapi = require('@hapi/hapi');
        const server = Hapi.server({ port: process.env.PORT });
        await server.register([{ plugin: require('@hapi/inert') }, { plugin: require('hapi-pino') }]);
        await server.start();
      `,
      errors: [{ messageId: missing, line: 5, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const Hapi = require('@hapi/hapi');
        const server = Hapi.server({ port: process.env.PORT });
        await server.register([{ plugin: require('@hapi/inert') }, { plugin: require('hapi-pino') }]);
        await server.start();
        ${closeThen('server', 'stop')}
      ` }] }],
    },
    {
      name: 'stoppable only helps to close',
      code: `
        const stoppable = require('stoppable');
        const http = require('http');
        const server = stoppable(http.createServer(app));
        server.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'a server started everywhere but in development',
      code: `
        import express from 'express';
        const app = express();
        if (process.env.NODE_ENV !== 'development') app.listen(process.env.PORT);
      `,
      errors: [{ messageId: missing, line: 4, suggestions: [] }],
    },
    {
      name: 'graceful closes its servers on uncaught exceptions only (cnpmjs.org)',
      code: `
        var graceful = require('graceful');
        var registry = require('./servers/registry');
        registry.listen(config.registryPort, config.bindingHost);
        graceful({ server: [registry], error: function (err) { logger.error(err); } });
      `,
      errors: [{ messageId: missing, line: 4 }],
    },
    {
      name: 'graceful 2 by its named export',
      code: `
        import { graceful } from 'graceful';
        import http from 'node:http';
        http.createServer(app).listen(3000);
        graceful({ server: [server] });
      `,
      errors: [{ messageId: missing, line: 4 }],
    },
    {
      name: 'a Colyseus server with gracefullyShutdown: false leaves SIGTERM to the app',
      code: `
        const colyseus = require('colyseus');
        const http = require('http');
        const httpServer = http.createServer(app);
        const gameServer = new colyseus.Server({ server: httpServer, gracefullyShutdown: false });
        httpServer.listen(process.env.PORT);
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 6, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'httpServer' }, output: `
        const colyseus = require('colyseus');
        const http = require('http');
        const httpServer = http.createServer(app);
        const gameServer = new colyseus.Server({ server: httpServer, gracefullyShutdown: false });
        httpServer.listen(process.env.PORT);
        ${closeWith('httpServer')}
      ` }] }],
    },
    {
      name: 'a Colyseus Server of another package does not count',
      code: `
        import { Server } from 'socket.io';
        import { createServer } from 'node:http';
        const httpServer = createServer();
        const io = new Server(httpServer);
        httpServer.listen(process.env.PORT);
      `,
      errors: [{ messageId: missing, line: 6, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'httpServer' }, output: `
        import { Server } from 'socket.io';
        import { createServer } from 'node:http';
        const httpServer = createServer();
        const io = new Server(httpServer);
        httpServer.listen(process.env.PORT);
        ${closeWith('httpServer')}
      ` }] }],
    },
    {
      name: 'a Telegraf bot launched without SIGTERM handling',
      code: `
        const { Telegraf } = require('telegraf');
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.start((ctx) => ctx.reply('Welcome'));
        bot.launch();
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'bot' }, output: `
        const { Telegraf } = require('telegraf');
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.start((ctx) => ctx.reply('Welcome'));
        bot.launch();
        process.on('SIGTERM', () => { bot.stop(); });
      ` }] }],
    },
    {
      name: "a bot made in the project's own module, launched here",
      code: `
        const bot = require('./bot');
        require('./commands')(bot);
        bot.launch();
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 4, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'bot' }, output: `
        const bot = require('./bot');
        require('./commands')(bot);
        bot.launch();
        process.on('SIGTERM', () => { bot.stop(); });
      ` }] }],
    },
    {
      name: 'a Slack Bolt app started without SIGTERM handling',
      code: `
        import { App } from '@slack/bolt';
        const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
        await app.start(process.env.PORT || 3000);
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 4, data: { stop: 'app.stop()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'app' }, output: `
        import { App } from '@slack/bolt';
        const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
        await app.start(process.env.PORT || 3000);
        ${closeThen('app', 'stop')}
      ` }] }],
    },
    {
      name: 'a whatsapp-web.js bot initialized without SIGTERM handling',
      code: `
        const { Client, LocalAuth } = require('whatsapp-web.js');
        const client = new Client({ authStrategy: new LocalAuth() });
        client.on('message', (message) => message.reply('pong'));
        client.initialize();
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'client.destroy()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'client' }, output: `
        const { Client, LocalAuth } = require('whatsapp-web.js');
        const client = new Client({ authStrategy: new LocalAuth() });
        client.on('message', (message) => message.reply('pong'));
        client.initialize();
        ${closeThen('client', 'destroy')}
      ` }] }],
    },
    {
      name: "a Telegraf bot of require('telegraf').default launched without SIGTERM handling",
      code: `
        const Telegraf = require('telegraf').default;
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.launch();
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 4, data: { stop: 'bot.stop()' }, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'bot' }, output: `
        const Telegraf = require('telegraf').default;
        const bot = new Telegraf(process.env.BOT_TOKEN);
        bot.launch();
        process.on('SIGTERM', () => { bot.stop(); });
      ` }] }],
    },
    {
      name: 'an Eris bot connected without SIGTERM handling',
      code: `
        const Eris = require('eris');
        const bot = new Eris(process.env.DISCORD_TOKEN);
        bot.on('messageCreate', (msg) => bot.createMessage(msg.channel.id, 'pong'));
        bot.connect();
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'bot.disconnect()' }, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'bot' }, output: `
        const Eris = require('eris');
        const bot = new Eris(process.env.DISCORD_TOKEN);
        bot.on('messageCreate', (msg) => bot.createMessage(msg.channel.id, 'pong'));
        bot.connect();
        process.on('SIGTERM', () => { bot.disconnect(); });
      ` }] }],
    },
    {
      name: 'a tmi.js Twitch bot connected without SIGTERM handling',
      code: `
        import tmi from 'tmi.js';
        const client = new tmi.Client({ identity: { username: 'bot', password: process.env.TWITCH_OAUTH_TOKEN }, channels: ['chan'] });
        client.on('message', (channel, tags, message) => client.say(channel, 'hi'));
        await client.connect();
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'client.disconnect()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'client' }, output: `
        import tmi from 'tmi.js';
        const client = new tmi.Client({ identity: { username: 'bot', password: process.env.TWITCH_OAUTH_TOKEN }, channels: ['chan'] });
        client.on('message', (channel, tags, message) => client.say(channel, 'hi'));
        await client.connect();
        ${closeThen('client', 'disconnect')}
      ` }] }],
    },
    {
      name: 'a discord.js bot logged in without SIGTERM handling',
      code: `
        import { Client, Events, GatewayIntentBits } from 'discord.js';
        const client = new Client({ intents: [GatewayIntentBits.Guilds] });
        client.on(Events.InteractionCreate, (interaction) => interaction.reply('pong'));
        await client.login(process.env.DISCORD_TOKEN);
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'client.destroy()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'client' }, output: `
        import { Client, Events, GatewayIntentBits } from 'discord.js';
        const client = new Client({ intents: [GatewayIntentBits.Guilds] });
        client.on(Events.InteractionCreate, (interaction) => interaction.reply('pong'));
        await client.login(process.env.DISCORD_TOKEN);
        ${closeThen('client', 'destroy')}
      ` }] }],
    },
    {
      name: 'a discord.js bot stopped only by a chat command, or by the ready handler of another client, is long-running',
      code: `
        const { Client } = require('discord.js');
        const client = new Client({ intents: [] });
        const helper = new Client({ intents: [] });
        client.on('messageCreate', (message) => {
          if (message.content === '!stop') client.destroy();
        });
        helper.once('ready', () => client.destroy());
        client.login(process.env.DISCORD_TOKEN);
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 9, data: { stop: 'client.destroy()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'client' }, output: `
        const { Client } = require('discord.js');
        const client = new Client({ intents: [] });
        const helper = new Client({ intents: [] });
        client.on('messageCreate', (message) => {
          if (message.content === '!stop') client.destroy();
        });
        helper.once('ready', () => client.destroy());
        client.login(process.env.DISCORD_TOKEN);
        ${closeThen('client', 'destroy')}
      ` }] }],
    },
    {
      name: 'a discordx bot (a discord.js client) logged in without SIGTERM handling',
      code: `
        import { Client } from 'discordx';
        const bot = new Client({ intents: [], silent: false });
        bot.once('ready', () => bot.initApplicationCommands());
        bot.login(process.env.BOT_TOKEN);
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'bot.destroy()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'bot' }, output: `
        import { Client } from 'discordx';
        const bot = new Client({ intents: [], silent: false });
        bot.once('ready', () => bot.initApplicationCommands());
        bot.login(process.env.BOT_TOKEN);
        ${closeThen('bot', 'destroy')}
      ` }] }],
    },
    {
      name: 'a grammY bot started without SIGTERM handling',
      code: `
        import { Bot } from 'grammy';
        const bot = new Bot(process.env.BOT_TOKEN);
        bot.command('start', (ctx) => ctx.reply('Welcome'));
        bot.start();
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'bot.stop()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'bot' }, output: `
        import { Bot } from 'grammy';
        const bot = new Bot(process.env.BOT_TOKEN);
        bot.command('start', (ctx) => ctx.reply('Welcome'));
        bot.start();
        process.on('SIGTERM', () => { bot.stop().then(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: 'node-telegram-bot-api polling as it is created, and a bot started with startPolling()',
      code: `
        const TelegramBot = require('node-telegram-bot-api');
        const bot = new TelegramBot(process.env.BOT_TOKEN, { polling: true });
        bot.on('message', (msg) => bot.sendMessage(msg.chat.id, 'hi'));
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 3, data: { stop: 'bot.stopPolling()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'bot' }, output: `
        const TelegramBot = require('node-telegram-bot-api');
        const bot = new TelegramBot(process.env.BOT_TOKEN, { polling: true });
        process.on('SIGTERM', () => { bot.stopPolling().then(() => process.exit(0)); });
        bot.on('message', (msg) => bot.sendMessage(msg.chat.id, 'hi'));
      ` }] }],
    },
    {
      name: 'node-telegram-bot-api started with startPolling()',
      code: `
        import TelegramBot from 'node-telegram-bot-api';
        const bot = new TelegramBot(process.env.BOT_TOKEN);
        bot.onText(/\\/start/, (msg) => bot.sendMessage(msg.chat.id, 'hi'));
        bot.startPolling();
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'bot.stopPolling()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'bot' }, output: `
        import TelegramBot from 'node-telegram-bot-api';
        const bot = new TelegramBot(process.env.BOT_TOKEN);
        bot.onText(/\\/start/, (msg) => bot.sendMessage(msg.chat.id, 'hi'));
        bot.startPolling();
        process.on('SIGTERM', () => { bot.stopPolling().then(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: 'node-telegram-bot-api on a webhook, made with webHook or opened with openWebHook(): closeWebHook() stops it',
      code: `
        const TelegramBot = require('node-telegram-bot-api');
        const bot = new TelegramBot(process.env.BOT_TOKEN, { webHook: { port: Number(process.env.PORT) } });
        bot.setWebHook(process.env.URL);
      `,
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 3, data: { stop: 'bot.closeWebHook()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'bot' }, output: `
        const TelegramBot = require('node-telegram-bot-api');
        const bot = new TelegramBot(process.env.BOT_TOKEN, { webHook: { port: Number(process.env.PORT) } });
        process.on('SIGTERM', () => { bot.closeWebHook().then(() => process.exit(0)); });
        bot.setWebHook(process.env.URL);
      ` }] }],
    },
    {
      code: `
        import TelegramBot from 'node-telegram-bot-api';
        const bot = new TelegramBot(process.env.BOT_TOKEN);
        bot.openWebHook();
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 4, data: { stop: 'bot.closeWebHook()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'bot' }, output: `
        import TelegramBot from 'node-telegram-bot-api';
        const bot = new TelegramBot(process.env.BOT_TOKEN);
        bot.openWebHook();
        process.on('SIGTERM', () => { bot.closeWebHook().then(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: "grammY's runner: run(bot) polls as it is called; the runner is what stops",
      code: `
        import { Bot } from 'grammy';
        import { run } from '@grammyjs/runner';
        const bot = new Bot(process.env.BOT_TOKEN);
        const runner = run(bot);
      `,
      errors: [{ messageId: 'missingSigtermHandlerBot', line: 5, data: { stop: 'runner.stop()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'runner' }, output: `
        import { Bot } from 'grammy';
        import { run } from '@grammyjs/runner';
        const bot = new Bot(process.env.BOT_TOKEN);
        const runner = run(bot);
        process.on('SIGTERM', () => { runner.stop().then(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: "the old grpc package's server, bound with bind() and started with start()",
      code: `
        const grpc = require('grpc');
        const server = new grpc.Server();
        server.addService(proto.TodoService.service, implementation);
        server.bind(\`0.0.0.0:\${process.env.GRPC_PORT}\`, grpc.ServerCredentials.createInsecure());
        server.start();
      `,
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 6, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const grpc = require('grpc');
        const server = new grpc.Server();
        server.addService(proto.TodoService.service, implementation);
        server.bind(\`0.0.0.0:\${process.env.GRPC_PORT}\`, grpc.ServerCredentials.createInsecure());
        server.start();
        process.on('SIGTERM', () => { server.tryShutdown(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: 'a gRPC server bound without SIGTERM handling',
      code: `
        import * as grpc from '@grpc/grpc-js';
        const server = new grpc.Server();
        server.addService(service, implementation);
        server.bindAsync(\`0.0.0.0:\${process.env.GRPC_PORT}\`, grpc.ServerCredentials.createInsecure(), () => {});
      `,
      errors: [{ messageId: missing, line: 5, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import * as grpc from '@grpc/grpc-js';
        const server = new grpc.Server();
        server.addService(service, implementation);
        server.bindAsync(\`0.0.0.0:\${process.env.GRPC_PORT}\`, grpc.ServerCredentials.createInsecure(), () => {});
        process.on('SIGTERM', () => { server.tryShutdown(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: 'apollo-server with stopOnTerminationSignals: false',
      code: `
        const { ApolloServer } = require('apollo-server');
        const server = new ApolloServer({ typeDefs, resolvers, stopOnTerminationSignals: false });
        server.listen(process.env.PORT);
      `,
      errors: [{ messageId: missing, line: 4 }],
    },
    {
      name: '@apollo/server without the drain plugin stops itself on SIGTERM but not the Express server',
      code: `
        import { ApolloServer } from '@apollo/server';
        import { expressMiddleware } from '@apollo/server/express4';
        import express from 'express';
        const app = express();
        const server = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginLandingPageLocalDefault()] });
        await server.start();
        app.use('/graphql', express.json(), expressMiddleware(server));
        app.listen(process.env.PORT);
      `,
      errors: [{ messageId: missing, line: 9 }],
    },
    {
      name: '@hono/node-server serve() listens as it is called',
      code: `
        import { serve } from '@hono/node-server';
        import { Hono } from 'hono';
        const app = new Hono();
        const server = serve({ fetch: app.fetch, port: Number(process.env.PORT) });
      `,
      errors: [{ messageId: missing, line: 5, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import { serve } from '@hono/node-server';
        import { Hono } from 'hono';
        const app = new Hono();
        const server = serve({ fetch: app.fetch, port: Number(process.env.PORT) });
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: "Bun's server serves as Bun.serve() is called",
      code: `
        const server = Bun.serve({ port: Number(process.env.PORT ?? 3000), fetch: app.fetch });
      `,
      errors: [{ messageId: missing, line: 2, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'server' }, output: `
        const server = Bun.serve({ port: Number(process.env.PORT ?? 3000), fetch: app.fetch });
        process.on('SIGTERM', () => { server.stop(); });
      ` }] }],
    },
    {
      name: 'serve() of the bun module',
      code: `
        import { serve } from 'bun';
        serve({ fetch: app.fetch });
      `,
      errors: [{ messageId: missing, line: 3, suggestions: [] }],
    },
    {
      name: "Bun's serve, destructured, with a SIGINT handler only",
      code: `
        const { serve } = Bun;
        const server = serve({ fetch: app.fetch });
        process.on('SIGINT', () => { server.stop(); process.exit(0); });
      `,
      errors: [{ messageId: 'sigintOnly', line: 3, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'server' }, output: `
        const { serve } = Bun;
        const server = serve({ fetch: app.fetch });
        process.on('SIGTERM', () => { server.stop(); });
        process.on('SIGINT', () => { server.stop(); process.exit(0); });
      ` }] }],
    },
    {
      name: "Deno's server serves as Deno.serve() is called (in a folder merely named functions, not Supabase's); the message and the suggestion use Deno's own signal listener",
      filename: '/repo/functions/refresh-rates/index.ts',
      code: `
        const server = Deno.serve(handler);
      `,
      errors: [{ messageId: 'missingSigtermHandlerDeno', line: 2, suggestions: [{ messageId: 'addDenoSignalListener', data: { name: 'server' }, output: `
        const server = Deno.serve(handler);
        Deno.addSignalListener('SIGTERM', () => { server.shutdown().then(() => Deno.exit(0)); });
      ` }] }],
    },
    {
      name: "a Deno server in a module that uses Node's process is answered with process.on",
      code: `
        const server = Deno.serve({ port: Number(process.env.PORT) }, handler);
      `,
      errors: [{ messageId: missing, line: 2, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        const server = Deno.serve({ port: Number(process.env.PORT) }, handler);
        process.on('SIGTERM', () => { server.shutdown().then(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: "express imported with Deno's npm: specifier is found; the module is a Deno one",
      code: `
        import express from 'npm:express@4.21.2';
        const app = express();
        app.get('/', (req, res) => res.send('ok'));
        const server = app.listen(Number(Deno.env.get('PORT')));
      `,
      errors: [{ messageId: 'missingSigtermHandlerDeno', line: 5, suggestions: [{ messageId: 'addDenoSignalListener', data: { name: 'server' }, output: `
        import express from 'npm:express@4.21.2';
        const app = express();
        app.get('/', (req, res) => res.send('ok'));
        const server = app.listen(Number(Deno.env.get('PORT')));
        Deno.addSignalListener('SIGTERM', () => { server.close(() => Deno.exit(0)); });
      ` }] }],
    },
    {
      name: 'a grammY bot imported from deno.land/x, started without SIGTERM handling',
      code: `
        import { Bot } from 'https://deno.land/x/grammy@v1.30.0/mod.ts';
        const bot = new Bot(Deno.env.get('BOT_TOKEN'));
        bot.command('start', (ctx) => ctx.reply('Welcome'));
        bot.start();
      `,
      errors: [{ messageId: 'missingSigtermHandlerBotDeno', line: 5, data: { stop: 'bot.stop()' }, suggestions: [{ messageId: 'addDenoSignalListener', data: { name: 'bot' }, output: `
        import { Bot } from 'https://deno.land/x/grammy@v1.30.0/mod.ts';
        const bot = new Bot(Deno.env.get('BOT_TOKEN'));
        bot.command('start', (ctx) => ctx.reply('Welcome'));
        bot.start();
        Deno.addSignalListener('SIGTERM', () => { bot.stop().then(() => Deno.exit(0)); });
      ` }] }],
    },
    {
      name: 'a Telegraf bot in a module written for Deno: its stop() ends at once, so the listener only stops it',
      code: `
        import { Telegraf } from 'npm:telegraf@4';
        const bot = new Telegraf(Deno.env.get('BOT_TOKEN'));
        bot.launch();
      `,
      errors: [{ messageId: 'missingSigtermHandlerBotDeno', line: 4, data: { stop: 'bot.stop()' }, suggestions: [{ messageId: 'addDenoSignalStop', data: { name: 'bot' }, output: `
        import { Telegraf } from 'npm:telegraf@4';
        const bot = new Telegraf(Deno.env.get('BOT_TOKEN'));
        bot.launch();
        Deno.addSignalListener('SIGTERM', () => { bot.stop(); });
      ` }] }],
    },
    {
      name: "Deno's signal listener for SIGINT only",
      code: `
        const controller = new AbortController();
        Deno.serve({ signal: controller.signal }, handler);
        Deno.addSignalListener('SIGINT', () => controller.abort());
      `,
      errors: [{ messageId: 'sigintOnly', line: 3, data: { kind: 'server', fix: "Deno.addSignalListener('SIGTERM', …)" }, suggestions: [] }],
    },
    {
      name: "Deno's signal listener for SIGINT only, with a server the suggestion can name",
      code: `
        const server = Deno.serve(handler);
        Deno.addSignalListener('SIGINT', () => server.shutdown());
      `,
      errors: [{ messageId: 'sigintOnly', line: 2, data: { kind: 'server', fix: "Deno.addSignalListener('SIGTERM', …)" }, suggestions: [{ messageId: 'addDenoSignalListener', data: { name: 'server' }, output: `
        const server = Deno.serve(handler);
        Deno.addSignalListener('SIGTERM', () => { server.shutdown().then(() => Deno.exit(0)); });
        Deno.addSignalListener('SIGINT', () => server.shutdown());
      ` }] }],
    },
    {
      name: 'http-terminator only helps to close',
      code: `
        import { createHttpTerminator } from 'http-terminator';
        import http from 'node:http';
        const server = http.createServer(app);
        const terminator = createHttpTerminator({ server });
        server.listen(3000);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import { createHttpTerminator } from 'http-terminator';
        import http from 'node:http';
        const server = http.createServer(app);
        const terminator = createHttpTerminator({ server });
        server.listen(3000);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'a project module is not a handler until it is listed in handlerModules',
      code: `
        const app = require('./app');
        require('./lib/lifecycle')(app.listen(process.env.PORT));
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'handlerModules does not match another module',
      code: `
        import express from 'express';
        import './lib/lifecycle-logger';
        express().listen(3000);
      `,
      options: [{ handlerModules: ['lib/lifecycle'] }],
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'a local function named like a shutdown is read, not trusted',
      code: `
        import express from 'express';
        const server = express().listen(3000);
        function gracefulShutdown() { server.close(); }
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import express from 'express';
        const server = express().listen(3000);
        ${closeWith('server')}
        function gracefulShutdown() { server.close(); }
      ` }] }],
    },
    {
      name: 'a `let` that is also assigned something other than a require is not an import',
      code: `
        let AppWorker;
        if (options.threads) {
          AppWorker = require('./mode/threads/app').AppWorker;
        } else {
          AppWorker = createWorker();
        }
        require('http').createServer(handler).listen(options.port);
        AppWorker.gracefulExit();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'a `let` never assigned is not an import',
      code: `
        let lifecycle;
        require('http').createServer(handler).listen(options.port);
        lifecycle.gracefulShutdown();
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'exported server (strict, which reports it): the handler goes after the export',
      code: `
        import express from 'express';
        export const server = express().listen(3000);
      `,
      options: [{ strict: true }],
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import express from 'express';
        export const server = express().listen(3000);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'the suggestion is skipped where process is shadowed',
      code: `
        import http from 'node:http';
        function run(process) {
          const server = http.createServer(process.handler);
          server.listen(3000);
        }
        run({ handler });
      `,
      errors: [{ messageId: missing, suggestions: [] }],
    },
    // --- options ---
    {
      name: "entryPoints: 'any-listen' reports an exported factory",
      code: `
        import express from 'express';
        export function startServer(port: number) {
          return express().listen(port);
        }
      `,
      options: [{ entryPoints: 'any-listen' }],
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'serverStarters: node-cron schedule',
      code: `
        import cron from 'node-cron';
        cron.schedule('*/5 * * * *', () => syncInventory());
      `,
      options: [{ serverStarters: [{ module: 'node-cron', member: 'schedule' }] }],
      errors: [{ messageId: missing, line: 3, column: 9, suggestions: [] }],
    },
    {
      name: 'serverStarters: BullMQ Worker',
      code: `
        const { Worker } = require('bullmq');
        const worker = new Worker('emails', async (job) => send(job.data), { connection });
      `,
      options: [{ serverStarters: [{ module: 'bullmq', member: 'Worker' }] }],
      errors: [{ messageId: missing, suggestions: [] }],
    },
    {
      name: 'workers (strict): a BullMQ worker started at load time without a SIGTERM handler',
      code: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', async (job) => send(job.data), { connection });
      `,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'missingSigtermHandlerWorker',
          line: 3,
          column: 24,
          data: { worker: 'a BullMQ `Worker`', close: 'worker.close()' },
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'worker' }, output: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', async (job) => send(job.data), { connection });
        ${closeThen('worker')}
      ` }],
        },
      ],
    },
    {
      name: 'workers: the option alone, CommonJS, a worker bound to no name',
      code: `
        const bullmq = require('bullmq');
        new bullmq.Worker('emails', processor);
      `,
      options: [{ workers: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerWorker', line: 3, data: { worker: 'a BullMQ `Worker`', close: 'worker.close()' }, suggestions: [] }],
    },
    {
      name: 'workers: a BullMQ worker made not to run by itself, then run',
      code: `
        const { Worker } = require('bullmq');
        const worker = new Worker('queue', processor, { connection, autorun: false, concurrency: 4 });
        worker.waitUntilReady().then(() => worker.run());
      `,
      options: [{ workers: true }],
      languageOptions: cjs,
      errors: [
        {
          messageId: 'missingSigtermHandlerWorker',
          line: 3,
          data: { worker: 'a BullMQ `Worker`', close: 'worker.close()' },
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'worker' }, output: `
        const { Worker } = require('bullmq');
        const worker = new Worker('queue', processor, { connection, autorun: false, concurrency: 4 });
        ${closeThen('worker')}
        worker.waitUntilReady().then(() => worker.run());
      ` }],
        },
      ],
    },
    {
      name: 'workers: BullMQ Pro',
      code: `
        import { WorkerPro } from '@taskforcesh/bullmq-pro';
        export const worker = new WorkerPro('emails', processor, { connection, autorun: true });
      `,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'missingSigtermHandlerWorker',
          data: { worker: 'a BullMQ Pro `WorkerPro`', close: 'worker.close()' },
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'worker' }, output: `
        import { WorkerPro } from '@taskforcesh/bullmq-pro';
        export const worker = new WorkerPro('emails', processor, { connection, autorun: true });
        ${closeThen('worker')}
      ` }],
        },
      ],
    },
    {
      name: 'workers (strict): a node-cron schedule started at load time without a SIGTERM handler',
      code: `
        import cron from 'node-cron';
        const task = cron.schedule('*/5 * * * *', () => syncInventory());
      `,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'missingSigtermHandlerScheduler',
          line: 3,
          column: 22,
          data: { scheduler: 'a node-cron schedule', close: 'task.stop()' },
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'task' }, output: `
        import cron from 'node-cron';
        const task = cron.schedule('*/5 * * * *', () => syncInventory());
        process.on('SIGTERM', () => { task.stop(); });
      ` }],
        },
      ],
    },
    {
      name: 'workers (strict): a server is reported before a schedule the module starts first, as without strict',
      code: `
        const cron = require('node-cron');
        const express = require('express');
        cron.schedule('0 * * * *', () => fetchPrices());
        const app = express();
        app.listen(process.env.PORT);
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: missing, line: 6, suggestions: [] }],
    },
    {
      name: 'workers: node-cron as a named import, scheduled: true, bound to no name',
      code: `
        import { schedule } from 'node-cron';
        schedule('0 * * * *', report, { scheduled: true, timezone: 'UTC' });
      `,
      options: [{ workers: true }],
      errors: [{ messageId: 'missingSigtermHandlerScheduler', line: 3, data: { scheduler: 'a node-cron schedule', close: 'task.stop()' }, suggestions: [] }],
    },
    {
      name: 'workers: a named node-schedule job (CommonJS), stopped with cancel()',
      code: `
        const schedule = require('node-schedule');
        const digest = schedule.scheduleJob('digest', '0 8 * * *', () => sendDigest());
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [
        {
          messageId: 'missingSigtermHandlerScheduler',
          data: { scheduler: 'a node-schedule job', close: 'digest.cancel()' },
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'digest' }, output: `
        const schedule = require('node-schedule');
        const digest = schedule.scheduleJob('digest', '0 8 * * *', () => sendDigest());
        process.on('SIGTERM', () => { digest.cancel(); });
      ` }],
        },
      ],
    },
    {
      name: 'workers: an Agenda started without SIGTERM handling',
      code: `
        import Agenda from 'agenda';
        const agenda = new Agenda({ db: { address: process.env.MONGO_URL } });
        agenda.define('send email', async (job) => send(job.attrs.data));
        await agenda.start();
      `,
      options: [{ strict: true }],
      errors: [{ messageId: 'missingSigtermHandlerWorker', line: 3, data: { worker: 'an Agenda scheduler', close: 'agenda.stop()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'agenda' }, output: `
        import Agenda from 'agenda';
        const agenda = new Agenda({ db: { address: process.env.MONGO_URL } });
        ${closeThen('agenda', 'stop')}
        agenda.define('send email', async (job) => send(job.attrs.data));
        await agenda.start();
      ` }] }],
    },
    {
      name: 'workers: a Bull queue that processes jobs, without SIGTERM handling',
      code: `
        const Queue = require('bull');
        const emailQueue = Queue('email', process.env.REDIS_URL);
        emailQueue.process(async (job) => sendEmail(job.data));
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerWorker', line: 3, data: { worker: 'a Bull queue worker', close: 'emailQueue.close()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'emailQueue' }, output: `
        const Queue = require('bull');
        const emailQueue = Queue('email', process.env.REDIS_URL);
        ${closeThen('emailQueue')}
        emailQueue.process(async (job) => sendEmail(job.data));
      ` }] }],
    },
    {
      name: 'workers: a kafkajs consumer run as the module loads, from a function it calls, without SIGTERM handling',
      code: `
        const { Kafka } = require('kafkajs');
        const kafka = new Kafka({ clientId: 'iot', brokers: [process.env.KAFKA_BROKER] });
        const consumer = kafka.consumer({ groupId: 'readings' });
        async function run() {
          await consumer.connect();
          await consumer.subscribe({ topic: 'temperature' });
          await consumer.run({ eachMessage: async ({ message }) => save(message) });
        }
        run().catch(console.error);
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerConsumer', line: 8, data: { worker: 'a kafkajs consumer', close: 'consumer.disconnect()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'consumer' }, output: `
        const { Kafka } = require('kafkajs');
        const kafka = new Kafka({ clientId: 'iot', brokers: [process.env.KAFKA_BROKER] });
        const consumer = kafka.consumer({ groupId: 'readings' });
        async function run() {
          await consumer.connect();
          await consumer.subscribe({ topic: 'temperature' });
          await consumer.run({ eachMessage: async ({ message }) => save(message) });
          ${closeThen('consumer', 'disconnect')}
        }
        run().catch(console.error);
      ` }] }],
    },
    {
      name: 'workers: an sqs-consumer Consumer started as the module loads, without SIGTERM handling',
      code: `
        const { Consumer } = require('sqs-consumer');
        const app = Consumer.create({
          queueUrl: process.env.QUEUE_URL,
          handleMessage: async (message) => deliver(JSON.parse(message.Body)),
        });
        app.on('error', console.error);
        app.start();
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerConsumer', line: 3, data: { worker: 'an sqs-consumer \`Consumer\`', close: 'app.stop()' }, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'app' }, output: `
        const { Consumer } = require('sqs-consumer');
        const app = Consumer.create({
          queueUrl: process.env.QUEUE_URL,
          handleMessage: async (message) => deliver(JSON.parse(message.Body)),
        });
        process.on('SIGTERM', () => { app.stop(); });
        app.on('error', console.error);
        app.start();
      ` }] }],
    },
    {
      name: 'workers: a kafka-node consumer fetches as it is made',
      code: `
        const kafka = require('kafka-node');
        const client = new kafka.KafkaClient({ kafkaHost: process.env.KAFKA_HOST });
        const consumer = new kafka.Consumer(client, [{ topic: 'events' }], { autoCommit: true });
        consumer.on('message', (m) => handle(m));
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerConsumer', line: 4, data: { worker: 'a kafka-node consumer', close: 'consumer.close()' }, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'consumer' }, output: `
        const kafka = require('kafka-node');
        const client = new kafka.KafkaClient({ kafkaHost: process.env.KAFKA_HOST });
        const consumer = new kafka.Consumer(client, [{ topic: 'events' }], { autoCommit: true });
        process.on('SIGTERM', () => { consumer.close(); });
        consumer.on('message', (m) => handle(m));
      ` }] }],
    },
    {
      name: 'workers: a Pub/Sub subscription pulls once a listener is attached',
      code: `
        const { PubSub } = require('@google-cloud/pubsub');
        const pubsub = new PubSub();
        const subscription = pubsub.subscription(process.env.SUBSCRIPTION);
        subscription.on('message', (message) => { handle(message); message.ack(); });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerConsumer', line: 5, data: { worker: 'a Pub/Sub subscription', close: 'subscription.close()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'subscription' }, output: `
        const { PubSub } = require('@google-cloud/pubsub');
        const pubsub = new PubSub();
        const subscription = pubsub.subscription(process.env.SUBSCRIPTION);
        subscription.on('message', (message) => { handle(message); message.ack(); });
        process.on('SIGTERM', () => { subscription.close().then(() => process.exit(0)); });
      ` }] }],
    },
    {
      name: 'workers: an amqplib consumer (promise API) without SIGTERM handling closes its connection',
      code: `
        import { connect } from 'amqplib';
        const connection = await connect(process.env.AMQP_URL);
        const channel = await connection.createChannel();
        await channel.assertQueue('tasks');
        channel.consume('tasks', (msg) => work(msg).then(() => channel.ack(msg)));
      `,
      options: [{ workers: true }],
      errors: [{ messageId: 'missingSigtermHandlerConsumer', line: 6, data: { worker: 'an amqplib consumer', close: 'connection.close()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'connection' }, output: `
        import { connect } from 'amqplib';
        const connection = await connect(process.env.AMQP_URL);
        const channel = await connection.createChannel();
        await channel.assertQueue('tasks');
        channel.consume('tasks', (msg) => work(msg).then(() => channel.ack(msg)));
        ${closeThen('connection')}
      ` }] }],
    },
    {
      name: "workers: an amqplib consumer (callback API) without SIGTERM handling: its results come in callbacks",
      code: `
        var amqp = require('amqplib/callback_api');
        amqp.connect(process.env.AMQP_URL, function (err, conn) {
          conn.createChannel(function (err, ch) {
            ch.assertQueue('tasks', { durable: true });
            ch.consume('tasks', function (msg) { work(msg); ch.ack(msg); });
          });
        });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: 'missingSigtermHandlerConsumer', line: 6, data: { worker: 'an amqplib consumer', close: 'conn.close()' }, suggestions: [{ messageId: 'addSigtermStop', data: { name: 'conn' }, output: `
        var amqp = require('amqplib/callback_api');
        amqp.connect(process.env.AMQP_URL, function (err, conn) {
          conn.createChannel(function (err, ch) {
            ch.assertQueue('tasks', { durable: true });
            ch.consume('tasks', function (msg) { work(msg); ch.ack(msg); });
            process.on('SIGTERM', () => { conn.close(); });
          });
        });
      ` }] }],
    },
    {
      name: 'workers: a bee-queue worker without SIGTERM handling',
      code: `
        import Queue from 'bee-queue';
        const queue = new Queue('booking', { redis: { url: process.env.REDIS_URL } });
        queue.process(10, async (job) => handle(job.data));
      `,
      options: [{ workers: true }],
      errors: [{ messageId: 'missingSigtermHandlerWorker', line: 3, data: { worker: 'a bee-queue worker', close: 'queue.close()' }, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'queue' }, output: `
        import Queue from 'bee-queue';
        const queue = new Queue('booking', { redis: { url: process.env.REDIS_URL } });
        ${closeThen('queue')}
        queue.process(10, async (job) => handle(job.data));
      ` }] }],
    },
    {
      name: 'workers: a CronJob told to start by its fourth argument',
      code: `
        import { CronJob } from 'cron';
        const nightly = new CronJob('0 3 * * *', () => purge(), null, true, 'Europe/Paris');
      `,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'missingSigtermHandlerScheduler',
          line: 3,
          column: 25,
          data: { scheduler: 'a cron `CronJob`', close: 'nightly.stop()' },
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'nightly' }, output: `
        import { CronJob } from 'cron';
        const nightly = new CronJob('0 3 * * *', () => purge(), null, true, 'Europe/Paris');
        process.on('SIGTERM', () => { nightly.stop(); });
      ` }],
        },
      ],
    },
    {
      name: 'workers: a CronJob started later with start(), and one from options with start: true',
      code: `
        const { CronJob } = require('cron');
        const nightly = new CronJob('0 3 * * *', () => purge());
        nightly.start();
        CronJob.from({ cronTime: '0 4 * * *', onTick: () => purge(), start: true });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [
        {
          messageId: 'missingSigtermHandlerScheduler',
          line: 3,
          data: { scheduler: 'a cron `CronJob`', close: 'nightly.stop()' },
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'nightly' }, output: `
        const { CronJob } = require('cron');
        const nightly = new CronJob('0 3 * * *', () => purge());
        process.on('SIGTERM', () => { nightly.stop(); });
        nightly.start();
        CronJob.from({ cronTime: '0 4 * * *', onTick: () => purge(), start: true });
      ` }],
        },
      ],
    },
    {
      name: 'workers: CronJob.from with start: true, alone',
      code: `
        import { CronJob } from 'cron';
        CronJob.from({ cronTime: '0 4 * * *', onTick: () => purge(), start: true });
      `,
      options: [{ strict: true }],
      errors: [{ messageId: 'missingSigtermHandlerScheduler', line: 3, data: { scheduler: 'a cron `CronJob`', close: 'task.stop()' }, suggestions: [] }],
    },
    {
      name: 'workers: a schedule with SIGINT only',
      code: `
        import cron from 'node-cron';
        const task = cron.schedule('* * * * *', tick);
        process.on('SIGINT', () => task.stop());
      `,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'sigintOnly',
          data: { kind: 'scheduler', fix: "process.on('SIGTERM', …)" },
          suggestions: [{ messageId: 'addSigtermStop', data: { name: 'task' }, output: `
        import cron from 'node-cron';
        const task = cron.schedule('* * * * *', tick);
        process.on('SIGTERM', () => { task.stop(); });
        process.on('SIGINT', () => task.stop());
      ` }],
        },
      ],
    },
    {
      name: 'workers: SIGINT only',
      code: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', processor, { connection });
        const stop = () => worker.close().then(() => process.exit(0));
        process.on('SIGINT', stop);
      `,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'sigintOnly',
          data: { kind: 'worker', fix: "process.on('SIGTERM', stop)" },
          suggestions: [{ messageId: 'alsoHandleSigterm', data: { listener: 'stop' }, output: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', processor, { connection });
        const stop = () => worker.close().then(() => process.exit(0));
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      ` }],
        },
      ],
    },
    {
      name: 'workers: a kafkajs consumer disconnected on SIGINT only',
      code: `
        import { Kafka } from 'kafkajs';
        const consumer = new Kafka({ brokers }).consumer({ groupId: 'mail' });
        await consumer.run({ eachMessage: handle });
        const stop = () => consumer.disconnect();
        process.once('SIGINT', stop);
      `,
      options: [{ workers: true }],
      errors: [
        {
          messageId: 'sigintOnly',
          line: 4,
          data: { kind: 'consumer', fix: "process.once('SIGTERM', stop)" },
          suggestions: [{ messageId: 'alsoHandleSigterm', data: { listener: 'stop' }, output: `
        import { Kafka } from 'kafkajs';
        const consumer = new Kafka({ brokers }).consumer({ groupId: 'mail' });
        await consumer.run({ eachMessage: handle });
        const stop = () => consumer.disconnect();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      ` }],
        },
      ],
    },
    {
      name: 'workers: a worker listed in serverStarters too gets the worker message',
      code: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', processor, { connection });
      `,
      options: [{ strict: true, serverStarters: [{ module: 'bullmq', member: 'Worker' }] }],
      errors: [
        {
          messageId: 'missingSigtermHandlerWorker',
          data: { worker: 'a BullMQ `Worker`', close: 'worker.close()' },
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'worker' }, output: `
        import { Worker } from 'bullmq';
        const worker = new Worker('emails', processor, { connection });
        ${closeThen('worker')}
      ` }],
        },
      ],
    },
    {
      name: "graceful-cluster imported but its GracefulServer never made",
      code: `
        import app from './app.js';
        import { GracefulServer } from 'graceful-cluster';
        export const Graceful = GracefulServer;
        const server = app.listen(process.env.PORT || 8061);
      `,
      errors: [{ messageId: missing, suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'server' }, output: `
        import app from './app.js';
        import { GracefulServer } from 'graceful-cluster';
        export const Graceful = GracefulServer;
        const server = app.listen(process.env.PORT || 8061);
        ${closeWith('server')}
      ` }] }],
    },
    {
      name: 'serverStarters: a method name',
      code: `
        import { createApp } from '@acme/micro';
        const app = createApp();
        app.serve();
      `,
      options: [{ serverStarters: ['serve'] }],
      errors: [{ messageId: missing, suggestions: [] }],
    },
    // --- checkHandler / strict ---
    {
      name: 'strict: a handler that only exits',
      code: `import express from 'express';
const server = express().listen(3000);
process.on('SIGTERM', () => process.exit(0));
`,
      options: [{ strict: true }],
      errors: [{ messageId: hasty, line: 3, column: 29, endLine: 3, endColumn: 44 }],
    },
    {
      name: 'strict: a cron worker whose handler exits with a job half done (no server in the file)',
      code: `
        import cron from 'node-cron';
        cron.schedule('*/5 * * * *', () => syncInventory());
        process.on('SIGTERM', () => process.exit(0));
      `,
      options: [{ strict: true }],
      errors: [{ messageId: hasty, line: 4 }],
    },
    {
      name: "checkHandler: an exit right after asking the server to close, which does not wait for the requests in progress (micro's shutdown)",
      code: `
        const http = require('http');
        const server = new http.Server(handle);
        server.listen(Number(process.env.PORT));
        process.on('SIGTERM', () => {
          console.log('Gracefully shutting down. Please wait...');
          server.close();
          process.exit();
        });
        class App {
          start() {
            this.httpServer = http.createServer(handle).listen(Number(process.env.PORT));
            process.once('SIGTERM', () => {
              this.httpServer.close();
              wss.close();
              process.exit(0);
            });
            process.once('SIGTERM', () => {
              this.apiServer?.close();
              process.exit(0);
            });
          }
        }
      `,
      languageOptions: cjs,
      options: [{ checkHandler: true }],
      errors: [
        {
          messageId: early,
          line: 8,
          data: { server: 'server' },
        },
        { messageId: early, line: 16, data: { server: 'this.httpServer' } },
        { messageId: early, line: 20, data: { server: 'this.apiServer' } },
      ],
    },
    {
      name: 'checkHandler: the close follows a step that waits, or is made in a function the handler calls (an exit handler that deregisters, then closes and exits)',
      code: `
        import http from 'node:http';
        const httpServer = http.createServer(handle).listen(Number(process.env.PORT));
        const exitHandler = async () => {
          await consul.agent.service.deregister(instanceId);
          await kafkaConsumer?.disconnect();
          httpServer.close();
          process.exit(0);
        };
        process.once('SIGTERM', exitHandler);
        async function shutdown() {
          await bots.stopAll();
          for (const transport of transports.values()) transport.close();
          httpServer.close();
          process.exit(0);
        }
        process.on('SIGTERM', () => void shutdown());
        process.on('SIGTERM', () => {
          httpServer.close();
          mongoose.disconnect();
          flushMetrics();
          process.exit(0);
        });
        function flushMetrics() {}
      `,
      options: [{ checkHandler: true }],
      errors: [
        { messageId: early, line: 8, data: { server: 'httpServer' } },
        { messageId: early, line: 15, data: { server: 'httpServer' } },
        { messageId: early, line: 22, data: { server: 'httpServer' } },
      ],
    },
    {
      name: 'checkHandler: a close of the app the module starts, or a close whose promise nothing waits for, then an exit',
      code: `
        const fastify = require('fastify')();
        fastify.listen({ port: Number(process.env.PORT) });
        process.on('SIGTERM', () => {
          fastify.close().then(() => console.log('closed'));
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          fastify.close();
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          server.close().finally(() => process.exit(0));
          process.exit(1);
        });
      `,
      languageOptions: cjs,
      options: [{ checkHandler: true }],
      errors: [
        { messageId: early, line: 6, data: { server: 'fastify' } },
        { messageId: early, line: 10, data: { server: 'fastify' } },
        { messageId: early, line: 14, data: { server: 'server' } },
      ],
    },
    {
      name: "checkHandler: an awaited close of a Node server the module starts waits for nothing: its close takes a callback",
      code: `
        import express from 'express';
        import http from 'node:http';
        const app = express();
        const server = app.listen(Number(process.env.PORT));
        process.on('SIGTERM', async () => {
          await server.close();
          process.exit(0);
        });
        const metrics = http.createServer(serveMetrics);
        metrics.listen(9100);
        process.on('SIGTERM', async () => {
          await metrics.close();
          logger.info('metrics closed');
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [
        { messageId: early, line: 8, data: { server: 'server' } },
        { messageId: early, line: 15, data: { server: 'metrics' } },
      ],
    },
    {
      name: 'checkHandler: a close given only a logging callback, awaited or not, then an exit: the exit does not wait for the callback',
      code: `
        import { app } from './src/app';
        const server = app.listen(process.env.PORT);
        async function cleanup() {
          await db.disconnect();
          await server.close(() => {
            console.log('Closed out remaining connections');
          });
          process.exit(0);
        }
        process.on('SIGTERM', cleanup);
        const admin = app.listen(process.env.ADMIN_PORT);
        process.on('SIGTERM', () => {
          admin.close(() => console.log('closed'));
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [
        { messageId: early, line: 9, data: { server: 'server' } },
        { messageId: early, line: 15, data: { server: 'admin' } },
      ],
    },
    {
      name: 'checkHandler: the same in TypeScript, through a type assertion',
      code: `
        import http from 'node:http';
        const server = http.createServer(handle).listen(Number(process.env.PORT));
        process.on('SIGTERM', (): void => {
          (server as http.Server).close();
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: early, line: 6, data: { server: 'server' } }],
    },
    {
      name: 'checkHandler: logs, then exits',
      code: `
        process.on('SIGTERM', () => {
          logger.info('bye');
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 4 }],
    },
    {
      name: 'checkHandler: a helper declared in the handler that exits, called before anything is closed, is hasty',
      code: `
        process.on('SIGTERM', () => {
          const done = () => process.exit(0);
          logger.info('bye');
          done();
          server.close();
        });
        process.on('SIGTERM', () => {
          let done = () => process.exit(0);
          if (fast) done = () => process.exit(1);
          server.close();
          done();
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 3 }, { messageId: hasty, line: 9 }],
    },
    {
      name: 'checkHandler: a kill named only in the middle or the end of a helper (a skill check, counting kills) closes nothing',
      code: `
        process.on('SIGTERM', () => {
          skillCheck();
          countKills();
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 5 }],
    },
    {
      name: 'checkHandler: an exit when other listeners are there, or whatever their count, is hasty',
      code: `
        process.on('SIGTERM', () => {
          if (process.listenerCount('SIGTERM') > 1) process.exit(0);
        });
        process.on('SIGTERM', () => {
          if (emitter.listenerCount('SIGTERM') === 1) process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 3 }, { messageId: hasty, line: 6 }],
    },
    {
      name: 'checkHandler: a count compared with the first signal, or not counted before its test, is no repeated signal',
      code: `
        let signals = 0;
        process.on('SIGTERM', () => {
          signals++;
          if (signals === 1) process.exit(1);
          server.close(() => process.exit(0));
        });
        process.on('SIGTERM', () => {
          if (signals === 3) process.exit(130);
          signals++;
          server.close(() => process.exit(0));
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 5 }, { messageId: hasty, line: 9 }],
    },
    {
      name: 'checkHandler: a flag set before its test, or never set by the handler, is no repeated signal, whatever its name',
      code: `
        let closing = false;
        process.on('SIGTERM', () => {
          closing = true;
          if (closing) process.exit(1);
        });
        process.on('SIGTERM', () => {
          if (verbose) process.exit(0);
          server.close(() => process.exit(0));
        });
        process.on('SIGTERM', () => {
          if (isShuttingDownSoon) process.exit(0);
          server.close(() => process.exit(0));
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 5 }, { messageId: hasty, line: 8 }, { messageId: hasty, line: 12 }],
    },
    {
      name: 'checkHandler: an option that is no callback, or a callback the exit is not in, waits for nothing',
      code: `
        process.on('SIGTERM', () => {
          logger.info({ msg: 'bye', format: (line) => line.trim() });
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          notify({ callback: 'exit' });
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          (0, logger_1.info)('bye');
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 4 }, { messageId: hasty, line: 8 }, { messageId: hasty, line: 12 }],
    },
    {
      name: "checkHandler: removing the process's own listeners, or deleting a cache entry, closes nothing",
      code: `
        process.on('SIGTERM', () => {
          process.removeAllListeners('SIGINT');
          process.exit(0);
        });
        process.on('SIGTERM', () => {
          cache.delete(key);
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 4 }, { messageId: hasty, line: 8 }],
    },
    {
      name: 'checkHandler: one report per handler, at the first exit (the catch of a try that only exits)',
      code: `
        process.on('SIGTERM', async () => {
          try {
            process.exit(0);
          } catch (err) {
            console.error(err);
            process.exit(1);
          }
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 4 }],
    },
    {
      name: 'checkHandler: each handler that exits without closing is reported once',
      code: `
        process.on('SIGTERM', () => {
          if (process.env.FAST) process.exit(0);
          else process.exit(1);
        });
        process.on('SIGTERM', () => process.exit(2));
      `,
      options: [{ checkHandler: true }],
      errors: [
        { messageId: hasty, line: 3 },
        { messageId: hasty, line: 6 },
      ],
    },
    {
      name: 'checkHandler: process.exit as the listener',
      code: `
        process.on('SIGTERM', process.exit);
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty }],
    },
    {
      name: 'checkHandler: a local helper that only exits',
      code: `
        process.on('SIGINT', () => shutdown('SIGINT'));
        process.on('SIGTERM', () => shutdown('SIGTERM'));
        function shutdown(signal) {
          console.log(signal + ' received');
          process.exit(0);
        }
      `,
      options: [{ strict: true }],
      errors: [{ messageId: hasty, line: 6 }],
    },
    {
      name: 'checkHandler: the exit comes before the close',
      code: `
        const server = require('http').createServer(app).listen(3000);
        process.on('SIGTERM', function () {
          process.exit(0);
          server.close();
        });
      `,
      options: [{ strict: true }],
      languageOptions: cjs,
      errors: [{ messageId: hasty, line: 4 }],
    },
    {
      name: 'checkHandler: handler from a loop, TypeScript',
      code: `
        const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
        for (const signal of SIGNALS) {
          process.on(signal, (): never => process.exit(0));
        }
      `,
      options: [{ strict: true }],
      errors: [{ messageId: hasty }],
    },
    {
      name: 'checkHandler: callbacks that wait for nothing (iteration, the next tick, another listener) are no closing step',
      code: `
        process.on('SIGTERM', () => {
          [queue, cache].forEach((item) => log(item.name));
          process.once('exit', () => log('bye'));
          process.nextTick(() => process.exit(0));
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 5 }],
    },
    {
      name: 'checkHandler: a process that signals itself closes nothing',
      code: `
        process.on('SIGTERM', () => {
          process.kill(process.pid, 'SIGKILL');
          process.exit(1);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 4 }],
    },
    {
      name: 'checkHandler: an exit guarded by the absence of something the handler does not close',
      code: `
        process.on('SIGTERM', () => {
          if (!db) process.exit(0);
          server.close(() => process.exit(0));
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 3 }],
    },
    {
      name: 'checkHandler: an exit when the server exists, before it is closed',
      code: `
        process.on('SIGTERM', () => {
          if (server !== null) process.exit(0);
          server.close();
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 3 }],
    },
    {
      name: 'checkHandler: a parameter around the handler that is not named like a callback is no hook (a logger)',
      code: `
        export function start(app, log) {
          process.on('SIGTERM', () => {
            log('bye');
            process.exit(0);
          });
        }
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 5 }],
    },
    {
      name: 'checkHandler: going over a list without calling its elements closes nothing',
      code: `
        process.on('SIGTERM', () => {
          for (const name of openFiles) log(name);
          sockets.forEach((socket) => report(socket));
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 5 }],
    },
    {
      name: 'checkHandler: a parameter of the handler itself is no hook it was given',
      code: `
        process.on('SIGTERM', (signal, log = console.log) => {
          log(signal);
          process.exit(0);
        });
      `,
      options: [{ checkHandler: true }],
      errors: [{ messageId: hasty, line: 4 }],
    },
    {
      name: 'strict also keeps the missing-handler report',
      code: `
        import express from 'express';
        express().listen(3000);
        process.on('SIGINT', () => process.exit(0));
      `,
      options: [{ strict: true }],
      errors: [{ messageId: 'sigintOnly', suggestions: [] }],
    },
  ],
});
