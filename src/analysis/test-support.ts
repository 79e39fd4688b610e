import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { TEST_SUPPORT_MODULES } from '../knowledge/test-support';
import { importsAnyModule, toModuleSet } from './modules';
import { isFunctionNode } from './returns';

const TEST_MODULES = toModuleSet(TEST_SUPPORT_MODULES);

/** The globals of Mocha, Jasmine and Jest that declare a suite or a test: called with a title first. */
const SUITE_GLOBALS: ReadonlySet<string> = new Set(['describe', 'suite', 'context', 'it', 'test', 'specify', 'fdescribe', 'xdescribe', 'fit', 'xit']);

/** Their hooks, called with a function first. */
const HOOK_GLOBALS: ReadonlySet<string> = new Set(['before', 'after', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'suiteSetup', 'suiteTeardown', 'setup', 'teardown']);

function isFunction(node: TSESTree.Node | undefined): boolean {
  return node !== undefined && isFunctionNode(node);
}

function isTitle(node: TSESTree.Node | undefined): boolean {
  return (node?.type === 'Literal' && typeof node.value === 'string') || node?.type === 'TemplateLiteral';
}

/**
 * `describe('…', () => …)`, `it.only('…', …)`, `before(() => …)` at the top of the file, on a
 * global the file does not declare: a test file of a runner that provides its functions as
 * globals (Mocha, Jasmine, Jest), whatever folder it sits in.
 */
function callsTestGlobals(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression') continue;
    const call = statement.expression;
    let callee = call.callee;
    // `describe.only('…', …)`, `it.skip('…', …)`: the runner's function is the object.
    if (callee.type === 'MemberExpression' && !callee.computed) callee = callee.object;
    if (callee.type !== 'Identifier') continue;
    const [first, second] = call.arguments;
    const declares = SUITE_GLOBALS.has(callee.name) ? isTitle(first) && isFunction(second) : HOOK_GLOBALS.has(callee.name) && isFunction(first);
    if (!declares) continue;
    const variable = ASTUtils.findVariable(sourceCode.getScope(statement), callee);
    if (!variable || variable.defs.length === 0) return true;
  }
  return false;
}

const answers = new WeakMap<object, boolean>();

/**
 * Whether the file is test code or test support: it imports a package that only test code uses
 * (see `knowledge/test-support`), or declares suites, tests or hooks on a test runner's globals.
 * Rules ask only when they have something to report, so most files never pay for it.
 */
export function isTestSupportFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let answer = answers.get(sourceCode.ast);
  if (answer === undefined) {
    answer = importsAnyModule(sourceCode, TEST_MODULES) || callsTestGlobals(sourceCode);
    answers.set(sourceCode.ast, answer);
  }
  return answer;
}
