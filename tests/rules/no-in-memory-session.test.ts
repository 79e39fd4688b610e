import type { Parser } from '@typescript-eslint/utils/ts-eslint';
import rule from '../../src/rules/no-in-memory-session';
import { createRuleTester, minified } from '../rule-tester';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- espree ships no types
const espree = require('espree') as Parser.LooseParserModule;
/** Plain CommonJS JavaScript through espree (`sourceType` passes through to ESLint's config). */
const espreeCommonJs = { parser: espree, sourceType: 'commonjs' as const };
const ruleTester = createRuleTester();

const EXPRESS_SESSION = { name: 'express-session', option: 'store', example: 'connect-redis' };
const FASTIFY_SESSION = { name: '@fastify/session', option: 'store', example: 'connect-redis' };
const RATE_LIMIT = { name: 'express-rate-limit', option: 'store', example: 'rate-limit-redis' };
const GRAMMY = { name: 'grammy', option: 'storage', example: '@grammyjs/storage-redis' };
const strict = [{ strict: true }] as const;

/** A collection written by middleware named as rate limiters: per-user request counts. */
const RATE_LIMITER_MIDDLEWARE = `const requestLog = new Map();
export const rateLimiter = (req, res, next) => {
  const stamps = (requestLog.get(req.user.id) ?? []).filter((t) => Date.now() - t < 60000);
  if (stamps.length >= 100) return res.status(429).end();
  requestLog.set(req.user.id, [...stamps, Date.now()]);
  next();
};
export function limiter(req, res, next) {
  requestLog.set(req.ip, Date.now());
  next();
}`;

/** A Worker's per-IP rate limit whose 429 goes through a TypeScript wrapper. */
const WORKER_RATE_LIMIT_AS_CONST = `const hits = new Map<string, number>();
export default {
  async fetch(request: Request): Promise<Response> {
    const ip = request.headers.get('cf-connecting-ip') ?? '';
    const count = (hits.get(ip) ?? 0) + 1;
    hits.set(ip, count);
    if (count > 100) return new Response('slow down', { status: 429 as const });
    return new Response('ok');
  },
};`;

/** A Netlify function's per-IP rate limit: a helper writes, the handler answers 429. */
const NETLIFY_RATE_LIMIT = `const seen = new Map();
function allow(ip) { const recent = (seen.get(ip) || []).filter((t) => Date.now() - t < 60000); recent.push(Date.now()); seen.set(ip, recent); return recent.length <= 10; }
export default async (req, context) => {
  if (!allow(context.ip)) return new Response('Too Many Requests', { status: 429 });
  return new Response(await render(req));
};`;

function state(name: string, line: number, handler = 'request handler') {
  return { messageId: 'moduleState' as const, data: { name, line, handler } };
}

