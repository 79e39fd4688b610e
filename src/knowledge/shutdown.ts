import type { ModuleMember } from '../analysis/modules';

/**
 * Where a library reads the signals it listens to from its options, so that
 * `createTerminus(server, { signal: 'SIGUSR2' })` is not taken as handling SIGTERM.
 */
export interface SignalOptions {
  /** Which argument of the call holds the options object (0-based). */
  readonly argument: number;
  /** A property naming one signal; when absent the library listens to SIGTERM. */
  readonly signal?: string;
  /** A property naming a list of signals. */
  readonly signals?: string;
  /** How the list is written: an array, or one string of space-separated names. */
  readonly signalsFormat?: 'array' | 'words';
  /** `true`: the list adds to `signal`; `false`: the list replaces the library's defaults. */
  readonly signalsAdd?: boolean;
  /** A property that turns the handler off when it is `false` (Apollo's `stopOnTerminationSignals`). */
  readonly offWhenFalse?: string;
  /**
   * The handler closes the server only when this array property holds a call of one of these
   * functions (Apollo's `plugins: [ApolloServerPluginDrainHttpServer({ httpServer })]`).
   */
  readonly needsCallIn?: { readonly property: string; readonly callees: readonly string[] };
  /**
   * The argument at `argument` is itself the list of signals (a name or an array of names) when a
   * handler follows it: prexit's `prexit(['SIGINT'], handler)`; `prexit(handler)` keeps the defaults.
   */
  readonly listArgument?: true;
}

/** A library that, once called (or only imported), arranges for SIGTERM — or only helps to close. */
export interface ShutdownLibrary {
  /** Package name, for messages and docs. */
  readonly library: string;
  /**
   * Whether using the library installs a SIGTERM handler. Close-only helpers (`stoppable`,
   * `http-terminator`) make `server.close()` better but never listen to a signal.
   */
  readonly installsHandler: boolean;
  readonly options?: SignalOptions;
  /**
   * A hapi plugin whose registration (`server.register({ plugin, options })`) may list the signals
   * it listens to in this option (a name or an array), replacing its defaults.
   */
  readonly pluginSignals?: string;
}

const handler = (library: string, options?: SignalOptions): ShutdownLibrary => (options ? { library, installsHandler: true, options } : { library, installsHandler: true });
const closeOnly = (library: string): ShutdownLibrary => ({ library, installsHandler: false });

const TERMINUS_OPTIONS: SignalOptions = { argument: 1, signal: 'signal', signals: 'signals', signalsFormat: 'array', signalsAdd: true };
const LIGHTSHIP_OPTIONS: SignalOptions = { argument: 0, signals: 'signals', signalsFormat: 'array', signalsAdd: false };
const HTTP_GRACEFUL_SHUTDOWN_OPTIONS: SignalOptions = { argument: 1, signals: 'signals', signalsFormat: 'words', signalsAdd: false };
// Apollo Server stops itself on SIGINT and SIGTERM unless `stopOnTerminationSignals: false`; it
// drains an HTTP server of the app's own only through the drain plugin (or hapi's stop plugin).
const APOLLO_BUNDLED_OPTIONS: SignalOptions = { argument: 0, offWhenFalse: 'stopOnTerminationSignals' };
const APOLLO_OPTIONS: SignalOptions = {
  argument: 0,
  offWhenFalse: 'stopOnTerminationSignals',
  needsCallIn: { property: 'plugins', callees: ['ApolloServerPluginDrainHttpServer', 'ApolloServerPluginStopHapiServer'] },
};
// Colyseus's game server closes its matchmaker and transport (the HTTP or WebSocket server it
// was given) on SIGINT, SIGTERM and SIGUSR2 unless `gracefullyShutdown: false`.
const COLYSEUS_OPTIONS: SignalOptions = { argument: 0, offWhenFalse: 'gracefullyShutdown' };
// prexit([signals], handler): exit, beforeExit, uncaught errors, SIGTSTP, SIGQUIT, SIGHUP, SIGTERM and SIGINT by default.
const PREXIT_OPTIONS: SignalOptions = { argument: 0, listArgument: true };
const APOLLO_INTEGRATIONS = ['@apollo/server', 'apollo-server-express', 'apollo-server-koa', 'apollo-server-fastify', 'apollo-server-hapi'];

