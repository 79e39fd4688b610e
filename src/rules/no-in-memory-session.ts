import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule, derivedFromOptions, readContext, reportServiceConcern } from '../create-rule';
import { indexHandlers, type HandlerIndex, type RequestHandler } from '../analysis/handlers';
import { PROCESS_LISTENER_METHODS, SERVER_LIFECYCLES } from '../knowledge/shutdown';
import { createLoadTimeReachability, isModuleExports, walk } from '../analysis/servers';
import { getBoundFunction, getEnclosingFunction, getFunctionVariable, isFunctionNode, isPromiseExecutor, getVariableFunction, type FunctionNode } from '../analysis/returns';
import { createModuleFinder, findGlobalObjectAssignments, findGlobalPropertyUses, findPlugin, importsAnyModule, toModuleSet, type ModuleFinder, type ModuleMember } from '../analysis/modules';
import { shortenForMessage } from '../analysis/secrets/mask';
import { findVariable, getAbsenceTested, getCalleeName, getConstInitializer, getExpressionName, getFunctionName, getObjectProperties, getPresenceTested, getPropertyName, getPropertyValue, getStaticString, getStaticValue, isInside, isModuleWrapperScope, isNothing, isPropertySetElsewhere, lacksKeys, resolveExpression, unwrapExpression, valueChild } from '../analysis/values';
import {
  CACHE_CONSTRUCTORS,
  CACHE_NAME,
  RATE_LIMIT_NAME,
  CACHE_SINGLETON_WRITES,
  MEMORY_STORE_CONSTRUCTORS,
  MEMORY_RATE_LIMITERS,
  MEMORY_BOT_STORAGES,
  OWN_DISK_STORES,
  MEMORY_STORE_FACTORIES,
  STORE_MIDDLEWARE_CALLS,
  STORE_MIDDLEWARE_PLUGINS,
  PERSON_KEY_NAME,
  isUserKeyName,
  type CacheLibrary,
  type MemoryBotStorage,
  type MemoryRateLimiter,
  type MemoryStoreInfo,
  type OwnDiskStore,
  type StoreMiddleware,
  type StorePlugin,
} from '../knowledge/sessions';
import { getEnvironmentBranch, isNonProductionOnly } from '../analysis/environments';
import { isMinified } from '../analysis/text';

type Scope = TSESLint.Scope.Scope;

export type Options = [
  {
    strict?: boolean;
    sessionModules?: { module: string; storeOption?: string }[];
    allowedNames?: string[];
  },
];

export type MessageIds =
  | 'sessionWithoutStore'
  | 'authorizationWithoutAdapter'
  | 'installationsWithoutStore'
  | 'installationsLocalStore'
  | 'matchesWithoutStore'
  | 'matchesLocalStore'
  | 'sessionMemoryStore'
  | 'sessionDiskStore'
  | 'rateLimitWithoutStore'
  | 'rateLimitMemoryStore'
  | 'memoryRateLimiter'
  | 'ownDiskStore'
  | 'botMemoryStorage'
  | 'moduleState'
  | 'instanceState'
  | 'setupState'
  | 'sessionStoreInMemory'
  | 'sessionStoreOnDisk'
  | 'userKeyedCache';

type Reference =
  | { role: 'middleware'; middleware: StoreMiddleware }
  | { role: 'memoryStore'; store: MemoryStoreInfo }
  | { role: 'memoryStoreFactory'; store: MemoryStoreInfo }
  | { role: 'cache'; cache: CacheLibrary }
  | { role: 'cacheWrite'; cache: CacheLibrary }
  | { role: 'memoryRateLimiter'; limiter: MemoryRateLimiter }
  | { role: 'ownDiskStore'; store: OwnDiskStore }
  | { role: 'botStorage'; storage: MemoryBotStorage };

function tag<T>(rows: readonly ModuleMember<T>[], wrap: (info: T) => Reference): ModuleMember<Reference>[] {
  return rows.map((row) => ({ ...row, info: wrap(row.info) }));
}

/**
 * Adds `['default', ...path]` twins of every member of a module that has a `default` row. The
 * tracker follows an ESM default import through the `default` branch of the trace map only, so
 * without the twins `import session from 'express-session'; new session.MemoryStore()` is missed.
 */
function withDefaultTwins(rows: readonly ModuleMember<Reference>[]): ModuleMember<Reference>[] {
  const withDefault = new Set(rows.filter((row) => row.path[0] === 'default').map((row) => row.module));
  const twins = rows.filter((row) => withDefault.has(row.module) && row.path.length > 0 && row.path[0] !== 'default').map((row) => ({ ...row, path: ['default', ...row.path] }));
  return [...rows, ...twins];
}

const BASE_MEMBERS: readonly ModuleMember<Reference>[] = withDefaultTwins([
  ...tag(STORE_MIDDLEWARE_CALLS, (middleware) => ({ role: 'middleware', middleware })),
  ...tag(MEMORY_STORE_CONSTRUCTORS, (store) => ({ role: 'memoryStore', store })),
  ...tag(MEMORY_STORE_FACTORIES, (store) => ({ role: 'memoryStoreFactory', store })),
  ...tag(CACHE_CONSTRUCTORS, (cache) => ({ role: 'cache', cache })),
  ...tag(CACHE_SINGLETON_WRITES, (cache) => ({ role: 'cacheWrite', cache })),
  ...tag(MEMORY_RATE_LIMITERS, (limiter) => ({ role: 'memoryRateLimiter', limiter })),
  ...tag(OWN_DISK_STORES, (store) => ({ role: 'ownDiskStore', store })),
  ...tag(MEMORY_BOT_STORAGES, (storage) => ({ role: 'botStorage', storage })),
]);
const findBaseReferences = createModuleFinder(BASE_MEMBERS);

function customMiddleware(entry: { module: string; storeOption?: string }): StoreMiddleware {
  return { name: entry.module, concern: 'session', storeOptions: [entry.storeOption ?? 'store'], optionsIndex: 0, example: 'connect-redis' };
}

const BASE_PLUGIN_MODULES = toModuleSet(STORE_MIDDLEWARE_PLUGINS.map((plugin) => plugin.module));

/** The finder and fastify plugins, with the in-house session modules of the options; built once per options value. */
const getFinder = derivedFromOptions((options: Options[0]): { find: ModuleFinder<Reference>; plugins: readonly StorePlugin[]; pluginModules: ReadonlySet<string> } => {
  const sessionModules = options.sessionModules ?? [];
  if (sessionModules.length === 0) return { find: findBaseReferences, plugins: STORE_MIDDLEWARE_PLUGINS, pluginModules: BASE_PLUGIN_MODULES };
  const rows: ModuleMember<Reference>[] = [...BASE_MEMBERS];
  const plugins: StorePlugin[] = [...STORE_MIDDLEWARE_PLUGINS];
  for (const entry of sessionModules) {
    const middleware = customMiddleware(entry);
    rows.push({ module: entry.module, path: [], kind: 'call', info: { role: 'middleware', middleware } });
    rows.push({ module: entry.module, path: ['default'], kind: 'call', info: { role: 'middleware', middleware } });
    plugins.push({ module: entry.module, exports: ['', 'default'], info: middleware });
  }
  return { find: createModuleFinder(withDefaultTwins(rows)), plugins, pluginModules: toModuleSet(plugins.map((plugin) => plugin.module)) };
});

/** Methods that write into a Map, Set or array held by a binding. */
const MUTATING_METHODS = new Set(['set', 'add', 'push', 'unshift', 'splice', 'delete']);
/** Methods that reach into an element, so a write behind them still writes the collection: `carts.get(id).push(item)`. */
const ELEMENT_ACCESSORS = new Set(['get', 'find', 'at']);
/**
 * Values that are live connections, not data: `clients.add(res)` is a connection registry (SSE,
 * websockets), and so is an MCP server's map of session transports (`transports[sessionId] = transport`)
 * and a set of web stream controllers (`isStreamController`).
 */
const CONNECTION_NAME = /^(?:res|response|reply|socket|ws|websocket|stream|conn|connection|client|transport)$|[a-z](?:Socket|Connection|Transport)$/;
/** Classes whose instances are live connections: `new SSEServerTransport('/messages', res)`, `new WebSocket(url)`. */
const CONNECTION_CLASS = /(?:Socket|Connection|Transport)$/;
/** Constructors of collections, `new Object()` included (`var game = new Object()`). */
const COLLECTION_CONSTRUCTORS = new Set(['Map', 'Set', 'Array', 'Object']);

// --- store options ------------------------------------------------------------------------------

type StoreState = { kind: 'missing' } | { kind: 'memory'; store: MemoryStoreInfo } | { kind: 'other' } | { kind: 'unknown' };

interface MemoryStoreNodes {
  readonly constructions: ReadonlyMap<TSESTree.Node, MemoryStoreInfo>;
  readonly factories: ReadonlyMap<TSESTree.Node, MemoryStoreInfo>;
}

/** A store that needs only get/set/delete (Telegraf's) given as a plain `new Map()`. */
const MAP_STORE: MemoryStoreInfo = { label: 'a `Map` of the process' };

function isGlobalConstruction(node: TSESTree.NewExpression, name: string, scope: Scope | undefined): boolean {
  const callee = unwrapExpression(node.callee);
  return callee.type === 'Identifier' && callee.name === name && isGlobalName(callee, scope);
}

/**
 * The store a `store:` value is, when it keeps sessions on this instance only: `new MemoryStore()`,
 * `new (require('memorystore')(session))()`, a session-file-store, a `new Map()`.
 */
function getLocalStore(node: TSESTree.Node, scope: Scope | undefined, stores: MemoryStoreNodes, depth = 0): MemoryStoreInfo | undefined {
  const target = unwrapExpression(node);
  if (depth > 3) return undefined;
  if (target.type === 'Identifier') {
    const init = getConstInitializer(target, scope);
    return init ? getLocalStore(init, scope, stores, depth + 1) : undefined;
  }
  if (target.type === 'ConditionalExpression') {
    // A memory store only in some branches (`isProd ? redisStore : new MemoryStore()`) is a choice, not a fact.
    const consequent = getLocalStore(target.consequent, scope, stores, depth + 1);
    return consequent !== undefined && getLocalStore(target.alternate, scope, stores, depth + 1) !== undefined ? consequent : undefined;
  }
  if (target.type !== 'NewExpression') return undefined;
  if (isGlobalConstruction(target, 'Map', scope)) return MAP_STORE;
  const direct = stores.constructions.get(target);
  if (direct) return direct;
  const callee = unwrapExpression(target.callee);
  return stores.factories.get(callee) ?? stores.factories.get(unwrapExpression(getConstInitializer(callee, scope) ?? callee));
}

/** `null`, `void 0`, or `undefined` where the file does not declare that name. */
function isNullish(node: TSESTree.Node, scope: Scope | undefined): boolean {
  const target = unwrapExpression(node);
  if (target.type === 'Identifier') return target.name === 'undefined' && !findVariable(scope, target)?.defs.length;
  return isNothing(target);
}

/**
 * Of a store chosen by environment (`isDev ? new FileStore() : undefined`), the branch that may
 * run in production: the store that production gets. Other values are themselves, and a choice
 * between two nullish values is one of them.
 */
function getProductionStore(node: TSESTree.Node, scope: Scope | undefined): TSESTree.Node {
  const choice = unwrapExpression(resolveExpression(node, scope));
  if (choice.type !== 'ConditionalExpression') return node;
  if (isNullish(choice.consequent, scope) && isNullish(choice.alternate, scope)) return choice.consequent;
  // `isDev ? a : b` may be in production on `b`; `isProd ? a : b`, on `a`.
  const branch = getEnvironmentBranch(choice.test);
  if (branch === undefined) return node;
  return branch === 'production' ? choice.consequent : choice.alternate;
}

/**
 * Whether `node` (a branch of a choice) builds a store: a construction anywhere inside it, or an
 * option that gives one (`store:`, `storage:`). Looked for only at a report.
 */
function offersStore(node: TSESTree.Node, keys: TSESLint.SourceCode.VisitorKeys, skip: TSESTree.Node, storeOptions: readonly string[]): boolean {
  let found = false;
  walk(node, keys, (current) => {
    if (found || current === skip) return false;
    if (current.type === 'NewExpression') found = true;
    else if (current.type === 'Property' && !current.computed) {
      const name = getPropertyName(current);
      found = name !== undefined && storeOptions.includes(name);
    }
    return !found;
  });
  return found;
}

/** The message for a middleware that is given no store, by what it keeps. */
const WITHOUT_STORE_MESSAGES = {
  session: 'sessionWithoutStore',
  rateLimit: 'rateLimitWithoutStore',
  authorization: 'authorizationWithoutAdapter',
  installation: 'installationsWithoutStore',
  match: 'matchesWithoutStore',
} as const satisfies Record<StoreMiddleware['concern'], MessageIds>;

/** The message for a middleware given a store of this instance's own (in memory, or in files on its disk). */
function getLocalStoreMessage(concern: StoreMiddleware['concern'], store: MemoryStoreInfo): MessageIds {
  switch (concern) {
    case 'rateLimit':
      return 'rateLimitMemoryStore';
    case 'installation':
      return 'installationsLocalStore';
    case 'match':
      return 'matchesLocalStore';
    default:
      return store.disk ? 'sessionDiskStore' : 'sessionMemoryStore';
  }
}

/** Whether options the file spells out name one of `names` (`{ clientId: … }`): no when they cannot be read. */
function givesAnyOption(options: TSESTree.Node | undefined, names: readonly string[], scope: Scope | undefined): boolean {
  if (!options || options.type === 'SpreadElement') return false;
  const object = getObjectProperties(options, scope);
  return object !== undefined && names.some((name) => object.properties.has(name));
}

