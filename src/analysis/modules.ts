import { isBuiltin } from 'node:module';
import { ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findAll, mentions, mentionsName, planSearch } from './text';
import { findVariable, getConstInitializer, getPropertyName, unwrapExpression, valueChild } from './values';

export type ReferenceKind = 'call' | 'construct' | 'read';

/**
 * One member of one module that a rule wants to find: `{ module: 'fs', path: ['appendFile'],
 * kind: 'call' }` finds `fs.appendFile(...)`, `appendFile(...)` after destructuring or a named
 * import, `require('node:fs').appendFile(...)`, and so on. An empty path means the module's export
 * itself (`session(...)` for `express-session`).
 */
export interface ModuleMember<T> {
  readonly module: string;
  readonly path: readonly string[];
  readonly kind: ReferenceKind;
  readonly info: T;
}

export interface ModuleReference<T> {
  /** The call, `new` expression, or the reading expression/specifier. */
  readonly node: TSESTree.Node;
  readonly module: string;
  readonly path: readonly string[];
  readonly kind: ReferenceKind;
  readonly info: T;
}


const KIND_KEYS = {
  call: ReferenceTracker.CALL,
  construct: ReferenceTracker.CONSTRUCT,
  read: ReferenceTracker.READ,
} as const;

/** Module names under which a member is reachable: `fs` is also `node:fs`. */
function moduleAliases(name: string): string[] {
  if (name.startsWith('node:')) return [name, name.slice(5)];
  return isBuiltin(name) ? [name, `node:${name}`] : [name];
}

/**
 * Deno's ways of naming an npm package: `npm:express@4/router`, and CDNs that serve npm packages
 * as ES modules (`https://esm.sh/pg@8`, `https://cdn.jsdelivr.net/npm/pino@9/+esm`). The package
 * name comes first (`@scope/name` or `name`), then an optional `@version`, then a subpath.
 */
