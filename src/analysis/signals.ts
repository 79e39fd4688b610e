import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  PROCESS_CHAINABLE_METHODS,
  PROCESS_LISTENER_METHODS,
  SHUTDOWN_CALLS,
  SHUTDOWN_IMPORTS,
  SHUTDOWN_METHODS,
  type ShutdownLibrary,
  type SignalOptions,
} from '../knowledge/shutdown';
import { createGlobalFinder, createModuleFinder, getModuleOfValue, getRequiredModuleName, referencesGlobal, toPackageSpecifier } from './modules';
import { getFileCalls, walk, type ServerHandle } from './servers';
import { findVariable, getAbsenceTested, getCalleeName, getConstInitializer, getExpressionName, getObjectProperties, getPropertyName, getStaticValue, isModuleWrapperScope, resolveExpression, unwrapCallee, unwrapExpression } from './values';
import { mentions } from './text';
import { getEnclosingFunction, getFunctionVariable, type FunctionNode } from './returns';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

const SIGTERM = 'SIGTERM';

/**
 * Whether a signal expression (or a list of them) includes SIGTERM: `yes`, `no`, or `unknown`
 * when it cannot be told without running the program (a parameter nobody passes a literal to).
 */
export type SignalMatch = 'yes' | 'no' | 'unknown';

/** `process.on('SIGTERM', handler)` and its siblings, with what the file tells about the signal. */
export interface ProcessListener {
  readonly call: TSESTree.CallExpression;
  readonly method: string;
  readonly sigterm: SignalMatch;
  /** The listener argument (`() => …`, `shutdown`). */
  readonly listener?: TSESTree.Node;
  /** The listener's function, when it is written here or bound to a local name. */
  readonly handler?: FunctionNode;
}

/** Something in the file that arranges for SIGTERM. */
export interface SigtermArrangement {
  readonly node: TSESTree.Node;
  /** `process.on`, `enableShutdownHooks`, or the library / module that installs the handler. */
  readonly via: string;
}

export interface SignalOptionsOfRule {
  /** Extra packages or project modules that install a SIGTERM handler when imported. */
  readonly handlerModules?: readonly string[];
}

const findShutdownCalls = createModuleFinder(SHUTDOWN_CALLS);
const PROCESS_MODULES: ReadonlySet<string> = new Set(['process', 'node:process']);
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global']);
const ARRAY_ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every']);
const WORD_SEPARATOR = /\s+/;

function combine(a: SignalMatch, b: SignalMatch): SignalMatch {
  if (a === 'yes' || b === 'yes') return 'yes';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'no';
}

/** Whether a static value (a signal name or a list of them) contains SIGTERM. */
function valueIncludesSigterm(value: unknown, format: 'array' | 'words' = 'array'): SignalMatch {
  if (typeof value === 'string') {
    if (format === 'words') return value.split(WORD_SEPARATOR).includes(SIGTERM) ? 'yes' : 'no';
    return value === SIGTERM ? 'yes' : 'no';
  }
  if (Array.isArray(value)) return value.includes(SIGTERM) ? 'yes' : 'no';
  return 'unknown';
}

/** Whether a list expression (`['SIGINT', 'SIGTERM']`, a const bound to one) contains SIGTERM. */
function listIncludesSigterm(node: TSESTree.Node, scope: Scope | undefined, depth: number): SignalMatch {
  const value = getStaticValue(node, scope);
  if (value) return valueIncludesSigterm(value.value);
  const list = depth < 3 ? getConstInitializer(node, scope) ?? unwrapExpression(node) : unwrapExpression(node);
  if (list.type !== 'ArrayExpression') return 'unknown';
  let match: SignalMatch = 'no';
  for (const element of list.elements) {
    if (!element) continue;
    if (element.type === 'SpreadElement') match = combine(match, listIncludesSigterm(element.argument, scope, depth + 1));
    else match = combine(match, signalIncludesSigterm(element, scope, depth + 1));
  }
  return match;
}

/**
 * Whether a signal argument is SIGTERM: a literal or const, the variable of a `for…of` over a
 * list, the parameter of a `forEach`/`map` callback over a list, or the parameter of a local
 * function that the file calls with `'SIGTERM'`.
 */
export function signalIncludesSigterm(node: TSESTree.Node, scope: Scope | undefined, depth = 0): SignalMatch {
  const value = getStaticValue(node, scope);
  if (value) return valueIncludesSigterm(value.value);
  const target = unwrapExpression(node);
  if (target.type !== 'Identifier' || depth > 3) return 'unknown';
  const variable = findVariable(scope, target);
  const def = variable?.defs[0];
  if (!variable || !def) return 'unknown';
  if (def.type === 'Variable') {
    // for (const signal of SIGNALS) process.on(signal, …)
    const loop = def.parent?.parent;
    if (loop?.type === 'ForOfStatement' && loop.left === def.parent) return listIncludesSigterm(loop.right, scope, depth + 1);
    return 'unknown';
  }
  if (def.type === 'Parameter') return parameterIncludesSigterm(variable, def.node, scope, depth);
  return 'unknown';
}

function parameterIncludesSigterm(variable: Variable, fnNode: TSESTree.Node, scope: Scope | undefined, depth: number): SignalMatch {
  if (fnNode.type !== 'ArrowFunctionExpression' && fnNode.type !== 'FunctionExpression' && fnNode.type !== 'FunctionDeclaration') return 'unknown';
  const index = fnNode.params.findIndex((param) => param.type === 'Identifier' && param.name === variable.name);
  if (index < 0) return 'unknown';
  const parent = fnNode.parent;
  // ['SIGINT', 'SIGTERM'].forEach((signal) => process.on(signal, …))
  if (index === 0 && parent?.type === 'CallExpression' && parent.arguments[0] === fnNode) {
    const callee = unwrapExpression(parent.callee);
    if (callee.type === 'MemberExpression' && ARRAY_ITERATION_METHODS.has(getPropertyName(callee, scope) ?? '')) {
      return listIncludesSigterm(callee.object, scope, depth + 1);
    }
  }
  // function listen(signal) { process.on(signal, …) } listen('SIGTERM')
  const fnVariable = getFunctionVariable(fnNode, scope);
  if (!fnVariable) return 'unknown';
  let match: SignalMatch | undefined;
  for (const ref of fnVariable.references) {
    const call = ref.identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== ref.identifier) continue;
    const arg = call.arguments[index];
    const argMatch = arg && arg.type !== 'SpreadElement' ? signalIncludesSigterm(arg, ref.from as Scope, depth + 1) : 'no';
    match = match === undefined ? argMatch : combine(match, argMatch);
  }
  return match ?? 'unknown';
}

