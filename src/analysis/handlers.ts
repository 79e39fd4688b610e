import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  GATEWAY_DECORATORS,
  HANDLER_DECORATORS,
  HANDLER_OPTION_CONTAINERS,
  HANDLER_OPTION_KEYS,
  HANDLER_REGISTRATIONS,
  PLUGIN_REGISTRATIONS,
  REQUEST_LISTENER_FRAMEWORKS,
  ROUTE_CHAIN_METHODS,
  ROUTE_MODULE_EXPORTS,
  SAME_KIND_ACCESSORS,
  type AppFactory,
  type HandlerRegistration,
} from '../knowledge/frameworks';
import { indexApps, type AppIndex } from './apps';
import { getBoundFunction, getLocalFunction, getReturnedExpressions, isFunctionNode, type FunctionNode } from './returns';
import { createModuleFinder } from './modules';
import { getEventName, getFileCalls } from './servers';
import { mentions } from './text';
import { findVariable, getConstInitializer, getPropertyName, getStaticString, resolveExpression, unwrapExpression } from './values';

type Scope = TSESLint.Scope.Scope;

export type { FunctionNode };

export interface RequestHandler {
  /** The function that runs per request. */
  readonly node: FunctionNode;
  /** `express`, `koa`, `fastify`, `hapi`, `http`, `nestjs`, ... or `inferred` for a route-shaped call on an unknown receiver. */
  readonly framework: string;
  /** The registering call (`app.get(...)`, `server.route(...)`) or the decorator (`@Get()`). */
  readonly registration: TSESTree.Node;
}

export interface HandlerIndex {
  readonly handlers: readonly RequestHandler[];
  /** The request handler whose body holds `node` (nested callbacks included), if any. */
  getEnclosingHandler(node: TSESTree.Node): RequestHandler | undefined;
}

interface Receiver {
  readonly framework: string;
  readonly creates: AppFactory['creates'] | 'route';
}

const findHandlerDecorators = createModuleFinder(HANDLER_DECORATORS);
const findGatewayDecorators = createModuleFinder(GATEWAY_DECORATORS);

/** Registration rows by method name, so a call is classified with one map lookup. */
const REGISTRATIONS_BY_METHOD = new Map<string, HandlerRegistration[]>();
for (const row of HANDLER_REGISTRATIONS) {
  for (const method of row.methods) {
    const rows = REGISTRATIONS_BY_METHOD.get(method) ?? [];
    rows.push(row);
    REGISTRATIONS_BY_METHOD.set(method, rows);
  }
}
const OPTION_KEYS = new Set(HANDLER_OPTION_KEYS);
const OPTION_CONTAINERS = new Set(HANDLER_OPTION_CONTAINERS);
const ROUTE_CHAINS = new Set(ROUTE_CHAIN_METHODS);
const LISTENER_FRAMEWORKS = new Set(REQUEST_LISTENER_FRAMEWORKS);
const ROUTE_EXPORTS = new Set(ROUTE_MODULE_EXPORTS);

/** h3's handler factories, as Nuxt and Nitro server routes export them: `export default defineEventHandler((event) => …)`. */
const EVENT_HANDLER_FACTORIES: ReadonlySet<string> = new Set(['defineEventHandler', 'eventHandler']);
/** Where they are imported from; Nuxt and Nitro also provide them without an import. */
const EVENT_HANDLER_MODULES: ReadonlySet<string> = new Set(['h3', '#imports', 'nitropack/runtime', 'nitro/runtime']);

/**
 * The handler an exported `defineEventHandler(fn)` (or `defineEventHandler({ handler })`) wraps, when
 * the factory is h3's: imported from h3 or Nitro, or a global of Nuxt's and Nitro's auto-imports.
 */
function getEventHandlerFunctions(value: TSESTree.Node, scope: Scope | undefined): FunctionNode[] {
  const call = unwrapExpression(value);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || !EVENT_HANDLER_FACTORIES.has(call.callee.name)) return [];
  const def = findVariable(scope, call.callee)?.defs[0];
  if (def && (def.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration' || !EVENT_HANDLER_MODULES.has(def.parent.source.value))) return [];
  const argument = call.arguments[0];
  if (!argument || argument.type === 'SpreadElement') return [];
  const target = unwrapExpression(argument);
  if (target.type !== 'ObjectExpression') return resolveFunctions(argument, scope);
  const handler = target.properties.find((property) => property.type === 'Property' && getPropertyName(property, scope) === 'handler');
  return handler?.type === 'Property' ? resolveFunctions(handler.value, scope) : [];
}

/** Verbs that route-shaped calls on a receiver we cannot resolve (`router` passed in) use. */
const INFERRED_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** Every method name that can register a handler, to skip other calls before resolving anything. */
const REGISTRATION_METHODS = new Set([...REGISTRATIONS_BY_METHOD.keys(), ...INFERRED_VERBS, 'use', 'route']);
/** First parameter names of request handlers: `(req, res)`, `(request, reply)`, `(ctx, next)`. */
const REQUEST_PARAMETER = /^_?(?:req|request|ctx|context)$/;
const RESPONSE_PARAMETER = /^_?(?:res|response|reply|h|next)$/;


function getMethodName(callee: TSESTree.Node): string | undefined {
  if (callee.type !== 'MemberExpression') return undefined;
  if (!callee.computed) return callee.property.type === 'Identifier' ? callee.property.name : undefined;
  return callee.property.type === 'Literal' && typeof callee.property.value === 'string' ? callee.property.value : undefined;
}

function rowApplies(row: HandlerRegistration, receiver: Receiver): boolean {
  if (!row.frameworks.includes(receiver.framework)) return false;
  // A chained express route (`app.route('/x')`) takes the verbs of a router.
  const creates = receiver.creates === 'route' ? 'router' : receiver.creates;
  return !row.creates || row.creates.includes(creates);
}

function findRegistration(method: string, receiver: Receiver): HandlerRegistration | undefined {
  return REGISTRATIONS_BY_METHOD.get(method)?.find((row) => rowApplies(row, receiver));
}

/** Functions a factory returns: `function limiter() { return (req, res, next) => {...} }`. */
function getReturnedFunctions(factory: FunctionNode): FunctionNode[] {
  if (factory.body.type !== 'BlockStatement') {
    const body = unwrapExpression(factory.body);
    return isFunctionNode(body) ? [body] : [];
  }
  const found: FunctionNode[] = [];
  for (const statement of factory.body.body) {
    if (statement.type !== 'ReturnStatement' || !statement.argument) continue;
    const value = unwrapExpression(statement.argument);
    if (isFunctionNode(value)) found.push(value);
  }
  return found;
}

/**
 * The functions an argument of a registration stands for: a function, a local function's name,
 * an array of them, or a wrapper/factory call one step deep (`asyncHandler(async (req, res) =>
 * ...)`, `limiter()` returning a middleware).
 */
function resolveFunctions(node: TSESTree.Node, scope: Scope | undefined, depth = 0): FunctionNode[] {
  const target = unwrapExpression(node);
  if (target.type === 'ArrayExpression') {
    return target.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? resolveFunctions(element, scope, depth) : []));
  }
  const local = getBoundFunction(target, scope);
  if (local) return [local];
  // `const resetPassword = asyncHandler(async (req, res) => …)`, handed on by name: the wrapped function.
  if (target.type === 'Identifier' && depth === 0) {
    const init = getConstInitializer(target, scope);
    const call = init && unwrapExpression(init);
    return call?.type === 'CallExpression' ? resolveFunctions(call, scope, depth) : [];
  }
  if (target.type === 'CallExpression' && depth === 0) {
    const wrapped = target.arguments.flatMap((arg) => (arg.type === 'SpreadElement' ? [] : resolveFunctions(arg, scope, depth + 1)));
    const factory = getLocalFunction(target.callee, scope);
    return factory ? [...wrapped, ...getReturnedFunctions(factory)] : wrapped;
  }
  return [];
}

