import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createModuleFinder, importsAnyModule, type ModuleFinder, type ModuleMember } from '../analysis/modules';
import { findServerStarts, isModuleExports, isStartCandidate, isStoppedWhenReady, mayStartWithoutListen, type ServerHandle, type ServerStart } from '../analysis/servers';
import { findDenoSigintListener, findHastyExit, isDenoModule, findProcessListeners, findSigtermArrangements, getProcessReferences, type ProcessListener, type StartedServers } from '../analysis/signals';
import { getStaticString, unwrapExpression } from '../analysis/values';
import { shortenForMessage } from '../analysis/secrets/mask';
import { isNonProductionOnly } from '../analysis/environments';
import { isOneShotServer } from '../analysis/one-shot-servers';
import { isServerlessFunctionFile } from '../analysis/desktop';
import { createRule, derivedFromOptions, readContext, reportServiceConcern } from '../create-rule';
import { isMinified, mentions, mentionsName } from '../analysis/text';
import { SERVER_LIFECYCLES, WORKER_STARTERS } from '../knowledge/shutdown';

export type ServerStarter = string | { module: string; member?: string };

export type Options = [
  {
    strict?: boolean;
    checkHandler?: boolean;
    workers?: boolean;
    entryPoints?: 'load-time' | 'any-listen';
    handlerModules?: string[];
    serverStarters?: ServerStarter[];
  },
];

export type MessageIds =
  | 'missingSigtermHandler'
  | 'missingSigtermHandlerDeno'
  | 'missingSigtermHandlerNest'
  | 'enableShutdownHooks'
  | 'missingSigtermHandlerBot'
  | 'missingSigtermHandlerBotDeno'
  | 'missingSigtermHandlerWorker'
  | 'missingSigtermHandlerConsumer'
  | 'missingSigtermHandlerScheduler'
  | 'sigintOnly'
  | 'addSigtermHandler'
  | 'addDenoSignalListener'
  | 'addSigtermStop'
  | 'addDenoSignalStop'
  | 'alsoHandleSigterm'
  | 'exitWithoutClosing'
  | 'exitBeforeServerClosed';

/** `{ module: 'bullmq', member: 'Worker' }` finds `new Worker(…)` and `Worker(…)`. */
function createStarterFinder(starters: readonly ServerStarter[]): ModuleFinder<unknown> | undefined {
  const rows = starters.filter((s): s is { module: string; member?: string } => typeof s === 'object');
  if (rows.length === 0) return undefined;
  const members: ModuleMember<unknown>[] = [];
  for (const row of rows) {
    const path = row.member ? row.member.split('.') : [];
    members.push({ module: row.module, path, kind: 'call', info: row }, { module: row.module, path, kind: 'construct', info: row });
  }
  return createModuleFinder(members);
}

/** Job-queue workers, for the `workers` check. */
const WORKER_FINDER = createModuleFinder(WORKER_STARTERS);

/** `worker_threads`' port to the thread that made this one, and the class that makes threads. */
const THREAD_FINDER = createModuleFinder<'port' | 'worker'>([
  { module: 'worker_threads', path: ['parentPort'], kind: 'read', info: 'port' },
  { module: 'worker_threads', path: ['Worker'], kind: 'construct', info: 'worker' },
]);

/**
 * A module that talks to the thread that made it (`parentPort.postMessage(…)`) and makes no thread
 * itself runs in a worker thread: signals reach the main thread only, so the main thread's module
 * handles SIGTERM and ends the worker (nitro's dev server, netlify-cli's function worker).
 */
function isWorkerThreadModule(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!mentionsName(sourceCode, 'parentPort')) return false;
  const refs = THREAD_FINDER(sourceCode);
  return refs.some((ref) => ref.info === 'port') && !refs.some((ref) => ref.info === 'worker');
}

/** Node's own servers, whose variable is the server itself (`const server = http.createServer(app)`). */
const NODE_SERVER_FRAMEWORKS: ReadonlySet<string> = new Set(['http', 'https', 'http2', 'net', 'tls']);

/**
 * Whether the module exports the server it starts, for the module that imports it to close
 * (`const server = app.listen(port); module.exports = server`, `export { app, io, server }`): that
 * module's SIGTERM handler, which this file cannot see, closes it. Only the listening server counts,
 * the value `listen()` returned or a server of Node's own: an exported app (`module.exports = app`)
 * is what tests import, not a hand-over of the shutdown.
 */
