import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** Wrappers that TypeScript adds around an expression without changing its value. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * A CommonJS module's own scope: the function scope the scope analysis gives Node's module wrapper
 * (`sourceType: 'commonjs'`), whose block is the program. Code there runs once, at load time.
 */
export function isModuleWrapperScope(scope: Scope): boolean {
  return scope.type === 'function' && scope.block.type === 'Program';
}

/** A callee as written before compilation: TypeScript's and Babel's `(0, mod.fn)(…)` calls `mod.fn`. */
export function unwrapCallee(callee: TSESTree.Node): TSESTree.Node {
  const target = unwrapExpression(callee);
  if (target.type !== 'SequenceExpression' || target.expressions.length !== 2) return target;
  const [first, last] = target.expressions;
  return first?.type === 'Literal' && first.value === 0 && last ? unwrapExpression(last) : target;
}

/** TypeScript's wrappers that do not change a value, as seen from the value inside. */
function isTransparent(node: TSESTree.Node): boolean {
  return node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSTypeAssertion';
}

/**
 * The node after stepping out of TypeScript's wrappers around it (`x as string`, `x!`, `<T>x`,
 * `x satisfies T`): `unwrapExpression` the other way; its parent is where the value lands.
 */
export function valueChild(node: TSESTree.Node): TSESTree.Node {
  let child = node;
  while (child.parent && isTransparent(child.parent)) child = child.parent;
  return child;
}

/**
 * `!x`, `x == null`, `x === null`, `x === undefined` (either side): the `x` the test finds absent,
 * unwrapped, or undefined when the test is none of these.
 */
export function getAbsenceTested(test: TSESTree.Node): TSESTree.Node | undefined {
  const target = unwrapExpression(test);
  if (target.type === 'UnaryExpression' && target.operator === '!') return unwrapExpression(target.argument);
  return target.type === 'BinaryExpression' && (target.operator === '==' || target.operator === '===') ? getComparedWithNothing(target) : undefined;
}

/** What a test requires to be present: `x` of `if (x)`, `x != null`, `x !== undefined`. */
export function getPresenceTested(test: TSESTree.Node): TSESTree.Node | undefined {
  const target = unwrapExpression(test);
  if (target.type === 'BinaryExpression') return target.operator === '!=' || target.operator === '!==' ? getComparedWithNothing(target) : undefined;
  return target.type === 'Identifier' || target.type === 'MemberExpression' ? target : undefined;
}

/** `null`, `undefined` or `void 0`: no value, as written. */
export function isNothing(side: TSESTree.Node): boolean {
  if (side.type === 'UnaryExpression') return side.operator === 'void' && side.argument.type === 'Literal';
  return (side.type === 'Literal' && side.value === null) || (side.type === 'Identifier' && side.name === 'undefined');
}

/** The side of `x == null` (any equality operator) that is compared with `null` or `undefined`. */
function getComparedWithNothing(comparison: TSESTree.BinaryExpression): TSESTree.Node | undefined {
  if (isNothing(comparison.right)) return unwrapExpression(comparison.left);
  if (isNothing(comparison.left)) return unwrapExpression(comparison.right);
  return undefined;
}

/** The name a call is made by: `f` of `f(…)`, `m` of `x.y.m(…)` (through TypeScript wrappers). */
export function getCalleeName(call: TSESTree.CallExpression): string | undefined {
  return getExpressionName(call.callee);
}

