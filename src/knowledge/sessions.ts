import type { ModuleMember } from '../analysis/modules';

/**
 * A middleware that keeps per-client state (sessions, request counters) in a store that
 * defaults to this process's memory unless one of `storeOptions` is given.
 */
export interface StoreMiddleware {
  /** How messages name it: the package name. */
  readonly name: string;
  /**
   * What it keeps: sessions, request counters, an OpenID provider's sessions, grants and tokens,
   * the installations (and their tokens) of a Slack app's OAuth flow, or a game server's matches.
   */
  readonly concern: 'session' | 'rateLimit' | 'authorization' | 'installation' | 'match';
  /** Options that move the state out of the process: `store`, or `redis` for @fastify/rate-limit. */
  readonly storeOptions: readonly string[];
  /** Which argument of the call (or of `register(plugin, options)`, counted after the plugin) holds the options. */
  readonly optionsIndex: number;
  /** A service-backed replacement to name in the message. */
  readonly example: string;
  /** The options may be a list of limits, which holds no store (`ThrottlerModule.forRoot([{ ttl, limit }])`). */
  readonly listOptions?: boolean;
  /** Options of which one must be given for the state to be kept at all: Slack's OAuth flow runs only with a `clientId`. */
  readonly onlyWith?: readonly string[];
  /**
   * Options with a `type` other than `'single'` are grammY's multi sessions
   * (`{ type: 'multi', user: { storage, initial } }`): each part has a storage of its own, in
   * memory when it names none.
   */
  readonly multiType?: boolean;
  /** A value of the store option that names the in-process store itself: `storageClient: 'MEMORY_STORE'`. */
  readonly memoryValue?: { readonly value: string; readonly label: string };
}

function middleware(
  name: string,
  concern: StoreMiddleware['concern'],
  example: string,
  storeOptions: readonly string[] = ['store'],
): StoreMiddleware {
  return { name, concern, storeOptions, optionsIndex: 0, example };
}

