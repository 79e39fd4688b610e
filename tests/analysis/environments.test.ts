import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { getProductionGuards, isNonProductionOnly, isSeedDataFile } from '../../src/analysis/environments';
import { withSourceCode } from './parse';

/** Whether the call of `target()` in `code` runs only outside production. */
function targetIsNonProduction(code: string): boolean {
  return withSourceCode(code, (sourceCode) => {
    let found: TSESTree.Node | undefined;
    const visit = (node: TSESTree.Node): void => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'target') found = node;
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
        }
      }
    };
    visit(sourceCode.ast);
    if (!found) throw new Error('no target() call');
    return isNonProductionOnly(found);
  });
}

describe('isNonProductionOnly', () => {
  it.each([
    ["if (process.env.NODE_ENV === 'development') target();"],
    ["if ('test' == process.env.NODE_ENV) { target(); }"],
    ["if (app.get('env') === 'development') target();"],
    ["if (config.get('NODE_ENV') === 'local') target();"],
    ["if (process.env.APP_ENV === 'dev') target();"],
    ["if (env === 'production') other(); else target();"],
    ["if (process.env.NODE_ENV !== 'production') target();"],
    ['if (isDev) target();'],
    ['if (config.isDevelopment) target();'],
    ['if (__DEV__) target();'],
    ['if (!isProduction) target();'],
    ['const x = dev ? target() : other();'],
    ['const x = isProd ? other() : target();'],
    ['isTest && target();'],
    ["if (isDev && process.env.LOG_TO_FILE) target();"],
    ['if (isDev) { app.use(function () { target(); }); }'],
    ["switch (process.env.NODE_ENV) { case 'development': target(); }"],
    ["switch (process.env.NODE_ENV) { case 'production': other(); break; case 'test': target(); }"],
    ["module.exports = { development: { connection: { password: target() } }, production: { connection: process.env.DATABASE_URL } };"],
    ["export default { test: { pool: target() }, prod: {} };"],
    // After a guard that leaves in production.
    ["if (!secret) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required');\n  target();\n}"],
    ["if (isProduction) { logger.error('no key'); process.exit(1); }\ntarget();"],
    ["function load() {\n  if (env === 'production') return read();\n  return target();\n}"],
    // whatever the else does, what follows the whole if runs only where the production branch did not
    ["if (process.env.NODE_ENV === 'production') throw new Error('x'); else other();\ntarget();"],
    ["if (isProduction) {\n  throw new Error('SESSION_SECRET is required');\n} else {\n  console.warn('using a development secret');\n}\ntarget();"],
    // Off a serverless platform the app exports itself for: a local run.
    ['if (!process.env.VERCEL) target();'],
    ["if (process.env.VERCEL !== '1') { target(); }"],
    ["if ('1' != process.env.VERCEL) target();"],
    ['if (process.env.AWS_LAMBDA_FUNCTION_NAME) other(); else target();'],
    ['if (!process.env.NETLIFY && require.main === module) target();'],
    ["if (process.env.NODE_ENV !== 'production' || !process.env.LAMBDA_TASK_ROOT) target();"],
    ['if (!isVercel) target();'],
    ['if (!process.env.VERCEL_URL) target();'],
    ['if (!process.env.AWS_EXECUTION_ENV) target();'],
    ['if (process.env.VERCEL === undefined) target();'],
    ['if (undefined !== process.env.FUNCTIONS_WORKER_RUNTIME) other(); else target();'],
    ['if (process.env.IS_OFFLINE) target();'],
    ["const { VERCEL } = process.env;\nif (VERCEL !== '1') target();"],
    ['const handler = isServerless ? other() : target();'],
  ])('%j: outside production only', (code) => {
    expect(targetIsNonProduction(code)).toBe(true);
  });

  it.each([
    ['target();'],
    ["if (process.env.NODE_ENV === 'production') target();"],
    ["if (process.env.NODE_ENV !== 'development') target();"],
    ['if (!isDev) target();'],
    ["if (process.env.LOG_FILE === 'development') target();"],
    ["if (mode === 'development') target();"],
    ['if (test) target();'],
    ['if (isDev || force) target();'],
    ["if (env === 'development') other(); else target();"],
    ['const x = isDev ? other() : target();'],
    ["switch (process.env.NODE_ENV) { case 'production': case 'development': target(); }"],
    ["switch (kind) { case 'development': target(); }"],
    ["if (process.env.NODE_ENV === 'development') other();\ntarget();"],
    ["module.exports = { production: { connection: { password: target() } }, development: {} };"],
    ["export const themes = { development: { accent: target() }, staging: {} };"],
    ["export const envs = { test: target(), production: {} };"],
    ["if (process.env.NODE_ENV === 'production') warn('no key');\ntarget();"],
    ["target();\nif (process.env.NODE_ENV === 'production') throw new Error('x');"],
    ["if (process.env.NODE_ENV === 'development') throw new Error('x');\ntarget();"],
    ["if (isProd && !secret) throw new Error('x');\ntarget();"],
    ["if (isProd) { if (secret) { throw new Error('x'); } }\ntarget();"],
    ["if (process.env.NODE_ENV === 'development') other(); else throw new Error('x');\ntarget();"],
    ["if (isProduction) warn(); else throw new Error('x');\ntarget();"],
    ['if (process.env.VERCEL) target();'],
    ['if (process.env.VERCEL !== undefined) target();'],
    ['if (!process.env.IS_OFFLINE) target();'],
    ['if (config.IS_OFFLINE) target();'],
    ["if (process.env.VERCEL === '1') target();"],
    ['if (!config.VERCEL) target();'],
    ['if (!process.env.K_SERVICE) target();'],
    ['if (!process.env.DISABLE_SERVER) target();'],
    ["if (process.env.VERCEL !== '') target();"],
  ])('%j: may run in production', (code) => {
    expect(targetIsNonProduction(code)).toBe(false);
  });
});