const NPM_PATH = /^\/?((?:@[^/@?#]+\/)?[^/@?#]+)(?:@[^/?#]*)?(\/[^?#]*)?/;
const NPM_CDNS: readonly string[] = ['https://esm.sh/', 'https://cdn.skypack.dev/', 'https://unpkg.com/', 'https://cdn.jsdelivr.net/npm/'];
/** esm.sh's build prefixes before the package name: `https://esm.sh/v135/express@4`, `/stable/`. */
const ESM_SH_BUILD = /^(?:v\d+|stable)\//;
/** deno.land/x modules that are the npm package of the same name, published twice. */
const DENO_LAND_PACKAGES: ReadonlySet<string> = new Set(['grammy']);
const DENO_LAND = 'https://deno.land/x/';
/** JSR packages that are an npm package under another name: `jsr:@hono/hono@4/jwt` is `hono/jwt`. */
const JSR_PACKAGES: ReadonlyMap<string, string> = new Map([
  ['@hono/hono', 'hono'],
  ['@panva/jose', 'jose'],
]);

function fromNpmPath(path: string): string | undefined {
  const match = NPM_PATH.exec(path);
  if (!match?.[1]) return undefined;
  const subpath = match[2];
  return subpath === undefined || subpath === '/' || subpath === '/+esm' ? match[1] : match[1] + subpath.replace(/\/$/, '');
}

/**
 * The npm package a module specifier names, for specifiers Deno resolves to one (`npm:pg@8` is
 * `pg`, `https://deno.land/x/grammy@v1.30.0/mod.ts` is `grammy`); any other specifier as it is.
 */
export function toPackageSpecifier(specifier: string): string {
  // Bare names and `node:` built-ins, nearly every specifier, have nothing to strip.
  if (!specifier.includes(':') || specifier.startsWith('node:')) return specifier;
  if (specifier.startsWith('npm:')) return fromNpmPath(specifier.slice(4)) ?? specifier;
  if (specifier.startsWith('jsr:')) {
    const match = NPM_PATH.exec(specifier.slice(4));
    const name = match?.[1] && JSR_PACKAGES.get(match[1]);
    if (name) return fromNpmPath(name + (match[2] ?? '')) ?? specifier;
  }
  for (const cdn of NPM_CDNS) {
    if (!specifier.startsWith(cdn)) continue;
    let path = specifier.slice(cdn.length);
    if (cdn === 'https://esm.sh/') path = path.replace(ESM_SH_BUILD, '');
    return fromNpmPath(path) ?? specifier;
  }
  if (specifier.startsWith(DENO_LAND)) {
    const match = NPM_PATH.exec(specifier.slice(DENO_LAND.length));
    if (match?.[1] && DENO_LAND_PACKAGES.has(match[1]) && (match[2] === undefined || match[2] === '/mod.ts')) return match[1];
  }
  return specifier;
}

type Tracer = InstanceType<typeof ReferenceTracker>;
type TrackerNode = Parameters<Tracer['iteratePropertyReferences']>[0];

function buildTraceMap<T>(members: readonly ModuleMember<T>[]): TraceMap<TraceLeaf<T>> {
  const map: Record<string, unknown> = {};
  for (const member of members) {
    for (const alias of moduleAliases(member.module)) {
      let node: Record<string | symbol, unknown> = (map[alias] ??= {}) as Record<string | symbol, unknown>;
      for (const key of member.path) {
        node = (node[key] ??= {}) as Record<string | symbol, unknown>;
      }
      // Two rows for the same member (a check of its port and one of its brokers) both stand;
      // a row repeated as it is (generated twice) is one.
      const leaf = node[KIND_KEYS[member.kind]] as TraceLeaf<T> | undefined;
      node[KIND_KEYS[member.kind]] = leaf && JSON.stringify(leaf.member.info) !== JSON.stringify(member.info) ? { member, others: [...(leaf.others ?? []), leaf.member] } : { member };
    }
  }
  return map as TraceMap<TraceLeaf<T>>;
}

/** What a trace map holds at a member: its row, and any other rows for the same member. */
interface TraceLeaf<T> {
  readonly member: ModuleMember<T>;
  readonly others?: readonly ModuleMember<T>[];
}

type TraceObject = Record<string | symbol, unknown>;

/** A deep merge of two trace-map nodes; `b`'s leaf markers win where both have one. */
function mergeTraceNodes(a: TraceObject, b: TraceObject): TraceObject {
  const merged: TraceObject = { ...a };
  for (const key of Reflect.ownKeys(b)) {
    const left = merged[key];
    const right = b[key];
    merged[key] =
      typeof key === 'string' && left && right && typeof left === 'object' && typeof right === 'object'
        ? mergeTraceNodes(left as TraceObject, right as TraceObject)
        : right;
  }
  return merged;
}

/**
 * The trace map for `import` declarations. A default import of a CommonJS module is its
 * `module.exports`, and for transpiled modules also its `exports.default`: the default binding
 * follows both, so rows for `x` and for `x.default` each match `import x from '...'`.
 */
function buildEsmTraceMap<T>(traceMap: TraceMap<T>): TraceMap<T> {
  const esm: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(traceMap)) {
    const moduleNode = node as unknown as TraceObject;
    const defaultNode = moduleNode.default as TraceObject | undefined;
    // module.exports' own rows win over exports.default's for the same reference.
    esm[name] = defaultNode ? { ...moduleNode, default: mergeTraceNodes(defaultNode, moduleNode) } : moduleNode;
  }
  return esm as TraceMap<T>;
}

/**
 * The trace map for `require` calls wrapped in an interop helper: the helper's result has the
 * module's members (`__importStar`) and the module itself as `default`.
 */
function buildInteropTraceMap<T>(traceMap: TraceMap<T>): TraceMap<T> {
  const interop: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(traceMap)) {
    const moduleNode = node as unknown as TraceObject;
    const defaultNode = (moduleNode.default as TraceObject | undefined) ?? {};
    interop[name] = { ...moduleNode, default: mergeTraceNodes(defaultNode, moduleNode) };
  }
  return interop as TraceMap<T>;
}

function kindOf(type: symbol): ReferenceKind {
  if (type === ReferenceTracker.CALL) return 'call';
  if (type === ReferenceTracker.CONSTRUCT) return 'construct';
  return 'read';
}

export interface ModuleFinder<T> {
  (sourceCode: Readonly<TSESLint.SourceCode>): ModuleReference<T>[];
  /** The modules it looks in, `node:` forms included. */
  readonly modules: ReadonlySet<string>;
}

type Scope = TSESLint.Scope.Scope;

/** Whether `require` at the top of this file is Node's own (a global, or `createRequire(...)`). */
function isNodeRequire(variable: TSESLint.Scope.Variable): boolean {
  if (variable.defs.length === 0) return true;
  const def = variable.defs[0];
  return (
    variable.defs.length === 1 &&
    def?.type === 'Variable' &&
    def.node.init?.type === 'CallExpression' &&
    def.node.init.callee.type === 'Identifier' &&
    def.node.init.callee.name === 'createRequire'
  );
}

/** Identifiers in the file that refer to Node's `require`, declared as a global or not at all. */
function getRequireIdentifiers(globalScope: Scope): TSESTree.Identifier[] {
  const identifiers: TSESTree.Identifier[] = [];
  const declared = globalScope.set.get('require');
  if (declared && isNodeRequire(declared)) {
    for (const ref of declared.references) identifiers.push(ref.identifier as TSESTree.Identifier);
  }
  // createRequire in a module scope is declared there, not globally.
  for (const child of globalScope.childScopes) {
    const local = child.type === 'module' ? child.set.get('require') : undefined;
    if (local && isNodeRequire(local) && local.defs.length > 0) {
      for (const ref of local.references) if (!ref.init) identifiers.push(ref.identifier as TSESTree.Identifier);
    }
  }
  for (const ref of globalScope.through) {
    if (ref.identifier.name === 'require') identifiers.push(ref.identifier as TSESTree.Identifier);
  }
  return identifiers;
}

interface CjsModule {
  readonly name: string;
  readonly node: TSESTree.Node;
  readonly variable?: TSESLint.Scope.Variable;
  /** Wrapped in a compiler's interop helper: its `.default` is the module, as for an `import`. */
  readonly interop?: boolean;
}

/**
 * Helpers that Babel, TypeScript and bundlers (esbuild, rolldown: `__toESM`) wrap `require` calls
 * in when they compile `import`s to CommonJS: `_interopRequireDefault(require('x')).default` is the
 * module.
 */
const INTEROP_HELPERS = new Set(['_interopRequireDefault', '_interopRequireWildcard', '__importDefault', '__importStar', '__toESM']);

/** The interop helper's name in `helper(x)` or `tslib.helper(x)`, if that is what the call is. */
function getInteropHelperName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
  return name !== undefined && INTEROP_HELPERS.has(name) ? name : undefined;
}

