import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getConstInitializer, getStaticNumber, getStaticString, unwrapExpression } from './values';
import { REGEX_SOURCE_HINT } from '../options';
import { getLocalFunction, getReturnedExpressions, getRootScope } from './returns';

type Scope = TSESLint.Scope.Scope;

/** Stands for a part of a path that is not known statically. */
export const UNKNOWN_PART = '\u0000';

/**
 * What is known about a file path expression: its text with unknown parts replaced by
 * `UNKNOWN_PART`, and the names (bindings, properties, environment variables) it was built from.
 */
export interface PathShape {
  readonly text: string;
  readonly names: readonly string[];
  /** The whole path is known statically. */
  readonly isStatic: boolean;
  /** Some part is read from `process.env`. */
  readonly fromEnv: boolean;
}

// `app.log`, `app.log.1`, `app-%DATE%.log`, `app.log.gz`, `app.log.3.gz`
const LOG_FILE_RE = /\.log(?:\.\d+)?(?:\.gz)?$/;
const LOG_DIRECTORIES: ReadonlySet<string> = new Set(['log', 'logs']);

// Words that make a file name a log's (`log.txt`, `error_log.json`); not `logger`, a module's name.
const LOG_FILE_WORDS: ReadonlySet<string> = new Set(['log', 'logs', 'logging', 'logfile', 'accesslog', 'errorlog', 'debuglog', 'auditlog', 'applog']);
// Plain text and captured output, where a logger's name is the log's (`requestLogger.txt`, `logger.out`).
const TEXT_FILE_RE = /\.(?:txt|out)$/;
const LOGGER_WORDS: ReadonlySet<string> = new Set(['logger', 'loggers']);
const CODE_FILE_RE = /\.[cm]?[jt]sx?$/;
/** Documents and data tables: a file with one of these extensions is not a log stream, however it is named in code. */
const DOCUMENT_FILE_RE = /\.(?:md|markdown|html?|csv|tsv|xml|ya?ml|pdf|svg)$/i;

/**
 * Whether a (possibly partial) file path looks like a log file: a `.log` file (also rotated or
 * gzipped, or saved as text: `access.log.txt`), a file named like a log (`log.txt`,
 * `error_log.json`, a logger's text file `requestLogger.txt`, not source code; without an
 * extension, a name of words that ends in `log`: Apache's `access_log`), or anything inside a
 * `log`/`logs` directory (which covers `/var/log`).
 */
export function isLogPath(path: string): boolean {
  const normalized = path.replaceAll('\\', '/');
  const segments = normalized.split('/');
  const base = segments.pop() ?? '';
  const lower = base.toLowerCase();
  if (LOG_FILE_RE.test(lower)) return true;
  if (segments.some((segment) => LOG_DIRECTORIES.has(segment.toLowerCase()))) return true;
  const text = TEXT_FILE_RE.test(lower);
  if (text && LOG_FILE_RE.test(lower.slice(0, lower.lastIndexOf('.')))) return true;
  const dot = base.indexOf('.');
  if (dot < 0) {
    // `access_log`, `error-log`; a bare `log` or `logs` is as likely a folder.
    const words = splitWords(base);
    return words.length >= 2 && words[words.length - 1] === 'log';
  }
  if (dot === 0 || CODE_FILE_RE.test(lower)) return false;
  return splitWords(base.slice(0, dot)).some((word) => LOG_FILE_WORDS.has(word) || (text && LOGGER_WORDS.has(word)));
}

const CAMEL_LOWER_UPPER = /([a-z\d])([A-Z])/g;
const CAMEL_ACRONYM = /([A-Z])([A-Z][a-z])/g;
const NON_WORD = /[^a-z\d]+/;

/** The lower-case words of an identifier: `logFilePath` → log, file, path; `LOG_DIR` → log, dir. */
export function splitWords(name: string): string[] {
  return name
    .replace(CAMEL_LOWER_UPPER, '$1 $2')
    .replace(CAMEL_ACRONYM, '$1 $2')
    .toLowerCase()
    .split(NON_WORD)
    .filter((word) => word.length > 0);
}

