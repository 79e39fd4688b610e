import { isBuiltin } from 'node:module';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule, derivedFromOptions, readContext, report, reportServiceConcern } from '../create-rule';
import { slashRegexListSchema } from '../options';
import { indexApps, mayCreateApps, type AppIndex } from '../analysis/apps';
import { getEnclosingFunction, getLocalFunction, getReturnedExpressions, isFunctionNode, type FunctionNode } from '../analysis/returns';
import { createGlobalFinder, createModuleFinder, findPlugin, getModuleOfValue, importsAnyModule, toModuleSet, type ModuleMember, type PluginRow } from '../analysis/modules';
import { findVariable, getCallsOnResult, getConstInitializer, getExpressionName, getFunctionName, getObjectProperties, getPropertyName, getStaticNumber, getStaticString, getStringEquality, isNothing, isPropertySetElsewhere, resolveExpression, unwrapExpression, valueChild } from '../analysis/values';
import { isDenoModule, isProcessEnvBinding, isProcessModuleBinding } from '../analysis/signals';
import {
  findKeyValuePassword,
  findQuerySecret,
  isCodeExpression,
  isConnectionKeyValue,
  isIPv4,
  mayHoldKeyValuePassword,
  findUrls,
  getRemoteHostName,
  isLocalDefaultPassword,
  isLocalHost,
  isIntroducedAsExample,
  isPlaceholderHost,
  isPlaceholderPassword,
  isSingleLabelHost,
  splitHostPort,
  UNKNOWN,
  type ParsedUrl,
} from '../analysis/secrets/connection-strings';
import { isCapitalisedName, isCommonPassword, isCredentialLikeValue, isSecretFallbackValue, isSinkSecretValue, isStructuredValue, mayBeCredentialValue } from '../analysis/secrets/credential-values';
import { DEFAULT_ENTROPY_SETTINGS, isRandomLooking, type EntropySettings } from '../analysis/secrets/entropy';
import { maskSecret, shortenForMessage } from '../analysis/secrets/mask';
import { classifySecretName, isEnvVarName, isWeakSecretName, splitWords, toEnvName } from '../analysis/secrets/names';
import { isNoKeyMarker, isPlaceholder, isPlaceholderTokenBody, isVendorKeyPlaceholder, normalizeWord } from '../analysis/secrets/placeholders';
import { createCustomFormat, createPrefixFilter, findRawAuthorizationCredential, findToken, isPublishedValue, type TokenFormat, type TokenMatch } from '../analysis/secrets/token-formats';
import {
  BACKING_SCHEMES,
  BACKING_SERVICE_CLIENTS,
  TYPED_CLIENT_OPTIONS,
  HOST_KEY_WORDS,
  HTTP_CLIENTS,
  SERVICE_KEY_WORDS,
  SERVICE_PREFIX_WORDS,
  getManagedHostService,
  isPublicMailHost,
  isTestMailHost,
  type BackingServiceClient,
  type HttpClientCall,
  type OptionRole,
} from '../knowledge/backing-services';
import { APP_FACTORIES, CORS_OPTIONS, CORS_PLUGINS, METHOD_PORT_OPTIONS, NEST_ENABLE_CORS, RUNTIME_SERVER_PORT_OPTIONS, SERVER_PORT_OPTIONS, type CorsOption, type PortOption } from '../knowledge/frameworks';
import {
  getEnvironmentBranch,
  getProductionGuards,
  getReadVariable,
  isDevelopmentOnlyFile,
  isNonProductionOnly,
  isProcessExitStatement,
  isSeedDataFile,
  type ProductionGuards,
} from '../analysis/environments';
import { HAPI_JWT_MODULES, HAPI_JWT_STRATEGY_SINK, INSTANCE_METHOD_SINKS, KOA_KEYS_SINK, PASSPORT_JWT_SINK, PASSPORT_STRATEGY_MIXINS, SECRET_SINK_PLUGINS, SECRET_SINKS, SESSION_OPTION_KEYS, EXPRESS_SESSION_SINK, type SecretSink } from '../knowledge/secret-sinks';
import { isMinified, mentions, mentionsName } from '../analysis/text';
import { isOneShotServer } from '../analysis/one-shot-servers';
import { isServerlessFunctionFile } from '../analysis/desktop';
import { getBindingOf } from '../analysis/servers';

export type Options = [
  {
    strict?: boolean;
    tokenFormats?: boolean;
    connectionStrings?: boolean;
    backingServices?: boolean;
    secretNames?: boolean;
    secretSinks?: boolean;
    envFallbacks?: boolean;
    listenPorts?: boolean;
    entropy?: boolean;
    remoteApis?: boolean;
    corsOrigins?: boolean;
    clientPorts?: boolean;
    localServiceUrls?: boolean;
    allowedNames?: string[];
    allowedValues?: string[];
    additionalTokenPatterns?: { name: string; pattern: string; prefix?: string }[];
    entropyMinLength?: number;
    entropyHexThreshold?: number;
    entropyBase64Threshold?: number;
  },
];

export type MessageIds =
  | 'tokenFormat'
  | 'tokenFallback'
  | 'connectionCredentials'
  | 'connectionFallback'
  | 'formCredentials'
  | 'querySecret'
  | 'clientCredential'
  | 'secretName'
  | 'loginCheck'
  | 'secretSink'
  | 'envFallback'
  | 'backingServiceUrl'
  | 'backingServiceOption'
  | 'listenPort'
  | 'listenPortDeno'
  | 'listenPortOwn'
  | 'listenPortOwnDeno'
  | 'listenHost'
  | 'listenHostDeno'
  | 'highEntropySecret'
  | 'remoteServiceUrl'
  | 'remoteServiceHost'
  | 'corsOrigin'
  | 'localServiceUrl'
  | 'backingServiceFallback'
  | 'useEnv'
  | 'removeFallback';

type Scope = TSESLint.Scope.Scope;
type SuggestionId = 'useEnv' | 'removeFallback';

/** What the module finder looks for, tagged by the check that wants it. */
type Target =
  | { readonly type: 'sink'; readonly sink: SecretSink }
  | { readonly type: 'client'; readonly client: BackingServiceClient }
  | { readonly type: 'http'; readonly http: HttpClientCall }
  | { readonly type: 'cors'; readonly cors: CorsOption }
  | { readonly type: 'server'; readonly port: PortOption };

function tag<T>(members: readonly ModuleMember<T>[], wrap: (info: T) => Target): ModuleMember<Target>[] {
  return members.map((member) => ({ ...member, info: wrap(member.info) }));
}

const BASE_TARGETS: readonly ModuleMember<Target>[] = [
  ...tag(SECRET_SINKS, (sink) => ({ type: 'sink', sink })),
  ...tag(BACKING_SERVICE_CLIENTS, (client) => ({ type: 'client', client })),
  // Servers handed their port other than by `.listen(port)`: Hapi.server({ port: 3000 }).
  ...tag(SERVER_PORT_OPTIONS, (port) => ({ type: 'server', port })),
];
const findBaseTargets = createModuleFinder(BASE_TARGETS);
/** NestJS's Passport mixin and passport-jwt's strategy class it wraps (see `checkPassportStrategies`). */
const findPassportMixins = createModuleFinder(PASSPORT_STRATEGY_MIXINS);
const NEST_PASSPORT_MODULES = toModuleSet(['@nestjs/passport']);
/** Modules whose option types an object may be declared with (see `checkTypedClientOptions`). */
const TYPED_OPTION_MODULES = toModuleSet(TYPED_CLIENT_OPTIONS.map((row) => row.module));
/** `Bun.serve({ port: 3000 })`, `Deno.serve({ port: 8000 }, handler)`: servers of a runtime's global object. */
const findRuntimeServers = createGlobalFinder(RUNTIME_SERVER_PORT_OPTIONS);
const KOA_MODULES = toModuleSet(['koa']);
/** What follows a member that is assigned: `= …` but not `==`. */
const ASSIGNED_AFTER = /^\s*=(?!=)/;
/** A UUID: an API key when a URL's credential parameter holds one (see reportQuerySecret). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Modules a file that sets up a Koa app it is handed imports (`module.exports = (app) => { app.keys = […]; app.use(session(…, app)); }`). */
const KOA_SETUP_MODULES = toModuleSet(['koa', 'koa-session', 'koa-generic-session']);
const INSTANCE_SINK_METHODS: ReadonlySet<string> = new Set(INSTANCE_METHOD_SINKS.map((row) => row.method));
/**
 * Modules whose plugins (`register`) or instances (`client.login`) take secrets in a call: only a
 * file that imports one needs to see its calls. The module index costs nothing extra here: the
 * rule's `Program` listener builds it for every file anyway.
 */
const SINK_CALL_MODULES = toModuleSet([
  ...SECRET_SINK_PLUGINS.map((plugin) => plugin.module),
  ...HAPI_JWT_MODULES,
  ...APP_FACTORIES.filter((row) => INSTANCE_METHOD_SINKS.some((sink) => sink.framework === row.info.framework)).map((row) => row.module),
]);
/** With `strict`'s checks: remote APIs' URLs and the origins CORS allows as well. */
const findStrictTargets = createModuleFinder([
  ...BASE_TARGETS,
  ...tag(HTTP_CLIENTS, (http) => ({ type: 'http', http })),
  ...tag(CORS_OPTIONS, (cors) => ({ type: 'cors', cors })),
]);
/**
 * `METHOD_PORT_OPTIONS` by method, each with the modules that create its frameworks' apps: only
 * their files need an app index for those calls.
 */
const METHOD_PORTS: ReadonlyMap<string, MethodPorts> = new Map(
  [...METHOD_PORT_OPTIONS].map(([method, frameworks]) => [method, { frameworks, modules: toModuleSet(APP_FACTORIES.filter((row) => frameworks.has(row.info.framework)).map((row) => row.module)) }]),
);

interface MethodPorts {
  readonly frameworks: ReadonlyMap<string, PortOption>;
  readonly modules: ReadonlySet<string>;
}
/** The old `grpc` package, whose `bind(address, credentials)` binds a port. */
const GRPC_BIND_MODULES = toModuleSet(['grpc']);
/** Modules whose calls the CORS checks look at: Fastify's CORS plugins, and NestJS's apps for `app.enableCors()`. */
const CORS_CALL_MODULES = toModuleSet([...CORS_PLUGINS.map((plugin) => plugin.module), '@nestjs/core']);

/**
 * Findings that a development or test run's own settings make (`case 'development':`, a
 * knexfile's `development: { … }`): a local database's password or a dev JWT secret. Not reported
 * there unless `strict`; tokens of known formats and credentials in URLs always are.
 */
const DEVELOPMENT_EXEMPT: ReadonlySet<MessageIds> = new Set(['secretName', 'clientCredential', 'secretSink', 'envFallback', 'highEntropySecret']);

/** Report priorities: one literal gets one report, the most specific one. */
const PRIORITY = {
  tokenFormat: 100,
  tokenFallback: 100,
  connectionCredentials: 90,
  connectionFallback: 90,
  formCredentials: 90,
  querySecret: 85,
  secretSink: 80,
  clientCredential: 75,
  envFallback: 70,
  secretName: 60,
  loginCheck: 60,
  highEntropySecret: 50,
  backingServiceUrl: 40,
  backingServiceOption: 40,
  backingServiceFallback: 40,
  listenPort: 40,
  listenPortDeno: 40,
  listenPortOwn: 40,
  listenPortOwnDeno: 40,
  listenHost: 40,
  listenHostDeno: 40,
  remoteServiceUrl: 30,
  remoteServiceHost: 30,
  corsOrigin: 30,
  localServiceUrl: 30,
} as const;

type ReportId = keyof typeof PRIORITY;

/** Findings about how a deployed service binds, which an Electron app's local server is exempt from. */
const SERVICE_CONCERNS: ReadonlySet<ReportId> = new Set<ReportId>(['listenPort', 'listenPortDeno', 'listenPortOwn', 'listenPortOwnDeno', 'listenHost', 'listenHostDeno']);

interface Suggestion {
  readonly messageId: SuggestionId;
  readonly node: TSESTree.Node;
  readonly text: string;
}

/**
 * A reported listen port and how its fix is written for a variable (`read`: `process.env.X`), so
 * that a module's second listener can be given a variable of its own (see `nameOwnPorts`).
 */
interface PortFix {
  /** The port expression of the listener (a choice's branches share it). */
  readonly site: TSESTree.Node;
  readonly target: TSESTree.Node;
  readonly fixNode: TSESTree.Node;
  readonly text: ((read: string) => string) | undefined;
}

/** Words of a server's or app's name that say nothing about which listener it is. */
const GENERIC_LISTENER_WORDS: ReadonlySet<string> = new Set(['server', 'servers', 'srv', 'app', 'application', 'instance', 'service', 'listener', 'create', 'secure', 'serve', 'port', 'main', 'my', 'the', 'new', 'express', 'koa', 'fastify', 'hapi', 'polka', 'nest', 'factory']);

const PORT_WORD = /port/i;

/** Words of a listener's name that say it is not the app's HTTP server. */
const SECONDARY_LISTENER_WORDS: ReadonlySet<string> = new Set(['ws', 'wss', 'websocket', 'socket', 'sockets', 'io', 'grpc', 'rpc', 'mqtt', 'broker', 'aedes', 'metrics', 'prometheus', 'admin', 'debug', 'health', 'tcp', 'udp', 'peer']);

/**
 * Origins of hosted developer tools, the same for every deploy: the Socket.IO Admin UI
 * (`https://admin.socket.io`) and Apollo's Studio and Sandbox, which call the server from there.
 */
const HOSTED_TOOL_ORIGINS: ReadonlySet<string> = new Set(['admin.socket.io', 'studio.apollographql.com', 'sandbox.embed.apollographql.com']);

/** Methods whose receiver is the listener a port is handed to (`httpsServer.listen(443)`). */
const LISTENER_METHODS: ReadonlySet<string> = new Set(['listen', 'start', 'run', 'bind', 'bindAsync', 'connection', 'set', 'connectMicroservice', 'launch', 'startWebhook']);

interface Finding {
  readonly node: TSESTree.Node;
  readonly messageId: ReportId;
  readonly data: Record<string, string>;
  /** Matched against `allowedValues`. */
  readonly values: readonly string[];
  /** Matched against `allowedNames`. */
  readonly names: readonly string[];
  readonly suggestion?: Suggestion | undefined;
}

/** Where a string value lands: a named binding, a comparison, or an environment read's fallback. */
type ValueContext =
  | {
      readonly type: 'binding';
      readonly name: string;
      /** Key path with generic segments (`config`, `options`) dropped: `['db', 'password']`. */
      readonly path: readonly string[];
      readonly object?: TSESTree.ObjectExpression;
    }
  | { readonly type: 'comparison'; readonly name: string }
  | {
      readonly type: 'fallback';
      readonly variable: string;
      /** The whole `process.env.X || '…'` expression and what it becomes without the fallback. */
      readonly expression: TSESTree.Node;
      readonly withoutFallback: string | undefined;
      /** How messages show the read when it is no `process.env` read: `configService.get('JWT_SECRET')`. */
      readonly display?: string;
    }
  | { readonly type: 'none' };

const NO_CONTEXT: ValueContext = { type: 'none' };

/** Path segments that say nothing about what a value is: `config.db.password` → `db.password`. */
const GENERIC_SEGMENTS = new Set([
  'config',
  'configs',
  'conf',
  'cfg',
  'configuration',
  'settings',
  'setting',
  'options',
  'option',
  'opts',
  'defaults',
  'default',
  'env',
  'environment',
  'environments',
  'module',
  'exports',
  'this',
  'props',
  'params',
  'development',
  'dev',
  'production',
  'prod',
  'staging',
  'test',
  'local',
  'common',
  'global',
  'globals',
  'constants',
  'consts',
  'process',
  // A header map's keys are the headers' names: `headers['x-api-key']` is X_API_KEY.
  'headers',
]);

/** Names that say "a location" without saying of what: the service's own variable is better. */
/**
 * Option names that say a client connects somewhere but not to what: `clientUrl` of MikroORM. With a
 * database URL the scheme's variable (`DATABASE_URL`) says more; a front end's `CLIENT_URL` is not
 * a database URL, so only URLs of backing services are named so.
 */
const CLIENT_LOCATION_NAMES = new Set(['CLIENT_URL', 'CLIENT_URI']);
/**
 * A bare `key` under a key that qualifies it: `api: { key: '…' }` is an API key, `access: { key }` an
 * access key (as `apiKey` and `accessKey` are); under any other name (`weather.key`, `map.key`) a
 * `key` says nothing of a secret.
 */
function classifyNestedKey(path: readonly string[]): ReturnType<typeof classifySecretName> {
  const parent = path.at(-2);
  return parent === undefined || !isBareKey(path.at(-1)) ? undefined : classifySecretName(`${parent}Key`);
}

function isBareKey(name: string | undefined): boolean {
  return name === 'key' || name === 'KEY' || name === 'Key';
}

/**
 * Variables that bundlers build into the browser's code, by their prefix: Vite's `VITE_`, Next.js's
 * `NEXT_PUBLIC_`, Create React App's `REACT_APP_`, Expo's `EXPO_PUBLIC_`, Vue CLI's `VUE_APP_`,
 * Nuxt's `NUXT_PUBLIC_`, Gatsby's `GATSBY_`, SvelteKit's and Astro's `PUBLIC_`.
 */
const PUBLIC_ENV_PREFIX = /^(?:VITE|NEXT_PUBLIC|REACT_APP|EXPO_PUBLIC|VUE_APP|NUXT_PUBLIC|GATSBY|PUBLIC)_/;

function isPublicEnvName(name: string): boolean {
  return PUBLIC_ENV_PREFIX.test(name);
}

/** Handlers of a module's default export that only Cloudflare Workers call. */
const WORKER_ONLY_HANDLERS: ReadonlySet<string> = new Set(['scheduled', 'queue', 'email', 'tail', 'trace']);

/** Kinds of secret a vendor issues (random by construction), as opposed to ones the code's owner chooses. */
const ISSUED_SECRET_KINDS: ReadonlySet<string> = new Set(['token', 'API key', 'access key', 'subscription key', 'service key']);

/** Names that say what a credential is but not whose: an SDK's option (`apiKey`) in a call into the service's package. */
const GENERIC_CREDENTIAL_ENV_NAMES: ReadonlySet<string> = new Set([
  'API_KEY',
  'APIKEY',
  'KEY',
  'SECRET',
  'SECRET_KEY',
  'KEY_SECRET',
  'API_SECRET',
  'APP_SECRET',
  'CLIENT_SECRET',
  'TOKEN',
  'API_TOKEN',
  'ACCESS_TOKEN',
  'AUTH_TOKEN',
  'ACCESS_KEY',
  'PRIVATE_KEY',
  'PASSWORD',
]);

/**
 * The service word of an npm package, for a variable's name: `openai` → `OPENAI`,
 * `@sendgrid/mail` → `SENDGRID`, `groq-sdk` → `GROQ`, `mailgun.js` → `MAILGUN`, a passport strategy's
 * provider (`passport-github2` → `GITHUB`); none for relative
 * paths, Node's own modules and names of several words.
 */
function getServiceEnvWord(module: string): string | undefined {
  if (module.startsWith('.') || module.startsWith('/') || module.startsWith('node:') || isBuiltin(module)) return undefined;
  const slash = module.indexOf('/');
  const base = module.startsWith('@') ? module.slice(1, slash === -1 ? undefined : slash) : slash === -1 ? module : module.slice(0, slash);
  // A project's own folder through a path alias (`import { KEYS } from 'src/constants'`) names no service.
  if (!module.startsWith('@') && slash !== -1 && PROJECT_FOLDERS.has(base)) return undefined;
  // A passport strategy is named for its provider: `passport-github2` → `GITHUB`, `passport-google-oauth20` → `GOOGLE`;
  // other packages without the generic words at their end: `paypal-rest-sdk` → `PAYPAL`.
  let word = base.startsWith('passport-') ? (base.slice('passport-'.length).split('-')[0] ?? '') : base;
  for (let words = 0; words < 3 && GENERIC_PACKAGE_ENDING.test(word); words++) word = word.replace(GENERIC_PACKAGE_ENDING, '');
  // Without a version at the end (`mysql2`).
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) >= 48 && word.charCodeAt(end - 1) <= 57) end--;
  const name = word.slice(0, end);
  return /^[a-z][a-z0-9]{2,}$/.test(name) ? name.toUpperCase() : undefined;
}

/** Words at the end of a package's name that do not name its service: `-sdk`, `.js`, `-rest-sdk`, `-node-client`. */
const GENERIC_PACKAGE_ENDING = /[-.](?:sdk|ai|js|node|client|api|rest|server)$/;

/** A project's own folders, as path aliases import them (`src/constants`, `app/config`): no package. */
const PROJECT_FOLDERS: ReadonlySet<string> = new Set(['src', 'app', 'lib', 'libs', 'common', 'shared', 'config', 'configs', 'constants', 'utils', 'helpers', 'core', 'modules', 'services', 'providers']);

/** Request headers whose whole value is a credential (lower case). */
const AUTHORIZATION_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization']);

const GENERIC_LOCATION_NAMES = new Set(['CONNECTION_STRING', 'CONNECTION_URL', 'CONNECTION_URI', 'BASE_URL', 'BASE_URI', 'PREFIX_URL', 'SERVER_URL', 'SERVICE_URL', 'DB_URL', 'API_URL', 'HOST_NAME']);

/** Keys whose values are text shown to a user or a reader: `{ placeholder: 'e.g. hvs.…' }`. */
const UI_TEXT_KEYS = new Set(['placeholder', 'description', 'hint', 'help', 'helpText', 'tooltip']);

/** Keys whose values document an option rather than configure it. */
const DOCUMENTATION_KEYS = new Set(['default', 'defaultValue', 'example', 'examples', 'sample', ...UI_TEXT_KEYS]);

function isDocumentationKey(valueContext: ValueContext): boolean {
  return valueContext.type === 'binding' && DOCUMENTATION_KEYS.has(valueContext.name);
}

/** Keys whose values show what data looks like (OpenAPI and JSON Schema examples), not what it is. */
const EXAMPLE_KEYS = new Set(['example', 'examples', 'x-example', 'sample', 'samples']);

/** The property of an object literal whose value the node is (through `as`, `!` and the like): `{ key: node }`. */
function getHoldingProperty(node: TSESTree.Node): (TSESTree.Property & { parent: TSESTree.ObjectExpression }) | undefined {
  const child = valueChild(node);
  const property = child.parent;
  return property?.type === 'Property' && property.value === child && property.parent.type === 'ObjectExpression' ? (property as TSESTree.Property & { parent: TSESTree.ObjectExpression }) : undefined;
}

/** A function or method named for the sample it returns: `getSampleDSN()`, `exampleUrl()`, `placeholderToken()`. */
const SAMPLE_FUNCTION_NAME = /sample|example|placeholder/i;

/** Amazon SQS's endpoints: `sqs.us-east-2.amazonaws.com`, the legacy `us-east-2.queue.amazonaws.com`, China's `.com.cn`. */
const SQS_HOST = /^(?:sqs\.[a-z0-9-]+|(?:[a-z0-9-]+\.)?queue)\.amazonaws\.com(?:\.cn)?$/;
/** A queue's path: `/<12-digit account>/<queue name>` and nothing after but a slash. */
const SQS_QUEUE_PATH = /^\/(\d{12})\/[\w-]{1,80}(?:\.fifo)?\/?$/;
/** Account ids that AWS's documentation and local emulators use as stand-ins. */
const SAMPLE_AWS_ACCOUNTS: ReadonlySet<string> = new Set(['123456789012', '000000000000', '111111111111', '111122223333']);

/** The value a function named for a sample returns: `getSampleDSN() { return 'mariadb://root:password@localhost/db'; }`. */
function isReturnedSample(node: TSESTree.Node): boolean {
  const child = valueChild(node);
  const parent = child.parent;
  const fn = parent?.type === 'ReturnStatement' ? getEnclosingFunction(parent) : parent?.type === 'ArrowFunctionExpression' && parent.body === child ? parent : undefined;
  if (!fn) return false;
  const name = getFunctionName(fn);
  return name !== undefined && SAMPLE_FUNCTION_NAME.test(name);
}

/**
 * The identifier of a resource an MCP server lists, not a connection: the `uri` (or `uriTemplate`)
 * of a descriptor that also has a `mimeType` (`{ uri: 'mysql://tables', name, mimeType }`).
 */
function isResourceIdentifier(node: TSESTree.Node): boolean {
  const property = getHoldingProperty(node);
  if (!property) return false;
  const name = getPropertyName(property);
  if (name !== 'uri' && name !== 'uriTemplate') return false;
  return property.parent.properties.some((sibling) => sibling.type === 'Property' && getPropertyName(sibling) === 'mimeType');
}

/**
 * A key that its vendor hands to browsers by design, written beside what it belongs to: a search
 * index's client settings, an object that also names the application and the index, `{ appId:
 * 'BH4D9OD16A', apiKey: '…', indexName: 'docs' }` (Algolia's DocSearch, Docusaurus's and
 * VitePress's search settings), Cloudinary's API key beside its cloud's name, `{ cloud_name,
 * api_key }`, the public half of its key pair (its `api_secret` is the secret), and a Firebase web
 * app's `apiKey` beside its `authDomain` or `messagingSenderId` (Firebase's own names: the config
 * object its console hands out for every web app, which identifies the project and grants nothing).
 */
const SEARCH_KEY_NAMES = new Set(['apiKey', 'searchApiKey', 'searchOnlyApiKey', 'searchKey']);
const CLOUDINARY_KEY_NAMES = new Set(['api_key', 'apiKey']);

