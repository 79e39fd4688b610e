import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_FILES } from '../../src/configs';
import { buildIgnorePatterns, convertGitignore, convertGitignoreLine, DEFAULT_IGNORES, getLiteralPrefix, getRetainedTestPatterns, readGitignores, toUnignorePatterns } from '../../src/cli/ignores';

describe('convertGitignoreLine', () => {
  it.each([
    ['node_modules', '**/node_modules'],
    ['node_modules/', '**/node_modules/'],
    ['/dist', 'dist'],
    ['/dist/', 'dist/'],
    ['*.log', '**/*.log'],
    ['logs/*.log', 'logs/*.log'],
    ['src/generated/', 'src/generated/'],
    ['docs/**', 'docs/**/*'],
    ['**/tmp', '**/tmp'],
    ['!keep.js', '!**/keep.js'],
    ['!/lib/keep.js', '!lib/keep.js'],
    ['\\#notacomment', '**/#notacomment'],
    ['\\!important.js', '**/!important.js'],
    ['src/{a,b}.js', 'src/\\{a,b}.js'],
    ['file(1).js', '**/file\\(1).js'],
    ['trailing.js   ', '**/trailing.js'],
    ['**', '**'],
    ['!**/', '!**/'],
  ])('%j becomes %j', (line, pattern) => {
    expect(convertGitignoreLine(line)).toBe(pattern);
  });

  it.each(['', '   ', '# comment', '!', '/'])('%j is skipped', (line) => {
    expect(convertGitignoreLine(line)).toBeUndefined();
  });

  it('converts a whole file, with CRLF line ends', () => {
    expect(convertGitignore('# deps\r\nnode_modules/\r\n\r\n.env\r\n/coverage\r\n')).toEqual(['**/node_modules/', '**/.env', 'coverage']);
  });
});

describe('buildIgnorePatterns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'twelve-factor-ignores-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts defaults, .gitignore, includes as unignores with the test patterns they keep, then excludes', () => {
    writeFileSync(join(dir, '.gitignore'), 'generated/\n*.bak.js\n');
    expect(buildIgnorePatterns(dir, ['tests/**', './scripts/*.js'], ['./vendor/**'])).toEqual([
      ...DEFAULT_IGNORES,
      '**/generated/',
      '**/*.bak.js',
      // An include that asks for tests comes after the test patterns the others keep inside them.
      '!scripts/',
      '!scripts/*.js',
      '!scripts/*.js/',
      ...TEST_FILES.map((pattern) => `scripts/${pattern}`),
      '!tests/',
      '!tests/**',
      '!tests/**/',
      'vendor/**',
    ]);
  });

  it('reads nested .gitignore files relative to their folder, parents first, not inside skipped folders', () => {
    const nested = mkdtempSync(join(tmpdir(), 'twelve-factor-nested-'));
    try {
      mkdirSync(join(nested, 'packages', 'api', 'src'), { recursive: true });
      mkdirSync(join(nested, 'node_modules', 'dep'), { recursive: true });
      mkdirSync(join(nested, 'dist'), { recursive: true });
      writeFileSync(join(nested, '.gitignore'), '*.log\n');
      writeFileSync(join(nested, 'packages', 'api', '.gitignore'), '/generated/\n*.tmp.js\n!keep.log\n');
      writeFileSync(join(nested, 'node_modules', 'dep', '.gitignore'), 'src/\n');
      writeFileSync(join(nested, 'dist', '.gitignore'), '*\n');
      expect(readGitignores(nested)).toEqual(['**/*.log', 'packages/api/generated/', 'packages/api/**/*.tmp.js', '!packages/api/**/keep.log']);
    } finally {
      rmSync(nested, { recursive: true, force: true });
    }
  });

  it('reads nothing from a folder without .gitignore files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'twelve-factor-empty-'));
    try {
      expect(readGitignores(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('skips build output, coverage, vendored package-manager files and the configs’ test globs by default', () => {
    for (const glob of ['**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/node_modules/**', '**/.yarn/**', '**/.pnp.cjs', ...TEST_FILES]) {
      expect(DEFAULT_IGNORES).toContain(glob);
    }
  });
});

describe('getLiteralPrefix', () => {
  it.each([
    ['tests/**', 'tests/'],
    ['./src/legacy/*.js', 'src/legacy/'],
    ['src/a.test.js', 'src/'],
    ['**/*.spec.js', ''],
    ['tests', ''],
  ])('%j has the folder prefix %j', (glob, prefix) => {
    expect(getLiteralPrefix(glob)).toBe(prefix);
  });
});

describe('toUnignorePatterns', () => {
  it('unignores the folders on the way to what a glob matches', () => {
    expect(toUnignorePatterns('tests/unit/**')).toEqual(['!tests/', '!tests/unit/', '!tests/unit/**', '!tests/unit/**/']);
    expect(toUnignorePatterns('**/__tests__/**')).toEqual(['!**/__tests__/**', '!**/__tests__/**/']);
    expect(toUnignorePatterns('build/')).toEqual(['!build/', '!build/**', '!build/**/']);
  });
});

describe('getRetainedTestPatterns', () => {
  it('keeps the test patterns inside an included folder', () => {
    expect(getRetainedTestPatterns('./dist/**')).toContain('dist/**/*.test.*');
    expect(getRetainedTestPatterns('dist/**')).toContain('dist/**/__tests__/**');
    expect(getRetainedTestPatterns('**/build/**')).toEqual(TEST_FILES);
    // A folder whose name only contains a test word asks for no tests.
    expect(getRetainedTestPatterns('latest/**')).toContain('latest/**/*.test.*');
    expect(getRetainedTestPatterns('contest-entries/**')).toContain('contest-entries/**/__tests__/**');
  });
  it.each(['tests/**', 'dist/**/*.test.js', '**/__tests__/**', 'packages/*/spec/**', 'e2e/', 'integration-tests/**', './test/unit/**'])('keeps none for %j, which asks for tests', (glob) => {
    expect(getRetainedTestPatterns(glob)).toEqual([]);
  });
});