/** Whether a module specifier is one of `modules` (exact, a subpath of a package, or a project path ending with it). */
export function matchesModule(specifier: string, modules: readonly string[]): boolean {
  for (const entry of modules) {
    if (specifier === entry || specifier.startsWith(`${entry}/`)) return true;
    if (specifier.startsWith('.') && !entry.startsWith('.')) {
      const withoutExtension = specifier.replace(/\.[cm]?[jt]s$/, '');
      if (withoutExtension.endsWith(`/${entry}`)) return true;
    }
    if (entry.startsWith('.') && specifier.replace(/\.[cm]?[jt]s$/, '') === entry.replace(/\.[cm]?[jt]s$/, '')) return true;
  }
  return false;
}

/** Every module specifier the file imports statically: `import`, `export … from`, `require('…')`, `import x = require()`. */
export function getImportedModules(sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const found: string[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration') found.push(toPackageSpecifier(statement.source.value));
    else if (statement.type === 'ExportNamedDeclaration' && statement.source) found.push(toPackageSpecifier(statement.source.value));
    else if (statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference') {
      const expression = statement.moduleReference.expression;
      if (expression.type === 'Literal') found.push(String(expression.value));
    }
  }
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return found;
  const requireRefs = [...globalScope.through.filter((ref) => ref.identifier.name === 'require'), ...(globalScope.set.get('require')?.references ?? [])];
  for (const ref of requireRefs) {
    const call = ref.identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== ref.identifier) continue;
    const name = getRequiredModuleName(call);
    if (name !== undefined) found.push(name);
  }
  return found;
}

/** The specifier of `import … from 'process'` (or `node:process`) that defines a binding, if it is one. */
function getProcessImportSpecifier(def: TSESLint.Scope.Definition): TSESTree.ImportClause | undefined {
  if (def.type !== 'ImportBinding') return undefined;
  const declaration = def.parent;
  return declaration?.type === 'ImportDeclaration' && PROCESS_MODULES.has(String(declaration.source.value)) ? (def.node as TSESTree.ImportClause) : undefined;
}

/** `require('process')` or `require('node:process')`. */
function isProcessRequire(node: TSESTree.Node): boolean {
  const name = getRequiredModuleName(unwrapExpression(node));
  return name !== undefined && PROCESS_MODULES.has(name);
}

/**
 * `import { env } from 'node:process'`, `const { env } = process` (or `= require('process')`): a
 * local name for the real `process.env`.
 */
export function isProcessEnvBinding(variable: Variable): boolean {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return false;
  if (def.type === 'ImportBinding') {
    const specifier = getProcessImportSpecifier(def);
    return specifier?.type === 'ImportSpecifier' && (specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value)) === 'env';
  }
  if (def.type !== 'Variable' || def.node.id.type !== 'ObjectPattern' || !def.node.init) return false;
  const property = def.name.parent;
  if (property?.type !== 'Property' || property.value !== def.name || property.parent !== def.node.id || getPropertyName(property) !== 'env') return false;
  const init = unwrapExpression(def.node.init);
  return init.type === 'Identifier' ? init.name === 'process' : isProcessRequire(init);
}

/** `require('process')`, `import process from 'node:process'`: a local name for the real `process`. */
export function isProcessModuleBinding(variable: Variable): boolean {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return false;
  if (def.type === 'ImportBinding') {
    const specifier = getProcessImportSpecifier(def);
    return specifier?.type === 'ImportDefaultSpecifier' || specifier?.type === 'ImportNamespaceSpecifier';
  }
  return def.type === 'Variable' && def.node.id.type === 'Identifier' && def.node.init !== null && isProcessRequire(def.node.init);
}

/**
 * Expressions that are Node's own `process`: the global (not shadowed by a parameter or local
 * variable), `globalThis.process`, and local bindings of `require('process')` / `node:process`.
 */
export function getProcessReferences(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const found: TSESTree.Node[] = [];
  const addGlobal = (name: string, ref: TSESLint.Scope.Reference): void => {
    if (name === 'process') found.push(ref.identifier as TSESTree.Node);
    else if (GLOBAL_OBJECTS.has(name)) {
      const member = ref.identifier.parent;
      if (member?.type === 'MemberExpression' && member.object === ref.identifier && getPropertyName(member) === 'process') found.push(member);
    }
  };
  for (const ref of globalScope.through) addGlobal(ref.identifier.name, ref);
  for (const name of ['process', ...GLOBAL_OBJECTS]) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) for (const ref of variable.references) addGlobal(name, ref);
  }
  // Module-level bindings of the process module (ESM module scope or CommonJS wrapper scope).
  for (const scope of [globalScope, ...globalScope.childScopes]) {
    if (scope !== globalScope && scope.type !== 'module' && !isModuleWrapperScope(scope)) continue;
    for (const variable of scope.variables) {
      if (isProcessModuleBinding(variable)) for (const ref of variable.references) if (!ref.init) found.push(ref.identifier as TSESTree.Node);
    }
  }
  return found;
}

function resolveHandler(node: TSESTree.Node | undefined, scope: Scope | undefined): FunctionNode | undefined {
  if (!node) return undefined;
  let target = unwrapExpression(node);
  // shutdown.bind(null, server)
  if (target.type === 'CallExpression' && target.callee.type === 'MemberExpression' && getPropertyName(target.callee) === 'bind') {
    target = unwrapExpression(target.callee.object);
  }
  if (isFunctionExpression(target)) return target;
  if (target.type !== 'Identifier') return undefined;
  const init = getConstInitializer(target, scope);
  if (init && isFunctionExpression(init)) return init;
  const def = findVariable(scope, target)?.defs[0];
  return def?.type === 'FunctionName' && def.node.type === 'FunctionDeclaration' ? def.node : undefined;
}

/**
 * Every `process.on/once/addListener/prependListener/prependOnceListener(signal, listener)` of
 * the file on the real `process` — also down a chain (`process.removeAllListeners(x).on(…)`) —
 * with whether the signal is SIGTERM.
 */
export function findProcessListeners(sourceCode: Readonly<TSESLint.SourceCode>): ProcessListener[] {
  const listeners: ProcessListener[] = [];
  for (const reference of getProcessReferences(sourceCode)) {
    let receiver: TSESTree.Node = climb(reference);
    for (;;) {
      const member = receiver.parent;
      if (member?.type !== 'MemberExpression' || member.object !== receiver) break;
      const method = getPropertyName(member);
      const call = member.parent;
      if (method === undefined || !PROCESS_CHAINABLE_METHODS.has(method) || call?.type !== 'CallExpression' || call.callee !== member) break;
      if (PROCESS_LISTENER_METHODS.has(method) && call.arguments[0]) {
        const scope = sourceCode.getScope(call);
        const signal = call.arguments[0];
        const listener = call.arguments[1];
        const handler = resolveHandler(listener, scope);
        listeners.push({
          call,
          method,
          sigterm: signal.type === 'SpreadElement' ? 'unknown' : signalIncludesSigterm(signal, scope),
          ...(listener ? { listener } : {}),
          ...(handler ? { handler } : {}),
        });
      }
      receiver = climb(call);
    }
  }
  return listeners.sort((a, b) => a.call.range[0] - b.call.range[0]);
}