/** The object literal an argument is (inline or a `const` one step back). */
function getObject(node: TSESTree.Node, scope: Scope | undefined): TSESTree.ObjectExpression | undefined {
  const target = unwrapExpression(node);
  if (target.type === 'ObjectExpression') return target;
  const init = getConstInitializer(target, scope);
  const value = init ? unwrapExpression(init) : undefined;
  return value?.type === 'ObjectExpression' ? value : undefined;
}

/** Handler functions of route option objects: `{ handler }`, `{ preHandler: [a, b] }`, hapi's `{ options: { handler } }`. */
function getOptionHandlers(node: TSESTree.Node, scope: Scope | undefined, depth = 0): FunctionNode[] {
  const target = unwrapExpression(node);
  if (target.type === 'ArrayExpression') {
    return target.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? getOptionHandlers(element, scope, depth) : []));
  }
  const object = getObject(target, scope);
  if (!object || depth > 2) return [];
  const found: FunctionNode[] = [];
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const name = getPropertyName(property, scope);
    if (name === undefined) continue;
    if (OPTION_KEYS.has(name)) {
      if (property.method && property.value.type === 'FunctionExpression') found.push(property.value);
      else found.push(...resolveFunctions(property.value, scope));
    } else if (OPTION_CONTAINERS.has(name)) {
      found.push(...getOptionHandlers(property.value, scope, depth + 1));
    }
  }
  return found;
}

/** Every function of an object (`{ getUser(call, callback) { … }, addUser: addUser }`), written there or held in a `const`. */
function getObjectFunctions(node: TSESTree.Node, scope: Scope | undefined): FunctionNode[] {
  const object = getObject(unwrapExpression(node), scope);
  if (!object) return [];
  return object.properties.flatMap((property) => (property.type === 'Property' ? resolveFunctions(property.value, scope) : []));
}

function getParameterName(fn: FunctionNode, index: number): string | undefined {
  let param: TSESTree.Node | undefined = fn.params[index];
  if (param?.type === 'AssignmentPattern') param = param.left;
  return param?.type === 'Identifier' ? param.name : undefined;
}

/** `(req, res)`, `(request, reply)`, `(ctx, next)`: the shape of a request handler. */
function looksLikeHandler(fn: FunctionNode, needsSecond: boolean): boolean {
  const first = getParameterName(fn, 0);
  if (first === undefined || !REQUEST_PARAMETER.test(first)) return false;
  if (!needsSecond) return true;
  const second = getParameterName(fn, 1);
  return second !== undefined && RESPONSE_PARAMETER.test(second);
}

/**
 * The middleware an exported factory returns (`export default function bruteForce() { return (req,
 * res, next) => { … } }`, `module.exports = (options) => async (ctx, next) => { … }`): the app
 * uses what the call makes, `app.use(bruteForce())`, once per request.
 */
function getReturnedHandlers(fn: FunctionNode): FunctionNode[] {
  if (looksLikeHandler(fn, false)) return [];
  const found: FunctionNode[] = [];
  for (const returned of getReturnedExpressions(fn)) if (isFunctionNode(returned) && looksLikeHandler(returned, true)) found.push(returned);
  return found;
}

const INVOCATION_PARAMETER = /^_?(?:event|evt)$/;

/**
 * A serverless function's entry: an export named `handler` that takes an `event` first, as AWS
 * Lambda and Netlify call it (`exports.handler = async (event, context) => {}`). Each invocation
 * is a request; warm invocations share the module, other instances do not.
 */
function isInvocationHandler(name: string | undefined, fn: FunctionNode): boolean {
  if (name !== 'handler') return false;
  const first = getParameterName(fn, 0);
  return first !== undefined && INVOCATION_PARAMETER.test(first);
}

/** First parameters of web-standard fetch handlers: `(request)`, `(req, context)`. */
const FETCH_REQUEST_PARAMETER = /^_?(?:req|request)$/;
/** What platforms pass a fetch handler after the request: Netlify's `context`, Cloudflare's `env` and `ctx`. */
const FETCH_CONTEXT_PARAMETER = /^_?(?:context|ctx|env)$/;