/** `helper(require('x'))` or `tslib.helper(require('x'))` around this call, if any. */
function getInteropCall(call: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  const parent = call.parent;
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== call) return undefined;
  return getInteropHelperName(parent) === undefined ? undefined : parent;
}

/** The `let x` or `var x` a require initializes: a binding that can be assigned again. */
function getReassignableBinding(call: TSESTree.CallExpression): TSESTree.VariableDeclarator | undefined {
  const declarator = call.parent;
  return declarator?.type === 'VariableDeclarator' && declarator.init === call && declarator.id.type === 'Identifier' && declarator.parent.kind !== 'const' ? declarator : undefined;
}

/**
 * `let x = require('x'); x = __toESM(x);`, as rolldown emits: the binding is wrapped in the
 * interop helper after it is declared, so its `.default` is the module too.
 */
function isWrappedLater(declarator: TSESTree.VariableDeclarator, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (declarator.id.type !== 'Identifier') return false;
  const name = declarator.id.name;
  const variable = sourceCode.getDeclaredVariables(declarator).find((v) => v.name === name);
  return (
    variable?.references.some((ref) => {
      const write = ref.writeExpr;
      if (ref.init || write?.type !== 'CallExpression' || getInteropHelperName(write) === undefined) return false;
      const argument = write.arguments[0];
      return argument?.type === 'Identifier' && argument.name === name;
    }) ?? false
  );
}

/**
 * `require('x')` calls and TypeScript's `import x = require('x')`, with their module names, into
 * `modules`; every module name required, imported or re-exported into `names`. One pass over the
 * top-level statements.
 */
function collectModules(globalScope: Scope, sourceCode: Readonly<TSESLint.SourceCode>, modules: CjsModule[], names: string[], aliases: Map<string, string>): void {
  // A native text search is much cheaper than the scan of every unresolved reference below.
  const requires = mentions(sourceCode, 'require') ? getRequireIdentifiers(globalScope) : [];
  // Asked only for `let`/`var` bindings of a require, the only ones a later `x = __toESM(x)` can rewrap.
  let rewraps: boolean | undefined;
  for (const identifier of requires) {
    const call = identifier.parent;
    if (call?.type === 'CallExpression' && call.callee === identifier) {
      const name = getRequiredModuleName(call);
      if (name !== undefined) {
        const interopCall = getInteropCall(call);
        const binding = interopCall ? undefined : getReassignableBinding(call);
        if (interopCall) modules.push({ name, node: interopCall, interop: true });
        else if (binding && (rewraps ??= mentions(sourceCode, '__toESM')) && isWrappedLater(binding, sourceCode)) modules.push({ name, node: call, interop: true });
        else modules.push({ name, node: call });
        names.push(name);
      }
    }
  }
  if (mentions(sourceCode, 'import(')) collectDynamicImports(sourceCode, modules, names);
  for (const statement of sourceCode.ast.body) {
    switch (statement.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        names.push(importedName(statement.source.value, aliases));
        break;
      case 'ExportNamedDeclaration':
        if (statement.source) names.push(importedName(statement.source.value, aliases));
        else if (statement.declaration?.type === 'TSImportEqualsDeclaration') collectImportEquals(statement.declaration, globalScope, modules, names);
        break;
      case 'TSImportEqualsDeclaration':
        collectImportEquals(statement, globalScope, modules, names);
        break;
      default:
        break;
    }
  }
}

