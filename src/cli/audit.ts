#!/usr/bin/env node
import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { packageInfo } from '../package-info';
import { parseArguments, USAGE, UsageError, type AuditArguments } from './args';
import type { AuditReport } from './report';
import { createProgress } from './progress';

const COMMAND = 'twelve-factor-audit';
const REPOSITORY_URL = packageInfo.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export interface AuditIO {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

interface Target {
  readonly root: string;
  readonly file?: string;
}

function resolveTarget(path: string, cwd: string): Target {
  const absolute = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError(`path not found: ${path}`);
  }
  if (stats.isDirectory()) return { root: absolute };
  if (stats.isFile()) return { root: dirname(absolute), file: absolute };
  throw new UsageError(`not a file or folder: ${path}`);
}

/** Colours and progress only for a person at a terminal: not when piped, not with NO_COLOR. */
function isInteractive(io: AuditIO): boolean {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return Boolean(io.stdout.isTTY) && !noColor && io.env.TERM !== 'dumb';
}

function displayPath(root: string, cwd: string): string {
  const rel = relative(cwd, root);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? root : rel;
}

async function render(report: AuditReport, args: AuditArguments, io: AuditIO, color: boolean): Promise<string> {
  switch (args.format) {
    case 'json':
      return (await import('./format-json.js')).formatJson(report);
    case 'sarif':
      return (await import('./format-sarif.js')).formatSarif(report, { rules: (await import('../rules/index.js')).rules, informationUri: REPOSITORY_URL });
    default:
      return (await import('./format-text.js')).formatText(report, { color, displayRoot: displayPath(report.root, io.cwd) });
  }
}

/** Runs the audit; resolves to the exit code: 0 no findings, 1 findings, 2 bad usage. */
export async function main(argv: readonly string[], io: AuditIO): Promise<number> {
  let args: AuditArguments;
  let target: Target;
  try {
    args = parseArguments(argv);
    if (args.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${packageInfo.version}\n`);
      return 0;
    }
    target = resolveTarget(args.path, io.cwd);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${COMMAND}: ${error.message} (see ${COMMAND} --help)\n`);
      return 2;
    }
    throw error;
  }

  const interactive = isInteractive(io) && args.color;
  const progress = interactive && io.stderr.isTTY ? createProgress(io.stderr) : undefined;
  const started = performance.now();
  try {
    // ESLint, the parsers and the rules load only now: usage errors and --help answer at once.
    const [{ lintTarget }, { buildReport }, { rules }] = await Promise.all([import('./lint.js'), import('./report.js'), import('../rules/index.js')]);
    const outcome = await lintTarget({
      root: target.root,
      ...(target.file ? { file: target.file } : {}),
      include: args.include,
      exclude: args.exclude,
      ...(progress ? { onProgress: progress.update } : {}),
    });
    progress?.done();
    const report = buildReport({
      version: packageInfo.version,
      root: target.root,
      durationMs: performance.now() - started,
      fileCount: outcome.fileCount,
      skipped: outcome.skipped,
      results: outcome.results,
      rules,
    });
    io.stdout.write(await render(report, args, io, interactive && args.format === 'text'));
    return report.counts.findings > 0 || report.counts.parseErrors > 0 ? 1 : 0;
  } catch (error) {
    progress?.done();
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${COMMAND}: ${message.split('\n')[0] ?? message}\n`);
    if (io.env.TWELVE_FACTOR_AUDIT_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    return 2;
  }
}

// Run when executed (the bin), not when imported.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  // `twelve-factor-audit | head`: a reader that stops early is not an error of the audit.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${COMMAND}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
