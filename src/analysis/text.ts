import type { TSESLint } from '@typescript-eslint/utils';

/**
 * The printable ASCII characters of JavaScript and TypeScript source, rarest first: the order of
 * their counts in the benchmark corpus (1M lines of server packages). Only the order matters.
 */
const RARITY = "~^Z%7986X5\\34YJQ+#<zG2$VW!KH&?|B@U>F10][L`jDqMNPIAOR\"Ckx-TES_:wv*}{/b';=,ygf()hm.pudcliansorte";

/** A word, and the part of it that a text search starts with. */
interface Search {
  readonly word: string;
  /** The word from its rarest character on (`quire` for `require`), at least three characters long when the word is. */
  readonly key: string;
  /** Where `key` starts in `word`. */
  readonly offset: number;
}

function rarity(character: string): number {
  const rank = RARITY.indexOf(character);
  return rank === -1 ? RARITY.length : rank;
}

/**
 * A text search looks for the first character of what it is given and then compares the rest, so
 * its cost is the number of places that character occurs. Starting at the word's rarest character
 * skips most of them: `gister` instead of `register`, `GTERM` instead of `SIGTERM`.
 */
export function planSearch(word: string): Search {
  let offset = 0;
  const last = Math.max(0, word.length - 3);
  for (let index = 1; index <= last; index++) {
    if (rarity(word.charAt(index)) < rarity(word.charAt(offset))) offset = index;
  }
  return { word, key: word.slice(offset), offset };
}

/** Whether `search.word` occurs in `text`: every place its key occurs is checked for the whole word. */
export function occursIn(text: string, search: Search): boolean {
  const { word, key, offset } = search;
  for (let at = text.indexOf(key, offset); at !== -1; at = text.indexOf(key, at + 1)) {
    if (offset === 0 || text.startsWith(word, at - offset)) return true;
  }
  return false;
}

/** `A`–`Z`, `a`–`z`, `0`–`9`, `_` and `$`: characters that continue an ASCII identifier. */
function isIdentifierPart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * Whether `search.word` occurs in `text` as a whole name: no ASCII identifier character right
 * before or after it (`.listen(`, `'listen'`, `{ listen }`, not `listener` or `addListener`).
 */
export function occursAsName(text: string, search: Search): boolean {
  const { word, key, offset } = search;
  for (let at = text.indexOf(key, offset); at !== -1; at = text.indexOf(key, at + 1)) {
    const start = at - offset;
    if (offset !== 0 && !text.startsWith(word, start)) continue;
    if (!isIdentifierPart(text.charCodeAt(start - 1)) && !isIdentifierPart(text.charCodeAt(start + word.length))) return true;
  }
  return false;
}

/** Every place in `text` where `search.word` starts. */
export function findAll(text: string, search: Search): number[] {
  const { word, key, offset } = search;
  const found: number[] = [];
  for (let at = text.indexOf(key, offset); at !== -1; at = text.indexOf(key, at + 1)) {
    if (offset === 0 || text.startsWith(word, at - offset)) found.push(at - offset);
  }
  return found;
}

const plans = new Map<string, Search>();

// Rules run file after file, so only the current file's answers are kept. They are keyed by the
// text they answer for, not by the tree, so that no tree is kept once ESLint lets go of it.
let lastText: string | undefined;
const wordAnswers = new Map<string, boolean>();
const nameAnswers = new Map<string, boolean>();

/** Empties the kept answers when `sourceCode`'s text is not the one they answer for. */
function keepAnswersOf(sourceCode: Readonly<TSESLint.SourceCode>): void {
  if (sourceCode.text !== lastText) {
    lastText = sourceCode.text;
    wordAnswers.clear();
    nameAnswers.clear();
  }
}

/** The answer about `word` in the current file, computed by `search` on its text the first time it is asked. */
function answer(sourceCode: Readonly<TSESLint.SourceCode>, cache: Map<string, boolean>, word: string, search: (text: string, plan: Search) => boolean): boolean {
  let found = cache.get(word);
  if (found === undefined) {
    let plan = plans.get(word);
    if (plan === undefined) {
      plan = planSearch(word);
      plans.set(word, plan);
    }
    found = search(sourceCode.text, plan);
    cache.set(word, found);
  }
  return found;
}

/**
 * Whether the file's text contains `word` anywhere (code, strings or comments). Rules use it to
 * skip work in files that cannot hold what they look for. Each search reads the whole text, so
 * the answer is shared by every rule that asks about the same word in the same file.
 */
export function mentions(sourceCode: Readonly<TSESLint.SourceCode>, word: string): boolean {
  keepAnswersOf(sourceCode);
  // A whole name found already is found anywhere.
  if (nameAnswers.get(word) === true) return true;
  return answer(sourceCode, wordAnswers, word, occursIn);
}

/**
 * Whether the file's text contains `name` as a whole name (see `occursAsName`): a method called
 * `listen` is written so in every form of its use (`.listen(`, `['listen']`, `{ listen }`), while
 * `listener` and `addListener`, in many more files, are not it.
 */
export function mentionsName(sourceCode: Readonly<TSESLint.SourceCode>, name: string): boolean {
  keepAnswersOf(sourceCode);
  // Text that does not contain the word at all has no name of it: most files, for the rare words both are asked about.
  if (wordAnswers.get(name) === false) return false;
  return answer(sourceCode, nameAnswers, name, occursAsName);
}

/** The average line length from which a file is generated code: hand-written code stays far below it. */
const GENERATED_LINE_LENGTH = 200;

/**
 * Whether a file is minified or otherwise machine-written on long lines (a bundle, a browser
 * build copied into `public/`, a schema emitted as one line): at least 1,000 characters with an
 * average line of 200 or more. Nothing there is edited: its source is where a fix goes.
 */
export function isMinified(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const length = sourceCode.text.length;
  return length >= 1000 && length >= GENERATED_LINE_LENGTH * sourceCode.lines.length;
}