/**
 * Calls that install a SIGTERM handler (or, for close-only helpers, look like they might but do
 * not). Found with `createModuleFinder`, so every import style counts.
 */
export const SHUTDOWN_CALLS: readonly ModuleMember<ShutdownLibrary>[] = [
  // createTerminus(server, { signal = 'SIGTERM', signals = [] }): listens to [signal, ...signals]
  { module: '@godaddy/terminus', path: ['createTerminus'], kind: 'call', info: handler('@godaddy/terminus', TERMINUS_OPTIONS) },
  { module: '@godaddy/terminus', path: [], kind: 'call', info: handler('@godaddy/terminus', TERMINUS_OPTIONS) },
  { module: '@godaddy/terminus', path: ['Terminus'], kind: 'construct', info: handler('@godaddy/terminus', TERMINUS_OPTIONS) },
  // closeWithGrace([options], handler): SIGINT, SIGTERM, uncaught errors
  { module: 'close-with-grace', path: [], kind: 'call', info: handler('close-with-grace') },
  { module: 'close-with-grace', path: ['default'], kind: 'call', info: handler('close-with-grace') },
  // createLightship({ signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] })
  { module: 'lightship', path: ['createLightship'], kind: 'call', info: handler('lightship', LIGHTSHIP_OPTIONS) },
  // gracefulShutdown(server, { signals = 'SIGINT SIGTERM' })
  { module: 'http-graceful-shutdown', path: [], kind: 'call', info: handler('http-graceful-shutdown', HTTP_GRACEFUL_SHUTDOWN_OPTIONS) },
  { module: 'http-graceful-shutdown', path: ['default'], kind: 'call', info: handler('http-graceful-shutdown', HTTP_GRACEFUL_SHUTDOWN_OPTIONS) },
  // exitHook(callback): SIGINT, SIGTERM, beforeExit, exit
  { module: 'async-exit-hook', path: [], kind: 'call', info: handler('async-exit-hook') },
  { module: 'exit-hook', path: [], kind: 'call', info: handler('exit-hook') },
  { module: 'exit-hook', path: ['default'], kind: 'call', info: handler('exit-hook') },
  { module: 'exit-hook', path: ['asyncExitHook'], kind: 'call', info: handler('exit-hook') },
  // signal-exit v3: onExit(callback) as the module; v4: { onExit }
  { module: 'signal-exit', path: [], kind: 'call', info: handler('signal-exit') },
  { module: 'signal-exit', path: ['onExit'], kind: 'call', info: handler('signal-exit') },
  // ON_DEATH(callback): SIGINT, SIGTERM, SIGQUIT
  { module: 'death', path: [], kind: 'call', info: handler('death') },
  // registerTerminateHandler(callback) of GraphQL Mesh and Hive Gateway: SIGINT, SIGTERM
  { module: '@graphql-mesh/utils', path: ['registerTerminateHandler'], kind: 'call', info: handler('@graphql-mesh/utils') },
  // new Graceful({ servers, mongooses, … }).listen(): SIGTERM, SIGHUP, SIGINT (an instance is made to listen)
  { module: '@ladjs/graceful', path: [], kind: 'construct', info: handler('@ladjs/graceful') },
  { module: '@ladjs/graceful', path: ['default'], kind: 'construct', info: handler('@ladjs/graceful') },
  // Effect's NodeRuntime.runMain(program), or program.pipe(NodeRuntime.runMain): SIGINT and SIGTERM
  // interrupt the main fiber, which runs its finalizers (the scope that closes the server).
  { module: '@effect/platform-node', path: ['NodeRuntime', 'runMain'], kind: 'read', info: handler('@effect/platform-node') },
  { module: '@effect/platform-node/NodeRuntime', path: ['runMain'], kind: 'read', info: handler('@effect/platform-node') },
  { module: '@effect/platform-bun', path: ['BunRuntime', 'runMain'], kind: 'read', info: handler('@effect/platform-bun') },
  { module: '@effect/platform-bun/BunRuntime', path: ['runMain'], kind: 'read', info: handler('@effect/platform-bun') },
  // apollo-server 2.x/3.x: new ApolloServer(config).listen() serves and drains its own HTTP server.
  { module: 'apollo-server', path: ['ApolloServer'], kind: 'construct', info: handler('apollo-server', APOLLO_BUNDLED_OPTIONS) },
  ...APOLLO_INTEGRATIONS.map((module): ModuleMember<ShutdownLibrary> => ({ module, path: ['ApolloServer'], kind: 'construct', info: handler(module, APOLLO_OPTIONS) })),
  // startStandaloneServer(server, options) serves with the drain plugin.
  { module: '@apollo/server/standalone', path: ['startStandaloneServer'], kind: 'call', info: handler('@apollo/server') },
  // new Server({ server: httpServer }) or new Server({ transport }) of Colyseus (0.14 and later).
  { module: 'colyseus', path: ['Server'], kind: 'construct', info: handler('colyseus', COLYSEUS_OPTIONS) },
  { module: '@colyseus/core', path: ['Server'], kind: 'construct', info: handler('@colyseus/core', COLYSEUS_OPTIONS) },
  // graceful-cluster (iframely): new GracefulServer({ server }) in a worker and GracefulCluster.start(…)
  // in the primary listen to SIGTERM and SIGINT.
  { module: 'graceful-cluster', path: ['GracefulServer'], kind: 'construct', info: handler('graceful-cluster') },
  { module: 'graceful-cluster', path: ['GracefulCluster', 'start'], kind: 'call', info: handler('graceful-cluster') },
  // prexit(handler) or prexit(signals, handler); prexit.last(handler) registers through prexit(). An ES module (`export default`).
  { module: 'prexit', path: [], kind: 'call', info: handler('prexit', PREXIT_OPTIONS) },
  { module: 'prexit', path: ['default'], kind: 'call', info: handler('prexit', PREXIT_OPTIONS) },
  { module: 'prexit', path: ['last'], kind: 'call', info: handler('prexit') },
  { module: 'prexit', path: ['default', 'last'], kind: 'call', info: handler('prexit') },
  // node-graceful: Graceful.on('exit', listener) listens to SIGTERM, SIGINT, SIGBREAK and SIGHUP.
  { module: 'node-graceful', path: ['on'], kind: 'call', info: handler('node-graceful') },
  { module: 'node-graceful', path: ['default', 'on'], kind: 'call', info: handler('node-graceful') },
  // Close-only helpers: they drain connections on close() but listen to no signal.
  { module: 'stoppable', path: [], kind: 'call', info: closeOnly('stoppable') },
  { module: 'http-terminator', path: ['createHttpTerminator'], kind: 'call', info: closeOnly('http-terminator') },
  // graceful({ server }) (cnpmjs.org, koa apps) closes its servers on an uncaught exception only:
  // named like a shutdown helper, it listens to no signal.
  { module: 'graceful', path: [], kind: 'call', info: closeOnly('graceful') },
  { module: 'graceful', path: ['graceful'], kind: 'call', info: closeOnly('graceful') },
  { module: 'graceful', path: ['default'], kind: 'call', info: closeOnly('graceful') },
];

