import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as eslintModule from 'eslint';
import type { ESLint } from 'eslint';
import { createESLintOptions, SETTINGS_VARIABLE, type LintSettings } from './eslint-options';
import { buildIgnorePatterns, getLiteralPrefix } from './ignores';
import { isParseError } from './report';

const SOURCE_EXTENSIONS = new Set(['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx']);
/** Folders never walked into: ESLint never lints them either. */
const NEVER_WALKED = new Set(['node_modules', '.git']);
/** Below this many files, worker threads cost more than they save. */
const CONCURRENCY_THRESHOLD = 300;
/** A multi-threaded lint of an explicit file list starts as many workers as its size allows. */
const CONCURRENT_BATCH = 400;
const SEQUENTIAL_BATCH = 25;
/** Bigger files are bundles or generated code, not sources someone wrote: they are skipped. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * A file of at least this size whose lines average more than MINIFIED_LINE_LENGTH characters is
 * minified (a bundle's chunk, a vendored library): skipped as well. Smaller files are linted
 * whatever their lines, so that a short module holding one long key on one line is still read.
 */
export const MINIFIED_MIN_BYTES = 4 * 1024;
export const MINIFIED_LINE_LENGTH = 500;
/** How much of a file the minified test reads: ESLint reads the whole file again if it is linted. */
const MINIFIED_SAMPLE_BYTES = 64 * 1024;
/** How much of a file without an extension is read for its `#!` line. */
const SHEBANG_SAMPLE_BYTES = 256;
/** Characters a config's `files` pattern would take for a glob: a script whose path has one is not linted. */
const GLOB_CHARACTERS = /[*?[\]{}()!\\]/;

/**
 * Whether a file's first line runs it with Node.js: `#!/usr/bin/env node`, `#!/usr/local/bin/node`,
 * `#!/usr/bin/env -S node --enable-source-maps`. Other interpreters (`sh`, `python3`, `ts-node`)
 * are not JavaScript that ESLint's own parser reads.
 */
export function isNodeShebang(head: string): boolean {
  if (!head.startsWith('#!')) return false;
  const end = head.indexOf('\n');
  const words = head
    .slice(2, end === -1 ? head.length : end)
    .trim()
    .split(/[ \t]+/);
  const command = (word = ''): string => word.slice(word.lastIndexOf('/') + 1);
  let index = 0;
  if (command(words[0]) === 'env') {
    // `env`'s own options (`-S`) and variables (`NODE_ENV=production`) come before the command.
    index = 1;
    while (index < words.length && (words[index]?.startsWith('-') || words[index]?.includes('='))) index++;
  }
  const interpreter = command(words[index]);
  return interpreter === 'node' || interpreter === 'nodejs';
}

