import { isEnvVarName, splitWords } from './names';
import { isPlaceholder, isPublishedTestKey, normalizeWord } from './placeholders';

/**
 * Whether a literal under a secret-ish name is evidence of a hardcoded secret, or evidently
 * something else: a UI label or sentence, the key's own name, an environment-variable name, a
 * path or plain URL, an identifier (a column or header name), a hash of a password, an algorithm.
 */

/** Values that configure how a secret is used, not the secret (`credentials: 'include'`). */
const KNOWN_SETTINGS = new Set([
  'include',
  'omit',
  'same-origin',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'required',
  'optional',
  'bearer',
  'basic',
  'utf8',
  'utf-8',
  'base64',
  'base64url',
  'hex',
  'latin1',
  'binary',
  'ascii',
  'sha1',
  'sha256',
  'sha384',
  'sha512',
  'md5',
  'hs256',
  'hs384',
  'hs512',
  'rs256',
  'rs384',
  'rs512',
  'es256',
  'es384',
  'es512',
  'ps256',
  'none',
]);

/** Passwords people test against, not log in with: `password === '123456'` is a strength check. */
const COMMON_PASSWORDS = new Set([
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  '000000',
  '111111',
  '123123',
  '654321',
  '666666',
  'qwerty',
  'qwerty123',
  'qwertyuiop',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'abc123',
  'abcdef',
  'letmein',
  'iloveyou',
  'admin123',
  'welcome',
  'welcome1',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'master',
  'shadow',
  'trustno1',
  'superman',
  'changeme',
]);

/** `test-password`, `wrong-secret`: values written to exercise a check, not to configure one. */
const TEST_VALUE_PREFIX = /^(?:test|wrong|invalid|incorrect|bad|fake|dummy|new|old|other)-/;

/** Single lower-case words carrying these are dev secrets (`supersecret`, `mypassword`). */
const SECRET_FRAGMENTS = ['secret', 'passw'];

/**
 * Whitespace or a character outside printable ASCII: what no credential value holds. A regular
 * expression rather than a loop over `charCodeAt`: V8 tests the parser's strings this way about three
 * times faster.
 */
const NON_CREDENTIAL_CHARACTER = /[\t\n\v\f\r \x7f-\uffff]/;

/** Google's app password as its account page shows it, four groups of four letters: `hjmz efil jhep avln`. */
const GROUPED_APP_PASSWORD = /^[a-z]{4}(?: [a-z]{4}){3}$/;

/**
 * `hjmz efil jhep avln`: an app password (Gmail's SMTP password), the one credential written with
 * spaces; not the documented sample `abcd efgh ijkl mnop`, whose letters follow the alphabet.
 */
function isGroupedAppPassword(value: string): boolean {
  if (value.length !== 19 || !GROUPED_APP_PASSWORD.test(value)) return false;
  let steps = 0;
  for (let index = 1; index < value.length; index++) if (value.charCodeAt(index) === value.charCodeAt(index - 1) + 1) steps++;
  return steps < 6 && !isPlaceholder(value.replaceAll(' ', ''));
}

/**
 * `vdbbwgykbxeumsuc` (an app password copied without its spaces), `fjlkaafsjdjfskjfasdsaflkjafd`
 * (a key typed by hand): sixteen or more lower-case letters drawn at random or mashed on a
 * keyboard, so few of them vowels (a word or a name of that length has a third or more).
 */
function isRandomLetters(value: string): boolean {
  if (value.length < 16 || value.length > 128 || !/^[a-z]+$/.test(value)) return false;
  let vowels = 0;
  let steps = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 97 || code === 101 || code === 105 || code === 111 || code === 117) vowels++;
    if (index > 0 && code === value.charCodeAt(index - 1) + 1) steps++;
  }
  return vowels * 4 <= value.length && steps < 6 && !isPlaceholder(value);
}

function isLowerWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** `k3y`, `9zq`: a digit followed by a lower-case letter, common in random strings, rare in names. */
function isDigitThenLetter(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  const next = value.charCodeAt(index + 1);
  return code >= 48 && code <= 57 && next >= 97 && next <= 122;
}

/** `user_password`, `x-api-key`, `aes-256-gcm`, `auth.password.label`: identifiers, not secrets. */
function isSeparatedIdentifier(value: string): boolean {
  let separators = 0;
  let previousSeparator = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const separator = code === 95 || code === 45 || code === 46;
    if (separator) {
      if (previousSeparator) return false;
      separators++;
    } else if (!isLowerWordChar(code) || isDigitThenLetter(value, i)) {
      return false;
    }
    previousSeparator = separator;
  }
  return separators > 0 && !previousSeparator && isLowerWordChar(value.charCodeAt(0));
}

