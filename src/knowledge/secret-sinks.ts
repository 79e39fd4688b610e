import type { ModuleMember, PluginRow } from '../analysis/modules';

/** An API argument that holds a secret, whatever the value looks like (even `'keyboard cat'`). */
export interface SecretSink {
  /** How messages name it: `jsonwebtoken sign()`. */
  readonly label: string;
  /** Position of the secret, or of the options object that holds it; negative counts from the end (`-1`: the last argument). */
  readonly argument: number;
  /** Keys of the options object at `argument` that hold the secret, dotted when nested (`cookies.keys`); absent: the argument itself. */
  readonly keys?: readonly string[];
  /** The environment variable the suggestion reads instead. */
  readonly envName: string;
  /** The option at `keys` is a map whose every value is a secret (express-basic-auth's `users`). */
  readonly eachValue?: boolean;
  /**
   * A credential issued by a service (a bot's API token): a stand-in such as `'YOUR_BOT_TOKEN'`,
   * filler (`'1234567890:AAAA…'`) or the service's documented sample cannot work, so it marks
   * example code rather than a secret. A signing key, which works whatever it is, is reported even then.
   */
  readonly issued?: boolean;
  /**
   * The secret goes to this method of the constructed object, called in a chain on it
   * (`new SignJWT(claims).setExpirationTime('2h').sign(key)`); `argument` counts that call's arguments.
   */
  readonly method?: string;
  /**
   * The position of the options object whose `algorithm: 'none'` makes the call sign nothing
   * (`jwt.sign(claims, 'unused', { algorithm: 'none' })`, an emulator's unsigned tokens): the secret
   * is then not used.
   */
  readonly algorithmOption?: number;
  /**
   * The key of an HMAC that derives a key from what it hashes: when the data chained in `update()`
   * is a secret (`createHmac('sha256', 'WebAppData').update(botToken)`, Telegram's Mini App check),
   * the key argument is a fixed label that every deploy shares, not a secret.
   */
  readonly derivesKey?: boolean;
}

function sink(label: string, argument: number, envName: string, keys?: readonly string[]): SecretSink {
  return keys ? { label, argument, envName, keys } : { label, argument, envName };
}

/** passport-jwt's `new Strategy({ secretOrKey })`, also through NestJS's `PassportStrategy(Strategy)`. */
export const PASSPORT_JWT_SINK: SecretSink = sink('passport-jwt Strategy', 0, 'JWT_SECRET', ['secretOrKey']);

/** A credential that a service issues: a stand-in or the service's documented sample cannot work (see `SecretSink.issued`). */
function issued(label: string, argument: number, envName: string, keys?: readonly string[]): SecretSink {
  return { ...sink(label, argument, envName, keys), issued: true };
}

const botToken = (label: string): SecretSink => issued(label, 0, 'BOT_TOKEN');

/** Where the secret of each of @azure/core-auth's key credentials goes, and what it is called. */
const AZURE_CORE_CREDENTIALS = {
  AzureKeyCredential: { argument: 0, envName: 'AZURE_API_KEY' },
  AzureNamedKeyCredential: { argument: 1, envName: 'AZURE_ACCOUNT_KEY' },
  AzureSASCredential: { argument: 0, envName: 'AZURE_SAS_TOKEN' },
} as const;

/** Where Remix's and React Router's server helpers are imported from (`remix`: Remix 1's package of re-exports). */
const REMIX_SERVER_MODULES = ['remix', '@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime', '@vercel/remix', 'react-router', '@react-router/node', '@react-router/cloudflare'];
const REMIX_SESSION_STORAGES = ['createCookieSessionStorage', 'createSessionStorage', 'createFileSessionStorage', 'createMemorySessionStorage', 'createWorkersKVSessionStorage'];

