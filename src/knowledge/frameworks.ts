import type { GlobalMember, ModuleMember, PluginRow } from '../analysis/modules';

/** A web framework or server module whose call or `new` expression creates an app or server. */
export interface AppFactory {
  /** Short name used in messages and by rules: `express`, `koa`, `fastify`, `http`, ... */
  readonly framework: string;
  /** What the created value is: an app/server that can `listen`, or a router that only routes. */
  readonly creates: 'app' | 'router' | 'server';
}

const app = (framework: string, creates: AppFactory['creates'] = 'app'): AppFactory => ({ framework, creates });

/**
 * Where apps, routers and servers come from. A row per way of creating one; rules and analyses
 * find them with `createModuleFinder`, so every import style is covered.
 */
export const APP_FACTORIES: readonly ModuleMember<AppFactory>[] = [
  { module: 'express', path: [], kind: 'call', info: app('express') },
  { module: 'express', path: ['default'], kind: 'call', info: app('express') },
  { module: 'express', path: ['Router'], kind: 'call', info: app('express', 'router') },
  { module: 'express', path: ['Router'], kind: 'construct', info: app('express', 'router') },
  { module: 'koa', path: [], kind: 'construct', info: app('koa') },
  { module: 'koa', path: ['default'], kind: 'construct', info: app('koa') },
  // Koa 1 made its app without `new`: `const app = require('koa')()`.
  { module: 'koa', path: [], kind: 'call', info: app('koa') },
  { module: '@koa/router', path: [], kind: 'construct', info: app('koa', 'router') },
  { module: 'koa-router', path: [], kind: 'construct', info: app('koa', 'router') },
  { module: 'fastify', path: [], kind: 'call', info: app('fastify') },
  { module: 'fastify', path: ['fastify'], kind: 'call', info: app('fastify') },
  { module: 'fastify', path: ['default'], kind: 'call', info: app('fastify') },
  { module: 'connect', path: [], kind: 'call', info: app('connect') },
  // LoopBack 3's app is an Express app: `const app = module.exports = loopback(); app.listen(…)`.
  { module: 'loopback', path: [], kind: 'call', info: app('loopback') },
  { module: 'restify', path: ['createServer'], kind: 'call', info: app('restify') },
  // restana: `const service = restana(); service.get('/', handler); service.start(3000)`. fast-gateway's
  // gateway is a restana service (`gateway({ routes }).start(8080)`).
  { module: 'restana', path: [], kind: 'call', info: app('restana') },
  { module: 'restana', path: ['default'], kind: 'call', info: app('restana') },
  { module: 'fast-gateway', path: [], kind: 'call', info: app('restana') },
  { module: 'fast-gateway', path: ['default'], kind: 'call', info: app('restana') },
  { module: '@hapi/hapi', path: ['server'], kind: 'call', info: app('hapi') },
  { module: '@hapi/hapi', path: ['Server'], kind: 'construct', info: app('hapi') },
  { module: 'hapi', path: ['server'], kind: 'call', info: app('hapi') },
  // hapi 16 and older: `new Hapi.Server()` of the unscoped package.
  { module: 'hapi', path: ['Server'], kind: 'construct', info: app('hapi') },
  // A hapi server composed from a manifest: `const server = await Glue.compose(manifest, options)`.
  { module: '@hapi/glue', path: ['compose'], kind: 'call', info: app('hapi') },
  { module: 'glue', path: ['compose'], kind: 'call', info: app('hapi') },
  { module: '@nestjs/core', path: ['NestFactory', 'create'], kind: 'call', info: app('nestjs') },
  { module: 'http', path: ['createServer'], kind: 'call', info: app('http', 'server') },
  { module: 'http', path: ['Server'], kind: 'construct', info: app('http', 'server') },
  { module: 'https', path: ['createServer'], kind: 'call', info: app('https', 'server') },
  { module: 'https', path: ['Server'], kind: 'construct', info: app('https', 'server') },
  { module: 'http2', path: ['createServer'], kind: 'call', info: app('http2', 'server') },
  { module: 'http2', path: ['createSecureServer'], kind: 'call', info: app('http2', 'server') },
  { module: 'net', path: ['createServer'], kind: 'call', info: app('net', 'server') },
  { module: 'net', path: ['Server'], kind: 'construct', info: app('net', 'server') },
  { module: 'tls', path: ['createServer'], kind: 'call', info: app('tls', 'server') },
  { module: '@nestjs/core', path: ['NestFactory', 'createMicroservice'], kind: 'call', info: app('nestjs') },
  { module: 'socket.io', path: ['Server'], kind: 'construct', info: app('socket.io', 'server') },
  { module: 'socket.io', path: [], kind: 'call', info: app('socket.io', 'server') },
  { module: 'socket.io', path: [], kind: 'construct', info: app('socket.io', 'server') },
  { module: 'ws', path: ['WebSocketServer'], kind: 'construct', info: app('ws', 'server') },
  { module: 'ws', path: ['Server'], kind: 'construct', info: app('ws', 'server') },
  // The `websocket` package's server, attached to an HTTP server (`new WebSocketServer({ httpServer })`); its connections come as `request` events.
  { module: 'websocket', path: ['server'], kind: 'construct', info: app('ws', 'server') },
  // mosca's MQTT broker listens as it is made (on 1883 unless told another port).
  { module: 'mosca', path: ['Server'], kind: 'construct', info: app('mosca', 'server') },
  // proxy-chain's HTTP proxy server: `new ProxyChain.Server({ port })`, started by `server.listen()`.
  { module: 'proxy-chain', path: ['Server'], kind: 'construct', info: app('proxy-chain', 'server') },
  // uWebSockets.js: `uWS.App()` and `uWS.SSLApp({ key_file_name, … })` serve HTTP routes and WebSocket routes.
  { module: 'uWebSockets.js', path: ['App'], kind: 'call', info: app('uws') },
  { module: 'uWebSockets.js', path: ['SSLApp'], kind: 'call', info: app('uws') },
  // Hono apps (any runtime): new Hono(), also its smaller presets and @hono/zod-openapi's OpenAPIHono.
  // They listen only through a runtime adapter (`serve({ fetch: app.fetch })`, `export default app`).
  { module: 'hono', path: ['Hono'], kind: 'construct', info: app('hono') },
  { module: 'hono/tiny', path: ['Hono'], kind: 'construct', info: app('hono') },
  { module: 'hono/quick', path: ['Hono'], kind: 'construct', info: app('hono') },
  { module: '@hono/zod-openapi', path: ['OpenAPIHono'], kind: 'construct', info: app('hono') },
  // Elysia apps: new Elysia(), started by app.listen(port).
  { module: 'elysia', path: ['Elysia'], kind: 'construct', info: app('elysia') },
  // serve({ fetch: app.fetch, port }) listens as it is called, on port 3000 unless told otherwise.
  { module: '@hono/node-server', path: ['serve'], kind: 'call', info: app('hono-node-server', 'server') },
  // new grpc.Server(), started by server.bindAsync('0.0.0.0:50051', credentials, callback)
  { module: '@grpc/grpc-js', path: ['Server'], kind: 'construct', info: app('grpc', 'server') },
  { module: 'grpc', path: ['Server'], kind: 'construct', info: app('grpc', 'server') },
  // Chat bots: new Telegraf(token), started by bot.launch(); grammY's new Bot(token), by bot.start() or
  // the runner's run(bot); node-telegram-bot-api's new TelegramBot(token, { polling: true }).
  { module: 'telegraf', path: ['Telegraf'], kind: 'construct', info: app('telegraf') },
  { module: 'telegraf', path: [], kind: 'construct', info: app('telegraf') },
  { module: 'telegraf', path: ['default'], kind: 'construct', info: app('telegraf') },
  { module: 'grammy', path: ['Bot'], kind: 'construct', info: app('grammy') },
  { module: '@grammyjs/runner', path: ['run'], kind: 'call', info: app('grammy-runner', 'server') },
  // Probot: run(appFn) starts its server as it is called; new Server(…) listens on server.start().
  { module: 'probot', path: ['run'], kind: 'call', info: app('probot', 'server') },
  { module: 'probot', path: ['Server'], kind: 'construct', info: app('probot-server', 'server') },
  { module: 'node-telegram-bot-api', path: [], kind: 'construct', info: app('node-telegram-bot-api') },
  { module: 'node-telegram-bot-api', path: ['default'], kind: 'construct', info: app('node-telegram-bot-api') },
  // A Discord bot: new Client({ intents }) of discord.js, started by client.login(token); the clients of
  // the Sapphire and discordx frameworks are discord.js clients.
  { module: 'discord.js', path: ['Client'], kind: 'construct', info: app('discord.js') },
  { module: '@sapphire/framework', path: ['SapphireClient'], kind: 'construct', info: app('discord.js') },
  { module: 'discordx', path: ['Client'], kind: 'construct', info: app('discord.js') },
  // A Discord bot on Eris: new Eris(token) (also called without `new`), new Eris.Client(token) or
  // new Eris.CommandClient(token, options, commandOptions), started by bot.connect().
  { module: 'eris', path: [], kind: 'construct', info: app('eris') },
  { module: 'eris', path: [], kind: 'call', info: app('eris') },
  { module: 'eris', path: ['Client'], kind: 'construct', info: app('eris') },
  { module: 'eris', path: ['CommandClient'], kind: 'construct', info: app('eris') },
  // A Twitch chat bot: new tmi.Client({ identity, channels }) of tmi.js (also its older `tmi.client`), started by client.connect().
  { module: 'tmi.js', path: ['Client'], kind: 'construct', info: app('tmi.js') },
  { module: 'tmi.js', path: ['client'], kind: 'construct', info: app('tmi.js') },
  { module: 'tmi.js', path: ['Client'], kind: 'call', info: app('tmi.js') },
  { module: 'tmi.js', path: ['client'], kind: 'call', info: app('tmi.js') },
  // A boardgame.io game server: Server({ games }) of boardgame.io/server, started by server.run(port).
  { module: 'boardgame.io/server', path: ['Server'], kind: 'call', info: app('boardgame.io', 'server') },
  // A Slack app: new App({ token, signingSecret }) of Bolt, started by app.start(port) (its HTTP
  // receiver, or a Socket Mode connection to Slack).
  { module: '@slack/bolt', path: ['App'], kind: 'construct', info: app('slack-bolt') },
  // A WhatsApp bot: new Client({ authStrategy }) of whatsapp-web.js, started by client.initialize().
  { module: 'whatsapp-web.js', path: ['Client'], kind: 'construct', info: app('whatsapp-web.js') },
  // GraphQL Yoga's own HTTP servers, started by server.start(): version 2's createServer({ schema, port })
  // of @graphql-yoga/node, and version 1's new GraphQLServer({ typeDefs, resolvers }), whose start()
  // takes the port (`server.start({ port: 4000 })`). Version 3 on is a handler for http.createServer.
  { module: '@graphql-yoga/node', path: ['createServer'], kind: 'call', info: app('graphql-yoga', 'server') },
  { module: 'graphql-yoga', path: ['GraphQLServer'], kind: 'construct', info: app('graphql-yoga-1', 'server') },
];

