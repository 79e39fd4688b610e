/**
 * Secret-ish names: `password`, `dbPassword`, `DB_PASSWORD`, `apiKey`, `client_secret`,
 * `authToken` — but not names that describe a secret (`passwordField`, `tokenType`,
 * `API_KEY_ENV_VAR`, `PASSWORD_MIN_LENGTH`, `secretName`), flags (`hasPassword`, `showSecret`) or
 * things that are only called tokens (`nextPageToken`, `cancelToken`, `maxTokens`).
 */

export interface SecretName {
  /** What the message calls it: `password`, `API key`, `token`, ... */
  readonly kind: string;
  /**
   * A bare `pass`: a password only in context (a `user` sibling, an `auth` parent). The rule
   * decides; everything else is certain enough on its own.
   */
  readonly ambiguous: boolean;
}

const enum CharType {
  Other,
  Lower,
  Upper,
  Digit,
}

function charType(code: number): CharType {
  if (code >= 97 && code <= 122) return CharType.Lower;
  if (code >= 65 && code <= 90) return CharType.Upper;
  if (code >= 48 && code <= 57) return CharType.Digit;
  return CharType.Other;
}

/**
 * The lower-case words of an identifier or key: camelCase, PascalCase, snake_case, SCREAMING_CASE,
 * kebab-case and dotted, with acronyms kept together (`JWTSecret` → `jwt`, `secret`) and digits
 * split off (`oauth2Token` → `oauth`, `2`, `token`).
 */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  let previous = CharType.Other;
  const push = (end: number): void => {
    if (end > start && start >= 0) words.push(name.slice(start, end).toLowerCase());
  };
  for (let i = 0; i < name.length; i++) {
    const type = charType(name.charCodeAt(i));
    if (type === CharType.Other) {
      push(i);
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (type === CharType.Upper && previous === CharType.Lower) {
      push(i);
      start = i;
    } else if (type === CharType.Lower && previous === CharType.Upper && i - start > 1) {
      // `APIKey`: the last capital starts the next word.
      push(i - 1);
      start = i - 1;
    } else if ((type === CharType.Digit) !== (previous === CharType.Digit)) {
      push(i);
      start = i;
    }
    previous = type;
  }
  push(name.length);
  return words;
}

const HEAD_WORDS: ReadonlyMap<string, string> = new Map([
  ['password', 'password'],
  ['passwords', 'password'],
  ['passwd', 'password'],
  ['passphrase', 'password'],
  ['pwd', 'password'],
  ['secret', 'secret'],
  ['secrets', 'secret'],
  ['token', 'token'],
  ['tokens', 'token'],
  ['credential', 'credential'],
  ['credentials', 'credential'],
  ['creds', 'credential'],
]);

/** `…Key` is a secret only with one of these in front: `apiKey`, `privateKey`, `signingKey`. */
const KEY_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['api', 'API key'],
  ['access', 'access key'],
  ['secret', 'secret key'],
  ['private', 'private key'],
  ['signing', 'signing key'],
  ['sign', 'signing key'],
  ['encryption', 'encryption key'],
  ['encrypt', 'encryption key'],
  ['decryption', 'encryption key'],
  ['cipher', 'encryption key'],
  ['crypto', 'encryption key'],
  ['master', 'master key'],
  ['auth', 'auth key'],
  ['session', 'session key'],
  ['service', 'service key'],
  ['subscription', 'subscription key'],
  ['hmac', 'HMAC key'],
  ['jwt', 'JWT key'],
  ['shared', 'shared key'],
  // `SECURITY_KEY`, `JWT_SECURITY_KEY`, `secureKey`: a key the app signs or encrypts with.
  ['security', 'security key'],
  ['secure', 'secure key'],
]);

