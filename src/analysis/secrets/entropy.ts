/**
 * Randomness of short strings, for `strict`'s entropy check. A value's Shannon entropy is compared
 * with what a random string of the same length over the same alphabet has on average, so a
 * 16-character key is judged as fairly as a 64-character one (no "longer than 32" cliff).
 */

export type Charset = 'hex' | 'base64' | 'other';

export interface EntropySettings {
  /** Shortest value considered. */
  readonly minLength: number;
  /** Fraction of a random hex string's expected entropy a hex value must reach. */
  readonly hexThreshold: number;
  /** Fraction of a random base64 string's expected entropy other values must reach. */
  readonly base64Threshold: number;
}

export const DEFAULT_ENTROPY_SETTINGS: EntropySettings = { minLength: 16, hexThreshold: 0.8, base64Threshold: 0.85 };

const MAX_LENGTH = 512;

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** `hex` (0-9a-f, one case), `base64` (letters, digits, `+/=_-`), or `other`. */
export function detectCharset(value: string): Charset {
  let hex = true;
  let lowerHex = false;
  let upperHex = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    const lower = code >= 97 && code <= 122;
    const upper = code >= 65 && code <= 90;
    if (digit) continue;
    if (lower && code <= 102) lowerHex = true;
    else if (upper && code <= 70) upperHex = true;
    else hex = false;
    if (!lower && !upper && code !== 43 && code !== 47 && code !== 61 && code !== 95 && code !== 45) return 'other';
  }
  return hex && !(lowerHex && upperHex) ? 'hex' : 'base64';
}

const expectedCache = new Map<number, Float64Array>();

/**
 * The expected Shannon entropy of `length` characters drawn uniformly from `alphabet` symbols:
 * by linearity, `alphabet` times the expected contribution of one symbol, whose count is
 * Binomial(length, 1/alphabet). Computed once per alphabet size and cached.
 */
export function expectedEntropy(length: number, alphabet: number): number {
  let table = expectedCache.get(alphabet);
  if (!table) {
    table = new Float64Array(MAX_LENGTH + 1);
    const p = 1 / alphabet;
    for (let n = 1; n <= MAX_LENGTH; n++) {
      let logBinomial = 0;
      let sum = 0;
      for (let c = 1; c <= n; c++) {
        logBinomial += Math.log(n - c + 1) - Math.log(c);
        const probability = Math.exp(logBinomial + c * Math.log(p) + (n - c) * Math.log1p(-p));
        sum -= probability * (c / n) * Math.log2(c / n);
      }
      table[n] = alphabet * sum;
    }
    expectedCache.set(alphabet, table);
  }
  return table[Math.min(length, MAX_LENGTH)] ?? 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The longest run of lower-case letters: words have long ones, random strings rarely do. */
function longestLowerRun(value: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    run = code >= 97 && code <= 122 ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

interface CharacterClasses {
  readonly digits: number;
  readonly upper: number;
  readonly lower: number;
  readonly vowels: number;
  /** Whitespace, control or non-ASCII characters: text, not a key. */
  readonly text: boolean;
}

const VOWELS = new Set([97, 101, 105, 111, 117, 65, 69, 73, 79, 85]);

function countClasses(value: string): CharacterClasses {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  let vowels = 0;
  let text = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code <= 32 || code > 126) text = true;
    if (VOWELS.has(code)) vowels++;
  }
  return { digits, upper, lower, vowels, text };
}

/**
 * Whether a value looks randomly generated: long enough, printable ASCII without spaces, letters
 * and digits mixed (both cases unless hex), no word-length runs of lower-case letters or
 * word-like share of vowels, not a UUID, and entropy close to a random string's of its charset.
 */
export function isRandomLooking(value: string, settings: EntropySettings = DEFAULT_ENTROPY_SETTINGS): boolean {
  if (value.length < settings.minLength || value.length > MAX_LENGTH * 8) return false;
  const classes = countClasses(value);
  if (classes.text || classes.digits === 0 || classes.upper + classes.lower === 0 || UUID.test(value)) return false;
  const charset = detectCharset(value);
  if (charset !== 'hex') {
    // Generated keys mix cases and digits; names and words (`TIME_24_WITH_SECONDS`,
    // `azureEntraCognitiveServicesOAuth2Api`) have one case, long lower-case runs or many vowels.
    if (classes.upper < 2 || classes.lower < 2 || longestLowerRun(value) >= 9) return false;
    if (classes.vowels > 0.4 * (classes.upper + classes.lower)) return false;
  }
  const alphabet = charset === 'hex' ? 16 : charset === 'base64' ? 64 : 94;
  const threshold = charset === 'hex' ? settings.hexThreshold : settings.base64Threshold;
  return shannonEntropy(value) >= threshold * expectedEntropy(value.length, alphabet);
}
