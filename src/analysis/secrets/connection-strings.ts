import { classifySecretName, isEnvVarName } from './names';
import { isPlaceholder, normalizeWord } from './placeholders';

/**
 * Connection strings, parsed by hand (no regex backtracking): URLs of any scheme with their user,
 * password and hosts (`redis://:pw@host`, `mongodb+srv://u:p@a,b/db`), and key=value forms
 * (`Server=…;Password=…;`, libpq's `host=… password=…`).
 */

/** Stands for a part of a template or concatenation whose value is unknown. */
export const UNKNOWN = '\u0000';

export interface ParsedUrl {
  /** Lower case, without `://`: `postgres`, `mongodb+srv`. */
  readonly scheme: string;
  readonly user: string | undefined;
  /** `undefined` when the URL has no password; may contain `UNKNOWN`. */
  readonly password: string | undefined;
  /**
   * Host names without ports, in lower case but for a variable's name (`DB_HOST`); several for
   * multi-host URLs. May be empty or contain `UNKNOWN`.
   */
  readonly hosts: readonly string[];
  readonly port: string | undefined;
  /** Where the scheme starts in the text. */
  readonly start: number;
  /** Where the authority (user, password, hosts) ends. */
  readonly end: number;
}

function isSchemeChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46;
}

/** `A`-`Z`, `a`-`z`. */
export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Characters that end a URL's authority. */
function isAuthorityEnd(code: number): boolean {
  // / ? # whitespace quotes ; ) and backtick
  return code === 47 || code === 63 || code === 35 || (code <= 32 && code !== 0) || code === 34 || code === 39 || code === 96 || code === 59 || code === 41;
}

/** `host:port` → host and port; `[::1]:6379` keeps the brackets off. */
export function splitHostPort(hostPort: string): { host: string; port: string | undefined } {
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close > 0) {
      const rest = hostPort.slice(close + 1);
      return { host: hostPort.slice(1, close), port: rest.startsWith(':') ? rest.slice(1) : undefined };
    }
  }
  const colon = hostPort.lastIndexOf(':');
  if (colon >= 0 && hostPort.indexOf(':') === colon) return { host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1) };
  return { host: hostPort, port: undefined };
}

/** Parses the URL whose `://` is at `separator`, or `undefined` when no scheme precedes it. */
export function parseUrlAt(text: string, separator: number): ParsedUrl | undefined {
  let start = separator;
  while (start > 0 && isSchemeChar(text.charCodeAt(start - 1))) start--;
  while (start < separator && !isLetter(text.charCodeAt(start))) start++;
  if (start === separator) return undefined;
  const scheme = text.slice(start, separator).toLowerCase();
  let end = separator + 3;
  while (end < text.length && !isAuthorityEnd(text.charCodeAt(end))) end++;
  const authority = text.slice(separator + 3, end);
  const at = authority.lastIndexOf('@');
  let user: string | undefined;
  let password: string | undefined;
  let hostPart = authority;
  if (at >= 0) {
    const userInfo = authority.slice(0, at);
    hostPart = authority.slice(at + 1);
    const colon = userInfo.indexOf(':');
    if (colon >= 0) {
      user = userInfo.slice(0, colon);
      password = userInfo.slice(colon + 1);
    } else {
      user = userInfo;
    }
  }
  const hosts: string[] = [];
  let port: string | undefined;
  for (const item of hostPart.split(',')) {
    const parsed = splitHostPort(item);
    // `DB_HOST`, `GM_DBURL`: a variable's name standing for the host (`postgres://DB_USER:DB_PASS@DB_HOST/DB_NAME`),
    // kept as written so that `isPlaceholderHost` knows it; no host name is written so.
    if (parsed.host.length > 0) hosts.push(isEnvVarName(parsed.host) ? parsed.host : parsed.host.toLowerCase());
    port ??= parsed.port;
  }
  return { scheme, user, password, hosts, port, start, end };
}

/** Words a sentence puts before a URL it shows as a sample: `format like`, `e.g.`, `for example:`. */
const EXAMPLE_CUES: readonly string[] = ['like', 'e.g.', 'e.g', 'eg.', 'example', 'examples', 'format', 'instance', 'such as'];