/**
 * A web-standard fetch handler as a platform calls a module's default export, once per request:
 * `(request)` (Vercel Edge Functions) or `(req, context)` (Netlify Functions 2.0), and, as a
 * `fetch` method (`method`), the `fetch(request, env, ctx)` of a default-exported object
 * (Cloudflare Workers, Bun, `deno serve`). A lone parameter must be called `request`: a default
 * export that takes a `req` alone is as likely a helper that reads one.
 */
function looksLikeFetchHandler(fn: FunctionNode, method: boolean): boolean {
  const first = getParameterName(fn, 0);
  if (first === undefined || !FETCH_REQUEST_PARAMETER.test(first)) return false;
  if (method) return true;
  if (fn.params.length === 1) return first === 'request';
  const second = getParameterName(fn, 1);
  return second !== undefined && FETCH_CONTEXT_PARAMETER.test(second);
}

/** The `fetch` method of a default-exported object (see `looksLikeFetchHandler`): `export default { fetch(request, env, ctx) {} }`. */
function getFetchMethods(value: TSESTree.Node, scope: Scope | undefined): FunctionNode[] {
  const fetch = getObject(value, scope)?.properties.find((property) => property.type === 'Property' && getPropertyName(property, scope) === 'fetch');
  return fetch?.type === 'Property' ? resolveFunctions(fetch.value, scope).filter((fn) => looksLikeFetchHandler(fn, true)) : [];
}

/** Object literals shaped like route definitions: a `method`, a `path` or `url`, and a `handler`. */
function getRouteObjects(node: TSESTree.Node, scope: Scope | undefined): TSESTree.ObjectExpression[] {
  const target = unwrapExpression(node);
  if (target.type === 'ArrayExpression') {
    return target.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? getRouteObjects(element, scope) : []));
  }
  const object = getObject(target, scope);
  if (!object) return [];
  const keys = new Set(object.properties.flatMap((property) => (property.type === 'Property' ? [getPropertyName(property, scope)] : [])));
  return keys.has('method') && (keys.has('path') || keys.has('url')) ? [object] : [];
}

/**
 * A route's path: `'/cart'`, or one built on a prefix, `` `${PREFIX}/cart` ``, `PREFIX + '/cart'`
 * (TypeScript's output for a constant of another module, `${constants_1.API_PREFIX}/restore`).
 */
function isRoutePath(node: TSESTree.Node, scope: Scope | undefined): boolean {
  const path = unwrapExpression(node);
  if (path.type === 'TemplateLiteral') {
    const [first, second] = path.quasis;
    return (first?.value.cooked ?? '').startsWith('/') || (first?.value.cooked === '' && (second?.value.cooked ?? '').startsWith('/'));
  }
  if (path.type === 'BinaryExpression' && path.operator === '+') {
    return getStaticString(path, scope)?.startsWith('/') ?? getStaticString(path.left, scope)?.startsWith('/') ?? getStaticString(path.right, scope)?.startsWith('/') ?? false;
  }
  return getStaticString(path, scope)?.startsWith('/') ?? false;
}

/**
 * Route-shaped calls whose receiver we cannot resolve, typically a router or app passed into a
 * routes module: `router.post('/cart', (req, res) => ...)`, `app.use((req, res, next) => ...)`,
 * `server.route({ method: 'GET', path: '/', handler })`.
 */
function getInferredHandlers(call: TSESTree.CallExpression, method: string, scope: Scope | undefined): FunctionNode[] {
  if (method === 'route') {
    // hapi plugins and Fastify plugins in their own module: `server.route({ method, path, handler })`.
    return call.arguments.flatMap((arg) => (arg.type === 'SpreadElement' ? [] : getRouteObjects(arg, scope))).flatMap((route) => getOptionHandlers(route, scope));
  }
  if (method === 'use') {
    return call.arguments.flatMap((arg) => (arg.type === 'SpreadElement' ? [] : resolveFunctions(arg, scope))).filter((fn) => looksLikeHandler(fn, true));
  }
  if (!INFERRED_VERBS.has(method)) return [];
  const path = call.arguments[0];
  if (!path || path.type === 'SpreadElement' || !isRoutePath(path, scope)) return [];
  return call.arguments.slice(1).flatMap((arg) => (arg.type === 'SpreadElement' ? [] : resolveFunctions(arg, scope))).filter((fn) => looksLikeHandler(fn, false));
}

/** A connection handler's socket: `io.on('connection', (socket) => …)`, `wss.on('connection', (ws) => …)`. */
const SOCKET_PARAMETER = /^_?(?:socket|client|ws|websocket)$/;
const WEB_SOCKET_PARAMETER = /^_?(?:ws|websocket)$/;
const SOCKET_NAME = /^_?socket$/;

/**
 * `io.on('connection', (socket) => …)` on a server handed to a module (`module.exports = (io) =>
 * …`) or imported from one: a connection handler, by the event and the name of its parameter. On
 * `connect` only a `socket` counts (a database pool's `connect` event hands over a `client`).
 */
function getInferredConnectionHandlers(call: TSESTree.CallExpression, method: string, scope: Scope | undefined): { fn: FunctionNode; framework: string }[] {
  // `io.use((socket, next) => …)`: a socket.io server's middleware, run on every connection.
  if (method === 'use' && call.arguments.length === 1) {
    const middleware = call.arguments[0];
    if (!middleware || middleware.type === 'SpreadElement') return [];
    return resolveFunctions(middleware, scope)
      .filter((fn) => SOCKET_NAME.test(getParameterName(fn, 0) ?? '') && getParameterName(fn, 1) === 'next')
      .map((fn) => ({ fn, framework: 'socket.io' }));
  }
  if (method !== 'on' || call.arguments.length !== 2) return [];
  const [event, listener] = call.arguments;
  if (!event || !listener || listener.type === 'SpreadElement' || event.type === 'SpreadElement') return [];
  const name = getStaticString(event, scope);
  if (name !== 'connection' && name !== 'connect') return [];
  const found: { fn: FunctionNode; framework: string }[] = [];
  for (const fn of resolveFunctions(listener, scope)) {
    const socket = getParameterName(fn, 0);
    if (socket === undefined || !SOCKET_PARAMETER.test(socket) || (name === 'connect' && !SOCKET_NAME.test(socket))) continue;
    found.push({ fn, framework: WEB_SOCKET_PARAMETER.test(socket) ? 'ws' : 'socket.io' });
  }
  return found;
}