const CRYPTO_JS_CIPHERS = ['AES', 'DES', 'TripleDES', 'Rabbit', 'RabbitLegacy', 'RC4', 'RC4Drop'] as const;
const CRYPTO_JS_HMACS = ['HmacMD5', 'HmacSHA1', 'HmacSHA224', 'HmacSHA256', 'HmacSHA384', 'HmacSHA512', 'HmacSHA3', 'HmacRIPEMD160'] as const;
/** crypto-js's one-algorithm modules, `import AES from 'crypto-js/aes'`: each exports that cipher or HMAC function. */
const CRYPTO_JS_CIPHER_MODULES: readonly (readonly [string, string])[] = [
  ['aes', 'AES'],
  ['tripledes', 'TripleDES'],
  ['rabbit', 'Rabbit'],
  ['rabbit-legacy', 'RabbitLegacy'],
  ['rc4', 'RC4'],
];
const CRYPTO_JS_HMAC_MODULES: readonly (readonly [string, string])[] = CRYPTO_JS_HMACS.map((hmac) => [hmac.replace(/^Hmac/, 'hmac-').toLowerCase(), hmac]);

/** A module name of crypto-js's and the same with `.js`, as bundlers for ES modules want it. */
const cryptoJsModules = (file: string): string[] => [`crypto-js/${file}`, `crypto-js/${file}.js`];

function cryptoJsCipherSinks(module: string, path: readonly string[], cipher: string): ModuleMember<SecretSink>[] {
  return (['encrypt', 'decrypt'] as const).map((method) => ({
    module,
    path: [...path, method],
    kind: 'call',
    info: sink(`crypto-js ${cipher}.${method}()`, 1, 'ENCRYPTION_KEY'),
  }));
}

const hmacSink = (module: string, path: readonly string[], hmac: string): ModuleMember<SecretSink> => ({
  module,
  path,
  kind: 'call',
  info: sink(`crypto-js ${hmac}()`, 1, 'HMAC_SECRET'),
});

/**
 * express-session's `session({ secret })`, also its options written as an object of their own
 * (`module.exports = { secret, resave: false, saveUninitialized: false }`, handed to `session()` in
 * another file): its `secret` signs the session cookie. `resave` and `saveUninitialized` are
 * express-session's own option names.
 */
export const EXPRESS_SESSION_SINK: SecretSink = sink('express-session', 0, 'SESSION_SECRET', ['secret']);
export const SESSION_OPTION_KEYS: ReadonlySet<string> = new Set(['resave', 'saveUninitialized']);