/** Where a server start other than `.listen(port)` takes its port. */
export interface PortOption {
  /** Which argument of the call (0-based). */
  readonly argument: number;
  /** The key path to the port inside that argument; empty when the argument is the port itself. */
  readonly path: readonly string[];
  /**
   * Only when this key of the argument is absent or names one of these members: a NestJS
   * microservice listens on `options.port` with `transport: Transport.TCP` (the default); with
   * another transport that port is the broker's.
   */
  readonly onlyWith?: { readonly key: string; readonly members: readonly string[] };
  /**
   * Key paths to the address it binds, inside the same argument; the first one given is the
   * bind address (hapi binds `address`, else `host`).
   */
  readonly host?: readonly (readonly string[])[];
  /** The origins CORS allows, when the same call takes them (`strict`). */
  readonly cors?: CorsOption;
  /**
   * A `host:port` address the server binds instead, under a transport this key names: a Nest
   * gRPC microservice's `options: { url: '0.0.0.0:5000' }` with `transport: Transport.GRPC`.
   */
  readonly address?: { readonly path: readonly string[]; readonly onlyWith: { readonly key: string; readonly members: readonly string[] } };
}

/** Hapi.server({ port: 3000 }), and hapi 16's `server.connection({ port: 3000 })` on a server made without one. */
export const HAPI_PORT: PortOption = { argument: 0, path: ['port'], host: [['address'], ['host']] };

