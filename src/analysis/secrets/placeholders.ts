/**
 * Values that stand for a secret instead of being one: template markers (`${TOKEN}`, `{{key}}`,
 * `<password>`), masks (`****`, `xxxx`), and the words documentation uses (`changeme`,
 * `your-api-key`, `example`). Reporting them would be a false alarm.
 */

/** Whole values (lower case, separators removed) that are placeholders. */
const PLACEHOLDER_WORDS = new Set([
  'changeme',
  'changeit',
  'changethis',
  'replaceme',
  'todo',
  'tbd',
  'fixme',
  'placeholder',
  'example',
  'sample',
  'dummy',
  'fake',
  'mock',
  'test',
  'testing',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'default',
  'redacted',
  'hidden',
  'masked',
  'secret',
  'secrets',
  'password',
  'passwd',
  'pass',
  'pwd',
  'token',
  'apikey',
  'key',
  'value',
  'string',
  'xxx',
  // Markers of a value not given yet: `token: 'INVALID'` until a client logs in, `'UNSET'`, `'not-set'`.
  'invalid',
  'unset',
  'notset',
  'unknown',
  'missing',
  'disabled',
  'unconfigured',
  'notconfigured',
  'foo',
  'bar',
  'foobar',
  'abc',
]);

/** Fragments that, anywhere in a value, mark it as documentation rather than a secret. */
const PLACEHOLDER_FRAGMENTS = [
  'example',
  'placeholder',
  'redacted',
  'dummy',
  'changeme',
  'change-me',
  'change_me',
  'changethis',
  'change-this',
  'change_this',
  'replace_me',
  'replace-me',
  'xxxx',
  // The sample bot token of Telegram's Bot API documentation, `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.
  'abc-def1234ghikl',
];

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Anything but an ASCII letter or digit. */
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/gi;

/** Lower case with everything but ASCII letters and digits removed: `Your_API-Key` → `yourapikey`. */
export function normalizeWord(value: string): string {
  // Built-in replace and lower-casing: a loop appending one character at a time cost several times more.
  return value.replace(NOT_LETTER_OR_DIGIT, '').toLowerCase();
}

/** The longest run of one repeated character: `aaaa` → 4. */
export function longestRun(value: string): number {
  let best = value.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** `${NAME}`, `{{name}}`, `<name>`, `[name]`, `%s`, `:name` or `$NAME` markers. */
function hasTemplateMarker(value: string): boolean {
  if (value.includes('${') || value.includes('{{') || value.includes('%s') || value.includes('%(')) return true;
  const first = value[0];
  const last = value[value.length - 1];
  if ((first === '<' && last === '>') || (first === '[' && last === ']') || (first === '{' && last === '}')) return true;
  // :token, :response-time (route and format tokens), $PASSWORD
  if ((first === ':' || first === '$') && value.length > 1 && isIdentifierLike(value.slice(1).replaceAll('-', '_'))) return true;
  return isWrappedWord(value);
}

/** Characters that mark a word as a marker when they wrap it twice: `**email**`, `__TOKEN__`, `%%user%%`, `##key##`. */
const WRAPPING_MARKS = new Set([42, 95, 37, 35]);

function isWrappedWord(value: string): boolean {
  const mark = value.charCodeAt(0);
  const end = value.length - 2;
  if (end < 3 || !WRAPPING_MARKS.has(mark) || value.charCodeAt(1) !== mark || value.charCodeAt(end) !== mark || value.charCodeAt(end + 1) !== mark) return false;
  // Words only: `__Xk9aB3__` wraps something random, not a name.
  return /^[a-z]+(?:[-_][a-z]+)*$/i.test(value.slice(2, end));
}

function isIdentifierLike(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isAsciiLetterOrDigit(code) && code !== 95) return false;
  }
  return value.length > 0;
}

/**
 * Keys that CAPTCHA vendors publish for automated tests: they pass (or fail) every check and
 * protect nothing, so code and test setups carry them openly (split so scanners skip this file).
 */
const PUBLISHED_TEST_KEYS: ReadonlySet<string> = new Set([
  // Google reCAPTCHA v2: the test secret key and site key.
  '6LeIxAcTAAAAAGG-' + 'vFI1TnRWxMZNFuojJ4WifJWe',
  '6LeIxAcTAAAAAJcZ' + 'VRqyHh71UMIEGNQ_MXjiZKhI',
  // Cloudflare Turnstile: secret keys that always pass, always fail, or report a spent token.
  '1x000000000000000' + '0000000000000000AA',
  '2x000000000000000' + '0000000000000000AA',
  '3x000000000000000' + '0000000000000000AA',
  // hCaptcha: the test secret and site key.
  '0x00000000000000000000' + '00000000000000000000',
  '10000000-ffff-ffff-' + 'ffff-000000000001',
]);

/** A CAPTCHA vendor's published test key (see `PUBLISHED_TEST_KEYS`). */
export function isPublishedTestKey(value: string): boolean {
  return PUBLISHED_TEST_KEYS.has(value.trim());
}