const EXPRESS_SESSION = middleware('express-session', 'session', 'connect-redis');
// Express 3's and Connect 2's bundled session middleware, which keeps sessions in its `MemoryStore` unless given a `store`.
const BUNDLED_SESSION = middleware("Express 3's `express.session()`", 'session', 'connect-redis');
const CONNECT_SESSION = middleware("Connect's `connect.session()`", 'session', 'connect-redis');
const NEXT_SESSION = middleware('next-session', 'session', 'connect-redis (through `promisifyStore`)');
const KOA_GENERIC_SESSION = middleware('koa-generic-session', 'session', 'koa-redis');
// koa-session2 keeps sessions in its own `Store`, a Map of the process, unless given a `store`.
const KOA_SESSION2 = middleware('koa-session2', 'session', 'a subclass of its `Store` backed by Redis');
const FASTIFY_SESSION = middleware('@fastify/session', 'session', 'connect-redis');
// AdminJS's authenticated router runs express-session with the `sessionOptions` it is given (its
// fourth argument), on express-session's MemoryStore unless they name a `store`.
const ADMINJS_SESSION: StoreMiddleware = { ...middleware("@adminjs/express's `buildAuthenticatedRouter()`", 'session', 'connect-redis in its `sessionOptions`'), optionsIndex: 3 };
const OLD_FASTIFY_SESSION = middleware('fastify-session', 'session', 'connect-redis');
const EXPRESS_RATE_LIMIT = middleware('express-rate-limit', 'rateLimit', 'rate-limit-redis');
const EXPRESS_SLOW_DOWN = middleware('express-slow-down', 'rateLimit', 'rate-limit-redis');
const FASTIFY_RATE_LIMIT = middleware('@fastify/rate-limit', 'rateLimit', 'a Redis client in its `redis` option', ['redis', 'store']);
const OLD_FASTIFY_RATE_LIMIT = middleware('fastify-rate-limit', 'rateLimit', 'a Redis client in its `redis` option', ['redis', 'store']);
// hono-rate-limiter's `rateLimiter({ windowMs, limit, keyGenerator })` counts in a `MemoryStore` unless given a `store`.
const HONO_RATE_LIMITER = middleware('hono-rate-limiter', 'rateLimit', 'its `RedisStore`');
// sveltekit-rate-limiter's `new RateLimiter({ rates })` (also `RetryAfterRateLimiter`) counts in a TTL cache of the process unless given a `store`.
const SVELTEKIT_RATE_LIMITER = middleware('sveltekit-rate-limiter', 'rateLimit', 'a `store` backed by Redis');
// graphql-rate-limit's directive, shield rule and limiter count in an `InMemoryStore` unless given a `store`.
const GRAPHQL_RATE_LIMIT = middleware('graphql-rate-limit', 'rateLimit', 'its `RedisStore`');
// Chat bots: Telegraf's `session()` and grammY's `session()` keep each chat's session in a Map of
// the process unless given a store (Telegraf: `store`; grammY: `storage`).
const TELEGRAF_SESSION = middleware('telegraf', 'session', 'the Redis store of @telegraf/session');
const GRAMMY_SESSION: StoreMiddleware = { ...middleware('grammy', 'session', '@grammyjs/storage-redis', ['storage']), multiType: true };
// grammY's rate limiter (also for Telegraf) counts in a `MemoryStore` unless its `storageClient` is a Redis client.
const GRAMMY_RATELIMITER: StoreMiddleware = {
  ...middleware('@grammyjs/ratelimiter', 'rateLimit', 'a Redis client in its `storageClient` option', ['storageClient']),
  memoryValue: { value: 'MEMORY_STORE', label: "`storageClient: 'MEMORY_STORE'`" },
};
const NEST_THROTTLER: StoreMiddleware = { ...middleware('@nestjs/throttler', 'rateLimit', '@nest-lab/throttler-storage-redis', ['storage']), listOptions: true };
// oidc-provider's `new Provider(issuer, configuration)` keeps sessions, grants and tokens in its
// development-only in-memory adapter unless the configuration names an `adapter`.
const OIDC_PROVIDER: StoreMiddleware = { ...middleware('oidc-provider', 'authorization', 'Redis or a database', ['adapter']), optionsIndex: 1 };
// A Slack app that installs itself with OAuth (`clientId`, `clientSecret`, `stateSecret`) keeps each
// workspace's installation, bot token included, in @slack/oauth's `MemoryInstallationStore` unless
// given an `installationStore`. An app given a `receiver` leaves OAuth to it, and one given a
// `token` or an `authorize` function does not install itself (Bolt refuses either beside OAuth).
const slackInstaller = (name: string): StoreMiddleware => ({
  ...middleware(name, 'installation', 'one that saves installations to your database', ['installationStore', 'receiver', 'token', 'authorize']),
  onlyWith: ['clientId'],
});
const BOLT_APP = slackInstaller("@slack/bolt's `App`");
const BOLT_RECEIVER = slackInstaller("@slack/bolt's receiver");
const SLACK_INSTALL_PROVIDER = slackInstaller("@slack/oauth's `InstallProvider`");

// @shopify/shopify-app-express keeps the shops' sessions, their access tokens included, in a
// `MemorySessionStorage` unless given a `sessionStorage`.
const SHOPIFY_APP = middleware(
  "@shopify/shopify-app-express's `shopifyApp`",
  'session',
  'a database-backed session storage such as @shopify/shopify-app-session-storage-redis or -postgresql',
  ['sessionStorage'],
);

// @shopify/shopify-api before version 6: `Shopify.Context.initialize({ …, SESSION_STORAGE })` keeps the
// shops' sessions in a `MemorySessionStorage` unless given another storage.
const SHOPIFY_CONTEXT = middleware(
  "@shopify/shopify-api's `Shopify.Context.initialize`",
  'session',
  'a storage backed by a database, such as `Shopify.Session.RedisSessionStorage` or a `CustomSessionStorage`',
  ['SESSION_STORAGE'],
);

// boardgame.io's `Server({ games })` keeps every match (state, log, players' credentials) in an
// `InMemory` storage unless given a `db` (or, with FLATFILE_DIR set, in files on the instance's disk).
const BOARDGAME_SERVER = middleware("boardgame.io's `Server`", 'match', 'a storage backed by a database such as bgio-postgres', ['db']);

