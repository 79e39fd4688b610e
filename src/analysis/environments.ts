import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { splitWords } from './secrets/names';
import { walk } from './servers';
import { getPropertyName, getStringEquality, unwrapExpression } from './values';

/**
 * Code that runs only outside production: the branch of `if (process.env.NODE_ENV === 'development')`,
 * `isDev && …`, the `else` of `env === 'production'`. What a development or test run writes to
 * its own disk or memory is not the deployed app's concern, so rules that judge how the app runs
 * in production may leave it alone.
 */

const NON_PRODUCTION_VALUES: ReadonlySet<string> = new Set(['development', 'dev', 'test', 'testing', 'local', 'ci', 'e2e']);
const PRODUCTION_VALUES: ReadonlySet<string> = new Set(['production', 'prod']);

/** Names of what holds the environment's name: `NODE_ENV`, `env`, `nodeEnv`, `APP_ENV`, `environment`. */
const ENVIRONMENT_NAME = /^(?:node_?|app_?)?env(?:ironment)?$/i;

/** Boolean flags named for the environment: `isDev`, `IS_DEVELOPMENT`, `__DEV__`, `isTest`, `isProd`. */
const DEVELOPMENT_FLAG = /^(?:is_?(?:dev|development|test|testing|local)|__dev__|dev)$/i;
const PRODUCTION_FLAG = /^(?:is_?(?:prod|production)|__prod__|prod)$/i;

/**
 * Variables that a serverless function platform sets where it runs the code: Vercel (`VERCEL=1`),
 * Netlify, AWS Lambda. An app exported for such a platform that calls `listen()` only when they are
 * unset (`if (!process.env.VERCEL) app.listen(PORT)`) listens in a local run only; the deployed
 * code is the platform's function. Container platforms (Cloud Run's `K_SERVICE`, ECS) run the
 * server itself and are not among them.
 */
const SERVERLESS_PLATFORM_VARIABLES: ReadonlySet<string> = new Set([
  'VERCEL',
  'VERCEL_ENV',
  'VERCEL_URL',
  'NETLIFY',
  'AWS_LAMBDA_FUNCTION_NAME',
  'LAMBDA_TASK_ROOT',
  // Also set on ECS, where code that listens only without it would never listen: the code means Lambda.
  'AWS_EXECUTION_ENV',
  'FUNCTIONS_WORKER_RUNTIME',
]);
/** Set by serverless-offline when it emulates the platform on a developer's machine. */
const LOCAL_EMULATION_VARIABLES: ReadonlySet<string> = new Set(['IS_OFFLINE']);
/** Flags named for them: `isVercel`, `IS_LAMBDA`, `isServerless`. */
const SERVERLESS_FLAG = /^is_?(?:vercel|netlify|lambda|serverless)$/i;

export type Branch = 'non-production' | 'production';

/** The name an expression is read by: `NODE_ENV` of `process.env.NODE_ENV`, `env` of `app.get('env')`. */
function getReadName(node: TSESTree.Node): string | undefined {
  const target = unwrapExpression(node);
  if (target.type === 'Identifier') return target.name;
  if (target.type === 'MemberExpression') return getPropertyName(target);
  if (target.type === 'CallExpression') {
    const first = target.arguments[0];
    return first?.type === 'Literal' && typeof first.value === 'string' ? first.value : undefined;
  }
  return undefined;
}

function getEnvironmentLiteral(node: TSESTree.Node): Branch | undefined {
  const target = unwrapExpression(node);
  if (target.type !== 'Literal' || typeof target.value !== 'string') return undefined;
  const value = target.value.toLowerCase();
  if (NON_PRODUCTION_VALUES.has(value)) return 'non-production';
  return PRODUCTION_VALUES.has(value) ? 'production' : undefined;
}