/** Lower-case compounds: `apikey`, `authtoken`, `dbpassword`, `clientsecret`. Longest first. */
const COMPOUND_SUFFIXES: readonly (readonly [string, string])[] = [
  ['encryptionkey', 'encryption key'],
  ['securitykey', 'security key'],
  ['passphrase', 'password'],
  ['privatekey', 'private key'],
  ['signingkey', 'signing key'],
  ['credentials', 'credential'],
  ['accesskey', 'access key'],
  ['secretkey', 'secret key'],
  ['securekey', 'secure key'],
  ['masterkey', 'master key'],
  ['passwords', 'password'],
  ['password', 'password'],
  ['authkey', 'auth key'],
  ['secrets', 'secret'],
  ['apikey', 'API key'],
  ['passwd', 'password'],
  ['secret', 'secret'],
  ['tokens', 'token'],
  ['token', 'token'],
];

/** Words that may follow the secret word without turning the name into metadata. */
const VALUE_SUFFIXES = new Set([
  'value',
  'val',
  'str',
  'string',
  'raw',
  'plain',
  'plaintext',
  'hex',
  'b',
  'base',
  'buf',
  'buffer',
  'bytes',
  'dev',
  'development',
  'prod',
  'production',
  'staging',
  'test',
  'local',
  'default',
  'fallback',
  'old',
  'new',
  'current',
  'v',
]);

/** A name starting with one of these is a flag, a function, a limit or a condition: `hasPassword`, `showSecret`, `invalidToken`. */
const LEADING_EXCLUDED = new Set([
  'is',
  'has',
  'have',
  'show',
  'hide',
  'toggle',
  'validate',
  'verify',
  'check',
  'require',
  'requires',
  'required',
  'enable',
  'enabled',
  'disable',
  'disabled',
  'use',
  'uses',
  'no',
  'with',
  'without',
  'allow',
  'allows',
  'can',
  'should',
  'must',
  'get',
  'set',
  'on',
  'handle',
  'min',
  'max',
  'need',
  'needs',
  'include',
  'includes',
  'generate',
  'create',
  'ask',
  'prompt',
  'reveal',
  'remember',
  'save',
  'store',
  'fetch',
  'load',
  'read',
  'parse',
  'render',
  'count',
  'num',
  'total',
  // A condition, as error codes name it: `InvalidSecretKey`, `MISSING_API_KEY`, `expiredToken`.
  'invalid',
  'missing',
  'expired',
  'wrong',
  'incorrect',
  'malformed',
  'revoked',
]);

/**
 * Before a secret word or a key's word, a stand-in or a key that is published:
 * `REDACTED_PASSWORD`, `dummyToken`, `DUMMY_SIGNATURE`, `fakeKey`, `PUBLIC_KEY`.
 */
const STAND_IN_WORDS: ReadonlySet<string> = new Set(['masked', 'redacted', 'placeholder', 'dummy', 'fake', 'mock', 'public', 'publishable']);

/**
 * Anywhere before the secret word: a hash, a mask, a stand-in (`REDACTED_CREDENTIAL_VALUE`,
 * `placeholderToken`), a limit or the shape of a password (`PREFIX_LEGACY_API_KEY`) is not the
 * password, and `fieldPassword`, `FORM_PASSWORD_LABEL`, `queryToken` name where a user's secret goes.
 */
const PRECEDING_EXCLUDED = new Set([
  ...STAND_IN_WORDS,
  'hashed',
  'hash',
  'encrypted',
  'min',
  'max',
  'field',
  'column',
  'attr',
  'attribute',
  'label',
  'translation',
  'i18n',
  'locale',
  'route',
  'metric',
  'flag',
  'param',
  'query',
  'form',
  'prefix',
  'suffix',
  'pattern',
  'regex',
  'format',
  // The category a token belongs to (`JWT_CATEGORY_SESSION_TOKEN`): a marker, not the token.
  'category',
]);

/**
 * Where a secret is kept, when a naming word follows (`CONFIG_KEY_SIGNING_KEY`, `storageKeyToken`,
 * `SETTINGS_PATH_SECRET`: the key or path a secret is filed under). Followed by anything else they
 * are the service or setting the secret belongs to: `CACHE_PASSWORD`, `ME_CONFIG_BASICAUTH_PASSWORD`,
 * `STORAGE_ACCOUNT_PASSWORD`, `EVENT_WEBHOOK_SECRET` are secrets.
 */