/** Middlewares called with their options (`app.use(session({ secret }))`), and servers made with them (`new Provider(issuer, configuration)`). */
export const STORE_MIDDLEWARE_CALLS: readonly ModuleMember<StoreMiddleware>[] = [
  { module: 'express-session', path: [], kind: 'call', info: EXPRESS_SESSION },
  { module: 'express-session', path: ['default'], kind: 'call', info: EXPRESS_SESSION },
  { module: 'express', path: ['session'], kind: 'call', info: BUNDLED_SESSION },
  { module: 'connect', path: ['session'], kind: 'call', info: CONNECT_SESSION },
  ...['@adminjs/express', '@admin-bro/express', 'admin-bro-expressjs'].flatMap((module): ModuleMember<StoreMiddleware>[] =>
    [['buildAuthenticatedRouter'], ['default', 'buildAuthenticatedRouter']].map((path) => ({ module, path, kind: 'call', info: ADMINJS_SESSION })),
  ),
  { module: 'next-session', path: [], kind: 'call', info: NEXT_SESSION },
  { module: 'next-session', path: ['default'], kind: 'call', info: NEXT_SESSION },
  { module: 'koa-generic-session', path: [], kind: 'call', info: KOA_GENERIC_SESSION },
  { module: 'koa-generic-session', path: ['default'], kind: 'call', info: KOA_GENERIC_SESSION },
  { module: 'koa-session2', path: [], kind: 'call', info: KOA_SESSION2 },
  { module: 'koa-session2', path: ['default'], kind: 'call', info: KOA_SESSION2 },
  { module: 'express-rate-limit', path: [], kind: 'call', info: EXPRESS_RATE_LIMIT },
  { module: 'express-rate-limit', path: ['default'], kind: 'call', info: EXPRESS_RATE_LIMIT },
  { module: 'express-rate-limit', path: ['rateLimit'], kind: 'call', info: EXPRESS_RATE_LIMIT },
  { module: 'express-slow-down', path: [], kind: 'call', info: EXPRESS_SLOW_DOWN },
  { module: 'express-slow-down', path: ['default'], kind: 'call', info: EXPRESS_SLOW_DOWN },
  { module: 'express-slow-down', path: ['slowDown'], kind: 'call', info: EXPRESS_SLOW_DOWN },
  { module: 'hono-rate-limiter', path: ['rateLimiter'], kind: 'call', info: HONO_RATE_LIMITER },
  { module: 'sveltekit-rate-limiter/server', path: ['RateLimiter'], kind: 'construct', info: SVELTEKIT_RATE_LIMITER },
  { module: 'sveltekit-rate-limiter/server', path: ['RetryAfterRateLimiter'], kind: 'construct', info: SVELTEKIT_RATE_LIMITER },
  { module: 'graphql-rate-limit', path: [], kind: 'call', info: GRAPHQL_RATE_LIMIT },
  { module: 'graphql-rate-limit', path: ['default'], kind: 'call', info: GRAPHQL_RATE_LIMIT },
  { module: 'graphql-rate-limit', path: ['createRateLimitDirective'], kind: 'call', info: GRAPHQL_RATE_LIMIT },
  { module: 'graphql-rate-limit', path: ['createRateLimitRule'], kind: 'call', info: GRAPHQL_RATE_LIMIT },
  { module: 'graphql-rate-limit', path: ['getGraphQLRateLimiter'], kind: 'call', info: GRAPHQL_RATE_LIMIT },
  { module: 'telegraf', path: ['session'], kind: 'call', info: TELEGRAF_SESSION },
  // The class's static form: `bot.use(Telegraf.session())`.
  { module: 'telegraf', path: ['Telegraf', 'session'], kind: 'call', info: TELEGRAF_SESSION },
  { module: 'telegraf', path: ['default', 'session'], kind: 'call', info: TELEGRAF_SESSION },
  // Telegraf 3: require('telegraf/session')
  { module: 'telegraf/session', path: [], kind: 'call', info: TELEGRAF_SESSION },
  { module: 'grammy', path: ['session'], kind: 'call', info: GRAMMY_SESSION },
  { module: 'grammy', path: ['lazySession'], kind: 'call', info: GRAMMY_SESSION },
  { module: '@grammyjs/ratelimiter', path: ['limit'], kind: 'call', info: GRAMMY_RATELIMITER },
  // ThrottlerModule.forRoot([{ ttl, limit }]) or forRoot({ throttlers, storage })
  { module: '@nestjs/throttler', path: ['ThrottlerModule', 'forRoot'], kind: 'call', info: NEST_THROTTLER },
  { module: 'oidc-provider', path: [], kind: 'construct', info: OIDC_PROVIDER },
  { module: 'oidc-provider', path: ['default'], kind: 'construct', info: OIDC_PROVIDER },
  { module: 'oidc-provider', path: ['Provider'], kind: 'construct', info: OIDC_PROVIDER },
  { module: '@slack/bolt', path: ['App'], kind: 'construct', info: BOLT_APP },
  { module: '@slack/bolt', path: ['ExpressReceiver'], kind: 'construct', info: BOLT_RECEIVER },
  { module: '@slack/bolt', path: ['HTTPReceiver'], kind: 'construct', info: BOLT_RECEIVER },
  { module: '@slack/bolt', path: ['SocketModeReceiver'], kind: 'construct', info: BOLT_RECEIVER },
  { module: '@slack/oauth', path: ['InstallProvider'], kind: 'construct', info: SLACK_INSTALL_PROVIDER },
  { module: '@shopify/shopify-app-express', path: ['shopifyApp'], kind: 'call', info: SHOPIFY_APP },
  ...[['Shopify'], ['default'], []].map((root): ModuleMember<StoreMiddleware> => ({ module: '@shopify/shopify-api', path: [...root, 'Context', 'initialize'], kind: 'call', info: SHOPIFY_CONTEXT })),
  { module: 'boardgame.io/server', path: ['Server'], kind: 'call', info: BOARDGAME_SERVER },
];