const LOG_WORDS: ReadonlySet<string> = new Set([
  'log', 'logs', 'logger', 'loggers', 'logging',
  'logfile', 'logfiles', 'logpath', 'logdir', 'logsdir', 'logfilename', 'logfilepath', 'logname',
  'logsfile', 'logspath', 'logfolder', 'logsfolder',
  'accesslog', 'errorlog', 'debuglog', 'auditlog', 'applog',
]);

/**
 * Whether a binding or function name says log: `LOG_FILE`, `logPath`, `accessLog`, `writeLog`,
 * `logToFile`. Word-based, so `login`, `catalog`, `dialog`, `blogDir` and `changelog` are not.
 */
export function isLogName(name: string): boolean {
  const words = splitWords(name);
  // `keyLogFile`, `SSL_KEY_LOG_FILE`: a TLS key log (the session secrets a packet capture is decrypted with), not logging.
  return words.some((word, index) => LOG_WORDS.has(word) && words[index - 1] !== 'key');
}

const MAX_SHAPES = 8;
const MAX_DEPTH = 4;
const PATH_OBJECTS: ReadonlySet<string> = new Set(['path', 'posix', 'win32', 'upath', 'pathe']);
const PATH_FUNCTIONS: ReadonlySet<string> = new Set(['join', 'resolve', 'normalize']);
const IGNORED_NAMES: ReadonlySet<string> = new Set(['process', 'env', 'this']);

function unknownShape(names: readonly string[] = [], fromEnv = false): PathShape {
  return { text: UNKNOWN_PART, names, isStatic: false, fromEnv };
}

function concatShapes(left: readonly PathShape[], right: readonly PathShape[], separator = ''): PathShape[] {
  const result: PathShape[] = [];
  for (const a of left) {
    for (const b of right) {
      if (result.length >= MAX_SHAPES) return result;
      result.push({
        text: a.text + separator + b.text,
        names: [...a.names, ...b.names],
        isStatic: a.isStatic && b.isStatic,
        fromEnv: a.fromEnv || b.fromEnv,
      });
    }
  }
  return result;
}

/** `path.join(...)`, `path.posix.resolve(...)`, or a destructured `join(...)`. */
function isPathJoin(callee: TSESTree.Node): boolean {
  if (callee.type === 'Identifier') return PATH_FUNCTIONS.has(callee.name);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
  if (!PATH_FUNCTIONS.has(callee.property.name)) return false;
  const object = callee.object;
  if (object.type === 'Identifier') return PATH_OBJECTS.has(object.name);
  return object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier' && PATH_OBJECTS.has(object.property.name);
}

/** `process.env.X` / `process.env['X']`: the variable name. */
function getEnvName(node: TSESTree.MemberExpression, scope: Scope | undefined): string | undefined {
  const object = node.object;
  if (object.type !== 'MemberExpression' || object.computed || object.property.type !== 'Identifier' || object.property.name !== 'env') return undefined;
  if (object.object.type !== 'Identifier' || object.object.name !== 'process') return undefined;
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : undefined;
  return getStaticString(node.property, scope);
}

/** The identifier and property names of a member chain: `this.config.logDir` → config, logDir. */
function getChainNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node = node;
  for (let i = 0; i < 8; i++) {
    current = unwrapExpression(current);
    if (current.type === 'MemberExpression') {
      if (!current.computed && current.property.type === 'Identifier') names.push(current.property.name);
      current = current.object;
      continue;
    }
    if (current.type === 'Identifier') names.push(current.name);
    break;
  }
  return names.filter((name) => !IGNORED_NAMES.has(name)).reverse();
}

/**
 * The possible shapes of a file path expression (alternatives for `a || b` and `c ? a : b`):
 * literals and `const`s, templates, `+` concatenation, `path.join`/`resolve`, `process.env.X`, and
 * names of bindings and properties whose values are unknown. `[]` for things that are no path
 * (numbers, objects, functions).
 */
