export type OutputFormat = 'text' | 'json' | 'sarif';

export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface AuditArguments {
  /** The directory (or file) to audit, as given; `.` when none is. */
  readonly path: string;
  readonly format: OutputFormat;
  /** Globs, relative to the audited directory, to lint even though they are skipped by default. */
  readonly include: readonly string[];
  /** Globs, relative to the audited directory, to skip as well. */
  readonly exclude: readonly string[];
  readonly color: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** Bad usage: the message is shown as one line, and the command exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: twelve-factor-audit [path] [options]

Lints a repository with eslint-plugin-twelve-factor's strict config and reports its findings
factor by factor. path defaults to the current directory.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --include <glob>            also lint files skipped by default, e.g. 'tests/**' (repeatable)
      --exclude <glob>            skip these files too, e.g. 'scripts/**' (repeatable; wins over --include)
      --no-color                  no colours and no progress indicator
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 no findings, 1 findings (or files that could not be parsed), 2 bad usage or a
path that does not exist.`;

type ValueOption = 'format' | 'include' | 'exclude';

const VALUE_OPTIONS: Readonly<Record<string, ValueOption>> = {
  '--format': 'format',
  '-f': 'format',
  '--include': 'include',
  '--exclude': 'exclude',
};

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** Parses the command line (without `node` and the script). Throws `UsageError` on bad usage. */
export function parseArguments(argv: readonly string[]): AuditArguments {
  const paths: string[] = [];
  const include: string[] = [];
  const exclude: string[] = [];
  let format: OutputFormat = 'text';
  let color = true;
  let help = false;
  let version = false;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const option = VALUE_OPTIONS[name];
    if (option) {
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('-'))) {
        throw new UsageError(`option ${name} needs a value`);
      }
      if (option === 'format') {
        if (!isFormat(value)) throw new UsageError(`unknown format '${value}': use text, json or sarif`);
        format = value;
      } else if (option === 'include') include.push(value);
      else exclude.push(value);
      continue;
    }
    if (eq !== -1) throw new UsageError(`option ${name} takes no value`);
    switch (arg) {
      case '--no-color':
        color = false;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--version':
      case '-v':
        version = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }

  if (paths.length > 1) throw new UsageError(`one path at most, got ${paths.length}: ${paths.join(' ')}`);
  const path = paths[0] ?? '.';
  if (path === '') throw new UsageError('the path is empty');
  return { path, format, include, exclude, color, help, version };
}