/**
 * `module.exports = (io, socket) => { socket.on('move', …) }`: an exported function that takes a
 * socket and registers its event handlers, which another module calls on each connection.
 */
function isSocketHandlerModule(fn: FunctionNode): boolean {
  const names = new Set<string>();
  for (let index = 0; index < fn.params.length; index++) {
    const name = getParameterName(fn, index);
    if (name !== undefined && SOCKET_NAME.test(name)) names.add(name);
  }
  if (names.size === 0 || fn.body.type !== 'BlockStatement') return false;
  return fn.body.body.some((statement) => {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression') return false;
    const callee = statement.expression.callee;
    return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && names.has(callee.object.name) && getMethodName(callee) === 'on';
  });
}

/** A chat bot's command module's entry: discord.js's `execute(interaction)`, `run(client, message, args)`. */
const BOT_COMMAND_EXPORTS: ReadonlySet<string> = new Set(['execute', 'run']);
const BOT_MESSAGE_PARAMETER = /^_?(?:message|msg|interaction)$/;
const BOT_CLIENT_PARAMETER = /^_?(?:client|bot)$/;

/**
 * `module.exports = { data, async execute(interaction) { … } }`, `module.exports.run = async
 * (client, message, args) => …`: a command that the bot's loader calls for each message.
 */
function isBotCommand(name: string | undefined, fn: FunctionNode): boolean {
  if (name === undefined || !BOT_COMMAND_EXPORTS.has(name)) return false;
  const first = getParameterName(fn, 0) ?? '';
  const second = getParameterName(fn, 1) ?? '';
  if (BOT_CLIENT_PARAMETER.test(first) && BOT_MESSAGE_PARAMETER.test(second)) return true;
  // `run` is a common name: only with the bot's client first, as command loaders pass it.
  return name === 'execute' && BOT_MESSAGE_PARAMETER.test(first);
}

/** The methods of a tRPC procedure builder that take the procedure's resolver. */
const PROCEDURE_METHODS: ReadonlySet<string> = new Set(['query', 'mutation', 'subscription']);
const PROCEDURE_NAME = /procedure$/i;

/**
 * `publicProcedure.input(schema).mutation(async ({ input }) => …)`, `t.procedure.query(…)`: a tRPC
 * procedure's resolver, which runs per call. The builder is known by its name (`publicProcedure`,
 * `protectedProcedure`, `t.procedure`), somewhere along the chain.
 */
function getProcedureResolvers(call: TSESTree.CallExpression, method: string, getScope: () => Scope | undefined): FunctionNode[] {
  if (!PROCEDURE_METHODS.has(method) || call.callee.type !== 'MemberExpression' || call.arguments.length !== 1) return [];
  let current: TSESTree.Node = unwrapExpression(call.callee.object);
  for (let depth = 0; depth < 8; depth++) {
    if (current.type === 'Identifier') {
      if (!PROCEDURE_NAME.test(current.name)) return [];
      break;
    }
    if (current.type === 'MemberExpression') {
      const name = getPropertyName(current);
      if (name !== undefined && PROCEDURE_NAME.test(name)) break;
      current = unwrapExpression(current.object);
    } else if (current.type === 'CallExpression') {
      current = unwrapExpression(current.callee);
    } else {
      return [];
    }
  }
  const resolver = call.arguments[0];
  return resolver && resolver.type !== 'SpreadElement' ? resolveFunctions(resolver, getScope()) : [];
}

/** An exported handler, and its framework when the export's shape says it (a socket's handlers). */
interface ExportedHandler {
  readonly fn: FunctionNode;
  readonly at: TSESTree.Node;
  readonly framework?: string;
}

/**
 * Handlers a file-based router calls, `export async function GET(request) {}`, `export const POST =
 * async (req, res) => {}`, `exports.POST = POST` (compiled CommonJS), and exported functions shaped
 * like handlers, whatever their names: a controller module's `exports.signup = async (req, res) =>
 * {}` or `module.exports = { signup }` (routes registered in another file), a Next.js API route's
 * `export default function handler(req, res) {}`, a serverless function's `handler(event, context)`.
 */