/** `accessToken`, `passwordHash`, `authTokenV2`: a camelCase identifier of two or more words. */
function isCamelIdentifier(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  let humps = 0;
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      humps++;
      const next = value.charCodeAt(i + 1);
      // A hump starts a lower-case word (or a version: `tokenV2`); random strings have lone capitals.
      if (!(next >= 97 && next <= 122) && !(next >= 48 && next <= 57)) return false;
    } else if (!isLowerWordChar(code) || isDigitThenLetter(value, i)) {
      return false;
    }
  }
  return humps > 0 && humps <= 4 && value.length <= 40;
}

/** `hostSettings:mailEventsSigningKey`, `auth.passwordLabel`: identifiers joined by `:` or `.`. */
function isIdentifierPath(value: string): boolean {
  let segments = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : 58;
    if (code !== 58 && code !== 46) continue;
    const segment = value.slice(start, i);
    if (segment.length === 0 || !(isSeparatedIdentifier(segment) || isCamelIdentifier(segment) || /^[a-z]+$/.test(segment))) return false;
    segments++;
    start = i + 1;
  }
  return segments >= 2;
}

/** One capitalised word: a label (`Password`) or a class's or namespace's name (`Env`). */
const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
/** A camel-case value ending in three or more digits: `ucTest123`. */
const CAMEL_WITH_NUMBER = /[a-z]\d{3,}$/i;

/** A word of an identifier: `BULLMQ_CONFIG`, `default`, `userId`, `auth_token`. */
function isNameWord(value: string): boolean {
  return /^[a-z]+$/.test(value) || isEnvVarName(value) || isCamelIdentifier(value) || isSeparatedIdentifier(value);
}

/**
 * `BULLMQ_CONFIG(default)`, `getQueueToken(mail)`: a name applied to a name, as dependency-injection
 * tokens and cache keys are built (`@nestjs/bullmq`'s `BULL_CONFIG_DEFAULT_TOKEN`); or a call of a
 * name without arguments, code a generator writes out (`REDIS_PASSWORD: 'Env.schema.string.optional()'`,
 * the validation AdonisJS's installer adds to an app's `start/env.ts`).
 */
function isCallNotation(value: string): boolean {
  const open = value.indexOf('(');
  if (open <= 0 || value.charCodeAt(value.length - 1) !== 41 || value.indexOf('(', open + 1) !== -1) return false;
  const callee = value.slice(0, open);
  const argument = value.slice(open + 1, -1);
  return isCalleeName(callee) && (argument.length === 0 || isNameWord(argument));
}

/** A name or a path of names, also led by a class's or namespace's (`Env.schema.string.optional`). */
function isCalleeName(callee: string): boolean {
  if (isNameWord(callee) || isIdentifierPath(callee)) return true;
  const dot = callee.indexOf('.');
  if (dot <= 0 || !CAPITALISED_WORD.test(callee.slice(0, dot))) return false;
  const rest = callee.slice(dot + 1);
  return isNameWord(rest) || isIdentifierPath(rest);
}

/** A media type, as `accept` lists and `Content-Type` headers name them: `image/*`, `application/vnd.api+json`. */
const MEDIA_TYPE = /^(?:application|audio|font|image|message|model|multipart|text|video|\*)\/(?:\*|[a-z\d][a-z\d.+-]*)$/;

/** `/etc/secret`, `./keys/private.pem`, `C:\keys`, `prod/db/password`, `cert.pem`. */
function isPathLike(value: string): boolean {
  const first = value[0];
  if (first === '/' || first === '~' || (first === '.' && (value[1] === '/' || value[1] === '.' || value[1] === '\\'))) return true;
  if (/^[A-Z]:[\\/]/i.test(value)) return true;
  if (/\.(?:pem|key|crt|cer|p12|pfx|jks|json|txt|env|ya?ml|js|ts|der|pub)$/i.test(value)) return true;
  if (!value.includes('/')) return false;
  // Secret-manager ids, URL paths, storage keys and action types: words between slashes
  // (`n8n-chat/sessionId`, `auth/REFRESH_TOKEN`).
  for (const segment of value.split('/')) {
    if (segment.length === 0 || (segment.length >= 3 && (isCamelIdentifier(segment) || isEnvVarName(segment)))) continue;
    // `popup/index.html#/at-risk-passwords`: a page's hash route starts after `#/`.
    const end = segment.charCodeAt(segment.length - 1) === 35 ? segment.length - 1 : segment.length;
    for (let i = 0; i < end; i++) {
      const code = segment.charCodeAt(i);
      if (!isLowerWordChar(code) && code !== 45 && code !== 95 && code !== 46 && code !== 58) return false;
    }
  }
  return true;
}

