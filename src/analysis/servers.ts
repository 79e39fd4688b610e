import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { SERVER_LIFECYCLES, type ServerLifecycle, type WorkerStarter } from '../knowledge/shutdown';
import { getValueParent, indexApps, type AppIndex } from './apps';
import { APP_FACTORIES } from '../knowledge/frameworks';
import { createGlobalFinder, createModuleFinder, importsAnyModule, toModuleSet, type ModuleFinder } from './modules';
import { mentionsName } from './text';
import { isFunctionNode, type FunctionNode } from './returns';
import { perFile } from './per-file';
import { findVariable, getCallsOnResult, getConstInitializer, getMethodCalls, getPropertyName, getPropertyValue, getStaticNumber, getStaticString, isNothing, unwrapCallee, unwrapExpression } from './values';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type StartNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** Why a call was taken as starting a server. */
export type StartReason =
  /** `listen`/`start` on an app or server created from a known framework in this file. */
  | 'framework'
  /** Creating the server already listens: Socket.IO `new Server(3000)`, ws `new WebSocketServer({ port })`. */
  | 'creation'
  /** Any `.listen(port…)` whose first argument looks like a port. */
  | 'port'
  /** `.listen(...)` on an `app`/`server` imported from a module of the project. */
  | 'imported-app'
  /** A starter the user configured (`serverStarters`). */
  | 'custom'
  /** A job-queue worker or a scheduler that starts its work as it is made (`new Worker(…)` of BullMQ, `cron.schedule(…)`). */
  | 'worker';

/** How the thing that was started can be closed, for a suggested SIGTERM handler. */
export interface ServerHandle {
  /** The name it is bound to, visible where the start call is. */
  readonly name: string;
  readonly variable: Variable;
  /** `callback`: `name.close(() => …)`; `promise`: `name.close().then(() => …)`; `sync`: `name.stop()`. */
  readonly close: 'callback' | 'promise' | 'sync';
  readonly closeMethod: string;
}

export interface ServerStart {
  /** The call or `new` expression that starts listening. */
  readonly node: StartNode;
  readonly reason: StartReason;
  /** The framework of the app or server, when known (`express`, `http`, `socket.io`, ...). */
  readonly framework?: string;
  /** Whether the start runs when the module is loaded (see `createLoadTimeReachability`). */
  readonly atLoadTime: boolean;
  /** What to close in a SIGTERM handler, when it is bound to a name. */
  readonly handle?: ServerHandle;
  /** The worker it starts, for a `worker` start. */
  readonly worker?: WorkerStarter;
}

export interface ServerStartOptions {
  /** Extra method names that start servers (`serverStarters: ['start']`). */
  readonly methods?: ReadonlySet<string>;
  /** Extra module members that start servers (`{ module: 'bullmq', member: 'Worker' }`). */
  readonly modules?: ModuleFinder<unknown>;
  /** Job-queue workers to count as starts (`WORKER_STARTERS`). */
  readonly workers?: ModuleFinder<WorkerStarter>;
}

/** Method names that start a server on a framework app or a Node server (gRPC's `bindAsync` too). */
const BUILTIN_START_METHODS: ReadonlySet<string> = new Set(['listen', 'start', 'attach', ...Object.values(SERVER_LIFECYCLES).flatMap((lifecycle) => lifecycle.startMethods)]);

/**
 * A port by name: `port`, `PORT`, `httpPort`, `HTTP_PORT`, `getPort`, `portNumber`. Case matters:
 * `support`, `transport` and `report` are not ports.
 */