function climb(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (current.parent.type === 'TSNonNullExpression' || current.parent.type === 'TSAsExpression' || current.parent.type === 'ChainExpression')) {
    current = current.parent;
  }
  return current;
}

/**
 * Whether an options object's array property holds a call of one of `callees` (by name, or by
 * the last name of a member); an array or property the file does not spell out gets the benefit
 * of the doubt.
 */
function holdsCallOf(
  object: NonNullable<ReturnType<typeof getObjectProperties>>,
  wanted: NonNullable<SignalOptions['needsCallIn']>,
  scope: Scope,
): boolean {
  const property = object.properties.get(wanted.property);
  if (!property) return !object.complete;
  const list = resolveExpression(property.value, scope);
  if (list.type !== 'ArrayExpression') return true;
  return list.elements.some((element) => {
    if (!element) return false;
    if (element.type === 'SpreadElement') return true;
    const call = unwrapExpression(element);
    const name = call.type === 'CallExpression' ? getCalleeName(call) : undefined;
    return name !== undefined && wanted.callees.includes(name);
  });
}

/** Whether a library call's options leave SIGTERM among the signals it listens to. */
function libraryHandlesSigterm(call: TSESTree.Node, options: SignalOptions | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!options || (call.type !== 'CallExpression' && call.type !== 'NewExpression')) return true;
  const arg = call.arguments[options.argument];
  if (!arg || arg.type === 'SpreadElement') return true;
  const scope = sourceCode.getScope(call);
  if (options.listArgument) return call.arguments.length < 2 || listIncludesSigterm(arg, scope, 0) !== 'no';
  const object = getObjectProperties(arg, scope);
  if (!object) return true;
  if (options.offWhenFalse !== undefined) {
    const property = object.properties.get(options.offWhenFalse);
    if (property && getStaticValue(property.value, scope)?.value === false) return false;
  }
  if (options.needsCallIn && !holdsCallOf(object, options.needsCallIn, scope)) return false;
  const read = (name: string | undefined, format: 'array' | 'words'): SignalMatch | undefined => {
    if (name === undefined) return undefined;
    const property = object.properties.get(name);
    if (!property) return object.complete ? undefined : 'unknown';
    const value = getStaticValue(property.value, scope);
    if (value) return valueIncludesSigterm(value.value, format);
    return format === 'array' ? listIncludesSigterm(property.value, scope, 0) : 'unknown';
  };
  const signal = read(options.signal, 'array');
  const signals = read(options.signals, options.signalsFormat ?? 'array');
  if (options.signalsAdd) return combine(signal ?? 'yes', signals ?? 'no') !== 'no';
  return (signals ?? 'yes') !== 'no';
}

/**
 * A function the file imports and calls, named like it installs a shutdown handler:
 * `setupGracefulShutdown(server)`, `lifecycle.registerShutdownHooks(app)`, `handleSignals()`.
 * The handler lives in another module the rule cannot read, so the call gets the benefit of the
 * doubt. Close-only helpers (`createHttpTerminator`, `stoppable`) do not match.
 */
const SHUTDOWN_HELPER_NAME = /graceful|shutdown|terminus|handleSignals|signalHandler|exitHook/i;

const KNOWN_LIBRARIES: ReadonlySet<string> = new Set(SHUTDOWN_CALLS.map((row) => row.module));

/**
 * A project module named like it installs the shutdown handler (`import './graceful-shutdown'`,
 * `require('../lib/shutdown')`): the benefit of the doubt, as for imported helpers. Packages of
 * the knowledge table are judged by their calls instead.
 */
function isShutdownModule(specifier: string): boolean {
  if (KNOWN_LIBRARIES.has(specifier)) return false;
  const segment = specifier.slice(specifier.lastIndexOf('/') + 1);
  return specifier.startsWith('.') && SHUTDOWN_HELPER_NAME.test(segment);
}

/** Whether a value is a `require` of a module or a member of one (`require('./app').AppWorker`), awaited or not. */
function isRequiredValue(node: TSESTree.Node): boolean {
  let value: TSESTree.Node = unwrapExpression(node);
  while (value.type === 'MemberExpression') value = unwrapExpression(value.object);
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  return getRequiredModuleName(value) !== undefined;
}

/**
 * Whether an identifier is bound by an import or a `require` (or not declared by the file at all).
 * A `let` declared without a value counts when every assignment to it is a `require`: the
 * implementation picked by a condition (`if (threads) Worker = require('./threads').Worker; else
 * Worker = require('./process').Worker`).
 */
function isImportedName(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope, identifier);
  if (!variable || variable.defs.length === 0) return true;
  const def = variable.defs[0];
  if (def?.type === 'ImportBinding') return true;
  if (def?.type !== 'Variable') return false;
  if (def.node.init) return isRequiredValue(def.node.init);
  if (variable.defs.length !== 1) return false;
  let assigned = false;
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const written = reference.writeExpr;
    const assignment = reference.identifier.parent;
    // Only a plain `X = require(…)`: a destructuring or compound assignment writes something else.
    if (!written || assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.right !== written || !isRequiredValue(written)) return false;
    assigned = true;
  }
  return assigned;
}

/** The name a call is made by, and whether that name comes from another module. */
function getImportedCalleeName(call: TSESTree.CallExpression, scope: Scope): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return isImportedName(callee, scope) ? callee.name : undefined;
  if (callee.type !== 'MemberExpression') return undefined;
  let root: TSESTree.Node = unwrapExpression(callee.object);
  while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
  const imported = root.type === 'Identifier' ? (isImportedName(root, scope) || isImportedInstance(root, scope)) && root.name !== 'process' : getRequiredModuleName(root) !== undefined;
  return imported ? getPropertyName(callee) : undefined;
}

/**
 * Whether an identifier is a `const` made by a class or factory another module exports:
 * `const registry = new ServiceRegistry(…)` with `ServiceRegistry` imported, whose
 * `registry.setupGracefulShutdown(server)` runs that module's code.
 */
function isImportedInstance(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope, identifier);
  const def = variable?.defs[0];
  if (!variable || def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return false;
  const init = unwrapExpression(def.node.init);
  if (init.type !== 'NewExpression' && init.type !== 'CallExpression') return false;
  const maker = unwrapExpression(init.callee);
  return maker.type === 'Identifier' && isImportedName(maker, variable.scope);
}

/**
 * Calls that install SIGTERM handlers on an app (NestJS `app.enableShutdownHooks()`), and calls of
 * imported shutdown helpers. One walk, only in files whose text mentions one of them.
 */