function isServerExported(start: ServerStart): boolean {
  const handle = start.handle;
  const definition = handle?.variable.defs[0];
  if (!handle || handle.close !== 'callback' || definition?.node.type !== 'VariableDeclarator' || !definition.node.init) return false;
  const init = unwrapExpression(definition.node.init);
  if (init !== start.node && !(start.framework !== undefined && NODE_SERVER_FRAMEWORKS.has(start.framework))) return false;
  if (definition.node.parent.parent?.type === 'ExportNamedDeclaration') return true;
  return handle.variable.references.some((reference) => {
    let value: TSESTree.Node = reference.identifier;
    let parent = value.parent;
    // `module.exports = { server }`, `{ server: server }`
    if (parent?.type === 'Property' && parent.value === value && parent.parent.type === 'ObjectExpression') {
      value = parent.parent;
      parent = value.parent;
    }
    if (parent?.type === 'ExportSpecifier' || (parent?.type === 'ExportDefaultDeclaration' && parent.declaration === value)) return true;
    return parent?.type === 'AssignmentExpression' && parent.right === value && isModuleExports(parent.left);
  });
}

/** What the `sigintOnly` message calls the thing a start call starts. */
function describeStart(start: ServerStart): string {
  if (start.worker) return start.worker.runs === 'tasks' ? 'scheduler' : start.worker.runs === 'messages' ? 'consumer' : 'worker';
  return start.framework !== undefined && SERVER_LIFECYCLES[start.framework]?.bot ? 'chat bot' : 'server';
}

/** Start methods and starter modules of the `serverStarters` option, built once per options value. */
const getStarters = derivedFromOptions((options: Options[0]) => {
  const starters = options.serverStarters ?? [];
  const methodNames = starters.filter((s): s is string => typeof s === 'string');
  return { methods: new Set(methodNames), methodNames, modules: createStarterFinder(starters) };
});

/** The statement a start call sits in, when another statement can be inserted after it. */
function getInsertionStatement(node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node = node;
  while (current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'Program' || parent.type === 'BlockStatement' || parent.type === 'StaticBlock') {
      return current.type.endsWith('Statement') || current.type.endsWith('Declaration') ? current : undefined;
    }
    // export const server = app.listen(3000): the handler goes after the export
    if (parent.type === 'ExportNamedDeclaration') {
      current = parent;
      continue;
    }
    if (
      parent.type === 'ArrowFunctionExpression' ||
      parent.type === 'FunctionExpression' ||
      parent.type === 'FunctionDeclaration' ||
      parent.type === 'IfStatement' ||
      parent.type === 'ForStatement' ||
      parent.type === 'ForInStatement' ||
      parent.type === 'ForOfStatement' ||
      parent.type === 'WhileStatement' ||
      parent.type === 'DoWhileStatement' ||
      parent.type === 'LabeledStatement' ||
      parent.type === 'SwitchCase'
    ) {
      return undefined;
    }
    current = parent;
  }
  return undefined;
}

/** The whitespace that starts the line `node` starts on: what a statement inserted beside it is indented with. */
function getIndent(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return line.slice(0, line.length - line.trimStart().length);
}

/** The SIGTERM listener that closes the server and then exits: Node's `process.on`, or Deno's own listener in a Deno module. */
function buildHandler(handle: ServerHandle, deno: boolean): string {
  const runtime = deno ? 'Deno' : 'process';
  const exit = `() => ${runtime}.exit(0)`;
  const call = `${handle.name}.${handle.closeMethod}`;
  const close = handle.close === 'callback' ? `${call}(${exit})` : handle.close === 'promise' ? `${call}().then(${exit})` : `${call}()`;
  return `${deno ? 'Deno.addSignalListener' : 'process.on'}('SIGTERM', () => { ${close}; });`;
}

