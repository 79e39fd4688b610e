import { isLetter, isLocalDefaultPassword, isPlaceholderPassword } from './connection-strings';
import { isEnvVarName } from './names';
import { countDistinct, isPlaceholderTokenBody } from './placeholders';

/**
 * One known credential format: a vendor prefix and a fixed shape. Every row has a unit test in
 * tests/analysis/secrets/token-formats.test.ts.
 */
export interface TokenFormat {
  readonly id: string;
  /** What the message calls it: "GitHub token". */
  readonly name: string;
  /** Literal fragments one of which every match contains: the cheap test before the regex. */
  readonly prefixes: readonly string[];
  /** Linear-time, non-global; anchored on the vendor prefix and bounded by lookarounds. */
  readonly pattern: RegExp;
  /** Where the random part starts inside a match (after the vendor prefix). */
  readonly bodyOffset: number;
  /** Extra evidence a match must carry (a JWT header that decodes, a PEM block with a body). */
  readonly validate?: (match: string, text: string, index: number) => boolean;
  /** The environment variable the suggestion reads instead. */
  readonly envName: string;
}

export interface TokenMatch {
  readonly format: TokenFormat;
  /** The matched credential (for masking; never printed in full). */
  readonly value: string;
  readonly index: number;
}

type JwtKind = 'credential' | 'public' | 'none';

/**
 * What a JWT-shaped text is. `none` unless its first segment decodes to a JSON header (`{"alg":…}`).
 * `public` for tokens that are not credentials: jwt.io's sample token, printed in countless
 * READMEs; a Supabase anon key (`"role":"anon"`), which Supabase publishes to browsers by design
 * (row-level security guards the data); and the keys of Supabase's local development stack
 * (`"iss":"supabase-demo"`), the same for every install.
 */
function classifyJwt(match: string): JwtKind {
  const dot = match.indexOf('.');
  if (dot < 0) return 'none';
  try {
    const header = JSON.parse(Buffer.from(match.slice(0, dot), 'base64url').toString('utf8')) as unknown;
    if (typeof header !== 'object' || header === null || !('alg' in header)) return 'none';
    const payloadEnd = match.indexOf('.', dot + 1);
    const payload = Buffer.from(match.slice(dot + 1, payloadEnd), 'base64url').toString('utf8');
    if (payload.includes('"sub":"1234567890"')) return 'public';
    if (!payload.includes('supabase')) return 'credential';
    const claims = JSON.parse(payload) as unknown;
    if (typeof claims !== 'object' || claims === null) return 'credential';
    const { iss, role } = claims as { iss?: unknown; role?: unknown };
    return iss === 'supabase-demo' || (iss === 'supabase' && role === 'anon') ? 'public' : 'credential';
  } catch {
    return 'none';
  }
}

function isJwtHeader(match: string): boolean {
  return classifyJwt(match) === 'credential';
}

const JWT_SHAPE = /^eyJ[\w-]{10,2000}\.eyJ[\w-]{10,8000}\.[\w-]{10,2000}$/;

/**
 * Whether a whole value is a JWT that is published by design (see `classifyJwt`): not a secret under
 * any name, however random it looks.
 */
export function isPublicJwt(value: string): boolean {
  return value.startsWith('eyJ') && JWT_SHAPE.test(value) && classifyJwt(value) === 'public';
}

const BASE64_BODY = /^\s*(?:Proc-Type:[^\n]*\n[^\n]*\n\s*)?[A-Za-z0-9+/]{40}/;

/** A PEM header followed by a key body, not a header constant used to parse keys. */
function hasPemBody(match: string, text: string, index: number): boolean {
  return BASE64_BODY.test(text.slice(index + match.length, index + match.length + 300));
}

/** A Telegram bot token's secret part (after `<bot id>:`) is random, not filler. */
function hasTelegramBody(match: string): boolean {
  return !isPlaceholderTokenBody(match.slice(match.indexOf(':') + 3));
}