/**
 * Packages whose mere import arranges for SIGTERM: Fastify and hapi plugins that are registered,
 * not called (`fastify.register(require('fastify-graceful-shutdown'))`).
 */
export const SHUTDOWN_IMPORTS: readonly ShutdownLibrary[] = [
  handler('fastify-graceful-shutdown'),
  // An ioBroker adapter: adapter-core's `Adapter` stops on SIGTERM and calls the adapter's `unload`.
  handler('@iobroker/adapter-core'),
  // hapi's `server.register({ plugin: require('hapi-pulse'), options })`: stops the server on
  // `options.signals`, SIGINT and SIGTERM by default.
  { library: 'hapi-pulse', installsHandler: true, pluginSignals: 'signals' },
];

/**
 * Method calls that install SIGTERM handlers on an app: NestJS
 * `app.enableShutdownHooks(signals?)` (every termination signal when called without a list).
 */
export const SHUTDOWN_METHODS: readonly { readonly method: string; readonly library: string; readonly signalsArgument: number }[] = [
  { method: 'enableShutdownHooks', library: '@nestjs/core', signalsArgument: 0 },
];

/** What a `process` listener method is called: `process.on('SIGTERM', ...)` and its siblings. */
export const PROCESS_LISTENER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** EventEmitter methods that return the emitter, so `process.removeAllListeners(x).on(...)` is on `process`. */
export const PROCESS_CHAINABLE_METHODS: ReadonlySet<string> = new Set([
  ...PROCESS_LISTENER_METHODS,
  'off',
  'removeListener',
  'removeAllListeners',
  'setMaxListeners',
]);

