#!/usr/bin/env node
// The benchmark corpus: exact versions of real server-side packages from the npm registry, fetched
// with `npm pack` (a tarball, no install, no scripts), extracted into a cache folder outside the
// repository and filtered down to the sources a lint run would see.
//
//   node bench/corpus.mjs            build (or re-use) the full corpus, print counts and fingerprint
//   node bench/corpus.mjs --smoke    the tiny corpus CI uses
//   node bench/corpus.mjs --list     also print per-package file and line counts
//
// The cache folder is ~/.cache/twelve-factor-bench, or $TWELVE_FACTOR_BENCH_CACHE.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned once with `npm view <name> version`; change a version only on purpose: it changes the fingerprint. */
export const PACKAGES = [
  // applications
  'ghost@6.65.0',
  'node-red@5.0.7',
  '@node-red/runtime@5.0.7',
  '@node-red/registry@5.0.7',
  '@node-red/nodes@5.0.7',
  '@node-red/util@5.0.7',
  '@node-red/editor-api@5.0.7',
  'verdaccio@6.10.4',
  '@verdaccio/core@8.3.3',
  '@verdaccio/auth@8.1.6',
  '@verdaccio/config@8.3.3',
  '@verdaccio/middleware@8.1.7',
  'parse-server@9.10.0',
  // frameworks
  'express@5.3.0',
  'fastify@5.12.8',
  'koa@3.3.0',
  '@hapi/hapi@21.4.10',
  '@nestjs/core@12.5.1',
  '@nestjs/common@12.5.1',
  'socket.io@4.8.4',
  'engine.io@6.6.12',
  '@apollo/server@5.5.1',
  '@trpc/server@11.25.2',
  '@grpc/grpc-js@1.14.7',
  // data stores and queues
  'mongoose@9.12.1',
  'mongodb@7.9.0',
  'sequelize@6.37.8',
  'knex@3.3.0',
  'pg@8.23.1',
  'ioredis@6.0.0',
  '@redis/client@6.3.1',
  'typeorm@1.1.1',
  'kysely@0.29.9',
  'bullmq@6.7.0',
  // logging and HTTP client
  'winston@3.19.0',
  'pino@10.4.0',
  'undici@8.12.4',
  // LoopBack 4
  '@loopback/core@7.0.15',
  '@loopback/context@8.0.15',
  '@loopback/rest@15.0.16',
  '@loopback/repository@8.0.15',
  '@loopback/boot@8.0.16',
  '@loopback/openapi-v3@11.0.16',
  '@loopback/authentication@12.0.16',
  '@loopback/authorization@0.16.15',
  '@loopback/express@8.0.15',
  '@loopback/http-server@7.0.15',
  '@loopback/metadata@8.0.15',
  '@loopback/service-proxy@8.0.15',
  '@loopback/repository-json-schema@9.0.16',
  '@loopback/logging@0.13.5',
  '@loopback/health@0.14.8',
  '@loopback/metrics@0.15.11',
  '@loopback/socketio@0.7.1',
  // Feathers
  '@feathersjs/feathers@5.0.50',
  '@feathersjs/express@5.0.50',
  '@feathersjs/koa@5.0.50',
  '@feathersjs/authentication@5.0.50',
  '@feathersjs/authentication-local@5.0.50',
  '@feathersjs/authentication-oauth@5.0.50',
  '@feathersjs/schema@5.0.50',
  '@feathersjs/knex@5.0.50',
  '@feathersjs/mongodb@5.0.50',
  '@feathersjs/transport-commons@5.0.50',
  '@feathersjs/socketio@5.0.50',
  '@feathersjs/commons@5.0.50',
  '@feathersjs/errors@5.0.50',
  '@feathersjs/adapter-commons@5.0.50',
  '@feathersjs/configuration@5.0.50',
  // Temporal
  '@temporalio/worker@1.24.0',
  '@temporalio/client@1.24.0',
  '@temporalio/common@1.24.0',
  '@temporalio/workflow@1.24.0',
  '@temporalio/activity@1.24.0',
  '@temporalio/testing@1.24.0',
];

/** CI's corpus: small packages with CommonJS, ESM and TypeScript sources. */
export const SMOKE_PACKAGES = ['koa@3.3.0', 'pg@8.23.1', '@feathersjs/errors@5.0.50'];

const SOURCE_EXTENSIONS = /\.(?:js|cjs|mjs|ts|mts|cts)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const MINIFIED = /[.-]min\.[cm]?js$/;
const BROWSER_FILE = /\.(?:browser|umd)(?:\.[\w-]+)?\.[cm]?js$/;
/** Folders never kept: bundled dependencies and browser builds. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'bower_components', 'umd', 'browser']);
/** Browser code that no name pattern gives away, by package name: folder paths inside the package. */
const BROWSER_FOLDERS = {
  ghost: ['core/built', 'core/frontend/public', 'core/frontend/src', 'content/themes'],
};
const MAX_LINE_LENGTH = 1000;

export function getCacheDirectory() {
  return process.env.TWELVE_FACTOR_BENCH_CACHE || join(homedir(), '.cache', 'twelve-factor-bench');
}

/** `@scope/name@1.2.3` → `@scope__name@1.2.3`: one folder per package, no nesting. */
function getPackageFolderName(spec) {
  return spec.replace('/', '__');
}