/** Whether a node lies within another's source range (the node itself included). */
export function isInside(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** The name an expression goes by: an identifier's, or a member's last property (`req.cacheKey` → `cacheKey`). */
export function getExpressionName(node: TSESTree.Node): string | undefined {
  const target = unwrapExpression(node);
  if (target.type === 'Identifier') return target.name;
  return target.type === 'MemberExpression' ? getPropertyName(target) : undefined;
}

/**
 * `x === 'lit'`, `'lit' == obj.key`: the string an equality compares with, and the name of what it
 * compares (see `getExpressionName`), or undefined.
 */
export function getStringEquality(node: TSESTree.Node): { name: string; value: string } | undefined {
  const target = unwrapExpression(node);
  if (target.type !== 'BinaryExpression' || (target.operator !== '===' && target.operator !== '==')) return undefined;
  const left = unwrapExpression(target.left);
  const right = unwrapExpression(target.right);
  const literal = right.type === 'Literal' ? right : left.type === 'Literal' ? left : undefined;
  if (literal?.type !== 'Literal' || typeof literal.value !== 'string') return undefined;
  const name = getExpressionName(literal === right ? left : right);
  return name === undefined ? undefined : { name, value: literal.value };
}

/**
 * The static value of an expression when it is knowable without running the program: literals,
 * templates, concatenation, and `const` bindings in scope (one step or more, as eslint-utils
 * follows them). `undefined` when unknown.
 */
export function getStaticValue(node: TSESTree.Node, scope: Scope | undefined): { value: unknown } | undefined {
  try {
    const result = ASTUtils.getStaticValue(unwrapExpression(node) as TSESTree.Expression, scope);
    return result && !isTimeOfLinting(result.value) ? result : undefined;
  } catch {
    return undefined;
  }
}

/** How `Date()` and `String(new Date())` print a time: `Wed Dec 02 2026 03:43:09 GMT+0000`. */
const DATE_STRING = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/;

/**
 * eslint-utils evaluates `Date()` and `'log' + new Date()`: the value is the time of linting, which
 * would put a different path or name into every run's message. Such a value is not static.
 */
function isTimeOfLinting(value: unknown): boolean {
  return typeof value === 'string' && value.includes(' GMT') && DATE_STRING.test(value);
}

/**
 * Expressions whose value is an object, never a string or number: evaluating them statically (every
 * property, every identifier looked up) would be work for nothing.
 */
function isObjectValued(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
    case 'NewExpression':
      return true;
    default:
      return false;
  }
}

/** The static string value of an expression, or `undefined`. */
export function getStaticString(node: TSESTree.Node, scope: Scope | undefined): string | undefined {
  const unwrapped = unwrapExpression(node);
  if (unwrapped.type === 'Literal') return typeof unwrapped.value === 'string' ? unwrapped.value : undefined;
  if (isObjectValued(unwrapped)) return undefined;
  const result = getStaticValue(unwrapped, scope);
  return typeof result?.value === 'string' ? result.value : undefined;
}

/** The static number value of an expression, or `undefined`. */
export function getStaticNumber(node: TSESTree.Node, scope: Scope | undefined): number | undefined {
  const unwrapped = unwrapExpression(node);
  if (unwrapped.type === 'Literal') return typeof unwrapped.value === 'number' ? unwrapped.value : undefined;
  if (isObjectValued(unwrapped)) return undefined;
  const result = getStaticValue(unwrapped, scope);
  return typeof result?.value === 'number' ? result.value : undefined;
}

/** The variable an identifier refers to, looked up from the given scope outwards. */
export function findVariable(scope: Scope | undefined, node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  if (!scope) return undefined;
  // As `ASTUtils.findVariable(scope, node)`, whose innermost-scope search scans every child scope:
  // quadratic for top-level code in a file with many functions. Same result, binary search.
  for (let current: Scope | null = getInnermostScope(scope, node.range[0]); current; current = current.upper) {
    const variable = current.set.get(node.name);
    if (variable) return variable;
  }
  return undefined;
}

/** A scope's child scopes sorted by start, and whether their ranges are disjoint (then at most one holds a location). */
const sortedChildScopes = new WeakMap<Scope, { children: Scope[]; disjoint: boolean }>();

function getSortedChildScopes(scope: Scope): { children: Scope[]; disjoint: boolean } {
  let entry = sortedChildScopes.get(scope);
  if (!entry) {
    const children = [...scope.childScopes].sort((a, b) => a.block.range[0] - b.block.range[0]);
    let disjoint = true;
    for (let index = 1; index < children.length && disjoint; index++) {
      if ((children[index - 1] as Scope).block.range[1] > (children[index] as Scope).block.range[0]) disjoint = false;
    }
    entry = { children, disjoint };
    sortedChildScopes.set(scope, entry);
  }
  return entry;
}