const PORT_OPTION_FRAMEWORKS: Readonly<Record<string, PortOption>> = {
  hapi: HAPI_PORT,
  // new WebSocketServer({ port: 8080 })
  ws: { argument: 0, path: ['port'], host: [['host']] },
  // new Server(3000), require('socket.io')(3000); its CORS origins, `new Server(httpServer, { cors: { origin } })`
  // (one row for both: a call found for one check is not found again for another).
  'socket.io': { argument: 0, path: [], cors: { label: 'the socket.io Server', arguments: [0, 1], path: ['cors', 'origin'] } },
  'hono-node-server': { argument: 0, path: ['port'], host: [['hostname']] },
  'graphql-yoga': { argument: 0, path: ['port'], host: [['hostname']] },
  'slack-bolt': { argument: 0, path: ['port'] },
  // new mosca.Server({ port: 1883 })
  mosca: { argument: 0, path: ['port'], host: [['host']] },
  // new ProxyChain.Server({ port: 8000 })
  'proxy-chain': { argument: 0, path: ['port'], host: [['host']] },
  // new TelegramBot(token, { webHook: { port: 8443 } }): the bot's webhook server.
  'node-telegram-bot-api': { argument: 1, path: ['webHook', 'port'], host: [['webHook', 'host']] },
};

