import { describe, expect, it } from 'vitest';
import { isMinified, isNodeShebang, supportsConcurrency } from '../../src/cli/lint';

type ESLintClass = Parameters<typeof supportsConcurrency>[0];

function fakeESLint(version: string | undefined, withOptionsModules: boolean): ESLintClass {
  return { version, ...(withOptionsModules ? { fromOptionsModule: () => undefined } : {}) } as unknown as ESLintClass;
}

describe('supportsConcurrency', () => {
  it.each([
    ['10.15.0', true, true],
    ['9.34.0', true, true],
    ['9.33.1', true, false],
    ['9.39.0', false, false],
    ['8.57.1', false, false],
    [undefined, true, false],
  ])('ESLint %s with options modules %s: %s', (version, withOptionsModules, expected) => {
    expect(supportsConcurrency(fakeESLint(version, withOptionsModules))).toBe(expected);
  });
});

describe('isMinified', () => {
  it('is true when lines average more than 500 characters', () => {
    expect(isMinified(`var a={${'b:1,'.repeat(2000)}};`)).toBe(true);
    expect(isMinified(`${'x'.repeat(1200)}\n${'y'.repeat(1200)}\n`)).toBe(true);
  });
  it('is false for code written by hand, one long line included', () => {
    expect(isMinified(`${'const a = 1;\n'.repeat(300)}const key = '${'k'.repeat(2000)}';\n`)).toBe(false);
    expect(isMinified('')).toBe(false);
  });
});

describe('isNodeShebang', () => {
  it.each([
    '#!/usr/bin/env node\nrequire("../app");\n',
    '#!/usr/bin/env node\r\nrequire("../app");\r\n',
    '#!/usr/local/bin/node\n',
    '#!/usr/bin/nodejs\n',
    '#! /usr/bin/env node',
    '#!/usr/bin/env -S node --enable-source-maps\n',
    '#!/usr/bin/env NODE_ENV=production node\n',
    '#!/usr/bin/node --max-old-space-size=4096\n',
  ])('is true for %j', (head) => {
    expect(isNodeShebang(head)).toBe(true);
  });
  it.each([
    '#!/bin/sh\nexec node ./server.js\n',
    '#!/usr/bin/env bash\nnode server.js\n',
    '#!/usr/bin/env python3\n',
    '#!/usr/bin/env ts-node\n',
    '#!/usr/bin/env nodemon\n',
    '#!/usr/bin/env deno run\n',
    '#!/usr/bin/env\n',
    '#!\n',
    '// #!/usr/bin/env node\n',
    ' #!/usr/bin/env node\n',
    'MIT License\n\nnode',
    '',
  ])('is false for %j', (head) => {
    expect(isNodeShebang(head)).toBe(false);
  });
  it('reads only the first line, in linear time on a long one', () => {
    expect(isNodeShebang(`#!/usr/bin/env ${' '.repeat(100_000)}x\nnode`)).toBe(false);
    expect(isNodeShebang(`#!/usr/bin/env ${'-a '.repeat(50_000)}node`)).toBe(true);
  });
});