/**
 * `@brackets`, `@rematch`, `keyword.$0`, `string.$S2.delim`: a reference to a named state, rule or
 * capture group (a syntax grammar's token types and actions, a decorator or mention), written as
 * words joined by `.`, `-` or `_`, each a lower-case or camelCase word or a capture reference
 * (`$1`, `$S2`, `$#`), which may carry a lower-case suffix (`keyword.$0x`, a state name built from
 * the capture in Monaco's Ruby grammar). It starts with `@` or holds a capture reference; plain
 * paths are identifiers already. A secret word in it makes it a dev secret, as it does a plain
 * lower-case word. The alternatives begin with different characters and a reference's digits
 * cannot continue as its suffix, so the expression runs in linear time.
 */
const REFERENCE = /^@?(?:[a-z]+(?:[A-Z][a-z]+)*|\$S?\d{1,2}[a-z]*|\$#)(?:[-._](?:[a-z]+(?:[A-Z][a-z]+)*|\$S?\d{1,2}[a-z]*|\$#))*$/;

function isReference(value: string): boolean {
  return (value.charCodeAt(0) === 64 || value.includes('$')) && REFERENCE.test(value) && !hasSecretFragment(value.toLowerCase());
}

/** `data-api` of `.data-api`, `bs.modal` of `.bs.modal`: an identifier that carries no secret word. */
function isDotPrefixedIdentifier(rest: string): boolean {
  return !hasSecretFragment(rest) && (isSeparatedIdentifier(rest) || isIdentifierPath(rest) || /^[a-z]+$/.test(rest));
}

/**
 * `1.2.3`, `v2`, `2024-01-01`: versions and dates; also npm's version ranges (`^9.0.3`, `~1.2.x`,
 * `>=18.0.0`, `^1.0.0-beta.2`), as in a bundled `package.json`'s `dependencies`.
 */
function isVersionOrDate(value: string): boolean {
  return /^v?\d{1,4}(?:[.-]\d{1,4}){0,3}$/.test(value) || VERSION_RANGE.test(value);
}

/** A range operator and a version, or a version of two or three parts (one part alone may be a PIN), and a pre-release tag. */
const VERSION_RANGE =
  /^(?:(?:[=^~]|[<>]=?)v?\d{1,9}(?:\.(?:\d{1,9}|[xX*])){0,2}|v?\d{1,9}(?:\.(?:\d{1,9}|[xX*])){1,2})(?:-(?:alpha|beta|rc|next|canary|dev|pre|preview)(?:\.?\d{1,9})?)?$/;

/** `$2b$10$…` (bcrypt), `$argon2id$…`, `$6$…` (crypt): a hash of a password, not the password. */
function isPasswordHash(value: string): boolean {
  return /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|[156])\$/.test(value);
}

/**
 * Nouns of user interfaces and code that end a component's or type's name: `PasswordWidget`,
 * `TokenInput`; and of the OAuth 2.0 grants an API schema names (`password: 'PasswordFlow'` among
 * `implicit: 'ImplicitFlow'` in an OpenAPI document's types, `PasswordGrant`).
 */
const COMPONENT_NOUNS: ReadonlySet<string> = new Set([
  'widget',
  'field',
  'input',
  'component',
  'control',
  'label',
  'form',
  'editor',
  'dialog',
  'modal',
  'view',
  'screen',
  'page',
  'icon',
  'button',
  'type',
  'schema',
  'validator',
  'renderer',
  'template',
  'flow',
  'grant',
]);

/**
 * Whether the value is the key's own name, or any secret word (`password: 'Password'`), or names
 * what the key is for in the key's own words: a dependency-injection token such as
 * `TENANT_MEMBER_MODEL_TOKEN = 'TenantMember'` or `USER_REPOSITORY_TOKEN = 'UserRepository'`, or a
 * component or type named after the key (`password: 'PasswordWidget'` in a map of form widgets,
 * `password: 'PasswordFlow'` in an OpenAPI document's types), or the key
 * a storage key constant stands for (`KEY_CLIENT_TOKEN: 'WAToken1'`), or an option of the setting
 * the key names, in its words and more (`forceChangePassword: 'forceChangePasswordNextSignIn'`).
 */