/**
 * A Nest microservice's port, in the options of `app.connectMicroservice(options)` (a hybrid app)
 * and, as the second argument, of `NestFactory.createMicroservice(module, options)`.
 */
export const NEST_MICROSERVICE_PORT: PortOption = {
  argument: 0,
  path: ['options', 'port'],
  onlyWith: { key: 'transport', members: ['TCP'] },
  host: [['options', 'host']],
  address: { path: ['options', 'url'], onlyWith: { key: 'transport', members: ['GRPC'] } },
};

/**
 * Ports handed to a method of an app or server that a framework created, by method and then by
 * framework: hapi 16's `server.connection({ port: 3000 })` on a server made without one, a Telegraf bot's webhook (`bot.launch({ webhook: { port } })`), a Nest
 * hybrid app's `app.connectMicroservice(options)`, GraphQL Yoga 1's `server.start({ port: 4000 },
 * callback)` and Bolt's `app.start(3000)`.
 */
export const METHOD_PORT_OPTIONS: ReadonlyMap<string, ReadonlyMap<string, PortOption>> = new Map([
  ['connection', new Map([['hapi', HAPI_PORT]])],
  // A Telegraf bot's webhook server: `bot.launch({ webhook: { domain, port: 8443 } })`, and Telegraf 3's `bot.startWebhook(path, tls, 8443)`.
  ['launch', new Map([['telegraf', { argument: 0, path: ['webhook', 'port'], host: [['webhook', 'host']] }]])],
  ['startWebhook', new Map([['telegraf', { argument: 2, path: [] }]])],
  ['connectMicroservice', new Map([['nestjs', NEST_MICROSERVICE_PORT]])],
  [
    'start',
    new Map<string, PortOption>([
      ['graphql-yoga-1', { argument: 0, path: ['port'] }],
      ['slack-bolt', { argument: 0, path: [] }],
      // restana's `service.start(3000, '0.0.0.0')`, which listens on 3000 when given no port.
      ['restana', { argument: 0, path: [] }],
    ]),
  ],
]);

/** Calls that are handed the port a server listens on: no-hardcoded-config checks it there. */
export const SERVER_PORT_OPTIONS: readonly ModuleMember<PortOption>[] = [
  ...APP_FACTORIES.flatMap((row) => {
    const port = PORT_OPTION_FRAMEWORKS[row.info.framework];
    return port ? [{ ...row, info: port }] : [];
  }),
  // NestFactory.createMicroservice(AppModule, { transport: Transport.TCP, options: { port: 3002 } })
  { module: '@nestjs/core', path: ['NestFactory', 'createMicroservice'], kind: 'call', info: { ...NEST_MICROSERVICE_PORT, argument: 1 } },
  // Apollo Server 4+: startStandaloneServer(server, { listen: { port: 4000 } })
  { module: '@apollo/server/standalone', path: ['startStandaloneServer'], kind: 'call', info: { argument: 1, path: ['listen', 'port'], host: [['listen', 'host']] } },
  // A NestJS gateway on a port of its own: @WebSocketGateway(3001, { namespace: 'chat' }) (without one it shares the app's server),
  // and its socket.io options' CORS origin, first or after the port: @WebSocketGateway({ cors: { origin } }).
  {
    module: '@nestjs/websockets',
    path: ['WebSocketGateway'],
    kind: 'call',
    info: { argument: 0, path: [], cors: { label: '@WebSocketGateway()', arguments: [0, 1], path: ['cors', 'origin'] } },
  },
  // Bun's server as a module import: import { serve } from 'bun'; serve({ port: 3000, fetch })
  { module: 'bun', path: ['serve'], kind: 'call', info: { argument: 0, path: ['port'], host: [['hostname']] } },
];