function isPublishedClientKey(node: TSESTree.Node): boolean {
  const property = getHoldingProperty(node);
  if (!property) return false;
  // `adminApiKey`, `writeApiKey`: a key that can change the index is no search key.
  const key = getPropertyName(property);
  if (key === undefined || !(SEARCH_KEY_NAMES.has(key) || CLOUDINARY_KEY_NAMES.has(key))) return false;
  let application = false;
  let index = false;
  let cloud = false;
  let firebase = false;
  for (const sibling of property.parent.properties) {
    if (sibling.type !== 'Property') continue;
    const name = getPropertyName(sibling);
    if (name === 'appId' || name === 'applicationId') application = true;
    else if (name === 'indexName') index = true;
    else if (name === 'cloud_name' || name === 'cloudName') cloud = true;
    else if (name === 'authDomain' || name === 'messagingSenderId') firebase = true;
  }
  return (SEARCH_KEY_NAMES.has(key) && application && index) || (CLOUDINARY_KEY_NAMES.has(key) && cloud) || (key === 'apiKey' && firebase);
}

/** A value somewhere inside an example: `{ example: [{ secret: '…' }] }` in an API schema. */
function isInsideExample(node: TSESTree.Node): boolean {
  let current = valueChild(node);
  for (let depth = 0; depth < 8; depth++) {
    const parent = current.parent;
    if (parent?.type === 'Property') {
      if (parent.value !== current) return false;
      const name = getPropertyName(parent);
      if (name !== undefined && EXAMPLE_KEYS.has(name)) return true;
    } else if (parent?.type !== 'ObjectExpression' && parent?.type !== 'ArrayExpression') {
      return false;
    }
    current = valueChild(parent);
  }
  return false;
}

/** Methods that fill a form's fields in a user interface: Angular's `patchValue`, Ant Design's `setFieldsValue`, Formik's `setValues`. */
const FORM_FILL_METHODS: ReadonlySet<string> = new Set(['patchValue', 'setValue', 'setValues', 'setFieldsValue', 'setFieldValue', 'setFormValue']);

/**
 * A value written into a form's fields (`this.loginForm.patchValue({ email: 'demo@acme.io', password:
 * 'Demo123!' })`, a demo login's button): what a user would type, shown in a browser, not a
 * service's configuration.
 */
function isFormInput(node: TSESTree.Node): boolean {
  let current = valueChild(node);
  for (let depth = 0; depth < 4; depth++) {
    const parent = current.parent;
    if (parent?.type === 'CallExpression') {
      const callee = parent.callee;
      return parent.arguments.includes(current as TSESTree.CallExpressionArgument) && callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && FORM_FILL_METHODS.has(callee.property.name);
    }
    if (!parent || (parent.type === 'Property' ? parent.value !== current : parent.type !== 'ObjectExpression')) return false;
    current = valueChild(parent);
  }
  return false;
}

/**
 * The name in a property descriptor of compiled classes, `{ key: 'handleFormat2DArray', value:
 * function () {…} }` (Babel's and TypeScript's class helpers): a method's name, not a key.
 */
function isMethodDescriptorKey(node: TSESTree.Node): boolean {
  const property = valueChild(node).parent;
  if (property?.type !== 'Property' || getPropertyName(property) !== 'key' || property.parent.type !== 'ObjectExpression') return false;
  return property.parent.properties.some((sibling) => {
    if (sibling.type !== 'Property') return false;
    const name = getPropertyName(sibling);
    return (name === 'value' || name === 'get' || name === 'set') && (sibling.value.type === 'FunctionExpression' || sibling.value.type === 'ArrowFunctionExpression');
  });
}

/**
 * The object a string value is one of the values of, when every value there is a string literal
 * that `matches` and there are at least four: how many there are and how many keys are named like
 * secrets (a table of secrets has their names). Undefined otherwise.
 */
function getStringTable(node: TSESTree.Node, matches: (other: string) => boolean): { size: number; secretNamed: number } | undefined {
  const property = getHoldingProperty(node);
  if (!property) return undefined;
  const siblings = property.parent.properties;
  if (siblings.length < 4) return undefined;
  let secretNamed = 0;
  for (const sibling of siblings) {
    if (sibling.type !== 'Property' || sibling.value.type !== 'Literal') return undefined;
    const other = sibling.value.value;
    if (typeof other !== 'string' || !matches(other)) return undefined;
    const name = getPropertyName(sibling);
    if (name !== undefined && classifySecretName(name)) secretNamed++;
  }
  return { size: siblings.length, secretNamed };
}

/**
 * `{ colName: 'QlUDZWcZ0QRM46YZZ1gV', password: 'jvbHx…', … }`: a table of generated names, such as
 * a CSS module's class names in a bundle, where a key may be a secret's word (a `.password` class).
 * Every value is an identifier-like string as long as this one, and at most one key is named like
 * a secret.
 */
function isGeneratedNameTable(node: TSESTree.Node, value: string): boolean {
  const table = getStringTable(node, (other) => other.length === value.length && /^[\w-]+$/.test(other));
  return table !== undefined && table.secretNamed <= 1;
}

/** Two or more capitalised words: `LoginPassword`, `SshKey`, `CardSecurityCode`. */
const PASCAL_CASE_NAME = /^(?:[A-Z][a-z0-9]+){2,}$/;

/**
 * `{ usernameLogin: 'LoginUsername', password: 'LoginPassword', privateKey: 'SshKey', … }`: a map
 * from one set of names to another (field kinds, enum members), where a key may be a secret's
 * word. Every value is a name in PascalCase, and at most a third of the keys are named like secrets.
 */
function isNameMap(node: TSESTree.Node, value: string): boolean {
  if (!PASCAL_CASE_NAME.test(value)) return false;
  const table = getStringTable(node, (other) => PASCAL_CASE_NAME.test(other));
  return table !== undefined && table.secretNamed * 3 <= table.size;
}

/** `GmailPassword`, `SmtpPass`: capitalised words that end in a password's own word. */
const NAMED_PASSWORD = /^(?:[A-Z][a-z0-9]+)+(?:Password|Pass|Passwd)$/;
/**
 * `GmailAddress`, `YourEmail`: capitalised words that end in what an account is (an address, a
 * user name), which no address is written as (`AdminUser` may be a user's name).
 */
const NAMED_ACCOUNT = /^(?:[A-Z][a-z0-9]+)+(?:Address|Email|Mail|Username|Login|Account)$/;

/**
 * `auth: { user: 'GmailAddress', pass: 'GmailPassword' }`: a tutorial's stand-ins, each value
 * naming what goes there. The password is words ending in its own word, and the account beside it
 * words ending in an account's (`{ user: 'AdminUser', password: 'AdminPassword' }` may be real).
 */
function isNamedStandInPair(node: TSESTree.Node, value: string): boolean {
  if (!NAMED_PASSWORD.test(value)) return false;
  const property = getHoldingProperty(node);
  if (!property) return false;
  return property.parent.properties.some((sibling) => {
    if (sibling === property || sibling.type !== 'Property' || sibling.value.type !== 'Literal' || typeof sibling.value.value !== 'string') return false;
    const name = getPropertyName(sibling);
    return name !== undefined && USER_KEYS.has(name) && NAMED_ACCOUNT.test(sibling.value.value);
  });
}

/** The name of an account's identifier: `email`, `username`, `req.body.login`. */
const ACCOUNT_NAME = /^(?:e-?mail|user(?:_?name)?|login|account)$/i;

/**
 * `email === 'ada@acme.io' && password === '1234'`: a password compared beside an account that is
 * written out too, a login checked against credentials in the code. A weak-password check compares
 * the password alone (`password === '123456'`).
 */
function isPairedWithAccount(node: TSESTree.Node): boolean {
  const comparison = valueChild(node).parent;
  let chain = comparison?.parent;
  while (chain?.type === 'LogicalExpression' && chain.operator === '&&') {
    const sides = [chain.left, chain.right];
    for (const side of sides) {
      const other = unwrapExpression(side);
      const equality = other === comparison ? undefined : getStringEquality(other);
      if (equality && ACCOUNT_NAME.test(equality.name)) return true;
    }
    chain = chain.parent;
  }
  return false;
}

/** A value documented as an example or shown as a form's hint, where sample tokens are written. */
function isDocumentedSample(node: TSESTree.Node): boolean {
  const property = valueChild(node).parent;
  if (property?.type === 'Property' && property.value === valueChild(node)) {
    const name = getPropertyName(property);
    if (name !== undefined && UI_TEXT_KEYS.has(name)) return true;
  }
  return isInsideExample(node) || isReturnedSample(node);
}

/** Keys next to a bare `pass` that make it a password: `{ user: 'a', pass: 'b' }`. */
const USER_KEYS = new Set(['user', 'username', 'userName', 'login', 'email', 'account']);
/** Parent keys under which a bare `pass` is a password: `auth: { pass }`. */
const CREDENTIAL_PARENTS = new Set(['auth', 'credentials', 'creds', 'smtp', 'login', 'basic', 'proxy', 'account']);

const EQUALITY_OPERATORS = new Set(['==', '===', '!=', '!==']);

interface Matchers {
  readonly exact: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
}

/** `allowedNames` / `allowedValues`: exact strings, or `/source/flags` regular expressions (compiled once per options, by `compileOptions`). */
function compileMatchers(list: readonly string[] | undefined): Matchers | undefined {
  if (!list || list.length === 0) return undefined;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of list) {
    const slash = entry.lastIndexOf('/');
    if (entry.length > 2 && entry.startsWith('/') && slash > 0) {
      try {
        patterns.push(new RegExp(entry.slice(1, slash), entry.slice(slash + 1)));
        continue;
      } catch {
        // The schema rejects these; should one get through, it is matched literally, never a crash.
      }
    }
    exact.add(entry);
  }
  return { exact, patterns };
}

function matchesAny(matchers: Matchers | undefined, candidates: readonly string[]): boolean {
  if (!matchers) return false;
  for (const candidate of candidates) {
    if (matchers.exact.has(candidate)) return true;
    for (const pattern of matchers.patterns) {
      pattern.lastIndex = 0;
      if (pattern.test(candidate)) return true;
    }
  }
  return false;
}

function compileCustomFormats(patterns: Options[0]['additionalTokenPatterns']): { formats: TokenFormat[]; filter: RegExp | undefined } {
  if (!patterns || patterns.length === 0) return { formats: [], filter: undefined };
  const formats: TokenFormat[] = [];
  for (const { name, pattern, prefix } of patterns) {
    const format = createCustomFormat(name, pattern, prefix);
    if (format) formats.push(format);
  }
  const filter = formats.every((format) => format.prefixes.every((prefix) => prefix.length > 0)) ? createPrefixFilter(formats) : undefined;
  return { formats, filter };
}

/** Whether a text may hold a URL or a `password=…` pair, the shapes the connection checks read. */
function mayHoldUrlOrPair(text: string): boolean {
  return text.includes('://') || mayHoldKeyValuePassword(text);
}

/** Whether a template's fixed parts hold a URL or a `key=value` pair. */
function hasUrlOrPair(quasis: readonly TSESTree.TemplateElement[]): boolean {
  for (const quasi of quasis) if (mayHoldUrlOrPair(quasi.value.raw)) return true;
  return false;
}

/** The value of a key named `secret` (`{ secret: 'salty salt' }`): express-session's options may hold it. */
function isSecretKeyValue(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === 'Property' && parent.value === node && getPropertyName(parent) === 'secret' && parent.parent.type === 'ObjectExpression';
}

/** An object with express-session's own option names beside its `secret` (`resave`, `saveUninitialized`). */
function isSessionOptions(object: TSESTree.ObjectExpression): boolean {
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const name = getPropertyName(property);
    if (name !== undefined && SESSION_OPTION_KEYS.has(name)) return true;
  }
  return false;
}

/**
 * A string compared for equality inside `&&`: `user === 'root' && pass === 'toor'`, where a
 * password too short to look like a credential is still one (see `isPairedWithAccount`).
 */
function isComparedInConjunction(node: TSESTree.Node): boolean {
  const child = valueChild(node);
  const comparison = child.parent;
  if (comparison?.type !== 'BinaryExpression' || !EQUALITY_OPERATORS.has(comparison.operator)) return false;
  const chain = comparison.parent;
  return chain?.type === 'LogicalExpression' && chain.operator === '&&';
}

/**
 * Whether a value stands where `getValueContext` can find an environment read's fallback:
 * `… || value`, `… ?? value`, `… ? … : value`, `{ X = value }`, `env('X', value)`, or the
 * default of an environment schema's entry (`X: z.string().default(value)`, `X: str({ default:
 * value })`, convict's `{ default: value, env: 'X' }`). Any non-empty value can be a fallback, so
 * this decides which strings need their context worked out.
 */
function isFallbackPosition(node: TSESTree.Node): boolean {
  const child = valueChild(node);
  const parent = child.parent;
  switch (parent?.type) {
    case 'LogicalExpression':
      return parent.right === child && (parent.operator === '||' || parent.operator === '??');
    case 'ConditionalExpression':
      return parent.alternate === child;
    case 'AssignmentPattern':
      return parent.right === child;
    case 'CallExpression':
      // The position first: strings are handed to calls everywhere, configuration reads are few.
      if (parent.arguments[0] === child) return getSchemaDefaultVariable(parent) !== undefined || getEnvVarDefaultRead(parent) !== undefined;
      if (parent.arguments[1] === child) return isEnvHelper(parent.callee) || (isConfigGetter(parent.callee) && getConfigDefaultIndex(parent) === 1);
      return parent.arguments[2] === child && isConfigGetter(parent.callee) && getConfigDefaultIndex(parent) === 2;
    case 'Property':
      // `default`, and envalid's `devDefault` (used outside production only: see `isNonProductionOnly`).
      return parent.value === child && parent.parent.type === 'ObjectExpression' && isDefaultKey(getPropertyName(parent)) && getConfigDefaultVariable(parent.parent) !== undefined;
    default:
      return false;
  }
}

function isDefaultKey(name: string | undefined): boolean {
  return name === 'default' || name === 'devDefault';
}

/** The environment variable named by the key a schema entry is the value of: `{ JWT_SECRET: <entry> }`. */
function getEnvKeyOf(entry: TSESTree.Node): string | undefined {
  const child = valueChild(entry);
  const parent = child.parent;
  if (parent?.type !== 'Property' || parent.value !== child || parent.parent.type !== 'ObjectExpression') return undefined;
  const name = getPropertyName(parent);
  return name !== undefined && isEnvVarName(name) ? name : undefined;
}

/**
 * `JWT_SECRET: z.string().min(32).default('…')` (zod, joi, yup: a validator chain ending in, or
 * passing through, `.default(value)`) under a key named like an environment variable: the
 * schema of the environment, so the value is that variable's fallback.
 */
function getSchemaDefaultVariable(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'default') return undefined;
  if (callee.object.type !== 'CallExpression' && callee.object.type !== 'MemberExpression') return undefined;
  let top: TSESTree.Node = call;
  for (let depth = 0; depth < 8; depth++) {
    const member: TSESTree.Node | undefined = top.parent;
    if (member?.type !== 'MemberExpression' || member.object !== top || member.parent.type !== 'CallExpression' || member.parent.callee !== member) break;
    top = member.parent;
  }
  return getEnvKeyOf(top);
}

/**
 * env-var's `env.get('JWT_SECRET').default('…')` (also after other calls of the chain,
 * `.required(false).default('…')`): the `get` call that reads the variable the default is for,
 * and the variable's name.
 * Only the shape; `getValueContext` checks that the reader is env-var's.
 */
function getEnvVarDefaultRead(call: TSESTree.CallExpression): { read: TSESTree.CallExpression; variable: string } | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'default' || call.arguments.length !== 1) return undefined;
  // TypeScript's wrappers (`(env.get('X') as any)`, `env.get('X')!`) are looked through.
  let object: TSESTree.Node = unwrapExpression(callee.object);
  for (let depth = 0; depth < 4 && object.type === 'CallExpression'; depth++) {
    const reader: TSESTree.Node = object.callee;
    // `env.get('X')`, or env-var's `get` imported by name: `get('X')`.
    if (reader.type === 'Identifier' || (reader.type === 'MemberExpression' && !reader.computed && reader.property.type === 'Identifier' && reader.property.name === 'get')) {
      const name = object.arguments[0];
      return object.arguments.length === 1 && name?.type === 'Literal' && typeof name.value === 'string' && isEnvVarName(name.value) ? { read: object, variable: name.value } : undefined;
    }
    if (reader.type !== 'MemberExpression') return undefined;
    object = unwrapExpression(reader.object);
  }
  return undefined;
}

/**
 * A `get('X')` of env-var: the module's `get` (`env.get`, `require('env-var').get`, `get` imported
 * by name), or the `get` of a `from(…)` of an environment (`const env = from(process.env)`).
 */
function isEnvVarRead(read: TSESTree.CallExpression, scope: Scope): boolean {
  const reader = unwrapExpression(read.callee);
  const module = getModuleOfValue(reader, scope);
  if (module) return module.module === 'env-var' && module.path.join('.') === 'get';
  if (reader.type !== 'MemberExpression') return false;
  const object = unwrapExpression(reader.object);
  const made = object.type === 'Identifier' ? getConstInitializer(object, scope) : object;
  const call = made && unwrapExpression(made);
  if (call?.type !== 'CallExpression') return false;
  const factory = getModuleOfValue(call.callee, scope);
  return factory?.module === 'env-var' && factory.path.join('.') === 'from';
}

/**
 * The variable whose default an options object gives: envalid's `JWT_SECRET: str({ default })`
 * (the object is the only argument of a validator call under a variable's key) or convict's
 * `{ default, env: 'JWT_SECRET' }`; envalid's `devDefault` too, which `isNonProductionOnly` takes for a development value.
 */
function getConfigDefaultVariable(object: TSESTree.ObjectExpression): string | undefined {
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.computed || getPropertyName(property) !== 'env') continue;
    const value = property.value;
    if (value.type === 'Literal' && typeof value.value === 'string' && isEnvVarName(value.value)) return value.value;
  }
  const call = object.parent;
  if (call.type !== 'CallExpression' || call.arguments[0] !== object || call.arguments.length !== 1) return undefined;
  return getEnvKeyOf(call);
}

/** What reads configuration with a default: NestJS's `configService.get('JWT_SECRET', 'fallback')`, `config.get(key, fallback)`. */
const CONFIG_READER = /(?:^|[a-z_])config(?:uration)?(?:service)?$/i;

function isConfigGetter(callee: TSESTree.Node): boolean {
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'get') return false;
  const object = callee.object;
  const name = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier' ? object.property.name : undefined;
  return name !== undefined && CONFIG_READER.test(name);
}

/** The types Foal's `Config.get(key, type, default)` takes second (`'string'`, `'number|string'`); its default comes third. */
const CONFIG_VALUE_TYPE = /^(?:string|number|boolean|any)(?:\|(?:string|number|boolean))*$/;

function isConfigValueType(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'Literal' && typeof node.value === 'string' && CONFIG_VALUE_TYPE.test(node.value);
}

/** Where a config getter's call takes its default: second, or third after a value type (`Config.get('x', 'string', '…')`). */
function getConfigDefaultIndex(call: TSESTree.CallExpression): number {
  return isConfigValueType(call.arguments[1]) ? 2 : 1;
}

/** The key of `configService.get('JWT_SECRET')` (or Foal's `Config.get('jwt.secret', 'string')`), read without a default. */
function getConfigKey(node: TSESTree.Node): string | undefined {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' || !isConfigGetter(call.callee) || call.arguments.length !== getConfigDefaultIndex(call)) return undefined;
  const first = call.arguments[0];
  return first?.type === 'Literal' && typeof first.value === 'string' && first.value.length > 0 ? first.value : undefined;
}

/**
 * Strapi-style helpers: `env('JWT_SECRET', 'fallback')`, `env.str('X', 'fallback')`; AdonisJS's
 * `Env.get('X', 'fallback')` (`const Env = use('Env')` in version 4) and `env.get(…)`.
 */
function isEnvHelper(callee: TSESTree.Node): boolean {
  if (callee.type === 'Identifier') return callee.name === 'env';
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && (callee.object.name === 'env' || (callee.object.name === 'Env' && getMemberName(callee) === 'get'));
}

function getMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : undefined;
  const property = node.property;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  if (property.type === 'TemplateLiteral' && property.expressions.length === 0) return property.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * What a conversion to a string converts: `password.toString()`, `String(password)` → `password`
 * (an MQTT broker's `authenticate` hands the password over as a Buffer).
 */
function unwrapStringConversion(node: TSESTree.Node): TSESTree.Node {
  if (node.type !== 'CallExpression' || node.optional) return node;
  const callee = node.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'toString' && node.arguments.length === 0) return unwrapExpression(callee.object);
  const [first] = node.arguments;
  return callee.type === 'Identifier' && callee.name === 'String' && node.arguments.length === 1 && first && first.type !== 'SpreadElement' ? unwrapExpression(first) : node;
}

/** `a.b.c` → `['a', 'b', 'c']`; `this.x` → `['this', 'x']`; unknown parts stop the path. */
function getMemberPath(node: TSESTree.Node): string[] {
  const path: string[] = [];
  let current = unwrapExpression(node);
  for (let depth = 0; depth < 6; depth++) {
    if (current.type === 'MemberExpression') {
      const name = getMemberName(current);
      if (name === undefined) break;
      path.unshift(name);
      current = unwrapExpression(current.object);
    } else {
      if (current.type === 'Identifier') path.unshift(current.name);
      else if (current.type === 'ThisExpression') path.unshift('this');
      break;
    }
  }
  return path;
}

/**
 * The environment object itself: `process.env`, `import.meta.env`, or (with a scope) a constant
 * bound to one (`const env = process.env`).
 */
function isEnvObject(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode> | undefined): boolean {
  const object = unwrapExpression(node);
  if (object.type === 'Identifier') {
    if (!sourceCode || object.name === 'process') return false;
    const scope = sourceCode.getScope(object);
    const variable = findVariable(scope, object);
    if (variable && isProcessEnvBinding(variable)) return true;
    if (variable?.defs[0]?.type === 'Parameter') return isWorkerEnvParameter(variable.defs[0]);
    const init = getConstInitializer(object, scope);
    return init !== undefined && isEnvObject(init, undefined);
  }
  if (object.type !== 'MemberExpression' || object.computed || object.property.type !== 'Identifier' || object.property.name !== 'env') return false;
  return isEnvOwner(object.object) || (sourceCode !== undefined && isWorkerContext(object.object, sourceCode));
}

/** The methods of a Cloudflare Worker's default export that the runtime calls with its bindings second: `fetch(request, env, ctx)`. */
const WORKER_HANDLER_METHODS: ReadonlySet<string> = new Set(['fetch', 'scheduled', 'queue', 'email', 'tail', 'trace']);

/** Cloudflare Pages Functions: `export async function onRequestPost(context)`, handed `{ request, env, … }`. */
const PAGES_FUNCTION_NAME = /^onRequest(?:Get|Post|Put|Patch|Delete|Head|Options)?$/;

/** Hono, whose handlers' context carries a Worker's bindings as `c.env`. */
const HONO_MODULES = toModuleSet(['hono', 'hono/factory', 'hono/tiny', 'hono/quick', 'hono/jwt', 'hono/cookie', 'hono/cors', 'hono/http-exception']);

/**
 * A Cloudflare Worker's bindings, where secrets and variables are set (`wrangler secret put`) as
 * `process.env` is elsewhere: the second parameter of the default export's `fetch` (or `scheduled`,
 * `queue`, …) under any name, and `env` destructured from a Pages Function's context
 * (`export async function onRequest({ request, env })`).
 */
function isWorkerEnvParameter(def: TSESLint.Scope.Definition): boolean {
  const fn = def.node;
  if (!isFunctionNode(fn) || def.name.type !== 'Identifier') return false;
  if (fn.params[1] === def.name) {
    const method = fn.parent;
    if (method?.type !== 'Property' || method.value !== fn || !WORKER_HANDLER_METHODS.has(getPropertyName(method) ?? '')) return false;
    const handlers = method.parent;
    return handlers.type === 'ObjectExpression' && isDefaultExported(handlers);
  }
  const holder = def.name.parent;
  const pattern = holder?.type === 'Property' && holder.value === def.name ? holder.parent : undefined;
  return pattern?.type === 'ObjectPattern' && fn.params[0] === pattern && getPropertyName(holder as TSESTree.Property) === 'env' && isPagesFunction(fn);
}

/** `export default { … }`, also through TypeScript's wrappers (`{ … } satisfies ExportedHandler<Env>`). */
function isDefaultExported(node: TSESTree.Node): boolean {
  let current = node.parent;
  while (current?.type === 'TSSatisfiesExpression' || current?.type === 'TSAsExpression') current = current.parent;
  return current?.type === 'ExportDefaultDeclaration';
}

/** An exported Pages Function: `export async function onRequest(context)`, `export const onRequestGet = async (context) => …`. */
function isPagesFunction(fn: FunctionNode): boolean {
  const name = getFunctionName(fn);
  if (name === undefined || !PAGES_FUNCTION_NAME.test(name)) return false;
  const declaration = fn.type === 'FunctionDeclaration' ? fn : fn.parent?.type === 'VariableDeclarator' ? fn.parent.parent : undefined;
  return declaration?.parent?.type === 'ExportNamedDeclaration';
}

/** The classes of `cloudflare:workers` whose instances hold the Worker's bindings as `this.env`. */
const WORKER_ENTRYPOINT_CLASSES: ReadonlySet<string> = new Set(['DurableObject', 'WorkerEntrypoint', 'WorkflowEntrypoint']);
const CLOUDFLARE_WORKERS_MODULES = toModuleSet(['cloudflare:workers']);