/** The package an import's specifier names; a Deno specifier that names another is noted in `aliases`. */
function importedName(specifier: string, aliases: Map<string, string>): string {
  const name = toPackageSpecifier(specifier);
  if (name !== specifier) aliases.set(specifier, name);
  return name;
}

/**
 * `await import('x')`: the module namespace, traced like an interop-wrapped `require` (its
 * `default` is the CommonJS module, its other members the named exports). Found by the text of the
 * call, so only files that say `import(` pay for it; other uses (`import('x').then(…)`) only name
 * the module.
 */
function collectDynamicImports(sourceCode: Readonly<TSESLint.SourceCode>, modules: CjsModule[], names: string[]): void {
  const text = sourceCode.text;
  for (let at = text.indexOf('import('); at !== -1; at = text.indexOf('import(', at + 7)) {
    // Tokens first (an index lookup): text in comments and strings is no `import` keyword.
    const keyword = sourceCode.getTokenByRangeStart(at);
    if (keyword?.type !== 'Keyword' || keyword.value !== 'import') continue;
    const source = sourceCode.getTokenAfter(sourceCode.getTokenAfter(keyword) ?? keyword);
    if (source?.type !== 'String') continue;
    // Only an awaited import is traced, so only it pays for finding its node.
    if (sourceCode.getTokenBefore(keyword)?.value !== 'await') {
      names.push(toPackageSpecifier(source.value.slice(1, -1)));
      continue;
    }
    const node = sourceCode.getNodeByRangeIndex(at) as TSESTree.Node | null;
    const specifier = node?.type === 'ImportExpression' ? getRequiredModuleName(node) : undefined;
    if (specifier === undefined) continue;
    const name = toPackageSpecifier(specifier);
    names.push(name);
    const parent = node?.parent;
    if (parent?.type === 'AwaitExpression' && parent.argument === node) modules.push({ name, node: parent, interop: true });
  }
}

function collectImportEquals(declaration: TSESTree.TSImportEqualsDeclaration, globalScope: Scope, modules: CjsModule[], names: string[]): void {
  const reference = declaration.moduleReference;
  if (reference.type !== 'TSExternalModuleReference' || reference.expression.type !== 'Literal') return;
  const variable = globalScope.childScopes[0]?.set.get(declaration.id.name) ?? globalScope.set.get(declaration.id.name);
  if (!variable) return;
  const name = String(reference.expression.value);
  modules.push({ name, node: declaration, variable });
  names.push(name);
}

/** What a file brings in, gathered once per file and shared by every finder and rule. */
interface FileModules {
  readonly cjs: readonly CjsModule[];
  /** Every module name that is required, imported or re-exported (`export ... from`), as packages (see `toPackageSpecifier`). */
  readonly names: readonly string[];
  /** Import specifiers written otherwise than the package they name (`npm:pg@8`: `pg`). */
  readonly aliases: ReadonlyMap<string, string>;
}

/** The module index of each file, built once and kept as long as the file's tree (as per-file.ts keeps values). */
const fileModules = new WeakMap<object, FileModules>();

function getFileModules(sourceCode: Readonly<TSESLint.SourceCode>, globalScope: Scope): FileModules {
  const built = fileModules.get(sourceCode.ast);
  if (built) return built;
  const cjs: CjsModule[] = [];
  const names: string[] = [];
  const aliases = new Map<string, string>();
  collectModules(globalScope, sourceCode, cjs, names, aliases);
  const modules = { cjs, names, aliases };
  fileModules.set(sourceCode.ast, modules);
  return modules;
}

function importsAny(names: readonly string[], modules: ReadonlySet<string>): boolean {
  for (const name of names) if (modules.has(name)) return true;
  return false;
}

/**
 * The module names a file's text may bring in, read without the scope analysis the index needs:
 * the `import` and `export … from` statements, and the string after each `require` and `import(`
 * in the text (in comments and strings too, so there may be more names than the index has).
 * `complete` is false where a call's string may hide behind a comment, escapes or type arguments
 * (`require(/* x *\/ 'y')`): then only the index can tell.
 */