/** Whether a value is a parameter of the enclosing function or a property of one (`storage`, `options.limiter`). */
function isGivenByCaller(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let root = unwrapExpression(node);
  while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
  if (root.type !== 'Identifier') return false;
  return findVariable(sourceCode.getScope(root), root)?.defs[0]?.type === 'Parameter';
}

/**
 * Whether a reference to an in-memory rate limiter makes one: `new RateLimiterMemory(…)`, or a call
 * whose options select memory (`ratelimit({ driver: 'memory' })`; a driver read from the
 * environment is the deploy's choice).
 */
function isMemoryLimiterMade(node: TSESTree.Node, limiter: MemoryRateLimiter, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const when = limiter.memoryWhen;
  if (!when) return node.type === 'NewExpression';
  if (node.type !== 'CallExpression') return false;
  const options = node.arguments[0];
  if (!options || options.type === 'SpreadElement') return false;
  const scope = sourceCode.getScope(node);
  const value = getPropertyValue(options, when.option, scope);
  return value !== undefined && getStaticString(value, scope) === when.value;
}

/** `LimiterMemoryStore`, `InMemorySessionStorage`: a class that names itself the in-memory kind of a store. */
const STORE_CLASS_SUFFIX = /(?:Store|Storage|Limiter|Driver|Adapter|Backend)$/;

/**
 * Whether a store is made in a class that is itself an in-memory store (`class LimiterMemoryStore
 * { constructor() { super(new RateLimiterMemory(…)) } }`): one driver of a library that offers
 * others; the app that picks it is where the choice is made.
 */
function isMadeByMemoryStoreClass(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'ClassDeclaration' && current.type !== 'ClassExpression') continue;
    // `var LimiterMemoryStore = class extends …`, as bundlers write classes.
    const holder = current.parent;
    const name = current.id?.name ?? (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name : '');
    return name.includes('Memory') && STORE_CLASS_SUFFIX.test(name);
  }
  return false;
}

/**
 * Whether an in-memory store or limiter is one store among others that the code picks from at run
 * time: a branch of a `?:`, an `if` or a `switch` (`case 'redis': return new RateLimiterRedis(…);
 * default: return new RateLimiterMemory(…)`, `if (process.env.REDIS_URL) bot.use(session({ storage
 * })); else bot.use(session())`) whose other branch builds or gives a store, the operator's choice
 * per deploy; the default of a store the caller may give (`options.storage || new MemoryStorage()`,
 * a parameter's default); or rate-limiter-flexible's `insuranceLimiter`, which counts only while
 * the store it backs is unreachable; or the one a library's in-memory driver class makes.
 */
function isOneStoreOfMany(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, storeOptions: readonly string[] = []): boolean {
  if (isMadeByMemoryStoreClass(node)) return true;
  const keys = sourceCode.visitorKeys;
  const parent = node.parent;
  if (parent?.type === 'Property' && parent.value === node && getPropertyName(parent) === 'insuranceLimiter') return true;
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case 'ConditionalExpression':
        if (child !== current.test) return offersStore(child === current.consequent ? current.alternate : current.consequent, keys, node, storeOptions);
        break;
      case 'IfStatement':
        if (child !== current.test) return current.alternate !== null && offersStore(child === current.consequent ? current.alternate : current.consequent, keys, node, storeOptions);
        break;
      case 'SwitchStatement':
        return current.cases.some((switchCase) => switchCase !== child && switchCase.consequent.some((statement) => offersStore(statement, keys, node, storeOptions)));
      case 'LogicalExpression':
        // `options.storage || new MemoryStorage()`: the default for a caller that gives no store
        // (not `store = store || new MemoryStore()`, which only makes the one store once).
        if (child === current.right && current.operator !== '&&') return isGivenByCaller(current.left, sourceCode);
        break;
      case 'AssignmentPattern':
        // `constructor(storage = new MemoryStorage())`: the same default, as a parameter's.
        if (child === current.right) return true;
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        // `{ redis: () => session({ store }), inmemory: () => session({ … }) }`: one factory of an
        // object of alternatives, whose sibling builds a store; the caller picks one per deploy.
        return isAlternativeFactory(current, keys, node, storeOptions);
      case 'FunctionDeclaration':
        return false;
      default:
        break;
    }
  }
  return false;
}

/** A function that is one property of an object literal whose other properties build or give a store. */
function isAlternativeFactory(fn: TSESTree.Node, keys: TSESLint.SourceCode.VisitorKeys, skip: TSESTree.Node, storeOptions: readonly string[]): boolean {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn || property.parent.type !== 'ObjectExpression') return false;
  return property.parent.properties.some((sibling) => sibling !== property && sibling.type === 'Property' && offersStore(sibling.value, keys, skip, storeOptions));
}

/** grammY's `type: 'multi'` (or any type but a literal `'single'`): the storage is per part. */
function isMultiSession(type: TSESTree.Property | undefined): boolean {
  if (!type) return false;
  const value = unwrapExpression(type.value);
  return !(value.type === 'Literal' && value.value === 'single');
}

/** A grammY multi session: in memory as soon as one part has no storage (or a memory one). */
function getMultiSessionState(
  parts: ReadonlyMap<string, TSESTree.Property>,
  middleware: StoreMiddleware,
  use: TSESTree.Node,
  scope: Scope | undefined,
  stores: MemoryStoreNodes,
): StoreState {
  let unknown = false;
  for (const [name, part] of parts) {
    if (name === 'type') continue;
    const state = getStoreState(part.value, { ...middleware, multiType: false }, use, scope, stores);
    if (state.kind === 'missing' || state.kind === 'memory') return state;
    if (state.kind === 'unknown') unknown = true;
  }
  return { kind: unknown ? 'unknown' : 'other' };
}

function getStoreState(
  options: TSESTree.Node | undefined,
  middleware: StoreMiddleware,
  use: TSESTree.Node,
  scope: Scope | undefined,
  stores: MemoryStoreNodes,
): StoreState {
  if (!options) return { kind: 'missing' };
  if (options.type === 'SpreadElement') return { kind: 'unknown' };
  // `const options = { ... } satisfies SessionOptions`: look through the TS wrapper of the initializer too.
  const initializer = getConstInitializer(options, scope);
  const value = initializer ? unwrapExpression(initializer) : unwrapExpression(options);
  if (middleware.listOptions && value.type === 'ArrayExpression') return { kind: 'missing' };
  const object = getObjectProperties(value, scope);
  if (!object) return { kind: 'unknown' };
  if (middleware.multiType && isMultiSession(object.properties.get('type'))) return getMultiSessionState(object.properties, middleware, use, scope, stores);
  for (const option of middleware.storeOptions) {
    const property = object.properties.get(option);
    if (!property) continue;
    const chosen = getProductionStore(property.value, scope);
    if (isNullish(chosen, scope)) continue;
    if (middleware.memoryValue && getStaticString(chosen, scope) === middleware.memoryValue.value) return { kind: 'memory', store: { label: middleware.memoryValue.label } };
    const store = getLocalStore(chosen, scope, stores);
    return store === undefined ? { kind: 'other' } : { kind: 'memory', store };
  }
  if (!object.complete && !lacksKeys(value, middleware.storeOptions, scope)) return { kind: 'unknown' };
  if (isPropertySetElsewhere(options, middleware.storeOptions, use, scope)) return { kind: 'unknown' };
  return { kind: 'missing' };
}

// --- module-level state -------------------------------------------------------------------------

/** How a message names the handler that writes state: a WebSocket server's or express-ws's (`app.ws('/chat', …)`), a bot's, … */
function describeHandler(handler: RequestHandler): string {
  const { framework, registration } = handler;
  if (SERVER_LIFECYCLES[framework]?.bot) return "bot's update handler";
  if (framework === 'socket.io') return 'socket.io connection handler';
  if (framework === 'ws' || ((framework === 'express' || framework === 'uws') && registration.type === 'CallExpression' && getCalleeName(registration) === 'ws')) return 'WebSocket connection handler';
  return 'request handler';
}

/**
 * Whether a reference made in this scope runs when a function is called: a class field's
 * initializer in a function does too; a CommonJS module's own scope, a function scope too, does not.
 */
function isInFunctionScope(scope: Scope | null): boolean {
  for (let current = scope; current; current = current.upper) if (current.type === 'function' && !isModuleWrapperScope(current)) return true;
  return false;
}

type CandidateKind = 'collection' | 'cache' | 'scalar';

interface Candidate {
  readonly name: string;
  readonly kind: CandidateKind;
  /** Where to report: the declared identifier or the static field's key. */
  readonly report: TSESTree.Node;
  /** The expressions that read the state: identifier references, or `Class.field` member expressions. */
  readonly uses: readonly TSESTree.Node[];
  /** For caches: the library (or `an in-process cache object` for hand-rolled ones). */
  readonly library?: string;
  readonly writeMethods?: readonly string[];
  /** For an instance field (`this.users`): the class whose single instance holds it. */
  readonly owner?: string;
  /** For a collection a setup function declares (`module.exports = (io) => { const users = {} }`): how the message names that function. */
  readonly setup?: () => string;
}

/** Decorators of classes a framework makes one instance of, by their names (imported or not). */
const SINGLETON_DECORATORS: ReadonlySet<string> = new Set(['Controller', 'JsonController', 'WebSocketGateway', 'Resolver']);

function isSingletonDecorator(decorator: TSESTree.Decorator): boolean {
  const expression = decorator.expression;
  const callee = expression.type === 'CallExpression' ? expression.callee : expression;
  return callee.type === 'Identifier' && SINGLETON_DECORATORS.has(callee.name);
}

/** Parameters that hand a function the server, app or bot it sets up: `module.exports = (io) => { … }`. */
const SETUP_PARAMETERS: ReadonlySet<string> = new Set(['io', 'app', 'server', 'router', 'fastify', 'wss', 'wsServer', 'httpServer', 'socketServer', 'ioServer', 'bot']);

/** Modules whose `MemoryStore` is a session store (express-rate-limit's and the like count requests, not sessions). */
const SESSION_STORE_MODULES: ReadonlySet<string> = new Set(['express-session', 'koa-generic-session', 'koa-generic-session/lib/memory_store']);

/** Parameters of a function called per connection or per request. */
const PER_USE_PARAMETERS: ReadonlySet<string> = new Set(['socket', 'ws', 'client', 'conn', 'connection', 'req', 'request', 'res', 'ctx', 'event']);

/** A function that sets up what it is handed, and how a message names it. */
interface SetupFunction {
  readonly node: FunctionNode;
  /** Its name as the message gives it, worked out only for a report: `initSocket(io)`, `app.prepare().then(…)`. */
  readonly describe: () => string;
}

/**
 * The function a top-level statement makes the module's export, when it sets up what its first
 * parameter hands it (`module.exports = (app) => { … }`, `module.exports = initSocket` for
 * `function initSocket(io) { … }`, `export default function (server) { … }`), and the callback of a
 * promise the module starts as it loads: each runs once per process, not per request. (Only the
 * module's export, not a named one, `exports.x = …` or `export function x`: every function of a
 * library that takes a `server` would cost each file a look at it.)
 */
function getSetupFunctions(statement: TSESTree.ProgramStatement, sourceCode: Readonly<TSESLint.SourceCode>): readonly SetupFunction[] {
  let found: SetupFunction[] | undefined;
  let exported: TSESTree.Node | undefined;
  let exportName: string | TSESTree.Node = 'export default function';
  if (statement.type === 'ExportDefaultDeclaration') {
    exported = statement.declaration;
  } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && isWholeModuleExports(statement.expression.left)) {
    exported = statement.expression.right;
    exportName = statement.expression.left;
  }
  // `module.exports = initSocket`: the function declared under that name. A name written at the
  // top level is looked up by name from the statement's scope: it is in no inner scope, so none is searched for.
  const target = exported && unwrapExpression(exported);
  const fn = target === undefined ? undefined : isFunctionNode(target) ? target : target.type === 'Identifier' ? getVariableFunction(ASTUtils.findVariable(sourceCode.getScope(statement), target.name)) : undefined;
  const first = fn?.params[0];
  if (fn && first?.type === 'Identifier' && SETUP_PARAMETERS.has(first.name) && !takesPerUseParameter(fn) && registersOn(fn, first.name, sourceCode)) {
    const name = target?.type === 'Identifier' ? target.name : fn.type === 'FunctionDeclaration' && fn.id ? fn.id.name : exportName;
    (found ??= []).push({ node: fn, describe: () => `${typeof name === 'string' ? name : sourceCode.getText(name)}(${first.name})` });
  }
  // `app.prepare().then(() => { const rooms = new Map(); io.on('connection', …) })`: a callback of a
  // promise the module starts as it loads runs once (a Next.js custom server's layout).
  if (statement.type === 'ExpressionStatement') {
    for (let call = unwrapExpression(statement.expression); call.type === 'CallExpression' && call.callee.type === 'MemberExpression'; call = unwrapExpression(call.callee.object)) {
      const method = getPropertyName(call.callee);
      const callback = call.arguments[0];
      if (method === 'then' && callback && isFunctionNode(callback) && callback.params.length <= 1 && !takesPerUseParameter(callback)) {
        const promise = call.callee.object;
        (found ??= []).push({ node: callback, describe: () => `${shortenForMessage(sourceCode.getText(promise), 40)}.then(…)` });
      }
      if (method !== 'then' && method !== 'catch' && method !== 'finally') break;
    }
  }
  return found ?? NO_SETUP_FUNCTIONS;
}