const PORT_NAME = /^(?:port|Port|PORT)(?:Number|Num|_NUMBER)?$|[\da-z]Port$|_(?:port|PORT)$/;
const DIGITS = /^\d+$/;
/** `server.port`, `http:port`, `PORT`: the last segment of a config key (a string scan, not a regex: linear). */
function getConfigKeySegment(key: string): string | undefined {
  const start = Math.max(key.lastIndexOf('.'), key.lastIndexOf(':'), key.lastIndexOf('/')) + 1;
  return start < key.length ? key.slice(start) : undefined;
}
/** `./app`, `../server/index.js`, `@/app` (path aliases) — modules of the project itself. */
const LOCAL_MODULE = /^(?:\.{1,2}\/|[@~#]\/)/;
const APP_LIKE_NAME = /app|server/i;
/** A chat bot's binding: `bot`, `telegramBot`, `BOT`. */
const BOT_LIKE_NAME = /bot$/i;
/** Calls that keep a port a port: `Number(process.env.PORT)`, `parseInt(port, 10)`. */
const CONVERSIONS: ReadonlySet<string> = new Set(['Number', 'parseInt', 'parseFloat', 'String']);

function isPortName(name: string): boolean {
  return PORT_NAME.test(name);
}

/**
 * Whether an expression looks like a port: a number (`3000`, `'3000'`, a const bound to one), a
 * name or property named like one (`port`, `PORT`, `config.port`, `process.env.PORT`), a
 * `config.get('server.port')`, a conversion or fallback of one (`Number(process.env.PORT) || 3000`),
 * or an options object with `port` (`{ port, host }`).
 */
export function isPortLike(node: TSESTree.Node | undefined, scope: Scope | undefined, depth = 0): boolean {
  if (!node || depth > 4) return false;
  const n = unwrapExpression(node);
  switch (n.type) {
    case 'Literal':
      return typeof n.value === 'number' || (typeof n.value === 'string' && DIGITS.test(n.value));
    case 'Identifier': {
      if (isPortName(n.name)) return true;
      if (getStaticNumber(n, scope) !== undefined) return true;
      const init = getConstInitializer(n, scope);
      return init ? isPortLike(init, scope, depth + 1) : false;
    }
    case 'MemberExpression': {
      const name = getPropertyName(n, scope);
      return name !== undefined && isPortName(name);
    }
    case 'LogicalExpression':
      return isPortLike(n.left, scope, depth + 1) || isPortLike(n.right, scope, depth + 1);
    case 'ConditionalExpression':
      return isPortLike(n.consequent, scope, depth + 1) || isPortLike(n.alternate, scope, depth + 1);
    case 'UnaryExpression':
      return n.operator === '+' && isPortLike(n.argument, scope, depth + 1);
    case 'AwaitExpression':
      return isPortLike(n.argument, scope, depth + 1);
    case 'CallExpression':
      return isPortLikeCall(n, scope, depth);
    case 'ObjectExpression':
      return getPropertyValue(n, 'port', scope) !== undefined;
    default:
      return false;
  }
}

/**
 * `listen(0)`, `listen({ port: 0, host: 'localhost' })`: the system picks a free port, which only
 * the process knows (and whoever it tells). No platform routes its traffic there: such a server
 * serves its own process or a parent that reads the port (a test, a proxy for one streamed
 * response, an OAuth redirect), not a deployed service.
 */
function isEphemeralPort(node: TSESTree.Node | undefined, scope: Scope | undefined): boolean {
  if (!node || node.type === 'SpreadElement') return false;
  const target = unwrapExpression(node);
  const port = target.type === 'ObjectExpression' ? getPropertyValue(target, 'port', scope) : target;
  return port !== undefined && getStaticNumber(port, scope) === 0;
}

// Number(port), parseInt(process.env.PORT, 10), normalizePort(...), getPort(), config.get('port')
function isPortLikeCall(call: TSESTree.CallExpression, scope: Scope | undefined, depth: number): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier' && isPortName(callee.name)) return true;
  if (callee.type === 'MemberExpression') {
    const method = getPropertyName(callee, scope);
    if (method !== undefined && isPortName(method)) return true;
    if ((method === 'get' || method === 'getOrThrow') && call.arguments[0]) {
      const key = getStaticString(call.arguments[0], scope);
      const segment = key === undefined ? undefined : getConfigKeySegment(key);
      if (segment !== undefined && isPortName(segment)) return true;
    }
  }
  const first = call.arguments[0];
  return (
    callee.type === 'Identifier' &&
    CONVERSIONS.has(callee.name) &&
    first !== undefined &&
    first.type !== 'SpreadElement' &&
    isPortLike(first, scope, depth + 1)
  );
}

/** Whether a call could start a server by its method name (a cheap filter for rule visitors). */
export function isStartCandidate(node: TSESTree.CallExpression, extraMethods?: ReadonlySet<string>): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const name = callee.computed ? (callee.property.type === 'Literal' ? String(callee.property.value) : undefined) : callee.property.type === 'Identifier' ? callee.property.name : undefined;
  return name !== undefined && (BUILTIN_START_METHODS.has(name) || (extraMethods?.has(name) ?? false));
}

/** Every candidate start call of a file, for callers that do not collect them in a visitor. */
export function collectStartCandidates(sourceCode: Readonly<TSESLint.SourceCode>, extraMethods?: ReadonlySet<string>): TSESTree.CallExpression[] {
  return getFileCalls(sourceCode).filter((node) => isStartCandidate(node, extraMethods));
}

/** A step of the traversal ESLint 9 and later keep for a file: `kind` 1 and `phase` 1 enter a node. */
interface TraversalStep {
  readonly kind?: number;
  readonly phase?: number;
  readonly target?: unknown;
}

/**
 * Every call of the file, in source order, shared by the rules that look for calls outside a
 * visitor. ESLint 9 and later keep the traversal they run the rules on as a flat list of steps
 * (`SourceCode#traverse`), which is cheaper to scan than the tree is to walk; ESLint 8 has none,
 * and there the tree is walked.
 */
const fileCalls = perFile((sourceCode): readonly TSESTree.CallExpression[] => {
  const calls: TSESTree.CallExpression[] = [];
  const traverse = (sourceCode as { traverse?: () => Iterable<TraversalStep> }).traverse;
  if (typeof traverse === 'function') {
    for (const step of traverse.call(sourceCode)) {
      if (step.kind !== 1 || step.phase !== 1) continue;
      const target = step.target as TSESTree.Node;
      if (target.type === 'CallExpression') calls.push(target);
    }
  } else {
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type === 'CallExpression') calls.push(node);
    });
  }
  return calls;
});

/** Every call of the file, in source order (see `fileCalls`). */
export function getFileCalls(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESTree.CallExpression[] {
  return fileCalls.get(sourceCode);
}

/** A plain depth-first walk over an AST subtree. */
export function walk(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: TSESTree.Node) => boolean | void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (visit(node) === false) continue;
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k] as string];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