function* iterateRouteModuleExports(sourceCode: Readonly<TSESLint.SourceCode>, filename: string | undefined): Generator<ExportedHandler> {
  // A `'use server'` module's exports are server actions (Next.js, React): each is called per request.
  const serverActions = hasDirective(sourceCode.ast, 'use server');
  // The exports SvelteKit calls per request by the file they are in: `load` and `actions` of a
  // `+page.server.js` or `+layout.server.js`, and the `handle` hook of `hooks.server.js`.
  const svelteExports = filename === undefined ? undefined : SVELTEKIT_SERVER_FILE.test(filename) ? SVELTEKIT_PAGE_EXPORTS : SVELTEKIT_HOOKS_FILE.test(filename) ? SVELTEKIT_HOOK_EXPORTS : undefined;
  /**
   * A route export's functions by its name; any other export's only when shaped like a handler (a
   * default export's also when shaped like a fetch handler); an exported class's handler-shaped methods.
   */
  function* exported(name: string | undefined, value: TSESTree.Node, at: TSESTree.Node, scope: Scope | undefined, isDefault = false): Generator<ExportedHandler> {
    // `export const actions = { default: async ({ request }) => … }`: each form action.
    if (name === 'actions' && svelteExports === SVELTEKIT_PAGE_EXPORTS) for (const fn of getObjectFunctions(value, scope)) yield { fn, at };
    const route = name !== undefined && (ROUTE_EXPORTS.has(name) || serverActions || svelteExports?.has(name) === true);
    for (const fn of resolveFunctions(value, scope)) {
      if (isRouteDataFunction(name, fn)) {
        yield { fn, at };
        continue;
      }
      if (route || looksLikeHandler(fn, true) || isInvocationHandler(name, fn) || (isDefault && looksLikeFetchHandler(fn, false))) yield { fn, at };
      else if (isSocketHandlerModule(fn)) yield { fn, at, framework: 'socket.io' };
      else if (isBotCommand(name, fn)) yield { fn, at, framework: 'discord.js' };
      else for (const middleware of getReturnedHandlers(fn)) yield { fn: middleware, at };
    }
    if (isDefault) for (const fn of getFetchMethods(value, scope)) yield { fn, at };
    for (const fn of getEventHandlerFunctions(value, scope)) yield { fn, at };
    // `module.exports = new AuthController()`: the instance's methods are the handlers.
    const made = unwrapExpression(value);
    const controller = getClass(made.type === 'NewExpression' ? made.callee : value, scope);
    if (controller) yield* classHandlers(controller, at);
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if (declaration?.type === 'ClassDeclaration') {
        yield* classHandlers(declaration, statement);
      } else if (declaration?.type === 'FunctionDeclaration' && declaration.id) {
        if (
          ROUTE_EXPORTS.has(declaration.id.name) ||
          serverActions ||
          svelteExports?.has(declaration.id.name) === true ||
          isRouteDataFunction(declaration.id.name, declaration) ||
          looksLikeHandler(declaration, true) ||
          isInvocationHandler(declaration.id.name, declaration)
        ) {
          yield { fn: declaration, at: statement };
        } else if (isBotCommand(declaration.id.name, declaration)) {
          yield { fn: declaration, at: statement, framework: 'discord.js' };
        } else {
          for (const middleware of getReturnedHandlers(declaration)) yield { fn: middleware, at: statement };
        }
      } else if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
          yield* exported(declarator.id.name, declarator.init, statement, sourceCode.getScope(declarator));
        }
      } else if (!declaration && !statement.source) {
        // `export { signup, sendOtp as otp }`: a controller module's export list.
        const scope = sourceCode.getScope(statement);
        for (const specifier of statement.specifiers) {
          if (specifier.local.type !== 'Identifier') continue;
          yield* exported(specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value, specifier.local, statement, scope);
        }
      }
      continue;
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      if (declaration.type === 'FunctionDeclaration') {
        if (looksLikeHandler(declaration, true) || looksLikeFetchHandler(declaration, false)) yield { fn: declaration, at: statement };
        else for (const middleware of getReturnedHandlers(declaration)) yield { fn: middleware, at: statement };
      } else if (declaration.type === 'ClassDeclaration') {
        yield* classHandlers(declaration, statement);
      } else if (declaration.type !== 'TSInterfaceDeclaration' && declaration.type !== 'TSDeclareFunction') {
        const scope = sourceCode.getScope(statement);
        yield* exported(undefined, declaration, statement, scope, true);
        for (const fn of getServiceActions(declaration, scope)) yield { fn, at: statement };
        // `export default { signup, verifyOtp }`: a controller module's handlers, as `module.exports = { … }`'s.
        const object = unwrapExpression(declaration);
        if (object.type === 'ObjectExpression') for (const property of object.properties) if (property.type === 'Property') yield* exported(getPropertyName(property), property.value, statement, scope);
      }
      continue;
    }
    // exports.POST = POST; module.exports.signup = async (req, res) => {}; module.exports = { signup };
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
    const { left, right } = statement.expression;
    if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier') continue;
    const scope = sourceCode.getScope(statement.expression);
    if (isModuleExports(left)) {
      const value = unwrapExpression(right);
      if (value.type !== 'ObjectExpression') {
        yield* exported(undefined, value, statement, scope);
        continue;
      }
      for (const property of value.properties) {
        if (property.type === 'Property') yield* exported(getPropertyName(property), property.value, statement, scope);
      }
      for (const fn of getServiceActions(value, scope)) yield { fn, at: statement };
      continue;
    }
    const target = left.object;
    if ((target.type === 'Identifier' && target.name === 'exports') || (target.type === 'MemberExpression' && isModuleExports(target))) {
      yield* exported(left.property.name, right, statement, scope);
    }
  }
}

/**
 * A Moleculer service's actions, `{ name: 'users', actions: { create(ctx) { … }, list: { handler(ctx) { … } } } }`:
 * each is called per request the broker routes to the service.
 */
function getServiceActions(node: TSESTree.Node, scope: Scope | undefined): FunctionNode[] {
  const schema = getObject(node, scope);
  if (!schema) return [];
  let named = false;
  let actions: TSESTree.ObjectExpression | undefined;
  for (const property of schema.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const key = getPropertyName(property);
    if (key === 'name') named = true;
    else if (key === 'actions') actions = getObject(property.value, scope);
  }
  if (!named || !actions) return [];
  // An action is a function, or options whose `handler` is one (`{ cache: true, handler(ctx) { … } }`).
  return actions.properties.flatMap((action) => {
    if (action.type !== 'Property') return [];
    const value = unwrapExpression(action.value);
    return value.type === 'ObjectExpression' ? getOptionHandlers(value, scope) : resolveFunctions(value, scope);
  });
}

/** SvelteKit's server modules of a page or layout, and its server hooks (any of .js, .ts, .mjs, …). */
const SVELTEKIT_SERVER_FILE = /[\\/]\+(?:page|layout)\.server\.[cm]?[jt]s$/;
const SVELTEKIT_HOOKS_FILE = /(?:^|[\\/])hooks\.server\.[cm]?[jt]s$/;
const SVELTEKIT_PAGE_EXPORTS: ReadonlySet<string> = new Set(['load']);
const SVELTEKIT_HOOK_EXPORTS: ReadonlySet<string> = new Set(['handle', 'handleFetch']);