/**
 * `this` in a method of a class that extends a Durable Object or an entrypoint of
 * `cloudflare:workers` (`class Counter extends DurableObject { fetch() { this.env.X } }`), arrow
 * functions in between keeping the method's `this`.
 */
function isWorkerEntrypointThis(node: TSESTree.ThisExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ArrowFunctionExpression') continue;
    if (current.type === 'FunctionExpression' && current.parent?.type === 'MethodDefinition') {
      const owner = current.parent.parent.parent;
      const base = owner.superClass;
      return base?.type === 'Identifier' && WORKER_ENTRYPOINT_CLASSES.has(base.name) && importsAnyModule(sourceCode, CLOUDFLARE_WORKERS_MODULES);
    }
    if (isFunctionNode(current) || current.type === 'PropertyDefinition' || current.type === 'Program') return false;
  }
  return false;
}

/**
 * What carries a Worker's bindings as `.env`: the context handed to a Hono handler or middleware,
 * the first parameter of a function in a file that imports Hono (`app.get('/', (c) => c.env.X)`,
 * `function getSecret(c) { return c.env.JWT_SECRET }`), or a Pages Function's context.
 */
function isWorkerContext(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const target = unwrapExpression(node);
  if (target.type === 'ThisExpression') return isWorkerEntrypointThis(target, sourceCode);
  if (target.type !== 'Identifier') return false;
  const def = findVariable(sourceCode.getScope(target), target)?.defs[0];
  if (def?.type !== 'Parameter' || !isFunctionNode(def.node) || def.node.params[0] !== def.name) return false;
  return isPagesFunction(def.node) || importsAnyModule(sourceCode, HONO_MODULES);
}

/** What `.env` is read from: Node's `process`, Bun's global `Bun`, or `import.meta` (Vite, Bun, Astro). */
function isEnvOwner(owner: TSESTree.Node): boolean {
  return (owner.type === 'Identifier' && (owner.name === 'process' || owner.name === 'Bun')) || (owner.type === 'MetaProperty' && owner.meta.name === 'import' && owner.property.name === 'meta');
}

/** Deno's `Deno.env.get('X')`: the name read, when it is written out. */
function getDenoEnvReadName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  const first = call.arguments[0];
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'get') return undefined;
  const object = callee.object;
  if (object.type !== 'MemberExpression' || object.computed || object.property.type !== 'Identifier' || object.property.name !== 'env') return undefined;
  if (object.object.type !== 'Identifier' || object.object.name !== 'Deno') return undefined;
  return first?.type === 'Literal' && typeof first.value === 'string' && first.value.length > 0 ? first.value : undefined;
}

/**
 * `process.env.X`, `process.env['X']`, `import.meta.env.X` → `X`; with the source, also an alias's
 * `env.X` and a key held by a constant (`process.env[KEY]`). A key only known at run time
 * (`process.env[name]`) gives `[name]`: still an environment read, by a name the code chooses.
 */
function getEnvReadName(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): string | undefined {
  const target = unwrapExpression(node);
  if (target.type === 'CallExpression') return getDenoEnvReadName(target);
  if (target.type !== 'MemberExpression' || !isEnvObject(target.object, sourceCode)) return undefined;
  const name = getMemberName(target);
  if (name !== undefined || !target.computed) return name;
  const key = unwrapExpression(target.property);
  const init = sourceCode ? getConstInitializer(key, sourceCode.getScope(key)) : undefined;
  if (init?.type === 'Literal' && typeof init.value === 'string') return init.value;
  return key.type === 'Identifier' ? `[${key.name}]` : '[…]';
}

/** A read of the environment of Bun, Deno or `import.meta`, anywhere in the text of an expression. */
const OTHER_ENV_READ = /\b(?:Bun\.env|Deno\.env\.get|import\.meta\.env)\b/;

/**
 * How a message names an environment read that is not `process.env`'s: the expression as written,
 * without TypeScript's wrappers (`Bun.env.X`, `String(Deno.env.get('X'))`, a Worker's `c.env.X`,
 * judged by `read`, the read `findEnvReadIn` found in it); `{}` for Node's, which messages write as
 * `process.env.X`.
 */
function otherEnvDisplay(expression: TSESTree.Node, read: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): { display?: string } {
  const text = sourceCode.getText(unwrapExpression(expression));
  return OTHER_ENV_READ.test(text) || isWorkerEnvRead(read, sourceCode) ? { display: shortenForMessage(text, 60) } : {};
}

/** How a message writes the read of `variable`: `process.env.X`, or `process.env[name]` for a computed one. */
function envReadText(variable: string): string {
  return variable.startsWith('[') ? `process.env${variable}` : `process.env.${variable}`;
}

/** Helpers named like an environment read: `getEnv('JWT_SECRET')`, `readEnvVar('X')`, `env('X')`. */
const ENV_READER_NAME = /^(?:get|read|from)?env(?:var(?:iable)?)?$/i;

/** Local functions that return the environment variable their first parameter names, by function. */
const envReadingHelpers = new WeakMap<FunctionNode, boolean>();

/**
 * Whether a local function returns an environment read by its first parameter:
 * `function getFileEnv(name) { const value = process.env[name]; …; return value; }`,
 * `const env = (key) => process.env[key] ?? ''`.
 */
function readsEnvByParameter(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let answer = envReadingHelpers.get(fn);
  if (answer !== undefined) return answer;
  answer = false;
  const parameter = fn.params[0];
  if (parameter?.type === 'Identifier') {
    const name = `[${parameter.name}]`;
    for (const returned of getReturnedExpressions(fn)) {
      const target = unwrapExpression(returned);
      const value = target.type === 'Identifier' ? (getConstInitializer(target, sourceCode.getScope(target)) ?? target) : target;
      if (findEnvRead(value, sourceCode) === name) {
        answer = true;
        break;
      }
    }
  }
  envReadingHelpers.set(fn, answer);
  return answer;
}

/**
 * An environment read through a helper, with the variable it names: a local function that
 * returns `process.env[name]` for its first argument, or a call named like one
 * (`getEnv('JWT_SECRET')`) given a variable's name. Messages show the call as written.
 */
function getHelperEnvRead(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): { variable: string; display: string } | undefined {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return undefined;
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  const scope = sourceCode.getScope(call);
  const fn = getLocalFunction(call.callee, scope);
  // Most calls before a fallback are neither: their argument is not evaluated.
  if (fn ? !readsEnvByParameter(fn, sourceCode) : !ENV_READER_NAME.test(call.callee.name) || call.arguments.length !== 1) return undefined;
  const named = getStaticString(first, scope);
  if (!fn && (named === undefined || !isEnvVarName(named))) return undefined;
  const variable = named !== undefined && isEnvVarName(named) ? named : `[${shortenForMessage(sourceCode.getText(first), 40)}]`;
  return { variable, display: shortenForMessage(sourceCode.getText(call), 60) };
}

/** The variable read on the left of `||`/`??`: `process.env.A || process.env.B` → `B`. */
function findEnvRead(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  return findEnvReadIn(node, sourceCode)?.name;
}

/** The environment read in an expression and the variable it reads, as `findEnvRead` finds it. */
function findEnvReadIn(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): { read: TSESTree.Node; name: string } | undefined {
  if (depth > 4) return undefined;
  const target = unwrapExpression(node);
  const direct = getEnvReadName(target, sourceCode);
  if (direct !== undefined) return { read: target, name: direct };
  if (target.type === 'LogicalExpression' && (target.operator === '||' || target.operator === '??')) {
    return findEnvReadIn(target.right, sourceCode, depth + 1) ?? findEnvReadIn(target.left, sourceCode, depth + 1);
  }
  // String(process.env.X), Number(process.env.X), process.env.X?.trim()
  if (target.type === 'CallExpression') {
    const first = target.arguments[0];
    if (first && target.callee.type === 'Identifier') return findEnvReadIn(first, sourceCode, depth + 1);
    if (target.callee.type === 'MemberExpression') return findEnvReadIn(target.callee.object, sourceCode, depth + 1);
  }
  return undefined;
}

/** A read of a Cloudflare Worker's bindings (`c.env.X`, `env.X` of `fetch(request, env)`) rather than of `process.env`. */
function isWorkerEnvRead(read: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (read.type !== 'MemberExpression') return false;
  const object = unwrapExpression(read.object);
  if (object.type === 'MemberExpression') return !isEnvOwner(object.object) && isEnvObject(object, sourceCode);
  // A parameter that `isEnvObject` takes for the environment is a Worker's bindings.
  return object.type === 'Identifier' && findVariable(sourceCode.getScope(object), object)?.defs[0]?.type === 'Parameter' && isEnvObject(object, sourceCode);
}

/**
 * `const { JWT_SECRET = '…' } = process.env` (or `Bun.env`, `import.meta.env`, a Worker's `c.env`
 * or `env` parameter, a constant bound to one): the environment the object pattern destructures,
 * as a message writes it (`process.env` for a local name of Node's, `Bun.env` for one of Bun's).
 */
function getEnvPatternOwner(pattern: TSESTree.ObjectPattern, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const { parent } = pattern;
  let source: TSESTree.Expression | null | undefined;
  if (parent.type === 'VariableDeclarator' && parent.id === pattern) source = parent.init;
  else if (parent.type === 'AssignmentExpression' && parent.left === pattern) source = parent.right;
  if (!source) return undefined;
  const target = unwrapExpression(source);
  if (target.type === 'Identifier') {
    if (!isEnvObject(target, sourceCode)) return undefined;
    const scope = sourceCode.getScope(target);
    if (findVariable(scope, target)?.defs[0]?.type === 'Parameter') return target.name;
    const init = getConstInitializer(target, scope);
    return init ? sourceCode.getText(unwrapExpression(init)) : 'process.env';
  }
  const isEnvMember = target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' && target.property.name === 'env';
  return isEnvMember && isEnvObject(target, sourceCode) ? sourceCode.getText(target) : undefined;
}

/** The key path of a property inside nested object literals, rooted at its binding when there is one. */
function getPropertyPath(property: TSESTree.Property, name: string): string[] {
  const path = [name];
  let object: TSESTree.Node = property.parent;
  for (let depth = 0; depth < 5; depth++) {
    const child = valueChild(object);
    const parent = child.parent;
    if (!parent) break;
    if (parent.type === 'Property' && parent.value === child && parent.parent.type === 'ObjectExpression') {
      const key = getPropertyName(parent);
      if (key === undefined) break;
      path.unshift(key);
      object = parent.parent;
      continue;
    }
    if (parent.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') path.unshift(parent.id.name);
    else if (parent.type === 'AssignmentExpression' && parent.right === child) path.unshift(...getMemberPath(parent.left));
    break;
  }
  return path;
}

/** AWS's credential names, whose variables its SDKs read by themselves. */
const AWS_CREDENTIAL_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['secretaccesskey', 'AWS_SECRET_ACCESS_KEY'],
  ['accesskeyid', 'AWS_ACCESS_KEY_ID'],
]);
/** Keys an AWS credential may sit under and still be AWS's: `new S3Client({ credentials: { secretAccessKey } })`. */
const AWS_CREDENTIAL_HOLDERS: ReadonlySet<string> = new Set(['credentials', 'aws']);

/**
 * The variable a key path names: `db.password` → `DB_PASSWORD`. knex's (and Bookshelf's,
 * Objection's) `{ client: 'pg', connection: { password } }` is the database's: `DB_PASSWORD`.
 */
function pathEnvName(path: readonly string[]): string {
  // A key named like a variable (`env_production: { JWT_SECRET: … }` of pm2) is that variable's name.
  const last = path[path.length - 1];
  if (path.length >= 2 && last !== undefined && isEnvVarName(last)) return last;
  // `credentials.secretAccessKey`: AWS_SECRET_ACCESS_KEY, not CREDENTIALS_SECRET_ACCESS_KEY (`s3.secretAccessKey`, maybe another store's, keeps its own).
  const aws = last === undefined ? undefined : AWS_CREDENTIAL_VARIABLES.get(normalizeWord(last));
  if (aws !== undefined && path.slice(0, -1).every((segment) => AWS_CREDENTIAL_HOLDERS.has(segment.toLowerCase()))) return aws;
  if (path.length >= 2 && path[0]?.toLowerCase() === 'connection') return toEnvName(['db', ...path.slice(1)]);
  // Prisma's `datasources: { db: { url } }` and `datasourceUrl` stand in for the schema's `env("DATABASE_URL")`.
  if (last === 'datasourceUrl' || (last === 'url' && path[path.length - 3] === 'datasources')) return 'DATABASE_URL';
  return toEnvName(path);
}

function dropGenericSegments(path: readonly string[]): string[] {
  const kept = path.filter((segment) => !GENERIC_SEGMENTS.has(segment.toLowerCase()));
  return kept.length > 0 ? kept.slice(-3) : path.slice(-1);
}

/**
 * A binding context whose key path is worked out only when a check asks for it: most strings are
 * never reported, and this object is made for every one of them.
 */
class BindingContext {
  readonly type = 'binding';
  private cachedPath: readonly string[] | undefined;

  constructor(
    readonly name: string,
    /** The property or member expression the path is read from; none for a plain name. */
    private readonly pathSource?: TSESTree.Property | TSESTree.MemberExpression,
    readonly object?: TSESTree.ObjectExpression,
  ) {}

  get path(): readonly string[] {
    if (this.cachedPath === undefined) {
      const source = this.pathSource;
      const full = !source ? [this.name] : source.type === 'Property' ? getPropertyPath(source, this.name) : getMemberPath(source);
      this.cachedPath = dropGenericSegments(full);
    }
    return this.cachedPath;
  }
}

/** A property named like an environment variable (`MONGODB_URI`, or a template's `__MONGODB_URI__`). */
function isEnvironmentEntry(valueContext: ValueContext): boolean {
  if (valueContext.type !== 'binding' || valueContext.object === undefined) return false;
  const name = valueContext.name;
  let start = 0;
  let end = name.length;
  while (start < end && name.charCodeAt(start) === 95) start++;
  while (end > start && name.charCodeAt(end - 1) === 95) end--;
  return isEnvVarName(start === 0 && end === name.length ? name : name.slice(start, end));
}

function bindingOf(name: string): ValueContext {
  return new BindingContext(name);
}

/** The environment read a conditional is the fallback of (see `getValueContext`'s `LogicalExpression`), or none. */
function fallbackOf(conditional: TSESTree.ConditionalExpression, sourceCode: Readonly<TSESLint.SourceCode>): ValueContext {
  const context = getValueContext(conditional, sourceCode);
  return context.type === 'fallback' ? context : NO_CONTEXT;
}

/** Where a string value lands. */
function getValueContext(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): ValueContext {
  const child = valueChild(node);
  const parent = child.parent;
  if (!parent) return NO_CONTEXT;
  switch (parent.type) {
    case 'VariableDeclarator':
      // `declare const X = '…'` (a declaration file's constant) has no value at run time.
      if (parent.init !== child || parent.id.type !== 'Identifier' || parent.parent.declare) return NO_CONTEXT;
      return bindingOf(parent.id.name);
    case 'Property': {
      if (parent.value !== child || parent.parent.type !== 'ObjectExpression') return NO_CONTEXT;
      const name = getPropertyName(parent);
      if (name === undefined) return NO_CONTEXT;
      if (isDefaultKey(name)) {
        // No suggestion: removing a property is the schema's own edit (or envalid's `devDefault`).
        const variable = getConfigDefaultVariable(parent.parent);
        if (variable !== undefined) return { type: 'fallback', variable, expression: parent, withoutFallback: undefined };
        // yargs' `.option('password', { alias: 'p', default: '…' })`: the option's name names its default.
        const option = name === 'default' ? getDeclaredOptionName(parent.parent) : undefined;
        if (option !== undefined) return bindingOf(option);
      }
      return new BindingContext(name, parent, parent.parent);
    }
    case 'PropertyDefinition': {
      if (parent.value !== child) return NO_CONTEXT;
      const name = getPropertyName(parent);
      return name === undefined ? NO_CONTEXT : bindingOf(name);
    }
    case 'AssignmentExpression': {
      if (parent.right !== child || parent.operator === '+=') return NO_CONTEXT;
      if (parent.left.type === 'Identifier') return bindingOf(parent.left.name);
      if (parent.left.type !== 'MemberExpression') return NO_CONTEXT;
      const name = getMemberName(parent.left);
      return name === undefined ? NO_CONTEXT : new BindingContext(name, parent.left);
    }
    case 'AssignmentPattern': {
      if (parent.right !== child) return NO_CONTEXT;
      const holder = parent.parent;
      if (holder.type === 'Property' && holder.value === parent && holder.parent.type === 'ObjectPattern') {
        const name = getPropertyName(holder);
        if (name === undefined) return NO_CONTEXT;
        const owner = getEnvPatternOwner(holder.parent, sourceCode);
        if (owner !== undefined) {
          return { type: 'fallback', variable: name, expression: parent, withoutFallback: sourceCode.getText(parent.left), ...(owner === 'process.env' ? {} : { display: `${owner}.${name}` }) };
        }
        return bindingOf(name);
      }
      return parent.left.type === 'Identifier' ? bindingOf(parent.left.name) : NO_CONTEXT;
    }
    case 'BinaryExpression': {
      if (!EQUALITY_OPERATORS.has(parent.operator)) return NO_CONTEXT;
      const other = unwrapStringConversion(unwrapExpression(parent.left === child ? parent.right : parent.left));
      if (other.type === 'Identifier') return { type: 'comparison', name: other.name };
      if (other.type === 'MemberExpression') {
        const name = getMemberName(other);
        return name === undefined ? NO_CONTEXT : { type: 'comparison', name };
      }
      return NO_CONTEXT;
    }
    case 'LogicalExpression': {
      if (parent.right !== child || (parent.operator !== '||' && parent.operator !== '??')) return NO_CONTEXT;
      const found = findEnvReadIn(parent.left, sourceCode);
      if (found) {
        return { type: 'fallback', variable: found.name, expression: parent, withoutFallback: sourceCode.getText(parent.left), ...otherEnvDisplay(parent.left, found.read, sourceCode) };
      }
      // `getFileEnv(BASIC_AUTH_PASSWORD) || '…'`: a helper that reads the environment.
      const helper = getHelperEnvRead(parent.left, sourceCode);
      if (helper) return { type: 'fallback', ...helper, expression: parent, withoutFallback: sourceCode.getText(parent.left) };
      // `config.get<string>('JWT_SECRET') ?? '…'`
      const key = getConfigKey(parent.left);
      if (key === undefined) return NO_CONTEXT;
      const read = sourceCode.getText(parent.left);
      return { type: 'fallback', variable: key, expression: parent, withoutFallback: read, display: read };
    }
    case 'ConditionalExpression': {
      if (parent.test === child) return NO_CONTEXT;
      const found = parent.alternate === child ? findEnvReadIn(parent.test, sourceCode) : undefined;
      // `process.env.API_KEY ? 'Enabled' : 'Disabled'`: a choice between two labels, where neither
      // branch is the variable's value; a fallback's other branch uses the read (`X ? X.trim() : '…'`).
      if (found && sourceCode.getText(parent.consequent).includes(sourceCode.getText(found.read))) return { type: 'fallback', variable: found.name, expression: parent, withoutFallback: sourceCode.getText(parent.consequent), ...otherEnvDisplay(parent.test, found.read, sourceCode) };
      // `process.env.REDIS_URL ?? (isProd ? undefined : 'redis://localhost:6379')`: a branch of the read's fallback.
      const outer = valueChild(parent).parent;
      return outer?.type === 'LogicalExpression' ? fallbackOf(parent, sourceCode) : NO_CONTEXT;
    }
    case 'CallExpression': {
      if (parent.arguments[0] === child) {
        if (parent.callee.type !== 'MemberExpression') return NO_CONTEXT;
        // env-var: without its default, `.required()` makes a missing variable fail where it is read.
        const envVar = getEnvVarDefaultRead(parent);
        if (envVar && isEnvVarRead(envVar.read, sourceCode.getScope(envVar.read))) {
          // `.required(false).default('…')` becomes `.required()`.
          const before = unwrapExpression(parent.callee.object);
          const optional = before.type === 'CallExpression' && before.callee.type === 'MemberExpression' && getPropertyName(before.callee) === 'required' ? before.callee.object : before;
          return { type: 'fallback', variable: envVar.variable, expression: parent, withoutFallback: `${sourceCode.getText(optional)}.required()`, display: sourceCode.getText(envVar.read) };
        }
        const variable = getSchemaDefaultVariable(parent);
        return variable === undefined ? NO_CONTEXT : { type: 'fallback', variable, expression: parent, withoutFallback: sourceCode.getText(parent.callee.object) };
      }
      // A default is handed second, or third after a value type: the position first, as in `isFallbackPosition`.
      if (parent.arguments[1] !== child && parent.arguments[2] !== child) return NO_CONTEXT;
      const callee = parent.callee;
      const first = parent.arguments[0];
      if (!first || first.type !== 'Literal' || typeof first.value !== 'string' || first.value.length === 0) return NO_CONTEXT;
      // `res.setHeader('x-api-key', '…')`, `headers.set('Authorization', '…')`: the header's name names the value.
      if (parent.arguments[1] === child && parent.arguments.length === 2 && isHeaderSetter(callee) && isHeaderName(first.value)) return bindingOf(first.value);
      if (isEnvHelper(callee)) {
        if (parent.arguments[1] !== child || !isEnvVarName(first.value)) return NO_CONTEXT;
        // Named as written: `env('DATABASE_PASSWORD')`, `Env.get('MONGO_HOST')`.
        const withoutFallback = `${sourceCode.getText(callee)}(${sourceCode.getText(first)})`;
        return { type: 'fallback', variable: first.value, expression: parent, withoutFallback, display: withoutFallback };
      }
      // commander's `.option('-p, --password <password>', 'description', '…')`: the default is the value whenever the flag is not given.
      if (parent.arguments[2] === child && isOptionDeclaration(callee)) {
        const flag = getLongFlagName(first.value);
        return flag === undefined ? NO_CONTEXT : bindingOf(flag);
      }
      // `configService.get('session.secret', '…')`: the key names what the default stands for.
      if (!isConfigGetter(callee)) return NO_CONTEXT;
      const index = getConfigDefaultIndex(parent);
      if (parent.arguments[index] !== child || parent.arguments.length !== index + 1) return NO_CONTEXT;
      const withoutFallback = `${sourceCode.getText(callee)}(${parent.arguments.slice(0, index).map((argument) => sourceCode.getText(argument)).join(', ')})`;
      return { type: 'fallback', variable: first.value, expression: parent, withoutFallback, display: withoutFallback };
    }
    default:
      return NO_CONTEXT;
  }
}

/** Methods that declare a command-line option with its default: commander's and yargs' `option()`, commander's `requiredOption()`, yargs' `positional()`. */
const OPTION_DECLARATIONS: ReadonlySet<string> = new Set(['option', 'requiredOption', 'positional']);

function isOptionDeclaration(callee: TSESTree.Node): boolean {
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && OPTION_DECLARATIONS.has(callee.property.name);
}

/** The long flag of commander's flags: `api-key` of `-k, --api-key <key>`; none without one. */
function getLongFlagName(flags: string): string | undefined {
  const at = flags.indexOf('--');
  if (at === -1) return undefined;
  let end = at + 2;
  while (end < flags.length && /[\w-]/.test(flags.charAt(end))) end++;
  return end > at + 2 ? flags.slice(at + 2, end) : undefined;
}

/** The option that a yargs options object declares: `password` of `.option('password', { default })`. */
function getDeclaredOptionName(object: TSESTree.ObjectExpression): string | undefined {
  const call = object.parent;
  if (call.type !== 'CallExpression' || call.arguments[1] !== object || !isOptionDeclaration(call.callee)) return undefined;
  const first = call.arguments[0];
  return first?.type === 'Literal' && typeof first.value === 'string' && first.value.length > 0 ? first.value : undefined;
}

/** Methods that set a request's or a response's header by name: Node's, Express's, superagent's, the Fetch API's `Headers`. */
const HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'setRequestHeader', 'header', 'set', 'append']);

function isHeaderSetter(callee: TSESTree.Node): boolean {
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && HEADER_SETTERS.has(callee.property.name);
}

/**
 * An HTTP header's name as a setter is given it: `Authorization`, or hyphenated (`x-api-key`,
 * `X-Auth-Token`), which a key of the program's own (`map.set('token', …)`) is not.
 */
function isHeaderName(name: string): boolean {
  return AUTHORIZATION_HEADERS.has(name.toLowerCase()) || (name.includes('-') && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/i.test(name));
}

/**
 * How a name ends when its last word is one of HOST_KEY_WORDS, tested before the words are split.
 * A literal, so that tests/robustness/regexps.test.ts checks it runs in linear time.
 */
const HOST_KEY_END = /(?:host|hostname|server)$/i;

/**
 * A default for a value given at run time: `options.url ?? 'redis://localhost:6379'`,
 * `function connect(url = 'redis://localhost:6379')`, `const { url = '…' } = options`. The
 * caller, not this code, attaches the resource; the default is a library's or a local run's.
 */
function isRuntimeDefault(node: TSESTree.Node): boolean {
  const child = valueChild(node);
  const parent = child.parent;
  if (parent?.type === 'LogicalExpression') return parent.right === child && (parent.operator === '||' || parent.operator === '??');
  return parent?.type === 'AssignmentPattern' && parent.right === child;
}

