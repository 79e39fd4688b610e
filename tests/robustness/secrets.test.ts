import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { FAKE_TOKENS } from '../analysis/secrets/fake-tokens';
import { extractExamples } from '../doc-examples';
import { lintAll } from './lint-all';

/**
 * No message or suggestion description may contain, in full, a secret the rules found: for every
 * report, each string literal inside the reported range that is longer than 4 characters must not
 * appear in a Factor III (secret) message, and the password of a URL must not appear in any message.
 */

interface Sample {
  name: string;
  code: string;
  typescript: boolean;
}

const PASSWORD = 'Tr0ub4dor-and-3';
const secretSamples: Sample[] = [
  ...Object.entries(FAKE_TOKENS).flatMap(([format, token]) => [
    { name: `${format} in a const`, code: `const value = ${JSON.stringify(token)};`, typescript: false },
    { name: `${format} as apiKey`, code: `export const client = { apiKey: ${JSON.stringify(token)} };`, typescript: true },
    { name: `${format} as env fallback`, code: `const key = process.env.API_TOKEN || ${JSON.stringify(token)};`, typescript: false },
  ]),
  { name: 'password const', code: `const password = '${PASSWORD}';`, typescript: false },
  { name: 'db options', code: `const { Pool } = require('pg');\nnew Pool({ host: 'db.prod.example.com', user: 'app', password: '${PASSWORD}' });`, typescript: false },
  { name: 'connection string', code: `const url = 'postgres://app:${PASSWORD}@db.prod.example.com:5432/app';`, typescript: false },
  { name: 'redis empty user', code: `const redis = 'redis://:${PASSWORD}@cache.prod.example.com:6379';`, typescript: true },
  { name: 'login check', code: `if (user === 'admin' && password === '${PASSWORD}') grant();`, typescript: false },
  { name: 'jwt secret', code: `const jwt = require('jsonwebtoken');\njwt.sign(payload, '${PASSWORD}');`, typescript: false },
  { name: 'session secret', code: `import session from 'express-session';\napp.use(session({ secret: '${PASSWORD}', store }));`, typescript: true },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : /\.[cm]?[jt]sx?$/.test(name) ? [path] : [];
  });
}

const root = join(__dirname, '..', '..');
const docSamples: Sample[] = readdirSync(join(root, 'docs', 'rules')).flatMap((page) =>
  extractExamples(readFileSync(join(root, 'docs', 'rules', page), 'utf8'))
    .filter((e) => e.kind === 'incorrect')
    .map((e) => ({ name: `${page}:${e.line}`, code: e.code, typescript: e.language === 'ts' })),
);
const exampleSamples: Sample[] = filesUnder(join(root, 'examples')).map((file) => ({
  name: file.slice(root.length + 1),
  code: readFileSync(file, 'utf8'),
  typescript: /\.[cm]?tsx?$/.test(file),
}));

/** String values of literals and template parts whose range lies within [start, end). */
function literalsIn(ast: TSESTree.Node, start: number, end: number): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as TSESTree.Node;
    if (n.range && (n.range[1] <= start || n.range[0] >= end)) return;
    if (n.type === 'Literal' && typeof n.value === 'string') found.push(n.value);
    if (n.type === 'TemplateElement' && n.value.cooked) found.push(n.value.cooked);
    for (const [key, value] of Object.entries(n)) if (key !== 'parent' && key !== 'loc' && key !== 'range') visit(value);
  };
  visit(ast);
  return found;
}

function urlPasswords(values: string[]): string[] {
  const passwords: string[] = [];
  for (const value of values) {
    const match = /^[a-z][\w+.-]*:\/\/[^/@:\s]*:([^@/\s]+)@/i.exec(value);
    if (match?.[1]) passwords.push(match[1]);
  }
  return passwords;
}

function offset(code: string, line: number, column: number): number {
  const lines = code.split('\n');
  let index = 0;
  for (let i = 0; i < line - 1; i++) index += (lines[i]?.length ?? 0) + 1;
  return index + column - 1;
}

function leaks(sample: Sample, messages: Linter.LintMessage[]): string[] {
  const ast = parse(sample.code, { range: true, loc: true, jsx: true }) as unknown as TSESTree.Node;
  const problems: string[] = [];
  for (const message of messages) {
    if (!message.ruleId || message.fatal) continue;
    const start = offset(sample.code, message.line, message.column);
    const end = message.endLine && message.endColumn ? offset(sample.code, message.endLine, message.endColumn) : start + 1;
    const literals = literalsIn(ast, start, end);
    const texts = [message.message, ...(message.suggestions ?? []).map((s) => s.desc)];
    const secrets = /^Factor III:/.test(message.message) ? literals.filter((l) => l.length > 4) : [];
    for (const secret of [...secrets, ...urlPasswords(literals).filter((p) => p.length > 4)]) {
      for (const text of texts) if (text.includes(secret)) problems.push(`${message.ruleId}: "${text}" contains "${secret}"`);
    }
  }
  return problems;
}

describe('secrets stay secret in messages and suggestion descriptions', () => {
  it('the samples produce secret reports to check', () => {
    const reported = secretSamples.filter((s) => lintAll(s.code, { typescript: s.typescript, mode: 'strict' }).some((m) => /^Factor III:/.test(m.message)));
    expect(reported.length).toBeGreaterThanOrEqual(secretSamples.length - 3);
  });

  it.each([...secretSamples, ...docSamples, ...exampleSamples].map((s) => [s.name, s] as const))('%s', (_, sample) => {
    for (const mode of ['default', 'strict'] as const) {
      const messages = lintAll(sample.code, { typescript: sample.typescript, mode, sourceType: 'module' });
      expect(messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
      expect(leaks(sample, messages)).toEqual([]);
    }
  });

  it('the leak check catches a message that prints a literal in full', () => {
    const sample = { name: 'probe', code: `const password = '${PASSWORD}';`, typescript: false };
    const fake = { ruleId: 'x', message: `Factor III: found '${PASSWORD}'`, line: 1, column: 1, endLine: 1, endColumn: sample.code.length + 1, severity: 2 } as Linter.LintMessage;
    expect(leaks(sample, [fake])).toHaveLength(1);
  });
});