function findShutdownMethodCalls(sourceCode: Readonly<TSESLint.SourceCode>, libraryCalls: ReadonlySet<TSESTree.Node>): SigtermArrangement[] {
  const rows = SHUTDOWN_METHODS.filter((row) => mentions(sourceCode, row.method));
  const helpers = SHUTDOWN_HELPER_NAME.test(sourceCode.text);
  if (rows.length === 0 && !helpers) return [];
  const found: SigtermArrangement[] = [];
  for (const node of getFileCalls(sourceCode)) {
    const callee = unwrapExpression(node.callee);
    const method = callee.type === 'MemberExpression' ? getPropertyName(callee) : undefined;
    const row = method === undefined ? undefined : rows.find((r) => r.method === method);
    if (row) {
      const signals = node.arguments[row.signalsArgument];
      // enableShutdownHooks() listens to every termination signal; a list must name SIGTERM.
      if (signals && signals.type !== 'SpreadElement' && listIncludesSigterm(signals, sourceCode.getScope(node), 0) === 'no') continue;
      found.push({ node, via: row.method });
      continue;
    }
    // Known libraries are judged by their options above, not by their names.
    if (!helpers || libraryCalls.has(node)) continue;
    const name = getImportedCalleeName(node, sourceCode.getScope(node));
    if (name !== undefined && SHUTDOWN_HELPER_NAME.test(name)) found.push({ node, via: name });
  }
  return found;
}

function describeLibrary(library: ShutdownLibrary): string {
  return library.library;
}

const findDenoSignalListeners = createGlobalFinder([{ global: 'Deno', path: ['addSignalListener'], kind: 'call', info: undefined }]);

/** `Deno.addSignalListener(signal, …)` calls with their signal: `null` when the file does not write it out. */
function findDenoSignalCalls(sourceCode: Readonly<TSESLint.SourceCode>): { call: TSESTree.CallExpression; signal: unknown }[] {
  const calls: { call: TSESTree.CallExpression; signal: unknown }[] = [];
  for (const { node } of findDenoSignalListeners(sourceCode)) {
    const signal = node.type === 'CallExpression' ? node.arguments[0] : undefined;
    if (node.type !== 'CallExpression' || !signal || signal.type === 'SpreadElement') continue;
    const known = getStaticValue(signal, sourceCode.getScope(node));
    calls.push({ call: node, signal: known === undefined ? null : known.value });
  }
  return calls;
}

/** Specifiers only Deno resolves: `npm:`, `jsr:` and URL imports. */
const DENO_SPECIFIER = /^(?:npm|jsr|https?):/;

/**
 * A module written for Deno: it uses the `Deno` global or imports by `npm:`, `jsr:` or URL, and
 * never uses Node's `process` (which Deno 2 also has; a file that uses it is answered in its terms).
 */
export function isDenoModule(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const usesDeno =
    referencesGlobal(sourceCode, 'Deno') || sourceCode.ast.body.some((statement) => statement.type === 'ImportDeclaration' && DENO_SPECIFIER.test(statement.source.value));
  return usesDeno && getProcessReferences(sourceCode).length === 0;
}

/** Deno's `Deno.addSignalListener('SIGINT', …)`: the first call that names SIGINT. */
export function findDenoSigintListener(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | undefined {
  return findDenoSignalCalls(sourceCode).find(({ signal }) => signal === 'SIGINT')?.call;
}

/**
 * The signals a hapi plugin is registered for: `server.register({ plugin: require('hapi-pulse'),
 * options: { signals: ['SIGINT'] } })` leaves SIGTERM out. A registration that names none (or the
 * plugin registered bare, or elsewhere) keeps the plugin's defaults.
 */
function registeredSignals(sourceCode: Readonly<TSESLint.SourceCode>, library: string, option: string): SignalMatch {
  let match: SignalMatch | undefined;
  for (const call of getFileCalls(sourceCode)) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'register') continue;
    const scope = sourceCode.getScope(call);
    for (const argument of call.arguments) {
      const target = argument.type === 'SpreadElement' ? undefined : unwrapExpression(argument);
      for (const element of target?.type === 'ArrayExpression' ? target.elements : [target]) {
        if (!element || element.type === 'SpreadElement') continue;
        const registration = getObjectProperties(element, scope);
        const plugin = registration?.properties.get('plugin');
        if (!registration || !plugin || getModuleOfValue(plugin.value, scope)?.module !== library) continue;
        const given = registration.properties.get('options');
        const settings = given && getObjectProperties(given.value, scope);
        const signals = settings?.properties.get(option);
        const found: SignalMatch = signals ? listIncludesSigterm(signals.value, scope, 0) : given && !settings?.complete ? 'unknown' : 'yes';
        match = match === undefined ? found : combine(match, found);
      }
    }
  }
  return match ?? 'yes';
}

/**
 * Everything in the file that arranges for SIGTERM: `process` listeners whose signal is (or may
 * be) SIGTERM, NestJS `enableShutdownHooks`, calls of graceful-shutdown libraries whose options
 * keep SIGTERM, `Deno.addSignalListener` for SIGTERM (or a signal not written out), imports of
 * plugins that install the handler, and imports of `handlerModules`.
 * Close-only helpers (`stoppable`, `http-terminator`) and SIGINT/SIGHUP/`beforeExit` listeners
 * do not count.
 */
export function findSigtermArrangements(sourceCode: Readonly<TSESLint.SourceCode>, options: SignalOptionsOfRule = {}): SigtermArrangement[] {
  const found: SigtermArrangement[] = [];
  for (const listener of findProcessListeners(sourceCode)) {
    if (listener.sigterm !== 'no') found.push({ node: listener.call, via: `process.${listener.method}` });
  }
  const libraryCalls = findShutdownCalls(sourceCode);
  for (const ref of libraryCalls) {
    if (ref.info.installsHandler && libraryHandlesSigterm(ref.node, ref.info.options, sourceCode)) found.push({ node: ref.node, via: describeLibrary(ref.info) });
  }
  found.push(...findShutdownMethodCalls(sourceCode, new Set(libraryCalls.map((ref) => ref.node))));
  // Deno's own: `Deno.addSignalListener('SIGTERM', handler)`; a signal the file does not write out may be SIGTERM.
  for (const { call, signal } of findDenoSignalCalls(sourceCode)) {
    if (signal === null || signal === 'SIGTERM') found.push({ node: call, via: 'Deno.addSignalListener' });
  }
  const markers = [...SHUTDOWN_IMPORTS.map((row) => row.library), ...(options.handlerModules ?? [])];
  for (const specifier of getImportedModules(sourceCode)) {
    if (!matchesModule(specifier, markers) && !(isShutdownModule(specifier) && !isOnlyImportedUnused(sourceCode, specifier))) continue;
    const plugin = SHUTDOWN_IMPORTS.find((row) => row.library === specifier && row.pluginSignals !== undefined);
    if (plugin?.pluginSignals !== undefined && registeredSignals(sourceCode, specifier, plugin.pluginSignals) === 'no') continue;
    found.push({ node: sourceCode.ast, via: specifier });
  }
  return found;
}