/**
 * Whether the sentence around the URL at `start` introduces it as a sample: `Must be in valid uri
 * format like dotenv://:key_1234@dotenvx.com/vault/.env.vault` (dotenv's error message). A cue word
 * is matched whole, with only spaces, quotes, `:` or `(` between it and the URL.
 */
export function isIntroducedAsExample(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && ' \t:("\'`'.includes(text.charAt(end - 1))) end--;
  if (end === start) return false;
  const before = text.slice(Math.max(0, end - 8), end).toLowerCase();
  return EXAMPLE_CUES.some((cue) => before.endsWith(cue) && (end === cue.length || !isLetter(text.charCodeAt(end - cue.length - 1))));
}

/** Every URL in a text (`…://…`), in order. Cheap when there is none: one `indexOf`. */
export function findUrls(text: string): ParsedUrl[] {
  const urls: ParsedUrl[] = [];
  let from = 0;
  for (;;) {
    const separator = text.indexOf('://', from);
    if (separator < 0) return urls;
    const parsed = parseUrlAt(text, separator);
    if (parsed) urls.push(parsed);
    from = separator + 3;
  }
}

export interface KeyValuePassword {
  /** The key as written: `Password`, `pwd`. */
  readonly key: string;
  readonly value: string;
  readonly index: number;
}

const KEY_VALUE_PASSWORD = /(?:^|[\s;&?])(password|passwd|pwd)[ \t]{0,3}=[ \t]{0,3}/i;
const PASSWORD_KEY_WORD = /pass|pwd/i;

/**
 * Whether `findKeyValuePassword` can find anything in a text: it has a `=` and a password key's
 * word. Cheap, and false for most strings with a `=` (markup, SQL, queries, code).
 */
export function mayHoldKeyValuePassword(text: string): boolean {
  return text.includes('=') && PASSWORD_KEY_WORD.test(text);
}

/**
 * The password of a key=value connection string (`Server=db;User ID=app;Password=S3cret;`,
 * libpq `host=db password=S3cret`, a form body `user=a&password=b`), if any.
 */
export function findKeyValuePassword(text: string): KeyValuePassword | undefined {
  if (!mayHoldKeyValuePassword(text)) return undefined;
  const match = KEY_VALUE_PASSWORD.exec(text);
  if (!match) return undefined;
  let start = match.index + match[0].length;
  const quote = text[start];
  let end: number;
  if (quote === "'" || quote === '"' || quote === '{') {
    const close = text.indexOf(quote === '{' ? '}' : quote, start + 1);
    start += 1;
    end = close < 0 ? text.length : close;
  } else {
    end = start;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 59 || code === 38 || code <= 32) break;
      end++;
    }
  }
  return { key: match[1] ?? 'password', value: text.slice(start, end), index: match.index };
}

/**
 * A name (or a path of names) called or indexed: `basic["password"],`, `os.environ.get("DB_PASSWORD")`,
 * `getpass()`. After `password =` that is code assigning a variable (a script in a template: Python,
 * shell, SQL), not a connection string's value; a password with a bracket after letters (`abc[12]x`)
 * is still one. Each character can be read only one way, so it runs in linear time.
 */