/** A Fastify plugin registered with its options: `fastify.register(fastifySession, { secret })`. */
export interface StorePlugin {
  readonly module: string;
  /** Exports that are the plugin; `''` is the module value itself. */
  readonly exports: readonly string[];
  readonly info: StoreMiddleware;
}

export const STORE_MIDDLEWARE_PLUGINS: readonly StorePlugin[] = [
  { module: '@fastify/session', exports: ['', 'default', 'fastifySession'], info: FASTIFY_SESSION },
  { module: 'fastify-session', exports: ['', 'default'], info: OLD_FASTIFY_SESSION },
  { module: '@fastify/rate-limit', exports: ['', 'default', 'fastifyRateLimit'], info: FASTIFY_RATE_LIMIT },
  { module: 'fastify-rate-limit', exports: ['', 'default'], info: OLD_FASTIFY_RATE_LIMIT },
];

/** How a store value is built when it keeps everything in process memory. */
export interface MemoryStoreInfo {
  /** How messages name it: `MemoryStore` from express-session. */
  readonly label: string;
  /** It keeps sessions in files on the instance's own disk, not in memory (session-file-store). */
  readonly disk?: true;
}

const memory = (label: string): MemoryStoreInfo => ({ label });
const disk = (label: string): MemoryStoreInfo => ({ label, disk: true });

