import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, derivedFromOptions, readContext, reportServiceConcern } from '../create-rule';
import { compilePathPatterns, getPathShapes, isLogName, isLogShape, UNKNOWN_PART, type PathMatcher } from '../analysis/log-paths';
import { createGlobalFinder, createModuleFinder, getModuleOfValue, importsAnyModule, type ModuleFinder, type ModuleMember, type ModuleReference } from '../analysis/modules';
import { classifyDestination, EACH_ELEMENT, EACH_VALUE, getPathValues, getSlotValues, getStreamSource, type Slot } from '../analysis/streams';
import { getFunctionName, getObjectProperties, getPropertyName, getStaticString, getStaticValue, isInside, resolveExpression, unwrapExpression } from '../analysis/values';
import { patternListSchema } from '../options';
import {
  BUNYAN_ADD_STREAM,
  BUNYAN_ADD_STREAM_SLOTS,
  BUNYAN_STDOUT_KEYS,
  CONFIG_SINKS,
  DENO_FS_WRITES,
  FS_WRITES,
  GLOBAL_CONSOLE,
  LIBRARY_SINKS,
  LOG4JS_CONFIG_RULES,
  LOG4JS_MODULES,
  LOG4JS_STDOUT_KEYS,
  MOLECULER_LOGGER_ENTRIES,
  MOLECULER_LOGGER_RULES,
  STREAM_CONSUMERS,
  TRANSPORT_CLASSES,
  WINSTON_CONSOLE_OPTIONS,
  type ConfigSink,
  type EntryRule,
  type FsWrite,
  type LibrarySink,
  type StreamConsumer,
  type StreamSlot,
  type Swap,
  type TransportClass,
} from '../knowledge/logging';
import { isMinified, mentions } from '../analysis/text';
import { isDevelopmentOnlyFile, isNonProductionOnly } from '../analysis/environments';
import { getEnclosingFunction } from '../analysis/returns';
import { isModuleExports, walk } from '../analysis/servers';

export type Options = [
  {
    allowedPaths?: string[];
    logPathPatterns?: string[];
    extraSinks?: { module: string; member?: string }[];
    strict?: boolean;
  },
];
export type MessageIds = 'fileSink' | 'fsLogWrite' | 'fileStreamLogger' | 'logFunctionAppend' | 'useStdout';

type Scope = TSESLint.Scope.Scope;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;
type SuggestionFix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

type Info =
  | { readonly type: 'fs'; readonly row: FsWrite }
  | { readonly type: 'sink'; readonly row: LibrarySink }
  | { readonly type: 'config'; readonly row: ConfigSink }
  | { readonly type: 'consumer'; readonly row: StreamConsumer }
  | { readonly type: 'class'; readonly row: TransportClass }
  | { readonly type: 'extra'; readonly label: string };

/** log4js's type of `configure()`'s options, and where their file appenders are. */
const LOG4JS_CONFIGURATION_TYPE = 'Configuration';
const LOG4JS_MODULE_NAMES: ReadonlySet<string> = new Set(LOG4JS_MODULES);
const LOG4JS_CONFIGURATION_ENTRIES: readonly Slot[] = [['appenders', EACH_VALUE], ['appenders', EACH_ELEMENT]];

/**
 * A log4js configuration by its shape: an object with both `appenders` and `categories`, the two
 * keys `configure()` requires (`module.exports = { appenders: { file: { type: 'file', filename } },
 * categories: { default: { appenders: ['file'], level: 'info' } } }` in a module of its own, which
 * another file hands to `log4js.configure()`).
 */
function isLog4jsConfigurationShape(node: TSESTree.ObjectExpression): boolean {
  let appenders = false;
  let categories = false;
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const name = getPropertyName(property);
    if (name === 'appenders') appenders = property.value.type === 'ObjectExpression' || property.value.type === 'ArrayExpression';
    else if (name === 'categories') categories = true;
  }
  return appenders && categories;
}

/**
 * The object literal a type reference types: `const x: T = { … }`, `{ … } as T`, `{ … } satisfies T`
 * (also as a property's value, `log4js: { … } as Configuration`).
 */
function getTypedObject(typeName: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const reference = typeName.parent;
  if (reference?.type !== 'TSTypeReference' || reference.typeName !== typeName) return undefined;
  const holder = reference.parent;
  let value: TSESTree.Node | null | undefined;
  if ((holder?.type === 'TSAsExpression' || holder?.type === 'TSSatisfiesExpression') && holder.typeAnnotation === reference) value = holder.expression;
  else if (holder?.type === 'TSTypeAnnotation' && holder.parent.type === 'Identifier' && holder.parent.parent?.type === 'VariableDeclarator' && holder.parent.parent.id === holder.parent) value = holder.parent.parent.init;
  const object = value ? unwrapExpression(value) : undefined;
  return object?.type === 'ObjectExpression' ? object : undefined;
}