/** The remote host of a string that is one `http(s)://` URL: `http://es.prod.internal:9200` gives `es.prod.internal`. */
function getHttpUrlHost(value: string): string | undefined {
  if (!HTTP_URL_START.test(value) || /\s/.test(value)) return undefined;
  const url = findUrls(value)[0];
  const host = url?.start === 0 && url.hosts.length === 1 ? url.hosts[0] : undefined;
  return host === undefined || host.includes(UNKNOWN) ? undefined : getRemoteHostName(host);
}

const HTTP_URL_START = /^https?:\/\//i;

/** The last word of a key that holds a service's URL: `url`, `couchdbUri`, `ES_ENDPOINT`, elasticsearch's `node`. */
const URL_KEY_WORDS: ReadonlySet<string> = new Set(['url', 'uri', 'endpoint', 'node', 'nodes']);
/**
 * Backing services reached over HTTP, whose URL under their key is their location. Not a generic
 * `db` or `database`: `databaseURL: 'https://app.firebaseio.com'` is a hosted product's address.
 */
const HTTP_SERVICES: ReadonlySet<string> = new Set(['elasticsearch', 'opensearch', 'couchdb', 'influxdb', 'clickhouse']);
/** How such a key ends, tested before its words are split (a literal, so its run time is checked). */
const URL_KEY_END = /(?:url|uri|endpoint|nodes?)$/i;

/** Words that say which instance or what part of a service's settings: `primaryDb`, `redisOptions`. */
const SERVICE_ROLE_WORDS = new Set([
  'primary',
  'replica',
  'read',
  'write',
  'main',
  'master',
  'slave',
  'default',
  'app',
  'shared',
  'remote',
  'options',
  'opts',
  'config',
  'conf',
  'settings',
  'connection',
  'conn',
  'client',
  'cluster',
  'server',
  'pool',
  'store',
]);

/**
 * The service named by the words of a key: one service word among role words (`db`, `primaryDb`,
 * `REDIS_OPTIONS`) or a service written as two words (`mongoDb`). A provider's name is not one:
 * `FastMail`, `ElasticEmail` in a table of mail providers.
 */
function getServiceOfWords(words: readonly string[]): string | undefined {
  let service: string | undefined;
  for (const word of words) {
    const named = SERVICE_KEY_WORDS.get(word);
    if (named !== undefined && service === undefined) service = named;
    else if (!SERVICE_ROLE_WORDS.has(word)) return SERVICE_KEY_WORDS.get(words.join('')) ?? getPrefixedService(words);
  }
  return service;
}

/**
 * `latatuadoraMysqlServer`, `shopRedisCluster`: a project's name, then a service word and a role
 * word; the role word makes it a service's key rather than a provider's name (`FastMail`).
 */
function getPrefixedService(words: readonly string[]): string | undefined {
  if (words.length < 3 || !SERVICE_ROLE_WORDS.has(words[words.length - 1] ?? '')) return undefined;
  return SERVICE_KEY_WORDS.get(words[words.length - 2] ?? '');
}

/**
 * The service of a name that writes a service word and an end word as one word: libpq's `PGHOST`,
 * `dbhost`, `MAILSERVER`. Not `sqlserver` (SQL Server itself) or `webserver`: the part before the end
 * word must be a service word.
 */
function getJoinedService(word: string, endWords: ReadonlySet<string>): string | undefined {
  for (const end of endWords) {
    if (word.length > end.length && word.endsWith(end)) {
      const service = SERVICE_KEY_WORDS.get(word.slice(0, word.length - end.length));
      if (service !== undefined) return service;
    }
  }
  return undefined;
}

/**
 * The backing service whose host (or, with other `endWords`, whose URL) a key path holds: `DB_HOST`, `smtpServer`, `PRIMARY_DB_HOST` (the
 * words before the host word), `redis.host`, `dataSource.host`, `redisOptions.host`,
 * `db.primary.host` (a key up to two levels above). Undefined for other paths.
 */
function getHostService(path: readonly string[], endWords: ReadonlySet<string> = HOST_KEY_WORDS): string | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  const words = splitWords(last);
  const hostWord = words[words.length - 1];
  if (hostWord === undefined) return undefined;
  if (!endWords.has(hostWord)) return words.length === 1 ? getJoinedService(hostWord, endWords) : undefined;
  if (words.length > 1) return getServiceOfWords(words.slice(0, -1)) ?? (words.length === 2 ? SERVICE_PREFIX_WORDS.get(words[0] ?? '') : undefined);
  for (let index = path.length - 2; index >= 0 && index >= path.length - 3; index--) {
    const service = getServiceOfWords(splitWords(path[index] ?? ''));
    if (service !== undefined) return service;
  }
  return undefined;
}

/** Keys whose values are compared against, not configured: `showIf: { smtp_host: '…' }`, `where: { dbHost }`. */
const CONDITION_KEYS = new Set(['if', 'when', 'where', 'match', 'filter', 'filters', 'condition', 'conditions', 'criteria', 'query', 'predicate']);

/** A key that holds a condition: one of CONDITION_KEYS, or a name ending in `If` (`showIf`, `hide_if`). */
function isConditionKey(key: string): boolean {
  if (CONDITION_KEYS.has(key.toLowerCase())) return true;
  const words = splitWords(key);
  return words.length > 1 && words[words.length - 1] === 'if';
}

/**
 * `if (!config.secret || config.secret === 'thisShouldBeARandomlyGeneratedFixedString') throw …`:
 * an equality whose truth makes the code throw rejects the value (a sample copied from the docs);
 * it grants nothing. `!==` there demands the value and is still a login check.
 */
function isRejectedValue(literal: TSESTree.Node): boolean {
  const comparison = literal.parent;
  if (comparison?.type !== 'BinaryExpression' || (comparison.operator !== '===' && comparison.operator !== '==')) return false;
  let child: TSESTree.Node = comparison;
  let parent = child.parent;
  while (parent?.type === 'LogicalExpression' && parent.operator !== '??') {
    child = parent;
    parent = child.parent;
  }
  if (parent?.type !== 'IfStatement' || parent.test !== child) return false;
  const consequent = parent.consequent;
  const last = consequent.type === 'BlockStatement' ? consequent.body.at(-1) : consequent;
  return last !== undefined && (last.type === 'ThrowStatement' || isProcessExitStatement(last));
}


/**
 * `secret && secret !== 'default-secret' ? secret : undefined`: the compared value is kept only
 * when it differs from the literal and dropped otherwise, so the literal is a default the code
 * refuses (better-auth's legacy secret), not a credential it grants access for.
 */
function isDiscardedValue(literal: TSESTree.Node): boolean {
  const comparison = literal.parent;
  if (comparison?.type !== 'BinaryExpression' || !EQUALITY_OPERATORS.has(comparison.operator)) return false;
  const compared = comparison.left === literal ? comparison.right : comparison.left;
  const differs = comparison.operator === '!==' || comparison.operator === '!=';
  let child: TSESTree.Node = comparison;
  let parent = child.parent;
  // `a && a !== 'x' ? a : undefined`; `a === 'x' || !a ? undefined : a`.
  while (parent?.type === 'LogicalExpression' && parent.operator === (differs ? '&&' : '||')) {
    child = parent;
    parent = child.parent;
  }
  if (parent?.type !== 'ConditionalExpression' || parent.test !== child) return false;
  const kept = differs ? parent.consequent : parent.alternate;
  const dropped = differs ? parent.alternate : parent.consequent;
  return isNothing(unwrapExpression(dropped)) && isSameReference(unwrapExpression(kept), unwrapExpression(compared));
}

/** The same variable or non-computed property chain: `secret`, `options.secret`. */
function isSameReference(a: TSESTree.Node, b: TSESTree.Node): boolean {
  if (a.type === 'Identifier') return b.type === 'Identifier' && a.name === b.name;
  if (a.type === 'ThisExpression') return b.type === 'ThisExpression';
  if (a.type !== 'MemberExpression' || b.type !== 'MemberExpression' || a.computed || b.computed) return false;
  return a.property.type === 'Identifier' && b.property.type === 'Identifier' && a.property.name === b.property.name && isSameReference(a.object, b.object);
}

/**
 * Words that make a table a deny-list: `WEAK_DEFAULTS = { JWT_SECRET: '…' }`, `insecureDefaults`,
 * `BLOCKED_PASSWORDS`. Its values are listed so that configuration holding them is refused.
 */
const REFUSED_VALUE_WORDS = new Set([
  'weak',
  'insecure',
  'unsafe',
  'banned',
  'forbidden',
  'blocked',
  'blocklist',
  'blocklisted',
  'blacklist',
  'blacklisted',
  'denylist',
  'denylisted',
  'disallowed',
  'rejected',
  'compromised',
  'leaked',
]);

/**
 * Words that make a table one of names or stand-ins: `foreignKeySuffixes = { shared_credentials:
 * 'c68e…' }` (the suffixes of a migration's key names, filed under table names), `labels.apiKey`,
 * `placeholders.token`, `redactedTokens.token`. Its keys say what each entry is for; no value is a
 * secret. Mock data is not among them: `strict` reports its secrets (`mockEvent.user.verificationToken`).
 */
const NAME_TABLE_WORDS = new Set([
  'prefix',
  'prefixes',
  'suffix',
  'suffixes',
  'label',
  'labels',
  'column',
  'columns',
  'translation',
  'translations',
  'placeholder',
  'placeholders',
  'masked',
  'redacted',
]);

/** A key path under a table named with one of `words` (any segment but the key itself). */
function isTableNamed(path: readonly string[], words: ReadonlySet<string>): boolean {
  for (let index = 0; index < path.length - 1; index++) {
    if (splitWords(path[index] ?? '').some((word) => words.has(word))) return true;
  }
  return false;
}


/** A bare `pass` is a password next to a `user` key or under `auth`. */
function isPasswordInContext(context: Extract<ValueContext, { type: 'binding' }>): boolean {
  const object = context.object;
  if (object) {
    for (const property of object.properties) {
      if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && USER_KEYS.has(property.key.name)) return true;
    }
  }
  const parentKey = context.path.length >= 2 ? context.path[context.path.length - 2] : undefined;
  return parentKey !== undefined && CREDENTIAL_PARENTS.has(parentKey.toLowerCase());
}

/**
 * The text of a string expression with unknown parts replaced by `UNKNOWN`:
 * `` `postgres://app:${PASSWORD}@${host}/db` `` with `const PASSWORD = 'x'` → `postgres://app:x@\0/db`.
 */
function getPartialText(node: TSESTree.Node, scope: Scope | undefined, depth = 0): string {
  const target = unwrapExpression(node);
  if (depth > 6) return UNKNOWN;
  switch (target.type) {
    case 'Literal':
      return typeof target.value === 'string' || typeof target.value === 'number' ? String(target.value) : UNKNOWN;
    case 'TemplateLiteral': {
      let text = target.quasis[0]?.value.cooked ?? UNKNOWN;
      for (let i = 0; i < target.expressions.length; i++) {
        const expression = target.expressions[i];
        text += expression ? getPartialText(expression, scope, depth + 1) : UNKNOWN;
        text += target.quasis[i + 1]?.value.cooked ?? UNKNOWN;
      }
      return text;
    }
    case 'BinaryExpression': {
      if (target.operator !== '+') return UNKNOWN;
      // A chain of pieces (a key split line by line, `'-----BEGIN…\n' + 'MIIE…\n' + …`) is read
      // whole: its length does not count against the depth, which limits the consts followed.
      const pieces: TSESTree.Node[] = [];
      let current: TSESTree.Node = target;
      while (current.type === 'BinaryExpression' && current.operator === '+') {
        pieces.push(current.right);
        current = unwrapExpression(current.left as TSESTree.Expression);
      }
      pieces.push(current);
      let text = '';
      for (let index = pieces.length - 1; index >= 0; index--) text += getPartialText(pieces[index] as TSESTree.Node, scope, depth + 1);
      return text;
    }
    case 'Identifier': {
      const init = getConstInitializer(target, scope);
      if (init) return getPartialText(init, scope, depth + 1);
      return getStaticString(target, scope) ?? UNKNOWN;
    }
    default:
      return getStaticString(target, scope) ?? UNKNOWN;
  }
}

/**
 * What an expression stands for in this file: through `const`s, TS wrappers (`{ … } as const`)
 * and properties of `const` objects (`config.jwt.secret`), a few steps deep.
 */
function resolveObject(node: TSESTree.Node, scope: Scope | undefined, depth = 0): TSESTree.Node {
  const target = unwrapExpression(node);
  if (depth > 4) return target;
  if (target.type === 'Identifier') {
    const init = getConstInitializer(target, scope);
    return init ? resolveObject(init, scope, depth + 1) : target;
  }
  if (target.type === 'MemberExpression') {
    const name = getMemberName(target);
    const object = name === undefined ? undefined : resolveObject(target.object, scope, depth + 1);
    if (object?.type !== 'ObjectExpression') return target;
    const value = getObjectProperties(object, scope)?.properties.get(name ?? '')?.value;
    return value ? resolveObject(value, scope, depth + 1) : target;
  }
  return target;
}

/**
 * Whether `node` runs only when an environment variable is unset: the `else` of
 * `if (process.env.PORT)` (or of `?:`), the branch of `if (!process.env.PORT)`. Up to the
 * enclosing function.
 */
function isEnvDefaultBranch(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      const test = unwrapExpression(parent.test);
      if (child === parent.alternate && getEnvReadName(test) !== undefined) return true;
      if (child === parent.consequent && test.type === 'UnaryExpression' && test.operator === '!' && getEnvReadName(test.argument) !== undefined) return true;
    } else if (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression' || parent.type === 'FunctionDeclaration') {
      return false;
    }
  }
  return false;
}

/**
 * Whether an options object leaves `key` out (unless `required`) or sets it to one of `members`
 * (`transport: Transport.TCP`).
 */
function hasMemberOrNone(options: TSESTree.Node, condition: { readonly key: string; readonly members: readonly string[] }, scope: Scope, required = false): boolean {
  const object = getObjectProperties(resolveObject(options, scope), scope);
  if (!object) return false;
  const property = object.properties.get(condition.key);
  if (!property) return !required && object.complete;
  const value = unwrapExpression(property.value);
  return value.type === 'MemberExpression' && condition.members.includes(getPropertyName(value) ?? '');
}

/** The literal a value node is, or is bound to one `const` step back. */
function resolveLiteral(node: TSESTree.Node, scope: Scope | undefined): TSESTree.Literal | TSESTree.TemplateLiteral | undefined {
  let target: TSESTree.Node = unwrapExpression(node);
  if (target.type === 'Identifier') {
    const init = getConstInitializer(target, scope);
    if (!init) return undefined;
    target = unwrapExpression(init);
  }
  if (target.type === 'Literal') return target;
  if (target.type === 'TemplateLiteral' && target.expressions.length === 0) return target;
  return undefined;
}

function literalString(node: TSESTree.Literal | TSESTree.TemplateLiteral): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  return node.quasis[0]?.value.cooked ?? undefined;
}

/** `api.stripe.com` → `STRIPE_API_URL`. */
const API_URL_SUFFIX = '_API_URL';

/** `api.stripe.com` as a host option → `STRIPE_API_HOST`. */
function envNameForHostOption(host: string): string {
  const name = envNameForHost(host);
  return name.endsWith(API_URL_SUFFIX) ? `${name.slice(0, -API_URL_SUFFIX.length)}_API_HOST` : 'API_HOST';
}

/**
 * Second-level labels under which country-code domains are registered (`shop.co.uk`,
 * `acme.com.au`, `corp.com.bd`): the name that says the service is the label before them.
 */
const COUNTRY_SECOND_LEVELS: ReadonlySet<string> = new Set(['ac', 'co', 'com', 'edu', 'go', 'gob', 'gov', 'gv', 'ltd', 'mil', 'ne', 'net', 'nic', 'or', 'org', 'plc', 'sch']);

function envNameForHost(host: string): string {
  const labels = host.split('.').filter((label) => label.length > 0 && label !== 'www' && label !== 'api');
  const last = labels.length - 1;
  const underCountry = labels.length >= 3 && labels[last]?.length === 2 && COUNTRY_SECOND_LEVELS.has(labels[last - 1] ?? '');
  const meaningful = underCountry ? labels[last - 2] : labels.length >= 2 ? labels[last - 1] : labels[0];
  const name = meaningful && !/^\d+$/.test(meaningful) ? toEnvName([meaningful]) : '';
  return name ? `${name}${API_URL_SUFFIX}` : 'API_URL';
}

/** `Buffer.from(x)`, `String(x)`, `encoder.encode(x)`: calls that only change a value's type. */
function isValueWrapper(callee: TSESTree.Node): boolean {
  if (callee.type === 'Identifier') return callee.name === 'String' || callee.name === 'createSecretKey';
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
  const method = callee.property.name;
  return method === 'encode' || method === 'createSecretKey' || (method === 'from' && callee.object.type === 'Identifier' && callee.object.name === 'Buffer');
}

/**
 * The host of an `http(s)://` URL that names a remote machine: written out (not `${…}`), not
 * local, not a placeholder (`example.com`, `yourdomain.com`).
 */
function getRemoteHttpHost(text: string): string | undefined {
  if (!text.startsWith('http://') && !text.startsWith('https://')) return undefined;
  let host = findUrls(text)[0]?.hosts[0];
  // `${TORN_API_BASE}${path}` with `TORN_API_BASE = 'https://api.torn.com'`: a whole domain name, then
  // what the code adds (a path, a port); `https://api.${domain}` names no host.
  if (host?.includes(UNKNOWN)) {
    const known = host.slice(0, host.indexOf(UNKNOWN));
    host = DOMAIN_NAME.test(known) ? known : undefined;
  }
  return host === undefined || isLocalHost(host) || isPlaceholderHost(host) || isInstanceMetadataHost(host) ? undefined : host;
}

/** A domain name whose last label is a top-level domain's shape: `api.torn.com`, not `api.` or `10.0.0`. */
const DOMAIN_NAME = /^(?:[a-z\d-]+\.)+[a-z]{2,24}$/i;

/** Cloud platforms' metadata services, at the same address on every machine: `metadata.google.internal`, AWS's IPv6 one. */
const INSTANCE_METADATA_HOSTS: ReadonlySet<string> = new Set(['metadata.google.internal', 'metadata.goog', 'fd00:ec2::254']);

/**
 * The instance metadata service a process asks for its machine's credentials and identity (AWS's
 * and Azure's `169.254.169.254`, ECS's `169.254.170.2`): a link-local address (`169.254.0.0/16`)
 * or name that is the same on every deploy, so nothing to configure.
 */
function isInstanceMetadataHost(host: string): boolean {
  const lower = host.toLowerCase();
  return INSTANCE_METADATA_HOSTS.has(lower) || (lower.startsWith('169.254.') && isIPv4(lower));
}

/**
 * The call of `method` in a chain of calls on what `made` returns: `.sign(key)` of
 * `new SignJWT(claims).setProtectedHeader({ alg }).sign(key)`; none when the chain stops first.
 */
function getChainedCall(made: TSESTree.Node, method: string): TSESTree.CallExpression | undefined {
  let current: TSESTree.Node = made;
  for (let depth = 0; depth < 16; depth++) {
    const member = current.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current || member.computed || member.property.type !== 'Identifier') return undefined;
    const call = member.parent;
    if (call.type !== 'CallExpression' || call.callee !== member) return undefined;
    if (member.property.name === method) return call;
    current = call;
  }
  return undefined;
}

/** `isProd ? 80 : 3000`, directly or as a `const`'s initializer: a choice by environment. */
function getEnvironmentChoice(node: TSESTree.Node, scope: Scope): TSESTree.ConditionalExpression | undefined {
  const target = node.type === 'Identifier' ? (getConstInitializer(node, scope) ?? node) : node;
  const choice = unwrapExpression(target);
  return choice.type === 'ConditionalExpression' && getEnvironmentBranch(choice.test) !== undefined ? choice : undefined;
}

/**
 * A port's static value: a number, or a string of digits, which `listen()` takes as a port too
 * (`app.listen('5501')`); any other string is a pipe or socket path.
 */
function getStaticPort(node: TSESTree.Node, scope: Scope): number | undefined {
  const number = getStaticNumber(node, scope);
  if (number !== undefined) return number;
  const text = getStaticString(node, scope);
  return text !== undefined && /^\d{1,5}$/.test(text) ? Number(text) : undefined;
}

/** Ports in the range a server binds to; 0 asks the OS for a free one. */
function isPort(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** Literals that are code, not data: module specifiers, directives, keys, literal types. */
function isStructuralLiteral(node: TSESTree.Literal, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSExternalModuleReference':
    case 'TSLiteralType':
    case 'TSImportType':
    case 'TSModuleDeclaration':
    case 'ImportAttribute':
      return true;
    case 'ExpressionStatement':
      return parent.directive !== undefined;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'TSPropertySignature':
      return parent.key === node;
    case 'TSEnumMember':
      return parent.id === node;
    case 'MemberExpression':
      return parent.property === node;
    case 'CallExpression':
      return parent.callee.type === 'Identifier' && parent.callee.name === 'require';
    default:
      return false;
  }
}

const DEFAULT_OPTIONS: Options[0] = {
  strict: false,
  tokenFormats: true,
  connectionStrings: true,
  backingServices: true,
  secretNames: true,
  secretSinks: true,
  envFallbacks: true,
  listenPorts: true,
  allowedNames: [],
  allowedValues: [],
  additionalTokenPatterns: [],
  entropyMinLength: DEFAULT_ENTROPY_SETTINGS.minLength,
  entropyHexThreshold: DEFAULT_ENTROPY_SETTINGS.hexThreshold,
  entropyBase64Threshold: DEFAULT_ENTROPY_SETTINGS.base64Threshold,
};

/**
 * Formats that browser code carries by design: a Google API key is restricted by referrer, and a
 * JWT there is a public anon key or recorded data. In a minified file they are not reported.
 */
const BROWSER_PUBLIC_FORMATS: ReadonlySet<string> = new Set(['google-api-key', 'jwt']);