const KEPT_IN = new Set(['config', 'setting', 'settings', 'storage', 'cache', 'event', 'feature']);
const NAMING_WORDS = new Set(['key', 'keys', 'name', 'names', 'path', 'id', 'field', 'prop', 'property', 'entry', 'item', 'var']);

/** Whether a word before the secret word at `index` says the name is not the secret's own. */
function isExcludedBefore(words: readonly string[], index: number): boolean {
  for (let i = 0; i < index; i++) {
    const word = words[i] ?? '';
    if (PRECEDING_EXCLUDED.has(word)) return true;
    if (KEPT_IN.has(word)) {
      for (let j = i + 1; j < index; j++) if (NAMING_WORDS.has(words[j] ?? '')) return true;
    }
  }
  return false;
}

/** `nextPageToken`, `cancelToken`, `maxTokens`, `eosToken`, `csrfToken`, `INJECTION_TOKEN`. */
const TOKEN_EXCLUDED_QUALIFIERS = new Set([
  'page',
  'next',
  'prev',
  'previous',
  'continuation',
  'cancel',
  'cancellation',
  'pagination',
  'cursor',
  'sync',
  'start',
  'end',
  'stop',
  'eos',
  'bos',
  'pad',
  'unk',
  'mask',
  'sep',
  'cls',
  'special',
  'design',
  'color',
  'theme',
  'css',
  'style',
  'lexer',
  'parser',
  'lex',
  'syntax',
  'input',
  'output',
  'prompt',
  'completion',
  'context',
  'reserved',
  'word',
  'split',
  'csrf',
  'xsrf',
  'injection',
  'provider',
  'di',
  'cancellation',
  'bad',
  'unknown',
  'title',
  'lock',
  'access_denied',
  // A stand-in a parser swaps in for text (`PIPE_ESCAPE_TOKEN`, `SEPARATOR_TOKEN`, `EOF_TOKEN`).
  'escape',
  'separator',
  'delimiter',
  'sentinel',
  'marker',
  'eof',
]);

/** `dbPass`, `SMTP_PASS`, `authPass`: `pass` after one of these is a password. */
const PASS_QUALIFIERS = new Set([
  'db',
  'database',
  'smtp',
  'mail',
  'email',
  'user',
  'admin',
  'root',
  'auth',
  'login',
  'ftp',
  'sftp',
  'ssh',
  'redis',
  'mysql',
  'postgres',
  'pg',
  'mongo',
  'mongodb',
  'sql',
  'proxy',
  'basic',
  'http',
  'api',
  'app',
  'server',
  'client',
  'account',
  'service',
  'ldap',
  'rabbit',
  'rabbitmq',
  'amqp',
  'mq',
  'imap',
  'pop',
  'pop3',
  'bind',
  'master',
  // Official container images' variables: RABBITMQ_DEFAULT_PASS, AMQP_DEFAULT_PASS.
  'default',
  'broker',
  'mqtt',
  'nats',
  'kafka',
  'mariadb',
  'mssql',
  'oracle',
  'influx',
  'influxdb',
  'elastic',
  'couchdb',
  // Mail providers' SMTP logins: MAILGUN_PASS, gmailPass, SENDGRID_PASS.
  'mailgun',
  'sendgrid',
  'gmail',
  'mailjet',
  'postmark',
  'mailtrap',
  'zoho',
  'outlook',
  'ses',
  'mailer',
  'sender',
]);

function isDigits(word: string): boolean {
  return word.length > 0 && charType(word.charCodeAt(0)) === CharType.Digit;
}