/** Where a module of settings lives: `config/`, `log4js.config.js`, `logger.ts`, `settings.js`. */
const SETTINGS_FILE = /log|config|setting/i;

/**
 * A file that may hold a log4js configuration of its own: one whose path says it holds settings or
 * logging, and whose text names both keys (two text searches, before any walk; the path comes
 * first, so most files pay for no search).
 */
function mayHoldLog4jsConfiguration(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): boolean {
  return SETTINGS_FILE.test(filename) && mentions(sourceCode, 'appenders') && mentions(sourceCode, 'categories');
}

/** Moleculer's configuration file, which its runner hands to the broker: `moleculer.config.js`, `.ts`, `.mjs`, `.cjs`. */
const MOLECULER_CONFIG_FILE = /(?:^|[\\/])moleculer\.config\.[cm]?[jt]s$/;

/** A Moleculer configuration file that names a logger (a path test, then one text search). */
function mayHoldMoleculerConfiguration(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): boolean {
  return MOLECULER_CONFIG_FILE.test(filename) && mentions(sourceCode, 'logger');
}

/** Rows sharing module, path and kind become one member (the finder keeps one per key). */
function groupMembers(rows: readonly { module: string; path: readonly string[]; kind: ModuleMember<unknown>['kind']; info: Info }[]): ModuleMember<Info[]>[] {
  const byKey = new Map<string, ModuleMember<Info[]>>();
  for (const row of rows) {
    const key = `${row.module}\u0000${row.path.join('.')}\u0000${row.kind}`;
    const member = byKey.get(key);
    if (member) member.info.push(row.info);
    else byKey.set(key, { module: row.module, path: row.path, kind: row.kind, info: [row.info] });
  }
  return [...byKey.values()];
}

const findReferences = createModuleFinder(
  groupMembers([
    ...FS_WRITES.map((row) => ({ ...row, info: { type: 'fs', row } as const })),
    ...LIBRARY_SINKS.map((row) => ({ ...row, info: { type: 'sink', row } as const })),
    ...CONFIG_SINKS.map((row) => ({ ...row, info: { type: 'config', row } as const })),
    ...STREAM_CONSUMERS.map((row) => ({ ...row, info: { type: 'consumer', row } as const })),
    ...TRANSPORT_CLASSES.map((row) => ({ ...row, info: { type: 'class', row } as const })),
  ]),
);

/** `util.promisify(…)`: `promisify(fs.appendFile)` is an fs append that returns a promise. */
const findPromisify = createModuleFinder([{ module: 'util', path: ['promisify'], kind: 'call', info: undefined }]);

/** The callback-style fs writes by module and export path (`fs\u0000appendFile`), which `promisify` can wrap. */
const PROMISIFIABLE_WRITES: ReadonlyMap<string, FsWrite> = new Map(
  FS_WRITES.filter((row) => row.stream !== true && !row.path.some((part) => part === 'promises' || part.endsWith('Sync'))).map((row) => [`${row.module}\u0000${row.path.join('.')}`, row]),
);

/** Deno's file writes on its global; a file that never names `Deno` is not looked at further. */
const findDenoWrites = createGlobalFinder(DENO_FS_WRITES.map((row) => ({ global: 'Deno', path: row.path, kind: row.kind, info: row })));

interface Compiled {
  readonly allowed: PathMatcher | undefined;
  readonly logPaths: PathMatcher | undefined;
  readonly findExtra: ModuleFinder<Info[]> | undefined;
}

const compileOptions = derivedFromOptions((options: Options[0]): Compiled => {
  const extra = (options.extraSinks ?? []).flatMap(({ module, member }) => {
    const path = member ? member.split('.').filter((part) => part.length > 0) : [];
    const label = member ? `\`${member}\` of \`${module}\`` : `\`${module}\``;
    return (['call', 'construct'] as const).map((kind) => ({ module, path, kind, info: { type: 'extra', label } as const }));
  });
  return {
    allowed: compilePathPatterns(options.allowedPaths ?? []),
    logPaths: compilePathPatterns(options.logPathPatterns ?? []),
    findExtra: extra.length > 0 ? createModuleFinder(groupMembers(extra)) : undefined,
  };
});

const EXTRA_SINK_TARGETS: readonly Slot[] = [[0, 'filename'], [0, 'file'], [0, 'path'], [0, 'dest'], [0, 'destination'], [0]];
const MAX_TARGET_LENGTH = 60;
const APPEND_FLAG = /^a/;
const SINGLE_LINE = /^[^\n\r]*$/;
/** Run-time parts side by side (`${dir}${base}.log`) read as one. */
const REPEATED_ELLIPSES = /…{2,}/g;
const REPEATED_SLASHES = /\/{2,}/g;
/** Unknown directories in a row (`…/…/app.log`, from `join(process.cwd(), dir, 'app.log')`) read as one: `…/app.log`. */
const UNKNOWN_DIRECTORIES = /…(?:\/…)+(?=\/)/g;
const TRAILING_SLASH = /\/$/;

