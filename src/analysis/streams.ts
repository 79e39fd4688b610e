import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getPathShapes, isLogName } from './log-paths';
import { getLocalFunction, getReturnedExpressions, getRootScope } from './returns';
import { findVariable, getConstInitializer, getObjectProperties, getPropertyName, getPropertyValue, getStaticNumber, getStaticString, resolveExpression, unwrapExpression } from './values';

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
 * object, the array of streams) are followed one `const` step back, and into what a local helper
 * returns (`appenders: { app: fileAppender('app') }`); the final values are the nodes as written,
 * so callers can report or fix them in place. A final value that is a helper's call is replaced by
 * what it returns unless `finalReturns` is false (a path is better described by the call that
 * chooses it). Names are looked up from the outermost scope, which finds each one's own binding,
 * also inside a helper.
 */
export function getSlotValues(call: TSESTree.CallExpression | TSESTree.NewExpression, slot: Slot, callScope: Scope | undefined, { finalReturns = true } = {}): TSESTree.Node[] {
  const [index, ...rest] = slot;
  if (typeof index !== 'number') return [];
  const argument = call.arguments[index];
  if (!argument || argument.type === 'SpreadElement') return [];
  return getPathValues(argument, rest, callScope, { finalReturns });
}

/** The value nodes at a path of keys (and `EACH_ELEMENT`/`EACH_VALUE` steps) below `start`, as `getSlotValues` follows them. */
export function getPathValues(start: TSESTree.Node, path: Slot, callScope: Scope | undefined, { finalReturns = true } = {}): TSESTree.Node[] {
  const scope = getRootScope(callScope);
  let current: TSESTree.Node[] = [start];
  for (const step of path) {
    const next: TSESTree.Node[] = [];
    for (const node of current.flatMap((value) => getBranches(value, scope))) {
      if (step === EACH_ELEMENT) {
        const array = resolveExpression(node, scope);
        if (array.type === 'ArrayExpression') next.push(...getArrayElements(array, scope));
        else if (array.type === 'CallExpression') next.push(...getBuiltElements(array));
      } else if (step === EACH_VALUE) {
        const object = getObjectProperties(node, scope);
        if (object) next.push(...[...object.properties.values()].map((property) => property.value));
        const literal = resolveExpression(node, scope);
        if (literal.type === 'ObjectExpression') next.push(...getAssignedValues(literal, scope));
      } else if (typeof step === 'string') {
        const value = getPropertyValue(node, step, scope);
        if (value) next.push(value);
      }
    }
    current = next;
  }
  return current.flatMap((value) => getBranches(value, scope, 0, finalReturns));
}

/** How many calls of a builder chain are followed. */
const MAX_CHAIN_LENGTH = 20;

/**
 * The elements of a list a builder chain makes, `targets().push(a).pushIf(isProd, b).toArray()`
 * (AdonisJS's logger targets): what `push` is given, and the element of `pushIf`/`pushUnless`.
 */
function getBuiltElements(call: TSESTree.CallExpression): TSESTree.Node[] {
  if (call.callee.type !== 'MemberExpression' || getPropertyName(call.callee) !== 'toArray') return [];
  const elements: TSESTree.Node[] = [];
  let current: TSESTree.Node = call.callee.object;
  for (let length = 0; length < MAX_CHAIN_LENGTH && current.type === 'CallExpression' && current.callee.type === 'MemberExpression'; length++) {
    const name = getPropertyName(current.callee);
    const added = name === 'push' ? current.arguments : name === 'pushIf' || name === 'pushUnless' ? current.arguments.slice(1, 2) : [];
    for (const element of added) if (element.type !== 'SpreadElement') elements.push(element);
    current = current.callee.object;
  }
  return elements;
}

const MAX_SPREAD_DEPTH = 3;
const ARRAY_ADDERS: ReadonlySet<string> = new Set(['push', 'unshift']);

/**
 * The elements of an array literal: those written in it, those of arrays spread into it
 * (`...(useFile ? [fileTarget] : [])`, `...(useFile && [fileTarget])`, `...baseTargets`), and,
 * when it is bound to a name, those added to it later (`targets.push({ ... })`,
 * `transports.targets.push({ ... })` for `const transports = { targets: [] }`).
 */
function getArrayElements(array: TSESTree.ArrayExpression, scope: Scope | undefined, depth = 0): TSESTree.Node[] {
  const elements: TSESTree.Node[] = [];
  for (const element of array.elements) {
    if (!element) continue;
    if (element.type !== 'SpreadElement') elements.push(element);
    else if (depth < MAX_SPREAD_DEPTH) for (const spread of getSpreadArrays(element.argument, scope)) elements.push(...getArrayElements(spread, scope, depth + 1));
  }
  elements.push(...getAddedElements(array, scope));
  return elements;
}