function getMethodName(call: TSESTree.CallExpression, scope: Scope | undefined): { name: string; receiver: TSESTree.Expression } | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const name = getPropertyName(callee, scope);
  return name === undefined ? undefined : { name, receiver: callee.object };
}


/** The variable a value is stored in: `const server = <value>` or `server = <value>`. */
export function getBindingOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): Variable | undefined {
  const { parent, child } = getValueParent(node);
  if (parent?.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') {
    const name = parent.id.name;
    return sourceCode.getDeclaredVariables(parent).find((v) => v.name === name);
  }
  if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === child && parent.left.type === 'Identifier') {
    return findVariable(sourceCode.getScope(parent), parent.left);
  }
  return undefined;
}

/**
 * The variable a call's result is bound to (see `getBindingOf`) or, for a Node-style callback API,
 * the callback's second parameter (`amqp.connect(url, (err, conn) => …)`), its last argument.
 */
function getResultBinding(sourceCode: Readonly<TSESLint.SourceCode>, call: StartNode, callbackApi: boolean): Variable | undefined {
  const bound = getBindingOf(sourceCode, call);
  if (bound || !callbackApi) return bound;
  const callback = call.arguments.at(-1);
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return undefined;
  const result = callback.params[1];
  return result?.type === 'Identifier' ? sourceCode.getDeclaredVariables(callback).find((variable) => variable.name === result.name) : undefined;
}

/** `import app from './app'` or `const server = require('../server')`, named like an app or server. */
function isImportedAppBinding(node: TSESTree.Node, scope: Scope | undefined, name: RegExp = APP_LIKE_NAME): boolean {
  const target = unwrapExpression(node);
  if (target.type !== 'Identifier' || !name.test(target.name)) return false;
  const variable = findVariable(scope, target);
  const def = variable?.defs[0];
  if (!def || variable.defs.length !== 1) return false;
  if (def.type === 'ImportBinding') {
    const declaration = def.parent;
    return declaration?.type === 'ImportDeclaration' && LOCAL_MODULE.test(String(declaration.source.value));
  }
  if (def.type === 'Variable' && def.node.init) {
    let init: TSESTree.Node = unwrapExpression(def.node.init);
    if (init.type === 'AwaitExpression') init = unwrapExpression(init.argument);
    if (init.type === 'MemberExpression') init = unwrapExpression(init.object); // require('./app').default
    if (init.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require') {
      const arg = init.arguments[0];
      return arg?.type === 'Literal' && typeof arg.value === 'string' && LOCAL_MODULE.test(arg.value);
    }
  }
  return false;
}

function handleFor(variable: Variable | undefined, close: ServerHandle['close'], closeMethod = 'close'): ServerHandle | undefined {
  return variable ? { name: variable.name, variable, close, closeMethod } : undefined;
}

/** What a SIGTERM handler should close for a start call of a method on `receiver`. */
function getMethodStartHandle(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: StartNode,
  lifecycle: ServerLifecycle | undefined,
  receiverVariable: Variable | undefined,
  reason: StartReason,
): ServerHandle | undefined {
  if (lifecycle?.close && receiverVariable) {
    const callee = unwrapExpression(call.callee);
    const method = callee.type === 'MemberExpression' ? getPropertyName(callee) : undefined;
    return handleFor(receiverVariable, lifecycle.close, (method === undefined ? undefined : lifecycle.closeMethods?.[method]) ?? lifecycle.closeMethod);
  }
  if (reason === 'custom') return undefined;
  if (lifecycle && !lifecycle.startReturnsServer) return undefined;
  return handleFor(getBindingOf(sourceCode, call), 'callback');
}

/**
 * Finds where a file starts listening: `listen` (or hapi's `start`) on apps and servers of known
 * frameworks, servers that listen as they are created, port-like `.listen(port…)` calls on
 * anything, `listen` on an `app`/`server` imported from the project, and configured starters.
 * `candidates` are the method calls to consider (from `isStartCandidate` in a rule visitor, or
 * `collectStartCandidates`). Sorted by position; each start says whether it runs at load time.
 */