export function getPathShapes(node: TSESTree.Node, scope: Scope | undefined, depth = 0): PathShape[] {
  const expression = unwrapExpression(node);
  if (depth > MAX_DEPTH) return [unknownShape()];
  const known = getStaticString(expression, scope);
  if (known !== undefined) return [{ text: known, names: [], isStatic: true, fromEnv: false }];
  switch (expression.type) {
    case 'Literal':
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ClassExpression':
      return [];
    case 'TemplateLiteral': {
      let shapes: PathShape[] = [{ text: expression.quasis[0]?.value.cooked ?? '', names: [], isStatic: true, fromEnv: false }];
      expression.expressions.forEach((part, index) => {
        const partShapes = getPathShapes(part, scope, depth + 1);
        shapes = concatShapes(shapes, partShapes.length > 0 ? partShapes : [unknownShape()]);
        const quasi = expression.quasis[index + 1]?.value.cooked ?? '';
        shapes = concatShapes(shapes, [{ text: quasi, names: [], isStatic: true, fromEnv: false }]);
      });
      return shapes;
    }
    case 'BinaryExpression': {
      if (expression.operator !== '+') return [];
      const left = getPathShapes(expression.left, scope, depth + 1);
      const right = getPathShapes(expression.right, scope, depth + 1);
      return concatShapes(left.length > 0 ? left : [unknownShape()], right.length > 0 ? right : [unknownShape()]);
    }
    case 'LogicalExpression':
      return [...getPathShapes(expression.left, scope, depth + 1), ...getPathShapes(expression.right, scope, depth + 1)].slice(0, MAX_SHAPES);
    case 'ConditionalExpression':
      return [...getPathShapes(expression.consequent, scope, depth + 1), ...getPathShapes(expression.alternate, scope, depth + 1)].slice(0, MAX_SHAPES);
    case 'CallExpression': {
      const transformed = getTransformedString(expression.callee);
      // `chan.replace(/\//g, '%')`: a part of unknown text, named by what it was made from.
      if (transformed) return getPathShapes(transformed, scope, depth + 1).map((shape) => unknownShape(shape.names, shape.fromEnv));
      if (!isPathJoin(expression.callee)) return getReturnedShapes(expression, scope, depth);
      let shapes: PathShape[] | undefined;
      for (const argument of expression.arguments) {
        if (argument.type === 'SpreadElement') return [unknownShape()];
        const partShapes = getPathShapes(argument, scope, depth + 1);
        const parts = partShapes.length > 0 ? partShapes : [unknownShape()];
        shapes = shapes ? concatShapes(shapes, parts, '/') : parts;
      }
      return shapes ?? [unknownShape()];
    }
    case 'MemberExpression': {
      const env = getEnvName(expression, scope);
      if (env !== undefined) return [unknownShape([env], true)];
      return [unknownShape(getChainNames(expression))];
    }
    case 'Identifier': {
      if (getStaticNumber(expression, scope) !== undefined) return [];
      const init = getConstInitializer(expression, scope);
      if (!init) return [unknownShape([expression.name])];
      const shapes = getPathShapes(init, scope, depth + 1);
      return shapes.map((shape) => ({ ...shape, names: [expression.name, ...shape.names] }));
    }
    default:
      return [unknownShape()];
  }
}

/** String methods whose result is the receiver's text changed: escaped, cased, trimmed or cut. */
const STRING_TRANSFORMS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize', 'slice', 'substring', 'padStart', 'padEnd']);

/** The receiver of a string transform (`name` in `name.replace(…)`), or undefined for other callees. */
function getTransformedString(callee: TSESTree.Node): TSESTree.Node | undefined {
  const member = unwrapExpression(callee);
  if (member.type !== 'MemberExpression' || member.computed || member.property.type !== 'Identifier' || !STRING_TRANSFORMS.has(member.property.name)) return undefined;
  return member.object;
}

/**
 * The shapes of what a local function returns, for a call of it (`buildLogFileName()` whose
 * returns are `${base}.log` templates), named after it; one unknown shape for other calls. A
 * returned path with a known part is judged by that part and the function's name, not by the names
 * it is built from: `${logFileBasePath}.recoveryInProgress` is a marker file beside a log.
 */