function getSuggestion(
  sourceCode: Readonly<TSESLint.SourceCode>,
  start: ServerStart,
  deno: boolean,
): TSESLint.ReportSuggestionArray<MessageIds> {
  const handle = start.handle;
  if (!handle) return [];
  const statement = getInsertionStatement(start.node);
  if (!statement) return [];
  const scope = sourceCode.getScope(statement);
  // The name must mean the same binding where the handler goes, and `process` (or `Deno`) must be the global.
  if (ASTUtils.findVariable(scope, handle.name) !== handle.variable) return [];
  const runtimeVariable = ASTUtils.findVariable(scope, deno ? 'Deno' : 'process');
  if (runtimeVariable && runtimeVariable.defs.length > 0) return [];
  const indent = getIndent(sourceCode, statement);
  return [
    {
      // A handle stopped at once (`server.stop()` of Bun, a bot's or a schedule's `stop()`) gets no exit: the process ends once nothing runs.
      messageId: handle.close === 'sync' ? (deno ? 'addDenoSignalStop' : 'addSigtermStop') : deno ? 'addDenoSignalListener' : 'addSigtermHandler',
      data: { name: handle.name },
      fix: (fixer) => fixer.insertTextAfter(statement, `\n${indent}${buildHandler(handle, deno)}`),
    },
  ];
}

/** `app.enableShutdownHooks();` before the statement that starts a NestJS app bound to a name. */
function getShutdownHooksSuggestion(sourceCode: Readonly<TSESLint.SourceCode>, start: ServerStart): TSESLint.ReportSuggestionArray<MessageIds> {
  const handle = start.handle;
  const statement = handle && getInsertionStatement(start.node);
  if (!handle || !statement || ASTUtils.findVariable(sourceCode.getScope(statement), handle.name) !== handle.variable) return [];
  const indent = getIndent(sourceCode, statement);
  return [{ messageId: 'enableShutdownHooks', data: { name: handle.name }, fix: (fixer) => fixer.insertTextBefore(statement, `${handle.name}.enableShutdownHooks();\n${indent}`) }];
}

/** The module's first `process.on('SIGINT', …)` (or `once`, …), when it names SIGINT itself. */
function findSigintListener(sourceCode: Readonly<TSESLint.SourceCode>): ProcessListener | undefined {
  if (!mentions(sourceCode, 'SIGINT')) return undefined;
  return findProcessListeners(sourceCode).find((listener) => {
    const signal = listener.call.arguments[0];
    return signal !== undefined && signal.type !== 'SpreadElement' && getStaticString(signal, sourceCode.getScope(listener.call)) === 'SIGINT';
  });
}

/** A listener worth handing to SIGTERM as it is: a name, a member, or a bound one (`shutdown.bind(null, server)`). */
function isSharableListener(listener: TSESTree.Node): boolean {
  if (listener.type === 'Identifier') return true;
  if (listener.type === 'MemberExpression') return !listener.computed;
  return listener.type === 'CallExpression' && listener.callee.type === 'MemberExpression' && !listener.callee.computed && listener.callee.property.type === 'Identifier' && listener.callee.property.name === 'bind';
}

/**
 * `process.on('SIGINT', shutdown)` standing alone as a statement: the SIGTERM twin that goes after
 * it (`process.on('SIGTERM', shutdown);`), or undefined where the listener is written inline.
 */
function getSigtermTwin(sourceCode: Readonly<TSESLint.SourceCode>, sigint: ProcessListener): { statement: TSESTree.Node; text: string; listener: string } | undefined {
  const { call, listener } = sigint;
  const statement = call.parent;
  if (!listener || !isSharableListener(listener) || statement?.type !== 'ExpressionStatement' || statement.expression !== call) return undefined;
  if (call.callee.type !== 'MemberExpression' || call.callee.object.type !== 'Identifier') return undefined;
  const listenerText = sourceCode.getText(listener);
  const quote = sourceCode.getText(call.arguments[0]).startsWith('"') ? '"' : "'";
  return {
    statement,
    listener: listenerText,
    text: `${call.callee.object.name}.${sourceCode.getText(call.callee.property)}(${quote}SIGTERM${quote}, ${listenerText});`,
  };
}