const compileOptions = derivedFromOptions((options: Options[0]) => {
  const strict = options.strict === true;
  const checks = {
    tokens: options.tokenFormats !== false,
    connections: options.connectionStrings !== false,
    backing: options.backingServices !== false,
    names: options.secretNames !== false,
    sinks: options.secretSinks !== false,
    fallbacks: options.envFallbacks !== false,
    ports: options.listenPorts !== false,
    entropy: options.entropy ?? strict,
    remoteApis: options.remoteApis ?? strict,
    corsOrigins: options.corsOrigins ?? strict,
    clientPorts: options.clientPorts ?? strict,
    localUrls: options.localServiceUrls ?? strict,
    developmentSecrets: strict,
    refusedValueTables: strict,
    publicMailHosts: strict,
    publicClientKeys: strict,
  };
  const entropySettings: EntropySettings = {
    minLength: options.entropyMinLength ?? DEFAULT_ENTROPY_SETTINGS.minLength,
    hexThreshold: options.entropyHexThreshold ?? DEFAULT_ENTROPY_SETTINGS.hexThreshold,
    base64Threshold: options.entropyBase64Threshold ?? DEFAULT_ENTROPY_SETTINGS.base64Threshold,
  };
  const allowedNames = compileMatchers(options.allowedNames);
  const allowedValues = compileMatchers(options.allowedValues);
  const custom = compileCustomFormats(options.additionalTokenPatterns);
  // A minified file is output: only a credential format leaks wherever it is written.
  const minifiedChecks = Object.fromEntries(Object.keys(checks).map((key) => [key, key === 'tokens' && checks.tokens])) as typeof checks;
  return { checks, minifiedChecks, entropySettings, allowedNames, allowedValues, custom };
});

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hardcoded secrets, credentials, backing-service locations and listen ports',
      factor: 'III',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          strict: {
            type: 'boolean',
            description: 'Turn on the stricter checks: entropy, remote API URLs, CORS origins, client ports and local hosts, local service URLs, secrets in development settings.',
          },
          tokenFormats: { type: 'boolean', description: 'Report known credential formats (AWS, GitHub, Stripe, Slack, JWT, PEM private keys, ...) in any string.' },
          connectionStrings: { type: 'boolean', description: 'Report passwords inside connection strings (URLs of any scheme and key=value forms).' },
          backingServices: { type: 'boolean', description: 'Report non-local backing-service URLs and hosts, and passwords passed to known clients.' },
          secretNames: { type: 'boolean', description: 'Report credential-like literals bound to secret-named variables, properties and comparisons.' },
          secretSinks: { type: 'boolean', description: 'Report any literal passed as a JWT, session, cookie or HMAC secret.' },
          envFallbacks: { type: 'boolean', description: 'Report secret fallbacks of environment reads (`process.env.JWT_SECRET || "dev"`).' },
          listenPorts: { type: 'boolean', description: 'Report literal ports, and bind addresses of one machine, passed to `.listen()` and server options.' },
          entropy: { type: 'boolean', description: 'Report random-looking values under secret-ish names when no format matches (default: the value of `strict`).' },
          remoteApis: { type: 'boolean', description: 'Report hardcoded remote HTTP API URLs passed to fetch, axios, got, undici, ... (default: the value of `strict`).' },
          corsOrigins: { type: 'boolean', description: 'Report hardcoded origins allowed by cors, @koa/cors, hono/cors, @fastify/cors, socket.io and NestJS (default: the value of `strict`).' },
          clientPorts: { type: 'boolean', description: 'Report literal ports and local hosts passed to backing-service clients (default: the value of `strict`).' },
          localServiceUrls: { type: 'boolean', description: 'Report local backing-service URLs written without an environment read (default: the value of `strict`).' },
          allowedNames: slashRegexListSchema('Names (variables, keys, environment variables) never reported; `/regex/flags` entries are regular expressions.'),
          allowedValues: slashRegexListSchema('Values never reported; `/regex/flags` entries are regular expressions.'),
          additionalTokenPatterns: {
            type: 'array',
            description: 'Extra credential formats: a name, a linear-time regular expression source, and an optional literal prefix used as a cheap pre-test.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'pattern'],
              properties: {
                name: { type: 'string', minLength: 1, description: 'What messages call the credential.' },
                pattern: { type: 'string', minLength: 1, format: 'regex', description: 'Regular expression source (compiled with the `u` flag); it must compile.' },
                prefix: { type: 'string', minLength: 1, description: 'A literal every match contains; strings without it skip the pattern.' },
              },
            },
          },
          entropyMinLength: { type: 'integer', minimum: 8, description: 'Shortest value the entropy check considers.' },
          entropyHexThreshold: {
            type: 'number',
            minimum: 0,
            maximum: 1.5,
            description: 'Fraction of the entropy of a random hex string of the same length a hex value must reach.',
          },
          entropyBase64Threshold: {
            type: 'number',
            minimum: 0,
            maximum: 1.5,
            description: 'Fraction of the entropy of a random base64 string of the same length other values must reach.',
          },
        },
      },
    ],
    defaultOptions: [DEFAULT_OPTIONS],
    messages: {
      tokenFormat: "Factor III: hardcoded {{format}} ('{{masked}}'). Revoke it and read it from the environment, e.g. `process.env.{{envName}}`.",
      tokenFallback:
        "Factor III: `{{variable}}` falls back to a hardcoded {{format}} ('{{masked}}'). Revoke it and remove the fallback so a missing variable fails loudly instead of running with a key anyone can read in the code.",
      connectionCredentials:
        "Factor III: password in a hardcoded {{scheme}} connection string ('{{masked}}'). Read the connection string from the environment, e.g. `process.env.{{envName}}`.",
      connectionFallback:
        "Factor III: `{{variable}}` falls back to a hardcoded {{scheme}} connection string with a password ('{{masked}}'). Remove the fallback so a missing variable fails loudly instead of connecting with credentials anyone can read in the code.",
      formCredentials: "Factor III: password in a hardcoded form body or query string ('{{masked}}'). Read it from the environment, e.g. `process.env.{{envName}}`.",
      querySecret:
        "Factor III: hardcoded credential in the `{{param}}` parameter of a URL ('{{masked}}'). Read it from the environment, e.g. `process.env.{{envName}}`, and add it to the URL at run time.",
      clientCredential: "Factor III: hardcoded password for {{client}} ('{{masked}}'). Read it from the environment, e.g. `process.env.{{envName}}`.",
      secretName: "Factor III: hardcoded {{kind}} in `{{name}}` ('{{masked}}'). Read it from the environment, e.g. `process.env.{{envName}}`.",
      loginCheck:
        "Factor III: `{{name}}` is compared with a hardcoded credential ('{{masked}}'). Compare with a value from the environment or a credential store, e.g. `process.env.{{envName}}`.",
      secretSink: "Factor III: hardcoded secret passed to {{sink}} ('{{masked}}'). Read it from the environment, e.g. `process.env.{{envName}}`.",
      envFallback:
        "Factor III: `{{variable}}` falls back to a hardcoded secret ('{{masked}}'). Remove the fallback so a missing variable fails loudly instead of running with a known secret.",
      backingServiceUrl: 'Factor IV: hardcoded {{service}} location `{{host}}`. Attach the backing service through the environment, e.g. `process.env.{{envName}}`.',
      backingServiceOption: 'Factor IV: hardcoded {{what}} `{{value}}` for {{client}}. Read it from the environment, e.g. `process.env.{{envName}}`.',
      backingServiceFallback:
        'Factor IV: `{{variable}}` falls back to the {{what}} `{{value}}`, so a deploy that does not set it attaches to that resource. Remove the fallback so a missing variable fails loudly.',
      listenPort: 'Factor VII: hardcoded listen port {{port}}. Bind to the port the environment assigns: `Number(process.env.PORT ?? {{port}})`.',
      listenPortDeno: "Factor VII: hardcoded listen port {{port}}. Bind to the port the environment assigns: `Number(Deno.env.get('PORT') ?? {{port}})`.",
      listenPortOwn: "Factor VII: hardcoded listen port {{port}}. The module's main listener takes `PORT`, so give this one a variable of its own: `Number(process.env.{{envName}} ?? {{port}})`.",
      listenPortOwnDeno: "Factor VII: hardcoded listen port {{port}}. The module's main listener takes `PORT`, so give this one a variable of its own: `Number(Deno.env.get('{{envName}}') ?? {{port}})`.",
      listenHost:
        'Factor VII: hardcoded bind address `{{host}}`, an address of one machine only. Listen on all interfaces, or read the address from the environment, e.g. `process.env.HOST`.',
      listenHostDeno:
        "Factor VII: hardcoded bind address `{{host}}`, an address of one machine only. Listen on all interfaces, or read the address from the environment, e.g. `Deno.env.get('HOST')`.",
      highEntropySecret:
        "Factor III: random-looking value in `{{name}}` ('{{masked}}') is probably a hardcoded secret. Read it from the environment, e.g. `process.env.{{envName}}`.",
      remoteServiceUrl: 'Factor IV: hardcoded URL of the remote service `{{host}}` passed to {{client}}. Read the base URL from the environment, e.g. `process.env.{{envName}}`.',
      remoteServiceHost: 'Factor IV: hardcoded host of the remote service `{{host}}` passed to {{client}}. Read the host from the environment, e.g. `process.env.{{envName}}`.',
      corsOrigin:
        "Factor III: hardcoded origin `{{host}}` allowed by {{client}}. Each deploy's front end has its own address: read the allowed origins from the environment, e.g. `{{read}}`.",
      localServiceUrl:
        'Factor IV: hardcoded local {{service}} URL (`{{host}}`). Read it from the environment, e.g. `process.env.{{envName}}`, so each deploy attaches its own resource.',
      useEnv: 'Replace it with `{{replacement}}`.',
      removeFallback: 'Remove the hardcoded fallback: `{{replacement}}`.',
    },
  },
  defaultOptions: [DEFAULT_OPTIONS],
  create(context, [options]) {
    return getAnalysis(readContext(context, 'id'), options)(context);
  },
});

type RuleContext = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** What the analysis holds of a file between files: nothing. */
const NO_FILE = undefined as never;

/**
 * The analysis, made once per rule id and distinct options value and used for every file linted
 * with them, one file at a time: ESLint calls a rule's `create` for a file and then its listeners,
 * up to `Program:exit`, before it starts the next file, and runs a rule id once per file. (The rule
 * registered under two names, two plugin namespaces, runs twice in a file: once per id, each with
 * an analysis of its own.) Its seventy-odd functions are made here once: declared inside `create`,
 * they were new closures for every file, about 3 µs per file (some 25 ms over the benchmark corpus)
 * before a single node was looked at. What belongs to a file lives in the variables below:
 * `startFile`, the function returned, sets them, and `Program:exit` lets them go
 * (tests/rules/file-isolation.test.ts).
 */
function getAnalysis(ruleId: string, options: Options[0]): (context: RuleContext) => TSESLint.RuleListener {
  let forOptions = analysesByRuleId.get(ruleId);
  if (!forOptions) {
    forOptions = derivedFromOptions(createAnalysis);
    analysesByRuleId.set(ruleId, forOptions);
  }
  return forOptions(options);
}

const analysesByRuleId = new Map<string, (options: Options[0]) => (context: RuleContext) => TSESLint.RuleListener>();