/**
 * How a server of each framework (a `framework` of `knowledge/frameworks`) is started and shut
 * down: which methods start it, whether starting needs a port (Socket.IO's `listen(httpServer)`
 * only attaches), whether creating it already listens, and how the suggestion closes it.
 */
export interface ServerLifecycle {
  /** Methods that start listening: `listen`, hapi's `start`. */
  readonly startMethods: readonly string[];
  /** The start method starts only with a port-like first argument (Socket.IO `io.listen(3000)`). */
  readonly startNeedsPort?: boolean;
  /**
   * Creating it listens when given a port (Socket.IO `new Server(3000)`, ws `new WebSocketServer({ port })`),
   * or always (`serve()` of @hono/node-server, whose port defaults to 3000).
   */
  readonly startsOnCreation?: 'port-argument' | 'port-option' | 'option' | 'always';
  /** For `option`: the options argument, and the keys any of which, set and not `false`, starts it (`{ polling: true }`). */
  readonly creationOption?: { readonly argument: number; readonly keys: readonly string[] };
  /** How to close the instance itself, when it can be closed (`sync`: a plain call, after which the process ends by itself). */
  readonly close?: 'callback' | 'promise' | 'sync';
  /** The close method, `close` unless named here (hapi `stop`). */
  readonly closeMethod?: string;
  /**
   * Another close method for what a creation option or a start method started: a
   * node-telegram-bot-api bot made with `{ webHook }` or started by `openWebHook()` is closed by
   * `closeWebHook()`, not `stopPolling()`.
   */
  readonly closeMethods?: Readonly<Record<string, string>>;
  /** What the start call returns: the `http.Server` (closable with a callback) or nothing useful. */
  readonly startReturnsServer: boolean;
  /** A chat bot (long polling or a webhook): what is cut off is the updates it is handling, not requests. */
  readonly bot?: true;
  /**
   * Events (lower case) the instance emits once it is connected: a script that stops the bot in its
   * handler of one (`client.once('ready', async () => { …; client.destroy(); })`) runs once, like a command.
   */
  readonly readyEvents?: readonly string[];
}

