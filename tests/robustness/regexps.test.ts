import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// V8's non-backtracking engine (flag `l`): the reference each pattern's results are checked against.
setFlagsFromString('--enable-experimental-regexp-engine');

const srcDir = join(__dirname, '..', '..', 'src');
const LENGTH = 100_000;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Pattern {
  where: string;
  regex: RegExp;
}

/** Every regular expression literal and `new RegExp('literal')` in the plugin's source. */
function collectPatterns(): Pattern[] {
  const patterns: Pattern[] = [];
  for (const file of sourceFiles(srcDir)) {
    const ast = parse(readFileSync(file, 'utf8'), { loc: true, range: true });
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        node.forEach(visit);
        return;
      }
      const n = node as TSESTree.Node;
      const where = `${relative(srcDir, file)}:${n.loc?.start.line ?? 0}`;
      if (n.type === 'Literal' && 'regex' in n && n.regex) {
        patterns.push({ where, regex: new RegExp(n.regex.pattern, n.regex.flags.replace('g', '').replace('y', '')) });
      } else if (
        (n.type === 'NewExpression' || n.type === 'CallExpression') &&
        n.callee.type === 'Identifier' &&
        n.callee.name === 'RegExp' &&
        n.arguments[0]?.type === 'Literal' &&
        typeof n.arguments[0].value === 'string'
      ) {
        const flags = n.arguments[1]?.type === 'Literal' && typeof n.arguments[1].value === 'string' ? n.arguments[1].value : '';
        patterns.push({ where, regex: new RegExp(n.arguments[0].value, flags.replace('g', '').replace('y', '')) });
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'parent' && key !== 'loc' && key !== 'range') visit(value);
    };
    visit(ast);
  }
  return patterns;
}

/** The literal text a pattern starts with (`ghp_` of /^ghp_[A-Za-z0-9]{36}$/), to get past it. */
function literalPrefix(source: string): string {
  let prefix = '';
  for (let i = source.startsWith('^') ? 1 : 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[.\-/_:@=?+*()[\]{}|^$\\]/.test(next)) {
        prefix += next;
        i++;
        continue;
      }
      break;
    }
    if (/[\w\-:/@=]/.test(ch) && !/[?*+{]/.test(source[i + 1] ?? '')) prefix += ch;
    else break;
  }
  return prefix;
}

/** Characters worth repeating for a pattern: its literal characters and one of each class. */
function alphabet(source: string): string[] {
  const chars = new Set<string>(['a', 'A', 'z', '0', '9', '_', '-', '.', ' ', '/', ':', '@', '=', '%', '$', '{', '}', '+', '\n', '"', "'", 'é']);
  for (const ch of source.replace(/\\[dwsb]/gi, '')) if (/[\x20-\x7e]/.test(ch)) chars.add(ch);
  return [...chars];
}

/** Long runs of each character, after the literal prefix, alone and alternating with others. */
function adversarialInputs(regex: RegExp): string[] {
  const prefix = literalPrefix(regex.source);
  const chars = alphabet(regex.source);
  const inputs: string[] = [];
  for (const ch of chars) {
    inputs.push(ch.repeat(LENGTH));
    if (prefix) inputs.push(prefix + ch.repeat(LENGTH) + '!');
  }
  inputs.push('aA0_-'.repeat(LENGTH / 5), 'a.'.repeat(LENGTH / 2), 'a '.repeat(LENGTH / 2), (prefix || 'x') + 'a1'.repeat(LENGTH / 2) + '\u0000');
  return inputs;
}

/**
 * The same pattern for V8's linear-time engine, which takes neither the `i` nor the `u` flag:
 * case-insensitivity is spelled out (`a` → `[aA]`, `[a-f]` → `[a-fA-F]`), and `u` is dropped
 * where the pattern has no Unicode-only syntax (the adversarial inputs are BMP characters).
 */