/**
 * Servers that a runtime's global object starts, handed their port in options:
 * `Bun.serve({ port: 3000, fetch })`, `Deno.serve({ port: 8000 }, handler)`.
 */
export const RUNTIME_SERVER_PORT_OPTIONS: readonly GlobalMember<PortOption>[] = [
  { global: 'Bun', path: ['serve'], kind: 'call', info: { argument: 0, path: ['port'], host: [['hostname']] } },
  { global: 'Deno', path: ['serve'], kind: 'call', info: { argument: 0, path: ['port'], host: [['hostname']] } },
];

/**
 * How request handlers are registered on an app, router or server that `APP_FACTORIES` created:
 * `app.get('/cart', handler)`, `router.use(fn)`, `fastify.route({ handler })`,
 * `server.route({ method, path, handler })`, `server.on('request', fn)`.
 */
export interface HandlerRegistration {
  /** `AppFactory.framework` values the row applies to. */
  readonly frameworks: readonly string[];
  /** Only for these `AppFactory.creates` kinds; every kind when absent. */
  readonly creates?: readonly AppFactory['creates'][];
  readonly methods: readonly string[];
  /** Every function argument (arrays flattened) is a handler: `app.get('/', auth, handler)`. */
  readonly functionArguments: boolean;
  /** Functions under `HANDLER_OPTION_KEYS` of object arguments are handlers: `route({ handler })`. */
  readonly optionObjects: boolean;
  /** Every function of an object argument is a handler: a gRPC service's implementation, `addService(service, { getUser(call, callback) { … } })`. */
  readonly objectMethods?: boolean;
  /** The call only registers handlers for these events (first argument): `server.on('request', fn)`. */
  readonly events?: readonly string[];
  /**
   * Events (first argument, lower case) whose handlers handle no user's update: a bot's `ready` or
   * `error`. Read from a string or from a member's name (`Events.ClientReady`).
   */
  readonly excludedEvents?: readonly string[];
}

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'all'];