function getReturnedShapes(call: TSESTree.CallExpression, scope: Scope | undefined, depth: number): PathShape[] {
  const fn = getLocalFunction(call.callee, scope);
  if (!fn) return [unknownShape()];
  const root = getRootScope(scope);
  const name = unwrapExpression(call.callee);
  const names = name.type === 'Identifier' ? [name.name] : [];
  const shapes: PathShape[] = [];
  for (const returned of getReturnedExpressions(fn)) {
    for (const shape of getPathShapes(returned, root, depth + 1)) shapes.push({ ...shape, names: shape.text === UNKNOWN_PART ? [...names, ...shape.names] : names });
  }
  return shapes.length > 0 ? shapes.slice(0, MAX_SHAPES) : [unknownShape()];
}

/**
 * A name that is a conversation's (`chan`, `channelName`, `roomId`, `channel` in
 * `message.channel.name`): a file named after one (`logs/${user}/${chan}.log`, an IRC client's
 * channel logs) holds its messages, a transcript the app keeps for its users, not the app's own log
 * stream. A name that only starts with such a word (`chatService`, `CHAT_LOG`) is something else's.
 */
function namesConversation(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && CONVERSATION_WORDS.has(words[0] ?? '') && words.every((word, index) => index === 0 || IDENTITY_WORDS.has(word));
}

const CONVERSATION_WORDS: ReadonlySet<string> = new Set(['chan', 'channel', 'room', 'conversation', 'chat', 'transcript']);
const IDENTITY_WORDS: ReadonlySet<string> = new Set(['id', 'name', 'key', 'slug', 'title']);

/**
 * Whether one shape is log-like: a log path, a name that says log, or an extra pattern. A path
 * built from a conversation's name is a transcript unless an extra pattern says otherwise.
 */
export function isLogShape(shape: PathShape, extra?: PathMatcher): boolean {
  if (shape.names.some(namesConversation)) return extra?.(shape.text) ?? false;
  if (isLogPath(shape.text)) return true;
  // A document the code writes (`…/memory/2026-01-01.md`, `report.csv`) whatever its variable is called.
  if (!DOCUMENT_FILE_RE.test(shape.text) && shape.names.some((name) => isLogName(name))) return true;
  return extra?.(shape.text) ?? false;
}

/** Whether a file path expression is log-like in any of its shapes. */
export function isLogTarget(node: TSESTree.Node, scope: Scope | undefined, extra?: PathMatcher): boolean {
  return getPathShapes(node, scope).some((shape) => isLogShape(shape, extra));
}

export type PathMatcher = (path: string) => boolean;

// Characters that only a regular expression source uses; a glob never does.
const GLOB_SPECIAL = /[*?.[\]{}]/g;

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (char === '*') {
      if (glob[i + 1] === '*') {
        source += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(GLOB_SPECIAL, '\\$&');
    }
  }
  // A glob without a slash matches a file name anywhere, as in .gitignore.
  return new RegExp(glob.includes('/') ? `^${source}$` : `(?:^|/)${source}$`);
}

/**
 * Compiles option patterns once: an entry with a character only regular expressions use
 * (`^ $ \ ( ) | +`) is a regular expression source, matched anywhere; anything else is a glob
 * (`*`, `**`, `?`), matched against the whole path, or against the file name when it has no `/`.
 * Invalid regular expressions are ignored.
 */
export function compilePathPatterns(patterns: readonly string[]): PathMatcher | undefined {
  const regexes: RegExp[] = [];
  for (const pattern of patterns) {
    try {
      regexes.push(REGEX_SOURCE_HINT.test(pattern) ? new RegExp(pattern, 'u') : globToRegExp(pattern));
    } catch {
      // An invalid pattern matches nothing rather than crashing lint.
    }
  }
  if (regexes.length === 0) return undefined;
  return (path) => {
    const normalized = path.replaceAll('\\', '/');
    return regexes.some((regex) => regex.test(normalized));
  };
}