export function isOwnName(value: string, name: string | undefined): boolean {
  const normalized = normalizeWord(value);
  if (normalized.length === 0) return true;
  if (name !== undefined && normalizeWord(name) === normalized) return true;
  if (name !== undefined) {
    const words = splitWords(name);
    const last = words[words.length - 1];
    if (last !== undefined && last === normalized) return true;
    if (/^[a-z]+$/i.test(value)) {
      const valueWords = splitWords(value);
      if (valueWords.length >= 2 && valueWords.every((word) => words.includes(word))) return true;
      // The key's words and then more: an option of that setting (`forceChangePassword === 'forceChangePasswordNextSignIn'`).
      if (words.length >= 2 && valueWords.length > words.length && words.every((word, index) => valueWords[index] === word)) return true;
      // Its words behind a library's or product's name, a dependency-injection token spelled out
      // (`REDIS_MODULE_CONNECTION_TOKEN = 'IORedisModuleConnectionToken'`); not behind whose or how
      // secret it is (`JWT_SECRET_TOKEN = 'MyJwtSecretToken'`).
      const lead = valueWords.length - words.length;
      if (words.length >= 3 && lead > 0 && !DEV_SECRET_LEAD.test(`${valueWords[0] ?? ''}_`) && words.every((word, index) => valueWords[lead + index] === word)) return true;
      // The key's word first and a component's noun last, in PascalCase: `PasswordWidget`, `TokenInput`.
      const [first] = valueWords;
      const lastWord = valueWords[valueWords.length - 1];
      if (valueWords.length >= 2 && first !== undefined && lastWord !== undefined && /^[A-Z]/.test(value) && words.includes(first) && COMPONENT_NOUNS.has(lastWord)) return true;
    }
    // A storage key's name: `KEY_CLIENT_TOKEN: 'WAToken1'` says under which key the token is kept,
    // and a value that carries the name's own last word names that key.
    if (words.length >= 2 && words[0] === 'key' && last !== undefined && /^[\w.:-]+$/.test(value) && splitWords(value).includes(last)) return true;
    if (isKindOfSecret(value, words)) return true;
  }
  return false;
}

/** Words that make the rest of a name the kind of a thing: `SCOPE_`, `TYPE_`, `KIND_`, `MODE_`, `CATEGORY_`. */
const KIND_WORDS: ReadonlySet<string> = new Set(['scope', 'type', 'kind', 'mode', 'category']);

/**
 * A constant for a kind of secret, whose value spells the words after the kind's word:
 * `AUTH_RATE_LIMIT_SCOPE_SHARED_SECRET = 'shared-secret'` (the scope a rate limiter counts
 * attempts with a shared secret under), `CREDENTIAL_TYPE_CLIENT_SECRET = 'client_secret'`.
 */
function isKindOfSecret(value: string, words: readonly string[]): boolean {
  const kind = words.findIndex((word, index) => index < words.length - 1 && KIND_WORDS.has(word));
  if (kind < 0 || !/^[\w.:-]+$/.test(value)) return false;
  const rest = words.slice(kind + 1);
  const valueWords = splitWords(value);
  return valueWords.length === rest.length && valueWords.every((word, index) => word === rest[index]);
}

export interface CredentialValueOptions {
  /** Shortest value still taken as a credential. */
  readonly minLength: number;
}

const DEFAULT_OPTIONS: CredentialValueOptions = { minLength: 6 };

/**
 * A cheap necessary condition of `isCredentialLikeValue` (with its default length) and of the
 * entropy check: at least 6 characters, printable ASCII, no whitespace (but for the spaces of a
 * grouped app password, `hjmz efil jhep avln`). Most string literals in
 * code (messages, short keys) fail it, so the costlier context work can be skipped for them.
 */
export function mayBeCredentialValue(value: string): boolean {
  return value.length >= DEFAULT_OPTIONS.minLength && (!NON_CREDENTIAL_CHARACTER.test(value) || isGroupedAppPassword(value));
}

/**
 * Whether a literal bound to a secret-ish name looks like a credential: not a label, sentence,
 * placeholder, name, path, plain URL, identifier, setting, version or hash. Single lower-case
 * words count only when they carry a secret word (`supersecret`, `mypassword`).
 */