/**
 * Whether a value is a stand-in for a secret, not a secret: empty, a template marker, a mask, a
 * documentation word (`changeme`, `your-token-here`, `<password>`), a single repeated character,
 * or a vendor's published test key.
 */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (PUBLISHED_TEST_KEYS.has(trimmed)) return true;
  if (hasTemplateMarker(trimmed)) return true;
  if (trimmed.length >= 3 && longestRun(trimmed) === trimmed.length) return true;
  if (trimmed.includes('***') || trimmed.includes('...') || trimmed.includes('…')) return true;
  const normalized = normalizeWord(trimmed);
  if (normalized.length === 0) return true;
  if (PLACEHOLDER_WORDS.has(normalized)) return true;
  if (normalized.startsWith('your') || normalized.startsWith('insert') || normalized.startsWith('enter') || normalized.startsWith('replace')) return true;
  if (normalized.endsWith('here')) return true;
  const lower = trimmed.toLowerCase();
  for (const fragment of PLACEHOLDER_FRAGMENTS) {
    if (lower.includes(fragment)) return true;
  }
  if (lower.includes('fake') && isFakeWords(lower)) return true;
  // `'sender password'`, `'api key'`: words that say what goes there.
  if (isDescribedSecret(lower)) return true;
  // `'oauth:YOUR_OAUTH_TOKEN'`: a scheme's word before a placeholder (Twitch's chat passwords start `oauth:`).
  // Not a pair of words (`user:pass:`): what follows is one value of eight characters or more.
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || colon > 10 || trimmed.length - colon <= 8 || trimmed.includes(':', colon + 1)) return false;
  return LETTERS.test(trimmed.slice(0, colon)) && isPlaceholder(trimmed.slice(colon + 1));
}

const LETTERS = /^[a-z]+$/i;
/** Words of letters between single spaces (at least two words). */
const SPACED_WORDS = /^[a-z]+(?: [a-z]+)+$/;
/** What a secret is called, as the last word of a description. */
const SECRET_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'pass', 'pwd', 'token', 'key', 'secret', 'apikey']);

/** `'sender password'`, `'bot token'`: words with spaces that end in what the value is. */
function isDescribedSecret(lower: string): boolean {
  return SPACED_WORDS.test(lower) && SECRET_WORDS.has(lower.slice(lower.lastIndexOf(' ') + 1));
}

/** Words of letters between `-`, `_` or spaces; the two never overlap, so the test runs in linear time. */
const WORDS = /^[a-z]+(?:[-_ ]+[a-z]+)*$/;

/**
 * `This-is-a-fake-token__Dont-send-this-to-the-Recaptcha-service` (an emulator's stand-in),
 * `fake-secret`: words only, one of them `fake`, which says what the value is. Digits make it a
 * value someone may use (`fake-secret-2024`).
 */
function isFakeWords(lower: string): boolean {
  return WORDS.test(lower) && lower.split(/[-_ ]+/).includes('fake');
}

/**
 * Whether the random part of a token is documentation filler rather than random: it names itself
 * (`EXAMPLE`, `sample`), is masked (`xxxx`, `0000…`), or has far too few distinct characters
 * (`abcabcabc…`).
 */
export function isPlaceholderTokenBody(body: string): boolean {
  const lower = body.toLowerCase();
  if (lower.includes('example') || lower.includes('sample') || lower.includes('xxxx') || lower.includes('dummy') || lower.includes('your') || lower.includes('placeholder') || lower.includes('redacted')) {
    return true;
  }
  if (longestRun(body) >= 6) return true;
  if (lower.includes('0123456789') || lower.includes('1234567890') || lower.includes('abcdefghij')) return true;
  return countDistinct(body) < Math.min(10, Math.ceil(body.length / 3));
}

/** How many distinct characters a string has. */
export function countDistinct(value: string): number {
  return new Set(value).size;
}

/**
 * Values that say no key is needed (`'not-needed'`, `'sk-no-key-required'`, `'none'`, `'dummy'`)
 * and the fixed keys local model servers document (`'ollama'`, `'lm-studio'`): what a client is
 * given when the server it calls checks no key. Compared with letters and digits only.
 */
const NO_KEY_MARKERS: ReadonlySet<string> = new Set([
  'notneeded',
  'notrequired',
  'notused',
  'unused',
  'nokey',
  'noapikey',
  'nokeyrequired',
  'nokeyneeded',
  'sknokeyrequired',
  'none',
  'dummy',
  'empty',
  'ollama',
  'lmstudio',
]);

/** Whether an API key's value says that no key is needed (see `NO_KEY_MARKERS`). */
export function isNoKeyMarker(value: string): boolean {
  return value.length <= 40 && NO_KEY_MARKERS.has(normalizeWord(value));
}

/**
 * The prefixes of keys that a client sends to their vendor: Stripe's and Paystack's `sk_test_`,
 * `pk_live_`, Mailgun's `key-`, SendGrid's `SG.`, Slack's `xoxb-`, GitHub's `ghp_`, AWS's
 * `AKIA`, Google's `AIza`, OpenAI's and Anthropic's `sk-`, WooCommerce's consumer key and secret
 * (`ck_`, `cs_`).
 */
const VENDOR_KEY_PREFIX = /^(?:(?:sk|pk|rk)_(?:test|live)_|key-|SG\.|xox[abpr]-|gh[pousr]_|AKIA|AIza|sk-|c[ks]_)/;

/**
 * A vendor's key format filled with a stand-in (`sk_test_xxxx`, `key-yourkeyhere`, `sk_test_mock`,
 * `cs_dummy`, the samples of those vendors' own documentation): a key sent to that vendor, which
 * rejects it, so even as a fallback it opens nothing.
 */
export function isVendorKeyPlaceholder(value: string): boolean {
  const prefix = VENDOR_KEY_PREFIX.exec(value);
  return prefix !== null && (isPlaceholder(value) || isPlaceholder(value.slice(prefix[0].length)));
}