/**
 * Whether every import of a module binds names the file never uses: `import { shutDown } from
 * './utils/shutdown'` with no `shutDown(…)` after it installs nothing, unlike `import
 * './shutdown.js'`, a `require` of it as a statement, or a name of it that the file uses.
 */
function isOnlyImportedUnused(sourceCode: Readonly<TSESLint.SourceCode>, specifier: string): boolean {
  let imports = 0;
  const unused = (node: TSESTree.Node): boolean => {
    const variables = sourceCode.getDeclaredVariables(node);
    return variables.length > 0 && variables.every((variable) => variable.references.every((reference) => reference.init === true));
  };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === specifier) {
      if (!unused(statement)) return false;
      imports++;
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (!declarator.init || !isRequireOf(declarator.init, specifier)) continue;
        if (!unused(declarator)) return false;
        imports++;
      }
    }
  }
  // A require anywhere else (a statement, a call of it) is a use; so is any form not read above.
  return imports > 0 && imports === getImportedModules(sourceCode).filter((imported) => imported === specifier).length;
}

/** Whether a `require` value (or a member of one) loads `specifier`. */
function isRequireOf(node: TSESTree.Node, specifier: string): boolean {
  let value: TSESTree.Node = unwrapExpression(node);
  while (value.type === 'MemberExpression') value = unwrapExpression(value.object);
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  return getRequiredModuleName(value) === specifier;
}

/** Method names that close a resource before exiting: `server.close()`, `db.disconnect()`, ... */
const CLOSING_METHODS: ReadonlySet<string> = new Set(['close', 'stop', 'disconnect', 'end', 'quit', 'destroy', 'shutdown', 'tryShutdown', 'forceShutdown', 'terminate', 'drain', 'flush', 'closeAll', 'stopAll']);
/**
 * Functions and methods named like they close or clean up things: `closeServer()`,
 * `gracefulShutdown()`, `cleanup()`, `scheduler.stopAllJobs()`, `this.removeBinary()` (a partial
 * download), `fs.unlinkSync(pidFile)`, `lock.release()`, `killProcessTree(child)` (the signal passed on
 * to a child's whole process group, as `child.kill()` passes it to the child).
 */
const CLOSING_FUNCTION = /^(?:close|stop|shutdown|disconnect|terminate|teardown|cleanup|clean|graceful|drain|remove|unlink|release|dispose|kill)/i;
const TIMERS: ReadonlySet<string> = new Set(['setTimeout', 'setInterval']);
/**
 * Calls that take a function without waiting for anything: array iteration, listener
 * registration, the next tick. Any other call handed a function is taken to call it back once it
 * is done (`pm2.kill(() => process.exit(0))`, `queue.pause(cb)`), so an exit there waits for it.
 */
const NOT_WAITING: ReadonlySet<string> = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'find',
  'findIndex',
  'some',
  'every',
  'reduce',
  'sort',
  'on',
  'once',
  'addListener',
  'prependListener',
  'nextTick',
  'setImmediate',
  'queueMicrotask',
]);

function isProcessExit(node: TSESTree.Node, processRefs: ReadonlySet<TSESTree.Node>): boolean {
  if (node.type !== 'CallExpression' && node.type !== 'MemberExpression') return false;
  const member = node.type === 'CallExpression' ? unwrapExpression(node.callee) : node;
  return member.type === 'MemberExpression' && processRefs.has(climbBack(member.object)) && getPropertyName(member) === 'exit';
}

function climbBack(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === 'TSNonNullExpression' || current.type === 'TSAsExpression') current = current.expression;
  return current;
}

function isTimerCallback(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== fn) return false;
  const name = getCalleeName(parent);
  return name !== undefined && TIMERS.has(name);
}

/** A call handed a function literal it calls back when done (see NOT_WAITING). */
function takesCompletionCallback(call: TSESTree.CallExpression, name: string | undefined): boolean {
  if (name !== undefined && (NOT_WAITING.has(name) || TIMERS.has(name))) return false;
  return call.arguments.some((argument) => isFunctionExpression(argument) || (argument.type === 'ObjectExpression' && hasCallbackOption(argument)));
}

function isFunctionExpression(node: TSESTree.Node): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

/** `{ res, callback: () => process.exit() }`: a callback handed over as an option named like one. */
function hasCallbackOption(options: TSESTree.ObjectExpression): boolean {
  return options.properties.some((property) => property.type === 'Property' && isFunctionExpression(property.value) && HOOK_PARAMETER.test(getPropertyName(property) ?? ''));
}

/** Parameter names of callbacks and hooks: `callback`, `cb`, `fn`, `onExit`, `beforeShutdown`. */
const HOOK_PARAMETER = /^(?:cb|callback|fn|func|hook|handler|listener|done|(?:on|before|after)[A-Z_]\w*)$/;

/**
 * `callback()` where `callback` is a parameter of a function around the handler, named like a
 * callback: the cleanup the code that registered the handler was given (`onExit(callback)`
 * registering `() => { callback(); process.exit(); }`). A `log` parameter is no cleanup.
 */
function callsGivenHook(callee: TSESTree.Identifier, fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!HOOK_PARAMETER.test(callee.name)) return false;
  const variable = findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.type === 'Parameter' && definition.node !== fn;
}

/**
 * `hook()` where `hook` is each element of a list in turn: `for (const hook of exitHooks) hook()`,
 * `exitHooks.forEach((h) => h())`. Running every registered exit hook is the cleanup.
 */
function callsEachOfList(callee: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === 'Variable') {
    const declaration = definition.parent;
    return declaration?.parent?.type === 'ForOfStatement' && declaration.parent.left === declaration;
  }
  if (definition.type !== 'Parameter') return false;
  const callback = definition.node;
  if ((callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') || callback.params[0] !== definition.name) return false;
  const call = callback.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== callback) return false;
  const method = unwrapExpression(call.callee);
  return method.type === 'MemberExpression' && LIST_CALLBACK_METHODS.has(getPropertyName(method) ?? '');
}

const LIST_CALLBACK_METHODS: ReadonlySet<string> = new Set(['forEach', 'map']);

/** `process.kill(process.pid, …)`: the process signals itself, which closes nothing. */
function isSignalToSelf(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, processRefs: ReadonlySet<TSESTree.Node>): boolean {
  const target = call.arguments[0];
  return processRefs.has(climbBack(callee.object)) && target?.type === 'MemberExpression' && processRefs.has(climbBack(target.object)) && getPropertyName(target) === 'pid';
}

/**
 * Whether a call closes something or is waited for: `x.close()`, `closeDb()`, `child.kill()`, `await x`,
 * `x.then(…)`, `pm2.kill(() => …)`, a cleanup hook the code was given.
 */