/** Which environment a test being true says the code runs in, when it says one. */
export function getEnvironmentBranch(test: TSESTree.Node): Branch | undefined {
  const target = unwrapExpression(test);
  switch (target.type) {
    case 'BinaryExpression': {
      const equal = target.operator === '===' || target.operator === '==';
      if (!equal && target.operator !== '!==' && target.operator !== '!=') return undefined;
      let literal = getEnvironmentLiteral(target.right);
      let other: TSESTree.Node = target.left;
      if (literal === undefined) {
        literal = getEnvironmentLiteral(target.left);
        other = target.right;
      }
      if (literal === undefined) return getPlatformComparison(target, equal);
      const name = getReadName(other);
      if (name === undefined || !ENVIRONMENT_NAME.test(name)) return undefined;
      if (equal) return literal;
      // `env !== 'production'` is outside production; `env !== 'development'` may be anywhere.
      return literal === 'production' ? 'non-production' : undefined;
    }
    case 'Identifier':
    case 'MemberExpression': {
      const name = getReadName(target);
      if (name === undefined) return undefined;
      if (DEVELOPMENT_FLAG.test(name) || (LOCAL_EMULATION_VARIABLES.has(name) && isEnvRead(target))) return 'non-production';
      return PRODUCTION_FLAG.test(name) || isServerlessPlatformRead(target, name) ? 'production' : undefined;
    }
    case 'UnaryExpression':
      // `!isProd` is outside production; `!isDev` may still be a test run.
      return target.operator === '!' && getEnvironmentBranch(target.argument) === 'production' ? 'non-production' : undefined;
    case 'LogicalExpression':
      if (target.operator === '&&') return getEnvironmentBranch(target.left) === 'non-production' || getEnvironmentBranch(target.right) === 'non-production' ? 'non-production' : undefined;
      if (target.operator === '||') return getEnvironmentBranch(target.left) === 'non-production' && getEnvironmentBranch(target.right) === 'non-production' ? 'non-production' : undefined;
      return undefined;
    default:
      return undefined;
  }
}

/** `process.env.VERCEL` (read from `process.env`, or destructured from it), or a flag named for such a platform (`isVercel`). */
function isServerlessPlatformRead(node: TSESTree.Identifier | TSESTree.MemberExpression, name: string): boolean {
  // `const { VERCEL } = process.env` names the variable itself.
  if (node.type === 'Identifier') return SERVERLESS_FLAG.test(name) || SERVERLESS_PLATFORM_VARIABLES.has(name);
  if (!SERVERLESS_PLATFORM_VARIABLES.has(name)) return SERVERLESS_FLAG.test(name);
  return isEnvRead(node);
}

/** `process.env.X` (or `env.X` of anything called `env`), as opposed to `config.X`. */
function isEnvRead(node: TSESTree.Identifier | TSESTree.MemberExpression): boolean {
  if (node.type === 'Identifier') return true;
  const object = unwrapExpression(node.object);
  return (object.type === 'MemberExpression' && getPropertyName(object) === 'env') || (object.type === 'Identifier' && object.name === 'env');
}

/**
 * `process.env.VERCEL !== '1'` (outside the platform, so a local run) and `=== '1'` (on it):
 * a platform variable compared with a non-empty literal.
 */
function getPlatformComparison(comparison: TSESTree.BinaryExpression, equal: boolean): Branch | undefined {
  const right = unwrapExpression(comparison.right);
  const [read, literal] = right.type === 'Literal' || isUndefined(right) ? [comparison.left, right] : [comparison.right, unwrapExpression(comparison.left)];
  // `process.env.VERCEL === undefined`: unset, so off the platform.
  if (isUndefined(literal)) equal = !equal;
  else if (literal.type !== 'Literal' || (typeof literal.value !== 'string' && typeof literal.value !== 'boolean') || literal.value === '' || literal.value === false) return undefined;
  const target = unwrapExpression(read);
  if (target.type !== 'MemberExpression' && target.type !== 'Identifier') return undefined;
  const name = target.type === 'Identifier' ? target.name : getPropertyName(target);
  if (name === undefined || !SERVERLESS_PLATFORM_VARIABLES.has(name) || !isServerlessPlatformRead(target, name)) return undefined;
  return equal ? 'production' : 'non-production';
}

function isUndefined(node: TSESTree.Node): boolean {
  return node.type === 'Identifier' && node.name === 'undefined';
}