export interface LintRequest {
  /** Absolute path of the audited folder. */
  readonly root: string;
  /** Absolute path of a single file to audit, when the target is a file. */
  readonly file?: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Called after each batch of files; lints in batches only when given. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LintOutcome {
  readonly results: ESLint.LintResult[];
  /** How many files were linted. */
  readonly fileCount: number;
  /** Files over MAX_FILE_BYTES or minified, not linted. */
  readonly skipped: string[];
  readonly eslintVersion: string;
  readonly concurrent: boolean;
}

type ESLintClass = typeof eslintModule.ESLint;

/** Flat-config ESLint, also on ESLint 8.57 where the `ESLint` export is the eslintrc one. */
async function loadFlatESLint(): Promise<ESLintClass> {
  const { loadESLint } = eslintModule as { loadESLint?: (options: { useFlatConfig: boolean }) => Promise<unknown> };
  if (typeof loadESLint === 'function') return (await loadESLint({ useFlatConfig: true })) as ESLintClass;
  return eslintModule.ESLint;
}

/** Multi-threaded linting (`concurrency`) came with ESLint 9.34, together with options modules. */
export function supportsConcurrency(ESLintCtor: ESLintClass): boolean {
  const [major = 0, minor = 0] = String((ESLintCtor as { version?: unknown }).version ?? '0').split('.').map(Number);
  const hasOptionsModules = typeof (ESLintCtor as { fromOptionsModule?: unknown }).fromOptionsModule === 'function';
  return hasOptionsModules && (major > 9 || (major === 9 && minor >= 34));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

interface FoundFiles {
  /** Source files the audit config lints (not ignored, matched by a config). */
  readonly files: string[];
  /** Generated files, not linted. */
  readonly skipped: string[];
  /** Node.js scripts without an extension (`bin/www`), in folders that are not ignored: no config matches them yet. */
  readonly scripts: string[];
}

/**
 * Whether a file without an extension is a Node.js script (see isNodeShebang): `bin/www` of an
 * Express app, where its server is started. Not a dotfile or a file in a dot folder (`.husky`'s git
 * hooks, `.github`'s), nor a path that a glob cannot name.
 */
async function isNodeScript(path: string, root: string): Promise<boolean> {
  const relativePath = toPosix(relative(root, path));
  if (extname(path) !== '' || relativePath.split('/').some((segment) => segment.startsWith('.')) || GLOB_CHARACTERS.test(relativePath)) return false;
  try {
    return isNodeShebang(await readHead(path, SHEBANG_SAMPLE_BYTES));
  } catch {
    return false;
  }
}

async function findFiles(eslint: ESLint, root: string, include: readonly string[]): Promise<FoundFiles> {
  const includePrefixes = include.map(getLiteralPrefix);
  const files: string[] = [];
  const skipped: string[] = [];
  const scripts: string[] = [];

  function mayHoldIncludedFiles(relativeDir: string): boolean {
    const dir = `${relativeDir}/`;
    return includePrefixes.some((prefix) => prefix === '' || prefix.startsWith(dir) || dir.startsWith(prefix));
  }

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to lint there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (NEVER_WALKED.has(entry.name)) continue;
        // A folder whose files are all ignored (dist/, tests/, a .gitignore'd cache) is not walked.
        const probe = join(path, '__twelve_factor_audit_probe__.js');
        if ((await eslint.isPathIgnored(probe)) && !mayHoldIncludedFiles(toPosix(relative(root, path)))) continue;
        await walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && SOURCE_EXTENSIONS.has(extname(entry.name))) {
        if (await eslint.isPathIgnored(path)) continue;
        if (await isGenerated(path)) skipped.push(path);
        else files.push(path);
      } else if (entry.isFile() && (await isNodeScript(path, root))) {
        scripts.push(path);
      }
    }
  }

  await walk(root);
  return { files, skipped, scripts };
}

/** The one file an audit was given: a source file, unless ignored, or a Node.js script. */
async function findFile(eslint: ESLint, file: string, root: string): Promise<FoundFiles> {
  if (await isNodeScript(file, root)) return { files: [], skipped: [], scripts: [file] };
  return { files: (await eslint.isPathIgnored(file)) ? [] : [file], skipped: [], scripts: [] };
}

/** Whether a file is over MAX_FILE_BYTES, or minified (see MINIFIED_MIN_BYTES), judged by its first 64 KB. */
async function isGenerated(path: string): Promise<boolean> {
  try {
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) return true;
    if (size < MINIFIED_MIN_BYTES) return false;
    return isMinified(await readHead(path, Math.min(size, MINIFIED_SAMPLE_BYTES)));
  } catch {
    return false;
  }
}

async function readHead(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(bytes), position: 0 });
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Lines averaging more than MINIFIED_LINE_LENGTH characters: no one writes code that way. */
export function isMinified(text: string): boolean {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return text.length / lines > MINIFIED_LINE_LENGTH;
}

function hasParseError(result: ESLint.LintResult): boolean {
  return result.messages.some(isParseError);
}