export function isCredentialLikeValue(value: string, name: string | undefined, options: CredentialValueOptions = DEFAULT_OPTIONS): boolean {
  if (value.length < options.minLength || value.length > 1000) return false;
  if (NON_CREDENTIAL_CHARACTER.test(value)) return isGroupedAppPassword(value);
  // The identifier tests come first: they are the cheapest and answer for most strings in code.
  if (isIdentifierName(value)) return false;
  if (isPlaceholder(value) || isEnvVarName(value) || isOwnName(value, name)) return false;
  const lower = value.toLowerCase();
  if (KNOWN_SETTINGS.has(lower)) return false;
  if (value.includes('://') || value.startsWith('arn:') || isPathLike(value) || MEDIA_TYPE.test(value) || isVersionOrDate(value) || isPasswordHash(value)) return false;
  // Validation rules, header names, CLI flags, URNs.
  if (value.includes('|') || value.startsWith('x-') || value.startsWith('X-') || value.startsWith('-') || lower.startsWith('urn:')) return false;
  // Identifier paths (`auth.passwordLabel`), references (`@rematch`) and call notations (`BULLMQ_CONFIG(default)`) name things too.
  if (isIdentifierPath(value) || isReference(value) || isCallNotation(value)) return false;
  // `.data-api`, `.bs.modal`: an event namespace or a CSS class, an identifier after its dot.
  if (value.charCodeAt(0) === 46 && isDotPrefixedIdentifier(value.slice(1))) return false;
  // `'"snapshot"'`, `"'nodes'"`: a word in quotes is a token of another language (a JSON key a parser looks for, an SQL name).
  if (isQuotedIdentifier(value)) return false;
  // `'action:'`, `'requestHeaders:'`: a key as another language writes it (an editor's YAML completions).
  if (isKeyLabel(value)) return false;
  // Capitalised hyphenated words are labels: 'API-Token', 'Sitzungs-Token'.
  if (value !== lower && /^[A-Z]+(?:[-_][A-Z]+)+$/i.test(value)) return false;
  return true;
}

/**
 * Identifiers name things (`password_hash`, `accessToken`), except kebab-case dev secrets that say
 * what they are (`my-jwt-secret-2024`, `dev-password`), snake-case ones that say whose or how
 * secret they are (`my_jwt_secret_key`, `super_secret`) or end in a year (`shop_jwt_secret_2026`), and words ending in a common numeric
 * password (`json-server-auth-123456`). A capitalised word is a label ('Password',
 * 'Passwort'); a single lower-case word counts only when it carries a secret word (`supersecret`).
 */
function isIdentifierName(value: string): boolean {
  // `__clerkAuthToken`, `_session_id`: an identifier led by underscores (an internal or private name).
  if (value.charCodeAt(0) === 95) {
    const rest = value.replace(/^_+/, '');
    return rest.length > 0 && isIdentifierName(rest);
  }
  if (/^[a-z]+$/.test(value)) return !hasSecretFragment(value) && !isRandomLetters(value);
  if (CAPITALISED_WORD.test(value)) return true;
  // `ucTest123`, `myPass2024`: words and a number of three or more digits, as people make passwords; `userId2` names a thing.
  if (isCamelIdentifier(value)) return !CAMEL_WITH_NUMBER.test(value);
  if (!isSeparatedIdentifier(value)) return false;
  const lower = value.toLowerCase();
  if (TEST_VALUE_PREFIX.test(lower)) return true;
  return !((hasSecretFragment(lower) && (value.includes('-') || DEV_SECRET_LEAD.test(lower) || YEAR_END.test(lower))) || endsWithNumericPassword(lower));
}

/** `luxestay_jwt_secret_key_2026`: a secret word and a year at the end, a development secret; names of fields and keys carry no year. */
const YEAR_END = /_(?:19|20)\d\d$/;

/**
 * `my_jwt_secret_key`, `super_secret`, `top_secret`: snake case that says whose or how secret it
 * is, a development secret; field and parameter names carrying a secret word do not start so
 * (`client_secret`, `password_hash`, `new_password`).
 */
const DEV_SECRET_LEAD = /^(?:my|our|super|top|very|some)_/;

/**
 * `json-server-auth-123456`, `admin_123456`: words and then one of the digit strings people use as
 * passwords, a dev secret; identifiers number things otherwise (`aes-256-gcm`, `user-2`).
 */