/** Whether `node` runs only outside production, by the branches it sits in. */
export function isNonProductionOnly(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
        if (child === parent.consequent && getEnvironmentBranch(parent.test) === 'non-production') return true;
        if (child === parent.alternate && getEnvironmentBranch(parent.test) === 'production') return true;
        break;
      case 'LogicalExpression':
        if (child === parent.right && parent.operator === '&&' && getEnvironmentBranch(parent.left) === 'non-production') return true;
        break;
      case 'SwitchCase':
        if (child !== parent.test && isNonProductionCase(parent)) return true;
        break;
      case 'Property':
        if (child === parent.value && (isNonProductionEntry(parent) || getPropertyName(parent) === 'devDefault')) return true;
        break;
      case 'VariableDeclarator':
        if (child === parent.init && isNonProductionSettings(parent)) return true;
        break;
      case 'BlockStatement':
      case 'Program':
        if (followsProductionExit(parent, child)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/**
 * Whether a statement before `child` in `body` leaves in production: `if (process.env.NODE_ENV ===
 * 'production') throw new Error('JWT_SECRET is required');` (or `return`, or `process.exit(…)`),
 * with no `else`. What follows it runs only outside production: a development default.
 */
function followsProductionExit(block: TSESTree.BlockStatement | TSESTree.Program, child: TSESTree.Node): boolean {
  return getProductionExitEnd(block) <= child.range[0];
}

/** Where the first production exit of each block ends (Infinity when it has none), found once per block. */
const productionExitEnds = new WeakMap<TSESTree.Node, number>();

function getProductionExitEnd(block: TSESTree.BlockStatement | TSESTree.Program): number {
  let end = productionExitEnds.get(block);
  if (end === undefined) {
    end = Infinity;
    for (const statement of block.body) {
      if (statement.type === 'IfStatement' && exitsAlways(statement.consequent) && getEnvironmentBranch(statement.test) === 'production') {
        end = statement.range[1];
        break;
      }
    }
    productionExitEnds.set(block, end);
  }
  return end;
}

function exitsAlways(statement: TSESTree.Statement): boolean {
  if (statement.type === 'BlockStatement') {
    const last = statement.body.at(-1);
    return last !== undefined && exitsAlways(last);
  }
  return statement.type === 'ThrowStatement' || statement.type === 'ReturnStatement' || isProcessExitStatement(statement);
}

/** `process.exit(1);`: a statement that ends the process. */
export function isProcessExitStatement(statement: TSESTree.Statement): boolean {
  if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression') return false;
  const callee = statement.expression.callee;
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'process' && getPropertyName(callee) === 'exit';
}

/**
 * `development: { … }` of a settings map by environment, one that also has a production entry
 * (a knexfile, Sequelize's `config.js`, `{ development, test, production }`): only a development
 * or test run reads it.
 */
function isNonProductionEntry(property: TSESTree.Property): boolean {
  const object = property.parent;
  if (object.type !== 'ObjectExpression' || property.value.type !== 'ObjectExpression') return false;
  const name = getPropertyName(property);
  if (name === undefined || !NON_PRODUCTION_VALUES.has(name.toLowerCase())) return false;
  for (const sibling of object.properties) {
    if (sibling.type !== 'Property') continue;
    const key = getPropertyName(sibling);
    if (key !== undefined && PRODUCTION_VALUES.has(key.toLowerCase())) return true;
  }
  return false;
}

/**
 * `const development = { … }` beside a `const production = { … }` in the same block (the entries of
 * a settings map by environment, `module.exports = { development, production }`, written apart).
 */
function isNonProductionSettings(declarator: TSESTree.VariableDeclarator): boolean {
  if (declarator.id.type !== 'Identifier' || declarator.init?.type !== 'ObjectExpression' || !NON_PRODUCTION_VALUES.has(declarator.id.name.toLowerCase())) return false;
  const block = declarator.parent.parent;
  if (block.type !== 'Program' && block.type !== 'BlockStatement') return false;
  return block.body.some(
    (statement) =>
      statement.type === 'VariableDeclaration' &&
      statement.declarations.some((other) => other.id.type === 'Identifier' && PRODUCTION_VALUES.has(other.id.name.toLowerCase()) && other.init?.type === 'ObjectExpression'),
  );
}

const EXITS: ReadonlySet<string> = new Set(['BreakStatement', 'ReturnStatement', 'ThrowStatement', 'ContinueStatement']);

/** `case 'development':` of a `switch (process.env.NODE_ENV)` that no other case falls into. */
function isNonProductionCase(switchCase: TSESTree.SwitchCase): boolean {
  const statement = switchCase.parent;
  if (!switchCase.test || statement.type !== 'SwitchStatement') return false;
  const discriminant = getReadName(statement.discriminant);
  if (discriminant === undefined || !ENVIRONMENT_NAME.test(discriminant) || getEnvironmentLiteral(switchCase.test) !== 'non-production') return false;
  const index = statement.cases.indexOf(switchCase);
  const previous = index > 0 ? statement.cases[index - 1] : undefined;
  const last = previous?.consequent.at(-1);
  return previous === undefined || (last !== undefined && EXITS.has(last.type));
}

/** `process.env.X` (or `env.X`) → `X`. */
function getEnvVariable(node: TSESTree.Node): string | undefined {
  const target = unwrapExpression(node);
  return target.type === 'MemberExpression' && isEnvRead(target) ? getPropertyName(target) : undefined;
}

/**
 * The variable an expression reads: `process.env.JWT_SECRET`, or a `const` bound to one, also with
 * a fallback (`const secret = process.env.JWT_SECRET ?? (isProd ? undefined : 'dev')`), through
 * `resolve` (a `const`'s initializer).
 */
export function getReadVariable(node: TSESTree.Node, resolve?: (identifier: TSESTree.Identifier) => TSESTree.Node | undefined): string | undefined {
  const target = unwrapExpression(node);
  if (target.type !== 'Identifier' || !resolve) return getEnvVariable(target);
  const init = resolve(target);
  if (!init) return undefined;
  const value = unwrapExpression(init);
  return getEnvVariable(value.type === 'LogicalExpression' && (value.operator === '||' || value.operator === '??') ? value.left : value);
}

type Resolve = (identifier: TSESTree.Identifier) => TSESTree.Node | undefined;

/**
 * `!process.env.JWT_SECRET` → `JWT_SECRET`; `!secret` with `const secret = process.env.JWT_SECRET`
 * too; `!process.env[key]` for each name of the list `key` runs over (`for (const key of
 * ['JWT_SECRET', 'DB_URL'])`, also a `const` list, or `required.forEach((key) => …)`).
 */
function getMissingVariables(node: TSESTree.Node, resolve?: Resolve): readonly string[] {
  const target = unwrapExpression(node);
  if (target.type !== 'UnaryExpression' || target.operator !== '!') return [];
  const variable = getReadVariable(target.argument, resolve);
  if (variable !== undefined) return [variable];
  const read = unwrapExpression(target.argument);
  if (read.type !== 'MemberExpression' || !read.computed || read.property.type !== 'Identifier' || !isEnvRead(read)) return [];
  return getListedNames(read.property, resolve);
}

/**
 * The names a loop's variable runs over: the nearest `for…of` or `forEach` callback around it that
 * binds that name, over a list of string literals written there or held in a `const`.
 */
function getListedNames(identifier: TSESTree.Identifier, resolve?: Resolve): readonly string[] {
  for (let current: TSESTree.Node | undefined = identifier.parent; current; current = current.parent) {
    let list: TSESTree.Node | undefined;
    if (current.type === 'ForOfStatement') {
      const declarator = current.left.type === 'VariableDeclaration' && current.left.declarations.length === 1 ? current.left.declarations[0] : undefined;
      if (declarator?.id.type !== 'Identifier' || declarator.id.name !== identifier.name) continue;
      list = current.right;
    } else if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      const [parameter] = current.params;
      if (parameter?.type !== 'Identifier' || parameter.name !== identifier.name) {
        if (current.params.some((other) => other.type === 'Identifier' && other.name === identifier.name)) return [];
        continue;
      }
      const call = current.parent;
      if (call?.type !== 'CallExpression' || call.arguments[0] !== current || call.callee.type !== 'MemberExpression' || getPropertyName(call.callee) !== 'forEach') return [];
      list = call.callee.object;
    } else {
      continue;
    }
    let value = unwrapExpression(list);
    if (value.type === 'Identifier' && resolve) {
      const init = resolve(value);
      if (init) value = unwrapExpression(init);
    }
    if (value.type !== 'ArrayExpression') return [];
    const names: string[] = [];
    for (const element of value.elements) {
      if (element?.type !== 'Literal' || typeof element.value !== 'string') return [];
      names.push(element.value);
    }
    return names;
  }
  return [];
}

function addAll(set: Set<string>, values: readonly string[]): void {
  for (const value of values) set.add(value);
}

/** What a module's production guards say (see `getProductionGuards`). */
export interface ProductionGuards {
  /** Environment variables it will not run without in production. */
  readonly required: ReadonlySet<string>;
  /** Literals it refuses there, each with the names it is compared under. */
  readonly refused: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The module's guards that leave in production, from one walk over it (looked for only when there
 * is a fallback to judge):
 * - the environment variables it will not run without there, `if (process.env.NODE_ENV ===
 *   'production' && !process.env.JWT_SECRET) { …; process.exit(1); }` (or `throw`; also through
 *   constants, `isProduction && !secret` with `const secret = process.env.JWT_SECRET`, by `resolve`,
 *   a `const`'s initializer). A fallback of such a variable (`process.env.JWT_SECRET ||
 *   'dev-secret'`) is then used only outside production;
 * - the literals it refuses there, `if (env.NODE_ENV === 'production') { if (env.JWT_SECRET ===
 *   'dev-secret-change-me') throw … }` or `if (isProd && secret === '…') throw …`, each with the
 *   names it is compared under (the compared member's or binding's last name: `JWT_SECRET`,
 *   `secret`). A fallback equal to one of them never runs in production.
 */
export function getProductionGuards(
  ast: TSESTree.Program,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  resolve?: Resolve,
): ProductionGuards {
  const required = new Set<string>();
  const refused = new Map<string, Set<string>>();
  const addEqualities = (test: TSESTree.Node): void => {
    const target = unwrapExpression(test);
    if (target.type === 'LogicalExpression' && target.operator === '||') {
      addEqualities(target.left);
      addEqualities(target.right);
      return;
    }
    const equality = getStringEquality(target);
    if (!equality) return;
    const names = refused.get(equality.value) ?? new Set<string>();
    names.add(equality.name);
    refused.set(equality.value, names);
  };
  walk(ast, visitorKeys, (node) => {
    if (node.type !== 'IfStatement') return;
    const test = unwrapExpression(node.test);
    // An `else` changes nothing: production without the variable still leaves by the first branch.
    if (exitsAlways(node.consequent) && test.type === 'LogicalExpression' && test.operator === '&&') {
      const leftProduction = getEnvironmentBranch(test.left) === 'production';
      const rightProduction = getEnvironmentBranch(test.right) === 'production';
      if (rightProduction) addAll(required, getMissingVariables(test.left, resolve));
      if (leftProduction) addAll(required, getMissingVariables(test.right, resolve));
      // `if (isProd && secret === '…') throw …`
      if (leftProduction) addEqualities(test.right);
      else if (rightProduction) addEqualities(test.left);
      return;
    }
    const body = node.consequent.type === 'BlockStatement' ? node.consequent.body : [node.consequent];
    // `if (!process.env[key]) { if (isProduction) throw …; console.warn(…); }`
    const missing = getMissingVariables(test, resolve);
    if (missing.length > 0) {
      if (body.some((statement) => statement.type === 'IfStatement' && exitsAlways(statement.consequent) && getEnvironmentBranch(statement.test) === 'production')) addAll(required, missing);
      return;
    }
    // `if (env.NODE_ENV === 'production') { if (a === '…' || b === '…') throw …; if (!env.JWT_SECRET) throw …; }`
    if (getEnvironmentBranch(test) !== 'production') return;
    for (const statement of body) {
      if (statement.type !== 'IfStatement' || !exitsAlways(statement.consequent)) continue;
      addEqualities(statement.test);
      addAll(required, getMissingVariables(statement.test, resolve));
    }
  });
  return { required, refused };
}

/**
 * A configuration file that only a development or test environment loads, by the layout of the
 * framework that loads it: node-config's `config/development.js`, `config/test.js`, `config/local.js`
 * (and `local-development.js`), Sails' `config/env/development.js` and `config/local.js`, Strapi's
 * `config/env/development/database.ts`.
 */
const DEVELOPMENT_CONFIG_PATH = /(?:^|\/)config\/(?:env\/)?(?:(?:default|local)-)?(?:development|dev|local|test|testing)(?:\/|\.[cm]?[jt]s$)/;
/**
 * A script that starts a development run, by its name: `server-dev.js`, `app.dev.ts`,
 * `index.development.mjs`, `dev-server.js`, and `scripts/dev.mjs`, `dev-with-log.js`, a `dev`
 * script's own file (not `devices.js`, `server-devtools.js`, `devops.js`).
 */
const DEVELOPMENT_SCRIPT_NAME = /(?:^|\/)(?:[^/]*[-._](?:dev|development)|dev[-_.]?server|dev(?:elopment)?|dev[-_][^/.]*)\.[cm]?[jt]s$/i;

/** A file that only a development or test run loads: a configuration file by its folder's layout, a start script by its name. */
export function isDevelopmentOnlyFile(filename: string): boolean {
  const path = filename.replaceAll('\\', '/');
  return DEVELOPMENT_CONFIG_PATH.test(path) || DEVELOPMENT_SCRIPT_NAME.test(path);
}

/**
 * A database seed: the demo and test data a development database is filled with (Knex's
 * `seeds/`, Sequelize's `seeders/`, Prisma's `prisma/seed.ts`, `users.seed.ts`), a module of
 * test fixtures or test accounts by its name (`db/fixtures.js`, `users.fixture.ts`,
 * `testCredentials.js`, `test-users.ts`), and mock data (see `isMockDataFile`); not
 * `seed-phrase.ts`, `fixtures-api.ts`, `testimonials.js`.
 */
const SEED_DATA_PATH = /(?:^|\/)(?:seeds?|seeders?|seeding)\/|(?:^|\/|\.)(?:seeds?|seeder|fixtures?)\.[cm]?[jt]sx?$/;
const TEST_ACCOUNTS_NAME = /(?:^|\/)test[-_]?(?:credentials?|creds|users?|accounts?|secrets?)\.[cm]?[jt]sx?$/i;

/** A JavaScript or TypeScript file's extension. */
const SOURCE_EXTENSION = /^\.[cm]?[jt]sx?$/;
/** A folder of mock data: `mock/users.js` (`mocks/` is one of the configs' ignored folders). */
const MOCK_FOLDER = /(?:^|\/)mocks?\//;

/**
 * Mock data by its file's name: a module whose name has the word `mock` or `mocks`
 * (`mock-events.js`, `mocks.ts`, `user.mock.ts`, `mockData.js`), made-up records for tests and
 * previews; not `hammock.js`, `mockingbird.ts`.
 */
function isMockDataFile(path: string): boolean {
  if (MOCK_FOLDER.test(path)) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const extension = base.lastIndexOf('.');
  if (extension <= 0 || !SOURCE_EXTENSION.test(base.slice(extension))) return false;
  // The name's words as an identifier's are split: `mock-events`, `mockData`, `user.mock`, `api_mocks`.
  return splitWords(base.slice(0, extension)).some((word) => word === 'mock' || word === 'mocks');
}

export function isSeedDataFile(filename: string): boolean {
  const path = filename.replaceAll('\\', '/');
  return SEED_DATA_PATH.test(path) || TEST_ACCOUNTS_NAME.test(path) || isMockDataFile(path);
}