/** Where secrets go: signing, session and cookie secrets, HMAC and cipher keys, API tokens. */
export const SECRET_SINKS: readonly ModuleMember<SecretSink>[] = [
  { module: 'jsonwebtoken', path: ['sign'], kind: 'call', info: { ...sink('jsonwebtoken sign()', 1, 'JWT_SECRET'), algorithmOption: 2 } },
  { module: 'jsonwebtoken', path: ['verify'], kind: 'call', info: sink('jsonwebtoken verify()', 1, 'JWT_SECRET') },
  { module: 'express-session', path: [], kind: 'call', info: EXPRESS_SESSION_SINK },
  { module: 'express', path: ['session'], kind: 'call', info: sink("Express 3's express.session()", 0, 'SESSION_SECRET', ['secret']) },
  { module: 'connect', path: ['session'], kind: 'call', info: sink("Connect's connect.session()", 0, 'SESSION_SECRET', ['secret']) },
  { module: 'cookie-parser', path: [], kind: 'call', info: sink('cookie-parser', 0, 'COOKIE_SECRET') },
  { module: 'cookie-session', path: [], kind: 'call', info: sink('cookie-session', 0, 'SESSION_SECRET', ['keys', 'secret']) },
  { module: 'crypto', path: ['createHmac'], kind: 'call', info: { ...sink('crypto.createHmac()', 1, 'HMAC_SECRET'), derivesKey: true } },
  { module: 'crypto', path: ['createCipheriv'], kind: 'call', info: sink('crypto.createCipheriv()', 1, 'ENCRYPTION_KEY') },
  { module: 'crypto', path: ['createDecipheriv'], kind: 'call', info: sink('crypto.createDecipheriv()', 1, 'ENCRYPTION_KEY') },
  { module: 'passport-jwt', path: ['Strategy'], kind: 'construct', info: PASSPORT_JWT_SINK },
  // Webhook secrets that verify a sender's signature: github-webhook-handler's createHandler({ path, secret }),
  // @octokit/webhooks' new Webhooks({ secret }), @octokit/app's new App({ webhooks: { secret } }).
  { module: 'github-webhook-handler', path: [], kind: 'call', info: sink('github-webhook-handler', 0, 'GITHUB_WEBHOOK_SECRET', ['secret']) },
  { module: '@octokit/webhooks', path: ['Webhooks'], kind: 'construct', info: sink('@octokit/webhooks', 0, 'GITHUB_WEBHOOK_SECRET', ['secret']) },
  { module: '@octokit/app', path: ['App'], kind: 'construct', info: sink('@octokit/app', 0, 'GITHUB_WEBHOOK_SECRET', ['webhooks.secret']) },
  { module: 'octokit', path: ['App'], kind: 'construct', info: sink('octokit App', 0, 'GITHUB_WEBHOOK_SECRET', ['webhooks.secret']) },
  { module: 'express-jwt', path: [], kind: 'call', info: sink('express-jwt', 0, 'JWT_SECRET', ['secret']) },
  { module: 'express-jwt', path: ['expressjwt'], kind: 'call', info: sink('express-jwt', 0, 'JWT_SECRET', ['secret']) },
  { module: 'koa-jwt', path: [], kind: 'call', info: sink('koa-jwt', 0, 'JWT_SECRET', ['secret']) },
  { module: '@nestjs/jwt', path: ['JwtModule', 'register'], kind: 'call', info: sink('@nestjs/jwt JwtModule', 0, 'JWT_SECRET', ['secret', 'privateKey']) },
  { module: '@nestjs/jwt', path: ['JwtService'], kind: 'construct', info: sink('@nestjs/jwt JwtService', 0, 'JWT_SECRET', ['secret', 'privateKey']) },
  // new Koa({ keys: ['…'] }): the keys that sign its cookies (`app.keys = […]` is checked by the rule).
  { module: 'koa', path: [], kind: 'construct', info: sink("Koa's `app.keys`", 0, 'COOKIE_KEYS', ['keys']) },
  { module: 'koa', path: ['default'], kind: 'construct', info: sink("Koa's `app.keys`", 0, 'COOKIE_KEYS', ['keys']) },
  // new Provider(issuer, { cookies: { keys: ['…'] } }): oidc-provider's cookie signing keys.
  { module: 'oidc-provider', path: [], kind: 'construct', info: sink("oidc-provider's `cookies.keys`", 1, 'COOKIE_KEYS', ['cookies.keys']) },
  { module: 'oidc-provider', path: ['default'], kind: 'construct', info: sink("oidc-provider's `cookies.keys`", 1, 'COOKIE_KEYS', ['cookies.keys']) },
  { module: 'oidc-provider', path: ['Provider'], kind: 'construct', info: sink("oidc-provider's `cookies.keys`", 1, 'COOKIE_KEYS', ['cookies.keys']) },
  // Chat bots' API tokens: new Telegraf('123456:AA…'), grammY's new Bot(token), new TelegramBot(token).
  { module: 'telegraf', path: ['Telegraf'], kind: 'construct', info: botToken('Telegraf') },
  { module: 'telegraf', path: [], kind: 'construct', info: botToken('Telegraf') },
  { module: 'grammy', path: ['Bot'], kind: 'construct', info: botToken('grammY Bot') },
  { module: 'node-telegram-bot-api', path: [], kind: 'construct', info: botToken('node-telegram-bot-api') },
  { module: 'node-telegram-bot-api', path: ['default'], kind: 'construct', info: botToken('node-telegram-bot-api') },
  // A Discord bot's token given to Eris: new Eris('…'), Eris('…'), new Eris.Client('…'), new Eris.CommandClient('…').
  { module: 'eris', path: [], kind: 'construct', info: issued('Eris', 0, 'DISCORD_TOKEN') },
  { module: 'eris', path: [], kind: 'call', info: issued('Eris', 0, 'DISCORD_TOKEN') },
  { module: 'eris', path: ['Client'], kind: 'construct', info: issued('Eris', 0, 'DISCORD_TOKEN') },
  { module: 'eris', path: ['CommandClient'], kind: 'construct', info: issued('Eris', 0, 'DISCORD_TOKEN') },
  // A Twitch chat bot's OAuth token, the password of tmi.js's `identity` (`oauth:…`).
  ...(['Client', 'client'] as const).flatMap((name): ModuleMember<SecretSink>[] =>
    (['construct', 'call'] as const).map((kind) => ({ module: 'tmi.js', path: [name], kind, info: issued('tmi.js Client', 0, 'TWITCH_OAUTH_TOKEN', ['identity.password']) })),
  ),
  // Twilio's client, twilio(accountSid, authToken) or new Twilio(accountSid, authToken): the auth token (the SID only names the account).
  ...(
    [
      [[], 'call'],
      [['default'], 'call'],
      [['Twilio'], 'construct'],
      [['default', 'Twilio'], 'construct'],
    ] as const
  ).map(([path, kind]): ModuleMember<SecretSink> => ({ module: 'twilio', path, kind, info: issued('the Twilio client', 1, 'TWILIO_AUTH_TOKEN') })),
  // API clients handed their key as the first argument: new Resend('re_…'), yelp-fusion's client(key), new NewsAPI(key).
  { module: 'resend', path: ['Resend'], kind: 'construct', info: issued('the Resend client', 0, 'RESEND_API_KEY') },
  { module: 'yelp-fusion', path: ['client'], kind: 'call', info: issued('the Yelp Fusion client', 0, 'YELP_API_KEY') },
  { module: 'newsapi', path: [], kind: 'construct', info: issued('the NewsAPI client', 0, 'NEWSAPI_KEY') },
  { module: 'newsapi', path: ['default'], kind: 'construct', info: issued('the NewsAPI client', 0, 'NEWSAPI_KEY') },
  // Postmark's clients, handed a server's or the account's API token: new postmark.ServerClient('…').
  { module: 'postmark', path: ['ServerClient'], kind: 'construct', info: issued('the Postmark client', 0, 'POSTMARK_SERVER_TOKEN') },
  { module: 'postmark', path: ['AccountClient'], kind: 'construct', info: issued('the Postmark account client', 0, 'POSTMARK_ACCOUNT_TOKEN') },
  { module: 'postmark', path: ['Client'], kind: 'construct', info: issued('the Postmark client', 0, 'POSTMARK_SERVER_TOKEN') },
  // Cloudinary's account secret: cloudinary.v2.config({ cloud_name, api_key, api_secret }), also v1's cloudinary.config().
  ...([['v2', 'config'], ['config']] as const).map(
    (path): ModuleMember<SecretSink> => ({ module: 'cloudinary', path, kind: 'call', info: issued('Cloudinary config()', 0, 'CLOUDINARY_API_SECRET', ['api_secret']) }),
  ),
  // Google's OAuth client, new OAuth2Client(clientId, clientSecret, redirectUri), also as googleapis's google.auth.OAuth2.
  ...(
    [
      ['google-auth-library', ['OAuth2Client']],
      ['googleapis', ['google', 'auth', 'OAuth2']],
      ['googleapis', ['Auth', 'OAuth2Client']],
    ] as const
  ).map(([module, path]): ModuleMember<SecretSink> => ({ module, path, kind: 'construct', info: issued('the Google OAuth client', 1, 'GOOGLE_CLIENT_SECRET') })),
  // Azure's SDKs, with keys that Azure issues: a storage account's key, new StorageSharedKeyCredential(accountName, accountKey);
  // @azure/core-auth's AzureKeyCredential(key), AzureNamedKeyCredential(name, key) and AzureSASCredential(signature), which
  // the service packages re-export; an app registration's secret, new ClientSecretCredential(tenantId, clientId, secret);
  // Cosmos DB's `key`, new CosmosClient({ endpoint, key }).
  ...(['@azure/storage-blob', '@azure/storage-queue', '@azure/storage-file-share', '@azure/storage-file-datalake'] as const).map(
    (module): ModuleMember<SecretSink> => ({ module, path: ['StorageSharedKeyCredential'], kind: 'construct', info: issued(`${module} StorageSharedKeyCredential`, 1, 'AZURE_STORAGE_KEY') }),
  ),
  ...(
    [
      ['@azure/core-auth', ['AzureKeyCredential', 'AzureNamedKeyCredential', 'AzureSASCredential']],
      ['@azure/data-tables', ['AzureNamedKeyCredential', 'AzureSASCredential']],
      ['@azure/search-documents', ['AzureKeyCredential']],
      ['@azure/ai-text-analytics', ['AzureKeyCredential']],
      ['@azure/ai-form-recognizer', ['AzureKeyCredential']],
      ['@azure/openai', ['AzureKeyCredential']],
      ['@azure/eventgrid', ['AzureKeyCredential', 'AzureSASCredential']],
    ] as const
  ).flatMap(([module, names]) =>
    names.map((name): ModuleMember<SecretSink> => ({ module, path: [name], kind: 'construct', info: issued(`${module} ${name}`, AZURE_CORE_CREDENTIALS[name].argument, AZURE_CORE_CREDENTIALS[name].envName) })),
  ),
  { module: '@azure/identity', path: ['ClientSecretCredential'], kind: 'construct', info: issued('@azure/identity ClientSecretCredential', 2, 'AZURE_CLIENT_SECRET') },
  { module: '@azure/cosmos', path: ['CosmosClient'], kind: 'construct', info: issued('@azure/cosmos CosmosClient', 0, 'COSMOS_KEY', ['key']) },
  // basicAuth({ users: { admin: 'supersecret' } }): every value of `users` is a password.
  { module: 'express-basic-auth', path: [], kind: 'call', info: { ...sink('express-basic-auth', 0, 'BASIC_AUTH_PASSWORD', ['users']), eachValue: true } },
  { module: 'express-basic-auth', path: ['default'], kind: 'call', info: { ...sink('express-basic-auth', 0, 'BASIC_AUTH_PASSWORD', ['users']), eachValue: true } },
  // Hono's middleware and helpers: jwt({ secret }), sign(payload, secret), basicAuth({ password }), bearerAuth({ token }), signed cookies.
  { module: 'hono/jwt', path: ['jwt'], kind: 'call', info: sink("Hono's jwt()", 0, 'JWT_SECRET', ['secret']) },
  { module: 'hono/jwt', path: ['sign'], kind: 'call', info: sink("Hono's jwt sign()", 1, 'JWT_SECRET') },
  { module: 'hono/jwt', path: ['verify'], kind: 'call', info: sink("Hono's jwt verify()", 1, 'JWT_SECRET') },
  { module: 'hono/basic-auth', path: ['basicAuth'], kind: 'call', info: sink("Hono's basicAuth()", 0, 'BASIC_AUTH_PASSWORD', ['password']) },
  { module: 'hono/bearer-auth', path: ['bearerAuth'], kind: 'call', info: sink("Hono's bearerAuth()", 0, 'API_TOKEN', ['token']) },
  { module: 'hono/cookie', path: ['setSignedCookie'], kind: 'call', info: sink("Hono's setSignedCookie()", 3, 'COOKIE_SECRET') },
  { module: 'hono/cookie', path: ['getSignedCookie'], kind: 'call', info: sink("Hono's getSignedCookie()", 1, 'COOKIE_SECRET') },
  // Elysia: the jwt() plugin of @elysiajs/jwt, and the secrets that sign the app's cookies (`new Elysia({ cookie: { secrets } })`).
  { module: '@elysiajs/jwt', path: ['jwt'], kind: 'call', info: sink("@elysiajs/jwt's jwt()", 0, 'JWT_SECRET', ['secret']) },
  { module: '@elysiajs/jwt', path: ['default'], kind: 'call', info: sink("@elysiajs/jwt's jwt()", 0, 'JWT_SECRET', ['secret']) },
  { module: 'elysia', path: ['Elysia'], kind: 'construct', info: sink("Elysia's cookie `secrets`", 0, 'COOKIE_SECRET', ['cookie.secrets']) },
  { module: 'jwt-simple', path: ['encode'], kind: 'call', info: sink('jwt-simple encode()', 1, 'JWT_SECRET') },
  { module: 'jwt-simple', path: ['decode'], kind: 'call', info: sink('jwt-simple decode()', 1, 'JWT_SECRET') },
  { module: 'cookie-signature', path: ['sign'], kind: 'call', info: sink('cookie-signature sign()', 1, 'COOKIE_SECRET') },
  { module: 'cookie-signature', path: ['unsign'], kind: 'call', info: sink('cookie-signature unsign()', 1, 'COOKIE_SECRET') },
  // svelte-kit-cookie-session: handleSession({ secret }) in a SvelteKit app's hooks encrypts its session cookie.
  { module: 'svelte-kit-cookie-session', path: ['handleSession'], kind: 'call', info: sink('svelte-kit-cookie-session', 0, 'SESSION_SECRET', ['secret']) },
  // iron-session: getIronSession(req, res, options) and, in Next.js's app router, getIronSession(cookies(), options).
  { module: 'iron-session', path: ['getIronSession'], kind: 'call', info: sink('iron-session', -1, 'SESSION_PASSWORD', ['password']) },
  { module: 'iron-session', path: ['sealData'], kind: 'call', info: sink('iron-session sealData()', 1, 'SESSION_PASSWORD', ['password']) },
  { module: 'iron-session', path: ['unsealData'], kind: 'call', info: sink('iron-session unsealData()', 1, 'SESSION_PASSWORD', ['password']) },
  // Remix and React Router: the secrets that sign a cookie, `createCookie(name, { secrets })`, and a
  // session storage's cookie, `createCookieSessionStorage({ cookie: { secrets: ['…'] } })`.
  ...REMIX_SERVER_MODULES.flatMap((module): ModuleMember<SecretSink>[] => [
    { module, path: ['createCookie'], kind: 'call', info: sink('createCookie()', 1, 'SESSION_SECRET', ['secrets']) },
    ...REMIX_SESSION_STORAGES.map((name): ModuleMember<SecretSink> => ({ module, path: [name], kind: 'call', info: sink(`${name}()`, 0, 'SESSION_SECRET', ['cookie.secrets']) })),
  ]),
  // express-openid-connect's auth({ secret }), which encrypts its session cookie.
  { module: 'express-openid-connect', path: ['auth'], kind: 'call', info: sink('express-openid-connect auth()', 0, 'SECRET', ['secret', 'clientSecret']) },
  // jose: the key that signs, verifies, encrypts or decrypts a token; a shared secret is handed in
  // as bytes (`new TextEncoder().encode('…')`), which the rule follows to the string.
  ...(['jwtVerify', 'jwtDecrypt', 'compactVerify', 'compactDecrypt'] as const).map(
    (name): ModuleMember<SecretSink> => ({ module: 'jose', path: [name], kind: 'call', info: sink(`jose ${name}()`, 1, 'JWT_SECRET') }),
  ),
  ...(
    [
      ['SignJWT', 'sign'],
      ['EncryptJWT', 'encrypt'],
      ['CompactSign', 'sign'],
      ['CompactEncrypt', 'encrypt'],
    ] as const
  ).map(([name, method]): ModuleMember<SecretSink> => ({ module: 'jose', path: [name], kind: 'construct', info: { ...sink(`jose ${name} ${method}()`, 0, 'JWT_SECRET'), method } })),
  // cryptr: new Cryptr(secret, options) and new CryptrAsync(secret), whose key is derived from the secret.
  ...(
    [
      [[], 'Cryptr'],
      [['default'], 'Cryptr'],
      [['CryptrAsync'], 'CryptrAsync'],
    ] as const
  ).map(([path, name]): ModuleMember<SecretSink> => ({ module: 'cryptr', path, kind: 'construct', info: sink(`cryptr ${name}`, 0, 'ENCRYPTION_KEY') })),
  // jsrsasign: KJUR.jws.JWS.sign(alg, header, payload, key) and JWS.verify(token, key, algs) / verifyJWT(token, key, fields) with a shared key.
  { module: 'jsrsasign', path: ['KJUR', 'jws', 'JWS', 'sign'], kind: 'call', info: sink('jsrsasign JWS.sign()', 3, 'JWT_SECRET') },
  { module: 'jsrsasign', path: ['KJUR', 'jws', 'JWS', 'verify'], kind: 'call', info: sink('jsrsasign JWS.verify()', 1, 'JWT_SECRET') },
  { module: 'jsrsasign', path: ['KJUR', 'jws', 'JWS', 'verifyJWT'], kind: 'call', info: sink('jsrsasign JWS.verifyJWT()', 1, 'JWT_SECRET') },
  // crypto-js: the key of a cipher or an HMAC, CryptoJS.AES.encrypt(text, 'key'), also from its one-algorithm modules.
  ...CRYPTO_JS_CIPHERS.flatMap((cipher) => cryptoJsCipherSinks('crypto-js', [cipher], cipher)),
  ...CRYPTO_JS_HMACS.map((hmac) => hmacSink('crypto-js', [hmac], hmac)),
  ...CRYPTO_JS_CIPHER_MODULES.flatMap(([file, cipher]) => cryptoJsModules(file).flatMap((module) => cryptoJsCipherSinks(module, [], cipher))),
  ...CRYPTO_JS_HMAC_MODULES.flatMap(([file, hmac]) => cryptoJsModules(file).map((module) => hmacSink(module, [], hmac))),
];