/** A Facebook app access token's secret part (after `<app id>|`) is random, not filler. */
function hasFacebookAppTokenBody(match: string): boolean {
  return !isPlaceholderTokenBody(match.slice(match.indexOf('|') + 1));
}

/**
 * The credential after `Bearer ` (or `Token `, `token `, the schemes some APIs take) looks
 * generated: a part (between `-`, `_` and `.`) mixes letters and digits, and it is no filler, no
 * variable name and no JWT (whose own row decides: jwt.io's sample is no secret). Words strung
 * together (`my-access-token-2`) are a test's or a document's stand-in.
 */
function isBearerCredential(match: string): boolean {
  if (match.startsWith('eyJ') || isEnvVarName(match) || isPlaceholderTokenBody(match)) return false;
  let letters = false;
  let digits = false;
  for (let index = 0; index <= match.length; index++) {
    const code = match.charCodeAt(index);
    // A separator or the end closes a part.
    if (Number.isNaN(code) || code === 45 || code === 95 || code === 46) {
      if (letters && digits) return true;
      letters = false;
      digits = false;
    } else if (code >= 48 && code <= 57) {
      digits = true;
    } else if (isLetter(code)) {
      letters = true;
    }
  }
  return false;
}

/** The credentials after `Basic `: base64 of printable `user:password`, with a password that is no placeholder or local default. */
function isBasicCredential(match: string): boolean {
  const decoded = Buffer.from(match, 'base64').toString('latin1');
  for (let index = 0; index < decoded.length; index++) {
    const code = decoded.charCodeAt(index);
    if (code < 32 || code > 126) return false;
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  // Few distinct characters for its length (`testuser:testpass`, `aaaab`) is a stand-in too.
  const lowVariety = countDistinct(password) < Math.min(10, Math.ceil((2 * password.length) / 3));
  return !lowVariety && !isPlaceholderPassword(password) && !isLocalDefaultPassword(password, user) && !isPlaceholderTokenBody(password);
}

/** A webhook URL's token (its last part: after a Discord webhook's id, a Make webhook's whole path) is random, not filler. */
function hasWebhookTokenBody(match: string): boolean {
  return !isPlaceholderTokenBody(match.slice(match.lastIndexOf('/') + 1));
}

/** A Mailchimp key's hex part is random, not filler. */
function hasMailchimpBody(match: string): boolean {
  return !isPlaceholderTokenBody(match.slice(0, 32));
}

/** Documented sample values, published by the vendors themselves (split so scanners skip this file). */
const DOCUMENTED_SAMPLES: readonly string[] = [
  'sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_' + 'BQokikJOvBiI2HlWgH4olfQ2',
  'sk_test_' + '26PHem9AhJZvU623DfE1x4sd',
  'AccountKey=' + 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq',
  // Azurite's account key on its own, as its constant or a credential's argument holds it.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq' + '/K1SZFPTOtr/KBHBeksoGMGw==',
  // The QStash CLI's development server: its default user's token and its fixed signing keys, the
  // same on every machine (base64 of `{"UserID":"defaultUser","Password":"defaultPassword"}`).
  'eyJVc2VySUQiOiJkZWZhdWx0VXNlciIsIlBhc3N3b3JkIjoiZGVmYXVsdFBhc3N3b3JkIn0' + '=',
  'sig_' + '7RvLjqfZBvP5KEUimQCE1pvpLuou',
  'sig_' + '7W3ZNbfKWk5NWwEs3U4ixuQ7fxwE',
  // OpenWeatherMap's sample `appid`s, which its documentation's URLs on samples.openweathermap.org carry.
  'b6907d289e10d714' + 'a6e88b30761fae22',
  'b1b15e88fa797225' + '412429c1c50c122a1',
];

function row(
  id: string,
  name: string,
  prefixes: readonly string[],
  pattern: RegExp,
  bodyOffset: number,
  envName: string,
  validate?: TokenFormat['validate'],
): TokenFormat {
  return validate ? { id, name, prefixes, pattern, bodyOffset, envName, validate } : { id, name, prefixes, pattern, bodyOffset, envName };
}

/** The catalogue. Patterns start at a vendor prefix, so they run only where the prefix occurs. */
export const TOKEN_FORMATS: readonly TokenFormat[] = [
  row('aws-access-key-id', 'AWS access key ID', ['AKIA', 'ASIA', 'ABIA', 'ACCA'], /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/, 4, 'AWS_ACCESS_KEY_ID'),
  row('github-token', 'GitHub token', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/, 4, 'GITHUB_TOKEN'),
  row('github-fine-grained-token', 'GitHub fine-grained token', ['github_pat_'], /\bgithub_pat_\w{60,240}\b/, 11, 'GITHUB_TOKEN'),
  row('gitlab-token', 'GitLab personal access token', ['glpat-'], /(?<![\w-])glpat-[\w-]{20,80}(?![\w-])/, 6, 'GITLAB_TOKEN'),
  row('slack-token', 'Slack token', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxo-'], /(?<![A-Za-z0-9])xox[abeoprs]-\d{6,16}-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])/, 5, 'SLACK_TOKEN'),
  row('slack-webhook', 'Slack webhook URL', ['hooks.slack.com/'], /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[\w/]{20,200}/, 31, 'SLACK_WEBHOOK_URL'),
  row('stripe-secret-key', 'Stripe secret key', ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'], /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,247}\b/, 8, 'STRIPE_SECRET_KEY'),
  // A webhook endpoint's signing secret (Stripe's, and Svix's, which Clerk and Resend use): whoever
  // holds it can sign events the endpoint then trusts. Stripe's dashboard gives 32 letters and digits,
  // its CLI 64 hex digits, Svix base64.
  row('webhook-signing-secret', 'webhook signing secret', ['whsec_'], /(?<![\w-])whsec_[A-Za-z0-9+/]{24,100}={0,2}(?![\w+/=-])/, 6, 'WEBHOOK_SECRET'),
  row('google-api-key', 'Google API key', ['AIza'], /(?<![\w-])AIza[\w-]{35}(?![\w-])/, 4, 'GOOGLE_API_KEY'),
  row('google-oauth-client-secret', 'Google OAuth client secret', ['GOCSPX-'], /(?<![\w-])GOCSPX-[\w-]{28}(?![\w-])/, 7, 'GOOGLE_CLIENT_SECRET'),
  row('openai-project-key', 'OpenAI API key', ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], /(?<![\w-])sk-(?:proj|svcacct|admin)-[\w-]{40,250}(?![\w-])/, 8, 'OPENAI_API_KEY'),
  row('openai-legacy-key', 'OpenAI API key', ['sk-'], /(?<![\w-])sk-[A-Za-z0-9]{48}(?![\w-])/, 3, 'OPENAI_API_KEY'),
  row('anthropic-api-key', 'Anthropic API key', ['sk-ant-'], /(?<![\w-])sk-ant-[a-z]{3,8}\d{2}-[\w-]{32,200}(?![\w-])/, 14, 'ANTHROPIC_API_KEY'),
  row('sendgrid-api-key', 'SendGrid API key', ['SG.'], /(?<![\w-])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/, 3, 'SENDGRID_API_KEY'),
  row('twilio-api-key', 'Twilio API key', ['SK'], /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/, 2, 'TWILIO_API_KEY'),
  row('npm-token', 'npm access token', ['npm_'], /\bnpm_[A-Za-z0-9]{36}\b/, 4, 'NPM_TOKEN'),
  row('pem-private-key', 'private key', ['-----BEGIN'], /-----BEGIN [A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----/, 0, 'PRIVATE_KEY', hasPemBody),
  row('jwt', 'JSON Web Token', ['eyJ'], /(?<![\w-])eyJ[\w-]{10,2000}\.eyJ[\w-]{10,8000}\.[\w-]{10,2000}(?![\w-])/, 0, 'API_TOKEN', isJwtHeader),
  row('azure-storage-key', 'Azure storage account key', ['AccountKey='], /AccountKey=[A-Za-z0-9+/]{86}==/, 11, 'AZURE_STORAGE_CONNECTION_STRING'),
  row('azure-shared-access-key', 'Azure shared access key', ['SharedAccessKey='], /SharedAccessKey=[A-Za-z0-9+/]{42,43}=/, 16, 'AZURE_SERVICEBUS_CONNECTION_STRING'),
  row('shopify-token', 'Shopify access token', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/, 6, 'SHOPIFY_ACCESS_TOKEN'),
  row('digitalocean-token', 'DigitalOcean token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], /\bdo[opr]_v1_[a-f0-9]{64}\b/, 7, 'DIGITALOCEAN_TOKEN'),
  row('huggingface-token', 'Hugging Face token', ['hf_'], /\bhf_[A-Za-z]{34}\b/, 3, 'HF_TOKEN'),
  // Supabase's secret API keys, which replace its service-role JWT (its publishable keys, `sb_publishable_…`, go to browsers).
  row('supabase-secret-key', 'Supabase secret key', ['sb_secret_'], /(?<![\w-])sb_secret_[\w-]{20,100}(?![\w-])/, 10, 'SUPABASE_SECRET_KEY'),
  row('postman-api-key', 'Postman API key', ['PMAK-'], /(?<![\w-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![\w-])/, 5, 'POSTMAN_API_KEY'),
  row('vault-token', 'HashiCorp Vault token', ['hvs.', 'hvb.'], /(?<![\w.-])hv[sb]\.[\w-]{24,200}(?![\w-])/, 4, 'VAULT_TOKEN'),
  // `<bot id>:AA<33 characters>`: the id comes first, so the prefix is the `:AA` after it (no fixed body offset).
  // Also in a Bot API URL, right after its `/bot` (`https://api.telegram.org/bot<token>/sendMessage`).
  row('telegram-bot-token', 'Telegram bot token', [':AA'], /(?:(?<=\/bot)|(?<![\w:]))\d{8,10}:AA[\w-]{33}(?![\w-])/, 0, 'TELEGRAM_BOT_TOKEN', hasTelegramBody),
  // Whoever holds a webhook's URL posts to its channel: the token is its last part.
  row('discord-webhook', 'Discord webhook URL', ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], /https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[\w-]{60,80}(?![\w-])/, 0, 'DISCORD_WEBHOOK_URL', hasWebhookTokenBody),
  // A Make (formerly Integromat) scenario's webhook: whoever holds the URL starts the scenario with their data.
  row('make-webhook', 'Make webhook URL', ['make.com/', 'integromat.com/'], /https:\/\/hook\.(?:[a-z]{2}\d\.)?(?:make|integromat)\.com\/[a-z0-9]{32}(?![\w-])/, 0, 'MAKE_WEBHOOK_URL', hasWebhookTokenBody),
  // `<32 hex digits>-us6`: the key names its data centre.
  row('mailchimp-api-key', 'Mailchimp API key', ['-us'], /(?<![\w-])[0-9a-f]{32}-us\d{1,2}(?![\w-])/, 0, 'MAILCHIMP_API_KEY', hasMailchimpBody),
  // `<app id>|<app secret>` (or the 27-character token Facebook issues for it): an app access token,
  // which calls the Graph API as the app. The id comes first, so the prefix is its last digit and the
  // `|` after it (a `|` alone is in every regular expression's source).
  row('facebook-app-token', 'Facebook app access token', ['0|', '1|', '2|', '3|', '4|', '5|', '6|', '7|', '8|', '9|'], /(?<![\w|])\d{15,16}\|(?:[0-9a-f]{32}|[\w-]{27})(?![\w-])/, 0, 'FACEBOOK_APP_ACCESS_TOKEN', hasFacebookAppTokenBody),
  // An HTTP Authorization header's credentials, whoever issued them. Last, so that a vendor's own row
  // names the token it recognises (`Bearer ghp_…` is a GitHub token). The match is the credential
  // alone, after its scheme.
  row('http-bearer-token', 'token of an Authorization header', ['Bearer ', 'Token ', 'token '], /(?<=(?<![\w-])(?:Bearer|[Tt]oken) )[\w.~+/-]{20,1000}=*(?![\w.~+/=-])/, 0, 'API_TOKEN', isBearerCredential),
  row('http-basic-credentials', 'HTTP Basic credentials', ['Basic '], /(?<=(?<![\w-])Basic )[A-Za-z0-9+/]{14,1000}={0,2}(?![\w+/=-])/, 0, 'BASIC_AUTH_CREDENTIALS', isBasicCredential),
];

const BEARER_FORMAT = TOKEN_FORMATS.find((format) => format.id === 'http-bearer-token') as TokenFormat;
/** A credential as the Authorization header's whole value: the characters of a bearer token's, no scheme before it. */
const RAW_CREDENTIAL = /^[\w.~+/-]{20,1000}=*$/;
/**
 * A Braintree tokenization key (`sandbox_g42y39zw_348pk9cgf3bgyw2b`), the `authorization` option of
 * its browser Drop-in: a key for browsers, published by design.
 */
const BRAINTREE_TOKENIZATION_KEY = /^(?:production|sandbox|development)_[a-z0-9]{8}_[a-z0-9]{16}$/;

/**
 * The credential of an Authorization header written without a scheme (`{ Authorization:
 * 'a8f5f167…' }`, as some APIs take their keys), judged as a bearer token's: whatever the header
 * holds is a credential, so it needs no vendor's format, only to look generated.
 */
export function findRawAuthorizationCredential(value: string): TokenMatch | undefined {
  return RAW_CREDENTIAL.test(value) && isBearerCredential(value) && !BRAINTREE_TOKENIZATION_KEY.test(value) ? { format: BEARER_FORMAT, value, index: 0 } : undefined;
}

/** The shortest string any row can match; shorter literals skip the catalogue entirely. */
export const MIN_TOKEN_LENGTH = 20;

function escapeRegExp(text: string): string {
  return text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
}

/** One pass over a literal decides whether any vendor prefix occurs at all (longest prefixes first). */
export function createPrefixFilter(formats: readonly TokenFormat[], flags = ''): RegExp {
  const prefixes = [...new Set(formats.flatMap((format) => format.prefixes))].sort((a, b) => b.length - a.length);
  return new RegExp(prefixes.map(escapeRegExp).join('|'), flags);
}

const BUILTIN_PREFIX_FILTER = createPrefixFilter(TOKEN_FORMATS, 'g');

/** The rows a matched prefix can start: `sk-` also leads to `sk-proj-` and `sk-ant-` rows. */
const FORMATS_BY_PREFIX: ReadonlyMap<string, readonly TokenFormat[]> = new Map(
  [...new Set(TOKEN_FORMATS.flatMap((format) => format.prefixes))].map((prefix) => [
    prefix,
    TOKEN_FORMATS.filter((format) => format.prefixes.some((other) => other.startsWith(prefix) || prefix.startsWith(other))),
  ]),
);

/** After this many prefix hits in one string, every row is tried instead. */
const MAX_PREFIX_HITS = 16;

function isDocumentedSample(value: string): boolean {
  for (const sample of DOCUMENTED_SAMPLES) if (value.startsWith(sample)) return true;
  return false;
}

/**
 * Whether a whole value is published by its vendor for anyone to use (a documented sample, a public
 * JWT, see `isPublicJwt`): no secret under any name, however random it looks.
 */
export function isPublishedValue(value: string): boolean {
  return isDocumentedSample(value) || isPublicJwt(value) || PUBLIC_PROJECT_KEY.test(value) || EMULATOR_CREDENTIALS.has(value);
}

/**
 * Whole values that local emulators of cloud services take as their fixed credentials, the same on
 * every machine and worthless against the real service: S3rver's `S3RVER`, its access key ID and
 * secret access key (s3rver, serverless-s3-local); and a service's documented test token, which
 * sends nothing: Postmark's `POSTMARK_API_TEST`.
 */
const EMULATOR_CREDENTIALS: ReadonlySet<string> = new Set(['S3RVER', 'POSTMARK_API_TEST']);

/**
 * Keys that a vendor makes to be sent from browsers and apps: PostHog's project API key (`phc_…`,
 * which can only write events to one project; its personal API keys, `phx_…`, are secrets) and
 * Mapbox's public access token (`pk.` and a base64url payload that starts `{"u":"`, which only
 * reads maps and is restricted by URL; its secret tokens, `sk.…`, are secrets).
 */
const PUBLIC_PROJECT_KEY = /^(?:phc_[A-Za-z0-9]{32,64}|pk\.eyJ1Ijoi[\w-]{10,400}\.[\w-]{10,100})$/;

function matchFormat(format: TokenFormat, text: string): TokenMatch | undefined {
  const match = format.pattern.exec(text);
  if (!match) return undefined;
  const value = match[0];
  if (format.validate && !format.validate(value, text, match.index)) return undefined;
  if (format.bodyOffset > 0 && isPlaceholderTokenBody(value.slice(format.bodyOffset))) return undefined;
  if (isDocumentedSample(value)) return undefined;
  return { format, value, index: match.index };
}

/** The catalogue rows whose prefixes occur in a string, in catalogue order; none for most strings. */
function candidateFormats(text: string): readonly TokenFormat[] {
  BUILTIN_PREFIX_FILTER.lastIndex = 0;
  let hit = BUILTIN_PREFIX_FILTER.exec(text);
  if (!hit) return [];
  const candidates = new Set<TokenFormat>();
  for (let hits = 0; hit; hits++) {
    if (hits >= MAX_PREFIX_HITS) return TOKEN_FORMATS;
    for (const format of FORMATS_BY_PREFIX.get(hit[0]) ?? []) candidates.add(format);
    hit = BUILTIN_PREFIX_FILTER.exec(text);
  }
  return TOKEN_FORMATS.filter((format) => candidates.has(format));
}

/**
 * The first known credential format in a string, if any: a length test and one prefix scan first,
 * the row patterns only for the prefixes that occur. Documented samples and placeholder bodies
 * (`ghp_xxxx…`, `AKIA…EXAMPLE`) are not matches.
 */
export function findToken(text: string, extra: readonly TokenFormat[] = [], extraFilter?: RegExp): TokenMatch | undefined {
  if (text.length >= MIN_TOKEN_LENGTH) {
    for (const format of candidateFormats(text)) {
      const match = matchFormat(format, text);
      if (match) return match;
    }
  }
  if (extra.length > 0 && (!extraFilter || extraFilter.test(text))) {
    for (const format of extra) {
      if (format.prefixes.some((prefix) => text.includes(prefix))) {
        const match = matchFormat(format, text);
        if (match) return match;
      }
    }
  }
  return undefined;
}

/**
 * A user-supplied format (option `additionalTokenPatterns`), or `undefined` when the pattern does
 * not compile: a bad option must not crash linting.
 */
export function createCustomFormat(name: string, source: string, prefix: string | undefined): TokenFormat | undefined {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'u');
  } catch {
    return undefined;
  }
  return { id: `custom:${name}`, name, prefixes: prefix ? [prefix] : [''], pattern, bodyOffset: prefix ? prefix.length : 0, envName: 'API_TOKEN' };
}