export const SERVER_LIFECYCLES: Readonly<Record<string, ServerLifecycle>> = {
  express: { startMethods: ['listen'], startReturnsServer: true },
  koa: { startMethods: ['listen'], startReturnsServer: true },
  connect: { startMethods: ['listen'], startReturnsServer: true },
  loopback: { startMethods: ['listen'], startReturnsServer: true },
  restify: { startMethods: ['listen'], close: 'callback', startReturnsServer: false },
  // restana's `start(port)` resolves to the http.Server once it listens; `close()` returns a promise.
  restana: { startMethods: ['start'], close: 'promise', startReturnsServer: false },
  fastify: { startMethods: ['listen'], close: 'promise', startReturnsServer: false },
  hapi: { startMethods: ['start'], close: 'promise', closeMethod: 'stop', startReturnsServer: false },
  nestjs: { startMethods: ['listen'], close: 'promise', startReturnsServer: false },
  http: { startMethods: ['listen'], close: 'callback', startReturnsServer: true },
  https: { startMethods: ['listen'], close: 'callback', startReturnsServer: true },
  http2: { startMethods: ['listen'], close: 'callback', startReturnsServer: true },
  net: { startMethods: ['listen'], close: 'callback', startReturnsServer: true },
  tls: { startMethods: ['listen'], close: 'callback', startReturnsServer: true },
  'socket.io': { startMethods: ['listen', 'attach'], startNeedsPort: true, startsOnCreation: 'port-argument', close: 'callback', startReturnsServer: false },
  ws: { startMethods: [], startsOnCreation: 'port-option', close: 'callback', startReturnsServer: false },
  'hono-node-server': { startMethods: [], startsOnCreation: 'always', close: 'callback', startReturnsServer: false },
  mosca: { startMethods: [], startsOnCreation: 'always', close: 'callback', startReturnsServer: false },
  // proxy-chain's Server listens on listen() (the port given when it is made); close(closeConnections) resolves once it is closed.
  'proxy-chain': { startMethods: ['listen'], close: 'promise', startReturnsServer: false },
  // Bun.serve({ fetch }) (or `serve` of the `bun` module) serves as it is called; server.stop() stops
  // taking connections, and the process then ends once the requests in flight are answered.
  bun: { startMethods: [], close: 'sync', closeMethod: 'stop', startReturnsServer: false },
  // Deno.serve(handler) serves as it is called; server.shutdown() lets the requests in flight finish.
  deno: { startMethods: [], close: 'promise', closeMethod: 'shutdown', startReturnsServer: false },
  // bindAsync() binds the port (and, from @grpc/grpc-js 1.10, serves); tryShutdown(callback) drains calls.
  // The old `grpc` package binds with bind() and serves from start().
  grpc: { startMethods: ['bindAsync', 'start'], close: 'callback', closeMethod: 'tryShutdown', startReturnsServer: false },
  // Both ask for `process.once('SIGTERM', () => bot.stop())` in their own documentation: the update
  // being handled is finished and the polling offset confirmed.
  // launch() (Telegraf 3 also startPolling() and startWebhook()).
  telegraf: { startMethods: ['launch', 'startPolling', 'startWebhook'], close: 'sync', closeMethod: 'stop', startReturnsServer: false, bot: true },
  grammy: { startMethods: ['start'], close: 'promise', closeMethod: 'stop', startReturnsServer: false, bot: true },
  // run(bot) of @grammyjs/runner starts polling as it is called and returns the runner to stop.
  'grammy-runner': { startMethods: [], startsOnCreation: 'always', close: 'promise', closeMethod: 'stop', startReturnsServer: false, bot: true },
  // Probot's run(appFn) starts its Server and resolves to it; a Server made with `new` listens on start(); stop() closes either.
  probot: { startMethods: [], startsOnCreation: 'always', close: 'promise', closeMethod: 'stop', startReturnsServer: false },
  'probot-server': { startMethods: ['start'], close: 'promise', closeMethod: 'stop', startReturnsServer: false },
  // server.run(port) of boardgame.io listens with its game and lobby servers; server.kill(servers)
  // closes the ones run() resolved to, so there is no close of the instance itself to suggest.
  'boardgame.io': { startMethods: ['run'], startReturnsServer: false },
  // GraphQL Yoga 2's server.start() listens (on port 4000 unless told otherwise) and stop() closes it;
  // version 1's start() resolves to the http.Server, which has no stop of its own.
  'graphql-yoga': { startMethods: ['start'], close: 'promise', closeMethod: 'stop', startReturnsServer: false },
  'graphql-yoga-1': { startMethods: ['start'], startReturnsServer: false },
  // app.start() of a Slack Bolt app opens its HTTP receiver (or Socket Mode connection); app.stop() closes it.
  'slack-bolt': { startMethods: ['start'], close: 'promise', closeMethod: 'stop', startReturnsServer: false, bot: true },
  // client.initialize() of whatsapp-web.js logs its browser in and starts taking messages; client.destroy() closes it.
  'whatsapp-web.js': { startMethods: ['initialize'], close: 'promise', closeMethod: 'destroy', startReturnsServer: false, bot: true, readyEvents: ['ready'] },
  // client.login(token) connects a discord.js bot to the gateway; client.destroy() closes the connection.
  'discord.js': { startMethods: ['login'], close: 'promise', closeMethod: 'destroy', startReturnsServer: false, bot: true, readyEvents: ['ready', 'clientready'] },
  // bot.connect() connects an Eris bot to Discord's gateway; bot.disconnect({ reconnect: false }) closes it.
  eris: { startMethods: ['connect'], close: 'sync', closeMethod: 'disconnect', startReturnsServer: false, bot: true, readyEvents: ['ready'] },
  // client.connect() joins a tmi.js bot to Twitch chat; client.disconnect() (a promise) leaves it.
  'tmi.js': { startMethods: ['connect'], close: 'promise', closeMethod: 'disconnect', startReturnsServer: false, bot: true, readyEvents: ['connected'] },
  // new TelegramBot(token, { polling: true }) (or { webHook }) polls as it is created; so do startPolling() and openWebHook().
  'node-telegram-bot-api': {
    startMethods: ['startPolling', 'openWebHook'],
    startsOnCreation: 'option',
    creationOption: { argument: 1, keys: ['polling', 'webHook'] },
    close: 'promise',
    closeMethod: 'stopPolling',
    closeMethods: { webHook: 'closeWebHook', openWebHook: 'closeWebHook' },
    startReturnsServer: false,
    bot: true,
  },
};