function endsWithNumericPassword(lower: string): boolean {
  const separator = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('_'));
  const last = lower.slice(separator + 1);
  return /^\d{6,10}$/.test(last) && COMMON_PASSWORDS.has(last);
}

/** An identifier (see `isIdentifierName`) between a pair of the same quotes: `"snapshot"`, `'nodes'`, `` `id` ``. */
function isQuotedIdentifier(value: string): boolean {
  const quote = value.charCodeAt(0);
  return (quote === 34 || quote === 39 || quote === 96) && value.length > 2 && value.charCodeAt(value.length - 1) === quote && isIdentifierName(value.slice(1, -1));
}

/** An identifier (see `isIdentifierName`) and a colon after it: `action:`, `requestHeaders:`. */
function isKeyLabel(value: string): boolean {
  return value.charCodeAt(value.length - 1) === 58 && isIdentifierName(value.slice(0, -1));
}

function hasSecretFragment(lower: string): boolean {
  for (const fragment of SECRET_FRAGMENTS) if (lower.includes(fragment)) return true;
  return false;
}

/** Two to four capitalised words and nothing else: `MultiDevice`, `WebSocketServer`. */
const PASCAL_CASE_WORDS = /^(?:[A-Z][a-z]+){2,4}$/;

/**
 * Capitalised words without a secret word (`MultiDevice`): a name where a token is expected, since
 * tokens are not made of words. A password may be (`CorrectHorse`), and a value that says it is a
 * secret (`SuperSecretToken`) is a development one.
 */
export function isCapitalisedName(value: string): boolean {
  return PASCAL_CASE_WORDS.test(value) && !hasSecretFragment(value.toLowerCase());
}

/** An HTTP header's name as headers are written: `Shopify-Storefront-Private-Token`, `X-Hmac-Sha256`. */
const HEADER_CASED_NAME = /^[A-Z][a-z\d]*(?:-[A-Z][a-z\d]*)+$/;

/**
 * Text with structure that random keys lack: whitespace or non-ASCII characters, a placeholder, an
 * environment-variable name, a URL, path, version or password hash, an identifier (snake, kebab,
 * camel, dotted), hyphenated words or a header's name (`X-Shopify-Hmac-Sha256`). `strict`'s
 * entropy check skips these.
 */
export function isStructuredValue(value: string): boolean {
  if (NON_CREDENTIAL_CHARACTER.test(value) || isPlaceholder(value) || isEnvVarName(value)) return true;
  if (value.startsWith('X-') || value.startsWith('x-') || HEADER_CASED_NAME.test(value)) return true;
  if (value.includes('://') || value.startsWith('arn:') || isPathLike(value) || MEDIA_TYPE.test(value) || isVersionOrDate(value) || isPasswordHash(value)) return true;
  if (isSeparatedIdentifier(value) || isCamelIdentifier(value) || isIdentifierPath(value) || isReference(value)) return true;
  return /^[a-z]+(?:[-_][a-z]+)+$/i.test(value);
}

/** A well-known weak password: compared against in strength checks, not a login. */
export function isCommonPassword(value: string): boolean {
  return COMMON_PASSWORDS.has(value.toLowerCase());
}

/**
 * Whether the fallback of a secret-named environment read is a secret (`'dev-secret'`,
 * `'keyboard cat'`, even `'secret'`): anything but an empty string, a template marker, another
 * variable's name, a setting word, or a path or plain URL.
 */
export function isSecretFallbackValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return false;
  if (trimmed.includes('${') || trimmed.includes('{{') || (trimmed.startsWith('<') && trimmed.endsWith('>'))) return false;
  if (isEnvVarName(trimmed) || KNOWN_SETTINGS.has(trimmed.toLowerCase()) || isPublishedTestKey(trimmed)) return false;
  const lower = trimmed.toLowerCase();
  if (lower === 'undefined' || lower === 'null' || lower === 'nil') return false;
  return !trimmed.includes('://') && !isPathLike(trimmed);
}

/**
 * Whether a value reaching a secret sink (a JWT, session or HMAC secret) is one: any non-empty
 * string, except public keys and certificates and bare template markers.
 */
export function isSinkSecretValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return false;
  if (trimmed.startsWith('${') && trimmed.endsWith('}')) return false;
  if (trimmed.startsWith('-----BEGIN') && (trimmed.includes('PUBLIC KEY') || trimmed.includes('CERTIFICATE'))) return false;
  return true;
}
