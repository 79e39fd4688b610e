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
 * The static value of an expression when it is knowable without running the program: literals,
 * templates, concatenation, and `const` bindings in scope (one step or more, as eslint-utils
 * follows them). `undefined` when unknown.
 */
export function getStaticValue(node: TSESTree.Node, scope: Scope | undefined): { value: unknown } | undefined {
  try {
    const result = ASTUtils.getStaticValue(unwrapExpression(node) as TSESTree.Expression, scope);
    return result ?? undefined;
  } catch {
    return undefined;
  }
}

/** The static string value of an expression, or `undefined`. */
export function getStaticString(node: TSESTree.Node, scope: Scope | undefined): string | undefined {
  const unwrapped = unwrapExpression(node);
  if (unwrapped.type === 'Literal') return typeof unwrapped.value === 'string' ? unwrapped.value : undefined;
  const result = getStaticValue(unwrapped, scope);
  return typeof result?.value === 'string' ? result.value : undefined;
}

/** The static number value of an expression, or `undefined`. */
export function getStaticNumber(node: TSESTree.Node, scope: Scope | undefined): number | undefined {
  const unwrapped = unwrapExpression(node);
  if (unwrapped.type === 'Literal') return typeof unwrapped.value === 'number' ? unwrapped.value : undefined;
  const result = getStaticValue(unwrapped, scope);
  return typeof result?.value === 'number' ? result.value : undefined;
}

/** The variable an identifier refers to, looked up from the given scope outwards. */
export function findVariable(scope: Scope | undefined, node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  if (!scope) return undefined;
  return ASTUtils.findVariable(scope, node) ?? undefined;
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

/** The value node of property `name` of an object expression (after following a `const`). */
export function getPropertyValue(node: TSESTree.Node, name: string, scope: Scope | undefined): TSESTree.Node | undefined {
  const properties = getObjectProperties(node, scope);
  const property = properties?.properties.get(name);
  return property?.value;
}
