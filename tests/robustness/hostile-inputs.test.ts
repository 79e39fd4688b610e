import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import { lintAll, type Mode } from './lint-all';

const modes: Mode[] = ['default', 'strict'];
const fatal = (messages: Linter.LintMessage[]) => messages.filter((m) => m.fatal).map((m) => m.message);

/** Each input must lint without a rule throwing and without a parse error. */
function expectSurvives(code: string, options: Parameters<typeof lintAll>[1] = {}): Linter.LintMessage[] {
  let last: Linter.LintMessage[] = [];
  for (const mode of modes) {
    last = lintAll(code, { ...options, mode });
    expect(fatal(last)).toEqual([]);
  }
  return last;
}

function deepestParsable(build: (depth: number) => string): { depth: number; code: string } {
  const linter = new Linter({ configType: 'flat' });
  for (let depth = 10_000; depth >= 100; depth = Math.floor(depth / 2)) {
    const code = build(depth);
    try {
      const messages = linter.verify(code, { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
      if (!messages.some((m) => m.fatal)) return { depth, code };
    } catch {
      // the parser or scope analysis overflowed its stack at this depth: try shallower
    }
  }
  throw new Error('no depth parses');
}

describe('hostile inputs: no rule throws, none hangs', () => {
  it('a 2 MB string literal, secret-named and in a connection string', () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    expectSurvives(`const password = '${big}';\nconst url = 'postgres://u:${big}@db.example.com/app';\nconst s = "${'ab1'.repeat(700_000)}";`);
  });

  it('10,000 string literals in one file', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `  key${i}: 'value-${i}-${(i * 7919).toString(36)}',`);
    expectSurvives(`export const table = {\n${lines.join('\n')}\n};`);
  });

  it('a template literal with 5,000 expressions', () => {
    const parts = Array.from({ length: 5_000 }, (_, i) => `\${v${i % 10}}:${i}`).join('');
    expectSurvives(`const v0 = 1, v1 = 2, v2 = 3, v3 = 4, v4 = 5, v5 = 6, v6 = 7, v7 = 8, v8 = 9, v9 = 0;\nconst token = \`${parts}\`;`);
  });

  it('the deepest nested expression the parser accepts', () => {
    const binary = deepestParsable((depth) => `const password = ${'('.repeat(depth)}'a'${" + 'b')".repeat(depth)};`);
    expectSurvives(binary.code);
    const calls = deepestParsable((depth) => `app.listen(${'f('.repeat(depth)}3000${')'.repeat(depth)});`);
    expectSurvives(calls.code);
    const members = deepestParsable((depth) => `const x = require('winston')${'.a'.repeat(depth)};`);
    expectSurvives(members.code);
    expect(binary.depth).toBeGreaterThanOrEqual(100);
  });

  it('process and require shadowed or reassigned', () => {
    expectSurvives("const process = { on() {} };\nprocess.on('SIGTERM', () => {});\nrequire('express')().listen(3000);", { sourceType: 'module' });
    expectSurvives("function f(require, process) { require('fs').appendFileSync('a.log', 'x'); process.env.X || 'secret'; }");
    expectSurvives("require = () => ({});\nprocess = {};\nrequire('express')().listen(3000);", { sourceType: 'script' });
  });

  it('require called with no arguments, a number, a template, a computed expression', () => {
    expectSurvives("require();\nrequire(1);\nrequire(`fs`).appendFileSync('a.log', 'x');\nrequire('f' + 's');\nrequire(name)[key]();\nrequire(...args);\nrequire?.('fs');", { sourceType: 'commonjs' });
  });

  it('import() expressions', () => {
    expectSurvives("const fs = await import('node:fs');\nfs.appendFileSync('app.log', 'x');\nimport(name).then((m) => m.default().listen(3000));\nimport(`winston`);");
  });

  it('computed and numeric keys', () => {
    expectSurvives("const k = 'password';\nconst o = { [k]: 'hunter22', 1: 'x', [`api${'Key'}`]: 'abc', [Symbol.iterator]: 1, 0x10: 'y', 'spaced key': 'Sup3rS3cret!' };\no[k] = 'Sup3rS3cret!';\no[0] = 1;");
  });

  it('optional calls everywhere', () => {
    expectSurvives("a?.listen?.(3000);\nprocess?.on?.('SIGTERM', () => {});\nrequire('fs')?.appendFileSync?.('x.log', 'y');\nconst s = require('express-session');\napp?.use?.(s?.({ secret: 'x' }));\nwinston?.transports?.File;");
  });

  it('getters, setters, spread arguments, sparse arrays', () => {
    expectSurvives("const o = { get password() { return 'hunter22'; }, set token(v) { this._t = v; } };\nserver.listen(...args);\napp.use(...middlewares);\nconst a = [, , 'x', , ];\nnew winston.transports.File(...opts);\nprocess.on(...['SIGTERM', () => {}]);");
  });

  it("Bun's and Deno's globals in unusual forms", () => {
    expectSurvives(
      [
        'Bun?.serve?.({ port: 3000 });',
        "Bun['serve']({ port: 3000 });",
        'new Bun.serve({ port: 3000 });',
        'Bun.serve(...options);',
        'Bun.serve();',
        'const { serve, ...rest } = Bun;\nserve({ ...defaults, port });',
        'Deno.serve(isDesktop ? undefined : { port: 8000 }, handler);',
        "Deno.env.get();\nDeno.env.get(name) ?? 'x';\nDeno?.env?.get?.('JWT_SECRET') ?? 'dev-secret';",
        "const secret = Bun.env['JWT' + '_SECRET'] || 'dev-secret';\nconst { [key]: value = 'x' } = Bun.env;",
        'export default { ...base, port: 3000, fetch };',
      ].join('\n'),
      { sourceType: 'module' },
    );
    expectSurvives("export default { [port]: 3000, 'fetch': handler, port: Number(Bun.env.PORT) };", { sourceType: 'module' });
    expectSurvives('export default class { port = 3000; fetch() {} }', { sourceType: 'module' });
    expectSurvives("export default function fetch() {}\nvar Bun = { serve() {} };\nBun.serve({ port: 3000 });", { sourceType: 'module' });
    expectSurvives("var Bun;\nBun = require('./bun');\nBun.serve({ port: 3000 });", { sourceType: 'script' });
  });

  it('with statements in sloppy scripts', () => {
    expectSurvives("with (config) { password = 'hunter22'; app.listen(port); }", { sourceType: 'script' });
  });

  it('JSX', () => {
    expectSurvives("const el = <Login password=\"hunter22\" label='Password' onSubmit={() => app.listen(3000)}>{'secret'}</Login>;", { jsx: true });
    expectSurvives("const el = <Field token={'x'} apiKey=\"AKIA0000000000000000\" {...props} />;", { jsx: true, typescript: true });
  });

  it('TypeScript-only syntax', () => {
    expectSurvives(
      [
        "import express = require('express');",
        'declare const db: { password: string };',
        "enum Secrets { Password = 'hunter22', Token = 'abc' }",
        "namespace Config { export const apiKey = 'k'; }",
        'abstract class Base { abstract listen(port: number): void; }',
        'function f(a: string): void;',
        'function f(a: number): void;',
        'function f(a: unknown) {}',
        '@Controller() class C { @Get() handle(@Req() req: unknown) { return req!; } }',
        "const config = { password: 'hunter22' } satisfies Record<string, string>;",
        "const app = express();\napp!.listen(3000 as number);",
        "let x = <string>'y';",
        'type T = { token: string };',
        "interface I { password: 'literal-type' }",
        "export = {};",
      ].join('\n'),
      { typescript: true, sourceType: 'module' },
    );
  });

  it('secret sinks reached through chains, spreads, casts and computed members', () => {
    const messages = expectSurvives(
      [
        "import { SignJWT, jwtVerify } from 'jose';",
        "import Jwt from '@hapi/jwt';",
        "import twilio from 'twilio';",
        "import { google } from 'googleapis';",
        "export const a = new SignJWT(p)?.setProtectedHeader({ alg: 'HS256' })?.sign(new TextEncoder().encode('optional-chain-secret'));",
        "export const b = new SignJWT(p).setProtectedHeader({ alg: 'HS256' })['sign'](key);",
        "export const c = (new SignJWT(p) as any).sign(new TextEncoder().encode('cast-secret-value')!);",
        'export const d = new SignJWT(p).sign(...keys);',
        'export const e = jwtVerify(...args);',
        'export const f = twilio(...creds);',
        'export const g = new google.auth.OAuth2(id, `template-${x}`);',
        'server.auth.strategy(...strategyArgs);',
        "server.auth['strategy']('jwt', 'jwt', { keys: 'computed-key-value' });",
        "server.auth.strategy('jwt', 'jwt', ...rest);",
        "server.auth.strategy('jwt', 'jwt', { ...opts, keys: 'spread-then-key' });",
      ].join('\n'),
      { typescript: true, sourceType: 'module' },
    );
    // The optional chain still ends in jose's sign(); a key written after a spread wins over it.
    expect(messages.filter((m) => m.messageId === 'secretSink').map((m) => m.line)).toEqual([5, 15]);
  });

  it('Unicode escapes in identifiers and strings', () => {
    expectSurvives("const pa\\u0073sword = 'hunt\\u0065r22';\nconst \\u{74}oken = '\\u{1F511}abc';\nrequire('\\u0066s').appendFileSync('a\\u002elog', 'x');");
  });

  it('a file that is only a hashbang', () => {
    expectSurvives('#!/usr/bin/env node');
    expectSurvives('#!/usr/bin/env node\n');
  });

  it('an empty file and a file of comments', () => {
    expectSurvives('');
    expectSurvives("// const password = 'hunter22';\n/* app.listen(3000) */");
  });
});