/** The first value found at any of the slots, skipping options objects. */
function findTarget(call: Call, slots: readonly Slot[], scope: Scope): TSESTree.Node | undefined {
  for (const slot of slots) {
    for (const value of getSlotValues(call, slot, scope, { finalReturns: false })) {
      const resolved = resolveExpression(value, scope);
      if (resolved.type === 'ObjectExpression' || resolved.type === 'ArrayExpression') continue;
      return value;
    }
  }
  return undefined;
}

/** `winston.transports`, `a.b.c`: identifiers and dotted names only. */
function isMemberChain(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return true;
  return expression.type === 'MemberExpression' && !expression.computed && isMemberChain(expression.object);
}

function truncate(text: string): string {
  return text.length > MAX_TARGET_LENGTH ? `${text.slice(0, MAX_TARGET_LENGTH - 1)}…` : text;
}

/**
 * The name of what a method belongs to: its class, the variable an object literal is bound to, or
 * the object a function is assigned to a property of (`Logger.open = function`, also
 * `Logger.prototype.write = function`).
 */
function getOwnerName(fn: TSESTree.Node): string | undefined {
  const member = fn.parent;
  if (member?.type === 'AssignmentExpression' && member.right === fn && member.left.type === 'MemberExpression') {
    let owner = unwrapExpression(member.left.object);
    if (owner.type === 'MemberExpression' && getPropertyName(owner) === 'prototype') owner = unwrapExpression(owner.object);
    if (owner.type === 'Identifier') return owner.name;
    return owner.type === 'MemberExpression' ? getPropertyName(owner) : undefined;
  }
  if (member?.type === 'MethodDefinition' || member?.type === 'PropertyDefinition') {
    const classNode = member.parent.parent;
    if (classNode.type !== 'ClassDeclaration' && classNode.type !== 'ClassExpression') return undefined;
    if (classNode.id) return classNode.id.name;
    return classNode.parent.type === 'VariableDeclarator' && classNode.parent.id.type === 'Identifier' ? classNode.parent.id.name : undefined;
  }
  if (member?.type === 'Property' && member.parent.type === 'ObjectExpression') {
    const holder = member.parent.parent;
    if (holder.type === 'VariableDeclarator' && holder.id.type === 'Identifier') return holder.id.name;
    if (holder.type === 'AssignmentExpression') {
      if (holder.left.type === 'Identifier') return holder.left.name;
      if (holder.left.type === 'MemberExpression') return getPropertyName(holder.left);
    }
  }
  return undefined;
}

/** The nearest named function around a node, when its name (or its class's or object's) says log. */
function getLogFunctionName(node: TSESTree.Node): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'FunctionDeclaration' && current.type !== 'FunctionExpression' && current.type !== 'ArrowFunctionExpression') continue;
    const name = getFunctionName(current);
    if (name === undefined) continue;
    if (isLogName(name)) return name;
    const owner = getOwnerName(current);
    return owner !== undefined && isLogName(owner) ? `${owner}.${name}` : undefined;
  }
  return undefined;
}

/** `new console.Console(...)` on the global `console` (not a shadowing local binding). */
function findGlobalConsoleCalls(sourceCode: Readonly<TSESLint.SourceCode>): Call[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const identifiers = new Set<TSESTree.Node>();
  const declared = globalScope.set.get('console');
  if (declared && declared.defs.length === 0) for (const ref of declared.references) identifiers.add(ref.identifier);
  for (const ref of globalScope.through) if (ref.identifier.name === 'console') identifiers.add(ref.identifier);
  const calls: Call[] = [];
  for (const identifier of identifiers) {
    const member = identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== identifier || member.computed) continue;
    if (member.property.type !== 'Identifier' || member.property.name !== 'Console') continue;
    const call = member.parent;
    if ((call.type === 'NewExpression' || call.type === 'CallExpression') && call.callee === member) calls.push(call);
  }
  return calls;
}

/** Text of an object literal's plain properties whose names are kept, or undefined when it cannot be rebuilt. */
function keptPropertiesText(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression, keep: ReadonlySet<string>): string[] | undefined {
  const kept: string[] = [];
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.computed) return undefined;
    const name = getPropertyName(property);
    if (name === undefined) return undefined;
    if (keep.has(name)) kept.push(sourceCode.getText(property));
  }
  return kept;
}

interface Creation {
  readonly node: Call;
  /** The first logger it is handed to; `inline` when it is written in the logger's stream slot, where a swap can replace it. */
  consumer?: { readonly label: string; readonly stdout: string; readonly inline: boolean; readonly std: StreamSlot['std'] };
}