export const HANDLER_REGISTRATIONS: readonly HandlerRegistration[] = [
  // `ws` is express-ws's route for WebSocket connections: `app.ws('/chat', (ws, req) => …)`.
  { frameworks: ['express', 'loopback'], methods: ['use', 'param', 'ws', ...HTTP_VERBS], functionArguments: true, optionObjects: false },
  // A NestJS app's `get` looks up a provider; only `use` takes middleware.
  { frameworks: ['nestjs'], methods: ['use'], functionArguments: true, optionObjects: false },
  { frameworks: ['connect'], methods: ['use'], functionArguments: true, optionObjects: false },
  // Hono: `app.get('/cart', (c) => …)`, `app.on('PURGE', '/cache', (c) => …)`, `app.openapi(route, (c) => …)`.
  { frameworks: ['hono'], methods: ['use', 'on', 'openapi', ...HTTP_VERBS], functionArguments: true, optionObjects: false },
  // Elysia: `app.post('/cart', ({ body }) => …)` and its life-cycle hooks; `use` takes plugins, not handlers.
  {
    frameworks: ['elysia'],
    methods: [...HTTP_VERBS, 'route', 'onRequest', 'onParse', 'onTransform', 'onBeforeHandle', 'onAfterHandle', 'derive', 'resolve'],
    functionArguments: true,
    optionObjects: false,
  },
  { frameworks: ['restana'], methods: ['use', ...HTTP_VERBS], functionArguments: true, optionObjects: false },
  { frameworks: ['restify'], methods: ['use', 'pre', 'get', 'post', 'put', 'patch', 'del', 'head', 'opts'], functionArguments: true, optionObjects: false },
  { frameworks: ['koa'], creates: ['app'], methods: ['use'], functionArguments: true, optionObjects: false },
  { frameworks: ['koa'], creates: ['router'], methods: ['use', 'param', 'del', ...HTTP_VERBS], functionArguments: true, optionObjects: false },
  { frameworks: ['fastify'], methods: [...HTTP_VERBS, 'addHook', 'setNotFoundHandler', 'setErrorHandler'], functionArguments: true, optionObjects: true },
  { frameworks: ['fastify'], methods: ['route'], functionArguments: false, optionObjects: true },
  { frameworks: ['hapi'], methods: ['route'], functionArguments: false, optionObjects: true },
  { frameworks: ['hapi'], methods: ['ext'], functionArguments: true, optionObjects: true },
  // `'upgrade'`: a connection taken over for WebSocket (a hand-written WebSocket server's connection handler).
  { frameworks: ['http', 'https', 'http2'], methods: ['on', 'once', 'addListener', 'prependListener'], functionArguments: true, optionObjects: false, events: ['request', 'upgrade'] },
  // A socket.io server's connection handler, and the socket's event handlers inside it: per-user
  // state kept there (`online.set(userId, socket.id)`) is only this instance's.
  { frameworks: ['socket.io'], methods: ['on'], functionArguments: true, optionObjects: false, events: ['connection', 'connect'] },
  // Its middleware, `io.use((socket, next) => …)`, runs on every connection too.
  { frameworks: ['socket.io'], methods: ['use'], functionArguments: true, optionObjects: false },
  // The same for a `ws` WebSocketServer: `wss.on('connection', (ws, req) => { ws.on('message', …) })`,
  // and the `websocket` package's: `wsServer.on('request', (request) => { const connection = request.accept(…) })`.
  { frameworks: ['ws'], methods: ['on', 'once', 'addListener'], functionArguments: true, optionObjects: false, events: ['connection', 'request'] },
  // uWebSockets.js: `app.get('/cart', (res, req) => …)` and a WebSocket route's behaviour, `app.ws('/*', { open(ws) {}, message(ws, data) {} })`.
  { frameworks: ['uws'], methods: ['any', 'del', 'connect', 'trace', ...HTTP_VERBS], functionArguments: true, optionObjects: false },
  { frameworks: ['uws'], methods: ['ws'], functionArguments: false, optionObjects: false, objectMethods: true },
  // A gRPC server's service implementation: each method answers a call (`addProtoService` in the old `grpc`).
  { frameworks: ['grpc'], methods: ['addService', 'addProtoService'], functionArguments: false, optionObjects: false, objectMethods: true },
  // Chat bots' update handlers: `bot.on('text', (ctx) => …)`, `bot.command('cart', …)`, `bot.onText(/\/start/, (msg) => …)`.
  {
    frameworks: ['telegraf'],
    methods: ['use', 'on', 'command', 'action', 'hears', 'start', 'help', 'settings', 'inlineQuery', 'mention', 'hashtag', 'entity'],
    functionArguments: true,
    optionObjects: false,
  },
  { frameworks: ['grammy'], methods: ['use', 'on', 'command', 'callbackQuery', 'hears', 'inlineQuery', 'chosenInlineResult', 'reaction', 'filter'], functionArguments: true, optionObjects: false },
  { frameworks: ['node-telegram-bot-api'], methods: ['on', 'once', 'onText'], functionArguments: true, optionObjects: false },
  // A Slack app's listeners: `app.message('hello', async ({ message, say }) => …)`, `app.command('/cart', …)`.
  { frameworks: ['slack-bolt'], methods: ['use', 'message', 'command', 'action', 'event', 'view', 'shortcut', 'options', 'function'], functionArguments: true, optionObjects: false },
  // A WhatsApp bot's message handlers, not its login's life cycle.
  {
    frameworks: ['whatsapp-web.js'],
    methods: ['on', 'once'],
    functionArguments: true,
    optionObjects: false,
    excludedEvents: ['qr', 'code', 'ready', 'authenticated', 'auth_failure', 'disconnected', 'loading_screen', 'change_state', 'remote_session_saved'],
  },
  // A Discord bot's event handlers: `client.on('messageCreate', (message) => …)`, `client.on(Events.InteractionCreate, …)`;
  // not the client's own life cycle (`Events.ClientReady`, errors, shards, debug output).
  {
    frameworks: ['discord.js'],
    methods: ['on', 'once'],
    functionArguments: true,
    optionObjects: false,
    excludedEvents: [
      'ready',
      'clientready',
      'error',
      'warn',
      'debug',
      'invalidated',
      'cachesweep',
      'shardready',
      'shardresume',
      'sharddisconnect',
      'shardreconnecting',
      'sharderror',
    ],
  },
  // An Eris bot's event handlers and a CommandClient's commands (`bot.registerCommand('ping', (msg, args) => …)`), not its life cycle.
  {
    frameworks: ['eris'],
    methods: ['on', 'once', 'registerCommand'],
    functionArguments: true,
    optionObjects: false,
    excludedEvents: ['ready', 'error', 'warn', 'debug', 'connect', 'disconnect', 'hello', 'rawws', 'rawrest', 'unknown', 'shardready', 'shardpreready', 'shardresume', 'sharddisconnect'],
  },
  // A Twitch chat bot's message handlers (`client.on('message', (channel, tags, message, self) => …)`), not its connection's events.
  {
    frameworks: ['tmi.js'],
    methods: ['on', 'once', 'addListener'],
    functionArguments: true,
    optionObjects: false,
    excludedEvents: ['connected', 'connecting', 'disconnected', 'logon', 'reconnect', 'ping', 'pong', 'serverchange', 'raw_message', 'notice'],
  },
];