export function findServerStarts(
  sourceCode: Readonly<TSESLint.SourceCode>,
  candidates: readonly TSESTree.CallExpression[],
  options: ServerStartOptions = {},
): ServerStart[] {
  const starts: Omit<ServerStart, 'atLoadTime'>[] = [];
  const seen = new Set<TSESTree.Node>();
  const add = (start: Omit<ServerStart, 'atLoadTime'>): void => {
    if (seen.has(start.node)) return;
    seen.add(start.node);
    starts.push(start);
  };
  let apps: AppIndex | undefined;
  const getApps = (): AppIndex => (apps ??= indexApps(sourceCode));

  for (const call of candidates) {
    const scope = sourceCode.getScope(call);
    const method = getMethodName(call, scope);
    if (!method) continue;
    const { name, receiver } = method;
    if (name === 'listen' && isEphemeralPort(call.arguments[0], scope)) continue;
    const app = getApps().resolve(receiver, scope);
    const receiverVariable = app?.variable && unwrapExpression(receiver).type === 'Identifier' ? app.variable : undefined;
    if (app && app.factory.creates !== 'router') {
      const lifecycle = SERVER_LIFECYCLES[app.factory.framework];
      if (lifecycle?.startMethods.includes(name) && (!lifecycle.startNeedsPort || isPortLike(call.arguments[0], scope))) {
        add({ node: call, reason: 'framework', framework: app.factory.framework, handle: getMethodStartHandle(sourceCode, call, lifecycle, receiverVariable, 'framework') });
        continue;
      }
    }
    if (name === 'listen' && isPortLike(call.arguments[0], scope)) {
      add({ node: call, reason: 'port', handle: getMethodStartHandle(sourceCode, call, undefined, undefined, 'port') });
    } else if (name === 'listen' && isImportedAppBinding(receiver, scope)) {
      add({ node: call, reason: 'imported-app', handle: getMethodStartHandle(sourceCode, call, undefined, undefined, 'imported-app') });
    } else if (name === 'launch' && call.arguments.length <= 1 && isImportedAppBinding(receiver, scope, BOT_LIKE_NAME)) {
      // `const bot = require('./bot'); bot.launch()`: a Telegraf bot made in the project's own module.
      const lifecycle = SERVER_LIFECYCLES.telegraf;
      const target = unwrapExpression(receiver);
      const variable = target.type === 'Identifier' ? findVariable(scope, target) : undefined;
      add({ node: call, reason: 'framework', framework: 'telegraf', handle: lifecycle?.close && variable ? handleFor(variable, lifecycle.close, lifecycle.closeMethod) : undefined });
    } else if (options.methods?.has(name)) {
      add({ node: call, reason: 'custom' });
    }
  }

  // Servers that listen as they are created. Only files that create one pay for indexing.
  if (apps ?? hasCreationHint(sourceCode)) {
    for (const instance of getApps().instances) {
      const lifecycle = SERVER_LIFECYCLES[instance.factory.framework];
      const creation = unwrapExpression(instance.creation);
      if (!lifecycle?.startsOnCreation || (creation.type !== 'NewExpression' && creation.type !== 'CallExpression')) continue;
      const scope = sourceCode.getScope(creation);
      const first = creation.arguments[0];
      // The option that starts it (`polling`, `webHook`), for `option` starts.
      const enabled = lifecycle.startsOnCreation === 'option' ? getEnabledOption(creation.arguments[lifecycle.creationOption?.argument ?? 0], lifecycle.creationOption?.keys ?? [], scope) : undefined;
      const listens =
        lifecycle.startsOnCreation === 'always' ||
        (lifecycle.startsOnCreation === 'port-argument'
          ? isPortLike(first, scope) && first?.type !== 'ObjectExpression'
          : lifecycle.startsOnCreation === 'option'
            ? enabled !== undefined
            : first !== undefined && getPropertyValue(first, 'port', scope) !== undefined);
      if (listens && !isEphemeralPort(first, scope)) {
        // `new TelegramBot(token, { webHook: { port } })` is closed by `closeWebHook()`; one that also polls, by `stopPolling()`.
        const closeMethod = (enabled === undefined ? undefined : lifecycle.closeMethods?.[enabled]) ?? lifecycle.closeMethod;
        add({ node: creation, reason: 'creation', framework: instance.factory.framework, handle: lifecycle.close ? handleFor(instance.variable, lifecycle.close, closeMethod) : undefined });
      }
    }
  }

  // The runtimes' own servers: `Bun.serve({ fetch })`, `serve({ fetch })` of the `bun` module, `Deno.serve(handler)`.
  const runtimeStarts = [
    ...findRuntimeServes(sourceCode).map((ref) => ({ node: ref.node, framework: ref.member.info })),
    ...findBunModuleServes(sourceCode).map((ref) => ({ node: ref.node, framework: ref.info })),
  ];
  for (const { node, framework } of runtimeStarts) {
    const lifecycle = SERVER_LIFECYCLES[framework];
    if (node.type === 'CallExpression' && lifecycle?.close && !isEphemeralPort(node.arguments[0], sourceCode.getScope(node))) {
      add({ node, reason: 'creation', framework, handle: handleFor(getBoundVariable(sourceCode, node), lifecycle.close, lifecycle.closeMethod) });
    }
  }

  // Known workers before configured starters: a worker listed in both gets its own message.
  if (options.workers) {
    for (const ref of options.workers(sourceCode)) {
      const made = ref.node;
      if (made.type !== 'CallExpression' && made.type !== 'NewExpression') continue;
      const worker = ref.info;
      if (worker.madeBy === undefined) {
        if (startsTakingJobs(made, worker, sourceCode)) add({ node: made, reason: 'worker', worker, handle: handleFor(getBindingOf(sourceCode, made), worker.close, worker.closeMethod) });
        continue;
      }
      // `const consumer = kafka.consumer({ groupId })` on `const kafka = new Kafka(…)`: the worker is
      // what the method makes, and it starts where it is told to (`consumer.run(…)`), which may be
      // in a function that only another module calls.
      const callbackApi = worker.callbackApi === true;
      const startMethod = worker.startMethod;
      if (startMethod === undefined) continue;
      const maker = getResultBinding(sourceCode, made, callbackApi);
      for (const call of getCallsOnResult(made, maker, worker.madeBy)) {
        const binding = getResultBinding(sourceCode, call, callbackApi);
        const handle = handleFor(worker.closeMade ? maker : binding, worker.close, worker.closeMethod);
        for (const node of binding ? getMethodCalls(binding, startMethod) : []) {
          add({ node, reason: 'worker', worker, handle });
        }
      }
    }
  }

  if (options.modules) {
    for (const ref of options.modules(sourceCode)) {
      if (ref.node.type === 'CallExpression' || ref.node.type === 'NewExpression') add({ node: ref.node, reason: 'custom' });
    }
  }

  if (starts.length === 0) return [];
  const isReached = createLoadTimeReachability(sourceCode);
  return starts
    .map((start) => ({ ...start, atLoadTime: isReached(start.node) }))
    .sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/**
 * A worker made with a processor and not told to wait (`autorun: false`): one made without a
 * processor fetches jobs only when the code asks for them (unless it calls `run()`). A scheduler with a start flag
 * (`startFlag`) or a start method (`startMethod`) runs only once told to start.
 */
function startsTakingJobs(node: StartNode, worker: WorkerStarter, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (worker.startMethod) return isStartedLater(node, worker.startMethod, sourceCode);
  const first = node.arguments[0];
  // `CronJob.from({ cronTime, onTick, start: true })`: one options object, which holds the task.
  if (worker.startFlag && first?.type === 'ObjectExpression') return isTrue(getPropertyValue(first, worker.startFlag.option, sourceCode.getScope(node))) || isStartedLater(node, worker.startFlag.option, sourceCode);
  const processor = node.arguments[1];
  if (!processor || processor.type === 'SpreadElement' || isNothing(unwrapExpression(processor))) return false;
  if (worker.startFlag) return isTrue(node.arguments[worker.startFlag.argument]) || isStartedLater(node, worker.startFlag.option, sourceCode);
  if (!worker.autorun) return true;
  const options = node.arguments[worker.autorun.argument];
  if (!options || options.type === 'SpreadElement') return true;
  const autorun = getPropertyValue(options, worker.autorun.option, sourceCode.getScope(node));
  const value = autorun && unwrapExpression(autorun);
  // `new Worker(…, { autorun: false })` then `worker.run()`: told to start after all.
  return !(value?.type === 'Literal' && value.value === false) || (worker.runMethod !== undefined && isStartedLater(node, worker.runMethod, sourceCode));
}

/** The literal `true`. */
function isTrue(node: TSESTree.Node | undefined): boolean {
  if (!node || node.type === 'SpreadElement') return false;
  const value = unwrapExpression(node);
  return value.type === 'Literal' && value.value === true;
}

/** `const job = new CronJob(…); job.start();`: the binding the start call makes has `method` called on it. */
function isStartedLater(node: StartNode, method: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = getBindingOf(sourceCode, node);
  return variable !== undefined && getMethodCalls(variable, method).length > 0;
}

/** `{ polling: true }`, `{ polling: { interval } }`: the first of `keys` set to something but `false`, `null` or `undefined`. */
function getEnabledOption(options: TSESTree.Node | undefined, keys: readonly string[], scope: Scope | undefined): string | undefined {
  if (!options || options.type === 'SpreadElement') return undefined;
  return keys.find((key) => {
    const value = getPropertyValue(options, key, scope);
    if (!value) return false;
    const target = unwrapExpression(value);
    return !(target.type === 'Literal' && (target.value === false || target.value === null)) && !(target.type === 'Identifier' && target.name === 'undefined');
  });
}

/** Modules whose servers listen as they are created (`new WebSocketServer({ port })`). */
const CREATION_MODULES = toModuleSet(APP_FACTORIES.filter((row) => SERVER_LIFECYCLES[row.info.framework]?.startsOnCreation !== undefined).map((row) => row.module));

/** `'ready'`, `Events.ClientReady`: the name of an event argument (a string, or a member's name), lower-cased. */
export function getEventName(node: TSESTree.Node | undefined, scope: Scope | undefined): string | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const target = unwrapExpression(node);
  const name = target.type === 'MemberExpression' && !target.computed ? getPropertyName(target) : getStaticString(target, scope);
  return name?.toLowerCase();
}

