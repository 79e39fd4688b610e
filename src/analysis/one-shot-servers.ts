import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, getFunctionVariable, isFunctionNode, isPromiseExecutor, type FunctionNode } from './returns';
import { findVariable, getExpressionName, getStaticString, isInside, isModuleWrapperScope, unwrapExpression, valueChild } from './values';

// Servers that serve one request or a set time and close: a command-line tool's OAuth redirect or
// a probe of whether a port is free. Their port is the one registered with the provider, not a
// service's, and they end on their own, so no-hardcoded-config leaves their port alone and
// require-sigterm-handler does not ask them to handle SIGTERM.

type Scope = TSESLint.Scope.Scope;

/** Methods that register a route's handler on an app: `app.get('/callback', handler)`. */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use', 'route']);

/** The function whose every call runs `close`: it is a statement of the function's body (or its arrow body). */
function getClosingFunction(close: TSESTree.CallExpression): FunctionNode | undefined {
  const holder = close.parent.type === 'AwaitExpression' ? close.parent.parent : close.parent;
  if (holder && isFunctionNode(holder)) return holder;
  const block = holder?.type === 'ExpressionStatement' ? holder.parent : undefined;
  return block?.type === 'BlockStatement' && block.parent && isFunctionNode(block.parent) ? block.parent : undefined;
}

/** The variable holding the server that `call` starts: `const server = app.listen(…)`, `server.listen(…)`. */
function getListeningVariable(call: TSESTree.CallExpression, scope: Scope): TSESLint.Scope.Variable | undefined {
  const holder = valueChild(call).parent;
  if (holder?.type === 'VariableDeclarator' && holder.init === valueChild(call)) return holder.id.type === 'Identifier' ? findVariable(scope, holder.id) : undefined;
  if (holder?.type === 'AssignmentExpression' && holder.right === valueChild(call)) return holder.operator === '=' && holder.left.type === 'Identifier' ? findVariable(scope, holder.left) : undefined;
  const receiver = call.callee.type === 'MemberExpression' ? unwrapExpression(call.callee.object) : undefined;
  return receiver?.type === 'Identifier' ? findVariable(scope, receiver) : undefined;
}

/**
 * Whether `handler` answers the requests of the server `call` starts: it is the listener the
 * server was created with (`const server = http.createServer(handler)`), or a route of the app
 * that listens (`app.get('/callback', handler)` beside `app.listen(…)`).
 */
function answersRequestsOf(sourceCode: Readonly<TSESLint.SourceCode>, handler: FunctionNode, call: TSESTree.CallExpression, server: TSESLint.Scope.Variable, scope: Scope): boolean {
  const registration = handler.parent;
  if (registration?.type !== 'CallExpression' || !registration.arguments.includes(handler as TSESTree.CallExpressionArgument)) return false;
  const def = server.defs[0];
  if (server.defs.length === 1 && def?.type === 'Variable' && def.node.init && unwrapExpression(def.node.init) === registration) return true;
  const route = registration.callee;
  const app = call.callee.type === 'MemberExpression' ? unwrapExpression(call.callee.object) : undefined;
  if (route.type !== 'MemberExpression' || route.computed || route.property.type !== 'Identifier' || !ROUTE_METHODS.has(route.property.name)) return false;
  const receiver = unwrapExpression(route.object);
  return app?.type === 'Identifier' && receiver.type === 'Identifier' && receiver.name === app.name && findVariable(scope, app) === findVariable(sourceCode.getScope(receiver), receiver);
}

/**
 * A server started inside a function and closed by every request it answers
 * (`const server = http.createServer((req, res) => { …; server.close(); }); server.listen(43210)`)
 * serves one request: a command-line tool's OAuth redirect, on the port registered with the
 * provider, not a service's port. One closed by its own listen callback serves none: it tests
 * whether the port is free (`srv.listen(18789, '127.0.0.1', () => srv.close())`). One closed by
 * a timer set beside its listen call serves for a set time (`closesAfterDelay`). One started at
 * load time, or closed only under a condition or on a signal, is a service's. Read from the tree
 * around the close call alone.
 */