export default createRule<Options, MessageIds>({
  name: 'no-fs-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow writing logs to files instead of stdout',
      factor: 'XI',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedPaths: patternListSchema(
            'File targets that may be written (globs, or regular expression sources when they use `^ $ \\ ( ) | +`), matched against the path, or the source text of a target that is not static (e.g. `argv.logFile`).',
          ),
          logPathPatterns: patternListSchema(
            'More paths that count as log files for fs writes (globs or regular expression sources), besides `*.log`, `log/`, `logs/` and `/var/log`.',
          ),
          extraSinks: {
            type: 'array',
            description: 'In-house logging wrappers that write files: every call or construction of `member` (a dotted path; the module itself when omitted) of `module` is reported.',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                module: { type: 'string', description: 'The module specifier, as imported or required.' },
                member: { type: 'string', description: 'The exported member, as a dotted path (`transports.File`); omit for the module itself.' },
              },
              required: ['module'],
            },
          },
          strict: {
            type: 'boolean',
            description: 'Also report any fs append to any file from inside a function (or a method of a class) whose name says log.',
          },
        },
      },
    ],
    defaultOptions: [{ allowedPaths: [], logPathPatterns: [], extraSinks: [], strict: false }],
    messages: {
      fileSink: 'Factor XI: logs are written to {{target}} by {{sink}}. Write logs to stdout (e.g. {{stdout}}) and let the platform collect them.',
      fsLogWrite: 'Factor XI: logs are written to {{target}} with `{{call}}`. Write log lines to stdout (e.g. {{stdout}}) and let the platform collect them.',
      fileStreamLogger: 'Factor XI: logs are written to {{target}} by a file stream handed to {{logger}}. Write logs to stdout (e.g. {{stdout}}) and let the platform collect them.',
      logFunctionAppend: 'Factor XI: `{{name}}` appends to {{target}} with `{{call}}`. Write log lines to stdout (e.g. {{stdout}}) and let the platform collect them.',
      useStdout: 'Factor XI: write to stdout instead: {{replacement}}.',
    },
  },
  defaultOptions: [{ allowedPaths: [], logPathPatterns: [], extraSinks: [], strict: false }],
  create(context, [options]) {
    const sourceCode = readContext(context, 'sourceCode');
    const compiled = compileOptions(options);
    // Nothing to find in a file that brings in no fs or logging module, calls no `addStream` and never names `Deno`.
    const mayAddStream = mentions(sourceCode, BUNYAN_ADD_STREAM.method);
    const filename = readContext(context, 'filename');
    if (
      !mayAddStream &&
      !importsAnyModule(sourceCode, findReferences.modules) &&
      !(compiled.findExtra && importsAnyModule(sourceCode, compiled.findExtra.modules)) &&
      !mentions(sourceCode, 'Deno') &&
      !mayHoldLog4jsConfiguration(sourceCode, filename) &&
      !mayHoldMoleculerConfiguration(sourceCode, filename)
    ) {
      return {};
    }
    // A minified file (a bundle) is output: its source is where the logging is set up.
    if (isMinified(sourceCode)) return {};
    return createFileListeners(context, options, compiled, mayAddStream);
  },
});

/**
 * The listeners for a file that may log to files. Kept out of `create` so that the files it skips,
 * most of them, do not pay for the closures declared here.
 */