/**
 * Whether the instance behind `handle` is stopped by its own handler of one of `readyEvents`: a
 * script that connects a bot, does one thing and disconnects (`client.once('ready', async () => {
 * await createRoles(); client.destroy(); })`) serves nothing a deploy could cut off.
 */
export function isStoppedWhenReady(sourceCode: Readonly<TSESLint.SourceCode>, handle: ServerHandle, readyEvents: readonly string[]): boolean {
  const variable = handle.variable;
  for (const ref of variable.references) {
    const member = ref.identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || getPropertyName(member) !== handle.closeMethod) continue;
    if (member.parent?.type !== 'CallExpression' || member.parent.callee !== member) continue;
    // The stop runs in the ready handler itself or in a callback inside it.
    for (let current: TSESTree.Node | undefined = member.parent.parent; current; current = current.parent) {
      if (!isFunctionNode(current)) continue;
      const callback = climbWrappers(current);
      const registration = callback.parent;
      if (registration?.type !== 'CallExpression' || !registration.arguments.includes(callback as TSESTree.CallExpressionArgument)) continue;
      const callee = registration.callee;
      if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== variable.name) continue;
      const method = getPropertyName(callee);
      if ((method === 'on' || method === 'once') && findVariable(sourceCode.getScope(registration), callee.object) === variable) {
        const event = getEventName(registration.arguments[0], sourceCode.getScope(registration));
        if (event !== undefined && readyEvents.includes(event)) return true;
      }
    }
  }
  return false;
}