const NO_SETUP_FUNCTIONS: readonly SetupFunction[] = [];

/** `module.exports` itself: the module's export, not a named one (`exports.x`, `module.exports.x`, as `export function x` is not). */
function isWholeModuleExports(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  if (target.type !== 'MemberExpression') return false;
  const object = unwrapExpression(target.object);
  return object.type === 'Identifier' && object.name === 'module' && isModuleExports(target);
}

/** `(io, socket) => { … }` runs once per connection, `(app, req) => …` once per request. */
function takesPerUseParameter(fn: FunctionNode): boolean {
  return fn.params.some((param) => param.type === 'Identifier' && PER_USE_PARAMETERS.has(param.name));
}

/** Methods that register a handler on what a setup function is handed: `io.on('connection', …)`, `app.post(…)`. */
const SETUP_REGISTRATIONS: ReadonlySet<string> = new Set(['on', 'use', 'get', 'post', 'put', 'patch', 'delete', 'all', 'route', 'command', 'hears', 'action', 'message', 'ws']);

/** Whether the function registers a handler on its parameter `name` in its own body: `io.on(…)`, `app.get(…)`. */
function registersOn(fn: FunctionNode, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parameter = sourceCode.getDeclaredVariables(fn).find((variable) => variable.name === name);
  return (
    parameter?.references.some((reference) => {
      const member = reference.identifier.parent;
      return member?.type === 'MemberExpression' && member.object === reference.identifier && member.parent.type === 'CallExpression' && member.parent.callee === member && SETUP_REGISTRATIONS.has(getPropertyName(member) ?? '');
    }) ?? false
  );
}

/** `{}`, `[]`, `new Map()`: a collection made without entries. */
function isEmptyCollection(init: TSESTree.Node): boolean {
  const target = unwrapExpression(init);
  if (target.type === 'ObjectExpression') return target.properties.length === 0;
  if (target.type === 'ArrayExpression') return target.elements.length === 0;
  return target.type === 'NewExpression' && target.arguments.length === 0;
}

/** A collection's write under a key, with the key as written and whether it drops the entry. */
interface KeyedWrite {
  readonly node: TSESTree.Node;
  readonly key: string;
  readonly drop: boolean;
}

interface Write {
  readonly node: TSESTree.Node;
  /** Keyed or element writes (`map.set(k)`, `obj[k] = v`, `list.push(x)`) vs fixed-property writes (`state.ready = true`). */
  readonly keyed: boolean;
  readonly key?: TSESTree.Node;
  readonly value?: TSESTree.Node;
  readonly reassignment?: boolean;
}

function isGlobalName(node: TSESTree.Node, scope: Scope | undefined): node is TSESTree.Identifier {
  if (node.type !== 'Identifier') return false;
  const variable = findVariable(scope, node);
  return !variable || variable.defs.length === 0;
}

/** Assignments that keep a value already there: `store ||= {}`, `store ??= new Map()`. */
const LAZY_ASSIGNMENTS: ReadonlySet<string> = new Set(['||=', '??=']);

/**
 * `new Map()`, `new Set()`, `{}`, `[]`, `Object.create(null)`: a collection that can hold per-user
 * entries. The scope of `at`, needed only to tell a global `Map` or `Object` from a local one, is
 * asked for only then: most top-level initialisers (`require(...)` calls) are ruled out by syntax.
 */
function isCollectionInit(init: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, at: TSESTree.Node): boolean {
  let value = unwrapExpression(init);
  // `globalThis.__otpStore || {}`, `global.users ?? (global.users = new Map())`: a collection kept on the
  // global object so that it outlives a module reload (a warm serverless instance, a dev server's reload).
  if (value.type === 'LogicalExpression' && (value.operator === '||' || value.operator === '??') && isGlobalObjectMember(value.left, sourceCode)) {
    value = unwrapExpression(value.right);
    if (value.type === 'AssignmentExpression' && value.operator === '=' && isGlobalObjectMember(value.left, sourceCode)) value = unwrapExpression(value.right);
  } else if (value.type === 'AssignmentExpression' && LAZY_ASSIGNMENTS.has(value.operator) && isGlobalObjectMember(value.left, sourceCode)) {
    // `global.__OTP_STORE ||= new Map()`
    value = unwrapExpression(value.right);
  }
  if (value.type === 'ObjectExpression' || value.type === 'ArrayExpression') return true;
  if (value.type === 'NewExpression') {
    const callee = unwrapExpression(value.callee);
    return callee.type === 'Identifier' && COLLECTION_CONSTRUCTORS.has(callee.name) && isGlobalName(callee, sourceCode.getScope(at));
  }
  if (value.type === 'CallExpression' && value.callee.type === 'MemberExpression') {
    const object = value.callee.object;
    return object.type === 'Identifier' && object.name === 'Object' && getPropertyName(value.callee) === 'create' && isGlobalName(object, sourceCode.getScope(at));
  }
  return false;
}

/**
 * `globalThis.x`, `global.x`, `globalThis['x']`, also through a TypeScript cast (`(globalThis as any).x`)
 * and, given the scope, a constant that holds the global object (`const g = globalThis as unknown as
 * { store?: Map<…> }; g.store`, the shape Next.js examples give such state).
 */
function isGlobalObjectMember(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): boolean {
  const target = unwrapExpression(node);
  if (target.type !== 'MemberExpression') return false;
  const object = unwrapExpression(target.object);
  if (object.type !== 'Identifier') return false;
  if (object.name === 'globalThis' || object.name === 'global') return true;
  const value = sourceCode ? getConstInitializer(object, sourceCode.getScope(object)) : undefined;
  return value?.type === 'Identifier' && (value.name === 'globalThis' || value.name === 'global');
}

function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === 'TSNonNullExpression' || current.parent.type === 'TSAsExpression' || current.parent.type === 'ChainExpression')
  ) {
    current = current.parent;
  }
  return current;
}

/** Collection methods whose first argument is the key of an entry. */
const KEYED_METHODS: ReadonlySet<string> = new Set(['get', 'set', 'has', 'delete']);

/** Whether a key expression is named as a cache's (`cacheKey`, `req.cacheKey`, `memoKey`). */
function isCacheKeyName(key: TSESTree.Node): boolean {
  const name = getExpressionName(key);
  return name !== undefined && CACHE_NAME.test(name.toLowerCase());
}

/**
 * A use of a collection that the code names as a cache's: a read that initialises a binding named
 * as a cache (`const fileCache = pathMap.get(pathname)`, `const cached = results[key]`), or an entry
 * filed or read under a key named as a cache's (`tasks[cacheKey] ??= render(…)`,
 * `results.set(cacheKey, value)`).
 */
function isNamedAsCache(use: TSESTree.Node): boolean {
  const node = skipWrappers(use);
  const member = node.parent;
  if (member?.type !== 'MemberExpression' || member.object !== node) return false;
  let read: TSESTree.Node = skipWrappers(member);
  if (member.computed) {
    if (isCacheKeyName(member.property)) return true;
  } else {
    const call = read.parent;
    if (member.property.type !== 'Identifier' || !KEYED_METHODS.has(member.property.name) || call?.type !== 'CallExpression' || call.callee !== read) return false;
    const key = call.arguments[0];
    if (key !== undefined && key.type !== 'SpreadElement' && isCacheKeyName(key)) return true;
    if (member.property.name !== 'get') return false;
    read = skipWrappers(call);
  }
  const declarator = read.parent;
  return declarator?.type === 'VariableDeclarator' && declarator.init === read && declarator.id.type === 'Identifier' && CACHE_NAME.test(declarator.id.name.toLowerCase());
}

/** Calls that write a warning or a log line: `logger.warn(…)`, `console.info(…)`, `process.emitWarning(…)`. */
const LOG_METHODS: ReadonlySet<string> = new Set(['warn', 'warning', 'log', 'info', 'error', 'debug', 'trace', 'emitWarning']);

function isLogCall(node: TSESTree.Node): boolean {
  const expression = node.type === 'ExpressionStatement' ? unwrapExpression(node.expression) : node;
  if (expression.type !== 'CallExpression') return false;
  const callee = unwrapExpression(expression.callee);
  const name = callee.type === 'MemberExpression' ? getPropertyName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  return name !== undefined && LOG_METHODS.has(name);
}

/**
 * Whether a test asks `name.has(k)` (`negated`: `!name.has(k)`), also in `&&`/`||` chains.
 */
function testsHas(test: TSESTree.Node, name: string, negated: boolean, flipped = false): boolean {
  const target = unwrapExpression(test);
  if (target.type === 'LogicalExpression') return testsHas(target.left, name, negated, flipped) || testsHas(target.right, name, negated, flipped);
  if (target.type === 'UnaryExpression' && target.operator === '!') return testsHas(target.argument, name, negated, !flipped);
  if (flipped !== negated || target.type !== 'CallExpression') return false;
  const callee = unwrapExpression(target.callee);
  return callee.type === 'MemberExpression' && getPropertyName(callee) === 'has' && callee.object.type === 'Identifier' && callee.object.name === name;
}

/**
 * `warned.add(k)` that only keeps a warning from being logged twice: in the branch of
 * `if (!warned.has(k))` that does nothing else but log, or in a function that does nothing else
 * (`if (warned.has(k)) return; warned.add(k); console.warn(…)`). Losing it on restart logs the
 * warning once more; it holds no one's state. A branch or function that goes on to other work
 * (a duplicate request turned away) is not one.
 */
function isWarnOnceWrite(write: TSESTree.Node, name: string): boolean {
  if (write.type !== 'CallExpression') return false;
  const callee = unwrapExpression(write.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'add') return false;
  const statement = write.parent;
  if (statement?.type !== 'ExpressionStatement') return false;
  const block = statement.parent;
  const body = block?.type === 'BlockStatement' ? block.body : [statement];
  const rest = body.filter((sibling) => sibling !== statement);
  const branch = block?.type === 'BlockStatement' ? block : statement;
  if (branch.parent?.type === 'IfStatement' && branch.parent.consequent === branch && testsHas(branch.parent.test, name, true)) {
    return rest.length > 0 && rest.every(isLogCall);
  }
  // function warnOnce(k) { if (warned.has(k)) return; warned.add(k); console.warn(…); }
  if (block?.type !== 'BlockStatement' || !block.parent || !isFunctionNode(block.parent)) return false;
  const [guard, ...others] = rest;
  const returnsBare = (node: TSESTree.Statement): boolean =>
    (node.type === 'ReturnStatement' && !node.argument) || (node.type === 'BlockStatement' && node.body.length === 1 && node.body[0]?.type === 'ReturnStatement' && !node.body[0].argument);
  return guard?.type === 'IfStatement' && !guard.alternate && testsHas(guard.test, name, false) && returnsBare(guard.consequent) && others.length > 0 && others.every(isLogCall);
}

/**
 * The write a use of a collection takes part in, if any: `carts.set(id, c)`, `carts[id] = c`,
 * `carts.get(id).push(item)`, `delete carts[id]`, `carts[id] ??= []`, `stats.hits++`. The use's
 * scope is asked for only where a name must be resolved: a computed method name, `Object.assign`.
 */
function getCollectionWrite(use: TSESTree.Node, getScope: () => Scope | undefined): Write | undefined {
  let node = skipWrappers(use);
  let keyed = false;
  let key: TSESTree.Node | undefined;
  for (let steps = 0; steps < 8; steps++) {
    const parent = node.parent;
    if (!parent) return undefined;
    if (parent.type === 'MemberExpression' && parent.object === node) {
      const call = skipWrappers(parent).parent;
      if (call?.type === 'CallExpression' && call.callee === skipWrappers(parent)) {
        // Only a method's name matters: `carts[id] = c` is not worth evaluating `id` for.
        const name = getPropertyName(parent, parent.computed ? getScope() : undefined);
        if (name !== undefined && MUTATING_METHODS.has(name)) {
          const args = call.arguments;
          return { node: call, keyed: true, key: args[0], value: args[args.length - 1] };
        }
        if (name !== undefined && ELEMENT_ACCESSORS.has(name)) {
          keyed = true;
          key = call.arguments[0];
          node = skipWrappers(call);
          continue;
        }
        return undefined;
      }
      if (parent.computed) {
        keyed = true;
        key ??= parent.property;
      }
      node = skipWrappers(parent);
      continue;
    }
    if (node === use) {
      // The binding itself is (re)assigned: `carts = { ...carts, [id]: cart }`.
      if (parent.type === 'AssignmentExpression' && parent.left === node) return { node: parent, keyed: true, value: parent.right, reassignment: true };
      if (parent.type === 'CallExpression' && parent.arguments[0] === node && isObjectAssign(parent.callee, getScope)) {
        return { node: parent, keyed: true, value: parent.arguments[1] };
      }
      return undefined;
    }
    if (parent.type === 'AssignmentExpression' && parent.left === node) return { node: parent, keyed, key, value: parent.right };
    if (parent.type === 'UpdateExpression') return { node: parent, keyed, key };
    if (parent.type === 'UnaryExpression' && parent.operator === 'delete') return { node: parent, keyed: true, key };
    if (parent.type === 'CallExpression' && parent.arguments[0] === node && isObjectAssign(parent.callee, getScope)) {
      return { node: parent, keyed, key, value: parent.arguments[1] };
    }
    // An element an accessor gave (`topics.get(name)`), held in a constant and changed through it.
    if (node.type === 'CallExpression') return getElementAliasWrite(node, key, getScope);
    return undefined;
  }
  return undefined;
}

/**
 * `const subscribers = topics.get(name) || new Set(); subscribers.add(conn)`: an element of the
 * collection held in a constant and changed through it, which writes the collection as
 * `topics.get(name).add(conn)` does (the first change made through the constant).
 */
