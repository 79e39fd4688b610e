import { describe, expect, it } from 'vitest';
import { parseArguments, UsageError } from '../../src/cli/args';

describe('parseArguments', () => {
  it('defaults to the current folder, text, colour', () => {
    expect(parseArguments([])).toEqual({ path: '.', format: 'text', include: [], exclude: [], color: true, help: false, version: false });
  });

  it('reads a path, a format and repeated globs in both spellings', () => {
    expect(parseArguments(['repo', '--format', 'json', '--include=tests/**', '--include', 'scripts/**', '--exclude', 'vendor/**', '--no-color'])).toEqual({
      path: 'repo',
      format: 'json',
      include: ['tests/**', 'scripts/**'],
      exclude: ['vendor/**'],
      color: false,
      help: false,
      version: false,
    });
    expect(parseArguments(['-f', 'sarif']).format).toBe('sarif');
    expect(parseArguments(['--format=text', 'a']).path).toBe('a');
  });

  it('takes help and version flags', () => {
    expect(parseArguments(['--help']).help).toBe(true);
    expect(parseArguments(['-h']).help).toBe(true);
    expect(parseArguments(['--version']).version).toBe(true);
    expect(parseArguments(['-v']).version).toBe(true);
  });

  it('treats everything after -- as a path', () => {
    expect(parseArguments(['--', '--odd-folder-name']).path).toBe('--odd-folder-name');
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--format'], 'option --format needs a value'],
    [['--format', '--no-color'], 'option --format needs a value'],
    [['--format=xml'], "unknown format 'xml': use text, json or sarif"],
    [['--include='], 'option --include needs a value'],
    [['--no-color=yes'], 'option --no-color takes no value'],
    [['a', 'b'], 'one path at most, got 2: a b'],
    [[''], 'the path is empty'],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});