function createAnalysis(options: Options[0]): (context: RuleContext) => TSESLint.RuleListener {
  const compiled = compileOptions(options);
  const { entropySettings, allowedNames, allowedValues, custom } = compiled;
  // The file being linted and what is found in it.
  let context: RuleContext = NO_FILE;
  let sourceCode: Readonly<TSESLint.SourceCode> = NO_FILE;
  // Bundles and minified browser code hold recorded data and third-party code, not settings.
  let minified = false;
  let checks = compiled.checks;
  let scansConnections = false;
  const findings = new Map<TSESTree.Node, Finding>();
  /** String-expression roots (templates, concatenations) whose text was already scanned. */
  const scannedRoots = new Set<TSESTree.Node>();
  /** Concatenations whose destination was already looked at (and found to be nowhere in particular). */
  const contextCheckedRoots = new Set<TSESTree.Node>();
  let apps: AppIndex | undefined;
  /** The listeners whose port the module hands over, by port expression, and the fixes of the reported ones. */
  const listenSites: TSESTree.Node[] = [];
  const portFixes = new Map<TSESTree.Node, PortFix>();

  function add(finding: Finding): void {
    if (silenced?.has(finding.node)) return;
    const existing = findings.get(finding.node);
    if (existing && PRIORITY[existing.messageId] >= PRIORITY[finding.messageId]) return;
    findings.set(finding.node, finding);
  }

  /** Values a check that knows their client judged and let pass: no other check reports them. */
  let silenced: Set<TSESTree.Node> | undefined;
  function silence(node: TSESTree.Node): void {
    (silenced ??= new Set()).add(node);
    findings.delete(node);
  }

  function scopeOf(node: TSESTree.Node): Scope {
    return sourceCode.getScope(node);
  }

  /** `process` here is Node's global, not a local binding. */
  function isGlobalProcess(node: TSESTree.Node): boolean {
    const variable = ASTUtils.findVariable(scopeOf(node), 'process');
    return !variable || variable.defs.length === 0 || isProcessModuleBinding(variable);
  }

  let denoModule: boolean | undefined;
  /** A module written for Deno, whose fixes read `Deno.env.get('X')`; asked only when a finding is made. */
  function isDeno(): boolean {
    denoModule ??= isDenoModule(sourceCode);
    return denoModule;
  }

  /** How a fix reads a variable: `process.env.X`, or `Deno.env.get('X')` in a module written for Deno. */
  function envRead(envName: string): string {
    return isDeno() ? `Deno.env.get('${envName}')` : `process.env.${envName}`;
  }

  /**
   * The suggestion that replaces a whole string value by an environment read; with a `lead`, by a
   * template that keeps it before the read (`` `Bearer ${process.env.API_TOKEN}` ``).
   */
  function envSuggestion(node: TSESTree.Node, envName: string, valueContext: ValueContext, lead = ''): Suggestion | undefined {
    if (valueContext.type === 'fallback') {
      return valueContext.withoutFallback === undefined || lead ? undefined : { messageId: 'removeFallback', node: valueContext.expression, text: valueContext.withoutFallback };
    }
    const parent = node.parent;
    if (!parent || parent.type === 'TSEnumMember') return undefined;
    const read = lead ? `\`${lead}\${${envRead(envName)}}\`` : envRead(envName);
    return { messageId: 'useEnv', node, text: parent.type === 'JSXAttribute' ? `{${read}}` : read };
  }

  function contextEnvName(valueContext: ValueContext, fallback: string): string {
    // `{ Authorization: 'Bearer …' }`: a header's name says what carries the value, not what it is.
    if (valueContext.type === 'binding' && !AUTHORIZATION_HEADERS.has(valueContext.name.toLowerCase())) {
      // A key named like a variable (`{ MONGODB_URI: '…' }`) is that variable's value.
      if (valueContext.object !== undefined && isEnvVarName(valueContext.name) && !GENERIC_LOCATION_NAMES.has(valueContext.name)) return valueContext.name;
      // `DATABASE_URL`, `redis.url`, `githubToken` say what the value is; `url`, `conn`, `GH` say
      // less than the format's or service's own variable name.
      const name = pathEnvName(valueContext.path);
      if (name.includes('_') && !(valueContext.path.length === 1 && GENERIC_LOCATION_NAMES.has(name))) return name;
    }
    // A read by a computed name (`process.env[name]`) names no variable to suggest.
    if (valueContext.type === 'fallback' && !valueContext.variable.startsWith('[')) return valueContext.variable;
    return fallback;
  }

  /**
   * A generic credential name (`API_KEY`, `KEY_SECRET`) led by the service's name when the key is
   * an option of a call into that service's package: `new OpenAI({ apiKey })` suggests
   * `OPENAI_API_KEY` (the variable its SDK reads), `new Razorpay({ key_secret })`
   * `RAZORPAY_KEY_SECRET`, `cloudinary.config({ api_key })` `CLOUDINARY_API_KEY`.
   */
  function qualifyEnvName(envName: string, valueContext: Extract<ValueContext, { type: 'binding' }>): string {
    const object = valueContext.object;
    const call = object?.parent;
    if (valueContext.path.length !== 1 || !GENERIC_CREDENTIAL_ENV_NAMES.has(envName) || !object || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || !call.arguments.includes(object)) {
      return envName;
    }
    const module = getModuleOfValue(call.callee, scopeOf(call))?.module;
    const service = module === undefined ? undefined : getServiceEnvWord(module);
    return service === undefined || envName.startsWith(`${service}_`) ? envName : `${service}_${envName}`;
  }

  /** The variable to suggest for a backing service's URL: as `contextEnvName`, but `clientUrl` of a client is the scheme's variable. */
  function serviceEnvName(valueContext: ValueContext, schemeEnvName: string): string {
    const name = contextEnvName(valueContext, schemeEnvName);
    return valueContext.type === 'binding' && valueContext.path.length === 1 && !isEnvVarName(valueContext.name) && CLIENT_LOCATION_NAMES.has(name) ? schemeEnvName : name;
  }

  /**
   * The variable to suggest for a remote API's URL: the binding's own name, led by the service's
   * when it does not name it (`tokenUrl` of github.com: `GITHUB_TOKEN_URL`, not a `TOKEN_URL`
   * that every provider's module would share; a `STEAM_API_URL` constant keeps its name), else
   * the service's (`GITHUB_API_URL`).
   */
  function remoteEnvName(valueContext: ValueContext, host: string): string {
    const hostName = envNameForHost(host);
    const name = contextEnvName(valueContext, hostName);
    // A constant named like a variable (`STEAM_API_URL`) is the code's own choice of name.
    if (valueContext.type !== 'binding' || name === hostName || !hostName.endsWith(API_URL_SUFFIX) || isEnvVarName(valueContext.name)) return name;
    const service = hostName.slice(0, -API_URL_SUFFIX.length);
    return `_${name}_`.includes(`_${service}_`) ? name : `${service}_${name}`;
  }

  function contextNames(valueContext: ValueContext): string[] {
    switch (valueContext.type) {
      case 'binding':
        return [valueContext.name, valueContext.path.join('.'), toEnvName(valueContext.path)];
      case 'comparison':
        return [valueContext.name];
      case 'fallback':
        return [valueContext.variable];
      default:
        return [];
    }
  }

  /** Whether the `const` an options object is bound to has its `secret` set, or is handed to a call, elsewhere. */
  function isOptionsBindingSetElsewhere(options: TSESTree.ObjectExpression): boolean {
    const holder = options.parent;
    if (holder.type !== 'VariableDeclarator' || holder.init !== options || holder.id.type !== 'Identifier') return false;
    return isPropertySetElsewhere(holder.id, ['secret'], options, scopeOf(holder));
  }

  // --- checks 1–3 on the text of a string: tokens, credentials in connection strings, locations

  function scanTokens(node: TSESTree.Node, text: string, whole: boolean, valueContext: ValueContext): boolean {
    const match = findToken(text, custom.formats, custom.filter);
    if (!match) return false;
    reportToken(node, text, whole, match, valueContext);
    return true;
  }

  function reportToken(node: TSESTree.Node, text: string, whole: boolean, match: TokenMatch, valueContext: ValueContext): void {
    if (isDocumentedSample(node) || (minified && BROWSER_PUBLIC_FORMATS.has(match.format.id))) return;
    // A Firebase web app's configuration: its Google API key is published to browsers by design;
    // `strict` names it as configuration, without asking to revoke a key that is public anyway.
    if (match.format.id === 'google-api-key' && isPublishedClientKey(node)) {
      if (checks.publicClientKeys && valueContext.type === 'binding') addSecretName(node, 'API key', match.value, valueContext);
      return;
    }
    const vendorName = match.format.envName;
    let envName = valueContext.type === 'binding' || valueContext.type === 'fallback' ? contextEnvName(valueContext, vendorName) : vendorName;
    // `credentials: { accessKeyId: 'AKIA…' }`: the SDK reads AWS_ACCESS_KEY_ID, which the key's name ends.
    if (valueContext.type === 'binding' && (vendorName.endsWith(`_${envName}`) || vendorName.endsWith(`_${toEnvName([valueContext.name])}`))) envName = vendorName;
    // `process.env.JWT_SECRET || 'sk_live_…'`: the variable is read already; the fallback is the problem.
    const fallback = valueContext.type === 'fallback' && whole && isGlobalEnvFallback(valueContext);
    add({
      node,
      ...(fallback
        ? { messageId: 'tokenFallback', data: { variable: valueContext.display ?? envReadText(valueContext.variable), format: match.format.name, masked: maskSecret(match.value) } }
        : { messageId: 'tokenFormat', data: { format: match.format.name, masked: maskSecret(match.value), envName } }),
      values: [text, match.value],
      names: contextNames(valueContext),
      suggestion: whole ? tokenSuggestion(node, text, match, envName, valueContext) : undefined,
    });
  }

  /**
   * The value replaced by an environment read; a credential after a fixed lead (`'Bearer …'`,
   * `'token …'`) by a template that keeps the lead: `` `Bearer ${process.env.API_TOKEN}` ``.
   */
  function tokenSuggestion(node: TSESTree.Node, text: string, match: TokenMatch, envName: string, valueContext: ValueContext): Suggestion | undefined {
    if (match.value === text.trim()) return envSuggestion(node, envName, valueContext);
    const lead = text.slice(0, match.index);
    if (node.type !== 'Literal' || match.index + match.value.length !== text.length || /[`\\$]/.test(lead)) return undefined;
    return envSuggestion(node, envName, valueContext, lead);
  }

  function hasCredentials(url: ParsedUrl): boolean {
    if (url.password === undefined || isPlaceholderPassword(url.password)) return false;
    // Hosts interpolated at run time are unknown, not placeholders: the password is still written here.
    const hosts = url.hosts.filter((host) => !host.includes(UNKNOWN));
    if (hosts.some((host) => isPlaceholderHost(host))) return false;
    const allLocal = url.hosts.length === 0 || (hosts.length === url.hosts.length && hosts.every((host) => isLocalHost(host)));
    return !(allLocal && isLocalDefaultPassword(url.password, url.user));
  }

  /**
   * A value under a key that documents rather than configures (`placeholder`, `example`), also as
   * a branch of a choice there: `placeholder: isLocal ? 'mongodb://localhost/app' : 'mongodb+srv://user:pass@cluster.mongodb.net/'`.
   */
  function isDocumentation(node: TSESTree.Node, valueContext: ValueContext): boolean {
    if (isDocumentationKey(valueContext)) return true;
    let branch = valueChild(node);
    while (branch.parent?.type === 'ConditionalExpression' && branch.parent.test !== branch) branch = valueChild(branch.parent);
    return branch !== valueChild(node) && isDocumentationKey(getValueContext(branch, sourceCode));
  }

  /** Checks 2 and 3 (and `strict`'s local URLs) on a string value's text. */
  function scanConnectionText(node: TSESTree.Node, text: string, whole: boolean, valueContext: ValueContext): void {
    if (text.length < 8) return;
    if (text.includes('://')) {
      for (const url of findUrls(text)) {
        // A sentence showing the URL as a sample (`Must be in valid uri format like dotenv://:key_1234@…`).
        if (url.start > 0 && isIntroducedAsExample(text, url.start)) continue;
        const scheme = BACKING_SCHEMES.get(url.scheme);
        if (checks.connections && !scheme && reportQuerySecret(node, text, url, valueContext)) return;
        if (checks.connections && hasCredentials(url)) {
          const password = url.password ?? '';
          const envName = scheme ? serviceEnvName(valueContext, scheme.envName) : contextEnvName(valueContext, `${toEnvName([url.scheme]) || 'SERVICE'}_URL`);
          // `process.env.MONGO_URI || 'mongodb+srv://…'`: the variable is read already; the fallback is the problem.
          const fallback = valueContext.type === 'fallback' && whole && url.start === 0;
          add({
            node,
            ...(fallback
              ? { messageId: 'connectionFallback', data: { variable: valueContext.display ?? envReadText(valueContext.variable), scheme: url.scheme, masked: maskSecret(password) } }
              : { messageId: 'connectionCredentials', data: { scheme: url.scheme, masked: maskSecret(password), envName } }),
            values: [text, password],
            names: contextNames(valueContext),
            // Only a string that is the URL is replaced: a sentence around one keeps its words.
            suggestion: whole && url.start === 0 && !/\s/.test(text) ? envSuggestion(node, envName, valueContext) : undefined,
          });
          return;
        }
        // A location is reported only when the string is the URL, not a sentence naming one, the
        // documented default of an option (`{ default: 'mongodb://localhost/app' }`) or a schema's
        // example (`examples: ['postgres://database/customers/schema']`). A string built
        // from a URL and run-time parts counts when the host is written out:
        // `'mongodb://db.prod.internal/' + name` (no suggestion then: the parts stay).
        if (!scheme && whole && url.start === 0 && (reportServiceHttpUrl(node, text, url, valueContext) || reportQueueUrl(node, text, url, valueContext))) return;
        if (!scheme || url.start !== 0 || /\s/.test(text) || isDocumentation(node, valueContext) || isResourceIdentifier(node) || isReturnedSample(node) || isInsideExample(node)) continue;
        const hosts = url.hosts.filter((host) => !host.includes(UNKNOWN));
        if (hosts.length === 0 || hosts.some((host) => isPlaceholderHost(host))) continue;
        const remote = hosts.find((host) => !isLocalHost(host));
        const envName = serviceEnvName(valueContext, scheme.envName);
        if (remote !== undefined) {
          // `smtps://${user}:${pass}@smtp.gmail.com`: a public mail provider's endpoint, as in a transport's options.
          if (!checks.backing || (!checks.publicMailHosts && isPublicMailHost(remote))) continue;
          // A docker-compose name as the fallback of an env read is a development default, and as
          // the value of a key named like a variable (`{ MONGODB_URI: 'mongodb://mongo:27017/app' }`,
          // a container's or child process's environment, a generated compose file) it is the
          // environment being written, for a network where that name resolves.
          // So is one in code that runs only outside production, unless `strict` (`NODE_ENV === 'development' ? 'mongodb://db:27017' : …`).
          const composeOnly = hosts.every((host) => isLocalHost(host) || isSingleLabelHost(host));
          if (composeOnly && (valueContext.type === 'fallback' || isEnvironmentEntry(valueContext) || (!checks.developmentSecrets && isNonProductionOnly(node)))) continue;
          // `process.env.MQTT_URL || 'mqtt://broker.acme.io'`: the variable is read already; the fallback is the problem.
          if (valueContext.type === 'fallback' && whole && isGlobalEnvFallback(valueContext)) {
            addHostFallback(node, text, remote, `${scheme.service} host`, valueContext);
            return;
          }
          add({
            node,
            messageId: 'backingServiceUrl',
            data: { service: scheme.service, host: shortenForMessage(remote), envName },
            values: [text, remote],
            names: contextNames(valueContext),
            suggestion: whole ? envSuggestion(node, envName, valueContext) : undefined,
          });
        } else if (checks.localUrls && valueContext.type !== 'fallback' && !isRuntimeDefault(node)) {
          add({
            node,
            messageId: 'localServiceUrl',
            data: { service: scheme.service, host: shortenForMessage(hosts[0] ?? ''), envName },
            values: [text],
            names: contextNames(valueContext),
            suggestion: whole ? envSuggestion(node, envName, valueContext) : undefined,
          });
        }
        return;
      }
    }
    if (checks.connections) {
      const keyValue = findKeyValuePassword(text);
      if (keyValue && isKeyValueSecret(keyValue.value, text)) {
        if (isConnectionKeyValue(text)) {
          const envName = contextEnvName(valueContext, 'DATABASE_URL');
          add({
            node,
            messageId: 'connectionCredentials',
            data: { scheme: 'key=value', masked: maskSecret(keyValue.value), envName },
            values: [text, keyValue.value],
            names: contextNames(valueContext),
            suggestion: whole ? envSuggestion(node, envName, valueContext) : undefined,
          });
        } else {
          // `user=a&password=b`: only the password comes from the environment, not the whole text.
          add({
            node,
            messageId: 'formCredentials',
            data: { masked: maskSecret(keyValue.value), envName: 'PASSWORD' },
            values: [text, keyValue.value],
            names: contextNames(valueContext),
          });
        }
      }
    }
  }

  /**
   * `https://api.hypixel.net/v2/profile?key=c7201cc5-…`: an API key, token or client secret written
   * into a URL's query. Only a value that looks generated counts (not `?token=YOUR_TOKEN`, a page
   * token or a file key): at least 16 characters, random-looking, not a placeholder or a path.
   */
  function reportQuerySecret(node: TSESTree.Node, text: string, url: ParsedUrl, valueContext: ValueContext): boolean {
    const query = findQuerySecret(text, url);
    if (!query) return false;
    const { param, value } = query;
    if (value.length < 16 || value.length > 512 || value.includes(UNKNOWN) || value.includes('%') || isPublishedValue(value)) return false;
    // A UUID is an id elsewhere; under a credential's name it is a key (many APIs issue UUID keys).
    if (!isCredentialLikeValue(value, param) || isPlaceholderTokenBody(value) || !(UUID.test(value) || isRandomLooking(value, DEFAULT_ENTROPY_SETTINGS))) return false;
    const base = envNameForHost(url.hosts[0] ?? '').replace(/_?API_URL$/, '');
    const lower = param.toLowerCase();
    const suffix = lower === 'key' || lower === 'appid' || lower === 'hapikey' ? 'API_KEY' : toEnvName([param]);
    add({
      node,
      messageId: 'querySecret',
      data: { param, masked: maskSecret(value), envName: base ? `${base}_${suffix}` : suffix },
      values: [text, value],
      names: contextNames(valueContext),
    });
    return true;
  }

  function isKeyValueSecret(value: string, text: string): boolean {
    if (value.length < 4 || isPlaceholderPassword(value)) return false;
    if ('([$%{<:?\\'.includes(value[0] ?? '')) return false;
    // `password = basic["password"]` in a script a template holds: code, not a connection string.
    if (isCodeExpression(value)) return false;
    const lower = text.toLowerCase();
    return !(isLocalDefaultPassword(value, undefined) && (lower.includes('localhost') || lower.includes('127.0.0.1')));
  }

  // --- checks 4 and 6 (and `strict`'s entropy) on where a fully known string lands

  /**
   * `{ Authorization: 'a8f5f167…' }`, `req.headers.authorization === 'a8f5f167…'`: a key some APIs
   * take without a scheme (with one, `Bearer …`, the token scan finds it), judged as a bearer token.
   */
  function reportRawAuthorization(node: TSESTree.Node, value: string, valueContext: ValueContext & { name: string }): boolean {
    if (!checks.tokens || !AUTHORIZATION_HEADERS.has(valueContext.name.toLowerCase()) || isInsideExample(node)) return false;
    const match = findRawAuthorizationCredential(value);
    if (match) reportToken(node, value, true, match, valueContext);
    return match !== undefined;
  }

  function checkValueContext(node: TSESTree.Node, value: string, valueContext: ValueContext): void {
    // A Supabase anon key or Azurite's account key is published by design, whatever it is named or stands behind.
    if (valueContext.type === 'none' || isPublishedValue(value)) return;
    if (valueContext.type === 'fallback') {
      // `const { DB_HOST = 'db.prod.internal' } = process.env`: a deploy without it attaches there.
      if (checks.backing && reportHostFallback(node, value, valueContext)) return;
      if (!checks.fallbacks) return;
      // `import.meta.env.VITE_API_KEY || 'dev-key'`: a bundler builds a public variable into the
      // browser's code, so neither it nor its fallback is a secret (a known token format still is).
      if (isPublicEnvName(valueContext.variable)) return;
      const secretName = classifySecretName(valueContext.variable);
      if (!secretName || !isSecretFallbackValue(value)) return;
      // `process.env.LLM_API_KEY || 'not-needed'`: a key for a server that checks none (a local model server).
      if (secretName.kind === 'API key' && isNoKeyMarker(value)) return;
      // `process.env.PAYSTACK_SECRET_KEY || 'sk_test_xxxx'`: a stand-in for a key the vendor checks, not one the app does.
      if (isVendorKeyPlaceholder(value)) return;
      if (isGlobalEnvFallback(valueContext)) addEnvFallback(node, value, valueContext);
      return;
    }
    if (valueContext.type === 'comparison') {
      // `req.headers.authorization === 'a8f5f167…'`: the key every client must send, written here.
      if (reportRawAuthorization(node, value, valueContext)) return;
      if (!checks.names) return;
      const secretName = classifySecretName(valueContext.name);
      if (!secretName) return;
      // `email === 'ada@acme.io' && password === '1234'`, `user === 'root' && pass === 'toor'`: an
      // account and its password written out are a login, whatever the password looks like (a bare
      // `pass` included). A weak password alone is a strength check's.
      let paired: boolean | undefined;
      const isLogin = (): boolean => (paired ??= secretName.kind === 'password' && isPairedWithAccount(node));
      if (secretName.ambiguous && !isLogin()) return;
      const credentialLike = !isCommonPassword(value) && isCredentialLikeValue(value, valueContext.name);
      if (!credentialLike && !(value.length <= 200 && isSecretFallbackValue(value) && !isPlaceholder(value) && isLogin())) return;
      if (isRejectedValue(node) || isDiscardedValue(node)) return;
      // `token === 'if'`: lexers compare tokens too; a credential has letters and digits.
      if (secretName.kind === 'token' && !/\d/.test(value)) return;
      const envName = toEnvName([valueContext.name]);
      add({
        node,
        messageId: 'loginCheck',
        data: { name: valueContext.name, masked: maskSecret(value), envName },
        values: [value],
        names: [valueContext.name],
        suggestion: envSuggestion(node, envName, valueContext),
      });
      return;
    }
    if (checks.backing && reportServiceHost(node, value, valueContext)) return;
    // `{ secret: 'salty salt', resave: false, saveUninitialized: false }`: express-session's options,
    // whatever file hands them to `session()`; its secret is one whatever it looks like.
    // (Not when the code sets the secret elsewhere, `options.secret = readSecretFile()`, or hands the
    // object to a call, which a sink's own check judges: `session(options)`.)
    const options = valueContext.name === 'secret' ? valueContext.object : undefined;
    if (checks.sinks && options && isSessionOptions(options) && !isOptionsBindingSetElsewhere(options)) {
      reportSinkValue(node, scopeOf(node), EXPRESS_SESSION_SINK, 0);
      return;
    }
    // The key path is worked out only for a bare `key` (most bindings never need it).
    const secretName = classifySecretName(valueContext.name) ?? (isBareKey(valueContext.name) ? classifyNestedKey(valueContext.path) : undefined);
    if (
      checks.names &&
      secretName &&
      (!secretName.ambiguous || isPasswordInContext(valueContext)) &&
      isCredentialLikeValue(value, valueContext.name) &&
      // `WAToken1: 'MultiDevice'`: a token is not made of words.
      !(secretName.kind === 'token' && isCapitalisedName(value)) &&
      // `token: '1234567890'` in a mock response: an issued value is random, not a run or a few characters
      // repeated (a chosen secret or password may be weak and still in use: `secret: '1234567890'` is reported).
      !(ISSUED_SECRET_KINDS.has(secretName.kind) && isPlaceholderTokenBody(value))
    ) {
      if (isInsideExample(node) || isFormInput(node) || isGeneratedNameTable(node, value) || isNameMap(node, value) || isTableNamed(valueContext.path, NAME_TABLE_WORDS) || isNamedStandInPair(node, value)) return;
      // `const WEAK_DEFAULTS = { JWT_SECRET: '…' }`: values the code refuses, unless `strict`.
      if (!checks.refusedValueTables && isTableNamed(valueContext.path, REFUSED_VALUE_WORDS)) return;
      // Algolia's search-only key, `{ appId, apiKey, indexName }` (DocSearch, Docusaurus's
      // `themeConfig.algolia`), Cloudinary's `{ cloud_name, api_key }`: published to browsers by
      // design; `strict` reports them all the same.
      if (!checks.publicClientKeys && secretName.kind === 'API key' && isPublishedClientKey(node)) return;
      addSecretName(node, secretName.kind, value, valueContext);
      return;
    }
    if (reportRawAuthorization(node, value, valueContext)) return;
    if (
      checks.entropy &&
      value.length >= entropySettings.minLength &&
      isWeakSecretName(valueContext.name) &&
      !isPlaceholder(value) &&
      !isStructuredValue(value) &&
      isRandomLooking(value, entropySettings) &&
      !isInsideExample(node) &&
      !isMethodDescriptorKey(node) &&
      !isGeneratedNameTable(node, value) &&
      !isTableNamed(valueContext.path, NAME_TABLE_WORDS)
    ) {
      const display = valueContext.path.join('.');
      const envName = qualifyEnvName(pathEnvName(valueContext.path) || 'SECRET', valueContext);
      add({
        node,
        messageId: 'highEntropySecret',
        data: { name: display, masked: maskSecret(value), envName },
        values: [value],
        names: contextNames(valueContext),
        suggestion: envSuggestion(node, envName, valueContext),
      });
    }
  }

  /** A secret written under a name that says what it is (`kind`), to be read from the variable its key path names. */
  function addSecretName(node: TSESTree.Node, kind: string, value: string, valueContext: Extract<ValueContext, { type: 'binding' }>): void {
    const envName = qualifyEnvName(pathEnvName(valueContext.path) || 'SECRET', valueContext);
    add({
      node,
      messageId: 'secretName',
      data: { kind, name: valueContext.path.join('.'), masked: maskSecret(value), envName },
      values: [value],
      names: contextNames(valueContext),
      suggestion: envSuggestion(node, envName, valueContext),
    });
  }

  /**
   * `db: { host: 'db.prod.internal' }`, `const REDIS_HOST = '10.0.4.12'`: the location of a
   * backing service written into configuration. Names, not clients, say what it is, so only
   * fully qualified names and addresses count: not `localhost`, not a docker-compose `redis`.
   */
  function reportServiceHost(node: TSESTree.Node, value: string, valueContext: Extract<ValueContext, { type: 'binding' }>): boolean {
    if (!HOST_KEY_END.test(valueContext.name)) return false;
    // `AWSRDS: { host: '….rds.amazonaws.com' }`: a managed service's host names its service itself.
    const service = getHostService(valueContext.path) ?? getManagedHostService(value);
    return service !== undefined && addConfiguredLocation(node, value, service, getRemoteHostName(value), valueContext);
  }

  /**
   * An HTTP URL under a key that names a backing service that speaks HTTP, written out with its
   * remote host: `elasticsearch: { node: 'http://10.0.4.12:9200' }`, `COUCHDB_URL`, `influx.url`.
   */
  function reportServiceHttpUrl(node: TSESTree.Node, text: string, url: ParsedUrl, valueContext: ValueContext): boolean {
    if (!checks.backing || valueContext.type !== 'binding' || (url.scheme !== 'http' && url.scheme !== 'https')) return false;
    if (!URL_KEY_END.test(valueContext.name) || /\s/.test(text)) return false;
    const path = valueContext.path;
    const service = getHostService(path, URL_KEY_WORDS);
    if (service === undefined || !HTTP_SERVICES.has(service.toLowerCase()) || isDocumentation(node, valueContext)) return false;
    const host = url.hosts.length === 1 ? getRemoteHostName(url.hosts[0] ?? '') : undefined;
    return addConfiguredLocation(node, text, service, host, valueContext);
  }

  /**
   * An Amazon SQS queue's URL written out, `queueUrl: 'https://sqs.us-east-2.amazonaws.com/264955239305/orders'`:
   * one account's queue, which each deploy attaches its own of. Under any name, also as a fallback;
   * AWS's documented sample account (`123456789012`) is a stand-in, not a queue.
   */
  function reportQueueUrl(node: TSESTree.Node, text: string, url: ParsedUrl, valueContext: ValueContext): boolean {
    if (!checks.backing || (url.scheme !== 'https' && url.scheme !== 'http') || url.hosts.length !== 1 || url.user !== undefined) return false;
    const host = url.hosts[0] ?? '';
    if (!SQS_HOST.test(host)) return false;
    const queue = SQS_QUEUE_PATH.exec(text.slice(url.end));
    if (!queue || SAMPLE_AWS_ACCOUNTS.has(queue[1] ?? '') || isDocumentation(node, valueContext) || isReturnedSample(node) || isInsideExample(node)) return false;
    const envName = contextEnvName(valueContext, 'SQS_QUEUE_URL');
    add({
      node,
      messageId: 'backingServiceUrl',
      data: { service: 'Amazon SQS queue', host: shortenForMessage(text.slice(url.start + url.scheme.length + 3)), envName },
      values: [text],
      names: contextNames(valueContext),
      suggestion: envSuggestion(node, envName, valueContext),
    });
    return true;
  }

  /** A service's remote host (or URL) written into configuration under the service's key. */
  function addConfiguredLocation(node: TSESTree.Node, value: string, service: string, host: string | undefined, valueContext: Extract<ValueContext, { type: 'binding' }>): boolean {
    const path = valueContext.path;
    // A value a form or query compares against: `showIf: { smtp_host: 'outlook.office365.com' }`.
    for (let index = 0; index < path.length - 1; index++) if (isConditionKey(path[index] ?? '')) return false;
    if (host === undefined || isInsideExample(node) || (!checks.publicMailHosts && (isTestMailHost(host) || isPublicMailHost(host)))) return false;
    const envName = pathEnvName(path);
    add({
      node,
      messageId: 'backingServiceUrl',
      data: { service, host: shortenForMessage(host), envName },
      values: [value, host],
      names: contextNames(valueContext),
      suggestion: envSuggestion(node, envName, valueContext),
    });
    return true;
  }

  /** `process.env.X || '…'` with a secret: the variable is read already, so the fix is to drop the fallback. */
  let productionGuards: ProductionGuards | undefined;

  /** A secret fallback of a variable that the module exits without in production: a development default. */
  function isRequiredInProduction(finding: Finding): boolean {
    if (finding.messageId !== 'envFallback') return false;
    const guards = getGuards();
    if (finding.names.some((name) => guards.required.has(name))) return true;
    // `if (env.NODE_ENV === 'production' && env.JWT_SECRET === 'dev-secret') throw …`: the fallback itself is refused there.
    const names = finding.values.length > 0 ? guards.refused.get(finding.values[0] ?? '') : undefined;
    if (names === undefined) return false;
    if (finding.names.some((name) => names.has(name) || names.has(name.slice(name.lastIndexOf('.') + 1)))) return true;
    // `const secret = process.env.X ?? '…'; if (isProd && secret === '…') throw …`: compared under the binding's name.
    let current: TSESTree.Node = finding.node;
    while (current.parent && (current.parent.type === 'LogicalExpression' || current.parent.type === 'ConditionalExpression' || current.parent.type === 'TSAsExpression')) current = current.parent;
    const declarator = current.parent;
    return declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && names.has(declarator.id.name);
  }

  /** The module's production guards, found once per file when a fallback is judged. */
  function getGuards(): ProductionGuards {
    productionGuards ??= getProductionGuards(sourceCode.ast, sourceCode.visitorKeys, (identifier) => getConstInitializer(identifier, scopeOf(identifier)));
    return productionGuards;
  }

  /**
   * `secret: sessionSecret || 'dev-secret'` where the module throws in production without the
   * variable `sessionSecret` reads (`if (isProduction && !sessionSecret) throw …`): the fallback
   * is used only outside production.
   */
  function isFallbackOfRequiredVariable(left: TSESTree.Node): boolean {
    const name = getReadVariable(left, (identifier) => getConstInitializer(identifier, scopeOf(identifier)));
    return name !== undefined && getGuards().required.has(name);
  }

  function addEnvFallback(node: TSESTree.Node, value: string, valueContext: Extract<ValueContext, { type: 'fallback' }>, keyPath?: string): void {
    add({
      node,
      messageId: 'envFallback',
      data: { variable: valueContext.display ?? envReadText(valueContext.variable), masked: maskSecret(value) },
      values: [value],
      names: keyPath ? [keyPath, valueContext.variable] : [valueContext.variable],
      suggestion: envSuggestion(node, valueContext.variable, valueContext),
    });
  }

  /**
   * A service host (fully qualified, or an IP) as the fallback of a variable named for one, and an
   * HTTP service's URL as the fallback of one named for its URL (`ELASTICSEARCH_URL`, `ES_NODE`).
   */
  function reportHostFallback(node: TSESTree.Node, value: string, valueContext: Extract<ValueContext, { type: 'fallback' }>): boolean {
    const variable = [valueContext.variable];
    let service = getHostService(variable);
    let host: string | undefined;
    if (service !== undefined) {
      host = getRemoteHostName(value) ?? (HTTP_SERVICES.has(service.toLowerCase()) ? getHttpUrlHost(value) : undefined);
    } else {
      service = getHostService(variable, URL_KEY_WORDS);
      if (service !== undefined && HTTP_SERVICES.has(service.toLowerCase())) host = getHttpUrlHost(value);
    }
    if (service === undefined || host === undefined || !isGlobalEnvFallback(valueContext) || isInsideExample(node)) return false;
    addHostFallback(node, value, host, `${service} host`, valueContext);
    return true;
  }

  /** `process.env.DB_HOST || 'db.prod.internal'`: the variable is read already; the fallback is the problem. */
  function addHostFallback(node: TSESTree.Node, value: string, host: string, what: string, valueContext: Extract<ValueContext, { type: 'fallback' }>, keyPath?: string): void {
    if (!checks.publicMailHosts && isPublicMailHost(host)) return;
    add({
      node,
      messageId: 'backingServiceFallback',
      data: { variable: valueContext.display ?? envReadText(valueContext.variable), what, value: shortenForMessage(host) },
      values: [value, host],
      names: keyPath ? [keyPath, valueContext.variable] : [valueContext.variable],
      suggestion: envSuggestion(node, valueContext.variable, valueContext),
    });
  }

  function isGlobalEnvFallback(valueContext: Extract<ValueContext, { type: 'fallback' }>): boolean {
    const expression = valueContext.expression;
    // env('X', '…') helpers and environment schemas' defaults are not process reads; trust their names.
    if (expression.type === 'CallExpression' || expression.type === 'Property') return true;
    return isGlobalProcess(expression);
  }

  /**
   * Every check that looks at one string expression whose full value may be known; false when
   * none could use it. Structural literals (`import` sources, keys) never get here.
   */
  function inspectStringValue(node: TSESTree.Node, value: string, credentialLike = mayBeCredentialValue(value), isOwnToken?: () => boolean): boolean {
    // Where the value lands is worked out only when some check can use it: most strings are
    // too short for a token, hold no URL or `key=value` pair, and cannot be a credential.
    let token = checks.tokens && value.length >= 8 ? findToken(value, custom.formats, custom.filter) : undefined;
    if (token && isOwnToken && !isOwnToken()) token = undefined;
    const connection = scansConnections && value.length >= 8 && mayHoldUrlOrPair(value);
    const named = credentialLike || isFallbackPosition(node) || (value.length > 0 && (isComparedInConjunction(node) || isSecretKeyValue(node)));
    if (!token && !connection && !named) return false;
    const valueContext = getValueContext(node, sourceCode);
    if (token) reportToken(node, value, true, token, valueContext);
    if (connection) scanConnectionText(node, value, true, valueContext);
    if (named && valueContext.type !== 'none') checkValueContext(node, value, valueContext);
    return true;
  }

  /** The top of a `'a' + b + 'c'` chain. */
  function getConcatRoot(node: TSESTree.Node): TSESTree.Node {
    let current = node;
    while (current.parent && current.parent.type === 'BinaryExpression' && current.parent.operator === '+') current = current.parent;
    return current;
  }

  /** Templates with expressions and concatenations: scanned as a whole, unknown parts masked. */
  function inspectCompound(root: TSESTree.Node): void {
    if (scannedRoots.has(root)) return;
    scannedRoots.add(root);
    const scope = scopeOf(root);
    const text = getPartialText(root, scope);
    if (!text.includes(UNKNOWN)) {
      // A token that a constant's value brings in (`\`https://api.telegram.org/bot${TOKEN}/sendMessage\``)
      // is the constant's finding, reported at its own literal.
      inspectStringValue(root, text, undefined, () => findToken(getPartialText(root, undefined), custom.formats, custom.filter) !== undefined);
      return;
    }
    if (scansConnections) scanConnectionText(root, text, false, getValueContext(root, sourceCode));
  }

  // --- checks 3 and 5 on known APIs

  function checkSink(made: TSESTree.CallExpression | TSESTree.NewExpression, sink: SecretSink): void {
    const call = sink.method === undefined ? made : getChainedCall(made, sink.method);
    const given = call?.arguments.at(sink.argument);
    if (!call || !given || given.type === 'SpreadElement') return;
    const scope = scopeOf(call);
    if (sink.algorithmOption !== undefined && signsNothing(call, sink.algorithmOption, scope)) return;
    if (sink.derivesKey && hashesSecret(call)) return;
    if (sink.keys) {
      // `session(config.session || { secret: '…' })`: the default options are used whenever the
      // configuration has none, so their secret is written in the code.
      const target = unwrapExpression(given);
      const argument = target.type === 'LogicalExpression' && (target.operator === '||' || target.operator === '??') ? target.right : given;
      const properties = getObjectProperties(resolveObject(argument, scope), scope);
      if (!properties) return;
      for (const key of sink.keys) {
        const value = key.includes('.') ? getOptionValue(argument, key.split('.'), call, scope) : getOptionProperty(properties, argument, key, call, scope);
        if (!value) continue;
        if (!sink.eachValue) {
          reportSinkValue(value, scope, sink, 0);
          continue;
        }
        const entries = getObjectProperties(resolveObject(value, scope), scope);
        for (const entry of entries?.properties.values() ?? []) reportSinkValue(entry.value, scope, sink, 0);
      }
      return;
    }
    reportSinkValue(given, scope, sink, 0);
  }

  /**
   * `createHmac('sha256', 'WebAppData').update(botToken)`: the data the HMAC is given first is
   * named as a secret (also `process.env.BOT_TOKEN`, `config.telegram.token`), so it derives a key.
   */
  function hashesSecret(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const data = getChainedCall(call, 'update')?.arguments[0];
    const name = data === undefined ? undefined : getExpressionName(data);
    return name !== undefined && classifySecretName(name) !== undefined;
  }

  /** `jwt.sign(claims, 'fake-secret', { algorithm: 'none' })`: an unsigned token, whose secret is not used. */
  function signsNothing(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: number, scope: Scope): boolean {
    const options = call.arguments[argument];
    if (!options || options.type === 'SpreadElement') return false;
    const algorithm = getOptionValue(options, ['algorithm'], call, scope);
    return algorithm !== undefined && getStaticString(algorithm, scope) === 'none';
  }

  /** Follows a sink argument to the literals it is made of: consts, arrays, fallbacks, `Buffer.from`. */
  function reportSinkValue(node: TSESTree.Node, scope: Scope, sink: SecretSink, depth: number, index = 0): void {
    if (depth > 4) return;
    const target = unwrapExpression(node);
    switch (target.type) {
      case 'Literal':
      case 'TemplateLiteral':
      case 'BinaryExpression': {
        if (target.type === 'BinaryExpression' && target.operator !== '+') return;
        const value = getStaticString(target, scope);
        // An issued credential that counts (`re_123456789`, Resend's documented sample) is a stand-in too;
        // not so in any token's body (`isPlaceholderTokenBody`): a Basic header's `123456789` is a real, weak password.
        // Words with a space between (`'Bot token'`) describe the value: no service issues a token with a space.
        if (value === undefined || !isSinkSecretValue(value) || (sink.issued && (isPlaceholder(value) || isPlaceholderTokenBody(value) || value.includes('123456789') || /\s/.test(value.trim()) || isPublishedValue(value)))) return;
        const valueContext = getValueContext(target, sourceCode);
        // `process.env.SESSION_SECRET || 'dev-secret'`: the secret is read from the environment
        // already; the fix is to drop the fallback (unless `envFallbacks: false` allows it).
        if (valueContext.type === 'fallback' && isGlobalEnvFallback(valueContext)) {
          if (checks.fallbacks) addEnvFallback(target, value, valueContext);
          return;
        }
        const envName = valueContext.type === 'binding' && isEnvVarName(valueContext.name) ? valueContext.name : index > 0 ? `${sink.envName}_${index + 1}` : sink.envName;
        add({
          node: target,
          messageId: 'secretSink',
          data: { sink: sink.label, masked: maskSecret(value), envName },
          values: [value],
          names: contextNames(valueContext),
          suggestion: envSuggestion(target, envName, valueContext),
        });
        return;
      }
      case 'ArrayExpression':
        target.elements.forEach((element, i) => {
          if (element && element.type !== 'SpreadElement') reportSinkValue(element, scope, sink, depth + 1, i);
        });
        return;
      case 'Identifier': {
        const init = getConstInitializer(target, scope);
        if (init) reportSinkValue(init, scope, sink, depth + 1, index);
        return;
      }
      case 'MemberExpression': {
        // config.jwt.secret with `const config = { jwt: { secret: '…' } }`
        const resolved = resolveObject(target, scope);
        if (resolved !== target) reportSinkValue(resolved, scope, sink, depth + 1, index);
        return;
      }
      case 'LogicalExpression':
        if ((target.operator === '||' || target.operator === '??') && (checks.developmentSecrets || !isFallbackOfRequiredVariable(target.left))) {
          reportSinkValue(target.right, scope, sink, depth + 1, index);
        }
        return;
      case 'ConditionalExpression':
        reportSinkValue(target.consequent, scope, sink, depth + 1, index);
        reportSinkValue(target.alternate, scope, sink, depth + 1, index);
        return;
      case 'CallExpression': {
        // Buffer.from('…'), String('…'), new TextEncoder().encode('…')
        const first = target.arguments[0];
        if (first && first.type !== 'SpreadElement' && isValueWrapper(target.callee)) reportSinkValue(first, scope, sink, depth + 1, index);
        return;
      }
      default:
    }
  }

  /**
   * The value node at a key path inside the options object that `use` is handed, following
   * `const`s at each step; none where something else may set the key (`opts.port = …`).
   */
  function getOptionValue(object: TSESTree.Node, path: readonly string[], use: TSESTree.Node, scope: Scope): TSESTree.Node | undefined {
    let current: TSESTree.Node | undefined = object;
    for (const key of path) {
      if (!current) return undefined;
      const properties = getObjectProperties(resolveObject(current, scope), scope);
      current = properties && getOptionProperty(properties, current, key, use, scope);
    }
    return current;
  }

  /** Property `key` of the options `object` that `use` is handed, unless something else may set it. */
  function getOptionProperty(
    properties: NonNullable<ReturnType<typeof getObjectProperties>>,
    object: TSESTree.Node,
    key: string,
    use: TSESTree.Node,
    scope: Scope,
  ): TSESTree.Node | undefined {
    const property = properties.properties.get(key);
    return property && !isPropertySetElsewhere(object, [key], use, scope) ? property.value : undefined;
  }

  function checkClient(call: TSESTree.CallExpression | TSESTree.NewExpression, client: BackingServiceClient): void {
    const scope = scopeOf(call);
    const args = call.arguments;
    // The host the options name, which a positional password is judged against too (`new Sequelize(db, user, 'admin', { host })`).
    let optionsHost: string | undefined;
    for (const index of client.optionArguments) {
      const given = args[index];
      if (!given || given.type === 'SpreadElement') continue;
      // A list of options objects, one per client or node (`ClientsModule.register([{ name, transport, options }])`).
      const list = resolveExpression(given, scope);
      for (const argument of list.type === 'ArrayExpression' ? list.elements : [given]) {
        if (!argument || argument.type === 'SpreadElement') continue;
        for (const options of client.factory ? getFactoryOptions(argument, call, scope) : [argument]) optionsHost ??= checkClientOptions(options, call, client, scope);
      }
    }
    for (const positional of client.positional) {
      const argument = args[positional.argument];
      if (!argument || argument.type === 'SpreadElement' || args.length < (positional.minArguments ?? 0)) continue;
      // A positional password follows its user: `new Sequelize(db, 'shop', 'shop', …)`, `neo4j.auth.basic('neo4j', '…')`.
      const before = positional.role === 'password' && positional.argument > 0 ? args[positional.argument - 1] : undefined;
      const user = before && before.type !== 'SpreadElement' ? getStaticString(before, scope) : undefined;
      checkClientValue(argument, positional.role, client, scope, optionsHost, undefined, false, user);
    }
  }

  /**
   * The options objects that the `useFactory` of a NestJS module's `…Async()` options returns
   * (`forRootAsync({ useFactory: (config: ConfigService) => ({ host: 'db.prod.internal' }) })`,
   * also a method, `useFactory() { return { … } }`, or an async one).
   */
  function getFactoryOptions(argument: TSESTree.Node, call: TSESTree.Node, scope: Scope): TSESTree.Node[] {
    const factory = getOptionValue(argument, ['useFactory'], call, scope);
    const fn = factory === undefined ? undefined : unwrapExpression(factory);
    if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return [];
    return getReturnedExpressions(fn).filter((returned) => unwrapExpression(returned).type === 'ObjectExpression');
  }

  /** The keys of one options object handed to a client (at `call`, or declared with the client's type); returns the host it names. */
  function checkClientOptions(argument: TSESTree.Node, call: TSESTree.Node, client: BackingServiceClient, scope: Scope): string | undefined {
    const properties = getObjectProperties(resolveObject(argument, scope), scope);
    if (!properties) return undefined;
    const hostNode = getOptionValue(argument, ['host'], call, scope);
    const host = hostNode ? getStaticString(hostNode, scope) : undefined;
    // The user beside the password: a local image's `user1`/`user1` repeats it.
    const userNode = getOptionValue(argument, ['user'], call, scope) ?? getOptionValue(argument, ['username'], call, scope);
    const user = userNode ? getStaticString(userNode, scope) : undefined;
    for (const key of client.keys) {
      const value = getOptionValue(argument, key.path, call, scope);
      if (value) checkClientValue(value, key.role, client, scope, host, key.path.join('.'), false, user);
    }
    return host;
  }

  function checkClientValue(
    node: TSESTree.Node,
    role: OptionRole,
    client: BackingServiceClient,
    scope: Scope,
    host: string | undefined,
    keyPath: string | undefined,
    isFallback = false,
    user?: string,
  ): void {
    const target = unwrapExpression(node);
    if (role === 'hosts') {
      const list = target.type === 'Identifier' ? getConstInitializer(target, scope) : target;
      const listClient = { ...client, env: { ...client.env, host: client.env.hosts } };
      if (list?.type === 'ArrayExpression') {
        for (const element of list.elements) if (element && element.type !== 'SpreadElement') checkClientValue(element, 'host', listClient, scope, host, keyPath);
      } else {
        // One host given for the list: `connect({ servers: 'nats.prod.internal:4222' })`.
        checkClientValue(node, 'host', listClient, scope, host, keyPath, isFallback);
      }
      return;
    }
    if (role === 'port') {
      if (!checks.clientPorts) return;
      const literal = target.type === 'Identifier' ? getConstInitializer(target, scope) : target;
      if (literal?.type !== 'Literal') return;
      // `port: 6379`, or as the string of digits a client takes too (`port: '6379'`).
      const port = getStaticPort(literal, scope);
      if (!isPort(port)) return;
      const envName = client.env.port;
      add({
        node: literal,
        messageId: 'backingServiceOption',
        data: { what: 'port', value: String(port), client: client.label, envName },
        values: [String(port)],
        names: keyPath ? [keyPath, envName] : [envName],
        suggestion: { messageId: 'useEnv', node: literal, text: `Number(${envRead(envName)} ?? ${sourceCode.getText(literal)})` },
      });
      return;
    }
    // host: process.env.DB_HOST || 'db.prod.internal': the fallback is still written here.
    if (target.type === 'LogicalExpression' && (target.operator === '||' || target.operator === '??')) {
      checkClientValue(target.right, role, client, scope, host, keyPath, true, user);
      return;
    }
    const literal = resolveLiteral(target, scope);
    if (!literal) return;
    const value = literalString(literal);
    if (value === undefined) return;
    const valueContext = getValueContext(literal, sourceCode);
    if (role === 'password') {
      if (!checks.backing || value.length === 0 || isPlaceholderPassword(value) || isEnvVarName(value)) return;
      if (isLocalDefaultPassword(value, user) && (host === undefined || isLocalHost(host))) return;
      // A test inbox's account (`createTransport({ host: 'sandbox.smtp.mailtrap.io', auth })`) is a development setting, as its host is.
      if (host !== undefined && !checks.publicMailHosts && isTestMailHost(host)) {
        silence(literal);
        return;
      }
      // `password: process.env.DB_PASSWORD || '…'`: read from the environment already; drop the fallback.
      if (valueContext.type === 'fallback' && isGlobalEnvFallback(valueContext)) {
        if (checks.fallbacks) addEnvFallback(literal, value, valueContext, keyPath);
        return;
      }
      const envName = client.env.password;
      add({
        node: literal,
        messageId: 'clientCredential',
        data: { client: client.label, masked: maskSecret(value), envName },
        values: [value],
        names: keyPath ? [keyPath, envName] : [envName],
        suggestion: envSuggestion(literal, envName, valueContext),
      });
      return;
    }
    let hostName: string;
    if (value.includes('://')) {
      const [url] = findUrls(value);
      // Backing-service URLs are checked wherever they are written; only others (http) here.
      if (!url || url.start !== 0 || BACKING_SCHEMES.has(url.scheme)) return;
      hostName = url.hosts[0] ?? '';
    } else {
      const parts = splitHostPort(value.trim());
      // An endpoint written without its scheme counts with a port: `endpoint: 'localstack:4569'` (AWS SDK v2 takes it so).
      if (role === 'url' && (parts.port === undefined || !/^\d{1,5}$/.test(parts.port) || parts.host.includes('/'))) return;
      hostName = parts.host.toLowerCase();
    }
    if (hostName.length === 0 || /\s/.test(hostName) || isPlaceholderHost(hostName)) return;
    const local = isLocalHost(hostName);
    // `options.host || 'localhost'`: the conventional default, not a deploy's location.
    if (local ? !checks.clientPorts || isFallback : !checks.backing) return;
    if (!local && valueContext.type === 'fallback' && isSingleLabelHost(hostName)) return;
    // `createTransport({ host: 'smtp.gmail.com', auth: { user: process.env.SMTP_USER, … } })`: a
    // public provider's shared endpoint, the same for every deploy and customer (as nodemailer's
    // `service: 'gmail'` names it), and useless without the account's credentials; unless `strict`.
    // `createTransport({ host: 'smtp.ethereal.email', … })`: a test inbox, which no deploy sends to.
    if (!local && !checks.publicMailHosts && (isPublicMailHost(hostName) || isTestMailHost(hostName))) return;
    const what = role === 'url' ? 'endpoint' : 'host';
    if (valueContext.type === 'fallback' && isGlobalEnvFallback(valueContext)) {
      addHostFallback(literal, value, hostName, `${client.label} ${what}`, valueContext, keyPath);
      return;
    }
    const envName = role === 'url' ? client.env.url : client.env.host;
    add({
      node: literal,
      messageId: 'backingServiceOption',
      data: { what, value: shortenForMessage(hostName), client: client.label, envName },
      values: [value, hostName],
      names: keyPath ? [keyPath, envName] : [envName],
      suggestion: envSuggestion(literal, envName, valueContext),
    });
  }

  function checkHttpCall(call: TSESTree.CallExpression | TSESTree.NewExpression, http: HttpClientCall): void {
    const argument = call.arguments[http.argument];
    if (!argument || argument.type === 'SpreadElement') return;
    const scope = scopeOf(call);
    // `http.request('http://deno', { socketPath })`: a request to a local socket, whatever host the URL names.
    if (call.arguments.some((given) => given.type !== 'SpreadElement' && getObjectProperties(resolveObject(given, scope), scope)?.properties.has('socketPath'))) return;
    const properties = getObjectProperties(resolveObject(argument, scope), scope);
    if (properties) {
      for (const key of http.keys) {
        const value = getOptionProperty(properties, argument, key, call, scope);
        if (value) reportRemoteUrl(value, scope, http.label);
      }
      // Node's `https.request({ hostname: 'api.stripe.com', path })`: the client prefers `hostname` to `host`.
      for (const key of http.hostKeys ?? []) {
        const value = getOptionProperty(properties, argument, key, call, scope);
        if (!value) continue;
        reportRemoteHost(value, scope, http.label);
        break;
      }
      return;
    }
    reportRemoteUrl(argument, scope, http.label);
  }

  function reportRemoteUrl(node: TSESTree.Node, scope: Scope, client: string): void {
    let target: TSESTree.Node = unwrapExpression(node);
    if (target.type === 'Identifier') {
      const init = getConstInitializer(target, scope);
      if (!init) return;
      target = unwrapExpression(init);
    }
    if (target.type !== 'Literal' && target.type !== 'TemplateLiteral' && target.type !== 'BinaryExpression') return;
    const text = getPartialText(target, scope);
    const host = getRemoteHttpHost(text);
    if (host !== undefined) addRemoteService(target, 'remoteServiceUrl', text, host, client, (valueContext) => remoteEnvName(valueContext, host), target.type === 'Literal' || !text.includes(UNKNOWN));
  }

  /** A remote machine's name or address written out as a client's host option (no scheme, no path). */
  function reportRemoteHost(node: TSESTree.Node, scope: Scope, client: string): void {
    const target = resolveLiteral(node, scope);
    const value = target ? literalString(target) : undefined;
    if (!target || value === undefined) return;
    const host = getRemoteHostName(value);
    // The key (`host`, `hostname`) and the options' name (`options`, `weatherOptions`) say less than the host does.
    if (host !== undefined && !isInstanceMetadataHost(host)) addRemoteService(target, 'remoteServiceHost', value, host, client, () => envNameForHostOption(host), true);
  }

  /** A remote service's URL or host `text` handed to `client`, unless it is an environment read's fallback (that check's own). */
  function addRemoteService(
    target: TSESTree.Node,
    messageId: 'remoteServiceUrl' | 'remoteServiceHost',
    text: string,
    host: string,
    client: string,
    envNameOf: (valueContext: ValueContext) => string,
    suggest: boolean,
  ): void {
    const valueContext = getValueContext(target, sourceCode);
    if (valueContext.type === 'fallback') return;
    const envName = envNameOf(valueContext);
    add({
      node: target,
      messageId,
      data: { host: shortenForMessage(host), client, envName },
      values: [text, host],
      names: contextNames(valueContext),
      suggestion: suggest ? envSuggestion(target, envName, valueContext) : undefined,
    });
  }

  // --- check 7: listen ports

  function checkPort(node: TSESTree.Node, scope: Scope, depth = 0, site: TSESTree.Node = node): void {
    const target = unwrapExpression(node);
    // A listener's port: a number, or a value named for one (`process.env.PORT`, `config.port`);
    // socket.io's `io(server)` is handed the server, which listens elsewhere.
    if (depth === 0 && (PORT_WORD.test(sourceCode.getText(site)) || isPort(getStaticPort(target, scope)))) addListenSite(site);
    // `NODE_ENV === 'development' ? 3000 : 80`: each branch's port, the development one skipped below.
    const choice = depth < 2 ? getEnvironmentChoice(target, scope) : undefined;
    if (choice) {
      checkPort(choice.consequent, scope, depth + 1, site);
      checkPort(choice.alternate, scope, depth + 1, site);
      return;
    }
    const port = getStaticPort(target, scope);
    // A port bound only outside production (`if (isDev) app.listen(3000)`) is a local run's, and
    // one bound only when the environment has none (`if (process.env.PORT) … else app.listen(3000)`)
    // is a default, as in `process.env.PORT || 3000`.
    // In a serverless function's file (`module.exports.handler = serverless(app)`) no one routes to the port.
    if (!isPort(port) || isNonProductionOnly(target) || isEnvDefaultBranch(target) || isServerlessFunctionFile(sourceCode, readContext(context, 'filename'))) return;
    let fixNode: TSESTree.Node = target;
    if (target.type === 'Identifier') {
      const init = getConstInitializer(target, scope);
      if (init && init.type === 'Literal') fixNode = init;
    }
    const written = sourceCode.getText(fixNode);
    const fixText = `Number(${envRead('PORT')} ?? ${written})`;
    // A reported port is a listener's whatever its expression says (`isDev ? 3000 : 80` has no word port).
    addListenSite(site);
    portFixes.set(target, { site, target, fixNode, text: (read) => `Number(${read} ?? ${written})` });
    add({
      node: target,
      messageId: isDeno() ? 'listenPortDeno' : 'listenPort',
      data: { port: String(port) },
      values: [String(port)],
      names: target.type === 'Identifier' ? [target.name, 'PORT'] : ['PORT'],
      suggestion: { messageId: 'useEnv', node: fixNode, text: fixText },
    });
  }

  function addListenSite(site: TSESTree.Node): void {
    if (!listenSites.includes(site)) listenSites.push(site);
  }

  /**
   * A module that starts two listeners (`app.listen(process.env.PORT)`, then an HTTPS server on
   * 8443 or a WebSocket server on 8081) cannot bind both to `PORT`: a reported port of any listener
   * but the main one (the first in the file that is not named for a protocol or a side job, see
   * `isSecondaryListener`) is asked to read a variable of its own, named for its server
   * (`HTTPS_PORT`, `WSS_PORT`, or the constant's own name, `WS_PORT`), else `PORT_2`, ….
   * A port held by a constant named `PORT` keeps that name.
   */
  function nameOwnPorts(): void {
    // The main listener keeps `PORT`: an HTTP server before a WebSocket, gRPC or metrics one
    // (`new WebSocketServer({ port: 8080 })` above `app.listen(3000)`), else the first in the file.
    const secondary = new Set(listenSites.filter((site) => isSecondaryListener(site)));
    const rank = (site: TSESTree.Node): number => (secondary.has(site) ? 1 : 0);
    const sites = [...listenSites].sort((a, b) => rank(a) - rank(b) || a.range[0] - b.range[0]);
    const fixes = [...portFixes.values()].sort((a, b) => sites.indexOf(a.site) - sites.indexOf(b.site));
    // The same port again (a bot's `startWebhook(path, null, 4500)` and `launch({ webhook: { port: 4500 } })`)
    // is one setting: it keeps the variable its first report got (undefined: `PORT`).
    const variables = new Map<string, string | undefined>();
    for (const fix of fixes) {
      const finding = findings.get(fix.target);
      if (!finding || (finding.messageId !== 'listenPort' && finding.messageId !== 'listenPortDeno')) continue;
      const port = finding.data.port ?? '';
      const index = sites.indexOf(fix.site);
      const envName = variables.has(port) ? variables.get(port) : index <= 0 ? undefined : listenerEnvName(fix.target, index);
      variables.set(port, envName);
      if (envName === undefined) continue;
      findings.set(fix.target, {
        ...finding,
        messageId: finding.messageId === 'listenPortDeno' ? 'listenPortOwnDeno' : 'listenPortOwn',
        data: { ...finding.data, envName },
        names: [...finding.names, envName],
        suggestion: fix.text ? { messageId: 'useEnv', node: fix.fixNode, text: fix.text(envRead(envName)) } : undefined,
      });
    }
  }

  /** A listener named for a protocol or a side job (`wss`, `grpcServer`, `metricsApp`): not the one the platform routes to. */
  function isSecondaryListener(site: TSESTree.Node): boolean {
    const name = getListenerName(site);
    return name !== undefined && splitWords(name).some((word) => SECONDARY_LISTENER_WORDS.has(word));
  }

  /** The variable of a later listener's port; undefined for a constant the code names `PORT` itself. */
  function listenerEnvName(target: TSESTree.Node, index: number): string | undefined {
    if (target.type === 'Identifier') {
      if (target.name === 'PORT') return undefined;
      // `WS_PORT`, `httpsPort`, `wsport`: the words before the port's.
      const head = target.name.slice(0, -4);
      if (target.name.toLowerCase().endsWith('port') && splitWords(head).length > 0) return toEnvName([head, 'port']);
    }
    return listenerWords(target, index);
  }

  function listenerWords(target: TSESTree.Node, index: number): string {
    const name = getListenerName(target);
    // `server2`: a number tells no listener from another.
    const words = name === undefined ? [] : splitWords(name).filter((word) => !GENERIC_LISTENER_WORDS.has(word) && !/^\d/.test(word));
    return words.length > 0 ? toEnvName([...words, 'port']) : `PORT_${index + 1}`;
  }

  /**
   * The name of the server a port is handed to: the receiver of `httpsServer.listen(443)`, the
   * `const wss = new WebSocketServer({ port })` the options create, the module of
   * `https.createServer(…).listen(443)`.
   */
  function getListenerName(target: TSESTree.Node): string | undefined {
    let child: TSESTree.Node = target;
    let parent = child.parent;
    for (let depth = 0; depth < 6 && parent && (parent.type === 'Property' || parent.type === 'ObjectExpression' || parent.type === 'ConditionalExpression' || parent.type === 'LogicalExpression' || parent.type === 'TemplateLiteral' || parent.type === 'BinaryExpression'); depth++) {
      child = parent;
      parent = child.parent;
    }
    if (parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression') return undefined;
    const callee = parent.callee;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && LISTENER_METHODS.has(callee.property.name)) return getServerName(callee.object, 0);
    return getServerName(parent, 0);
  }

  /**
   * A server's name: its variable's (`httpsServer`, `this.wss`), else, for a generic one (`server`,
   * `app`), what made it; a creation's bound variable, else its callee (`WebSocketServer`) or the
   * module it is called on (`https` of `https.createServer(…)`).
   */
  function getServerName(node: TSESTree.Node, depth: number): string | undefined {
    const target = unwrapExpression(node);
    if (target.type === 'CallExpression' || target.type === 'NewExpression') {
      const holder = target.parent;
      if (depth === 0 && holder?.type === 'VariableDeclarator' && holder.init === target && holder.id.type === 'Identifier' && !isGenericListenerName(holder.id.name)) return holder.id.name;
      const callee = target.callee;
      return callee.type === 'MemberExpression' ? getServerName(callee.object, depth + 1) : getExpressionName(callee);
    }
    if (depth === 0 && target.type === 'Identifier' && isGenericListenerName(target.name)) {
      const init = getConstInitializer(target, scopeOf(target));
      if (init) return getServerName(init, 1) ?? target.name;
    }
    return getExpressionName(target);
  }

  function isGenericListenerName(name: string): boolean {
    return splitWords(name).every((word) => GENERIC_LISTENER_WORDS.has(word));
  }

  function checkListen(call: TSESTree.CallExpression): void {
    const first = call.arguments[0];
    if (!first || first.type === 'SpreadElement') return;
    const scope = scopeOf(call);
    if (isOneShotServer(sourceCode, call)) return;
    const target = unwrapExpression(first);
    if (target.type === 'ObjectExpression' || target.type === 'Identifier') {
      const properties = getObjectProperties(resolveObject(target, scope), scope);
      if (properties) {
        // `const options = { port: 3000 }; options.port = Number(process.env.PORT)`: a default.
        const port = getOptionProperty(properties, target, 'port', call, scope);
        if (port) checkPort(port, scope);
        const host = getOptionProperty(properties, target, 'host', call, scope);
        if (host) checkBindHost(host, scope, false);
        return;
      }
    }
    checkPort(target, scope);
    // `listen(port, host, …)`; other `listen` helpers take a string second too (`listen(el, 'click.menu')`),
    // so only an address counts there.
    const second = call.arguments[1];
    if (second && second.type !== 'SpreadElement') checkBindHost(second, scope, true);
  }

  /**
   * `listen(port, '10.0.4.12')`: an address (or name) of one machine's interface, which another
   * host or container does not have. All interfaces (`0.0.0.0`, `::`) and loopback are the same
   * everywhere and not reported; neither is an address only a development run binds.
   */
  function checkBindHost(node: TSESTree.Node, scope: Scope, addressOnly: boolean): void {
    const target = unwrapExpression(node);
    const value = getStaticString(target, scope);
    if (value === undefined) return;
    const host = getRemoteHostName(value);
    if (host === undefined || (addressOnly && !isIPv4(host)) || isNonProductionOnly(target) || isEnvDefaultBranch(target)) return;
    add({
      node: target,
      messageId: isDeno() ? 'listenHostDeno' : 'listenHost',
      data: { host: shortenForMessage(host) },
      values: [value],
      names: target.type === 'Identifier' ? [target.name, 'HOST'] : ['HOST'],
      // `const HOST = '10.0.4.12'`: the constant is replaced, as a port's is.
      suggestion: { messageId: 'useEnv', node: (target.type === 'Identifier' && getConstInitializer(target, scope)) || target, text: envRead('HOST') },
    });
  }

  // app.set('port', 3000) on a known express app
  function checkAppSetPort(call: TSESTree.CallExpression, receiver: TSESTree.Node): void {
    const [name, value] = call.arguments;
    if (!name || !value || name.type !== 'Literal' || name.value !== 'port' || value.type === 'SpreadElement') return;
    const scope = scopeOf(call);
    apps ??= indexApps(sourceCode);
    if (apps.resolve(receiver, scope)) checkPort(value, scope);
  }

  /** `server.run(8000)`, `server.run({ port: 8000 })` on a boardgame.io server this file creates. */
  function checkRunPort(call: TSESTree.CallExpression, receiver: TSESTree.Node): void {
    apps ??= indexApps(sourceCode);
    if (apps.resolve(receiver, scopeOf(call))?.factory.framework === 'boardgame.io') checkListen(call);
  }

  /**
   * A port handed to a method of an app this file creates (`METHOD_PORT_OPTIONS`): hapi 16's
   * `server.connection({ port: 3000 })`, a Nest hybrid app's `app.connectMicroservice({ transport:
   * Transport.TCP, options: { port: 3001 } })` (a second listener, configured like
   * `createMicroservice`'s), GraphQL Yoga 1's `server.start({ port: 4000 })`, Bolt's `app.start(3000)`.
   */
  function checkMethodPort(call: TSESTree.CallExpression, receiver: TSESTree.Node, ports: MethodPorts): void {
    if (call.arguments.length === 0 || !importsAnyModule(sourceCode, ports.modules)) return;
    apps ??= indexApps(sourceCode);
    const framework = apps.resolve(receiver, scopeOf(call))?.factory.framework;
    const option = framework === undefined ? undefined : ports.frameworks.get(framework);
    if (option) checkPortOption(call, option);
  }

  /**
   * Bun serves a module's default export that has a `fetch` handler, on its `port` and `hostname`:
   * `export default { port: 3000, fetch: app.fetch }` (Hono's and Elysia's templates for Bun).
   */
  function checkServerExport(declaration: TSESTree.Node): void {
    const target = unwrapExpression(declaration);
    if (target.type !== 'ObjectExpression') return;
    let fetch: TSESTree.Node | undefined;
    let port: TSESTree.Node | undefined;
    let hostname: TSESTree.Node | undefined;
    for (const property of target.properties) {
      if (property.type !== 'Property' || property.computed) continue;
      const key = getPropertyName(property);
      if (key === 'fetch') fetch = property.value;
      else if (key === 'port') port = property.value;
      else if (key === 'hostname') hostname = property.value;
      // `scheduled`, `queue`, `email`, `tail`: a Cloudflare Worker's handlers, which Bun does not call;
      // the platform routes requests to a Worker, whatever port its object names.
      else if (key !== undefined && WORKER_ONLY_HANDLERS.has(key)) return;
    }
    // A handler: a function, method or a reference to one (`app.fetch`, `handler`), not an options object.
    const handler = fetch && unwrapExpression(fetch);
    if (!handler || !(isFunctionNode(handler) || handler.type === 'Identifier' || handler.type === 'MemberExpression')) return;
    if (port) checkPort(port, scopeOf(target));
    if (hostname) checkBindHost(hostname, scopeOf(target), false);
  }

  /** The port a call is handed in one of its arguments (`PortOption`), when it has one there. */
  function checkPortOption(call: TSESTree.CallExpression | TSESTree.NewExpression, option: PortOption): void {
    const given = call.arguments[option.argument];
    if (!given || given.type === 'SpreadElement') return;
    const scope = scopeOf(call);
    // `Deno.serve(isDesktop ? undefined : { port: 8000 }, handler)`: the options of either branch.
    const target = unwrapExpression(given);
    for (const argument of target.type === 'ConditionalExpression' ? [target.consequent, target.alternate] : [given]) {
      // A Nest gRPC microservice's `options: { url: '0.0.0.0:5000' }`.
      if (option.address && hasMemberOrNone(argument, option.address.onlyWith, scope, true)) {
        const address = getOptionValue(argument, option.address.path, call, scope);
        if (address) checkAddressPort(address, scope);
        continue;
      }
      if (option.onlyWith && !hasMemberOrNone(argument, option.onlyWith, scope)) continue;
      const port = getOptionValue(argument, option.path, call, scope);
      // Either branch configures the one listener the call starts.
      if (port) checkPort(port, scope, 0, given);
      for (const path of option.host ?? []) {
        const host = getOptionValue(argument, path, call, scope);
        if (!host) continue;
        checkBindHost(host, scope, false);
        break;
      }
    }
  }

  function checkGlobalFetch(call: TSESTree.CallExpression): void {
    const callee = call.callee;
    if (callee.type !== 'Identifier' || callee.name !== 'fetch') return;
    const variable = findVariable(scopeOf(call), callee);
    if (variable && variable.defs.length > 0) return;
    checkHttpCall(call, { label: 'fetch()', argument: 0, keys: [] });
  }

  /** A string literal that is not structural, or a plain template, that is not a piece of a concatenation. */
  function inspectWholeString(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
    const credentialLike = mayBeCredentialValue(value);
    // Only binding contexts are checked there, and they need a credential-like value.
    if (inspectStringValue(node, value, credentialLike) && checks.names && credentialLike) followBinding(node, value);
  }

  function onLiteral(node: TSESTree.Literal): void {
    // Each property is read once, and no more of the tree than the value needs: for the many
    // literals skipped here, these reads are the cost.
    const value = node.value;
    if (typeof value !== 'string' || value.length === 0) return;
    const parent = node.parent;
    // A piece of a concatenation is never structural (an import source, a key, a directive).
    if (parent.type === 'BinaryExpression' && parent.operator === '+') {
      if (checks.tokens && value.length >= 20) scanTokens(node, value, false, NO_CONTEXT);
      const root = getConcatRoot(node);
      if (scannedRoots.has(root)) return;
      // A URL or key=value pair split over pieces, or a piece of a value that lands in a binding.
      if (mayHoldUrlOrPair(value)) {
        inspectCompound(root);
      } else if (!contextCheckedRoots.has(root)) {
        contextCheckedRoots.add(root);
        if (getValueContext(root, sourceCode).type !== 'none') inspectCompound(root);
      }
      return;
    }
    // Module names, keys and directives (a fifth of the corpus's strings) hold no configuration:
    // the test reads only the parent, which is at hand, so it comes before the value's checks.
    if (!isStructuralLiteral(node, parent)) inspectWholeString(node, value);
  }

  function onTemplate(node: TSESTree.TemplateLiteral): void {
    if (node.parent.type === 'TSLiteralType' || node.parent.type === 'TSTemplateLiteralType') return;
    if (node.expressions.length === 0) {
      const value = node.quasis[0]?.value.cooked;
      if (typeof value === 'string' && value.length > 0) {
        if (node.parent.type === 'BinaryExpression' && node.parent.operator === '+') {
          inspectCompound(getConcatRoot(node));
        } else {
          inspectWholeString(node, value);
        }
      }
      return;
    }
    if (checks.tokens) {
      for (const quasi of node.quasis) {
        const cooked = quasi.value.cooked;
        if (typeof cooked === 'string' && cooked.length >= 20 && scanTokens(node, cooked, false, NO_CONTEXT)) break;
      }
    }
    if (hasUrlOrPair(node.quasis)) inspectCompound(getConcatRoot(node));
  }

  /**
   * Calls matter only where `.listen(…)`, `app.set('port', …)`, `app.connectMicroservice(…)` or
   * `app.enableCors(…)` on an app made in this file, a global `fetch(…)`, a plugin's `register` or
   * a bot's `login` can occur; elsewhere no listener is called on every call of the file.
   */
  function listensToCalls(): boolean {
    return (
      (checks.ports && (mentionsName(sourceCode, 'listen') || mayCreateApps(sourceCode))) ||
      (checks.remoteApis && mentionsName(sourceCode, 'fetch')) ||
      (checks.sinks && importsAnyModule(sourceCode, SINK_CALL_MODULES)) ||
      (checks.corsOrigins && importsAnyModule(sourceCode, CORS_CALL_MODULES))
    );
  }

  function onCall(node: TSESTree.CallExpression): void {
    const callee = node.callee;
    if (callee.type === 'MemberExpression') {
      if (callee.computed || callee.property.type !== 'Identifier') return;
      const method = callee.property.name;
      if (method === 'register') {
        if (checks.sinks) checkPluginSecret(node);
        if (checks.corsOrigins) checkCorsPlugin(node);
      } else if (INSTANCE_SINK_METHODS.has(method)) {
        if (checks.sinks) checkInstanceSink(node, method, callee.object);
      } else if (method === 'strategy') {
        if (checks.sinks) checkHapiStrategy(node, callee.object);
      } else if (method === 'enableCors') {
        if (checks.corsOrigins) checkEnableCors(node, callee.object);
      } else if (checks.ports) {
        if (method === 'listen') checkListen(node);
        else if (method === 'set') checkAppSetPort(node, callee.object);
        else if (method === 'run') checkRunPort(node, callee.object);
        else if (method === 'bindAsync') checkBindAddress(node);
        else if (method === 'bind') checkGrpcBind(node, callee.object);
        else {
          const ports = METHOD_PORTS.get(method);
          if (ports) checkMethodPort(node, callee.object, ports);
        }
      }
    } else if (checks.remoteApis && callee.type === 'Identifier' && callee.name === 'fetch') {
      checkGlobalFetch(node);
    }
  }

  /** The old `grpc` package's synchronous `server.bind('0.0.0.0:50051', credentials)`, on a server this file creates (not `fn.bind(this)`). */
  function checkGrpcBind(call: TSESTree.CallExpression, receiver: TSESTree.Node): void {
    const address = call.arguments[0];
    if (call.arguments.length !== 2 || !address || !((address.type === 'Literal' && typeof address.value === 'string') || address.type === 'TemplateLiteral' || address.type === 'BinaryExpression' || address.type === 'Identifier')) return;
    if (!importsAnyModule(sourceCode, GRPC_BIND_MODULES)) return;
    apps ??= indexApps(sourceCode);
    if (apps.resolve(receiver, scopeOf(call))?.factory.framework === 'grpc') checkBindAddress(call);
  }

  /**
   * gRPC's `server.bindAsync('0.0.0.0:50051', credentials, callback)`: the port of the address,
   * written in it or as its last part (`0.0.0.0:${PORT}`, `'0.0.0.0:' + PORT`).
   */
  function checkBindAddress(call: TSESTree.CallExpression): void {
    const address = call.arguments[0];
    if (!address || address.type === 'SpreadElement' || call.arguments.length < 2) return;
    checkAddressPort(address, scopeOf(call));
  }

  /** The port of a `host:port` address a server binds (gRPC's), written in it or as its last part. */
  function checkAddressPort(address: TSESTree.Node, scope: Scope): void {
    const target = unwrapExpression(address);
    const lastQuasi = target.type === 'TemplateLiteral' ? target.quasis[target.quasis.length - 1] : undefined;
    const portPart =
      target.type === 'TemplateLiteral' && lastQuasi?.value.cooked === '' ? target.expressions[target.expressions.length - 1] : target.type === 'BinaryExpression' && target.operator === '+' ? target.right : undefined;
    if (portPart) {
      checkPort(portPart, scope);
      return;
    }
    const text = getStaticString(target, scope);
    const match = text === undefined ? null : /:(\d{1,5})$/.exec(text);
    if (!text || !match) return;
    const port = Number(match[1]);
    addListenSite(target);
    if (!isPort(port) || isNonProductionOnly(target)) return;
    const host = text.slice(0, text.length - match[0].length);
    const fixable = target.type === 'Literal' && !/[`\\$]/.test(host);
    const fixText = (read: string): string => `\`${host}:\${${read} ?? ${port}}\``;
    portFixes.set(target, { site: target, target, fixNode: target, text: fixable ? fixText : undefined });
    add({
      node: target,
      messageId: isDeno() ? 'listenPortDeno' : 'listenPort',
      data: { port: String(port) },
      values: [String(port)],
      names: ['PORT'],
      suggestion: fixable ? { messageId: 'useEnv', node: target, text: fixText(envRead('PORT')) } : undefined,
    });
  }

  /** `app.keys = ['…']` on a Koa app this file creates: the keys that sign its cookies. */
  function checkKoaKeys(): void {
    apps ??= indexApps(sourceCode);
    for (const instance of apps.instances) {
      if (instance.factory.framework !== 'koa' || instance.factory.creates !== 'app' || !instance.variable) continue;
      for (const ref of instance.variable.references) {
        const member = ref.identifier.parent;
        if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || getPropertyName(member) !== 'keys') continue;
        const assignment = member.parent;
        if (assignment?.type === 'AssignmentExpression' && assignment.left === member && assignment.operator === '=') reportSinkValue(assignment.right, scopeOf(assignment), KOA_KEYS_SINK, 0);
      }
    }
  }

  /**
   * `module.exports = (app) => { app.keys = ['…']; … }` in a file that imports Koa or its session
   * module: the app is handed in, named `app` or typed as Koa's (`app: Koa`). Found from the text
   * of `.keys`, so only such files pay for it.
   */
  function checkKoaKeyParameters(): void {
    const text = sourceCode.text;
    for (let at = text.indexOf('.keys'); at !== -1; at = text.indexOf('.keys', at + 5)) {
      // Only an assignment (`.keys =`, not `Object.keys(…)` or `.keys ===`) is looked up in the tree.
      if (!ASSIGNED_AFTER.test(text.slice(at + 5, at + 40))) continue;
      const property = sourceCode.getNodeByRangeIndex(at + 1) as TSESTree.Node | null;
      const member = property?.parent;
      if (member?.type !== 'MemberExpression' || member.property !== property || member.computed) continue;
      const assignment = member.parent;
      if (assignment.type !== 'AssignmentExpression' || assignment.left !== member || assignment.operator !== '=') continue;
      const object = unwrapExpression(member.object);
      if (object.type === 'Identifier' && isKoaAppParameter(object)) reportSinkValue(assignment.right, scopeOf(assignment), KOA_KEYS_SINK, 0);
    }
  }

  function isKoaAppParameter(identifier: TSESTree.Identifier): boolean {
    const variable = findVariable(scopeOf(identifier), identifier);
    const def = variable?.defs[0];
    if (variable?.defs.length !== 1 || def?.type !== 'Parameter' || def.name.type !== 'Identifier') return false;
    const annotation = def.name.typeAnnotation?.typeAnnotation;
    if (annotation?.type === 'TSTypeReference') {
      const typeName = annotation.typeName;
      const name = typeName.type === 'Identifier' ? typeName.name : typeName.type === 'TSQualifiedName' ? typeName.right.name : undefined;
      return name === 'Koa' || name === 'Application';
    }
    return annotation === undefined && def.name.name === 'app';
  }

  /** `client.login('…')` on a discord.js Client this file creates: a secret handed to a method of an instance. */
  function checkInstanceSink(call: TSESTree.CallExpression, method: string, receiver: TSESTree.Node): void {
    apps ??= indexApps(sourceCode);
    const framework = apps.resolve(receiver, scopeOf(call))?.factory.framework;
    if (framework === undefined) return;
    for (const row of INSTANCE_METHOD_SINKS) if (row.framework === framework && row.method === method) checkSink(call, row.sink);
  }

  /** The row of the plugin that `register(plugin, options)` is handed with its options, if any. */
  function getRegisteredPlugin<T>(call: TSESTree.CallExpression, plugins: readonly PluginRow<T>[]): PluginRow<T> | undefined {
    const first = call.arguments[0];
    if (!first || first.type === 'SpreadElement' || call.arguments.length < 2) return undefined;
    return findPlugin(first, scopeOf(call), plugins);
  }

  /** `app.enableCors({ origin })` on a NestJS app made in this file. */
  function checkEnableCors(call: TSESTree.CallExpression, receiver: TSESTree.Node): void {
    apps ??= indexApps(sourceCode);
    if (apps.resolve(receiver, scopeOf(call))?.factory.framework === 'nestjs') checkCorsOptions(call, NEST_ENABLE_CORS);
  }

  /** `fastify.register(cors, { origin: 'https://app.example.com' })`: Fastify's CORS plugin. */
  function checkCorsPlugin(call: TSESTree.CallExpression): void {
    const plugin = getRegisteredPlugin(call, CORS_PLUGINS);
    if (plugin) checkCorsOptions(call, plugin.info);
  }

  /** The origins in the options a CORS middleware or server is handed. */
  function checkCorsOptions(call: TSESTree.CallExpression | TSESTree.NewExpression, cors: CorsOption): void {
    const scope = scopeOf(call);
    for (const index of cors.arguments) {
      const argument = call.arguments[index];
      if (!argument || argument.type === 'SpreadElement') continue;
      const origin = getOptionValue(argument, cors.path, call, scope);
      if (origin) reportCorsOrigin(origin, scope, cors.label, 0, true);
    }
  }

  /**
   * `origin: 'https://app.example.com'`, also in an array, a `const` or either branch of a
   * conditional: a front end's address of one deploy. Local addresses, placeholders, `'*'`,
   * patterns, functions and fallbacks of environment reads are left alone.
   */
  function reportCorsOrigin(node: TSESTree.Node, scope: Scope, client: string, depth: number, whole: boolean): void {
    if (depth > 3) return;
    const target = unwrapExpression(node);
    switch (target.type) {
      case 'ArrayExpression':
        for (const element of target.elements) if (element && element.type !== 'SpreadElement') reportCorsOrigin(element, scope, client, depth + 1, false);
        return;
      case 'Identifier': {
        const init = getConstInitializer(target, scope);
        if (init) reportCorsOrigin(init, scope, client, depth + 1, whole && init.type !== 'ArrayExpression');
        return;
      }
      case 'ConditionalExpression':
        reportCorsOrigin(target.consequent, scope, client, depth + 1, false);
        reportCorsOrigin(target.alternate, scope, client, depth + 1, false);
        return;
      case 'Literal':
      case 'TemplateLiteral': {
        const text = getStaticString(target, scope);
        const host = text === undefined ? undefined : getRemoteHttpHost(text);
        if (text === undefined || host === undefined || isNonProductionOnly(target) || HOSTED_TOOL_ORIGINS.has(host.toLowerCase())) return;
        const read = envRead('CORS_ORIGIN');
        add({
          node: target,
          messageId: 'corsOrigin',
          data: { host: shortenForMessage(host), client, read },
          values: [text, host],
          names: ['CORS_ORIGIN'],
          // One origin is replaced by the variable; one of several is left to the author (a list to split).
          suggestion: whole ? { messageId: 'useEnv', node: target, text: read } : undefined,
        });
        return;
      }
      default:
    }
  }

  /** `server.auth.strategy('token', 'jwt', { keys: '…' })`: the key of hapi's `jwt` scheme. */
  function checkHapiStrategy(call: TSESTree.CallExpression, receiver: TSESTree.Node): void {
    if (receiver.type !== 'MemberExpression' || receiver.computed || receiver.property.type !== 'Identifier' || receiver.property.name !== 'auth') return;
    const scheme = call.arguments[1];
    if (scheme && scheme.type !== 'SpreadElement' && getStaticString(scheme, scopeOf(call)) === 'jwt') checkSink(call, HAPI_JWT_STRATEGY_SINK);
  }

  /** `fastify.register(require('@fastify/jwt'), { secret: '…' })`: a secret handed to a plugin. */
  function checkPluginSecret(call: TSESTree.CallExpression): void {
    const plugin = getRegisteredPlugin(call, SECRET_SINK_PLUGINS);
    if (plugin) checkSink(call, plugin.info);
  }

  /**
   * `export const typeOrmConfig: TypeOrmModuleOptions = { host: '10.0.0.7', password: '…' }` (also `{ … }
   * satisfies DataSourceOptions`, `as PoolConfig`): a module-level object typed as a client's options,
   * which the client is handed in another file, is checked as that client's options.
   */
  function checkTypedClientOptions(): void {
    for (const statement of sourceCode.ast.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type !== 'VariableDeclaration') continue;
      for (const declarator of declaration.declarations) {
        const init = declarator.init;
        if (!init) continue;
        const type = declarator.id.typeAnnotation?.typeAnnotation ?? (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression' ? init.typeAnnotation : undefined);
        if (type?.type !== 'TSTypeReference') continue;
        // `PoolConfig`, or a namespace's member: `Knex.Config` of `import { Knex } from 'knex'`.
        const typeName = type.typeName;
        const named = typeName.type === 'Identifier' ? typeName : typeName.type === 'TSQualifiedName' && typeName.left.type === 'Identifier' ? typeName.left : undefined;
        if (!named) continue;
        const scope = scopeOf(declarator);
        const source = getModuleOfValue(named, scope);
        const typePath = source && (typeName.type === 'TSQualifiedName' ? [...source.path, typeName.right.name] : source.path).join('.');
        const row = source && TYPED_CLIENT_OPTIONS.find((candidate) => candidate.module === source.module && candidate.type === typePath);
        const options = unwrapExpression(init);
        if (!row || options.type !== 'ObjectExpression') continue;
        for (const returned of row.client.factory ? getFactoryOptions(options, options, scope) : [options]) checkClientOptions(returned, returned, row.client, scope);
      }
    }
  }

  /**
   * `class JwtStrategy extends PassportStrategy(Strategy) { constructor() { super({ secretOrKey: '…' }) } }`
   * with passport-jwt's `Strategy`: NestJS hands the `super()` options to the strategy, as `new Strategy(…)` would be.
   */
  function checkPassportStrategies(): void {
    for (const reference of findPassportMixins(sourceCode)) {
      const mixin = reference.node;
      const strategy = mixin.type === 'CallExpression' ? mixin.arguments[0] : undefined;
      if (!strategy || strategy.type === 'SpreadElement') continue;
      const source = getModuleOfValue(strategy, scopeOf(strategy));
      if (source?.module !== 'passport-jwt' || source.path.join('.') !== 'Strategy') continue;
      const owner = mixin.parent;
      if (!owner || (owner.type !== 'ClassDeclaration' && owner.type !== 'ClassExpression') || owner.superClass !== mixin) continue;
      for (const element of owner.body.body) {
        if (element.type !== 'MethodDefinition' || element.kind !== 'constructor' || !element.value.body) continue;
        for (const statement of element.value.body.body) {
          const call = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
          if (call?.type === 'CallExpression' && call.callee.type === 'Super') checkSink(call, PASSPORT_JWT_SINK);
        }
      }
    }
  }

  /** Where the file uses known APIs: secret sinks, clients of backing services, servers and CORS options. */
  function onProgram(): void {
    const needsApis = checks.sinks || checks.backing || checks.clientPorts || checks.ports || checks.remoteApis || checks.corsOrigins;
    if (!needsApis) return;
    // Which modules the file imports is read from its text once for all the rule's questions; a
    // search for a word reads the whole text again, so it is left to the few files that import Koa.
    if (checks.sinks && importsAnyModule(sourceCode, KOA_SETUP_MODULES) && mentions(sourceCode, 'keys')) {
      if (importsAnyModule(sourceCode, KOA_MODULES)) checkKoaKeys();
      checkKoaKeyParameters();
    }
    if (checks.sinks && importsAnyModule(sourceCode, NEST_PASSPORT_MODULES)) checkPassportStrategies();
    const references = (checks.remoteApis || checks.corsOrigins ? findStrictTargets : findBaseTargets)(sourceCode);
    for (const reference of references) {
      if (reference.kind === 'read') continue;
      const call = reference.node;
      if (call.type !== 'CallExpression' && call.type !== 'NewExpression') continue;
      const target = reference.info;
      if (target.type === 'sink') {
        if (checks.sinks) checkSink(call, target.sink);
      } else if (target.type === 'client') {
        if (checks.backing || checks.clientPorts) checkClient(call, target.client);
      } else if (target.type === 'http') {
        if (checks.remoteApis) checkHttpCall(call, target.http);
      } else if (target.type === 'cors') {
        if (!checks.corsOrigins) continue;
        const method = target.cors.method;
        if (method === undefined) checkCorsOptions(call, target.cors);
        else for (const methodCall of getCallsOnResult(call, getBindingOf(sourceCode, call), method)) checkCorsOptions(methodCall, target.cors);
      } else {
        if (checks.ports) checkPortOption(call, target.port);
        if (checks.corsOrigins && target.port.cors) checkCorsOptions(call, target.port.cors);
      }
    }
    if ((checks.backing || checks.clientPorts) && importsAnyModule(sourceCode, TYPED_OPTION_MODULES)) checkTypedClientOptions();
    if (checks.ports) {
      for (const reference of findRuntimeServers(sourceCode)) {
        if (reference.node.type === 'CallExpression') checkPortOption(reference.node, reference.member.info);
      }
      for (const statement of sourceCode.ast.body) {
        if (statement.type === 'ExportDefaultDeclaration') checkServerExport(statement.declaration);
      }
    }
  }

  function onProgramExit(): void {
    const filename = readContext(context, 'filename');
    if (listenSites.length > 1 && portFixes.size > 0) nameOwnPorts();
    for (const finding of findings.values()) {
      if (matchesAny(allowedValues, finding.values) || matchesAny(allowedNames, finding.names)) continue;
      if (!checks.developmentSecrets && DEVELOPMENT_EXEMPT.has(finding.messageId) && (isNonProductionOnly(finding.node) || isRequiredInProduction(finding) || isDevelopmentOnlyFile(filename) || isSeedDataFile(filename))) continue;
      const suggestion = finding.suggestion;
      // A port or bind address is a deployed service's concern; an Electron app's local server picks its own.
      (SERVICE_CONCERNS.has(finding.messageId) ? reportServiceConcern : report)(context, {
        node: finding.node,
        messageId: finding.messageId,
        data: finding.data,
        suggest: suggestion
          ? [
              {
                messageId: suggestion.messageId,
                data: { replacement: shortenForMessage(suggestion.text, 80) },
                fix: (fixer) => fixer.replaceText(suggestion.node, suggestion.text),
              },
            ]
          : [],
      });
    }
    // Nothing of the file is kept once it is done: its tree is let go with it.
    forgetFile();
    context = NO_FILE;
    sourceCode = NO_FILE;
  }

  /**
   * Forgets what was found in the last file: at its end, and again when the next one starts, in
   * case a crash cut the last one short. An empty collection is left as it is (clearing one allocates).
   */
  function forgetFile(): void {
    if (findings.size > 0) findings.clear();
    if (scannedRoots.size > 0) scannedRoots.clear();
    if (contextCheckedRoots.size > 0) contextCheckedRoots.clear();
    apps = undefined;
    denoModule = undefined;
    if (listenSites.length > 0) listenSites.length = 0;
    if (portFixes.size > 0) portFixes.clear();
    productionGuards = undefined;
  }

  /** Starts a file: sets its variables, resets what the last file left, and returns its listeners. */
  return function startFile(fileContext: RuleContext): TSESLint.RuleListener {
    context = fileContext;
    sourceCode = readContext(fileContext, 'sourceCode');
    minified = isMinified(sourceCode);
    checks = minified ? compiled.minifiedChecks : compiled.checks;
    scansConnections = checks.connections || checks.backing || checks.localUrls;
    forgetFile();
    return {
      Program: onProgram,
      Literal: onLiteral,
      TemplateLiteral: onTemplate,
      ...(listensToCalls() ? { CallExpression: onCall } : {}),
      'Program:exit': onProgramExit,
    };
  };

  /**
   * `const PASSWORD = '…'` used as `{ password: PASSWORD }` or `config.password = PASSWORD`: a
   * string bound to a never-reassigned variable is judged by the names it is handed on to as
   * well, and as the fallback of the environment reads it stands behind (`process.env.X ||
   * FALLBACK`), when its own binding's name did not get it reported. Callers pass only values that
   * may be credentials (`mayBeCredentialValue`): the names it finds judge nothing else.
   */
  function followBinding(literal: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
    if (findings.has(literal)) return;
    const child = valueChild(literal);
    const parent = child.parent;
    if (parent?.type !== 'VariableDeclarator' || parent.init !== child || parent.id.type !== 'Identifier') return;
    const name = parent.id.name;
    const variable = sourceCode.getDeclaredVariables(parent).find((candidate) => candidate.name === name);
    if (!variable || variable.defs.length !== 1) return;
    if (parent.parent.kind !== 'const' && variable.references.some((reference) => reference.isWrite() && !reference.init)) return;
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      const holder = identifier.parent;
      // Where it may be the fallback of an environment read: `process.env.JWT_SECRET || FALLBACK`, `z.string().default(FALLBACK)`.
      const fallback = holder?.type === 'LogicalExpression' || holder?.type === 'ConditionalExpression' || holder?.type === 'CallExpression';
      const handedOn =
        holder?.type === 'Property'
          ? holder.value === identifier && !holder.shorthand && holder.parent.type === 'ObjectExpression'
          : holder?.type === 'AssignmentExpression' && holder.right === identifier && holder.operator === '=';
      if (!fallback && !handedOn) continue;
      const valueContext = getValueContext(identifier, sourceCode);
      if (fallback ? valueContext.type !== 'fallback' : valueContext.type !== 'binding' || !classifySecretName(valueContext.name)) continue;
      checkValueContext(literal, value, valueContext);
      if (findings.has(literal)) return;
    }
  }
}