/** Whether the file may create a server that listens as it is created: it imports socket.io or ws. */
function hasCreationHint(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return importsAnyModule(sourceCode, CREATION_MODULES);
}

/** Modules of the frameworks whose servers start without a `listen` call: hapi's `start()`, Socket.IO's `attach()`, servers that listen as they are created, Bun's `serve`. */
const NON_LISTEN_START_MODULES = toModuleSet([
  ...APP_FACTORIES.filter((row) => {
    const lifecycle = SERVER_LIFECYCLES[row.info.framework];
    return lifecycle !== undefined && (lifecycle.startsOnCreation !== undefined || lifecycle.startMethods.some((method) => method !== 'listen'));
  }).map((row) => row.module),
  'bun',
]);

const findRuntimeServes = createGlobalFinder([
  { global: 'Bun', path: ['serve'], kind: 'call', info: 'bun' },
  { global: 'Deno', path: ['serve'], kind: 'call', info: 'deno' },
]);
const findBunModuleServes = createModuleFinder([{ module: 'bun', path: ['serve'], kind: 'call', info: 'bun' }]);

/** `const server = Bun.serve(…)`: the variable a call's result is bound to. */
function getBoundVariable(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): Variable | undefined {
  const holder = call.parent;
  if (holder.type !== 'VariableDeclarator' || holder.init !== call || holder.id.type !== 'Identifier') return undefined;
  return sourceCode.getDeclaredVariables(holder)[0];
}

/**
 * Whether a file that never says `listen` may still start a server that `findServerStarts` finds
 * (configured starters aside): only by importing one of those frameworks, or by naming Bun's or Deno's global.
 */
export function mayStartWithoutListen(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  // `bot.launch()` of a bot made in the project's own module.
  return importsAnyModule(sourceCode, NON_LISTEN_START_MODULES) || mentionsName(sourceCode, 'Bun') || mentionsName(sourceCode, 'Deno') || mentionsName(sourceCode, 'launch');
}


type Boundary = FunctionNode | TSESTree.PropertyDefinition;

/** The innermost function (or instance field initializer) whose execution `node` depends on. */
function getBoundary(node: TSESTree.Node): Boundary | undefined {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent) {
    if (isFunctionNode(parent)) return parent;
    if (parent.type === 'PropertyDefinition' && parent.value === child && !parent.static) return parent;
    child = parent;
    parent = parent.parent;
  }
  return undefined;
}

function isWrapper(node: TSESTree.Node): boolean {
  return node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSTypeAssertion';
}

/** Steps up over TypeScript wrappers: the node whose parent tells how the value is used. */
function climbWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isWrapper(current.parent)) current = current.parent;
  return current;
}

/** `module.exports`, `exports`, or a member of either (`exports.main`, `module.exports.handler`). */
export function isModuleExports(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  if (target.type === 'Identifier') return target.name === 'exports';
  if (target.type !== 'MemberExpression') return false;
  const object = unwrapExpression(target.object);
  if (object.type === 'Identifier' && object.name === 'module') return !target.computed && target.property.type === 'Identifier' && target.property.name === 'exports';
  return isModuleExports(object);
}

/** `exports.main`, `module.exports.main`: the name of the export, if that is what the node is. */
function getExportName(node: TSESTree.Node): string | undefined {
  const target = unwrapExpression(node);
  return target.type === 'MemberExpression' && isModuleExports(target.object) ? getPropertyName(target) : undefined;
}

/** `module.exports = wrap(fn)`, `export default wrap(fn)`, `export const x = wrap(fn)`: a definition, not a run. */
function isExportedValue(node: TSESTree.Node): boolean {
  const { parent, child } = getValueParent(node);
  if (!parent) return false;
  if (parent.type === 'ExportDefaultDeclaration') return true;
  if (parent.type === 'AssignmentExpression' && parent.right === child) return isModuleExports(parent.left);
  if (parent.type === 'VariableDeclarator' && parent.init === child) return parent.parent.parent?.type === 'ExportNamedDeclaration';
  return false;
}

/** `(req, res)`, `(request, reply)`, `(ctx, next)`: the first parameter of a request's handler. */
const REQUEST_FIRST_PARAMETER = /^_?(?:req|request|ctx)$/;

function takesRequest(fn: FunctionNode): boolean {
  const first = fn.params[0];
  return first?.type === 'Identifier' && REQUEST_FIRST_PARAMETER.test(first.name);
}

/** Methods of an emitter-less function value that run it: `start.call(this)`, `start.apply(null, [])`. */
const INVOKING_METHODS: ReadonlySet<string> = new Set(['call', 'apply']);

/**
 * Builds a predicate "is this node executed as a consequence of loading the module?": it is at
 * top level (including blocks, `if (require.main === module)`, class static blocks), or inside a
 * function that is itself reached — an IIFE, a callback handed to a call that is reached
 * (`main().then(() => …)`, `db.connect(url, () => …)`), a function or method the module calls
 * from a reached place (`bootstrap()`, `main().catch(…)`, `new App().start()`). Exported
 * factories and helpers that the module never calls are not reached.
 */