/** `new MemoryStore()` and friends: constructing one of these is an in-process store. */
export const MEMORY_STORE_CONSTRUCTORS: readonly ModuleMember<MemoryStoreInfo>[] = [
  { module: 'express-session', path: ['MemoryStore'], kind: 'construct', info: memory('`MemoryStore` from express-session') },
  { module: '@fastify/session', path: ['MemoryStore'], kind: 'construct', info: memory('`MemoryStore` from @fastify/session') },
  { module: '@fastify/session', path: ['Store'], kind: 'construct', info: memory('the built-in `Store` of @fastify/session') },
  { module: 'fastify-session', path: ['MemoryStore'], kind: 'construct', info: memory('`MemoryStore` from fastify-session') },
  { module: 'next-session/lib/memory-store', path: [], kind: 'construct', info: memory('`MemoryStore` from next-session') },
  { module: 'next-session/lib/memory-store', path: ['default'], kind: 'construct', info: memory('`MemoryStore` from next-session') },
  { module: 'koa-generic-session', path: ['MemoryStore'], kind: 'construct', info: memory('`MemoryStore` from koa-generic-session') },
  { module: 'koa-generic-session/lib/memory_store', path: [], kind: 'construct', info: memory('`MemoryStore` from koa-generic-session') },
  { module: 'koa-session2', path: ['Store'], kind: 'construct', info: memory('the built-in `Store` of koa-session2') },
  { module: 'express-rate-limit', path: ['MemoryStore'], kind: 'construct', info: memory('`MemoryStore` from express-rate-limit') },
  { module: 'hono-rate-limiter', path: ['MemoryStore'], kind: 'construct', info: memory('`MemoryStore` from hono-rate-limiter') },
  { module: 'graphql-rate-limit', path: ['InMemoryStore'], kind: 'construct', info: memory('`InMemoryStore` from graphql-rate-limit') },
  { module: 'grammy', path: ['MemorySessionStorage'], kind: 'construct', info: memory('`MemorySessionStorage` from grammY') },
  { module: '@slack/oauth', path: ['MemoryInstallationStore'], kind: 'construct', info: memory('`MemoryInstallationStore` from @slack/oauth') },
  { module: '@slack/bolt', path: ['MemoryInstallationStore'], kind: 'construct', info: memory('`MemoryInstallationStore` from @slack/bolt') },
  { module: '@slack/oauth', path: ['FileInstallationStore'], kind: 'construct', info: disk('`FileInstallationStore` from @slack/oauth') },
  { module: '@slack/bolt', path: ['FileInstallationStore'], kind: 'construct', info: disk('`FileInstallationStore` from @slack/bolt') },
  { module: '@shopify/shopify-app-session-storage-memory', path: ['MemorySessionStorage'], kind: 'construct', info: memory('`MemorySessionStorage` from @shopify/shopify-app-session-storage-memory') },
  ...[['Shopify'], ['default'], []].map((root): ModuleMember<MemoryStoreInfo> => ({ module: '@shopify/shopify-api', path: [...root, 'Session', 'MemorySessionStorage'], kind: 'construct', info: memory('`Shopify.Session.MemorySessionStorage` from @shopify/shopify-api') })),
  // Files on the instance's own disk.
  { module: '@grammyjs/storage-file', path: ['FileAdapter'], kind: 'construct', info: disk('a `FileAdapter` from @grammyjs/storage-file') },
  { module: '@shopify/shopify-app-session-storage-sqlite', path: ['SQLiteSessionStorage'], kind: 'construct', info: disk('`SQLiteSessionStorage` from @shopify/shopify-app-session-storage-sqlite') },
  { module: 'boardgame.io/server', path: ['FlatFile'], kind: 'construct', info: disk('`FlatFile` from boardgame.io') },
];

/** A store that writes what it keeps to files on the instance's disk wherever it is made. */
export interface OwnDiskStore {
  /** How messages name it. */
  readonly label: string;
  /** What it keeps there. */
  readonly kept: string;
  /** What to use instead. */
  readonly example: string;
}

const LOCAL_SESSION: OwnDiskStore = {
  label: '`LocalSession` from telegraf-session-local',
  kept: "the chats' sessions",
  example: 'a session store backed by a service, e.g. the Redis store of @telegraf/session',
};
const WWEBJS_LOCAL_AUTH: OwnDiskStore = {
  label: '`LocalAuth` from whatsapp-web.js',
  kept: 'the WhatsApp Web session (the login)',
  example: '`RemoteAuth` with a store backed by a service (wwebjs-mongo, wwebjs-aws-s3)',
};
const BAILEYS_FILE_AUTH: OwnDiskStore = {
  label: "Baileys' `useMultiFileAuthState`",
  kept: "the WhatsApp login's credentials and keys",
  example: 'an auth state that reads and writes a database (Baileys advises against the file one in production)',
};

/**
 * Stores that are their own middleware or strategy, reported where they are made:
 * `new LocalSession(options)` of telegraf-session-local, whose `.middleware()` a Telegraf bot uses,
 * writes every chat's session to a JSON file (or keeps it in memory with its `storageMemory`);
 * whatsapp-web.js's `new LocalAuth()` keeps the logged-in browser session in a folder
 * (`.wwebjs_auth`), and Baileys' `useMultiFileAuthState(folder)` the login's credentials and
 * signal keys, so a redeploy logs the bot out.
 */
export const OWN_DISK_STORES: readonly ModuleMember<OwnDiskStore>[] = [
  { module: 'telegraf-session-local', path: [], kind: 'construct', info: LOCAL_SESSION },
  { module: 'telegraf-session-local', path: ['default'], kind: 'construct', info: LOCAL_SESSION },
  { module: 'whatsapp-web.js', path: ['LocalAuth'], kind: 'construct', info: WWEBJS_LOCAL_AUTH },
  { module: 'baileys', path: ['useMultiFileAuthState'], kind: 'call', info: BAILEYS_FILE_AUTH },
  { module: '@whiskeysockets/baileys', path: ['useMultiFileAuthState'], kind: 'call', info: BAILEYS_FILE_AUTH },
  { module: '@adiwajshing/baileys', path: ['useMultiFileAuthState'], kind: 'call', info: BAILEYS_FILE_AUTH },
];