function classifyHead(words: readonly string[], index: number): { kind: string; ambiguous: boolean } | undefined {
  const word = words[index] ?? '';
  const previous = index > 0 ? words[index - 1] : undefined;
  const head = HEAD_WORDS.get(word);
  if (head !== undefined) {
    if (head === 'token' && previous !== undefined && TOKEN_EXCLUDED_QUALIFIERS.has(previous)) return undefined;
    return { kind: head, ambiguous: false };
  }
  if (word === 'key' || word === 'keys') {
    if (previous === undefined) return undefined;
    const qualified = KEY_QUALIFIERS.get(previous);
    if (qualified !== undefined) return { kind: qualified, ambiguous: false };
    // secretOrKey (passport-jwt)
    if (previous === 'or' && index >= 2 && words[index - 2] === 'secret') return { kind: 'secret', ambiguous: false };
    return undefined;
  }
  // `passPhrase`, `PASS_PHRASE`: the compound `passphrase` split in two.
  if (word === 'phrase' && previous === 'pass') return { kind: 'password', ambiguous: false };
  // `teacher_pw`, `userPw`, `DB_PW`: a password's usual abbreviation after what it is for; alone, as `pass`.
  if (word === 'pw') return { kind: 'password', ambiguous: previous === undefined };
  if (word === 'pass') {
    if (previous === undefined) return { kind: 'password', ambiguous: true };
    return PASS_QUALIFIERS.has(previous) ? { kind: 'password', ambiguous: false } : undefined;
  }
  for (const [suffix, kind] of COMPOUND_SUFFIXES) {
    if (word.endsWith(suffix)) {
      const qualifier = word.slice(0, word.length - suffix.length);
      if (kind === 'token' && TOKEN_EXCLUDED_QUALIFIERS.has(qualifier)) return undefined;
      if (LEADING_EXCLUDED.has(qualifier) || PRECEDING_EXCLUDED.has(qualifier)) return undefined;
      return { kind, ambiguous: false };
    }
  }
  return undefined;
}

function classifyUncached(name: string): SecretName | undefined {
  const words = splitWords(name);
  if (words.length === 0 || words.length > 8) return undefined;
  let index = words.length - 1;
  while (index >= 0 && (VALUE_SUFFIXES.has(words[index] ?? '') || isDigits(words[index] ?? ''))) index--;
  if (index < 0) return undefined;
  const head = classifyHead(words, index);
  if (!head) return undefined;
  if (index > 0 && LEADING_EXCLUDED.has(words[0] ?? '')) return undefined;
  if (isExcludedBefore(words, index)) return undefined;
  if (isPublishedClientKey(words, index, head.kind)) return undefined;
  return head;
}

/**
 * Error-reporting and product-analytics services whose project key or token every client ships
 * with (browser and CLI builds alike): it only lets a client send events to the project. Their
 * secret keys are named so (`AMPLITUDE_SECRET_KEY`, `MIXPANEL_API_SECRET`), and a personal or auth
 * token reads the project's data (`POSTHOG_PERSONAL_API_KEY`, `BUGSNAG_AUTH_TOKEN`).
 */
const CLIENT_KEY_SERVICES: ReadonlySet<string> = new Set(['bugsnag', 'mixpanel', 'amplitude', 'posthog']);
const CLIENT_KEY_WORDS: ReadonlySet<string> = new Set(['project', 'api', 'public', 'client', 'browser', 'notifier']);

/** `bugsnagApiKey`, `MIXPANEL_TOKEN`, `AMPLITUDE_API_KEY`: such a service's project key (see `CLIENT_KEY_SERVICES`). */
function isPublishedClientKey(words: readonly string[], index: number, kind: string): boolean {
  if (kind !== 'API key' && kind !== 'token') return false;
  for (let i = index - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (CLIENT_KEY_SERVICES.has(word)) return true;
    if (!CLIENT_KEY_WORDS.has(word)) return false;
  }
  return false;
}

const NOT_SECRET = Symbol('not secret');

/**
 * A copy of `name` for a cache that outlives the file. Parsers hand out names as slices of the
 * file's text, and a cached slice would keep that whole text alive for the rest of the run.
 */
function detached(name: string): string {
  return (' ' + name).slice(1);
}

const cache = new Map<string, SecretName | typeof NOT_SECRET>();
const CACHE_LIMIT = 20_000;