/** A job-queue worker or a scheduler that starts its work as it is made. */
export interface WorkerStarter {
  /** How messages name it. */
  readonly label: string;
  /**
   * What it runs: a queue's jobs (run again once their locks expire), a schedule's tasks (not run
   * again until their next time) or a broker's messages (delivered again once the broker sees the
   * consumer gone).
   */
  readonly runs: 'jobs' | 'tasks' | 'messages';
  /**
   * The method of what the module member makes that makes the worker, when the member does not make
   * it itself: kafkajs's `kafka.consumer({ groupId })` on a `new Kafka(…)`.
   */
  readonly madeBy?: string;
  /** Results are handed to a Node-style callback, last argument, second parameter (`connect(url, (err, conn) => …)`), when not awaited. */
  readonly callbackApi?: boolean;
  /** What the module member makes is what to close (amqplib's connection, whose `close()` closes its channels), not the worker itself. */
  readonly closeMade?: boolean;
  /** The method that stops it taking new work. */
  readonly closeMethod: string;
  /**
   * `promise`: the close method waits for the work in progress and the handler exits after it
   * (BullMQ's `close()`); `sync`: it only stops the schedule, and the process ends by itself once
   * the run in progress is done.
   */
  readonly close: 'promise' | 'sync';
  /** An option that, set to `false`, leaves it stopped until it is run (BullMQ's `autorun`), and the argument that holds it. */
  readonly autorun?: { readonly option: string; readonly argument: number };
  /** The method that starts one made not to run by itself (BullMQ's `worker.run()`). */
  readonly runMethod?: string;
  /**
   * Stopped unless told to start: by this positional argument set to `true` (`new CronJob(time,
   * onTick, onComplete, true)`), by the option of that name in an options object given first
   * (`CronJob.from({ …, start: true })`), or by a call of the method of that name on it later.
   */
  readonly startFlag?: { readonly argument: number; readonly option: string };
  /** Stopped until this method is called on it, whatever it is made with (Agenda's `agenda.start()`). */
  readonly startMethod?: string;
}