/** A chat bot framework's state storage that keeps every conversation's and user's state in this process's memory. */
export interface MemoryBotStorage {
  /** How messages name it. */
  readonly label: string;
  /** A service-backed replacement to name in the message. */
  readonly example: string;
}

const BOT_FRAMEWORK_MEMORY: MemoryBotStorage = {
  label: "Bot Framework's `MemoryStorage`",
  example: '`BlobsStorage` of botbuilder-azure-blobs or `CosmosDbPartitionedStorage` of botbuilder-azure',
};
const BOT_FRAMEWORK_3_MEMORY: MemoryBotStorage = { label: "Bot Framework's `MemoryBotStorage`", example: 'a storage of botbuilder-azure' };
const AGENTS_SDK_MEMORY: MemoryBotStorage = { label: "the Agents SDK's `MemoryStorage`", example: '`BlobsStorage` of @microsoft/agents-hosting-storage-blob or `CosmosDbPartitionedStorage` of @microsoft/agents-hosting-storage-cosmos' };

/**
 * `new MemoryStorage()` of the Bot Framework SDK (botbuilder, botbuilder-core; Teams AI bots take
 * it from there) and of the Microsoft 365 Agents SDK: the store the bot's `ConversationState` and
 * `UserState` read and write on every turn, which its own templates call a local debugging store.
 * Bot Framework 3's `MemoryBotStorage` is the same. Reported where it is made.
 */
export const MEMORY_BOT_STORAGES: readonly ModuleMember<MemoryBotStorage>[] = [
  { module: 'botbuilder', path: ['MemoryStorage'], kind: 'construct', info: BOT_FRAMEWORK_MEMORY },
  { module: 'botbuilder-core', path: ['MemoryStorage'], kind: 'construct', info: BOT_FRAMEWORK_MEMORY },
  { module: 'botbuilder', path: ['MemoryBotStorage'], kind: 'construct', info: BOT_FRAMEWORK_3_MEMORY },
  { module: '@microsoft/agents-hosting', path: ['MemoryStorage'], kind: 'construct', info: AGENTS_SDK_MEMORY },
  { module: '@microsoft/agents-hosting', path: ['MemoryStorage', 'getSingleInstance'], kind: 'call', info: AGENTS_SDK_MEMORY },
];

/**
 * Packages whose export is called with the session module and returns an in-memory store
 * class: `const MemoryStore = require('memorystore')(session); new MemoryStore({...})`.
 */
export const MEMORY_STORE_FACTORIES: readonly ModuleMember<MemoryStoreInfo>[] = [
  { module: 'memorystore', path: [], kind: 'call', info: memory('a store from memorystore') },
  { module: 'memorystore', path: ['default'], kind: 'call', info: memory('a store from memorystore') },
  // Files on the instance's own disk: lost on redeploy and invisible to every other instance.
  { module: 'session-file-store', path: [], kind: 'call', info: disk('a store from session-file-store') },
  { module: 'session-file-store', path: ['default'], kind: 'call', info: disk('a store from session-file-store') },
  { module: 'connect-loki', path: [], kind: 'call', info: disk('a store from connect-loki') },
  { module: 'connect-loki', path: ['default'], kind: 'call', info: disk('a store from connect-loki') },
  { module: 'connect-sqlite3', path: [], kind: 'call', info: disk('a store from connect-sqlite3') },
  { module: 'connect-sqlite3', path: ['default'], kind: 'call', info: disk('a store from connect-sqlite3') },
];

/** A rate limiter that counts in this process's memory by construction, whatever it is handed. */
export interface MemoryRateLimiter {
  /** How messages name it. */
  readonly label: string;
  /** A service-backed replacement to name in the message. */
  readonly example: string;
  /** For a limiter called with options: it counts in memory only when they give this option this value. */
  readonly memoryWhen?: { readonly option: string; readonly value: string };
}