export function linearEquivalent(regex: RegExp): RegExp {
  let source = regex.source;
  if (regex.flags.includes('u') && /\\[pPu]\{|\\k</.test(source)) throw new Error('Unicode-only syntax');
  if (regex.flags.includes('i')) source = spellOutCase(source);
  return new RegExp(source, `${regex.flags.replace(/[iu]/g, '')}l`);
}

function spellOutCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // \xHH, \uHHHH, \cX keep their following characters; other escapes are two characters.
      const length = next === 'x' ? 4 : next === 'u' ? 6 : next === 'c' ? 3 : 2;
      out += source.slice(i, i + length);
      i += length - 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      const rangeEnd = source[i + 1] === '-' ? source[i + 2] : undefined;
      if (/[a-z]/i.test(ch) && rangeEnd && /[a-z]/i.test(rangeEnd)) {
        out += `${ch}-${rangeEnd}${swapCase(ch)}-${swapCase(rangeEnd)}`;
        i += 2;
        continue;
      }
      out += /[a-z]/i.test(ch) ? ch + swapCase(ch) : ch;
      continue;
    }
    if (ch === '[') inClass = true;
    // A quantifier's braces hold digits, a group's `(?<name>` a name: only plain letters are spelled out.
    const inGroupName = /\(\?<\w*$/.test(out);
    out += /[a-z]/i.test(ch) && !inGroupName ? `[${ch}${swapCase(ch)}]` : ch;
  }
  return out;
}

function swapCase(ch: string): string {
  return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
}

const regexpLinter = new Linter({ configType: 'flat' });
let regexpPlugin: ESLint.Plugin;
// eslint-plugin-regexp is an ES module; these tests compile as CommonJS.
beforeAll(async () => {
  regexpPlugin = ((await import('eslint-plugin-regexp')) as { default: ESLint.Plugin }).default;
});

function superLinearFindings(regex: RegExp): string[] {
  return regexpLinter
    .verify(`const pattern = ${regex.toString()};\npattern.test(input);`, [
      {
        plugins: { regexp: regexpPlugin },
        rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
      },
    ])
    .map((m) => m.message);
}

const patterns = collectPatterns();

describe('regular expressions run in linear time on adversarial input', () => {
  it('finds the plugin\'s patterns', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  it.each(patterns.map((p) => [`${p.where} ${p.regex}`, p] as const))('%s', { timeout: 10_000 }, (_, { regex }) => {
    // Statically: eslint-plugin-regexp finds no super-linear backtracking or move in the pattern.
    expect(superLinearFindings(regex)).toEqual([]);
    // Dynamically: a super-linear pattern takes minutes on these inputs and fails by the timeout;
    // where V8's linear-time engine can run the pattern (it has no lookaround, no backreferences
    // and small repetition bounds only), the results must also agree with it.
    const inputs = adversarialInputs(regex);
    const results = inputs.map((input) => regex.test(input));
    let reference: RegExp | undefined;
    try {
      reference = linearEquivalent(regex);
    } catch {
      reference = undefined;
    }
    if (reference) expect(results).toEqual(inputs.map((input) => reference.test(input)));
  });

  it('the static check recognises a super-linear pattern', () => {
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-misleading-capturing-group -- the deliberate bad example
    expect(superLinearFindings(/^(a+)+$/).length).toBeGreaterThan(0);
    // eslint-disable-next-line regexp/no-super-linear-move -- the deliberate bad example
    expect(superLinearFindings(/\s*,\s*/).length).toBeGreaterThan(0);
    expect(superLinearFindings(/^ghp_[a-z0-9]{36}$/)).toEqual([]);
  });

  it('linearEquivalent spells out case-insensitivity for the linear engine', () => {
    const reference = linearEquivalent(/^pass(?:word)?_[a-f0-9]+\.log$/iu);
    for (const input of ['PASSWORD_ABC.LOG', 'pass_0f.log', 'PaSs_Ff.Log', 'passwd_0.log', 'pass_g.log']) {
      expect(reference.test(input)).toBe(/^pass(?:word)?_[a-f0-9]+\.log$/iu.test(input));
    }
  });

  it('literalPrefix reads the fixed start of a pattern', () => {
    expect(literalPrefix('^ghp_[A-Za-z0-9]{36}$')).toBe('ghp_');
    expect(literalPrefix('sk-ant-\\w+')).toBe('sk-ant-');
    expect(literalPrefix('\\.log$')).toBe('.log');
  });
});