describe('getProductionGuards: the variables required in production', () => {
  it.each([
    ["if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) { console.error('JWT_SECRET is required'); process.exit(1); }", ['JWT_SECRET']],
    ["function secret() {\n  if (!process.env.SESSION_SECRET && isProduction) throw new Error('SESSION_SECRET is required');\n  return process.env.SESSION_SECRET || 'dev';\n}", ['SESSION_SECRET']],
    ["const env = process.env.NODE_ENV || 'development';\nif (env === 'production' && !process.env.API_KEY) process.exit(1);", ['API_KEY']],
    // An else does not change what production without the variable does.
    ["if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) throw new Error('x'); else start();", ['JWT_SECRET']],
    // A missing variable that leaves only in production; also each name of a list a loop runs over.
    ["if (!process.env.JWT_SECRET) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required');\n  console.warn('using a development secret');\n}", ['JWT_SECRET']],
    ["if (process.env.NODE_ENV === 'production') {\n  if (!process.env.SESSION_SECRET) process.exit(1);\n}", ['SESSION_SECRET']],
    ["for (const key of ['MONGODB_URI', 'JWT_SECRET']) {\n  if (!process.env[key]) {\n    if (process.env.NODE_ENV === 'production') throw new Error(`Missing ${key}`);\n    console.warn(`${key} is not set`);\n  }\n}", ['MONGODB_URI', 'JWT_SECRET']],
    ["['API_KEY', 'DB_URL'].forEach((name) => {\n  if (isProduction && !process.env[name]) process.exit(1);\n});", ['API_KEY', 'DB_URL']],
    // Not such a guard: it only warns, or it does not say production.
    ["if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) console.warn('JWT_SECRET is missing');", []],
    ["for (const key of ['JWT_SECRET']) {\n  if (!process.env[key]) console.warn(`${key} is not set`);\n}", []],
    ["if (!process.env.JWT_SECRET) {\n  if (process.env.NODE_ENV === 'production') console.warn('x');\n}", []],
    // A list the code does not spell out, or a name that is not the loop's.
    ["for (const key of Object.keys(schema)) {\n  if (isProduction && !process.env[key]) throw new Error(key);\n}", []],
    ["for (const key of ['JWT_SECRET']) {\n  items.forEach((key) => { if (isProduction && !process.env[key]) throw new Error(key); });\n}", []],
    ["if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) console.warn('x'); else process.exit(1);", []],
    ["if (!process.env.JWT_SECRET) process.exit(1);", []],
    ["if (process.env.NODE_ENV === 'development' && !process.env.JWT_SECRET) process.exit(1);", []],
  ])('%j requires %j', (code, expected) => {
    expect(withSourceCode(code, (sourceCode) => [...getProductionGuards(sourceCode.ast as TSESTree.Program, sourceCode.visitorKeys).required])).toEqual(expected);
  });
});

describe('getProductionGuards: the values refused in production', () => {
  it.each([
    ["if (env.NODE_ENV === 'production') {\n  if (env.JWT_SECRET === 'dev-secret' || env.SESSION_SECRET === 'dev-session') throw new Error('x');\n}", [['dev-secret', ['JWT_SECRET']], ['dev-session', ['SESSION_SECRET']]]],
    ["if (isProduction && secret === 'dev-secret') process.exit(1);", [['dev-secret', ['secret']]]],
    // Not refusals: outside production, or without leaving.
    ["if (env.NODE_ENV === 'development' && secret === 'dev-secret') throw new Error('x');", []],
    ["if (isProduction && secret === 'dev-secret') console.warn('x');", []],
    ["if (env.NODE_ENV === 'production') {\n  if (secret === 'dev-secret') console.warn('x');\n}", []],
  ])('%j refuses %j', (code, expected) => {
    const refused = withSourceCode(code, (sourceCode) => getProductionGuards(sourceCode.ast as TSESTree.Program, sourceCode.visitorKeys).refused);
    expect([...refused].map(([value, names]) => [value, [...names]])).toEqual(expected);
  });
});

describe('isSeedDataFile', () => {
  it.each(['prisma/seed.ts', 'src/db/seeds/01_users.ts', 'db/seeders/20240101-admin.js', 'src/users.seed.ts', 'seed.mjs', 'scripts/seeding/demo.ts', 'C:\\app\\seeds\\users.ts', 'dist/db/fixtures.js', 'src/users.fixture.ts', 'fixtures.mjs', 'dist/testCredentials.js', 'src/test-users.ts', 'test_accounts.cjs', 'lib/src/handler/mock-events.js', 'src/mocks.ts', 'src/users.mock.ts', 'src/mockData.js', 'src/api_mocks.mjs', 'src/mock/users.js', 'src/MockUsers.tsx'])('is a seed: %s', (filename) => {
    expect(isSeedDataFile(filename)).toBe(true);
  });

  it.each(['src/crypto/seed-phrase.ts', 'src/wallet-seed.ts', 'src/seedling.ts', 'src/reseed.ts', 'src/seed-utils/random.ts', 'src/seeds.json', 'config/seed.yaml', 'src/routes/fixtures-api.ts', 'src/fixtures.json', 'src/prefixtures.ts', 'src/testimonials.js', 'src/latestUsers.ts', 'src/test-runner.ts', 'src/hammock.ts', 'src/mockingbird.ts', 'src/smock.js', 'src/mock-events.json', 'src/mockery/index.ts'])('is no seed: %s', (filename) => {
    expect(isSeedDataFile(filename)).toBe(false);
  });
});