ruleTester.run('no-in-memory-session', rule, {
  valid: [
    {
      name: 'a list a logout handler only filters, that nothing in the module fills; an export list of no handlers',
      code: `const app = require('express')();
let refreshTokens = [];
app.delete('/logout', (req, res) => { refreshTokens = refreshTokens.filter((t) => t !== req.body.token); res.sendStatus(204); });
const seen = new Set();
const remember = (id) => seen.add(id);
module.exports = { remember };`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "AdminJS's authenticated router given a session store; a router builder of the project's own",
      code: `import AdminJSExpress from '@adminjs/express';
import { buildAuthenticatedRouter } from './admin';
export const adminRouter = AdminJSExpress.buildAuthenticatedRouter(admin, auth, null, { store: sessionStore, resave: false, saveUninitialized: false });
export const other = buildAuthenticatedRouter(admin, auth);`,
    },
    {
      name: "a request event of something else than the websocket package's server",
      code: `const { server: Other } = require('./websocket');
const posts = [];
new Other({}).on('request', (request) => { posts.push(request.body); });`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a counter of a server action, without strict; a module's own function that calls nothing",
      code: `'use server';
let likeCount = 0;
export async function incrementLike() {
  likeCount++;
  return likeCount;
}
let n = 0;
function next() { n++; return n; }`,
    },
    {
      name: "SvelteKit's export names in a module that is no SvelteKit server file (a store's actions)",
      code: `const db = [];
export const actions = { add: async ({ request }) => { db.push(await request.json()); } };
export async function handle({ event }) { db.push(event.id); }`,
      filename: '/repo/src/store/actions.js',
    },
    {
      name: "a factory that returns no handler-shaped function, and a middleware factory's own setup",
      code: `const registry = new Map();
export function makeKey(prefix) { return (id) => registry.set(prefix + id, true); }
const loaded = [];
export default function plugin(options) { loaded.push(options.name); return (req, res, next) => next(); }`,
    },
    {
      name: 'an export list of helpers that are no handlers',
      code: `const seen = new Set();
const remember = (id) => seen.add(id);
const names = {};
function rename(id, name) { names[id] = name; }
export { remember, rename };
export default { remember, rename };`,
    },
    // A collection on the global object that only the module's load fills, or whose bare name is a
    // binding of the handler's own, holds no request's state.
    {
      name: 'a session store chosen by the environment, one made on demand, and a rate limiter store',
      code: `const session = require('express-session');
const RedisStore = require('connect-redis')(session);
const MemoryStore = require('memorystore')(session);
const rateLimit = require('express-rate-limit');
module.exports = process.env.REDIS_URL ? new RedisStore({ client }) : new MemoryStore();
exports.make = () => new MemoryStore();
exports.limiterStore = new rateLimit.MemoryStore();
if (process.env.NODE_ENV === 'development') exports.dev = new MemoryStore();`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "@shopify/shopify-api's context given a storage of the app's own",
      code: `import Shopify from '@shopify/shopify-api';
Shopify.Context.initialize({ API_KEY: process.env.SHOPIFY_API_KEY, SESSION_STORAGE: new Shopify.Session.CustomSessionStorage(storeCallback, loadCallback, deleteCallback) });`,
    },
    {
      name: 'state of one connection, made by the function each connection is handed to',
      code: `module.exports = (socket) => {
  const moves = {};
  socket.on('move', (m) => { moves[m.id] = m; });
};`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'state of one connection, made by a function handed the server and the connection',
      code: `module.exports = (io, socket) => {
  const votes = {};
  socket.on('vote', (v) => { votes[v.option] = (votes[v.option] ?? 0) + 1; io.emit('votes', votes); });
};`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a setup function whose list its handlers only read, and one that fills it as it runs',
      code: `module.exports = (app) => {
  const allowed = [];
  allowed.push('/health', '/metrics');
  app.get('/routes', (req, res) => res.json(allowed.filter((path) => path.startsWith(req.query.prefix))));
};`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a named export that takes an app, as `export function registerRoutes(app)` (only the module export is taken for a setup function)',
      code: `exports.registerRoutes = function (app) {
  const todos = [];
  app.post('/todos', (req, res) => { todos.push(req.body); res.status(201).end(); });
};
module.exports.initSocket = initSocket;
function initSocket(io) {
  const onlineUsers = new Map();
  io.on('connection', (socket) => { socket.on('add-user', (userId) => onlineUsers.set(userId, socket.id)); });
}`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "strict: a setup function's counter of connections (a shutdown helper's bookkeeping)",
      options: strict,
      code: `module.exports = function GracefulShutdown(server) {
  const connections = {};
  let connectionCounter = 0;
  server.on('connection', (socket) => {
    const id = connectionCounter++;
    connections[id] = socket;
    socket.once('close', () => { delete connections[id]; });
  });
};`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a collection a promise callback declares and fills itself, and one of a callback given a request',
      code: `const express = require('express');
const app = express();
loadRoutes().then(() => {
  const names = [];
  names.push('health');
  app.get('/names', (req, res) => res.json(names));
});
fetchUsers().then((req) => {
  const seen = {};
  app.post('/x', (r, res) => { seen[r.body.id] = true; res.end(); });
});
module.exports = app;`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a function handed options, not a server, app or bot',
      code: `module.exports = (options) => {
  const seen = {};
  return (req, res, next) => { seen[req.ip] = Date.now(); next(); };
};`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a global list filled as the module loads and read by handlers',
      code: `const express = require('express');
const app = express();
global.routes = [];
routes.push('/health', '/users');
app.get('/routes', (req, res) => res.json(global.routes));
module.exports = app;`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a handler writing a local collection of the same name as a global one',
      code: `const express = require('express');
const app = express();
global.users = {};
app.post('/import', (req, res) => {
  const users = {};
  users[req.body.id] = req.body;
  res.json(users);
});
module.exports = app;`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a fallback collection of a constant that is not the global object',
      code: `const settings = loadSettings();
const overrides = settings.overrides ?? {};
export async function POST(req: Request) {
  const body = await req.json();
  overrides[body.key] = body.value;
  return new Response('ok');
}`,
    },
    {
      name: 'a cache on the global object (recommended leaves caches to strict)',
      code: `const express = require('express');
const app = express();
global.pageCache = new Map();
app.get('/page/:id', async (req, res) => {
  pageCache.set(req.params.id, await render(req.params.id));
  res.send(pageCache.get(req.params.id));
});
module.exports = app;`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'a value on the global object that is no collection',
      code: `const express = require('express');
const app = express();
global.io = null;
app.post('/attach', (req, res) => {
  global.io = req.app.get('io');
  res.end();
});
module.exports = app;`,
      languageOptions: espreeCommonJs,
    },
    // A minified bundle is output: its source is where sessions are set up.
    { name: 'minified: express-session without a store in a bundle', code: minified('var e=require("express"),s=require("express-session"),a=e();a.use(s({secret:process.env.S}));') },
    {
      // A client made on the first invocation and kept for warm ones; a function named `handler` that takes no event.
      name: "a serverless handler's client cache, and a handler that is no serverless entry",
      code: `let cachedDb = null;
async function connect() { if (cachedDb) return cachedDb; cachedDb = await MongoClient.connect(process.env.MONGODB_URI); return cachedDb; }
let client;
export async function handler(event) { if (!client) client = makeClient(); const db = await connect(); return db.collection(event.name).find().toArray(); }
const totals = {};
export function handle(event) { totals[event.type] = (totals[event.type] ?? 0) + 1; }
export const parse = { handler: (input) => { totals[input] = 1; } };`,
    },
    {
      // A binding made on the first request and kept; default exports that take a request but are no platform's entry.
      name: "a Worker's client made on the first request, and default-exported helpers that read a request",
      code: `let db;
export default { async fetch(request, env) { db ??= connect(env.DATABASE_URL); return Response.json(await db.query(new URL(request.url).pathname)); } };
const seen = new Map();
export const remember = { fetch: (input) => { seen.set(input, 1); } };`,
    },
    {
      name: 'a default export that takes a req alone is as likely a helper',
      code: `const lookups = new Map();
export default function currentUser(req) { lookups.set(req.headers.authorization, Date.now()); return lookups.size; }`,
    },
    {
      name: 'per-client counters of a handler that answers 429 Too Many Requests: a rate limiter, left to strict',
      code: `const express = require('express');
const app = express();
const hits = new Map();
app.post('/login', (req, res) => {
  const count = (hits.get(req.ip) ?? 0) + 1;
  hits.set(req.ip, count);
  if (count > 5) return res.status(429).send('Too many attempts');
  res.json(login(req.body));
});`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a Netlify function's rate limit: a helper writes, the handler answers 429",
      code: NETLIFY_RATE_LIMIT,
    },
    {
      name: 'a rate limit whose 429 is written `429 as const`',
      code: WORKER_RATE_LIMIT_AS_CONST,
    },
    {
      name: 'a setup function that puts the server and a cache on the global object',
      code: `module.exports = function (io) {
  global.io = io;
  global.messageCache = new Map();
  io.on('connection', (socket) => { socket.on('msg', (m) => { messageCache.set(m.id, m); io.emit('msg', m); }); });
};`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "uWebSockets.js routes that keep the open sockets or their sockets' own data, or only read module data",
      code: `const { SSLApp } = require('uWebSockets.js');
const sockets = new Set();
const users = {};
const prices = { basic: 5, pro: 20 };
SSLApp({ key_file_name: process.env.KEY_FILE, cert_file_name: process.env.CERT_FILE })
  .ws('/live', { open: (ws) => { sockets.add(ws); }, close: (ws) => { sockets.delete(ws); } })
  .ws('/chat', { message: (ws, message) => { const userData = ws.getUserData(); userData.ws = ws; users[Date.now()] = userData; } })
  .get('/prices', (res) => res.end(JSON.stringify(prices)))
  .listen(Number(process.env.PORT), () => {});`,
      languageOptions: espreeCommonJs,
    },
    {
      name: 'collections named as memos are caches, silent in recommended',
      code: `const app = require('express')();
const memo = {};
const fibMemos = new Map();
app.get('/fib/:n', (req, res) => {
  memo[req.params.n] ??= fib(Number(req.params.n));
  fibMemos.set(req.params.n, memo[req.params.n]);
  res.json(memo[req.params.n]);
});`,
    },
    {
      name: "a memo a request handler resets only in development (Payload's GraphQL schema)",
      code: `export const app = require('express')();
let cached = global._graphql;
if (!cached) cached = global._graphql = { schema: null };
app.post('/graphql', async (req, res) => {
  if (process.env.NODE_ENV === 'development') cached = global._graphql = { schema: null };
  const visits = new Map();
  if (process.env.NODE_ENV !== 'production') { sessionsByUser.set(req.user.id, req.body); }
  res.json(await run(cached, req.body));
});
const sessionsByUser = new Map();`,
      options: [{ strict: true }],
    },
    // GraphQL resolvers that only read module data, or write what they create; a map not of resolvers.
    `import { ApolloServer } from '@apollo/server';
const plans = new Map([['basic', 5]]);
const resolvers = {
  Query: { price: (_, { plan }) => plans.get(plan) },
  Mutation: { quote: (_, { plan }) => { const lines = []; lines.push(plans.get(plan)); return lines; } },
};
export const server = new ApolloServer({ typeDefs, resolvers });`,
    `const audit = [];
export const labels = { Mutation: 'Change', Query: 'Read' };
export function record(entry) { audit.push(entry); }`,
    // Exported functions that are not shaped like handlers (a helper, a job), and handlers that only read.
    `const seen = new Map();
export function remember(key, value) { seen.set(key, value); }
export default function run(job) { seen.set(job.id, job); }`,
    `const prices = new Map([['basic', 5]]);
export default function handler(req, res) { res.json({ price: prices.get(req.query.plan) }); }`,
    // A set that only keeps a warning from being logged twice (Medusa's store search), in the branch
    // of \`if (!set.has(k))\` or in a function that does nothing else.
    `const unscopedIndexes = new Set();
export const POST = async (req, res) => {
  const { index, logger } = req;
  if (missing.length && !unscopedIndexes.has(index.name)) {
    unscopedIndexes.add(index.name);
    logger.warn(\`Search index "\${index.name}" declares no filterable field\`);
  }
  res.json({});
};
const warned = new Set();
function warnOnce(key) {
  if (warned.has(key)) return;
  warned.add(key);
  process.emitWarning(\`\${key} is deprecated\`);
}
export const PUT = (req, res) => { warnOnce(req.body.option); res.end(); };`,
    // Classes: methods not shaped like handlers, a handler-shaped method of a class the module does
    // not export, a static helper only start-up code calls, and a handler writing its own instance.
    `export class Registry {
  static entries = new Map();
  static record(name, value) { Registry.entries.set(name, value); }
}
class Hidden {
  static seen = new Map();
  static login(req, res) { Hidden.seen.set(req.ip, Date.now()); res.end(); }
}
export class Warmup {
  static cache = new Map();
  static fill(key) { Warmup.cache.set(key, Date.now()); }
  static health(req, res) { res.json({ size: Warmup.cache.size }); }
}
Warmup.fill('boot');
export class Counter {
  hits = 0;
  count(req, res) { this.hits += 1; res.end(); }
}`,
    `const queue = [];
module.exports = { enqueue: (item, priority) => queue.push({ item, priority }) };`,
    // --- service-backed stores -----------------------------------------------------------------
    `const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const client = createClient({ url: process.env.REDIS_URL });
app.use(session({ store: new RedisStore({ client }), secret: process.env.SESSION_SECRET, resave: false }));`,
    `import session from 'express-session';
import MongoStore from 'connect-mongo';
app.use(session({ secret: process.env.SECRET, store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }) }));`,
    `const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
app.use(session({ store: new PgStore({ conString: process.env.DATABASE_URL }), secret: process.env.SECRET }));`,
    `import session from 'express-session';
const options = { secret: process.env.SECRET, store: sessionStore };
app.use(session(options));`,
    // A file store in one branch only is a choice made by the deploy.
    `const session = require('express-session');
const FileStore = require('session-file-store')(session);
app.use(session({ secret: process.env.SECRET, store: process.env.REDIS_URL ? new RedisStore({ client }) : new FileStore() }));`,
    `import session from 'express-session';
const base = { store: new RedisStore({ client }) };
app.use(session({ ...base, secret: process.env.SECRET }));`,
    // Options whose store cannot be seen here: unknown spread, parameter, config lookup.
    `import session from 'express-session';
app.use(session({ ...config.session, secret: process.env.SECRET }));`,
    // Sessions of a development or test run only.
    `const session = require('express-session');
if (app.get('env') === 'development') app.use(session({ secret: 'dev' }));
else app.use(session({ secret: process.env.SECRET, store: new RedisStore({ client }) }));`,
    // A conditional spread that may bring the store.
    `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, ...(process.env.REDIS_URL && { store: new RedisStore({ client }) }) }));`,
    `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, ...(useRedis ? { store: redisStore } : defaults) }));`,
    `const session = require('express-session');
module.exports = (options) => session(options);`,
    `const session = require('express-session');
app.use(session(config.get('session')));`,
    // The options object is completed after its declaration.
    `const session = require('express-session');
const sess = { secret: process.env.SECRET, cookie: {} };
if (process.env.REDIS_URL) sess.store = new RedisStore({ client });
app.use(session(sess));`,
    `const session = require('express-session');
const sess = { secret: process.env.SECRET };
Object.assign(sess, { store: makeStore() });
app.use(session(sess));`,
    // A memory store only outside production is a choice made by configuration.
    `import session, { MemoryStore } from 'express-session';
app.use(session({ secret: s, store: isProduction ? new RedisStore({ client }) : new MemoryStore() }));`,
    // A store that production gets, or a choice not made by environment, is configuration's.
    `import session from 'express-session';
const isDev = process.env.NODE_ENV !== 'production';
app.use(session({ secret: s, store: isDev ? undefined : new RedisStore({ client }) }));`,
    `import session from 'express-session';
app.use(session({ secret: s, store: process.env.REDIS_URL ? new RedisStore({ client }) : undefined }));`,
    // --- client-side sessions ------------------------------------------------------------------
    `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'session', keys: [process.env.KEY] }));`,
    `import session from 'koa-session';
app.use(session({ key: 'koa.sess' }, app));`,
    `import { getIronSession } from 'iron-session';
export async function GET(req, res) { const session = await getIronSession(req, res, { password: process.env.PW, cookieName: 'sid' }); }`,
    `import fastifySecureSession from '@fastify/secure-session';
fastify.register(fastifySecureSession, { key: Buffer.from(process.env.KEY, 'hex') });`,
    // A Deno module with npm: specifiers and a store.
    `import session from 'npm:express-session@1.18.1';
import { RedisStore } from 'npm:connect-redis@8';
app.use(session({ secret: Deno.env.get('SECRET'), store: new RedisStore({ client }) }));`,
    // --- fastify with a store -------------------------------------------------------------------
    `import Fastify from 'fastify';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
const app = Fastify();
app.register(fastifySession, { secret: process.env.SECRET, store: new RedisStore({ client }) });`,
    `const fastifySession = require('@fastify/session');
module.exports = async function (fastify, opts) { fastify.register(fastifySession, opts.session); };`,
    {
      name: "koa-session2 with a store of its own, a subclass of its Store",
      code: `import session, { Store } from 'koa-session2';
import Redis from 'ioredis';
class RedisStore extends Store {
  redis = new Redis(process.env.REDIS_URL);
  async get(sid) { return JSON.parse(await this.redis.get(sid)); }
  async set(session, { sid = this.getID(24), maxAge } = {}) { await this.redis.set(sid, JSON.stringify(session), 'PX', maxAge); return sid; }
  async destroy(sid) { await this.redis.del(sid); }
}
app.use(session({ store: new RedisStore() }));`,
    },
    {
      name: 'next-session and koa-generic-session with a store',
      code: `import nextSession from 'next-session';
import genericSession from 'koa-generic-session';
import redisStore from 'koa-redis';
export const getSession = nextSession({ store: promisifyStore(new RedisStore({ client })) });
app.use(genericSession({ store: redisStore() }));`,
    },
    {
      name: 'per-user cooldowns of a bot or an API: an in-memory rate limit, reported by strict only',
      code: `const { Client, Events } = require('discord.js');
const client = new Client({ intents: [] });
const cooldowns = new Map();
class Limits { static rateLimits = {}; }
client.on(Events.MessageCreate, (message) => {
  if (Date.now() - (cooldowns.get(message.author.id) ?? 0) < 2000) return;
  cooldowns.set(message.author.id, Date.now());
  Limits.rateLimits[message.author.id] = Date.now();
});
client.login(process.env.DISCORD_TOKEN);`,
    },
    {
      name: 'a collection written by a middleware named as a rate limiter: an in-memory rate limit, reported by strict only',
      code: RATE_LIMITER_MIDDLEWARE,
    },
    {
      name: "a discord.js bot's own life cycle (ready, errors) fills registries: no user's update is handled there",
      code: `const { Client, Events } = require('discord.js');
const client = new Client({ intents: [] });
const commands = new Map();
const failures = {};
client.once(Events.ClientReady, () => {
  for (const name of ['ping', 'help']) commands.set(name, require('./commands/' + name));
});
client.on('error', (error) => { failures[error.code] = error.message; });
client.on('shardDisconnect', (event, id) => { failures[id] = event.reason; });
client.login(process.env.DISCORD_TOKEN);
process.once('SIGTERM', () => client.destroy());`,
    },
    {
      name: "a database pool's connect event, a connection registry of a server handed in, and a function that takes a socket but registers nothing",
      code: `const connected = [];
const sockets = new Map();
const seen = [];
module.exports = (pool, io) => {
  pool.on('connect', (client) => { connected.push(Date.now()); client.query('SET search_path TO app'); });
  pool.on('connection', (connection) => { connected.push(connection.threadId); });
  io.on('connection', (socket) => { sockets.set(socket.id, socket); socket.on('disconnect', () => sockets.delete(socket.id)); });
};
module.exports.describe = function describe(socket) { seen.push(socket.id); return socket.id; };`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a module's run or execute that is no bot's command: a job's runner, a script's",
      code: `const seen = new Set();
const results = [];
module.exports.run = async (message) => { seen.add(message.id); };
export async function execute(task, options) { results.push(task.id); }`,
    },
    {
      name: "a NestJS gateway that registers its clients, and methods of a class that is no gateway",
      code: `import { WebSocketGateway } from '@nestjs/websockets';
const clients = new Set();
const seen = new Map();
@WebSocketGateway()
export class EventsGateway {
  handleConnection(client) { clients.add(client); }
  handleDisconnect(client) { clients.delete(client); }
}
export class Tracker {
  handleConnection(client) { seen.set(client.id, Date.now()); }
}`,
    },
    {
      name: "instance fields a controller fills once, or that only its own helpers write, and a service's (its methods are no handlers)",
      code: `import { Controller, Get, Injectable, OnModuleInit } from '@nestjs/common';
@Controller('health')
export class HealthController implements OnModuleInit {
  private readonly checks = [];
  private readonly names = new Set<string>();
  constructor() { this.names.add('db'); }
  onModuleInit() { this.checks.push(() => ping()); }
  @Get() run() { return this.checks.map((check) => check()); }
}
@Injectable()
export class OtpService {
  private otpStore = new Map<string, string>();
  send(phone: string) { this.otpStore.set(phone, generate()); }
}
class Cart {
  items = [];
  @Post() add(item) { this.items.push(item); }
}`,
    },
    {
      name: "a class's fields through ESLint's own parser, which gives classes no decorators",
      code: `const express = require('express');
const app = express();
class Cart { items = []; add(item) { this.items.push(item); } }
app.post('/cart', (req, res) => { new Cart().add(req.body); res.end(); });`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a database's query and a GraphQL client's mutation are no procedures",
      code: `const results = [];
const sent = new Set();
export async function load(db, client) {
  db.query('SELECT 1', (err, rows) => { results.push(rows); });
  client.mutation((vars) => { sent.add(vars.id); });
}`,
    },
    {
      name: "entries each connection keeps under its own socket's id, read and dropped by it alone (as socket.data)",
      code: `const { Server } = require('socket.io');
const io = new Server(Number(process.env.PORT));
const users = {};
const colors = new Map();
io.on('connection', (socket) => {
  socket.on('join_room', ({ user, room, color }) => { socket.join(room); users[socket.id] = { user, room }; colors.set(socket.id, color); });
  socket.on('send_msg', ({ message }) => { io.to(users[socket.id]?.room).emit('msg', { message, color: colors.get(socket.id) || 'black' }); });
  socket.on('disconnect', () => { delete users[socket.id]; colors.delete(socket.id); });
});`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a connection listener's parameter under another name is the socket too: entries under its id, and a registry of the connections",
      code: `const { Server } = require('socket.io');
const { WebSocketServer } = require('ws');
const io = new Server(Number(process.env.PORT));
const wss = new WebSocketServer({ noServer: true });
const users = {};
const names = new Map();
const peers = new Set();
io.on('connection', (client) => {
  client.on('join', (name) => { users[client.id] = name; names.set(client.id, name); });
  client.on('message', (text) => { client.emit('echo', users[client.id] + names.get(client.id) + text); });
  client.on('disconnect', () => { delete users[client.id]; names.delete(client.id); });
});
wss.on('connection', function (peer) {
  peers.add(peer);
  peer.on('close', () => peers.delete(peer));
});`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a NestJS gateway's connection hooks and a `@ConnectedSocket()` or socket-typed parameter hand over the connection: entries under its id",
      code: `import { WebSocketGateway, OnGatewayConnection, OnGatewayDisconnect, SubscribeMessage, ConnectedSocket, MessageBody } from '@nestjs/websockets';
import { Socket } from 'socket.io';
@WebSocketGateway()
export class OrderGateway implements OnGatewayConnection, OnGatewayDisconnect {
  private connectedClients: Set<string> = new Set();
  private names: Record<string, string> = {};
  private colors = new Map<string, string>();
  handleConnection(client) { this.connectedClients.add(client.id); }
  handleDisconnect(client) { this.connectedClients.delete(client.id); delete this.names[client.id]; this.colors.delete(client.id); }
  @SubscribeMessage('name') setName(@ConnectedSocket() c, @MessageBody() name: string) { this.names[c.id] = name; }
  @SubscribeMessage('color') setColor(peer: Socket, color: string) { this.colors.set(peer.id, color); }
}`,
    },
    {
      name: 'a set of the open connections\' ids, added on connection and dropped on disconnect',
      code: `const io = require('socket.io')(Number(process.env.PORT));
const online = new Set();
io.on('connection', (socket) => {
  online.add(socket.id);
  socket.on('disconnect', () => online.delete(socket.id));
});`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a collection that handlers only drop entries from holds nothing",
      code: `const express = require('express');
const app = express();
var events = {};
app.get('/sse/:id', function (req, res) {
  req.on('close', function () { delete events[req.params.id]; });
});
app.listen(process.env.PORT);`,
    },
    {
      name: "an Eris bot's and a tmi.js bot's own life cycle fill registries: no user's update is handled there",
      code: `const Eris = require('eris');
const tmi = require('tmi.js');
const guilds = new Map();
const joined = [];
const bot = new Eris(process.env.DISCORD_TOKEN);
bot.on('ready', () => { for (const guild of bot.guilds.values()) guilds.set(guild.id, guild.name); });
const client = new tmi.Client({ channels: ['chan'] });
client.on('connected', (address, port) => { joined.push(address); });`,
      languageOptions: espreeCommonJs,
    },
    {
      name: "a gateway's instance field that its handlers only drop entries from holds nothing",
      code: `import { WebSocketGateway, SubscribeMessage } from '@nestjs/websockets';
@WebSocketGateway()
export class GameGateway {
  private socketUsers: Map<string, object> = new Map();
  handleConnection(client) {
    if (this.socketUsers.has(client.user.id)) this.socketUsers.get(client.user.id).disconnect();
    // this.socketUsers.set(client.user.id, client);
  }
  @SubscribeMessage('leave') leave(client) { if (this.socketUsers.has(client.user.id)) this.socketUsers.delete(client.user.id); }
}`,
    },
    {
      name: "chat bots: Telegraf's static session with a store",
      code: `const { Telegraf } = require('telegraf');
const { Redis } = require('@telegraf/session/redis');
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(Telegraf.session({ store: Redis({ url: process.env.REDIS_URL }) }));`,
    },
    {
      name: 'chat bots: Telegraf and grammY sessions with a store',
      code: `const { Telegraf, session } = require('telegraf');
const { Redis } = require('@telegraf/session/redis');
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(session({ store: Redis({ url: process.env.REDIS_URL }) }));`,
    },
    {
      name: "a LocalSession that is not telegraf-session-local's, and telegraf-session-local's only in development",
      code: `const { Telegraf } = require('telegraf');
const LocalSession = require('./local-session');
const DevSession = require('telegraf-session-local');
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(new LocalSession({ database: 'sessions.json' }).middleware());
if (process.env.NODE_ENV === 'development') bot.use(new DevSession().middleware());`,
    },
    {
      name: 'WhatsApp bots: RemoteAuth with a store, a LocalAuth picked only without a database, a development-only file auth state, a local helper of the same name',
      code: `const { Client, LocalAuth, RemoteAuth } = require('whatsapp-web.js');
const { MongoStore } = require('wwebjs-mongo');
const { useMultiFileAuthState } = require('./auth');
const store = new MongoStore({ mongoose });
const client = new Client({ authStrategy: process.env.MONGODB_URI ? new RemoteAuth({ store, backupSyncIntervalMs: 300000 }) : new LocalAuth() });
const remote = new Client({ authStrategy: new RemoteAuth({ store, backupSyncIntervalMs: 300000 }) });
const { state } = await useMultiFileAuthState('auth_info');
client.initialize();`,
    },
    {
      name: 'Baileys: a file auth state only in development, and a database-backed one',
      code: `import makeWASocket, { useMultiFileAuthState } from 'baileys';
import { usePostgresAuthState } from './postgres-auth-state.js';
const { state, saveCreds } = process.env.NODE_ENV === 'development' ? await useMultiFileAuthState('auth_info') : await usePostgresAuthState(pool);
const sock = makeWASocket({ auth: state });
sock.ev.on('creds.update', saveCreds);`,
    },
    {
      name: "boardgame.io: a Server given a database storage or one from elsewhere, a development-only server, and another package's Server",
      code: `const { Server } = require('boardgame.io/server');
const { PostgresStore } = require('bgio-postgres');
const { Server: OtherServer } = require('./server');
const server = Server({ games: [Chess], db: new PostgresStore(process.env.DATABASE_URL) });
const fromConfig = Server({ games: [Chess], db: config.storage });
if (process.env.NODE_ENV === 'development') Server({ games: [Chess] }).run(8000);
const other = OtherServer({ games: [Chess] });`,
    },
    {
      name: "Shopify: shopifyApp given a database-backed sessionStorage, one from elsewhere, and another package's shopifyApp",
      code: `import { shopifyApp } from '@shopify/shopify-app-express';
import { RedisSessionStorage } from '@shopify/shopify-app-session-storage-redis';
import { sessionStorage } from './session-storage.js';
import { shopifyApp as remixApp } from './remix-shim.js';
export const shopify = shopifyApp({ api: { apiVersion: '2025-01' }, auth: { path: '/api/auth', callbackPath: '/api/auth/callback' }, sessionStorage: new RedisSessionStorage(process.env.REDIS_URL) });
export const other = shopifyApp({ api: { apiVersion: '2025-01' }, sessionStorage });
export const remix = remixApp({ api: { apiVersion: '2025-01' } });`,
    },
    {
      name: 'grammY: storage given, and a multi session whose parts name their own storage',
      code: `import { Bot, session } from 'grammy';
import { RedisAdapter } from '@grammyjs/storage-redis';
const bot = new Bot(process.env.BOT_TOKEN);
bot.use(session({ initial: () => ({ count: 0 }), storage: new RedisAdapter({ instance: redis }) }));
bot.use(session({ type: 'multi', user: { storage: new RedisAdapter({ instance: redis }), initial: () => ({}) } }));`,
    },
    {
      name: 'the in-memory default only when no Redis is configured, written as if/else (as a ternary is)',
      code: `import { Bot, session } from 'grammy';
import { RedisAdapter } from '@grammyjs/storage-redis';
import expressSession from 'express-session';
import RedisStore from 'connect-redis';
export const bot = new Bot(process.env.BOT_TOKEN);
if (process.env.REDIS_URL) {
  bot.use(session({ initial: () => ({}), storage: new RedisAdapter({ instance: redis }) }));
} else {
  bot.use(session({ initial: () => ({}) }));
}
if (redisClient) app.use(expressSession({ secret: process.env.SECRET, store: new RedisStore({ client: redisClient }) }));
else app.use(expressSession({ secret: process.env.SECRET }));`,
    },
    {
      name: "a bot's lookup table that handlers only read, and state written outside handlers",
      code: `import { Bot } from 'grammy';
const bot = new Bot(process.env.BOT_TOKEN);
const replies = { hi: 'Hello!', bye: 'See you' };
const admins = new Set();
bot.on('message:text', (ctx) => ctx.reply(replies[ctx.message.text] ?? '?'));
export function addAdmin(id) { admins.add(id); }`,
    },
    // --- look-alikes ---------------------------------------------------------------------------
    `import { session } from './bot/session';
bot.use(session());`,
    `const session = (options) => options;
app.use(session({ secret: 'x' }));`,
    `function load(require) { const session = require('express-session'); return session({}); }`,
    `import session from './session';
app.use(session({ secret: process.env.SECRET }));`,
    `fastify.register(require('./session-plugin'), { secret: process.env.SECRET });`,
    // express-rate-limit and per-user caches are strict-only.
    `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, max: 100 }));`,
    {
      name: 'rate limiter with a Redis store in strict mode',
      options: strict,
      code: `import { rateLimit } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
app.use(rateLimit({ windowMs: 60_000, limit: 100, store: new RedisStore({ sendCommand: (...args) => client.sendCommand(args) }) }));`,
    },
    // --- module-level state that must stay silent ----------------------------------------------
    // Lookup tables only read by handlers.
    `const express = require('express');
const app = express();
const PRICES = { basic: 10, pro: 30 };
const ROLES = new Set(['admin', 'editor']);
app.get('/price/:plan', (req, res) => {
  if (!ROLES.has(req.user.role)) return res.sendStatus(403);
  res.json({ price: PRICES[req.params.plan] });
});`,
    // Collections created inside the handler.
    `const express = require('express');
const app = express();
app.post('/report', (req, res) => {
  const totals = new Map();
  const rows = [];
  for (const item of req.body.items) { totals.set(item.kind, item.amount); rows.push(item); }
  res.json({ rows, totals: Object.fromEntries(totals) });
});`,
    // WeakMaps hold per-object metadata that dies with the object.
    `import express from 'express';
const app = express();
const meta = new WeakMap();
app.use((req, res, next) => { meta.set(req, { start: Date.now() }); next(); });`,
    // Cache libraries are caches, not state of record.
    `import express from 'express';
import { LRUCache } from 'lru-cache';
const app = express();
const pages = new LRUCache({ max: 500 });
app.get('/page/:id', async (req, res) => { pages.set(req.params.id, await render(req.params.id)); res.send(pages.get(req.params.id)); });`,
    `const NodeCache = require('node-cache');
const express = require('express');
const app = express();
const userCache = new NodeCache({ stdTTL: 60 });
app.get('/me', (req, res) => { userCache.set(req.user.id, req.user); res.json(req.user); });`,
    // A hand-rolled cache named as one.
    `const express = require('express');
const app = express();
const renderCache = {};
app.get('/page/:slug', (req, res) => { renderCache[req.params.slug] = render(req.params.slug); res.send(renderCache[req.params.slug]); });`,
    // A collection whose reads the code names a cache (browserless's static files: pathname to file).
    `import express from 'express';
const app = express();
const pathMap = new Map();
app.get('/static/*', async (req, res) => {
  const fileCache = pathMap.get(req.path);
  if (fileCache) return res.sendFile(fileCache.path);
  const file = await locate(req.path);
  pathMap.set(req.path, { path: file });
  res.sendFile(file);
});`,
    // Entries filed under a key named as a cache's (blocklet's image filter: one conversion per cache key at a time).
    `import express from 'express';
const app = express();
const tasks = {};
const renders = new Map();
app.get('/image/*', (req, res) => {
  const cacheKey = md5(req.originalUrl);
  tasks[cacheKey] ??= convert(req.path).finally(() => { delete tasks[cacheKey]; });
  tasks[cacheKey].then(() => res.sendFile(pathFor(cacheKey)));
});
app.get('/page/:slug', (req, res) => {
  if (!renders.has(req.cacheKey)) renders.set(req.cacheKey, render(req.params.slug));
  res.send(renders.get(req.cacheKey));
});`,
    `import express from 'express';
const app = express();
const pages = {};
app.get('/page/:slug', (req, res) => {
  const cached = pages[req.params.slug];
  res.send(cached ?? (pages[req.params.slug] = render(req.params.slug)));
});`,
    // Written at start-up or in a function that is not a request handler.
    `const express = require('express');
const app = express();
const routes = [];
const plugins = new Map();
function registerPlugin(name, plugin) { plugins.set(name, plugin); routes.push(plugin.route); }
registerPlugin('a', require('./a'));
app.get('/plugins', (req, res) => res.json([...plugins.keys()]));`,
    // Registries of open connections (server-sent events, websockets).
    `const express = require('express');
const app = express();
const clients = new Set();
app.get('/events', (req, res) => {
  clients.add(res);
  req.on('close', () => clients.delete(res));
});`,
    `import express from 'express';
const app = express();
const subscribers = new Map();
app.get('/stream/:id', (req, res) => { subscribers.set(req.params.id, { res, since: Date.now() }); });`,
    // Timers scheduled in this process (a room's deletion after everyone left): no store holds a timer's handle.
    `import { Server } from 'socket.io';
const io = new Server(Number(process.env.PORT));
const deleteTimeouts: Map<string, NodeJS.Timeout> = new Map();
const idleTimers = {};
io.on('connection', (socket) => {
  socket.on('leave', (roomId) => {
    deleteTimeouts.set(roomId, setTimeout(() => deleteTimeouts.delete(roomId), 60_000));
    const timer = setInterval(() => socket.emit('ping'), 5000);
    idleTimers[socket.id] = timer;
  });
});`,
    // Callbacks of live subscriptions (a GraphQL subscription's, a long poll's), under any key: no store holds a function.
    `import { createYoga, createSchema } from 'graphql-yoga';
const subscribers: any[] = [];
const onMessagesUpdate = (fn: () => void) => subscribers.push(fn);
const resolvers = {
  Mutation: { sendMessage: (_, args) => { subscribers.forEach((fn) => fn()); return args; } },
  Subscription: {
    messages: {
      subscribe: () => {
        const channel = Date.now().toString();
        onMessagesUpdate(() => pubSub.publish(channel, {}));
        return pubSub.subscribe(channel);
      },
    },
  },
};
export default createYoga({ schema: createSchema({ typeDefs, resolvers }) });`,
    `const express = require('express');
const app = express();
const waiting = {};
const listeners = [];
app.get('/poll/:id', (req, res) => {
  waiting[req.params.id] = (message) => res.json(message);
  listeners.push(function (event) { res.write(event); });
});
app.post('/watch', (req, res) => { const onChange = () => res.end(); listeners.push(onChange); });`,
    // Bun's and Deno's servers: a registry of open sockets, a lookup table the handler only reads, a
    // `serve` of the file's own.
    `const sockets = new Set();
const prices = new Map([['basic', 10]]);
Bun.serve({
  port: Number(process.env.PORT),
  fetch(req, server) { return server.upgrade(req) ? undefined : Response.json(prices.get(new URL(req.url).pathname)); },
  websocket: { open(ws) { sockets.add(ws); }, close(ws) { sockets.delete(ws); }, message(ws, msg) { for (const s of sockets) s.send(msg); } },
});`,
    `const routes = new Map([['/health', () => new Response('ok')]]);
Deno.serve((req) => (routes.get(new URL(req.url).pathname) ?? (() => new Response('not found', { status: 404 })))());`,
    `import { serve } from './http';
const visits = new Map();
serve({ fetch(req) { visits.set(req.headers.get('x-user'), Date.now()); return new Response('ok'); } });`,
    // A client kept on the global object by a handler (not a collection), and a global collection a handler only reads.
    `export async function GET(req) {
  globalThis.prisma = globalThis.prisma || new PrismaClient();
  globalThis.flags ??= new Map();
  return Response.json(await globalThis.prisma.user.findMany({ where: { beta: globalThis.flags.get('beta') } }));
}`,
    // A TypeGraphQL resolver that only reads its fields; Query and Mutation of another module mark no handler.
    `import { Query, Resolver } from 'type-graphql';
import { Mutation } from './decorators';
@Resolver()
export class PlanResolver {
  private plans = [{ id: 'basic', price: 10 }];
  @Query(() => [Plan]) plans() { return this.plans; }
  @Mutation(() => Plan) track(name: string) { this.plans.push({ id: name, price: 0 }); return this.plans; }
}`,
    // An HTTP client's callback under a URL built on a base is no route handler; nor is a path that does not start with '/'.
    `const request = require('request');
module.exports = function (app) {
  const tokens = {};
  const names = {};
  request.post(\`\${process.env.AUTH_URL}/token\`, (err, res, body) => { tokens[body.user] = body.token; });
  app.emit('user:' + 'login', (req, res) => { names[req.id] = req.name; });
};`,
    // Express 3's session middleware given a store, and a session() of an app of the project's own.
    `const express = require('express');
const RedisStore = require('connect-redis')(express);
const app = express();
app.use(express.session({ secret: process.env.SECRET, store: new RedisStore({ client }) }));
app.use(app.session({ secret: process.env.SECRET }));`,
    // A registry of a gRPC chat's open streams, each a method's call, by the sender's name.
    `const grpc = require('@grpc/grpc-js');
const server = new grpc.Server();
const clients = {};
function sendMessage(call) {
  call.on('data', (message) => {
    if (!(message.name in clients)) clients[message.name] = { name: message.name, call: call };
    for (const name in clients) clients[name].call.write(message);
  });
}
server.addService(proto.Chat.service, { sendMessage });`,
    // addService() of something that is not a gRPC server registers no handlers (a dependency container).
    `const container = require('./container');
const instances = new Map();
container.addService('mailer', { create(config) { instances.set('mailer', config); return config; } });`,
    // Without the directive, an exported function is a helper; an action or loader needs the route's argument.
    `let cart = [];
export async function addToCart(product) {
  cart.push(product);
}
export function action(type) { cart.push(type); }`,
    `'use client';
let cart = [];
export async function addToCart(product) {
  cart.push(product);
}`,
    // An upgrade handler's registry of the sockets it takes over is no state.
    `const http = require('http');
const server = http.createServer();
const sockets = new Map();
server.on('upgrade', (req, socket) => { sockets.set(req.headers['sec-websocket-key'], socket); socket.on('close', () => sockets.delete(req.headers['sec-websocket-key'])); });`,
    // A wrapped function that is no handler (a job's), exported by name.
    `const retry = require('./retry');
const attempts = {};
const syncAccount = retry(async (accountId) => { attempts[accountId] = (attempts[accountId] ?? 0) + 1; });
module.exports = { syncAccount };`,
    // A store module's actions (Vuex) are no service's: the schema has no service name.
    `const history = [];
export default {
  namespaced: true,
  actions: { record(context, entry) { history.push(entry); } },
};`,
    // A client kept on the global object (Prisma's development singleton) holds no one's state.
    `import { PrismaClient } from '@prisma/client';
const prisma = globalThis.prisma || new PrismaClient();
if (process.env.NODE_ENV !== 'production') globalThis.prisma = prisma;
export async function POST(request) {
  const user = await prisma.user.create({ data: await request.json() });
  return Response.json(user);
}`,
    // A WhatsApp bot's login life cycle handles no user's message.
    `const { Client, RemoteAuth } = require('whatsapp-web.js');
const client = new Client({ authStrategy: new RemoteAuth({ store, backupSyncIntervalMs: 300000 }) });
const codes = [];
client.on('qr', (qr) => codes.push(qr));
client.on('ready', () => { codes.length = 0; });
client.initialize();`,
    // Connections under keys that name them, or found by what they are: Fastify's reply, a request's parameter.
    `import Fastify from 'fastify';
const app = Fastify();
const streams = new Map();
const waiting = [];
app.get('/events/:id', (request, reply) => { streams.set(request.params.id, { id: request.params.id, stream: reply.raw }); });
app.post('/poll', (request, answer) => { waiting.push({ since: Date.now(), out: answer, req: request }); });`,
    {
      name: 'strict: a scalar that holds the open connection (the one client of a local page)',
      options: strict,
      code: `import { Server } from 'socket.io';
const io = new Server(7000);
let current;
io.on('connection', (client) => {
  current = client;
  current.emit('qr', latestCode());
});`,
    },
    {
      name: "strict: a scalar that holds the process's one outbound connection, made by a factory named for it (Baileys)",
      options: strict,
      code: `import express from 'express';
import makeWASocket from '@whiskeysockets/baileys';
const app = express();
let sock;
async function startBot() {
  sock = makeWASocket({ auth: state });
}
app.post('/pair', async (req, res) => { await startBot(); res.json({ ok: true }); });`,
    },
    // What a function files next to an open connection, under the same key, ends with it (the MCP inspector's proxy).
    `import express from 'express';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
const app = express();
const transports = new Map();
const headerHolders = new Map();
app.post('/mcp', async (req, res) => {
  const holder = { headers: { ...req.headers } };
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => crypto.randomUUID(),
    onsessioninitialized: (sessionId) => {
      transports.set(sessionId, transport);
      headerHolders.set(sessionId, holder);
    },
    onsessionclosed: (sessionId) => {
      transports.delete(sessionId);
      headerHolders.delete(sessionId);
    },
  });
  await transport.handleRequest(req, res, req.body);
});
app.get('/sse', async (req, res) => {
  const transport = new SSEServerTransport('/message', res);
  transports.set(transport.sessionId, transport);
  headerHolders.set(transport.sessionId, { headers: { ...req.headers } });
  await transport.start();
});`,
    // The request itself, parked until another call picks it up (Azure Functions' HTTP proxy): it
    // ends with its connection.
    `import * as http from 'http';
const requests = {};
const responses = {};
export function take(id) { const req = requests[id]; delete requests[id]; return req; }
export function start() {
  const server = http.createServer();
  server.on('request', (req, res) => {
    const id = req.headers['x-invocation-id'];
    requests[id] = req;
    responses[id] = res;
  });
  server.listen(0);
}`,
    // The settlers of a promise the handler awaits, filed until another call answers it (browser-tools-server's screenshots).
    `import express from 'express';
const app = express();
const screenshotCallbacks = new Map();
const waiting = {};
app.post('/screenshot', async (req, res) => {
  const requestId = Date.now().toString();
  const shot = await new Promise((resolve, reject) => {
    screenshotCallbacks.set(requestId, { resolve, reject });
    waiting[requestId] = resolve;
    setTimeout(() => reject(new Error('timeout')), 10000);
  });
  res.json(shot);
});`,
    // Requests for the same thing coalesced while one is in flight: each entry is dropped under its key once the work ends.
    `import express from 'express';
const app = express();
const inflight = new Map();
const loading = {};
app.get('/users/:id', async (req, res) => {
  let pending = inflight.get(req.params.id);
  if (!pending) {
    pending = fetchUser(req.params.id).finally(() => inflight.delete(req.params.id));
    inflight.set(req.params.id, pending);
  }
  res.json(await pending);
});
app.get('/reports/:name', async (req, res) => {
  const name = req.params.name;
  loading[name] = render(name);
  try {
    res.send(await loading[name]);
  } finally {
    delete loading[name];
  }
});`,
    // Requests parked with what answers them, as tuples, until a connection is made (whistle's HTTP/2 proxy).
    `const http = require('http');
const pendingList = {};
http.createServer((req, res) => {
  const name = req.headers.host;
  const item = pendingList[name];
  if (item) return item.push([req, res]);
  pendingList[name] = [[req, res]];
  connect(name, (client) => { const list = pendingList[name]; delete pendingList[name]; list.forEach(([rq, rs]) => client.forward(rq, rs)); });
}).listen(process.env.PORT);`,
    // A web stream's controller is the connection of a server-sent events response (Hono, Mastra's dev server).
    `import { Hono } from 'hono';
const app = new Hono();
const clients = new Set();
app.get('/refresh', (c) => {
  const stream = new ReadableStream({
    start(controller) {
      clients.add(controller);
      c.req.raw.signal.addEventListener('abort', () => clients.delete(controller));
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });
});
export default app;`,
    {
      // Writes at a CommonJS module's top level run once, when it loads: a table the handlers only read.
      name: "a CommonJS module's load-time writes to state its handler only reads, with strict",
      code: `const express = require('express');
const app = express();
const routes = new Map();
let started = 0;
routes.set('/health', (req, res) => res.end('ok'));
started = Date.now();
app.use((req, res, next) => { const handler = routes.get(req.path); return handler ? handler(req, res, started) : next(); });`,
      languageOptions: espreeCommonJs,
      options: strict,
    },
    // An MCP server's session transports (the MCP SDK's own examples): open connections too.
    `import express from 'express';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
const app = express();
const transports = new Map();
app.get('/sse', async (req, res) => {
  const transport = new SSEServerTransport('/message', res);
  transports.set(transport.sessionId, transport);
});`,
    `import express from 'express';
const app = express();
const transports = {};
const sockets = new Map();
app.post('/mcp', async (req, res) => {
  const sessionId = req.headers['mcp-session-id'];
  transports[sessionId] = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  sockets.set(sessionId, req.clientSocket);
});`,
    // A socket.io server's registry of its own sockets, state its handlers only read, and writes
    // by handlers of other events than a connection's (`io.on('error')`).
    `const { Server } = require('socket.io');
const io = new Server(Number(process.env.PORT));
const sockets = new Map();
const greetings = { en: 'hello', fr: 'bonjour' };
const errors = [];
io.on('error', (error) => { errors.push(error); });
io.of('/admin').on('disconnect', (reason) => { errors.push(reason); });
io.on('connection', (socket) => {
  socket.on('login', (userId) => { sockets.set(userId, socket); });
  socket.on('hello', (lang) => socket.emit('hello', greetings[lang]));
  socket.on('disconnect', () => { for (const [id, s] of sockets) if (s === socket) sockets.delete(id); });
});`,
    {
      name: "a function named like h3's handler factory but the file's own, and a lazy handler's one-time setup",
      code: `import { defineEventHandler } from './handlers';
import { defineLazyEventHandler, defineEventHandler as h3Handler } from 'h3';
const carts = new Map();
const models = new Map();
export default defineEventHandler(async (event) => { carts.set(event.context.user, 1); });
export const lazy = defineLazyEventHandler(async () => {
  models.set('default', await loadModel());
  return h3Handler((event) => models.get('default').run(event));
});`,
    },
    {
      name: "a ws server's registries of its sockets, and state keyed by a socket itself, which ends with the connection",
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: Number(process.env.PORT) });
const clients = new Set();
const byUser = new Map();
const rooms = new Map();
const sessions = new Map();
wss.on('connection', (ws, req) => {
  clients.add(ws);
  sessions.set(ws, { agent: null, buffer: '' });
  ws.on('message', (data) => {
    const msg = JSON.parse(data);
    if (msg.type === 'login') byUser.set(msg.userId, ws);
    if (msg.type === 'join') {
      if (!rooms.has(msg.room)) rooms.set(msg.room, new Set());
      rooms.get(msg.room).add(ws);
    }
  });
  ws.on('close', () => clients.delete(ws));
});
wss.on('error', (error) => console.error(error));`,
    },
    {
      name: "a signalling server's subscribers by topic, sets of sockets reached through a constant",
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: Number(process.env.PORT) });
const topics = new Map();
wss.on('connection', (conn) => {
  const subscribed = new Set();
  conn.on('message', (data) => {
    const message = JSON.parse(data);
    const subscribers = topics.get(message.topic) ?? new Set();
    subscribers.add(conn);
    topics.set(message.topic, subscribers);
    subscribed.add(message.topic);
  });
  conn.on('close', () => {
    for (const name of subscribed) {
      const subs = topics.get(name) || new Set();
      subs.delete(conn);
      if (subs.size === 0) topics.delete(name);
    }
  });
});`,
    },
    // A namespace held by a let that is reassigned is not followed (a listener that takes a socket
    // is a connection handler all the same, see the invalid cases); a namespace's other events
    // (`disconnect`) are not connections.
    `const { Server } = require('socket.io');
const io = new Server(Number(process.env.PORT));
const seen = new Set();
let room = io.of('/room');
room = makeRoom();
room.on('connection', (peer) => { seen.add(peer.id); });
const admin = io.of('/admin');
admin.on('disconnect', (socket) => { seen.add(socket.id); });`,
    // Scalars and fixed properties are strict-only.
    `const express = require('express');
const app = express();
let requests = 0;
const stats = { started: Date.now() };
app.use((req, res, next) => { requests++; stats.last = Date.now(); next(); });`,
    // A local binding shadows the module-level one.
    `const express = require('express');
const app = express();
const carts = new Map();
app.post('/cart', (req, res) => { const carts = new Map(); carts.set(req.user.id, req.body); res.end(); });`,
    // Session helpers outside any request handler: only handler writes are evidence.
    `const sessions = {};
function createSession(description) {
  const id = Date.now().toString();
  sessions[id] = { description, history: [] };
  return sessions[id];
}
module.exports = { createSession };`,
    // A helper that only start-up code or a non-request callback calls, and a function nested in a
    // helper that handlers call but that is itself only handed on (not a call per request),
    // and a name reassigned to another function before a handler calls it.
    `const express = require('express');
const app = express();
const plugins = new Map();
const seen = new Set();
function registerPlugin(name, plugin) { plugins.set(name, plugin); }
registerPlugin('auth', require('./auth'));
process.on('message', (message) => registerPlugin(message.name, message.plugin));
function track(req) { function mark(id) { seen.add(id); } return mark; }
app.get('/plugins', (req, res) => { track(req); res.json([...plugins.keys()]); });`,
    `const express = require('express');
const app = express();
const online = new Map();
let remember = function (user) { online.set(user.id, Date.now()); };
remember = (user) => user;
app.post('/login', (req, res) => { remember(req.user); res.end(); });`,
    // Helpers of a route module are not handlers themselves.
    `const warned = new Set();
export async function GET(request) { return Response.json(await search(request)); }
export function warnOnce(name) { if (!warned.has(name)) { warned.add(name); console.warn(name); } }`,
    // Callbacks of non-HTTP APIs that happen to be named get/on.
    `const items = [];
$.get('/api/items', function (data) { items.push(data); });
emitter.on('data', (chunk) => items.push(chunk));`,
    `const queue = [];
client.get('/status', (err, res, body) => { queue.push(body); });`,
    {
      name: 'allowedNames',
      options: [{ allowedNames: ['carts', 'Registry.items'] }],
      code: `const express = require('express');
const app = express();
const carts = new Map();
class Registry { static items = []; }
app.post('/cart', (req, res) => { carts.set(req.user.id, req.body); Registry.items.push(req.body); res.end(); });`,
    },
    // NestJS: an instance field of a class that is no singleton (a plain class made per use) is not the process's state.
    {
      name: 'NestJS: instance fields of a class made per use',
      code: `import { Post, Body } from '@nestjs/common';
export class CatsBatch {
  private readonly cats: string[] = [];
  @Post()
  create(@Body() cat: string) { this.cats.push(cat); }
}`,
    },
    {
      name: 'strict: a var that is only read in handlers',
      options: strict,
      code: `var express = require('express');
var config = require('./config');
var app = express();
app.get('/', function (req, res) { res.json({ name: config.name }); });`,
    },
    {
      name: 'strict: ThrottlerModule with a Redis storage, or configured elsewhere',
      options: strict,
      code: `import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
export const a = ThrottlerModule.forRoot({ throttlers: [{ ttl: 60000, limit: 10 }], storage: new ThrottlerStorageRedisService(process.env.REDIS_URL) });
export const b = ThrottlerModule.forRootAsync({ useFactory: () => config.throttler });`,
    },
    // Limiters backed by a service, and the in-memory ones outside strict.
    {
      name: 'strict: rate-limiter-flexible backed by Redis, express-brute by express-brute-redis',
      options: strict,
      code: `const { RateLimiterRedis } = require('rate-limiter-flexible');
const ExpressBrute = require('express-brute');
const RedisStore = require('express-brute-redis');
const limiter = new RateLimiterRedis({ storeClient: redis, points: 10, duration: 1 });
const bruteforce = new ExpressBrute(new RedisStore({ host: process.env.REDIS_HOST }));`,
    },
    {
      name: 'strict: hono-rate-limiter and graphql-rate-limit given Redis stores, rolling-rate-limiter on Redis',
      options: strict,
      code: `import { rateLimiter, RedisStore } from 'hono-rate-limiter';
import { createRateLimitDirective, RedisStore as GraphqlRedisStore } from 'graphql-rate-limit';
import { IORedisRateLimiter } from 'rolling-rate-limiter';
app.use(rateLimiter({ windowMs: 60000, limit: 100, keyGenerator: (c) => c.req.header('x-api-key') ?? '', store: new RedisStore({ client }) }));
export const rateLimit = createRateLimitDirective({ identifyContext: (ctx) => ctx.user.id, store: new GraphqlRedisStore(redis) });
export const limiter = new IORedisRateLimiter({ client: redis, namespace: 'login', interval: 1000, maxInInterval: 5 });`,
    },
    {
      name: "strict: koa-ratelimit on its default redis driver, or on a driver the deploy picks",
      options: strict,
      code: `import ratelimit from 'koa-ratelimit';
app.use(ratelimit({ db: redis, duration: 60000, max: 100, id: (ctx) => ctx.ip }));
app.use(ratelimit({ driver: 'redis', db: redis }));
app.use(ratelimit({ driver: process.env.RATE_LIMIT_DRIVER ?? 'memory', db }));
app.use(ratelimit({ driver: useRedis ? 'redis' : 'memory', db }));
app.use(ratelimit(options));`,
    },
    {
      name: "strict: grammY's rate limiter with a Redis client, or one chosen per deploy",
      options: strict,
      code: `import { Bot } from 'grammy';
import { limit } from '@grammyjs/ratelimiter';
import Redis from 'ioredis';
const redis = new Redis(process.env.REDIS_URL);
const bot = new Bot(process.env.BOT_TOKEN);
bot.use(limit({ timeFrame: 2000, limit: 3, storageClient: redis }));
bot.use(limit({ storageClient: process.env.REDIS_URL ? redis : 'MEMORY_STORE' }));
bot.use(limit(createLimiter(redis)));`,
    },
    // Outside strict, rate limiters' counters are left alone.
    `import { limit } from '@grammyjs/ratelimiter';
bot.use(limit());
bot.use(limit({ storageClient: 'MEMORY_STORE' }));`,
    `const ratelimit = require('koa-ratelimit');
app.use(ratelimit({ driver: 'memory', db: new Map(), duration: 60000, max: 100 }));`,
    `import { RateLimiter } from 'sveltekit-rate-limiter/server';
export const limiter = new RateLimiter({ IP: [10, 'h'], IPUA: [5, 'm'] });`,
    `import { rateLimiter } from 'hono-rate-limiter';
import { createRateLimitRule } from 'graphql-rate-limit';
import { InMemoryRateLimiter } from 'rolling-rate-limiter';
app.use(rateLimiter({ windowMs: 60000, limit: 100, keyGenerator }));
export const rule = createRateLimitRule({ identifyContext: (ctx) => ctx.id });
export const limiter = new InMemoryRateLimiter({ interval: 1000, maxInInterval: 10 });
fastify.register(require('fastify-rate-limit'), { max: 100, timeWindow: '1 minute' });`,
    {
      name: 'connect-loki given a store of another package is not its file store',
      code: `const session = require('express-session');
const RedisStore = require('connect-redis')(session);
require('connect-loki');
app.use(session({ store: new RedisStore({ client }), secret: process.env.SESSION_SECRET }));`,
    },
    `const { RateLimiterMemory } = require('rate-limiter-flexible');
const limiter = new RateLimiterMemory({ points: 10, duration: 1 });`,
    // An object of session factories, one of which builds a store: the caller picks one per deploy.
    `const session = require('express-session');
const RedisStore = require('connect-redis')(session);
const sessions = module.exports = {
  prod: () => (process.env.NODE_ENV === 'testing' ? sessions.inmemory() : sessions.redis()),
  redis: () => session({ secret: process.env.SECRET, store: new RedisStore({ client }) }),
  inmemory: () => session({ secret: process.env.SECRET, resave: false }),
};`,
    {
      name: 'strict: a limiter store chosen per deploy (directus), and an insurance limiter for when Redis is down',
      options: strict,
      code: `import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
export function createRateLimiter(env, config) {
  switch (env.RATE_LIMITER_STORE) {
    case 'redis':
      return new RateLimiterRedis(config);
    case 'memory':
    default:
      return new RateLimiterMemory(config);
  }
}
export const login = process.env.REDIS_URL ? new RateLimiterRedis({ storeClient: redis }) : new RateLimiterMemory({ points: 5 });
export const api = new RateLimiterRedis({ storeClient: redis, insuranceLimiter: new RateLimiterMemory({ points: 100, duration: 1 }) });`,
    },
    {
      name: 'strict: an in-memory limiter as the default of one the caller may give',
      options: strict,
      code: `import { RateLimiterMemory } from 'rate-limiter-flexible';
export function createLimiter(options = {}, fallback = new RateLimiterMemory({ points: 5 })) {
  return options.limiter ?? fallback;
}
export const limiter = (options) => options.limiter || new RateLimiterMemory({ points: 10, duration: 1 });`,
    },
    {
      name: "strict: a library's in-memory driver class (@adonisjs/limiter's LimiterMemoryStore, also as a bundler writes it)",
      options: strict,
      code: `import { RateLimiterMemory } from 'rate-limiter-flexible';
export class LimiterMemoryStore extends RateLimiterBridge {
  constructor(config) { super(new RateLimiterMemory({ points: config.requests })); }
}
var InMemoryRateLimitBackend = class extends Base {
  clear() { this.rateLimiter = new RateLimiterMemory(this.config); }
};`,
    },
    {
      name: 'Bot Framework: a storage chosen per deploy, or the default of one the caller gives',
      code: `const { MemoryStorage, ConversationState } = require('botbuilder');
const { BlobsStorage } = require('botbuilder-azure-blobs');
const storage = process.env.BLOB_CONNECTION_STRING ? new BlobsStorage(process.env.BLOB_CONNECTION_STRING, 'state') : new MemoryStorage();
const conversationState = new ConversationState(storage);
class SignIn {
  constructor(app, storage, tokens = new MemoryStorage()) {
    this.storage = storage || new MemoryStorage();
    this.tokens = tokens;
  }
}
module.exports = { conversationState, SignIn };`,
    },
    {
      name: 'Bot Framework: a MemoryStorage made in a function the module does not call when it loads (per request, a factory) is left to strict',
      code: `import { AgentApplication, MemoryStorage } from '@microsoft/agents-hosting';
export function createAgent(adapter) {
  return new AgentApplication({ adapter, storage: new MemoryStorage() });
}
export class TestTurnState {
  static async create(context) { return load(context, new MemoryStorage()); }
}`,
    },
    {
      name: "Slack Bolt: a single-workspace app (a bot token), OAuth with an installation store of the project, OAuth left to a receiver, an app's own authorize",
      code: `const { App, ExpressReceiver } = require('@slack/bolt');
const { InstallProvider } = require('@slack/oauth');
const installationStore = require('./installation-store');
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const oauthApp = new App({ clientId: process.env.SLACK_CLIENT_ID, clientSecret: process.env.SLACK_CLIENT_SECRET, stateSecret: process.env.SLACK_STATE_SECRET, installationStore });
const receiver = new ExpressReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientId: process.env.SLACK_CLIENT_ID,
  clientSecret: process.env.SLACK_CLIENT_SECRET,
  installationStore: { storeInstallation: (installation) => db.save(installation), fetchInstallation: (query) => db.find(query) },
});
const installer = new InstallProvider({ ...oauthOptions });
const socketApp = new App(appOptions);
const withReceiver = new App({ signingSecret: process.env.SLACK_SIGNING_SECRET, clientId: process.env.SLACK_CLIENT_ID, clientSecret: process.env.SLACK_CLIENT_SECRET, receiver });
const withToken = new App({ clientId: process.env.SLACK_CLIENT_ID, clientSecret: process.env.SLACK_CLIENT_SECRET, token: process.env.SLACK_BOT_TOKEN, socketMode: true });
const withAuthorize = new App({ clientId: process.env.SLACK_CLIENT_ID, authorize: (source) => teams.authorize(source) });`,
    },
    {
      name: 'Bot Framework: MemoryStorage only in a development run, and a MemoryStorage of the project',
      code: `import { MemoryStorage as BotMemoryStorage, UserState } from 'botbuilder';
import { MemoryStorage } from './storage/memory';
export const userState = new UserState(process.env.NODE_ENV === 'development' ? new BotMemoryStorage() : cosmosStorage);
export const cache = new MemoryStorage();`,
    },
    {
      name: 'a handler that only resets an app-wide token cache to its initial value',
      code: `const express = require('express');
const app = express();
let msGraphToken = { accessToken: null, expiresAt: 0 };
async function getToken() {
  if (msGraphToken.accessToken && Date.now() < msGraphToken.expiresAt) return msGraphToken.accessToken;
  msGraphToken = { accessToken: await fetchToken(), expiresAt: Date.now() + 3000000 };
  return msGraphToken.accessToken;
}
app.post('/settings', (req, res) => {
  saveSettings(req.body);
  msGraphToken = { accessToken: null, expiresAt: 0 };
  res.redirect('/');
});`,
    },
    {
      name: 'a binding made `{}` that handlers only set to one id, name or string (a scalar, reported in strict)',
      code: `const io = require('socket.io')(Number(process.env.PORT));
let user = {};
let lastRoom = [];
io.on('connection', (socket) => {
  socket.on('login', (data) => { user = socket.id; lastRoom = \`room-\${data.room}\`; });
  socket.on('rename', (data) => { user = data.username; });
});`,
    },
    {
      name: "a module-level binding one handler uses as its scratch, assigned afresh before it is read (also in strict)",
      options: strict,
      code: `const express = require('express');
const app = express();
let sensorData = [];
let total;
app.post('/', (req, res) => {
  req.on('data', (data) => {
    sensorData = data.toString().split('&').map((pair) => pair.split('='));
    sensorData.forEach(([name, value]) => writePoint(name, value));
  });
  total = 0;
  total += Number(req.query.n);
  res.json({ total });
});`,
    },
    {
      name: 'strict: handlers that empty module-level collections',
      options: strict,
      code: `const express = require('express');
const app = express();
let seen = new Map();
let pending = [];
app.post('/admin/flush', (req, res) => { seen = new Map(); pending = []; res.end(); });`,
    },
    // strict: what belongs to this process by nature stays silent.
    {
      name: 'strict: a gauge of requests in flight (up when one arrives, down when it closes)',
      options: strict,
      code: `import http from 'node:http';
let requests = 0;
const server = http.createServer();
server.on('request', (req, res) => {
  requests++;
  req.on('close', () => { requests -= 1; });
  res.end('ok');
});`,
    },
    {
      name: 'strict: a timer handle reset by a handler',
      options: strict,
      code: `import http from 'node:http';
let idleTimeoutId;
const server = http.createServer();
server.on('request', (req, res) => {
  if (idleTimeoutId) idleTimeoutId = clearTimeout(idleTimeoutId);
  res.end('ok');
  idleTimeoutId = setTimeout(() => server.close(), 60_000);
});`,
    },
    {
      name: 'strict: a timer handle set at load and cleared to null in a handler',
      options: strict,
      code: `const express = require('express');
const app = express();
let flushTimer = setInterval(flush, 1000);
app.post('/stop', (req, res) => { clearInterval(flushTimer); flushTimer = null; res.end(); });`,
    },
    // strict: lazy singletons, fixed cache keys and non-user keys stay silent.
    {
      name: 'strict: lazily created client',
      options: strict,
      code: `const express = require('express');
const app = express();
let db;
let client = null;
app.get('/', async (req, res) => {
  db ??= await connect(process.env.DATABASE_URL);
  if (!client) client = createClient();
  res.json(await db.query('select 1'));
});`,
    },
    {
      name: 'strict: singletons that keep their value once set, written out (`x = x || …`, `x = x === null ? … : x`)',
      options: strict,
      code: `const express = require('express');
const app = express();
let bound = null;
let utils;
let client;
let pool;
app.get('/', async (req, res) => {
  bound = bound === null ? readBinding('connectivity') !== null : bound;
  utils = utils || require('./business-service-utils');
  client = client ?? (createClient() as Client);
  pool = pool ? pool : createPool();
  res.json(await client.get(utils.name(bound)));
});`,
    },
    {
      name: 'strict: singletons created together under a test of one of them, in a Hono app',
      options: strict,
      code: `import { Hono } from 'hono';
const app = new Hono();
let processor = null;
let chunker = null;
let vectorDb = null;
function initialize() {
  if (!processor) {
    processor = new DocumentProcessor();
    chunker = new TextChunker({ chunkSize: 1000 });
    vectorDb = new VectorDB({ collection: 'documents' });
  }
}
app.post('/documents', async (c) => { initialize(); await vectorDb.add(chunker.split(await processor.read(c.req.raw))); return c.json({ ok: true }); });
export default app;`,
    },
    {
      name: 'a table loaded by a helper that handlers call only the first time (a flag tested and set around the call)',
      code: `const express = require('express');
const app = express();
const countries = new Map();
let version;
let loaded = false;
async function loadTables() {
  for (const row of await readCountries()) countries.set(row.code, row.name);
  version = (await readPackage()).version;
}
class Info {
  static fill() { countries.set('xx', 'Unknown'); }
}
app.get('/countries/:code', async (req, res) => {
  if (!loaded) {
    await loadTables();
    Info.fill();
    loaded = true;
  }
  res.json({ name: countries.get(req.params.code), version });
});`,
    },
    {
      name: 'strict: the same with strict options',
      options: strict,
      code: `const express = require('express');
const app = express();
let version;
let versionLoaded = false;
const loadVersion = async () => { version = (await readPackage()).version; };
app.get('/info', async (req, res) => {
  if (!versionLoaded) {
    await loadVersion();
    versionLoaded = true;
  }
  res.json({ version });
});`,
    },
    {
      name: 'strict: a singleton made once after an early return of the existing one (kue)',
      options: strict,
      code: `const express = require('express');
const app = express();
var search;
function getSearch() {
  if (search) return search;
  return search = createSearch();
}
let pool = null;
function getPool() {
  if (pool !== null) {
    return pool;
  }
  pool = createPool(process.env.DATABASE_URL);
  return pool;
}
app.get('/search', (req, res) => { getSearch().query(req.query.q).end((err, ids) => res.json(ids)); });
app.get('/users', async (req, res) => { res.json(await getPool().query('select 1')); });`,
    },
    {
      name: 'strict: a file read once and served from memory after an early answer, in a branch of the handler (ioBroker admin)',
      options: strict,
      code: `const express = require('express');
const { readFileSync } = require('node:fs');
const app = express();
let socketIoFile;
let db;
app.use((req, res, next) => {
  if (req.url.endsWith('favicon.ico')) {
    res.end();
  } else if (socketIoFile !== false && req.url.includes('socket.io.js')) {
    if (socketIoFile) {
      res.contentType('text/javascript');
      res.status(200).send(socketIoFile);
      return;
    }
    socketIoFile = readFileSync('www/socket.io.js', { encoding: 'utf-8' });
    if (socketIoFile) {
      res.status(200).send(socketIoFile);
      return;
    }
    socketIoFile = false;
  }
  if (!db) {
    if (process.env.DATABASE_URL) db = connect(process.env.DATABASE_URL);
  }
  next();
});`,
    },
    {
      name: 'strict: cache keyed by a constant or a URL',
      options: strict,
      code: `import express from 'express';
import { LRUCache } from 'lru-cache';
const app = express();
const cache = new LRUCache({ max: 100 });
app.get('/config', (req, res) => { cache.set('config', loadConfig()); cache.set(req.originalUrl, res.locals.html); res.end(); });`,
    },
    // An express app's `get(name)` reads a setting.
    `const express = require('express');
const app = express();
const seen = [];
const title = app.get('title');
app.get('/seen', (req, res) => res.json(seen));`,
    {
      name: 'espree: service-backed store in plain JS',
      code: `const session = require('express-session');
const MongoDBStore = require('connect-mongodb-session')(session);
app.use(session({ secret: process.env.SECRET, store: new MongoDBStore({ uri: process.env.MONGO_URL, collection: 'sessions' }) }));`,
      languageOptions: { parser: espree },
    },
    {
      name: "oidc-provider's Provider with an adapter keeps its state in a service",
      code: `import Provider from 'oidc-provider';
import RedisAdapter from './redis-adapter.js';
const provider = new Provider(process.env.ISSUER, { adapter: RedisAdapter, clients });`,
    },
    {
      name: "oidc-provider's configuration built elsewhere or spread may hold an adapter",
      code: `const { Provider } = require('oidc-provider');
const configuration = require('./configuration');
const a = new Provider(process.env.ISSUER, configuration);
const b = new Provider(process.env.ISSUER, { ...configuration, findAccount });`,
    },
    {
      name: "oidc-provider's adapter set on the configuration later",
      code: `import Provider from 'oidc-provider';
const configuration = { clients };
if (process.env.REDIS_URL) configuration.adapter = RedisAdapter;
const provider = new Provider(process.env.ISSUER, configuration);`,
    },
    {
      name: "oidc-provider's in-memory adapter in a development-only mock issuer",
      code: `import Provider from 'oidc-provider';
if (process.env.NODE_ENV === 'development') {
  new Provider('http://localhost:4000', { clients }).listen(4000);
}`,
    },
    {
      name: 'a Provider class of another package or of the project',
      code: `import { Provider } from './auth/provider';
import { Provider as Web3Provider } from 'ethers';
new Provider(issuer, { clients });
new Web3Provider(url);`,
    },
  ],
  invalid: [
    // An element reached through a constant and changed there: a user's cart, a room's members by id (not connections).
    {
      code: `import express from 'express';
const app = express();
const carts = new Map();
const rooms = new Map();
app.post('/cart', (req, res) => {
  const cart = carts.get(req.user.id) || [];
  cart.push(req.body.item);
  carts.set(req.user.id, cart);
  res.json(cart);
});
app.post('/rooms/:id/join', (req, res) => {
  const members = rooms.get(req.params.id);
  members.add(req.user.id);
  res.end();
});
app.listen(Number(process.env.PORT));`,
      errors: [state('carts', 7), state('rooms', 13)],
    },
    {
      name: "what is filed under a user's or a cookie session's key next to a connection, or under a connection's key in another function, is state",
      code: `import express from 'express';
const app = express();
const clients = new Map();
const prefs = new Map();
const notes = new Map();
app.get('/events', (req, res) => {
  const userId = req.user.id;
  clients.set(userId, res);
  prefs.set(userId, req.query.topics);
});
app.get('/stream', (req, res) => {
  const sessionId = req.query.session;
  clients.set(sessionId, res);
});
app.post('/notes', (req, res) => {
  const sessionId = req.query.session;
  notes.set(sessionId, req.body);
  res.end();
});
const carts = new Map();
app.get('/cart-events', (req, res) => {
  clients.set(req.sessionID, res);
  carts.set(req.sessionID, req.session.cart);
});`,
      errors: [state('prefs', 9), state('notes', 17), state('carts', 23)],
    },
    {
      name: 'data named request, or what a request carries, is state, unlike the request itself',
      code: `import express from 'express';
const app = express();
const drafts = new Map();
const bodies = {};
app.post('/drafts', (req, res) => {
  const request = { user: req.user.id, items: req.body.items };
  drafts.set(req.user.id, request);
  bodies[req.user.id] = req.body;
  res.end();
});`,
      errors: [state('drafts', 7), state('bodies', 8)],
    },
    {
      name: 'entries dropped by a timer expire as sessions do; entries dropped under another key, or not once the work ends, stay',
      code: `import express from 'express';
const app = express();
const sessions = new Map();
const carts = {};
const votes = new Map();
app.post('/login', async (req, res) => {
  const sid = crypto.randomUUID();
  sessions.set(sid, req.body.user);
  setTimeout(() => sessions.delete(sid), 3600000);
  res.cookie('sid', sid).end();
});
app.post('/cart', async (req, res) => {
  carts[req.user.id] = req.body.items;
  await save(req.body.items).finally(() => { delete carts[req.body.previousUser]; });
  res.end();
});
app.post('/vote', (req, res) => {
  votes.set(req.user.id, req.body.choice);
  if (req.body.withdraw) votes.delete(req.user.id);
  res.end();
});
const tokens = new Map();
const drafts = {};
app.post('/token', (req, res) => {
  const token = crypto.randomUUID();
  tokens.set(token, req.user.id);
  persist(token, (err) => { if (err) tokens.delete(token); res.json({ token }); });
});
app.post('/drafts', async (req, res) => {
  drafts[req.user.id] = req.body;
  try { await save(req.body); } catch { delete drafts[req.user.id]; }
  res.end();
});`,
      errors: [state('sessions', 8), state('carts', 13), state('votes', 18), state('tokens', 26), state('drafts', 30)],
    },
    {
      name: "what a promise's executor files besides its settlers, or a function's parameters named so, are state",
      code: `import express from 'express';
const app = express();
const pending = new Map();
const handlers = new Map();
const register = (resolve) => (req, res) => { handlers.set(req.user.id, resolve); res.end(); };
app.post('/jobs', async (req, res) => {
  await new Promise((resolve) => { pending.set(req.params.id, { user: req.user.id, at: Date.now() }); resolve(); });
  res.end();
});
app.post('/hooks', register(console.log));`,
      errors: [state('pending', 7), state('handlers', 5)],
    },
    {
      name: "what a stream's start callback writes besides its controller, or a controller that is no stream's, is state",
      code: `import { Hono } from 'hono';
const app = new Hono();
const visitors = new Set();
const pending = new Map();
app.get('/refresh', (c) => {
  const stream = new ReadableStream({
    start(controller) {
      visitors.add(c.req.header('x-user-id'));
      controller.enqueue('data: connected\\n\\n');
    },
  });
  return new Response(stream);
});
app.post('/jobs', (c) => {
  const run = (controller) => pending.set(c.req.header('x-user-id'), controller);
  run(c.req.query('controller'));
  return c.text('ok');
});
export default app;`,
      errors: [state('visitors', 8), state('pending', 15)],
    },
    {
      name: "a name that shadows a stream's controller, or a controller taken apart, is no connection",
      code: `import { Hono } from 'hono';
const app = new Hono();
const visitors = new Set();
const queues = new Set();
app.get('/refresh', (c) => {
  const stream = new ReadableStream({
    start(controller) {
      if (c.req.header('x-user-id')) {
        const controller = c.req.header('x-user-id');
        visitors.add(controller);
      }
    },
    pull({ enqueue, desiredSize: controller }) {
      queues.add(controller);
    },
  });
  return new Response(stream);
});
export default app;`,
      errors: [state('visitors', 10), state('queues', 14)],
    },
    {
      name: 'per-user data named like a transport setting is still state',
      code: `import express from 'express';
const app = express();
const transportModes = new Map();
const preferred = {};
app.post('/prefs', (req, res) => {
  transportModes.set(req.user.id, req.body.transportMode);
  preferred[req.user.id] = new Preference(req.body);
  res.end();
});`,
      errors: [state('transportModes', 6), state('preferred', 7)],
    },
    {
      name: 'state a request handler writes in production, beside a development-only write',
      code: `export const app = require('express')();
let lastUser = null;
const sessionsByUser = new Map();
app.post('/login', (req, res) => {
  if (process.env.NODE_ENV === 'development') lastUser = 'dev';
  else lastUser = req.user.id;
  sessionsByUser.set(req.user.id, req.body);
  res.end();
});`,
      options: [{ strict: true }],
      errors: [state('lastUser', 6), state('sessionsByUser', 7)],
    },
    // --- express-session -------------------------------------------------------------------------
    {
      code: `const session = require('express-session');
app.use(session({ secret: process.env.SECRET, resave: false, saveUninitialized: false }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 2, column: 9, endLine: 2, endColumn: 89 }],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      name: 'an object of session factories none of which builds a store',
      code: `const session = require('express-session');
module.exports = {
  secure: () => session({ secret: process.env.SECRET, cookie: { secure: true } }),
  plain: () => session({ secret: process.env.SECRET }),
};`,
      errors: [
        { messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 3 },
        { messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 4 },
      ],
    },
    // Express 3's and Connect 2's bundled session middleware.
    {
      code: `const express = require('express');
const connect = require('connect');
const app = express();
app.use(express.session({ secret: process.env.SECRET }));
connect().use(connect.session({ secret: process.env.SECRET }));`,
      errors: [
        { messageId: 'sessionWithoutStore', line: 4, data: { name: "Express 3's `express.session()`", option: 'store', example: 'connect-redis' } },
        { messageId: 'sessionWithoutStore', line: 5, data: { name: "Connect's `connect.session()`", option: 'store', example: 'connect-redis' } },
      ],
    },
    // AdminJS's authenticated router: express-session on its MemoryStore unless the fourth argument names a store.
    {
      code: `import AdminJSExpress from '@adminjs/express';
import { buildAuthenticatedRouter } from '@adminjs/express';
export const adminRouter = AdminJSExpress.buildAuthenticatedRouter(admin, { authenticate, cookiePassword: process.env.COOKIE_SECRET });
export const other = buildAuthenticatedRouter(admin, { authenticate, cookiePassword: process.env.COOKIE_SECRET }, null, { resave: false, saveUninitialized: true });`,
      errors: [
        { messageId: 'sessionWithoutStore', line: 3, data: { name: "@adminjs/express's `buildAuthenticatedRouter()`", option: 'store', example: 'connect-redis in its `sessionOptions`' } },
        { messageId: 'sessionWithoutStore', line: 4, data: { name: "@adminjs/express's `buildAuthenticatedRouter()`", option: 'store', example: 'connect-redis in its `sessionOptions`' } },
      ],
    },
    // Deno imports npm packages by an `npm:` specifier.
    {
      code: `import session from 'npm:express-session@1.18.1';
app.use(session({ secret: Deno.env.get('SECRET') }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `const session = require('express-session');
if (process.env.NODE_ENV !== 'test') app.use(session({ secret: process.env.SECRET }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 2 }],
    },
    // Conditional spreads of objects without a store: the options still have none.
    {
      code: `const session = require('express-session');
const sessionOption = {
  secret: process.env.COOKIE_SECRET,
  ...(process.env.NODE_ENV === 'production' && { proxy: true }),
};
app.use(session(sessionOption));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 6 }],
    },
    {
      code: `const session = require('express-session');
app.use(session({ secret: process.env.S, ...(isProd ? { proxy: true, cookie: { secure: true } } : {}), ...(debug ? null : undefined) }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 2 }],
    },
    {
      code: `import expressSession from 'express-session';
export const sessionMiddleware = expressSession({ secret: process.env.SECRET, cookie: { secure: true } });`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `import session = require('express-session');
app.use(session({ secret: process.env.SECRET! }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `import * as session from 'express-session';
app.use(session({ secret: process.env.SECRET }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `app.use(require('express-session')({ secret: process.env.SECRET }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `const session = require('express-session');
app.use(session());`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `const session = require('express-session');
const sess = { secret: process.env.SECRET, cookie: {} };
if (app.get('env') === 'production') { sess.cookie.secure = true; }
app.use(session(sess));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 4 }],
    },
    {
      code: `import session from 'express-session';
const defaults = { resave: false, saveUninitialized: false };
app.use(session({ ...defaults, secret: process.env.SECRET }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `const session = require('express-session');
app.use(session({ secret: process.env.SECRET, store: undefined }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    // A store chosen by environment: production gets the branch that may run there.
    {
      code: `import session from 'express-session';
import FileStoreFactory from 'session-file-store';
const FileStore = FileStoreFactory(session);
const isDev = process.env.NODE_ENV !== 'production';
export const sessionMiddleware = session({ store: isDev ? new FileStore({ path: '.sessions' }) : undefined, secret: process.env.SESSION_SECRET });`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 5 }],
    },
    {
      code: `const session = require('express-session');
const store = process.env.NODE_ENV === 'production' ? null : undefined;
app.use(session({ secret: process.env.SECRET, store }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    {
      code: `import session, { MemoryStore } from 'express-session';
const isProd = process.env.NODE_ENV === 'production';
app.use(session({ secret: process.env.SECRET, store: isProd ? new MemoryStore() : new RedisStore({ client }) }));`,
      errors: [{ messageId: 'sessionMemoryStore', data: { ...EXPRESS_SESSION, store: '`MemoryStore` from express-session' } }],
    },
    {
      code: `const session = require('express-session');
app.use(session({ secret: process.env.SECRET, store: new session.MemoryStore() }));`,
      errors: [
        {
          messageId: 'sessionMemoryStore',
          data: { ...EXPRESS_SESSION, store: '`MemoryStore` from express-session' },
          line: 2,
          column: 9,
        },
      ],
    },
    {
      code: `import session, { MemoryStore } from 'express-session';
const store = new MemoryStore();
app.use(session({ secret: process.env.SECRET, store }));`,
      errors: [{ messageId: 'sessionMemoryStore', data: { ...EXPRESS_SESSION, store: '`MemoryStore` from express-session' } }],
    },
    {
      code: `const session = require('express-session');
const MemoryStore = require('memorystore')(session);
app.use(session({ secret: process.env.SECRET, store: new MemoryStore({ checkPeriod: 86400000 }) }));`,
      errors: [{ messageId: 'sessionMemoryStore', data: { ...EXPRESS_SESSION, store: 'a store from memorystore' } }],
    },
    {
      name: 'connect-loki keeps sessions in a LokiJS file (./session-store.db by default)',
      code: `const session = require('express-session');
const LokiStore = require('connect-loki')(session);
app.use(session({ store: new LokiStore({ autosave: true }), secret: process.env.SESSION_SECRET, resave: false }));`,
      errors: [{ messageId: 'sessionDiskStore', data: { ...EXPRESS_SESSION, store: 'a store from connect-loki' } }],
    },
    // Session files on this instance's disk (cncjs, compiled by Babel; saltcorn's SQLite mode)
    {
      code: `var _expressSession = _interopRequireDefault(require("express-session"));
var _sessionFileStore = _interopRequireDefault(require("session-file-store"));
var FileStore = (0, _sessionFileStore["default"])(_expressSession["default"]);
app.use((0, _expressSession["default"])({ secret: settings.secret, store: new FileStore({ path: './cncjs-sessions' }) }));`,
      languageOptions: espreeCommonJs,
      errors: [{ messageId: 'sessionDiskStore', data: { ...EXPRESS_SESSION, store: 'a store from session-file-store' } }],
    },
    {
      code: `import session from 'express-session';
import connectSqlite from 'connect-sqlite3';
const SQLiteStore = connectSqlite(session);
app.use(session({ secret: process.env.SECRET, store: new SQLiteStore({ db: 'sessions.sqlite' }) }));`,
      errors: [{ messageId: 'sessionDiskStore', data: { ...EXPRESS_SESSION, store: 'a store from connect-sqlite3' } }],
    },
    {
      code: `import session from 'express-session';
import createMemoryStore from 'memorystore';
app.use(session({ secret: process.env.SECRET, store: new (createMemoryStore(session))({ checkPeriod: 864e5 }) }));`,
      errors: [{ messageId: 'sessionMemoryStore', data: { ...EXPRESS_SESSION, store: 'a store from memorystore' } }],
    },
    {
      code: `import session from 'express-session';
const options = { secret: process.env.SECRET, store: new session.MemoryStore() as session.Store } satisfies session.SessionOptions;
app.use(session(options));`,
      errors: [{ messageId: 'sessionMemoryStore', data: { ...EXPRESS_SESSION, store: '`MemoryStore` from express-session' } }],
    },
    {
      name: 'espree: express-session in plain JS',
      code: `var session = require('express-session');
var app = require('express')();
app.use(session({ secret: process.env.SECRET }));`,
      languageOptions: espreeCommonJs,
      errors: [{ messageId: 'sessionWithoutStore', data: EXPRESS_SESSION }],
    },
    // --- Fastify ---------------------------------------------------------------------------------
    {
      code: `import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
const app = Fastify();
app.register(fastifyCookie);
app.register(fastifySession, { secret: process.env.SESSION_SECRET });`,
      errors: [{ messageId: 'sessionWithoutStore', data: FASTIFY_SESSION, line: 6, column: 1 }],
    },
    {
      code: `const fastify = require('fastify')();
fastify.register(require('@fastify/cookie'));
fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true } });`,
      errors: [{ messageId: 'sessionWithoutStore', data: FASTIFY_SESSION }],
    },
    {
      code: `const { fastifySession } = require('@fastify/session');
module.exports = async function plugin(instance) {
  await instance.register(fastifySession, { secret: process.env.SESSION_SECRET });
};`,
      errors: [{ messageId: 'sessionWithoutStore', data: FASTIFY_SESSION }],
    },
    {
      code: `import fastifySession from '@fastify/session';
app.register(fastifySession, { secret: process.env.SESSION_SECRET, store: new fastifySession.MemoryStore() });`,
      errors: [{ messageId: 'sessionMemoryStore', data: { ...FASTIFY_SESSION, store: '`MemoryStore` from @fastify/session' } }],
    },
    {
      code: `const session = require('fastify-session');
fastify.register(session, { secret: process.env.SESSION_SECRET });`,
      errors: [{ messageId: 'sessionWithoutStore', data: { name: 'fastify-session', option: 'store', example: 'connect-redis' } }],
    },
    {
      code: `const options = { secret: process.env.SESSION_SECRET, cookieName: 'sid' };
app.register(import('@fastify/session'), options);`,
      errors: [{ messageId: 'sessionWithoutStore', data: FASTIFY_SESSION }],
    },
    {
      name: "a gRPC service's methods write module state, written inline or held in a const",
      code: `const grpc = require('@grpc/grpc-js');
const server = new grpc.Server();
const todos = [];
const attendance = new Map();
function mark(call, callback) { attendance.set(call.request.studentId, Date.now()); callback(null, {}); }
const implementation = { insert(call, callback) { todos.push(call.request); callback(null, call.request); }, mark };
server.addService(proto.TodoService.service, implementation);
server.bindAsync(\`0.0.0.0:\${process.env.PORT}\`, grpc.ServerCredentials.createInsecure(), () => {});`,
      errors: [state('todos', 6), state('attendance', 5)],
    },
    // --- chat bots --------------------------------------------------------------------------------
    {
      // A value named like a connection under a key that says something else is not one: `reply` is the bot's answer.
      name: "a chat's history kept per chat, its entries holding the bot's reply",
      code: `const { Telegraf } = require('telegraf');
const bot = new Telegraf(process.env.BOT_TOKEN);
const chats = {};
bot.on('text', async (ctx) => {
  const chatId = ctx.chat.id;
  chats[chatId] ??= [];
  const reply = await ask([...chats[chatId], { role: 'user', content: ctx.message.text }]);
  chats[chatId].push({ role: 'assistant', content: reply });
  await ctx.reply(reply);
});
bot.launch();
process.once('SIGTERM', () => bot.stop('SIGTERM'));`,
      errors: [state('chats', 6, "bot's update handler")],
    },
    {
      name: "a Slack app's and a WhatsApp bot's per-user state, written by their listeners",
      code: `const { App } = require('@slack/bolt');
const { Client, RemoteAuth } = require('whatsapp-web.js');
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const votes = {};
app.command('/vote', async ({ command, ack }) => { await ack(); votes[command.user_id] = command.text; });
const client = new Client({ authStrategy: new RemoteAuth({ store, backupSyncIntervalMs: 300000 }) });
const carts = new Map();
client.on('message', (message) => carts.set(message.from, message.body));
module.exports = { app, client };`,
      errors: [state('votes', 5, "bot's update handler"), state('carts', 8, "bot's update handler")],
    },
    {
      name: "per-chat state in a module-level object, written by a bot's update handlers",
      code: `const { Telegraf } = require('telegraf');
const TelegramBot = require('node-telegram-bot-api');
const bot = new Telegraf(process.env.BOT_TOKEN);
const chats = {};
bot.on('text', (ctx) => {
  (chats[ctx.chat.id] ??= []).push(ctx.message.text);
});
const other = new TelegramBot(process.env.OTHER_TOKEN, { polling: true });
const carts = new Map();
other.onText(/\\/add (.+)/, (msg, match) => carts.set(msg.chat.id, match[1]));
module.exports = bot;`,
      errors: [state('chats', 6, "bot's update handler"), state('carts', 10, "bot's update handler")],
    },
    {
      name: 'a record that holds a timer beside state is still state',
      code: `import { Server } from 'socket.io';
const io = new Server(Number(process.env.PORT));
const rooms = new Map();
io.on('connection', (socket) => {
  socket.on('create', (roomId) => { rooms.set(roomId, { players: [socket.id], expires: setTimeout(() => rooms.delete(roomId), 60_000) }); });
});`,
      errors: [state('rooms', 5, 'socket.io connection handler')],
    },
    {
      name: "per-user state in a module-level map, written by a socket.io server's connection handler and its sockets' event handlers",
      code: `import { Server } from 'socket.io';
const io = new Server(Number(process.env.PORT));
const onlineUsers = new Map();
const rooms = {};
io.on('connection', (socket) => {
  socket.on('login', (userId) => { onlineUsers.set(userId, socket.id); });
  socket.on('join', (room) => { rooms[room] = (rooms[room] ?? 0) + 1; });
});`,
      errors: [state('onlineUsers', 6, 'socket.io connection handler'), state('rooms', 7, 'socket.io connection handler')],
    },
    {
      name: "a chat bot's command module, which its loader calls for each message: run(client, message, args)",
      code: `const balances = {};
module.exports.run = async (client, message, args) => {
  balances[message.author.id] = (balances[message.author.id] ?? 0) + Number(args[0]);
};
module.exports.help = { name: 'bal' };`,
      languageOptions: espreeCommonJs,
      errors: [state('balances', 3, "bot's update handler")],
    },
    {
      name: "a discord.js slash command's module: { data, execute(interaction) }",
      code: `const votes = new Map();
module.exports = {
  data: new SlashCommandBuilder().setName('vote'),
  async execute(interaction) { votes.set(interaction.user.id, interaction.options.getString('choice')); },
};`,
      languageOptions: espreeCommonJs,
      errors: [state('votes', 4, "bot's update handler")],
    },
    {
      // `memo` names a cache; `memory` says where the state lives.
      name: 'state named for living in memory is no cache: a controller field set in its constructor, a module-level object',
      code: `import { Body, Controller, Post } from '@nestjs/common';
import express from 'express';
@Controller('todos')
export class TodoController {
  inMemoryDb: string[];
  constructor() { this.inMemoryDb = []; }
  @Post() create(@Body() todo) { this.inMemoryDb.push(todo); return todo; }
}
const memoryUsers = {};
const app = express();
app.post('/users', (req, res) => { memoryUsers[req.body.email] = req.body; res.sendStatus(201); });`,
      errors: [
        { messageId: 'instanceState', data: { name: 'this.inMemoryDb', owner: 'TodoController', line: 7, handler: 'request handler' }, line: 5 },
        state('memoryUsers', 11),
      ],
    },
    {
      name: "a NestJS controller's instance fields, written by its routes: the process keeps one instance",
      code: `import { Body, Controller, Post, Delete, Param } from '@nestjs/common';
@Controller('users')
export class UserController {
  private users = [];
  private readonly sessions = new Map<string, string>();
  @Post() create(@Body() user) { this.users.push(user); return user; }
  @Post('login') login(@Body() body) { this.sessions.set(body.token, body.userId); }
  @Delete(':id') remove(@Param('id') id: string) { this.users = this.users.filter((u) => u.id !== id); }
}`,
      errors: [
        { messageId: 'instanceState', data: { name: 'this.users', owner: 'UserController', line: 6, handler: 'request handler' }, line: 4 },
        { messageId: 'instanceState', data: { name: 'this.sessions', owner: 'UserController', line: 7, handler: 'request handler' }, line: 5 },
      ],
    },
    {
      name: "a TypeGraphQL resolver's fields, written by its mutations: its container keeps one instance",
      code: `import { Arg, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
@Resolver()
export class UserResolver {
  private data: User[] = [];
  private seen = new Map<string, number>();
  @Query(() => [User]) users() { return this.data; }
  @Mutation(() => User) createUser(@Arg('name') name: string) { const user = { id: String(this.data.length + 1), name }; this.data.push(user); return user; }
  @FieldResolver() visits(@Root() user: User) { this.seen.set(user.id, Date.now()); return 1; }
}`,
      errors: [
        { messageId: 'instanceState', data: { name: 'this.data', owner: 'UserResolver', line: 7, handler: 'request handler' }, line: 4 },
        { messageId: 'instanceState', data: { name: 'this.seen', owner: 'UserResolver', line: 8, handler: 'request handler' }, line: 5 },
      ],
    },
    {
      name: "tRPC procedures' resolvers run per call",
      code: `import { z } from 'zod';
import { baseProcedure, createTRPCRouter } from '../init';
let users = [{ id: 1, name: 'Ada' }];
const votes = new Map();
export const usersRouter = createTRPCRouter({
  list: baseProcedure.query(() => users),
  create: baseProcedure.input(z.object({ name: z.string() })).mutation(({ input }) => { users.push({ id: users.length + 1, name: input.name }); }),
  vote: t.procedure.input(z.string()).mutation(({ ctx, input }) => { votes.set(ctx.user.id, input); }),
});`,
      errors: [state('users', 7), state('votes', 8)],
    },
    {
      name: "a NestJS gateway's message handlers and connection hooks, and a microservice's message handlers",
      code: `import { WebSocketGateway, SubscribeMessage, MessageBody } from '@nestjs/websockets';
import { MessagePattern, EventPattern } from '@nestjs/microservices';
const chat = [];
const games = new Map();
const orders = {};
@WebSocketGateway()
export class ChatGateway {
  @SubscribeMessage('newMessage') onNewMessage(@MessageBody() body) { chat.push(body); }
  handleConnection(client) { games.set(client.handshake.query.gameId, { players: 1 }); }
}
export class OrdersController {
  @MessagePattern('orders.create') create(data) { orders[data.id] = data; }
}`,
      errors: [state('chat', 8, 'WebSocket connection handler'), state('games', 9, 'WebSocket connection handler'), state('orders', 12)],
    },
    {
      name: "a gateway's instance fields its handlers drop entries from, filled by another handler, by the constructor or made with entries",
      code: `import { WebSocketGateway, SubscribeMessage } from '@nestjs/websockets';
@WebSocketGateway()
export class LobbyGateway {
  private players = new Map();
  private rooms: Map<string, string[]>;
  private queue = new Set(['bot']);
  constructor() { this.rooms = new Map(); this.rooms.set('main', []); }
  @SubscribeMessage('join') join(client, room) { this.players.set(client.user.id, room); }
  @SubscribeMessage('leave') leave(client, room) { this.players.delete(client.user.id); this.rooms.delete(room); this.queue.delete(client.user.id); }
}`,
      errors: [
        { messageId: 'instanceState', data: { name: 'this.players', owner: 'LobbyGateway', line: 8, handler: 'WebSocket connection handler' }, line: 4 },
        { messageId: 'instanceState', data: { name: 'this.rooms', owner: 'LobbyGateway', line: 9, handler: 'WebSocket connection handler' }, line: 5 },
        { messageId: 'instanceState', data: { name: 'this.queue', owner: 'LobbyGateway', line: 9, handler: 'WebSocket connection handler' }, line: 6 },
      ],
    },
    {
      name: "a socket.io server's middleware, run on every connection (the server made here, or handed in)",
      code: `import { Server } from 'socket.io';
import { randomUUID } from 'node:crypto';
const io = new Server(Number(process.env.PORT));
const sessions = new Map();
const seen = {};
io.use((socket, next) => {
  const sessionID = socket.handshake.auth.sessionID;
  if (sessionID && sessions.has(sessionID)) return next();
  sessions.set(randomUUID(), { userID: socket.handshake.auth.userID });
  next();
});
export const track = (server) => server.use((socket, next) => { seen[socket.handshake.auth.userID] = Date.now(); next(); });`,
      errors: [state('sessions', 9, 'socket.io connection handler'), state('seen', 12, 'socket.io connection handler')],
    },
    {
      name: "a hand-written WebSocket server's upgrade handler fills a matchmaking queue",
      code: `const http = require('http');
const server = http.createServer();
const queue = [];
server.on('upgrade', (req, socket) => {
  const playerId = new URL(req.url, 'http://localhost').searchParams.get('player');
  queue.push({ playerId, since: Date.now() });
});
server.listen(Number(process.env.PORT));
process.on('SIGTERM', () => server.close());`,
      errors: [state('queue', 6)],
    },
    {
      name: 'strict: a binding made `{}` that a connection handler sets to one id is a scalar, reported in strict',
      options: strict,
      code: `const io = require('socket.io')(Number(process.env.PORT));
let user = {};
io.on('connection', (socket) => {
  socket.on('login', () => { user = socket.id; });
});`,
      errors: [state('user', 4, 'socket.io connection handler')],
    },
    {
      name: 'a binding made `{}` that a handler replaces with a whole object, or with an id and then fills',
      code: `const io = require('socket.io')(Number(process.env.PORT));
let game = {};
let player = {};
io.on('connection', (socket) => {
  socket.on('sync', (data) => { game = data; });
  socket.on('join', (data) => { player[data.slot] = data.name; });
  socket.on('leave', () => { player = socket.id; });
});`,
      errors: [state('game', 5, 'socket.io connection handler'), state('player', 6, 'socket.io connection handler')],
    },
    {
      name: 'entries under a user id that are not callbacks, beside callbacks',
      code: `const express = require('express');
const app = express();
const handlers = {};
app.post('/subscribe', (req, res) => {
  handlers[req.body.userId] = { name: req.body.name, topics: req.body.topics };
  res.sendStatus(204);
});`,
      errors: [state('handlers', 5)],
    },
    {
      name: 'a binding assigned afresh only in a branch, read before it is assigned, used by two handlers, exported, or in an async handler',
      code: `const express = require('express');
const app = express();
let batch = [];
let queue = [];
let seen = [];
app.post('/a', (req, res) => {
  if (req.body.reset) batch = [];
  batch.push(req.body);
  queue.push(req.body.id);
  queue = queue.slice(-100);
  res.end();
});
app.post('/b', (req, res) => { seen = [...seen, req.body.id]; res.end(); });
app.get('/b', (req, res) => res.json(seen));
export let lastOrder = [];
app.post('/order', (req, res) => {
  lastOrder = req.body.items.map((item) => item.id);
  res.json(lastOrder);
});
let prices = [];
app.get('/prices', async (req, res) => {
  prices = [];
  for (const id of req.query.ids) prices.push(await fetchPrice(id));
  res.json(prices);
});`,
      errors: [state('batch', 8), state('queue', 9), state('seen', 13), state('lastOrder', 17), state('prices', 23)],
    },
    {
      name: "Bun's and Deno's servers: the fetch handler, Bun's routes and WebSocket handlers, Deno's handler in any argument",
      code: `import { serve } from 'bun';
const users = {};
const online = [];
const carts = new Map();
const visits = new Map();
const hits = new Map();
Bun.serve({
  fetch(req) { users[req.headers.get('x-client')] = new URL(req.url).searchParams.get('name'); return new Response('ok'); },
  websocket: { open(ws) { online.push({ name: ws.data.name }); } },
});
serve({ routes: { '/cart': { POST: async (req) => { carts.set(req.headers.get('x-user'), await req.json()); return new Response('ok'); } } } });
Deno.serve({ port: Number(Deno.env.get('PORT')) }, (req) => { visits.set(req.headers.get('x-forwarded-for'), Date.now()); return new Response('ok'); });
Deno.serve({ handler: (req) => { hits.set(req.headers.get('x-user'), 1); return new Response('ok'); } });`,
      errors: [
        state('users', 8),
        state('online', 9, 'WebSocket connection handler'),
        state('carts', 11),
        state('visits', 12),
        state('hits', 13),
      ],
    },
    {
      name: 'routes on an app handed in, under a path built on a prefix (a template, a concatenation, TypeScript output)',
      code: `const constants_1 = require('./constants');
const API = '/api';
module.exports = function (app) {
  const restoreSessions = new Map();
  const carts = {};
  app.post(\`\${constants_1.SERVERROUTESPREFIX}/validateBackup\`, (req, res) => { restoreSessions.set(req.body.id, req.body.file); res.end(); });
  app.post(API + '/cart', (req, res) => { carts[req.body.user] = req.body.items; res.end(); });
};`,
      errors: [
        { messageId: 'setupState', line: 4, data: { name: 'restoreSessions', setup: 'module.exports(app)', line: 6, handler: 'request handler' } },
        { messageId: 'setupState', line: 5, data: { name: 'carts', setup: 'module.exports(app)', line: 7, handler: 'request handler' } },
      ],
    },
    {
      name: 'a controller class exported as an instance (module.exports = new AuthController())',
      code: `const sessions = {};
class AuthController {
  async login(req, res, next) {
    const sessionId = createSessionId();
    sessions[sessionId] = { sub: req.user.id };
    res.setHeader('Set-Cookie', 'sid=' + sessionId);
  }
}
module.exports = new AuthController();`,
      errors: [state('sessions', 5)],
    },
    {
      name: 'a controller module whose handlers are wrapped (express-async-handler) and exported by name',
      code: `const asyncHandler = require('express-async-handler');
const resetTokens = {};
const requestPasswordReset = asyncHandler(async (req, res) => {
  const token = createToken();
  resetTokens[token] = { userId: req.body.userId, expires: Date.now() + 3600000 };
  res.json({ ok: true });
});
module.exports = { requestPasswordReset };`,
      errors: [state('resetTokens', 5)],
    },
    {
      name: "a Moleculer service's actions, exported as a schema or given to createService",
      code: `const users = [];
const carts = new Map();
module.exports = {
  name: 'users',
  actions: {
    async create(ctx) { users.push(ctx.params); return ctx.params; },
    list: { cache: true, handler() { return users; } },
  },
};
broker.createService({ name: 'cart', actions: { add: { handler(ctx) { carts.set(ctx.meta.userId, ctx.params.item); } } } });`,
      errors: [state('users', 6), state('carts', 10)],
    },
    {
      name: "a server action module ('use server') writes module state",
      code: `'use server';
let cart = [];
export async function addToCart(product) {
  cart.push(product);
}
export const clearCart = async () => { cart = []; };`,
      errors: [state('cart', 4)],
    },
    {
      name: 'strict: a counter a server action and a route handler update, in modules that call nothing',
      code: `'use server';
let likeCount = 0;
export async function incrementLike() {
  likeCount++;
  return likeCount;
}`,
      options: [{ strict: true }],
      errors: [state('likeCount', 4)],
    },
    {
      name: "a Cloudflare Pages Function's request handlers",
      code: `let records = [];
export const onRequestPost = async (context) => { records.unshift(await context.request.json()); return new Response('ok'); };
export const onRequestGet = async () => new Response(JSON.stringify(records));`,
      errors: [state('records', 2)],
    },
    {
      name: "a SvelteKit page's form actions and load function",
      code: `const db = [];
export const actions = { default: async ({ request }) => { const data = await request.formData(); db.push({ name: data.get('name') }); } };
export async function load() { return { birthdays: db }; }`,
      filename: '/repo/src/routes/birthdays/+page.server.js',
      errors: [state('db', 2)],
    },
    {
      name: "SvelteKit's handle hook",
      code: `const sessions = new Map();
export async function handle({ event, resolve }) {
  const id = event.cookies.get('sid');
  if (id) sessions.set(id, { seen: Date.now() });
  return resolve(event);
}`,
      filename: '/repo/src/hooks.server.ts',
      errors: [state('sessions', 4)],
    },
    {
      name: 'middleware returned by an exported factory',
      code: `const failedAttempts = new Map();
export default function bruteForceProtection() {
  return (req, res, next) => {
    req.registerLoginFailure = () => { failedAttempts.set(req.ip, (failedAttempts.get(req.ip) || 0) + 1); };
    next();
  };
}`,
      errors: [state('failedAttempts', 4)],
    },
    {
      name: 'Koa middleware returned by a factory module',
      code: `const seen = {};
module.exports = (options) => async (ctx, next) => { seen[ctx.state.user.id] = Date.now(); await next(); };`,
      languageOptions: espreeCommonJs,
      errors: [state('seen', 2)],
    },
    {
      name: 'strict: a route module that calls nothing',
      code: `let hits = 0;
export async function POST() {
  hits += 1;
  return hits;
}`,
      options: [{ strict: true }],
      errors: [state('hits', 3)],
    },
    {
      name: "a Remix / React Router route's action and loader",
      code: `const messages = new Map();
export async function action({ request }) {
  const form = await request.formData();
  messages.set(String(form.get('user')), String(form.get('message')));
  return null;
}
export const loader = async ({ params }) => messages.get(params.user);`,
      errors: [state('messages', 4)],
    },
    {
      name: 'a collection kept on the global object across module reloads (a warm serverless instance), written per request',
      code: `const otpStore = globalThis.__otpStore || {};
globalThis.__otpStore = otpStore;
exports.handler = async (event) => {
  const { email } = JSON.parse(event.body);
  otpStore[email] = { otp: createOtp(), expiresAt: Date.now() + 300000 };
  return { statusCode: 200 };
};`,
      errors: [state('otpStore', 5)],
    },
    {
      name: 'a collection on the global object made with ||=, through a cast name of it, or first by the handler itself',
      code: `const OTP_STORE = global.__OTP_STORE ||= new Map();
const store = globalThis as unknown as { __otp?: Record<string, { code: string }> };
store.__otp ||= {};
export async function POST(req: Request) {
  const { phone, email, sessionId } = await req.json();
  OTP_STORE.set(sessionId, { otp: createOtp(), phone });
  store.__otp![phone] = { code: createOtp() };
  globalThis.otpStore = globalThis.otpStore || {};
  globalThis.otpStore[email] = { otp: createOtp() };
  (globalThis as any).codes ??= new Map();
  (globalThis as any).codes.set(email, createOtp());
  return Response.json({ ok: true });
}`,
      errors: [state('OTP_STORE', 6), state('global.__otp', 7), state('global.otpStore', 9), state('global.codes', 11)],
    },
    {
      name: "@shopify/shopify-api's context (before version 6) given its MemorySessionStorage, or no storage",
      code: `import Shopify from '@shopify/shopify-api';
Shopify.Context.initialize({ API_KEY: process.env.SHOPIFY_API_KEY, SESSION_STORAGE: new Shopify.Session.MemorySessionStorage() });
Shopify.Context.initialize({ API_KEY: process.env.SHOPIFY_API_KEY });`,
      errors: [
        { messageId: 'sessionMemoryStore', line: 2, data: { name: "@shopify/shopify-api's `Shopify.Context.initialize`", option: 'SESSION_STORAGE', example: 'a storage backed by a database, such as `Shopify.Session.RedisSessionStorage` or a `CustomSessionStorage`', store: '`Shopify.Session.MemorySessionStorage` from @shopify/shopify-api' } },
        { messageId: 'sessionWithoutStore', line: 3, data: { name: "@shopify/shopify-api's `Shopify.Context.initialize`", option: 'SESSION_STORAGE', example: 'a storage backed by a database, such as `Shopify.Session.RedisSessionStorage` or a `CustomSessionStorage`' } },
      ],
    },
    {
      name: 'a memorystore store made for the session middleware of another module',
      code: `import session from 'express-session';
import createMemoryStore from 'memorystore';
const MemoryStore = createMemoryStore(session);
export const sessionStore = new MemoryStore({ checkPeriod: 86400000 });`,
      errors: [{ messageId: 'sessionStoreInMemory', line: 4, data: { store: 'a store from memorystore' } }],
    },
    {
      name: "session-file-store's store and express-session's MemoryStore in exported settings",
      code: `const session = require('express-session');
const FileStore = require('session-file-store')(session);
module.exports = { store: new FileStore({ path: './sessions' }), secret: process.env.SESSION_SECRET };
module.exports.fallback = new session.MemoryStore();`,
      languageOptions: espreeCommonJs,
      errors: [
        { messageId: 'sessionStoreOnDisk', line: 3, data: { store: 'a store from session-file-store' } },
        { messageId: 'sessionStoreInMemory', line: 4, data: { store: '`MemoryStore` from express-session' } },
      ],
    },
    {
      name: 'a map declared by the function that sets up the socket.io server it is handed',
      code: `const initSocket = (io) => {
  const onlineUsers = new Map();
  io.on('connection', (socket) => {
    socket.on('add-user', (userId) => onlineUsers.set(userId, socket.id));
  });
};
module.exports = initSocket;`,
      languageOptions: espreeCommonJs,
      errors: [{ messageId: 'setupState', data: { name: 'onlineUsers', setup: 'initSocket(io)', handler: 'socket.io connection handler', line: 4 } }],
    },
    {
      name: "a map declared in the callback of a Next.js custom server's app.prepare(), which runs once",
      code: `const { createServer } = require('http');
const next = require('next');
const { Server } = require('socket.io');
const app = next({ dev: process.env.NODE_ENV !== 'production' });
app.prepare().then(() => {
  const server = createServer(app.getRequestHandler());
  const io = new Server(server);
  const rooms = new Map();
  io.on('connection', (socket) => {
    socket.on('createRoom', (roomId) => rooms.set(roomId, { players: [], host: socket.id }));
  });
  server.listen(process.env.PORT);
});`,
      languageOptions: espreeCommonJs,
      errors: [{ messageId: 'setupState', data: { name: 'rooms', setup: 'app.prepare().then(…)', handler: 'socket.io connection handler', line: 10 } }],
    },
    {
      name: 'a list declared by the exported function that registers routes on the app',
      code: `module.exports = function (app) {
  const todos = [];
  app.post('/todos', (req, res) => {
    todos.push(req.body);
    res.status(201).json(req.body);
  });
  app.get('/todos', (req, res) => res.json(todos));
};`,
      languageOptions: espreeCommonJs,
      errors: [{ messageId: 'setupState', data: { name: 'todos', setup: 'module.exports(app)', handler: 'request handler', line: 4 } }],
    },
    {
      name: 'a map put on the global object as the module loads, written through its implicit global name',
      code: `const socket = require('socket.io');
const io = socket(Number(process.env.PORT));
global.onlineUsers = new Map();
io.on('connection', (socket) => {
  socket.on('add-user', (userId) => {
    onlineUsers.set(userId, socket.id);
  });
  socket.on('send-msg', (data) => {
    const to = onlineUsers.get(data.to);
    if (to) socket.to(to).emit('msg-recieve', data.msg);
  });
});`,
      languageOptions: espreeCommonJs,
      errors: [state('global.onlineUsers', 6, 'socket.io connection handler')],
    },
    {
      name: 'a map put on the global object by the function that sets up the socket.io server',
      code: `module.exports = function (io) {
  global.onlineUsers = new Map();
  io.on('connection', (socket) => {
    socket.on('add-user', (userId) => { onlineUsers.set(userId, socket.id); });
    socket.on('send-msg', (data) => { const to = onlineUsers.get(data.to); if (to) socket.to(to).emit('msg', data.msg); });
  });
};`,
      languageOptions: espreeCommonJs,
      errors: [state('global.onlineUsers', 4, 'socket.io connection handler')],
    },
    {
      name: 'a list on the global object written by a route as global.refreshTokens',
      code: `const express = require('express');
const app = express();
global.refreshTokens = [];
app.post('/login', (req, res) => {
  const token = sign(req.body.user);
  global.refreshTokens.push(token);
  res.json({ token });
});
app.post('/token', (req, res) => res.sendStatus(globalThis.refreshTokens.includes(req.body.token) ? 200 : 403));
module.exports = app;`,
      // Node's globals declared, as a config with `globals.node` does.
      languageOptions: { ...espreeCommonJs, globals: { global: 'readonly', globalThis: 'readonly', require: 'readonly', module: 'writable' } },
      errors: [state('global.refreshTokens', 6)],
    },
    {
      name: 'a map kept on the global object through a typed constant (TypeScript)',
      code: `type GlobalWithStore = typeof globalThis & { _MSG_STORE?: Map<string, string[]> };
const globalWithStore = globalThis as GlobalWithStore;
const store = globalWithStore._MSG_STORE ?? new Map<string, string[]>();
globalWithStore._MSG_STORE = store;
export async function POST(req: Request) {
  const { userId, text } = await req.json();
  store.set(userId, [...(store.get(userId) ?? []), text]);
  return Response.json({ ok: true });
}`,
      errors: [state('store', 7)],
    },
    {
      name: 'a map kept on the global object through a cast (TypeScript)',
      code: `const sessions: Map<string, object> = (globalThis as any).sessions ?? ((globalThis as any).sessions = new Map());
export async function POST(req: Request) {
  const body = await req.json();
  sessions.set(body.token, body.user);
  return new Response('ok');
}`,
      errors: [state('sessions', 4)],
    },
    {
      name: 'a Next.js route handler writing a map assigned to globalThis on first use',
      code: `const attempts = globalThis.loginAttempts ?? (globalThis.loginAttempts = new Map());
export async function POST(request) {
  const { email } = await request.json();
  attempts.set(email, (attempts.get(email) ?? 0) + 1);
  return Response.json({ ok: true });
}`,
      errors: [state('attempts', 4)],
    },
    {
      // Dropped when the socket disconnects, the entry lives as long as its connection; read as a whole, the list is shared state.
      name: 'connected users filed by the connection handler, dropped on disconnect, broadcast as a list',
      code: `const { Server } = require('socket.io');
const io = new Server(Number(process.env.PORT));
let users = {};
io.on('connection', (socket) => {
  users[socket.id] = socket.handshake.query.name;
  io.emit('users', Object.values(users));
  socket.on('disconnect', () => { delete users[socket.id]; });
});
process.on('SIGTERM', () => io.close());`,
      errors: [state('users', 5, 'socket.io connection handler')],
    },
    {
      // The listener's parameter is the connection under any name; what is filed under another key, or read as a whole, is still shared.
      name: "a connection listener's parameter under another name: state under its id but broadcast as a list, state under a user's id",
      code: `const { Server } = require('socket.io');
const io = new Server(Number(process.env.PORT));
const users = {};
const scores = new Map();
io.on('connection', (client) => {
  users[client.id] = client.handshake.query.name;
  io.emit('users', Object.values(users));
  client.on('score', (points) => scores.set(client.handshake.auth.userId, points));
  client.on('disconnect', () => { delete users[client.id]; });
});
process.on('SIGTERM', () => io.close());`,
      errors: [state('users', 6, 'socket.io connection handler'), state('scores', 8, 'socket.io connection handler')],
    },
    {
      name: "a set of the connections' ids counted for everyone, and a game built with `new Object()` and broadcast whole",
      code: `const io = require('socket.io')(Number(process.env.PORT));
const online = new Set();
var game = new Object();
game.users = new Array();
io.on('connection', (socket) => {
  online.add(socket.id);
  io.emit('online', online.size);
  socket.on('update', (user) => { game.users[user.id] = user; socket.broadcast.emit('refresh', game); });
  socket.on('disconnect', () => online.delete(socket.id));
});`,
      languageOptions: espreeCommonJs,
      errors: [state('online', 6, 'socket.io connection handler'), state('game', 8, 'socket.io connection handler')],
    },
    {
      name: "an Eris bot's message handler and command, and a tmi.js bot's message handler",
      code: `const Eris = require('eris');
const tmi = require('tmi.js');
const xp = new Map();
const votes = {};
const seen = new Set();
const bot = new Eris.CommandClient(process.env.DISCORD_TOKEN, {}, { prefix: '!' });
bot.on('messageCreate', (msg) => { xp.set(msg.author.id, (xp.get(msg.author.id) || 0) + 1); });
bot.registerCommand('vote', (msg, args) => { votes[msg.author.id] = args[0]; });
const client = new tmi.Client({ channels: ['chan'] });
client.on('message', (channel, tags) => { seen.add(tags.username); });`,
      languageOptions: espreeCommonJs,
      errors: [state('xp', 7, "bot's update handler"), state('votes', 8, "bot's update handler"), state('seen', 10, "bot's update handler")],
    },
    {
      name: 'a restana service: state written by a route handler and by middleware',
      code: `const restana = require('restana');
const service = restana();
const carts = {};
const hits = new Map();
function count(r, s, next) { hits.set(r.url, (hits.get(r.url) || 0) + 1); next(); }
function save(r, s) { carts[r.params.id] = r.body; s.send(200); }
service.use(count);
service.post('/cart/:id', save);
service.start(Number(process.env.PORT));`,
      languageOptions: espreeCommonJs,
      errors: [state('carts', 6), state('hits', 5)],
    },
    {
      name: 'uWebSockets.js: state written by a WebSocket route and by an HTTP route',
      code: `import uWS from 'uWebSockets.js';
const scores = new Map<string, number>();
const carts: Record<string, string[]> = {};
uWS.App()
  .ws('/*', {
    message: (ws, message) => { const data = JSON.parse(Buffer.from(message).toString()); scores.set(data.user, data.score); },
  })
  .post('/cart', (res, req) => { carts[req.getHeader('x-user')] = []; res.end('ok'); })
  .listen(Number(process.env.PORT), () => {});`,
      errors: [state('scores', 6, 'WebSocket connection handler'), state('carts', 8)],
    },
    {
      name: 'a socket.io server handed to a module that registers its connection handler',
      code: `const onlineUsers = new Map();
export const socketHandler = (io) => {
  io.on('connection', (socket) => {
    socket.on('join', (userId) => { onlineUsers.set(userId, socket.id); });
  });
};`,
      errors: [state('onlineUsers', 4, 'socket.io connection handler')],
    },
    {
      name: "a shared game board written by the sockets' handlers, the servers imported",
      code: `const { io, wss } = require('./server');
const board = [];
const scores = {};
io.on('connect', (socket) => {
  socket.on('move', (index, mark) => { board[index] = mark; });
});
wss.on('connection', (ws) => {
  ws.on('message', (data) => { scores[String(data)] = (scores[String(data)] ?? 0) + 1; });
});`,
      languageOptions: espreeCommonJs,
      errors: [state('board', 5, 'socket.io connection handler'), state('scores', 8, 'WebSocket connection handler')],
    },
    {
      name: "a module of a socket's event handlers, which another module calls on each connection",
      code: `let users = [];
let game = { board: Array(9).fill(null), turn: 'X' };
const socketServer = (socket) => {
  socket.on('joinUser', (user) => { users.push({ id: user._id, socketId: socket.id }); });
};
module.exports = socketServer;
module.exports.game = function play(io, socket) {
  socket.on('move', (index) => { game.board[index] = game.turn; });
};`,
      languageOptions: espreeCommonJs,
      errors: [state('users', 4, 'socket.io connection handler'), state('game', 8, 'socket.io connection handler')],
    },
    {
      name: "per-user state written by a ws WebSocketServer's connection handler and its sockets' message handlers",
      code: `const WebSocket = require('ws');
const wss = new WebSocket.Server({ noServer: true });
const scores = new Map();
const rooms = {};
const seen = [];
wss.on('connection', function connection(ws, req) {
  seen.push(req.socket.remoteAddress);
  ws.on('message', (data) => {
    const msg = JSON.parse(data);
    if (msg.type === 'score') scores.set(msg.user, msg.score);
    if (msg.type === 'join') (rooms[msg.room] ??= []).push(msg.user);
  });
});
module.exports = wss;`,
      errors: [state('scores', 10, 'WebSocket connection handler'), state('rooms', 11, 'WebSocket connection handler'), state('seen', 7, 'WebSocket connection handler')],
    },
    {
      name: "a Hono app's routes are request handlers (also through basePath and chained routes, and @hono/zod-openapi)",
      code: `import { Hono } from 'hono';
import { OpenAPIHono } from '@hono/zod-openapi';
const app = new Hono().basePath('/api');
const api = new OpenAPIHono();
const carts = new Map();
const votes = {};
const drafts = new Map();
app.post('/cart/:id', async (c) => { carts.set(c.req.param('id'), await c.req.json()); return c.json({ ok: true }); })
  .put('/vote/:id', (c) => { votes[c.req.param('id')] = (votes[c.req.param('id')] ?? 0) + 1; return c.text('ok'); });
api.openapi(saveDraftRoute, async (c) => { drafts.set(c.req.valid('param').id, c.req.valid('json')); return c.json({ ok: true }); });
export default app;`,
      errors: [state('carts', 8, 'request handler'), state('votes', 9, 'request handler'), state('drafts', 10, 'request handler')],
    },
    {
      name: 'a helper called per request counts, even next to a block that runs once',
      code: `const express = require('express');
const app = express();
const visits = new Map();
let ready = false;
function remember(user) { visits.set(user.id, Date.now()); }
app.get('/me', (req, res) => {
  if (!ready) {
    warmUp();
    ready = true;
  }
  remember(req.user);
  res.end();
});`,
      errors: [state('visits', 5, 'request handler')],
    },
    {
      name: "an Elysia app's routes and hooks are request handlers",
      code: `import { Elysia } from 'elysia';
const likes = new Map();
const seen = new Set();
new Elysia()
  .onBeforeHandle(({ request }) => { seen.add(request.headers.get('x-user')); })
  .post('/like/:id', ({ params }) => { likes.set(params.id, (likes.get(params.id) ?? 0) + 1); return 'ok'; })
  .listen(Number(process.env.PORT));
process.on('SIGTERM', () => process.exit(0));`,
      errors: [state('likes', 6, 'request handler'), state('seen', 5, 'request handler')],
    },
    {
      name: "an Elysia group's and guard's routes are request handlers",
      code: `import { Elysia } from 'elysia';
const users: { name: string }[] = [];
const blocked = new Set<string>();
new Elysia()
  .group('/user', (user) => user.post('/create', ({ body }) => { users.push(body as { name: string }); return 'ok'; }).get('/', () => users))
  .guard({ beforeHandle: () => undefined }, (admin) => admin.post('/block/:id', ({ params }) => { blocked.add(params.id); }))
  .listen(Number(process.env.PORT));
process.on('SIGTERM', () => process.exit(0));`,
      errors: [state('users', 5, 'request handler'), state('blocked', 6, 'request handler')],
    },
    {
      name: "strict: a block under a test of a parameter runs on every call, not once (node-red-dashboard's updateUi: its flag is set after an early return while set, and cleared later)",
      options: strict,
      code: `const io = require('socket.io')(Number(process.env.PORT));
var updatePending = false;
function updateUi(to) {
  if (!to) {
    if (updatePending) { return; }
    updatePending = true;
    to = io;
  }
  process.nextTick(() => { to.emit('ui'); updatePending = false; });
}
io.on('connection', (socket) => { socket.on('ui-refresh', () => updateUi()); });`,
      errors: [state('updatePending', 9, 'socket.io connection handler')],
    },
    {
      name: 'strict: a block under a test of a parameter runs on every call, not once (the same without the early return)',
      options: strict,
      code: `const io = require('socket.io')(Number(process.env.PORT));
var lastTarget;
function updateUi(to) {
  if (!to) {
    lastTarget = io;
    to = io;
  }
  to.emit('ui');
}
io.on('connection', (socket) => { socket.on('ui-refresh', () => updateUi()); });`,
      errors: [state('lastTarget', 5, 'socket.io connection handler')],
    },
    {
      name: "a Nuxt or Nitro server route's event handler (h3's defineEventHandler, auto-imported or imported, also as { handler })",
      code: `import { eventHandler, readBody } from 'h3';
const carts = new Map();
const votes = {};
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  carts.set(body.userId, body.items);
  return { ok: true };
});
export const vote = eventHandler({ onRequest: [auth], handler: (event) => { votes[event.context.params.id] = 1; } });`,
      errors: [state('carts', 6, 'request handler'), state('votes', 9, 'request handler')],
    },
    {
      name: "express-ws's WebSocket routes are an express app's handlers",
      code: `const express = require('express');
const app = express();
require('express-ws')(app);
const lastSeen = {};
const peers = new Set();
app.ws('/presence', (ws, req) => {
  peers.add(ws);
  ws.on('message', (userId) => { lastSeen[userId] = Date.now(); });
});`,
      errors: [state('lastSeen', 8, 'WebSocket connection handler')],
    },
    {
      name: "socket.io's `connect` event, and connection handlers of a namespace (`io.of('/chat')`, `io.sockets`)",
      code: `const io = require('socket.io')(Number(process.env.PORT));
const names = {};
const chatters = new Set();
const typing = {};
io.on('connect', (socket) => { socket.on('name', (name) => { names[socket.id] = name; io.emit('names', Object.values(names)); }); });
io.of('/chat').on('connection', (socket) => { chatters.add(socket.handshake.auth.userId); });
io.sockets.on('connection', (socket) => { socket.on('typing', () => { typing[socket.id] = Date.now(); socket.emit('typing', typing); }); });`,
      errors: [state('names', 5, 'socket.io connection handler'), state('chatters', 6, 'socket.io connection handler'), state('typing', 7, 'socket.io connection handler')],
    },
    {
      name: 'connection handlers of a namespace held in a const, and handlers of an express route held in a const',
      code: `const io = require('socket.io')(Number(process.env.PORT));
const express = require('express');
const app = express();
const players = new Map();
const drafts = {};
const lobby = io.of('/lobby');
const games = lobby;
games.on('connection', (socket) => { socket.on('join', (id) => { players.set(id, socket.id); }); });
const draft = app.route('/drafts/:id');
draft.put(saveDraft);
function saveDraft(request, reply) { drafts[request.params.id] = request.body; reply.end(); }`,
      errors: [state('players', 8, 'socket.io connection handler'), state('drafts', 11, 'request handler')],
    },
    {
      name: 'a collection written by a helper function of the file that a request handler calls',
      code: `const express = require('express');
const app = express();
const online = new Map();
const carts = {};
function remember(user) { online.set(user.id, Date.now()); }
const addToCart = (userId, items) => { items.forEach((item) => { carts[userId] = [...(carts[userId] ?? []), item]; }); };
app.post('/login', (req, res) => { remember(req.user); res.end(); });
app.post('/cart', async (req, res) => { addToCart(req.user.id, req.body.items); res.json({}); });`,
      errors: [state('online', 5), state('carts', 6)],
    },
    {
      name: "an exported controller class's handler-shaped methods: a static field written by a static handler or by a static helper it calls (node-media-server), and module state written by an instance method",
      code: `class AuthHandler {
  static failedAttempts = new Map();
  static lockouts = new Map();
  static recordFailure(username, ip) { AuthHandler.lockouts.set(username + '|' + ip, Date.now()); }
  static login(req, res) {
    AuthHandler.failedAttempts.set(req.ip, Date.now());
    if (req.body.password !== 'x') AuthHandler.recordFailure(req.body.username, req.ip);
    res.end();
  }
}
module.exports = AuthHandler;`,
      errors: [
        { messageId: 'moduleState', data: { name: 'AuthHandler.failedAttempts', line: 6, handler: 'request handler' } },
        { messageId: 'moduleState', data: { name: 'AuthHandler.lockouts', line: 4, handler: 'request handler' } },
      ],
    },
    {
      name: 'a set that turns away a repeated request, or whose first-time branch does more than log, is per-user state',
      code: `const seen = new Set();
const visited = new Set();
exports.POST = async (req, res) => {
  if (seen.has(req.body.deliveryId)) return res.status(409).end();
  seen.add(req.body.deliveryId);
  console.log('processing', req.body.deliveryId);
  res.end();
};
exports.PATCH = (req, res) => {
  if (!visited.has(req.user.id)) {
    visited.add(req.user.id);
    console.log('first visit');
    grantBonus(req.user);
  }
  res.end();
};`,
      errors: [state('seen', 5), state('visited', 11)],
    },
    {
      name: 'an exported TypeScript controller class whose async handler writes a module-level map',
      code: `import type { Request, Response } from 'express';
const sessions = new Map<string, string>();
export default class SessionController {
  async create(req: Request, res: Response): Promise<void> {
    sessions.set(req.body.user, req.sessionID);
    res.status(201).end();
  }
}`,
      errors: [state('sessions', 5)],
    },
    {
      // A CommonJS module's own scope is a function scope (Node's module wrapper): a write made
      // there runs once at load time, and a connection it stores there exempts nothing.
      name: 'a CommonJS module whose load-time write keys a connection, and whose handler writes per-user state',
      code: `const express = require('express');
const net = require('net');
const app = express();
const sessions = new Map();
const upstreamSocket = net.connect(Number(process.env.CACHE_PORT));
sessions.set(upstreamSocket, { role: 'cache' });
app.post('/login', (req, res) => { sessions.set(req.body.user, Date.now()); res.end(); });`,
      languageOptions: espreeCommonJs,
      errors: [state('sessions', 7)],
    },
    {
      name: 'strict: a binding written after a test of it that does not return, or after an early return under a test of something else',
      options: strict,
      code: `const express = require('express');
const app = express();
let lastPage;
let lastUser;
app.get('/page', (req, res) => {
  if (lastPage) {
    res.set('x-previous', lastPage);
  }
  lastPage = req.query.page;
  if (req.user) {
    if (!req.user.active) {
      res.status(403).end();
      return;
    }
    lastUser = req.user;
  }
  res.end();
});`,
      errors: [state('lastPage', 9), state('lastUser', 15)],
    },
    {
      name: 'a collection written by a middleware named as a rate limiter, with strict',
      code: RATE_LIMITER_MIDDLEWARE,
      options: strict,
      errors: [{ messageId: 'moduleState', data: { name: 'requestLog', line: 5, handler: 'request handler' } }],
    },
    {
      name: 'a collection a rate limiter writes is per-user state when another handler writes it too',
      code: `const requestLog = new Map();
export const rateLimiter = (req, res, next) => {
  requestLog.set(req.ip, Date.now());
  next();
};
export const audit = (req, res, next) => {
  requestLog.set(req.user.id, Date.now());
  next();
};`,
      errors: [state('requestLog', 7, 'request handler')],
    },
    {
      name: 'a collection written by a middleware with another name is per-user state',
      code: `const requestLog = new Map();
export const audit = (req, res, next) => {
  requestLog.set(req.user.id, Date.now());
  next();
};`,
      errors: [state('requestLog', 3, 'request handler')],
    },
    {
      name: 'per-user cooldowns written by a bot handler, with strict',
      code: `const { Client, Events } = require('discord.js');
const client = new Client({ intents: [] });
const cooldowns = new Map();
class Limits { static rateLimits = {}; }
client.on(Events.MessageCreate, (message) => {
  cooldowns.set(message.author.id, Date.now());
  Limits.rateLimits[message.author.id] = Date.now();
});
client.login(process.env.DISCORD_TOKEN);`,
      options: strict,
      errors: [
        { messageId: 'moduleState', data: { name: 'cooldowns', line: 6, handler: "bot's update handler" } },
        { messageId: 'moduleState', data: { name: 'Limits.rateLimits', line: 7, handler: "bot's update handler" } },
      ],
    },
    {
      name: "per-user state written by a discord.js bot's message handler",
      code: `const { Client, Events, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.GuildMessages] });
const warnings = new Map();
client.on(Events.MessageCreate, (message) => {
  warnings.set(message.author.id, (warnings.get(message.author.id) ?? 0) + 1);
});
client.login(process.env.DISCORD_TOKEN);`,
      errors: [state('warnings', 5, "bot's update handler")],
    },
    {
      name: "Telegraf's session() keeps each chat's session in a Map of the process",
      code: `const { Telegraf, session } = require('telegraf');
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(session());
bot.launch();`,
      errors: [{ messageId: 'sessionWithoutStore', line: 3, data: { name: 'telegraf', option: 'store', example: 'the Redis store of @telegraf/session' } }],
    },
    {
      name: "oidc-provider's Provider without an adapter keeps sessions, grants and tokens in memory",
      code: `import Provider from 'oidc-provider';
const provider = new Provider(process.env.ISSUER, { clients, cookies: { keys: [process.env.COOKIE_KEY] } });
provider.listen(Number(process.env.PORT));`,
      errors: [{ messageId: 'authorizationWithoutAdapter', line: 2, data: { name: 'oidc-provider', option: 'adapter', example: 'Redis or a database' } }],
    },
    {
      name: "oidc-provider's named and CommonJS exports, with no configuration or one in a const",
      code: `const { Provider } = require('oidc-provider');
const OidcProvider = require('oidc-provider');
const configuration = { clients, findAccount };
new Provider(ISSUER);
new OidcProvider(ISSUER, configuration);`,
      languageOptions: espreeCommonJs,
      errors: [
        { messageId: 'authorizationWithoutAdapter', line: 4 },
        { messageId: 'authorizationWithoutAdapter', line: 5 },
      ],
    },
    {
      name: "Bot Framework's MemoryStorage behind the bot's conversation and user state (the SDK's template)",
      code: `const { ConversationState, MemoryStorage, UserState } = require('botbuilder');
const memoryStorage = new MemoryStorage();
const conversationState = new ConversationState(memoryStorage);
const userState = new UserState(memoryStorage);`,
      languageOptions: espreeCommonJs,
      errors: [
        {
          messageId: 'botMemoryStorage',
          line: 2,
          column: 23,
          data: { storage: "Bot Framework's `MemoryStorage`", example: '`BlobsStorage` of botbuilder-azure-blobs or `CosmosDbPartitionedStorage` of botbuilder-azure' },
        },
      ],
    },
    {
      name: "MemoryStorage of botbuilder-core and of the Agents SDK (also its shared instance), and Bot Framework 3's MemoryBotStorage",
      code: `import { MemoryStorage } from 'botbuilder-core';
import * as agents from '@microsoft/agents-hosting';
import builder from 'botbuilder';
const app = new Application({ storage: new MemoryStorage() });
const agent = new agents.AgentApplication({ storage: agents.MemoryStorage.getSingleInstance() });
const other = new agents.MemoryStorage();
bot.set('storage', new builder.MemoryBotStorage());`,
      errors: [
        { messageId: 'botMemoryStorage', line: 4 },
        { messageId: 'botMemoryStorage', line: 5, data: { storage: "the Agents SDK's `MemoryStorage`", example: '`BlobsStorage` of @microsoft/agents-hosting-storage-blob or `CosmosDbPartitionedStorage` of @microsoft/agents-hosting-storage-cosmos' } },
        { messageId: 'botMemoryStorage', line: 6 },
        { messageId: 'botMemoryStorage', line: 7, data: { storage: "Bot Framework's `MemoryBotStorage`", example: 'a storage of botbuilder-azure' } },
      ],
    },
    {
      name: 'Bot Framework: a MemoryStorage made in the main() the module calls; strict also reports one made in a factory',
      code: `import { AgentApplication, MemoryStorage } from '@microsoft/agents-hosting';
async function main() {
  const agent = new AgentApplication({ storage: new MemoryStorage() });
  await startServer(agent);
}
export function createAgent() {
  return new AgentApplication({ storage: new MemoryStorage() });
}
main();`,
      options: strict,
      errors: [
        { messageId: 'botMemoryStorage', line: 3 },
        { messageId: 'botMemoryStorage', line: 7 },
      ],
    },
    {
      name: 'Bot Framework: a MemoryStorage made in the main() the module calls (recommended)',
      code: `import { AgentApplication, MemoryStorage } from '@microsoft/agents-hosting';
async function main() {
  const agent = new AgentApplication({ storage: new MemoryStorage() });
  await startServer(agent);
}
main();`,
      errors: [{ messageId: 'botMemoryStorage', line: 3 }],
    },
    {
      name: "Slack Bolt: an app that installs with OAuth but has no installation store keeps every workspace's tokens in memory",
      code: `import { App } from '@slack/bolt';
const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientId: process.env.SLACK_CLIENT_ID,
  clientSecret: process.env.SLACK_CLIENT_SECRET,
  stateSecret: process.env.SLACK_STATE_SECRET,
  scopes: ['chat:write', 'commands'],
});`,
      errors: [
        {
          messageId: 'installationsWithoutStore',
          line: 2,
          data: { name: "@slack/bolt's `App`", option: 'installationStore', example: 'one that saves installations to your database' },
        },
      ],
    },
    {
      name: "Slack: a receiver and @slack/oauth's InstallProvider without a store, and the file and memory stores of @slack/oauth",
      code: `const { ExpressReceiver, App } = require('@slack/bolt');
const { InstallProvider, FileInstallationStore, MemoryInstallationStore } = require('@slack/oauth');
const oauth = { clientId: process.env.SLACK_CLIENT_ID, clientSecret: process.env.SLACK_CLIENT_SECRET };
const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET, ...oauth });
const installer = new InstallProvider({ ...oauth, stateSecret: process.env.SLACK_STATE_SECRET });
const app = new App({ ...oauth, installationStore: new FileInstallationStore() });
const other = new App({ ...oauth, installationStore: new MemoryInstallationStore() });`,
      languageOptions: espreeCommonJs,
      errors: [
        { messageId: 'installationsWithoutStore', line: 4, data: { name: "@slack/bolt's receiver", option: 'installationStore', example: 'one that saves installations to your database' } },
        { messageId: 'installationsWithoutStore', line: 5 },
        { messageId: 'installationsLocalStore', line: 6, data: { name: "@slack/bolt's `App`", option: 'installationStore', example: 'one that saves installations to your database', store: '`FileInstallationStore` from @slack/oauth' } },
        { messageId: 'installationsLocalStore', line: 7 },
      ],
    },
    {
      name: "Telegraf's session as the class's static method, required or imported",
      code: `const { Telegraf } = require('telegraf');
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(Telegraf.session());
bot.use(Telegraf.session({ store: undefined }));`,
      errors: [
        { messageId: 'sessionWithoutStore', line: 3, data: { name: 'telegraf', option: 'store', example: 'the Redis store of @telegraf/session' } },
        { messageId: 'sessionWithoutStore', line: 4 },
      ],
    },
    {
      name: "Telegraf's static session, default import",
      code: `import Telegraf from 'telegraf';
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(Telegraf.session());`,
      errors: [{ messageId: 'sessionWithoutStore', line: 3 }],
    },
    {
      name: 'Telegraf 3: telegraf/session',
      code: `const session = require('telegraf/session');
bot.use(session({ ttl: 3600 }));`,
      errors: [{ messageId: 'sessionWithoutStore', data: { name: 'telegraf', option: 'store', example: 'the Redis store of @telegraf/session' } }],
    },
    {
      name: "grammY's session() and lazySession() without storage, a single session said so",
      code: `import { Bot, session, lazySession } from 'grammy';
const bot = new Bot(process.env.BOT_TOKEN);
bot.use(session({ initial: () => ({ cart: [] }) }));
bot.use(lazySession({ type: 'single', initial: () => ({}) }));`,
      errors: [
        { messageId: 'sessionWithoutStore', line: 3, data: { name: 'grammy', option: 'storage', example: '@grammyjs/storage-redis' } },
        { messageId: 'sessionWithoutStore', line: 4, data: { name: 'grammy', option: 'storage', example: '@grammyjs/storage-redis' } },
      ],
    },
    {
      name: 'grammY multi session: a part without storage keeps it in memory',
      code: `import { Bot, session } from 'grammy';
import { RedisAdapter } from '@grammyjs/storage-redis';
export const bot = new Bot(process.env.BOT_TOKEN);
bot.use(session({ type: 'multi', user: { storage: new RedisAdapter({ instance: redis }), initial: () => ({}) }, cart: { initial: () => ({ items: [] }) } }));`,
      errors: [{ messageId: 'sessionWithoutStore', line: 4, data: GRAMMY }],
    },
    {
      name: "stores that keep a bot's sessions in the process or on its disk: MemorySessionStorage, a Map, a FileAdapter",
      code: `import { Bot, MemorySessionStorage, session } from 'grammy';
import { FileAdapter } from '@grammyjs/storage-file';
import { Telegraf, session as telegrafSession } from 'telegraf';
export const bot = new Bot(process.env.BOT_TOKEN);
bot.use(session({ initial: () => ({}), storage: new MemorySessionStorage() }));
bot.use(session({ initial: () => ({}), storage: new FileAdapter({ dirName: 'sessions' }) }));
export const other = new Telegraf(process.env.BOT_TOKEN);
other.use(telegrafSession({ store: new Map() }));`,
      errors: [
        { messageId: 'sessionMemoryStore', line: 5, data: { ...GRAMMY, store: '`MemorySessionStorage` from grammY' } },
        { messageId: 'sessionDiskStore', line: 6, data: { ...GRAMMY, store: 'a `FileAdapter` from @grammyjs/storage-file' } },
        { messageId: 'sessionMemoryStore', line: 8, data: { name: 'telegraf', option: 'store', example: 'the Redis store of @telegraf/session', store: 'a `Map` of the process' } },
      ],
    },
    {
      name: "telegraf-session-local: a LocalSession keeps every chat's session in a file of the instance",
      code: `const { Telegraf } = require('telegraf');
const LocalSession = require('telegraf-session-local');
const bot = new Telegraf(process.env.BOT_TOKEN);
bot.use(new LocalSession({ database: 'sessions.json' }).middleware());
bot.launch();`,
      errors: [{ messageId: 'ownDiskStore', line: 4, column: 9, data: { store: '`LocalSession` from telegraf-session-local', kept: "the chats' sessions", example: 'a session store backed by a service, e.g. the Redis store of @telegraf/session' } }],
    },
    {
      name: "whatsapp-web.js: LocalAuth keeps the WhatsApp Web login in a folder of the instance",
      code: `const { Client, LocalAuth } = require('whatsapp-web.js');
const client = new Client({ authStrategy: new LocalAuth({ clientId: 'bot' }), puppeteer: { headless: true } });
client.on('message', (msg) => msg.reply('pong'));
client.initialize();`,
      errors: [{ messageId: 'ownDiskStore', line: 2, column: 43, data: { store: '`LocalAuth` from whatsapp-web.js', kept: 'the WhatsApp Web session (the login)', example: '`RemoteAuth` with a store backed by a service (wwebjs-mongo, wwebjs-aws-s3)' } }],
    },
    {
      name: 'whatsapp-web.js as an ES module namespace',
      code: `import wweb from 'whatsapp-web.js';
const auth = new wweb.LocalAuth();
export const client = new wweb.Client({ authStrategy: auth });`,
      errors: [{ messageId: 'ownDiskStore', line: 2, data: { store: '`LocalAuth` from whatsapp-web.js', kept: 'the WhatsApp Web session (the login)', example: '`RemoteAuth` with a store backed by a service (wwebjs-mongo, wwebjs-aws-s3)' } }],
    },
    {
      name: "Baileys: useMultiFileAuthState keeps the login's keys in a folder (the current and the older package names)",
      code: `import makeWASocket, { useMultiFileAuthState } from '@whiskeysockets/baileys';
const { state, saveCreds } = await useMultiFileAuthState('auth_info_baileys');
const sock = makeWASocket({ auth: state, printQRInTerminal: true });
sock.ev.on('creds.update', saveCreds);
const old = await require('@adiwajshing/baileys').useMultiFileAuthState('auth');`,
      errors: [
        { messageId: 'ownDiskStore', line: 2, column: 36, data: { store: "Baileys' `useMultiFileAuthState`", kept: "the WhatsApp login's credentials and keys", example: 'an auth state that reads and writes a database (Baileys advises against the file one in production)' } },
        { messageId: 'ownDiskStore', line: 5, data: { store: "Baileys' `useMultiFileAuthState`", kept: "the WhatsApp login's credentials and keys", example: 'an auth state that reads and writes a database (Baileys advises against the file one in production)' } },
      ],
    },
    {
      name: "Shopify: shopifyApp without a sessionStorage keeps the shops' sessions in memory; MemorySessionStorage and SQLiteSessionStorage given",
      code: `import { shopifyApp } from '@shopify/shopify-app-express';
import { MemorySessionStorage } from '@shopify/shopify-app-session-storage-memory';
import { SQLiteSessionStorage } from '@shopify/shopify-app-session-storage-sqlite';
export const shopify = shopifyApp({ api: { apiVersion: '2025-01', restResources }, auth: { path: '/api/auth', callbackPath: '/api/auth/callback' }, webhooks: { path: '/api/webhooks' } });
export const inMemory = shopifyApp({ api: { apiVersion: '2025-01' }, sessionStorage: new MemorySessionStorage() });
export const onDisk = shopifyApp({ api: { apiVersion: '2025-01' }, sessionStorage: new SQLiteSessionStorage(\`${process.cwd()}/database.sqlite\`) });`,
      errors: [
        { messageId: 'sessionWithoutStore', line: 4, column: 24, data: { name: "@shopify/shopify-app-express's `shopifyApp`", option: 'sessionStorage', example: 'a database-backed session storage such as @shopify/shopify-app-session-storage-redis or -postgresql' } },
        { messageId: 'sessionMemoryStore', line: 5, data: { name: "@shopify/shopify-app-express's `shopifyApp`", option: 'sessionStorage', example: 'a database-backed session storage such as @shopify/shopify-app-session-storage-redis or -postgresql', store: '`MemorySessionStorage` from @shopify/shopify-app-session-storage-memory' } },
        { messageId: 'sessionDiskStore', line: 6, data: { name: "@shopify/shopify-app-express's `shopifyApp`", option: 'sessionStorage', example: 'a database-backed session storage such as @shopify/shopify-app-session-storage-redis or -postgresql', store: '`SQLiteSessionStorage` from @shopify/shopify-app-session-storage-sqlite' } },
      ],
    },
    {
      name: "boardgame.io: Server without a db keeps every match in this instance; FlatFile given",
      code: `const { Server, Origins, FlatFile } = require('boardgame.io/server');
const { TicTacToe } = require('./game');
const server = Server({ games: [TicTacToe], origins: [Origins.LOCALHOST] });
server.run(Number(process.env.PORT ?? 8000));
const onDisk = Server({ games: [TicTacToe], db: new FlatFile({ dir: '/storage', logging: false }) });`,
      errors: [
        { messageId: 'matchesWithoutStore', line: 3, column: 16, data: { name: "boardgame.io's `Server`", option: 'db', example: 'a storage backed by a database such as bgio-postgres' } },
        { messageId: 'matchesLocalStore', line: 5, data: { name: "boardgame.io's `Server`", option: 'db', example: 'a storage backed by a database such as bgio-postgres', store: '`FlatFile` from boardgame.io' } },
      ],
    },
    {
      name: 'boardgame.io imported as an ES module',
      code: `import { Server as GameServer } from 'boardgame.io/server';
export const server = GameServer({ games: [Chess] });`,
      errors: [{ messageId: 'matchesWithoutStore', line: 2, column: 23, data: { name: "boardgame.io's `Server`", option: 'db', example: 'a storage backed by a database such as bgio-postgres' } }],
    },
    {
      name: 'telegraf-session-local imported as an ES module default',
      code: `import LocalSession from 'telegraf-session-local';
const localSession = new LocalSession();
export const middleware = localSession.middleware();`,
      errors: [{ messageId: 'ownDiskStore', line: 2, data: { store: '`LocalSession` from telegraf-session-local', kept: "the chats' sessions", example: 'a session store backed by a service, e.g. the Redis store of @telegraf/session' } }],
    },
    {
      name: 'an if whose other branch sets up no store is no choice of store',
      code: `import session from 'express-session';
import helmet from 'helmet';
if (process.env.HARDENED) {
  app.use(helmet());
} else {
  app.use(session({ secret: process.env.SECRET }));
}`,
      errors: [{ messageId: 'sessionWithoutStore', line: 6, data: EXPRESS_SESSION }],
    },
    // --- next-session, koa-generic-session, in-house modules -------------------------------------
    {
      code: `import nextSession from 'next-session';
export const getSession = nextSession({ cookie: { secure: true } });`,
      errors: [{ messageId: 'sessionWithoutStore', data: { name: 'next-session', option: 'store', example: 'connect-redis (through `promisifyStore`)' } }],
    },
    {
      code: `import nextSession from 'next-session';
import MemoryStore from 'next-session/lib/memory-store';
export const getSession = nextSession({ store: new MemoryStore() });`,
      errors: [
        {
          messageId: 'sessionMemoryStore',
          data: { name: 'next-session', option: 'store', example: 'connect-redis (through `promisifyStore`)', store: '`MemoryStore` from next-session' },
        },
      ],
    },
    {
      code: `const Koa = require('koa');
const session = require('koa-generic-session');
const app = new Koa();
app.keys = [process.env.KEY];
app.use(session());`,
      errors: [{ messageId: 'sessionWithoutStore', data: { name: 'koa-generic-session', option: 'store', example: 'koa-redis' } }],
    },
    {
      name: "koa-session2 without a store, and with its built-in Store",
      code: `const session = require('koa-session2');
const { Store } = require('koa-session2');
module.exports = (app) => {
  app.use(session({ key: 'SESSIONID' }));
  app.use(session({ key: 'ADMIN', store: new Store() }));
};`,
      languageOptions: espreeCommonJs,
      errors: [
        { messageId: 'sessionWithoutStore', data: { name: 'koa-session2', option: 'store', example: 'a subclass of its `Store` backed by Redis' } },
        { messageId: 'sessionMemoryStore', data: { name: 'koa-session2', option: 'store', example: 'a subclass of its `Store` backed by Redis', store: 'the built-in `Store` of koa-session2' } },
      ],
    },
    {
      name: "koa-generic-session's MemoryStore required by its file",
      code: `const session = require('koa-generic-session');
const MemoryStore = require('koa-generic-session/lib/memory_store');
const store = new MemoryStore();
module.exports = async (ctx, next) => session({ key: 'sid', store })(ctx, next);`,
      languageOptions: espreeCommonJs,
      errors: [{ messageId: 'sessionMemoryStore', data: { name: 'koa-generic-session', option: 'store', example: 'koa-redis', store: '`MemoryStore` from koa-generic-session' } }],
    },
    {
      name: 'sessionModules: in-house middleware',
      options: [{ sessionModules: [{ module: '@acme/session' }, { module: 'acme-fastify-session', storeOption: 'backend' }] }],
      code: `import acmeSession from '@acme/session';
import acmeFastifySession from 'acme-fastify-session';
app.use(acmeSession({ secret: process.env.SECRET }));
app.use(acmeSession({ secret: process.env.SECRET, store: redisStore }));
fastify.register(acmeFastifySession, { secret: process.env.SECRET });
fastify.register(acmeFastifySession, { secret: process.env.SECRET, backend: redisStore });`,
      errors: [
        { messageId: 'sessionWithoutStore', data: { name: '@acme/session', option: 'store', example: 'connect-redis' }, line: 3 },
        { messageId: 'sessionWithoutStore', data: { name: 'acme-fastify-session', option: 'backend', example: 'connect-redis' }, line: 5 },
      ],
    },
    // --- module-level state written by handlers --------------------------------------------------
    {
      code: `const express = require('express');
const app = express();
const carts = new Map();

app.get('/cart', (req, res) => {
  res.json(carts.get(req.user.id) ?? []);
});

app.post('/cart', (req, res) => {
  carts.set(req.user.id, req.body.items);
  res.sendStatus(204);
});`,
      errors: [{ ...state('carts', 10), line: 3, column: 7, endLine: 3, endColumn: 12 }],
    },
    {
      code: `import express from 'express';
const app = express();
const sessions = {};
app.post('/login', async (req, res) => {
  const token = crypto.randomUUID();
  sessions[token] = await findUser(req.body.email);
  res.cookie('token', token).end();
});`,
      errors: [state('sessions', 6)],
    },
    {
      code: `const { Router } = require('express');
const router = Router();
const orders = [];
router.post('/orders', (req, res) => { orders.push({ user: req.user.id, ...req.body }); res.status(201).end(); });
module.exports = router;`,
      errors: [state('orders', 4)],
    },
    {
      name: 'a collection handed on to be filled elsewhere, or made with entries, whose entries a handler drops',
      code: `const express = require('express');
const router = express.Router();
const sessions = {};
router.post('/logout', (req, res) => { delete sessions[req.cookies.sid]; res.end(); });
module.exports = { router, sessions };`,
      errors: [state('sessions', 4)],
    },
    {
      code: `import express from 'express';
const app = express();
const sessions = new Map(loadSessions());
const flags = { beta: true };
app.post('/logout', (req, res) => { sessions.delete(req.cookies.sid); res.end(); });
app.post('/flags/:name/off', (req, res) => { delete flags[req.params.name]; res.end(); });
function loadSessions() { return []; }`,
      errors: [state('sessions', 5), state('flags', 6)],
    },
    {
      code: `import express from 'express';
const app = express();
const carts: Record<string, string[]> = {};
app.post('/cart/:item', (req, res) => {
  (carts[req.user!.id] ??= []).push(req.params.item as string);
  res.end();
});`,
      errors: [state('carts', 5)],
    },
    {
      code: `import express from 'express';
const app = express();
const carts = new Map<string, { items: string[] }>();
app.post('/cart/:item', (req, res) => {
  carts.get(req.user.id)!.items.push(req.params.item);
  res.end();
});`,
      errors: [state('carts', 5)],
    },
    {
      name: 'reports once, naming the first write',
      code: `const express = require('express');
const app = express();
const online = new Set();
app.post('/login', (req, res) => { online.add(req.user.id); res.end(); });
app.post('/logout', (req, res) => { online.delete(req.user.id); res.end(); });`,
      errors: [state('online', 4)],
    },
    {
      code: `const express = require('express');
const app = express();
let todos = [];
app.delete('/todos/:id', (req, res) => { todos = todos.filter((t) => t.id !== req.params.id); res.end(); });
app.put('/todos', (req, res) => { todos = req.body.todos; res.end(); });`,
      // The message names the write that fills it (the PUT), not the filter that drops entries.
      errors: [state('todos', 5)],
    },
    {
      name: 'an expiry that drops entries before the write that files one: the message names the write',
      code: `import { Hono } from 'hono';
const app = new Hono();
const processed = new Map();
app.post('/webhook', async (c) => {
  const { id } = await c.req.json();
  for (const [key, at] of processed.entries()) if (Date.now() - at > 600000) processed.delete(key);
  if (processed.has(id)) return c.body(null, 200);
  processed.set(id, Date.now());
  return c.body(null, 202);
});`,
      errors: [state('processed', 8)],
    },
    {
      code: `import express from 'express';
const app = express();
export const drafts = Object.create(null);
app.put('/drafts/:id', (req, res) => { drafts[req.params.id] = req.body; res.end(); });`,
      errors: [state('drafts', 4)],
    },
    {
      name: 'conversation history per call (seen in a real webhook server)',
      code: `const express = require('express');
const app = express();
const sessions = {};
app.post('/voice', async (req, res) => {
  const callSid = req.body.CallSid;
  sessions[callSid] = sessions[callSid] || [{ role: 'system', content: 'You are a booking assistant.' }];
  sessions[callSid].push({ role: 'user', content: req.body.SpeechResult });
  res.send(await reply(sessions[callSid]));
});`,
      errors: [state('sessions', 6)],
    },
    {
      name: 'handler passed by name',
      code: `const express = require('express');
const app = express();
const carts = {};
function addToCart(req, res) {
  carts[req.user.id] = (carts[req.user.id] || []).concat(req.body);
  res.end();
}
app.post('/cart', requireLogin, addToCart);`,
      errors: [state('carts', 5)],
    },
    {
      name: 'handler inside a wrapper',
      code: `const express = require('express');
const asyncHandler = require('express-async-handler');
const app = express();
const votes = new Map();
app.post('/vote', asyncHandler(async (req, res) => { votes.set(req.user.id, req.body.choice); res.end(); }));`,
      errors: [state('votes', 5)],
    },
    {
      name: 'middleware returned by a local factory',
      code: `const express = require('express');
const app = express();
const hits = {};
function countVisits(header) {
  return (req, res, next) => {
    hits[req.ip] = (hits[req.ip] || 0) + 1;
    res.set(header, String(hits[req.ip]));
    next();
  };
}
app.use(countVisits('X-Visits'));`,
      errors: [state('hits', 6)],
    },
    {
      name: 'chained express route',
      code: `const express = require('express');
const app = express();
const wishlist = new Map();
app.route('/wishlist')
  .get((req, res) => res.json(wishlist.get(req.user.id)))
  .post((req, res) => { wishlist.set(req.user.id, req.body); res.end(); });`,
      errors: [state('wishlist', 6)],
    },
    {
      name: 'routes module with an injected router',
      code: `const carts = {};
module.exports = function routes(router) {
  router.post('/cart', (req, res) => { carts[req.session.id] = req.body; res.end(); });
};`,
      errors: [state('carts', 3)],
    },
    {
      name: 'routes module with an injected app and middleware',
      code: `const lastSeen = new Map();
module.exports = (app) => {
  app.use((req, res, next) => { lastSeen.set(req.user.id, Date.now()); next(); });
};`,
      errors: [state('lastSeen', 3)],
    },
    {
      code: `const http = require('node:http');
const sessions = new Map();
const server = http.createServer((req, res) => {
  sessions.set(req.headers['x-session'], { seen: Date.now() });
  res.end();
});
server.listen(process.env.PORT);`,
      errors: [state('sessions', 4)],
    },
    {
      code: `import { createServer } from 'node:https';
const visitors = new Set();
const server = createServer(tls);
server.on('request', (req, res) => { visitors.add(req.socket.remoteAddress); res.end(); });`,
      errors: [state('visitors', 4)],
    },
    // Koa
    {
      code: `const Koa = require('koa');
const app = new Koa();
const visits = {};
app.use(async (ctx, next) => {
  visits[ctx.session.userId] = (visits[ctx.session.userId] ?? 0) + 1;
  await next();
});`,
      errors: [state('visits', 5)],
    },
    {
      code: `import Router from '@koa/router';
const router = new Router();
const tokens = new Map();
router.post('/login', async (ctx) => { tokens.set(ctx.request.body.user, crypto.randomUUID()); ctx.status = 204; });
export default router;`,
      errors: [state('tokens', 4)],
    },
    // Fastify
    {
      code: `import Fastify from 'fastify';
const fastify = Fastify();
const carts = new Map();
fastify.post('/cart', async (request, reply) => {
  carts.set(request.user.id, request.body);
  return reply.code(204).send();
});`,
      errors: [state('carts', 5)],
    },
    {
      code: `const fastify = require('fastify')({ logger: true });
const pending = {};
fastify.route({
  method: 'POST',
  url: '/checkout',
  preHandler: [authenticate],
  handler: async (request) => { pending[request.user.id] = request.body; return { ok: true }; },
});`,
      errors: [state('pending', 7)],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
const favourites = new Map();
app.register(async (instance) => {
  instance.put('/favourites', async (req) => { favourites.set(req.user.id, req.body); });
}, { prefix: '/v1' });`,
      errors: [state('favourites', 5)],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
const attempts = new Map();
app.addHook('onRequest', async (request) => { attempts.set(request.ip, (attempts.get(request.ip) ?? 0) + 1); });`,
      errors: [state('attempts', 4)],
    },
    // hapi
    {
      code: `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: process.env.PORT });
const carts = new Map();
server.route({
  method: 'POST',
  path: '/cart',
  handler: (request, h) => { carts.set(request.auth.credentials.id, request.payload); return h.response().code(204); },
});`,
      errors: [state('carts', 7)],
    },
    {
      code: `const Hapi = require('@hapi/hapi');
const server = new Hapi.Server();
const drafts = {};
server.route([
  { method: 'GET', path: '/drafts', handler: () => drafts },
  { method: 'PUT', path: '/drafts/{id}', options: { auth: 'session', handler(request) { drafts[request.params.id] = request.payload; return null; } } },
]);`,
      errors: [state('drafts', 6)],
    },
    {
      name: 'hapi plugin in its own module',
      code: `const carts = new Map();
exports.plugin = {
  name: 'cart',
  register: async (server) => {
    server.route({ method: 'POST', path: '/cart', handler: (request) => { carts.set(request.auth.credentials.id, request.payload); return null; } });
  },
};`,
      errors: [state('carts', 5)],
    },
    // Controller classes
    {
      code: `import { Body, Controller, Post, Req } from '@nestjs/common';
const carts = new Map<string, unknown[]>();
@Controller('cart')
export class CartController {
  @Post()
  add(@Req() req: { user: { id: string } }, @Body() item: unknown) {
    carts.set(req.user.id, [...(carts.get(req.user.id) ?? []), item]);
  }
}`,
      errors: [state('carts', 7)],
    },
    {
      code: `import { Controller, Delete, Param } from '@nestjs/common';
@Controller('sessions')
export class SessionsController {
  static active: Record<string, number> = {};
  @Delete(':id')
  remove(@Param('id') id: string) { delete SessionsController.active[id]; }
}`,
      errors: [{ ...state('SessionsController.active', 6), line: 4, column: 10 }],
    },
    {
      code: `import { JsonController, Post, Body } from 'routing-controllers';
const signups: string[] = [];
@JsonController()
export class SignupController {
  @Post('/signup')
  signup(@Body() body: { email: string }) { signups.push(body.email); return { ok: true }; }
}`,
      errors: [state('signups', 6)],
    },
    {
      name: 'Next.js route handler',
      code: `import { NextResponse } from 'next/server';
const carts = new Map<string, unknown>();
export async function POST(request: Request) {
  const { userId, items } = await request.json();
  carts.set(userId, items);
  return NextResponse.json({ ok: true });
}`,
      errors: [state('carts', 5)],
    },
    {
      name: 'a controller module: handlers exported for a routes file to register',
      code: `const otpStore = new Map();
const initiateRegistration = async (req, res) => {
  otpStore.set(req.body.email, { otp: createOtp(), at: Date.now() });
  res.status(200).json({ success: true });
};
exports.login = async (req, res) => { otpStore.delete(req.body.email); res.json({ ok: true }); };
module.exports.initiateRegistration = initiateRegistration;`,
      languageOptions: espreeCommonJs,
      errors: [state('otpStore', 3)],
    },
    {
      name: 'a controller module exported as an object, handlers wrapped',
      code: `const pending = {};
async function signup(req, res) { pending[req.body.email] = req.body; res.end(); }
const verify = asyncHandler(async (req, res) => { delete pending[req.body.email]; res.end(); });
module.exports = { signup, verify };`,
      languageOptions: espreeCommonJs,
      errors: [state('pending', 2)],
    },
    {
      name: "the websocket package's request handler keeps a chat's history; its connections are a registry",
      code: `const http = require('http');
const WebSocketServer = require('websocket').server;
const server = http.createServer();
const clients = [];
const posts = [];
new WebSocketServer({ httpServer: server }).on('request', (request) => {
  const connection = request.accept(null, request.origin);
  clients.push(connection);
  connection.on('message', (message) => { posts.push(message.utf8Data); });
});`,
      languageOptions: espreeCommonJs,
      errors: [state('posts', 9, 'WebSocket connection handler')],
    },
    {
      name: "an ES controller module's export list and default export object",
      code: `const otpStore = new Map();
const sendOtp = async (req, res) => { otpStore.set(req.body.phone, createOtp()); res.end(); };
const verifyOtp = async (req, res) => { res.json({ ok: otpStore.get(req.body.phone) === req.body.otp }); };
export { sendOtp, verifyOtp as verify };`,
      errors: [state('otpStore', 2)],
    },
    {
      name: 'a default-exported object of controller functions',
      code: `const pending = {};
async function signup(req, res) { pending[req.body.email] = req.body; res.end(); }
export default { signup };`,
      errors: [state('pending', 2)],
    },
    {
      name: 'tokens a handler files and another drops by filtering',
      code: `const app = require('express')();
let refreshTokens = [];
app.post('/token', (req, res) => { refreshTokens.push(req.body.token); res.end(); });
app.delete('/logout', (req, res) => { refreshTokens = refreshTokens.filter((t) => t !== req.body.token); res.end(); });`,
      languageOptions: espreeCommonJs,
      errors: [state('refreshTokens', 3)],
    },
    {
      name: 'a Next.js API route of the pages router',
      code: `const otpStore = new Map();
export default async function handler(req, res) {
  otpStore.set(req.body.email, { otp: createOtp(), expiresAt: Date.now() + 600000 });
  res.status(200).json({ ok: true });
}`,
      errors: [state('otpStore', 3)],
    },
    {
      name: 'strict: the per-client counters of a handler that answers 429',
      code: NETLIFY_RATE_LIMIT,
      options: [{ strict: true }],
      errors: [state('seen', 2)],
    },
    {
      name: 'strict: the per-client counters of a handler that answers `429 as const`',
      code: WORKER_RATE_LIMIT_AS_CONST,
      options: [{ strict: true }],
      errors: [state('hits', 6)],
    },
    {
      name: 'a handler that only reads a 429 from upstream keeps state of its own',
      code: `const app = require('express')();
const carts = {};
app.post('/cart', async (req, res) => {
  const upstream = await fetch(process.env.PRICES_URL);
  if (upstream.status === 429) return res.status(503).end();
  carts[req.session.id] = req.body;
  res.statusCode = 201;
  res.end();
});`,
      languageOptions: espreeCommonJs,
      errors: [state('carts', 6)],
    },
    {
      name: 'a Cloudflare Worker (or Bun, deno serve): the fetch method of the default export',
      code: `const sessions = new Map<string, unknown>();
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const body = await request.json<{ id: string }>();
    sessions.set(body.id, body);
    return new Response('ok');
  },
} satisfies ExportedHandler<Env>;`,
      errors: [state('sessions', 5)],
    },
    {
      name: 'a Netlify function (Functions 2.0): a default export of (req, context)',
      code: `const drafts = {};
export default async (req, context) => { drafts[context.params.id] = await req.text(); return new Response('ok'); };`,
      errors: [state('drafts', 2)],
    },
    {
      name: 'a Vercel Edge Function: a default-exported function of the request alone',
      code: `const carts = new Map();
export default async function handler(request) { const { user, item } = await request.json(); carts.set(user, item); return Response.json({ ok: true }); }
export const config = { runtime: 'edge' };`,
      errors: [state('carts', 2)],
    },
    {
      name: "an AWS Lambda or Netlify function's handler: warm invocations share the module, other instances do not",
      code: `const seen = new Set();
exports.handler = async (event, context) => {
  if (seen.has(event.requestContext.requestId)) return { statusCode: 409 };
  seen.add(event.requestContext.requestId);
  return { statusCode: 200 };
};`,
      languageOptions: espreeCommonJs,
      errors: [state('seen', 4)],
    },
    {
      name: 'an exported handler function that takes an event',
      code: `const carts: Record<string, unknown> = {};
export async function handler(event: APIGatewayProxyEvent) { carts[event.pathParameters!.id!] = JSON.parse(event.body ?? '{}'); return { statusCode: 204 }; }`,
      errors: [state('carts', 2)],
    },
    {
      name: 'an exported named handler',
      code: `const votes: Record<string, number> = {};
export const vote = (req: Request, res: Response) => { votes[req.params.id] = (votes[req.params.id] ?? 0) + 1; res.end(); };`,
      errors: [state('votes', 2)],
    },
    {
      name: 'GraphQL resolvers of Apollo Server',
      code: `import { ApolloServer } from '@apollo/server';
const carts: Record<string, string[]> = {};
const resolvers = {
  Mutation: {
    addToCart: (_: unknown, { item }: { item: string }, ctx: { userId: string }) => { (carts[ctx.userId] ??= []).push(item); return carts[ctx.userId]; },
  },
};
export const server = new ApolloServer({ typeDefs, resolvers });`,
      errors: [state('carts', 5)],
    },
    {
      name: 'GraphQL resolvers inline in graphql-yoga options, as methods',
      code: `import { createSchema, createYoga } from 'graphql-yoga';
const users = [];
export const yoga = createYoga({
  schema: createSchema({
    typeDefs,
    resolvers: { Query: { users: () => users }, Mutation: { addUser(_, { name }) { users.push({ name }); return name; } } },
  }),
});`,
      errors: [state('users', 6)],
    },
    {
      name: "express-graphql's rootValue",
      code: `const { graphqlHTTP } = require('express-graphql');
let products = [];
const root = {
  products: () => products,
  deleteProduct: ({ id }) => { products = products.filter((p) => p.id !== id); return true; },
};
app.use('/graphql', graphqlHTTP({ schema, rootValue: root }));`,
      languageOptions: espreeCommonJs,
      errors: [state('products', 5)],
    },
    {
      name: 'espree: module-level state in plain JS',
      code: `var express = require('express');
var app = express();
var sessions = {};
app.post('/login', function (req, res) { sessions[req.body.user] = Date.now(); res.end(); });`,
      languageOptions: espreeCommonJs,
      errors: [state('sessions', 4)],
    },
    // --- strict ----------------------------------------------------------------------------------
    {
      name: 'strict: module-level counter',
      options: strict,
      code: `const express = require('express');
const app = express();
let counter = 0;
app.get('/hit', (req, res) => { counter++; res.json({ counter }); });`,
      errors: [{ ...state('counter', 4), line: 3, column: 5 }],
    },
    {
      name: 'strict: an early return that tests another variable, or returns only when it is absent, guards no singleton',
      options: strict,
      code: `const express = require('express');
const app = express();
let last;
function remember(value) {
  if (value) return last;
  return last = value;
}
let current;
function swap(value) {
  if (!current) return;
  current = value;
}
app.get('/a', (req, res) => { res.json(remember(req.query.v)); });
app.get('/b', (req, res) => { swap(req.query.v); res.end(); });`,
      errors: [{ ...state('last', 6), line: 3, column: 5 }, { ...state('current', 11), line: 8, column: 5 }],
    },
    {
      name: 'strict: a counter that only goes up is state, even when handlers also reset it',
      options: strict,
      code: `const express = require('express');
const app = express();
let hits = 0;
app.get('/hit', (req, res) => { hits += 1; res.json({ hits }); });
app.post('/reset', (req, res) => { hits = 0; res.end(); });`,
      errors: [{ ...state('hits', 4), line: 3, column: 5 }],
    },
    {
      name: 'strict: a scalar assigned a value that is not a timer handle',
      options: strict,
      code: `const express = require('express');
const app = express();
let lastSeen;
app.get('/ping', (req, res) => { lastSeen = setLastSeen(req.user); res.end(); });`,
      errors: [state('lastSeen', 4)],
    },
    {
      // A factory's name says what it makes: a connection's count or id is data.
      name: 'strict: a scalar assigned by a call not named for a connection',
      options: strict,
      code: `const express = require('express');
const app = express();
let lastSocketId;
app.get('/ping', (req, res) => { lastSocketId = getLastSocketId(req.user); res.end(); });`,
      errors: [state('lastSocketId', 4)],
    },
    {
      name: 'a reset in one handler does not hide the write of another',
      code: `const express = require('express');
const app = express();
let carts = {};
app.post('/logout-all', (req, res) => { carts = {}; res.end(); });
app.post('/cart', (req, res) => { carts = { ...carts, [req.session.id]: req.body }; res.end(); });`,
      errors: [state('carts', 5)],
    },
    {
      name: 'strict: a scalar that falls back on itself only after the request value, or tests another binding',
      options: strict,
      code: `const express = require('express');
const app = express();
let lastUser;
let lastToken = null;
app.get('/me', (req, res) => {
  lastUser = req.user || lastUser;
  lastToken = other === null ? req.headers.authorization : lastToken;
  res.end();
});`,
      errors: [state('lastUser', 6), state('lastToken', 7)],
    },
    {
      name: "strict: a scalar that holds what a connection carries, not the connection",
      options: strict,
      code: `import { Server } from 'socket.io';
const io = new Server(7000);
let lastId;
let lastUser;
io.on('connection', (socket) => {
  lastId = socket.id;
  lastUser = socket.handshake.auth.user;
});`,
      errors: [state('lastId', 6, 'socket.io connection handler'), state('lastUser', 7, 'socket.io connection handler')],
    },
    {
      name: 'strict: last user in a scalar',
      options: strict,
      code: `import Koa from 'koa';
const app = new Koa();
let lastUser: string | undefined;
app.use(async (ctx) => { lastUser = ctx.state.user.name; });`,
      errors: [state('lastUser', 4)],
    },
    {
      name: 'strict: fixed property of a module-level object',
      options: strict,
      code: `const express = require('express');
const app = express();
const stats = { lastLogin: 0 };
app.post('/login', (req, res) => { stats.lastLogin = Date.now(); res.end(); });`,
      errors: [state('stats', 4)],
    },
    {
      name: 'strict: express-rate-limit without a store',
      options: strict,
      code: `const rateLimit = require('express-rate-limit');
app.use(rateLimit({ windowMs: 15 * 60 * 1000, max: 100 }));`,
      errors: [{ messageId: 'rateLimitWithoutStore', data: RATE_LIMIT, line: 2, column: 9 }],
    },
    {
      name: "strict: @nestjs/throttler's ThrottlerModule with its in-memory storage",
      options: strict,
      code: `import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
@Module({ imports: [ThrottlerModule.forRoot([{ ttl: 60000, limit: 100 }])] })
export class AppModule {}
export const legacy = ThrottlerModule.forRoot({ ttl: 60, limit: 10 });`,
      errors: [
        { messageId: 'rateLimitWithoutStore', data: { name: '@nestjs/throttler', option: 'storage', example: '@nest-lab/throttler-storage-redis' }, line: 3 },
        { messageId: 'rateLimitWithoutStore', data: { name: '@nestjs/throttler', option: 'storage', example: '@nest-lab/throttler-storage-redis' }, line: 5 },
      ],
    },
    {
      name: "strict: hono-rate-limiter's rateLimiter without a store, or given its MemoryStore",
      options: strict,
      code: `import { rateLimiter, MemoryStore } from 'hono-rate-limiter';
app.use('/api/*', rateLimiter({ windowMs: 15 * 60 * 1000, limit: 100, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? '' }));
app.use('/login', rateLimiter({ windowMs: 60000, limit: 5, keyGenerator, store: new MemoryStore() }));`,
      errors: [
        { messageId: 'rateLimitWithoutStore', data: { name: 'hono-rate-limiter', option: 'store', example: 'its `RedisStore`' }, line: 2 },
        { messageId: 'rateLimitMemoryStore', data: { name: 'hono-rate-limiter', option: 'store', example: 'its `RedisStore`', store: '`MemoryStore` from hono-rate-limiter' }, line: 3 },
      ],
    },
    {
      name: "strict: sveltekit-rate-limiter's RateLimiter without a store; given one, it is not reported",
      options: strict,
      code: `import { RateLimiter, RetryAfterRateLimiter } from 'sveltekit-rate-limiter/server';
const limiter = new RateLimiter({ rates: { IPUA: [10, 'm'] } });
export const retry = new RetryAfterRateLimiter({ IP: [5, 'm'] });
export const shared = new RateLimiter({ IP: [10, 'h'], store: redisStore });`,
      errors: [
        { messageId: 'rateLimitWithoutStore', data: { name: 'sveltekit-rate-limiter', option: 'store', example: 'a `store` backed by Redis' }, line: 2 },
        { messageId: 'rateLimitWithoutStore', data: { name: 'sveltekit-rate-limiter', option: 'store', example: 'a `store` backed by Redis' }, line: 3 },
      ],
    },
    {
      name: "strict: graphql-rate-limit's directive and shield rule count in memory without a store (CommonJS, default export)",
      options: strict,
      code: `const { createRateLimitRule, InMemoryStore } = require('graphql-rate-limit');
const createRateLimitDirective = require('graphql-rate-limit').default;
const rateLimitRule = createRateLimitRule({ identifyContext: (ctx) => ctx.id, store: new InMemoryStore() });
const directive = createRateLimitDirective({ identifyContext: (ctx) => ctx.id });`,
      errors: [
        { messageId: 'rateLimitMemoryStore', data: { name: 'graphql-rate-limit', option: 'store', example: 'its `RedisStore`', store: '`InMemoryStore` from graphql-rate-limit' }, line: 3 },
        { messageId: 'rateLimitWithoutStore', data: { name: 'graphql-rate-limit', option: 'store', example: 'its `RedisStore`' }, line: 4 },
      ],
    },
    {
      name: "strict: rolling-rate-limiter's InMemoryRateLimiter, and the old fastify-rate-limit without redis",
      options: strict,
      code: `const { InMemoryRateLimiter } = require('rolling-rate-limiter');
const limiter = new InMemoryRateLimiter({ interval: 1000, maxInInterval: 10 });
fastify.register(require('fastify-rate-limit'), { max: 100, timeWindow: '1 minute' });`,
      errors: [
        { messageId: 'memoryRateLimiter', data: { limiter: "rolling-rate-limiter's `InMemoryRateLimiter`", example: '`IORedisRateLimiter`' }, line: 2, column: 17 },
        { messageId: 'rateLimitWithoutStore', data: { name: 'fastify-rate-limit', option: 'redis', example: 'a Redis client in its `redis` option' }, line: 3 },
      ],
    },
    {
      name: "strict: grammY's rate limiter without a storageClient, or with the memory one named, and its v2 Limiter on a MemoryStore",
      options: strict,
      code: `const { limit } = require('@grammyjs/ratelimiter');
bot.use(limit({ timeFrame: 2000, limit: 3, keyGenerator: (ctx) => ctx.from?.id.toString() }));
bot.use(limit({ storageClient: 'MEMORY_STORE' }));
bot.use(limit());
const { Limiter } = require('@grammyjs/ratelimiter');
const { MemoryStore } = require('@grammyjs/ratelimiter/storages');
bot.use(limit(new Limiter().useStorage(new MemoryStore(null)).fixedWindow({ limit: 1, timeFrame: 1000 })));`,
      errors: [
        { messageId: 'rateLimitWithoutStore', data: { name: '@grammyjs/ratelimiter', option: 'storageClient', example: 'a Redis client in its `storageClient` option' }, line: 2, column: 9 },
        {
          messageId: 'rateLimitMemoryStore',
          data: { name: '@grammyjs/ratelimiter', option: 'storageClient', example: 'a Redis client in its `storageClient` option', store: "`storageClient: 'MEMORY_STORE'`" },
          line: 3,
        },
        { messageId: 'rateLimitWithoutStore', data: { name: '@grammyjs/ratelimiter', option: 'storageClient', example: 'a Redis client in its `storageClient` option' }, line: 4 },
        { messageId: 'memoryRateLimiter', data: { limiter: "@grammyjs/ratelimiter's `MemoryStore`", example: 'a Redis storage' }, line: 7, column: 40 },
      ],
    },
    {
      name: "strict: koa-ratelimit's memory driver, written in the call or in the options' const",
      options: strict,
      code: `const ratelimit = require('koa-ratelimit');
app.use(ratelimit({ driver: 'memory', db: new Map(), duration: 60000, max: 100, id: (ctx) => ctx.ip }));
const MEMORY = 'memory';
const limits = { driver: MEMORY, db: new Map() };
router.post('/login', ratelimit(limits), login);`,
      errors: [
        { messageId: 'memoryRateLimiter', data: { limiter: "koa-ratelimit's `memory` driver", example: 'its `redis` driver' }, line: 2, column: 9 },
        { messageId: 'memoryRateLimiter', data: { limiter: "koa-ratelimit's `memory` driver", example: 'its `redis` driver' }, line: 5, column: 23 },
      ],
    },
    {
      name: "strict: rate-limiter-flexible's RateLimiterMemory",
      options: strict,
      code: `const { RateLimiterMemory } = require('rate-limiter-flexible');
const limiter = new RateLimiterMemory({ points: 10, duration: 1 });
app.use((req, res, next) => limiter.consume(req.ip).then(() => next()).catch(() => res.sendStatus(429)));`,
      errors: [{ messageId: 'memoryRateLimiter', data: { limiter: "rate-limiter-flexible's `RateLimiterMemory`", example: '`RateLimiterRedis`' }, line: 2, column: 17 }],
    },
    {
      name: 'strict: a limiter made by a class that is no in-memory store by its name',
      options: strict,
      code: `import { RateLimiterMemory } from 'rate-limiter-flexible';
export class LoginThrottle {
  limiter = new RateLimiterMemory({ points: 5, duration: 60 });
}
export class MemoryUsageReporter {
  constructor() { this.limiter = new RateLimiterMemory({ points: 1, duration: 10 }); }
}`,
      errors: [
        { messageId: 'memoryRateLimiter', data: { limiter: "rate-limiter-flexible's `RateLimiterMemory`", example: '`RateLimiterRedis`' }, line: 3, column: 13 },
        { messageId: 'memoryRateLimiter', data: { limiter: "rate-limiter-flexible's `RateLimiterMemory`", example: '`RateLimiterRedis`' }, line: 6, column: 34 },
      ],
    },
    {
      name: 'strict: a limiter that is made in memory whenever it is enabled (the other branch makes none)',
      options: strict,
      code: `import { RateLimiterMemory } from 'rate-limiter-flexible';
export const limiter = process.env.RATE_LIMIT === 'on' ? new RateLimiterMemory({ points: 10, duration: 1 }) : null;
export function strictLimiter(enabled) {
  if (enabled) return new RateLimiterMemory({ points: 1, duration: 1 });
  return undefined;
}`,
      errors: [
        { messageId: 'memoryRateLimiter', data: { limiter: "rate-limiter-flexible's `RateLimiterMemory`", example: '`RateLimiterRedis`' }, line: 2 },
        { messageId: 'memoryRateLimiter', data: { limiter: "rate-limiter-flexible's `RateLimiterMemory`", example: '`RateLimiterRedis`' }, line: 4 },
      ],
    },
    {
      name: "strict: express-brute's MemoryStore (Ghost's spam prevention)",
      options: strict,
      code: `import ExpressBrute from 'express-brute';
const store = new ExpressBrute.MemoryStore();
export const bruteforce = new ExpressBrute(store, { freeRetries: 5 });`,
      errors: [{ messageId: 'memoryRateLimiter', data: { limiter: "express-brute's `MemoryStore`", example: 'express-brute-redis' }, line: 2, column: 15 }],
    },
    {
      name: "strict: an in-memory store made once on first use (Ghost's content API key limiter) is the store, not a default",
      options: strict,
      code: `let memoryStore;
const config = { limiter: undefined };
const contentApiKey = () => {
  const ExpressBrute = require('express-brute');
  memoryStore = memoryStore || new ExpressBrute.MemoryStore();
  return new ExpressBrute(memoryStore, { freeRetries: 5 });
};
const { RateLimiterMemory } = require('rate-limiter-flexible');
const limiter = config.limiter ?? new RateLimiterMemory({ points: 5 });
module.exports = { contentApiKey, limiter };`,
      languageOptions: espreeCommonJs,
      errors: [
        { messageId: 'memoryRateLimiter', line: 5, data: { limiter: "express-brute's `MemoryStore`", example: 'express-brute-redis' } },
        { messageId: 'memoryRateLimiter', line: 9 },
      ],
    },
    {
      name: 'strict: express-rate-limit named import with MemoryStore',
      options: strict,
      code: `import { rateLimit, MemoryStore } from 'express-rate-limit';
export const limiter = rateLimit({ limit: 10, store: new MemoryStore() });`,
      errors: [{ messageId: 'rateLimitMemoryStore', data: { ...RATE_LIMIT, store: '`MemoryStore` from express-rate-limit' }, line: 2, column: 24 }],
    },
    {
      name: 'strict: express-slow-down without a store',
      options: strict,
      code: `import { slowDown } from 'express-slow-down';
app.use(slowDown({ windowMs: 60000, delayAfter: 5 }));`,
      errors: [{ messageId: 'rateLimitWithoutStore', data: { name: 'express-slow-down', option: 'store', example: 'rate-limit-redis' } }],
    },
    {
      name: 'strict: @fastify/rate-limit without redis',
      options: strict,
      code: `import rateLimit from '@fastify/rate-limit';
await fastify.register(rateLimit, { max: 100, timeWindow: '1 minute' });`,
      errors: [{ messageId: 'rateLimitWithoutStore', data: { name: '@fastify/rate-limit', option: 'redis', example: 'a Redis client in its `redis` option' } }],
    },
    {
      name: 'strict: lru-cache keyed by session id',
      options: strict,
      code: `import express from 'express';
import { LRUCache } from 'lru-cache';
const app = express();
const carts = new LRUCache<string, string[]>({ max: 10_000 });
app.post('/cart', (req, res) => { carts.set(req.sessionID, req.body.items); res.end(); });`,
      errors: [{ messageId: 'userKeyedCache', data: { name: 'carts', library: 'lru-cache', line: 5 }, line: 4, column: 7 }],
    },
    {
      name: 'strict: node-cache keyed by a user template',
      options: strict,
      code: `const NodeCache = require('node-cache');
const profiles = new NodeCache();
async function getProfile(userId) { profiles.set(\`profile:\${userId}\`, await load(userId)); }`,
      errors: [{ messageId: 'userKeyedCache', data: { name: 'profiles', library: 'node-cache', line: 3 } }],
    },
    {
      name: 'strict: hand-rolled cache keyed by user',
      options: strict,
      code: `const express = require('express');
const app = express();
const permissionCache = {};
app.use((req, res, next) => { permissionCache[req.user.id] = loadPermissions(req.user); next(); });`,
      errors: [{ messageId: 'userKeyedCache', data: { name: 'permissionCache', library: 'an in-process cache object', line: 4 } }],
    },
    {
      name: "strict: a collection read into a cache's name is a cache, reported when keyed by user; a read into another name is no cache",
      options: strict,
      code: `import express from 'express';
const app = express();
const profiles = new Map();
const carts = new Map();
app.get('/me', async (req, res) => {
  const cachedProfile = profiles.get(req.user.id);
  if (!cachedProfile) profiles.set(req.user.id, await loadProfile(req.user.id));
  const cart = carts.get(req.user.id);
  carts.set(req.user.id, { ...cart, seen: Date.now() });
  res.end();
});`,
      errors: [{ messageId: 'userKeyedCache', data: { name: 'profiles', library: 'an in-process cache object', line: 7 } }, state('carts', 9)],
    },
    {
      name: "strict: a collection keyed by a cache key's name is a cache, reported when the key is the user's; another key is state",
      options: strict,
      code: `import express from 'express';
const app = express();
const profiles = new Map();
const tasks = {};
app.get('/me', async (req, res) => {
  const userCacheKey = req.user.id;
  profiles.set(userCacheKey, await loadProfile(req.user.id));
  tasks[req.params.id] = Date.now();
  res.end();
});`,
      errors: [{ messageId: 'userKeyedCache', data: { name: 'profiles', library: 'an in-process cache object', line: 7 } }, state('tasks', 8)],
    },
    {
      name: 'strict: memory-cache singleton',
      options: strict,
      code: `const cache = require('memory-cache');
app.get('/me', (req, res) => { cache.put('user:' + req.user.id, req.user, 60000); res.end(); });`,
      errors: [{ messageId: 'userKeyedCache', data: { name: 'memory-cache', library: 'memory-cache', line: 2 }, line: 2, column: 32 }],
    },
    {
      name: 'strict keeps the recommended reports',
      options: strict,
      code: `const session = require('express-session');
const express = require('express');
const app = express();
const carts = new Map();
app.use(session({ secret: process.env.SECRET }));
app.post('/cart', (req, res) => { carts.set(req.user.id, req.body); res.end(); });`,
      errors: [{ ...state('carts', 6), line: 4 }, { messageId: 'sessionWithoutStore', data: EXPRESS_SESSION, line: 5 }],
    },
  ],
});