const CODE_EXPRESSION = /^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)*[[(][\])"'`a-z_$]/i;

/** Whether the value found after `password=` is code: a name called or indexed (`CODE_EXPRESSION`). */
export function isCodeExpression(value: string): boolean {
  return CODE_EXPRESSION.test(value);
}

/**
 * A URL query parameter that carries a credential: `?key=`, `&api_key=`, `?access_token=`,
 * `&client_secret=`, Azure's `?subscription-key=`, HubSpot's legacy `?hapikey=`.
 */
const QUERY_SECRET = /[?&]((?:api[_-]?|app[_-]?|auth[_-]?|access[_-]?|subscription[_-]?)?(?:key|token|secret)|client[_-]?secret|hapikey)=/gi;

/**
 * OpenWeatherMap's API key, `?appid=`. Elsewhere an `appid` is an application's public id
 * (WeChat's `appid=wx…` beside its `secret=`, Steam's numeric ids), so only its hosts count.
 */
const OPENWEATHERMAP_KEY = /[?&](appid)=/gi;

function isOpenWeatherMapHost(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === 'openweathermap.org' || lower.endsWith('.openweathermap.org');
}

export interface QuerySecret {
  /** The parameter as written: `key`, `api_key`. */
  readonly param: string;
  readonly value: string;
}

/**
 * The first credential-named query parameter of an `http(s)` URL in the text and its value, up to
 * the next `&`, `#`, quote or white space (`https://api.example.net/v1/profile?key=c7201cc5-…&id=`).
 */
export function findQuerySecret(text: string, url: ParsedUrl): QuerySecret | undefined {
  if (url.scheme !== 'http' && url.scheme !== 'https') return undefined;
  let end = url.end;
  // A part read at run time (`'?q=' + city + '&appid=…'`) is a piece of the query, not its end.
  while (end < text.length && (text.charCodeAt(end) === 0 || !isUrlEnd(text.charCodeAt(end)))) end++;
  const query = text.slice(url.end, end);
  if (!query.includes('=')) return undefined;
  QUERY_SECRET.lastIndex = 0;
  let match = QUERY_SECRET.exec(query);
  if (!match && url.hosts.length === 1 && isOpenWeatherMapHost(url.hosts[0] ?? '')) {
    OPENWEATHERMAP_KEY.lastIndex = 0;
    match = OPENWEATHERMAP_KEY.exec(query);
  }
  if (!match) return undefined;
  const start = match.index + match[0].length;
  let stop = start;
  while (stop < query.length && query.charCodeAt(stop) !== 38 && query.charCodeAt(stop) !== 35) stop++;
  return { param: match[1] ?? 'key', value: query.slice(start, stop) };
}

/** White space and quotes end a URL written in text. */
function isUrlEnd(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62;
}

const CONNECTION_KEY = /(?:^|[\s;])(?:server|host|hostaddr|data source|dbname|database|initial catalog|uid|user id|sslmode)[ \t]{0,3}=/i;

/**
 * Whether key=value text is a connection string (`Server=db;Password=…`, libpq `host=db
 * password=…`): pairs separated by `;`, or a key that locates a database. A form body or query
 * string (`email=a@b.c&password=…`) is not one.
 */
export function isConnectionKeyValue(text: string): boolean {
  return text.includes(';') || CONNECTION_KEY.test(text);
}

function isIPv4(host: string): boolean {
  const parts = host.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return false;
    for (let i = 0; i < part.length; i++) {
      const code = part.charCodeAt(i);
      if (code < 48 || code > 57) return false;
    }
    if (Number(part) > 255) return false;
  }
  return true;
}

export { isIPv4 };

const LOCAL_HOSTS = new Set(['localhost', '::1', '0.0.0.0', '::', '0:0:0:0:0:0:0:1', 'host.docker.internal', 'host.containers.internal', 'ip6-localhost']);

/** `localhost`, `127.x.x.x`, `::1`, `0.0.0.0`, `*.localhost`, Docker's host alias. */
export function isLocalHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (LOCAL_HOSTS.has(lower) || lower.endsWith('.localhost')) return true;
  return lower.startsWith('127.') && isIPv4(lower);
}

/**
 * The host of a `host[:port]` value when it is a fully qualified name or an IPv4 address that is
 * not local (`db.prod.internal`, `10.0.4.12:6379`), else undefined: single labels (`redis`, a
 * docker-compose name), placeholders, and anything that is not a host name.
 */
export function getRemoteHostName(value: string): string | undefined {
  const host = splitHostPort(value.trim()).host.toLowerCase();
  if (host.length === 0 || host.length > 253 || !host.includes('.') || isLocalHost(host) || isPlaceholderHost(host)) return undefined;
  let previous = 46;
  for (let index = 0; index < host.length; index++) {
    const code = host.charCodeAt(index);
    const alphanumeric = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    // No empty label, and no label that starts or ends with a hyphen (`xn--` inside one is fine).
    if (code === 46) {
      if (previous === 46 || previous === 45) return undefined;
    } else if (code === 45) {
      if (previous === 46) return undefined;
    } else if (!alphanumeric) {
      return undefined;
    }
    previous = code;
  }
  if (previous === 46 || previous === 45) return undefined;
  // The last label of a name has a letter (`internal`, `com`); all digits is an IPv4 address or a version.
  const last = host.slice(host.lastIndexOf('.') + 1);
  return /[a-z]/.test(last) || isIPv4(host) ? host : undefined;
}