function getElementAliasWrite(element: TSESTree.Node, key: TSESTree.Node | undefined, getScope: () => Scope | undefined): Write | undefined {
  let held = element;
  let holder = element.parent;
  if (holder?.type === 'LogicalExpression' && holder.left === element && holder.operator !== '&&') {
    held = holder;
    holder = holder.parent;
  }
  if (holder?.type !== 'VariableDeclarator' || holder.init !== held || holder.id.type !== 'Identifier' || holder.parent.kind !== 'const') return undefined;
  for (const reference of findVariable(getScope(), holder.id)?.references ?? []) {
    const member = reference.identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== reference.identifier || member.computed) continue;
    const call = member.parent;
    const name = getPropertyName(member);
    if (call.type !== 'CallExpression' || call.callee !== member || name === undefined || !MUTATING_METHODS.has(name)) continue;
    return { node: call, keyed: true, key, value: call.arguments[call.arguments.length - 1] };
  }
  return undefined;
}

function isObjectAssign(callee: TSESTree.Node, getScope: () => Scope | undefined): boolean {
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    getPropertyName(callee) === 'assign' &&
    isGlobalName(callee.object, getScope())
  );
}

/** What a timer variable is assigned: the handle of `setTimeout(…)`, or what `clearTimeout(…)` returns. */
const TIMER_FUNCTIONS: ReadonlySet<string> = new Set(['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate']);

function isTimerCall(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression') return false;
  const name = getCalleeName(call);
  return name !== undefined && TIMER_FUNCTIONS.has(name);
}

/** A timer's handle: `setTimeout(…)`, or a constant it was bound to (`const timer = setTimeout(…)`). */
function isTimerHandle(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return isTimerCall(getConstInitializer(value, sourceCode.getScope(value)));
  return isTimerCall(value);
}

/**
 * A scalar that belongs to this process by nature, whatever the handlers do with it: a timer
 * handle (`idleTimer = setTimeout(…)`), or a gauge that goes up and down (`inFlight++` when a
 * request arrives, `inFlight--` when it closes), which counts what this process holds.
 */
function isProcessOwnScalar(declarator: TSESTree.Node | undefined, uses: readonly TSESTree.Node[]): boolean {
  if (declarator?.type === 'VariableDeclarator' && isTimerCall(declarator.init)) return true;
  let up = false;
  let down = false;
  for (const use of uses) {
    const parent = use.parent;
    if (parent?.type === 'UpdateExpression') {
      if (parent.operator === '++') up = true;
      else down = true;
    } else if (parent?.type === 'AssignmentExpression' && parent.left === use) {
      if (isTimerCall(parent.right)) return true;
      if (parent.operator === '+=') up = true;
      else if (parent.operator === '-=') down = true;
    }
  }
  return up && down;
}

const EMPTY_COLLECTIONS: ReadonlySet<string> = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object']);

/**
 * A value that only resets a binding (`token = { accessToken: null, expiresAt: 0 }`, `carts = {}`,
 * `cache = new Map()`, `current = null`): it holds nothing a request brought, so writing it back
 * invalidates state rather than keeping any.
 */
function isResetValue(node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  switch (value.type) {
    case 'Literal':
      return true;
    case 'Identifier':
      return value.name === 'undefined';
    case 'ArrayExpression':
      return value.elements.length === 0;
    case 'ObjectExpression':
      return value.properties.every((property) => property.type === 'Property' && !property.computed && isResetValue(property.value));
    case 'NewExpression':
      return value.arguments.length === 0 && value.callee.type === 'Identifier' && EMPTY_COLLECTIONS.has(value.callee.name);
    default:
      return false;
  }
}

/**
 * A module-level binding that one function uses as its own scratch: every use is in that function,
 * the first one a statement of its body that assigns the binding afresh (`sensorData =
 * body.split('&').map(…)`, then `sensorData.forEach(…)`). Each call overwrites what the last one
 * left before reading it, so nothing outlives the call (a synchronous one: an async function's calls interleave).
 */
function isFunctionScratch(variable: TSESLint.Scope.Variable): boolean {
  // `export let results = []`: other modules read what the last call left.
  if (variable.defs[0]?.parent?.parent?.type === 'ExportNamedDeclaration') return false;
  let first: TSESLint.Scope.Reference | undefined;
  let scope: Scope | undefined;
  let reads = 0;
  for (const ref of variable.references) {
    if (ref.init) continue;
    if (scope === undefined) scope = ref.from.variableScope;
    else if (ref.from.variableScope !== scope) return false;
    if (ref.isRead()) reads++;
    if (first === undefined || ref.identifier.range[0] < first.identifier.range[0]) first = ref;
  }
  // Written and never read there, the value is kept for nothing this function does: someone may read it later.
  if (!first || reads === 0 || !scope || scope.type !== 'function' || !first.isWrite() || first.isRead()) return false;
  const assignment = first.identifier.parent;
  if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.left !== first.identifier) return false;
  // `lastUser = req.user || lastUser` keeps the last call's value.
  const [start, end] = assignment.range;
  if (variable.references.some((ref) => ref !== first && ref.identifier.range[0] >= start && ref.identifier.range[1] <= end)) return false;
  const statement = assignment.parent;
  const fn = scope.block;
  // In an async function, another call may overwrite it between an `await` and the read: the calls share it.
  return statement.type === 'ExpressionStatement' && isFunctionNode(fn) && !fn.async && !fn.generator && fn.body.type === 'BlockStatement' && statement.parent === fn.body;
}

/** A name that holds one identifier, name or count: `socket.id`, `user.userId`, `msg.from.username`, `room.count`. */
const SCALAR_PROPERTY_NAME = /^(?:id|name|count|length|size)$|(?:Id|ID|_id|Name|_name|name|Count|_count)$/;

/**
 * A value that is one string or number, whatever it is computed from: a template, arithmetic or
 * concatenation, a negation, or a property named like an identifier, a name or a count
 * (`socket.id`, `data.username`). An identifier may hold anything and is not one.
 */
function isScalarValue(node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  switch (value.type) {
    case 'TemplateLiteral':
    case 'BinaryExpression':
    case 'UnaryExpression':
    case 'UpdateExpression':
      return true;
    case 'MemberExpression':
      return !value.computed && value.property.type === 'Identifier' && SCALAR_PROPERTY_NAME.test(value.property.name);
    default:
      return false;
  }
}

/** `clients.add(res)`, `subscribers.set(id, { res, user })`: a live connection, which cannot move to a store. */
function isConnectionValue(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  // `subscribers.push(fn)`: a live subscription's callback, which no store can hold either.
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') return true;
  if (value.type === 'Identifier') {
    if (CONNECTION_NAME.test(value.name) || CALLBACK_NAME.test(value.name) || isConnectionParameter(value, sourceCode) || isFunctionTypedParameter(value, sourceCode)) return true;
    // `const userData = ws.getUserData()`: a uWebSockets.js socket's own data, which lives and dies with it.
    const init = getConstInitializer(value, sourceCode.getScope(value));
    return init !== undefined && isSocketUserData(init, sourceCode);
  }
  if (isSocketUserData(value, sourceCode)) return true;
  if (value.type === 'MemberExpression' && !value.computed && value.property.type === 'Identifier') {
    // Fastify's `reply.raw`, the Node response under a framework's.
    return CONNECTION_NAME.test(value.property.name) || (value.property.name === 'raw' && isConnectionValue(value.object, sourceCode));
  }
  // `new WebSocket(url)`, and a factory named for what it makes: Baileys' `makeWASocket(…)`, `mysql.createConnection(…)`.
  const made = value.type === 'AwaitExpression' ? unwrapExpression(value.argument) : value;
  if (made.type === 'NewExpression' || made.type === 'CallExpression') {
    const callee = made.callee;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : undefined;
    return name !== undefined && CONNECTION_CLASS.test(name);
  }
  if (value.type === 'ObjectExpression') {
    // A value named like a connection counts under a key that says so, or as its own key
    // (`{ res, user }`, `{ socket: ws }`); under another key the name may be anything
    // (`{ role: 'assistant', content: reply }`: a chat bot's answer), so only what it is counts.
    return value.properties.some(
      (property) =>
        property.type === 'Property' &&
        (property.shorthand || isConnectionKey(property) ? isConnectionValue(property.value, sourceCode) : isConnectionByOrigin(property.value, sourceCode)),
    );
  }
  // `[req, res, callback]`: a request parked with what answers it, as a tuple.
  if (value.type === 'ArrayExpression') return value.elements.some((element) => element !== null && isConnectionValue(element, sourceCode));
  return false;
}

/** Names of a callback: `fn`, `cb`, `callback`, `listener`, `onMessage`, `notifyClient`, `messageHandler`. */
const CALLBACK_NAME = /^(?:fn|cb|callback|listener|handler|subscriber|notify|on[A-Z]\w*)$|[a-z](?:Callback|Listener|Handler|Subscriber)$/;

/** A parameter declared with a function type: `(fn: () => void) => subscribers.push(fn)`. */
function isFunctionTypedParameter(node: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const def = findVariable(sourceCode.getScope(node), node)?.defs[0];
  if (def?.type !== 'Parameter' || def.name.type !== 'Identifier') return false;
  const annotation = def.name.typeAnnotation?.typeAnnotation;
  return annotation?.type === 'TSFunctionType';
}

/** `ws.getUserData()` of a connection: uWebSockets.js's data attached to the socket itself. */
function isSocketUserData(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const call = unwrapExpression(node);
  return call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && getPropertyName(call.callee) === 'getUserData' && isConnectionValue(call.callee.object, sourceCode);
}

function isConnectionKey(property: TSESTree.Property): boolean {
  const key = property.computed ? undefined : getPropertyName(property);
  return key !== undefined && CONNECTION_NAME.test(key);
}

/** A connection by what it is rather than by its name: a request's parameter, a new connection object, or a record or tuple holding one. */
function isConnectionByOrigin(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return isConnectionParameter(value, sourceCode);
  return value.type !== 'MemberExpression' && isConnectionValue(value, sourceCode);
}

/** A socket's own connection id: socket.io's `socket.id` lives and dies with the connection. */
const SOCKET_OBJECT = /^_?(?:socket|ws|websocket)$/;

/**
 * `socket.id`: a socket's own connection id, which lives and dies with the connection; so does the
 * id of a socket parameter under another name (`client.id` in `io.on('connection', (client) => …)`,
 * see `isSocketParameter`).
 */
function isConnectionIdKey(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!node) return false;
  const key = unwrapExpression(node);
  if (key.type !== 'MemberExpression' || key.computed || key.object.type !== 'Identifier' || getPropertyName(key) !== 'id') return false;
  if (SOCKET_OBJECT.test(key.object.name)) return true;
  const def = findVariable(sourceCode.getScope(key.object), key.object)?.defs[0];
  return def?.type === 'Parameter' && isSocketParameter(def);
}

/**
 * `users[socket.id] = { name, color }` where every use of the collection goes through a socket's
 * own id (`users[socket.id]?.color`, `delete users[socket.id]` on `disconnect`): each connection
 * keeps its own entry, as `socket.data` does, and no request sees another's. A collection also
 * read as a whole or under another key (`io.emit('users', Object.values(users))`, `users[userId]`)
 * is shared state. An MQTT `client.id`, which a client reuses, is no such key.
 */
function isPerConnectionCollection(uses: readonly TSESTree.Node[], sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return uses.every((use) => {
    const parent = use.parent;
    if (parent?.type !== 'MemberExpression' || parent.object !== use) return false;
    if (parent.computed) return isConnectionIdKey(parent.property, sourceCode);
    const call = parent.parent;
    const method = getPropertyName(parent);
    return call?.type === 'CallExpression' && call.callee === parent && method !== undefined && (KEYED_METHODS.has(method) || method === 'add') && isConnectionIdKey(call.arguments[0], sourceCode);
  });
}

/** `delete pending[id]`, `inflight.delete(id)`: a write that drops an entry. */
function isDrop(node: TSESTree.Node): boolean {
  if (node.type === 'UnaryExpression') return node.operator === 'delete';
  // `tokens = tokens.filter((t) => t !== token)`: the binding keeps fewer of its own entries.
  if (node.type === 'AssignmentExpression') {
    const right = unwrapExpression(node.right);
    return (
      node.operator === '=' &&
      node.left.type === 'Identifier' &&
      right.type === 'CallExpression' &&
      right.callee.type === 'MemberExpression' &&
      right.callee.object.type === 'Identifier' &&
      right.callee.object.name === node.left.name &&
      getPropertyName(right.callee) === 'filter'
    );
  }
  return node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && getPropertyName(node.callee) === 'delete';
}

/** What runs only on some paths: a branch, a `catch` (an error's rollback is not the work's end). */
const CONDITIONAL_NODES: ReadonlySet<string> = new Set(['IfStatement', 'ConditionalExpression', 'LogicalExpression', 'SwitchCase', 'CatchClause']);

/** An emitter's listener methods (`socket.on('disconnect', …)`, `req.once('close', …)`) and the DOM's. */
const LISTENER_METHODS: ReadonlySet<string> = new Set([...PROCESS_LISTENER_METHODS, 'addEventListener']);

/** Registers a listener for an event. */
function isEventListenerCall(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(node.callee);
  return method !== undefined && LISTENER_METHODS.has(method);
}