export interface TextModules {
  readonly names: readonly string[];
  readonly complete: boolean;
}

const REQUIRE = planSearch('require');
const IMPORT_CALL = planSearch('import(');
const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const OPEN_PAREN = 40;
/** After `require`, what may still lead to a call with a string: a comment, type arguments, `?.(`, `!(`. */
const CALL_LEADS: ReadonlySet<number> = new Set([47, 60, 63, 33]);
/** Before a string argument, what may hide one: a comment, or parentheses around it (`require(('x'))`). */
const ARGUMENT_LEADS: ReadonlySet<number> = new Set([47, OPEN_PAREN]);

/** Past ASCII white space; other white space (non-ASCII) is left to the caller to doubt. */
function skipSpace(text: string, at: number): number {
  let index = at;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code !== 32 && !(code >= 9 && code <= 13)) return index;
    index++;
  }
}

/**
 * The name in the quoted string at `at`; `null` where no string literal can start (an identifier,
 * a template, the end of the call); `undefined` where the text cannot tell: a comment, a
 * parenthesis or non-ASCII white space before it, or an escape in it.
 */
function readQuoted(text: string, at: number): string | null | undefined {
  const quote = text.charCodeAt(at);
  if (quote !== QUOTE && quote !== DOUBLE_QUOTE) return ARGUMENT_LEADS.has(quote) || quote > 127 ? undefined : null;
  for (let index = at + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) return text.slice(at + 1, index);
    if (code === 92 || code === 10 || code === 13) return undefined;
  }
  return undefined;
}

export function readTextModules(sourceCode: Readonly<TSESLint.SourceCode>): TextModules {
  const names: string[] = [];
  let complete = true;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || (statement.type === 'ExportNamedDeclaration' && statement.source)) {
      names.push(toPackageSpecifier(statement.source.value));
    }
  }
  const text = sourceCode.text;
  for (const at of findAll(text, REQUIRE)) {
    // `require('x')`, `require ( "x" )`; `require.resolve`, `requireAll(` and the like name nothing.
    let index = skipSpace(text, at + 7);
    const next = text.charCodeAt(index);
    if (next !== OPEN_PAREN) {
      if (CALL_LEADS.has(next) || next > 127) complete = false;
      continue;
    }
    index = skipSpace(text, index + 1);
    const name = readQuoted(text, index);
    if (name === undefined) complete = false;
    else if (name !== null) names.push(name);
  }
  for (const at of findAll(text, IMPORT_CALL)) {
    const name = readQuoted(text, skipSpace(text, at + 7));
    if (name === undefined) complete = false;
    else if (name !== null) names.push(toPackageSpecifier(name));
  }
  return { names, complete };
}

// Keyed by the text they are read from: they hold names, no part of the tree.
let lastText: string | undefined;
let lastTextModules: TextModules | undefined;

function getTextModules(sourceCode: Readonly<TSESLint.SourceCode>): TextModules {
  if (sourceCode.text !== lastText || !lastTextModules) {
    lastTextModules = readTextModules(sourceCode);
    lastText = sourceCode.text;
  }
  return lastTextModules;
}

/**
 * Whether the file may import any of `modules`: no, for certain, when the text names none of them
 * and hides none (its names include every name the index could have); most files are answered so,
 * without building the index.
 */
function mayImportAny(sourceCode: Readonly<TSESLint.SourceCode>, modules: ReadonlySet<string>): boolean {
  const text = getTextModules(sourceCode);
  return !text.complete || importsAny(text.names, modules);
}

/** A set of module names with their `node:` twins, for `importsAnyModule`. */
export function toModuleSet(modules: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const module of modules) for (const alias of moduleAliases(module)) set.add(alias);
  return set;
}

/** Every module name the file requires, imports or re-exports, as the index has them. */
export function getImportedModuleNames(sourceCode: Readonly<TSESLint.SourceCode>): readonly string[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  return globalScope ? getFileModules(sourceCode, globalScope).names : [];
}

/**
 * Whether the file requires or imports any of these modules (a set from `toModuleSet` or a
 * finder's `modules`). Rules use it to skip a file that cannot hold what they look for.
 */
export function importsAnyModule(sourceCode: Readonly<TSESLint.SourceCode>, modules: ReadonlySet<string>): boolean {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope || !mayImportAny(sourceCode, modules)) return false;
  return importsAny(getFileModules(sourceCode, globalScope).names, modules);
}

/**
 * A memoized `importsAnyModule` for one list of modules, for tests asked only when a rule reports:
 * the answer is weakly keyed by the tree, so it does not keep a file alive until the next report.
 */