/** The array literals a spread argument may be: both sides of `?:`, the right of `&&`, either of `||`/`??`. */
function getSpreadArrays(node: TSESTree.Node, scope: Scope | undefined, depth = 0): TSESTree.ArrayExpression[] {
  const value = resolveExpression(node, scope);
  if (depth > MAX_SPREAD_DEPTH) return [];
  switch (value.type) {
    case 'ArrayExpression':
      return [value];
    case 'ConditionalExpression':
      return [...getSpreadArrays(value.consequent, scope, depth + 1), ...getSpreadArrays(value.alternate, scope, depth + 1)];
    case 'LogicalExpression':
      return value.operator === '&&' ? getSpreadArrays(value.right, scope, depth + 1) : [...getSpreadArrays(value.left, scope, depth + 1), ...getSpreadArrays(value.right, scope, depth + 1)];
    default:
      return [];
  }
}

/** The outermost of the TypeScript wrappers around a node (`{ targets: [] } as Options`). */
function getWrapped(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && unwrapExpression(current.parent) === current) current = current.parent;
  return current;
}

/**
 * What is pushed into an array literal bound to a name, directly (`const targets = []`) or as a
 * property of an object literal (`const transports = { targets: [] }`): the arguments of each
 * `targets.push(...)` / `transports.targets.push(...)` of that binding.
 */
function getAddedElements(array: TSESTree.ArrayExpression, scope: Scope | undefined): TSESTree.Node[] {
  const path: string[] = [];
  let holder: TSESTree.Node = getWrapped(array);
  while (holder.parent?.type === 'Property' && holder.parent.value === holder && holder.parent.parent.type === 'ObjectExpression') {
    const name = holder.parent.computed ? undefined : getPropertyName(holder.parent);
    if (name === undefined || path.length >= MAX_SPREAD_DEPTH) return [];
    path.unshift(name);
    holder = getWrapped(holder.parent.parent);
  }
  const variable = getInitializedVariable(holder, scope);
  if (!variable) return [];
  const added: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    if (reference.init) continue;
    const call = getAdderCall(reference.identifier, path);
    if (call) for (const argument of call.arguments) if (argument.type !== 'SpreadElement') added.push(argument);
  }
  return added;
}

/**
 * What is assigned to the properties of an object literal bound to a name after it is made, under
 * any key: `appenders.file = { type: 'file', filename }` for `const appenders = {}`, as the elements
 * a bound array is given later are its elements (`getAddedElements`).
 */
function getAssignedValues(object: TSESTree.ObjectExpression, scope: Scope | undefined): TSESTree.Node[] {
  const variable = getInitializedVariable(getWrapped(object), scope);
  if (!variable) return [];
  const assigned: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    if (reference.init) continue;
    const member = getWrapped(reference.identifier).parent;
    if (member?.type !== 'MemberExpression' || getWrapped(member.object) !== getWrapped(reference.identifier)) continue;
    const assignment = getWrapped(member).parent;
    if (assignment?.type === 'AssignmentExpression' && assignment.operator === '=' && assignment.left === getWrapped(member)) assigned.push(assignment.right);
  }
  return assigned;
}

/** The variable a value (as `getWrapped` gives it) initialises, `const targets = <value>`, when that is its only declaration. */
function getInitializedVariable(value: TSESTree.Node, scope: Scope | undefined): TSESLint.Scope.Variable | undefined {
  const declarator = value.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== value || declarator.id.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, declarator.id);
  return variable && variable.defs.length === 1 && variable.defs[0]?.node === declarator ? variable : undefined;
}

/** `name.a.b.push(...)` for the path `a, b`: the call, when the reference is its receiver. */
function getAdderCall(identifier: TSESTree.Node, path: readonly string[]): TSESTree.CallExpression | undefined {
  let receiver = getWrapped(identifier);
  for (const name of [...path, undefined]) {
    const member = receiver.parent;
    if (member?.type !== 'MemberExpression' || member.object !== receiver || member.computed) return undefined;
    const property = getPropertyName(member);
    if (name === undefined) {
      const call = getWrapped(member).parent;
      return property !== undefined && ARRAY_ADDERS.has(property) && call?.type === 'CallExpression' && getWrapped(call.callee) === getWrapped(member) ? call : undefined;
    }
    if (property !== name) return undefined;
    receiver = getWrapped(member);
  }
  return undefined;
}

/**
 * Both branches of a choice (`targets: isProd ? [fileTarget] : [prettyTarget]`), and each return
 * of a local helper called for the value (`fileAppender('app')`), so that each is judged where it
 * is written: a branch that runs only outside production is left alone there.
 */
function getBranches(node: TSESTree.Node, scope: Scope | undefined, depth = 0, returns = true): TSESTree.Node[] {
  const value = resolveExpression(node, scope);
  if (depth > 3) return [node];
  if (value.type === 'ConditionalExpression') return [...getBranches(value.consequent, scope, depth + 1, returns), ...getBranches(value.alternate, scope, depth + 1, returns)];
  if (returns && value.type === 'CallExpression') {
    const fn = getLocalFunction(value.callee, scope);
    if (fn) return getReturnedExpressions(fn).flatMap((returned) => getBranches(returned, scope, depth + 1, returns));
  }
  return [node];
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