const RATE_LIMITER_MEMORY: MemoryRateLimiter = { label: "rate-limiter-flexible's `RateLimiterMemory`", example: '`RateLimiterRedis`' };
const EXPRESS_BRUTE_MEMORY: MemoryRateLimiter = { label: "express-brute's `MemoryStore`", example: 'express-brute-redis' };
const ROLLING_IN_MEMORY: MemoryRateLimiter = { label: "rolling-rate-limiter's `InMemoryRateLimiter`", example: '`IORedisRateLimiter`' };
// @grammyjs/ratelimiter's storages for its `Limiter` (`new Limiter().useStorage(new MemoryStore(null))`).
const GRAMMY_RATELIMITER_MEMORY: MemoryRateLimiter = { label: "@grammyjs/ratelimiter's `MemoryStore`", example: 'a Redis storage' };
// koa-ratelimit counts in Redis by default; `driver: 'memory'` keeps the counts in a Map of the process.
const KOA_RATELIMIT_MEMORY: MemoryRateLimiter = { label: "koa-ratelimit's `memory` driver", example: "its `redis` driver", memoryWhen: { option: 'driver', value: 'memory' } };

/**
 * `new RateLimiterMemory({ points, duration })`, `new ExpressBrute.MemoryStore()`,
 * `ratelimit({ driver: 'memory', db: new Map() })`: reported where they are made (strict).
 */
export const MEMORY_RATE_LIMITERS: readonly ModuleMember<MemoryRateLimiter>[] = [
  { module: 'rate-limiter-flexible', path: ['RateLimiterMemory'], kind: 'construct', info: RATE_LIMITER_MEMORY },
  { module: 'rate-limiter-flexible', path: ['default', 'RateLimiterMemory'], kind: 'construct', info: RATE_LIMITER_MEMORY },
  { module: 'express-brute', path: ['MemoryStore'], kind: 'construct', info: EXPRESS_BRUTE_MEMORY },
  { module: 'express-brute', path: ['default', 'MemoryStore'], kind: 'construct', info: EXPRESS_BRUTE_MEMORY },
  { module: 'rolling-rate-limiter', path: ['InMemoryRateLimiter'], kind: 'construct', info: ROLLING_IN_MEMORY },
  { module: '@grammyjs/ratelimiter/storages', path: ['MemoryStore'], kind: 'construct', info: GRAMMY_RATELIMITER_MEMORY },
  { module: 'koa-ratelimit', path: [], kind: 'call', info: KOA_RATELIMIT_MEMORY },
  { module: 'koa-ratelimit', path: ['default'], kind: 'call', info: KOA_RATELIMIT_MEMORY },
];

/**
 * Stores backed by a service. The rule stays silent for any `store` that is not a known in-memory
 * one, so these rows document what "a store backed by a service" means and feed the tests.
 */
export const SERVICE_STORES: readonly { readonly module: string; readonly for: readonly string[] }[] = [
  { module: 'connect-redis', for: ['express-session', '@fastify/session', 'next-session'] },
  { module: 'connect-mongo', for: ['express-session', '@fastify/session'] },
  { module: 'connect-pg-simple', for: ['express-session', '@fastify/session'] },
  { module: 'connect-mongodb-session', for: ['express-session'] },
  { module: 'express-mysql-session', for: ['express-session'] },
  { module: 'connect-session-sequelize', for: ['express-session'] },
  { module: 'connect-session-knex', for: ['express-session'] },
  { module: 'connect-memcached', for: ['express-session'] },
  { module: 'connect-dynamodb', for: ['express-session'] },
  { module: '@quixo3/prisma-session-store', for: ['express-session'] },
  { module: 'koa-redis', for: ['koa-generic-session'] },
  { module: 'rate-limit-redis', for: ['express-rate-limit', 'express-slow-down'] },
  { module: 'rate-limit-memcached', for: ['express-rate-limit'] },
  { module: 'rate-limit-mongo', for: ['express-rate-limit'] },
];

/** Sessions kept client-side (in a signed/encrypted cookie): nothing lives in the process. */
export const CLIENT_SIDE_SESSIONS: readonly string[] = [
  'cookie-session',
  'koa-session',
  'iron-session',
  'next-iron-session',
  'client-sessions',
  '@fastify/secure-session',
  'fastify-secure-session',
];

/** A cache library: its instances are caches, not state of record, unless keyed per user. */
export interface CacheLibrary {
  readonly name: string;
  /** Methods that store an entry, with the key as first argument. */
  readonly writeMethods: readonly string[];
}