/** Whether a module's directive prologue holds `directive` (`'use server'`). */
function hasDirective(program: TSESTree.Program, directive: string): boolean {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/**
 * A route module's server data functions (Remix, React Router): `export async function action({ request })`,
 * `export const loader = async ({ request, params }) => …`, called on the server for each request.
 */
function isRouteDataFunction(name: string | undefined, fn: FunctionNode): boolean {
  if (name !== 'action' && name !== 'loader') return false;
  const first = fn.params[0];
  return first?.type === 'ObjectPattern' && first.properties.some((property) => property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && ROUTE_DATA_ARGUMENTS.has(property.key.name));
}

const ROUTE_DATA_ARGUMENTS: ReadonlySet<string> = new Set(['request', 'params', 'context']);

/** The class a value is: written in place, or a class declaration or `const` class a name is bound to once. */
function getClass(node: TSESTree.Node, scope: Scope | undefined): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  const target = unwrapExpression(node);
  if (target.type === 'ClassExpression' || target.type === 'ClassDeclaration') return target;
  if (target.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, target);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'ClassName' && def.node.type === 'ClassDeclaration') return def.node;
  const init = getConstInitializer(target, scope);
  const value = init ? unwrapExpression(init) : undefined;
  return value?.type === 'ClassExpression' ? value : undefined;
}

/**
 * An exported controller class's methods shaped like handlers, static or not: `static login(req,
 * res)`, `async create(req: Request, res: Response)`, registered as routes in another file.
 */
function* classHandlers(controller: TSESTree.ClassDeclaration | TSESTree.ClassExpression, at: TSESTree.Node): Generator<{ fn: FunctionNode; at: TSESTree.Node }> {
  for (const member of controller.body.body) {
    if (member.type === 'MethodDefinition' && member.kind === 'method' && member.value.type === 'FunctionExpression' && looksLikeHandler(member.value, true)) yield { fn: member.value, at };
    else if (member.type === 'PropertyDefinition' && member.value && isFunctionNode(member.value) && looksLikeHandler(member.value, true)) yield { fn: member.value, at };
  }
}

/** The root types of a GraphQL resolver map, whose fields' functions run per request. */
const RESOLVER_ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Resolver functions of the GraphQL resolver maps a file declares at its top level: `const resolvers
 * = { Query: { … }, Mutation: { addToCart: (_, args, ctx) => … } }`, also exported, or inline in
 * the options of a top-level call (`new ApolloServer({ typeDefs, resolvers: { Mutation } })`,
 * `createSchema({ resolvers })`), and express-graphql's `rootValue` object. Only files that say
 * `Mutation` or `rootValue` are looked at.
 */
function* iterateResolvers(sourceCode: Readonly<TSESLint.SourceCode>): Generator<{ fn: FunctionNode; at: TSESTree.Node }> {
  if (!mentions(sourceCode, 'Mutation') && !mentions(sourceCode, 'rootValue')) return;
  const roots: TSESTree.Node[] = [];
  for (const statement of sourceCode.ast.body) {
    const inner = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!inner) continue;
    if (inner.type === 'VariableDeclaration') {
      for (const declarator of inner.declarations) if (declarator.init) roots.push(declarator.init);
    } else if (inner.type === 'ExpressionStatement') {
      roots.push(inner.expression.type === 'AssignmentExpression' ? inner.expression.right : inner.expression);
    } else if (inner.type === 'ObjectExpression' || inner.type === 'CallExpression' || inner.type === 'NewExpression' || inner.type === 'AwaitExpression') {
      roots.push(inner);
    }
  }
  for (const root of roots) yield* resolverMapFunctions(root, sourceCode, 0);
}

function* resolverMapFunctions(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): Generator<{ fn: FunctionNode; at: TSESTree.Node }> {
  if (depth > 6) return;
  const target = unwrapExpression(node);
  if (target.type === 'CallExpression' || target.type === 'NewExpression') {
    for (const argument of target.arguments) {
      if (argument.type === 'ObjectExpression' || argument.type === 'CallExpression' || argument.type === 'NewExpression') yield* resolverMapFunctions(argument, sourceCode, depth + 1);
    }
    return;
  }
  if (target.type !== 'ObjectExpression') return;
  for (const property of target.properties) {
    if (property.type !== 'Property') continue;
    const name = getPropertyName(property);
    if (name === undefined) continue;
    if (name === 'resolvers') {
      yield* resolverMapFunctions(resolveExpression(property.value, sourceCode.getScope(property)), sourceCode, depth + 1);
      continue;
    }
    if (name === 'rootValue') {
      // express-graphql's and graphql()'s root object: each of its functions resolves a root field.
      const root = getObject(property.value, sourceCode.getScope(property));
      if (!root) continue;
      const scope = sourceCode.getScope(root);
      for (const field of root.properties) if (field.type === 'Property') for (const fn of resolveFunctions(field.value, scope)) yield { fn, at: field };
      continue;
    }
    if (!RESOLVER_ROOTS.has(name)) {
      // `createYoga({ schema: createSchema({ typeDefs, resolvers }) })`
      const value = unwrapExpression(property.value);
      if (value.type === 'CallExpression' || value.type === 'NewExpression') yield* resolverMapFunctions(value, sourceCode, depth + 1);
      continue;
    }
    const fields = unwrapExpression(property.value);
    if (fields.type !== 'ObjectExpression') continue;
    const scope = sourceCode.getScope(fields);
    for (const field of fields.properties) {
      if (field.type !== 'Property') continue;
      // `Subscription: { onMessage: { subscribe: (…) => … } }`
      const value = unwrapExpression(field.value);
      const candidates = value.type === 'ObjectExpression' ? value.properties.flatMap((inner) => (inner.type === 'Property' ? [inner.value] : [])) : [value];
      for (const candidate of candidates) for (const fn of resolveFunctions(candidate, scope)) yield { fn, at: field };
    }
  }
}