/**
 * Where an entry is dropped once the work that filed it ends, whatever its outcome: in a `finally`
 * block, or in a callback handed to a call (`work().finally(() => …)`, `fetch(url, () => …)`), but
 * not to a timer (`setTimeout(() => sessions.delete(id), ttl)` lets a session expire) or an event
 * listener (`socket.on('disconnect', …)`: the entry lives as long as the connection), up to `fn`;
 * not under a condition there (`if (err) sessions.delete(token)` rolls back a failure).
 */
function isDroppedWhenDone(drop: TSESTree.Node, fn: TSESTree.Node): boolean {
  let child: TSESTree.Node = drop;
  for (let node = drop.parent; node && node !== fn; child = node, node = node.parent) {
    if (CONDITIONAL_NODES.has(node.type)) return false;
    if (node.type === 'TryStatement' && node.finalizer === child) return true;
    if (!isFunctionNode(child) || (node.type !== 'CallExpression' && node.type !== 'NewExpression') || !node.arguments.includes(child as TSESTree.CallExpressionArgument)) continue;
    return !isTimerCall(node) && !isEventListenerCall(node);
  }
  return false;
}

/**
 * A parameter that holds a connection: a handler's request itself, parked until another call
 * answers it (`requests[id] = req`, Azure Functions' HTTP proxy), which ends with its connection as
 * `res` does (`const request = { user, items }` is data), a web stream's controller
 * (`isStreamController`) or a promise's settler (`isPromiseSettler`). The name is resolved once for all.
 */
function isConnectionParameter(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const def = findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (def?.type !== 'Parameter') return false;
  return identifier.name === 'req' || identifier.name === 'request' || isGrpcCall(def) || isStreamController(def) || isPromiseSettler(def) || isSocketParameter(def);
}

/** A NestJS gateway's connection hooks (`OnGatewayConnection`, `OnGatewayDisconnect`), handed the client's socket first. */
const GATEWAY_CONNECTION_HOOKS: ReadonlySet<string> = new Set(['handleConnection', 'handleDisconnect']);

/** The types of an open connection, as a parameter's annotation names them: socket.io's `Socket`, `ws`'s `WebSocket`. */
const SOCKET_TYPES: ReadonlySet<string> = new Set(['Socket', 'WebSocket']);

/**
 * A parameter that holds an open connection whatever its name: the first parameter of a connection
 * listener (`io.on('connection', (client) => …)`, `wss.on('connection', function (peer) { … })`)
 * or of a NestJS gateway's `handleConnection`/`handleDisconnect`, one marked `@ConnectedSocket()`,
 * or one typed as a socket (`client: Socket`): the connection itself, as `socket` names it elsewhere.
 */
function isSocketParameter(def: TSESLint.Scope.Definitions.ParameterDefinition): boolean {
  const fn = def.node;
  if (!isFunctionNode(fn)) return false;
  const parameter = def.name;
  if (parameter.type === 'Identifier') {
    const type = parameter.typeAnnotation?.typeAnnotation;
    if (type?.type === 'TSTypeReference' && SOCKET_TYPES.has(type.typeName.type === 'Identifier' ? type.typeName.name : type.typeName.type === 'TSQualifiedName' ? type.typeName.right.name : '')) return true;
    if (parameter.decorators?.some((decorator) => decorator.expression.type === 'CallExpression' && getCalleeName(decorator.expression) === 'ConnectedSocket')) return true;
  }
  if (fn.params[0] !== def.name) return false;
  if (fn.parent?.type === 'MethodDefinition' && GATEWAY_CONNECTION_HOOKS.has(getPropertyName(fn.parent) ?? '')) return true;
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[1] !== fn || call.callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(call.callee);
  if (method !== 'on' && method !== 'once' && method !== 'addListener') return false;
  const event = call.arguments[0];
  // socket.io's and `ws`'s `connection` (a `connect` listener may be handed a database client or an MQTT acknowledgement).
  return event?.type === 'Literal' && event.value === 'connection';
}

/** A gRPC method's `call` (`function chat(call) { … }`, `getUser(call, callback)`): the request, a stream for streaming methods. */
function isGrpcCall(def: TSESLint.Scope.Definitions.ParameterDefinition): boolean {
  const params = def.node.params;
  if (params[0] !== def.name || def.name.type !== 'Identifier' || def.name.name !== 'call' || params.length > 2) return false;
  const second = params[1];
  return second === undefined || (second.type === 'Identifier' && (second.name === 'callback' || second.name === 'cb'));
}

/**
 * The `resolve` or `reject` of a promise the code makes (`new Promise((resolve, reject) => {
 * pending.set(requestId, { resolve, reject }); })`): a request waiting for its answer, parked as
 * `requests[id] = req` is, which ends with the request that awaits it.
 */
function isPromiseSettler(def: TSESLint.Scope.Definitions.ParameterDefinition): boolean {
  return isPromiseExecutor(def.node) && (def.node.params[0] === def.name || def.node.params[1] === def.name);
}

/** The request's cookie session (`req.session.id`, Express's `req.sessionID`), which outlives a connection. */
const HTTP_SESSION_KEY = /\.session\.|\.sessionID$/;

/** Methods of a `ReadableStream`'s source that are handed its controller. */
const STREAM_SOURCE_METHODS: ReadonlySet<string> = new Set(['start', 'pull']);

/**
 * The controller of a web stream that a response sends (`new ReadableStream({ start(controller) {
 * clients.add(controller); } })`, server-sent events in Hono, Next.js or Mastra): the connection
 * itself, as `res` is for Node's responses: the first parameter of the source's `start` or `pull`.
 */
function isStreamController(def: TSESLint.Scope.Definitions.ParameterDefinition): boolean {
  if (!isFunctionNode(def.node) || def.node.params[0] !== def.name) return false;
  const method = def.node.parent;
  if (method?.type !== 'Property' || method.value !== def.node || !STREAM_SOURCE_METHODS.has(getPropertyName(method) ?? '')) return false;
  const source = method.parent;
  const stream = source.type === 'ObjectExpression' ? source.parent : undefined;
  return stream?.type === 'NewExpression' && stream.arguments[0] === source && stream.callee.type === 'Identifier' && stream.callee.name === 'ReadableStream';
}

/** A cache write `cache.set(key, value)` with the library's write methods. */
function getCacheWrite(use: TSESTree.Node, methods: readonly string[], scope: Scope | undefined): Write | undefined {
  const node = skipWrappers(use);
  const member = node.parent;
  if (member?.type !== 'MemberExpression' || member.object !== node) {
    return undefined;
  }
  if (member.computed) {
    // Hand-rolled caches: `cache[key] = value`.
    const assignment = skipWrappers(member).parent;
    return assignment?.type === 'AssignmentExpression' && assignment.left === skipWrappers(member)
      ? { node: assignment, keyed: true, key: member.property, value: assignment.right }
      : undefined;
  }
  const name = getPropertyName(member, scope);
  const call = skipWrappers(member).parent;
  if (name === undefined || !methods.includes(name) || call?.type !== 'CallExpression' || call.callee !== skipWrappers(member)) return undefined;
  return { node: call, keyed: true, key: call.arguments[0], value: call.arguments[1] };
}

/** Whether a cache key names a user or a session: `req.user.id`, `` `cart:${sessionId}` ``, `'user:' + id`. */
function isUserKey(key: TSESTree.Node | undefined, scope: Scope | undefined): boolean {
  if (!key || key.type === 'SpreadElement') return false;
  // A fixed key (`'users'`) holds one shared entry, not one per user.
  if (getStaticValue(key, scope)) return false;
  let found = false;
  const visit = (node: TSESTree.Node, depth: number): void => {
    if (found || depth > 6) return;
    const target = unwrapExpression(node);
    switch (target.type) {
      case 'Identifier':
        found = isUserKeyName(target.name.toLowerCase());
        return;
      case 'Literal':
        found = typeof target.value === 'string' && isUserKeyName(target.value.toLowerCase());
        return;
      case 'MemberExpression':
        if (!target.computed && target.property.type === 'Identifier' && isUserKeyName(target.property.name.toLowerCase())) {
          found = true;
          return;
        }
        visit(target.object, depth + 1);
        if (target.computed) visit(target.property, depth + 1);
        return;
      case 'TemplateLiteral':
        if (target.quasis.some((quasi) => isUserKeyName((quasi.value.cooked ?? quasi.value.raw).toLowerCase()))) {
          found = true;
          return;
        }
        for (const expression of target.expressions) visit(expression, depth + 1);
        return;
      case 'BinaryExpression':
        visit(target.left, depth + 1);
        visit(target.right, depth + 1);
        return;
      case 'CallExpression':
        visit(target.callee, depth + 1);
        for (const arg of target.arguments) visit(arg, depth + 1);
        return;
      default:
        return;
    }
  };
  visit(key, 0);
  return found;
}

/** Whether `node` is the binding `name` itself (through TypeScript's wrappers). */
function isNamed(node: TSESTree.Node, name: string): boolean {
  const target = unwrapExpression(node);
  return target.type === 'Identifier' && target.name === name;
}

/**
 * `db = db || connect()`, `db = db ?? connect()`, `db = db === null ? connect() : db`, `db = db ? db
 * : connect()`: the binding keeps its value once it has one, written out instead of `??=`.
 */
function keepsOwnValue(value: TSESTree.Node, name: string): boolean {
  const target = unwrapExpression(value);
  if (target.type === 'LogicalExpression') return (target.operator === '||' || target.operator === '??') && isNamed(target.left, name);
  if (target.type !== 'ConditionalExpression') return false;
  const absent = getAbsenceTested(target.test);
  if (absent) return isNamed(absent, name) && isNamed(target.alternate, name);
  const present = getPresenceTested(target.test);
  return present !== undefined && isNamed(present, name) && isNamed(target.consequent, name);
}

/**
 * `if (!db) db = connect()`, `db ??= connect()`, `db = db || connect()`, and `if (db) return db; …
 * return db = connect()`: a lazily created singleton, not per-request state. The test may be
 * further out than the write's own statement (`if (!db) { if (url) db = connect(url) }`), and the
 * early return may answer first, in any block around the write (`if (page) { res.send(page);
 * return; } page = readFileSync(…)`, a file read once and then served from memory).
 */
function isLazyInitialization(write: TSESTree.Node, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (write.type === 'AssignmentExpression' && (write.operator === '??=' || write.operator === '||=')) return true;
  if (write.type !== 'AssignmentExpression' || write.operator !== '=') return false;
  if (keepsOwnValue(write.right, name)) return true;
  let statement: TSESTree.Node = write;
  for (let node: TSESTree.Node | undefined = write.parent; node; node = node.parent) {
    if (node.type === 'IfStatement' && (isEmptinessTest(node.test, name) || isGroupInitialization(node, sourceCode))) return true;
    if (node.type === 'BlockStatement' && followsReturnIfPresent(node, statement, name)) return true;
    if (isFunctionNode(node)) return false;
    statement = node;
  }
  return false;
}

/**
 * Whether a statement of `block` before `statement` is `if (db) return db;` (or `db != null`), or
 * a block under such a test that ends in a return: `if (page) { res.send(page); return; }`.
 */
function followsReturnIfPresent(block: TSESTree.BlockStatement, statement: TSESTree.Node, name: string): boolean {
  for (const earlier of block.body) {
    if (earlier === statement) return false;
    if (earlier.type !== 'IfStatement' || earlier.alternate) continue;
    const consequent = earlier.consequent.type === 'BlockStatement' ? earlier.consequent.body.at(-1) : earlier.consequent;
    if (consequent?.type !== 'ReturnStatement') continue;
    const tested = getPresenceTested(earlier.test);
    if (tested?.type === 'Identifier' && tested.name === name) return true;
  }
  return false;
}

/**
 * A call in a block run the first time only: `if (!loaded) { await load(); loaded = true; }`, the
 * block of a test of a binding that it also assigns (see `isGroupInitialization`).
 */
function isCalledOnce(call: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let child = call;
  for (let node = call.parent; node && !isFunctionNode(node); child = node, node = node.parent) {
    if (node.type === 'IfStatement' && node.consequent === child && isGroupInitialization(node, sourceCode)) return true;
  }
  return false;
}

/**
 * `if (!processor) { processor = new Processor(); chunker = new Chunker(); }`: singletons created
 * together the first time, under a test of the one among them that the block also assigns.
 */
function isGroupInitialization(statement: TSESTree.IfStatement, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const tested = getAbsenceTested(unwrapExpression(statement.test));
  if (tested?.type !== 'Identifier' || statement.consequent.type !== 'BlockStatement') return false;
  // A binding of the module, kept between calls: `if (!to) { to = io; }` for a parameter runs on every call.
  const scope = findVariable(sourceCode.getScope(statement), tested)?.scope.type;
  if (scope !== 'module' && scope !== 'global') return false;
  return statement.consequent.body.some(
    (inner) =>
      inner.type === 'ExpressionStatement' &&
      inner.expression.type === 'AssignmentExpression' &&
      inner.expression.operator === '=' &&
      inner.expression.left.type === 'Identifier' &&
      inner.expression.left.name === tested.name,
  );
}

function isEmptinessTest(test: TSESTree.Node, name: string): boolean {
  const target = unwrapExpression(test);
  if (target.type === 'LogicalExpression') return isEmptinessTest(target.left, name) || isEmptinessTest(target.right, name);
  const tested = getAbsenceTested(target);
  return tested?.type === 'Identifier' && tested.name === name;
}

const getAllowedNames = derivedFromOptions((options: Options[0]): ReadonlySet<string> => new Set(options.allowedNames ?? []));

const STATUS_KEYS: ReadonlySet<string> = new Set(['status', 'statusCode']);

/**
 * A status literal given as an answer: a call's argument, a `status` option, or assigned to a
 * `statusCode`; also through TypeScript's wrappers (`429 as const`, `<const>429`).
 */
