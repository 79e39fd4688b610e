import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { BENCHMARK_FILES, DECLARATION_FILES, EDITOR_HISTORY_FILES, TEST_FILES, VENDORED_FILES } from '../configs';

/**
 * What an audit skips by default, besides ESLint's own `**\/node_modules/` and `.git/`: build
 * output, coverage, minified bundles, type declarations, examples (code that shows the app, not
 * code that is deployed), and what the configs leave alone: benchmarks, files a package manager
 * vendors (`.yarn/`), an editor's history of saved versions (`.history/`), tests and fixtures. Written as `dir/**` (not `dir/`) so that
 * `--include` can unignore inside.
 */
export const DEFAULT_IGNORES: readonly string[] = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/*.min.js',
  ...DECLARATION_FILES,
  '**/example/**',
  '**/examples/**',
  ...BENCHMARK_FILES,
  ...VENDORED_FILES,
  ...EDITOR_HISTORY_FILES,
  ...TEST_FILES,
];

/**
 * One `.gitignore` line as a flat-config ignore pattern relative to the `.gitignore`'s folder, or
 * undefined for blank lines and comments. Follows git's rules: a pattern without an inner slash
 * matches at any depth, a leading slash anchors it, a trailing slash means a directory, and
 * `{`/`(` are plain characters (escaped, or minimatch would read braces and extglobs).
 */
export function convertGitignoreLine(line: string): string | undefined {
  let pattern = line.endsWith('\\ ') ? line : line.trimEnd();
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  let negated = false;
  if (pattern.startsWith('!')) {
    negated = true;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith('\\#') || pattern.startsWith('\\!')) {
    pattern = pattern.slice(1);
  }
  if (pattern === '' || pattern === '/') return undefined;
  const prefix = negated ? '!' : '';
  if (pattern === '**' || pattern === '**/' || pattern === '/**') return `${prefix}${pattern}`;

  const firstSlash = pattern.indexOf('/');
  const anywhere = firstSlash === -1 || firstSlash === pattern.length - 1 ? '**/' : '';
  const body = firstSlash === 0 ? pattern.slice(1) : pattern;
  const inside = pattern.endsWith('/**') ? '/*' : '';
  return `${prefix}${anywhere}${escapeMinimatchSyntax(body)}${inside}`;
}

function escapeMinimatchSyntax(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
    } else if (char === '{' || char === '(') {
      out += `\\${char}`;
    } else {
      out += char;
    }
  }
  return out;
}

export function convertGitignore(content: string): string[] {
  const patterns: string[] = [];
  for (const line of content.split(/\r?\n/)) {
    const pattern = convertGitignoreLine(line);
    if (pattern !== undefined) patterns.push(pattern);
  }
  return patterns;
}

/** Folders never searched for `.gitignore` files: dependencies, git's own, and build output the defaults skip. */
const UNSEARCHED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage']);

/** A pattern of the `.gitignore` in folder `prefix` (`packages/api/`), made relative to the audit root. */
function underFolder(pattern: string, prefix: string): string {
  if (prefix === '') return pattern;
  return pattern.startsWith('!') ? `!${prefix}${pattern.slice(1)}` : `${prefix}${pattern}`;
}

/**
 * The patterns of every `.gitignore` under the audited folder, converted and made relative to it,
 * parents before children (a nested file can unignore what its parent ignores, as in git). Folders
 * the defaults skip are not searched.
 */
export function readGitignores(root: string): string[] {
  const patterns: string[] = [];
  const visit = (folder: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      try {
        for (const pattern of convertGitignore(readFileSync(join(folder, '.gitignore'), 'utf8'))) patterns.push(underFolder(pattern, prefix));
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !UNSEARCHED_FOLDERS.has(entry.name)) visit(join(folder, entry.name), `${prefix}${entry.name}/`);
    }
  };
  visit(root, '');
  return patterns;
}

/**
 * The global ignore patterns of an audit, in order: defaults, .gitignore files, --include as
 * unignores, the test patterns inside what each --include brings back, then --exclude, which wins
 * over an --include that matches the same files.
 */
export function buildIgnorePatterns(root: string, include: readonly string[], exclude: readonly string[]): string[] {
  // Includes that ask for tests come after the test patterns the others keep, so they win.
  const others = include.filter((glob) => !asksForTests(glob));
  const tests = include.filter(asksForTests);
  return [
    ...DEFAULT_IGNORES,
    ...readGitignores(root),
    ...others.flatMap((glob) => [...toUnignorePatterns(glob), ...getRetainedTestPatterns(glob)]),
    ...tests.flatMap(toUnignorePatterns),
    ...exclude.map(stripDotSlash),
  ];
}

/**
 * Whether an include names a test pattern: a test folder as one of its path segments (`tests/**`,
 * `packages/*\/spec/**`, not `latest/**`), or a test file's mark (`**\/*.spec.ts`, `*-tests/`).
 */
function asksForTests(glob: string): boolean {
  const stripped = stripDotSlash(glob);
  const segments = stripped.split('/');
  return TEST_FILES.some((pattern) => {
    const folder = TEST_FOLDER.exec(pattern)?.[1];
    return folder === undefined ? stripped.includes(getTestPatternName(pattern)) : segments.includes(folder);
  });
}

/** `**\/tests/**`: a test pattern that is a folder name, captured. */
const TEST_FOLDER = /^\*\*\/([^*/]+)\/\*\*$/;

/**
 * The test patterns an `--include` keeps inside what it brings back: `--include 'dist/**'` lints
 * build output without the tests compiled into it (`dist/**\/*.test.*`, `dist/**\/__tests__/**`).
 * An include that asks for tests keeps none.
 */
export function getRetainedTestPatterns(glob: string): string[] {
  if (asksForTests(glob)) return [];
  const prefix = getLiteralPrefix(stripDotSlash(glob));
  return TEST_FILES.map((pattern) => `${prefix}${pattern}`);
}

/** What a test pattern names: `tests` for `**\/tests/**`, `.test.` for `**\/*.test.*`. */
function getTestPatternName(pattern: string): string {
  return pattern.replace(/^\*\*\//, '').replace(/\/\*\*$/, '').replaceAll('*', '');
}

/**
 * `--include tests/unit/**` as unignores. ESLint does not look inside an ignored folder, so the
 * folders on the way are unignored too: `!tests/`, `!tests/unit/`, and the glob's own folders.
 */
export function toUnignorePatterns(glob: string): string[] {
  const stripped = stripDotSlash(glob);
  // `build/` means what is inside it.
  const pattern = stripped.endsWith('/') ? `${stripped}**` : stripped;
  const folders: string[] = [];
  const prefix = getLiteralPrefix(pattern);
  for (let end = prefix.indexOf('/'); end !== -1; end = prefix.indexOf('/', end + 1)) folders.push(`!${prefix.slice(0, end + 1)}`);
  return [...folders, `!${pattern}`, `!${pattern}/`];
}

function stripDotSlash(glob: string): string {
  return glob.startsWith('./') ? glob.slice(2) : glob;
}

/** The literal folder part of a glob (`tests/` for `tests/**\/*.js`, '' for `**\/*.spec.js`). */
export function getLiteralPrefix(glob: string): string {
  const stripped = stripDotSlash(glob);
  const magic = stripped.search(/[*?[\]{}()!+@]/);
  const literal = magic === -1 ? stripped : stripped.slice(0, magic);
  return literal.slice(0, literal.lastIndexOf('/') + 1);
}