/**
 * Methods and properties of an instance that give one of the same kind, taking the same handlers:
 * a socket.io server's namespaces (`io.of('/chat').on('connection', …)`, `io.sockets.on(…)`).
 */
export const SAME_KIND_ACCESSORS: Readonly<Record<string, readonly string[]>> = {
  'socket.io': ['of', 'sockets'],
  // `new Hono().basePath('/api')` is a Hono app under a prefix.
  hono: ['basePath'],
  // Elysia's `group()` and `guard()` return the app they are called on, so chains go on after them.
  elysia: ['group', 'guard'],
};

/** Methods of an express app/router that return a route to chain handlers on: `app.route('/x').get(fn)`. */
export const ROUTE_CHAIN_METHODS: readonly string[] = ['route'];

/** Methods that register a plugin whose first parameter is a (child) instance: `fastify.register(fn)`. */
export const PLUGIN_REGISTRATIONS: readonly { readonly framework: string; readonly method: string; readonly argument: 'first' | 'last' }[] = [
  { framework: 'fastify', method: 'register', argument: 'first' },
  // Elysia's groups and guards: `app.group('/user', (app) => app.post('/create', handler))`, `app.guard({ beforeHandle }, (app) => …)`.
  { framework: 'elysia', method: 'group', argument: 'last' },
  { framework: 'elysia', method: 'guard', argument: 'last' },
];

/** Servers whose creation call takes the request listener: `http.createServer((req, res) => ...)`. */
export const REQUEST_LISTENER_FRAMEWORKS: readonly string[] = ['http', 'https', 'http2'];

/** Keys of route option objects whose functions run per request (fastify, hapi). */
export const HANDLER_OPTION_KEYS: readonly string[] = [
  'handler',
  'method',
  'onRequest',
  'preParsing',
  'preValidation',
  'preHandler',
  'preSerialization',
  'onSend',
  'onResponse',
  'onError',
  'onTimeout',
];

/** Objects under these keys of a route object hold more handler keys: hapi's `options` / `config`. */
export const HANDLER_OPTION_CONTAINERS: readonly string[] = ['options', 'config'];

/** Decorators that make a class method a request handler (NestJS, routing-controllers, TypeGraphQL). */
export const HANDLER_DECORATORS: readonly ModuleMember<{ readonly framework: string }>[] = [
  ...['Get', 'Post', 'Put', 'Patch', 'Delete', 'Options', 'Head', 'All', 'Sse'].map((name) => ({
    module: '@nestjs/common',
    path: [name],
    kind: 'call' as const,
    info: { framework: 'nestjs' },
  })),
  ...['Query', 'Mutation', 'ResolveField'].map((name) => ({ module: '@nestjs/graphql', path: [name], kind: 'call' as const, info: { framework: 'nestjs' } })),
  // TypeGraphQL's resolvers: its default container keeps one instance of each resolver class.
  ...['Query', 'Mutation', 'FieldResolver'].map((name) => ({ module: 'type-graphql', path: [name], kind: 'call' as const, info: { framework: 'type-graphql' } })),
  // A NestJS gateway's message handlers (`@SubscribeMessage('join')`), and a microservice's (`@MessagePattern`, `@EventPattern`).
  { module: '@nestjs/websockets', path: ['SubscribeMessage'], kind: 'call', info: { framework: 'ws' } },
  ...['MessagePattern', 'EventPattern'].map((name) => ({ module: '@nestjs/microservices', path: [name], kind: 'call' as const, info: { framework: 'nestjs' } })),
  ...['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'All', 'Method'].map((name) => ({
    module: 'routing-controllers',
    path: [name],
    kind: 'call' as const,
    info: { framework: 'routing-controllers' },
  })),
];

