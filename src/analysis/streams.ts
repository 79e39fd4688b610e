import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getPathShapes, isLogName } from './log-paths';
import { findVariable, getConstInitializer, getObjectProperties, getPropertyValue, getStaticNumber, getStaticString, resolveExpression, unwrapExpression } from './values';

type Scope = TSESLint.Scope.Scope;

/**
 * Where a value sits in a call: the argument index first, then property names; `'[]'` for every
 * element of an array literal, `'{}'` for every property value of an object literal.
 */
export type Slot = readonly (number | string)[];

/** In a `Slot`: every element of an array literal. */
export const EACH_ELEMENT = '[]';
/** In a `Slot`: every property value of an object literal. */
export const EACH_VALUE = '{}';

// Paths that are the standard streams, not files.
const STANDARD_PATHS: ReadonlyMap<string, 'stdout' | 'stderr'> = new Map([
  ['/dev/stdout', 'stdout'],
  ['/dev/stderr', 'stderr'],
  ['/dev/fd/1', 'stdout'],
  ['/dev/fd/2', 'stderr'],
  ['/proc/self/fd/1', 'stdout'],
  ['/proc/self/fd/2', 'stderr'],
]);

/**
 * The value nodes at a slot of a call or `new` expression. Containers on the way (the options
 * object, the array of streams) are followed one `const` step back; the final values are the
 * nodes as written, so callers can report or fix them in place.
 */
export function getSlotValues(call: TSESTree.CallExpression | TSESTree.NewExpression, slot: Slot, scope: Scope | undefined): TSESTree.Node[] {
  const [index, ...rest] = slot;
  if (typeof index !== 'number') return [];
  const argument = call.arguments[index];
  if (!argument || argument.type === 'SpreadElement') return [];
  let current: TSESTree.Node[] = [argument];
  for (const step of rest) {
    const next: TSESTree.Node[] = [];
    for (const node of current.flatMap((value) => getBranches(value, scope))) {
      if (step === EACH_ELEMENT) {
        const array = resolveExpression(node, scope);
        if (array.type !== 'ArrayExpression') continue;
        for (const element of array.elements) if (element && element.type !== 'SpreadElement') next.push(element);
      } else if (step === EACH_VALUE) {
        const object = getObjectProperties(node, scope);
        if (object) next.push(...[...object.properties.values()].map((property) => property.value));
      } else if (typeof step === 'string') {
        const value = getPropertyValue(node, step, scope);
        if (value) next.push(value);
      }
    }
    current = next;
  }
  return current.flatMap((value) => getBranches(value, scope));
}

/**
 * Both branches of a choice (`targets: isProd ? [fileTarget] : [prettyTarget]`), so that each is
 * judged where it is written: a branch that runs only outside production is left alone there.
 */
function getBranches(node: TSESTree.Node, scope: Scope | undefined, depth = 0): TSESTree.Node[] {
  const value = resolveExpression(node, scope);
  if (value.type !== 'ConditionalExpression' || depth > 3) return [node];
  return [...getBranches(value.consequent, scope, depth + 1), ...getBranches(value.alternate, scope, depth + 1)];
}

/** Whether `process` here is Node's global, not a local binding. */
function isGlobalProcess(node: TSESTree.Identifier, scope: Scope | undefined): boolean {
  if (node.name !== 'process') return false;
  const variable = findVariable(scope, node);
  return !variable || variable.defs.length === 0;
}

/** `process.stdout` / `process.stderr`: which one. */
function getProcessStream(node: TSESTree.Node, scope: Scope | undefined): 'stdout' | 'stderr' | undefined {
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return undefined;
  if (node.object.type !== 'Identifier' || !isGlobalProcess(node.object, scope)) return undefined;
  const name = node.property.name;
  return name === 'stdout' || name === 'stderr' ? name : undefined;
}

/**
 * Whether a destination is the process's standard output or error: `process.stdout`,
 * `process.stderr`, their `.fd`, file descriptor 1 or 2, or `/dev/stdout` and the like (also
 * through a `const`).
 */
export function getStandardStream(node: TSESTree.Node, scope: Scope | undefined): 'stdout' | 'stderr' | undefined {
  const expression = unwrapExpression(node);
  const number = getStaticNumber(expression, scope);
  if (number === 1) return 'stdout';
  if (number === 2) return 'stderr';
  const path = getStaticString(expression, scope);
  if (path !== undefined) return STANDARD_PATHS.get(path);
  const direct = getProcessStream(expression, scope);
  if (direct) return direct;
  if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier' && expression.property.name === 'fd') {
    return getProcessStream(unwrapExpression(expression.object), scope);
  }
  const init = getConstInitializer(expression, scope);
  return init ? getProcessStream(unwrapExpression(init), scope) : undefined;
}

/**
 * What a logging destination (`pino.destination(x)`, a transport's `destination`) is:
 * - `stdio`: fd 1/2 or `process.stdout`/`stderr`;
 * - `device`: a device path other than those (`/dev/null`, `/dev/tty`): no file on disk;
 * - `fd`: another file descriptor number;
 * - `path`: a file path (a string, template, concatenation, `path.join`, `process.env.X`, or a
 *   binding or property whose name says log);
 * - `unknown`: a value the file does not tell (a parameter, a call result).
 */
export type Destination = 'stdio' | 'device' | 'fd' | 'path' | 'unknown';

export function classifyDestination(node: TSESTree.Node, scope: Scope | undefined): Destination {
  if (getStandardStream(node, scope)) return 'stdio';
  if (getStaticNumber(node, scope) !== undefined) return 'fd';
  if (getStaticString(node, scope)?.startsWith('/dev/')) return 'device';
  const shapes = getPathShapes(node, scope);
  if (shapes.length === 0) return 'unknown';
  const isPath = shapes.some((shape) => shape.isStatic || shape.fromEnv || shape.text !== '\u0000' || shape.names.some((name) => isLogName(name)));
  return isPath ? 'path' : 'unknown';
}

/**
 * The expression that creates a stream, looking through `await` and one `const` step back:
 * `fs.createWriteStream(p)` for `stream` in `const stream = fs.createWriteStream(p); morgan(f, { stream })`.
 * Callers check the result against the stream creations they know.
 */
export function getStreamSource(node: TSESTree.Node, scope: Scope | undefined): TSESTree.Node {
  let expression = unwrapExpression(node);
  if (expression.type === 'AwaitExpression') expression = unwrapExpression(expression.argument);
  if (expression.type === 'Identifier') {
    const init = getConstInitializer(expression, scope);
    if (init) {
      expression = unwrapExpression(init);
      if (expression.type === 'AwaitExpression') expression = unwrapExpression(expression.argument);
    }
  }
  return expression;
}

/** Whether an expression is (or is a `const` bound to) one of the given stream creations. */
export function isFileStream(node: TSESTree.Node, scope: Scope | undefined, creations: ReadonlySet<TSESTree.Node>): boolean {
  return creations.has(getStreamSource(node, scope));
}