/**
 * Bun's and Deno's own servers: `Bun.serve({ fetch, websocket: { open, message } })` (or `serve`
 * imported from `bun`), `Deno.serve(handler)`, `Deno.serve({ port }, handler)`, `Deno.serve({ handler })`.
 * Gives the runtime, or `undefined` for any other call.
 */
function getRuntimeServer(call: TSESTree.CallExpression, scope: Scope | undefined): 'bun' | 'deno' | undefined {
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && getPropertyName(callee) === 'serve') {
    const runtime = callee.object.name === 'Bun' ? 'bun' : callee.object.name === 'Deno' ? 'deno' : undefined;
    // A global, not a binding of the file's own.
    return runtime !== undefined && !findVariable(scope, callee.object)?.defs.length ? runtime : undefined;
  }
  if (callee.type !== 'Identifier' || callee.name !== 'serve') return undefined;
  const def = findVariable(scope, callee)?.defs[0];
  return def?.type === 'ImportBinding' && def.parent.type === 'ImportDeclaration' && def.parent.source.value === 'bun' ? 'bun' : undefined;
}

/**
 * The functions a runtime's server calls per request or connection (see `getRuntimeServer`): Bun's
 * `fetch`, its `routes` and its `websocket` handlers (WebSocket connection handlers), Deno's handler.
 */
function getRuntimeServerHandlers(call: TSESTree.CallExpression, runtime: 'bun' | 'deno', scope: Scope | undefined): { fn: FunctionNode; framework: string }[] {
  const found: { fn: FunctionNode; framework: string }[] = [];
  for (const arg of call.arguments) {
    if (arg.type === 'SpreadElement') continue;
    if (runtime === 'deno') for (const fn of resolveFunctions(arg, scope)) found.push({ fn, framework: 'deno' });
    const options = getObject(arg, scope);
    if (!options) continue;
    for (const property of options.properties) {
      if (property.type !== 'Property') continue;
      const key = getPropertyName(property, scope);
      if (key === (runtime === 'bun' ? 'fetch' : 'handler')) for (const fn of resolveFunctions(property.value, scope)) found.push({ fn, framework: runtime });
      else if (runtime === 'bun' && key === 'websocket') for (const fn of getObjectFunctions(property.value, scope)) found.push({ fn, framework: 'ws' });
      else if (runtime === 'bun' && key === 'routes') {
        // `routes: { '/api/users': (req) => …, '/api/posts': { GET: list, POST: create } }`
        const routes = getObject(property.value, scope);
        for (const route of routes?.properties ?? []) {
          if (route.type !== 'Property') continue;
          const methods = getObject(route.value, scope);
          for (const fn of methods ? getObjectFunctions(methods, scope) : resolveFunctions(route.value, scope)) found.push({ fn, framework: 'bun' });
        }
      }
    }
  }
  return found;
}

/** `module.exports` itself. */
function isModuleExports(node: TSESTree.MemberExpression): boolean {
  return node.object.type === 'Identifier' && node.object.name === 'module' && getMethodName(node) === 'exports';
}

/**
 * Finds the functions of a file that run per request: functions passed to route and middleware
 * registrations of express/connect/restify apps and routers, Koa apps and routers, Fastify
 * instances (shorthand routes, `route({ handler })`, hooks, and routes inside `register`ed
 * plugins), hapi `server.route({ handler })` / `ext`, `http.createServer(listener)`, methods
 * decorated with NestJS / routing-controllers route decorators, and route-shaped calls on
 * receivers that cannot be resolved (`router.post('/x', (req, res) => ...)` in a routes module).
 */