function isClosingStep(
  node: TSESTree.Node,
  fn: FunctionNode,
  sourceCode: Readonly<TSESLint.SourceCode>,
  processRefs: ReadonlySet<TSESTree.Node>,
  localClosers: ReadonlySet<TSESTree.Node>,
): boolean {
  if (node.type === 'AwaitExpression') return true;
  if (node.type !== 'CallExpression') return false;
  // Compiled TypeScript calls imported functions as `(0, db_1.closeAll)()`.
  const callee = unwrapCallee(node.callee);
  if (callee.type === 'MemberExpression') {
    const name = getPropertyName(callee);
    if (name !== undefined && CLOSING_METHODS.has(name)) return true;
    // `process.removeAllListeners(…)` closes nothing.
    if (name !== undefined && CLOSING_FUNCTION.test(name) && !processRefs.has(climbBack(callee.object))) return true;
    // child.kill(), process.kill(child.pid): the signal passed on to a child process
    if (name === 'kill') return !isSignalToSelf(node, callee, processRefs);
    // cleanup().then(() => process.exit(0)): the exit waits for the promise
    if (name === 'then' || name === 'finally') return unwrapExpression(callee.object).type === 'CallExpression';
    return takesCompletionCallback(node, name);
  }
  if (callee.type === 'Identifier') {
    return (
      CLOSING_FUNCTION.test(callee.name) ||
      localClosers.has(node) ||
      takesCompletionCallback(node, callee.name) ||
      callsGivenHook(callee, fn, sourceCode) ||
      callsEachOfList(callee, sourceCode)
    );
  }
  return false;
}

interface HandlerScan {
  readonly exits: TSESTree.Node[];
  readonly closingStarts: number[];
  /** The source text of what the closing calls close: `server` for `server.close()`, `app` for `process.kill(app.pid)`. */
  readonly closedTargets: string[];
  readonly localCalls: { call: TSESTree.CallExpression; fn: FunctionNode }[];
}

function scanHandler(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>, processRefs: ReadonlySet<TSESTree.Node>, localClosers: ReadonlySet<TSESTree.Node>): HandlerScan {
  const exits: TSESTree.Node[] = [];
  const closingStarts: number[] = [];
  const closedTargets: string[] = [];
  const localCalls: { call: TSESTree.CallExpression; fn: FunctionNode }[] = [];
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    // setTimeout(() => process.exit(1), 10_000).unref(): the forced exit after a grace period
    if (isFunctionExpression(node) && isTimerCallback(node)) return false;
    // `const done = () => process.exit(code)` declared before the cleanup: its body runs where it is called (`localCalls`).
    if (isNamedHelper(node, sourceCode)) return false;
    if (node.type === 'CallExpression' && isProcessExit(node, processRefs)) {
      exits.push(node);
      return false;
    }
    if (isClosingStep(node, fn, sourceCode, processRefs, localClosers)) {
      closingStarts.push(node.range[0]);
      const target = getClosedTarget(node, processRefs);
      if (target) closedTargets.push(sourceCode.getText(target));
    }
    if (node.type === 'CallExpression' && unwrapExpression(node.callee).type === 'Identifier') {
      const local = resolveHandler(node.callee, sourceCode.getScope(node));
      if (local && local !== fn) localCalls.push({ call: node, fn: local });
    }
    return undefined;
  });
  return { exits, closingStarts, closedTargets, localCalls };
}

/**
 * A function declared in a handler under a name it is called by, as `resolveHandler` follows a
 * call to it: a function declaration, or a function bound to a `const` (or to a `let` or `var`
 * never reassigned, as `getConstInitializer` reads one). It runs where it is called, not where it
 * is written.
 */
function isNamedHelper(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type === 'FunctionDeclaration') return node.id !== null;
  if (!isFunctionExpression(node)) return false;
  const declarator = node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== node || declarator.id.type !== 'Identifier') return false;
  if (declarator.parent.kind === 'const') return true;
  const variable = getFunctionVariable(node, sourceCode.getScope(node));
  return variable?.defs.length === 1 && !variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/** What a closing call closes: the receiver of `server.close()`, the child of `process.kill(child.pid)`. */
function getClosedTarget(node: TSESTree.Node, processRefs: ReadonlySet<TSESTree.Node>): TSESTree.Node | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const name = getPropertyName(callee);
  if (name === 'kill' && processRefs.has(climbBack(callee.object))) {
    const target = node.arguments[0];
    return target?.type === 'MemberExpression' && getPropertyName(target) === 'pid' ? unwrapExpression(target.object) : undefined;
  }
  return name !== undefined && (CLOSING_METHODS.has(name) || name === 'kill') ? unwrapExpression(callee.object) : undefined;
}

/**
 * An exit in the branch taken when what the handler closes elsewhere does not exist: `if (!server)
 * process.exit(0); server.close(…)` has nothing to close on that path.
 */
function exitsWhenNothingToClose(exit: TSESTree.Node, fn: FunctionNode, closedTargets: readonly string[], sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (closedTargets.length === 0) return false;
  let child: TSESTree.Node = exit;
  for (let node = exit.parent; node && node !== fn; child = node, node = node.parent) {
    if (node.type !== 'IfStatement' || node.consequent !== child) continue;
    const tested = getAbsenceTested(node.test);
    if (tested !== undefined && closedTargets.includes(sourceCode.getText(tested))) return true;
  }
  return false;
}

/**
 * An exit in the branch taken when a shutdown is already under way: `if (closing) process.exit(1);
 * closing = true; …`, where the function sets the flag it tests after the test, or `signals++;
 * if (signals === 3) process.exit(130);`, where it counts the signals before. A repeated signal
 * (Ctrl+C pressed twice) forces the exit; the first one closes.
 */
function exitsOnRepeatedSignal(exit: TSESTree.Node, fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const body = fn.body;
  if (body.type !== 'BlockStatement') return false;
  let child: TSESTree.Node = exit;
  for (let node = exit.parent; node && node !== fn; child = node, node = node.parent) {
    if (node.type !== 'IfStatement' || node.consequent !== child) continue;
    const test = unwrapExpression(node.test);
    if (test.type === 'BinaryExpression' && countsRepeatedSignals(test, node, body, sourceCode)) return true;
    if (test.type !== 'Identifier' && test.type !== 'MemberExpression') continue;
    const flag = sourceCode.getText(test);
    const after = node.range[1];
    const setsFlag = (statement: TSESTree.Statement): boolean => {
      if (statement.type !== 'ExpressionStatement') return false;
      const assignment = statement.expression;
      return (
        assignment.type === 'AssignmentExpression' &&
        assignment.operator === '=' &&
        assignment.right.type === 'Literal' &&
        assignment.right.value === true &&
        sourceCode.getText(assignment.left) === flag
      );
    };
    if (body.body.some((statement) => statement.range[0] >= after && setsFlag(statement))) return true;
    // `if (this.isShuttingDown) process.exit(1); await this.shutdown();`: a flag named for a shutdown
    // under way, which the shutdown it starts sets; set by the handler before its test, it is no guard.
    const name = test.type === 'Identifier' ? test.name : getPropertyName(test);
    if (name !== undefined && SHUTDOWN_FLAG.test(name) && !body.body.some((statement) => statement.range[1] <= node.range[0] && setsFlag(statement))) return true;
  }
  return false;
}