/** Single-label development names (`redis`, `db`, `postgres`): a docker-compose service, not a deploy. */
export function isSingleLabelHost(host: string): boolean {
  return host.length > 0 && !host.includes('.') && !host.includes(':') && !isLocalHost(host);
}

/** First labels that only stand for a host; `cluster0` and `server` also start real names (`cluster0.ab1cd.mongodb.net`). */
const PLACEHOLDER_FIRST_LABELS: ReadonlySet<string> = new Set(['host', 'hostname', 'yourhost', 'somehost', 'servername', 'dbhost', 'db-host']);

const ATLAS_TEMPLATE_HOST = /^cluster\d*\.mongodb\.net$/;
const PLACEHOLDER_HOSTS = new Set(['host', 'hostname', 'server', 'servername', 'domain', 'address', 'ip', 'dbhost', 'db-host', 'yourhost', 'my-host', 'myhost', 'cluster', 'cluster0', 'somehost', 'some-host', 'remotehost']);

/**
 * Reserved for documentation (RFC 2606/6761) or evidently a stand-in: `example.com`, `<host>`,
 * `host`, a variable's name (`DB_HOST`).
 */
export function isPlaceholderHost(host: string): boolean {
  if (host.length === 0 || host.includes(UNKNOWN) || isEnvVarName(host)) return true;
  const lower = host.toLowerCase();
  if (PLACEHOLDER_HOSTS.has(lower) || isPlaceholder(lower)) return true;
  // `<cluster>.mongodb.net`, `{host}.rds.amazonaws.com`: a label in brackets stands for the real one.
  if (/[<>{}]/.test(lower)) return true;
  // `host.upstash.io`, `hostname.rds.amazonaws.com`: the word for a host in front of a provider's domain.
  const dot = lower.indexOf('.');
  if (dot > 0 && PLACEHOLDER_FIRST_LABELS.has(lower.slice(0, dot))) return true;
  // `cluster0.mongodb.net`: MongoDB Atlas's template; a real cluster's host has its id, after a dot
  // (`cluster0.ab1cd.mongodb.net`) or, in older ones, a hyphen (`cluster0-ab1cd.mongodb.net`).
  if (ATLAS_TEMPLATE_HOST.test(lower)) return true;
  if (lower.startsWith('your') || lower.startsWith('my-') || lower.includes('xxx') || lower.includes('*')) return true;
  for (const suffix of ['.example', '.test', '.invalid', '.local.test', 'example.com', 'example.org', 'example.net']) {
    if (lower.endsWith(suffix)) return true;
  }
  return false;
}

/** Passwords that only stand for one: `password`, `<password>`, `${DB_PASSWORD}`, `****`. */
export function isPlaceholderPassword(password: string): boolean {
  if (password.includes(UNKNOWN)) return true;
  if (isPlaceholder(password)) return true;
  // twilio://AccountSid:AuthToken@…, redis://:REDIS_PASSWORD@…: the password names itself. A
  // digit makes no name of it (`password123`, `secret1`, `Pg_pass_2024`): a weak password.
  if (classifySecretName(password) && !/\d/.test(password)) return true;
  const normalized = normalizeWord(password);
  return normalized === 'pw' || normalized === 'p' || normalized === 'pword' || normalized === 'mypassword' || normalized === 'mypass' || normalized === 'userpassword' || normalized === 'dbpassword';
}

/** Default credentials of local development images: `postgres`, `root`, `guest`, `admin`. */
const LOCAL_DEFAULT_PASSWORDS = new Set(['postgres', 'root', 'guest', 'admin', 'mysql', 'mongo', 'mongodb', 'redis', 'rabbitmq', 'dev', 'development', 'local', 'docker', 'sa', 'app', 'user']);

/** A development image's default password (or the user name again), fine against a local host only. */
export function isLocalDefaultPassword(password: string, user: string | undefined): boolean {
  const lower = password.toLowerCase();
  return LOCAL_DEFAULT_PASSWORDS.has(lower) || (user !== undefined && user.toLowerCase() === lower);
}