/** A NestJS gateway class (`@WebSocketGateway()`), whose `handleConnection` and `handleDisconnect` run per connection. */
export const GATEWAY_DECORATORS: readonly ModuleMember<{ readonly methods: readonly string[] }>[] = [
  { module: '@nestjs/websockets', path: ['WebSocketGateway'], kind: 'call', info: { methods: ['handleConnection', 'handleDisconnect'] } },
];

/**
 * Exports that file-based routers call per request: Next.js route handlers
 * (`export async function GET(request)`), Medusa API routes (`export const POST = async (req, res)
 * => ...`), SvelteKit and Astro endpoints, Cloudflare Pages Functions (`export const onRequestPost = async (context) => …`).
 */
export const ROUTE_MODULE_EXPORTS: readonly string[] = [
  ...['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
  ...['onRequest', 'onRequestGet', 'onRequestPost', 'onRequestPut', 'onRequestPatch', 'onRequestDelete', 'onRequestHead', 'onRequestOptions'],
];

/** Where a CORS middleware or server takes the origins it allows: `cors({ origin: 'https://app.example.com' })`. */
export interface CorsOption {
  /** How messages name it: `cors()`. */
  readonly label: string;
  /** Arguments that may be the options object (socket.io's `Server` takes them first or second). */
  readonly arguments: readonly number[];
  /** The key path to the origin inside that object. */
  readonly path: readonly string[];
  /** Where the options go to a method of what the call makes, not to the call: Apollo's `server.applyMiddleware({ app, cors })`. */
  readonly method?: string;
}

const corsOption = (label: string, args: readonly number[] = [0], path: readonly string[] = ['origin']): CorsOption => ({ label, arguments: args, path });
/** Apollo Server 2 and 3 on Express or Koa: `new ApolloServer(…)`, then `server.applyMiddleware({ app, cors: { origin } })` (Express's also `getMiddleware`). */
const apolloMiddleware = (module: string, methods: readonly string[]): ModuleMember<CorsOption>[] =>
  methods.map((method) => ({ module, path: ['ApolloServer'], kind: 'construct', info: { label: `ApolloServer's ${method}()`, arguments: [0], path: ['cors', 'origin'], method } }));

/** CORS middleware and servers with CORS options, found by the module finder. */
export const CORS_OPTIONS: readonly ModuleMember<CorsOption>[] = [
  { module: 'cors', path: [], kind: 'call', info: corsOption('cors()') },
  { module: 'cors', path: ['default'], kind: 'call', info: corsOption('cors()') },
  { module: '@koa/cors', path: [], kind: 'call', info: corsOption('@koa/cors') },
  { module: '@koa/cors', path: ['default'], kind: 'call', info: corsOption('@koa/cors') },
  { module: 'hono/cors', path: ['cors'], kind: 'call', info: corsOption("Hono's cors()") },
  { module: '@nestjs/core', path: ['NestFactory', 'create'], kind: 'call', info: corsOption('NestFactory.create()', [1], ['cors', 'origin']) },
  // Apollo Server 2 and 3 on its own server: `new ApolloServer({ typeDefs, cors: { origin } })`.
  { module: 'apollo-server', path: ['ApolloServer'], kind: 'construct', info: corsOption('ApolloServer', [0], ['cors', 'origin']) },
  ...apolloMiddleware('apollo-server-express', ['applyMiddleware', 'getMiddleware']),
  ...apolloMiddleware('apollo-server-koa', ['applyMiddleware', 'getMiddleware']),
];

/** A NestJS app's own CORS switch, a method of the app: `app.enableCors({ origin })`. */
export const NEST_ENABLE_CORS: CorsOption = corsOption('app.enableCors()');

/** Fastify's CORS plugin, registered with its options: `fastify.register(cors, { origin })`. */
export const CORS_PLUGINS: readonly PluginRow<CorsOption>[] = [
  { module: '@fastify/cors', exports: ['', 'default', 'fastifyCors'], info: corsOption('@fastify/cors', [1]) },
  { module: 'fastify-cors', exports: ['', 'default'], info: corsOption('fastify-cors', [1]) },
];