/** Names of a flag that says a shutdown is under way: `isShuttingDown`, `shuttingDown`, `stopping`, `isClosing`, `exiting`. */
const SHUTDOWN_FLAG = /^(?:is_?|_)?(?:shutting_?down|stopping|closing|exiting|terminating)$/i;

/**
 * `count === 3`, `count >= 2`, `count > 1` where the handler increments `count` before the test
 * (`count++;`, `count += 1;`): true from a repeated signal on, never for the first.
 */
function countsRepeatedSignals(test: TSESTree.BinaryExpression, statement: TSESTree.IfStatement, body: TSESTree.BlockStatement, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const limit = test.right.type === 'Literal' && typeof test.right.value === 'number' ? test.right.value : undefined;
  if (limit === undefined) return false;
  const repeated = ((test.operator === '===' || test.operator === '==' || test.operator === '>=') && limit >= 2) || (test.operator === '>' && limit >= 1);
  const counter = unwrapExpression(test.left);
  if (!repeated || (counter.type !== 'Identifier' && counter.type !== 'MemberExpression')) return false;
  const name = sourceCode.getText(counter);
  return body.body.some((before) => {
    if (before.range[1] > statement.range[0] || before.type !== 'ExpressionStatement') return false;
    const step = before.expression;
    if (step.type === 'UpdateExpression') return step.operator === '++' && sourceCode.getText(step.argument) === name;
    return step.type === 'AssignmentExpression' && step.operator === '+=' && step.right.type === 'Literal' && step.right.value === 1 && sourceCode.getText(step.left) === name;
  });
}

/**
 * An exit in the branch taken when the handler is the signal's only listener:
 * `if (process.listenerCount(signal) === 1) process.exit();` (also `<= 1`, `< 2`). It does what
 * Node does without a handler, and leaves the shutdown to the listeners the app adds (Redwood's
 * telemetry, installed in every command).
 */
function exitsAsOnlyListener(exit: TSESTree.Node, fn: FunctionNode, processRefs: ReadonlySet<TSESTree.Node>): boolean {
  let child: TSESTree.Node = exit;
  for (let node = exit.parent; node && node !== fn; child = node, node = node.parent) {
    if (node.type === 'IfStatement' && node.consequent === child && isOnlyListenerTest(node.test, processRefs)) return true;
  }
  return false;
}

/** `process.listenerCount(signal) === 1`, `<= 1` or `< 2`. */
function isOnlyListenerTest(test: TSESTree.Expression, processRefs: ReadonlySet<TSESTree.Node>): boolean {
  const comparison = unwrapExpression(test);
  if (comparison.type !== 'BinaryExpression' || comparison.right.type !== 'Literal' || typeof comparison.right.value !== 'number') return false;
  const count = unwrapExpression(comparison.left);
  if (count.type !== 'CallExpression') return false;
  const callee = unwrapExpression(count.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'listenerCount' || !processRefs.has(climbBack(callee.object))) return false;
  const limit = comparison.right.value;
  const operator = comparison.operator;
  return ((operator === '===' || operator === '==' || operator === '<=') && limit === 1) || (operator === '<' && limit === 2);
}

/**
 * For a SIGTERM handler: the `process.exit()` calls it makes without closing anything first — no
 * `.close()`/`.stop()`/`.disconnect()`/`.end()`/`.quit()`/`.destroy()` call, no call named like a
 * shutdown, nothing awaited or `.then`-ed, no call handed a callback, also as an option named like
 * one (the exit in `pm2.kill(() => process.exit())` waits for it), no cleanup hook the code was
 * given, no signal passed on to a child (`child.kill()`). Exits in `setTimeout` callbacks are the forced exit after a grace period and are
 * fine, as are exits in the branch taken when what the handler closes does not exist, when a
 * shutdown is already under way (a repeated signal) or when the handler is the signal's only
 * listener (`if (process.listenerCount(signal) === 1)`, Node's own default). Local functions the handler calls are followed
 * one step. `process.on('SIGTERM', process.exit)` returns the listener itself.
 */
export function findExitsWithoutClosing(listener: ProcessListener, sourceCode: Readonly<TSESLint.SourceCode>, processRefs: ReadonlySet<TSESTree.Node>): TSESTree.Node[] {
  if (listener.listener && isProcessExit(unwrapExpression(listener.listener), processRefs)) return [listener.listener];
  const handler = listener.handler;
  if (!handler) return [];
  return exitsWithoutClosing(handler, scanListener(handler, sourceCode, processRefs), sourceCode, processRefs);
}

/**
 * A SIGTERM handler's first hasty exit: one made without closing anything (`findExitsWithoutClosing`),
 * or else one made right after asking a server to close without waiting for it (`server`, its
 * text: see `findExitBeforeClosedIn`). The handler and its helpers are scanned once for both.
 */
export function findHastyExit(
  listener: ProcessListener,
  sourceCode: Readonly<TSESLint.SourceCode>,
  processRefs: ReadonlySet<TSESTree.Node>,
  servers: StartedServers = NO_SERVERS,
): { exit: TSESTree.Node; server?: string } | undefined {
  if (listener.listener && isProcessExit(unwrapExpression(listener.listener), processRefs)) return { exit: listener.listener };
  const handler = listener.handler;
  if (!handler) return undefined;
  const scans = scanListener(handler, sourceCode, processRefs);
  const exit = exitsWithoutClosing(handler, scans, sourceCode, processRefs)[0];
  if (exit) return { exit };
  const found = findExitBeforeClosedIn(handler, scans.first.exits, sourceCode, servers);
  if (found) return found;
  for (const { fn, scan } of scans.helpers) {
    const inHelper = findExitBeforeClosedIn(fn, scan.exits, sourceCode, servers);
    if (inHelper) return inHelper;
  }
  return undefined;
}

interface ListenerScans {
  /** The handler scanned on its own. */
  readonly first: HandlerScan;
  /** The local functions it calls, one step. */
  readonly helpers: readonly { call: TSESTree.CallExpression; fn: FunctionNode; scan: HandlerScan }[];
  /** The handler again with the calls of helpers that close something counted as closing, or `first`. */
  readonly handler: HandlerScan;
}