/**
 * Lints the audited files with the audit config: batch by batch when progress is wanted, with
 * worker threads when ESLint has them and the repository is big enough. JavaScript files that do
 * not parse as modules are tried once more as CommonJS scripts (sloppy-mode code, octal literals).
 */
export async function lintTarget(request: LintRequest): Promise<LintOutcome> {
  const restoreWarnings = silenceESLintWarnings();
  try {
    return await lint(request);
  } finally {
    restoreWarnings();
  }
}

/**
 * ESLint's process warnings speak to someone who configured ESLint ("disable concurrency", "the
 * .eslintignore file is no longer supported"): the audit chose those settings, not its user.
 * ESLint captures `process.emitWarning` when an instance is created, so it is wrapped before.
 */
function silenceESLintWarnings(): () => void {
  const original = process.emitWarning;
  const filtered = (warning: string | Error, ...rest: unknown[]): void => {
    const first = rest[0];
    const type = typeof first === 'string' ? first : (first as { type?: unknown } | undefined)?.type;
    if (typeof type === 'string' && type.startsWith('ESLint')) return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  return () => {
    process.emitWarning = original;
  };
}

async function lint(request: LintRequest): Promise<LintOutcome> {
  const ESLintCtor = await loadFlatESLint();
  const ignores = buildIgnorePatterns(
    request.root,
    request.file ? [...request.include, toPosix(relative(request.root, request.file))] : request.include,
    request.exclude,
  );
  let settings: LintSettings = { cwd: request.root, ignores, javascriptSourceType: 'module', concurrency: 'off' };
  let finder = new ESLintCtor(createESLintOptions(settings));
  const { files, skipped, scripts } = request.file ? await findFile(finder, request.file, request.root) : await findFiles(finder, request.root, request.include);
  if (scripts.length > 0) {
    // The scripts get a config of their own by name; then the ignores decide as for any file.
    settings = { ...settings, scripts: scripts.map((path) => toPosix(relative(request.root, path))) };
    finder = new ESLintCtor(createESLintOptions(settings));
    for (const script of scripts) if (!(await finder.isPathIgnored(script))) files.push(script);
  }

  const concurrent = files.length >= CONCURRENCY_THRESHOLD && supportsConcurrency(ESLintCtor);
  let eslint = finder;
  if (concurrent) {
    const concurrentSettings: LintSettings = { ...settings, concurrency: 'auto' };
    process.env[SETTINGS_VARIABLE] = JSON.stringify(concurrentSettings);
    const optionsModule = pathToFileURL(join(__dirname, 'eslint-options-module.js'));
    eslint = await (ESLintCtor as unknown as { fromOptionsModule(url: URL): Promise<ESLint> }).fromOptionsModule(optionsModule);
  }

  const batchSize = request.onProgress ? (concurrent ? CONCURRENT_BATCH : SEQUENTIAL_BATCH) : Math.max(files.length, 1);
  const results: ESLint.LintResult[] = [];
  for (let start = 0; start < files.length; start += batchSize) {
    results.push(...(await eslint.lintFiles(files.slice(start, start + batchSize))));
    request.onProgress?.(Math.min(start + batchSize, files.length), files.length);
  }

  const scriptSet = new Set(scripts);
  const retry = results.filter((result) => hasParseError(result) && (/\.jsx?$/.test(result.filePath) || scriptSet.has(result.filePath)));
  if (retry.length > 0) {
    const commonjs = new ESLintCtor(createESLintOptions({ ...settings, javascriptSourceType: 'commonjs' }));
    const retried = new Map((await commonjs.lintFiles(retry.map((result) => result.filePath))).map((result) => [result.filePath, result]));
    for (let i = 0; i < results.length; i++) {
      const again = retried.get(results[i]?.filePath ?? '');
      if (again && !hasParseError(again)) results[i] = again;
    }
  }

  return { results, fileCount: files.length, skipped, eslintVersion: String((ESLintCtor as { version?: unknown }).version ?? 'unknown'), concurrent };
}