export function createLoadTimeReachability(sourceCode: Readonly<TSESLint.SourceCode>): (node: TSESTree.Node) => boolean {
  const memo = new Map<TSESTree.Node, boolean>();
  const inProgress = new Set<TSESTree.Node>();

  const isReached = (node: TSESTree.Node): boolean => {
    const boundary = getBoundary(node);
    return boundary === undefined || isBoundaryReached(boundary);
  };

  const isBoundaryReached = (boundary: Boundary): boolean => {
    const known = memo.get(boundary);
    if (known !== undefined) return known;
    if (inProgress.has(boundary)) return false;
    inProgress.add(boundary);
    let reached = false;
    try {
      reached = boundary.type === 'PropertyDefinition' ? isClassInstantiated(boundary.parent.parent) : isFunctionReached(boundary);
    } catch {
      reached = false;
    }
    inProgress.delete(boundary);
    memo.set(boundary, reached);
    return reached;
  };

  /** A call that runs its callee or callback: reached, and not a definition being exported. */
  const isCallReached = (call: TSESTree.Node): boolean => isReached(call);

  const isFunctionReached = (fn: FunctionNode): boolean => {
    // A request's handler runs per request, whatever it is handed to (`router.post('/x', (req, res) => …)`).
    if (takesRequest(fn)) return false;
    const self = climbWrappers(fn);
    const parent = self.parent;
    if (!parent) return false;
    // (function () { … })(), (async () => { … })(), new function () { … }()
    if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee === self) return isCallReached(parent);
    // (function () { … }).call(this)
    if (parent.type === 'MemberExpression' && parent.object === self) {
      const name = getPropertyName(parent);
      const call = parent.parent;
      return name !== undefined && INVOKING_METHODS.has(name) && call?.type === 'CallExpression' && call.callee === parent && isCallReached(call);
    }
    // main().then(() => …), db.connect(url, () => …), new Promise((resolve) => …)
    if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(self as TSESTree.CallExpressionArgument)) {
      return isCallReached(parent) && !isExportedValue(parent);
    }
    if (fn.type === 'FunctionDeclaration') return isVariableInvoked(getDeclaredFunctionVariables(fn));
    if (parent.type === 'VariableDeclarator' && parent.init === self && parent.id.type === 'Identifier') {
      return isVariableInvoked(sourceCode.getDeclaredVariables(parent));
    }
    if (parent.type === 'AssignmentExpression' && parent.right === self && parent.left.type === 'Identifier') {
      const variable = findVariable(sourceCode.getScope(parent), parent.left);
      return variable ? isVariableInvoked([variable]) : false;
    }
    // exports.main = async () => { … }; (0, exports.main)(): what TypeScript emits for `export const main`
    if (parent.type === 'AssignmentExpression' && parent.right === self) {
      const name = getExportName(parent.left);
      if (name !== undefined) return isExportInvoked(name);
      // app.start = function () { return app.listen(…) }; if (require.main === module) app.start(): LoopBack 3's start-up.
      return parent.left.type === 'MemberExpression' && isMemberInvoked(parent.left);
    }
    if (parent.type === 'MethodDefinition' && parent.value === self) return isMethodReached(parent);
    if (parent.type === 'PropertyDefinition' && parent.value === self) return isMethodReached(parent);
    if (parent.type === 'Property' && parent.value === self && parent.parent.type === 'ObjectExpression') return isObjectMethodReached(parent) || isOptionOfReachedCall(parent.parent);
    return false;
  };

  /** `throng({ workers, start })`: an options object handed to a reached call, whose functions it calls back. */
  const isOptionOfReachedCall = (object: TSESTree.ObjectExpression): boolean => {
    const self = climbWrappers(object);
    const call = self.parent;
    return (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(self as TSESTree.CallExpressionArgument) && isCallReached(call) && !isExportedValue(call);
  };

  const getDeclaredFunctionVariables = (fn: TSESTree.FunctionDeclaration): Variable[] => {
    const name = fn.id?.name;
    return name === undefined ? [] : sourceCode.getDeclaredVariables(fn).filter((v) => v.name === name);
  };

  /** Whether a reached place calls `exports.<name>(…)`, `(0, exports.<name>)(…)` or `module.exports.<name>(…)`. */
  const isExportInvoked = (name: string): boolean => {
    for (const call of getFileCalls(sourceCode)) {
      if (getExportName(unwrapCallee(call.callee)) === name && isCallReached(call)) return true;
    }
    return false;
  };

  /** Whether a reached place calls the method a member assignment stores: `app.start = …` and then `app.start()`. */
  const isMemberInvoked = (member: TSESTree.MemberExpression): boolean => {
    const object = unwrapExpression(member.object);
    const name = getPropertyName(member);
    if (object.type !== 'Identifier' || name === undefined) return false;
    for (const ref of findVariable(sourceCode.getScope(member), object)?.references ?? []) {
      const usage = ref.identifier;
      const method = usage.parent;
      if (method?.type !== 'MemberExpression' || method.object !== usage || method === member || getPropertyName(method) !== name) continue;
      const call = method.parent;
      if (call.type === 'CallExpression' && call.callee === method && isCallReached(call)) return true;
    }
    return false;
  };

  /** Whether a reached place calls the function stored in one of these variables, or hands it to a reached call. */
  const isVariableInvoked = (variables: readonly Variable[]): boolean => {
    for (const variable of variables) {
      for (const ref of variable.references) {
        if (ref.init) continue;
        const usage = climbWrappers(ref.identifier as TSESTree.Node);
        const parent = usage.parent;
        if (!parent) continue;
        if (parent.type === 'CallExpression' && parent.callee === usage && isCallReached(parent)) return true;
        // const main = …; exports.main = main; (0, exports.main)();
        if (parent.type === 'AssignmentExpression' && parent.right === usage) {
          const name = getExportName(parent.left);
          if (name !== undefined && isExportInvoked(name)) return true;
        }
        if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(usage as TSESTree.CallExpressionArgument) && isCallReached(parent)) {
          return true;
        }
        if (parent.type === 'Property' && parent.value === usage && parent.parent.type === 'ObjectExpression' && isOptionOfReachedCall(parent.parent)) return true;
        if (parent.type === 'MemberExpression' && parent.object === usage) {
          const name = getPropertyName(parent);
          const call = parent.parent;
          if (name !== undefined && INVOKING_METHODS.has(name) && call?.type === 'CallExpression' && call.callee === parent && isCallReached(call)) return true;
        }
      }
    }
    return false;
  };

  const getClassVariables = (classNode: TSESTree.Node): readonly Variable[] => {
    if (classNode.type === 'ClassDeclaration' && classNode.id) {
      const name = classNode.id.name;
      return sourceCode.getDeclaredVariables(classNode).filter((v) => v.name === name);
    }
    const parent = climbWrappers(classNode).parent;
    if (classNode.type === 'ClassExpression' && parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
      return sourceCode.getDeclaredVariables(parent);
    }
    return [];
  };

  /** `new C(…)` expressions of a class: the direct one of a class expression, or through its name. */
  const getInstantiations = (classNode: TSESTree.Node): TSESTree.NewExpression[] => {
    const found: TSESTree.NewExpression[] = [];
    const self = climbWrappers(classNode);
    if (self.parent?.type === 'NewExpression' && self.parent.callee === self) found.push(self.parent);
    for (const variable of getClassVariables(classNode)) {
      for (const ref of variable.references) {
        const usage = climbWrappers(ref.identifier as TSESTree.Node);
        if (usage.parent?.type === 'NewExpression' && usage.parent.callee === usage) found.push(usage.parent);
      }
    }
    return found;
  };

  const isClassInstantiated = (classNode: TSESTree.Node): boolean => getInstantiations(classNode).some((creation) => isCallReached(creation));

  /** Whether a reached place calls `<receiver>.<name>(…)` where `receiver` is the value or its binding. */
  const isMethodCalledOn = (value: TSESTree.Node, name: string): boolean => {
    const { parent, child } = getValueParent(value);
    if (parent?.type === 'MemberExpression' && parent.object === child && getPropertyName(parent) === name) {
      const call = parent.parent;
      if (call?.type === 'CallExpression' && call.callee === parent && isCallReached(call)) return true;
    }
    const variable = getBindingOf(sourceCode, value);
    if (!variable) return false;
    for (const ref of variable.references) {
      if (ref.init) continue;
      const usage = climbWrappers(ref.identifier as TSESTree.Node);
      const member = usage.parent;
      if (member?.type !== 'MemberExpression' || member.object !== usage || getPropertyName(member) !== name) continue;
      const call = member.parent;
      if (call?.type === 'CallExpression' && call.callee === member && isCallReached(call)) return true;
    }
    return false;
  };

  const isMethodReached = (member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition): boolean => {
    const classNode = member.parent.parent;
    if (member.type === 'MethodDefinition' && member.kind === 'constructor') return isClassInstantiated(classNode);
    if (member.type === 'MethodDefinition' && member.kind !== 'method') return false;
    const name = getPropertyName(member);
    if (name === undefined) return false;
    if (member.static) {
      return getClassVariables(classNode).some((variable) => variable.references.some((ref) => {
        const usage = climbWrappers(ref.identifier as TSESTree.Node);
        const access = usage.parent;
        const call = access?.parent;
        return access?.type === 'MemberExpression' && access.object === usage && getPropertyName(access) === name && call?.type === 'CallExpression' && call.callee === access && isCallReached(call);
      }));
    }
    if (getInstantiations(classNode).some((creation) => isMethodCalledOn(creation, name))) return true;
    // this.start() from another method of the class that is reached
    let called = false;
    walk(member.parent, sourceCode.visitorKeys, (node) => {
      if (called) return false;
      if (
        node.type === 'CallExpression' &&
        node.callee.type === 'MemberExpression' &&
        node.callee.object.type === 'ThisExpression' &&
        getPropertyName(node.callee) === name &&
        isCallReached(node)
      ) {
        called = true;
      }
      return undefined;
    });
    return called;
  };

  const isObjectMethodReached = (property: TSESTree.Property): boolean => {
    const name = getPropertyName(property);
    return name !== undefined && isMethodCalledOn(property.parent, name);
  };

  return (node) => {
    try {
      return isReached(node);
    } catch {
      return false;
    }
  };
}

/** Whether `name` (e.g. `process`) means the global from this scope: not declared by the file. */
export function isGlobalReference(scope: Scope, name: string): boolean {
  const variable = ASTUtils.findVariable(scope, name);
  return !variable || variable.defs.length === 0;
}