function scanListener(handler: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>, processRefs: ReadonlySet<TSESTree.Node>): ListenerScans {
  // Local helpers the handler calls: a helper that closes something counts as a closing call.
  const first = scanHandler(handler, sourceCode, processRefs, new Set());
  const localClosers = new Set<TSESTree.Node>();
  const helpers: { call: TSESTree.CallExpression; fn: FunctionNode; scan: HandlerScan }[] = [];
  for (const { call, fn } of first.localCalls) {
    const scan = scanHandler(fn, sourceCode, processRefs, new Set());
    helpers.push({ call, fn, scan });
    if (scan.closingStarts.length > 0) localClosers.add(call);
  }
  return { first, helpers, handler: localClosers.size > 0 ? scanHandler(handler, sourceCode, processRefs, localClosers) : first };
}

function exitsWithoutClosing(handler: FunctionNode, scans: ListenerScans, sourceCode: Readonly<TSESLint.SourceCode>, processRefs: ReadonlySet<TSESTree.Node>): TSESTree.Node[] {
  const closesFirst = (scan: HandlerScan, exit: TSESTree.Node, before = Number.POSITIVE_INFINITY): boolean =>
    scan.closingStarts.some((start) => start < Math.min(exit.range[0], before));
  const scan = scans.handler;
  const found: TSESTree.Node[] = scan.exits.filter(
    (exit) =>
      !closesFirst(scan, exit) &&
      !exitsWhenNothingToClose(exit, handler, scan.closedTargets, sourceCode) &&
      !exitsOnRepeatedSignal(exit, handler, sourceCode) &&
      !exitsAsOnlyListener(exit, handler, processRefs),
  );
  for (const { call, fn, scan: helper } of scans.helpers) {
    for (const exit of helper.exits) {
      // closed in the helper before its exit, or in the handler before calling the helper
      if (!closesFirst(helper, exit) && !scan.closingStarts.some((start) => start < call.range[0]) && !exitsOnRepeatedSignal(exit, fn, sourceCode)) found.push(exit);
    }
  }
  return found;
}

/** What a server the code closes is called: `server`, `httpServer`, `this.apiServer`, `wss`. */
const SERVER_NAME = /^(?:server|[a-z]\w*Server|wss)$/;

/** The bindings the module starts as servers, with how each one's close ends (`ServerHandle['close']`). */
export type StartedServers = ReadonlyMap<Variable, ServerHandle['close']>;

const NO_SERVERS: StartedServers = new Map();

/** Methods chained on a promise: `close().then(…)` waits for nothing the statement after it does. */
const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/**
 * `server.close();` (or `server?.close();`, `server.close().then(…);`, `server.close(() => …);`),
 * a statement: the server is asked to close and nothing after it waits until it has. The server is named as
 * one, or is a binding the module starts as a server (`servers`: `fastify.listen(…)`, then
 * `fastify.close()`). Also `await server.close();` of a started server whose close takes a
 * callback (Node's `http.Server`). Gives the server.
 */
function getUnwaitedServerClose(statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, servers: StartedServers): TSESTree.Node | undefined {
  if (statement.type !== 'ExpressionStatement') return undefined;
  let expression: TSESTree.Node = statement.expression.type === 'ChainExpression' ? statement.expression.expression : statement.expression;
  const awaited = expression.type === 'AwaitExpression';
  if (expression.type === 'AwaitExpression') expression = unwrapExpression(expression.argument);
  while (!awaited && expression.type === 'CallExpression') {
    const chained = unwrapExpression(expression.callee);
    const method = chained.type === 'MemberExpression' ? getPropertyName(chained) : undefined;
    if (chained.type !== 'MemberExpression' || method === undefined || !PROMISE_METHODS.has(method)) break;
    expression = unwrapExpression(chained.object);
  }
  if (expression.type !== 'CallExpression' || !isCloseArguments(expression.arguments)) return undefined;
  const callee = unwrapExpression(expression.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'close') return undefined;
  const server = unwrapExpression(callee.object);
  const name = awaited ? undefined : getExpressionName(server);
  if (name !== undefined && SERVER_NAME.test(name)) return server;
  if (server.type !== 'Identifier' || servers.size === 0) return undefined;
  const variable = findVariable(sourceCode.getScope(server), server);
  if (!variable) return undefined;
  // `await server.close()` of a Node `http.Server` the module started: its close takes a callback and
  // returns the server, so the `await` waits for nothing (an awaited close that returns a promise waits).
  return (awaited ? servers.get(variable) === 'callback' : servers.has(variable)) ? server : undefined;
}

/**
 * A close asked for with nothing or only a callback (`server.close(() => log('closed'))`): the
 * callback runs once the server has closed, which the statements after the call do not wait for.
 */
function isCloseArguments(args: readonly TSESTree.CallExpressionArgument[]): boolean {
  return args.length === 0 || (args.length === 1 && args[0] !== undefined && isFunctionExpression(args[0]));
}

/** Whether a statement waits: an `await` (or a generator's `yield`) in it, outside the functions it makes. */
function waitsIn(statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let waits = false;
  walk(statement, sourceCode.visitorKeys, (node) => {
    if (waits || isFunctionExpression(node) || node.type === 'FunctionDeclaration') return false;
    if (node.type === 'AwaitExpression' || node.type === 'YieldExpression') waits = true;
    return undefined;
  });
  return waits;
}

/**
 * `server.close(); process.exit(0);`: an exit of `fn` made right after asking a server to close, in
 * the same block, with nothing awaited in between. `close()` only stops new connections; the
 * requests in progress end when they are answered, which the exit does not wait for, nor do the
 * calls between, which all run before it (`server.close(); mongoose.disconnect(); process.exit(0)`).
 * An exit inside the callback (`server.close(() => process.exit(0))`) or an `await` between the
 * close and the exit waits. Only a `.close()` with no argument but a callback, as a statement of
 * its own, on something named as a server or started as one (see `getUnwaitedServerClose`).
 * Gives the exit and the server's text.
 */
function findExitBeforeClosedIn(
  fn: FunctionNode,
  exits: readonly TSESTree.Node[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  servers: StartedServers,
): { exit: TSESTree.Node; server: string } | undefined {
  for (const exit of exits) {
    const statement = exit.parent;
    const block = statement?.parent;
    if (statement?.type !== 'ExpressionStatement' || block?.type !== 'BlockStatement' || getEnclosingFunction(exit) !== fn) continue;
    // Back from the exit through the statements that do not wait; the first server they close is named.
    let server: TSESTree.Node | undefined;
    for (let index = block.body.indexOf(statement) - 1; index >= 0; index--) {
      const earlier = block.body[index] as TSESTree.Statement;
      const closed = getUnwaitedServerClose(earlier, sourceCode, servers);
      if (closed) server = closed;
      else if (waitsIn(earlier, sourceCode)) break;
    }
    if (server) return { exit, server: sourceCode.getText(server) };
  }
  return undefined;
}