function fetchPackage(spec, cache) {
  const target = join(cache, 'packages', getPackageFolderName(spec));
  if (existsSync(target)) return target;
  const tarballs = join(cache, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const output = execFileSync('npm', ['pack', spec, '--pack-destination', tarballs, '--ignore-scripts', '--json', '--silent'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [{ filename }] = JSON.parse(output);
  // Extract next to the target, then rename: an interrupted run never leaves a half package behind.
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  execFileSync('tar', ['-xzf', join(tarballs, filename), '-C', partial, '--no-same-owner', '--no-same-permissions'], { stdio: 'inherit' });
  // npm tarballs hold one top-level folder, almost always `package/`.
  const [top] = readdirSync(partial);
  renameSync(join(partial, top), target);
  rmSync(partial, { recursive: true, force: true });
  return target;
}

function isSourceFile(name) {
  return SOURCE_EXTENSIONS.test(name) && !DECLARATION.test(name) && !MINIFIED.test(name) && !BROWSER_FILE.test(name);
}

/** Node's rule for `.js`: the nearest package.json's `type`, CommonJS when it has none. */
function readModuleType(directory, inherited) {
  const manifest = join(directory, 'package.json');
  if (!existsSync(manifest)) return inherited;
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).type === 'module' ? 'module' : 'commonjs';
  } catch {
    return inherited;
  }
}

const ESM_SYNTAX = /^[ \t]*(?:import[ \t]*[\w*{'"]|export[ \t]+(?:\{|\*|default\b|const\b|let\b|var\b|function\b|async\b|class\b))/m;
const CJS_SYNTAX = /\brequire\(|\bmodule\.exports\b|\bexports\.\w/;

/**
 * Packages also ship ES modules as `.js` under a CommonJS package.json (`dist/esm/` builds for
 * bundlers, the `module` field): the syntax of a folder's own `.js` files decides, package.json breaks ties.
 */
function getFolderModuleType(texts, packageType) {
  let esm = 0;
  let cjs = 0;
  for (const text of texts) {
    if (ESM_SYNTAX.test(text)) esm++;
    else if (CJS_SYNTAX.test(text)) cjs++;
  }
  if (esm === cjs) return packageType;
  return esm > cjs ? 'module' : 'commonjs';
}

/**
 * Yields `{ path, text }` for source files, parents before children. `moduleFolders` collects
 * the folders whose own `.js` files are ES modules.
 */
function* walk(directory, inheritedType, moduleFolders, skipped) {
  const packageType = readModuleType(directory, inheritedType);
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files = [];
  for (const entry of entries) {
    if (entry.isFile() && isSourceFile(entry.name)) {
      const path = join(directory, entry.name);
      files.push({ path, text: readFileSync(path, 'utf8') });
    }
  }
  const scripts = files.filter((file) => file.path.endsWith('.js')).map((file) => file.text);
  if (getFolderModuleType(scripts, packageType) === 'module') moduleFolders.push(directory);
  yield* files;
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name) && !skipped.has(path)) yield* walk(path, packageType, moduleFolders, skipped);
  }
}

/** Line count, or -1 when a line is too long to be hand-written source (a bundle, generated data). */
function countLines(text) {
  let lines = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', start)) {
    if (index - start > MAX_LINE_LENGTH) return -1;
    lines++;
    start = index + 1;
  }
  if (text.length - start > MAX_LINE_LENGTH) return -1;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/**
 * Fetches (or re-uses) every package and returns the filtered corpus:
 * `{ root, packages, files: [{ path, size, lines }], lines, fingerprint, esmFolders }`, paths
 * relative to `root`; `.js` files directly in an `esmFolders` folder are ES modules, others CommonJS.
 */
export function buildCorpus({ smoke = false, log = () => {} } = {}) {
  const cache = getCacheDirectory();
  const specs = smoke ? SMOKE_PACKAGES : PACKAGES;
  const root = join(cache, 'packages');
  mkdirSync(root, { recursive: true });
  const files = [];
  const packages = [];
  const moduleFolders = [];
  for (const spec of specs) {
    const folder = fetchPackage(spec, cache);
    let packageFiles = 0;
    let packageLines = 0;
    const name = spec.slice(0, spec.lastIndexOf('@'));
    const skipped = new Set((BROWSER_FOLDERS[name] ?? []).map((path) => join(folder, path)));
    for (const { path, text } of walk(folder, 'commonjs', moduleFolders, skipped)) {
      const lines = countLines(text);
      if (lines < 0) continue;
      const size = statSync(path).size;
      files.push({ path: relative(root, path).split(sep).join('/'), size, lines });
      packageFiles++;
      packageLines += lines;
    }
    packages.push({ spec, files: packageFiles, lines: packageLines });
    log(`${spec}: ${packageFiles} files, ${packageLines} lines`);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\t${file.size}\n`);
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  const esmFolders = moduleFolders.map((folder) => relative(root, folder).split(sep).join('/'));
  const corpus = { root, smoke, packages, files, lines, fingerprint: hash.digest('hex'), esmFolders };
  writeFileSync(join(cache, smoke ? 'corpus-smoke.json' : 'corpus.json'), `${JSON.stringify(corpus)}\n`);
  return corpus;
}

function main() {
  const args = new Set(process.argv.slice(2));
  const list = args.has('--list');
  const corpus = buildCorpus({ smoke: args.has('--smoke'), log: list ? (line) => console.log(line) : () => {} });
  console.log(`corpus: ${corpus.root}`);
  console.log(`packages: ${corpus.packages.length}`);
  console.log(`files: ${corpus.files.length}`);
  console.log(`lines: ${corpus.lines}`);
  console.log(`fingerprint: ${corpus.fingerprint}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