function createFileListeners(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  options: Options[0],
  compiled: ReturnType<typeof compileOptions>,
  mayAddStream: boolean,
): TSESLint.RuleListener {
  const sourceCode = readContext(context, 'sourceCode');
  const strict = options.strict === true;
  const addStreamCalls: TSESTree.CallExpression[] = [];
  const reportedEntries = new Set<TSESTree.Node>();

  const scopeOf = (node: TSESTree.Node): Scope => sourceCode.getScope(node);

  function describeTarget(target: TSESTree.Node | undefined, directory: TSESTree.Node | undefined, scope: Scope): string {
    if (!target) return 'a file';
    const value = getStaticString(target, scope);
    if (value !== undefined) {
      const dir = directory ? getStaticString(directory, scope) : undefined;
      return `\`${truncate(dir !== undefined && !value.startsWith('/') ? `${dir.replace(TRAILING_SLASH, '')}/${value}` : value)}\``;
    }
    // `path.join(__dirname, 'logs', name)` → `…/logs/…`
    const shapes = getPathShapes(target, scope);
    const partial = shapes.length === 1 ? shapes[0] : undefined;
    if (partial && partial.text.replaceAll(UNKNOWN_PART, '').length > 0) return `\`${truncate(partial.text.replaceAll(UNKNOWN_PART, '…').replace(REPEATED_ELLIPSES, '…').replace(REPEATED_SLASHES, '/').replace(UNKNOWN_DIRECTORIES, '…'))}\``;
    const text = sourceCode.getText(target);
    return SINGLE_LINE.test(text) && text.length <= MAX_TARGET_LENGTH ? `the file at \`${text}\`` : 'a file';
  }

  /** Whether `allowedPaths` lets this target be written. */
  function isAllowed(target: TSESTree.Node | undefined, scope: Scope): boolean {
    const allowed = compiled.allowed;
    if (!allowed || !target) return false;
    if (getPathShapes(target, scope).some((shape) => allowed(shape.text))) return true;
    return allowed(sourceCode.getText(target));
  }

  function isLogTarget(target: TSESTree.Node, scope: Scope): boolean {
    return getPathShapes(target, scope).some((shape) => isLogShape(shape, compiled.logPaths));
  }

  function swapSuggestion(swap: Swap | undefined, reported: TSESTree.Node, target: TSESTree.Node | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
    if (!swap) return [];
    const suggest = (replacement: string, fix: SuggestionFix): TSESLint.SuggestionReportDescriptor<MessageIds>[] => [{ messageId: 'useStdout', data: { replacement }, fix }];
    switch (swap) {
      case 'winston-console': {
        if (reported.type !== 'NewExpression' || reported.arguments.length > 1) return [];
        const callee = unwrapExpression(reported.callee);
        if (callee.type !== 'MemberExpression' || callee.computed) return [];
        const argument = reported.arguments[0];
        let args = '';
        if (argument) {
          if (argument.type !== 'ObjectExpression') return [];
          const kept = keptPropertiesText(sourceCode, argument, WINSTON_CONSOLE_OPTIONS);
          if (!kept) return [];
          args = kept.length > 0 ? `{ ${kept.join(', ')} }` : '';
        }
        // `new (require('winston').transports.File)(...)` keeps its parentheses: `new require(...)` would construct `require`.
        const constructor = `${sourceCode.getText(callee.object)}.Console`;
        const text = `new ${isMemberChain(callee.object) ? constructor : `(${constructor})`}(${args})`;
        return suggest(`\`${truncate(text)}\``, (fixer) => fixer.replaceText(reported, text));
      }
      case 'target-fd-1':
        if (!target || !isInside(target, reported)) return [];
        return suggest('file descriptor `1`', (fixer) => fixer.replaceText(target, '1'));
      case 'log4js-stdout':
      case 'bunyan-stdout': {
        if (reported.type !== 'ObjectExpression') return [];
        const log4js = swap === 'log4js-stdout';
        const kept = keptPropertiesText(sourceCode, reported, log4js ? LOG4JS_STDOUT_KEYS : BUNYAN_STDOUT_KEYS);
        if (!kept) return [];
        const text = log4js ? `{ ${["type: 'stdout'", ...kept].join(', ')} }` : `{ ${[...kept, 'stream: process.stdout'].join(', ')} }`;
        return suggest(`\`${truncate(text)}\``, (fixer) => fixer.replaceText(reported, text));
      }
      default:
        return [];
    }
  }

  function streamSuggestion(creation: Creation | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
    const consumer = creation?.consumer;
    if (!creation || !consumer?.inline) return [];
    return [{ messageId: 'useStdout', data: { replacement: `\`${consumer.std}\`` }, fix: (fixer) => fixer.replaceText(creation.node, consumer.std) }];
  }

  function writeSuggestion(row: FsWrite, call: TSESTree.CallExpression): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
    if (!row.writeSwap || call.arguments.length !== 2) return [];
    const data = call.arguments[1];
    if (!data || data.type === 'SpreadElement') return [];
    const statement = call.parent.type === 'AwaitExpression' ? call.parent.parent : call.parent;
    if (statement?.type !== 'ExpressionStatement') return [];
    const text = `process.stdout.write(${sourceCode.getText(data)})`;
    return [{ messageId: 'useStdout', data: { replacement: '`process.stdout.write(...)`' }, fix: (fixer) => fixer.replaceText(call, text) }];
  }

  /** Where a consumer's stream slots hold a known stream creation, remember the first consumer. */
  function markConsumed(call: Call, consumer: Pick<StreamConsumer, 'label' | 'stdout' | 'slots'>, creations: ReadonlyMap<TSESTree.Node, Creation>): void {
    const scope = scopeOf(call);
    for (const slot of consumer.slots) {
      for (const value of getSlotValues(call, slot.at, scope)) {
        const creation = creations.get(getStreamSource(value, isInside(value, call) ? scope : scopeOf(value)));
        if (!creation || creation.consumer) continue;
        // A stream a helper returns (`stream: openAccessStream()`) is not swapped inside the helper, which others may call.
        const inline = unwrapExpression(value) === creation.node && (isInside(value, call) || getEnclosingFunction(value) === getEnclosingFunction(call));
        creation.consumer = { label: consumer.label, stdout: consumer.stdout, inline, std: slot.std };
      }
    }
  }

  /**
   * Reports, unless the sink runs only outside production (`if (process.env.NODE_ENV === 'development')`)
   * or the file is a development run's (`scripts/dev.mjs`, `server-dev.js`, `config/development.js`).
   */
  function reportLog(descriptor: Parameters<typeof context.report>[0] & { node: TSESTree.Node }): void {
    // `strict` reports a development script's log files too.
    if (isNonProductionOnly(descriptor.node) || (!strict && isDevelopmentOnlyFile(readContext(context, 'filename')))) return;
    reportServiceConcern(context, descriptor);
  }

  function reportLibrarySink(call: Call, row: LibrarySink, creation: Creation | undefined): void {
    const scope = scopeOf(call);
    const target = findTarget(call, row.target, scope);
    if (row.when === 'unless-stdio' && (!target || classifyDestination(target, scope) !== 'path')) return;
    if (isAllowed(target, scope)) return;
    const directory = row.directory ? getSlotValues(call, row.directory, scope)[0] : undefined;
    reportLog({
      node: call,
      messageId: 'fileSink',
      data: { target: describeTarget(target, directory, scope), sink: row.label, stdout: row.stdout },
      suggest: [...swapSuggestion(row.swap, call, target), ...(row.swap ? [] : streamSuggestion(creation))],
    });
  }

  function matchEntryRule(entry: TSESTree.Node, rules: readonly EntryRule[], scope: Scope): EntryRule | undefined {
    const object = getObjectProperties(entry, scope);
    if (!object) return undefined;
    for (const rule of rules) {
      const typeProperty = object.properties.get(rule.typeKey);
      const type = typeProperty ? getStaticString(typeProperty.value, scope) : null;
      if (typeProperty && type === undefined) return undefined;
      if (type !== rule.type) continue;
      if (rule.unless !== undefined && object.properties.has(rule.unless)) continue;
      return rule;
    }
    return undefined;
  }

  function getEntryTarget(entry: TSESTree.Node, slots: readonly Slot[], scope: Scope): TSESTree.Node | undefined {
    for (const slot of slots) {
      let current: TSESTree.Node | undefined = entry;
      for (const step of slot) current = current && typeof step === 'string' ? getObjectProperties(current, scope)?.properties.get(step)?.value : undefined;
      if (current) return current;
    }
    return undefined;
  }

  /**
   * The entries at `entrySlots` of a logging library's configuration call, or (given an object
   * and slots without the argument's index) of an object typed as that configuration.
   */
  function reportEntries(source: Call | TSESTree.ObjectExpression, entrySlots: readonly Slot[], rules: readonly EntryRule[]): void {
    const callScope = scopeOf(source);
    for (const slot of entrySlots) {
      for (const entry of source.type === 'ObjectExpression' ? getPathValues(source, slot, callScope) : getSlotValues(source, slot, callScope)) {
        const node = unwrapExpression(entry);
        // An entry a helper returns is judged in its own scope, and reported once however often the helper is called.
        if (reportedEntries.has(node)) continue;
        const scope = isInside(node, source) ? callScope : scopeOf(node);
        const rule = matchEntryRule(entry, rules, scope);
        if (!rule) continue;
        const target = getEntryTarget(entry, rule.target, scope);
        if (rule.when === 'has-target' && !target) continue;
        if (rule.when === 'unless-stdio' && (!target || classifyDestination(target, scope) !== 'path')) continue;
        if (isAllowed(target, scope)) continue;
        reportedEntries.add(node);
        reportLog({
          node,
          messageId: 'fileSink',
          data: { target: describeTarget(target, undefined, scope), sink: rule.label, stdout: rule.stdout },
          suggest: isInside(node, source) ? swapSuggestion(rule.swap, rule.swap === 'target-fd-1' ? source : node, target) : [],
        });
      }
    }
  }

  function reportTransportClass(read: TSESTree.Node, row: TransportClass): void {
    const call = read.parent;
    if (call?.type !== 'CallExpression' || call.arguments[0] !== read) return;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== row.method) return;
    const scope = scopeOf(call);
    const target = findTarget(call, row.target, scope);
    if (isAllowed(target, scope)) return;
    reportLog({ node: read, messageId: 'fileSink', data: { target: describeTarget(target, undefined, scope), sink: row.label, stdout: row.stdout } });
  }

  /** The append flag of an fs call: true, false, or undefined when not knowable. */
  function appends(call: TSESTree.CallExpression, row: FsWrite, scope: Scope): boolean | undefined {
    if (row.append === 'always') return true;
    const argument = call.arguments[row.append.argument];
    if (!argument) return false;
    const value = row.append.property === undefined ? argument : getObjectProperties(argument, scope)?.properties.get(row.append.property)?.value;
    if (!value) {
      // `writeFile(p, data, 'utf8')` is an encoding; an options object without the flag writes.
      const resolved = resolveExpression(argument, scope);
      return resolved.type === 'ObjectExpression' || resolved.type === 'Literal' ? false : undefined;
    }
    // Node's flag string (`'a'`, `'a+'`), or Deno's `append: true`.
    const flag = getStaticValue(value, scope)?.value;
    if (typeof flag === 'boolean') return flag;
    return typeof flag === 'string' ? APPEND_FLAG.test(flag) : undefined;
  }

  /** How a line goes to stdout where the write is made: Deno's own file calls are answered with `console.log`. */
  function lineToStdout(row: FsWrite): string {
    return row.module === 'Deno' ? '`console.log(line)`' : '`process.stdout.write(line)`';
  }

  /** A value bound to a variable that is never read (a stream made and forgotten). */
  function isUnreadBinding(node: TSESTree.Node): boolean {
    const declarator = node.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.init !== node || declarator.id.type !== 'Identifier') return false;
    // `export const accessLog = …`: another module reads it.
    if (declarator.parent.parent?.type === 'ExportNamedDeclaration') return false;
    const variable = sourceCode.getDeclaredVariables(declarator)[0];
    return variable !== undefined && !variable.references.some((reference) => reference.isRead());
  }

  function reportFsWrite(call: TSESTree.CallExpression, row: FsWrite, creation: Creation | undefined): void {
    const target = call.arguments[row.target];
    if (!target || target.type === 'SpreadElement') return;
    const scope = scopeOf(call);
    const destination = classifyDestination(target, scope);
    if (destination === 'stdio' || destination === 'device' || isAllowed(target, scope)) return;
    const consumer = creation?.consumer;
    if (consumer) {
      reportLog({
        node: call,
        messageId: 'fileStreamLogger',
        data: { target: describeTarget(target, undefined, scope), logger: consumer.label, stdout: consumer.stdout },
        suggest: streamSuggestion(creation),
      });
      return;
    }
    // `const accessLog = fs.createWriteStream('access.log', { flags: 'a' })` that nothing reads: no line goes there.
    if (row.stream === true && isUnreadBinding(call)) return;
    const append = appends(call, row, scope);
    if ((row.stream === true || append === true) && isLogTarget(target, scope)) {
      reportLog({ node: call, messageId: 'fsLogWrite', data: { target: describeTarget(target, undefined, scope), call: row.name, stdout: lineToStdout(row) }, suggest: writeSuggestion(row, call) });
      return;
    }
    if (!strict || append !== true) return;
    const name = getLogFunctionName(call);
    if (name === undefined) return;
    reportLog({ node: call, messageId: 'logFunctionAppend', data: { name, target: describeTarget(target, undefined, scope), call: row.name, stdout: lineToStdout(row) }, suggest: writeSuggestion(row, call) });
  }

  /**
   * `const appendFile = util.promisify(fs.appendFile)`: each call of the const is that fs write,
   * with the same arguments (less the callback).
   */
  function reportPromisifiedWrites(promisify: TSESTree.CallExpression): void {
    const wrapped = promisify.arguments[0];
    const declarator = promisify.parent;
    if (!wrapped || wrapped.type === 'SpreadElement' || declarator.type !== 'VariableDeclarator' || declarator.init !== promisify || declarator.id.type !== 'Identifier') return;
    const source = getModuleOfValue(wrapped, scopeOf(promisify));
    const row = source && PROMISIFIABLE_WRITES.get(`${source.module.replace(/^node:/, '')}\u0000${source.path.join('.')}`);
    const variable = sourceCode.getDeclaredVariables(declarator)[0];
    if (!row || !variable || variable.references.some((reference) => reference.isWrite() && !reference.init)) return;
    for (const reference of variable.references) {
      const call = reference.identifier.parent;
      if (call?.type === 'CallExpression' && call.callee === reference.identifier) reportFsWrite(call, row, undefined);
    }
  }

  function reportExtraSink(call: Call, label: string): void {
    const scope = scopeOf(call);
    const target = findTarget(call, EXTRA_SINK_TARGETS, scope);
    if (isAllowed(target, scope)) return;
    reportLog({ node: call, messageId: 'fileSink', data: { target: describeTarget(target, undefined, scope), sink: label, stdout: '`process.stdout`' } });
  }

  /**
   * `const config: Configuration = { appenders: { file: { type: 'dateFile', filename } } }`, also
   * `{ … } as Configuration` or `satisfies log4js.Configuration`, with log4js's type: the options
   * of a `log4js.configure()` that another module may make, judged as that call's.
   */
  function reportTypedLog4jsConfigurations(): void {
    for (const statement of sourceCode.ast.body) {
      if (statement.type !== 'ImportDeclaration' || !LOG4JS_MODULE_NAMES.has(statement.source.value)) continue;
      for (const specifier of statement.specifiers) {
        const named = specifier.type === 'ImportSpecifier' && (specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value) === LOG4JS_CONFIGURATION_TYPE;
        if (!named && specifier.type === 'ImportSpecifier') continue;
        for (const variable of sourceCode.getDeclaredVariables(specifier)) {
          for (const reference of variable.references) {
            // `Configuration`, or the namespace's `log4js.Configuration`.
            let type: TSESTree.Node = reference.identifier;
            if (!named) {
              const qualified = type.parent;
              if (qualified?.type !== 'TSQualifiedName' || qualified.left !== type || qualified.right.name !== LOG4JS_CONFIGURATION_TYPE) continue;
              type = qualified;
            }
            const options = getTypedObject(type);
            if (options) reportEntries(options, LOG4JS_CONFIGURATION_ENTRIES, LOG4JS_CONFIG_RULES);
          }
        }
      }
    }
  }

  /** The broker options a `moleculer.config.js` exports (`module.exports = { logger }`, `export default { … }`): its loggers. */
  function reportMoleculerConfiguration(): void {
    for (const statement of sourceCode.ast.body) {
      let exported: TSESTree.Node | undefined;
      if (statement.type === 'ExportDefaultDeclaration') exported = statement.declaration;
      else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && isModuleExports(statement.expression.left)) exported = statement.expression.right;
      if (!exported) continue;
      const options = resolveExpression(unwrapExpression(exported), scopeOf(exported));
      if (options.type === 'ObjectExpression') reportEntries(options, MOLECULER_LOGGER_ENTRIES, MOLECULER_LOGGER_RULES);
    }
  }

  /** Objects shaped as log4js configurations (see `isLog4jsConfigurationShape`), wherever they are. */
  function reportLog4jsShapedConfigurations(): void {
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type === 'ObjectExpression' && isLog4jsConfigurationShape(node)) reportEntries(node, LOG4JS_CONFIGURATION_ENTRIES, LOG4JS_CONFIG_RULES);
    });
  }

  /** logger.addStream({ ... }): bunyan's, checked at the end once the file's bunyan use is known. */
  function collectAddStream(node: TSESTree.CallExpression): void {
    const callee = node.callee;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === BUNYAN_ADD_STREAM.method) {
      addStreamCalls.push(node);
    }
  }

  return {
    // Only a file that says `addStream` needs to see its calls.
    ...(mayAddStream ? { CallExpression: collectAddStream } : {}),
    'Program:exit'() {
      const references: ModuleReference<Info[]>[] = [...findReferences(sourceCode), ...(compiled.findExtra?.(sourceCode) ?? [])];
      const isCall = (node: TSESTree.Node): node is Call => node.type === 'CallExpression' || node.type === 'NewExpression';

      // Streams that may be handed to a logger: every fs.createWriteStream and library stream.
      const creations = new Map<TSESTree.Node, Creation>();
      for (const { node, info } of references) {
        if (!isCall(node)) continue;
        if (info.some((item) => (item.type === 'fs' && item.row.stream === true) || (item.type === 'sink' && item.row.stream === true))) creations.set(node, { node });
      }
      if (creations.size > 0) {
        for (const { node, info } of references) {
          if (!isCall(node)) continue;
          for (const item of info) if (item.type === 'consumer') markConsumed(node, item.row, creations);
        }
        for (const call of findGlobalConsoleCalls(sourceCode)) markConsumed(call, GLOBAL_CONSOLE, creations);
      }
      const usesBunyan = references.some((reference) => reference.module === BUNYAN_ADD_STREAM.module);
      for (const call of addStreamCalls) {
        if (creations.size > 0) markConsumed(call, { label: 'bunyan', stdout: '`{ stream: process.stdout }`', slots: BUNYAN_ADD_STREAM_SLOTS }, creations);
        const explicit = BUNYAN_ADD_STREAM.rules.filter((rule) => rule.type !== null);
        reportEntries(call, [[0]], usesBunyan ? BUNYAN_ADD_STREAM.rules : explicit);
      }

      for (const { node, info } of references) {
        for (const item of info) {
          if (item.type === 'class') {
            reportTransportClass(node, item.row);
            continue;
          }
          if (!isCall(node)) continue;
          switch (item.type) {
            case 'fs':
              if (node.type === 'CallExpression') reportFsWrite(node, item.row, creations.get(node));
              break;
            case 'sink':
              reportLibrarySink(node, item.row, creations.get(node));
              break;
            case 'config':
              reportEntries(node, item.row.entries, item.row.rules);
              break;
            case 'extra':
              reportExtraSink(node, item.label);
              break;
            default:
              break;
          }
        }
      }
      if (mentions(sourceCode, LOG4JS_CONFIGURATION_TYPE)) reportTypedLog4jsConfigurations();
      const filename = readContext(context, 'filename');
      if (mayHoldLog4jsConfiguration(sourceCode, filename)) reportLog4jsShapedConfigurations();
      if (mayHoldMoleculerConfiguration(sourceCode, filename)) reportMoleculerConfiguration();
      for (const { node, member } of findDenoWrites(sourceCode)) if (node.type === 'CallExpression') reportFsWrite(node, member.info, undefined);
      // Only a file that says `promisify` can wrap an fs write in it; most files that import util do not.
      if (mentions(sourceCode, 'promisify')) for (const { node } of findPromisify(sourceCode)) if (node.type === 'CallExpression') reportPromisifiedWrites(node);
    },
  };
}