/** eslint-utils' `getInnermostScope`: the deepest scope under `initialScope` whose block holds `location`. */
function getInnermostScope(initialScope: Scope, location: number): Scope {
  let scope = initialScope;
  for (;;) {
    let next: Scope | undefined;
    if (scope.childScopes.length < 8) {
      next = scope.childScopes.find((child) => child.block.range[0] <= location && location < child.block.range[1]);
    } else {
      const { children, disjoint } = getSortedChildScopes(scope);
      if (disjoint) {
        // The last child starting at or before `location`; it holds `location` or none does.
        let low = 0;
        let high = children.length - 1;
        let candidate: Scope | undefined;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const child = children[middle] as Scope;
          if (child.block.range[0] <= location) {
            candidate = child;
            low = middle + 1;
          } else {
            high = middle - 1;
          }
        }
        next = candidate && location < candidate.block.range[1] ? candidate : undefined;
      } else {
        // Overlapping siblings: the first in scope order wins, as in eslint-utils.
        next = scope.childScopes.find((child) => child.block.range[0] <= location && location < child.block.range[1]);
      }
    }
    if (!next) return scope;
    scope = next;
  }
}

/**
 * One step of data flow: the initializer of the `const` (or never-reassigned `let`/`var`)
 * that an identifier refers to, e.g. the object literal of `const options = { ... }`.
 */
export function getConstInitializer(node: TSESTree.Node, scope: Scope | undefined): TSESTree.Expression | undefined {
  const unwrapped = unwrapExpression(node);
  if (unwrapped.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, unwrapped);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init) return undefined;
  const isConst = def.parent.kind === 'const';
  if (!isConst && variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  // `const o = { ... } satisfies Options` / `as const`: the value is the wrapped expression.
  return unwrapExpression(def.node.init) as TSESTree.Expression;
}

/**
 * Whether an options object bound to a name may get one of `names` somewhere else than in its
 * initializer: `opts.port = …` (or `opts.connection.host = …` for `connection`), a computed write
 * whose key is unknown, a call other than `use` that is handed the object (`Object.assign(opts,
 * …)`, `configure(opts)`), or a reassignment. Then the initializer's value of that property is a
 * default, not what `use` gets.
 */
export function isPropertySetElsewhere(node: TSESTree.Node, names: readonly string[], use: TSESTree.Node, scope: Scope | undefined): boolean {
  const target = unwrapExpression(node);
  if (target.type !== 'Identifier') return false;
  const variable = findVariable(scope, target);
  if (!variable) return false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    let current: TSESTree.Node = reference.identifier as TSESTree.Node;
    while (current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSNonNullExpression')) current = current.parent;
    const parent = current.parent;
    if (parent?.type === 'MemberExpression' && parent.object === current) {
      // The outermost member of `opts.a.b` is what an assignment writes.
      let member: TSESTree.MemberExpression = parent;
      while (member.parent?.type === 'MemberExpression' && member.parent.object === member) member = member.parent;
      if (member.parent?.type !== 'AssignmentExpression' || member.parent.left !== member) continue;
      const name = getPropertyName(parent, scope);
      if (name === undefined || names.includes(name)) return true;
    } else if (parent?.type === 'CallExpression' && parent !== use && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      return true;
    } else if (parent?.type === 'AssignmentExpression' && parent.left === current) {
      return true;
    }
  }
  return false;
}

/** An expression, or what its identifier is bound to one step back: the thing to inspect. */
export function resolveExpression(node: TSESTree.Node, scope: Scope | undefined): TSESTree.Node {
  return getConstInitializer(node, scope) ?? unwrapExpression(node);
}

/** The static name of a property key (`a`, `'a'`, `[`a`]`), or `undefined` for computed ones. */
export function getPropertyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition | TSESTree.MemberExpression, scope?: Scope): string | undefined {
  if (property.type === 'MemberExpression') {
    if (!property.computed) return property.property.type === 'Identifier' ? property.property.name : property.property.name;
    return getStaticString(property.property, scope);
  }
  const key = property.key;
  if (!property.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'Literal') return String(key.value);
    if (key.type === 'PrivateIdentifier') return key.name;
    return undefined;
  }
  return getStaticString(key, scope);
}

/**
 * The properties of an object expression, following spreads of `const` objects one step
 * (`{ ...base, secret }`): later properties win, as at run time. Unknown spreads are listed as
 * `undefined` entries so callers can tell that the object is not fully known.
 */