export default createRule<Options, MessageIds>({
  name: 'require-sigterm-handler',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a SIGTERM handler in modules that start a server',
      factor: 'IX',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          strict: {
            type: 'boolean',
            description: 'Turn on every stricter check of this rule (`checkHandler`, `workers`, and modules that export the server they start).',
          },
          checkHandler: {
            type: 'boolean',
            description: 'Also report SIGTERM handlers that call `process.exit()` before closing anything, or right after asking a server to close without waiting for it.',
          },
          workers: {
            type: 'boolean',
            description: 'Also report modules that start a job-queue worker (a BullMQ `Worker`, an Agenda, a Bull or bee-queue `process()`), a message consumer (a kafkajs consumer\'s `run()`, an amqplib channel\'s `consume()`, an sqs-consumer `Consumer`\'s `start()`, a kafka-node consumer, a Pub/Sub subscription\'s `on(\'message\')`) or a scheduler (node-cron, node-schedule, cron) and never handle SIGTERM.',
          },
          entryPoints: {
            type: 'string',
            enum: ['load-time', 'any-listen'],
            description: '`load-time`: only servers started when the module loads; `any-listen`: every start call, also inside functions the module never calls.',
          },
          handlerModules: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra packages or project modules whose import installs a SIGTERM handler.',
          },
          serverStarters: {
            type: 'array',
            uniqueItems: true,
            description: 'Extra calls that start a server or worker: method names (`"start"`) or `{ module, member }` (`{ "module": "bullmq", "member": "Worker" }`).',
            items: {
              anyOf: [
                { type: 'string' },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['module'],
                  properties: {
                    module: { type: 'string', description: 'The package that exports the starter.' },
                    member: { type: 'string', description: 'The export (dotted for nested members); omit for the module itself.' },
                  },
                },
              ],
            },
          },
        },
      },
    ],
    defaultOptions: [{ strict: false, checkHandler: false, workers: false, entryPoints: 'load-time', handlerModules: [], serverStarters: [] }],
    messages: {
      missingSigtermHandler:
        "Factor IX: this module starts a server but never handles SIGTERM; on every deploy in-flight requests are cut off. Handle it with `process.on('SIGTERM', …)` and close the server.",
      missingSigtermHandlerDeno:
        "Factor IX: this module starts a server but never handles SIGTERM; on every deploy in-flight requests are cut off. Handle it with `Deno.addSignalListener('SIGTERM', …)` and shut the server down.",
      missingSigtermHandlerNest:
        "Factor IX: this module starts a NestJS app but never handles SIGTERM; on every deploy in-flight requests are cut off and the app's shutdown hooks never run. Call `{{name}}.enableShutdownHooks()` before it listens: Nest then closes the app on SIGTERM.",
      missingSigtermHandlerBot:
        "Factor IX: this module starts a chat bot but never handles SIGTERM; on every deploy the updates it is handling are cut off, and lost or delivered again. Stop it on SIGTERM: `process.once('SIGTERM', () => {{stop}})`.",
      missingSigtermHandlerBotDeno:
        "Factor IX: this module starts a chat bot but never handles SIGTERM; on every deploy the updates it is handling are cut off, and lost or delivered again. Stop it on SIGTERM: `Deno.addSignalListener('SIGTERM', () => {{stop}})`.",
      missingSigtermHandlerWorker:
        "Factor IX: this module starts {{worker}} but never handles SIGTERM; on every deploy the jobs it is running are cut off halfway, to be run again once their locks expire. Close it on SIGTERM: `process.on('SIGTERM', () => {{close}})`.",
      missingSigtermHandlerConsumer:
        "Factor IX: this module starts {{worker}} but never handles SIGTERM; on every deploy the messages it is handling are cut off halfway, to be delivered again once the broker gives up on it. Stop it on SIGTERM: `process.on('SIGTERM', () => {{close}})`.",
      missingSigtermHandlerScheduler:
        "Factor IX: this module starts {{scheduler}} but never handles SIGTERM; on every deploy a task it is running is cut off halfway, and not run again until its next time comes. Stop it on SIGTERM, so that no new run starts and the one in progress can finish: `process.on('SIGTERM', () => {{close}})`.",
      sigintOnly:
        'Factor IX: this module handles SIGINT (Ctrl+C in a terminal) but not SIGTERM, the signal platforms and orchestrators send to stop it on every deploy, so the {{kind}} it starts is cut off in the middle of its work. Handle SIGTERM the same way: `{{fix}}`.',
      addSigtermHandler: "Add `process.on('SIGTERM', …)` that closes `{{name}}` and then exits.",
      addSigtermStop: "Add `process.on('SIGTERM', …)` that stops `{{name}}`.",
      enableShutdownHooks: 'Call `{{name}}.enableShutdownHooks()` before `{{name}}.listen()`.',
      addDenoSignalListener: "Add `Deno.addSignalListener('SIGTERM', …)` that closes `{{name}}` and then exits.",
      addDenoSignalStop: "Add `Deno.addSignalListener('SIGTERM', …)` that stops `{{name}}`.",
      alsoHandleSigterm: 'Handle SIGTERM with `{{listener}}` as well.',
      exitWithoutClosing:
        'Factor IX: this SIGTERM handler calls `process.exit()` without closing anything first; requests or jobs in progress and open connections are cut off. Stop taking new work, close the server or worker and its connections, and exit once they are closed.',
      exitBeforeServerClosed:
        'Factor IX: this SIGTERM handler calls `process.exit()` right after `{{server}}.close()` without waiting for it: `close()` only stops new connections, and the exit cuts off the requests still in progress. Exit once the server has closed: `{{server}}.close(() => process.exit(0))`.',
    },
  },
  defaultOptions: [{ strict: false, checkHandler: false, workers: false, entryPoints: 'load-time', handlerModules: [], serverStarters: [] }],
  create(context, [options]) {
    const sourceCode = readContext(context, 'sourceCode');
    const checkHandler = options.checkHandler === true || options.strict === true;
    const workers = options.workers === true || options.strict === true ? WORKER_FINDER : undefined;
    const anyListen = options.entryPoints === 'any-listen';
    const { methods, methodNames, modules } = getStarters(options);
    // Cheap tests first: a file starts nothing unless it has the name `listen`, imports a framework whose
    // servers start otherwise (hapi's `start()`, Socket.IO's `attach()`, servers that listen as
    // they are created; see findServerStarts) or a starter module, or names a configured start
    // method. One that never says SIGTERM has no SIGTERM handler to check.
    const mayStart =
      mentionsName(sourceCode, 'listen') ||
      mayStartWithoutListen(sourceCode) ||
      methodNames.some((name) => mentionsName(sourceCode, name)) ||
      (modules !== undefined && importsAnyModule(sourceCode, modules.modules)) ||
      (workers !== undefined && importsAnyModule(sourceCode, workers.modules));
    const mayHandle = checkHandler && mentions(sourceCode, 'SIGTERM');
    // A minified file (a bundle) is output: its source is where a handler goes.
    if ((!mayStart && !mayHandle) || isMinified(sourceCode)) return {};
    const candidates: TSESTree.CallExpression[] = [];

    /** `servers`: the bindings the module starts as servers, whose `close()` an exit may not wait for. */
    const checkHandlers = (servers: StartedServers): void => {
      const listeners = findProcessListeners(sourceCode).filter((listener) => listener.sigterm === 'yes');
      if (listeners.length === 0) return;
      const processRefs = new Set(getProcessReferences(sourceCode));
      const reported = new Set<TSESTree.Node>();
      for (const listener of listeners) {
        // One report per handler, at its first hasty exit: a second one (`process.exit(1)` in the
        // `catch` of a `try` that only exits) is the same mistake.
        // Or, when it closes something first, at an exit that does not wait for the server it closes
        // (`server.close(); process.exit(0)`).
        const hasty = findHastyExit(listener, sourceCode, processRefs, servers);
        if (!hasty || reported.has(hasty.exit)) continue;
        reported.add(hasty.exit);
        reportServiceConcern(
          context,
          hasty.server === undefined
            ? { node: hasty.exit, messageId: 'exitWithoutClosing' }
            : { node: hasty.exit, messageId: 'exitBeforeServerClosed', data: { server: shortenForMessage(hasty.server, 40) } },
        );
      }
    };

    return {
      // Start candidates are needed only where a start is possible.
      ...(mayStart
        ? {
            CallExpression(node: TSESTree.CallExpression): void {
              if (isStartCandidate(node, methods)) candidates.push(node);
            },
          }
        : {}),
      'Program:exit'() {
        const starts = mayStart ? findServerStarts(sourceCode, candidates, { methods, ...(modules ? { modules } : {}), ...(workers ? { workers } : {}) }) : [];
        if (mayHandle) checkHandlers(new Map(starts.flatMap((start) => (start.handle ? [[start.handle.variable, start.handle.close]] : []))));
        if (!mayStart) return;
        // A server started only outside production (`if (process.env.NODE_ENV !== 'production')`:
        // a local run of an app the platform imports) is not deployed.
        // Nor is a server that closes once it has served one request or a set time (a command-line
        // login's OAuth redirect, a probe of whether a port is free): it ends on its own.
        const runs = (start: ServerStart): boolean => (anyListen || start.atLoadTime) && !isNonProductionOnly(start.node) && !(start.node.type === 'CallExpression' && isOneShotServer(sourceCode, start.node));
        // A server is reported before a worker or a scheduler the same module starts (`workers`, in
        // `strict`): the report stays where the recommended config puts it, and the message speaks of requests.
        const first = starts.find((start) => !start.worker && runs(start)) ?? starts.find((start) => start.worker !== undefined && runs(start));
        // A serverless function's app (it imports aws-serverless-express, serverless-http, …): the platform ends it.
        if (!first || isWorkerThreadModule(sourceCode) || isServerlessFunctionFile(sourceCode, readContext(context, 'filename'))) return;
        const lifecycle = first.framework === undefined ? undefined : SERVER_LIFECYCLES[first.framework];
        // A one-shot script: the bot stops itself once it is connected.
        if (lifecycle?.readyEvents && first.handle && isStoppedWhenReady(sourceCode, first.handle, lifecycle.readyEvents)) return;
        // The module that imports the server closes it; `strict` asks for the handler here.
        if (!options.strict && isServerExported(first)) return;
        if (findSigtermArrangements(sourceCode, { handlerModules: options.handlerModules ?? [] }).length > 0) return;
        const sigint = findSigintListener(sourceCode);
        // A Deno module is told Deno's own listener: it has no `process` in use to mirror.
        const deno = !sigint && isDenoModule(sourceCode);
        if (sigint) {
          // The shutdown is written already: SIGTERM needs the same listener.
          const twin = getSigtermTwin(sourceCode, sigint);
          const indent = twin ? getIndent(sourceCode, twin.statement) : '';
          reportServiceConcern(context, {
            node: first.node,
            messageId: 'sigintOnly',
            data: { kind: describeStart(first), fix: twin ? shortenForMessage(twin.text.slice(0, -1), 80) : "process.on('SIGTERM', …)" },
            suggest: twin
              ? [{ messageId: 'alsoHandleSigterm', data: { listener: twin.listener }, fix: (fixer) => fixer.insertTextAfter(twin.statement, `\n${indent}${twin.text}`) }]
              : getSuggestion(sourceCode, first, false),
          });
          return;
        }
        const suggest = getSuggestion(sourceCode, first, deno);
        if (findDenoSigintListener(sourceCode)) {
          // Deno's own listener for SIGINT: SIGTERM needs one too.
          reportServiceConcern(context, { node: first.node, messageId: 'sigintOnly', data: { kind: describeStart(first), fix: "Deno.addSignalListener('SIGTERM', …)" }, suggest });
          return;
        }
        if (first.worker?.runs === 'tasks') {
          const close = `${first.handle?.name ?? 'task'}.${first.worker.closeMethod}()`;
          reportServiceConcern(context, { node: first.node, messageId: 'missingSigtermHandlerScheduler', data: { scheduler: first.worker.label, close }, suggest });
        } else if (first.worker) {
          const close = `${first.handle?.name ?? (first.worker.runs === 'messages' ? 'consumer' : 'worker')}.${first.worker.closeMethod}()`;
          const messageId = first.worker.runs === 'messages' ? 'missingSigtermHandlerConsumer' : 'missingSigtermHandlerWorker';
          reportServiceConcern(context, { node: first.node, messageId, data: { worker: first.worker.label, close }, suggest });
        } else if (lifecycle?.bot) {
          // `bot.stop()`, `runner.stop()`, `bot.stopPolling()`: with the bot's own name when it has one.
          const stop = `${first.handle?.name ?? (first.reason === 'creation' && lifecycle.startMethods.length === 0 ? 'runner' : 'bot')}.${first.handle?.closeMethod ?? lifecycle.closeMethod ?? 'stop'}()`;
          reportServiceConcern(context, { node: first.node, messageId: deno ? 'missingSigtermHandlerBotDeno' : 'missingSigtermHandlerBot', data: { stop }, suggest });
        } else if (!deno && first.framework === 'nestjs' && !mentionsName(sourceCode, 'enableShutdownHooks')) {
          // Nest's own way: its shutdown hooks close the app and run the modules' `onApplicationShutdown`.
          const name = first.handle?.name ?? 'app';
          reportServiceConcern(context, { node: first.node, messageId: 'missingSigtermHandlerNest', data: { name }, suggest: [...getShutdownHooksSuggestion(sourceCode, first), ...suggest] });
        } else {
          reportServiceConcern(context, { node: first.node, messageId: deno ? 'missingSigtermHandlerDeno' : 'missingSigtermHandler', suggest });
        }
      },
    };
  },
});