export function indexHandlers(sourceCode: Readonly<TSESLint.SourceCode>, filename?: string, apps: AppIndex = indexApps(sourceCode)): HandlerIndex {
  const handlers: RequestHandler[] = [];
  const byFunction = new Map<TSESTree.Node, RequestHandler>();
  const add = (node: FunctionNode, framework: string, registration: TSESTree.Node): void => {
    if (byFunction.has(node)) return;
    const handler = { node, framework, registration };
    byFunction.set(node, handler);
    handlers.push(handler);
  };

  // Decorated controller methods: `@Get(':id') find() {}`.
  for (const ref of findHandlerDecorators(sourceCode)) {
    const decorator = ref.node.parent;
    const method = decorator?.type === 'Decorator' ? decorator.parent : undefined;
    if (method?.type === 'MethodDefinition' && method.value.type === 'FunctionExpression') add(method.value, ref.info.framework, decorator as TSESTree.Node);
  }
  // A gateway class's connection hooks: `@WebSocketGateway() class ChatGateway { handleConnection(client) {} }`.
  for (const ref of findGatewayDecorators(sourceCode)) {
    const decorator = ref.node.parent;
    const gateway = decorator?.type === 'Decorator' ? decorator.parent : undefined;
    if (gateway?.type !== 'ClassDeclaration' && gateway?.type !== 'ClassExpression') continue;
    for (const element of gateway.body.body) {
      const name = element.type === 'MethodDefinition' && !element.static ? getPropertyName(element) : undefined;
      if (name !== undefined && ref.info.methods.includes(name) && element.type === 'MethodDefinition' && element.value.type === 'FunctionExpression') add(element.value, 'ws', decorator as TSESTree.Node);
    }
  }

  for (const { fn, at, framework } of iterateRouteModuleExports(sourceCode, filename)) add(fn, framework ?? 'route-module', at);
  for (const { fn, at } of iterateResolvers(sourceCode)) add(fn, 'graphql', at);

  const getEnclosingHandler = (node: TSESTree.Node): RequestHandler | undefined => {
    if (handlers.length === 0) return undefined;
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      if (isFunctionNode(current)) {
        const handler = byFunction.get(current);
        if (handler) return handler;
      }
    }
    return undefined;
  };
  const calls = getFileCalls(sourceCode);
  // A file without calls registers nothing, but its exported route handlers and server actions are handlers still.
  if (calls.length === 0) return { handlers, getEnclosingHandler };

  // First parameters of registered plugins are instances too: `fastify.register(async (f) => { f.get(...) })`.
  const pluginInstances = new Map<TSESLint.Scope.Variable, Receiver>();
  const resolveReceiver = (node: TSESTree.Node, scope: Scope | undefined, depth = 0): Receiver | undefined => {
    const target = unwrapExpression(node);
    const app = apps.resolve(target, scope);
    if (app) return app.factory;
    if (target.type === 'Identifier') {
      const variable = findVariable(scope, target);
      const plugin = variable ? pluginInstances.get(variable) : undefined;
      if (plugin || depth >= 8) return plugin;
      // A namespace or route held in a const (`const chat = io.of('/chat'); chat.on(…)`), or another name for one.
      const init = getConstInitializer(target, scope);
      return init && (init.type === 'CallExpression' || init.type === 'MemberExpression' || init.type === 'Identifier') ? resolveReceiver(init, scope, depth + 1) : undefined;
    }
    if (target.type === 'CallExpression' && depth < 8) {
      // Chains: `app.route('/x').get(a).post(b)`, `router.get(...).post(...)`.
      const method = getMethodName(target.callee);
      if (method === undefined || target.callee.type !== 'MemberExpression') return undefined;
      const inner = resolveReceiver(target.callee.object, scope, depth + 1);
      if (!inner) return undefined;
      if (ROUTE_CHAINS.has(method) && inner.framework === 'express') return { framework: 'express', creates: 'route' };
      return findRegistration(method, inner) || SAME_KIND_ACCESSORS[inner.framework]?.includes(method) ? inner : undefined;
    }
    if (target.type === 'MemberExpression' && depth < 8) {
      const property = getPropertyName(target);
      if (property === undefined) return undefined;
      const inner = resolveReceiver(target.object, scope, depth + 1);
      return inner && SAME_KIND_ACCESSORS[inner.framework]?.includes(property) ? inner : undefined;
    }
    return undefined;
  };

  // Plugins may nest; a few rounds reach every level a file realistically has.
  for (let round = 0; round < 4; round++) {
    let added = false;
    for (const call of calls) {
      const method = getMethodName(call.callee);
      if (method === undefined || call.callee.type !== 'MemberExpression') continue;
      const plugin = PLUGIN_REGISTRATIONS.find((row) => row.method === method);
      const argument = plugin && (plugin.argument === 'first' ? call.arguments[0] : call.arguments.at(-1));
      if (!plugin || !argument) continue;
      const scope = sourceCode.getScope(call);
      const receiver = resolveReceiver(call.callee.object, scope);
      if (receiver?.framework !== plugin.framework) continue;
      for (const fn of resolveFunctions(argument, scope)) {
        const param = fn.params[0];
        if (param?.type !== 'Identifier') continue;
        const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === param.name);
        if (variable && !pluginInstances.has(variable)) {
          pluginInstances.set(variable, { framework: plugin.framework, creates: 'app' });
          added = true;
        }
      }
    }
    if (!added) break;
  }

  // `http.createServer((req, res) => ...)`: the creation call takes the request listener.
  for (const instance of apps.instances) {
    if (!LISTENER_FRAMEWORKS.has(instance.factory.framework) || instance.creation.type !== 'CallExpression') continue;
    const scope = sourceCode.getScope(instance.creation);
    for (const arg of instance.creation.arguments) {
      if (arg.type === 'SpreadElement') continue;
      for (const fn of resolveFunctions(arg, scope)) add(fn, instance.factory.framework, instance.creation);
    }
  }

  for (const call of calls) {
    // Most calls are not named `serve`: only those are worth a scope.
    const callee = call.callee;
    const serve = callee.type === 'Identifier' ? callee.name === 'serve' : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === 'serve';
    if (serve) {
      const scope = sourceCode.getScope(call);
      const runtime = getRuntimeServer(call, scope);
      if (runtime) {
        for (const { fn, framework } of getRuntimeServerHandlers(call, runtime, scope)) add(fn, framework, call);
        continue;
      }
    }
    const method = getMethodName(call.callee);
    if (method !== undefined && PROCEDURE_METHODS.has(method)) {
      for (const fn of getProcedureResolvers(call, method, () => sourceCode.getScope(call))) add(fn, 'trpc', call);
      continue;
    }
    // `broker.createService({ name, actions })`: a Moleculer service made in place.
    if (method === 'createService' && call.arguments[0] && call.arguments[0].type !== 'SpreadElement') {
      for (const fn of getServiceActions(call.arguments[0], sourceCode.getScope(call))) add(fn, 'moleculer', call);
      continue;
    }
    if (method === undefined || call.callee.type !== 'MemberExpression' || !REGISTRATION_METHODS.has(method)) continue;
    const scope = sourceCode.getScope(call);
    const receiver = resolveReceiver(call.callee.object, scope);
    if (!receiver) {
      for (const fn of getInferredHandlers(call, method, scope)) add(fn, 'inferred', call);
      for (const { fn, framework } of getInferredConnectionHandlers(call, method, scope)) add(fn, framework, call);
      continue;
    }
    const row = findRegistration(method, receiver);
    if (!row) continue;
    let args = call.arguments;
    if (row.events !== undefined) {
      const event = args[0];
      if (!event || event.type === 'SpreadElement' || !row.events.includes(getStaticString(event, scope) ?? '')) continue;
      args = args.slice(1);
    }
    if (row.excludedEvents?.includes(getEventName(args[0], scope) ?? '')) continue;
    for (const arg of args) {
      if (arg.type === 'SpreadElement') continue;
      if (row.functionArguments) for (const fn of resolveFunctions(arg, scope)) add(fn, receiver.framework, call);
      if (row.optionObjects) for (const fn of getOptionHandlers(arg, scope)) add(fn, receiver.framework, call);
      if (row.objectMethods) for (const fn of getObjectFunctions(arg, scope)) add(fn, receiver.framework, call);
    }
  }

  return { handlers, getEnclosingHandler };
}