export function createImportTest(modules: Iterable<string>): (sourceCode: Readonly<TSESLint.SourceCode>) => boolean {
  const set = toModuleSet(modules);
  const answers = new WeakMap<object, boolean>();
  return (sourceCode) => {
    let answer = answers.get(sourceCode.ast);
    if (answer === undefined) {
      answer = importsAnyModule(sourceCode, set);
      answers.set(sourceCode.ast, answer);
    }
    return answer;
  };
}

/** The trace map with entries for the file's Deno specifiers too (`npm:pg@8` traced as `pg`). */
function withAliases<T>(traceMap: TraceMap<T>, aliases: ReadonlyMap<string, string>): TraceMap<T> {
  const extended: TraceMap<T> = { ...traceMap };
  for (const [specifier, name] of aliases) {
    const entry = traceMap[name];
    if (entry) extended[specifier] = entry;
  }
  return extended;
}

/**
 * Compiles a list of module members once (at rule load) into a finder that, per file, returns
 * every reference to them, however the module was brought in: `require` (also with
 * destructuring and aliases, and `createRequire`), default, namespace, named and renamed imports,
 * TypeScript's `import x = require()`, `node:` prefixes. A shadowed `require` or a local binding
 * of the same name is not a reference.
 */
export function createModuleFinder<T>(members: readonly ModuleMember<T>[]): ModuleFinder<T> {
  const traceMap = buildTraceMap(members);
  const esmTraceMap = buildEsmTraceMap(traceMap);
  const interopTraceMap = buildInteropTraceMap(traceMap);
  const moduleNames: ReadonlySet<string> = new Set(Object.keys(traceMap));
  const find = (sourceCode: Readonly<TSESLint.SourceCode>): ModuleReference<T>[] => {
    const globalScope = sourceCode.scopeManager?.globalScope;
    if (!globalScope || !mayImportAny(sourceCode, moduleNames)) return [];
    const { cjs, names, aliases } = getFileModules(sourceCode, globalScope);
    if (!importsAny(names, moduleNames)) return [];
    // 'legacy' lets named and namespace imports of CommonJS modules reach their members.
    const tracker = new ReferenceTracker(globalScope as unknown as ConstructorParameters<typeof ReferenceTracker>[0], { mode: 'legacy' });
    const found: ModuleReference<T>[] = [];
    const seen = new Set<TSESTree.Node>();
    const collect = (refs: Iterable<{ node: unknown; type: symbol; info: unknown }>): void => {
      for (const ref of refs) {
        const { member, others } = ref.info as TraceLeaf<T>;
        const node = ref.node as TSESTree.Node;
        if (seen.has(node)) continue;
        seen.add(node);
        found.push({ node, module: member.module, path: member.path, kind: kindOf(ref.type), info: member.info });
        for (const other of others ?? []) found.push({ node, module: other.module, path: other.path, kind: kindOf(ref.type), info: other.info });
      }
    };
    try {
      for (const { name, node, variable, interop } of cjs) {
        const moduleMap = interop ? interopTraceMap[name] : traceMap[name];
        if (!moduleMap) continue;
        if (variable) {
          for (const ref of variable.references) {
            if (ref.isRead()) collect(tracker.iteratePropertyReferences(ref.identifier as unknown as TrackerNode, moduleMap));
          }
        } else {
          collect(tracker.iteratePropertyReferences(node as unknown as TrackerNode, moduleMap));
        }
      }
      collect(tracker.iterateEsmReferences(aliases.size > 0 ? withAliases(esmTraceMap, aliases) : esmTraceMap));
    } catch {
      // An AST shape the tracker does not expect: keep what was found, never crash lint.
    }
    return found;
  };
  return Object.assign(find, { modules: moduleNames });
}

/**
 * A member of a runtime's global object that a rule wants to find: `{ global: 'Bun', path:
 * ['serve'], kind: 'call' }` finds `Bun.serve(...)` and `const { serve } = Bun; serve(...)`.
 */
export interface GlobalMember<T> {
  readonly global: string;
  readonly path: readonly string[];
  readonly kind: ReferenceKind;
  readonly info: T;
}

export interface GlobalReference<T> {
  /** The call, `new` expression, or the reading expression. */
  readonly node: TSESTree.Node;
  readonly member: GlobalMember<T>;
  readonly kind: ReferenceKind;
}

/**
 * Identifiers that name the global `name`: declared as a global without a definition in the file
 * (an ESLint `globals` entry) or not declared at all, as a runtime's globals are in most configs.
 */