/** Whether a binding, property or environment variable name says it holds a secret. Cached. */
export function classifySecretName(name: string): SecretName | undefined {
  const cached = cache.get(name);
  if (cached !== undefined) return cached === NOT_SECRET ? undefined : cached;
  // Keys with spaces are sentences (i18n keys such as 'Session Token'), not bindings.
  const result = name.length > 80 || /\s/.test(name) ? undefined : classifyUncached(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(detached(name), result ?? NOT_SECRET);
  return result;
}

/** Head words that `strict`'s entropy check also accepts: random values under these are keys. */
const WEAK_HEAD_WORDS = new Set(['key', 'keys', 'salt', 'auth', 'signature', 'sig', 'hmac', 'cipher', 'seed', 'pepper', 'pass']);

const weakCache = new Map<string, boolean>();

/**
 * A name that might hold a secret (`strict`): every secret name, plus `key`, `salt`, `auth`,
 * `signature` and the like as the head word. Values must then look random to be reported.
 */
export function isWeakSecretName(name: string): boolean {
  if (classifySecretName(name)) return true;
  const cached = weakCache.get(name);
  if (cached !== undefined) return cached;
  const result = isWeakHeadName(name);
  if (weakCache.size >= CACHE_LIMIT) weakCache.clear();
  weakCache.set(detached(name), result);
  return result;
}

/** The uncached half of `isWeakSecretName`: the head word alone. */
function isWeakHeadName(name: string): boolean {
  const words = splitWords(name);
  let index = words.length - 1;
  while (index >= 0 && (VALUE_SUFFIXES.has(words[index] ?? '') || isDigits(words[index] ?? ''))) index--;
  if (index < 0) return false;
  if (index > 0 && LEADING_EXCLUDED.has(words[0] ?? '')) return false;
  for (let i = 0; i < index; i++) if (STAND_IN_WORDS.has(words[i] ?? '')) return false;
  const head = words[index] ?? '';
  return WEAK_HEAD_WORDS.has(head) || head.endsWith('key') || head.endsWith('salt');
}

/** `SCREAMING_SNAKE_CASE` with at least one underscore: the name of an environment variable. */
export function isEnvVarName(value: string): boolean {
  if (value.length < 3 || charType(value.charCodeAt(0)) !== CharType.Upper) return false;
  let underscore = false;
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 95) {
      underscore = true;
      continue;
    }
    const type = charType(code);
    if (type !== CharType.Upper && type !== CharType.Digit) return false;
  }
  return underscore && value.charCodeAt(value.length - 1) !== 95;
}

/**
 * Whether the word at `start` of `segment` continues the one before it, which ends right there:
 * digits written onto a word (`s3`, `oauth2`), or a word written onto digits without a capital
 * to start it (`n8n`, `k8s`; in an all-capitals name, `N8N`), unlike `S3Secret`.
 */
function continuesWord(segment: string, start: number, previous: string): boolean {
  const type = charType(segment.charCodeAt(start));
  if (type === CharType.Digit) return true;
  if (!isDigits(previous.slice(-1))) return false;
  return type === CharType.Lower || segment === segment.toUpperCase();
}

/**
 * The environment variable a value should come from, from a binding or key path:
 * `['db', 'password']` → `DB_PASSWORD`, `['jwtSecret']` → `JWT_SECRET`. Repeated words collapse;
 * digits stay on the word they are written onto (`s3Secret` → `S3_SECRET`, `n8nApiUrl` →
 * `N8N_API_URL`, while `key_2` → `KEY_2`).
 */
export function toEnvName(segments: readonly string[]): string {
  const words: string[] = [];
  for (const segment of segments) {
    const lower = segment.toLowerCase();
    let end = -1;
    for (const word of splitWords(segment)) {
      const start = lower.indexOf(word, Math.max(end, 0));
      const previous = words[words.length - 1];
      if (start === end && previous !== undefined && continuesWord(segment, start, previous)) {
        words[words.length - 1] = previous + word;
      } else if (previous !== word) {
        words.push(word);
      }
      end = start + word.length;
    }
  }
  if (words.length === 0) return '';
  const name = words.join('_').toUpperCase();
  return isDigits(name) ? `_${name}` : name;
}