const BULLMQ_WORKER: WorkerStarter = { label: 'a BullMQ `Worker`', runs: 'jobs', closeMethod: 'close', close: 'promise', autorun: { option: 'autorun', argument: 2 }, runMethod: 'run' };
/** node-cron 3 leaves a schedule stopped with `{ scheduled: false }`; node-cron 4's `schedule` always starts it (`createTask` does not). */
const NODE_CRON_TASK: WorkerStarter = { label: 'a node-cron schedule', runs: 'tasks', closeMethod: 'stop', close: 'sync', autorun: { option: 'scheduled', argument: 2 } };
const NODE_SCHEDULE_JOB: WorkerStarter = { label: 'a node-schedule job', runs: 'tasks', closeMethod: 'cancel', close: 'sync' };
/** Agenda processes the jobs it defines once `agenda.start()` is called; `agenda.stop()` unlocks the ones it holds. */
const AGENDA: WorkerStarter = { label: 'an Agenda scheduler', runs: 'jobs', closeMethod: 'stop', close: 'promise', startMethod: 'start' };
/** Bull's and bee-queue's queues run jobs once `queue.process(handler)` is called; `queue.close()` waits for the jobs in progress. */
const BULL_QUEUE: WorkerStarter = { label: 'a Bull queue worker', runs: 'jobs', closeMethod: 'close', close: 'promise', startMethod: 'process' };
const BEE_QUEUE: WorkerStarter = { label: 'a bee-queue worker', runs: 'jobs', closeMethod: 'close', close: 'promise', startMethod: 'process' };
/** A kafkajs consumer takes messages once `consumer.run({ eachMessage })` is called; `consumer.disconnect()` lets the batch in progress finish and leaves the group. */
const KAFKAJS_CONSUMER: WorkerStarter = { label: 'a kafkajs consumer', runs: 'messages', closeMethod: 'disconnect', close: 'promise', madeBy: 'consumer', startMethod: 'run' };
/**
 * An amqplib channel takes messages once `channel.consume(queue, handler)` is called; closing the
 * connection it was made on (`connection.close()`) closes it, and RabbitMQ queues the messages it
 * had not acknowledged again. The callback API hands each result to a callback, whose close takes one.
 */
const AMQPLIB_CONSUMER: WorkerStarter = { label: 'an amqplib consumer', runs: 'messages', closeMethod: 'close', close: 'promise', madeBy: 'createChannel', startMethod: 'consume', closeMade: true };
const AMQPLIB_CALLBACK_CONSUMER: WorkerStarter = { ...AMQPLIB_CONSUMER, close: 'sync', callbackApi: true };
/**
 * An sqs-consumer `Consumer` polls its queue once `consumer.start()` is called; `consumer.stop()`
 * stops polling (the messages in progress finish, and SQS hands out again any it had not deleted
 * once their visibility timeout ends).
 */
const SQS_CONSUMER: WorkerStarter = { label: 'an sqs-consumer `Consumer`', runs: 'messages', closeMethod: 'stop', close: 'sync', startMethod: 'start' };
/** A kafka-node consumer fetches messages as it is made; `consumer.close(cb)` stops fetching (and commits, when told to). */
const KAFKA_NODE_CONSUMER: WorkerStarter = { label: 'a kafka-node consumer', runs: 'messages', closeMethod: 'close', close: 'sync' };
/**
 * A Google Cloud Pub/Sub subscription pulls messages once a listener is attached
 * (`subscription.on('message', handler)`); `subscription.close()` stops pulling and waits for the
 * messages in progress, whose unacknowledged ones are delivered again.
 */