const LRU_CACHE: CacheLibrary = { name: 'lru-cache', writeMethods: ['set'] };
const NODE_CACHE: CacheLibrary = { name: 'node-cache', writeMethods: ['set', 'mset'] };
const QUICK_LRU: CacheLibrary = { name: 'quick-lru', writeMethods: ['set'] };
const MEMORY_CACHE: CacheLibrary = { name: 'memory-cache', writeMethods: ['put'] };
const TTL_CACHE: CacheLibrary = { name: '@isaacs/ttlcache', writeMethods: ['set'] };
const TINY_LRU: CacheLibrary = { name: 'tiny-lru', writeMethods: ['set'] };
const LRU_MIN: CacheLibrary = { name: 'lru.min', writeMethods: ['set'] };

/** Creations of cache instances: `new LRUCache({ max })`, `new NodeCache()`, `lru(100)`. */
export const CACHE_CONSTRUCTORS: readonly ModuleMember<CacheLibrary>[] = [
  { module: 'lru-cache', path: [], kind: 'construct', info: LRU_CACHE },
  { module: 'lru-cache', path: ['default'], kind: 'construct', info: LRU_CACHE },
  { module: 'lru-cache', path: ['LRUCache'], kind: 'construct', info: LRU_CACHE },
  { module: 'node-cache', path: [], kind: 'construct', info: NODE_CACHE },
  { module: 'node-cache', path: ['default'], kind: 'construct', info: NODE_CACHE },
  { module: 'quick-lru', path: [], kind: 'construct', info: QUICK_LRU },
  { module: 'quick-lru', path: ['default'], kind: 'construct', info: QUICK_LRU },
  { module: 'memory-cache', path: ['Cache'], kind: 'construct', info: MEMORY_CACHE },
  { module: '@isaacs/ttlcache', path: [], kind: 'construct', info: TTL_CACHE },
  { module: '@isaacs/ttlcache', path: ['default'], kind: 'construct', info: TTL_CACHE },
  { module: 'tiny-lru', path: ['lru'], kind: 'call', info: TINY_LRU },
  { module: 'tiny-lru', path: ['LRU'], kind: 'construct', info: TINY_LRU },
  { module: 'lru.min', path: ['createLRU'], kind: 'call', info: LRU_MIN },
];

/** Module exports that are themselves a process-wide cache: `require('memory-cache').put(key, value)`. */
export const CACHE_SINGLETON_WRITES: readonly ModuleMember<CacheLibrary>[] = [
  { module: 'memory-cache', path: ['put'], kind: 'call', info: MEMORY_CACHE },
];

/**
 * Names that stand for a person, who outlives any one connection: `userId`, `req.user.id`,
 * `accountId`, `uid`. Matched against lower-cased identifiers and property names.
 */
export const PERSON_KEY_NAME = /user|account|customer|member|principal|visitor|^uid$/;

/** Names that stand for a session: `sessionId`, `req.session`, `sid`. */
const SESSION_KEY_NAME = /session|^sid$/;

/**
 * Names in a cache key that make the entry per-user state: `cache.set(req.user.id, ...)`,
 * `cache.set(\`cart:${sessionId}\`, ...)`: a person's or a session's. Given lower-cased
 * identifiers, property names and key text.
 */
export function isUserKeyName(lower: string): boolean {
  return PERSON_KEY_NAME.test(lower) || SESSION_KEY_NAME.test(lower);
}

/**
 * Module-level collections named like caches are caches: `const cache = {}` written by a handler
 * is treated like a cache-library instance (silent unless `strict` finds user-keyed writes).
 * Matched against the lower-cased name; `memo` but not `memory` (`inMemoryDb`, `memoryUsers` say
 * where the state lives, not that it is a cache).
 */
export const CACHE_NAME = /cache|memo(?!ry)/;

/**
 * Module-level collections named like rate limits (`cooldowns`, `rateLimits`, `throttle`), or
 * written by a function so named (`rateLimiter`, `limiter`), count requests or commands per user:
 * like a rate limiter's memory store, reported only by `strict`. Matched against the lower-cased name.
 */
export const RATE_LIMIT_NAME = /cooldown|ratelimit|rate_limit|limiter|throttl|antispam/;