function getGlobalIdentifiers(globalScope: Scope, name: string): TSESTree.Identifier[] {
  const identifiers: TSESTree.Identifier[] = [];
  const declared = globalScope.set.get(name);
  if (declared) {
    if (declared.defs.length > 0) return identifiers;
    for (const ref of declared.references) identifiers.push(ref.identifier as TSESTree.Identifier);
  }
  for (const ref of globalScope.through) {
    if (ref.identifier.name === name) identifiers.push(ref.identifier as TSESTree.Identifier);
  }
  return identifiers;
}

/**
 * Where the file uses a property of the global object: `global.users`, `globalThis.users`,
 * `globalThis['users']` (the member expressions), and the bare name `users` where it names no
 * binding of the file, which reads the same property (an implicit global).
 */
export function findGlobalPropertyUses(sourceCode: Readonly<TSESLint.SourceCode>, property: string): TSESTree.Node[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const uses: TSESTree.Node[] = getGlobalIdentifiers(globalScope, property);
  const tracker = new ReferenceTracker(globalScope as unknown as ConstructorParameters<typeof ReferenceTracker>[0]);
  const traceMap: TraceMap<true> = { [property]: { [ReferenceTracker.READ]: true } };
  try {
    for (const name of ['global', 'globalThis']) {
      for (const identifier of getGlobalIdentifiers(globalScope, name)) {
        for (const ref of tracker.iteratePropertyReferences(identifier as unknown as TrackerNode, traceMap)) uses.push(ref.node as TSESTree.Node);
      }
    }
  } catch {
    // An AST shape the tracker does not expect: keep what was found, never crash lint.
  }
  return uses;
}

/**
 * Assignments to a property of the global object anywhere in the file: `global.users = new Map()`,
 * `globalThis.otpStore = globalThis.otpStore || {}` in a handler, `(globalThis as any).x ??= []`.
 * Found from the file's references to `global` and `globalThis`, without a walk of the tree.
 */
export function findGlobalObjectAssignments(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.AssignmentExpression[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope || !mentions(sourceCode, 'global')) return [];
  const found: TSESTree.AssignmentExpression[] = [];
  for (const name of ['global', 'globalThis']) {
    // `globalConfig`, `globals`: the word in other names, not the global object.
    if (!mentionsName(sourceCode, name)) continue;
    for (const identifier of getGlobalIdentifiers(globalScope, name)) {
      // `(globalThis as any).x = …`: the member is made on the cast.
      const object = valueChild(identifier);
      const member = object.parent;
      if (member?.type !== 'MemberExpression' || member.object !== object) continue;
      const assignment = member.parent;
      if (assignment?.type === 'AssignmentExpression' && assignment.left === member) found.push(assignment);
    }
  }
  return found;
}

/** Whether the file reads the global `name` (not a binding of its own by that name). */
export function referencesGlobal(sourceCode: Readonly<TSESLint.SourceCode>, name: string): boolean {
  const globalScope = sourceCode.scopeManager?.globalScope;
  return globalScope !== null && globalScope !== undefined && mentionsName(sourceCode, name) && getGlobalIdentifiers(globalScope, name).length > 0;
}

/**
 * Compiles members of global objects into a finder that, per file, returns every reference to
 * them. A file whose text never names one of the globals is not looked at further.
 */
export function createGlobalFinder<T>(members: readonly GlobalMember<T>[]): (sourceCode: Readonly<TSESLint.SourceCode>) => GlobalReference<T>[] {
  const traceMaps = new Map<string, TraceObject>();
  for (const member of members) {
    let node = traceMaps.get(member.global);
    if (!node) {
      node = {};
      traceMaps.set(member.global, node);
    }
    for (const key of member.path) node = (node[key] ??= {}) as TraceObject;
    node[KIND_KEYS[member.kind]] = { member };
  }
  return (sourceCode) => {
    const globalScope = sourceCode.scopeManager?.globalScope;
    if (!globalScope) return [];
    const found: GlobalReference<T>[] = [];
    for (const [name, traceMap] of traceMaps) {
      if (!mentionsName(sourceCode, name)) continue;
      const tracker = new ReferenceTracker(globalScope as unknown as ConstructorParameters<typeof ReferenceTracker>[0]);
      try {
        for (const identifier of getGlobalIdentifiers(globalScope, name)) {
          for (const ref of tracker.iteratePropertyReferences(identifier as unknown as TrackerNode, traceMap as TraceMap<{ member: GlobalMember<T> }>)) {
            found.push({ node: ref.node as TSESTree.Node, member: (ref.info as { member: GlobalMember<T> }).member, kind: kindOf(ref.type) });
          }
        }
      } catch {
        // An AST shape the tracker does not expect: keep what was found, never crash lint.
      }
    }
    return found;
  };
}