const PUBSUB_SUBSCRIPTION: WorkerStarter = { label: 'a Pub/Sub subscription', runs: 'messages', closeMethod: 'close', close: 'promise', madeBy: 'subscription', startMethod: 'on' };
const CRON_JOB: WorkerStarter = { label: 'a cron `CronJob`', runs: 'tasks', closeMethod: 'stop', close: 'sync', startFlag: { argument: 3, option: 'start' } };

/**
 * Workers and schedulers that the `workers` check (on in `strict`) treats like servers: killed by
 * SIGTERM without closing, a queue's worker drops the jobs it is running halfway, to be run again
 * once their locks expire (or lost), and a schedule the task it is running, not run again until its
 * next time. Temporal's and graphile-worker's workers handle SIGTERM themselves and are not listed.
 */
export const WORKER_STARTERS: readonly ModuleMember<WorkerStarter>[] = [
  { module: 'bullmq', path: ['Worker'], kind: 'construct', info: BULLMQ_WORKER },
  { module: '@taskforcesh/bullmq-pro', path: ['WorkerPro'], kind: 'construct', info: { ...BULLMQ_WORKER, label: 'a BullMQ Pro `WorkerPro`' } },
  { module: 'node-cron', path: ['schedule'], kind: 'call', info: NODE_CRON_TASK },
  { module: 'node-schedule', path: ['scheduleJob'], kind: 'call', info: NODE_SCHEDULE_JOB },
  { module: 'cron', path: ['CronJob'], kind: 'construct', info: CRON_JOB },
  { module: 'cron', path: ['CronJob', 'from'], kind: 'call', info: CRON_JOB },
  { module: 'agenda', path: [], kind: 'construct', info: AGENDA },
  { module: 'agenda', path: ['Agenda'], kind: 'construct', info: AGENDA },
  { module: 'agenda', path: ['default'], kind: 'construct', info: AGENDA },
  { module: '@hokify/agenda', path: ['Agenda'], kind: 'construct', info: AGENDA },
  { module: 'bull', path: [], kind: 'construct', info: BULL_QUEUE },
  { module: 'bull', path: [], kind: 'call', info: BULL_QUEUE },
  { module: 'bull', path: ['default'], kind: 'construct', info: BULL_QUEUE },
  { module: 'bee-queue', path: [], kind: 'construct', info: BEE_QUEUE },
  // cron 1 and 2: `cron.job(…)` makes a `CronJob` with the same arguments.
  { module: 'cron', path: ['job'], kind: 'call', info: CRON_JOB },
  { module: 'kafkajs', path: ['Kafka'], kind: 'construct', info: KAFKAJS_CONSUMER },
  { module: 'amqplib', path: ['connect'], kind: 'call', info: AMQPLIB_CONSUMER },
  { module: 'amqplib/callback_api', path: ['connect'], kind: 'call', info: AMQPLIB_CALLBACK_CONSUMER },
  { module: 'sqs-consumer', path: ['Consumer', 'create'], kind: 'call', info: SQS_CONSUMER },
  { module: 'sqs-consumer', path: ['Consumer'], kind: 'construct', info: SQS_CONSUMER },
  { module: 'kafka-node', path: ['Consumer'], kind: 'construct', info: KAFKA_NODE_CONSUMER },
  { module: 'kafka-node', path: ['ConsumerGroup'], kind: 'construct', info: { ...KAFKA_NODE_CONSUMER, label: 'a kafka-node `ConsumerGroup`' } },
  { module: '@google-cloud/pubsub', path: ['PubSub'], kind: 'construct', info: PUBSUB_SUBSCRIPTION },
];
