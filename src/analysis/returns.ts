import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, unwrapExpression } from './values';

type Scope = TSESLint.Scope.Scope;
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** Enough for helpers that pick among a few values; more are not followed. */
const MAX_RETURNS = 8;

/**
 * The function a name is bound to, when the file binds it once and never reassigns it:
 * `function handler() {}`, `const handler = (req, res) => …`; a function written in place is
 * itself.
 */
export function getBoundFunction(node: TSESTree.Node, scope: Scope | undefined): FunctionNode | undefined {
  const target = unwrapExpression(node);
  if (isFunctionNode(target)) return target;
  return target.type === 'Identifier' ? getVariableFunction(findVariable(scope, target)) : undefined;
}

/** The function a variable is bound to, when it is bound once and never reassigned (see `getBoundFunction`). */
export function getVariableFunction(variable: TSESLint.Scope.Variable | null | undefined): FunctionNode | undefined {
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !def) return undefined;
  let fn: TSESTree.Node | undefined;
  if (def.type === 'FunctionName') fn = def.node;
  else if (def.type === 'Variable' && def.node.id.type === 'Identifier' && def.node.init) fn = unwrapExpression(def.node.init);
  if (!fn || !isFunctionNode(fn)) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return fn;
}

/**
 * The variable holding a function (`function f() {}`, `const f = () => {}`, also `let` and `var`),
 * looked up from a scope inside it or around it (`sourceCode.getScope(fn)`).
 */
export function getFunctionVariable(fn: FunctionNode, scope: Scope | undefined): TSESLint.Scope.Variable | undefined {
  if (fn.type === 'FunctionDeclaration' && fn.id) return findVariable(scope, fn.id);
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier') return findVariable(scope, parent.id);
  return undefined;
}

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** The function handed to `new Promise(…)`: its first two parameters settle the promise. */
export function isPromiseExecutor(node: TSESTree.Node): node is FunctionNode {
  const made = node.parent;
  return isFunctionNode(node) && made?.type === 'NewExpression' && made.arguments[0] === node && made.callee.type === 'Identifier' && made.callee.name === 'Promise';
}

/** The function a node is in, or undefined at the top level. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/**
 * The function a call's callee names (`getBoundFunction` of a name). Not async functions or
 * generators, whose calls give a promise or an iterator rather than what they return.
 */
export function getLocalFunction(callee: TSESTree.Node, scope: Scope | undefined): FunctionNode | undefined {
  if (unwrapExpression(callee).type !== 'Identifier') return undefined;
  const fn = getBoundFunction(callee, scope);
  return fn && !fn.async && !fn.generator ? fn : undefined;
}

/**
 * What a function returns: an arrow's expression body, or the argument of each `return` in its
 * body (not those of functions nested in it), at most a few.
 */
export function getReturnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const returned: TSESTree.Expression[] = [];
  // Returns sit only in statements, so the walk goes through statements alone.
  const stack: TSESTree.Statement[] = [fn.body];
  while (stack.length > 0 && returned.length < MAX_RETURNS) {
    const statement = stack.pop() as TSESTree.Statement;
    switch (statement.type) {
      case 'ReturnStatement':
        if (statement.argument) returned.push(statement.argument);
        break;
      case 'BlockStatement':
        for (let index = statement.body.length - 1; index >= 0; index--) stack.push(statement.body[index] as TSESTree.Statement);
        break;
      case 'IfStatement':
        if (statement.alternate) stack.push(statement.alternate);
        stack.push(statement.consequent);
        break;
      case 'SwitchStatement':
        for (let index = statement.cases.length - 1; index >= 0; index--) {
          const consequent = statement.cases[index]?.consequent ?? [];
          for (let inner = consequent.length - 1; inner >= 0; inner--) stack.push(consequent[inner] as TSESTree.Statement);
        }
        break;
      case 'TryStatement':
        if (statement.finalizer) stack.push(statement.finalizer);
        if (statement.handler) stack.push(statement.handler.body);
        stack.push(statement.block);
        break;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
      case 'WithStatement':
        stack.push(statement.body);
        break;
      default:
        break;
    }
  }
  return returned;
}

/**
 * The outermost scope. Names in a function that a value was followed into are looked up from it:
 * the lookup descends to the scope that holds each name, where the caller's scope could see
 * another binding of the same name, or none.
 */
export function getRootScope(scope: Scope | undefined): Scope | undefined {
  let current = scope;
  while (current?.upper) current = current.upper;
  return current;
}