/**
 * Fastify plugins registered with a secret: `fastify.register(require('@fastify/jwt'), { secret })`.
 * `argument` counts the arguments of `register`, so the options are at 1.
 */
const plugin = (module: string, named: string, label: string, envName: string, keys: readonly string[]): PluginRow<SecretSink> => ({
  module,
  exports: ['', 'default', ...(named ? [named] : [])],
  info: sink(label, 1, envName, keys),
});

export const SECRET_SINK_PLUGINS: readonly PluginRow<SecretSink>[] = [
  plugin('@fastify/jwt', 'fastifyJwt', '@fastify/jwt', 'JWT_SECRET', ['secret']),
  plugin('fastify-jwt', '', 'fastify-jwt', 'JWT_SECRET', ['secret']),
  plugin('@fastify/cookie', 'fastifyCookie', '@fastify/cookie', 'COOKIE_SECRET', ['secret']),
  plugin('fastify-cookie', '', 'fastify-cookie', 'COOKIE_SECRET', ['secret']),
  plugin('@fastify/session', 'fastifySession', '@fastify/session', 'SESSION_SECRET', ['secret']),
  plugin('fastify-session', '', 'fastify-session', 'SESSION_SECRET', ['secret']),
  plugin('@fastify/secure-session', 'fastifySecureSession', '@fastify/secure-session', 'SESSION_SECRET', ['secret', 'key']),
];