export function getObjectProperties(
  node: TSESTree.Node,
  scope: Scope | undefined,
  depth = 0,
): { properties: Map<string, TSESTree.Property>; complete: boolean } | undefined {
  const object = resolveExpression(node, scope);
  if (object.type !== 'ObjectExpression') return undefined;
  const properties = new Map<string, TSESTree.Property>();
  let complete = true;
  for (const element of object.properties) {
    if (element.type === 'SpreadElement') {
      const spread = depth < 3 ? getObjectProperties(element.argument, scope, depth + 1) : undefined;
      if (!spread) {
        complete = false;
        continue;
      }
      complete &&= spread.complete;
      for (const [name, property] of spread.properties) properties.set(name, property);
      continue;
    }
    const name = getPropertyName(element, scope);
    if (name === undefined) {
      complete = false;
      continue;
    }
    properties.set(name, element);
  }
  return { properties, complete };
}

/**
 * Whether an object expression (after following a `const`) can hold none of `keys`, though
 * `getObjectProperties` calls it incomplete: every spread it cannot resolve is a conditional one,
 * `...(cond && { proxy: true })` or `...(cond ? { a } : {})`, whose objects lack the keys too.
 */
export function lacksKeys(node: TSESTree.Node, keys: readonly string[], scope: Scope | undefined, depth = 0): boolean {
  const object = resolveExpression(node, scope);
  if (object.type !== 'ObjectExpression' || depth > 3) return false;
  for (const element of object.properties) {
    if (element.type === 'SpreadElement') {
      if (!spreadLacksKeys(unwrapExpression(element.argument), keys, scope, depth + 1)) return false;
      continue;
    }
    const name = getPropertyName(element, scope);
    if (name === undefined || keys.includes(name)) return false;
  }
  return true;
}

function spreadLacksKeys(spread: TSESTree.Node, keys: readonly string[], scope: Scope | undefined, depth: number): boolean {
  switch (spread.type) {
    case 'LogicalExpression':
      // `cond && { … }`: the object or a falsy value, which spreads nothing.
      return spread.operator === '&&' && spreadLacksKeys(unwrapExpression(spread.right), keys, scope, depth);
    case 'ConditionalExpression':
      return spreadLacksKeys(unwrapExpression(spread.consequent), keys, scope, depth) && spreadLacksKeys(unwrapExpression(spread.alternate), keys, scope, depth);
    case 'Literal':
      return spread.value === null || typeof spread.value === 'boolean';
    case 'Identifier':
      return spread.name === 'undefined' || lacksKeys(spread, keys, scope, depth);
    default:
      return lacksKeys(spread, keys, scope, depth);
  }
}

/** The value node of property `name` of an object expression (after following a `const`). */
export function getPropertyValue(node: TSESTree.Node, name: string, scope: Scope | undefined): TSESTree.Node | undefined {
  const properties = getObjectProperties(node, scope);
  const property = properties?.properties.get(name);
  return property?.value;
}

/** The name of a function node: declared, assigned to a variable or property, or a method. */
export function getFunctionName(fn: TSESTree.FunctionLike): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (!parent) return undefined;
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.value === fn) return getPropertyName(parent);
  if (parent.type === 'AssignmentExpression' && parent.right === fn) {
    const left = parent.left;
    if (left.type === 'Identifier') return left.name;
    if (left.type === 'MemberExpression') return getPropertyName(left);
  }
  return undefined;
}

/** The calls of `method` on a variable (`server.applyMiddleware(…)`, `consumer['run'](…)`), in the order its references come. */
export function getMethodCalls(variable: TSESLint.Scope.Variable, method: string): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== reference.identifier || getPropertyName(member) !== method) continue;
    if (member.parent.type === 'CallExpression' && member.parent.callee === member) calls.push(member.parent);
  }
  return calls;
}

/**
 * The calls of `method` on what `made` makes: through the variable it is stored in, when there is
 * one (`const server = new ApolloServer(…); server.applyMiddleware(…)`), else chained on it
 * (`new Kafka(…).consumer(…)`).
 */
export function getCallsOnResult(made: TSESTree.Node, variable: TSESLint.Scope.Variable | undefined, method: string): TSESTree.CallExpression[] {
  if (variable) return getMethodCalls(variable, method);
  const member = made.parent;
  return member?.type === 'MemberExpression' && member.object === made && getPropertyName(member) === method && member.parent.type === 'CallExpression' && member.parent.callee === member ? [member.parent] : [];
}
