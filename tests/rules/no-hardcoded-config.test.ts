import type { ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter, type ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type Options } from '../../src/rules/no-hardcoded-config';
import { createRuleTester, minified } from '../rule-tester';
import { ALNUM, BASE64, fakeChars, fakeToken, HEX } from '../analysis/secrets/fake-tokens';

/** A QStash token of the same shape for another user: a secret. */
const QSTASH_USER_TOKEN = Buffer.from(`{"UserID":"acme","Password":"${fakeChars(ALNUM, 16, 5)}"}`).toString('base64');
/** A Mapbox access token's shape: `pk.` (public) or `sk.` (secret), a base64url payload naming the account, a signature. */
const MAPBOX_TOKEN_BODY = `${Buffer.from(`{"u":"acme-maps","a":"${fakeChars(ALNUM, 25, 13)}"}`).toString('base64url')}.${fakeChars(ALNUM, 22, 17)}`;
/** The QStash CLI development server's documented token: base64 of its default user and password. */
const QSTASH_DEV_TOKEN = Buffer.from('{"UserID":"defaultUser","Password":"defaultPassword"}').toString('base64');

type LanguageOptions = NonNullable<ValidTestCase<Options>['languageOptions']>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const espree = require('espree') as LanguageOptions['parser'];
/** ESLint's own `languageOptions.sourceType`: the tester passes it through; its type does not list it. */
function languageOptions(options: { parser?: LanguageOptions['parser']; sourceType?: 'commonjs' | 'script' | 'module' }): LanguageOptions {
  return options as LanguageOptions;
}
const ESPREE = languageOptions({ parser: espree });
const ESPREE_COMMONJS = languageOptions({ parser: espree, sourceType: 'commonjs' });
const ESPREE_SCRIPT = languageOptions({ parser: espree, sourceType: 'script' });
const COMMONJS = languageOptions({ sourceType: 'commonjs' });

const ruleTester = createRuleTester();

/** `code` with the first occurrence of `from` replaced: the expected output of a suggestion. */
function replaced(code: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`${from} not in ${code}`);
  return code.replace(from, to);
}

/** A `useEnv` suggestion replacing `from` (as written in `code`) with `to`. */
/** Public mail hosts in branches taken for another provider, or for no provider at all. */
const OTHER_BRANCH_MAILER = `const nodemailer = require('nodemailer');
export function mailer(type) {
  switch (type) {
    case 'mailgun': return nodemailer.createTransport({ host: 'smtp.sendgrid.net' });
  }
  if (type === 'production') return nodemailer.createTransport({ host: 'smtp.gmail.com' });
}`;

function useEnv(code: string, from: string, to: string) {
  return [{ messageId: 'useEnv' as const, data: { replacement: to }, output: replaced(code, from, to) }];
}

/** One secretSink report of the literal `literal` (as written, quotes included) in `code`. */
function sinkError(code: string, literal: string, sink: string, masked: string, envName: string) {
  return { messageId: 'secretSink' as const, data: { sink, masked, envName }, suggestions: useEnv(code, literal, `process.env.${envName}`) };
}

/** A `removeFallback` suggestion replacing `from` with `to`. */
function removeFallback(code: string, from: string, to: string) {
  return [{ messageId: 'removeFallback' as const, data: { replacement: to }, output: replaced(code, from, to) }];
}


/** What messages show of a secret: its first four characters at most. */
function first4(value: string): string {
  return `${value.slice(0, 4)}…`;
}

const GITHUB = fakeToken('github-token');
const AWS = fakeToken('aws-access-key-id');
const STRIPE = fakeToken('stripe-secret-key');
const SUPABASE_SECRET = fakeToken('supabase-secret-key');
const SLACK = fakeToken('slack-token');
const TELEGRAM = fakeToken('telegram-bot-token');
const SLACK_HOOK = fakeToken('slack-webhook');
const GOOGLE = fakeToken('google-api-key');
const GOOGLE_CLIENT_SECRET = fakeToken('google-oauth-client-secret');
const OPENAI = fakeToken('openai-project-key');
const ANTHROPIC = fakeToken('anthropic-api-key');
const SENDGRID = fakeToken('sendgrid-api-key');
const TWILIO = fakeToken('twilio-api-key');
const NPM = fakeToken('npm-token');
const GITLAB = fakeToken('gitlab-token');
const JWT = fakeToken('jwt');
/** The credential of an Authorization header's value, after its scheme. */
const BEARER = fakeToken('http-bearer-token').slice('Bearer '.length);
const BASIC = fakeToken('http-basic-credentials').slice('Basic '.length);
/** Supabase's keys: JWTs whose claims say which project and role they are for. */
const supabaseKey = (claims: object): string =>
  `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.Xk2mQ9rTvB4nW7pL1sZ8cDh3Jf6Gq0Ya5Ue2Ri9Wo4K`;
const SUPABASE_ANON = supabaseKey({ iss: 'supabase', ref: 'qwertyuiopasdfgh', role: 'anon', iat: 1700000000, exp: 2015000000 });
const SUPABASE_SERVICE = supabaseKey({ iss: 'supabase', ref: 'qwertyuiopasdfgh', role: 'service_role', iat: 1700000000, exp: 2015000000 });
const AZURE = fakeToken('azure-storage-key');
const PEM_BODY = fakeChars(BASE64, 64, 90);
const RANDOM_HEX = fakeChars(HEX, 32, 91);
const RANDOM_B62 = fakeChars(ALNUM, 24, 92);
/** An API key and a raw Authorization value set as headers by name. */
const HEADER_SETTERS = `proxyReq.setHeader('x-api-key', '${RANDOM_B62}');\nconst headers = new Headers();\nheaders.set('Authorization', '${RANDOM_HEX}');`;
/** Razorpay's client given its key secret, and another client given a secret under `auth`. */
const RAZORPAY = `const Razorpay = require('razorpay');\nexports.rp = new Razorpay({ key_id: 'rzp_live_Ab12Cd34', key_secret: '${RANDOM_B62}' });\nexports.nested = new Razorpay({ auth: { secret: '${RANDOM_HEX}' } });`;

/** Azurite's account key, the same in every install of Azure's storage emulator (split so scanners skip this file). */
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq' + '/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURE_ACCOUNT_KEY = `${fakeChars(BASE64, 86, 93)}==`;
const AZURE_CLIENT_SECRET = fakeChars(ALNUM, 40, 94);

const ACME_LITERAL = `'acme_${fakeChars('abcdefghijklmnopqrstuvwxyz0123456789', 24, 5)}'`;
const ACME_CODE = `const key = ${ACME_LITERAL};`;
const PEM = `-----BEGIN ${'PRIVATE'} KEY-----\\n${PEM_BODY}\\n${PEM_BODY}\\n-----END PRIVATE KEY-----`;
const MINIFIED_STRIPE = minified(`var s={key:"${STRIPE}"};`);

// Shared fixtures for cases that need the exact code twice (input and suggestion output).
const c = {
  token: `const GH = '${GITHUB}';`,
  tokenNamed: `export const config = { stripeSecretKey: '${STRIPE}' };`,
  tokenTemplate: `const headers = { Authorization: \`Bearer ${GITHUB} for \${user}\` };`,
  tokenBearer: `const auth = 'Bearer ${GITHUB}';`,
  bearer: `fetch(url, { headers: { Authorization: 'Bearer ${BEARER}' } });`,
  bearerHeader: `req.setHeader('Authorization', 'Bearer ${BEARER}');`,
  basicHeader: `axios.defaults.headers.common['Authorization'] = 'Basic ${BASIC}';`,
  apiKeyHeader: `fetch(url, { headers: { 'x-api-key': '${RANDOM_B62}' } });`,
  conn: `const pool = new Pool({ connectionString: 'postgres://app:S3cretPw@db.internal:5432/app' });`,
  redisEmptyUser: `const DATABASE_URL = 'redis://:pw9x8Qz@cache.internal:6379/0';`,
  connTemplate: "const PASSWORD = 'S3cretPw';\nconst url = `postgres://app:${PASSWORD}@${process.env.DB_HOST}/app`;",
  connConcat: "const PASSWORD = 'S3cretPw';\nconst url = 'mysql://app:' + PASSWORD + '@' + host + '/app';",
  mssql: "const cs = 'Server=tcp:acme.database.windows.net,1433;User ID=app;Password=Zx9!kk77;';",
  libpq: "const cs = 'host=db.internal port=5432 user=app password=S3cretPw dbname=app';",
  backingUrl: "const REDIS_URL = 'redis://cache.prod.internal:6379';",
  password: "const password = 'hunter2';",
  dbPassword: "module.exports = { db: { host: process.env.DB_HOST, password: 'S3cr3tPw!' } };",
  login: "if (user === 'admin' && password === 'hunter2') { grant(); }",
  fallback: "const secret = process.env.JWT_SECRET || 'dev-secret';",
  sink: "import jwt from 'jsonwebtoken';\nexport const sign = (payload) => jwt.sign(payload, 'keyboard cat');",
  listen: "import express from 'express';\nconst app = express();\napp.listen(8080);",
  client: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: 'db.prod.internal', database: 'app' });",
  clientPassword: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: process.env.PGHOST, password: 'pgpass1' });",
};

ruleTester.run('no-hardcoded-config', rule, {
  valid: [
    // A minified bundle (lhci-server's built Storybook, Monaco's grammars copied into `public/`):
    // recorded data and third-party code, not settings; nothing there is edited.
    // app.enableCors: origins from the environment, any origin, no options, not a Nest app, not strict.
    { code: "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: process.env.CORS_ORIGIN?.split(',') });\napp.enableCors({ origin: '*' });\napp.enableCors();", options: [{ strict: true }] },
    { code: "const gateway = createGateway();\ngateway.enableCors({ origin: 'https://app.myshop.com' });", options: [{ strict: true }] },
    // An issued token or key is random: a run of digits or a repeated character under such a name is a stand-in (a demo endpoint's mock response).
    "export default defineEventHandler(() => ({ code: 200, data: { name: 'seekhoo', token: '1234567890' } }));\nexport const demo = { apiKey: '1111111111', accessKey: '0123456789abcdef' };",
    // A bundler builds public variables into the browser's code: their fallbacks are no secrets (Vite, Next.js, Create React App, Expo).
    "export const apiKey = import.meta.env.VITE_API_KEY || 'dev-key';\nexport const token = process.env.NEXT_PUBLIC_API_TOKEN ?? 'local-dev-token';\nexport const secret = process.env.REACT_APP_CLIENT_SECRET || 'changeme123';\nexport const key = process.env.EXPO_PUBLIC_API_KEY || 'expo-dev-key';",
    // Values a user interface types into a form (a demo login's button): Angular's patchValue, Ant Design's setFieldsValue.
    "export class LoginForm {\n  fillDemoCredentials() { this.form.patchValue({ email: 'dev@fizzle.io', password: 'Password123!' }); }\n  fillAdmin() { this.form.setFieldsValue({ username: 'admin', password: 'Adm1n!2024' }); }\n}",
    // A local URL in a branch of an environment read's fallback is a fallback too (strict leaves local fallbacks alone).
    { code: "const isProduction = process.env.NODE_ENV === 'production';\nexport const redisUrl = process.env.REDIS_URL ?? (isProduction ? undefined : 'redis://localhost:6379');", options: [{ strict: true }] },
    // A gateway that shares the app's server, or reads its port and origins from the environment.
    {
      code: "import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway({ namespace: 'chat' })\nexport class ChatGateway {}\n@WebSocketGateway(Number(process.env.WS_PORT), { cors: { origin: process.env.CORS_ORIGIN } })\nexport class GamesGateway {}\n@WebSocketGateway(0)\nexport class EventsGateway {}",
      options: [{ strict: true }],
    },
    // A header's name under a secret-ish key is no random value (@shopify/shopify-api's ShopifyHeader enum, compiled).
    {
      code: "var ShopifyHeader;\n(function (ShopifyHeader) {\n  ShopifyHeader['Hmac'] = 'X-Shopify-Hmac-Sha256';\n  ShopifyHeader['StorefrontPrivateToken'] = 'Shopify-Storefront-Private-Token';\n})(ShopifyHeader || (ShopifyHeader = {}));\nexport const headers = { hmac: 'Webhook-Hmac-Sha256', token: 'X-Access-Token2' };",
      options: [{ strict: true }],
    },
    "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: 'https://app.myshop.com' });",
    // An API key's fallback that says no key is needed: local model servers (Ollama, LM Studio, llama.cpp) check none.
    // A vendor's key format filled with a stand-in, as the fallback of that vendor's key.
    // A vendor's key prefix before a stand-in word: a mock flow's `sk_test_mock`, WooCommerce's `cs_dummy`.
    "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_test_mock');\nconst woo = { consumerKey: process.env.WOO_CONSUMER_KEY || 'ck_dummy', consumerSecret: process.env.WOO_CONSUMER_SECRET || 'cs_dummy' };",
    "export const PAYSTACK_SECRET_KEY = process.env.PAYSTACK_SECRET_KEY || 'sk_test_xxxx';\nexport const mg = mailgun.client({ username: 'api', key: process.env.MAILGUN_API_KEY || 'key-yourkeyhere' });",
    "export const llm = new OpenAI({ apiKey: process.env.LLM_API_KEY || 'not-needed', baseURL: process.env.LLM_URL });\nexport const local = new OpenAI({ apiKey: process.env.OLLAMA_API_KEY ?? 'ollama' });\nexport const cpp = { apiKey: process.env.LLAMA_API_KEY || 'sk-no-key-required' };",
    { name: 'minified: a password and a database host', code: minified('var c={password:"hunter2Secret9x",db:{host:"db.prod.example.com"}};') },
    { name: 'minified: a token comparison and a listen port', code: minified('if(e.token==="xt9Kq2mZ7pLr")return;require("http").createServer(h).listen(443);') },
    { name: 'minified: a Google API key in recorded data, a JWT', code: minified(`var r={url:"https://ampcid.google.com/v1/publisher:getClientId?key=${GOOGLE}"},a={anonKey:"${JWT}"};`) },
    {
      name: 'minified, strict: a password, a random key, a remote API',
      code: minified('var c={password:"hunter2Secret9x",apiKey:"q8Zr2mK4pW9xT3vN7bL1Yh5c"};fetch("https://api.acme-payments.com/v1");'),
      options: [{ strict: true }],
    },
    // Fallbacks after calls that do not read the environment: a local function reading a file's
    // configuration, an imported reader not named like an environment read, a reader given no
    // variable's name; and a helper's non-secret default.
    "function localRead(key) { return fileConfig[key]; }\nexport const jwt = { secret: localRead('JWT_SECRET') || 'super-secret-auth-key' };",
    "import { readConfig, getEnv } from './config';\nexport const jwt = { secret: readConfig('JWT_SECRET') || 'super-secret-auth-key', key: getEnv(jwtKeyName) || 'super-secret-auth-key', level: getEnv('LOG_LEVEL') || 'info' };",
    // The key or path a secret is filed under in a configuration or a cache: names, not the secret.
    "export const CONFIG_KEY_SIGNING_KEY = 'auth.jwt.signingKeyValue';\nexport const storageKeyToken = 'session-token-storage-k3y';",
    // A NestJS microservice on another transport: the port is its broker's; or read from the environment.
    "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nexport const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.REDIS, options: { host: process.env.REDIS_HOST, port: 6379 } });",
    "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nexport const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.TCP, options: { port: Number(process.env.PORT) } });",
    // A Nest gRPC microservice binds the address in `options.url`: read from the environment, or the port in it.
    "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nexport const grpc = await NestFactory.createMicroservice(AppModule, { transport: Transport.GRPC, options: { package: 'user', protoPath, url: process.env.GRPC_URL } });\nexport const tcp = await NestFactory.createMicroservice(AppModule, { transport: Transport.GRPC, options: { package: 'user', protoPath, url: `0.0.0.0:${process.env.PORT}` } });",
    "import { ClientsModule, Transport } from '@nestjs/microservices';\nexport const clients = ClientsModule.register([{ name: 'AUTH', transport: Transport.KAFKA, options: { client: { brokers: process.env.KAFKA_BROKERS.split(',') } } }, { name: 'BILLING', transport: Transport.KAFKA, options: { client: { brokers: [process.env.KAFKA_BROKER] } } }]);",
    // A hybrid app's microservice: its port from the environment, another transport's port, or not a Nest app.
    "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nconst app = await NestFactory.create(AppModule);\napp.connectMicroservice({ transport: Transport.TCP, options: { port: Number(process.env.MICROSERVICE_PORT) } });\nawait app.listen(process.env.PORT ?? 3000);",
    "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nconst app = await NestFactory.create(AppModule);\napp.connectMicroservice({ transport: Transport.REDIS, options: { host: process.env.REDIS_HOST, port: 6379 } });",
    "import { Transport } from '@nestjs/microservices';\nexport function connect(gateway) {\n  gateway.connectMicroservice({ transport: Transport.TCP, options: { port: 3001 } });\n}",
    // bind() of anything but a gRPC server this file creates binds a function.
    "const grpc = require('grpc');\nconst server = new grpc.Server();\nserver.bind(`0.0.0.0:${process.env.GRPC_PORT}`, grpc.ServerCredentials.createInsecure());\nconst connect = open.bind(null, 'localhost:3000');\nconst other = pool.bind('0.0.0.0:50051', options);",
    // gRPC addresses whose port comes from the environment, and bindAsync with no credentials argument.
    "import * as grpc from '@grpc/grpc-js';\nconst server = new grpc.Server();\nserver.bindAsync(`0.0.0.0:${process.env.GRPC_PORT}`, grpc.ServerCredentials.createInsecure(), () => {});",
    "import * as grpc from '@grpc/grpc-js';\nconst server = new grpc.Server();\nserver.bindAsync('unix:/run/app/grpc.sock', grpc.ServerCredentials.createInsecure(), () => {});",
    // HTTP URLs under service keys: a compose name, a local one, a hosted product's address, a page.
    "export const search = { elasticsearch: { node: 'http://elasticsearch:9200' }, influx: { url: 'http://localhost:8086' } };",
    "export const firebase = { databaseURL: 'https://my-app-default-rtdb.firebaseio.com', db: { url: 'https://couch.acme.io' } };",
    "export const links = { elasticsearchDocsUrl: 'https://www.elastic.co/guide/index.html docs' };",
    // A development or test run's own settings: a local database's password, a dev secret (strict reports them).
    `const Sequelize = require('sequelize');
module.exports = function () {
  switch (process.env.NODE_ENV) {
    case 'test':
      return new Sequelize('apptest', 'appuser', 'localdevpass', { dialect: 'postgres' });
    case 'production':
      return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });
    default:
      throw new Error('unknown NODE_ENV');
  }
};`,
    "module.exports = { test: { client: 'pg', connection: { password: process.env.DB_PASSWORD || 'test_password' } }, production: { client: 'pg', connection: process.env.DATABASE_URL } };",
    "import jwt from 'jsonwebtoken';\nexport const sign = (payload) => process.env.NODE_ENV === 'development' ? jwt.sign(payload, 'devsecret') : jwt.sign(payload, process.env.JWT_SECRET);",
    // Bun's and Deno's environment reads with defaults that are no secrets or service hosts, and ports read from them.
    "const title = Deno.env.get('TITLE') ?? 'Password';\nconst mode = Bun.env.NODE_ENV ?? 'development';\nconst host = Deno.env.get('DB_HOST') ?? 'localhost';",
    "Bun.serve({ port: Bun.env.PORT ?? 3000, fetch: app.fetch });\nDeno.serve({ port: Number(Deno.env.get('PORT') ?? 8000) }, handler);",
    // A Worker's bindings with defaults that are no secrets; `.env` of a parameter elsewhere is no environment read, and a value without a secret's look stays unreported.
    "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/', (c) => c.json({ stage: c.env.ENVIRONMENT || 'development', db: c.env.DB_HOST ?? 'localhost' }));\nexport default app;",
    "export default {\n  async fetch(request, env) {\n    const title = env.LOGIN_LABEL ?? 'Password';\n    return new Response(title);\n  },\n};",
    "import { WorkerEntrypoint } from 'cloudflare:workers';\nexport default class extends WorkerEntrypoint {\n  async fetch() {\n    return new Response(this.env.STAGE ?? 'development');\n  }\n}",
    // A module that exits in production without the variable uses its fallback only outside production.
    "const env = process.env.NODE_ENV || 'development';\nif (env === 'production' && !process.env.JWT_SECRET) {\n  console.error('JWT_SECRET is required in production');\n  process.exit(1);\n}\nmodule.exports = { jwt: { secret: process.env.JWT_SECRET || 'super-secret-auth-key' } };",
    // ... also when the guard has an else: production without the variable still exits.
    "const env = process.env.NODE_ENV || 'development';\nif (env === 'production' && !process.env.JWT_SECRET) {\n  process.exit(1);\n} else {\n  console.info('starting');\n}\nmodule.exports = { jwt: { secret: process.env.JWT_SECRET || 'super-secret-auth-key' } };",
    // After a guard that throws in production, a default is a development run's.
    "let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;",
    // ... also when the guard has an else that only warns.
    "let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') {\n    throw new Error('JWT_SECRET is required');\n  } else {\n    console.warn('JWT_SECRET is not set: using a development secret');\n  }\n  secret = 'supersecret-dev-only';\n}\nexport default secret;",
    // Environment schemas: a local default is a local run's, like process.env.REDIS_URL ?? 'redis://localhost:6379'.
    {
      code: "import { z } from 'zod';\nexport const env = z.object({ REDIS_URL: z.string().default('redis://localhost:6379'), NODE_ENV: z.string().default('development') }).parse(process.env);",
      options: [{ strict: true }],
    },
    // envalid's devDefault is used outside production only; a lower-case key is no variable's schema.
    "import { cleanEnv, str } from 'envalid';\nexport const env = cleanEnv(process.env, { JWT_SECRET: str({ devDefault: 'dev-jwt-secret-change-me' }) });",
    // Its local URLs are development's too, even in strict.
    {
      code: "import { cleanEnv, str, url } from 'envalid';\nexport const env = cleanEnv(process.env, {\n  DATABASE_URL: str({ devDefault: 'postgresql://devdocs:devdocs@localhost:5432/devdocs' }),\n  REDIS_URL: url({ devDefault: 'redis://localhost:6379' }),\n});",
      options: [{ strict: true }],
    },
    // The development entry of a settings map, written apart from it (`const development = { … }` beside `const production = { … }`).
    "const common = { port: 3000 };\nconst development = { ...common, jwt_secret: 'bbrM9xK2pQ7vL4nR8tY3' };\nconst production = { ...common, jwt_secret: process.env.JWT_SECRET };\nmodule.exports = { development, production }[process.env.NODE_ENV || 'development'];",
    "import { z } from 'zod';\nexport const Form = z.object({ label: z.string().default('Password'), kind: z.enum(['a', 'b']).default('a') });",
    // env-var defaults that are no secrets, and a `get(…).default(…)` of something else.
    "import env from 'env-var';\nexport const name = env.get('APP_NAME').default('billing-service').asString();\nexport const port = env.get('PORT').default('3000').asPortNumber();",
    "const settings = loadSettings();\nexport const secret = settings.get('JWT_SECRET').default('dev-jwt-secret-change-me');",

    // Not a schema's default: a default export, and a call on an object.
    "export const session = { secret: process.env.SESSION_SECRET, store: stores.default('memory') };",
    // A reassigned `let` is not followed: its value at the use is not known.
    "let initial = 'Zq81pWx';\nif (process.env.X) initial = process.env.X;\nexport const db = { password: initial };",
    // A const that is the fallback of a variable not named for a secret, or a word in a branch
    // where the secret is set, is no secret fallback.
    "const LABEL = 'Sign in';\nconst TITLE = 'hunter2-prod-signing';\nexport const title = process.env.LOGIN_TITLE || TITLE;\nexport const label = process.env.JWT_SECRET ? 'set' : LABEL;",
    // Names that are not secret-like hand nothing on; shorthand properties are the binding's own name.
    "const initial = 'Zq81pWx';\nexport const db = { label: initial, initial };",
    // Look-alikes of secret names: metadata about a secret, flags, types.
    "const passwordField = 'password';",
    "const tokenType = 'Bearer';",
    "const secretName = 'prod/stripe';",
    "const apiKeyHeader = 'x-api-key';",
    "const PASSWORD_MIN_LENGTH = 8;\nconst PASSWORD_HINT = 'at-least-8';",
    "const API_KEY_ENV_VAR = 'STRIPE_API_KEY';",
    "const passwordLabel = 'Password';\nconst passwordPattern = '^(?=.*\\\\d).{8,}$';\nconst secretPath = '/run/secrets/jwt';",
    "const hasPassword = 'yes';\nconst showSecret = 'always';",
    "const nextPageToken = 'abc123def456';\nconst cancelToken = 'c4nc3l';",
    "const CONFIG_KEY_PAYLOAD_SIGNING_KEY = 'hostSettings:mailEventsPayloadSigningKey';",
    "const PREFIX_LEGACY_API_KEY = 'n8n_api_';",
    // Markers and namespaces: meshcentral's `xtoken = '**email**'`, Bootstrap's `DATA_API_KEY = '.data-api'`.
    "let xtoken = null;\nif (settings.emailtoken) { xtoken = '**email**'; } else if (settings.smstoken) { xtoken = '**sms**'; }",
    "const DATA_API_KEY = '.data-api';\nconst EVENT_KEY = '.bs.modal';",
    // A word in quotes is a token of another language: Chrome DevTools' heap snapshot parser looks for the JSON key `"snapshot"`.
    "const snapshotToken = '\"snapshot\"';\nconst nodesToken = \"'nodes'\";",
    // An editor's completions for a YAML rule language (uBlock Origin Lite's rule editor).
    "const candidates = [{ token: 'action:', after: '\\n' }, { token: 'requestHeaders:', after: '\\n    - header: ' }];",
    "const tokenizer = 'abc123xyz';",
    "const hashedPassword = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';",
    // passport-local names its form fields.
    "import { Strategy as LocalStrategy } from 'passport-local';\npassport.use(new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, verify));",
    // i18n files full of labels.
    "export default { password: 'Password', confirmPassword: 'Confirm password', forgotPassword: 'Forgot your password?', apiKey: 'API key', token: 'Token', secret: 'Secret' };",
    "export const de = { password: 'Passwort', secret: 'Geheimnis', token: 'API-Token' };",
    "export const fr = { password: 'Mot de passe' };\nexport const ru = { password: 'Пароль' };\nexport const zh = { password: '密码' };",
    "export const da = { 'Channel access token': 'kanaladgangstoken', 'Session Token': 'Sitzungstoken' };",
    "const fields = { password: 'password', token: 'token', credentials: 'include' };",
    "const columns = { password: 'password_hash', token: 'access_token', apiKey: 'apiKey' };",
    "const rules = { password: 'required|min:8' };",
    "export const REFRESH_TOKEN = 'auth/REFRESH_TOKEN';\nexport const SET_TOKEN = 'SET_TOKEN';\nexport const TOKEN_KEY = 'auth_token';",
    "db.query(\"UPDATE users SET password = ? WHERE id = ?\", [hash, id]);\ndb.query('SELECT * FROM users WHERE password = $1', [hash]);",
    // Scripts a template holds (a generated client's Python): `password =` assigns code, not a connection string's value.
    "export const files = { 'auth.py': `import os; import base64\ndef basic_header(basic, headers):\n    username, password = basic[\"username\"], basic[\"password\"]\n    db_password = os.environ.get(\"DB_PASSWORD\"); return headers\n` };",
    "const userSchema = new Schema({ password: { type: String, required: true, select: false }, token: String });",
    "export const validation = { password: 'Password must be at least 8 characters' };",
    "const env = { password: 'DB_PASSWORD', apiKey: 'API_KEY' };",
    "const format = { token: ':response-time' };",
    // Service hosts in configuration: local, docker-compose names, placeholders, env reads, and hosts of nothing in particular.
    "const config = { db: { host: 'localhost', port: 5432 }, redis: { host: 'redis', port: 6379 }, cache: { host: '127.0.0.1' } };",
    "export const db = { host: process.env.DB_HOST ?? 'db', replica: { host: process.env.DB_REPLICA_HOST ?? 'localhost' } };",
    // An HTTP service's URL as a fallback: local or a docker-compose name, a placeholder, or a variable named for no such service.
    "const es = process.env.ELASTICSEARCH_URL || 'http://localhost:9200';\nconst node = process.env.ES_NODE ?? 'http://elasticsearch:9200';",
    "const es = process.env.ES_URL || 'http://es.example.com:9200';\nconst api = process.env.API_URL || 'https://api.acme.io';",
    "const es = process.env.ELASTICSEARCH_URL || `http://${process.env.ES_HOST_NAME}:9200`;",
    // The `es` locale of a site's or mirror's configuration, not Elasticsearch: `es` counts only inside a key (`ES_HOST`).
    "const labels = { es: { host: 'Anfitrión', server: 'Servidor' }, en: { host: 'Host' } };",
    "module.exports = { mirrors: { es: { host: 'es.archive.ubuntu.com' } }, i18n: { localeConfigs: { es: { url: 'https://es.acme.com' } } } };",
    "export const languages = { es: { hostname: 'es.acme.com', endpoint: 'https://api.acme.es' } };",
    "const proxy = { host: 'proxy.corp.com' };\nconst site = { server: 'web-01.corp.com' };\nconst dbVersion = { host: '1.2.3' };",
    "const smtp = { host: { label: 'SMTP host', placeholder: 'smtp.example.com' } };\nconst db = { host: 'db.example.com' };",
    // A generator's sample environment: a word for a host in front of the provider's domain.
    "export const envEntries = [{ key: 'UPSTASH_REDIS_URL', value: 'rediss://default:password@host.upstash.io:6379', comment: 'Upstash Redis URL' }];",
    // A prompt's placeholder that depends on a choice is still a placeholder.
    "const uri = await prompter.text({ message: 'MongoDB connection URI', placeholder: isLocal ? 'mongodb://localhost:27017/app' : 'mongodb+srv://user:pass@cluster.mongodb.net/' });",
    "const dbSchema = { properties: { host: { type: 'string', examples: [{ db: { host: 'db.prod.internal' } }] } } };",
    { code: "const db = { host: 'db.prod.internal' };", options: [{ backingServices: false }] },
    // A table of providers: the keys are the providers' names, not a service of this app.
    "module.exports = { FastMail: { host: 'smtp.fastmail.com', port: 465 }, ElasticEmail: { host: 'smtp.elasticemail.com' }, 'Mail.ru': { host: 'smtp.mail.ru' }, DebugMail: { host: 'debugmail.io' } };",
    // An equality that makes the code throw rejects a sample value (twurple's EventSub secret).
    "if (!config.secret || config.secret === 'thisShouldBeARandomlyGeneratedFixedString') {\n  throw new Error('Please generate a secret and pass it to the constructor!');\n}",
    "if (options.apiKey == 'k3y9Zq81pW') throw new TypeError('replace the sample key from the README');",
    "if (process.env.NODE_ENV === 'production' && sessionSecret === 'dev-session-9f3k') process.exit(1);\nif (apiKey === 'k3y9Zq81pW') {\n  console.error('replace the sample key');\n  process.exit(1);\n}",
    // A value kept only when it differs from the literal: the literal is a refused default (better-auth's legacy secret).
    "const legacySecret = options.secret && options.secret !== 'better-auth-secret-1234567890' ? options.secret : void 0;",
    "const apiKey = config.apiKey === 'k3y9Zq81pWx7' ? undefined : config.apiKey;\nconst token = !input.token || input.token == 'k3y9Zq81pWx7' ? null : input.token;",
    // A deny-list: values that configuration must not hold, kept so that it can be refused.
    "const WEAK_DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011', SESSION_SECRET: 'acmeapp' };\nexport const isWeak = (name, value) => WEAK_DEFAULTS[name] === value;",
    "module.exports.insecureDefaults = { adminPassword: 'Adm1nPassw0rd', db: { password: 'Pg_pass_42' } };",
    "const BLOCKED_CREDENTIALS = { apiKey: 'k3y9Zq81pWx7' };",
    // A fallback the module refuses in production: it throws there when the value is still the default.
    "export const env = {\n  NODE_ENV: process.env.NODE_ENV,\n  JWT_ACCESS_SECRET: process.env.JWT_ACCESS_SECRET || 'dev-access-secret-9f3k',\n  JWT_REFRESH_SECRET: process.env.JWT_REFRESH_SECRET || 'dev-refresh-secret-9f3k',\n};\nif (env.NODE_ENV === 'production') {\n  if (env.JWT_ACCESS_SECRET === 'dev-access-secret-9f3k' || env.JWT_REFRESH_SECRET === 'dev-refresh-secret-9f3k') throw new Error('Set the JWT secrets in production');\n}\nconst sessionSecret = process.env.SESSION_SECRET ?? 'dev-session-9f3k';\nif (process.env.NODE_ENV === 'production' && sessionSecret === 'dev-session-9f3k') throw new Error('SESSION_SECRET is the default');",
    // A guard through constants: the module throws in production without the variable the fallback stands behind.
    // A list of variables each required in production, checked in a loop: their fallbacks are development's.
    "const required = ['MONGODB_URI', 'JWT_SECRET', 'AES_ENCRYPTION_KEY'];\nfor (const key of required) {\n  if (!process.env[key]) {\n    if (process.env.NODE_ENV === 'production') throw new Error(`Missing required env var: ${key}`);\n    console.warn(`${key} is not set; using a development default`);\n  }\n}\nmodule.exports = {\n  jwtSecret: process.env.JWT_SECRET || 'dev-access-secret',\n  aesKey: process.env.AES_ENCRYPTION_KEY || '0123456789abcdef0123456789abcdef',\n};",
    "import session from 'express-session';\nconst isProduction = process.env.NODE_ENV === 'production';\nconst sessionSecret = process.env.SESSION_SECRET ?? (isProduction ? undefined : 'development-session-secret');\nif (isProduction && !sessionSecret) {\n  throw new Error('SESSION_SECRET must be set in production');\n}\napp.use(session({ secret: sessionSecret || 'portal-session-secret', resave: false }));\nexport const jwtSecret = process.env.JWT_SECRET || 'jwt-dev-secret';\nconst jwtKey = process.env.JWT_SECRET;\nif (isProduction && !jwtKey) process.exit(1);",
    // An `appid` elsewhere is an application's public id (WeChat's, beside its secret read at run time).
    "const tokenUrl = 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx4f8c2e6a9b1d3f57&secret=' + process.env.WECHAT_SECRET;",
    "const weather = `https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${process.env.OPENWEATHERMAP_API_KEY}`;",
    // MongoDB Atlas's documentation template as a fallback: a host without a cluster's id names no cluster.
    "const mongoURI = process.env.MONGO_URI || 'mongodb+srv://<username>:<password>@cluster0.mongodb.net/your-db-name?retryWrites=true&w=majority';",
    // An app that runs in a serverless function through an adapter: no one routes to the port it also listens on.
    "const express = require('express');\nconst awsServerlessExpressMiddleware = require('aws-serverless-express/middleware');\nconst app = express();\napp.use(awsServerlessExpressMiddleware.eventContext());\napp.listen(3000);\nmodule.exports = app;",
    // OpenWeatherMap's documentation sample key on its sample server: published by the vendor.
    "const res = await fetch('https://samples.openweathermap.org/data/2.5/weather?q=London,uk&appid=b6907d289e10d714a6e88b30761fae22');",
    // A tutorial's stand-ins, each value naming what goes there.
    "module.exports = { email: { service: 'Gmail', auth: { user: 'GmailAddress', pass: 'GmailPassword' } } };",
    // A table of name parts or stand-ins, in any configuration: its keys say what each entry is for
    // (a migration files its foreign keys' suffixes under the tables' names).
    "const foreignKeySuffixes = { user: 'f0609be844f9200ff4365b1bb3d', shared_credentials: 'c68e056637562000b68f480815a', shared_workflow: '3540da03964527aa24ae014b780' };",
    {
      code: "export const placeholders = { apiKey: 'k3y9Zq81pWx7', db: { password: 'Pg_pass_42' } };\nconst redactedTokens = { token: 'a8f5f167f44f4964e6c998dee827110c' };\nconst labels = { signingKey: 'QlUDZWcZ0QRM46YZZ1gVx8' };",
      options: [{ strict: true }],
    },
    "const emailTemplates = { host: 'cdn.company.com' };\nconst WEB_DB_VIEWER_HOST = 'viewer.company.com';",
    // One-word names that end in a host word after something that is no service word.
    "const sites = { webserver: 'www.company.com', ghost: 'blog.company.com', sqlserver: 'sql-1.company.com', vhost: 'shop.company.com' };\nexport const PGHOST = 'localhost';",
    // Values a form or a query compares against (saltcorn's settings form).
    "const field = { name: 'smtp_api_option', showIf: { smtp_host: 'outlook.office365.com', smtp_auth_method: 'oauth2' } };",
    "const rows = await Connection.findAll({ where: { dbHost: 'pg-1.prod.internal' } });\nconst rule = { when: { redis: { host: 'cache.prod.internal' } } };",
    // Sample tokens in a form's hint, a description or an API schema's example.
    `export const properties = [{ displayName: 'Vault Token', name: 'token', placeholder: 'e.g. ${GITHUB}', description: 'Such as ${GITHUB}' }];`,
    `const schema = { token: { type: 'string', example: '${GITHUB}' } };`,
    // A syntax grammar (Monaco's Monarch): token types, state and capture-group references.
    "export const language = { tokenizer: { root: [[/[{}]/, { token: '@brackets' }], [/(end)(\\s+)/, { cases: { '$1==end': { token: 'keyword.$0', next: '@pop' }, '@default': { token: '@rematch' } } }], [/'/, { token: 'string.$S2.delim', next: '@string' }]] } };",
    // Monaco's Ruby grammar names states after a capture with a suffix.
    "export const language = { tokenizer: { root: [[/[a-z_]\\w*[!?=]?/, { cases: { 'if|unless|while|until': { token: 'keyword.$0x', next: '@modifier.$0x' } } }]] } };",
    "const headers = { 'Lock-Token': 'urn:uuid:a515cfa4-5da4-22e1-f5b5-00a0451e6bf7' };",
    // Weak-password checks and other comparisons that are not logins.
    "if (password === 'password') warnWeak();",
    // An option of the setting the name is: its words and more.
    "if (body.forceChangePassword === 'forceChangePasswordNextSignIn') body.passwordProfile.forceChangePasswordNextSignIn = true;",
    "if (password === '123456' || password === 'qwerty' || password === 'letmein') warnWeak();",
    // A weak password compared alone, or beside an account that is not written out, is a strength check.
    "if (email === user.email && password === '123456') warnWeak();\nif (username && password === 'qwerty') warnWeak();",
    "if (password === '' || token === undefined) fail();",
    "if (token === '--require' || token === '-r') next();",
    "if (typeof password === 'string') use(password);",
    "if (user === 'admin' && password === input) grant();",
    // A choice of two labels by whether a secret is set: neither branch is its value.
    "log.info(`Auth: ${process.env.API_KEY ? 'Enabled ✓' : 'Disabled ✗'}`);\nexport const mode = process.env.JWT_SECRET ? 'configured' : 'dev-secret-123';",
    // A provider's name (a service word after another word, no role word after it) in a table of providers.
    "export const providers = { FastMail: { host: 'smtp.fastmail.com' }, ElasticEmail: { host: 'smtp.elasticemail.com' }, shopMysql: { host: 'db.shop.io' } };",
    // A bare `pw` alone, `pw` inside other words, and a Progressive Web App's settings.
    "const pw = 'abc123xyz';\nexport const ui = { pwLabel: 'Password', showPw: 'toggle', pwa: { name: 'Shop2024x' } };",
    // Short values compared inside `&&` without an account written out, a bare `pass` alone, an empty password.
    "if (mode === 'basic' && password === '123') warnWeak();\nif (pass === 'ok' && user) next();\nif (user === 'guest' && pass === '') allowGuest();\nif (step === 'pass' && token === 'ab') go();",
    // A bot token written as the words that describe it: no service issues a token with a space.
    "var TelegramBot = require('node-telegram-bot-api');\nvar token = 'Bot token';\nvar bot = new TelegramBot(token, { polling: true });",
    // Secret managers and headers that carry a runtime token.
    "import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';\nconst client = new SecretsManagerClient({ region: 'eu-west-1' });\nexport const get = () => client.send(new GetSecretValueCommand({ SecretId: 'prod/db/password' }));",
    'const headers = { Authorization: `Bearer ${token}` };',
    "fetch(url, { credentials: 'include', headers: { authorization: 'Bearer ' + token } });",
    // UUID namespaces and hash digests are not secrets.
    "const NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';",
    "const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';",
    "const integrity = 'sha512-' + 'q8Zr2mK4pW9xT3vN7bL1';",
    // Placeholders and documented samples.
    "const password = '';\nconst token = '${TOKEN}';\nconst apiKey = '<your-api-key>';\nconst secret = 'changeme';",
    {
      name: 'a map between two sets of names (field kinds), and the page of an extension with a hash route',
      code: "const copyActionToFieldMap = {\n  usernameLogin: 'LoginUsername',\n  password: 'LoginPassword',\n  totp: 'LoginTotp',\n  cardNumber: 'CardNumber',\n  privateKey: 'SshKey',\n  publicKey: 'SshKey',\n};\nconst ExtensionPageUrls = { Index: 'popup/index.html#/', AtRiskPasswords: 'popup/index.html#/at-risk-passwords' };",
    },
    {
      name: 'media types in an accept list',
      code: "const mimeAcceptCategories = [\n  { category: 'image', token: 'image/*', samples: ['image/png'] },\n  { category: 'json', token: 'application/vnd.api+json' },\n];",
    },
    {
      name: 'random values under names that say they are stand-ins or published keys',
      code: `const DUMMY_SIGNATURE = '${RANDOM_B62}';\nconst fakeKey = '${RANDOM_B62}';\nconst VAPID_PUBLIC_KEY = '${RANDOM_B62}';`,
      options: [{ strict: true }],
    },
    {
      name: 'a value that says none is set yet (a client before it logs in)',
      code: "export class BaseClient {\n  rest = new ApiHandler({ token: 'INVALID' });\n}\nexport const defaults = { apiKey: 'UNSET', clientSecret: 'not-set', password: 'unknown' };",
      options: [{ strict: true }],
    },
    `const key = '${'AKIA' + 'IOSFODNN7EXAMPLE'}';`,
    `const gh = '${'ghp_' + 'x'.repeat(36)}';`,
    "const doc = 'Connect with postgres://user:<password>@host:5432/db';",
    "const example = 'twilio://AccountSid:AuthToken@FromPhoneNo';",
    "const url = 'postgres://user:password@localhost:5432/db';",
    "const DB = 'postgres://postgres:postgres@localhost:5432/app';\nconst MQ = 'amqp://guest:guest@localhost:5672';",
    "const help = 'Set DATABASE_URL, e.g. mysql://db.example.com/app';",
    {
      name: 'a connection string a sentence shows as a sample (dotenv\'s error message; `e.g.`, `for example:`)',
      code: [
        "const err = new Error('INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development');",
        "const help = 'Set DATABASE_URL, e.g. postgres://app:Zq81pWx@db.internal/app';",
        "const hint = `For example: \"mysql://root:Tr0ub4dor@mysql.internal:3306/shop\"`;",
        "const usage = 'An endpoint such as https://api.acme.io/v1?api_key=c7201cc5-9a3e-4f1b-8d2a-61f0e3b4a9d7';",
      ].join('\n'),
    },
    // CAPTCHA vendors' published test keys pass every check and protect nothing (reCAPTCHA, Turnstile, hCaptcha).
    `const RECAPTCHA_SECRET = '${'6LeIxAcTAAAAAGG-' + 'vFI1TnRWxMZNFuojJ4WifJWe'}';\nconst recaptcha = { siteKey: '${'6LeIxAcTAAAAAJcZ' + 'VRqyHh71UMIEGNQ_MXjiZKhI'}' };`,
    `const verify = 'https://www.google.com/recaptcha/api/siteverify?secret=${'6LeIxAcTAAAAAGG-' + 'vFI1TnRWxMZNFuojJ4WifJWe'}&response=' + token;`,
    `const turnstile = { secretKey: '${'1x000000000000000' + '0000000000000000AA'}' };\nconst captchaSecret = process.env.HCAPTCHA_SECRET || '${'0x00000000000000000000' + '00000000000000000000'}';`,
    // Reads from the environment, with non-secret defaults.
    'const password = process.env.DB_PASSWORD;',
    "const level = process.env.LOG_LEVEL ?? 'info';",
    "const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';",
    "const cacheUrl = process.env.REDIS_URL || 'redis://redis:6379';",
    "const apiKey = process.env.API_KEY || '';\nconst region = process.env.AWS_REGION || 'eu-west-1';",
    'const { JWT_SECRET } = process.env;',
    "const keyPath = process.env.JWT_SECRET_FILE || './secrets/jwt.pem';",
    // Ports.
    "import express from 'express';\nconst app = express();\napp.listen(process.env.PORT || 3000);",
    // Bind addresses that are the same on every machine (all interfaces, loopback), read from the
    // environment, or bound only in development; a string after other listen helpers' first argument.
    "const app = require('express')();\napp.listen(process.env.PORT, '0.0.0.0');\napp.listen(process.env.PORT, '::');\napp.listen(process.env.PORT, '127.0.0.1');\napp.listen({ port: process.env.PORT, host: 'localhost' });",
    "const app = require('express')();\napp.listen(process.env.PORT, process.env.HOST || '0.0.0.0');",
    // Runtime and framework servers' bind options: all interfaces, loopback, environment reads, and
    // hapi's public host name when it binds the address it is given.
    "Bun.serve({ port: Number(Bun.env.PORT), hostname: '0.0.0.0', fetch: (req) => new Response('ok') });\nDeno.serve({ port: Number(Deno.env.get('PORT')), hostname: 'localhost' }, handler);\nexport default { port: Number(process.env.PORT), hostname: process.env.HOST, fetch: app.fetch };",
    "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: process.env.PORT, host: 'api.acme-corp.com', address: '0.0.0.0' });\nawait server.start();",
    "import { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: Number(process.env.PORT), host: '::' });",
    "const app = require('express')();\nif (process.env.NODE_ENV === 'development') app.listen(process.env.PORT, '192.168.0.2');",
    "listen(menu, 'click.menu');\nemitter.listen(process.env.PORT, 'job.done');",
    { code: "const app = require('express')();\napp.listen(process.env.PORT, '10.0.4.12');", options: [{ listenPorts: false }] },
    // Checking for the shipped placeholder in order to replace it.
    "if (user.username === 'admin' && user.password === 'admin-default-password-change-me') user.password = generatePassword();",
    // Values inside an API schema's examples show the shape of data, not configuration.
    "export const tokenSchema = {\n  type: 'object',\n  example: [{ secret: 'a3c84b25409ea8ca1782ef17f94a42fc', name: 'Invite viewers' }],\n};",
    "const userSchema = { properties: { password: { type: 'string', examples: ['S3cr3tPw!'] } } };",
    { code: `const keySchema = { examples: { rotation: { hmac: '${RANDOM_B62}' } } };`, options: [{ strict: true }] },
    // A default in an options object that the environment overrides before the server starts.
    "const http = require('node:http');\nconst options = { port: 3000 };\nif ('PORT' in process.env) options.port = Number(process.env.PORT);\nhttp.createServer(handler).listen(options);",
    'const options = { port: 5000 };\nObject.assign(options, loadConfig());\nserver.listen(options);',
    "import Redis from 'ioredis';\nconst options = { host: 'redis.prod.internal' };\nif (process.env.REDIS_HOST) options.host = process.env.REDIS_HOST;\nexport const redis = new Redis(options);",
    "import session from 'express-session';\nconst sessionOptions = { secret: 'keyboard cat', resave: false };\nsessionOptions.secret = readSecretFile();\napp.use(session(sessionOptions));",
    'const port = process.env.PORT ?? 3000;\nserver.listen(port);',
    'const port = Number(process.env.PORT ?? 8080);\nserver.listen(port, () => {});',
    'server.listen(0);',
    "server.listen('/tmp/app.sock');",
    // Ports of a local run only.
    "import express from 'express';\nconst app = express();\nif (process.env.NODE_ENV !== 'production') app.listen(3000);\nexport default app;",
    "import express from 'express';\nconst app = express();\nif (!process.env.VERCEL) app.listen(3000);\nexport default app;",
    // A port bound only when the environment has none is a default, like process.env.PORT || 3000.
    "import { NestFactory } from '@nestjs/core';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  if (process.env.PORT) {\n    await app.listen(Number(process.env.PORT));\n  } else {\n    await app.listen(3000);\n  }\n}\nbootstrap();",
    "const app = require('express')();\nif (!process.env.PORT) app.listen(8080);\nelse app.listen(process.env.PORT);",
    "const app = require('express')();\nexport const server = process.env.PORT ? app.listen(process.env.PORT) : app.listen(3000);",
    "const port = isDev ? 3000 : Number(process.env.PORT);\napp.listen(port);",
    // Built URLs whose host is not written out, and sentences that name a URL.
    "mongoose.connect(`mongodb://${config.host}:27017/app`);",
    "throw new Error('cannot reach mongodb://' + host);",
    "console.log('mongodb://db.prod.internal:27017 is down: ' + err.message);",
    "const PORT = process.env.PORT || '3000';\napp.listen(PORT);",
    "app.listen('0');",
    'function start(port = 3000) { server.listen(port); }',
    "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: process.env.PORT || 3000 });",
    // hapi 16's connection() with the environment's port; a connection() of anything else is not a server's.
    "const Hapi = require('hapi');\nconst server = new Hapi.Server();\nserver.connection({ port: process.env.PORT || 8000 });\nconst db = require('./db');\ndb.connection({ port: 5432 });",
    // Servers handed their port when created, with the port from the environment or no port.
    "import { WebSocketServer } from 'ws';\nconst wss = new WebSocketServer({ port: Number(process.env.PORT ?? 8080) });",
    "import { WebSocketServer } from 'ws';\nconst wss = new WebSocketServer({ server: httpServer });",
    "const { Server } = require('socket.io');\nconst io = new Server(httpServer, { cors: { origin: '*' } });",
    "const io = require('socket.io')(process.env.PORT || 3000);",
    "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });",
    "import { startStandaloneServer } from '@apollo/server/standalone';\nawait startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000) } });",
    // Bun's and Deno's servers with the port from the environment, or none (the runtime's default or its own flag).
    "Bun.serve({ port: Number(process.env.PORT ?? 3000), fetch: app.fetch });",
    "Deno.serve((request) => new Response('ok'));",
    "export default { port: process.env.PORT || 3000, fetch: app.fetch };",
    "export default { fetch: app.fetch };",
    // Options chosen by environment: the development branch's port is a local run's.
    "import Hapi from '@hapi/hapi';\nconst server = Hapi.server(process.env.NODE_ENV === 'development' ? { port: 3000 } : { port: Number(process.env.PORT) });",
    // A `serve` or a default export that is no runtime's server: a local `Bun`, options whose `fetch` is no handler.
    "const Bun = require('./bun-wrapper');\nBun.serve({ port: 3000 });",
    "export default { port: 3000, fetch: { retries: 3, timeout: 5000 } };",
    // A Cloudflare Worker (it exports a cron trigger's `scheduled` handler): the platform routes to it, whatever port it names.
    "import { Hono } from 'hono';\nimport { scheduled } from './cron';\nconst app = new Hono();\nexport default { port: 3000, fetch: app.fetch, scheduled };",
    "export default { port: 3000, host: '0.0.0.0' };",
    // A `port` option of a call that starts no server here.
    "import { startStandaloneServer } from './standalone';\nawait startStandaloneServer(server, { listen: { port: 4000 } });",
    "const client = new WebSocket('ws://localhost:8080', { port: 8080 });",
    "import express from 'express';\nconst app = express();\napp.set('port', process.env.PORT || 3000);",
    // `.set('port', …)` on something no app framework of this file created: a map, a settings store.
    "const settings = new Map();\nsettings.set('port', 3000);",
    // Known clients with configuration from the environment, or local development defaults.
    "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });",
    "import { Pool } from 'pg';\nconst pool = new Pool({ host: 'localhost', user: 'postgres', password: 'postgres' });",
    "import { Pool } from 'pg';\nconst pool = new Pool({ host: process.env.PGHOST ?? 'postgres', port: process.env.PGPORT || 5432 });",
    "import Redis from 'ioredis';\nconst redis = new Redis({ host: process.env.REDIS_HOST, port: 6379 });",
    "const mongoose = require('mongoose');\nmongoose.connect(process.env.MONGODB_URI);",
    "import knex from 'knex';\nexport const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });",
    // postgres.js, neo4j-driver, mqtt, MinIO, mariadb and couchbase attached through the environment,
    // or to local development services (reported in strict only).
    "import postgres from 'postgres';\nexport const sql = postgres(process.env.DATABASE_URL, { max: 10 });\nexport const dev = postgres('postgres://localhost:5432/app');\nexport const other = postgres({ host: process.env.PGHOST, password: process.env.PGPASSWORD });",
    "import neo4j from 'neo4j-driver';\nexport const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));\nexport const local = neo4j.driver('bolt://localhost:7687');",
    "import mqtt from 'mqtt';\nexport const client = mqtt.connect(process.env.MQTT_URL ?? 'mqtt://localhost:1883', { username: process.env.MQTT_USER, password: process.env.MQTT_PASSWORD });",
    "import { Client } from 'minio';\nexport const minio = new Client({ endPoint: process.env.MINIO_ENDPOINT, port: Number(process.env.MINIO_PORT), accessKey: process.env.MINIO_ACCESS_KEY, secretKey: process.env.MINIO_SECRET_KEY });",
    "const mariadb = require('mariadb');\nconst couchbase = require('couchbase');\nmariadb.createPool({ host: process.env.DB_HOST, user: 'app', password: process.env.DB_PASSWORD });\ncouchbase.connect(process.env.COUCHBASE_URL, { username: 'app', password: process.env.COUCHBASE_PASSWORD });",
    // An MCP server's resource identifiers (a descriptor's `uri` next to its `mimeType`), and a sample
    // a function named for it returns: neither attaches a service (strict too).
    {
      code: "export const list = (tables) => [\n  { uri: 'mysql://tables', name: 'Tables', mimeType: 'application/json' },\n  ...tables.map((t) => ({ uri: `postgres://db.prod.internal/${t.name}/schema`, name: t.name, mimeType: 'application/json' })),\n];\nexport const template = { uriTemplate: 'mongodb://cluster.internal/{collection}', name: 'Collection', mimeType: 'application/json' };",
      options: [{ strict: true }],
    },
    {
      code: "export class MariaDbConnector {\n  getSampleDSN() {\n    if (this.ssl) return 'mariadb://root:password@localhost:3306/db?sslmode=require';\n    return 'mariadb://root:password@localhost:3306/db';\n  }\n}\nexport const exampleUrl = () => 'postgres://db.prod.internal:5432/app';\nexport function placeholderToken() { return 'ghp_' + 'A'.repeat(36); }",
      options: [{ strict: true }],
    },
    // Algolia's search-only key next to the application and index it searches (DocSearch, Docusaurus): public by design.
    "module.exports = {\n  themeConfig: {\n    algolia: { appId: 'BH4D9OD16A', apiKey: 'e97714a64e2b4b8b8fe0b01cd8592870', indexName: 'docusaurus-2', contextualSearch: true },\n  },\n};",
    "export const sources = [{ id: 'docs', applicationId: '5JC94MPMLY', searchApiKey: '267679200b833c2ca1255ab276731869', indexName: 'crawlee' }];",
    // Cloudinary's API key beside its cloud's name: the public half of its key pair, sent by browsers' signed uploads.
    "$.cloudinary.config({ cloud_name: 'nmsg', api_key: '145367384875325' });",
    "export const cloudinaryConfig = { cloudName: 'demo-shop', apiKey: '614335564976464', uploadPreset: 'avatars' };",
    // A Firebase web app's configuration: the console hands its Google API key out for browsers.
    `import { initializeApp } from 'firebase/app';\nconst firebaseConfig = {\n  apiKey: '${GOOGLE}',\n  authDomain: 'shop-12345.firebaseapp.com',\n  projectId: 'shop-12345',\n  appId: '1:1234567890:web:abcdef123456',\n};\nexport const app = initializeApp(firebaseConfig);`,
    `module.exports = { firebase: { apiKey: '${GOOGLE}', projectId: 'shop-12345', messagingSenderId: '1234567890' } };`,
    "import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ endpoint: process.env.S3_ENDPOINT });",
    // A proxy's upstream on the local host or from the environment; a remote one outside `strict`.
    { code: "const { createProxyMiddleware } = require('http-proxy-middleware');\napp.use('/a', createProxyMiddleware({ target: 'http://localhost:3001' }));\napp.use('/b', createProxyMiddleware({ target: process.env.API_URL }));", options: [{ remoteApis: true }] },
    "const { createProxyMiddleware } = require('http-proxy-middleware');\napp.use('/api', createProxyMiddleware({ target: 'https://api.ruchamp.ru' }));",
    // NATS servers from the environment, split from it, or on the local host.
    "import { connect } from 'nats';\nexport const a = await connect({ servers: process.env.NATS_URL });\nexport const b = await connect({ servers: process.env.NATS_SERVERS.split(',') });\nexport const c = await connect({ servers: 'localhost:4222' });",
    // An endpoint without a scheme or port (a region's domain, a path), and a local one without a scheme as a fallback.
    "const AWS = require('aws-sdk');\nexport const s3 = new AWS.S3({ endpoint: 's3.eu-west-1.amazonaws.com' });\nexport const other = new AWS.S3({ endpoint: 'storage/bucket:1' });\nexport const sqs = new AWS.SQS({ endpoint: process.env.SQS_ENDPOINT || 'localhost:4566' });",
    "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('database', 'username', 'password', { host: 'localhost', dialect: 'postgres' });",
    // A local database whose password repeats the user, in options or positional.
    "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'mysql', host: 'localhost', port: 3306, username: 'user1', password: 'user1' });\nimport { Sequelize } from 'sequelize';\nexport const db = new Sequelize('shop', 'shop', 'shop', { host: 'localhost', dialect: 'mysql' });",
    "const nodemailer = require('nodemailer');\nnodemailer.createTransport({ host: process.env.SMTP_HOST, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });",
    "const smtpPool = require('nodemailer-smtp-pool');\nexports.pool = smtpPool({ host: process.env.SMTP_HOST, port: Number(process.env.SMTP_PORT), maxConnections: 5 });",
    "fetch('https://api.github.com/repos');\nimport axios from 'axios';\naxios.get('https://api.stripe.com/v1/charges');",
    // Secret sinks fed from the environment.
    "import jwt from 'jsonwebtoken';\njwt.sign(payload, process.env.JWT_SECRET);",
    // A value whose words say it is fake (the Firebase Auth emulator's reCAPTCHA response).
    "export const getRecaptchaParams = () => ({ recaptchaStoken: 'This-is-a-fake-token__Dont-send-this-to-the-Recaptcha-service', recaptchaSiteKey: 'Fake-key__Do-not-send-this-to-Recaptcha_' });",
    {
      name: "an HMAC that derives a key from a secret it hashes has a label for its key (Telegram's Mini App init-data check)",
      code: "import crypto from 'node:crypto';\nconst secretKey = crypto.createHmac('sha256', 'WebAppData').update(process.env.BOT_TOKEN).digest();\nexport const derive = (botToken) => crypto.createHmac('sha256', 'openclaw-mattermost-interactions').update(botToken).digest('hex');\nexport const check = (data) => crypto.createHmac('sha256', secretKey).update(data).digest('hex');",
    },
    // An unsigned token (an emulator's): with `algorithm: 'none'` the secret is not used.
    "import jwt from 'jsonwebtoken';\nexport const idToken = (claims) => jwt.sign(claims, 'emulator-signing-key', { algorithm: 'none' });\nconst UNSIGNED = { algorithm: 'none', expiresIn: '1h' };\nexport const sessionCookie = (claims) => jwt.sign(claims, 'unused', UNSIGNED);",
    "import jwt from 'jsonwebtoken';\nconst publicKey = '-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';\njwt.verify(token, publicKey);",
    "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));",
    "import cookieParser from 'cookie-parser';\napp.use(cookieParser());",
    // The settings of a CI or end-to-end test run in a map by environment with a production entry.
    "module.exports = { ci: { smtp: { auth: { pass: 'K4DvD8U31VKseT7vQC' } } }, e2e: { smtp: { auth: { pass: 'K4DvD8U31VKseT7vQC' } } }, production: { smtp: { auth: { pass: process.env.SMTP_PASS } } } };",
    // A CSS module's class names in a bundle (css-loader's `locals`): generated names, one of them for a `.password` class.
    "a.locals = { colName: 'QlUDZWcZ0QRM46YZZ1gV', colSize: 'd4xf_U05O3iwncdfx3Pm', password: 'jvbHx2mQ9rTvB4nW7pL1', longInfo: 'juhZybm9xu4DHHyVvE5F' };",
    // CORS origins: not checked by default; in strict, any origin, local ones, placeholders, environment reads and their
    // fallbacks, a development branch, patterns and functions are left alone, and `corsOrigins: false` turns the check off.
    "import cors from 'cors';\napp.use(cors({ origin: 'https://www.myshop-frontend.com' }));",
    ...[
      "import cors from 'cors';\napp.use(cors({ origin: '*' }));\napp.use(cors({ origin: ['http://localhost:5173', 'http://127.0.0.1:3000'] }));\napp.use(cors({ origin: 'https://yourdomain.com' }));",
      "import cors from 'cors';\napp.use(cors({ origin: process.env.CORS_ORIGIN || 'https://www.myshop.com', credentials: true }));\napp.use(cors({ origin: process.env.CORS_ORIGINS?.split(',') }));",
      "import cors from 'cors';\napp.use(cors({ origin: process.env.NODE_ENV === 'development' ? 'http://localhost:5173' : process.env.FRONTEND_URL }));\napp.use(cors({ origin: /\\.myshop\\.com$/ }));\napp.use(cors({ origin: (origin, callback) => callback(null, true) }));",
      "import { Server } from 'socket.io';\nexport const io = new Server(Number(process.env.PORT), { cors: { origin: process.env.CLIENT_URL } });",
      "import { cors } from './cors';\napp.use(cors({ origin: 'https://www.myshop.com' }));",
      // Hosted developer tools' origins, the same for every deploy: the Socket.IO Admin UI, Apollo Studio.
      "import { Server } from 'socket.io';\nexport const io = new Server(Number(process.env.PORT), { cors: { origin: [process.env.CLIENT_URL, 'https://admin.socket.io'], credentials: true } });",
      "import cors from 'cors';\napp.use(cors({ origin: ['https://studio.apollographql.com', process.env.WEB_ORIGIN] }));",
    ].map((code) => ({ code, options: [{ strict: true }] as Options })),
    { code: "import cors from 'cors';\napp.use(cors({ origin: 'https://www.myshop.com' }));", options: [{ strict: true, corsOrigins: false }] },
    // `corsOrigins` alone does not report the URLs of remote APIs, which are `remoteApis`'s.
    { code: "import cors from 'cors';\nimport axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://payments.example.org/v2' });", options: [{ corsOrigins: true }] },
    // Apollo Server: origins read at run time, CORS switched on for all, options that are not CORS's
    // (on Express, the constructor takes none: `applyMiddleware` does), a method that takes none.
    {
      code: "const { ApolloServer } = require('apollo-server-express');\nconst standalone = require('apollo-server');\nasync function mount(app) {\n  const server = new ApolloServer({ typeDefs, cors: { origin: 'https://ignored.acme.io' } });\n  await server.start();\n  server.applyMiddleware({ app, cors: { origin: process.env.CORS_ORIGINS.split(',') } });\n  server.applyMiddleware({ app, path: '/v2', cors: true });\n}\nnew standalone.ApolloServer({ typeDefs, cors: { origin: ['http://localhost:4000', process.env.WEB_ORIGIN] } });",
      languageOptions: ESPREE_COMMONJS,
      options: [{ corsOrigins: true }],
    },
    // A map of form widgets: the value names the component that edits the field, after the key.
    "export const widgets = { string: { text: 'TextWidget', password: 'PasswordWidget', email: 'EmailWidget' } };\nexport const fields = { password: 'PasswordField', token: 'TokenInput' };",
    // Variables' names as the host: a template of a URL, or a sentinel that says where the real one is (graphile-migrate's).
    "export const TEMPLATE = 'postgres://DB_USER:DB_PASS@DB_HOST:5432/DB_NAME';\nexports.DO_NOT_USE_DATABASE_URL = 'postgres://PLEASE:USE@GM_DBURL/INSTEAD';",
    // A schema's examples show what a value looks like (Sentry's MCP attribute conventions).
    "export const attributes = { 'mcp.resource.uri': { type: 'string', examples: ['postgres://database/customers/schema', 'mongodb://db.prod.internal/app'] }, dsn: { example: 'mysql://db.prod.internal/app' } };",
    // An OpenAPI document's types: the OAuth flows by grant (Redocly's `OAuth2Flows`).
    "export const OAuth2Flows = { properties: { implicit: 'ImplicitFlow', password: 'PasswordFlow', clientCredentials: 'ClientCredentials', authorizationCode: 'AuthorizationCode' } };",
    // Dependency-injection tokens: the value names, in the constant's own words, what is injected.
    "export const TENANT_MEMBER_MODEL_TOKEN = 'TenantMember';\nexport const USER_REPOSITORY_TOKEN = 'UserRepository';",
    // Or all of the constant's words behind a library's name (@nestjs-modules/ioredis).
    "exports.REDIS_MODULE_CONNECTION_TOKEN = 'IORedisModuleConnectionToken';\nexports.REDIS_MODULE_OPTIONS_TOKEN = 'IORedisModuleOptionsToken';",
    // Error codes named for a condition, a category marker, attribute names led by underscores (Clerk's backend SDK).
    "const TokenVerificationErrorReason = { TokenExpired: 'token-expired', InvalidSecretKey: 'secret-key-invalid', MissingApiKey: 'api-key-missing' };\nconst JWT_CATEGORY_SESSION_TOKEN = 'cl_B7d4PD111AAA';\nconst Attributes = { AuthToken: '__clerkAuthToken', AuthSignature: '__clerkAuthSignature' };",
    // A pair of capitalised words under a token's name is a name (wppconnect's stand-in for WhatsApp Web's storage).
    "const storage = { WABrowserId: 'MultiDevice', WASecretBundle: 'MultiDevice', WAToken1: 'MultiDevice', WAToken2: 'MultiDevice' };",
    // Storage key constants: the value is the key under which the token is kept (venom-bot's WhatsApp Web definitions).
    "exports.defs = { KEY_STORAGE_TEST: 'storage_test', KEY_CLIENT_TOKEN: 'WAToken1', KEY_SERVER_TOKEN: 'WAToken2', KEY_SECRET: 'WASecretKey' };",
    // A constant for a kind of secret spells the words after the kind's word (a rate limiter's scopes, a credential type).
    "const AUTH_RATE_LIMIT_SCOPE_SHARED_SECRET = 'shared-secret';\nconst AUTH_RATE_LIMIT_SCOPE_DEVICE_TOKEN = 'device-token';\nexport const CREDENTIAL_TYPE_CLIENT_SECRET = 'client_secret';",
    // A bundled package.json: a dependency named like a secret has a version range, not a secret.
    "var package_default = {\n  dependencies: { jsonwebtoken: '^9.0.3', 'passport-jwt': '~4.0.1', 'secret-handshake': '>=1.1.0' },\n  devDependencies: { '@types/jsonwebtoken': '^9.0.10' },\n};",
    // Remix's cookie secrets from the environment; a session storage of the project's own takes no secret.
    "import { createCookieSessionStorage } from '@remix-run/node';\nexport const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [process.env.SESSION_SECRET] } });",
    "import { createCookieSessionStorage } from './session';\nexport const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: ['s3cr3t'] } });",
    // Hono's middleware, jwt-simple, iron-session, express-openid-connect and crypto-js given their secrets from the environment.
    "import { jwt, sign } from 'hono/jwt';\napp.use('/auth/*', jwt({ secret: process.env.JWT_SECRET }));\nexport const issue = (payload) => sign(payload, c.env.JWT_SECRET);",
    // A Worker's bindings destructured with defaults that are no secret, and a request body's password.
    "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/login', async (c) => {\n  const { LOG_LEVEL = 'info', REGION = 'eu-west' } = c.env;\n  const { password = '' } = await c.req.json();\n  return c.json(await login(password, LOG_LEVEL, REGION));\n});",
    // A template's connection strings, every part a bracketed stand-in (the host's first label too).
    "module.exports = { apps: [{ name: 'web', env: { MONGODB_URI: 'mongodb+srv://<username>:<password>@<cluster>.mongodb.net/<database>?retryWrites=true' } }] };\nexport const pg = 'postgres://<user>:<password>@<host>.rds.amazonaws.com/db';",
    // A managed service's domain with a stand-in first label, the bare domain, or a look-alike that only contains it.
    "export const hosts = { db: { host: 'hostname.rds.amazonaws.com' }, atlas: { host: 'cluster0.mongodb.net' }, aws: { host: 'rds.amazonaws.com' }, site: { host: 'mongodb.net.example.com' } };",
    // SQS queue URLs with AWS's sample account, read from the environment, built from it, a documentation key's, the console's page.
    "export const queues = { orders: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders', events: process.env.EVENTS_QUEUE_URL, placeholder: 'https://sqs.eu-west-1.amazonaws.com/861910894388/q' };\nexport const audit = `https://sqs.eu-west-1.amazonaws.com/${process.env.AWS_ACCOUNT_ID}/audit`;\nexport const consoleUrl = 'https://console.aws.amazon.com/sqs/v2/home', endpoint = 'https://sqs.us-east-1.amazonaws.com/';",
    // defineConfig of other tools (Vite's dev server, drizzle-kit) and another module's Config type configure no client.
    "import { defineConfig } from 'vite';\nimport { defineConfig as drizzle } from 'drizzle-kit';\nimport { Knex } from './types';\nexport default defineConfig({ server: { host: 'dev.internal', port: 5173 } });\nexport const db = drizzle({ dialect: 'postgresql', dbCredentials: { url: process.env.DATABASE_URL } });\nexport const config: Knex.Config = { connection: { host: 'pg.internal' } };",
    // A converted value compared with an empty string or a lexer's token name.
    "aedes.authenticate = (client, username, password, callback) => callback(null, password.toString() !== '');\nexport const isEnd = (token) => String(token) === 'EOF' || token.toString() === 'if';",
    // Sixteen lower-case letters that read as words, or run along the alphabet, are no app password.
    "export const form = { password: 'authorizationurl', passwordField: 'abcdefghijklmnop' };\nconst mail = { user: 'ops@acme.io', pass: 'abcdefghijklmnop' };",
    // An AdonisJS environment read with a default that is no secret, and Env.set() of a test.
    "const Env = use('Env');\nmodule.exports = { port: Env.get('PORT', 3333), host: Env.get('HOST', '0.0.0.0'), appName: Env.get('APP_NAME', 'AdonisJs') };",
    // Elysia's jwt() plugin and cookie secrets from the environment; an Elysia app with cookie options but no secrets.
    "import { Elysia } from 'elysia';\nimport { jwt } from '@elysiajs/jwt';\nnew Elysia({ cookie: { secrets: process.env.COOKIE_SECRET, httpOnly: true } }).use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET }));\nnew Elysia({ cookie: { sameSite: 'strict' }, prefix: '/api' });",
    "import { basicAuth } from 'hono/basic-auth';\napp.use('/admin/*', basicAuth({ username: 'admin', password: process.env.ADMIN_PASSWORD }));",
    "import { bearerAuth } from 'hono/bearer-auth';\napp.use('/api/*', bearerAuth({ verifyToken: async (token) => token === process.env.API_TOKEN }));",
    "import { setSignedCookie, getSignedCookie } from 'hono/cookie';\nawait setSignedCookie(c, 'session', 'value', c.env.COOKIE_SECRET);\nawait getSignedCookie(c, secret, 'session');",
    "const jwt = require('jwt-simple');\nmodule.exports = (payload) => jwt.encode(payload, config.jwtSecret);",
    "import { getIronSession } from 'iron-session';\nexport const getSession = (req, res) => getIronSession(req, res, { password: process.env.SESSION_PASSWORD, cookieName: 'app' });",
    "import { getIronSession } from 'iron-session';\nexport const getSession = async () => getIronSession(await cookies(), sessionOptions);",
    "const { auth } = require('express-openid-connect');\napp.use(auth({ authRequired: false, baseURL: 'http://localhost:3000', clientID: 'abc' }));",
    // crypto-js: a key from the environment or derived at run time; the message itself is no key.
    "import CryptoJS from 'crypto-js';\nexport const encrypt = (text) => CryptoJS.AES.encrypt(text, process.env.ENCRYPTION_KEY).toString();\nexport const mac = (key) => CryptoJS.HmacSHA256('payload to sign', key);",
    "const CryptoJS = require('crypto-js');\nmodule.exports = (text, key) => CryptoJS.AES.encrypt(text, CryptoJS.enc.Hex.parse(key), { iv: CryptoJS.enc.Hex.parse('00000000000000000000000000000000') });",
    "import AES from 'crypto-js/aes';\nexport const encrypt = (text, secretKey) => AES.encrypt(text, secretKey).toString();",
    "import HmacSHA256 from 'crypto-js/hmac-sha256';\nexport const mac = (message, key) => HmacSHA256(message, key);",
    // cryptr and jsrsasign given their keys from the environment, or an RSA key object.
    "import Cryptr from 'cryptr';\nexport const cryptr = new Cryptr(process.env.CRYPTR_SECRET, { pbkdf2Iterations: 10000 });",
    "import { KJUR, KEYUTIL } from 'jsrsasign';\nexport const sign = (header, payload) => KJUR.jws.JWS.sign('RS256', header, payload, KEYUTIL.getKey(process.env.PRIVATE_KEY));\nexport const check = (token) => KJUR.jws.JWS.verify(token, process.env.JWT_SECRET, ['HS256']);",
    // jose: a key from the environment, a remote key set, a public key imported at run time; `sign` of something else in the chain.
    "import { SignJWT, jwtVerify } from 'jose';\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET);\nexport const issue = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nexport const check = (token) => jwtVerify(token, secret);",
    "import * as jose from 'jose';\nconst JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));\nexport const check = (token) => jose.jwtVerify(token, JWKS, { issuer: 'urn:example:issuer' });",
    "import { jwtVerify, importSPKI } from 'jose';\nexport const check = async (token) => jwtVerify(token, await importSPKI('-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\\n-----END PUBLIC KEY-----', 'ES256'));",
    "import { SignJWT } from 'jose';\nconst builder = new SignJWT({ sub: 'user' });\nexport const header = builder.setProtectedHeader({ alg: 'HS256' });\nexport const hmac = crypto.subtle.sign('HMAC', key, new TextEncoder().encode('payload'));",
    // Twilio: the auth token from the environment (the account SID is no secret), or the documentation's stand-in.
    "const client = require('twilio')('AC3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c', process.env.TWILIO_AUTH_TOKEN);",
    "import twilio from 'twilio';\nexport const client = new twilio.Twilio(process.env.TWILIO_ACCOUNT_SID, 'your_auth_token');",
    // Supabase's anon key is published to browsers by design; so are its local stack's keys (the same for every install).
    `import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient(process.env.SUPABASE_URL, '${SUPABASE_ANON}');`,
    `export const serviceRoleKey = '${supabaseKey({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })}';`,
    // …also in a const, under a secret name, behind an environment read, or in strict (random as it looks).
    {
      code: `const SUPABASE_ANON_KEY = '${SUPABASE_ANON}';\nexport const config = { supabaseKey: '${SUPABASE_ANON}', anonKey: process.env.SUPABASE_ANON_KEY || '${SUPABASE_ANON}' };\nexport const supabase = createClient(process.env.SUPABASE_URL, SUPABASE_ANON_KEY);`,
      options: [{ strict: true }],
    },
    `export const config = { supabaseKey: '${SUPABASE_ANON}', anonKey: process.env.SUPABASE_ANON_KEY || '${SUPABASE_ANON}' };`,
    // PostHog's project API key only sends events, from browsers by design (a CLI's telemetry).
    // The project key or token that every client of an error-reporting or analytics service ships with.
    "export const bugsnagApiKey = '9e1e6889176fd0c795d5c659225e0fae';\nmixpanel.init({ token: process.env.X }); const MIXPANEL_TOKEN = 'a8f3c1d92b7e4f60a1c3d5e7f9b2c4d6';",
    `const POSTHOG_API_KEY = 'phc_${fakeChars(ALNUM, 43, 11)}';\nexport const send = (event) => fetch(process.env.POSTHOG_HOST, { method: 'POST', body: JSON.stringify({ api_key: POSTHOG_API_KEY, event }) });`,
    // Mapbox's public access token (`pk.…`) is made for browsers: it only reads maps and is restricted by URL (also in strict).
    {
      code: `import mapboxgl from 'mapbox-gl';\nmapboxgl.accessToken = 'pk.${MAPBOX_TOKEN_BODY}';\nexport const MAPBOX_TOKEN = 'pk.${MAPBOX_TOKEN_BODY}';`,
      options: [{ strict: true }],
    },
    // The QStash CLI's development server: the token of its default user and its fixed signing keys, the same everywhere.
    {
      code: `const LOCAL_QSTASH_TOKEN = '${QSTASH_DEV_TOKEN}';\nexport const qstash = { token: process.env.QSTASH_TOKEN ?? '${QSTASH_DEV_TOKEN}', currentSigningKey: '${'sig_' + '7RvLjqfZBvP5KEUimQCE1pvpLuou'}', nextSigningKey: '${'sig_' + '7W3ZNbfKWk5NWwEs3U4ixuQ7fxwE'}' };`,
      options: [{ strict: true }],
    },
    // Queues and mailers attached through the environment, or to a Redis on the same machine; the same option names elsewhere.
    "import { Queue, Worker } from 'bullmq';\nconst connection = { host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT), password: process.env.REDIS_PASSWORD };\nexport const q = new Queue('emails', { connection });\nexport const w = new Worker('emails', async (job) => job.data, { connection: { host: 'localhost' } });",
    "import { BullModule } from '@nestjs/bull';\nexport const queues = BullModule.forRoot({ redis: process.env.REDIS_URL });",
    // NestJS's cache in memory, or on a Redis store the environment locates.
    "import { CacheModule } from '@nestjs/cache-manager';\nexport const memory = CacheModule.register({ ttl: 5, max: 100 });\nexport const redis = CacheModule.register({ store: redisStore, host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT) });",
    "import { MailerModule } from '@nestjs-modules/mailer';\nexport const mail = MailerModule.forRoot({ transport: process.env.SMTP_URL, defaults: { from: '\"Shop\" <shop@example.com>' } });",
    "import { Queue } from './queue';\nexport const q = new Queue('emails', { connection: { host: 'redis.prod.internal' } });",
    // hapi's jwt strategy keyed from the environment, by a key set's URL or a public key; another scheme's `key`.
    "import Jwt from '@hapi/jwt';\nawait server.register(Jwt);\nserver.auth.strategy('jwt', 'jwt', { keys: process.env.JWT_KEY, verify: { aud: false, iss: false, sub: false } });\nserver.auth.strategy('jwks', 'jwt', { keys: { uri: 'https://auth.example.com/.well-known/jwks.json' } });",
    "import Jwt from '@hapi/jwt';\nserver.auth.strategy('pub', 'jwt', { keys: '-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\\n-----END PUBLIC KEY-----' });\nserver.auth.strategy('api', 'api-key', { key: 'x-api-key-header-name' });",
    // Azure's credentials: keys from the environment, a stand-in, Azurite's published key; a class of the same name of the file's own.
    "import { StorageSharedKeyCredential } from '@azure/storage-blob';\nexport const credential = new StorageSharedKeyCredential(process.env.AZURE_STORAGE_ACCOUNT, process.env.AZURE_STORAGE_KEY);",
    "const { SearchClient, AzureKeyCredential } = require('@azure/search-documents');\nmodule.exports = new SearchClient(process.env.SEARCH_ENDPOINT, 'hotels', new AzureKeyCredential('<your-api-key>'));",
    `import { StorageSharedKeyCredential } from '@azure/storage-blob';\nexport const emulator = new StorageSharedKeyCredential('devstoreaccount1', '${AZURITE_KEY}');`,
    `import { AzureKeyCredential } from './credentials';\nexport const credential = new AzureKeyCredential('${RANDOM_HEX}');`,
    // …Azurite's key also under a secret name and in strict, random as it looks (it is published with the emulator).
    {
      code: `export const EMULATOR_ACCOUNT_KEY = '${AZURITE_KEY}';\nexport const storage = { accountName: 'devstoreaccount1', accountKey: '${AZURITE_KEY}' };`,
      options: [{ strict: true }],
    },
    // S3rver's fixed credentials, the same on every machine, as a local S3 emulator's defaults (serverless-s3-local), also in strict.
    {
      code: "const defaultOptions = { port: 4569, address: 'localhost', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };\nexport const s3 = new S3Client({ endpoint: 'http://localhost:4569', credentials: { accessKeyId: 'S3RVER', secretAccessKey: process.env.S3_SECRET || 'S3RVER' } });",
      options: [{ strict: true }],
    },
    // Google's OAuth client: its secret from the environment or a documentation stand-in; the client ID alone.
    "const { OAuth2Client } = require('google-auth-library');\nmodule.exports = new OAuth2Client(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET, 'https://app.example.com/oauth2callback');",
    "import { google } from 'googleapis';\nexport const oauth2 = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, 'YOUR_CLIENT_SECRET', 'http://localhost:3000/cb');\nexport const verifier = new google.auth.OAuth2('1234567890-abcdefghijklmnop.apps.googleusercontent.com');",
    // The same function names from other modules.
    "import { sign, verify } from './jwt';\nsign(payload, 'not a known api');\nverify(token, 'not a known api');",
    "import { encrypt } from 'some-cipher';\nencrypt('text', 'not crypto-js');",
    // Koa's cookie keys from the environment; `keys` of something that is no Koa app.
    "const Koa = require('koa');\nconst app = new Koa();\napp.keys = [process.env.KEY_1, process.env.KEY_2];",
    "import Koa from 'koa';\nconst app = new Koa({ keys: config.keys });",
    "const Koa = require('koa');\nconst app = new Koa();\nconst index = {};\nindex.keys = ['alpha', 'beta'];",
    // Fastify plugins given their secrets from the environment or files.
    "const fastify = require('fastify')();\nfastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });",
    "import fastifyJwt from '@fastify/jwt';\nimport { readFileSync } from 'node:fs';\napp.register(fastifyJwt, { secret: { private: readFileSync('private.pem'), public: readFileSync('public.pem') } });",
    "app.register(require('./plugins/jwt'), { secret: process.env.S, options: { expiresIn: '1h' } });",
    // The environment being written (a container's, a child process's, a generated compose file's): a compose name under a key named like the variable.
    "export function databaseEnv(name) {\n  return { NODE_ENV: 'development', MONGODB_URI: `mongodb://mongo:27017/${name}` };\n}",
    "export const compose = render(template, { __MONGODB_URI__: 'mongodb://mongo:27017/my_app_db', __PORT__: '8000' });",
    "spawn('node', ['worker.js'], { env: { ...process.env, REDIS_URL: 'redis://redis:6379' } });",
    // A docker-compose name in code that runs only outside production: a development setting.
    "const mongoUrl = process.env.NODE_ENV === 'development' ? 'mongodb://db:27017' : process.env.MONGO_URL;\nif (process.env.NODE_ENV !== 'production') redis.connect('redis://cache:6379');",
    "const session = require('express-session');\napp.use(session(config.session || { name: 'admin', secret: process.env.SESSION_SECRET }));",
    // Keys from the environment; `keys` on something that is not a Koa app handed in, or in a file without Koa.
    "const session = require('koa-session');\nmodule.exports = (app) => {\n  app.keys = [process.env.SESSION_KEY];\n  app.use(session(app));\n};",
    "const session = require('koa-session');\nmodule.exports = (options) => {\n  options.keys = ['id', 'name'];\n  return session(options);\n};",
    "module.exports = (app) => {\n  app.keys = ['primary', 'secondary'];\n};",
    "const session = require('koa-session');\nmodule.exports = (app) => {\n  if (app.keys == null) throw new Error('set app.keys');\n  return Object.keys(app.context).map((name) => session({ key: name }, app));\n};",
    // Defaults of configuration reads that are no secrets, and get() on what is not configuration.
    // Foal's Config.get(key, type): the second argument is the value's type, not a default.
    "import { Config } from '@foal/core';\napp.use(cookieParser(Config.get('settings.cookieParser.secret', 'string')));\nexport const jwt = { secret: Config.get('settings.jwt.secret', 'string|number') ?? Config.get('settings.jwt.secretOrPublicKey', 'string') };",
    "export const jwtOptions = (configService: ConfigService) => ({ expiresIn: configService.get('JWT_EXPIRES_IN', '1d'), redis: configService.get('REDIS_URL', 'redis://localhost:6379'), port: configService.get('PORT', 3000) });",
    "export const token = cache.get('auth-token', 'Xk9mPq2wLsT4') || store.get('refresh_token');",
    // Bot tokens from the environment, or a stand-in that cannot work (example code); oidc-provider's keys from the environment.
    "const { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.launch();",
    "const TelegramBot = require('node-telegram-bot-api');\nconst bot = new TelegramBot('YOUR_TELEGRAM_BOT_TOKEN', { polling: true });",
    "import { Bot } from 'grammy';\nexport const bot = new Bot('<your bot token>');",
    // Telegram's documented sample token and filler bodies cannot work either.
    "const { Telegraf } = require('telegraf');\nmodule.exports = new Telegraf('123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11');",
    // URL queries whose credential is read at run time, a stand-in, filler, a page token, a file key, a flag.
    "const a = `https://api.themoviedb.org/3/tv/popular?api_key=${API_KEY}&page=1`;\nconst b = 'https://maps.example.com/api?key=YOUR_API_KEY';\nconst c = 'https://x.com/?token=abcdefghijklmnopqrstuvwxyz';\nconst d = 'https://uuid.example.net/item?key=00000000-0000-0000-0000-000000000000';",
    "const e = 'https://api.example.net/list?pageToken=CAoQAAsdf8sdf7sdf6&key=' + key;\nconst f = 'https://cdn.example.net/file?key=uploads/2020/04/img-8f3k2.png';\nconst g = 'https://youtube.example.net/watch?v=dQw4w9WgXcQ&token=true';\nconst h = 'https://api.example.net/v1?key=%7Bkey%7D%20value%20encoded';",

    // discord.js reads DISCORD_TOKEN when login() has no token; a stand-in; login() of something else.
    "const { Client } = require('discord.js');\nconst client = new Client({ intents: [] });\nclient.login(process.env.DISCORD_TOKEN);\nconst other = new Client({ intents: [] });\nother.login();",
    "const { Client } = require('discord.js');\nnew Client({ intents: [] }).login('YOUR_BOT_TOKEN_HERE');",
    // A stand-in for an API client's key, or a key read from the environment.
    "import { Resend } from 'resend';\nexport const resend = new Resend('re_123456789');\nexport const other = new Resend(process.env.RESEND_API_KEY);\nconst yelp = require('yelp-fusion');\nyelp.client('YOUR_API_KEY');",
    // NestJS strategies whose secret comes from the configuration, or that wrap another Passport strategy.
    "import { PassportStrategy } from '@nestjs/passport';\nimport { Strategy } from 'passport-jwt';\nimport { Strategy as LocalStrategy } from 'passport-local';\nexport class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {\n  constructor(config) {\n    super({ secretOrKey: config.get('JWT_SECRET') });\n  }\n}\nexport class LocalAuth extends PassportStrategy(LocalStrategy) {\n  constructor() {\n    super({ usernameField: 'email', secretOrKey: 'not-a-jwt-option' });\n  }\n}",
    "const createHandler = require('github-webhook-handler');\nconst handler = createHandler({ path: '/webhook', secret: process.env.GITHUB_WEBHOOK_SECRET });\nconst { Webhooks } = require('@octokit/webhooks');\nconst webhooks = new Webhooks({ secret: process.env.WEBHOOK_SECRET || '' });",
    "import { Redis } from '@upstash/redis';\nexport const redis = new Redis({ url: process.env.UPSTASH_REDIS_REST_URL, token: process.env.UPSTASH_REDIS_REST_TOKEN });\nexport const fromEnv = Redis.fromEnv();",
    // Typed options read from the environment, and a type of the same name from another module.
    // express-session's options reading the environment, a `secret` key of an object that is no session's options, and options whose secret is set later.
    "module.exports = { secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false };\nexport const quiz = { secret: 'the cake', answer: 42 };\nconst options = { secret: 'dev', resave: false };\noptions.secret = readSecret();\nexport { options };",
    // The adapter and the pub/sub on the environment's settings.
    "const SqlAdapter = require('moleculer-db-adapter-sequelize');\nconst { RedisPubSub } = require('graphql-redis-subscriptions');\nexports.adapter = new SqlAdapter(process.env.DATABASE_URL);\nexports.pubsub = new RedisPubSub({ connection: { host: process.env.REDIS_HOST, password: process.env.REDIS_PASSWORD } });",
    // A factory that reads the configuration, and one given by name (not followed).
    "import { TypeOrmModule } from '@nestjs/typeorm';\nexport const db = TypeOrmModule.forRootAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ type: 'postgres', host: config.get('DB_HOST'), password: config.get('DB_PASSWORD') }) });\nexport const other = TypeOrmModule.forRootAsync({ useFactory: makeOptions });",
    "import { TypeOrmModuleOptions } from '@nestjs/typeorm';\nimport { Options } from './local-types';\nexport const typeOrmConfig: TypeOrmModuleOptions = { type: 'postgres', host: process.env.DB_HOST, port: Number(process.env.DB_PORT) };\nexport const other: Options = { host: 'db.prod.acme.io' };",
    "import { handleSession } from 'svelte-kit-cookie-session';\nimport { env } from '$env/dynamic/private';\nexport const handle = handleSession({ secret: env.SESSION_SECRET });",
    "import { ServerClient } from 'postmark';\nexport const mail = new ServerClient(process.env.POSTMARK_SERVER_TOKEN);\nexport const sandbox = new ServerClient('POSTMARK_API_TEST');\nexport const placeholder = new ServerClient('your-server-token');",
    "const { Client } = require('discord.js');\nconst ftp = require('basic-ftp');\nconst files = new ftp.Client();\nfiles.login('deploy', 'Zq81pWx7kLm2');\nconst session = { login: (token) => token };\nsession.login('Zq81pWx7kLm2Nv5Rt');",

    "const TelegramBot = require('node-telegram-bot-api');\nmodule.exports = new TelegramBot('1234567890:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');",
    "import Provider from 'oidc-provider';\nexport const provider = new Provider(issuer, { cookies: { keys: process.env.SECURE_KEYS.split(',') }, findAccount });",
    // express-basic-auth with its users from the environment or an authorizer.
    "const basicAuth = require('express-basic-auth');\napp.use(basicAuth({ users: { [process.env.ADMIN_USER]: process.env.ADMIN_PASSWORD } }));",
    "import basicAuth from 'express-basic-auth';\napp.use(basicAuth({ authorizer: (user, password) => check(user, password), challenge: true }));",
    "import crypto from 'node:crypto';\ncrypto.createHash('sha256').update('not a key').digest('hex');",
    // Shadowed bindings: not Node's require / process.
    "function load(require) { const jwt = require('jsonwebtoken'); return jwt.sign({}, 'keyboard cat'); }",
    "function read(process) { return process.env.JWT_SECRET || 'fallback-secret'; }",
    "import { sign } from './local-jwt';\nsign(payload, 'keyboard cat');",
    // TypeScript types, enums and interfaces are not values.
    "type Credentials = { password: 'hunter2x' };\ninterface Config { token: string; apiKey?: 'k3yValue9' }",
    "enum Field { Password = 'hunter2x', Token = 'tok3n123' }",
    // Ambient declarations (declaration files) have no value at run time.
    'export declare const SESSION_SECRET = "k9Tq2mWx7Lp4";',
    // A stand-in that marks a credential as removed is not one.
    "exports.REDACTED_CREDENTIAL_VALUE = '_APP_BLANK_07167752-1a71-43b1-bf8f-4f32252165db';",
    'declare const apiKey: string;',
    // JSX attributes and i18n with keys that are sentences.
    { code: 'const field = <input type="password" name="password" placeholder="Password" />;', filename: 'form.tsx' },
    // Cloudinary configured from the environment, or with its docs' stand-in.
    "const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: process.env.CLOUDINARY_CLOUD_NAME, api_secret: process.env.CLOUDINARY_API_SECRET });\ncloudinary.config({ api_secret: 'your_api_secret' });",
    // Authorization headers built from a variable, stand-in credentials, a challenge, a public JWT.
    "const headers = { Authorization: 'Bearer ' + token, Other: `Bearer ${token}` };",
    "const headers = { Authorization: 'Bearer my-access-token-refreshed' };\nconst other = { Authorization: 'Bearer <YOUR_TOKEN>' };",
    "res.set('WWW-Authenticate', 'Basic realm=\"Authentication service\"');",
    `const headers = { Authorization: 'Basic ${Buffer.from('username:password').toString('base64')}' };`,
    `const headers = { Authorization: 'Bearer ${supabaseKey({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}' };`,
    // A header's whole value without a scheme: words, a header's name, a stand-in, a JWT (its own row decides), a short value.
    "const headers = { Authorization: 'application-json-content', b: { authorization: 'x-amz-security-token' }, c: { authorization: 'YOUR_API_KEY_HERE_12345' } };",
    "const headers = { Authorization: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', 'Proxy-Authorization': 'abc123', Accept: 'a8f5f167f44f4964e6c998dee827110c' };",
    "if (req.headers.authorization === 'Negotiate') challenge();",
    // A header set by name: an id, a stand-in; a map's own key is no header.
    `res.set('x-request-id', '${RANDOM_HEX}');\nxhr.setRequestHeader('X-Api-Key', 'YOUR_API_KEY');\nsessions.set('token', '${RANDOM_HEX}');\nres.setHeader('Content-Type', 'application/json');`,
    // Braintree's tokenization key, its browser Drop-in's `authorization`: published by design.
    "braintree.dropin.create({ authorization: 'sandbox_k7x2m9qd_5hw3rt8pnc4vyb6z', selector: '#dropin-container' });",
    // espree-parsed JavaScript, CommonJS.
    {
      code: "module.exports = { passwordLabel: 'Password', port: process.env.PORT || 3000 };",
      languageOptions: ESPREE_COMMONJS,
    },
    {
      code: "const { Pool } = require('pg');\nmodule.exports = new Pool({ connectionString: process.env.DATABASE_URL });",
      languageOptions: COMMONJS,
    },
    // Options.
    { code: "const password = 'hunter2';", options: [{ allowedNames: ['password'] }] },
    { code: "const password = 'hunter2';", options: [{ allowedNames: ['/^pass/i'] }] },
    { code: "const apiKey = 'K3y-Demo-9xQ';", options: [{ allowedValues: ['/-Demo-/'] }] },
    { code: "const password = 'hunter2';", options: [{ secretNames: false }] },
    { code: `const GH = '${GITHUB}';`, options: [{ tokenFormats: false }] },
    { code: 'app.listen(8080);', options: [{ listenPorts: false }] },
    // A server that a request it answers closes, started on demand: a CLI's OAuth redirect on its registered port.
    {
      code: "const http = require('node:http');\nclass Login {\n  waitForCode(done) {\n    const server = http.createServer((req, res) => {\n      res.end('You can close this tab.');\n      server.close();\n      done(new URL(req.url, 'http://localhost').searchParams.get('code'));\n    });\n    server.listen(47123);\n  }\n}\nmodule.exports = Login;",
      languageOptions: COMMONJS,
    },
    "import express from 'express';\nexport function receiveToken() {\n  return new Promise((resolve) => {\n    const app = express();\n    const server = app.listen(53111);\n    app.get('/callback', (req, res) => {\n      res.send('ok');\n      server.close();\n      resolve(req.query.code);\n    });\n  });\n}",
    {
      name: 'a login server whose request listener, registered inside the promise, settles it',
      code: "import http from 'node:http';\nexport async function authenticate(client) {\n  const server = http.createServer();\n  server.listen(3000);\n  return new Promise((resolve, reject) => {\n    server.on('request', async (req, res) => {\n      try {\n        const { tokens } = await client.getToken(new URL(req.url, 'http://localhost:3000').searchParams.get('code'));\n        res.end('Authentication successful!');\n        server.close();\n        resolve(tokens);\n      } catch (error) {\n        reject(error);\n      }\n    });\n  });\n}",
    },
    // A login server whose handler settles its promise through a helper declared beside it in the executor (clawdbot's Gemini CLI login on 8085).
    "import { createServer } from 'node:http';\nexport function waitForLocalCallback(expectedState) {\n  const port = 8085;\n  return new Promise((resolve, reject) => {\n    let timeout = null;\n    const server = createServer((req, res) => {\n      const url = new URL(req.url ?? '/', `http://localhost:${port}`);\n      if (url.searchParams.get('state') !== expectedState) {\n        res.end('Invalid state');\n        finish(new Error('OAuth state mismatch'));\n        return;\n      }\n      res.end('You can close this window.');\n      finish(undefined, { code: url.searchParams.get('code') });\n    });\n    const finish = (err, result) => {\n      if (timeout) clearTimeout(timeout);\n      try {\n        server.close();\n      } catch {}\n      if (err) reject(err);\n      else resolve(result);\n    };\n    server.listen(port, 'localhost');\n    timeout = setTimeout(() => finish(new Error('OAuth callback timeout')), 300000);\n  });\n}",
    // A server closed by a timer set beside its listen call: an OAuth callback that waits five minutes for the browser (homebridge-honeywell-home's setup UI).
    "const http = require('node:http');\nclass UiServer {\n  startAuth() {\n    const runningServer = http.createServer(async (req, res) => {\n      this.pushEvent('creds-received', { code: new URL(req.url, 'http://localhost').searchParams.get('code') });\n      res.end('Success. You can close this window now.');\n    });\n    runningServer.listen(8585, (err) => {\n      if (err) console.log(err);\n    });\n    setTimeout(() => {\n      runningServer.close();\n    }, 300000);\n  }\n}\nmodule.exports = UiServer;",
    // A server its own listen callback closes: a test of whether the port is free (boten-gemma's doctor).
    "import { createServer } from 'node:net';\nexport async function isPortFree() {\n  return new Promise((resolve) => {\n    const srv = createServer();\n    srv.once('error', () => resolve(false));\n    srv.listen(18789, '127.0.0.1', () => {\n      srv.close(() => resolve(true));\n    });\n  });\n}",
    // A server made in a promise's executor whose requests settle that promise: it waits for one answer, then goes.
    {
      name: 'a login server declared before its promise and closed by a helper of its handler',
      code: "import http from 'node:http';\nexport async function login() {\n  let server;\n  return new Promise((resolve, reject) => {\n    server = http.createServer(async (req, res) => {\n      function finish(status, error) {\n        server.close((closeError) => (error || closeError ? reject(error || closeError) : resolve(status)));\n      }\n      res.end(() => finish(true));\n    });\n    server.listen(8976);\n  });\n}",
    },
    {
      name: 'a server whose handler resolves its promise and which an abort signal closes',
      code: "import http from 'node:http';\nexport async function receiveKeys(signal) {\n  return new Promise((resolve, reject) => {\n    const server = http.createServer((req, res) => {\n      const keyId = new URL(req.url, 'http://localhost').searchParams.get('key-id');\n      if (!keyId) return reject(new Error('missing key id'));\n      resolve({ keyId });\n      res.end();\n    });\n    signal.addEventListener('abort', () => server.close());\n    server.listen(8976, 'localhost');\n  });\n}",
    },
    { code: "const secret = process.env.JWT_SECRET || 'dev-secret';", options: [{ envFallbacks: false }] },
    { code: "const Redis = require('ioredis');\nconst redis = new Redis({ host: process.env.REDIS_HOST, password: process.env.REDIS_PASSWORD || 'devpass42' });", options: [{ envFallbacks: false }] },
    // envFallbacks: false also allows a fallback that a secret sink is handed.
    { code: "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, process.env.JWT_SECRET || 'dev-secret');", options: [{ envFallbacks: false }] },
    { code: "import jwt from 'jsonwebtoken';\njwt.sign(p, 'keyboard cat');", options: [{ secretSinks: false }] },
    { code: "const u = 'postgres://app:S3cret@db.internal/app';", options: [{ connectionStrings: false, backingServices: false }] },
    // strict keeps what is fine in recommended fine.
    { code: "const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';", options: [{ strict: true }] },
    // A local URL as the default of a value given at run time: the caller attaches the resource (a library's default).
    { code: "import Redis from 'ioredis';\nexport const connect = (options) => new Redis(options.url ?? 'redis://localhost:6379');", options: [{ strict: true }] },
    { code: "const mongoose = require('mongoose');\nexports.connect = (uri = 'mongodb://127.0.0.1:27017/app') => mongoose.connect(uri);\nexports.open = ({ url = 'mongodb://localhost/app' } = {}) => mongoose.connect(url);", options: [{ strict: true }] },
    // A request to a Unix socket: the URL's host is a placeholder (Deno's HTTP worker, Docker's API).
    { code: "import http from 'node:http';\nhttp.request('http://deno', { agent, socketPath: socketFile }, onResponse);", options: [{ strict: true }] },
    { code: "import http from 'node:http';\nconst options = { socketPath: '/var/run/docker.sock' };\nhttp.request('http://docker.acme.io/containers/json', options);", options: [{ strict: true }] },
    // Node's request options: a local, metadata, placeholder or docker-compose host, one read at run
    // time or as an environment read's fallback (not a remote API's report), and a socket's host.
    {
      code: "import http from 'node:http';\nimport https from 'node:https';\nhttp.request({ host: 'localhost', port: 3000, path: '/ready' });\nhttp.get({ hostname: '169.254.169.254', path: '/latest/meta-data/' });\nhttps.request({ hostname: config.paymentsHost, path: '/v1' });\nhttps.request({ host: 'example.com', path: '/' });\nhttp.request({ host: 'redis', port: 8001 });\nhttps.request({ hostname: process.env.PARTNER_HOST || 'partner.acme.io' });\nhttp.request({ socketPath: '/var/run/docker.sock', host: 'docker.acme.io', path: '/containers/json' });",
      options: [{ strict: true }],
    },
    // Command-line options: no default, an empty or placeholder default, a flag that names no secret,
    // a parser before a numeric default, a description that mentions a password.
    {
      code: "import { program } from 'commander';\nprogram.option('-p, --password <password>', 'database password (default: none)');\nprogram.option('--token <token>', 'API token', '');\nprogram.option('--secret <secret>', 'session secret', 'changeme');\nprogram.option('-u, --user <user>', 'user name', 'deploy-bot-2024');\nprogram.option('--retries <n>', 'retries', parseInt, 3);\nprogram.option('--ask', 'ask for the password', 'Enter your password');\nyargs(argv).option('password', { describe: 'the password', type: 'string' }).option('user', { default: 'Sup3rUser!2024' });",
      options: [{ strict: true }],
    },
    // A URL whose host the code builds, or a base that ends before its host does, names no remote service.
    {
      code: "export const regional = (region, path) => fetch(`https://api.${region}.torn.com${path}`);\nconst BASE = 'https://api.';\nexport const other = (domain) => fetch(`${BASE}${domain}/v1`);\nconst LOCAL = 'http://localhost:8080';\nexport const local = (path) => fetch(LOCAL + path);",
      options: [{ remoteApis: true }],
    },
    // A remote API's host is strict's concern (remoteApis), as its URL is.
    { code: "const https = require('https');\nhttps.request({ hostname: 'api.stripe.com', path: '/v1/charges', method: 'POST' }, onResponse);", languageOptions: ESPREE_COMMONJS },
    // Configuration files that only development or tests load: node-config, Sails and Strapi layouts;
    // scripts that start a development run, by their names.
    ...[
      'config/development.js',
      'config/local.js',
      'config/local-development.js',
      'config/env/development.js',
      'config/env/development/database.js',
      'config/test.js',
      'C:\\app\\config\\dev.js',
      'dist/server-dev.js',
      'src/app.dev.js',
      'scripts/dev-server.js',
      'scripts/dev.mjs',
      'scripts/dev-with-log.js',
    ].map((filename) => ({
      code: "module.exports = { db: { password: 'Xk9mPq2wLs' }, session: { secret: process.env.SESSION_SECRET || 'dev-session-secret' } };",
      filename,
      languageOptions: COMMONJS,
    })),
    { code: "export default ({ env }) => ({ connection: { password: env('DATABASE_PASSWORD', 'strap14512i') } });", filename: 'config/env/development/database.ts' },
    // Database seeds (Knex, Sequelize, Prisma layouts) and test fixture modules: the demo users a development or test database is filled with.
    ...['prisma/seed.ts', 'src/db/seeds/01_users.ts', 'db/seeders/20240101-admin.js', 'src/users.seed.ts', 'C:\\app\\seeds\\users.ts', 'dist/db/fixtures.js', 'src/users.fixture.ts', 'dist/testCredentials.js', 'src/handler/mock-events.ts', 'src/users.mock.ts', 'src/mockData.js', 'src/mock/users.js'].map((filename) => ({
      code: "export async function seed(knex) {\n  await knex('users').insert([{ username: 'admin', password: 'Adm1nPass!' }]);\n  await prisma.user.create({ data: { email: 'demo@acme.io', password: await bcrypt.hash('D3moPass!', 10) } });\n}",
      filename,
    })),
    // Mock data for an email preview (@vendure/email-plugin's lib/src/handler/mock-events.js): made-up one-time tokens.
    {
      code: "export const mockAccountRegistrationEvent = new AccountRegistrationEvent({}, new User({ authenticationMethods: [new NativeAuthenticationMethod({ identifier: 'test@test.com', verificationToken: 'MjAxOC0xMS0xM1QxNToxNToxNC42ODda_US2U6UK1WZC7NDAX' })] }));",
      filename: 'lib/src/handler/mock-events.js',
    },
    // Four four-letter groups that are no app password: its documented sample, a label, a hint.
    "export const smtp = { pass: 'abcd efgh ijkl mnop', label: 'ppzj vzgj awme szjr', passwordHint: 'must have more than', password: 'xxxx xxxx xxxx xxxx' };",
    // A dependency-injection token built as a name applied to a name (@nestjs/bullmq).
    "export const BULL_CONFIG_DEFAULT_TOKEN = 'BULLMQ_CONFIG(default)';\nexport const getSharedConfigToken = (key) => (key ? `BULLMQ_CONFIG(${key})` : BULL_CONFIG_DEFAULT_TOKEN);",
    // Code a generator writes into an app: AdonisJS's installer adds the variables' validations to `start/env.ts`.
    "await codemods.defineEnvValidations({ variables: { REDIS_PASSWORD: 'Env.schema.string.optional()', API_TOKEN: 'secrets.read()' } });",
    // `pass` after other words is no password: a render pass, a boarding pass.
    "const renderPass = process.env.RENDER_PASS || 'Zq81pW3k9x';\nconst boardingPass = 'Zq81pW3k9x';",
    // A public mail provider's shared SMTP endpoint as a fallback: the same for every customer, useless without credentials.
    // A public mail provider's shared endpoint written out, as nodemailer's `service: 'gmail'` names it: the credentials are the configuration.
    "const nodemailer = require('nodemailer');\nexport const gmail = nodemailer.createTransport({ service: 'gmail', host: 'smtp.gmail.com', port: 465, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });\nexport const sendgrid = nodemailer.createTransport({ host: 'smtp.sendgrid.net', auth: { user: 'apikey', pass: process.env.SENDGRID_API_KEY } });",
    "module.exports = { smtp: { host: 'smtp.office365.com', user: process.env.SMTP_USER } };",
    "const nodemailer = require('nodemailer');\nexport const mailer = nodemailer.createTransport(`smtps://${encodeURIComponent(config.user)}:${encodeURIComponent(config.pass)}@smtp.gmail.com`);",
    "const mail = { host: process.env.MAIL_HOST || 'smtp.gmail.com', user: process.env.MAIL_USER || '' };\nconst SMTP_SERVER = process.env.SMTP_SERVER ?? 'email-smtp.us-east-1.amazonaws.com';",
    // Bots' tokens read from the environment, and a stand-in for one.
    "const Eris = require('eris');\nconst bot = Eris(process.env.DISCORD_TOKEN);\nconst other = new Eris.Client('YOUR_BOT_TOKEN');",
    // Words that say what goes there, and a scheme's word before a placeholder (a Twitch chat password starts `oauth:`).
    "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ service: 'gmail', auth: { user: 'sender email', pass: 'sender password' } });",
    "const tmi = require('tmi.js');\nconst client = new tmi.Client({ identity: { username: 'your_bot_username', password: 'oauth:YOUR_OAUTH_TOKEN' } });",
    // A Slack Bolt app started on the environment's port.
    "import { App } from '@slack/bolt';\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });\nawait app.start(process.env.PORT || 3000);",
    // A Telegraf bot's webhook on the environment's port, a bot that polls, and launch() of something else.
    "const TelegramBot = require('node-telegram-bot-api');\nconst bot = new TelegramBot(process.env.BOT_TOKEN, { webHook: { port: process.env.PORT } });\nconst poller = new TelegramBot(process.env.BOT_TOKEN, { polling: true });",
    "const { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: Number(process.env.PORT) } });\nconst polling = new Telegraf(process.env.BOT_TOKEN);\npolling.launch();\nrocket.launch({ webhook: { port: 8443 } });",
    // A restana service started on the environment's port; start() of a restana service made elsewhere is not judged by name.
    "const restana = require('restana');\nconst service = restana();\nservice.start(process.env.PORT || 3000);\njob.start(3000);",
    // GraphQL Yoga's own servers with the environment's port; start() of anything else takes no port.
    "import { GraphQLServer } from 'graphql-yoga';\nconst server = new GraphQLServer({ typeDefs, resolvers });\nserver.start({ port: process.env.PORT || 4000 });\nqueue.start({ port: 4000 });",
    "import { createServer } from '@graphql-yoga/node';\nconst server = createServer({ schema, port: Number(process.env.PORT ?? 4000) });\nawait server.start();",
    // boardgame.io's server.run() with the environment's port; run() of anything else takes no port.
    "const { Server } = require('boardgame.io/server');\nconst server = Server({ games: [Chess] });\nserver.run(Number(process.env.PORT ?? 8000));\nserver.run({ port: Number(process.env.PORT) });\ntask.run(8002);\nnew Worker().run(3000);",
    "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST || 'smtp.sendgrid.net', port: 587 });",
    // Zoho's endpoint of another data centre, and other public providers' endpoints.
    "const nodemailer = require('nodemailer');\nexport const zoho = nodemailer.createTransport({ host: process.env.EMAIL_HOST || 'smtp.zoho.in', port: 465 });\nexport const qq = nodemailer.createTransport({ host: process.env.EMAIL_HOST ?? 'smtp.qq.com', port: 465 });",
    // A test inbox, which delivers nothing: nodemailer's Ethereal (when no SMTP server is configured), Mailtrap's sandbox.
    "const nodemailer = require('nodemailer');\nexport async function getTransport() {\n  if (process.env.SMTP_HOST) return nodemailer.createTransport({ host: process.env.SMTP_HOST });\n  const account = await nodemailer.createTestAccount();\n  return nodemailer.createTransport({ host: 'smtp.ethereal.email', port: 587, auth: { user: account.user, pass: account.pass } });\n}",
    "export const mail = { smtp: { host: 'sandbox.smtp.mailtrap.io', port: 2525 } };",
    // ... and a test inbox's account is a development setting as its host is (strict reports both).
    "const nodemailer = require('nodemailer');\nexport const mailer = nodemailer.createTransport({ host: 'sandbox.smtp.mailtrap.io', port: 2525, auth: { user: 'a71899af5ab622', pass: '6fc90e1362b7ad' } });",
    // The provider is the configuration's choice (form.io's mailer): its shared SMTP endpoint comes with the branch taken for it.
    `const nodemailer = require('nodemailer');
function createMailer(settings, config) {
  switch (settings.type) {
    case 'sendgrid':
      return nodemailer.createTransport({ host: 'smtp.sendgrid.net', port: 587, auth: { user: 'apikey', pass: settings.apiKey } });
    case 'default':
      if (config && config.email.type === 'mailgun') return nodemailer.createTransport({ host: 'smtp.mailgun.org', auth: settings.auth });
      return settings.provider === 'Gmail' ? nodemailer.createTransport({ host: 'smtp.gmail.com', auth: settings.auth }) : null;
  }
}
// NodeBB: the Gmail transport is enabled in the admin's settings.
if (parseInt(meta.config['email:GmailTransport:enabled'], 10) === 1) {
  transports.gmail = nodemailer.createTransport({ host: 'smtp.gmail.com', port: 465, auth: { user: meta.config['email:GmailTransport:user'] } });
}`,
    // A parameter called process, or env destructured from something else, is not Node's environment.
    "export function secretOf(process) { return process.env.JWT_SECRET || 'hunter2-prod-signing'; }",
    "const { env } = config;\nexport const token = env.API_TOKEN || 'hunter2-prod-signing';",
    // An environment read by a name chosen at run time, through an alias, or by a constant key is one too.
    { code: "const redisUrl = process.env[getRedisEnv()] || process.env[redisUrlEnv] || 'redis://localhost:6379';", options: [{ strict: true }] },
    { code: "const env = process.env;\nconst redisUrl = env.REDIS_URL || 'redis://localhost:6379';", options: [{ strict: true }] },
    { code: "const KEY = 'REDIS_URL';\nconst redisUrl = process.env[KEY] ?? 'redis://localhost:6379';", options: [{ strict: true }] },
    { code: "import axios from 'axios';\naxios.get('/api/users');\nfetch(`${process.env.API_URL}/users`);", options: [{ strict: true }] },
    { code: "const key = 'user:42:profile';\nconst cacheKey = 'session-store';", options: [{ strict: true }] },
    // Compiled classes: the `key` of a property descriptor is a method's name.
    { code: `_createClass(Chart, [{ key: '${RANDOM_B62}', value: function () { return 1; } }, { key: 'handleFormat2DArray', value: function (e, t) {} }, { key: '${RANDOM_HEX}', get: () => 2 }]);`, options: [{ strict: true }] },
    { code: "import { createClient } from 'redis';\nexport const connect = (credentials) => createClient({ socket: { host: credentials.host || 'localhost' } });", options: [{ strict: true }] },
    { code: "const salt = 'abc';\nconst NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';", options: [{ strict: true }] },
    { code: "function fetch(u) { return u; }\nfetch('https://api.github.com/repos');", options: [{ strict: true }] },
    // Cloud platforms' instance metadata services: the same address on every machine.
    {
      code: "const base = 'http://169.254.169.254/latest';\nawait fetch(`${base}/api/token`, { method: 'PUT' });\nawait fetch('http://169.254.170.2/v2/credentials');\nawait fetch('http://[fd00:ec2::254]/latest/meta-data/');\nawait fetch('http://metadata.google.internal/computeMetadata/v1/instance/id', { headers: { 'Metadata-Flavor': 'Google' } });",
      options: [{ strict: true }],
    },
  ],
  invalid: [
    // A signing secret's fallback is a known secret whatever it says.
    // A stand-in without a vendor's format may be what the app signs or checks with.
    {
      code: "export const auth = { jwtSecret: process.env.JWT_SECRET || 'your-secret-key-here' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'your…' }, suggestions: removeFallback("export const auth = { jwtSecret: process.env.JWT_SECRET || 'your-secret-key-here' };", "process.env.JWT_SECRET || 'your-secret-key-here'", 'process.env.JWT_SECRET') }],
    },
    // A security key (`JWT_SECURITY_KEY`) is a key the app signs with.
    {
      code: "export const config = { jwtSecurityKey: process.env.JWT_SECURITY_KEY || 'change-me-1234567890' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECURITY_KEY', masked: 'chan…' }, suggestions: removeFallback("export const config = { jwtSecurityKey: process.env.JWT_SECURITY_KEY || 'change-me-1234567890' };", "process.env.JWT_SECURITY_KEY || 'change-me-1234567890'", 'process.env.JWT_SECURITY_KEY') }],
    },
    {
      code: "module.exports = { secureKey: process.env.SECUREKEY || '4DYHobqPfrR6GPFdDTuIIJQnw@J#K2tK' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.SECUREKEY', masked: '4DYH…' }, suggestions: removeFallback("module.exports = { secureKey: process.env.SECUREKEY || '4DYHobqPfrR6GPFdDTuIIJQnw@J#K2tK' };", "process.env.SECUREKEY || '4DYHobqPfrR6GPFdDTuIIJQnw@J#K2tK'", 'process.env.SECUREKEY') }],
    },
    {
      code: "export const stripeKey = process.env.STRIPE_SECRET_KEY || 'sk_test_devkey1';",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.STRIPE_SECRET_KEY', masked: 'sk_t…' }, suggestions: removeFallback("export const stripeKey = process.env.STRIPE_SECRET_KEY || 'sk_test_devkey1';", "process.env.STRIPE_SECRET_KEY || 'sk_test_devkey1'", 'process.env.STRIPE_SECRET_KEY') }],
    },
    {
      code: "export const auth = { jwtSecret: process.env.JWT_SECRET || 'not-needed' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'not…' }, suggestions: removeFallback("export const auth = { jwtSecret: process.env.JWT_SECRET || 'not-needed' };", "process.env.JWT_SECRET || 'not-needed'", 'process.env.JWT_SECRET') }],
    },
    // Supabase's new secret key, handed to its client positionally.
    {
      code: `import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient('https://abcd.supabase.co', '${SUPABASE_SECRET}');`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Supabase secret key', masked: 'sb_s…', envName: 'SUPABASE_SECRET_KEY' }, suggestions: useEnv(`import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient('https://abcd.supabase.co', '${SUPABASE_SECRET}');`, `'${SUPABASE_SECRET}'`, 'process.env.SUPABASE_SECRET_KEY') }],
    },
    // A Supabase service-role key in a const is a credential, in strict too.
    {
      code: `const SUPABASE_SERVICE_ROLE_KEY = '${SUPABASE_SERVICE}';`,
      options: [{ strict: true }],
      errors: [{ messageId: 'tokenFormat', data: { format: 'JSON Web Token', masked: 'eyJh…', envName: 'SUPABASE_SERVICE_ROLE_KEY' }, suggestions: useEnv(`const SUPABASE_SERVICE_ROLE_KEY = '${SUPABASE_SERVICE}';`, `'${SUPABASE_SERVICE}'`, 'process.env.SUPABASE_SERVICE_ROLE_KEY') }],
    },
    // The variable a fix reads keeps a name's digits on their word: `S3_SECRET`, not `S_3_SECRET`.
    {
      code: "const S3_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9x8a7b6c';",
      errors: [{ messageId: 'secretName', data: { kind: 'secret', name: 'S3_SECRET', masked: 'wJal…', envName: 'S3_SECRET' }, suggestions: useEnv("const S3_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9x8a7b6c';", "'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9x8a7b6c'", 'process.env.S3_SECRET') }],
    },
    // Google's app password, written with the spaces its account page shows: under a password's name, as a fallback.
    {
      code: "const EMAIL_PASSWORD = 'ppzj vzgj awme szjr';\nexport const smtp = { pass: process.env.SMTP_PASS || 'hjmz efil jhep avln' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'password', name: 'EMAIL_PASSWORD', masked: 'ppzj…', envName: 'EMAIL_PASSWORD' }, suggestions: useEnv("const EMAIL_PASSWORD = 'ppzj vzgj awme szjr';\nexport const smtp = { pass: process.env.SMTP_PASS || 'hjmz efil jhep avln' };", "'ppzj vzgj awme szjr'", 'process.env.EMAIL_PASSWORD') },
        { messageId: 'envFallback', data: { variable: 'process.env.SMTP_PASS', masked: 'hjmz…' }, suggestions: removeFallback("const EMAIL_PASSWORD = 'ppzj vzgj awme szjr';\nexport const smtp = { pass: process.env.SMTP_PASS || 'hjmz efil jhep avln' };", "process.env.SMTP_PASS || 'hjmz efil jhep avln'", 'process.env.SMTP_PASS') },
      ],
    },
    // A credential format leaks wherever it is written, minified or not.
    {
      name: 'minified: a Stripe secret key',
      code: MINIFIED_STRIPE,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Stripe secret key', masked: first4(STRIPE), envName: 'STRIPE_SECRET_KEY' }, suggestions: useEnv(MINIFIED_STRIPE, `"${STRIPE}"`, 'process.env.STRIPE_SECRET_KEY') }],
    },
    // ---- 1. Known token formats
    {
      code: c.token,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' },
          line: 1,
          column: 12,
          endColumn: 12 + GITHUB.length + 2,
          suggestions: useEnv(c.token, `'${GITHUB}'`, 'process.env.GITHUB_TOKEN'),
        },
      ],
    },
    {
      code: c.tokenNamed,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'Stripe secret key', masked: first4(STRIPE), envName: 'STRIPE_SECRET_KEY' },
          suggestions: useEnv(c.tokenNamed, `'${STRIPE}'`, 'process.env.STRIPE_SECRET_KEY'),
        },
      ],
    },
    // A key whose name ends the vendor's variable gets the vendor's: the AWS SDK reads AWS_ACCESS_KEY_ID.
    {
      code: `export const s3 = new S3Client({ credentials: { accessKeyId: '${'AKIA' + 'JR5YNMD5HXIPIWGA'}' } });`,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'AWS access key ID', masked: 'AKIA…', envName: 'AWS_ACCESS_KEY_ID' },
          suggestions: useEnv(`export const s3 = new S3Client({ credentials: { accessKeyId: '${'AKIA' + 'JR5YNMD5HXIPIWGA'}' } });`, `'${'AKIA' + 'JR5YNMD5HXIPIWGA'}'`, 'process.env.AWS_ACCESS_KEY_ID'),
        },
      ],
    },
    {
      code: `const archiveAccessKeyId = '${'AKIA' + 'JR5YNMD5HXIPIWGA'}';`,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'AWS access key ID', masked: 'AKIA…', envName: 'ARCHIVE_ACCESS_KEY_ID' },
          suggestions: useEnv(`const archiveAccessKeyId = '${'AKIA' + 'JR5YNMD5HXIPIWGA'}';`, `'${'AKIA' + 'JR5YNMD5HXIPIWGA'}'`, 'process.env.ARCHIVE_ACCESS_KEY_ID'),
        },
      ],
    },
    // Quotes around a password leave it a password.
    {
      // A secret or password the owner chose may be weak and still be the one in use.
      code: "export const auth = { jwtSecret: '1234567890', adminPassword: '0987654321' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'secret', name: 'auth.jwtSecret', masked: '123…', envName: 'AUTH_JWT_SECRET' }, suggestions: useEnv("export const auth = { jwtSecret: '1234567890', adminPassword: '0987654321' };", "'1234567890'", 'process.env.AUTH_JWT_SECRET') },
        { messageId: 'secretName', data: { kind: 'password', name: 'auth.adminPassword', masked: '098…', envName: 'AUTH_ADMIN_PASSWORD' }, suggestions: useEnv("export const auth = { jwtSecret: '1234567890', adminPassword: '0987654321' };", "'0987654321'", 'process.env.AUTH_ADMIN_PASSWORD') },
      ],
    },
    {
      // Without a production entry beside it, a `development` object is no settings map's entry.
      code: "const development = { jwt_secret: 'bbrM9xK2pQ7vL4nR8tY3' };\nconst staging = { jwt_secret: 'Zq8wE3rT6yU1iO4pA7sD' };\nmodule.exports = { development, staging };",
      languageOptions: COMMONJS,
      errors: [
        { messageId: 'secretName', data: { kind: 'secret', name: 'jwt_secret', masked: 'bbrM…', envName: 'JWT_SECRET' }, suggestions: useEnv("const development = { jwt_secret: 'bbrM9xK2pQ7vL4nR8tY3' };\nconst staging = { jwt_secret: 'Zq8wE3rT6yU1iO4pA7sD' };\nmodule.exports = { development, staging };", "'bbrM9xK2pQ7vL4nR8tY3'", 'process.env.JWT_SECRET') },
        { messageId: 'secretName', data: { kind: 'secret', name: 'jwt_secret', masked: 'Zq8w…', envName: 'JWT_SECRET' }, suggestions: useEnv("const development = { jwt_secret: 'bbrM9xK2pQ7vL4nR8tY3' };\nconst staging = { jwt_secret: 'Zq8wE3rT6yU1iO4pA7sD' };\nmodule.exports = { development, staging };", "'Zq8wE3rT6yU1iO4pA7sD'", 'process.env.JWT_SECRET') },
      ],
    },
    {
      // A login sent to an API is no form's input.
      code: "export const login = () => api.post('/login', { username: 'admin', password: 'Adm1n!2024' });",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'Adm…', envName: 'PASSWORD' }, suggestions: useEnv("export const login = () => api.post('/login', { username: 'admin', password: 'Adm1n!2024' });", "'Adm1n!2024'", 'process.env.PASSWORD') }],
    },
    {
      // A bare `key` under `api` is an API key; under another name (`weather.key`) only strict's entropy check judges it.
      code: "module.exports = {\n  api: { key: '4aee8c1d9f2b47e6a3c05d7e81f9b2c4', url: process.env.API_URL },\n  weather: { key: '9b1f0e7d3c2a48b6a5d4c3b2a1f0e9d8' },\n  labels: { api: { key: 'API key' } },\n};",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretName', data: { kind: 'API key', name: 'api.key', masked: '4aee…', envName: 'API_KEY' }, suggestions: useEnv("module.exports = {\n  api: { key: '4aee8c1d9f2b47e6a3c05d7e81f9b2c4', url: process.env.API_URL },\n  weather: { key: '9b1f0e7d3c2a48b6a5d4c3b2a1f0e9d8' },\n  labels: { api: { key: 'API key' } },\n};", "'4aee8c1d9f2b47e6a3c05d7e81f9b2c4'", 'process.env.API_KEY') }],
    },
    {
      // `pass` after a mail provider's name is its SMTP password; a bypass is not one.
      code: "module.exports = {\n  MAILGUN_USER: 'postmaster@sandbox301e.mailgun.org',\n  MAILGUN_PASS: '26478420d1a04deb40a8ab1ab5c66975-c322068c-1873dca6',\n  bypass: 'Xk9vQ2mL7pR4tY8w',\n};",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'MAILGUN_PASS', masked: '2647…', envName: 'MAILGUN_PASS' }, suggestions: useEnv("module.exports = {\n  MAILGUN_USER: 'postmaster@sandbox301e.mailgun.org',\n  MAILGUN_PASS: '26478420d1a04deb40a8ab1ab5c66975-c322068c-1873dca6',\n  bypass: 'Xk9vQ2mL7pR4tY8w',\n};", "'26478420d1a04deb40a8ab1ab5c66975-c322068c-1873dca6'", 'process.env.MAILGUN_PASS') }],
    },
    {
      code: "const password = '\"hunter2\"';",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: '"hu…', envName: 'PASSWORD' }, suggestions: useEnv("const password = '\"hunter2\"';", "'\"hunter2\"'", 'process.env.PASSWORD') }],
    },
    // knex's connection settings are the database's; a service's own connection keeps its name.
    {
      code: "module.exports = { client: 'pg', connection: { host: process.env.DB_HOST, password: 'justapassword' } };",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'connection.password', masked: 'just…', envName: 'DB_PASSWORD' }, suggestions: useEnv("module.exports = { client: 'pg', connection: { host: process.env.DB_HOST, password: 'justapassword' } };", "'justapassword'", 'process.env.DB_PASSWORD') }],
    },
    // Secrets of one length side by side are a table of secrets, not of generated names: their keys say so.
    {
      code: "export const secrets = { JWT_SECRET: 'a4f8e2c9b1d7f3a6e0c5', SESSION_SECRET: 'b7d2f9a1c8e4b6d0f3a7', name: 'd9f3b7e1a5c9d2f6b0e4', region: 'e2a6c0f4b8d1e5a9c3f7' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'secret', name: 'secrets.JWT_SECRET', masked: 'a4f8…', envName: 'JWT_SECRET' }, suggestions: useEnv("export const secrets = { JWT_SECRET: 'a4f8e2c9b1d7f3a6e0c5', SESSION_SECRET: 'b7d2f9a1c8e4b6d0f3a7', name: 'd9f3b7e1a5c9d2f6b0e4', region: 'e2a6c0f4b8d1e5a9c3f7' };", "'a4f8e2c9b1d7f3a6e0c5'", 'process.env.JWT_SECRET') },
        { messageId: 'secretName', data: { kind: 'secret', name: 'secrets.SESSION_SECRET', masked: 'b7d2…', envName: 'SESSION_SECRET' }, suggestions: useEnv("export const secrets = { JWT_SECRET: 'a4f8e2c9b1d7f3a6e0c5', SESSION_SECRET: 'b7d2f9a1c8e4b6d0f3a7', name: 'd9f3b7e1a5c9d2f6b0e4', region: 'e2a6c0f4b8d1e5a9c3f7' };", "'b7d2f9a1c8e4b6d0f3a7'", 'process.env.SESSION_SECRET') },
      ],
    },
    // A value that does not start with the key's word is no component named after it.
    {
      code: "export const db = { password: 'MyPasswordWidget' };",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'db.password', masked: 'MyPa…', envName: 'DB_PASSWORD' }, suggestions: useEnv("export const db = { password: 'MyPasswordWidget' };", "'MyPasswordWidget'", 'process.env.DB_PASSWORD') }],
    },
    {
      code: "export const queue = { redis: { connection: { password: 'r3disPassw0rd' } } };",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'redis.connection.password', masked: 'r3di…', envName: 'REDIS_CONNECTION_PASSWORD' }, suggestions: useEnv("export const queue = { redis: { connection: { password: 'r3disPassw0rd' } } };", "'r3disPassw0rd'", 'process.env.REDIS_CONNECTION_PASSWORD') }],
    },
    {
      code: c.tokenTemplate,
      errors: [{ messageId: 'tokenFormat', data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' }, suggestions: [] }],
    },
    {
      // The fix keeps the scheme: only the credential comes from the environment.
      code: c.tokenBearer,
      errors: [{ messageId: 'tokenFormat', data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' }, suggestions: useEnv(c.tokenBearer, `'Bearer ${GITHUB}'`, '`Bearer ${process.env.GITHUB_TOKEN}`') }],
    },
    {
      // A bot's token in a Bot API URL: the token is part of the path.
      code: `await fetch('https://api.telegram.org/bot${TELEGRAM}/sendMessage', { method: 'POST' });`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Telegram bot token', masked: first4(TELEGRAM), envName: 'TELEGRAM_BOT_TOKEN' }, suggestions: [] }],
    },
    {
      // A constant's token used in a template is the constant's finding, reported once where it is written;
      // a token the template's own text holds is reported there.
      code: `const TELEGRAM_TOKEN = '${TELEGRAM}';\nawait fetch(\`https://api.telegram.org/bot\${TELEGRAM_TOKEN}/sendMessage\`);\nawait fetch(\`https://api.telegram.org/bot${TELEGRAM}/\${method}\`);`,
      errors: [
        { messageId: 'tokenFormat', line: 1, data: { format: 'Telegram bot token', masked: first4(TELEGRAM), envName: 'TELEGRAM_TOKEN' }, suggestions: useEnv(`const TELEGRAM_TOKEN = '${TELEGRAM}';\nawait fetch(\`https://api.telegram.org/bot\${TELEGRAM_TOKEN}/sendMessage\`);\nawait fetch(\`https://api.telegram.org/bot${TELEGRAM}/\${method}\`);`, `'${TELEGRAM}'`, 'process.env.TELEGRAM_TOKEN') },
        { messageId: 'tokenFormat', line: 3, data: { format: 'Telegram bot token', masked: first4(TELEGRAM), envName: 'TELEGRAM_BOT_TOKEN' }, suggestions: [] },
      ],
    },
    {
      // Any issuer's token in an Authorization header; the header's name is no variable's name.
      code: c.bearer,
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(BEARER), envName: 'API_TOKEN' }, suggestions: useEnv(c.bearer, `'Bearer ${BEARER}'`, '`Bearer ${process.env.API_TOKEN}`') }],
    },
    {
      code: c.bearerHeader,
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(BEARER), envName: 'API_TOKEN' }, suggestions: useEnv(c.bearerHeader, `'Bearer ${BEARER}'`, '`Bearer ${process.env.API_TOKEN}`') }],
    },
    {
      code: `const headers = { Authorization: 'Bearer ' + '${BEARER}' };`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(BEARER), envName: 'API_TOKEN' }, suggestions: [] }],
    },
    {
      // The scheme some APIs take instead: `Token …` (Django REST framework, Deepgram), GitHub's `token …`.
      code: `const api = axios.create({ headers: { Authorization: 'Token ${BEARER}' } });`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(BEARER), envName: 'API_TOKEN' }, suggestions: useEnv(`const api = axios.create({ headers: { Authorization: 'Token ${BEARER}' } });`, `'Token ${BEARER}'`, '`Token ${process.env.API_TOKEN}`') }],
    },
    {
      // The key some APIs take as the header's whole value, without a scheme.
      code: `fetch(url, { headers: { Authorization: '${RANDOM_HEX}' } });`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(RANDOM_HEX), envName: 'API_TOKEN' }, suggestions: useEnv(`fetch(url, { headers: { Authorization: '${RANDOM_HEX}' } });`, `'${RANDOM_HEX}'`, 'process.env.API_TOKEN') }],
    },
    {
      // A UUID as the key.
      code: "const config = { baseUrl: 'https://api.example.com/v1', headers: { authorization: '5f0c2a9e-7d41-4b8a-9e13-2c6d8f4a1b70' } };",
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'token of an Authorization header', masked: '5f0c…', envName: 'API_TOKEN' },
          suggestions: useEnv(
            "const config = { baseUrl: 'https://api.example.com/v1', headers: { authorization: '5f0c2a9e-7d41-4b8a-9e13-2c6d8f4a1b70' } };",
            "'5f0c2a9e-7d41-4b8a-9e13-2c6d8f4a1b70'",
            'process.env.API_TOKEN',
          ),
        },
      ],
    },
    {
      code: `const headers = { 'Proxy-Authorization': '${RANDOM_HEX}' };\nrequest.headers.authorization = '${BEARER}';`,
      errors: [
        { messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(RANDOM_HEX), envName: 'API_TOKEN' }, suggestions: useEnv(`const headers = { 'Proxy-Authorization': '${RANDOM_HEX}' };\nrequest.headers.authorization = '${BEARER}';`, `'${RANDOM_HEX}'`, 'process.env.API_TOKEN') },
        { messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(BEARER), envName: 'API_TOKEN' }, suggestions: useEnv(`const headers = { 'Proxy-Authorization': '${RANDOM_HEX}' };\nrequest.headers.authorization = '${BEARER}';`, `'${BEARER}'`, 'process.env.API_TOKEN') },
      ],
    },
    {
      // A header set by name on a request, a response or a Fetch API `Headers`.
      code: HEADER_SETTERS,
      errors: [
        { messageId: 'secretName', data: { kind: 'API key', name: 'x-api-key', masked: first4(RANDOM_B62), envName: 'X_API_KEY' }, suggestions: useEnv(HEADER_SETTERS, `'${RANDOM_B62}'`, 'process.env.X_API_KEY') },
        { messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(RANDOM_HEX), envName: 'API_TOKEN' }, suggestions: useEnv(HEADER_SETTERS, `'${RANDOM_HEX}'`, 'process.env.API_TOKEN') },
      ],
    },
    {
      // A server that lets in whoever sends this key: every client's credential, written here.
      code: `if (req.headers.authorization !== '${RANDOM_HEX}') return res.sendStatus(401);`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(RANDOM_HEX), envName: 'API_TOKEN' }, suggestions: useEnv(`if (req.headers.authorization !== '${RANDOM_HEX}') return res.sendStatus(401);`, `'${RANDOM_HEX}'`, 'process.env.API_TOKEN') }],
    },
    {
      code: c.basicHeader,
      errors: [{ messageId: 'tokenFormat', data: { format: 'HTTP Basic credentials', masked: first4(BASIC), envName: 'BASIC_AUTH_CREDENTIALS' }, suggestions: useEnv(c.basicHeader, `'Basic ${BASIC}'`, '`Basic ${process.env.BASIC_AUTH_CREDENTIALS}`') }],
    },
    {
      code: `const el = <Client auth='Bearer ${BEARER}' />;`,
      filename: 'client.tsx',
      errors: [{ messageId: 'tokenFormat', data: { format: 'token of an Authorization header', masked: first4(BEARER), envName: 'API_TOKEN' }, suggestions: useEnv(`const el = <Client auth='Bearer ${BEARER}' />;`, `'Bearer ${BEARER}'`, '{`Bearer ${process.env.API_TOKEN}`}') }],
    },
    // An SDK's generic option is suggested under the service's name (the variable OpenAI's and
    // Anthropic's SDKs read themselves); a helper of the project's own, or no package, keeps it generic.
    ...[
      { module: 'openai', envName: 'OPENAI_API_KEY' },
      { module: '@anthropic-ai/sdk', envName: 'ANTHROPIC_API_KEY' },
      { module: 'groq-sdk', envName: 'GROQ_API_KEY' },
      { module: './client', envName: 'API_KEY' },
      { module: 'node:https', envName: 'API_KEY' },
    ].map(({ module, envName }) => {
      const code = `import Client from '${module}';\nexport const client = new Client({ apiKey: '${RANDOM_B62}' });`;
      return { code, errors: [{ messageId: 'secretName' as const, data: { kind: 'API key', name: 'apiKey', masked: first4(RANDOM_B62), envName }, suggestions: useEnv(code, `'${RANDOM_B62}'`, `process.env.${envName}`) }] };
    }),
    // A passport strategy's options are named for its provider: `GITHUB_CLIENT_SECRET`, not a
    // `CLIENT_SECRET` every provider's strategy would share.
    ...[
      { load: "const GitHubStrategy = require('passport-github2').Strategy;", strategy: 'GitHubStrategy', envName: 'GITHUB_CLIENT_SECRET' },
      { load: "import { Strategy as GoogleStrategy } from 'passport-google-oauth20';", strategy: 'GoogleStrategy', envName: 'GOOGLE_CLIENT_SECRET' },
      { load: "import { Strategy as LinkedInStrategy } from 'passport-linkedin-oauth2';", strategy: 'LinkedInStrategy', envName: 'LINKEDIN_CLIENT_SECRET' },
      { load: "import { Strategy as OAuthStrategy } from './strategies/oauth';", strategy: 'OAuthStrategy', envName: 'CLIENT_SECRET' },
    ].map(({ load, strategy, envName }) => {
      const code = `${load}\npassport.use(new ${strategy}({ clientID: process.env.OAUTH_CLIENT_ID, clientSecret: '${RANDOM_B62}', callbackURL: '/auth/callback' }, verify));`;
      return {
        code,
        languageOptions: load.startsWith('const') ? COMMONJS : {},
        errors: [{ messageId: 'secretName' as const, data: { kind: 'secret', name: 'clientSecret', masked: first4(RANDOM_B62), envName }, suggestions: useEnv(code, `'${RANDOM_B62}'`, `process.env.${envName}`) }],
      };
    }),
    {
      // A key under another key names its own variable.
      code: RAZORPAY,
      languageOptions: COMMONJS,
      errors: [
        { messageId: 'secretName', data: { kind: 'secret', name: 'key_secret', masked: first4(RANDOM_B62), envName: 'RAZORPAY_KEY_SECRET' }, suggestions: useEnv(RAZORPAY, `'${RANDOM_B62}'`, 'process.env.RAZORPAY_KEY_SECRET') },
        { messageId: 'secretName', data: { kind: 'secret', name: 'auth.secret', masked: first4(RANDOM_HEX), envName: 'AUTH_SECRET' }, suggestions: useEnv(RAZORPAY, `'${RANDOM_HEX}'`, 'process.env.AUTH_SECRET') },
      ],
    },
    // A package's name without its generic words leads the variable (`paypal-rest-sdk` → `PAYPAL`);
    // a project folder imported through a path alias (`src/constants`) names no service.
    ...(
      [
        ["const paypal = require('paypal-rest-sdk');\npaypal.configure({ mode: 'live', client_secret: '%s' });", 'PAYPAL_CLIENT_SECRET'],
        ["import { CLOUDINARY } from 'src/constants';\nexport const provider = CLOUDINARY.config({ api_secret: '%s' });", 'API_SECRET'],
      ] as const
    ).map(([template, envName]) => {
      const code = template.replace('%s', RANDOM_B62);
      const name = envName.endsWith('CLIENT_SECRET') ? 'client_secret' : 'api_secret';
      return {
        code,
        errors: [{ messageId: 'secretName' as const, data: { kind: 'secret', name, masked: first4(RANDOM_B62), envName }, suggestions: useEnv(code, `'${RANDOM_B62}'`, `process.env.${envName}`) }],
      };
    }),
    {
      // A header map's name says nothing: the header's own name is the variable's.
      code: c.apiKeyHeader,
      errors: [{ messageId: 'secretName', data: { kind: 'API key', name: 'x-api-key', masked: first4(RANDOM_B62), envName: 'X_API_KEY' }, suggestions: useEnv(c.apiKeyHeader, `'${RANDOM_B62}'`, 'process.env.X_API_KEY') }],
    },
    ...(
      [
        ['AWS access key ID', AWS, 'AWS_ACCESS_KEY_ID'],
        ['Slack token', SLACK, 'SLACK_TOKEN'],
        ['Slack webhook URL', SLACK_HOOK, 'SLACK_WEBHOOK_URL'],
        ['Google API key', GOOGLE, 'GOOGLE_API_KEY'],
        ['Google OAuth client secret', GOOGLE_CLIENT_SECRET, 'GOOGLE_CLIENT_SECRET'],
        ['OpenAI API key', OPENAI, 'OPENAI_API_KEY'],
        ['Anthropic API key', ANTHROPIC, 'ANTHROPIC_API_KEY'],
        ['SendGrid API key', SENDGRID, 'SENDGRID_API_KEY'],
        ['Twilio API key', TWILIO, 'TWILIO_API_KEY'],
        ['npm access token', NPM, 'NPM_TOKEN'],
        ['GitLab personal access token', GITLAB, 'GITLAB_TOKEN'],
        ['JSON Web Token', JWT, 'API_TOKEN'],
        ['Discord webhook URL', fakeToken('discord-webhook'), 'DISCORD_WEBHOOK_URL'],
        ['Make webhook URL', fakeToken('make-webhook'), 'MAKE_WEBHOOK_URL'],
        ['webhook signing secret', fakeToken('webhook-signing-secret'), 'WEBHOOK_SECRET'],
        ['Mailchimp API key', fakeToken('mailchimp-api-key'), 'MAILCHIMP_API_KEY'],
        ['Facebook app access token', fakeToken('facebook-app-token'), 'FACEBOOK_APP_ACCESS_TOKEN'],
      ] as const
    ).map(([format, token, envName]) => {
      const code = `send('${token}');`;
      return {
        code,
        errors: [{ messageId: 'tokenFormat' as const, data: { format, masked: first4(token), envName }, suggestions: useEnv(code, `'${token}'`, `process.env.${envName}`) }],
      };
    }),
    // A Stripe webhook's signing secret handed straight to the check that trusts what it signs.
    (() => {
      const secret = fakeToken('webhook-signing-secret');
      const code = `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const verify = (body, sig) => stripe.webhooks.constructEvent(body, sig, '${secret}');`;
      return {
        code,
        errors: [{ messageId: 'tokenFormat' as const, data: { format: 'webhook signing secret', masked: first4(secret), envName: 'WEBHOOK_SECRET' }, suggestions: useEnv(code, `'${secret}'`, 'process.env.WEBHOOK_SECRET') }],
      };
    })(),
    // A Supabase service-role key bypasses row-level security: a credential like any other JWT.
    {
      code: `import { createClient } from '@supabase/supabase-js';\nexport const admin = createClient(process.env.SUPABASE_URL, '${SUPABASE_SERVICE}');`,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'JSON Web Token', masked: 'eyJh…', envName: 'API_TOKEN' },
          suggestions: useEnv(`import { createClient } from '@supabase/supabase-js';\nexport const admin = createClient(process.env.SUPABASE_URL, '${SUPABASE_SERVICE}');`, `'${SUPABASE_SERVICE}'`, 'process.env.API_TOKEN'),
        },
      ],
    },
    {
      code: `const AZURE_STORAGE = '${AZURE}';`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Azure storage account key', masked: 'Acco…', envName: 'AZURE_STORAGE' }, suggestions: [] }],
    },
    {
      code: `export const signingKey = "${PEM}";`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'private key', masked: '----…', envName: 'SIGNING_KEY' }, suggestions: [] }],
    },
    // A key split line by line into a long chain of concatenated strings (smtp-server's TLS defaults).
    {
      code: `export const tls = {\n  key: '-----BEGIN RSA ${'PRIVATE'} KEY-----\\n' +\n${Array.from({ length: 12 }, () => `  '${PEM_BODY}\\n' +\n`).join('')}  '-----END RSA PRIVATE KEY-----',\n};`,
      errors: [{ messageId: 'tokenFormat', line: 2, data: { format: 'private key', masked: '----…', envName: 'PRIVATE_KEY' }, suggestions: [] }],
    },
    {
      code: `const gh = \`${GITHUB}\`;`,
      languageOptions: ESPREE,
      errors: [{ messageId: 'tokenFormat', data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' }, suggestions: useEnv(`const gh = \`${GITHUB}\`;`, `\`${GITHUB}\``, 'process.env.GITHUB_TOKEN') }],
    },
    {
      code: `const el = <Widget token="${GITHUB}" />;`,
      filename: 'widget.tsx',
      errors: [{ messageId: 'tokenFormat', data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' }, suggestions: useEnv(`const el = <Widget token="${GITHUB}" />;`, `"${GITHUB}"`, '{process.env.GITHUB_TOKEN}') }],
    },
    {
      code: ACME_CODE,
      options: [{ additionalTokenPatterns: [{ name: 'Acme key', pattern: 'acme_[a-z0-9]{24}', prefix: 'acme_' }] }],
      errors: [{ messageId: 'tokenFormat', data: { format: 'Acme key', masked: 'acme…', envName: 'API_TOKEN' }, suggestions: useEnv(ACME_CODE, ACME_LITERAL, 'process.env.API_TOKEN') }],
    },

    // ---- 2. Credentials inside connection strings
    {
      code: c.conn,
      errors: [
        {
          messageId: 'connectionCredentials',
          data: { scheme: 'postgres', masked: 'S3…', envName: 'DATABASE_URL' },
          line: 1,
          column: 43,
          suggestions: useEnv(c.conn, "'postgres://app:S3cretPw@db.internal:5432/app'", 'process.env.DATABASE_URL'),
        },
      ],
    },
    // An older Atlas cluster's host, its id after a hyphen: a real cluster, unlike the template `cluster0.mongodb.net`.
    {
      code: "module.exports = { mongoURI: 'mongodb+srv://mrbacco:Xk9p2Lm4Qw@cluster0-goutv.mongodb.net/users?retryWrites=true' };",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'mongodb+srv', masked: 'Xk9…', envName: 'MONGO_URI' }, suggestions: useEnv("module.exports = { mongoURI: 'mongodb+srv://mrbacco:Xk9p2Lm4Qw@cluster0-goutv.mongodb.net/users?retryWrites=true' };", "'mongodb+srv://mrbacco:Xk9p2Lm4Qw@cluster0-goutv.mongodb.net/users?retryWrites=true'", 'process.env.MONGO_URI') }],
    },
    // Prisma's overrides of the schema's `env("DATABASE_URL")` keep that name.
    ...[
      "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient({ datasources: { db: { url: 'postgresql://app:Xk29vLq7Tz@db.internal.acme.io:5432/app' } } });",
      "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient({ datasourceUrl: 'postgresql://app:Xk29vLq7Tz@db.internal.acme.io:5432/app' });",
    ].map((code) => ({
      code,
      errors: [{ messageId: 'connectionCredentials' as const, data: { scheme: 'postgresql', masked: 'Xk2…', envName: 'DATABASE_URL' }, suggestions: useEnv(code, "'postgresql://app:Xk29vLq7Tz@db.internal.acme.io:5432/app'", 'process.env.DATABASE_URL') }],
    })),
    // Another object's `url` under `datasources` is named by its path.
    {
      code: "export const settings = { sources: { db: { url: 'postgresql://app:Xk29vLq7Tz@db.internal.acme.io:5432/app' } } };",
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'postgresql', masked: 'Xk2…', envName: 'SOURCES_DB_URL' }, suggestions: useEnv("export const settings = { sources: { db: { url: 'postgresql://app:Xk29vLq7Tz@db.internal.acme.io:5432/app' } } };", "'postgresql://app:Xk29vLq7Tz@db.internal.acme.io:5432/app'", 'process.env.SOURCES_DB_URL') }],
    },
    {
      code: c.redisEmptyUser,
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'redis', masked: 'pw…', envName: 'DATABASE_URL' }, suggestions: useEnv(c.redisEmptyUser, "'redis://:pw9x8Qz@cache.internal:6379/0'", 'process.env.DATABASE_URL') }],
    },
    // A sentence that only names the URL, or a word that merely ends like a cue (`unlike`), shows no sample.
    ...["const m = 'Connecting to postgres://app:Zq81pWx@db.internal/app';", "const m = 'Unlike postgres://app:Zq81pWx@db.internal/app';"].map((code) => ({
      code,
      errors: [{ messageId: 'connectionCredentials' as const, data: { scheme: 'postgres', masked: 'Zq…', envName: 'DATABASE_URL' }, suggestions: [] }],
    })),
    ...(
      [
        ['postgresql://app:Zq81pWx@10.0.0.12/app', 'postgresql', 'Zq…', 'DATABASE_URL'],
        ['mysql://root:Tr0ub4dor@mysql.internal:3306/shop', 'mysql', 'Tr0…', 'DATABASE_URL'],
        ['mariadb://app:Zq81pWx@maria.internal/app', 'mariadb', 'Zq…', 'DATABASE_URL'],
        ['mongodb+srv://app:Zq81pWx@cluster0.ab1cd.mongodb.net/app?retryWrites=true', 'mongodb+srv', 'Zq…', 'MONGODB_URI'],
        ['rediss://default:Zq81pWx@eu1-redis.upstash.io:6379', 'rediss', 'Zq…', 'REDIS_URL'],
        ['amqps://svc:Zq81pWx@rabbit.internal/vhost', 'amqps', 'Zq…', 'AMQP_URL'],
        ['mssql://sa:Zq81pWx!@sql.internal:1433/app', 'mssql', 'Zq…', 'DATABASE_URL'],
        ['smtps://mailer:Zq81pWx@smtp.mailgun.org:465', 'smtps', 'Zq…', 'SMTP_URL'],
        ['ftp://deploy:Zq81pWx@files.internal/', 'ftp', 'Zq…', 'FTP_URL'],
        ['ldaps://cn=admin:Zq81pWx@ldap.internal', 'ldaps', 'Zq…', 'LDAP_URL'],
        ['https://deploy:Zq81pWx@registry.internal/npm/', 'https', 'Zq…', 'HTTPS_URL'],
        ['postgres://postgres:postgres@db.prod.internal/app', 'postgres', 'po…', 'DATABASE_URL'],
      ] as const
    ).map(([url, scheme, masked, envName]) => {
      const code = `connect('${url}');`;
      return { code, errors: [{ messageId: 'connectionCredentials' as const, data: { scheme, masked, envName }, suggestions: useEnv(code, `'${url}'`, `process.env.${envName}`) }] };
    }),
    {
      code: c.connTemplate,
      errors: [
        { messageId: 'secretName', data: { kind: 'password', name: 'PASSWORD', masked: 'S3…', envName: 'PASSWORD' }, suggestions: useEnv(c.connTemplate, "'S3cretPw'", 'process.env.PASSWORD') },
        { messageId: 'connectionCredentials', data: { scheme: 'postgres', masked: 'S3…', envName: 'DATABASE_URL' }, suggestions: [] },
      ],
    },
    {
      code: c.connConcat,
      errors: [
        { messageId: 'secretName', data: { kind: 'password', name: 'PASSWORD', masked: 'S3…', envName: 'PASSWORD' }, suggestions: useEnv(c.connConcat, "'S3cretPw'", 'process.env.PASSWORD') },
        { messageId: 'connectionCredentials', data: { scheme: 'mysql', masked: 'S3…', envName: 'DATABASE_URL' }, suggestions: [] },
      ],
    },
    {
      code: c.mssql,
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'key=value', masked: 'Zx…', envName: 'DATABASE_URL' }, suggestions: useEnv(c.mssql, "'Server=tcp:acme.database.windows.net,1433;User ID=app;Password=Zx9!kk77;'", 'process.env.DATABASE_URL') }],
    },
    // An API key, token or client secret in a URL's query: the value, not the URL, goes to the environment.
    {
      code: "const url = 'https://api.hypixel.net/skyblock/profile?key=c7201cc5-0067-4f13-bf50-966eff7898e8&profile=' + profileId;\nfetch(url);",
      errors: [{ messageId: 'querySecret', data: { param: 'key', masked: 'c720…', envName: 'HYPIXEL_API_KEY' }, suggestions: [] }],
    },
    {
      code: "const response = await fetch(`https://api.giphy.com/v1/gifs/random?api_key=lbEp0L5We0t2TM5I9315mYfYuPNBBPp8&rating=${rating}`);",
      errors: [{ messageId: 'querySecret', data: { param: 'api_key', masked: 'lbEp…', envName: 'GIPHY_API_KEY' }, suggestions: [] }],
    },
    {
      code: "export const MOVIE = 'https://api.themoviedb.org/3/movie/550?language=en-US&api_key=5f4dcc3b5aa765d61d8327deb882cf99';",
      errors: [{ messageId: 'querySecret', data: { param: 'api_key', masked: '5f4d…', envName: 'THEMOVIEDB_API_KEY' }, suggestions: [] }],
    },
    // OpenWeatherMap's key is its `appid` (also added to the URL from a constant); Azure's and HubSpot's have their own names.
    {
      code: "const apiUrl = 'https://api.openweathermap.org/data/2.5/weather?lat=44.34&lon=10.99&units=metric&appid=6f4ce8fe8d083f8d130b00284a08378b';",
      errors: [{ messageId: 'querySecret', data: { param: 'appid', masked: '6f4c…', envName: 'OPENWEATHERMAP_API_KEY' }, suggestions: [] }],
    },
    {
      code: "const appKey = 'ae293030bc56a7c970bf90945ae88231';\nconst url = 'https://api.openweathermap.org/data/2.5/weather?q=' + city + '&units=metric&APPID=' + appKey;",
      errors: [{ messageId: 'querySecret', data: { param: 'APPID', masked: 'ae29…', envName: 'OPENWEATHERMAP_API_KEY' }, line: 2, suggestions: [] }],
    },
    {
      code: "fetch(`https://westeurope.api.cognitive.microsoft.com/vision/v3.2/analyze?subscription-key=9f3c2a7e41b84d0c8e6a5b2f1d7c9e30&visualFeatures=Tags`);",
      errors: [{ messageId: 'querySecret', data: { param: 'subscription-key', masked: '9f3c…', envName: 'MICROSOFT_SUBSCRIPTION_KEY' }, suggestions: [] }],
    },
    {
      code: "const contacts = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=3c6a9f1e-52b7-4d08-9e1a-7f2b8c4d6e05';",
      errors: [{ messageId: 'querySecret', data: { param: 'hapikey', masked: '3c6a…', envName: 'HUBAPI_API_KEY' }, suggestions: [] }],
    },
    // A CAPTCHA secret that is not a vendor's published test key is a secret like any other.
    {
      code: "const RECAPTCHA_SECRET = '6Lc9mRkUAAAAAPq2x8Vw0bTjHkN3sYpZrD1eF7Gu';",
      errors: [{ messageId: 'secretName', data: { kind: 'secret', name: 'RECAPTCHA_SECRET', masked: '6Lc9…', envName: 'RECAPTCHA_SECRET' }, suggestions: useEnv("const RECAPTCHA_SECRET = '6Lc9mRkUAAAAAPq2x8Vw0bTjHkN3sYpZrD1eF7Gu';", "'6Lc9mRkUAAAAAPq2x8Vw0bTjHkN3sYpZrD1eF7Gu'", 'process.env.RECAPTCHA_SECRET') }],
    },
    // A form body or query string: the password is reported, not as a connection string, and the
    // whole text is no environment value.
    {
      code: "const body = 'grant_type=password&username=admin&password=Zq81pWx';",
      errors: [{ messageId: 'formCredentials', data: { masked: 'Zq…', envName: 'PASSWORD' }, suggestions: [] }],
    },
    {
      code: "await request(app).post('/auth/login/').send('email=staff@example.com').send('password=ghrarhr54hg');",
      errors: [{ messageId: 'formCredentials', data: { masked: 'ghr…', envName: 'PASSWORD' }, suggestions: [] }],
    },
    // Snake case that says whose or how secret it is: a development secret, not a field name.
    {
      code: "export const JWT_SECRET = 'my_jwt_secret_key';\nexport const oauth = { param: 'client_secret', secret: 'super_secret' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'secret', name: 'JWT_SECRET', masked: 'my_j…', envName: 'JWT_SECRET' }, suggestions: useEnv("export const JWT_SECRET = 'my_jwt_secret_key';\nexport const oauth = { param: 'client_secret', secret: 'super_secret' };", "'my_jwt_secret_key'", 'process.env.JWT_SECRET') },
        { messageId: 'secretName', data: { kind: 'secret', name: 'oauth.secret', masked: 'supe…', envName: 'OAUTH_SECRET' }, suggestions: useEnv("export const JWT_SECRET = 'my_jwt_secret_key';\nexport const oauth = { param: 'client_secret', secret: 'super_secret' };", "'super_secret'", 'process.env.OAUTH_SECRET') },
      ],
    },
    // Words and a common numeric password: a development secret, not an identifier (json-server-auth's constants).
    {
      code: "exports.JWT_SECRET_KEY = 'json-server-auth-123456';",
      errors: [{ messageId: 'secretName', data: { kind: 'secret key', name: 'JWT_SECRET_KEY', masked: 'json…', envName: 'JWT_SECRET_KEY' }, suggestions: useEnv("exports.JWT_SECRET_KEY = 'json-server-auth-123456';", "'json-server-auth-123456'", 'process.env.JWT_SECRET_KEY') }],
    },
    // A password with brackets after letters is still one.
    {
      code: "const cs = 'host=db.internal user=app password=abc[12]xQ dbname=app';",
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'key=value', masked: 'abc…', envName: 'DATABASE_URL' }, suggestions: useEnv("const cs = 'host=db.internal user=app password=abc[12]xQ dbname=app';", "'host=db.internal user=app password=abc[12]xQ dbname=app'", 'process.env.DATABASE_URL') }],
    },
    {
      code: c.libpq,
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'key=value', masked: 'S3…', envName: 'DATABASE_URL' }, suggestions: useEnv(c.libpq, "'host=db.internal port=5432 user=app password=S3cretPw dbname=app'", 'process.env.DATABASE_URL') }],
    },
    // A fallback says so, and so does one of a configuration read (named as written).
    {
      code: "const mongoUri = config.get('MONGO_URI') ?? 'mongodb+srv://app:Kq8rT2vWx9@cluster0.ab1cd.mongodb.net/app';",
      errors: [
        {
          messageId: 'connectionFallback',
          data: { variable: "config.get('MONGO_URI')", scheme: 'mongodb+srv', masked: 'Kq8…' },
          suggestions: removeFallback("const mongoUri = config.get('MONGO_URI') ?? 'mongodb+srv://app:Kq8rT2vWx9@cluster0.ab1cd.mongodb.net/app';", "config.get('MONGO_URI') ?? 'mongodb+srv://app:Kq8rT2vWx9@cluster0.ab1cd.mongodb.net/app'", "config.get('MONGO_URI')"),
        },
      ],
    },
    {
      code: "const fallback = process.env.DATABASE_URL || 'postgres://app:S3cretPw@db.prod.internal/app';",
      errors: [
        {
          messageId: 'connectionFallback',
          data: { variable: 'process.env.DATABASE_URL', scheme: 'postgres', masked: 'S3…' },
          suggestions: removeFallback("const fallback = process.env.DATABASE_URL || 'postgres://app:S3cretPw@db.prod.internal/app';", "process.env.DATABASE_URL || 'postgres://app:S3cretPw@db.prod.internal/app'", 'process.env.DATABASE_URL'),
        },
      ],
    },

    // ---- 3. Backing-service locations
    {
      code: c.backingUrl,
      errors: [
        {
          messageId: 'backingServiceUrl',
          data: { service: 'Redis', host: 'cache.prod.internal', envName: 'REDIS_URL' },
          line: 1,
          column: 19,
          suggestions: useEnv(c.backingUrl, "'redis://cache.prod.internal:6379'", 'process.env.REDIS_URL'),
        },
      ],
    },
    {
      code: "export const envEntries = [{ key: 'UPSTASH_REDIS_URL', value: 'rediss://default:Zq81pWx9@eu1-wise-owl-3341.upstash.io:6379' }];",
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'rediss', masked: 'Zq…', envName: 'REDIS_URL' }, suggestions: useEnv("export const envEntries = [{ key: 'UPSTASH_REDIS_URL', value: 'rediss://default:Zq81pWx9@eu1-wise-owl-3341.upstash.io:6379' }];", "'rediss://default:Zq81pWx9@eu1-wise-owl-3341.upstash.io:6379'", 'process.env.REDIS_URL') }],
    },
    // A choice of locations under a key that configures is a location.
    // A managed service's host names its service under any host key: an RDS endpoint in a knexfile's
    // connection, an Azure SQL server, an ElastiCache node.
    ...(
      [
        ["export const config: Knex.Config = { client: 'pg', connection: { host: 'admin.cnypam1qujw5.us-east-2.rds.amazonaws.com', port: 5432 } };", 'admin.cnypam1qujw5.us-east-2.rds.amazonaws.com', 'database', 'DB_HOST'],
        ["module.exports = { AWSRDS: { host: 'db-app.c2x9nnmw3.eu-north-1.rds.amazonaws.com', username: 'root' } };", 'db-app.c2x9nnmw3.eu-north-1.rds.amazonaws.com', 'database', 'AWSRDS_HOST'],
        ["export const sql = { server: 'acme-prod.database.windows.net', database: 'app' };", 'acme-prod.database.windows.net', 'database', 'SQL_SERVER'],
        ["export const cache = { host: 'sessions.x1y2z3.ng.0001.use1.cache.amazonaws.com' };", 'sessions.x1y2z3.ng.0001.use1.cache.amazonaws.com', 'Redis', 'CACHE_HOST'],
      ] as const
    ).map(([code, host, service, envName]) => ({
      code,
      errors: [{ messageId: 'backingServiceUrl' as const, data: { service, host, envName }, suggestions: useEnv(code, `'${host}'`, `process.env.${envName}`) }],
    })),
    // An SQS queue's URL names one account's queue under any name, also as a fallback (FIFO and legacy endpoints too).
    ...(
      [
        ["const app = Consumer.create({ queueUrl: 'https://sqs.us-east-2.amazonaws.com/264955239305/sample-dev-events-queue', handleMessage });", 'https://sqs.us-east-2.amazonaws.com/264955239305/sample-dev-events-queue', 'sqs.us-east-2.amazonaws.com/264955239305/sample-dev-events-…', 'QUEUE_URL'],
        ["export const send = (body) => sqs.sendMessage({ QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/861910894388/jobs.fifo', MessageBody: body });", 'https://sqs.eu-west-1.amazonaws.com/861910894388/jobs.fifo', 'sqs.eu-west-1.amazonaws.com/861910894388/jobs.fifo', 'QUEUE_URL'],
        ["const target = 'https://us-west-2.queue.amazonaws.com/972392329703/vendorQueue';", 'https://us-west-2.queue.amazonaws.com/972392329703/vendorQueue', 'us-west-2.queue.amazonaws.com/972392329703/vendorQueue', 'SQS_QUEUE_URL'],
      ] as const
    ).map(([code, url, host, envName]) => ({
      code,
      errors: [{ messageId: 'backingServiceUrl' as const, data: { service: 'Amazon SQS queue', host, envName }, suggestions: useEnv(code, `'${url}'`, `process.env.${envName}`) }],
    })),
    {
      code: "const QUEUE_URL = process.env.QUEUE_URL ?? 'https://sqs.eu-west-1.amazonaws.com/861910894388/analytics';",
      errors: [
        {
          messageId: 'backingServiceUrl',
          data: { service: 'Amazon SQS queue', host: 'sqs.eu-west-1.amazonaws.com/861910894388/analytics', envName: 'QUEUE_URL' },
          suggestions: removeFallback("const QUEUE_URL = process.env.QUEUE_URL ?? 'https://sqs.eu-west-1.amazonaws.com/861910894388/analytics';", "process.env.QUEUE_URL ?? 'https://sqs.eu-west-1.amazonaws.com/861910894388/analytics'", 'process.env.QUEUE_URL'),
        },
      ],
    },
    {
      code: "export const db = { url: isProd ? 'mongodb+srv://cluster0.ab1cd.mongodb.net/app' : 'mongodb://localhost/app' };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'cluster0.ab1cd.mongodb.net', envName: 'MONGODB_URI' }, suggestions: useEnv("export const db = { url: isProd ? 'mongodb+srv://cluster0.ab1cd.mongodb.net/app' : 'mongodb://localhost/app' };", "'mongodb+srv://cluster0.ab1cd.mongodb.net/app'", 'process.env.MONGODB_URI') }],
    },
    // In code that runs only outside production a docker-compose name is left alone, but not a
    // fully qualified host, and not with `strict`.
    {
      code: "const mongoUrl = process.env.NODE_ENV === 'development' ? 'mongodb://db.dev.internal:27017' : process.env.MONGO_URL;",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'db.dev.internal', envName: 'MONGODB_URI' }, suggestions: useEnv("const mongoUrl = process.env.NODE_ENV === 'development' ? 'mongodb://db.dev.internal:27017' : process.env.MONGO_URL;", "'mongodb://db.dev.internal:27017'", 'process.env.MONGODB_URI') }],
    },
    {
      code: "const mongoUrl = process.env.NODE_ENV === 'development' ? 'mongodb://db:27017' : process.env.MONGO_URL;",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'db', envName: 'MONGODB_URI' }, suggestions: useEnv("const mongoUrl = process.env.NODE_ENV === 'development' ? 'mongodb://db:27017' : process.env.MONGO_URL;", "'mongodb://db:27017'", 'process.env.MONGODB_URI') }],
    },
    // A docker-compose name with an underscore is a host, and reported in code.
    {
      code: "export const db = { url: 'mongodb://mongo_db:27017/app' };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'mongo_db', envName: 'DB_URL' }, suggestions: useEnv("export const db = { url: 'mongodb://mongo_db:27017/app' };", "'mongodb://mongo_db:27017/app'", 'process.env.DB_URL') }],
    },
    // Outside a schema's examples a location is one, also in an array.
    {
      code: "export const replicas = { hosts: ['postgres://db.prod.internal/app'] };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'PostgreSQL', host: 'db.prod.internal', envName: 'DATABASE_URL' }, suggestions: useEnv("export const replicas = { hosts: ['postgres://db.prod.internal/app'] };", "'postgres://db.prod.internal/app'", 'process.env.DATABASE_URL') }],
    },
    {
      code: "const mongoose = require('mongoose');\nmongoose.connect('mongodb://10.0.3.7:27017/app');",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: '10.0.3.7', envName: 'MONGODB_URI' }, suggestions: useEnv("const mongoose = require('mongoose');\nmongoose.connect('mongodb://10.0.3.7:27017/app');", "'mongodb://10.0.3.7:27017/app'", 'process.env.MONGODB_URI') }],
    },
    // A `uri` without a `mimeType` beside it, a function not named for a sample, and a function nested in one, do attach services.
    {
      code: "export const db = { uri: 'mysql://db.prod.internal/app', name: 'main' };\nexport function getDsn() { return 'postgres://db.prod.internal/app'; }",
      errors: [
        { messageId: 'backingServiceUrl', data: { service: 'MySQL', host: 'db.prod.internal', envName: 'DB_URI' }, line: 1, suggestions: useEnv("export const db = { uri: 'mysql://db.prod.internal/app', name: 'main' };\nexport function getDsn() { return 'postgres://db.prod.internal/app'; }", "'mysql://db.prod.internal/app'", 'process.env.DB_URI') },
        { messageId: 'backingServiceUrl', data: { service: 'PostgreSQL', host: 'db.prod.internal', envName: 'DATABASE_URL' }, line: 2, suggestions: useEnv("export const db = { uri: 'mysql://db.prod.internal/app', name: 'main' };\nexport function getDsn() { return 'postgres://db.prod.internal/app'; }", "'postgres://db.prod.internal/app'", 'process.env.DATABASE_URL') },
      ],
    },
    {
      code: "export class Connector {\n  getSampleDSN() {\n    const build = () => 'redis://cache.prod.internal:6379';\n    return build();\n  }\n}",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'Redis', host: 'cache.prod.internal', envName: 'REDIS_URL' }, line: 3, suggestions: useEnv("export class Connector {\n  getSampleDSN() {\n    const build = () => 'redis://cache.prod.internal:6379';\n    return build();\n  }\n}", "'redis://cache.prod.internal:6379'", 'process.env.REDIS_URL') }],
    },
    {
      name: 'a password in a sample connection string is still reported',
      code: "export const getSampleDSN = () => 'postgres://admin:Xk29vLq7Tz@db.prod.internal/app';",
      errors: [
        {
          messageId: 'connectionCredentials',
          line: 1,
          suggestions: useEnv("export const getSampleDSN = () => 'postgres://admin:Xk29vLq7Tz@db.prod.internal/app';", "'postgres://admin:Xk29vLq7Tz@db.prod.internal/app'", 'process.env.DATABASE_URL'),
        },
      ],
    },
    {
      name: "strict: Algolia's search key is reported all the same",
      code: "module.exports = {\n  themeConfig: {\n    algolia: { appId: 'BH4D9OD16A', apiKey: 'e97714a64e2b4b8b8fe0b01cd8592870', indexName: 'docusaurus-2' },\n  },\n};",
      options: [{ strict: true }],
      errors: [{ messageId: 'secretName', data: { kind: 'API key', name: 'themeConfig.algolia.apiKey', masked: 'e977…', envName: 'THEME_CONFIG_ALGOLIA_API_KEY' }, suggestions: useEnv("module.exports = {\n  themeConfig: {\n    algolia: { appId: 'BH4D9OD16A', apiKey: 'e97714a64e2b4b8b8fe0b01cd8592870', indexName: 'docusaurus-2' },\n  },\n};", "'e97714a64e2b4b8b8fe0b01cd8592870'", 'process.env.THEME_CONFIG_ALGOLIA_API_KEY') }],
    },
    {
      name: "strict: a Firebase web app's API key is reported as configuration, not as a key to revoke",
      code: `const firebaseConfig = { apiKey: '${GOOGLE}', authDomain: 'shop-12345.firebaseapp.com' };`,
      options: [{ strict: true }],
      errors: [{ messageId: 'secretName', data: { kind: 'API key', name: 'firebaseConfig.apiKey', masked: 'AIza…', envName: 'FIREBASE_CONFIG_API_KEY' }, suggestions: useEnv(`const firebaseConfig = { apiKey: '${GOOGLE}', authDomain: 'shop-12345.firebaseapp.com' };`, `'${GOOGLE}'`, 'process.env.FIREBASE_CONFIG_API_KEY') }],
    },
    {
      name: "a Google API key without a Firebase app's neighbours, or under another key beside them",
      code: `const maps = { apiKey: '${GOOGLE}', libraries: ['places'] };\nconst firebaseConfig = { authDomain: 'shop-12345.firebaseapp.com', serverKey: '${GOOGLE}' };`,
      errors: [
        { messageId: 'tokenFormat', data: { format: 'Google API key', masked: 'AIza…', envName: 'GOOGLE_API_KEY' }, suggestions: useEnv(`const maps = { apiKey: '${GOOGLE}', libraries: ['places'] };\nconst firebaseConfig = { authDomain: 'shop-12345.firebaseapp.com', serverKey: '${GOOGLE}' };`, `'${GOOGLE}'`, 'process.env.GOOGLE_API_KEY') },
        { messageId: 'tokenFormat', line: 2, data: { format: 'Google API key', masked: 'AIza…', envName: 'FIREBASE_CONFIG_SERVER_KEY' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.FIREBASE_CONFIG_SERVER_KEY' }, output: `const maps = { apiKey: '${GOOGLE}', libraries: ['places'] };\nconst firebaseConfig = { authDomain: 'shop-12345.firebaseapp.com', serverKey: '${GOOGLE}' };`.replace(/'AIza[^']*'(?![\s\S]*'AIza)/, 'process.env.FIREBASE_CONFIG_SERVER_KEY') }] },
      ],
    },
    {
      name: "Cloudinary's API secret beside its key, and strict's report of the key",
      code: "const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: 'nmsg', api_key: '145367384875325', api_secret: 'a676b67565c6767a6767d6767f676fe1' });",
      options: [{ strict: true }],
      errors: [
        { messageId: 'secretName', data: { kind: 'API key', name: 'api_key', masked: '1453…', envName: 'CLOUDINARY_API_KEY' }, suggestions: useEnv("const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: 'nmsg', api_key: '145367384875325', api_secret: 'a676b67565c6767a6767d6767f676fe1' });", "'145367384875325'", 'process.env.CLOUDINARY_API_KEY') },
        { messageId: 'secretSink', suggestions: useEnv("const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: 'nmsg', api_key: '145367384875325', api_secret: 'a676b67565c6767a6767d6767f676fe1' });", "'a676b67565c6767a6767d6767f676fe1'", 'process.env.CLOUDINARY_API_SECRET') },
      ],
    },
    {
      name: 'a Cloudinary key without its cloud name',
      code: "export const media = { api_key: '145367384875325', folder: 'avatars' };",
      errors: [{ messageId: 'secretName', data: { kind: 'API key', name: 'media.api_key', masked: '1453…', envName: 'MEDIA_API_KEY' }, suggestions: useEnv("export const media = { api_key: '145367384875325', folder: 'avatars' };", "'145367384875325'", 'process.env.MEDIA_API_KEY') }],
    },
    {
      name: 'an admin key beside an index, and a key without the application it searches',
      code: "export const algolia = { appId: 'BH4D9OD16A', adminApiKey: 'e97714a64e2b4b8b8fe0b01cd8592870', indexName: 'products' };\nexport const search = { apiKey: '267679200b833c2ca1255ab276731869', indexName: 'products' };",
      errors: [
        { messageId: 'secretName', line: 1, suggestions: useEnv("export const algolia = { appId: 'BH4D9OD16A', adminApiKey: 'e97714a64e2b4b8b8fe0b01cd8592870', indexName: 'products' };\nexport const search = { apiKey: '267679200b833c2ca1255ab276731869', indexName: 'products' };", "'e97714a64e2b4b8b8fe0b01cd8592870'", 'process.env.ALGOLIA_ADMIN_API_KEY') },
        { messageId: 'secretName', line: 2, suggestions: useEnv("export const algolia = { appId: 'BH4D9OD16A', adminApiKey: 'e97714a64e2b4b8b8fe0b01cd8592870', indexName: 'products' };\nexport const search = { apiKey: '267679200b833c2ca1255ab276731869', indexName: 'products' };", "'267679200b833c2ca1255ab276731869'", 'process.env.SEARCH_API_KEY') },
      ],
    },
    // A URL with its host written out and run-time parts after it: reported, without a suggestion.
    {
      code: "const mongoose = require('mongoose');\nmongoose.connect('mongodb://db.prod.internal:27017/' + config.database.name);",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'db.prod.internal', envName: 'MONGODB_URI' }, suggestions: [] }],
    },
    {
      code: "const mongoose = require('mongoose');\nmongoose.connect('mongodb://localhost/' + config.database.db);",
      languageOptions: COMMONJS,
      options: [{ strict: true }],
      errors: [{ messageId: 'localServiceUrl', data: { service: 'MongoDB', host: 'localhost', envName: 'MONGODB_URI' }, suggestions: [] }],
    },
    // pm2's `env_production` block holds variables: a key named like one is that variable's name.
    {
      code: "module.exports = { apps: [{ name: 'api', script: 'server.js', env_production: { NODE_ENV: 'production', JWT_SECRET_KEY: 'Zq81pW3k9xLm' } }] };",
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'secret key', name: 'env_production.JWT_SECRET_KEY', masked: 'Zq81…', envName: 'JWT_SECRET_KEY' },
          suggestions: useEnv("module.exports = { apps: [{ name: 'api', script: 'server.js', env_production: { NODE_ENV: 'production', JWT_SECRET_KEY: 'Zq81pW3k9xLm' } }] };", "'Zq81pW3k9xLm'", 'process.env.JWT_SECRET_KEY'),
        },
      ],
    },
    // The official RabbitMQ image's variable: `pass` after `default` or a service word is a password.
    {
      code: "export const rabbit = { user: process.env.RABBITMQ_DEFAULT_USER || 'app', pass: process.env.RABBITMQ_DEFAULT_PASS || '123456aA@' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.RABBITMQ_DEFAULT_PASS', masked: '123…' }, suggestions: removeFallback("export const rabbit = { user: process.env.RABBITMQ_DEFAULT_USER || 'app', pass: process.env.RABBITMQ_DEFAULT_PASS || '123456aA@' };", "process.env.RABBITMQ_DEFAULT_PASS || '123456aA@'", 'process.env.RABBITMQ_DEFAULT_PASS') }],
    },
    // Environment reads through a helper: a local function that returns `process.env[name]` for its
    // argument (mongo-express's getFileEnv), or one named like a reader given a variable's name.
    {
      code: "const basicAuthPassword = 'ME_CONFIG_BASICAUTH_PASSWORD';\nfunction getFileEnv(name) {\n  const value = process.env[name];\n  const file = process.env[name + '_FILE'];\n  if (file) return readFirstLine(file);\n  return value;\n}\nexport const basicAuth = { username: getFileEnv('ME_CONFIG_BASICAUTH_USERNAME') || 'admin', password: getFileEnv(basicAuthPassword) || 'pass' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'getFileEnv(basicAuthPassword)', masked: 'p…' }, suggestions: removeFallback("const basicAuthPassword = 'ME_CONFIG_BASICAUTH_PASSWORD';\nfunction getFileEnv(name) {\n  const value = process.env[name];\n  const file = process.env[name + '_FILE'];\n  if (file) return readFirstLine(file);\n  return value;\n}\nexport const basicAuth = { username: getFileEnv('ME_CONFIG_BASICAUTH_USERNAME') || 'admin', password: getFileEnv(basicAuthPassword) || 'pass' };", "getFileEnv(basicAuthPassword) || 'pass'", 'getFileEnv(basicAuthPassword)') }],
    },
    {
      code: "import { getEnv } from './env';\nexport const jwt = { secret: getEnv('JWT_SECRET') || 'super-secret-auth-key' };",
      errors: [{ messageId: 'envFallback', data: { variable: "getEnv('JWT_SECRET')", masked: 'supe…' }, suggestions: removeFallback("import { getEnv } from './env';\nexport const jwt = { secret: getEnv('JWT_SECRET') || 'super-secret-auth-key' };", "getEnv('JWT_SECRET') || 'super-secret-auth-key'", "getEnv('JWT_SECRET')") }],
    },
    // A secret of a cache, a configuration or a storage account is a secret (mongo-express's ME_CONFIG_* variables).
    {
      code: "export const basicAuth = { password: process.env.ME_CONFIG_BASICAUTH_PASSWORD || 'mongoPa55word' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.ME_CONFIG_BASICAUTH_PASSWORD', masked: 'mong…' }, suggestions: removeFallback("export const basicAuth = { password: process.env.ME_CONFIG_BASICAUTH_PASSWORD || 'mongoPa55word' };", "process.env.ME_CONFIG_BASICAUTH_PASSWORD || 'mongoPa55word'", 'process.env.ME_CONFIG_BASICAUTH_PASSWORD') }],
    },
    {
      code: "export const redisCachePassword = 'r3disPassw0rd';",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'redisCachePassword', masked: 'r3di…', envName: 'REDIS_CACHE_PASSWORD' }, suggestions: useEnv("export const redisCachePassword = 'r3disPassw0rd';", "'r3disPassw0rd'", 'process.env.REDIS_CACHE_PASSWORD') }],
    },
    // Compared after a conversion to a string: an MQTT broker's authenticate hands the password over as a Buffer.
    ...(
      [
        "aedes.authenticate = (client, username, password, callback) => callback(null, username === 'lupa' && password.toString() === 'Tr0ub4dor3x');",
        "app.post('/login', (req, res) => res.json({ ok: String(req.body.password) === 'Tr0ub4dor3x' }));",
      ] as const
    ).map((code) => ({
      code,
      errors: [{ messageId: 'loginCheck' as const, data: { name: 'password', masked: 'Tr0…', envName: 'PASSWORD' }, suggestions: useEnv(code, "'Tr0ub4dor3x'", 'process.env.PASSWORD') }],
    })),
    // An exit unless the value is the literal demands it: the literal is the credential.
    {
      code: "if (apiKey !== 'k3y9Zq81pWx7') process.exit(1);",
      errors: [{ messageId: 'loginCheck', data: { name: 'apiKey', masked: 'k3y9…', envName: 'API_KEY' }, suggestions: useEnv("if (apiKey !== 'k3y9Zq81pWx7') process.exit(1);", "'k3y9Zq81pWx7'", 'process.env.API_KEY') }],
    },
    // A login checked against an account written out, weak password or not.
    {
      code: "app.post('/login', async (c) => {\n  const { username, password } = await c.req.parseBody();\n  if (username === 'admin' && password === '123456') setCookie(c, 'user_role', 'staff');\n  if (req.body.email === 'ada@acme.io' && req.body.password === 'admin123') req.session.user = 'ada';\n});",
      errors: [
        { messageId: 'loginCheck', line: 3, data: { name: 'password', masked: '12…', envName: 'PASSWORD' }, suggestions: useEnv("app.post('/login', async (c) => {\n  const { username, password } = await c.req.parseBody();\n  if (username === 'admin' && password === '123456') setCookie(c, 'user_role', 'staff');\n  if (req.body.email === 'ada@acme.io' && req.body.password === 'admin123') req.session.user = 'ada';\n});", "'123456'", 'process.env.PASSWORD') },
        { messageId: 'loginCheck', line: 4, data: { name: 'password', masked: 'ad…', envName: 'PASSWORD' }, suggestions: useEnv("app.post('/login', async (c) => {\n  const { username, password } = await c.req.parseBody();\n  if (username === 'admin' && password === '123456') setCookie(c, 'user_role', 'staff');\n  if (req.body.email === 'ada@acme.io' && req.body.password === 'admin123') req.session.user = 'ada';\n});", "'admin123'", 'process.env.PASSWORD') },
      ],
    },
    // A project's name in front of a service word and a role word names the service.
    {
      code: "module.exports.connections = { shopMysqlServer: { adapter: 'sails-mysql', host: 'sandbox.shop.getmore.mx' } };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MySQL', host: 'sandbox.shop.getmore.mx', envName: 'CONNECTIONS_SHOP_MYSQL_SERVER_HOST' }, suggestions: useEnv("module.exports.connections = { shopMysqlServer: { adapter: 'sails-mysql', host: 'sandbox.shop.getmore.mx' } };", "'sandbox.shop.getmore.mx'", 'process.env.CONNECTIONS_SHOP_MYSQL_SERVER_HOST') }],
    },
    // Camel-case words and a number, as people make passwords.
    {
      code: "module.exports.datastores = { default: { adapter: 'sails-mysql', host: 'localhost', user: 'uc', password: 'ucTest123' } };",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'datastores.password', masked: 'ucT…', envName: 'DATASTORES_PASSWORD' }, suggestions: useEnv("module.exports.datastores = { default: { adapter: 'sails-mysql', host: 'localhost', user: 'uc', password: 'ucTest123' } };", "'ucTest123'", 'process.env.DATASTORES_PASSWORD') }],
    },
    // `pw` after what the password is for; a bare `pw` beside a user.
    {
      code: "const userPw = 'Sup3rS3cret!';\nexport const db = { user: 'app', pw: 'Zq81pWx7' };",
      errors: [
        { messageId: 'secretName', line: 1, data: { kind: 'password', name: 'userPw', masked: 'Sup3…', envName: 'USER_PW' }, suggestions: useEnv("const userPw = 'Sup3rS3cret!';\nexport const db = { user: 'app', pw: 'Zq81pWx7' };", "'Sup3rS3cret!'", 'process.env.USER_PW') },
        { messageId: 'secretName', line: 2, data: { kind: 'password', name: 'db.pw', masked: 'Zq…', envName: 'DB_PW' }, suggestions: useEnv("const userPw = 'Sup3rS3cret!';\nexport const db = { user: 'app', pw: 'Zq81pWx7' };", "'Zq81pWx7'", 'process.env.DB_PW') },
      ],
    },
    // Beside an account written out, any password is a login's, however short, also under a bare `pass`.
    {
      code: "if (req.body.username === 'admin' && req.body.password === '123') res.send('ok');\nconst { user, pass } = req.body;\nif (user === 'root' && pass === 'toor') res.send('ok');",
      errors: [
        { messageId: 'loginCheck', line: 1, data: { name: 'password', masked: '1…', envName: 'PASSWORD' }, suggestions: useEnv("if (req.body.username === 'admin' && req.body.password === '123') res.send('ok');\nconst { user, pass } = req.body;\nif (user === 'root' && pass === 'toor') res.send('ok');", "'123'", 'process.env.PASSWORD') },
        { messageId: 'loginCheck', line: 3, data: { name: 'pass', masked: 't…', envName: 'PASS' }, suggestions: useEnv("if (req.body.username === 'admin' && req.body.password === '123') res.send('ok');\nconst { user, pass } = req.body;\nif (user === 'root' && pass === 'toor') res.send('ok');", "'toor'", 'process.env.PASS') },
      ],
    },
    // A branch of an environment read's fallback is that fallback (outside a development-only branch).
    {
      code: "export const secret = process.env.JWT_SECRET ?? (useLocal ? 'Zq81pWx7Kd93' : undefined);",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'Zq81…' }, suggestions: removeFallback("export const secret = process.env.JWT_SECRET ?? (useLocal ? 'Zq81pWx7Kd93' : undefined);", "process.env.JWT_SECRET ?? (useLocal ? 'Zq81pWx7Kd93' : undefined)", 'process.env.JWT_SECRET') }],
    },
    // A refusal of another value leaves this fallback in production.
    {
      code: "export const env = { JWT_SECRET: process.env.JWT_SECRET || 'dev-access-secret-9f3k' };\nif (process.env.NODE_ENV === 'production' && env.JWT_SECRET === 'another-default-7x2q') throw new Error('change the secret');",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'dev-…' }, suggestions: removeFallback("export const env = { JWT_SECRET: process.env.JWT_SECRET || 'dev-access-secret-9f3k' };\nif (process.env.NODE_ENV === 'production' && env.JWT_SECRET === 'another-default-7x2q') throw new Error('change the secret');", "process.env.JWT_SECRET || 'dev-access-secret-9f3k'", 'process.env.JWT_SECRET') }],
    },
    // A guard through constants that only warns leaves production on the default.
    {
      // The loop requires only the variables it lists: a fallback of another is reported.
      code: "const required = ['MONGODB_URI', 'JWT_SECRET'];\nfor (const key of required) {\n  if (process.env.NODE_ENV === 'production' && !process.env[key]) throw new Error(`Missing ${key}`);\n}\nmodule.exports = { masterKey: process.env.MASTER_API_KEY || 'mk_live_51HqLyjWDarjtT1zdp7dcXYZ' };",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.MASTER_API_KEY', masked: 'mk_l…' }, suggestions: removeFallback("const required = ['MONGODB_URI', 'JWT_SECRET'];\nfor (const key of required) {\n  if (process.env.NODE_ENV === 'production' && !process.env[key]) throw new Error(`Missing ${key}`);\n}\nmodule.exports = { masterKey: process.env.MASTER_API_KEY || 'mk_live_51HqLyjWDarjtT1zdp7dcXYZ' };", "process.env.MASTER_API_KEY || 'mk_live_51HqLyjWDarjtT1zdp7dcXYZ'", 'process.env.MASTER_API_KEY') }],
    },
    {
      code: "import session from 'express-session';\nconst isProduction = process.env.NODE_ENV === 'production';\nconst sessionSecret = process.env.SESSION_SECRET;\nif (isProduction && !sessionSecret) console.warn('SESSION_SECRET is missing');\napp.use(session({ secret: sessionSecret || 'portal-session-secret' }));",
      errors: [{ messageId: 'secretSink', data: { sink: 'express-session', masked: 'port…', envName: 'SESSION_SECRET' }, suggestions: useEnv("import session from 'express-session';\nconst isProduction = process.env.NODE_ENV === 'production';\nconst sessionSecret = process.env.SESSION_SECRET;\nif (isProduction && !sessionSecret) console.warn('SESSION_SECRET is missing');\napp.use(session({ secret: sessionSecret || 'portal-session-secret' }));", "'portal-session-secret'", 'process.env.SESSION_SECRET') }],
    },
    // A guard on another variable does not cover this one; strict reports a guarded fallback too.
    {
      // The branch taken in production without the variable only warns; the else is never that case.
      code: "const secret = process.env.JWT_SECRET || 'super-secret-auth-key';\nif (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) console.warn('JWT_SECRET is missing');\nelse console.info('starting');\nexport default secret;",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'supe…' }, suggestions: removeFallback("const secret = process.env.JWT_SECRET || 'super-secret-auth-key';\nif (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) console.warn('JWT_SECRET is missing');\nelse console.info('starting');\nexport default secret;", "process.env.JWT_SECRET || 'super-secret-auth-key'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "const secret = process.env.JWT_SECRET || 'super-secret-auth-key';\nif (process.env.NODE_ENV === 'production' && !process.env.SESSION_SECRET) process.exit(1);\nexport default secret;",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'supe…' }, suggestions: removeFallback("const secret = process.env.JWT_SECRET || 'super-secret-auth-key';\nif (process.env.NODE_ENV === 'production' && !process.env.SESSION_SECRET) process.exit(1);\nexport default secret;", "process.env.JWT_SECRET || 'super-secret-auth-key'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "const secret = process.env.JWT_SECRET || 'super-secret-auth-key';\nif (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) process.exit(1);\nexport default secret;",
      options: [{ strict: true }],
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'supe…' }, suggestions: removeFallback("const secret = process.env.JWT_SECRET || 'super-secret-auth-key';\nif (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) process.exit(1);\nexport default secret;", "process.env.JWT_SECRET || 'super-secret-auth-key'", 'process.env.JWT_SECRET') }],
    },
    // A guard that only warns leaves production on the default; strict reports one behind a throwing guard too.
    {
      code: "let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') console.warn('JWT_SECRET is missing');\n  else throw new Error('JWT_SECRET is required');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;",
      errors: [{ messageId: 'secretName', line: 5, data: { kind: 'secret', name: 'secret', masked: 'supe…', envName: 'SECRET' }, suggestions: useEnv("let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') console.warn('JWT_SECRET is missing');\n  else throw new Error('JWT_SECRET is required');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;", "'supersecret-dev-only'", 'process.env.SECRET') }],
    },
    {
      code: "let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') console.warn('JWT_SECRET is missing');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;",
      errors: [{ messageId: 'secretName', line: 4, data: { kind: 'secret', name: 'secret', masked: 'supe…', envName: 'SECRET' }, suggestions: useEnv("let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') console.warn('JWT_SECRET is missing');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;", "'supersecret-dev-only'", 'process.env.SECRET') }],
    },
    {
      code: "let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;",
      options: [{ strict: true }],
      errors: [{ messageId: 'secretName', line: 4, data: { kind: 'secret', name: 'secret', masked: 'supe…', envName: 'SECRET' }, suggestions: useEnv("let secret = process.env.JWT_SECRET;\nif (!secret) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required');\n  secret = 'supersecret-dev-only';\n}\nexport default secret;", "'supersecret-dev-only'", 'process.env.SECRET') }],
    },
    // A configuration file that only development or tests load (node-config, Sails, Strapi layouts):
    // its secrets are reported by strict, tokens of known formats always, other environments' files always.
    ...['config/development.js', 'config/env/development.js', 'config/test.js', 'dist/server-dev.js'].map((filename) => ({
      code: "module.exports = { db: { password: 'Xk9mPq2wLs' } };",
      filename,
      languageOptions: COMMONJS,
      options: [{ strict: true }] as [{ strict: true }],
      errors: [{ messageId: 'secretName' as const, data: { kind: 'password', name: 'db.password', masked: 'Xk9…', envName: 'DB_PASSWORD' }, suggestions: useEnv("module.exports = { db: { password: 'Xk9mPq2wLs' } };", "'Xk9mPq2wLs'", 'process.env.DB_PASSWORD') }],
    })),
    // Mock data's tokens are reported by strict.
    {
      code: "export const mockEvent = { user: { identifier: 'test@test.com', verificationToken: 'MjAxOC0xMS0xM1QxNToxNToxNC42ODda_US2U6UK1WZC7NDAX' } };",
      filename: 'lib/src/handler/mock-events.js',
      options: [{ strict: true }],
      errors: [{ messageId: 'secretName', data: { kind: 'token', name: 'mockEvent.user.verificationToken', masked: 'MjAx…', envName: 'MOCK_EVENT_USER_VERIFICATION_TOKEN' }, suggestions: useEnv("export const mockEvent = { user: { identifier: 'test@test.com', verificationToken: 'MjAxOC0xMS0xM1QxNToxNToxNC42ODda_US2U6UK1WZC7NDAX' } };", "'MjAxOC0xMS0xM1QxNToxNToxNC42ODda_US2U6UK1WZC7NDAX'", 'process.env.MOCK_EVENT_USER_VERIFICATION_TOKEN') }],
    },
    // A seed's passwords are reported by strict, a token of a known format always; a crypto wallet's seed phrase module is no seed, nor is a route module named after sports fixtures.
    {
      code: "export const seed = async (knex) => knex('users').insert({ username: 'admin', password: 'Adm1nPass!' });",
      filename: 'src/db/seeds/01_users.ts',
      options: [{ strict: true }],
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'Adm…', envName: 'PASSWORD' }, suggestions: useEnv("export const seed = async (knex) => knex('users').insert({ username: 'admin', password: 'Adm1nPass!' });", "'Adm1nPass!'", 'process.env.PASSWORD') }],
    },
    // Nor is a file whose name only contains the letters of `mock` (`hammock.ts`, `mockingbird.ts`); a mock data module's token of a known format is reported.
    ...['prisma/seed.ts', 'src/crypto/seed-phrase.ts', 'src/wallet-seed.ts', 'db/fixtures.js', 'src/routes/fixtures-api.ts', 'src/hammock.ts', 'src/mockingbird.ts', 'src/mock-events.ts'].map((filename) => {
      const code = `export const integration = { stripe: { key: '${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}', password: 'Adm1nPass!' } };`;
      const token = { messageId: 'tokenFormat' as const, line: 1, suggestions: useEnv(code, `'${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}'`, 'process.env.STRIPE_SECRET_KEY') };
      const password = { messageId: 'secretName' as const, line: 1, suggestions: useEnv(code, "'Adm1nPass!'", 'process.env.INTEGRATION_STRIPE_PASSWORD') };
      return { code, filename, errors: filename === 'prisma/seed.ts' || filename === 'db/fixtures.js' || filename === 'src/mock-events.ts' ? [token] : [token, password] };
    }),
    ...['config/production.js', 'config/default.js', 'src/config/database.js', 'config/developers.js', 'src/devices.js', 'src/server-devtools.js', 'src/devops.js', 'src/device.js'].map((filename) => ({
      code: "module.exports = { db: { password: 'Xk9mPq2wLs' } };",
      filename,
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretName' as const, data: { kind: 'password', name: 'db.password', masked: 'Xk9…', envName: 'DB_PASSWORD' }, suggestions: useEnv("module.exports = { db: { password: 'Xk9mPq2wLs' } };", "'Xk9mPq2wLs'", 'process.env.DB_PASSWORD') }],
    })),
    {
      code: `module.exports = { stripe: { key: '${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}' } };`,
      filename: 'config/development.js',
      languageOptions: COMMONJS,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Stripe secret key', masked: 'sk_l…', envName: 'STRIPE_SECRET_KEY' }, suggestions: useEnv(`module.exports = { stripe: { key: '${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}' } };`, `'${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}'`, 'process.env.STRIPE_SECRET_KEY') }],
    },
    // Development settings: reported in strict; a token of a known format and a map that is not by environment always.
    {
      code: "module.exports = { development: { client: 'pg', connection: { password: 'Xk9mPq2wLs' } }, production: { client: 'pg', connection: process.env.DATABASE_URL } };",
      languageOptions: COMMONJS,
      options: [{ strict: true }],
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'connection.password', masked: 'Xk9…', envName: 'DB_PASSWORD' }, suggestions: useEnv("module.exports = { development: { client: 'pg', connection: { password: 'Xk9mPq2wLs' } }, production: { client: 'pg', connection: process.env.DATABASE_URL } };", "'Xk9mPq2wLs'", 'process.env.DB_PASSWORD') }],
    },
    {
      code: `export const settings = { development: { stripeKey: '${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}' }, production: { stripeKey: process.env.STRIPE_SECRET_KEY } };`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Stripe secret key', masked: 'sk_l…', envName: 'STRIPE_KEY' }, suggestions: useEnv(`export const settings = { development: { stripeKey: '${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}' }, production: { stripeKey: process.env.STRIPE_SECRET_KEY } };`, `'${'sk_live_' + '51HxQrTa9bC2dE3fG4hI5jK6l'}'`, 'process.env.STRIPE_KEY') }],
    },
    {
      code: "export const config = { e2e: { smtp: { auth: { pass: 'K4DvD8U31VKseT7vQC' } } }, production: { smtp: { auth: { pass: 'K4DvD8U31VKseT7vQC' } } } };",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'smtp.auth.pass', masked: 'K4Dv…', envName: 'SMTP_AUTH_PASS' }, line: 1, column: 118, suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.SMTP_AUTH_PASS' }, output: "export const config = { e2e: { smtp: { auth: { pass: 'K4DvD8U31VKseT7vQC' } } }, production: { smtp: { auth: { pass: process.env.SMTP_AUTH_PASS } } } };" }] }],
    },
    {
      code: "export const db = { development: { password: 'Xk9mPq2wLs' }, staging: { password: process.env.DB_PASSWORD } };",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'db.password', masked: 'Xk9…', envName: 'DB_PASSWORD' }, suggestions: useEnv("export const db = { development: { password: 'Xk9mPq2wLs' }, staging: { password: process.env.DB_PASSWORD } };", "'Xk9mPq2wLs'", 'process.env.DB_PASSWORD') }],
    },
    // Environment schemas (zod, joi, envalid, convict): an entry's default is its variable's fallback.
    {
      code: "import { z } from 'zod';\nexport const env = z.object({ JWT_SECRET: z.string().min(16).default('dev-jwt-secret-change-me').describe('signs tokens') }).parse(process.env);",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'dev-…' }, suggestions: removeFallback("import { z } from 'zod';\nexport const env = z.object({ JWT_SECRET: z.string().min(16).default('dev-jwt-secret-change-me').describe('signs tokens') }).parse(process.env);", "z.string().min(16).default('dev-jwt-secret-change-me')", 'z.string().min(16)') }],
    },
    {
      code: "const Joi = require('joi');\nmodule.exports = Joi.object({ SESSION_SECRET: Joi.string().default('supersecret_change_me'), PORT: Joi.number().default(3000) });",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.SESSION_SECRET', masked: 'supe…' }, suggestions: removeFallback("const Joi = require('joi');\nmodule.exports = Joi.object({ SESSION_SECRET: Joi.string().default('supersecret_change_me'), PORT: Joi.number().default(3000) });", "Joi.string().default('supersecret_change_me')", 'Joi.string()') }],
    },
    {
      code: "import { cleanEnv, str } from 'envalid';\nexport const env = cleanEnv(process.env, { SESSION_SECRET: str({ default: 'supersecret_change_me_in_production', desc: 'cookie secret' }) });",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.SESSION_SECRET', masked: 'supe…' }, suggestions: [] }],
    },
    {
      code: "const convict = require('convict');\nmodule.exports = convict({ jwtSecret: { doc: 'JWT signing secret', format: String, default: 'q8Zr2mK4pW9xT3vN7bL1cD5f', env: 'JWT_SECRET' } });",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'q8Zr…' }, suggestions: [] }],
    },
    // env-var: `env.get('X').default('…')` is the variable's fallback; without it, `.required()` fails where the variable is read.
    {
      code: "const env = require('env-var');\nmodule.exports = { secret: env.get('JWT_SECRET').default('dev-jwt-secret-change-me').asString() };",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'envFallback', data: { variable: "env.get('JWT_SECRET')", masked: 'dev-…' }, suggestions: removeFallback("const env = require('env-var');\nmodule.exports = { secret: env.get('JWT_SECRET').default('dev-jwt-secret-change-me').asString() };", "env.get('JWT_SECRET').default('dev-jwt-secret-change-me')", "env.get('JWT_SECRET').required()") }],
    },
    {
      code: "import * as env from 'env-var';\nexport const apiKey = env.get('API_KEY').required(false).default('q8Zr2mK4pW9xT3vN7bL1').asString();",
      errors: [{ messageId: 'envFallback', data: { variable: "env.get('API_KEY')", masked: 'q8Zr…' }, suggestions: removeFallback("import * as env from 'env-var';\nexport const apiKey = env.get('API_KEY').required(false).default('q8Zr2mK4pW9xT3vN7bL1').asString();", "env.get('API_KEY').required(false).default('q8Zr2mK4pW9xT3vN7bL1')", "env.get('API_KEY').required()") }],
    },
    {
      code: "import { get } from 'env-var';\nexport const envs = { NODE_ENV: get('NODE_ENV').default('development').asString(), JWT_SECRET: get('JWT_SECRET').default('dev-jwt-secret-change-me').asString() };",
      errors: [{ messageId: 'envFallback', data: { variable: "get('JWT_SECRET')", masked: 'dev-…' }, suggestions: removeFallback("import { get } from 'env-var';\nexport const envs = { NODE_ENV: get('NODE_ENV').default('development').asString(), JWT_SECRET: get('JWT_SECRET').default('dev-jwt-secret-change-me').asString() };", "get('JWT_SECRET').default('dev-jwt-secret-change-me')", "get('JWT_SECRET').required()") }],
    },
    {
      code: "import env from 'env-var';\nexport const apiKey: string = (env.get('API_KEY') as any).default('q8Zr2mK4pW9xT3vN7bL1').asString();",
      errors: [{ messageId: 'envFallback', data: { variable: "env.get('API_KEY')", masked: 'q8Zr…' }, suggestions: removeFallback("import env from 'env-var';\nexport const apiKey: string = (env.get('API_KEY') as any).default('q8Zr2mK4pW9xT3vN7bL1').asString();", "(env.get('API_KEY') as any).default('q8Zr2mK4pW9xT3vN7bL1')", "env.get('API_KEY').required()") }],
    },
    {
      code: "import { from } from 'env-var';\nconst env = from(process.env);\nexport const secret = env.get('SESSION_SECRET').default('keyboard cat').asString();",
      errors: [{ messageId: 'envFallback', data: { variable: "env.get('SESSION_SECRET')", masked: 'keyb…' }, suggestions: removeFallback("import { from } from 'env-var';\nconst env = from(process.env);\nexport const secret = env.get('SESSION_SECRET').default('keyboard cat').asString();", "env.get('SESSION_SECRET').default('keyboard cat')", "env.get('SESSION_SECRET').required()") }],
    },
    {
      code: "import { z } from 'zod';\nexport const env = z.object({ SMTP_HOST: z.string().default('mail.acme-corp.com') }).parse(process.env);",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.SMTP_HOST', what: 'SMTP server host', value: 'mail.acme-corp.com' }, suggestions: removeFallback("import { z } from 'zod';\nexport const env = z.object({ SMTP_HOST: z.string().default('mail.acme-corp.com') }).parse(process.env);", "z.string().default('mail.acme-corp.com')", 'z.string()') }],
    },
    // A public mail provider's shared endpoint as a fallback is a documented default: strict reports it.
    {
      code: "import { z } from 'zod';\nexport const env = z.object({ SMTP_HOST: z.string().default('smtp.mailgun.org') }).parse(process.env);",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.SMTP_HOST', what: 'SMTP server host', value: 'smtp.mailgun.org' }, suggestions: removeFallback("import { z } from 'zod';\nexport const env = z.object({ SMTP_HOST: z.string().default('smtp.mailgun.org') }).parse(process.env);", "z.string().default('smtp.mailgun.org')", 'z.string()') }],
    },
    {
      code: "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.MAIL_HOST || 'email-smtp.eu-west-1.amazonaws.com' });",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.MAIL_HOST', what: 'nodemailer createTransport() host', value: 'email-smtp.eu-west-1.amazonaws.com' }, suggestions: removeFallback("const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.MAIL_HOST || 'email-smtp.eu-west-1.amazonaws.com' });", "process.env.MAIL_HOST || 'email-smtp.eu-west-1.amazonaws.com'", 'process.env.MAIL_HOST') }],
    },
    {
      code: "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.EMAIL_HOST || 'smtp.zoho.internal' });",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.EMAIL_HOST', what: 'nodemailer createTransport() host', value: 'smtp.zoho.internal' }, suggestions: removeFallback("const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.EMAIL_HOST || 'smtp.zoho.internal' });", "process.env.EMAIL_HOST || 'smtp.zoho.internal'", 'process.env.EMAIL_HOST') }],
    },
    {
      code: "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.EMAIL_HOST || 'smtp.zoho.in' });",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.EMAIL_HOST', what: 'nodemailer createTransport() host', value: 'smtp.zoho.in' }, suggestions: removeFallback("const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: process.env.EMAIL_HOST || 'smtp.zoho.in' });", "process.env.EMAIL_HOST || 'smtp.zoho.in'", 'process.env.EMAIL_HOST') }],
    },
    // strict: a public provider's host is reported wherever it is written, in any branch.
    {
      code: OTHER_BRANCH_MAILER,
      options: [{ strict: true }],
      errors: [
        { messageId: 'backingServiceOption', line: 4, data: { what: 'host', value: 'smtp.sendgrid.net', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv(OTHER_BRANCH_MAILER, "'smtp.sendgrid.net'", 'process.env.SMTP_HOST') },
        { messageId: 'backingServiceOption', line: 6, data: { what: 'host', value: 'smtp.gmail.com', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv(OTHER_BRANCH_MAILER, "'smtp.gmail.com'", 'process.env.SMTP_HOST') },
      ],
    },
    {
      code: "const nodemailer = require('nodemailer');\nexport function mailer(type) {\n  if (type === 'mailgun') return nodemailer.createTransport({ host: 'smtp.mailgun.org' });\n}",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'smtp.mailgun.org', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nexport function mailer(type) {\n  if (type === 'mailgun') return nodemailer.createTransport({ host: 'smtp.mailgun.org' });\n}", "'smtp.mailgun.org'", 'process.env.SMTP_HOST') }],
    },
    // strict: Mailtrap's sending host, and a test inbox too.
    {
      code: "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: 'live.smtp.mailtrap.io', port: 587 });",
      options: [{ strict: true, clientPorts: false }],
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'live.smtp.mailtrap.io', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: 'live.smtp.mailtrap.io', port: 587 });", "'live.smtp.mailtrap.io'", 'process.env.SMTP_HOST') }],
    },
    {
      code: "const nodemailer = require('nodemailer');\nexport const mailer = nodemailer.createTransport({ host: 'sandbox.smtp.mailtrap.io', auth: { user: 'inbox', pass: '6fc90e1362b7ad' } });",
      options: [{ strict: true }],
      errors: [
        { messageId: 'backingServiceOption', data: { what: 'host', value: 'sandbox.smtp.mailtrap.io', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nexport const mailer = nodemailer.createTransport({ host: 'sandbox.smtp.mailtrap.io', auth: { user: 'inbox', pass: '6fc90e1362b7ad' } });", "'sandbox.smtp.mailtrap.io'", 'process.env.SMTP_HOST') },
        { messageId: 'clientCredential', data: { client: 'nodemailer createTransport()', masked: '6fc9…', envName: 'SMTP_PASSWORD' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nexport const mailer = nodemailer.createTransport({ host: 'sandbox.smtp.mailtrap.io', auth: { user: 'inbox', pass: '6fc90e1362b7ad' } });", "'6fc90e1362b7ad'", 'process.env.SMTP_PASSWORD') },
      ],
    },
    {
      code: "const nodemailer = require('nodemailer');\nexport const live = nodemailer.createTransport({ host: 'live.smtp.mailtrap.io', auth: { user: 'api', pass: '6fc90e1362b7ad' } });",
      errors: [
        { messageId: 'clientCredential', data: { client: 'nodemailer createTransport()', masked: '6fc9…', envName: 'SMTP_PASSWORD' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nexport const live = nodemailer.createTransport({ host: 'live.smtp.mailtrap.io', auth: { user: 'api', pass: '6fc90e1362b7ad' } });", "'6fc90e1362b7ad'", 'process.env.SMTP_PASSWORD') },
      ],
    },
    {
      code: "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: 'smtp.ethereal.email' });",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'smtp.ethereal.email', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: 'smtp.ethereal.email' });", "'smtp.ethereal.email'", 'process.env.SMTP_HOST') }],
    },
    // A Slack Bolt app's app.start(3000).
    {
      code: "import { App } from '@slack/bolt';\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });\nawait app.start(3000);",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import { App } from '@slack/bolt';\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });\nawait app.start(3000);", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    // A Telegraf bot's webhook server: launch({ webhook: { port } }), and Telegraf 3's startWebhook(path, tls, port).
    {
      code: "const { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: 8443 } });",
      errors: [{ messageId: 'listenPort', data: { port: '8443' }, suggestions: useEnv("const { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: 8443 } });", '8443', 'Number(process.env.PORT ?? 8443)') }],
    },
    {
      code: "const { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.startWebhook('/telegraf/hook', null, 4500);",
      errors: [{ messageId: 'listenPort', data: { port: '4500' }, suggestions: useEnv("const { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.startWebhook('/telegraf/hook', null, 4500);", '4500', 'Number(process.env.PORT ?? 4500)') }],
    },
    {
      code: "const TelegramBot = require('node-telegram-bot-api');\nconst bot = new TelegramBot(process.env.BOT_TOKEN, { webHook: { port: 8443 } });",
      errors: [{ messageId: 'listenPort', data: { port: '8443' }, suggestions: useEnv("const TelegramBot = require('node-telegram-bot-api');\nconst bot = new TelegramBot(process.env.BOT_TOKEN, { webHook: { port: 8443 } });", '8443', 'Number(process.env.PORT ?? 8443)') }],
    },
    // restana's service.start(3000), also of a fast-gateway gateway (a restana service).
    {
      code: "const restana = require('restana');\nconst service = restana();\nservice.start(3000);",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("const restana = require('restana');\nconst service = restana();\nservice.start(3000);", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "import gateway from 'fast-gateway';\nconst server = gateway({ routes: [] });\nawait server.start(8080);",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("import gateway from 'fast-gateway';\nconst server = gateway({ routes: [] });\nawait server.start(8080);", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // GraphQL Yoga 1's server.start({ port }) and Yoga 2's createServer({ port }): listen ports.
    {
      code: "import { GraphQLServer } from 'graphql-yoga';\nconst server = new GraphQLServer({ typeDefs, resolvers });\nconst options = { port: 4000, endpoint: '/graphql' };\nserver.start(options, () => console.log('ready'));",
      errors: [{ messageId: 'listenPort', data: { port: '4000' }, suggestions: useEnv("import { GraphQLServer } from 'graphql-yoga';\nconst server = new GraphQLServer({ typeDefs, resolvers });\nconst options = { port: 4000, endpoint: '/graphql' };\nserver.start(options, () => console.log('ready'));", '4000', 'Number(process.env.PORT ?? 4000)') }],
    },
    {
      code: "import { createServer } from '@graphql-yoga/node';\nconst server = createServer({ schema, port: 4001 });\nawait server.start();",
      errors: [{ messageId: 'listenPort', data: { port: '4001' }, suggestions: useEnv("import { createServer } from '@graphql-yoga/node';\nconst server = createServer({ schema, port: 4001 });\nawait server.start();", '4001', 'Number(process.env.PORT ?? 4001)') }],
    },
    // boardgame.io's server.run(port), or run({ port }): a listen port.
    {
      code: "import { Server } from 'boardgame.io/server';\nconst server = Server({ games: [Chess] });\nserver.run({ port: 8000 });",
      errors: [{ messageId: 'listenPort', data: { port: '8000' }, suggestions: useEnv("import { Server } from 'boardgame.io/server';\nconst server = Server({ games: [Chess] });\nserver.run({ port: 8000 });", '8000', 'Number(process.env.PORT ?? 8000)') }],
    },
    {
      code: "const nodemailer = require('nodemailer');\nexport const mailer = nodemailer.createTransport(`smtps://${user}:${pass}@smtp.gmail.com`);",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'SMTP server', host: 'smtp.gmail.com', envName: 'SMTP_URL' } }],
    },
    // strict: a public provider's host written without an environment read.
    {
      code: "const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: 'smtp.gmail.com', port: 465 });",
      options: [{ strict: true, clientPorts: false }],
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'smtp.gmail.com', client: 'nodemailer createTransport()', envName: 'SMTP_HOST' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: 'smtp.gmail.com', port: 465 });", "'smtp.gmail.com'", 'process.env.SMTP_HOST') }],
    },
    // nodemailer 1–2's SMTP transport package holds the options createTransport() is handed (NodeBB's mailer).
    {
      code: "const nodemailer = require('nodemailer');\nconst smtpTransport = require('nodemailer-smtp-transport');\nexports.mailer = nodemailer.createTransport(smtpTransport({ host: 'smtp.gmail.com', secure: true, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } }));",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'smtp.gmail.com', client: 'nodemailer-smtp-transport', envName: 'SMTP_HOST' }, suggestions: useEnv("const nodemailer = require('nodemailer');\nconst smtpTransport = require('nodemailer-smtp-transport');\nexports.mailer = nodemailer.createTransport(smtpTransport({ host: 'smtp.gmail.com', secure: true, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } }));", "'smtp.gmail.com'", 'process.env.SMTP_HOST') }],
    },
    // A bind address of one machine: positional (an IP address), or an option (any host name).
    ...(
      [
        ["const app = require('express')();\napp.listen(process.env.PORT, '10.0.4.12', () => {});", "'10.0.4.12'", '10.0.4.12'],
        ["const http = require('http');\nconst HOST = '192.168.1.10';\nhttp.createServer(handler).listen(Number(process.env.PORT), HOST);", "'192.168.1.10'", '192.168.1.10'],
        ["import Fastify from 'fastify';\nconst app = Fastify();\nawait app.listen({ port: Number(process.env.PORT), host: 'api.prod.internal' });", "'api.prod.internal'", 'api.prod.internal'],
        // Bun's, Deno's and Hono's `hostname`, a default export Bun serves, hapi's and ws's `host`.
        ["Bun.serve({ port: Number(Bun.env.PORT), hostname: '10.0.4.12', fetch: (req) => new Response('ok') });", "'10.0.4.12'", '10.0.4.12'],
        ["import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '172.16.0.4' });", "'172.16.0.4'", '172.16.0.4'],
        ["export default { port: Number(process.env.PORT), hostname: '10.1.2.3', fetch: app.fetch };", "'10.1.2.3'", '10.1.2.3'],
        ["import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: process.env.PORT, host: 'api.acme-corp.com' });\nawait server.start();", "'api.acme-corp.com'", 'api.acme-corp.com'],
        ["import { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: Number(process.env.PORT), host: '192.168.0.20' });", "'192.168.0.20'", '192.168.0.20'],
        ["import { NestFactory } from '@nestjs/core';\nexport const app = await NestFactory.createMicroservice(AppModule, { options: { host: '10.0.0.7', port: Number(process.env.PORT) } });", "'10.0.0.7'", '10.0.0.7'],
        ["import { startStandaloneServer } from '@apollo/server/standalone';\nawait startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: 'graph.prod.internal' } });", "'graph.prod.internal'", 'graph.prod.internal'],
      ] as const
    ).map(([code, from, host]) => ({
      code,
      errors: [{ messageId: 'listenHost' as const, data: { host }, suggestions: useEnv(code, from, 'process.env.HOST') }],
    })),
    // In a module written for Deno, the message and the fix read Deno's environment.
    ...(
      [
        ["Deno.serve({ hostname: 'edge.prod.internal', port: Number(Deno.env.get('PORT')) }, handler);", "'edge.prod.internal'", 'edge.prod.internal'],
        ["import express from 'npm:express@4';\nconst HOST = '10.0.4.12';\nexpress().listen(Number(Deno.env.get('PORT')), HOST);", "'10.0.4.12'", '10.0.4.12'],
      ] as const
    ).map(([code, from, host]) => ({
      code,
      errors: [{ messageId: 'listenHostDeno' as const, data: { host }, suggestions: useEnv(code, from, "Deno.env.get('HOST')") }],
    })),
    // Listening when the variable is set (not in its absence) is no default.
    {
      code: "const app = require('express')();\nif (process.env.PORT) app.listen(3000);\nelse app.listen(process.env.FALLBACK_PORT);",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("const app = require('express')();\nif (process.env.PORT) app.listen(3000);\nelse app.listen(process.env.FALLBACK_PORT);", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    // Listening when on the serverless platform (not off it) is no local run.
    {
      code: "import express from 'express';\nconst app = express();\nif (process.env.VERCEL) app.listen(3000);\nexport default app;",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import express from 'express';\nconst app = express();\nif (process.env.VERCEL) app.listen(3000);\nexport default app;", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    // A const of any name that is an environment read's fallback is that variable's value.
    {
      code: "const DEV_DEFAULT = 'hunter2-prod-signing';\nexport const secret = process.env.SESSION_SECRET || DEV_DEFAULT;",
      errors: [{ messageId: 'envFallback', line: 1, data: { variable: 'process.env.SESSION_SECRET', masked: 'hunt…' }, suggestions: removeFallback("const DEV_DEFAULT = 'hunter2-prod-signing';\nexport const secret = process.env.SESSION_SECRET || DEV_DEFAULT;", 'process.env.SESSION_SECRET || DEV_DEFAULT', 'process.env.SESSION_SECRET') }],
    },
    {
      code: "import { z } from 'zod';\nconst FALLBACK = 'q8Zr2mK4pW9xT3vN7bL1cD5f';\nexport const env = z.object({ JWT_SECRET: z.string().default(FALLBACK) }).parse(process.env);",
      errors: [{ messageId: 'envFallback', line: 2, data: { variable: 'process.env.JWT_SECRET', masked: 'q8Zr…' }, suggestions: removeFallback("import { z } from 'zod';\nconst FALLBACK = 'q8Zr2mK4pW9xT3vN7bL1cD5f';\nexport const env = z.object({ JWT_SECRET: z.string().default(FALLBACK) }).parse(process.env);", 'z.string().default(FALLBACK)', 'z.string()') }],
    },
    // Node's process imported (node:process), and env imported or destructured from it.
    {
      code: "import process, { env } from 'node:process';\nexport const jwtSecret = process.env.JWT_SECRET || 'hunter2-prod-signing';\nexport const apiKey = env.API_KEY ?? 'hunter2-prod-signing';",
      errors: [
        { messageId: 'envFallback', line: 2, data: { variable: 'process.env.JWT_SECRET', masked: 'hunt…' }, suggestions: removeFallback("import process, { env } from 'node:process';\nexport const jwtSecret = process.env.JWT_SECRET || 'hunter2-prod-signing';\nexport const apiKey = env.API_KEY ?? 'hunter2-prod-signing';", "process.env.JWT_SECRET || 'hunter2-prod-signing'", 'process.env.JWT_SECRET') },
        { messageId: 'envFallback', line: 3, data: { variable: 'process.env.API_KEY', masked: 'hunt…' }, suggestions: removeFallback("import process, { env } from 'node:process';\nexport const jwtSecret = process.env.JWT_SECRET || 'hunter2-prod-signing';\nexport const apiKey = env.API_KEY ?? 'hunter2-prod-signing';", "env.API_KEY ?? 'hunter2-prod-signing'", 'env.API_KEY') },
      ],
    },
    {
      code: "const { env } = require('process');\nmodule.exports = env.SESSION_SECRET || 'hunter2-prod-signing';",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.SESSION_SECRET', masked: 'hunt…' }, suggestions: removeFallback("const { env } = require('process');\nmodule.exports = env.SESSION_SECRET || 'hunter2-prod-signing';", "env.SESSION_SECRET || 'hunter2-prod-signing'", 'env.SESSION_SECRET') }],
    },
    // An alias of process.env is read like it; a computed name shows as written.
    {
      code: "const env = process.env;\nexport const secret = env.JWT_SECRET || 'hunter2-prod-signing';",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.JWT_SECRET', masked: 'hunt…' }, suggestions: removeFallback("const env = process.env;\nexport const secret = env.JWT_SECRET || 'hunter2-prod-signing';", "env.JWT_SECRET || 'hunter2-prod-signing'", 'env.JWT_SECRET') }],
    },
    {
      code: "export const signing = process.env[jwtSecret] || 'hunter2-prod-signing';",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env[jwtSecret]', masked: 'hunt…' }, suggestions: removeFallback("export const signing = process.env[jwtSecret] || 'hunter2-prod-signing';", "process.env[jwtSecret] || 'hunter2-prod-signing'", 'process.env[jwtSecret]') }],
    },
    // A NestJS microservice listens on options.port with the TCP transport, the default.
    {
      // A hybrid app's TCP microservice listens on a port of its own.
      code: "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nconst app = await NestFactory.create(AppModule);\napp.connectMicroservice({ transport: Transport.TCP, options: { host: '0.0.0.0', port: 3001 } });\nawait app.startAllMicroservices();\nawait app.listen(process.env.PORT ?? 3000);",
      errors: [{ messageId: 'listenPort', data: { port: '3001' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nconst app = await NestFactory.create(AppModule);\napp.connectMicroservice({ transport: Transport.TCP, options: { host: '0.0.0.0', port: 3001 } });\nawait app.startAllMicroservices();\nawait app.listen(process.env.PORT ?? 3000);", '3001', 'Number(process.env.PORT ?? 3001)') }],
    },
    {
      name: "a Nest gRPC microservice's port in the address it binds",
      code: "import { NestFactory } from '@nestjs/core';\nimport { MicroserviceOptions, Transport } from '@nestjs/microservices';\nconst app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, { transport: Transport.GRPC, options: { package: 'user', protoPath: 'src/user/user.proto', url: '0.0.0.0:3001' } });",
      errors: [{ messageId: 'listenPort', data: { port: '3001' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nimport { MicroserviceOptions, Transport } from '@nestjs/microservices';\nconst app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, { transport: Transport.GRPC, options: { package: 'user', protoPath: 'src/user/user.proto', url: '0.0.0.0:3001' } });", "'0.0.0.0:3001'", '`0.0.0.0:${process.env.PORT ?? 3001}`') }],
    },
    {
      code: "import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nexport const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.TCP, options: { host: '0.0.0.0', port: 3002 } });",
      errors: [{ messageId: 'listenPort', data: { port: '3002' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nimport { Transport } from '@nestjs/microservices';\nexport const app = await NestFactory.createMicroservice(AppModule, { transport: Transport.TCP, options: { host: '0.0.0.0', port: 3002 } });", '3002', 'Number(process.env.PORT ?? 3002)') }],
    },
    {
      code: "import { NestFactory } from '@nestjs/core';\nexport const app = await NestFactory.createMicroservice(AppModule, { options: { port: 3003 } });",
      errors: [{ messageId: 'listenPort', data: { port: '3003' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nexport const app = await NestFactory.createMicroservice(AppModule, { options: { port: 3003 } });", '3003', 'Number(process.env.PORT ?? 3003)') }],
    },
    // gRPC's bindAsync: the port of its address.
    {
      // The old grpc package's synchronous bind().
      code: "const grpc = require('grpc');\nconst server = new grpc.Server();\nserver.bind('0.0.0.0:50051', grpc.ServerCredentials.createInsecure());\nserver.start();",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '50051' }, suggestions: useEnv("const grpc = require('grpc');\nconst server = new grpc.Server();\nserver.bind('0.0.0.0:50051', grpc.ServerCredentials.createInsecure());\nserver.start();", "'0.0.0.0:50051'", '`0.0.0.0:${process.env.PORT ?? 50051}`') }],
    },
    {
      code: "import * as grpc from '@grpc/grpc-js';\nconst server = new grpc.Server();\nserver.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => {});",
      errors: [{ messageId: 'listenPort', data: { port: '50051' }, suggestions: useEnv("import * as grpc from '@grpc/grpc-js';\nconst server = new grpc.Server();\nserver.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => {});", "'0.0.0.0:50051'", '`0.0.0.0:${process.env.PORT ?? 50051}`') }],
    },
    // The same in a module written for Deno.
    {
      code: "import grpc from 'npm:@grpc/grpc-js';\nconst server = new grpc.Server();\nserver.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => {});",
      errors: [{ messageId: 'listenPortDeno', data: { port: '50051' }, suggestions: useEnv("import grpc from 'npm:@grpc/grpc-js';\nconst server = new grpc.Server();\nserver.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => {});", "'0.0.0.0:50051'", "`0.0.0.0:${Deno.env.get('PORT') ?? 50051}`") }],
    },
    {
      code: "import * as grpc from '@grpc/grpc-js';\nconst PORT = 50052;\nconst server = new grpc.Server();\nserver.bindAsync(`0.0.0.0:${PORT}`, grpc.ServerCredentials.createInsecure(), () => {});",
      errors: [{ messageId: 'listenPort', data: { port: '50052' }, suggestions: useEnv("import * as grpc from '@grpc/grpc-js';\nconst PORT = 50052;\nconst server = new grpc.Server();\nserver.bindAsync(`0.0.0.0:${PORT}`, grpc.ServerCredentials.createInsecure(), () => {});", '50052', 'Number(process.env.PORT ?? 50052)') }],
    },
    // Backing services reached over HTTP: their URL under their key is their location.
    {
      code: "export const config = { elasticsearch: { node: 'http://10.0.4.12:9200' } };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'Elasticsearch', host: '10.0.4.12', envName: 'ELASTICSEARCH_NODE' }, suggestions: useEnv("export const config = { elasticsearch: { node: 'http://10.0.4.12:9200' } };", "'http://10.0.4.12:9200'", 'process.env.ELASTICSEARCH_NODE') }],
    },
    {
      code: "export const COUCHDB_URL = 'https://couch.prod.acme.io:6984';",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'CouchDB', host: 'couch.prod.acme.io', envName: 'COUCHDB_URL' }, suggestions: useEnv("export const COUCHDB_URL = 'https://couch.prod.acme.io:6984';", "'https://couch.prod.acme.io:6984'", 'process.env.COUCHDB_URL') }],
    },
    {
      code: "export const config = { influx: { url: 'http://influx.prod.internal:8086' } };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'InfluxDB', host: 'influx.prod.internal', envName: 'INFLUX_URL' }, suggestions: useEnv("export const config = { influx: { url: 'http://influx.prod.internal:8086' } };", "'http://influx.prod.internal:8086'", 'process.env.INFLUX_URL') }],
    },
    // A service host as the fallback of a variable named for one, like a service URL's: a deploy without it attaches there.
    {
      code: "const es = new Client({ node: process.env.ELASTICSEARCH_URL || 'http://es.prod.internal:9200' });",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.ELASTICSEARCH_URL', what: 'Elasticsearch host', value: 'es.prod.internal' }, suggestions: removeFallback("const es = new Client({ node: process.env.ELASTICSEARCH_URL || 'http://es.prod.internal:9200' });", "process.env.ELASTICSEARCH_URL || 'http://es.prod.internal:9200'", 'process.env.ELASTICSEARCH_URL') }],
    },
    {
      code: "const { ES_HOST = 'https://10.0.3.4:9200', INFLUX_URL = 'http://influx.acme.io:8086' } = process.env;",
      errors: [
        { messageId: 'backingServiceFallback', data: { variable: 'process.env.ES_HOST', what: 'Elasticsearch host', value: '10.0.3.4' }, suggestions: removeFallback("const { ES_HOST = 'https://10.0.3.4:9200', INFLUX_URL = 'http://influx.acme.io:8086' } = process.env;", "ES_HOST = 'https://10.0.3.4:9200'", 'ES_HOST') },
        { messageId: 'backingServiceFallback', data: { variable: 'process.env.INFLUX_URL', what: 'InfluxDB host', value: 'influx.acme.io' }, suggestions: removeFallback("const { ES_HOST = 'https://10.0.3.4:9200', INFLUX_URL = 'http://influx.acme.io:8086' } = process.env;", "INFLUX_URL = 'http://influx.acme.io:8086'", 'INFLUX_URL') },
      ],
    },
    {
      code: "export const search = { ES_URL: 'http://10.0.3.4:9200' };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'Elasticsearch', host: '10.0.3.4', envName: 'ES_URL' }, suggestions: useEnv("export const search = { ES_URL: 'http://10.0.3.4:9200' };", "'http://10.0.3.4:9200'", 'process.env.ES_URL') }],
    },
    {
      code: "const esHost = process.env.ES_HOST ?? 'search.prod.internal';",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.ES_HOST', what: 'Elasticsearch host', value: 'search.prod.internal' }, suggestions: removeFallback("const esHost = process.env.ES_HOST ?? 'search.prod.internal';", "process.env.ES_HOST ?? 'search.prod.internal'", 'process.env.ES_HOST') }],
    },
    {
      code: "export const db = { host: process.env.DB_HOST ?? 'db.prod.internal', replica: { host: process.env.DB_REPLICA_HOST } };",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.DB_HOST', what: 'database host', value: 'db.prod.internal' }, suggestions: removeFallback("export const db = { host: process.env.DB_HOST ?? 'db.prod.internal', replica: { host: process.env.DB_REPLICA_HOST } };", "process.env.DB_HOST ?? 'db.prod.internal'", 'process.env.DB_HOST') }],
    },
    {
      code: "const pool = new Pool({ host: process.env.PGHOST || 'tiny.db.elephantsql.com' });",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.PGHOST', what: 'PostgreSQL host', value: 'tiny.db.elephantsql.com' }, suggestions: removeFallback("const pool = new Pool({ host: process.env.PGHOST || 'tiny.db.elephantsql.com' });", "process.env.PGHOST || 'tiny.db.elephantsql.com'", 'process.env.PGHOST') }],
    },
    {
      code: "const { DB_HOST = 'tiny.db.elephantsql.com', DB_NAME = 'app' } = process.env;",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.DB_HOST', what: 'database host', value: 'tiny.db.elephantsql.com' }, suggestions: removeFallback("const { DB_HOST = 'tiny.db.elephantsql.com', DB_NAME = 'app' } = process.env;", "DB_HOST = 'tiny.db.elephantsql.com'", 'DB_HOST') }],
    },
    {
      code: "const cacheUrl = process.env.REDIS_URL || 'redis://cache.prod.internal:6379';",
      errors: [
        {
          messageId: 'backingServiceFallback',
          data: { variable: 'process.env.REDIS_URL', what: 'Redis host', value: 'cache.prod.internal' },
          suggestions: removeFallback("const cacheUrl = process.env.REDIS_URL || 'redis://cache.prod.internal:6379';", "process.env.REDIS_URL || 'redis://cache.prod.internal:6379'", 'process.env.REDIS_URL'),
        },
      ],
    },
    {
      code: c.client,
      errors: [
        {
          messageId: 'backingServiceOption',
          data: { what: 'host', value: 'db.prod.internal', client: 'pg Pool', envName: 'PGHOST' },
          line: 2,
          column: 38,
          suggestions: useEnv(c.client, "'db.prod.internal'", 'process.env.PGHOST'),
        },
      ],
    },
    {
      code: "const mysql = require('mysql2/promise');\nconst DB_HOST = '192.168.1.20';\nmysql.createPool({ host: DB_HOST, user: 'app' });",
      errors: [
        {
          messageId: 'backingServiceOption',
          data: { what: 'host', value: '192.168.1.20', client: 'mysql2/promise createPool()', envName: 'MYSQL_HOST' },
          suggestions: useEnv("const mysql = require('mysql2/promise');\nconst DB_HOST = '192.168.1.20';\nmysql.createPool({ host: DB_HOST, user: 'app' });", "'192.168.1.20'", 'process.env.MYSQL_HOST'),
        },
      ],
    },
    // A password that does not repeat the user is reported against the local host too.
    {
      code: "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'mysql', host: 'localhost', username: 'user1', password: 'user2' });",
      errors: [{ messageId: 'clientCredential', data: { client: 'TypeORM DataSource', masked: 'u…', envName: 'DB_PASSWORD' }, suggestions: useEnv("import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'mysql', host: 'localhost', username: 'user1', password: 'user2' });", "'user2'", 'process.env.DB_PASSWORD') }],
    },
    // A local image's default password is fine against the local host only: the options name a remote one.
    {
      code: "import { Sequelize } from 'sequelize';\nconst DATABASE_PASSWORD = 'admin';\nexport const db = new Sequelize('shop', 'root', DATABASE_PASSWORD, { host: 'db.internal', dialect: 'mysql' });",
      errors: [
        {
          messageId: 'clientCredential',
          data: { client: 'Sequelize', masked: 'a…', envName: 'DB_PASSWORD' },
          line: 2,
          suggestions: useEnv("import { Sequelize } from 'sequelize';\nconst DATABASE_PASSWORD = 'admin';\nexport const db = new Sequelize('shop', 'root', DATABASE_PASSWORD, { host: 'db.internal', dialect: 'mysql' });", "'admin'", 'process.env.DB_PASSWORD'),
        },
        {
          messageId: 'backingServiceOption',
          data: { what: 'host', value: 'db.internal', client: 'Sequelize', envName: 'DB_HOST' },
          suggestions: useEnv("import { Sequelize } from 'sequelize';\nconst DATABASE_PASSWORD = 'admin';\nexport const db = new Sequelize('shop', 'root', DATABASE_PASSWORD, { host: 'db.internal', dialect: 'mysql' });", "'db.internal'", 'process.env.DB_HOST'),
        },
      ],
    },
    {
      code: "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('shop', 'app', 'Zq81pWx', { host: 'db.internal', dialect: 'mysql' });",
      errors: [
        {
          messageId: 'clientCredential',
          data: { client: 'Sequelize', masked: 'Zq…', envName: 'DB_PASSWORD' },
          line: 2,
          column: 48,
          suggestions: useEnv("import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('shop', 'app', 'Zq81pWx', { host: 'db.internal', dialect: 'mysql' });", "'Zq81pWx'", 'process.env.DB_PASSWORD'),
        },
        {
          messageId: 'backingServiceOption',
          data: { what: 'host', value: 'db.internal', client: 'Sequelize', envName: 'DB_HOST' },
          suggestions: useEnv("import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('shop', 'app', 'Zq81pWx', { host: 'db.internal', dialect: 'mysql' });", "'db.internal'", 'process.env.DB_HOST'),
        },
      ],
    },
    {
      code: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: process.env.PGHOST || '10.1.2.3', password: process.env.PGPASS ?? 'pgpass1' });",
      errors: [
        // Fallbacks of environment reads: the message says to drop the fallback, under the variable the code reads.
        {
          messageId: 'backingServiceFallback',
          data: { variable: 'process.env.PGHOST', what: 'pg Pool host', value: '10.1.2.3' },
          suggestions: removeFallback("import { Pool } from 'pg';\nexport const pool = new Pool({ host: process.env.PGHOST || '10.1.2.3', password: process.env.PGPASS ?? 'pgpass1' });", "process.env.PGHOST || '10.1.2.3'", 'process.env.PGHOST'),
        },
        {
          messageId: 'envFallback',
          data: { variable: 'process.env.PGPASS', masked: 'pg…' },
          suggestions: removeFallback("import { Pool } from 'pg';\nexport const pool = new Pool({ host: process.env.PGHOST || '10.1.2.3', password: process.env.PGPASS ?? 'pgpass1' });", "process.env.PGPASS ?? 'pgpass1'", 'process.env.PGPASS'),
        },
      ],
    },
    {
      code: "const Redis = require('ioredis');\nconst redis = new Redis({ host: process.env.REDIS_HOST, password: process.env.REDIS_PASSWORD || 'devpass42' });",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.REDIS_PASSWORD', masked: 'dev…' }, suggestions: removeFallback("const Redis = require('ioredis');\nconst redis = new Redis({ host: process.env.REDIS_HOST, password: process.env.REDIS_PASSWORD || 'devpass42' });", "process.env.REDIS_PASSWORD || 'devpass42'", 'process.env.REDIS_PASSWORD') }],
    },
    {
      code: c.clientPassword,
      errors: [{ messageId: 'clientCredential', data: { client: 'pg Pool', masked: 'pg…', envName: 'PGPASSWORD' }, suggestions: useEnv(c.clientPassword, "'pgpass1'", 'process.env.PGPASSWORD') }],
    },
    // A secret word with a digit is a weak password, not the password's name: the client's variable is suggested.
    {
      code: "import { Pool } from 'pg';\nexport const pool = new Pool({ password: 'Pg_pass_2024' });",
      errors: [{ messageId: 'clientCredential', data: { client: 'pg Pool', masked: 'Pg_p…', envName: 'PGPASSWORD' }, suggestions: useEnv("import { Pool } from 'pg';\nexport const pool = new Pool({ password: 'Pg_pass_2024' });", "'Pg_pass_2024'", 'process.env.PGPASSWORD') }],
    },
    {
      code: "export const url = 'postgresql://app:password123@db.internal.acme.io:5432/app';",
      errors: [{ messageId: 'connectionCredentials', data: { scheme: 'postgresql', masked: 'pas…', envName: 'DATABASE_URL' }, suggestions: useEnv("export const url = 'postgresql://app:password123@db.internal.acme.io:5432/app';", "'postgresql://app:password123@db.internal.acme.io:5432/app'", 'process.env.DATABASE_URL') }],
    },
    {
      code: "import Redis from 'ioredis';\nexport const redis = new Redis(6379, 'redis.prod.internal');",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'redis.prod.internal', client: 'ioredis', envName: 'REDIS_HOST' }, suggestions: useEnv("import Redis from 'ioredis';\nexport const redis = new Redis(6379, 'redis.prod.internal');", "'redis.prod.internal'", 'process.env.REDIS_HOST') }],
    },
    {
      code: "import { createClient } from 'redis';\nexport const client = createClient({ socket: { host: 'cache.internal', port: 6379 } });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'cache.internal', client: 'redis createClient()', envName: 'REDIS_HOST' }, suggestions: useEnv("import { createClient } from 'redis';\nexport const client = createClient({ socket: { host: 'cache.internal', port: 6379 } });", "'cache.internal'", 'process.env.REDIS_HOST') }],
    },
    {
      code: "const amqp = require('amqplib');\namqp.connect({ hostname: 'rabbit.internal', username: 'svc' });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'rabbit.internal', client: 'amqplib connect()', envName: 'AMQP_HOST' }, suggestions: useEnv("const amqp = require('amqplib');\namqp.connect({ hostname: 'rabbit.internal', username: 'svc' });", "'rabbit.internal'", 'process.env.AMQP_HOST') }],
    },
    {
      name: "ioredis Cluster's startup nodes, a list of options objects",
      code: "import Redis from 'ioredis';\nexport const cluster = new Redis.Cluster([{ host: 'redis-node-1.prod.acme.io', port: 6379 }, { host: '127.0.0.1', port: 7000 }]);",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'redis-node-1.prod.acme.io', client: 'ioredis Cluster', envName: 'REDIS_HOST' }, suggestions: useEnv("import Redis from 'ioredis';\nexport const cluster = new Redis.Cluster([{ host: 'redis-node-1.prod.acme.io', port: 6379 }, { host: '127.0.0.1', port: 7000 }]);", "'redis-node-1.prod.acme.io'", 'process.env.REDIS_HOST') }],
    },
    {
      name: "a NestJS microservice's Kafka brokers, and a list of NestJS Kafka clients",
      code: "import { NestFactory } from '@nestjs/core';\nimport { ClientsModule, Transport } from '@nestjs/microservices';\nconst app = await NestFactory.createMicroservice(AppModule, { transport: Transport.KAFKA, options: { client: { clientId: 'user', brokers: ['kafka_service:9092'] } } });\nexport const clients = ClientsModule.register([{ name: 'AUTH', transport: Transport.KAFKA, options: { client: { brokers: ['kafka.prod.acme.io:9092'] } } }]);",
      errors: [
        { messageId: 'backingServiceOption', line: 3, data: { what: 'host', value: 'kafka_service', client: 'NestJS Kafka transport', envName: 'KAFKA_BROKERS' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nimport { ClientsModule, Transport } from '@nestjs/microservices';\nconst app = await NestFactory.createMicroservice(AppModule, { transport: Transport.KAFKA, options: { client: { clientId: 'user', brokers: ['kafka_service:9092'] } } });\nexport const clients = ClientsModule.register([{ name: 'AUTH', transport: Transport.KAFKA, options: { client: { brokers: ['kafka.prod.acme.io:9092'] } } }]);", "'kafka_service:9092'", 'process.env.KAFKA_BROKERS') },
        { messageId: 'backingServiceOption', line: 4, data: { what: 'host', value: 'kafka.prod.acme.io', client: 'NestJS Kafka client', envName: 'KAFKA_BROKERS' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nimport { ClientsModule, Transport } from '@nestjs/microservices';\nconst app = await NestFactory.createMicroservice(AppModule, { transport: Transport.KAFKA, options: { client: { clientId: 'user', brokers: ['kafka_service:9092'] } } });\nexport const clients = ClientsModule.register([{ name: 'AUTH', transport: Transport.KAFKA, options: { client: { brokers: ['kafka.prod.acme.io:9092'] } } }]);", "'kafka.prod.acme.io:9092'", 'process.env.KAFKA_BROKERS') },
      ],
    },
    {
      code: "import { Kafka } from 'kafkajs';\nexport const kafka = new Kafka({ clientId: 'api', brokers: ['kafka-1.internal:9092'] });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'kafka-1.internal', client: 'kafkajs', envName: 'KAFKA_BROKERS' }, suggestions: useEnv("import { Kafka } from 'kafkajs';\nexport const kafka = new Kafka({ clientId: 'api', brokers: ['kafka-1.internal:9092'] });", "'kafka-1.internal:9092'", 'process.env.KAFKA_BROKERS') }],
    },
    {
      code: "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp.mailgun.org', auth: { user: 'postmaster', pass: 'Zq81pWx' } });",
      errors: [
        { messageId: 'clientCredential', data: { client: 'nodemailer createTransport()', masked: 'Zq…', envName: 'SMTP_PASSWORD' }, suggestions: useEnv("import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp.mailgun.org', auth: { user: 'postmaster', pass: 'Zq81pWx' } });", "'Zq81pWx'", 'process.env.SMTP_PASSWORD') },
      ],
    },
    // Job queues on Redis (BullMQ, Bull, NestJS's modules for them) and NestJS's mailer module.
    {
      code: "import { Queue } from 'bullmq';\nexport const emails = new Queue('emails', { connection: { host: 'redis.prod.internal', port: 6379, password: 'R3disPassw0rd' } });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'redis.prod.internal', client: 'BullMQ Queue', envName: 'REDIS_HOST' }, suggestions: useEnv("import { Queue } from 'bullmq';\nexport const emails = new Queue('emails', { connection: { host: 'redis.prod.internal', port: 6379, password: 'R3disPassw0rd' } });", "'redis.prod.internal'", 'process.env.REDIS_HOST') }, { messageId: 'clientCredential', data: { client: 'BullMQ Queue', masked: 'R3di…', envName: 'REDIS_PASSWORD' }, suggestions: useEnv("import { Queue } from 'bullmq';\nexport const emails = new Queue('emails', { connection: { host: 'redis.prod.internal', port: 6379, password: 'R3disPassw0rd' } });", "'R3disPassw0rd'", 'process.env.REDIS_PASSWORD') }],
    },
    {
      code: "const Queue = require('bull');\nmodule.exports = new Queue('video', { redis: { host: '10.0.0.9', port: Number(process.env.REDIS_PORT) } });",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: '10.0.0.9', client: 'bull Queue', envName: 'REDIS_HOST' }, suggestions: useEnv("const Queue = require('bull');\nmodule.exports = new Queue('video', { redis: { host: '10.0.0.9', port: Number(process.env.REDIS_PORT) } });", "'10.0.0.9'", 'process.env.REDIS_HOST') }],
    },
    // NestJS's cache on a Redis store.
    {
      code: "import { CacheModule } from '@nestjs/cache-manager';\nimport * as redisStore from 'cache-manager-redis-store';\nexport const cache = CacheModule.register({ store: redisStore, host: 'red-cfp8rsh4rebfdarujvjg.oregon-redis.render.com', port: 6379 });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'red-cfp8rsh4rebfdarujvjg.oregon-redis.render.com', client: 'CacheModule.register()', envName: 'REDIS_HOST' }, suggestions: useEnv("import { CacheModule } from '@nestjs/cache-manager';\nimport * as redisStore from 'cache-manager-redis-store';\nexport const cache = CacheModule.register({ store: redisStore, host: 'red-cfp8rsh4rebfdarujvjg.oregon-redis.render.com', port: 6379 });", "'red-cfp8rsh4rebfdarujvjg.oregon-redis.render.com'", 'process.env.REDIS_HOST') }],
    },
    {
      code: "import { BullModule } from '@nestjs/bullmq';\nexport const queues = BullModule.forRoot({ connection: { host: 'redis.prod.internal' } });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'redis.prod.internal', client: 'BullModule.forRoot()', envName: 'REDIS_HOST' }, suggestions: useEnv("import { BullModule } from '@nestjs/bullmq';\nexport const queues = BullModule.forRoot({ connection: { host: 'redis.prod.internal' } });", "'redis.prod.internal'", 'process.env.REDIS_HOST') }],
    },
    {
      code: "import { MailerModule } from '@nestjs-modules/mailer';\nexport const mail = MailerModule.forRoot({ transport: { host: 'smtp.sendgrid.net', auth: { user: 'apikey', pass: 'Sendgr1dPassw0rd' } } });",
      errors: [{ messageId: 'clientCredential', data: { client: 'MailerModule.forRoot()', masked: 'Send…', envName: 'SMTP_PASSWORD' }, suggestions: useEnv("import { MailerModule } from '@nestjs-modules/mailer';\nexport const mail = MailerModule.forRoot({ transport: { host: 'smtp.sendgrid.net', auth: { user: 'apikey', pass: 'Sendgr1dPassw0rd' } } });", "'Sendgr1dPassw0rd'", 'process.env.SMTP_PASSWORD') }],
    },
    {
      code: "const knex = require('knex');\nmodule.exports = knex({ client: 'pg', connection: { host: 'pg.internal', database: 'app' } });",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'pg.internal', client: 'knex', envName: 'DB_HOST' }, suggestions: useEnv("const knex = require('knex');\nmodule.exports = knex({ client: 'pg', connection: { host: 'pg.internal', database: 'app' } });", "'pg.internal'", 'process.env.DB_HOST') }],
    },
    {
      code: "import { DataSource } from 'typeorm';\nconst options = { type: 'postgres', host: 'db.internal' } as const;\nexport const ds = new DataSource(options);",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'db.internal', client: 'TypeORM DataSource', envName: 'DB_HOST' }, suggestions: useEnv("import { DataSource } from 'typeorm';\nconst options = { type: 'postgres', host: 'db.internal' } as const;\nexport const ds = new DataSource(options);", "'db.internal'", 'process.env.DB_HOST') }],
    },
    {
      name: "Upstash's Redis over HTTP, its database's URL written out",
      code: "import { Redis } from '@upstash/redis';\nexport const redis = new Redis({ url: 'https://enormous-wolf-49215.upstash.io', token: process.env.UPSTASH_REDIS_REST_TOKEN });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'endpoint', value: 'enormous-wolf-49215.upstash.io', client: '@upstash/redis', envName: 'UPSTASH_REDIS_REST_URL' }, suggestions: useEnv("import { Redis } from '@upstash/redis';\nexport const redis = new Redis({ url: 'https://enormous-wolf-49215.upstash.io', token: process.env.UPSTASH_REDIS_REST_TOKEN });", "'https://enormous-wolf-49215.upstash.io'", 'process.env.UPSTASH_REDIS_REST_URL') }],
    },
    {
      name: 'an object typed as TypeORM module options, which another file hands to TypeOrmModule.forRoot()',
      code: "import { TypeOrmModuleOptions } from '@nestjs/typeorm';\nexport const typeOrmConfig: TypeOrmModuleOptions = { type: 'postgres', host: '172.21.147.106', port: 5432, database: 'tasks' };",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: '172.21.147.106', client: 'TypeORM', envName: 'DB_HOST' }, suggestions: useEnv("import { TypeOrmModuleOptions } from '@nestjs/typeorm';\nexport const typeOrmConfig: TypeOrmModuleOptions = { type: 'postgres', host: '172.21.147.106', port: 5432, database: 'tasks' };", "'172.21.147.106'", 'process.env.DB_HOST') }],
    },
    {
      name: "the options a NestJS module's forRootAsync() gets from its useFactory (an arrow function, an async function typed as its options, a method)",
      code: "import { TypeOrmModule } from '@nestjs/typeorm';\nexport const db = TypeOrmModule.forRootAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ type: 'mysql', host: 'db.prod.acme.io', database: config.get('DB_NAME') }) });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'db.prod.acme.io', client: 'TypeOrmModule.forRootAsync()', envName: 'DB_HOST' }, suggestions: useEnv("import { TypeOrmModule } from '@nestjs/typeorm';\nexport const db = TypeOrmModule.forRootAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ type: 'mysql', host: 'db.prod.acme.io', database: config.get('DB_NAME') }) });", "'db.prod.acme.io'", 'process.env.DB_HOST') }],
    },
    {
      code: "import { TypeOrmModuleAsyncOptions } from '@nestjs/typeorm';\nexport const typeOrmAsyncConfig: TypeOrmModuleAsyncOptions = {\n  useFactory: async () => {\n    return { type: 'mysql', host: '10.0.4.12', port: 3306 };\n  },\n};",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: '10.0.4.12', client: 'TypeORM', envName: 'DB_HOST' }, suggestions: useEnv("import { TypeOrmModuleAsyncOptions } from '@nestjs/typeorm';\nexport const typeOrmAsyncConfig: TypeOrmModuleAsyncOptions = {\n  useFactory: async () => {\n    return { type: 'mysql', host: '10.0.4.12', port: 3306 };\n  },\n};", "'10.0.4.12'", 'process.env.DB_HOST') }],
    },
    {
      code: "import { MailerModule } from '@nestjs-modules/mailer';\nexport const mail = MailerModule.forRootAsync({ useFactory() { return { transport: { host: process.env.SMTP_HOST, auth: { user: 'mailer', pass: 'Qv7#tLp2wZ9x' } } }; } });",
      errors: [{ messageId: 'clientCredential', data: { client: 'MailerModule.forRootAsync()', masked: 'Qv7#…', envName: 'SMTP_PASSWORD' }, suggestions: useEnv("import { MailerModule } from '@nestjs-modules/mailer';\nexport const mail = MailerModule.forRootAsync({ useFactory() { return { transport: { host: process.env.SMTP_HOST, auth: { user: 'mailer', pass: 'Qv7#tLp2wZ9x' } } }; } });", "'Qv7#tLp2wZ9x'", 'process.env.SMTP_PASSWORD') }],
    },
    {
      name: 'strict: a Redis cache registered through a factory',
      code: "import { CacheModule } from '@nestjs/cache-manager';\nexport const cache = CacheModule.registerAsync({ useFactory: async () => ({ store: redisStore, host: 'localhost', port: 6381 }) });",
      options: [{ strict: true }],
      errors: [
        { messageId: 'backingServiceOption', data: { what: 'host', value: 'localhost', client: 'CacheModule.registerAsync()', envName: 'REDIS_HOST' }, suggestions: useEnv("import { CacheModule } from '@nestjs/cache-manager';\nexport const cache = CacheModule.registerAsync({ useFactory: async () => ({ store: redisStore, host: 'localhost', port: 6381 }) });", "'localhost'", 'process.env.REDIS_HOST') },
        { messageId: 'backingServiceOption', data: { what: 'port', value: '6381', client: 'CacheModule.registerAsync()', envName: 'REDIS_PORT' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'Number(process.env.REDIS_PORT ?? 6381)' }, output: "import { CacheModule } from '@nestjs/cache-manager';\nexport const cache = CacheModule.registerAsync({ useFactory: async () => ({ store: redisStore, host: 'localhost', port: Number(process.env.REDIS_PORT ?? 6381) }) });" }] },
      ],
    },
    {
      name: "an object that satisfies pg's pool options",
      code: "import type { PoolConfig } from 'pg';\nexport const pool = { host: 'db.prod.acme.io', port: 5432 } satisfies PoolConfig;",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'db.prod.acme.io', client: 'pg', envName: 'PGHOST' }, suggestions: useEnv("import type { PoolConfig } from 'pg';\nexport const pool = { host: 'db.prod.acme.io', port: 5432 } satisfies PoolConfig;", "'db.prod.acme.io'", 'process.env.PGHOST') }],
    },
    {
      code: "import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ endpoint: 'http://minio.internal:9000' });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'endpoint', value: 'minio.internal', client: 'S3Client', envName: 'AWS_ENDPOINT_URL' }, suggestions: useEnv("import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ endpoint: 'http://minio.internal:9000' });", "'http://minio.internal:9000'", 'process.env.AWS_ENDPOINT_URL') }],
    },
    {
      code: "const AWS = require('aws-sdk');\nconst sqs = new AWS.SQS({ endpoint: 'https://sqs.queue.internal' });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'endpoint', value: 'sqs.queue.internal', client: 'AWS.SQS', envName: 'AWS_ENDPOINT_URL' }, suggestions: useEnv("const AWS = require('aws-sdk');\nconst sqs = new AWS.SQS({ endpoint: 'https://sqs.queue.internal' });", "'https://sqs.queue.internal'", 'process.env.AWS_ENDPOINT_URL') }],
    },
    // NATS servers, as a list or one host for the list.
    {
      code: "import { connect } from 'nats';\nexport const nc = await connect({ servers: 'nats.prod.internal:4222' });\nexport const nc2 = await connect({ servers: ['nats-1.prod.internal:4222'] });",
      errors: [
        { messageId: 'backingServiceOption', line: 2, data: { what: 'host', value: 'nats.prod.internal', client: 'nats connect()', envName: 'NATS_SERVERS' }, suggestions: useEnv("import { connect } from 'nats';\nexport const nc = await connect({ servers: 'nats.prod.internal:4222' });\nexport const nc2 = await connect({ servers: ['nats-1.prod.internal:4222'] });", "'nats.prod.internal:4222'", 'process.env.NATS_SERVERS') },
        { messageId: 'backingServiceOption', line: 3, data: { what: 'host', value: 'nats-1.prod.internal', client: 'nats connect()', envName: 'NATS_SERVERS' }, suggestions: useEnv("import { connect } from 'nats';\nexport const nc = await connect({ servers: 'nats.prod.internal:4222' });\nexport const nc2 = await connect({ servers: ['nats-1.prod.internal:4222'] });", "'nats-1.prod.internal:4222'", 'process.env.NATS_SERVERS') },
      ],
    },
    // An endpoint written without its scheme, as AWS SDK v2 takes it, counts with a port.
    {
      code: "const AWS = require('aws-sdk');\nconst dynamo = new AWS.DynamoDB({ endpoint: 'dynamo.internal:4569', sslEnabled: false });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'endpoint', value: 'dynamo.internal', client: 'AWS.DynamoDB', envName: 'AWS_ENDPOINT_URL' }, suggestions: useEnv("const AWS = require('aws-sdk');\nconst dynamo = new AWS.DynamoDB({ endpoint: 'dynamo.internal:4569', sslEnabled: false });", "'dynamo.internal:4569'", 'process.env.AWS_ENDPOINT_URL') }],
    },

    // Clients of databases and brokers: postgres.js, neo4j-driver, mqtt, MinIO, mariadb, couchbase.
    {
      code: "import postgres from 'postgres';\nexport const sql = postgres({ host: 'db.prod.internal', port: 5432, username: 'app', password: 'Qv8tLm2xWd' });",
      errors: [
        { messageId: 'backingServiceOption', data: { what: 'host', value: 'db.prod.internal', client: 'postgres()', envName: 'PGHOST' }, suggestions: useEnv("import postgres from 'postgres';\nexport const sql = postgres({ host: 'db.prod.internal', port: 5432, username: 'app', password: 'Qv8tLm2xWd' });", "'db.prod.internal'", 'process.env.PGHOST') },
        { messageId: 'clientCredential', data: { client: 'postgres()', masked: 'Qv8…', envName: 'PGPASSWORD' }, suggestions: useEnv("import postgres from 'postgres';\nexport const sql = postgres({ host: 'db.prod.internal', port: 5432, username: 'app', password: 'Qv8tLm2xWd' });", "'Qv8tLm2xWd'", 'process.env.PGPASSWORD') },
      ],
    },
    {
      code: "import neo4j from 'neo4j-driver';\nexport const driver = neo4j.driver('bolt://neo4j.internal:7687', neo4j.auth.basic('neo4j', 'Hr4nW9zPq2t'));",
      errors: [
        { messageId: 'backingServiceUrl', data: { service: 'Neo4j', host: 'neo4j.internal', envName: 'NEO4J_URI' }, suggestions: useEnv("import neo4j from 'neo4j-driver';\nexport const driver = neo4j.driver('bolt://neo4j.internal:7687', neo4j.auth.basic('neo4j', 'Hr4nW9zPq2t'));", "'bolt://neo4j.internal:7687'", 'process.env.NEO4J_URI') },
        { messageId: 'clientCredential', data: { client: 'neo4j.auth.basic()', masked: 'Hr4…', envName: 'NEO4J_PASSWORD' }, suggestions: useEnv("import neo4j from 'neo4j-driver';\nexport const driver = neo4j.driver('bolt://neo4j.internal:7687', neo4j.auth.basic('neo4j', 'Hr4nW9zPq2t'));", "'Hr4nW9zPq2t'", 'process.env.NEO4J_PASSWORD') },
      ],
    },
    {
      code: "import mqtt from 'mqtt';\nexport const client = mqtt.connect({ host: 'broker.acme.io', port: 8883, protocol: 'mqtts', password: 'Tb6yKs1oRe' });",
      errors: [
        { messageId: 'backingServiceOption', data: { what: 'host', value: 'broker.acme.io', client: 'mqtt.connect()', envName: 'MQTT_HOST' }, suggestions: useEnv("import mqtt from 'mqtt';\nexport const client = mqtt.connect({ host: 'broker.acme.io', port: 8883, protocol: 'mqtts', password: 'Tb6yKs1oRe' });", "'broker.acme.io'", 'process.env.MQTT_HOST') },
        { messageId: 'clientCredential', data: { client: 'mqtt.connect()', masked: 'Tb6…', envName: 'MQTT_PASSWORD' }, suggestions: useEnv("import mqtt from 'mqtt';\nexport const client = mqtt.connect({ host: 'broker.acme.io', port: 8883, protocol: 'mqtts', password: 'Tb6yKs1oRe' });", "'Tb6yKs1oRe'", 'process.env.MQTT_PASSWORD') },
      ],
    },
    {
      code: "import * as Minio from 'minio';\nexport const minio = new Minio.Client({ endPoint: 'minio.internal', port: 9000, useSSL: false, accessKey: process.env.MINIO_ACCESS_KEY, secretKey: 'Jd73kQ0vXr5mPz' });",
      errors: [
        { messageId: 'backingServiceOption', data: { what: 'host', value: 'minio.internal', client: 'MinIO Client', envName: 'MINIO_ENDPOINT' }, suggestions: useEnv("import * as Minio from 'minio';\nexport const minio = new Minio.Client({ endPoint: 'minio.internal', port: 9000, useSSL: false, accessKey: process.env.MINIO_ACCESS_KEY, secretKey: 'Jd73kQ0vXr5mPz' });", "'minio.internal'", 'process.env.MINIO_ENDPOINT') },
        { messageId: 'clientCredential', data: { client: 'MinIO Client', masked: 'Jd73…', envName: 'MINIO_SECRET_KEY' }, suggestions: useEnv("import * as Minio from 'minio';\nexport const minio = new Minio.Client({ endPoint: 'minio.internal', port: 9000, useSSL: false, accessKey: process.env.MINIO_ACCESS_KEY, secretKey: 'Jd73kQ0vXr5mPz' });", "'Jd73kQ0vXr5mPz'", 'process.env.MINIO_SECRET_KEY') },
      ],
    },
    {
      code: "const mariadb = require('mariadb');\nmodule.exports = mariadb.createPool({ host: 'mariadb.internal', user: 'app', connectionLimit: 5 });",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'mariadb.internal', client: 'mariadb createPool()', envName: 'DB_HOST' }, suggestions: useEnv("const mariadb = require('mariadb');\nmodule.exports = mariadb.createPool({ host: 'mariadb.internal', user: 'app', connectionLimit: 5 });", "'mariadb.internal'", 'process.env.DB_HOST') }],
    },
    {
      code: "const couchbase = require('couchbase');\nexports.connect = () => couchbase.connect('couchbase://cb.internal', { username: 'Administrator', password: 'Wn3cZu8fLa' });",
      languageOptions: ESPREE_COMMONJS,
      errors: [
        { messageId: 'backingServiceUrl', data: { service: 'Couchbase', host: 'cb.internal', envName: 'COUCHBASE_URL' }, suggestions: useEnv("const couchbase = require('couchbase');\nexports.connect = () => couchbase.connect('couchbase://cb.internal', { username: 'Administrator', password: 'Wn3cZu8fLa' });", "'couchbase://cb.internal'", 'process.env.COUCHBASE_URL') },
        { messageId: 'clientCredential', data: { client: 'couchbase.connect()', masked: 'Wn3…', envName: 'COUCHBASE_PASSWORD' }, suggestions: useEnv("const couchbase = require('couchbase');\nexports.connect = () => couchbase.connect('couchbase://cb.internal', { username: 'Administrator', password: 'Wn3cZu8fLa' });", "'Wn3cZu8fLa'", 'process.env.COUCHBASE_PASSWORD') },
      ],
    },
    {
      code: "import { MikroORM } from '@mikro-orm/postgresql';\nexport const orm = await MikroORM.init({ entities, dbName: 'app', host: 'pg.internal' });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'pg.internal', client: 'MikroORM.init()', envName: 'DB_HOST' }, suggestions: useEnv("import { MikroORM } from '@mikro-orm/postgresql';\nexport const orm = await MikroORM.init({ entities, dbName: 'app', host: 'pg.internal' });", "'pg.internal'", 'process.env.DB_HOST') }],
    },
    {
      name: "MikroORM's config file (defineConfig of any of its drivers) and a knexfile's object typed Knex.Config are the clients' options",
      code: "import { defineConfig } from '@mikro-orm/postgresql';\nimport { Knex } from 'knex';\nexport default defineConfig({ entities, host: 'pg.internal' });\nexport const config: Knex.Config = { client: 'pg', connection: { host: 'pg-2.internal' } };",
      errors: [
        { messageId: 'backingServiceOption', line: 3, data: { what: 'host', value: 'pg.internal', client: 'MikroORM defineConfig()', envName: 'DB_HOST' }, suggestions: useEnv("import { defineConfig } from '@mikro-orm/postgresql';\nimport { Knex } from 'knex';\nexport default defineConfig({ entities, host: 'pg.internal' });\nexport const config: Knex.Config = { client: 'pg', connection: { host: 'pg-2.internal' } };", "'pg.internal'", 'process.env.DB_HOST') },
        { messageId: 'backingServiceOption', line: 4, data: { what: 'host', value: 'pg-2.internal', client: 'knex', envName: 'DB_HOST' }, suggestions: useEnv("import { defineConfig } from '@mikro-orm/postgresql';\nimport { Knex } from 'knex';\nexport default defineConfig({ entities, host: 'pg.internal' });\nexport const config: Knex.Config = { client: 'pg', connection: { host: 'pg-2.internal' } };", "'pg-2.internal'", 'process.env.DB_HOST') },
      ],
    },
    {
      name: "a client's clientUrl to a database is named by the scheme's variable; a key written as a variable keeps its name",
      code: "import { MikroORM } from '@mikro-orm/postgresql';\nexport const orm = await MikroORM.init({ entities, clientUrl: 'postgresql://app:Qv7rTz2mLx@pg.internal:5432/app' });\nexport const replica = defineConfig({ clientUrl: 'mongodb://mongo-2.internal:27017/app' });\nexport const cache = { CLIENT_URL: 'redis://cache.internal:6379' };",
      errors: [
        { messageId: 'connectionCredentials', data: { scheme: 'postgresql', masked: 'Qv7…', envName: 'DATABASE_URL' }, line: 2, suggestions: useEnv("import { MikroORM } from '@mikro-orm/postgresql';\nexport const orm = await MikroORM.init({ entities, clientUrl: 'postgresql://app:Qv7rTz2mLx@pg.internal:5432/app' });\nexport const replica = defineConfig({ clientUrl: 'mongodb://mongo-2.internal:27017/app' });\nexport const cache = { CLIENT_URL: 'redis://cache.internal:6379' };", "'postgresql://app:Qv7rTz2mLx@pg.internal:5432/app'", 'process.env.DATABASE_URL') },
        { messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'mongo-2.internal', envName: 'MONGODB_URI' }, line: 3, suggestions: useEnv("import { MikroORM } from '@mikro-orm/postgresql';\nexport const orm = await MikroORM.init({ entities, clientUrl: 'postgresql://app:Qv7rTz2mLx@pg.internal:5432/app' });\nexport const replica = defineConfig({ clientUrl: 'mongodb://mongo-2.internal:27017/app' });\nexport const cache = { CLIENT_URL: 'redis://cache.internal:6379' };", "'mongodb://mongo-2.internal:27017/app'", 'process.env.MONGODB_URI') },
        { messageId: 'backingServiceUrl', data: { service: 'Redis', host: 'cache.internal', envName: 'CLIENT_URL' }, line: 4, suggestions: useEnv("import { MikroORM } from '@mikro-orm/postgresql';\nexport const orm = await MikroORM.init({ entities, clientUrl: 'postgresql://app:Qv7rTz2mLx@pg.internal:5432/app' });\nexport const replica = defineConfig({ clientUrl: 'mongodb://mongo-2.internal:27017/app' });\nexport const cache = { CLIENT_URL: 'redis://cache.internal:6379' };", "'redis://cache.internal:6379'", 'process.env.CLIENT_URL') },
      ],
    },
    // Service hosts written into configuration: by a key path that names the service.
    ...(
      [
        ["const config = { db: { host: 'db.prod.internal', port: 5432 } };", "'db.prod.internal'", 'database', 'db.prod.internal', 'DB_HOST'],
        ["export const DB_HOST = '10.0.4.12';", "'10.0.4.12'", 'database', '10.0.4.12', 'DB_HOST'],
        ["const settings = { mail: { smtpServer: 'smtp.corp.com' } };", "'smtp.corp.com'", 'SMTP server', 'smtp.corp.com', 'MAIL_SMTP_SERVER'],
        ["export const dataSource: DataSourceOptions = { type: 'postgres', host: 'pg-1.prod.internal' };", "'pg-1.prod.internal'", 'database', 'pg-1.prod.internal', 'DATA_SOURCE_HOST'],
        ["const redisOptions = { host: 'cache-01.prod.company.com:6379' };", "'cache-01.prod.company.com:6379'", 'Redis', 'cache-01.prod.company.com', 'REDIS_OPTIONS_HOST'],
        ["const MONGO_DB_HOST = 'mongo.prod.internal';", "'mongo.prod.internal'", 'MongoDB', 'mongo.prod.internal', 'MONGO_DB_HOST'],
        ["const env = { PRIMARY_DB_HOSTNAME: 'pg-primary.prod.internal' };", "'pg-primary.prod.internal'", 'database', 'pg-primary.prod.internal', 'PRIMARY_DB_HOSTNAME'],
        // A key ending in `if` that is no condition, and a condition key below the host, still configure it.
        ["const modifiers = { motif: { smtpHost: 'smtp.corp.com' } };", "'smtp.corp.com'", 'SMTP server', 'smtp.corp.com', 'MODIFIERS_MOTIF_SMTP_HOST'],
        ["const smtp_host = 'smtp.corp.com';\nconst filter = { smtp_host };", "'smtp.corp.com'", 'SMTP server', 'smtp.corp.com', 'SMTP_HOST'],
        // The service word and the host word written as one: libpq's PGHOST, `dbhost`, `MAILSERVER`.
        ["export const PGHOST = 'pg-1.prod.internal';", "'pg-1.prod.internal'", 'PostgreSQL', 'pg-1.prod.internal', 'PGHOST'],
        ["const settings = { dbhost: '10.0.4.12', dbname: 'shop' };", "'10.0.4.12'", 'database', '10.0.4.12', 'DBHOST'],
        ["const env = { MAILSERVER: 'smtp.corp.com' };", "'smtp.corp.com'", 'SMTP server', 'smtp.corp.com', 'MAILSERVER'],
      ] as const
    ).map(([code, literal, service, host, envName]) => ({
      code,
      errors: [{ messageId: 'backingServiceUrl' as const, data: { service, host, envName }, suggestions: useEnv(code, literal, `process.env.${envName}`) }],
    })),
    {
      code: "module.exports = { production: { mongo: { primary: { hostname: 'mongo-a.prod.internal' } } } };",
      languageOptions: COMMONJS,
      errors: [
        {
          messageId: 'backingServiceUrl',
          data: { service: 'MongoDB', host: 'mongo-a.prod.internal', envName: 'MONGO_PRIMARY_HOSTNAME' },
          suggestions: useEnv("module.exports = { production: { mongo: { primary: { hostname: 'mongo-a.prod.internal' } } } };", "'mongo-a.prod.internal'", 'process.env.MONGO_PRIMARY_HOSTNAME'),
        },
      ],
    },

    // ---- 4. Secret-named bindings and properties
    {
      code: c.password,
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'password', name: 'password', masked: 'hu…', envName: 'PASSWORD' },
          line: 1,
          column: 18,
          suggestions: useEnv(c.password, "'hunter2'", 'process.env.PASSWORD'),
        },
      ],
    },
    {
      // `example` as a sibling, or in a name, is not an example above the value.
      code: "const config = { example: false, samples: { dir: './samples' }, db: { password: 'S3cr3tPw!' } };",
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'password', name: 'db.password', masked: 'S3c…', envName: 'DB_PASSWORD' },
          suggestions: useEnv("const config = { example: false, samples: { dir: './samples' }, db: { password: 'S3cr3tPw!' } };", "'S3cr3tPw!'", 'process.env.DB_PASSWORD'),
        },
      ],
    },
    {
      code: "const exampleApp = { session: { secret: 'S3cr3tPw!' } };",
      errors: [{ messageId: 'secretName', data: { kind: 'secret', name: 'exampleApp.session.secret', masked: 'S3c…', envName: 'EXAMPLE_APP_SESSION_SECRET' }, suggestions: useEnv("const exampleApp = { session: { secret: 'S3cr3tPw!' } };", "'S3cr3tPw!'", 'process.env.EXAMPLE_APP_SESSION_SECRET') }],
    },
    {
      code: c.dbPassword,
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'db.password', masked: 'S3c…', envName: 'DB_PASSWORD' }, suggestions: useEnv(c.dbPassword, "'S3cr3tPw!'", 'process.env.DB_PASSWORD') }],
    },
    ...(
      [
        ["const JWT_SECRET = 'Zq81pWx-77';", "'Zq81pWx-77'", 'secret', 'JWT_SECRET', 'Zq8…', 'JWT_SECRET'],
        ["const api_key = 'k3y9Zq81pW';", "'k3y9Zq81pW'", 'API key', 'api_key', 'k3y…', 'API_KEY'],
        ["const config = { stripe: { apiKey: 'k3y9Zq81pW' } };", "'k3y9Zq81pW'", 'API key', 'stripe.apiKey', 'k3y…', 'STRIPE_API_KEY'],
        ["class Client { private readonly apiKey = 'k3y9Zq81pW'; }", "'k3y9Zq81pW'", 'API key', 'apiKey', 'k3y…', 'API_KEY'],
        ["class Client { static token = 'tok3n-9Zq81'; }", "'tok3n-9Zq81'", 'token', 'token', 'tok…', 'TOKEN'],
        // A leading `@` makes no reference of a random value or a secret word.
        ["const auth = { token: '@k3y9Zq81pW' };", "'@k3y9Zq81pW'", 'token', 'auth.token', '@k3…', 'AUTH_TOKEN'],
        ["const auth = { token: '@supersecret' };", "'@supersecret'", 'token', 'auth.token', '@sup…', 'AUTH_TOKEN'],
        // Another user's QStash token is a secret, unlike the development server's.
        [`const QSTASH_TOKEN = '${QSTASH_USER_TOKEN}';`, `'${QSTASH_USER_TOKEN}'`, 'token', 'QSTASH_TOKEN', 'eyJV…', 'QSTASH_TOKEN'],
        // PostHog's personal API key is a secret, unlike its project key.
        [`const POSTHOG_PERSONAL_API_KEY = 'phx_${fakeChars(ALNUM, 43, 11)}';`, `'phx_${fakeChars(ALNUM, 43, 11)}'`, 'API key', 'POSTHOG_PERSONAL_API_KEY', 'phx_…', 'POSTHOG_PERSONAL_API_KEY'],
        // Mapbox's secret token (`sk.…`) is a secret, unlike its public one.
        [`mapboxgl.accessToken = 'sk.${MAPBOX_TOKEN_BODY}';`, `'sk.${MAPBOX_TOKEN_BODY}'`, 'token', 'mapboxgl.accessToken', 'sk.e…', 'MAPBOXGL_ACCESS_TOKEN'],
        // An analytics service's auth token reads its data, unlike the project key its clients ship with.
        ["const BUGSNAG_AUTH_TOKEN = 'a8f3c1d92b7e4f60a1c3d5e7f9b2c4d6';", "'a8f3c1d92b7e4f60a1c3d5e7f9b2c4d6'", 'token', 'BUGSNAG_AUTH_TOKEN', 'a8f3…', 'BUGSNAG_AUTH_TOKEN'],
        // Nor does a colon at the end (a key of another language is an identifier and a colon).
        ["const auth = { token: 'k3y9Zq81pW:' };", "'k3y9Zq81pW:'", 'token', 'auth.token', 'k3y…', 'AUTH_TOKEN'],
        ["const auth = { token: 'supersecret:' };", "'supersecret:'", 'token', 'auth.token', 'supe…', 'AUTH_TOKEN'],
        ["settings.clientSecret = 'cl1ent$ecret';", "'cl1ent$ecret'", 'secret', 'clientSecret', 'cl1e…', 'CLIENT_SECRET'],
        ["auth.github.clientSecret = 'cl1ent$ecret';", "'cl1ent$ecret'", 'secret', 'auth.github.clientSecret', 'cl1e…', 'AUTH_GITHUB_CLIENT_SECRET'],
        ["const AWS_SECRET_ACCESS_KEY = 'Zq81pWx9Zq81pWx9';", "'Zq81pWx9Zq81pWx9'", 'access key', 'AWS_SECRET_ACCESS_KEY', 'Zq81…', 'AWS_SECRET_ACCESS_KEY'],
        // AWS's own names suggest the variables its SDKs read; under another key they keep its name.
        ["export const s3 = new S3Client({ credentials: { secretAccessKey: 'Zq81pWx9Zq81pWx9' } });", "'Zq81pWx9Zq81pWx9'", 'access key', 'credentials.secretAccessKey', 'Zq81…', 'AWS_SECRET_ACCESS_KEY'],
        // Only S3rver's own value is its emulator's: a secret that starts with it is someone's.
        ["const local = { secretAccessKey: 'S3RVER-2f9Qx7' };", "'S3RVER-2f9Qx7'", 'access key', 'secretAccessKey', 'S3RV…', 'AWS_SECRET_ACCESS_KEY'],
        ["const secret_access_key = 'Zq81pWx9Zq81pWx9';", "'Zq81pWx9Zq81pWx9'", 'access key', 'secret_access_key', 'Zq81…', 'AWS_SECRET_ACCESS_KEY'],
        ["const minio = { secretAccessKey: 'Zq81pWx9Zq81pWx9' };", "'Zq81pWx9Zq81pWx9'", 'access key', 'minio.secretAccessKey', 'Zq81…', 'MINIO_SECRET_ACCESS_KEY'],
        ["const dbpassword = 'mypassword1';", "'mypassword1'", 'password', 'dbpassword', 'myp…', 'DBPASSWORD'],
        ["const jwtSecret = 'supersecret';", "'supersecret'", 'secret', 'jwtSecret', 'sup…', 'JWT_SECRET'],
        ["export const auth = { sessionSecret: 'dev-session-secret' };", "'dev-session-secret'", 'secret', 'auth.sessionSecret', 'dev-…', 'AUTH_SESSION_SECRET'],
        ["const credentials = 'admin:Zq81pWx';", "'admin:Zq81pWx'", 'credential', 'credentials', 'admi…', 'CREDENTIALS'],
        ["const passphrase = '123456';", "'123456'", 'password', 'passphrase', '12…', 'PASSPHRASE'],
        ["const tls = { cert, passPhrase: 'Zq81pWx' };", "'Zq81pWx'", 'password', 'tls.passPhrase', 'Zq…', 'TLS_PASS_PHRASE'],
        ["const smtp = { user: 'mailer', pass: 'Zq81pWx' };", "'Zq81pWx'", 'password', 'smtp.pass', 'Zq…', 'SMTP_PASS'],
        // A Gmail app password copied without its spaces: sixteen random letters.
        ["const mail = { user: 'ops@acme.io', pass: 'vdbbwgykbxeumsuc' };", "'vdbbwgykbxeumsuc'", 'password', 'mail.pass', 'vdbb…', 'MAIL_PASS'],
        // A key mashed on a keyboard: many lower-case letters, few of them vowels.
        ["module.exports = { apps: [{ env: { JWT_KEY: 'fjlkaafsjdjfskjfasdsaflkjafdsdsaf' } }] };", "'fjlkaafsjdjfskjfasdsaflkjafdsdsaf'", 'JWT key', 'JWT_KEY', 'fjlk…', 'JWT_KEY'],
        ["function connect(user, password = 'Zq81pWx') { return open(user, password); }", "'Zq81pWx'", 'password', 'password', 'Zq…', 'PASSWORD'],
        ["const { apiKey = 'k3y9Zq81pW' } = options;", "'k3y9Zq81pW'", 'API key', 'apiKey', 'k3y…', 'API_KEY'],
        ["const privateKey = 'Zq81pWx9' as const;", "'Zq81pWx9'", 'private key', 'privateKey', 'Zq…', 'PRIVATE_KEY'],
        ["export const authToken: string = 'tok3n-9Zq81';", "'tok3n-9Zq81'", 'token', 'authToken', 'tok…', 'AUTH_TOKEN'],
        ["process.env.JWT_SECRET = 'Zq81pWx-77';", "'Zq81pWx-77'", 'secret', 'JWT_SECRET', 'Zq8…', 'JWT_SECRET'],
      ] as const
    ).map(([code, literal, kind, name, masked, envName]) => ({
      code,
      errors: [{ messageId: 'secretName' as const, data: { kind, name, masked, envName }, suggestions: useEnv(code, literal, `process.env.${envName}`) }],
    })),
    {
      code: "this.token = 'tok3n-9Zq81';",
      languageOptions: ESPREE_SCRIPT,
      errors: [{ messageId: 'secretName', data: { kind: 'token', name: 'token', masked: 'tok…', envName: 'TOKEN' }, suggestions: useEnv("this.token = 'tok3n-9Zq81';", "'tok3n-9Zq81'", 'process.env.TOKEN') }],
    },
    {
      code: "const DEFAULT = 'Zq81pWx';\nexport const db = { password: DEFAULT };",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'db.password', masked: 'Zq…', envName: 'DB_PASSWORD' }, suggestions: useEnv("const DEFAULT = 'Zq81pWx';\nexport const db = { password: DEFAULT };", "'Zq81pWx'", 'process.env.DB_PASSWORD') }],
    },
    {
      // Handed on by assignment, and used before its declaration in the file.
      code: "function configure(config) {\n  config.password = FALLBACK;\n}\nconst FALLBACK = 'Zq81pWx';",
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'Zq…', envName: 'PASSWORD' }, suggestions: useEnv("function configure(config) {\n  config.password = FALLBACK;\n}\nconst FALLBACK = 'Zq81pWx';", "'Zq81pWx'", 'process.env.PASSWORD') }],
    },
    {
      // A `let` that is never reassigned is followed like a `const`; a template without expressions too.
      code: 'let initial = `Zq81pWx`;\nexport const db = { password: initial };',
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'db.password', masked: 'Zq…', envName: 'DB_PASSWORD' }, suggestions: useEnv('let initial = `Zq81pWx`;\nexport const db = { password: initial };', '`Zq81pWx`', 'process.env.DB_PASSWORD') }],
    },
    {
      code: c.login,
      errors: [
        {
          messageId: 'loginCheck',
          data: { name: 'password', masked: 'hu…', envName: 'PASSWORD' },
          line: 1,
          column: 38,
          suggestions: useEnv(c.login, "'hunter2'", 'process.env.PASSWORD'),
        },
      ],
    },
    {
      code: "if (req.headers['x-api-key'] !== 'k3y9Zq81pW') { res.sendStatus(401); }",
      errors: [{ messageId: 'loginCheck', data: { name: 'x-api-key', masked: 'k3y…', envName: 'X_API_KEY' }, suggestions: useEnv("if (req.headers['x-api-key'] !== 'k3y9Zq81pW') { res.sendStatus(401); }", "'k3y9Zq81pW'", 'process.env.X_API_KEY') }],
    },
    // `!==` before a throw demands the value: a login check.
    {
      code: "if (req.headers['x-api-key'] !== 'k3y9Zq81pW') throw new Error('unauthorized');",
      errors: [{ messageId: 'loginCheck', data: { name: 'x-api-key', masked: 'k3y…', envName: 'X_API_KEY' }, suggestions: useEnv("if (req.headers['x-api-key'] !== 'k3y9Zq81pW') throw new Error('unauthorized');", "'k3y9Zq81pW'", 'process.env.X_API_KEY') }],
    },
    // The compared value is not what the conditional keeps, or what it drops is a value: a login check.
    {
      code: "const user = token !== 'k3y9Zq81pWx7' ? undefined : account;",
      errors: [{ messageId: 'loginCheck', data: { name: 'token', masked: 'k3y9…', envName: 'TOKEN' }, suggestions: useEnv("const user = token !== 'k3y9Zq81pWx7' ? undefined : account;", "'k3y9Zq81pWx7'", 'process.env.TOKEN') }],
    },
    {
      code: "const key = apiKey !== 'k3y9Zq81pWx7' ? apiKey : fallbackKey;",
      errors: [{ messageId: 'loginCheck', data: { name: 'apiKey', masked: 'k3y9…', envName: 'API_KEY' }, suggestions: useEnv("const key = apiKey !== 'k3y9Zq81pWx7' ? apiKey : fallbackKey;", "'k3y9Zq81pWx7'", 'process.env.API_KEY') }],
    },
    // A table of PascalCase values most of whose keys name secrets is a table of secrets.
    {
      code: "const devLogins = { user: 'AdminUser', password: 'AdminPassword', secret: 'MySecret', token: 'DevToken' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'password', name: 'devLogins.password', masked: 'Admi…', envName: 'DEV_LOGINS_PASSWORD' }, suggestions: useEnv("const devLogins = { user: 'AdminUser', password: 'AdminPassword', secret: 'MySecret', token: 'DevToken' };", "'AdminPassword'", 'process.env.DEV_LOGINS_PASSWORD') },
        { messageId: 'secretName', data: { kind: 'secret', name: 'devLogins.secret', masked: 'My…', envName: 'DEV_LOGINS_SECRET' }, suggestions: useEnv("const devLogins = { user: 'AdminUser', password: 'AdminPassword', secret: 'MySecret', token: 'DevToken' };", "'MySecret'", 'process.env.DEV_LOGINS_SECRET') },
      ],
    },
    // A constant's words behind whose secret it is, and a token's name (two words) behind a product's, are still values.
    {
      code: "export const JWT_SECRET_TOKEN = 'MyJwtSecretToken';\nexport const DB_PASSWORD = 'AcmeDbPassword';",
      errors: [
        { messageId: 'secretName', data: { kind: 'token', name: 'JWT_SECRET_TOKEN', masked: 'MyJw…', envName: 'JWT_SECRET_TOKEN' }, suggestions: useEnv("export const JWT_SECRET_TOKEN = 'MyJwtSecretToken';\nexport const DB_PASSWORD = 'AcmeDbPassword';", "'MyJwtSecretToken'", 'process.env.JWT_SECRET_TOKEN') },
        { messageId: 'secretName', data: { kind: 'password', name: 'DB_PASSWORD', masked: 'Acme…', envName: 'DB_PASSWORD' }, suggestions: useEnv("export const JWT_SECRET_TOKEN = 'MyJwtSecretToken';\nexport const DB_PASSWORD = 'AcmeDbPassword';", "'AcmeDbPassword'", 'process.env.DB_PASSWORD') },
      ],
    },
    // Capitalised words are a name only under a token's name: a password may be words, and a token with a digit is no name.
    {
      code: "const admin = { password: 'CorrectHorse' };\nconst bot = { token: 'MultiDevice7' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'password', name: 'admin.password', masked: 'Corr…', envName: 'ADMIN_PASSWORD' }, suggestions: useEnv("const admin = { password: 'CorrectHorse' };\nconst bot = { token: 'MultiDevice7' };", "'CorrectHorse'", 'process.env.ADMIN_PASSWORD') },
        { messageId: 'secretName', data: { kind: 'token', name: 'bot.token', masked: 'Mult…', envName: 'BOT_TOKEN' }, suggestions: useEnv("const admin = { password: 'CorrectHorse' };\nconst bot = { token: 'MultiDevice7' };", "'MultiDevice7'", 'process.env.BOT_TOKEN') },
      ],
    },
    // Words after a kind's word, and more, or a secret's name without one, are a development secret.
    {
      code: "const AUTH_MODE_SHARED_SECRET = 'shared-secret-2';\nconst JWT_SECRET = 'shared-secret';",
      errors: [
        { messageId: 'secretName', data: { kind: 'secret', name: 'AUTH_MODE_SHARED_SECRET', masked: 'shar…', envName: 'AUTH_MODE_SHARED_SECRET' }, suggestions: useEnv("const AUTH_MODE_SHARED_SECRET = 'shared-secret-2';\nconst JWT_SECRET = 'shared-secret';", "'shared-secret-2'", 'process.env.AUTH_MODE_SHARED_SECRET') },
        { messageId: 'secretName', data: { kind: 'secret', name: 'JWT_SECRET', masked: 'shar…', envName: 'JWT_SECRET' }, suggestions: useEnv("const AUTH_MODE_SHARED_SECRET = 'shared-secret-2';\nconst JWT_SECRET = 'shared-secret';", "'shared-secret'", 'process.env.JWT_SECRET') },
      ],
    },
    // Brackets after a value that is no name do not make it code.
    {
      code: "const db = { password: 'Xk29vLq7Tz()' };\nconst api = { token: 'Zq81pWx.get()' };",
      errors: [
        { messageId: 'secretName', data: { kind: 'password', name: 'db.password', masked: 'Xk29…', envName: 'DB_PASSWORD' }, suggestions: useEnv("const db = { password: 'Xk29vLq7Tz()' };\nconst api = { token: 'Zq81pWx.get()' };", "'Xk29vLq7Tz()'", 'process.env.DB_PASSWORD') },
        { messageId: 'secretName', data: { kind: 'token', name: 'api.token', masked: 'Zq81…', envName: 'API_TOKEN' }, suggestions: useEnv("const db = { password: 'Xk29vLq7Tz()' };\nconst api = { token: 'Zq81pWx.get()' };", "'Zq81pWx.get()'", 'process.env.API_TOKEN') },
      ],
    },
    // A valid token is a token; a random value led by an underscore is no identifier.
    {
      code: "const validToken = 'tok3n-9Zq81';\nconst sessionToken = '_x9Fq2LmZ7pT4vB8n';",
      errors: [
        { messageId: 'secretName', data: { kind: 'token', name: 'validToken', masked: 'tok…', envName: 'VALID_TOKEN' }, suggestions: useEnv("const validToken = 'tok3n-9Zq81';\nconst sessionToken = '_x9Fq2LmZ7pT4vB8n';", "'tok3n-9Zq81'", 'process.env.VALID_TOKEN') },
        { messageId: 'secretName', data: { kind: 'token', name: 'sessionToken', masked: '_x9F…', envName: 'SESSION_TOKEN' }, suggestions: useEnv("const validToken = 'tok3n-9Zq81';\nconst sessionToken = '_x9Fq2LmZ7pT4vB8n';", "'_x9Fq2LmZ7pT4vB8n'", 'process.env.SESSION_TOKEN') },
      ],
    },
    // A `KEY_…` name whose value does not carry its word holds the secret itself (Razorpay's `key_secret`).
    {
      code: "exports.defs = { KEY_SECRET: 'Xk29aQ7mRt5bLw' };",
      errors: [{ messageId: 'secretName', data: { kind: 'secret', name: 'defs.KEY_SECRET', masked: 'Xk29…', envName: 'KEY_SECRET' }, suggestions: useEnv("exports.defs = { KEY_SECRET: 'Xk29aQ7mRt5bLw' };", "'Xk29aQ7mRt5bLw'", 'process.env.KEY_SECRET') }],
    },
    {
      code: "if ('S3cr3t!' === body.password) ok();",
      errors: [{ messageId: 'loginCheck', data: { name: 'password', masked: 'S3…', envName: 'PASSWORD' }, suggestions: useEnv("if ('S3cr3t!' === body.password) ok();", "'S3cr3t!'", 'process.env.PASSWORD') }],
    },

    // ---- 5. Secret sinks
    {
      code: c.sink,
      errors: [
        {
          messageId: 'secretSink',
          data: { sink: 'jsonwebtoken sign()', masked: 'keyb…', envName: 'JWT_SECRET' },
          line: 2,
          column: 52,
          suggestions: useEnv(c.sink, "'keyboard cat'", 'process.env.JWT_SECRET'),
        },
      ],
    },
    {
      code: "const jwt = require('jsonwebtoken');\njwt.verify(token, 'secret', (err, decoded) => done(decoded));",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretSink', data: { sink: 'jsonwebtoken verify()', masked: 'se…', envName: 'JWT_SECRET' }, suggestions: useEnv("const jwt = require('jsonwebtoken');\njwt.verify(token, 'secret', (err, decoded) => done(decoded));", "'secret'", 'process.env.JWT_SECRET') }],
    },
    // A signing algorithm other than `none` uses the secret.
    {
      code: "import jwt from 'jsonwebtoken';\nexport const sign = (claims) => jwt.sign(claims, 'fake-secret-2024', { algorithm: 'HS256' });",
      errors: [{ messageId: 'secretSink', data: { sink: 'jsonwebtoken sign()', masked: 'fake…', envName: 'JWT_SECRET' }, suggestions: useEnv("import jwt from 'jsonwebtoken';\nexport const sign = (claims) => jwt.sign(claims, 'fake-secret-2024', { algorithm: 'HS256' });", "'fake-secret-2024'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "import { sign as signToken } from 'jsonwebtoken';\nconst secret = 'my app';\nsignToken({ id }, secret);",
      errors: [{ messageId: 'secretSink', data: { sink: 'jsonwebtoken sign()', masked: 'my…', envName: 'JWT_SECRET' }, suggestions: useEnv("import { sign as signToken } from 'jsonwebtoken';\nconst secret = 'my app';\nsignToken({ id }, secret);", "'my app'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "const express = require('express');\napp.use(express.session({ secret: 'installing calipso is great fun' }));",
      errors: [sinkError("const express = require('express');\napp.use(express.session({ secret: 'installing calipso is great fun' }));", "'installing calipso is great fun'", "Express 3's express.session()", 'inst…', 'SESSION_SECRET')],
    },
    {
      code: "import session from 'express-session';\nconst sessionOptions = { secret: 'keyboard cat', resave: false };\napp.use(session(sessionOptions));",
      errors: [{ messageId: 'secretSink', data: { sink: 'express-session', masked: 'keyb…', envName: 'SESSION_SECRET' }, suggestions: useEnv("import session from 'express-session';\nconst sessionOptions = { secret: 'keyboard cat', resave: false };\napp.use(session(sessionOptions));", "'keyboard cat'", 'process.env.SESSION_SECRET') }],
    },
    // express-session's options as an object of their own, handed to session() in another file.
    {
      code: "const FileStore = require('session-file-store')(session);\nmodule.exports = { store: new FileStore({ retries: 0 }), secret: 'salty salt', resave: false, saveUninitialized: false };",
      languageOptions: languageOptions({ sourceType: 'commonjs' }),
      errors: [{ messageId: 'secretSink', data: { sink: 'express-session', masked: 'sal…', envName: 'SESSION_SECRET' }, suggestions: useEnv("const FileStore = require('session-file-store')(session);\nmodule.exports = { store: new FileStore({ retries: 0 }), secret: 'salty salt', resave: false, saveUninitialized: false };", "'salty salt'", 'process.env.SESSION_SECRET') }],
    },
    {
      code: "const sessionConfig = { name: 'sid', secret: 'keyboard cat', saveUninitialized: true };\nexport default sessionConfig;",
      errors: [{ messageId: 'secretSink', data: { sink: 'express-session', masked: 'keyb…', envName: 'SESSION_SECRET' }, suggestions: useEnv("const sessionConfig = { name: 'sid', secret: 'keyboard cat', saveUninitialized: true };\nexport default sessionConfig;", "'keyboard cat'", 'process.env.SESSION_SECRET') }],
    },
    // Koa's cookie-signing keys, set on the app or given to its constructor.
    {
      name: 'Koa 1, whose app is made without new',
      code: "const app = require('koa')();\napp.keys = 'xxx-server';",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'secretSink', data: { sink: "Koa's `app.keys`", masked: 'xxx…', envName: 'COOKIE_KEYS' }, suggestions: useEnv("const app = require('koa')();\napp.keys = 'xxx-server';", "'xxx-server'", 'process.env.COOKIE_KEYS') }],
    },
    {
      code: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = ['WJiol#23123_', 'second key'];",
      errors: [
        { messageId: 'secretSink', data: { sink: "Koa's `app.keys`", masked: 'WJio…', envName: 'COOKIE_KEYS' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.COOKIE_KEYS' }, output: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = [process.env.COOKIE_KEYS, 'second key'];" }] },
        { messageId: 'secretSink', data: { sink: "Koa's `app.keys`", masked: 'sec…', envName: 'COOKIE_KEYS_2' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.COOKIE_KEYS_2' }, output: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = ['WJiol#23123_', process.env.COOKIE_KEYS_2];" }] },
      ],
    },
    {
      code: "import Koa from 'koa';\nexport const app = new Koa({ keys: ['k3y9Zq81pWx7'] });",
      errors: [{ messageId: 'secretSink', data: { sink: "Koa's `app.keys`", masked: 'k3y9…', envName: 'COOKIE_KEYS' }, suggestions: useEnv("import Koa from 'koa';\nexport const app = new Koa({ keys: ['k3y9Zq81pWx7'] });", "'k3y9Zq81pWx7'", 'process.env.COOKIE_KEYS') }],
    },
    // Fastify plugins registered with a literal secret: the plugin is the sink.
    {
      code: "const fastify = require('fastify')();\nfastify.register(require('@fastify/jwt'), { secret: 'supersecret' });",
      errors: [{ messageId: 'secretSink', data: { sink: '@fastify/jwt', masked: 'sup…', envName: 'JWT_SECRET' }, suggestions: useEnv("const fastify = require('fastify')();\nfastify.register(require('@fastify/jwt'), { secret: 'supersecret' });", "'supersecret'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "import { fastifyCookie } from '@fastify/cookie';\nconst cookieOptions = { secret: 'my-secret', parseOptions: {} };\nawait app.register(fastifyCookie, cookieOptions);",
      errors: [{ messageId: 'secretSink', data: { sink: '@fastify/cookie', masked: 'my-…', envName: 'COOKIE_SECRET' }, suggestions: useEnv("import { fastifyCookie } from '@fastify/cookie';\nconst cookieOptions = { secret: 'my-secret', parseOptions: {} };\nawait app.register(fastifyCookie, cookieOptions);", "'my-secret'", 'process.env.COOKIE_SECRET') }],
    },
    {
      code: "import fastifySession from '@fastify/session';\napp.register(fastifySession, { secret: 'a secret with minimum length of 32 characters', store });",
      errors: [{ messageId: 'secretSink', data: { sink: '@fastify/session', masked: 'a se…', envName: 'SESSION_SECRET' }, suggestions: useEnv("import fastifySession from '@fastify/session';\napp.register(fastifySession, { secret: 'a secret with minimum length of 32 characters', store });", "'a secret with minimum length of 32 characters'", 'process.env.SESSION_SECRET') }],
    },
    // A remote host under such a key is a real location, named by the key; a constant named like a variable is the code's own value.
    {
      code: "export const env = { MONGODB_URI: 'mongodb://db.prod.internal:27017/app' };",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'db.prod.internal', envName: 'MONGODB_URI' }, suggestions: useEnv("export const env = { MONGODB_URI: 'mongodb://db.prod.internal:27017/app' };", "'mongodb://db.prod.internal:27017/app'", 'process.env.MONGODB_URI') }],
    },
    {
      code: "export const MONGODB_URI = 'mongodb://mongo:27017/app';",
      errors: [{ messageId: 'backingServiceUrl', data: { service: 'MongoDB', host: 'mongo', envName: 'MONGODB_URI' }, suggestions: useEnv("export const MONGODB_URI = 'mongodb://mongo:27017/app';", "'mongodb://mongo:27017/app'", 'process.env.MONGODB_URI') }],
    },
    // A Koa app handed to a setup module (a parameter named app, or typed as Koa's).
    {
      code: "const session = require('koa-session');\nmodule.exports = (app) => {\n  app.keys = ['newest secret key'];\n  app.use(session({ key: 'koa:sess' }, app));\n};",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretSink', line: 3, data: { sink: "Koa's `app.keys`", masked: 'newe…', envName: 'COOKIE_KEYS' }, suggestions: useEnv("const session = require('koa-session');\nmodule.exports = (app) => {\n  app.keys = ['newest secret key'];\n  app.use(session({ key: 'koa:sess' }, app));\n};", "'newest secret key'", 'process.env.COOKIE_KEYS') }],
    },
    {
      code: "import Koa from 'koa';\nexport default function setupSession(server: Koa): void {\n  server.keys = ['newest secret key'];\n}",
      errors: [{ messageId: 'secretSink', line: 3, data: { sink: "Koa's `app.keys`", masked: 'newe…', envName: 'COOKIE_KEYS' }, suggestions: useEnv("import Koa from 'koa';\nexport default function setupSession(server: Koa): void {\n  server.keys = ['newest secret key'];\n}", "'newest secret key'", 'process.env.COOKIE_KEYS') }],
    },
    // NestJS ConfigService (and config objects) read with a default: the default is a fallback.
    // Foal's default comes third, after the value's type.
    {
      code: "import { Config } from '@foal/core';\nexport const secret = Config.get('settings.jwt.secret', 'string', 'dev-jwt-secret-2024');",
      errors: [{ messageId: 'envFallback', data: { variable: "Config.get('settings.jwt.secret', 'string')", masked: 'dev-…' }, suggestions: removeFallback("import { Config } from '@foal/core';\nexport const secret = Config.get('settings.jwt.secret', 'string', 'dev-jwt-secret-2024');", "Config.get('settings.jwt.secret', 'string', 'dev-jwt-secret-2024')", "Config.get('settings.jwt.secret', 'string')") }],
    },
    {
      code: "@Injectable()\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(private readonly configService: ConfigService) {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: configService.get('JWT_SECRET', 'secretKey') });\n  }\n}",
      errors: [{ messageId: 'envFallback', data: { variable: "configService.get('JWT_SECRET')", masked: 'sec…' }, suggestions: removeFallback("@Injectable()\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(private readonly configService: ConfigService) {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: configService.get('JWT_SECRET', 'secretKey') });\n  }\n}", "configService.get('JWT_SECRET', 'secretKey')", "configService.get('JWT_SECRET')") }],
    },
    {
      code: "export const sessionOptions = (config: ConfigService) => ({ secret: config.get<string>('session.secret') ?? 'kj3h4kj5h3k4' });",
      errors: [{ messageId: 'envFallback', data: { variable: "config.get<string>('session.secret')", masked: 'kj3h…' }, suggestions: removeFallback("export const sessionOptions = (config: ConfigService) => ({ secret: config.get<string>('session.secret') ?? 'kj3h4kj5h3k4' });", "config.get<string>('session.secret') ?? 'kj3h4kj5h3k4'", "config.get<string>('session.secret')") }],
    },
    // Default options used whenever the configuration has none.
    {
      code: "const session = require('express-session');\napp.use(session(config.session || { name: 'admin', secret: 'very secret', resave: true }));",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'secretSink', data: { sink: 'express-session', masked: 'ver…', envName: 'SESSION_SECRET' }, suggestions: useEnv("const session = require('express-session');\napp.use(session(config.session || { name: 'admin', secret: 'very secret', resave: true }));", "'very secret'", 'process.env.SESSION_SECRET') }],
    },
    // oidc-provider's cookie signing keys, nested in its configuration.
    {
      code: "const { Provider } = require('oidc-provider');\nmodule.exports = new Provider(process.env.ISSUER, { cookies: { keys: ['Zq81pW9xT3vN7bL1cD5fK2'] } });",
      errors: [{ messageId: 'secretSink', data: { sink: "oidc-provider's `cookies.keys`", masked: 'Zq81…', envName: 'COOKIE_KEYS' }, suggestions: useEnv("const { Provider } = require('oidc-provider');\nmodule.exports = new Provider(process.env.ISSUER, { cookies: { keys: ['Zq81pW9xT3vN7bL1cD5fK2'] } });", "'Zq81pW9xT3vN7bL1cD5fK2'", 'process.env.COOKIE_KEYS') }],
    },
    // Chat bots' API tokens.
    // An Eris bot's token, and a tmi.js bot's OAuth token (its identity's password).
    {
      code: "const Eris = require('eris');\nconst bot = new Eris('MjgzNzQzNDYwNTQyOTA2MzY4.DsIDCQ.Ua7dL838EKt2zrgeZFvl4aDam7YE', { restMode: true });",
      errors: [sinkError("const Eris = require('eris');\nconst bot = new Eris('MjgzNzQzNDYwNTQyOTA2MzY4.DsIDCQ.Ua7dL838EKt2zrgeZFvl4aDam7YE', { restMode: true });", "'MjgzNzQzNDYwNTQyOTA2MzY4.DsIDCQ.Ua7dL838EKt2zrgeZFvl4aDam7YE'", 'Eris', 'Mjgz…', 'DISCORD_TOKEN')],
    },
    {
      code: "import Eris from 'eris';\nexport const bot = new Eris.CommandClient('bot-9f2Kq81pWx7Lm', {}, { prefix: '!' });",
      errors: [sinkError("import Eris from 'eris';\nexport const bot = new Eris.CommandClient('bot-9f2Kq81pWx7Lm', {}, { prefix: '!' });", "'bot-9f2Kq81pWx7Lm'", 'Eris', 'bot-…', 'DISCORD_TOKEN')],
    },
    {
      code: "const tmi = require('tmi.js');\nconst client = new tmi.Client({ identity: { username: 'mybot', password: 'oauth:k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6' }, channels: ['mychan'] });",
      errors: [sinkError("const tmi = require('tmi.js');\nconst client = new tmi.Client({ identity: { username: 'mybot', password: 'oauth:k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6' }, channels: ['mychan'] });", "'oauth:k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6'", 'tmi.js Client', 'oaut…', 'TWITCH_OAUTH_TOKEN')],
    },
    // A discord.js bot's token handed to client.login(), also through a constant and from a class.
    {
      code: "import { Client, GatewayIntentBits } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nawait client.login('MTA4NzY1NDMyMTA5ODc2NTQzMg.Gq7xZk.Vn3pQ8sLw2RmT5yHc9JbK4dFgX1aZe7UoPiNqW');",
      errors: [
        {
          messageId: 'secretSink',
          data: { sink: 'discord.js `client.login()`', masked: 'MTA4…', envName: 'DISCORD_TOKEN' },
          suggestions: useEnv(
            "import { Client, GatewayIntentBits } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nawait client.login('MTA4NzY1NDMyMTA5ODc2NTQzMg.Gq7xZk.Vn3pQ8sLw2RmT5yHc9JbK4dFgX1aZe7UoPiNqW');",
            "'MTA4NzY1NDMyMTA5ODc2NTQzMg.Gq7xZk.Vn3pQ8sLw2RmT5yHc9JbK4dFgX1aZe7UoPiNqW'",
            'process.env.DISCORD_TOKEN',
          ),
        },
      ],
    },
    {
      code: "import Discord from 'discord.js';\nconst STAGING_BOT = 'bot-9f2Kq81pWx7Lm';\nexport class Bot {\n  client = new Discord.Client({ intents: [] });\n  start() { return this.client.login(STAGING_BOT); }\n}",
      // The constant's name is an environment variable's, so the suggestion reads that one.
      errors: [{ messageId: 'secretSink', data: { sink: 'discord.js `client.login()`', masked: 'bot-…', envName: 'STAGING_BOT' }, suggestions: useEnv("import Discord from 'discord.js';\nconst STAGING_BOT = 'bot-9f2Kq81pWx7Lm';\nexport class Bot {\n  client = new Discord.Client({ intents: [] });\n  start() { return this.client.login(STAGING_BOT); }\n}", "'bot-9f2Kq81pWx7Lm'", 'process.env.STAGING_BOT') }],
    },
    {
      code: "const { Telegraf } = require('telegraf');\nconst bot = new Telegraf('dev-bot-token-for-staging');\nbot.launch();",
      errors: [{ messageId: 'secretSink', data: { sink: 'Telegraf', masked: 'dev-…', envName: 'BOT_TOKEN' }, suggestions: useEnv("const { Telegraf } = require('telegraf');\nconst bot = new Telegraf('dev-bot-token-for-staging');\nbot.launch();", "'dev-bot-token-for-staging'", 'process.env.BOT_TOKEN') }],
    },
    // A Telegram bot token has a format of its own: reported as one, wherever it is written.
    {
      code: `const { Telegraf } = require('telegraf');\nconst bot = new Telegraf('${TELEGRAM}');`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Telegram bot token', masked: first4(TELEGRAM), envName: 'TELEGRAM_BOT_TOKEN' }, suggestions: useEnv(`const { Telegraf } = require('telegraf');\nconst bot = new Telegraf('${TELEGRAM}');`, `'${TELEGRAM}'`, 'process.env.TELEGRAM_BOT_TOKEN') }],
    },
    {
      code: `export const config = { telegram: { token: '${TELEGRAM}' } };`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'Telegram bot token', masked: first4(TELEGRAM), envName: 'TELEGRAM_BOT_TOKEN' }, suggestions: useEnv(`export const config = { telegram: { token: '${TELEGRAM}' } };`, `'${TELEGRAM}'`, 'process.env.TELEGRAM_BOT_TOKEN') }],
    },
    {
      code: "import { Bot } from 'grammy';\nconst token = 'SUPERSECRETBOTTOKEN';\nexport const bot = new Bot(token);",
      errors: [{ messageId: 'secretSink', data: { sink: 'grammY Bot', masked: 'SUPE…', envName: 'BOT_TOKEN' }, suggestions: useEnv("import { Bot } from 'grammy';\nconst token = 'SUPERSECRETBOTTOKEN';\nexport const bot = new Bot(token);", "'SUPERSECRETBOTTOKEN'", 'process.env.BOT_TOKEN') }],
    },
    // A Deno bot that imports grammY from deno.land/x hands its token to the same Bot.
    {
      code: "import { Bot } from 'https://deno.land/x/grammy@v1.30.0/mod.ts';\nexport const bot = new Bot('SUPERSECRETBOTTOKEN');",
      errors: [{ messageId: 'secretSink', data: { sink: 'grammY Bot', masked: 'SUPE…', envName: 'BOT_TOKEN' }, suggestions: useEnv("import { Bot } from 'https://deno.land/x/grammy@v1.30.0/mod.ts';\nexport const bot = new Bot('SUPERSECRETBOTTOKEN');", "'SUPERSECRETBOTTOKEN'", "Deno.env.get('BOT_TOKEN')") }],
    },
    // A value of PascalCase words is still a secret when a word is not the key's own.
    {
      code: "export const AUTH_TOKEN = 'SuperSecretToken';",
      errors: [{ messageId: 'secretName', data: { kind: 'token', name: 'AUTH_TOKEN', masked: 'Supe…', envName: 'AUTH_TOKEN' }, suggestions: useEnv("export const AUTH_TOKEN = 'SuperSecretToken';", "'SuperSecretToken'", 'process.env.AUTH_TOKEN') }],
    },
    // Hono's jwt(), sign(), basicAuth(), bearerAuth() and signed cookies, also imported from JSR in Deno.
    {
      code: "import { jwt, sign } from 'hono/jwt';\napp.use('/auth/*', jwt({ secret: 'it-is-very-secret' }));\nexport const issue = (payload) => sign(payload, 'mySecretKey');",
      errors: [
        sinkError("import { jwt, sign } from 'hono/jwt';\napp.use('/auth/*', jwt({ secret: 'it-is-very-secret' }));\nexport const issue = (payload) => sign(payload, 'mySecretKey');", "'it-is-very-secret'", "Hono's jwt()", 'it-i…', 'JWT_SECRET'),
        sinkError("import { jwt, sign } from 'hono/jwt';\napp.use('/auth/*', jwt({ secret: 'it-is-very-secret' }));\nexport const issue = (payload) => sign(payload, 'mySecretKey');", "'mySecretKey'", "Hono's jwt sign()", 'myS…', 'JWT_SECRET'),
      ],
    },
    // Elysia's cookie secrets (the docs' sample phrase) and its jwt() plugin: phrases that name no secret on their own.
    {
      code: "import { Elysia } from 'elysia';\nimport jwt from '@elysiajs/jwt';\nnew Elysia({ cookie: { secrets: 'Fischl von Luftschloss Narfidort' } }).use(jwt({ name: 'jwt', secret: 'my elysia secret phrase' }));",
      errors: [
        sinkError("import { Elysia } from 'elysia';\nimport jwt from '@elysiajs/jwt';\nnew Elysia({ cookie: { secrets: 'Fischl von Luftschloss Narfidort' } }).use(jwt({ name: 'jwt', secret: 'my elysia secret phrase' }));", "'Fischl von Luftschloss Narfidort'", "Elysia's cookie `secrets`", 'Fisc…', 'COOKIE_SECRET'),
        sinkError("import { Elysia } from 'elysia';\nimport jwt from '@elysiajs/jwt';\nnew Elysia({ cookie: { secrets: 'Fischl von Luftschloss Narfidort' } }).use(jwt({ name: 'jwt', secret: 'my elysia secret phrase' }));", "'my elysia secret phrase'", "@elysiajs/jwt's jwt()", 'my e…', 'JWT_SECRET'),
      ],
    },
    {
      code: "import { jwt } from 'jsr:@hono/hono@^4/jwt';\napp.use('/auth/*', jwt({ secret: 'it-is-very-secret' }));",
      errors: [
        {
          messageId: 'secretSink',
          data: { sink: "Hono's jwt()", masked: 'it-i…', envName: 'JWT_SECRET' },
          suggestions: useEnv("import { jwt } from 'jsr:@hono/hono@^4/jwt';\napp.use('/auth/*', jwt({ secret: 'it-is-very-secret' }));", "'it-is-very-secret'", "Deno.env.get('JWT_SECRET')"),
        },
      ],
    },
    {
      code: "import { basicAuth } from 'hono/basic-auth';\napp.use('/admin/*', basicAuth({ username: 'hono', password: 'acoolproject' }));",
      errors: [sinkError("import { basicAuth } from 'hono/basic-auth';\napp.use('/admin/*', basicAuth({ username: 'hono', password: 'acoolproject' }));", "'acoolproject'", "Hono's basicAuth()", 'acoo…', 'BASIC_AUTH_PASSWORD')],
    },
    {
      code: "import { bearerAuth } from 'hono/bearer-auth';\nconst token = 'honoiscool';\napp.use('/api/*', bearerAuth({ token }));",
      errors: [sinkError("import { bearerAuth } from 'hono/bearer-auth';\nconst token = 'honoiscool';\napp.use('/api/*', bearerAuth({ token }));", "'honoiscool'", "Hono's bearerAuth()", 'hon…', 'API_TOKEN')],
    },
    {
      code: "import { setSignedCookie } from 'hono/cookie';\nexport const login = (c) => setSignedCookie(c, 'session', 'value', 'secret-key');",
      errors: [sinkError("import { setSignedCookie } from 'hono/cookie';\nexport const login = (c) => setSignedCookie(c, 'session', 'value', 'secret-key');", "'secret-key'", "Hono's setSignedCookie()", 'sec…', 'COOKIE_SECRET')],
    },
    {
      code: "const jwt = require('jwt-simple');\nmodule.exports = (payload) => jwt.encode(payload, 'xxx');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const jwt = require('jwt-simple');\nmodule.exports = (payload) => jwt.encode(payload, 'xxx');", "'xxx'", 'jwt-simple encode()', 'x…', 'JWT_SECRET')],
    },
    // Remix's and React Router's cookie secrets: a session storage's cookie, and createCookie()'s (each one of a rotation).
    {
      code: "import { createCookieSessionStorage } from '@remix-run/node';\nexport const { getSession, commitSession } = createCookieSessionStorage({\n  cookie: { name: '__session', httpOnly: true, secrets: ['s3cr3t'], secure: true },\n});",
      errors: [sinkError("import { createCookieSessionStorage } from '@remix-run/node';\nexport const { getSession, commitSession } = createCookieSessionStorage({\n  cookie: { name: '__session', httpOnly: true, secrets: ['s3cr3t'], secure: true },\n});", "'s3cr3t'", 'createCookieSessionStorage()', 's3…', 'SESSION_SECRET')],
    },
    // Vercel's re-export of Remix's server runtime.
    {
      code: "import { createCookieSessionStorage } from '@vercel/remix';\nexport const storage = createCookieSessionStorage({ cookie: { name: 's', secrets: ['s3cr3t'] } });",
      errors: [sinkError("import { createCookieSessionStorage } from '@vercel/remix';\nexport const storage = createCookieSessionStorage({ cookie: { name: 's', secrets: ['s3cr3t'] } });", "'s3cr3t'", 'createCookieSessionStorage()', 's3…', 'SESSION_SECRET')],
    },
    // Remix 1's `remix` package re-exports the same helpers.
    {
      code: "import { createCookieSessionStorage } from 'remix';\nexport const storage = createCookieSessionStorage({ cookie: { name: 's', secrets: ['s3cr3t'] } });",
      errors: [sinkError("import { createCookieSessionStorage } from 'remix';\nexport const storage = createCookieSessionStorage({ cookie: { name: 's', secrets: ['s3cr3t'] } });", "'s3cr3t'", 'createCookieSessionStorage()', 's3…', 'SESSION_SECRET')],
    },
    {
      code: "import { createCookie } from 'react-router';\nexport const prefs = createCookie('prefs', { maxAge: 604800, secrets: [process.env.COOKIE_SECRET, 'n3wSecr3t-rotated'] });",
      errors: [sinkError("import { createCookie } from 'react-router';\nexport const prefs = createCookie('prefs', { maxAge: 604800, secrets: [process.env.COOKIE_SECRET, 'n3wSecr3t-rotated'] });", "'n3wSecr3t-rotated'", 'createCookie()', 'n3wS…', 'SESSION_SECRET_2')],
    },
    // iron-session's password, as the last argument: (req, res, options) or, in Next.js, (cookies(), options).
    {
      code: "import { getIronSession } from 'iron-session';\nexport const getSession = (req, res) => getIronSession(req, res, { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' });",
      errors: [sinkError("import { getIronSession } from 'iron-session';\nexport const getSession = (req, res) => getIronSession(req, res, { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' });", "'complex_password_at_least_32_characters_long'", 'iron-session', 'comp…', 'SESSION_PASSWORD')],
    },
    {
      code: "import { getIronSession } from 'iron-session';\nconst sessionOptions = { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' };\nexport const getSession = async () => getIronSession(await cookies(), sessionOptions);",
      errors: [sinkError("import { getIronSession } from 'iron-session';\nconst sessionOptions = { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' };\nexport const getSession = async () => getIronSession(await cookies(), sessionOptions);", "'complex_password_at_least_32_characters_long'", 'iron-session', 'comp…', 'SESSION_PASSWORD')],
    },
    {
      code: "const { auth } = require('express-openid-connect');\napp.use(auth({ authRequired: false, secret: 'a long, randomly-generated string' }));",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const { auth } = require('express-openid-connect');\napp.use(auth({ authRequired: false, secret: 'a long, randomly-generated string' }));", "'a long, randomly-generated string'", 'express-openid-connect auth()', 'a lo…', 'SECRET')],
    },
    // crypto-js: the key of AES and of an HMAC, direct or in a const.
    {
      code: "import CryptoJS from 'crypto-js';\nexport const encrypt = (text) => CryptoJS.AES.encrypt(text, 'secret key 123').toString();\nexport const mac = (text) => CryptoJS.HmacSHA256(text, 'k3y');",
      errors: [
        sinkError("import CryptoJS from 'crypto-js';\nexport const encrypt = (text) => CryptoJS.AES.encrypt(text, 'secret key 123').toString();\nexport const mac = (text) => CryptoJS.HmacSHA256(text, 'k3y');", "'secret key 123'", 'crypto-js AES.encrypt()', 'secr…', 'ENCRYPTION_KEY'),
        sinkError("import CryptoJS from 'crypto-js';\nexport const encrypt = (text) => CryptoJS.AES.encrypt(text, 'secret key 123').toString();\nexport const mac = (text) => CryptoJS.HmacSHA256(text, 'k3y');", "'k3y'", 'crypto-js HmacSHA256()', 'k…', 'HMAC_SECRET'),
      ],
    },
    {
      code: "const CryptoJS = require('crypto-js');\nconst KEY = 'my-key';\nmodule.exports = (text) => CryptoJS.AES.decrypt(text, KEY).toString(CryptoJS.enc.Utf8);",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const CryptoJS = require('crypto-js');\nconst KEY = 'my-key';\nmodule.exports = (text) => CryptoJS.AES.decrypt(text, KEY).toString(CryptoJS.enc.Utf8);", "'my-key'", 'crypto-js AES.decrypt()', 'my…', 'ENCRYPTION_KEY')],
    },
    {
      // Cloudinary's account secret, whatever it looks like; its cloud name is no secret.
      code: "const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: 'acme-media', api_secret: 'supersecret' });",
      errors: [sinkError("const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: 'acme-media', api_secret: 'supersecret' });", "'supersecret'", 'Cloudinary config()', 'sup…', 'CLOUDINARY_API_SECRET')],
    },
    {
      code: "import { v2 as cloudinary } from 'cloudinary';\ncloudinary.config({ cloud_name: 'acme-media', api_secret: 'qKSz77nZuLXXxa9mDDqh1laKu0' });",
      errors: [sinkError("import { v2 as cloudinary } from 'cloudinary';\ncloudinary.config({ cloud_name: 'acme-media', api_secret: 'qKSz77nZuLXXxa9mDDqh1laKu0' });", "'qKSz77nZuLXXxa9mDDqh1laKu0'", 'Cloudinary config()', 'qKSz…', 'CLOUDINARY_API_SECRET')],
    },
    // Twilio's client: its auth token, also in a constant (named after the token, not the client's variable).
    {
      code: "const client = require('twilio')('AC3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c', '7d2c9e4f1a8b3c6d5e0f9a2b7c4d1e8f');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const client = require('twilio')('AC3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c', '7d2c9e4f1a8b3c6d5e0f9a2b7c4d1e8f');", "'7d2c9e4f1a8b3c6d5e0f9a2b7c4d1e8f'", 'the Twilio client', '7d2c…', 'TWILIO_AUTH_TOKEN')],
    },
    {
      code: "import { Twilio } from 'twilio';\nconst authToken = '7d2c9e4f1a8b3c6d5e0f9a2b7c4d1e8f';\nexport const client = new Twilio(process.env.TWILIO_ACCOUNT_SID, authToken);",
      errors: [sinkError("import { Twilio } from 'twilio';\nconst authToken = '7d2c9e4f1a8b3c6d5e0f9a2b7c4d1e8f';\nexport const client = new Twilio(process.env.TWILIO_ACCOUNT_SID, authToken);", "'7d2c9e4f1a8b3c6d5e0f9a2b7c4d1e8f'", 'the Twilio client', '7d2c…', 'TWILIO_AUTH_TOKEN')],
    },
    // API clients handed their key first: Yelp Fusion's, Resend's, NewsAPI's.
    {
      code: "const yelp = require('yelp-fusion');\nconst client = yelp.client('hkkJIKWdwY1z1mnqVb3Qx7PzR2sT9uYcA4eF6gH8iJ0kL');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const yelp = require('yelp-fusion');\nconst client = yelp.client('hkkJIKWdwY1z1mnqVb3Qx7PzR2sT9uYcA4eF6gH8iJ0kL');", "'hkkJIKWdwY1z1mnqVb3Qx7PzR2sT9uYcA4eF6gH8iJ0kL'", 'the Yelp Fusion client', 'hkkJ…', 'YELP_API_KEY')],
    },
    {
      code: "import { Resend } from 'resend';\nexport const resend = new Resend('re_Zq81pWx7_Kd93LmNbV2cX4sT6yU8wQ1e');",
      errors: [sinkError("import { Resend } from 'resend';\nexport const resend = new Resend('re_Zq81pWx7_Kd93LmNbV2cX4sT6yU8wQ1e');", "'re_Zq81pWx7_Kd93LmNbV2cX4sT6yU8wQ1e'", 'the Resend client', 're_Z…', 'RESEND_API_KEY')],
    },
    {
      code: "const NewsAPI = require('newsapi');\nconst newsapi = new NewsAPI('4de44c33da0fc597351e5d140fda9c84');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const NewsAPI = require('newsapi');\nconst newsapi = new NewsAPI('4de44c33da0fc597351e5d140fda9c84');", "'4de44c33da0fc597351e5d140fda9c84'", 'the NewsAPI client', '4de4…', 'NEWSAPI_KEY')],
    },
    {
      name: "a NestJS strategy's secretOrKey, handed to passport-jwt through super()",
      code: "import { PassportStrategy } from '@nestjs/passport';\nimport { ExtractJwt, Strategy } from 'passport-jwt';\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'keyboard cat' });\n  }\n}",
      errors: [sinkError("import { PassportStrategy } from '@nestjs/passport';\nimport { ExtractJwt, Strategy } from 'passport-jwt';\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'keyboard cat' });\n  }\n}", "'keyboard cat'", 'passport-jwt Strategy', 'keyb…', 'JWT_SECRET')],
    },
    {
      name: "svelte-kit-cookie-session's secret in a SvelteKit hook",
      code: "import { handleSession } from 'svelte-kit-cookie-session';\nexport const handle = handleSession({ secret: 'SOME_SECRET_VALUE' });",
      errors: [sinkError("import { handleSession } from 'svelte-kit-cookie-session';\nexport const handle = handleSession({ secret: 'SOME_SECRET_VALUE' });", "'SOME_SECRET_VALUE'", 'svelte-kit-cookie-session', 'SOME…', 'SESSION_SECRET')],
    },
    {
      name: "github-webhook-handler's secret",
      code: "const createHandler = require('github-webhook-handler');\nconst handler = createHandler({ path: '/webhook', secret: 'helloworld' });",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const createHandler = require('github-webhook-handler');\nconst handler = createHandler({ path: '/webhook', secret: 'helloworld' });", "'helloworld'", 'github-webhook-handler', 'hel…', 'GITHUB_WEBHOOK_SECRET')],
    },
    {
      name: "@octokit/app's webhook secret",
      code: "import { App } from '@octokit/app';\nexport const app = new App({ appId: 123, privateKey: process.env.PRIVATE_KEY, webhooks: { secret: 'hook-secret-42' } });",
      errors: [sinkError("import { App } from '@octokit/app';\nexport const app = new App({ appId: 123, privateKey: process.env.PRIVATE_KEY, webhooks: { secret: 'hook-secret-42' } });", "'hook-secret-42'", '@octokit/app', 'hook…', 'GITHUB_WEBHOOK_SECRET')],
    },
    {
      name: "Postmark's server client handed its token",
      code: "const postmark = require('postmark');\nconst client = new postmark.ServerClient('2ea0be04-9676-41ca-9699-fd834598a159');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const postmark = require('postmark');\nconst client = new postmark.ServerClient('2ea0be04-9676-41ca-9699-fd834598a159');", "'2ea0be04-9676-41ca-9699-fd834598a159'", 'the Postmark client', '2ea0…', 'POSTMARK_SERVER_TOKEN')],
    },
    {
      name: "Postmark's account client, imported by name",
      code: "import { AccountClient } from 'postmark';\nexport const account = new AccountClient('7b3c91d2-55e4-4a0f-b1c8-93f2d6e4a710');",
      errors: [sinkError("import { AccountClient } from 'postmark';\nexport const account = new AccountClient('7b3c91d2-55e4-4a0f-b1c8-93f2d6e4a710');", "'7b3c91d2-55e4-4a0f-b1c8-93f2d6e4a710'", 'the Postmark account client', '7b3c…', 'POSTMARK_ACCOUNT_TOKEN')],
    },
    // hapi's jwt auth scheme, of @hapi/jwt (`keys`) and hapi-auth-jwt2 (`key`).
    {
      code: "import Jwt from '@hapi/jwt';\nawait server.register(Jwt);\nserver.auth.strategy('my_jwt', 'jwt', { keys: 'some_shared_secret', verify: { aud: 'urn:audience:test', iss: 'urn:issuer:test', sub: false } });",
      errors: [sinkError("import Jwt from '@hapi/jwt';\nawait server.register(Jwt);\nserver.auth.strategy('my_jwt', 'jwt', { keys: 'some_shared_secret', verify: { aud: 'urn:audience:test', iss: 'urn:issuer:test', sub: false } });", "'some_shared_secret'", "hapi's jwt auth strategy", 'some…', 'JWT_SECRET')],
    },
    {
      code: "const Hapi = require('@hapi/hapi');\nmodule.exports = async (server) => {\n  await server.register(require('hapi-auth-jwt2'));\n  server.auth.strategy('jwt', 'jwt', { key: 'NeverShareYourSecret', validate });\n};",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const Hapi = require('@hapi/hapi');\nmodule.exports = async (server) => {\n  await server.register(require('hapi-auth-jwt2'));\n  server.auth.strategy('jwt', 'jwt', { key: 'NeverShareYourSecret', validate });\n};", "'NeverShareYourSecret'", "hapi's jwt auth strategy", 'Neve…', 'JWT_SECRET')],
    },
    // Azure's SDKs: a storage account's key, a service's API key, an app registration's secret, Cosmos DB's key.
    {
      code: `import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';\nconst credential = new StorageSharedKeyCredential('shopassets', '${AZURE_ACCOUNT_KEY}');\nexport const blobs = new BlobServiceClient('https://shopassets.blob.core.windows.net', credential);`,
      errors: [
        sinkError(
          `import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';\nconst credential = new StorageSharedKeyCredential('shopassets', '${AZURE_ACCOUNT_KEY}');\nexport const blobs = new BlobServiceClient('https://shopassets.blob.core.windows.net', credential);`,
          `'${AZURE_ACCOUNT_KEY}'`,
          '@azure/storage-blob StorageSharedKeyCredential',
          first4(AZURE_ACCOUNT_KEY),
          'AZURE_STORAGE_KEY',
        ),
      ],
    },
    {
      code: `const { SearchClient, AzureKeyCredential } = require('@azure/search-documents');\nmodule.exports = new SearchClient(process.env.SEARCH_ENDPOINT, 'hotels', new AzureKeyCredential('${RANDOM_HEX}'));`,
      languageOptions: ESPREE_COMMONJS,
      errors: [
        sinkError(
          `const { SearchClient, AzureKeyCredential } = require('@azure/search-documents');\nmodule.exports = new SearchClient(process.env.SEARCH_ENDPOINT, 'hotels', new AzureKeyCredential('${RANDOM_HEX}'));`,
          `'${RANDOM_HEX}'`,
          '@azure/search-documents AzureKeyCredential',
          first4(RANDOM_HEX),
          'AZURE_API_KEY',
        ),
      ],
    },
    {
      code: `import { TableClient, AzureNamedKeyCredential } from '@azure/data-tables';\nexport const orders = new TableClient(process.env.TABLES_URL, 'orders', new AzureNamedKeyCredential('shopassets', '${AZURE_ACCOUNT_KEY}'));`,
      errors: [
        sinkError(
          `import { TableClient, AzureNamedKeyCredential } from '@azure/data-tables';\nexport const orders = new TableClient(process.env.TABLES_URL, 'orders', new AzureNamedKeyCredential('shopassets', '${AZURE_ACCOUNT_KEY}'));`,
          `'${AZURE_ACCOUNT_KEY}'`,
          '@azure/data-tables AzureNamedKeyCredential',
          first4(AZURE_ACCOUNT_KEY),
          'AZURE_ACCOUNT_KEY',
        ),
      ],
    },
    {
      code: `import { ClientSecretCredential } from '@azure/identity';\nconst clientSecret = '${AZURE_CLIENT_SECRET}';\nexport const credential = new ClientSecretCredential(process.env.AZURE_TENANT_ID, process.env.AZURE_CLIENT_ID, clientSecret);`,
      errors: [
        sinkError(
          `import { ClientSecretCredential } from '@azure/identity';\nconst clientSecret = '${AZURE_CLIENT_SECRET}';\nexport const credential = new ClientSecretCredential(process.env.AZURE_TENANT_ID, process.env.AZURE_CLIENT_ID, clientSecret);`,
          `'${AZURE_CLIENT_SECRET}'`,
          '@azure/identity ClientSecretCredential',
          first4(AZURE_CLIENT_SECRET),
          'AZURE_CLIENT_SECRET',
        ),
      ],
    },
    {
      code: `import { CosmosClient } from '@azure/cosmos';\nexport const cosmos = new CosmosClient({ endpoint: process.env.COSMOS_ENDPOINT, key: '${AZURE_ACCOUNT_KEY}' });`,
      errors: [
        sinkError(
          `import { CosmosClient } from '@azure/cosmos';\nexport const cosmos = new CosmosClient({ endpoint: process.env.COSMOS_ENDPOINT, key: '${AZURE_ACCOUNT_KEY}' });`,
          `'${AZURE_ACCOUNT_KEY}'`,
          '@azure/cosmos CosmosClient',
          first4(AZURE_ACCOUNT_KEY),
          'COSMOS_KEY',
        ),
      ],
    },
    // Google's OAuth client secret, whatever it looks like.
    {
      code: "import { google } from 'googleapis';\nexport const oauth2 = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, 'k9Xp2mQvB4nW7pL1sZ8cDh3J', 'http://localhost:3000/cb');",
      errors: [sinkError("import { google } from 'googleapis';\nexport const oauth2 = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, 'k9Xp2mQvB4nW7pL1sZ8cDh3J', 'http://localhost:3000/cb');", "'k9Xp2mQvB4nW7pL1sZ8cDh3J'", 'the Google OAuth client', 'k9Xp…', 'GOOGLE_CLIENT_SECRET')],
    },
    // jose: the key of a token's signature or encryption, handed in as bytes of a string.
    {
      code: "import { SignJWT, jwtVerify } from 'jose';\nconst secret = new TextEncoder().encode('my-super-secret-key');\nexport const issue = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(secret);\nexport const check = (token) => jwtVerify(token, secret);",
      errors: [sinkError("import { SignJWT, jwtVerify } from 'jose';\nconst secret = new TextEncoder().encode('my-super-secret-key');\nexport const issue = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(secret);\nexport const check = (token) => jwtVerify(token, secret);", "'my-super-secret-key'", 'jose SignJWT sign()', 'my-s…', 'JWT_SECRET')],
    },
    {
      code: "import * as jose from 'jose';\nexport const check = (token) => jose.jwtVerify(token, new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2'));",
      errors: [sinkError("import * as jose from 'jose';\nexport const check = (token) => jose.jwtVerify(token, new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2'));", "'cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2'", 'jose jwtVerify()', 'cc7e…', 'JWT_SECRET')],
    },
    {
      code: "const { EncryptJWT } = require('jose');\nconst { createSecretKey } = require('crypto');\nmodule.exports = (claims) => new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(createSecretKey(Buffer.from('0123456789abcdef0123456789abcdef')));",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const { EncryptJWT } = require('jose');\nconst { createSecretKey } = require('crypto');\nmodule.exports = (claims) => new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(createSecretKey(Buffer.from('0123456789abcdef0123456789abcdef')));", "'0123456789abcdef0123456789abcdef'", 'jose EncryptJWT encrypt()', '0123…', 'JWT_SECRET')],
    },
    {
      code: "import { jwtVerify } from 'jsr:@panva/jose@6';\nexport const check = (token: string) => jwtVerify(token, new TextEncoder().encode('deno-signing-secret'));",
      errors: [{ messageId: 'secretSink', data: { sink: 'jose jwtVerify()', masked: 'deno…', envName: 'JWT_SECRET' }, suggestions: useEnv("import { jwtVerify } from 'jsr:@panva/jose@6';\nexport const check = (token: string) => jwtVerify(token, new TextEncoder().encode('deno-signing-secret'));", "'deno-signing-secret'", "Deno.env.get('JWT_SECRET')") }],
    },
    // crypto-js's one-algorithm modules.
    {
      name: 'cryptr: the secret its key is derived from',
      code: "const Cryptr = require('cryptr');\nmodule.exports = new Cryptr('myTotallySecretKey');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const Cryptr = require('cryptr');\nmodule.exports = new Cryptr('myTotallySecretKey');", "'myTotallySecretKey'", 'cryptr Cryptr', 'myTo…', 'ENCRYPTION_KEY')],
    },
    {
      code: "const { CryptrAsync } = require('cryptr');\nexports.cryptr = new CryptrAsync('k9LmQ2vXp7');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const { CryptrAsync } = require('cryptr');\nexports.cryptr = new CryptrAsync('k9LmQ2vXp7');", "'k9LmQ2vXp7'", 'cryptr CryptrAsync', 'k9L…', 'ENCRYPTION_KEY')],
    },
    {
      name: "jsrsasign: an HMAC key of JWS.sign() and JWS.verifyJWT()",
      code: "import { KJUR } from 'jsrsasign';\nexport const sign = (header, payload) => KJUR.jws.JWS.sign('HS256', header, payload, 'mys3cretK3y');\nexport const check = (token) => KJUR.jws.JWS.verifyJWT(token, 'an0therK3y', { alg: ['HS256'] });",
      errors: [
        sinkError("import { KJUR } from 'jsrsasign';\nexport const sign = (header, payload) => KJUR.jws.JWS.sign('HS256', header, payload, 'mys3cretK3y');\nexport const check = (token) => KJUR.jws.JWS.verifyJWT(token, 'an0therK3y', { alg: ['HS256'] });", "'mys3cretK3y'", 'jsrsasign JWS.sign()', 'mys…', 'JWT_SECRET'),
        sinkError("import { KJUR } from 'jsrsasign';\nexport const sign = (header, payload) => KJUR.jws.JWS.sign('HS256', header, payload, 'mys3cretK3y');\nexport const check = (token) => KJUR.jws.JWS.verifyJWT(token, 'an0therK3y', { alg: ['HS256'] });", "'an0therK3y'", 'jsrsasign JWS.verifyJWT()', 'an0…', 'JWT_SECRET'),
      ],
    },
    {
      code: "import AES from 'crypto-js/aes';\nexport const encrypt = (text) => AES.encrypt(text, 's3cr3t@123').toString();",
      errors: [sinkError("import AES from 'crypto-js/aes';\nexport const encrypt = (text) => AES.encrypt(text, 's3cr3t@123').toString();", "'s3cr3t@123'", 'crypto-js AES.encrypt()', 's3c…', 'ENCRYPTION_KEY')],
    },
    {
      code: "const HmacSHA256 = require('crypto-js/hmac-sha256.js');\nmodule.exports = (message) => HmacSHA256(message, 'hmac key');",
      languageOptions: ESPREE_COMMONJS,
      errors: [sinkError("const HmacSHA256 = require('crypto-js/hmac-sha256.js');\nmodule.exports = (message) => HmacSHA256(message, 'hmac key');", "'hmac key'", 'crypto-js HmacSHA256()', 'hm…', 'HMAC_SECRET')],
    },
    // Every value of express-basic-auth's `users` is a password.
    {
      code: "const basicAuth = require('express-basic-auth');\napp.use(basicAuth({ users: { admin: 'supersecret' } }));",
      errors: [{ messageId: 'secretSink', data: { sink: 'express-basic-auth', masked: 'sup…', envName: 'BASIC_AUTH_PASSWORD' }, suggestions: useEnv("const basicAuth = require('express-basic-auth');\napp.use(basicAuth({ users: { admin: 'supersecret' } }));", "'supersecret'", 'process.env.BASIC_AUTH_PASSWORD') }],
    },
    {
      code: "import basicAuth from 'express-basic-auth';\nconst users = { admin: 'supersecret', ops: process.env.OPS_PASSWORD };\napp.use(basicAuth({ users, challenge: true }));",
      errors: [{ messageId: 'secretSink', data: { sink: 'express-basic-auth', masked: 'sup…', envName: 'BASIC_AUTH_PASSWORD' }, suggestions: useEnv("import basicAuth from 'express-basic-auth';\nconst users = { admin: 'supersecret', ops: process.env.OPS_PASSWORD };\napp.use(basicAuth({ users, challenge: true }));", "'supersecret'", 'process.env.BASIC_AUTH_PASSWORD') }],
    },
    {
      code: "const cookieParser = require('cookie-parser');\napp.use(cookieParser('cookie signing'));",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'secretSink', data: { sink: 'cookie-parser', masked: 'cook…', envName: 'COOKIE_SECRET' }, suggestions: useEnv("const cookieParser = require('cookie-parser');\napp.use(cookieParser('cookie signing'));", "'cookie signing'", 'process.env.COOKIE_SECRET') }],
    },
    {
      code: "import cookieSession from 'cookie-session';\napp.use(cookieSession({ name: 'sess', keys: ['key one', 'key two'] }));",
      errors: [
        { messageId: 'secretSink', data: { sink: 'cookie-session', masked: 'ke…', envName: 'SESSION_SECRET' }, suggestions: useEnv("import cookieSession from 'cookie-session';\napp.use(cookieSession({ name: 'sess', keys: ['key one', 'key two'] }));", "'key one'", 'process.env.SESSION_SECRET') },
        { messageId: 'secretSink', data: { sink: 'cookie-session', masked: 'ke…', envName: 'SESSION_SECRET_2' }, suggestions: useEnv("import cookieSession from 'cookie-session';\napp.use(cookieSession({ name: 'sess', keys: ['key one', 'key two'] }));", "'key two'", 'process.env.SESSION_SECRET_2') },
      ],
    },
    {
      code: "import { createHmac } from 'node:crypto';\nexport const sign = (body) => createHmac('sha256', Buffer.from('webhook-key')).update(body).digest('hex');",
      errors: [{ messageId: 'secretSink', data: { sink: 'crypto.createHmac()', masked: 'web…', envName: 'HMAC_SECRET' }, suggestions: useEnv("import { createHmac } from 'node:crypto';\nexport const sign = (body) => createHmac('sha256', Buffer.from('webhook-key')).update(body).digest('hex');", "'webhook-key'", 'process.env.HMAC_SECRET') }],
    },
    // The data an HMAC signs is no secret: its key is one, whatever the data is named after.
    {
      code: "import crypto from 'node:crypto';\nexport const sign = (payload) => crypto.createHmac('sha256', 'WebAppData').update(payload.user).digest('hex');",
      errors: [{ messageId: 'secretSink', data: { sink: 'crypto.createHmac()', masked: 'Web…', envName: 'HMAC_SECRET' }, suggestions: useEnv("import crypto from 'node:crypto';\nexport const sign = (payload) => crypto.createHmac('sha256', 'WebAppData').update(payload.user).digest('hex');", "'WebAppData'", 'process.env.HMAC_SECRET') }],
    },
    {
      code: "const crypto = require('crypto');\nconst KEY = '0123456789abcdef0123456789abcdef';\ncrypto.createCipheriv('aes-256-cbc', KEY, iv);",
      errors: [{ messageId: 'secretSink', data: { sink: 'crypto.createCipheriv()', masked: '0123…', envName: 'ENCRYPTION_KEY' }, suggestions: useEnv("const crypto = require('crypto');\nconst KEY = '0123456789abcdef0123456789abcdef';\ncrypto.createCipheriv('aes-256-cbc', KEY, iv);", "'0123456789abcdef0123456789abcdef'", 'process.env.ENCRYPTION_KEY') }],
    },
    {
      code: "import { Strategy, ExtractJwt } from 'passport-jwt';\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'dev' }, verify));",
      errors: [{ messageId: 'secretSink', data: { sink: 'passport-jwt Strategy', masked: 'd…', envName: 'JWT_SECRET' }, suggestions: useEnv("import { Strategy, ExtractJwt } from 'passport-jwt';\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'dev' }, verify));", "'dev'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));",
      errors: [{ messageId: 'secretSink', data: { sink: 'express-jwt', masked: 'shhh…', envName: 'JWT_SECRET' }, suggestions: useEnv("import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));", "'shhhhhhared-secret'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "import { JwtModule } from '@nestjs/jwt';\n@Module({ imports: [JwtModule.register({ secret: 'nest secret', signOptions: { expiresIn: '60s' } })] })\nexport class AuthModule {}",
      errors: [{ messageId: 'secretSink', data: { sink: '@nestjs/jwt JwtModule', masked: 'nes…', envName: 'JWT_SECRET' }, suggestions: useEnv("import { JwtModule } from '@nestjs/jwt';\n@Module({ imports: [JwtModule.register({ secret: 'nest secret', signOptions: { expiresIn: '60s' } })] })\nexport class AuthModule {}", "'nest secret'", 'process.env.JWT_SECRET') }],
    },
    {
      code: "import session from 'express-session';\nconst config = { jwt: { secret: 'my-jwt-secret-2024' } };\napp.use(session({ secret: config.jwt.secret }));",
      errors: [
        {
          messageId: 'secretSink',
          data: { sink: 'express-session', masked: 'my-j…', envName: 'SESSION_SECRET' },
          suggestions: useEnv("import session from 'express-session';\nconst config = { jwt: { secret: 'my-jwt-secret-2024' } };\napp.use(session({ secret: config.jwt.secret }));", "'my-jwt-secret-2024'", 'process.env.SESSION_SECRET'),
        },
      ],
    },
    {
      code: "import session from 'express-session';\napp.use(session({ secret: process.env.COOKIE_KEYS || 'keyboard cat' }));",
      errors: [
        {
          // The secret is read from the environment already: the message says to drop the fallback.
          messageId: 'envFallback',
          data: { variable: 'process.env.COOKIE_KEYS', masked: 'keyb…' },
          suggestions: removeFallback("import session from 'express-session';\napp.use(session({ secret: process.env.COOKIE_KEYS || 'keyboard cat' }));", "process.env.COOKIE_KEYS || 'keyboard cat'", 'process.env.COOKIE_KEYS'),
        },
      ],
    },
    {
      code: "const jwt = require('jsonwebtoken');\nconst JWT_SECRET = process.env.NEXTAUTH_SECRET || 'your-secret-key';\nmodule.exports = (token) => jwt.verify(token, JWT_SECRET);",
      errors: [
        {
          messageId: 'envFallback',
          data: { variable: 'process.env.NEXTAUTH_SECRET', masked: 'your…' },
          suggestions: removeFallback("const jwt = require('jsonwebtoken');\nconst JWT_SECRET = process.env.NEXTAUTH_SECRET || 'your-secret-key';\nmodule.exports = (token) => jwt.verify(token, JWT_SECRET);", "process.env.NEXTAUTH_SECRET || 'your-secret-key'", 'process.env.NEXTAUTH_SECRET'),
        },
      ],
    },

    // ---- 6. Secret fallbacks of environment reads
    {
      code: c.fallback,
      errors: [
        {
          messageId: 'envFallback',
          data: { variable: 'process.env.JWT_SECRET', masked: 'dev…' },
          line: 1,
          column: 42,
          suggestions: removeFallback(c.fallback, "process.env.JWT_SECRET || 'dev-secret'", 'process.env.JWT_SECRET'),
        },
      ],
    },
    ...(
      [
        ["const key = process.env.API_KEY ?? 'local-dev';", "process.env.API_KEY ?? 'local-dev'", 'process.env.API_KEY', 'API_KEY', 'loc…'],
        ["const s = process.env['SESSION_SECRET'] || 'keyboard cat';", "process.env['SESSION_SECRET'] || 'keyboard cat'", "process.env['SESSION_SECRET']", 'SESSION_SECRET', 'keyb…'],
        ["const s = process.env.SECRET || 'secret';", "process.env.SECRET || 'secret'", 'process.env.SECRET', 'SECRET', 'se…'],
        ["const pw = process.env.DB_PASSWORD ? process.env.DB_PASSWORD : 'postgres';", "process.env.DB_PASSWORD ? process.env.DB_PASSWORD : 'postgres'", 'process.env.DB_PASSWORD', 'DB_PASSWORD', 'po…'],
        ["const s = process.env.JWT_SECRET ? process.env.JWT_SECRET.trim() : 'dev-secret-9f3k';", "process.env.JWT_SECRET ? process.env.JWT_SECRET.trim() : 'dev-secret-9f3k'", 'process.env.JWT_SECRET.trim()', 'JWT_SECRET', 'dev-…'],
        ["const t = String(process.env.GITHUB_TOKEN || 'abc123');", "process.env.GITHUB_TOKEN || 'abc123'", 'process.env.GITHUB_TOKEN', 'GITHUB_TOKEN', 'ab…'],
        ["const t = (process.env.AUTH_TOKEN as string) || 'dev token';", "(process.env.AUTH_TOKEN as string) || 'dev token'", 'process.env.AUTH_TOKEN as string', 'AUTH_TOKEN', 'dev…'],
      ] as const
    ).map(([code, from, to, variable, masked]) => ({
      code,
      errors: [{ messageId: 'envFallback' as const, data: { variable: `process.env.${variable}`, masked }, suggestions: removeFallback(code, from, to) }],
    })),
    // Environment helpers (Strapi's `env()`, AdonisJS's `Env.get()`), named as written.
    ...(
      [
        ["export default ({ env }) => ({ jwtSecret: env('ADMIN_JWT_SECRET', 'someSecret') });", "env('ADMIN_JWT_SECRET', 'someSecret')", "env('ADMIN_JWT_SECRET')", 'som…'],
        ["const Env = use('Env');\nmodule.exports = { mongodb: { pass: Env.get('MONGO_PASSWORD', 'Zq81pWx9') } };", "Env.get('MONGO_PASSWORD', 'Zq81pWx9')", "Env.get('MONGO_PASSWORD')", 'Zq…'],
      ] as const
    ).map(([code, from, to, masked]) => ({
      code,
      errors: [{ messageId: 'envFallback' as const, data: { variable: to, masked }, suggestions: removeFallback(code, from, to) }],
    })),
    {
      code: "const Env = use('Env');\nmodule.exports = { mongodb: { host: Env.get('MONGO_HOST', '3.143.15.255') } };",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: "Env.get('MONGO_HOST')", what: 'MongoDB host', value: '3.143.15.255' }, suggestions: removeFallback("const Env = use('Env');\nmodule.exports = { mongodb: { host: Env.get('MONGO_HOST', '3.143.15.255') } };", "Env.get('MONGO_HOST', '3.143.15.255')", "Env.get('MONGO_HOST')") }],
    },
    // Bun's, Deno's and `import.meta`'s environments are read like Node's; the message names the read as written.
    ...(
      [
        ["const secret = Bun.env.JWT_SECRET || 'super-secret-auth-key';", "Bun.env.JWT_SECRET || 'super-secret-auth-key'", 'Bun.env.JWT_SECRET', 'supe…'],
        ["const secret = Deno.env.get('JWT_SECRET') ?? 'super-secret-auth-key';", "Deno.env.get('JWT_SECRET') ?? 'super-secret-auth-key'", "Deno.env.get('JWT_SECRET')", 'supe…'],
        ["export const apiKey = import.meta.env.API_KEY ?? 'local-dev';", "import.meta.env.API_KEY ?? 'local-dev'", 'import.meta.env.API_KEY', 'loc…'],
        // A server's variable that only starts like a public prefix's word is the server's.
        ["export const apiKey = import.meta.env.VITEST_API_KEY ?? 'local-dev';", "import.meta.env.VITEST_API_KEY ?? 'local-dev'", 'import.meta.env.VITEST_API_KEY', 'loc…'],
      ] as const
    ).map(([code, from, read, masked]) => ({
      code,
      errors: [{ messageId: 'envFallback' as const, data: { variable: read, masked }, suggestions: removeFallback(code, from, read) }],
    })),
    // A Cloudflare Worker's bindings are its environment: a Hono handler's `c.env`, the second
    // parameter of the default export's `fetch`/`scheduled` under any name, a Pages Function's `env`
    // and `context.env`, a Durable Object's `this.env`. The message names the read as written.
    ...(
      [
        [
          "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/login', async (c) => {\n  const secret = c.env.JWT_SECRET || 'dev-secret-change-me';\n  return c.json({ token: await sign({ sub: 1 }, secret) });\n});",
          "c.env.JWT_SECRET || 'dev-secret-change-me'",
          'c.env.JWT_SECRET',
          'dev-…',
        ],
        [
          "import { getCookie } from 'hono/cookie';\nexport function getJwtSecret(c) {\n  return c.env.JWT_SECRET ?? 'luxestay-signing-secret';\n}",
          "c.env.JWT_SECRET ?? 'luxestay-signing-secret'",
          'c.env.JWT_SECRET',
          'luxe…',
        ],
        [
          "export default {\n  async fetch(request: Request, env: Env) {\n    const secret = env.JWT_SECRET || 'super-secret-auth-key';\n    return new Response(await sign(request, secret));\n  },\n};",
          "env.JWT_SECRET || 'super-secret-auth-key'",
          'env.JWT_SECRET',
          'supe…',
        ],
        [
          "export default {\n  async scheduled(event, bindings, ctx) {\n    ctx.waitUntil(post(bindings.WEBHOOK_SECRET ?? 'super-secret-auth-key'));\n  },\n} satisfies ExportedHandler<Env>;",
          "bindings.WEBHOOK_SECRET ?? 'super-secret-auth-key'",
          'bindings.WEBHOOK_SECRET',
          'supe…',
        ],
        [
          "export async function onRequestPost({ request, env }) {\n  const secret = env.SESSION_SECRET || 'keyboard cat';\n  return new Response(await seal(request, secret));\n}",
          "env.SESSION_SECRET || 'keyboard cat'",
          'env.SESSION_SECRET',
          'keyb…',
        ],
        [
          "import { DurableObject } from 'cloudflare:workers';\nexport class Session extends DurableObject<Env> {\n  async fetch(request: Request) {\n    const sign = async () => hmac(this.env.SIGNING_KEY ?? 'super-secret-auth-key', request.url);\n    return new Response(await sign());\n  }\n}",
          "this.env.SIGNING_KEY ?? 'super-secret-auth-key'",
          'this.env.SIGNING_KEY',
          'supe…',
        ],
        [
          "export const onRequest = async (context) => new Response(await seal(context.request, context.env.SESSION_SECRET || 'keyboard cat'));",
          "context.env.SESSION_SECRET || 'keyboard cat'",
          'context.env.SESSION_SECRET',
          'keyb…',
        ],
      ] as const
    ).map(([code, from, read, masked]) => ({
      code,
      errors: [{ messageId: 'envFallback' as const, data: { variable: read, masked }, suggestions: removeFallback(code, from, read) }],
    })),
    // Named without TypeScript's wrappers, and as written inside a conversion or a conditional's test.
    ...(
      [
        ["const secret = (Bun.env.JWT_SECRET as string) || 'super-secret-auth-key';", "(Bun.env.JWT_SECRET as string) || 'super-secret-auth-key'", 'Bun.env.JWT_SECRET as string', 'Bun.env.JWT_SECRET'],
        ["const secret = Deno.env.get('JWT_SECRET')! ?? 'super-secret-auth-key';", "Deno.env.get('JWT_SECRET')! ?? 'super-secret-auth-key'", "Deno.env.get('JWT_SECRET')!", "Deno.env.get('JWT_SECRET')"],
        ["const secret = String(Bun.env.JWT_SECRET) || 'super-secret-auth-key';", "String(Bun.env.JWT_SECRET) || 'super-secret-auth-key'", 'String(Bun.env.JWT_SECRET)', 'String(Bun.env.JWT_SECRET)'],
        ["const secret = Bun.env.JWT_SECRET ? Bun.env.JWT_SECRET : 'super-secret-auth-key';", "Bun.env.JWT_SECRET ? Bun.env.JWT_SECRET : 'super-secret-auth-key'", 'Bun.env.JWT_SECRET', 'Bun.env.JWT_SECRET'],
      ] as const
    ).map(([code, from, to, shown]) => ({
      code,
      errors: [{ messageId: 'envFallback' as const, data: { variable: shown, masked: 'supe…' }, suggestions: removeFallback(code, from, to) }],
    })),
    // Destructured from a Worker's bindings or a local name of an environment: named as a read of it.
    ...(
      [
        [
          "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/login', async (c) => {\n  const { JWT_SECRET = 'dev-secret-change-me' } = c.env;\n  return c.json({ token: await sign({ sub: 1 }, JWT_SECRET) });\n});",
          "JWT_SECRET = 'dev-secret-change-me'",
          'JWT_SECRET',
          'c.env.JWT_SECRET',
          'dev-…',
        ],
        [
          "export default {\n  async fetch(request: Request, env: Env) {\n    const { SESSION_SECRET = 'keyboard cat' } = env;\n    return new Response(await seal(request, SESSION_SECRET));\n  },\n};",
          "SESSION_SECRET = 'keyboard cat'",
          'SESSION_SECRET',
          'env.SESSION_SECRET',
          'keyb…',
        ],
        ["const env = process.env;\nconst { SESSION_SECRET = 'keyboard cat' } = env;", "SESSION_SECRET = 'keyboard cat'", 'SESSION_SECRET', 'process.env.SESSION_SECRET', 'keyb…'],
        ["const vars = Bun.env;\nconst { SESSION_SECRET = 'keyboard cat' } = vars;", "SESSION_SECRET = 'keyboard cat'", 'SESSION_SECRET', 'Bun.env.SESSION_SECRET', 'keyb…'],
      ] as const
    ).map(([code, from, to, read, masked]) => ({
      code,
      errors: [{ messageId: 'envFallback' as const, data: { variable: read, masked }, suggestions: removeFallback(code, from, to) }],
    })),
    {
      code: "const { SESSION_SECRET = 'keyboard cat' } = Bun.env;",
      errors: [{ messageId: 'envFallback', data: { variable: 'Bun.env.SESSION_SECRET', masked: 'keyb…' }, suggestions: removeFallback("const { SESSION_SECRET = 'keyboard cat' } = Bun.env;", "SESSION_SECRET = 'keyboard cat'", 'SESSION_SECRET') }],
    },
    {
      code: "const dbHost = Deno.env.get('DB_HOST') ?? 'db.prod.internal';",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: "Deno.env.get('DB_HOST')", what: 'database host', value: 'db.prod.internal' }, suggestions: removeFallback("const dbHost = Deno.env.get('DB_HOST') ?? 'db.prod.internal';", "Deno.env.get('DB_HOST') ?? 'db.prod.internal'", "Deno.env.get('DB_HOST')") }],
    },
    {
      code: "const { SESSION_SECRET = 'keyboard cat', PORT = '3000' } = process.env;",
      errors: [{ messageId: 'envFallback', data: { variable: 'process.env.SESSION_SECRET', masked: 'keyb…' }, suggestions: removeFallback("const { SESSION_SECRET = 'keyboard cat', PORT = '3000' } = process.env;", "SESSION_SECRET = 'keyboard cat'", 'SESSION_SECRET') }],
    },
    {
      name: "a token after a lead falls back as well; a fallback of something that is not the environment is asked to be read from it",
      code: `const auth = process.env.AUTH || 'token ${GITHUB}';\nconst token = options.token || '${GITHUB}';`,
      errors: [
        { messageId: 'tokenFallback', line: 1, data: { variable: 'process.env.AUTH', format: 'GitHub token', masked: first4(GITHUB) } },
        {
          messageId: 'tokenFormat',
          line: 2,
          data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' },
          suggestions: useEnv(`const auth = process.env.AUTH || 'token ${GITHUB}';\nconst token = options.token || '${GITHUB}';`, `'${GITHUB}'`, 'process.env.GITHUB_TOKEN'),
        },
      ],
    },
    {
      code: "import mqtt from 'mqtt';\nconst MQTT_URL = process.env.MQTT_URL || 'mqtt://captain.dev0.acme.cloud:1884';\nexport const client = mqtt.connect(MQTT_URL);",
      errors: [{ messageId: 'backingServiceFallback', data: { variable: 'process.env.MQTT_URL', what: 'MQTT broker host', value: 'captain.dev0.acme.cloud' }, suggestions: removeFallback("import mqtt from 'mqtt';\nconst MQTT_URL = process.env.MQTT_URL || 'mqtt://captain.dev0.acme.cloud:1884';\nexport const client = mqtt.connect(MQTT_URL);", "process.env.MQTT_URL || 'mqtt://captain.dev0.acme.cloud:1884'", 'process.env.MQTT_URL') }],
    },
    {
      code: `const token = process.env.GH_PAT || '${GITHUB}';`,
      errors: [{ messageId: 'tokenFallback', data: { variable: 'process.env.GH_PAT', format: 'GitHub token', masked: first4(GITHUB) }, suggestions: removeFallback(`const token = process.env.GH_PAT || '${GITHUB}';`, `process.env.GH_PAT || '${GITHUB}'`, 'process.env.GH_PAT') }],
    },

    // ---- 7. Listen ports
    {
      code: c.listen,
      errors: [
        {
          messageId: 'listenPort',
          data: { port: '8080' },
          line: 3,
          column: 12,
          suggestions: useEnv(c.listen, '8080', 'Number(process.env.PORT ?? 8080)'),
        },
      ],
    },
    {
      code: 'server.listen(3000, () => console.log("up"));',
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv('server.listen(3000, () => console.log("up"));', '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "import Fastify from 'fastify';\nconst fastify = Fastify();\nawait fastify.listen({ port: 4000, host: '0.0.0.0' });",
      errors: [{ messageId: 'listenPort', data: { port: '4000' }, suggestions: useEnv("import Fastify from 'fastify';\nconst fastify = Fastify();\nawait fastify.listen({ port: 4000, host: '0.0.0.0' });", '4000', 'Number(process.env.PORT ?? 4000)') }],
    },
    {
      code: 'const PORT = 8080;\napp.listen(PORT);',
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv('const PORT = 8080;\napp.listen(PORT);', '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "const http = require('node:http');\nhttp.createServer(handler).listen(80);",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '80' }, suggestions: useEnv("const http = require('node:http');\nhttp.createServer(handler).listen(80);", '80', 'Number(process.env.PORT ?? 80)') }],
    },
    {
      code: 'const options = { port: 5000 };\nserver.listen(options);',
      errors: [{ messageId: 'listenPort', data: { port: '5000' }, suggestions: useEnv('const options = { port: 5000 };\nserver.listen(options);', '5000', 'Number(process.env.PORT ?? 5000)') }],
    },
    {
      // Another property written elsewhere leaves the port as written.
      code: "const options = { port: 5000 };\noptions.host = '0.0.0.0';\nserver.listen(options);",
      errors: [{ messageId: 'listenPort', data: { port: '5000' }, suggestions: useEnv("const options = { port: 5000 };\noptions.host = '0.0.0.0';\nserver.listen(options);", '5000', 'Number(process.env.PORT ?? 5000)') }],
    },
    {
      code: "import Redis from 'ioredis';\nconst options = { host: 'redis.prod.internal' };\noptions.db = 2;\nexport const redis = new Redis(options);",
      errors: [
        {
          messageId: 'backingServiceOption',
          data: { what: 'host', value: 'redis.prod.internal', client: 'ioredis', envName: 'REDIS_HOST' },
          suggestions: useEnv("import Redis from 'ioredis';\nconst options = { host: 'redis.prod.internal' };\noptions.db = 2;\nexport const redis = new Redis(options);", "'redis.prod.internal'", 'process.env.REDIS_HOST'),
        },
      ],
    },
    // hapi 16 and older: a server of the unscoped package, its port set with `server.connection()`.
    {
      code: "const Hapi = require('hapi');\nconst server = new Hapi.Server();\nserver.connection({ host: '0.0.0.0', port: 3000 });\nserver.start((err) => { if (err) throw err; });",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("const Hapi = require('hapi');\nconst server = new Hapi.Server();\nserver.connection({ host: '0.0.0.0', port: 3000 });\nserver.start((err) => { if (err) throw err; });", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "const Hapi = require('hapi');\nconst server = new Hapi.Server({ port: 8080 });",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const Hapi = require('hapi');\nconst server = new Hapi.Server({ port: 8080 });", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: 'localhost' });",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: 'localhost' });", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    // A choice of ports by environment: the production one is hardcoded.
    {
      code: "const port = process.env.NODE_ENV === 'development' ? 3000 : 80;\napp.listen(port);",
      errors: [{ messageId: 'listenPort', data: { port: '80' }, line: 1, column: 62, suggestions: useEnv("const port = process.env.NODE_ENV === 'development' ? 3000 : 80;\napp.listen(port);", '80', 'Number(process.env.PORT ?? 80)') }],
    },
    {
      code: "app.listen(isProduction ? 8080 : 3000);",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("app.listen(isProduction ? 8080 : 3000);", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // A string of digits is a port to listen(): app.listen('5501').
    {
      code: "const app = require('express')();\napp.listen('5501');",
      errors: [{ messageId: 'listenPort', data: { port: '5501' }, suggestions: useEnv("const app = require('express')();\napp.listen('5501');", "'5501'", "Number(process.env.PORT ?? '5501')") }],
    },
    {
      code: "const app = require('express')();\nconst PORT = '5501';\napp.listen(PORT, () => console.log('up'));",
      errors: [{ messageId: 'listenPort', data: { port: '5501' }, suggestions: useEnv("const app = require('express')();\nconst PORT = '5501';\napp.listen(PORT, () => console.log('up'));", "'5501'", "Number(process.env.PORT ?? '5501')") }],
    },
    // A module's second listener: `PORT` is the first one's, so the fix names a variable of its own.
    ...(
      [
        ["const https = require('https');\nconst app = require('express')();\napp.listen(process.env.PORT || 3000);\nhttps.createServer({}, app).listen(8443);", '8443', 'HTTPS_PORT'],
        ["const app = require('express')();\nconst { WebSocketServer } = require('ws');\nconst server = app.listen(config.port);\nconst wss = new WebSocketServer({ port: 8081 });", '8081', 'WSS_PORT'],
        ["const https = require('https');\nconst app = require('express')();\nconst server = https.createServer({}, app);\napp.listen(Number(process.env.PORT));\nserver.listen(443);", '443', 'HTTPS_PORT'],
        ["const express = require('express');\nexpress().listen(process.env.PORT);\nconst metricsApp = express();\nmetricsApp.listen(9100);", '9100', 'METRICS_PORT'],
        ["const http = require('http');\nhttp.createServer().listen(process.env.PORT);\nconst server2 = http.createServer();\nserver2.listen(8081);", '8081', 'PORT_2'],
        ["const http = require('http');\nhttp.createServer().listen(process.env.PORT);\nconst wsport = 1882;\nconst httpServer = http.createServer();\nhttpServer.listen(wsport);", '1882', 'WS_PORT'],
        // A web server is the main one, and a Nest microservice's factory names no listener.
        ["const http = require('http');\nconst { NestFactory } = require('@nestjs/core');\nconst { Transport } = require('@nestjs/microservices');\nconst webServer = http.createServer(handler);\nwebServer.listen(process.env.PORT);\nNestFactory.createMicroservice(AppModule, { transport: Transport.TCP, options: { port: 3001 } });", '3001', 'PORT_2'],
      ] as const
    ).map(([code, port, envName]) => ({ code, errors: [{ messageId: 'listenPortOwn' as const, data: { port, envName }, suggestions: useEnv(code, port, `Number(process.env.${envName} ?? ${port})`) }] })),
    {
      name: 'the HTTP app keeps PORT though a WebSocket server is started above it',
      code: "const express = require('express');\nconst { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080 });\nconst app = express();\napp.listen(3000);",
      errors: [
        { messageId: 'listenPortOwn', data: { port: '8080', envName: 'WSS_PORT' }, suggestions: useEnv("const express = require('express');\nconst { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080 });\nconst app = express();\napp.listen(3000);", '8080', 'Number(process.env.WSS_PORT ?? 8080)') },
        { messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("const express = require('express');\nconst { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080 });\nconst app = express();\napp.listen(3000);", '3000', 'Number(process.env.PORT ?? 3000)') },
      ],
    },
    {
      name: "a second listener's constant named for its port: the variable is named after it, and the constant is what the fix rewrites",
      code: "const app = require('express')();\nconst { WebSocketServer } = require('ws');\nconst WS_PORT = 8081;\napp.listen(process.env.PORT);\nnew WebSocketServer({ port: WS_PORT });",
      errors: [{ messageId: 'listenPortOwn', data: { port: '8081', envName: 'WS_PORT' }, suggestions: useEnv("const app = require('express')();\nconst { WebSocketServer } = require('ws');\nconst WS_PORT = 8081;\napp.listen(process.env.PORT);\nnew WebSocketServer({ port: WS_PORT });", '8081', 'Number(process.env.WS_PORT ?? 8081)') }],
    },
    {
      name: "socket.io handed the server is no second listener; a port given twice to one bot is one setting, named once",
      code: "const app = require('express')();\nconst server = require('http').Server(app);\nconst io = require('socket.io')(server);\nserver.listen(9999);\nconst { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.startWebhook('/hook', null, 4500);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: 4500 } });",
      errors: [
        { messageId: 'listenPort', data: { port: '9999' }, suggestions: useEnv("const app = require('express')();\nconst server = require('http').Server(app);\nconst io = require('socket.io')(server);\nserver.listen(9999);\nconst { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.startWebhook('/hook', null, 4500);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: 4500 } });", '9999', 'Number(process.env.PORT ?? 9999)') },
        { messageId: 'listenPortOwn', data: { port: '4500', envName: 'BOT_PORT' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'Number(process.env.BOT_PORT ?? 4500)' }, output: "const app = require('express')();\nconst server = require('http').Server(app);\nconst io = require('socket.io')(server);\nserver.listen(9999);\nconst { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.startWebhook('/hook', null, 4500);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: 4500 } });".replace('null, 4500', 'null, Number(process.env.BOT_PORT ?? 4500)') }] },
        { messageId: 'listenPortOwn', data: { port: '4500', envName: 'BOT_PORT' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'Number(process.env.BOT_PORT ?? 4500)' }, output: "const app = require('express')();\nconst server = require('http').Server(app);\nconst io = require('socket.io')(server);\nserver.listen(9999);\nconst { Telegraf } = require('telegraf');\nconst bot = new Telegraf(process.env.BOT_TOKEN);\nbot.startWebhook('/hook', null, 4500);\nbot.launch({ webhook: { domain: process.env.DOMAIN, port: 4500 } });".replace('port: 4500', 'port: Number(process.env.BOT_PORT ?? 4500)') }] },
      ],
    },
    // Servers handed their port when created or started: ws, Socket.IO, @hono/node-server, Apollo's standalone server.
    {
      code: "import { WebSocketServer } from 'ws';\nconst wss = new WebSocketServer({ port: 8080 });",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("import { WebSocketServer } from 'ws';\nconst wss = new WebSocketServer({ port: 8080 });", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "const ProxyChain = require('proxy-chain');\nconst server = new ProxyChain.Server({ port: 8443 });\nserver.listen();",
      errors: [{ messageId: 'listenPort', data: { port: '8443' }, suggestions: useEnv("const ProxyChain = require('proxy-chain');\nconst server = new ProxyChain.Server({ port: 8443 });\nserver.listen();", '8443', 'Number(process.env.PORT ?? 8443)') }],
    },
    {
      code: "const mosca = require('mosca');\nconst broker = new mosca.Server({ port: 1883 });",
      errors: [{ messageId: 'listenPort', data: { port: '1883' }, suggestions: useEnv("const mosca = require('mosca');\nconst broker = new mosca.Server({ port: 1883 });", '1883', 'Number(process.env.PORT ?? 1883)') }],
    },
    {
      code: "const { Server } = require('socket.io');\nconst io = new Server(3000);",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("const { Server } = require('socket.io');\nconst io = new Server(3000);", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "const io = require('socket.io')(3000);",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("const io = require('socket.io')(3000);", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: 3000 });",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: 3000 });", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "import { startStandaloneServer } from '@apollo/server/standalone';\nconst { url } = await startStandaloneServer(server, { listen: { port: 4000 } });",
      errors: [{ messageId: 'listenPort', data: { port: '4000' }, suggestions: useEnv("import { startStandaloneServer } from '@apollo/server/standalone';\nconst { url } = await startStandaloneServer(server, { listen: { port: 4000 } });", '4000', 'Number(process.env.PORT ?? 4000)') }],
    },
    // Bun's and Deno's own servers: the global's `serve`, Bun's module, and Bun's served default export.
    {
      code: "Bun.serve({ port: 3000, fetch(request) { return new Response('ok'); } });",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("Bun.serve({ port: 3000, fetch(request) { return new Response('ok'); } });", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    {
      code: "const { serve } = Bun;\nconst PORT = 8080;\nserve({ port: PORT, fetch: app.fetch });",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const { serve } = Bun;\nconst PORT = 8080;\nserve({ port: PORT, fetch: app.fetch });", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "import { serve } from 'bun';\nserve({ port: 3000, fetch: app.fetch });",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import { serve } from 'bun';\nserve({ port: 3000, fetch: app.fetch });", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    // Options given by a conditional: the port of either branch.
    {
      code: "Deno.serve(isDesktopMode ? undefined : { port: 8000 }, handler);",
      errors: [{ messageId: 'listenPortDeno', data: { port: '8000' }, suggestions: useEnv("Deno.serve(isDesktopMode ? undefined : { port: 8000 }, handler);", '8000', "Number(Deno.env.get('PORT') ?? 8000)") }],
    },
    {
      code: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server(useTls ? { port: Number(process.env.PORT) } : { port: 80 });",
      errors: [{ messageId: 'listenPort', data: { port: '80' }, suggestions: useEnv("import Hapi from '@hapi/hapi';\nconst server = Hapi.server(useTls ? { port: Number(process.env.PORT) } : { port: 80 });", '80', 'Number(process.env.PORT ?? 80)') }],
    },
    {
      code: "Deno.serve({ port: 8000, hostname: '0.0.0.0' }, handler);",
      errors: [{ messageId: 'listenPortDeno', data: { port: '8000' }, suggestions: useEnv("Deno.serve({ port: 8000, hostname: '0.0.0.0' }, handler);", '8000', "Number(Deno.env.get('PORT') ?? 8000)") }],
    },
    // A module written for Deno (the Deno global or npm:/jsr:/URL imports, no `process`) is fixed with Deno's own reads.
    {
      code: "import express from 'npm:express@4';\nconst app = express();\napp.listen(8000);",
      errors: [{ messageId: 'listenPortDeno', data: { port: '8000' }, suggestions: useEnv("import express from 'npm:express@4';\nconst app = express();\napp.listen(8000);", '8000', "Number(Deno.env.get('PORT') ?? 8000)") }],
    },
    {
      code: "import { Client } from 'npm:pg@8';\nexport const db = new Client({ host: Deno.env.get('DB_HOST'), password: 'Xk9fL2mQ7vR4' });",
      errors: [{ messageId: 'clientCredential', data: { client: 'pg Client', masked: 'Xk9f…', envName: 'PGPASSWORD' }, suggestions: useEnv("import { Client } from 'npm:pg@8';\nexport const db = new Client({ host: Deno.env.get('DB_HOST'), password: 'Xk9fL2mQ7vR4' });", "'Xk9fL2mQ7vR4'", "Deno.env.get('PGPASSWORD')") }],
    },
    // A Deno server that also uses Node's `process` is answered in Node's terms.
    {
      code: "Deno.serve({ port: 8000 }, handler);\nconst mode = process.env.MODE;",
      errors: [{ messageId: 'listenPort', data: { port: '8000' }, suggestions: useEnv("Deno.serve({ port: 8000 }, handler);\nconst mode = process.env.MODE;", '8000', 'Number(process.env.PORT ?? 8000)') }],
    },
    {
      code: "import { Hono } from 'hono';\nconst app = new Hono();\nexport default { port: 3000, fetch: app.fetch } satisfies Record<string, unknown>;",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import { Hono } from 'hono';\nconst app = new Hono();\nexport default { port: 3000, fetch: app.fetch } satisfies Record<string, unknown>;", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },
    // The app's port set in a file that never calls listen().
    {
      code: "const express = require('express');\nconst app = express();\napp.set('port', 8080);\nmodule.exports = app;",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const express = require('express');\nconst app = express();\napp.set('port', 8080);\nmodule.exports = app;", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "import express from 'express';\nconst app = express();\napp.set('port', 3000);\napp.listen(app.get('port'));",
      errors: [{ messageId: 'listenPort', data: { port: '3000' }, suggestions: useEnv("import express from 'express';\nconst app = express();\napp.set('port', 3000);\napp.listen(app.get('port'));", '3000', 'Number(process.env.PORT ?? 3000)') }],
    },

    // ---- strict additions
    {
      code: `const encryptionSalt = '${RANDOM_HEX}';`,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'highEntropySecret',
          data: { name: 'encryptionSalt', masked: first4(RANDOM_HEX), envName: 'ENCRYPTION_SALT' },
          line: 1,
          column: 24,
          suggestions: useEnv(`const encryptionSalt = '${RANDOM_HEX}';`, `'${RANDOM_HEX}'`, 'process.env.ENCRYPTION_SALT'),
        },
      ],
    },
    // A capitalised subtype is no media type; a word that starts like a stand-in's is not one.
    {
      code: "const auth = { token: 'video/Qx7+Zp' };",
      errors: [{ messageId: 'secretName', data: { kind: 'token', name: 'auth.token', masked: 'vide…', envName: 'AUTH_TOKEN' }, suggestions: useEnv("const auth = { token: 'video/Qx7+Zp' };", "'video/Qx7+Zp'", 'process.env.AUTH_TOKEN') }],
    },
    {
      code: `const publicationKey = '${RANDOM_B62}';`,
      options: [{ strict: true }],
      errors: [{ messageId: 'highEntropySecret', data: { name: 'publicationKey', masked: first4(RANDOM_B62), envName: 'PUBLICATION_KEY' }, suggestions: useEnv(`const publicationKey = '${RANDOM_B62}';`, `'${RANDOM_B62}'`, 'process.env.PUBLICATION_KEY') }],
    },
    // The entropy check still reads a random project key of an analytics service as a possible secret.
    {
      code: "export const bugsnagApiKey = '9e1e6889176fd0c795d5c659225e0fae';",
      options: [{ entropy: true }],
      errors: [{ messageId: 'highEntropySecret', data: { name: 'bugsnagApiKey', masked: '9e1e…', envName: 'BUGSNAG_API_KEY' }, suggestions: useEnv("export const bugsnagApiKey = '9e1e6889176fd0c795d5c659225e0fae';", "'9e1e6889176fd0c795d5c659225e0fae'", 'process.env.BUGSNAG_API_KEY') }],
    },
    {
      code: `const keys = { hmac: '${RANDOM_B62}' };`,
      options: [{ entropy: true }],
      errors: [{ messageId: 'highEntropySecret', data: { name: 'keys.hmac', masked: first4(RANDOM_B62), envName: 'KEYS_HMAC' }, suggestions: useEnv(`const keys = { hmac: '${RANDOM_B62}' };`, `'${RANDOM_B62}'`, 'process.env.KEYS_HMAC') }],
    },
    // A default is used when nothing else is set: not a sample.
    {
      code: `export const properties = [{ name: 'token', default: '${GITHUB}', placeholder: 'e.g. ghp_…' }];`,
      errors: [{ messageId: 'tokenFormat', data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'GITHUB_TOKEN' }, suggestions: useEnv(`export const properties = [{ name: 'token', default: '${GITHUB}', placeholder: 'e.g. ghp_…' }];`, `'${GITHUB}'`, 'process.env.GITHUB_TOKEN') }],
    },
    // A `key` next to a `value` that is no function is no method descriptor.
    {
      code: `const entry = { key: '${RANDOM_B62}', value: 'aes-256-gcm' };`,
      options: [{ entropy: true }],
      errors: [{ messageId: 'highEntropySecret', data: { name: 'entry.key', masked: first4(RANDOM_B62), envName: 'ENTRY_KEY' }, suggestions: useEnv(`const entry = { key: '${RANDOM_B62}', value: 'aes-256-gcm' };`, `'${RANDOM_B62}'`, 'process.env.ENTRY_KEY') }],
    },
    // CORS: the origins a middleware or server allows, in strict.
    // A NestJS gateway's CORS origin (strict), and a port of its own.
    {
      code: "import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway(8081, { cors: { origin: 'https://play.mypets.io' } })\nexport class GamesGateway {}",
      options: [{ strict: true }],
      errors: [
        { messageId: 'listenPort', data: { port: '8081' }, suggestions: useEnv("import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway(8081, { cors: { origin: 'https://play.mypets.io' } })\nexport class GamesGateway {}", '8081', 'Number(process.env.PORT ?? 8081)') },
        { messageId: 'corsOrigin', data: { host: 'play.mypets.io', client: '@WebSocketGateway()', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway(8081, { cors: { origin: 'https://play.mypets.io' } })\nexport class GamesGateway {}", "'https://play.mypets.io'", 'process.env.CORS_ORIGIN') },
      ],
    },
    {
      code: "import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway(3001, { namespace: 'chat' })\nexport class ChatGateway {}",
      errors: [{ messageId: 'listenPort', data: { port: '3001' }, suggestions: useEnv("import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway(3001, { namespace: 'chat' })\nexport class ChatGateway {}", '3001', 'Number(process.env.PORT ?? 3001)') }],
    },
    { code: "import cors from 'cors';\napp.use(cors({ origin: 'https://house-hive.vercel.app', credentials: true }));", options: [{ strict: true }], errors: [{ messageId: 'corsOrigin', data: { host: 'house-hive.vercel.app', client: 'cors()', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import cors from 'cors';\napp.use(cors({ origin: 'https://house-hive.vercel.app', credentials: true }));", "'https://house-hive.vercel.app'", 'process.env.CORS_ORIGIN') }] },
    // Apollo Server 2 and 3: its own server's `cors` option, and the middleware's on Express and Koa.
    {
      code: "import { ApolloServer } from 'apollo-server';\nconst server = new ApolloServer({ typeDefs, resolvers, cors: { origin: 'https://studio.acme.io', credentials: true } });",
      options: [{ corsOrigins: true }],
      errors: [{ messageId: 'corsOrigin', data: { host: 'studio.acme.io', client: 'ApolloServer', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import { ApolloServer } from 'apollo-server';\nconst server = new ApolloServer({ typeDefs, resolvers, cors: { origin: 'https://studio.acme.io', credentials: true } });", "'https://studio.acme.io'", 'process.env.CORS_ORIGIN') }],
    },
    {
      code: "const { ApolloServer } = require('apollo-server-express');\nasync function mount(app) {\n  const apolloServer = new ApolloServer({ typeDefs, resolvers });\n  await apolloServer.start();\n  apolloServer.applyMiddleware({ app, path: '/graphql', cors: { origin: ['http://localhost:3000', 'https://news.acme.in'] } });\n}",
      languageOptions: ESPREE_COMMONJS,
      options: [{ corsOrigins: true }],
      errors: [{ messageId: 'corsOrigin', data: { host: 'news.acme.in', client: "ApolloServer's applyMiddleware()", read: 'process.env.CORS_ORIGIN' }, suggestions: [] }],
    },
    {
      code: "import { ApolloServer } from 'apollo-server-koa';\nconst app = new Koa();\napp.use(new ApolloServer({ schema }).getMiddleware({ cors: { origin: 'https://admin.acme.io' } }));",
      options: [{ corsOrigins: true }],
      errors: [{ messageId: 'corsOrigin', data: { host: 'admin.acme.io', client: "ApolloServer's getMiddleware()", read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import { ApolloServer } from 'apollo-server-koa';\nconst app = new Koa();\napp.use(new ApolloServer({ schema }).getMiddleware({ cors: { origin: 'https://admin.acme.io' } }));", "'https://admin.acme.io'", 'process.env.CORS_ORIGIN') }],
    },
    {
      name: "a deploy's own origin beside the Socket.IO Admin UI's",
      code: "const { Server } = require('socket.io');\nconst io = new Server(server, { cors: { origin: ['https://admin.socket.io', 'https://chat.myshop.com'] } });",
      languageOptions: ESPREE_COMMONJS,
      options: [{ corsOrigins: true }],
      errors: [{ messageId: 'corsOrigin', data: { host: 'chat.myshop.com', client: 'the socket.io Server', read: 'process.env.CORS_ORIGIN' }, suggestions: [] }],
    },
    { code: "const cors = require('cors');\nconst ORIGINS = ['https://admin.myshop.com', 'http://localhost:3000'];\napp.use(cors({ origin: ORIGINS }));", languageOptions: ESPREE_COMMONJS, options: [{ corsOrigins: true }], errors: [{ messageId: 'corsOrigin', data: { host: 'admin.myshop.com', client: 'cors()', read: 'process.env.CORS_ORIGIN' }, suggestions: [] }] },
    // A standalone socket.io server's port and its CORS origin, both (strict keeps the port of recommended).
    {
      code: "const { Server } = require('socket.io');\nconst io = new Server(9000, { cors: { origin: 'https://chat.myshop.com' } });",
      languageOptions: ESPREE_COMMONJS,
      options: [{ strict: true }],
      errors: [
        { messageId: 'listenPort', data: { port: '9000' }, suggestions: useEnv("const { Server } = require('socket.io');\nconst io = new Server(9000, { cors: { origin: 'https://chat.myshop.com' } });", '9000', 'Number(process.env.PORT ?? 9000)') },
        { messageId: 'corsOrigin', data: { host: 'chat.myshop.com', client: 'the socket.io Server', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("const { Server } = require('socket.io');\nconst io = new Server(9000, { cors: { origin: 'https://chat.myshop.com' } });", "'https://chat.myshop.com'", 'process.env.CORS_ORIGIN') },
      ],
    },
    { code: "import { Server } from 'socket.io';\nexport const io = new Server(httpServer, { cors: { origin: process.env.NODE_ENV === 'production' ? 'https://chat.myshop.com' : 'http://localhost:5173' } });", options: [{ strict: true }], errors: [{ messageId: 'corsOrigin', data: { host: 'chat.myshop.com', client: 'the socket.io Server', read: 'process.env.CORS_ORIGIN' }, suggestions: [] }] },
    { code: "import Fastify from 'fastify';\nimport fastifyCors from '@fastify/cors';\nconst fastify = Fastify();\nfastify.register(fastifyCors, { origin: 'https://dash.myshop.com' });", options: [{ strict: true }], errors: [{ messageId: 'corsOrigin', data: { host: 'dash.myshop.com', client: '@fastify/cors', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import Fastify from 'fastify';\nimport fastifyCors from '@fastify/cors';\nconst fastify = Fastify();\nfastify.register(fastifyCors, { origin: 'https://dash.myshop.com' });", "'https://dash.myshop.com'", 'process.env.CORS_ORIGIN') }] },
    // A NestJS app's own CORS switch.
    {
      code: "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: 'https://app.myshop.com', credentials: true });\nawait app.listen(process.env.PORT ?? 3000);",
      options: [{ strict: true }],
      errors: [{ messageId: 'corsOrigin', data: { host: 'app.myshop.com', client: 'app.enableCors()', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: 'https://app.myshop.com', credentials: true });\nawait app.listen(process.env.PORT ?? 3000);", "'https://app.myshop.com'", 'process.env.CORS_ORIGIN') }],
    },
    {
      code: "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\nconst origins = ['https://app.myshop.com', 'http://localhost:4200'];\napp.enableCors({ origin: origins });",
      options: [{ strict: true }],
      errors: [{ messageId: 'corsOrigin', data: { host: 'app.myshop.com', client: 'app.enableCors()', read: 'process.env.CORS_ORIGIN' } }],
    },
    { code: "import { NestFactory } from '@nestjs/core';\nexport const app = await NestFactory.create(AppModule, { cors: { origin: 'https://n.myshop.com' } });", options: [{ strict: true }], errors: [{ messageId: 'corsOrigin', data: { host: 'n.myshop.com', client: 'NestFactory.create()', read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import { NestFactory } from '@nestjs/core';\nexport const app = await NestFactory.create(AppModule, { cors: { origin: 'https://n.myshop.com' } });", "'https://n.myshop.com'", 'process.env.CORS_ORIGIN') }] },
    { code: "import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\nconst app = new Hono();\napp.use('/api/*', cors({ origin: 'https://edge.myshop.dev' }));\nexport default app;", options: [{ strict: true }], errors: [{ messageId: 'corsOrigin', data: { host: 'edge.myshop.dev', client: "Hono's cors()", read: 'process.env.CORS_ORIGIN' }, suggestions: useEnv("import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\nconst app = new Hono();\napp.use('/api/*', cors({ origin: 'https://edge.myshop.dev' }));\nexport default app;", "'https://edge.myshop.dev'", 'process.env.CORS_ORIGIN') }] },
    // A reverse proxy's upstream is a remote service too.
    {
      code: "const { createProxyMiddleware } = require('http-proxy-middleware');\nconst proxy = require('express-http-proxy');\napp.use('/api', createProxyMiddleware({ target: 'https://api.ruchamp.ru', changeOrigin: true }));\napp.use('/billing', proxy('https://billing.acme.io'));",
      options: [{ remoteApis: true }],
      languageOptions: ESPREE_COMMONJS,
      errors: [
        { messageId: 'remoteServiceUrl', line: 3, data: { host: 'api.ruchamp.ru', client: 'createProxyMiddleware()', envName: 'RUCHAMP_API_URL' }, suggestions: useEnv("const { createProxyMiddleware } = require('http-proxy-middleware');\nconst proxy = require('express-http-proxy');\napp.use('/api', createProxyMiddleware({ target: 'https://api.ruchamp.ru', changeOrigin: true }));\napp.use('/billing', proxy('https://billing.acme.io'));", "'https://api.ruchamp.ru'", 'process.env.RUCHAMP_API_URL') },
        { messageId: 'remoteServiceUrl', line: 4, data: { host: 'billing.acme.io', client: 'express-http-proxy', envName: 'ACME_API_URL' }, suggestions: useEnv("const { createProxyMiddleware } = require('http-proxy-middleware');\nconst proxy = require('express-http-proxy');\napp.use('/api', createProxyMiddleware({ target: 'https://api.ruchamp.ru', changeOrigin: true }));\napp.use('/billing', proxy('https://billing.acme.io'));", "'https://billing.acme.io'", 'process.env.ACME_API_URL') },
      ],
    },
    {
      code: "fetch('https://api.github.com/repos/acme/app');",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'remoteServiceUrl',
          data: { host: 'api.github.com', client: 'fetch()', envName: 'GITHUB_API_URL' },
          line: 1,
          column: 7,
          suggestions: useEnv("fetch('https://api.github.com/repos/acme/app');", "'https://api.github.com/repos/acme/app'", 'process.env.GITHUB_API_URL'),
        },
      ],
    },
    {
      // A base URL held in a constant, the path added by the code: the constant's host is the service's.
      code: "const TORN_API_BASE = 'https://api.torn.com';\nexport const torn = (path) => fetch(`${TORN_API_BASE}${path}`);\nexport const tornPost = (path, body) => fetch(TORN_API_BASE + path, { method: 'POST', body });",
      options: [{ remoteApis: true }],
      errors: [
        { messageId: 'remoteServiceUrl', data: { host: 'api.torn.com', client: 'fetch()', envName: 'TORN_API_URL' }, line: 2 },
        { messageId: 'remoteServiceUrl', data: { host: 'api.torn.com', client: 'fetch()', envName: 'TORN_API_URL' }, line: 3 },
      ],
    },
    {
      // A name that only starts like a metadata service's address is any remote host.
      code: "fetch('http://169.254.169.254.nip.io/latest');",
      options: [{ remoteApis: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: '169.254.169.254.nip.io', client: 'fetch()', envName: 'NIP_API_URL' }, suggestions: useEnv("fetch('http://169.254.169.254.nip.io/latest');", "'http://169.254.169.254.nip.io/latest'", 'process.env.NIP_API_URL') }],
    },
    {
      name: "the request package, its options' uri",
      code: "const request = require('request');\nrequest({ uri: 'https://service.nextlend.vn/api/report', method: 'POST' }, done);\nrequest.get(process.env.PARTNER_URL, done);",
      options: [{ remoteApis: true }],
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'service.nextlend.vn', client: 'request', envName: 'NEXTLEND_API_URL' }, suggestions: useEnv("const request = require('request');\nrequest({ uri: 'https://service.nextlend.vn/api/report', method: 'POST' }, done);\nrequest.get(process.env.PARTNER_URL, done);", "'https://service.nextlend.vn/api/report'", 'process.env.NEXTLEND_API_URL') }],
    },
    {
      code: "import axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://payments.internal/v2' });",
      options: [{ remoteApis: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'payments.internal', client: 'axios.create()', envName: 'PAYMENTS_API_URL' }, suggestions: useEnv("import axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://payments.internal/v2' });", "'https://payments.internal/v2'", 'process.env.PAYMENTS_API_URL') }],
    },
    // The same request without a socket goes to the host.
    {
      code: "import http from 'node:http';\nhttp.request('http://docker.acme.io/containers/json', { agent }, onResponse);",
      options: [{ remoteApis: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'docker.acme.io', client: 'http.request()', envName: 'ACME_API_URL' }, suggestions: useEnv("import http from 'node:http';\nhttp.request('http://docker.acme.io/containers/json', { agent }, onResponse);", "'http://docker.acme.io/containers/json'", 'process.env.ACME_API_URL') }],
    },
    // A command-line option's default is its value whenever the flag is not given: commander's third
    // argument is named by the long flag, yargs' `default` by the option.
    {
      code: `import { program } from 'commander';\nprogram.option('-k, --api-key <key>', 'API key', '${RANDOM_HEX}').requiredOption('--db-password <password>', 'database password', 'Sup3rS3cret!');`,
      errors: [
        { messageId: 'secretName', data: { kind: 'API key', name: 'api-key', masked: first4(RANDOM_HEX), envName: 'API_KEY' }, suggestions: useEnv(`import { program } from 'commander';\nprogram.option('-k, --api-key <key>', 'API key', '${RANDOM_HEX}').requiredOption('--db-password <password>', 'database password', 'Sup3rS3cret!');`, `'${RANDOM_HEX}'`, 'process.env.API_KEY') },
        { messageId: 'secretName', data: { kind: 'password', name: 'db-password', masked: 'Sup3…', envName: 'DB_PASSWORD' }, suggestions: useEnv(`import { program } from 'commander';\nprogram.option('-k, --api-key <key>', 'API key', '${RANDOM_HEX}').requiredOption('--db-password <password>', 'database password', 'Sup3rS3cret!');`, "'Sup3rS3cret!'", 'process.env.DB_PASSWORD') },
      ],
    },
    {
      code: "const argv = require('yargs').option('password', { alias: 'p', type: 'string', default: 'Sup3rS3cret!' }).argv;",
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'Sup3…', envName: 'PASSWORD' }, suggestions: useEnv("const argv = require('yargs').option('password', { alias: 'p', type: 'string', default: 'Sup3rS3cret!' }).argv;", "'Sup3rS3cret!'", 'process.env.PASSWORD') }],
    },
    // Node's request options name the machine in `hostname` (preferred) or `host`, also from a variable.
    {
      code: "const https = require('https');\nhttps.request({ hostname: 'api.stripe.com', host: 'ignored.acme.io', path: '/v1/charges', method: 'POST' }, onResponse);",
      options: [{ remoteApis: true }],
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'remoteServiceHost', data: { host: 'api.stripe.com', client: 'https.request()', envName: 'STRIPE_API_HOST' }, suggestions: useEnv("const https = require('https');\nhttps.request({ hostname: 'api.stripe.com', host: 'ignored.acme.io', path: '/v1/charges', method: 'POST' }, onResponse);", "'api.stripe.com'", 'process.env.STRIPE_API_HOST') }],
    },
    {
      code: "const http = require('https');\nconst getWeather = (lat, long) => {\n  let weatherOptions = { host: 'api.darksky.net', path: '/forecast/' + lat + ',' + long, method: 'GET' };\n  return http.request(weatherOptions, onResponse);\n};",
      options: [{ remoteApis: true }],
      languageOptions: ESPREE_COMMONJS,
      errors: [{ messageId: 'remoteServiceHost', data: { host: 'api.darksky.net', client: 'https.request()', envName: 'DARKSKY_API_HOST' }, suggestions: useEnv("const http = require('https');\nconst getWeather = (lat, long) => {\n  let weatherOptions = { host: 'api.darksky.net', path: '/forecast/' + lat + ',' + long, method: 'GET' };\n  return http.request(weatherOptions, onResponse);\n};", "'api.darksky.net'", 'process.env.DARKSKY_API_HOST') }],
    },
    {
      code: "import { get } from 'node:http';\nconst SLACK = '10.0.4.12';\nget({ hostname: SLACK, port: 8080, path: '/hooks' });",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceHost', data: { host: '10.0.4.12', client: 'http.get()', envName: 'API_HOST' }, suggestions: useEnv("import { get } from 'node:http';\nconst SLACK = '10.0.4.12';\nget({ hostname: SLACK, port: 8080, path: '/hooks' });", "'10.0.4.12'", 'process.env.API_HOST') }],
    },
    // got's `prefixUrl` names no service: the host does.
    {
      code: "import got from 'got';\nexport const box = got.extend({ prefixUrl: 'https://api.box.com/2.0' });",
      options: [{ remoteApis: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'api.box.com', client: 'got.extend()', envName: 'BOX_API_URL' }, suggestions: useEnv("import got from 'got';\nexport const box = got.extend({ prefixUrl: 'https://api.box.com/2.0' });", "'https://api.box.com/2.0'", 'process.env.BOX_API_URL') }],
    },
    // A client loaded with await import() (node-fetch 3 from CommonJS).
    {
      code: "const url = 'https://api.umami.is/v1/telemetry';\nasync function send(data) {\n  const { default: fetch } = await import('node-fetch');\n  await fetch(url, { method: 'post', body: JSON.stringify(data) });\n}",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'api.umami.is', client: 'node-fetch', envName: 'UMAMI_API_URL' }, suggestions: useEnv("const url = 'https://api.umami.is/v1/telemetry';\nasync function send(data) {\n  const { default: fetch } = await import('node-fetch');\n  await fetch(url, { method: 'post', body: JSON.stringify(data) });\n}", "'https://api.umami.is/v1/telemetry'", 'process.env.UMAMI_API_URL') }],
    },
    // got 12+ by its named export.
    {
      code: "import { got } from 'got';\nexport const ping = (metrics) => got.post('https://telemetry.nodered.org/ping', { json: metrics });",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'telemetry.nodered.org', client: 'got.post()', envName: 'NODERED_API_URL' }, suggestions: useEnv("import { got } from 'got';\nexport const ping = (metrics) => got.post('https://telemetry.nodered.org/ping', { json: metrics });", "'https://telemetry.nodered.org/ping'", 'process.env.NODERED_API_URL') }],
    },
    {
      code: "import got from 'got';\nconst STRIPE_URL = 'https://api.stripe.com';\nawait got.post(`${STRIPE_URL}/v1/charges`);",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'api.stripe.com', client: 'got.post()', envName: 'STRIPE_API_URL' }, suggestions: useEnv("import got from 'got';\nconst STRIPE_URL = 'https://api.stripe.com';\nawait got.post(`${STRIPE_URL}/v1/charges`);", '`${STRIPE_URL}/v1/charges`', 'process.env.STRIPE_API_URL') }],
    },
    // A country's second level (co.uk, com.au) is not the service; a plain .co domain is.
    {
      code: "export const call = () => fetch('https://api.shopco.co.uk/v1/orders');",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'api.shopco.co.uk', client: 'fetch()', envName: 'SHOPCO_API_URL' }, suggestions: useEnv("export const call = () => fetch('https://api.shopco.co.uk/v1/orders');", "'https://api.shopco.co.uk/v1/orders'", 'process.env.SHOPCO_API_URL') }],
    },
    {
      code: "export const call = () => fetch('https://payments.acme.com.au/charge');",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'payments.acme.com.au', client: 'fetch()', envName: 'ACME_API_URL' }, suggestions: useEnv("export const call = () => fetch('https://payments.acme.com.au/charge');", "'https://payments.acme.com.au/charge'", 'process.env.ACME_API_URL') }],
    },
    {
      code: "export const call = () => fetch('https://api.lendco.co/v1/loans');",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'api.lendco.co', client: 'fetch()', envName: 'LENDCO_API_URL' }, suggestions: useEnv("export const call = () => fetch('https://api.lendco.co/v1/loans');", "'https://api.lendco.co/v1/loans'", 'process.env.LENDCO_API_URL') }],
    },
    // A binding's name leads the suggested variable, led in turn by the service when it does not name it.
    {
      code: "const STEAM_API_URL = 'https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/';\nexport const players = (key) => fetch(STEAM_API_URL, { headers: { key } });",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'api.steampowered.com', client: 'fetch()', envName: 'STEAM_API_URL' }, suggestions: useEnv("const STEAM_API_URL = 'https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/';\nexport const players = (key) => fetch(STEAM_API_URL, { headers: { key } });", "'https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/'", 'process.env.STEAM_API_URL') }],
    },
    {
      code: "const tokenUrl = 'https://github.com/login/oauth/access_token';\nexport const getToken = (code) => fetch(tokenUrl, { method: 'POST', body: code });",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'github.com', client: 'fetch()', envName: 'GITHUB_TOKEN_URL' }, suggestions: useEnv("const tokenUrl = 'https://github.com/login/oauth/access_token';\nexport const getToken = (code) => fetch(tokenUrl, { method: 'POST', body: code });", "'https://github.com/login/oauth/access_token'", 'process.env.GITHUB_TOKEN_URL') }],
    },
    {
      code: "const githubTokenUrl = 'https://github.com/login/oauth/access_token';\nexport const getToken = (code) => fetch(githubTokenUrl, { method: 'POST', body: code });",
      options: [{ strict: true }],
      errors: [{ messageId: 'remoteServiceUrl', data: { host: 'github.com', client: 'fetch()', envName: 'GITHUB_TOKEN_URL' }, suggestions: useEnv("const githubTokenUrl = 'https://github.com/login/oauth/access_token';\nexport const getToken = (code) => fetch(githubTokenUrl, { method: 'POST', body: code });", "'https://github.com/login/oauth/access_token'", 'process.env.GITHUB_TOKEN_URL') }],
    },
    {
      code: "import Redis from 'ioredis';\nexport const redis = new Redis({ host: 'localhost', port: 6379 });",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'backingServiceOption',
          data: { what: 'host', value: 'localhost', client: 'ioredis', envName: 'REDIS_HOST' },
          suggestions: useEnv("import Redis from 'ioredis';\nexport const redis = new Redis({ host: 'localhost', port: 6379 });", "'localhost'", 'process.env.REDIS_HOST'),
        },
        {
          messageId: 'backingServiceOption',
          data: { what: 'port', value: '6379', client: 'ioredis', envName: 'REDIS_PORT' },
          suggestions: useEnv("import Redis from 'ioredis';\nexport const redis = new Redis({ host: 'localhost', port: 6379 });", '6379', 'Number(process.env.REDIS_PORT ?? 6379)'),
        },
      ],
    },
    // Moleculer's Sequelize adapter takes Sequelize's arguments; graphql-redis-subscriptions takes ioredis's options under `connection`.
    {
      code: "const SqlAdapter = require('moleculer-db-adapter-sequelize');\nmodule.exports = { adapter: new SqlAdapter('words', 'words', 'Wq7vLm2pX9', { host: 'words-db.prod.internal', dialect: 'postgres' }) };",
      languageOptions: languageOptions({ sourceType: 'commonjs' }),
      errors: [
        { messageId: 'clientCredential', data: { client: 'moleculer-db-adapter-sequelize', masked: 'Wq7…', envName: 'DB_PASSWORD' }, suggestions: useEnv("const SqlAdapter = require('moleculer-db-adapter-sequelize');\nmodule.exports = { adapter: new SqlAdapter('words', 'words', 'Wq7vLm2pX9', { host: 'words-db.prod.internal', dialect: 'postgres' }) };", "'Wq7vLm2pX9'", 'process.env.DB_PASSWORD') },
        { messageId: 'backingServiceOption', data: { what: 'host', value: 'words-db.prod.internal', client: 'moleculer-db-adapter-sequelize', envName: 'DB_HOST' }, suggestions: useEnv("const SqlAdapter = require('moleculer-db-adapter-sequelize');\nmodule.exports = { adapter: new SqlAdapter('words', 'words', 'Wq7vLm2pX9', { host: 'words-db.prod.internal', dialect: 'postgres' }) };", "'words-db.prod.internal'", 'process.env.DB_HOST') },
      ],
    },
    {
      code: "import { RedisPubSub } from 'graphql-redis-subscriptions';\nexport const pubsub = new RedisPubSub({ connection: { host: 'redis.prod.internal', port: Number(process.env.REDIS_PORT) } });",
      errors: [{ messageId: 'backingServiceOption', data: { what: 'host', value: 'redis.prod.internal', client: 'graphql-redis-subscriptions RedisPubSub', envName: 'REDIS_HOST' }, suggestions: useEnv("import { RedisPubSub } from 'graphql-redis-subscriptions';\nexport const pubsub = new RedisPubSub({ connection: { host: 'redis.prod.internal', port: Number(process.env.REDIS_PORT) } });", "'redis.prod.internal'", 'process.env.REDIS_HOST') }],
    },
    // A port written as a string of digits, which the clients take too.
    {
      code: "const redis = require('redis');\nexport const client = redis.createClient({ host: process.env.REDIS_HOST, port: '5657' });",
      options: [{ strict: true }],
      errors: [{ messageId: 'backingServiceOption', data: { what: 'port', value: '5657', client: 'redis createClient()', envName: 'REDIS_PORT' }, suggestions: useEnv("const redis = require('redis');\nexport const client = redis.createClient({ host: process.env.REDIS_HOST, port: '5657' });", "'5657'", "Number(process.env.REDIS_PORT ?? '5657')") }],
    },
    {
      code: "const mongoose = require('mongoose');\nmongoose.connect('mongodb://127.0.0.1:27017/app');",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'localServiceUrl',
          data: { service: 'MongoDB', host: '127.0.0.1', envName: 'MONGODB_URI' },
          line: 2,
          column: 18,
          suggestions: useEnv("const mongoose = require('mongoose');\nmongoose.connect('mongodb://127.0.0.1:27017/app');", "'mongodb://127.0.0.1:27017/app'", 'process.env.MONGODB_URI'),
        },
      ],
    },
    {
      code: "const REDIS_URL = 'redis://localhost:6379';",
      options: [{ localServiceUrls: true }],
      errors: [{ messageId: 'localServiceUrl', data: { service: 'Redis', host: 'localhost', envName: 'REDIS_URL' }, suggestions: useEnv("const REDIS_URL = 'redis://localhost:6379';", "'redis://localhost:6379'", 'process.env.REDIS_URL') }],
    },
    {
      code: "const password = 'hunter2';",
      options: [{ allowedValues: ['other'], allowedNames: ['/^token$/'] }],
      errors: [{ messageId: 'secretName', data: { kind: 'password', name: 'password', masked: 'hu…', envName: 'PASSWORD' }, suggestions: useEnv("const password = 'hunter2';", "'hunter2'", 'process.env.PASSWORD') }],
    },
    // A service's server: started at load time, closed only by some requests, or closed on a signal.
    {
      code: "const http = require('node:http');\nconst server = http.createServer((req, res) => {\n  res.end('ok');\n  server.close();\n});\nserver.listen(8080);",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, line: 6, column: 15, suggestions: useEnv("const http = require('node:http');\nconst server = http.createServer((req, res) => {\n  res.end('ok');\n  server.close();\n});\nserver.listen(8080);", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // Closed by a callback that answers none of its requests (another emitter's event).
    {
      code: "const http = require('node:http');\nfunction start(jobs) {\n  const server = http.createServer((req, res) => res.end('ok'));\n  server.listen(8080);\n  jobs.on('drained', () => server.close());\n}\nmodule.exports = start;",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const http = require('node:http');\nfunction start(jobs) {\n  const server = http.createServer((req, res) => res.end('ok'));\n  server.listen(8080);\n  jobs.on('drained', () => server.close());\n}\nmodule.exports = start;", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "const http = require('node:http');\nfunction start() {\n  const server = http.createServer((req, res) => res.end('ok'));\n  server.listen(8080);\n  process.on('SIGTERM', () => server.close());\n}\nstart();",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const http = require('node:http');\nfunction start() {\n  const server = http.createServer((req, res) => res.end('ok'));\n  server.listen(8080);\n  process.on('SIGTERM', () => server.close());\n}\nstart();", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    {
      code: "const http = require('node:http');\nfunction start() {\n  const server = http.createServer((req, res) => {\n    if (req.url === '/quit') server.close();\n    res.end('ok');\n  });\n  server.listen(8080);\n}\nstart();",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const http = require('node:http');\nfunction start() {\n  const server = http.createServer((req, res) => {\n    if (req.url === '/quit') server.close();\n    res.end('ok');\n  });\n  server.listen(8080);\n}\nstart();", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // A helper in the executor that settles the promise, called by the start and errors but not by the requests: a service started and awaited.
    {
      code: "import { createServer } from 'node:http';\nexport function start(app) {\n  return new Promise((resolve, reject) => {\n    const server = createServer((req, res) => app(req, res));\n    const ready = (err) => (err ? reject(err) : resolve(server));\n    server.once('error', ready);\n    server.listen(8080, () => ready());\n  });\n}",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, line: 7, column: 19, suggestions: useEnv("import { createServer } from 'node:http';\nexport function start(app) {\n  return new Promise((resolve, reject) => {\n    const server = createServer((req, res) => app(req, res));\n    const ready = (err) => (err ? reject(err) : resolve(server));\n    server.once('error', ready);\n    server.listen(8080, () => ready());\n  });\n}", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // Closed by a timer set in a signal handler, or by an interval: a service's shutdown, not a window.
    {
      code: "const http = require('node:http');\nfunction start(app) {\n  const server = http.createServer(app);\n  server.listen(8080);\n  process.on('SIGTERM', () => {\n    setTimeout(() => server.close(), 5000);\n  });\n  setInterval(() => server.close(), 60000);\n}\nmodule.exports = start;",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, line: 4, column: 17, suggestions: useEnv("const http = require('node:http');\nfunction start(app) {\n  const server = http.createServer(app);\n  server.listen(8080);\n  process.on('SIGTERM', () => {\n    setTimeout(() => server.close(), 5000);\n  });\n  setInterval(() => server.close(), 60000);\n}\nmodule.exports = start;", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // Closed by its listen callback only under a condition: a service that a smoke test stops.
    {
      code: "const http = require('node:http');\nfunction start(app) {\n  const server = http.createServer(app);\n  server.listen(8080, () => {\n    if (process.env.SMOKE_TEST) server.close();\n  });\n}\nmodule.exports = start;",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, line: 4, column: 17, suggestions: useEnv("const http = require('node:http');\nfunction start(app) {\n  const server = http.createServer(app);\n  server.listen(8080, () => {\n    if (process.env.SMOKE_TEST) server.close();\n  });\n}\nmodule.exports = start;", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // A promise that the server's start settles, not its requests: a service started and awaited.
    {
      code: "const http = require('node:http');\nfunction start(handler) {\n  return new Promise((resolve) => {\n    const server = http.createServer((req, res) => handler(req, res));\n    server.listen(8080, () => resolve(server));\n  });\n}\nmodule.exports = start;",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, line: 5, column: 19, suggestions: useEnv("const http = require('node:http');\nfunction start(handler) {\n  return new Promise((resolve) => {\n    const server = http.createServer((req, res) => handler(req, res));\n    server.listen(8080, () => resolve(server));\n  });\n}\nmodule.exports = start;", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // A promise settled by another event than a request: the first connection of a service.
    {
      code: "import http from 'node:http';\nexport async function start(app) {\n  const server = http.createServer(app);\n  server.listen(8080);\n  return new Promise((resolve) => {\n    server.on('connection', (socket) => resolve(socket));\n  });\n}",
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, line: 4, column: 17, suggestions: useEnv("import http from 'node:http';\nexport async function start(app) {\n  const server = http.createServer(app);\n  server.listen(8080);\n  return new Promise((resolve) => {\n    server.on('connection', (socket) => resolve(socket));\n  });\n}", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // A variable given more than one server: which one listens is not read.
    {
      code: "const http = require('node:http');\nfunction start(handler) {\n  let server;\n  return new Promise((resolve) => {\n    server = http.createServer((req, res) => { handler(req, res); resolve(); });\n    server = http.createServer(handler);\n    server.listen(8080);\n  });\n}\nmodule.exports = start;",
      languageOptions: COMMONJS,
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: useEnv("const http = require('node:http');\nfunction start(handler) {\n  let server;\n  return new Promise((resolve) => {\n    server = http.createServer((req, res) => { handler(req, res); resolve(); });\n    server = http.createServer(handler);\n    server.listen(8080);\n  });\n}\nmodule.exports = start;", '8080', 'Number(process.env.PORT ?? 8080)') }],
    },
    // Next to a deny-list, a table of values in use is still reported, and so is the deny-list in strict.
    {
      code: "const DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011' };\nconst WEAK_DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011' };",
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'secret', name: 'JWT_SECRET', masked: 'FFEE…', envName: 'JWT_SECRET' },
          line: 1,
          column: 32,
          suggestions: useEnv("const DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011' };\nconst WEAK_DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011' };", "'FFEE0011FFEE0011FFEE0011'", 'process.env.JWT_SECRET'),
        },
      ],
    },
    {
      code: "const WEAK_DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011' };",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'secret', name: 'WEAK_DEFAULTS.JWT_SECRET', masked: 'FFEE…', envName: 'JWT_SECRET' },
          suggestions: useEnv("const WEAK_DEFAULTS = { JWT_SECRET: 'FFEE0011FFEE0011FFEE0011' };", "'FFEE0011FFEE0011FFEE0011'", 'process.env.JWT_SECRET'),
        },
      ],
    },
    // Beside a real account, such a password is one.
    {
      code: "module.exports = { email: { auth: { user: 'ops@acme.io', pass: 'GmailPassword' } } };",
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'password', name: 'email.auth.pass', masked: 'Gmai…', envName: 'EMAIL_AUTH_PASS' },
          suggestions: useEnv("module.exports = { email: { auth: { user: 'ops@acme.io', pass: 'GmailPassword' } } };", "'GmailPassword'", 'process.env.EMAIL_AUTH_PASS'),
        },
      ],
    },
    // Only a table's own name counts: name-part words in the key, or none, leave the value judged.
    {
      code: "const tableKeys = { shared_credentials: 'c68e056637562000b68f480815a' };",
      errors: [
        {
          messageId: 'secretName',
          data: { kind: 'credential', name: 'tableKeys.shared_credentials', masked: 'c68e…', envName: 'TABLE_KEYS_SHARED_CREDENTIALS' },
          suggestions: useEnv("const tableKeys = { shared_credentials: 'c68e056637562000b68f480815a' };", "'c68e056637562000b68f480815a'", 'process.env.TABLE_KEYS_SHARED_CREDENTIALS'),
        },
      ],
    },
    {
      code: `const placeholders = { githubToken: '${GITHUB}' };`,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'PLACEHOLDERS_GITHUB_TOKEN' },
          suggestions: useEnv(`const placeholders = { githubToken: '${GITHUB}' };`, `'${GITHUB}'`, 'process.env.PLACEHOLDERS_GITHUB_TOKEN'),
        },
      ],
    },
    // A key of a known format is exposed by being committed, deny-list or not.
    {
      code: `const BLOCKED_TOKENS = { githubToken: '${GITHUB}' };`,
      errors: [
        {
          messageId: 'tokenFormat',
          data: { format: 'GitHub token', masked: first4(GITHUB), envName: 'BLOCKED_TOKENS_GITHUB_TOKEN' },
          suggestions: useEnv(`const BLOCKED_TOKENS = { githubToken: '${GITHUB}' };`, `'${GITHUB}'`, 'process.env.BLOCKED_TOKENS_GITHUB_TOKEN'),
        },
      ],
    },
  ],
});

describe('no-hardcoded-config options schema', () => {
  it.each([
    [{ strict: 'yes' }, 'should be boolean'],
    [{ unknownOption: true }, 'Unexpected property "unknownOption"'],
    [{ additionalTokenPatterns: [{ name: 'Acme' }] }, "required property 'pattern'"],
    [{ allowedNames: 'password' }, 'should be array'],
    [{ entropyMinLength: 2 }, 'should be >= 8'],
  ])('rejects %j with a clear error', (options, message) => {
    const linter = new Linter({ configType: 'flat' });
    // typescript-eslint's rule type and ESLint's are the same at run time.
    const plugin = { rules: { 'no-hardcoded-config': rule } } as unknown as ESLint.Plugin;
    expect(() => linter.verify('const a = 1;', [{ plugins: { t: plugin }, rules: { 't/no-hardcoded-config': ['error', options] } }])).toThrow(message);
  });
});