/** The module specifier of `require('x')` / `import('x')` when it is a plain string. */
export function getRequiredModuleName(node: TSESTree.Node): string | undefined {
  if (
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  ) {
    const arg = node.arguments[0];
    if (arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
  }
  if (node.type === 'ImportExpression' && node.source.type === 'Literal' && typeof node.source.value === 'string') {
    return node.source.value;
  }
  return undefined;
}

function isGlobalRequire(node: TSESTree.Node, scope: Scope | undefined): boolean {
  if (node.type !== 'Identifier' || node.name !== 'require') return false;
  const variable = findVariable(scope, node);
  return !variable || variable.defs.length === 0;
}

/**
 * Which module (and export path) a value is: `require('@fastify/session')`, `import('x')`, an
 * imported binding, or a `const` holding one of them, one step back. `.default` is dropped.
 */
export function getModuleOfValue(node: TSESTree.Node, scope: Scope | undefined, depth = 0): { module: string; path: string[] } | undefined {
  let target = unwrapExpression(node);
  if (target.type === 'AwaitExpression') target = unwrapExpression(target.argument);
  if (depth > 3) return undefined;
  if (target.type === 'CallExpression' && isGlobalRequire(target.callee, scope) && target.arguments.length === 1) {
    const arg = target.arguments[0];
    return arg?.type === 'Literal' && typeof arg.value === 'string' ? { module: arg.value, path: [] } : undefined;
  }
  if (target.type === 'ImportExpression') {
    return target.source.type === 'Literal' && typeof target.source.value === 'string' ? { module: toPackageSpecifier(target.source.value), path: [] } : undefined;
  }
  if (target.type === 'MemberExpression') {
    const name = getPropertyName(target, scope);
    const object = name === undefined ? undefined : getModuleOfValue(target.object, scope, depth + 1);
    if (!object || name === undefined) return undefined;
    return { module: object.module, path: name === 'default' && object.path.length === 0 ? [] : [...object.path, name] };
  }
  if (target.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, target);
  const def = variable?.defs[0];
  if (!def || variable?.defs.length !== 1) return undefined;
  if (def.type === 'ImportBinding') {
    if (def.node.type === 'TSImportEqualsDeclaration') {
      const reference = def.node.moduleReference;
      return reference.type === 'TSExternalModuleReference' && reference.expression.type === 'Literal' && typeof reference.expression.value === 'string'
        ? { module: reference.expression.value, path: [] }
        : undefined;
    }
    const declaration = def.parent;
    if (declaration?.type !== 'ImportDeclaration') return undefined;
    const module = toPackageSpecifier(declaration.source.value);
    if (def.node.type === 'ImportSpecifier') {
      const imported = def.node.imported.type === 'Identifier' ? def.node.imported.name : String(def.node.imported.value);
      return { module, path: imported === 'default' ? [] : [imported] };
    }
    return { module, path: [] };
  }
  if (def.type !== 'Variable' || !def.node.init) return undefined;
  if (def.node.id.type === 'Identifier') {
    const init = getConstInitializer(target, scope);
    return init ? getModuleOfValue(init, scope, depth + 1) : undefined;
  }
  // const { fastifySession } = require('@fastify/session')
  if (def.node.id.type === 'ObjectPattern' && def.parent.kind === 'const') {
    const source = getModuleOfValue(def.node.init, scope, depth + 1);
    if (!source) return undefined;
    for (const property of def.node.id.properties) {
      if (property.type !== 'Property' || property.value.type !== 'Identifier' || property.value.name !== target.name) continue;
      const key = getPropertyName(property, scope);
      return key === undefined ? undefined : { module: source.module, path: key === 'default' ? source.path : [...source.path, key] };
    }
  }
  return undefined;
}

/** A plugin that is registered rather than called: `fastify.register(plugin, options)`. */
export interface PluginRow<T> {
  readonly module: string;
  /** Exports that are the plugin; `''` is the module value itself. */
  readonly exports: readonly string[];
  readonly info: T;
}

/** The row of the plugin that a value (`require('@fastify/jwt')`, an imported binding) is, if any. */
export function findPlugin<T>(node: TSESTree.Node, scope: Scope | undefined, plugins: readonly PluginRow<T>[]): PluginRow<T> | undefined {
  const value = getModuleOfValue(node, scope);
  if (!value) return undefined;
  const exported = value.path.join('.');
  return plugins.find((plugin) => plugin.module === value.module && plugin.exports.includes(exported));
}