function isStatusAnswer(literal: TSESTree.Literal): boolean {
  const value = valueChild(literal);
  const parent = value.parent;
  if (!parent) return false;
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') return parent.arguments.some((argument) => argument === value);
  if (parent.type === 'Property') return parent.value === value && STATUS_KEYS.has(getPropertyName(parent) ?? '');
  if (parent.type === 'AssignmentExpression') return parent.right === value && parent.left.type === 'MemberExpression' && STATUS_KEYS.has(getPropertyName(parent.left) ?? '');
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-in-memory-session',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sessions and per-user state kept in process memory',
      factor: 'VI',
      recommended: 'recommended',
    },
    schema: [
      {
        type: 'object',
        properties: {
          strict: {
            type: 'boolean',
            description: 'Also report module-level scalars mutated by handlers, rate limiters without a store, caches keyed by user or session ids, and bot storages made in functions.',
          },
          sessionModules: {
            type: 'array',
            description: 'In-house session middlewares, called as `module(options)` or registered as a Fastify plugin, that keep sessions in memory unless `storeOption` is set.',
            items: {
              type: 'object',
              properties: {
                module: { type: 'string', description: 'The module name as imported or required.' },
                storeOption: { type: 'string', description: 'The option that takes the store (default `store`).' },
              },
              required: ['module'],
              additionalProperties: false,
            },
          },
          allowedNames: {
            type: 'array',
            description: 'Module-level bindings (or `Class.field` static fields) whose in-memory state is intended.',
            items: { type: 'string' },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ strict: false, sessionModules: [], allowedNames: [] }],
    messages: {
      sessionWithoutStore:
        'Factor VI: {{name}} is used without a `{{option}}`, so sessions live in this process\'s memory and are lost on restart or on another instance. Pass a store backed by a service, e.g. {{example}}.',
      authorizationWithoutAdapter:
        "Factor VI: {{name}}'s `Provider` is made without an `{{option}}`, so its sessions, grants and tokens live in its development-only in-memory store and are lost on restart or on another instance. Pass an adapter backed by a service, e.g. {{example}}.",
      installationsWithoutStore:
        "Factor VI: {{name}} runs Slack's OAuth installation flow without an `{{option}}`, so every workspace's installation, its tokens included, is kept in this process's memory: a restart forgets them and another instance cannot see them. Pass a store backed by a service, e.g. {{example}}.",
      installationsLocalStore:
        "Factor VI: {{name}} is given {{store}}, so every workspace's installation, its tokens included, is kept by this instance alone: a restart or redeploy can lose them and another instance cannot see them. Pass a store backed by a service, e.g. {{example}}.",
      matchesWithoutStore:
        "Factor VI: {{name}} is made without a `{{option}}`, so every match (its state, log and players' credentials) is kept by this instance alone, in memory or in files on its disk: a restart or redeploy can lose the matches in progress and another instance cannot see them. Pass {{example}}.",
      matchesLocalStore:
        "Factor VI: {{name}} is given {{store}}, so every match (its state, log and players' credentials) is kept by this instance alone: a restart or redeploy can lose the matches in progress and another instance cannot see them. Pass {{example}}.",
      sessionMemoryStore:
        'Factor VI: {{name}} is given {{store}}, so sessions live in this process\'s memory and are lost on restart or on another instance. Pass a store backed by a service, e.g. {{example}}.',
      sessionStoreInMemory:
        "Factor VI: {{store}} keeps sessions in this process's memory: they are lost on restart and not seen by another instance. Give the session middleware a store backed by a service, e.g. connect-redis.",
      sessionStoreOnDisk:
        "Factor VI: {{store}} keeps sessions in files on this instance's disk: another instance cannot read them and a redeploy loses them. Give the session middleware a store backed by a service, e.g. connect-redis.",
      sessionDiskStore:
        "Factor VI: {{name}} is given {{store}}, so sessions live in files on this instance's disk: another instance cannot read them and a redeploy loses them. Pass a store backed by a service, e.g. {{example}}.",
      rateLimitWithoutStore:
        'Factor VI: {{name}} is used without a `{{option}}`, so its counters live in this process\'s memory: every instance counts on its own and a restart resets them. Pass a store backed by a service, e.g. {{example}}.',
      rateLimitMemoryStore:
        'Factor VI: {{name}} is given {{store}}, so its counters live in this process\'s memory: every instance counts on its own and a restart resets them. Pass a store backed by a service, e.g. {{example}}.',
      botMemoryStorage:
        "Factor VI: {{storage}} keeps the bot's conversation and user state in this process's memory: a restart forgets every conversation and another instance cannot see them. Use a storage backed by a service, e.g. {{example}}.",
      ownDiskStore:
        "Factor VI: {{store}} keeps {{kept}} in files on this instance's disk: another instance cannot read those files and a redeploy loses them. Use {{example}}.",
      memoryRateLimiter:
        "Factor VI: {{limiter}} counts in this process's memory: every instance counts on its own and a restart resets the counts. Use one backed by a service, e.g. {{example}}.",
      moduleState:
        'Factor VI: `{{name}}` is module-level state written by a {{handler}} (line {{line}}); it is lost on restart and not shared between instances. Keep it in a backing service.',
      setupState:
        'Factor VI: `{{name}}` is state of the process: `{{setup}}` makes it once, and a {{handler}} writes it (line {{line}}); it is lost on restart and not shared between instances. Keep it in a backing service.',
      instanceState:
        "Factor VI: `{{name}}` is state of `{{owner}}`, of which the process keeps one instance, written by a {{handler}} (line {{line}}); it is lost on restart and not shared between instances. Keep it in a backing service.",
      userKeyedCache:
        'Factor VI: `{{name}}` ({{library}}) is keyed by user or session ids (line {{line}}); each instance keeps its own entries and a restart empties them. Keep per-user state in a backing service such as Redis.',
    },
  },
  defaultOptions: [{ strict: false, sessionModules: [], allowedNames: [] }],
  create(context, [options]) {
    const sourceCode = readContext(context, 'sourceCode');
    // A minified file (a bundle) is output: its source is where sessions and state are kept.
    if (isMinified(sourceCode)) return {};
    const strict = options.strict === true;
    const allowed = getAllowedNames(options);
    const { find, plugins, pluginModules } = getFinder(options);
    const registerCalls: TSESTree.CallExpression[] = [];

    function reportStore(node: TSESTree.Node, middleware: StoreMiddleware, state: StoreState): void {
      if ((middleware.concern === 'rateLimit' && !strict) || state.kind === 'unknown' || state.kind === 'other') return;
      if (isOneStoreOfMany(node, sourceCode, middleware.storeOptions)) return;
      // A development or test run's sessions (`if (process.env.NODE_ENV === 'development')`).
      if (isNonProductionOnly(node)) return;
      const data = { name: middleware.name, option: middleware.storeOptions[0] ?? 'store', example: middleware.example };
      if (state.kind === 'missing') {
        reportServiceConcern(context, { node, messageId: WITHOUT_STORE_MESSAGES[middleware.concern], data });
      } else if (state.kind === 'memory') {
        reportServiceConcern(context, { node, messageId: getLocalStoreMessage(middleware.concern, state.store), data: { ...data, store: state.store.label } });
      }
    }

    function checkModuleState(references: ReturnType<ModuleFinder<Reference>>): void {
      const caches = new Map<TSESTree.Node, CacheLibrary>();
      for (const ref of references) if (ref.info.role === 'cache') caches.set(ref.node, ref.info.cache);

      const candidates: Candidate[] = [];
      globalFields.clear();
      // The uses that sit inside a function, from the scope each reference is made in (no walk up the tree).
      const functionUses = new Set<TSESTree.Node>();

      /** The collections, caches and (in strict) reassigned scalars a declaration makes, into `candidates`. */
      const addDeclarationCandidates = (declaration: TSESTree.VariableDeclaration, setup?: SetupFunction): void => {
        for (const declarator of declaration.declarations) {
          const id = declarator.id;
          if (id.type !== 'Identifier') continue;
          // What the binding holds decides first; its uses are gathered only for the candidates.
          const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
          const library = init ? caches.get(init) : undefined;
          let kind: CandidateKind | undefined;
          if (library) {
            if (strict) kind = 'cache';
          } else if (init && isCollectionInit(init, sourceCode, declarator)) {
            const lower = id.name.toLowerCase();
            if (CACHE_NAME.test(lower)) {
              if (strict) kind = 'cache';
            } else if (strict || !RATE_LIMIT_NAME.test(lower)) {
              kind = 'collection';
            }
          } else if (strict && declaration.kind !== 'const') {
            kind = 'scalar';
          }
          // A setup function's scalars are its own bookkeeping (`let connectionCounter = 0` of a shutdown helper).
          if (!kind || (setup !== undefined && kind === 'scalar') || (allowed.size > 0 && allowed.has(id.name))) continue;
          const variable = sourceCode.getDeclaredVariables(declarator).find((v) => v.name === id.name);
          if (!variable) continue;
          // A scalar is state only if something assigns it after its declaration (`var x = require('x')` is not).
          if (kind === 'scalar' && !variable.references.some((ref) => ref.isWrite() && !ref.init)) continue;
          if (isFunctionScratch(variable)) continue;
          const uses: TSESTree.Node[] = [];
          for (const ref of variable.references) {
            if (ref.init) continue;
            uses.push(ref.identifier);
            // In a setup function, its own statements run once: only a function inside it may run per request.
            if (isInFunctionScope(ref.from) && (setup === undefined || ref.from.variableScope.block !== setup.node)) functionUses.add(ref.identifier);
          }
          if (uses.length === 0) continue;
          // `const fileCache = pathMap.get(pathname)`, `tasks[cacheKey] = …`: the code names what the collection holds a cache.
          if (kind === 'collection' && uses.some(isNamedAsCache)) {
            if (!strict) continue;
            kind = 'cache';
          }
          candidates.push(
            kind === 'cache'
              ? { name: id.name, kind, report: id, uses, library: library?.name ?? 'an in-process cache object', writeMethods: library?.writeMethods ?? ['set'] }
              : { name: id.name, kind, report: id, uses, ...(setup === undefined ? {} : { setup: setup.describe }) },
          );
        }
      };
      for (const statement of sourceCode.ast.body) {
        const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
        if (declaration?.type === 'VariableDeclaration') {
          addDeclarationCandidates(declaration);
          continue;
        }
        if (declaration?.type === 'ClassDeclaration') {
          addStaticFieldCandidates(declaration, candidates, functionUses);
          addInstanceFieldCandidates(declaration, candidates, functionUses);
          continue;
        }
        if (statement.type !== 'ExpressionStatement' && statement.type !== 'ExportDefaultDeclaration') continue;
        if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') addGlobalObjectCandidate(statement.expression, candidates, functionUses);
        // `module.exports = (io) => { const onlineUsers = new Map(); io.on('connection', …) }`: a
        // function that sets up a server, an app or a bot it is handed runs once per process, so
        // the collections it declares for its handlers are the process's state as a module's are.
        for (const setup of getSetupFunctions(statement, sourceCode)) {
          if (setup.node.body.type !== 'BlockStatement') continue;
          for (const inner of setup.node.body.body) {
            if (inner.type === 'VariableDeclaration') addDeclarationCandidates(inner, setup);
            // `global.onlineUsers = new Map()` in the setup function: the process's, as at the top level.
            else if (inner.type === 'ExpressionStatement' && inner.expression.type === 'AssignmentExpression') addGlobalObjectCandidate(inner.expression, candidates, functionUses);
          }
        }
      }
      addLazyGlobalObjectCandidates(candidates, functionUses);
      if (candidates.length === 0) return;
      // Cheap exit before indexing handlers: state that is never used inside a function.
      if (functionUses.size === 0) return;
      const inFunction = (node: TSESTree.Node): boolean => functionUses.has(node);
      fileCandidates = candidates;
      connectionKeys = undefined;
      let handlers: HandlerIndex | undefined;
      const getHandlers = (): HandlerIndex => (handlers ??= indexHandlers(sourceCode, readContext(context, 'filename')));

      for (const candidate of candidates) {
        if (candidate.kind === 'cache') {
          checkCache(candidate);
          continue;
        }
        const writes = getWrites(candidate, inFunction);
        let handler: RequestHandler | undefined;
        // A write by a function named as a rate limiter (`rateLimiter`, `throttle`) counts requests
        // per user, like a rate limiter's memory store: `strict` only.
        const counts = (write: Write): boolean =>
          (write.keyed || strict) &&
          (strict || !isInRateLimitFunction(write.node)) &&
          (handler = getWritingHandler(write.node, getHandlers())) !== undefined &&
          (strict || !answersTooManyRequests(handler.node));
        // The message names a write that fills the collection (`set`, `push`) before one that drops
        // an entry (an expiry's `delete` written above it).
        const first = writes?.find((write) => !isDrop(write.node) && counts(write)) ?? writes?.find((write) => isDrop(write.node) && counts(write));
        if (first && handler) {
          const data = { name: candidate.name, line: first.node.loc.start.line, handler: describeHandler(handler) };
          if (candidate.setup !== undefined) reportServiceConcern(context, { node: candidate.report, messageId: 'setupState', data: { ...data, setup: candidate.setup() } });
          else if (candidate.owner === undefined) reportServiceConcern(context, { node: candidate.report, messageId: 'moduleState', data });
          else reportServiceConcern(context, { node: candidate.report, messageId: 'instanceState', data: { ...data, owner: candidate.owner } });
        }
      }
    }

    /**
     * The handler a write runs in: the one around it, or one that calls the named function of
     * this file around it (`app.post('/login', (req, res) => { remember(req.user) })` with
     * `function remember(user) { online.set(user.id, Date.now()) }`), one call deep.
     */
    function getWritingHandler(node: TSESTree.Node, index: HandlerIndex): RequestHandler | undefined {
      const direct = index.getEnclosingHandler(node);
      if (direct || index.handlers.length === 0) return direct;
      for (let current = node.parent; current; current = current.parent) {
        if (!isFunctionNode(current)) continue;
        if (current.parent?.type === 'MethodDefinition' && current.parent.static) return getStaticMethodCaller(current.parent, index);
        const variable = getFunctionVariable(current, sourceCode.getScope(current));
        if (!variable) continue;
        for (const reference of variable.references) {
          const call = reference.identifier.parent;
          // A call of this very function: the name is bound once and never reassigned (`getBoundFunction`).
          if (call?.type !== 'CallExpression' || call.callee !== reference.identifier || getBoundFunction(call.callee, sourceCode.getScope(call)) !== current) continue;
          // `if (!loaded) { await loadVersionInfo(); loaded = true; }`: called once per process, not per request.
          if (isCalledOnce(call, sourceCode)) continue;
          const caller = index.getEnclosingHandler(call);
          if (caller) return caller;
        }
        // The nearest named function is the helper; an outer one is not called per write.
        return undefined;
      }
      return undefined;
    }

    /**
     * The handler that calls a static method by its class's name (`AuthHandler.recordFailure(…)` in
     * `static login(req, res)`), one call deep.
     */
    function getStaticMethodCaller(method: TSESTree.MethodDefinition, index: HandlerIndex): RequestHandler | undefined {
      const owner = method.parent.parent;
      if (method.computed || method.key.type !== 'Identifier' || (owner.type !== 'ClassDeclaration' && owner.type !== 'ClassExpression') || !owner.id) return undefined;
      const name = method.key.name;
      const className = owner.id.name;
      // The class's name outside it and, for code in its body, the name its own scope binds.
      const variables = [...sourceCode.getDeclaredVariables(owner), sourceCode.scopeManager?.acquire(owner)?.set.get(className)];
      for (const variable of variables) {
        if (variable?.name !== className) continue;
        for (const reference of variable.references) {
          const member = reference.identifier.parent;
          if (member?.type !== 'MemberExpression' || member.object !== reference.identifier || getPropertyName(member) !== name) continue;
          const call = member.parent;
          if (call.type !== 'CallExpression' || call.callee !== member || isCalledOnce(call, sourceCode)) continue;
          const caller = index.getEnclosingHandler(call);
          if (caller) return caller;
        }
      }
      return undefined;
    }

    const tooManyRequests = new Map<TSESTree.Node, boolean>();

    /**
     * Whether a handler turns requests away with 429 Too Many Requests (`res.status(429)`, `new
     * Response(…, { status: 429 })`, `json(body, 429)`, `res.statusCode = 429`): what it writes
     * counts requests per client, as a rate limiter's memory store does, which `strict` alone
     * reports. A 429 it only compares with (`upstream.status === 429`) is not its answer.
     */
    function answersTooManyRequests(fn: TSESTree.Node): boolean {
      let answer = tooManyRequests.get(fn);
      if (answer === undefined) {
        let found = false;
        if (sourceCode.getText(fn).includes('429')) {
          walk(fn, sourceCode.visitorKeys, (node) => {
            if (found) return false;
            if (node.type === 'Literal' && node.value === 429) found = isStatusAnswer(node);
            return undefined;
          });
        }
        answer = found;
        tooManyRequests.set(fn, answer);
      }
      return answer;
    }

    function isInRateLimitFunction(node: TSESTree.Node): boolean {
      for (let current = node.parent; current; current = current.parent) {
        if (!isFunctionNode(current)) continue;
        const name = getFunctionName(current);
        if (name !== undefined && RATE_LIMIT_NAME.test(name.toLowerCase())) return true;
      }
      return false;
    }

    // The global object's properties already taken as candidates in this file, by name.
    const globalFields = new Set<string>();
    let fileCandidates: readonly Candidate[] = [];
    /** The keys under which a function files or drops open connections (`transports.set(sessionId, transport)`), by function. */
    let connectionKeys: Map<TSESTree.Node, Set<string>> | undefined;

    function getConnectionKeys(): Map<TSESTree.Node, Set<string>> {
      if (connectionKeys) return connectionKeys;
      const found = new Map<TSESTree.Node, Set<string>>();
      for (const candidate of fileCandidates) {
        if (candidate.kind !== 'collection') continue;
        const writes: Write[] = [];
        for (const use of candidate.uses) {
          const write = getCollectionWrite(use, () => sourceCode.getScope(use));
          if (write) writes.push(write);
        }
        // A registry of connections; its keys are filed and dropped (`transports.delete(sessionId)`) with them.
        if (!writes.some((write) => isConnectionValue(write.value, sourceCode))) continue;
        for (const write of writes) {
          const key = write.key ? getConnectionKeyText(write.key) : undefined;
          const fn = key === undefined ? undefined : getEnclosingFunction(write.node);
          if (!fn || key === undefined) continue;
          let keys = found.get(fn);
          if (!keys) found.set(fn, (keys = new Set()));
          keys.add(key);
        }
      }
      connectionKeys = found;
      return found;
    }

    /**
     * `sessionHeaders.set(sessionId, holder)` where the same function files the session's transport
     * under that key (`transports.set(sessionId, transport)`): what goes with an open connection,
     * which ends with it (the MCP inspector's proxy).
     */
    function isConnectionCompanion(write: Write): boolean {
      const key = write.key ? getConnectionKeyText(write.key) : undefined;
      if (key === undefined) return false;
      const fn = getEnclosingFunction(write.node);
      return fn !== undefined && getConnectionKeys().get(fn)?.has(key) === true;
    }

    /**
     * `inflight.set(id, promise)` where the function that files the entry also drops it under the
     * same key once the work ends (`work(id).finally(() => inflight.delete(id))`, `try { … }
     * finally { delete pending[id] }`): requests for the same thing coalesced while one is in
     * flight, not state kept between requests. `keyed` is every keyed write of the collection.
     */
    function isInFlightEntry(write: Write, keyed: readonly KeyedWrite[]): boolean {
      if (!write.key || write.key.type === 'SpreadElement') return false;
      const key = sourceCode.getText(unwrapExpression(write.key));
      const dropping = isDrop(write.node);
      const fn = dropping ? undefined : getEnclosingFunction(write.node);
      if (!dropping && !fn) return false;
      return keyed.some((other) => {
        if (other.drop === dropping || other.key !== key) return false;
        // The entry is filed by `filer` and dropped by `drop`, which `filer` holds.
        const [filing, drop] = dropping ? [other.node, write.node] : [write.node, other.node];
        const filer = dropping ? getEnclosingFunction(filing) : fn;
        return filer !== undefined && isInside(drop, filer) && isDroppedWhenDone(drop, filer);
      });
    }

    /**
     * A key that can name a connection, as written: a name or a member chain (`sessionId`,
     * `transport.sessionId`), not one that names a user (`userId`, `req.user.id`) or the request's
     * cookie session (`req.sessionID`), which outlive any one connection.
     */
    function getConnectionKeyText(key: TSESTree.Node): string | undefined {
      const target = unwrapExpression(key);
      if (target.type !== 'Identifier' && (target.type !== 'MemberExpression' || target.computed)) return undefined;
      const text = sourceCode.getText(target);
      if (HTTP_SESSION_KEY.test(text) || text.split('.').some((part) => PERSON_KEY_NAME.test(part.toLowerCase()))) return undefined;
      return text;
    }

    /** The writes of a collection or scalar inside functions, or `undefined` when it is a connection registry. */
    function getWrites(candidate: Candidate, inFunction: (node: TSESTree.Node) => boolean): Write[] | undefined {
      if (candidate.kind === 'scalar' && isProcessOwnScalar(candidate.report.parent, candidate.uses)) return undefined;
      const writes: Write[] = [];
      // The collection's writes under a key as written, for the in-flight test once all are known.
      const keyed: KeyedWrite[] = [];
      for (const use of candidate.uses) {
        if (!inFunction(use)) continue;
        // The shape of the use comes first: most uses are reads, and the environment test below walks up the tree.
        const write = candidate.kind === 'scalar' ? getScalarWrite(use, candidate.name) : getCollectionWrite(use, () => sourceCode.getScope(use));
        // A write only a development or test run makes (`if (process.env.NODE_ENV === 'development') cache = …`).
        if (!write || isNonProductionOnly(use)) continue;
        if (candidate.kind === 'scalar') {
          // `current = socket` in a connection handler holds the open connection, as a registry does.
          if (write.node.type === 'AssignmentExpression' && isConnectionValue(write.node.right, sourceCode)) return undefined;
          writes.push(write);
          continue;
        }
        if (write.key && write.key.type !== 'SpreadElement') keyed.push({ node: write.node, key: sourceCode.getText(unwrapExpression(write.key)), drop: isDrop(write.node) });
        if (write.reassignment && isResetValue(write.value)) continue;
        // `user = socket.id` over a binding made `{}`: it holds one scalar, which only `strict` reports.
        if (write.reassignment && !strict && isScalarValue(write.value)) continue;
        // `if (!warned.has(name)) { warned.add(name); logger.warn(…) }`: a warning logged once per process.
        if (isWarnOnceWrite(write.node, candidate.name)) continue;
        // A registry of open connections (SSE clients, sockets) cannot live in a store, and state
        // keyed by a connection itself (`sessions.set(ws, { … })`) ends with it.
        if (isConnectionValue(write.value, sourceCode) || isConnectionValue(write.key, sourceCode)) return undefined;
        // So is a registry of timers (`timeouts.set(roomId, setTimeout(() => deleteRoom(roomId), 60_000))`):
        // a callback scheduled in this process, whose handle no store can hold. A record that holds
        // one beside state (`rooms.set(id, { players, timer })`) is still state.
        if (isTimerHandle(write.value, sourceCode)) return undefined;
        if (isConnectionIdKey(write.key, sourceCode) && isPerConnectionCollection(candidate.uses, sourceCode)) return undefined;
        if (isConnectionCompanion(write)) continue;
        writes.push(write);
      }
      if (writes.length > 0 && writes.every((write) => isDrop(write.node)) && !isFilledAnywhere(candidate)) return [];
      return keyed.length > 0 ? writes.filter((write) => !isInFlightEntry(write, keyed)) : writes;
    }

    /**
     * Whether anything may put an entry into the collection: a write anywhere in the file, entries
     * it is made with, or a use that hands it on (exported, passed to a call). `delete events[id]`
     * in a request's close callback, where nothing ever files an event, holds no state.
     */
    function isFilledAnywhere(candidate: Candidate): boolean {
      const declaration = candidate.report.parent;
      if (declaration?.type === 'VariableDeclarator') {
        if (declaration.init && !isEmptyCollection(declaration.init)) return true;
      } else if (declaration?.type === 'PropertyDefinition' && !declaration.static && declaration.value) {
        // An instance field of a class the framework makes once (`private socketUsers = new Map()`),
        // whose uses are its methods' `this.socketUsers`; the constructor's are not among them.
        if (!isEmptyCollection(declaration.value) || mentionsThisField(declaration, candidate.name)) return true;
      } else {
        // A class's static field is reached through the class, from other modules too.
        return true;
      }
      return candidate.uses.some((use) => {
        const write = getCollectionWrite(use, () => sourceCode.getScope(use));
        if (write) return !isDrop(write.node);
        // `events[id]`, `events.size`: a read of the collection.
        const parent = use.parent;
        return parent?.type !== 'MemberExpression' || parent.object !== use;
      });
    }

    /** Whether the constructor of the class that declares `field` names `this.<field>` (`this.users`): it may fill it. */
    function mentionsThisField(field: TSESTree.PropertyDefinition, name: string): boolean {
      const body = field.parent;
      return body.body.some((element) => element.type === 'MethodDefinition' && element.kind === 'constructor' && sourceCode.getText(element).includes(name));
    }

    function getScalarWrite(use: TSESTree.Node, name: string): Write | undefined {
      const parent = use.parent;
      if (parent?.type === 'AssignmentExpression' && parent.left === use) {
        return isLazyInitialization(parent, name, sourceCode) ? undefined : { node: parent, keyed: true };
      }
      if (parent?.type === 'UpdateExpression') return { node: parent, keyed: true };
      return undefined;
    }

    function checkCache(candidate: Candidate): void {
      for (const use of candidate.uses) {
        const scope = sourceCode.getScope(use);
        const write = getCacheWrite(use, candidate.writeMethods ?? ['set'], scope);
        if (write && isUserKey(write.key, scope)) {
          reportServiceConcern(context, {
            node: candidate.report,
            messageId: 'userKeyedCache',
            data: { name: candidate.name, library: candidate.library ?? 'cache', line: write.node.loc.start.line },
          });
          return;
        }
      }
    }

    /** Static collection fields of a top-level class (`static sessions = new Map()`), into `found`. */
    function addStaticFieldCandidates(declaration: TSESTree.ClassDeclaration, found: Candidate[], functionUses: Set<TSESTree.Node>): void {
      if (!declaration.id) return;
      if (!declaration.body.body.some((element) => element.type === 'PropertyDefinition' && element.static && element.value)) return;
      const className = declaration.id.name;
      // A class declaration binds its name twice: outside, and inside its own body.
      const variables = sourceCode.getDeclaredVariables(declaration).filter((v) => v.name === className);
      if (variables.length === 0) return;
      for (const element of declaration.body.body) {
        if (element.type !== 'PropertyDefinition' || !element.static || !element.value) continue;
        const field = getPropertyName(element);
        if (field === undefined || allowed.has(field) || allowed.has(`${className}.${field}`)) continue;
        if (!isCollectionInit(element.value, sourceCode, element)) continue;
        const lower = field.toLowerCase();
        if (CACHE_NAME.test(lower) || (!strict && RATE_LIMIT_NAME.test(lower))) continue;
        // Uses are `Class.field` member expressions anywhere in the file.
        const uses: TSESTree.Node[] = [];
        for (const ref of variables.flatMap((variable) => variable.references)) {
          const member = ref.identifier.parent;
          if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || getPropertyName(member) !== field) continue;
          uses.push(member);
          if (isInFunctionScope(ref.from)) functionUses.add(member);
        }
        if (uses.length > 0) found.push({ name: `${className}.${field}`, kind: 'collection', report: element.key, uses });
      }
    }

    /**
     * A collection put on the global object as the module loads (`global.onlineUsers = new Map()`),
     * into `found`: it is module-level state that every module of the process shares. Its uses are
     * `global.onlineUsers` and `globalThis.onlineUsers`, and the bare `onlineUsers` where no binding
     * of the file has that name (an implicit global: `onlineUsers.set(userId, socket.id)`).
     */
    function addGlobalObjectCandidate(expression: TSESTree.AssignmentExpression, found: Candidate[], functionUses: Set<TSESTree.Node>): void {
      if ((expression.operator !== '=' && !LAZY_ASSIGNMENTS.has(expression.operator)) || !isGlobalObjectMember(expression.left, sourceCode)) return;
      const target = unwrapExpression(expression.left);
      const field = target.type === 'MemberExpression' ? getPropertyName(target) : undefined;
      if (field === undefined || allowed.has(field) || globalFields.has(field) || !isCollectionInit(expression.right, sourceCode, expression)) return;
      const lower = field.toLowerCase();
      if (CACHE_NAME.test(lower) || (!strict && RATE_LIMIT_NAME.test(lower))) return;
      globalFields.add(field);
      const uses: TSESTree.Node[] = [];
      const [start, end] = expression.range;
      const add = (use: TSESTree.Node): void => {
        // The creation itself (`globalThis.x = globalThis.x || {}`) is no write of the state.
        if (use.range[0] >= start && use.range[1] <= end) return;
        uses.push(use);
        if (isInFunctionScope(sourceCode.getScope(use))) functionUses.add(use);
      };
      for (const use of findGlobalPropertyUses(sourceCode, field)) add(use);
      // `const store = globalThis as unknown as { __otp?: … }; store.__otp ||= {}`: the uses through that name.
      const holder = target.type === 'MemberExpression' ? unwrapExpression(target.object) : undefined;
      if (holder?.type === 'Identifier' && holder.name !== 'global' && holder.name !== 'globalThis') {
        for (const ref of findVariable(sourceCode.getScope(holder), holder)?.references ?? []) {
          const member = ref.identifier.parent;
          if (member?.type === 'MemberExpression' && member.object === ref.identifier && getPropertyName(member) === field) add(member);
        }
      }
      if (uses.length > 0) found.push({ name: `global.${field}`, kind: 'collection', report: target, uses });
    }

    /**
     * A collection a function puts on the global object the first time it runs
     * (`globalThis.otpStore = globalThis.otpStore || {}`, `global.store ??= new Map()` in a route
     * handler): it is the process's, as one made at load time is.
     */
    function addLazyGlobalObjectCandidates(found: Candidate[], functionUses: Set<TSESTree.Node>): void {
      for (const assignment of findGlobalObjectAssignments(sourceCode)) {
        if (!isInFunctionScope(sourceCode.getScope(assignment))) continue;
        const right = unwrapExpression(assignment.right);
        const lazy =
          LAZY_ASSIGNMENTS.has(assignment.operator) ||
          (assignment.operator === '=' && right.type === 'LogicalExpression' && right.operator !== '&&' && sourceCode.getText(unwrapExpression(right.left)) === sourceCode.getText(unwrapExpression(assignment.left)));
        if (lazy) addGlobalObjectCandidate(assignment, found, functionUses);
      }
    }

    /**
     * Instance collection fields of a class the framework makes one instance of (a NestJS or
     * routing-controllers `@Controller`, a `@WebSocketGateway`, a `@Resolver`): `private users = []`
     * that a route method fills is state of the process, as a module-level one is. Uses are
     * `this.field` in the class's own methods.
     */
    function addInstanceFieldCandidates(declaration: TSESTree.ClassDeclaration, found: Candidate[], functionUses: Set<TSESTree.Node>): void {
      // ESLint's own parser gives no `decorators` list.
      const decorators = declaration.decorators as readonly TSESTree.Decorator[] | undefined;
      if (!declaration.id || !decorators?.some(isSingletonDecorator)) return;
      const className = declaration.id.name;
      // A field's collection is its initializer's, or what the constructor's own statements assign it
      // (`inMemoryDb: Todo[]; constructor() { this.inMemoryDb = []; }`).
      const assigned = new Map<string, TSESTree.Expression>();
      for (const element of declaration.body.body) {
        if (element.type !== 'MethodDefinition' || element.kind !== 'constructor' || !element.value.body) continue;
        for (const statement of element.value.body.body) {
          const assignment = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
          if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.left.type !== 'MemberExpression') continue;
          const target = assignment.left;
          const field = target.object.type === 'ThisExpression' && !target.computed ? getPropertyName(target) : undefined;
          if (field !== undefined) assigned.set(field, assignment.right);
        }
      }
      const fields = new Map<string, TSESTree.Node>();
      const addField = (field: string | undefined, value: TSESTree.Expression, report: TSESTree.Node): void => {
        if (field === undefined || fields.has(field) || allowed.has(field) || allowed.has(`${className}.${field}`) || !isCollectionInit(value, sourceCode, report)) return;
        const lower = field.toLowerCase();
        if (CACHE_NAME.test(lower) || (!strict && RATE_LIMIT_NAME.test(lower))) return;
        fields.set(field, report);
      };
      for (const element of declaration.body.body) {
        if (element.type !== 'PropertyDefinition' || element.static || element.computed) continue;
        const field = getPropertyName(element);
        const value = element.value ?? (field === undefined ? undefined : assigned.get(field));
        if (value) addField(field, value, element.key);
      }
      if (fields.size === 0) return;
      const uses = new Map<string, TSESTree.Node[]>();
      for (const element of declaration.body.body) {
        if (element.type !== 'MethodDefinition' || element.static || element.kind === 'constructor' || !element.value.body) continue;
        walk(element.value.body, sourceCode.visitorKeys, (node) => {
          // A function of its own has its own `this`; an arrow function shares the method's.
          if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return false;
          if (node.type !== 'MemberExpression' || node.object.type !== 'ThisExpression' || node.computed) return undefined;
          const field = getPropertyName(node);
          if (field === undefined || !fields.has(field)) return undefined;
          const list = uses.get(field) ?? [];
          list.push(node);
          uses.set(field, list);
          functionUses.add(node);
          return undefined;
        });
      }
      for (const [field, report] of fields) {
        const list = uses.get(field);
        if (list) found.push({ name: `this.${field}`, kind: 'collection', report, uses: list, owner: className });
      }
    }

    function checkStores(references: ReturnType<ModuleFinder<Reference>>): void {
      let loadTime: ((node: TSESTree.Node) => boolean) | undefined;
      const stores: MemoryStoreNodes = {
        constructions: new Map(references.flatMap((ref) => (ref.info.role === 'memoryStore' ? [[ref.node, ref.info.store] as const] : []))),
        factories: new Map(references.flatMap((ref) => (ref.info.role === 'memoryStoreFactory' ? [[ref.node, ref.info.store] as const] : []))),
      };
      for (const ref of references) {
        if (ref.info.role === 'middleware' && (ref.node.type === 'CallExpression' || ref.node.type === 'NewExpression') && ref.kind !== 'read') {
          const scope = sourceCode.getScope(ref.node);
          const middleware = ref.info.middleware;
          if (middleware.onlyWith && !givesAnyOption(ref.node.arguments[middleware.optionsIndex], middleware.onlyWith, scope)) continue;
          reportStore(ref.node, middleware, getStoreState(ref.node.arguments[middleware.optionsIndex], middleware, ref.node, scope, stores));
        } else if (ref.info.role === 'ownDiskStore' && (ref.node.type === 'NewExpression' || ref.node.type === 'CallExpression') && ref.kind !== 'read') {
          // Not a development or test run's store (`if (process.env.NODE_ENV === 'development')`),
          // nor one of several the deploy picks from (`mongoUri ? new RemoteAuth(…) : new LocalAuth()`).
          if (!isNonProductionOnly(ref.node) && !isOneStoreOfMany(ref.node, sourceCode)) {
            const store = ref.info.store;
            reportServiceConcern(context, { node: ref.node, messageId: 'ownDiskStore', data: { store: store.label, kept: store.kept, example: store.example } });
          }
        } else if (ref.info.role === 'botStorage' && (ref.node.type === 'NewExpression' || ref.node.type === 'CallExpression') && ref.kind !== 'read') {
          // The bot's storage is made when the module loads (at top level, or in a `main()` it
          // calls); one made in a function that may run per request or per test is left to strict.
          // Nor a development run's storage, or one of several the deploy picks from
          // (`connectionString ? new BlobsStorage(…) : new MemoryStorage()`).
          const atLoad = strict || (loadTime ??= createLoadTimeReachability(sourceCode))(ref.node);
          if (atLoad && !isNonProductionOnly(ref.node) && !isOneStoreOfMany(ref.node, sourceCode)) {
            reportServiceConcern(context, { node: ref.node, messageId: 'botMemoryStorage', data: { storage: ref.info.storage.label, example: ref.info.storage.example } });
          }
        } else if (ref.info.role === 'memoryRateLimiter' && strict && isMemoryLimiterMade(ref.node, ref.info.limiter, sourceCode) && !isOneStoreOfMany(ref.node, sourceCode)) {
          reportServiceConcern(context, { node: ref.node, messageId: 'memoryRateLimiter', data: { limiter: ref.info.limiter.label, example: ref.info.limiter.example } });
        } else if (ref.info.role === 'cacheWrite' && strict && ref.node.type === 'CallExpression') {
          const scope = sourceCode.getScope(ref.node);
          if (isUserKey(ref.node.arguments[0], scope)) {
            reportServiceConcern(context, { node: ref.node, messageId: 'userKeyedCache', data: { name: ref.module, library: ref.info.cache.name, line: ref.node.loc.start.line } });
          }
        }
      }
      for (const call of registerCalls) {
        const scope = sourceCode.getScope(call);
        const plugin = call.arguments[0] ? findPlugin(call.arguments[0], scope, plugins) : undefined;
        if (!plugin) continue;
        reportStore(call, plugin.info, getStoreState(call.arguments[1 + plugin.info.optionsIndex], plugin.info, call, scope, stores));
      }
      // A session store made as the module loads, for the session middleware of another module
      // (`export const sessionStore = new MemoryStore({ checkPeriod })`, `module.exports = { store: new FileStore() }`);
      // where the file sets up the middleware itself, the checks above judge what it is given.
      if (registerCalls.length > 0 || references.some((ref) => ref.info.role === 'middleware' && ref.info.middleware.concern === 'session')) return;
      for (const [node, store] of getSessionStoreConstructions(references, stores)) {
        if (getEnclosingFunction(node) || isNonProductionOnly(node) || isOneStoreOfMany(node, sourceCode)) continue;
        reportServiceConcern(context, { node, messageId: store.disk ? 'sessionStoreOnDisk' : 'sessionStoreInMemory', data: { store: store.label } });
      }
    }

    /**
     * The session stores the file makes that keep sessions in the process or on its disk:
     * express-session's and koa-generic-session's `MemoryStore`, and the classes that memorystore,
     * session-file-store and the like return (`const FileStore = require('session-file-store')(session); new FileStore()`).
     */
    function getSessionStoreConstructions(references: ReturnType<ModuleFinder<Reference>>, stores: MemoryStoreNodes): [TSESTree.NewExpression, MemoryStoreInfo][] {
      const found: [TSESTree.NewExpression, MemoryStoreInfo][] = [];
      for (const ref of references) {
        if (ref.info.role === 'memoryStore' && ref.node.type === 'NewExpression' && SESSION_STORE_MODULES.has(ref.module)) found.push([ref.node, ref.info.store]);
      }
      for (const [factory, store] of stores.factories) {
        const parent = factory.parent;
        if (parent?.type === 'NewExpression' && parent.callee === factory) found.push([parent, store]);
        if (parent?.type !== 'VariableDeclarator' || parent.init !== factory || parent.id.type !== 'Identifier') continue;
        for (const variable of sourceCode.getDeclaredVariables(parent)) {
          for (const reference of variable.references) {
            const construction = reference.identifier.parent;
            if (construction?.type === 'NewExpression' && construction.callee === reference.identifier) found.push([construction, store]);
          }
        }
      }
      return found;
    }

    /** fastify.register(fastifySession, { ... }) */
    function collectRegister(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'register' && node.arguments.length > 0) {
        registerCalls.push(node);
      }
    }

    return {
      // A plugin is recognised by the module the file imports it from: only such a file needs to see its calls.
      ...(importsAnyModule(sourceCode, pluginModules) ? { CallExpression: collectRegister } : {}),
      'Program:exit'() {
        const references = find(sourceCode);
        if (references.length > 0 || registerCalls.length > 0) checkStores(references);
        checkModuleState(references);
      },
    };
  },
});