/**
 * NestJS's Passport strategies: `class JwtStrategy extends PassportStrategy(Strategy) { constructor() {
 * super({ secretOrKey: '…' }) } }` hands the options to the strategy its class wraps.
 */
export const PASSPORT_STRATEGY_MIXINS: readonly ModuleMember<'mixin'>[] = [{ module: '@nestjs/passport', path: ['PassportStrategy'], kind: 'call', info: 'mixin' }];

/** `app.keys = ['…']` on a Koa app: the keys that sign its cookies. */
export const KOA_KEYS_SINK: SecretSink = sink("Koa's `app.keys`", 0, 'COOKIE_KEYS');

/**
 * hapi's `server.auth.strategy('session', 'jwt', { keys: '…' })` with the `jwt` scheme that
 * `@hapi/jwt` (`keys`) and `hapi-auth-jwt2` (`key`) register: the key that verifies the tokens.
 */
export const HAPI_JWT_STRATEGY_SINK: SecretSink = sink("hapi's jwt auth strategy", 2, 'JWT_SECRET', ['keys', 'key']);

/** The plugins that register hapi's `jwt` scheme: only a file that imports one needs its calls seen. */
export const HAPI_JWT_MODULES: readonly string[] = ['@hapi/jwt', 'hapi-auth-jwt2'];

/** A method of an app or bot that `APP_FACTORIES` creates, whose argument is a secret. */
export interface InstanceMethodSink {
  /** `AppFactory.framework` of the instance. */
  readonly framework: string;
  readonly method: string;
  readonly sink: SecretSink;
}

/** `client.login('…')` of a discord.js Client: the bot's token (without one, discord.js reads `DISCORD_TOKEN`). */
export const INSTANCE_METHOD_SINKS: readonly InstanceMethodSink[] = [
  { framework: 'discord.js', method: 'login', sink: issued('discord.js `client.login()`', 0, 'DISCORD_TOKEN') },
];