export function isOneShotServer(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  const scope = sourceCode.getScope(call);
  if (scope.variableScope.type !== 'function' || isModuleWrapperScope(scope.variableScope)) return false;
  const variable = getListeningVariable(call, scope);
  if (!variable) return false;
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== reference.identifier || member.computed || member.property.type !== 'Identifier' || member.property.name !== 'close') continue;
    const close = member.parent;
    if (close.type !== 'CallExpression' || close.callee !== member) continue;
    const handler = getClosingFunction(close);
    if (!handler) continue;
    // Closed by the listen call's own callback: a probe of whether the port is free (`srv.listen(18789, () => srv.close())`).
    if (handler.parent === call || closesAfterDelay(handler, call) || answersRequestsOf(sourceCode, handler, call, variable, scope)) return true;
  }
  return settlesItsPromise(sourceCode, variable);
}

/**
 * `setTimeout(() => server.close(), 300_000)` beside the listen call, in the same function: the
 * server serves for a set time only, an OAuth callback waiting for the browser's redirect. A timer
 * set elsewhere (in a signal handler, a request handler) is a service's way of shutting down.
 */
function closesAfterDelay(handler: FunctionNode, call: TSESTree.CallExpression): boolean {
  const timer = handler.parent;
  return timer?.type === 'CallExpression' && timer.arguments[0] === handler && getExpressionName(timer.callee) === 'setTimeout' && getEnclosingFunction(timer) === getEnclosingFunction(call);
}

/**
 * A server whose request handler, written inside a promise's executor, settles that promise
 * (`new Promise((resolve, reject) => { server = http.createServer((req, res) => { …; resolve(code); });
 * server.listen(8976); })`, or `server.on('request', (req, res) => { …; resolve(); })` there): it
 * exists to receive one answer that the function awaits, a command-line login's OAuth
 * redirect, and is closed once that is in.
 */
function settlesItsPromise(sourceCode: Readonly<TSESLint.SourceCode>, server: TSESLint.Scope.Variable): boolean {
  for (const handler of getRequestHandlers(sourceCode, server)) {
    const executor = getEnclosingFunction(handler);
    if (!executor || !isPromiseExecutor(executor)) continue;
    for (const variable of sourceCode.getDeclaredVariables(executor)) {
      const def = variable.defs[0];
      if (def?.type !== 'Parameter' || (def.name !== executor.params[0] && def.name !== executor.params[1])) continue;
      if (variable.references.some((reference) => isInside(reference.identifier, handler) || isSettlingHelperCalledBy(sourceCode, reference.identifier, executor, handler))) return true;
    }
  }
  return false;
}

/**
 * `resolve` or `reject` used in a function declared in the executor that the handler calls:
 * `const finish = (err, result) => { server.close(); err ? reject(err) : resolve(result); }`
 * beside `createServer((req, res) => { …; finish(undefined, { code }); })`.
 */
function isSettlingHelperCalledBy(sourceCode: Readonly<TSESLint.SourceCode>, settle: TSESTree.Node, executor: FunctionNode, handler: FunctionNode): boolean {
  const helper = getEnclosingFunction(settle);
  if (!helper || helper === executor || getEnclosingFunction(helper) !== executor) return false;
  const variable = getFunctionVariable(helper, sourceCode.getScope(helper));
  return variable?.references.some((reference) => reference.identifier.parent?.type === 'CallExpression' && reference.identifier.parent.callee === reference.identifier && isInside(reference.identifier, handler)) ?? false;
}

/**
 * The request handlers of the server a variable holds: the function it was made with, when it
 * is given one value (`const server = http.createServer(handler)` or, declared earlier,
 * `server = …`), and those it registers for `'request'` (`server.on('request', handler)`).
 */
function getRequestHandlers(sourceCode: Readonly<TSESLint.SourceCode>, server: TSESLint.Scope.Variable): FunctionNode[] {
  const handlers: FunctionNode[] = [];
  const writes = server.references.filter((reference) => reference.isWrite());
  const created = writes.length === 1 && writes[0]?.writeExpr ? unwrapExpression(writes[0].writeExpr) : undefined;
  if (created?.type === 'CallExpression' && getExpressionName(created.callee) === 'createServer') {
    const handler = created.arguments.find((argument) => isFunctionNode(argument));
    if (handler?.type === 'ArrowFunctionExpression' || handler?.type === 'FunctionExpression') handlers.push(handler);
  }
  for (const reference of server.references) {
    const member = reference.identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== reference.identifier || member.computed || member.property.type !== 'Identifier') continue;
    const call = member.parent;
    if (call.type !== 'CallExpression' || call.callee !== member || (member.property.name !== 'on' && member.property.name !== 'addListener')) continue;
    const [event, handler] = call.arguments;
    if (event && handler && isFunctionNode(handler) && getStaticString(event, sourceCode.getScope(call)) === 'request') handlers.push(handler);
  }
  return handlers;
}
