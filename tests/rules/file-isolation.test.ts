import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

/**
 * no-hardcoded-config makes its analysis once per options value and keeps what it learns of a file
 * in variables that the next file resets. These files each leave something behind that would change
 * the next file's reports if it were kept: a Deno module, an exit guard that makes a fallback a
 * development one, a Koa app, a minified file's narrower checks, findings.
 */
const FILES: readonly { name: string; code: string; expected: string[] }[] = [
  { name: 'deno.ts', code: "Deno.serve({ port: 8000 }, () => new Response('ok'));", expected: ['1:20 listenPortDeno'] },
  { name: 'server.js', code: "import http from 'node:http';\nhttp.createServer(() => {}).listen(8080);", expected: ['2:36 listenPort'] },
  {
    name: 'guarded.js',
    code: "if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) process.exit(1);\nexport const secret = process.env.JWT_SECRET || 'dev-jwt-s3cret-42';",
    expected: [],
  },
  { name: 'fallback.js', code: "export const secret = process.env.JWT_SECRET || 'dev-jwt-s3cret-42';", expected: ['1:49 envFallback'] },
  { name: 'koa.js', code: "import Koa from 'koa';\nconst app = new Koa();\napp.keys = ['k0a-s1gning-key-77'];\nexport default app;", expected: ['3:13 secretSink'] },
  { name: 'koa-import.js', code: "import Koa from 'koa';\nexport const keys = Object.keys(Koa);", expected: [] },
  { name: 'plain.js', code: "const app = {};\napp.keys = ['k0a-s1gning-key-77'];\nexport default app;", expected: [] },
  {
    // One line of 9,000 characters: read as generated code, where only known token formats are looked for.
    name: 'bundle.js',
    code: `export const config = { password: 'Sup3r-S3cret-pw' }; ${Array.from({ length: 400 }, (_, index) => `export const x${index} = ${index};`).join(' ')}`,
    expected: [],
  },
  { name: 'config.js', code: "export const config = { password: 'Sup3r-S3cret-pw' };", expected: ['1:35 secretName'] },
  { name: 'clean.js', code: 'export const port = Number(process.env.PORT);', expected: [] },
];

const LANGUAGE: Linter.Config = { files: ['**/*.js', '**/*.ts'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } };
const ONE_NAME: Linter.Config[] = [LANGUAGE, { files: ['**/*.js', '**/*.ts'], plugins: { 'twelve-factor': plugin }, rules: { 'twelve-factor/no-hardcoded-config': 'error' } }];

function lintInOrder(order: readonly (typeof FILES)[number][], config = ONE_NAME): Record<string, string[]> {
  const linter = new Linter({ configType: 'flat' });
  const found: Record<string, string[]> = {};
  for (const file of order) {
    found[file.name] = linter.verify(file.code, config, { filename: `src/${file.name}` }).map((message) => `${message.line}:${message.column} ${message.messageId ?? message.message}`);
  }
  return found;
}

describe('no-hardcoded-config: a file is judged on its own, whatever was linted before it', () => {
  const expected = Object.fromEntries(FILES.map((file) => [file.name, file.expected]));

  it('reports each file as expected in one order', () => {
    expect(lintInOrder(FILES)).toEqual(expected);
  });

  it('and in the reverse order', () => {
    expect(lintInOrder([...FILES].reverse())).toEqual(expected);
  });

  it('and with each file linted twice in a row', () => {
    expect(lintInOrder(FILES.flatMap((file) => [file, file]))).toEqual(expected);
  });

  it('also when the plugin is registered under two names and the rule runs twice in each file', () => {
    const twoNames: Linter.Config[] = [
      LANGUAGE,
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { 'twelve-factor': plugin, twelve: plugin },
        rules: { 'twelve-factor/no-hardcoded-config': 'error', 'twelve/no-hardcoded-config': 'error' },
      },
    ];
    const twice = Object.fromEntries(FILES.map((file) => [file.name, file.expected.flatMap((report) => [report, report])]));
    expect(lintInOrder(FILES, twoNames)).toEqual(twice);
  });
});
