import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/cli/format-json';
import { formatSarif } from '../../src/cli/format-sarif';
import { formatSummary, formatText } from '../../src/cli/format-text';
import { buildReport, getMessageFactor, getRuleFactors } from '../../src/cli/report';
import type { TwelveFactorRule } from '../../src/rules';

function fakeRule(factor: string, messages: Record<string, string>): TwelveFactorRule {
  return {
    meta: {
      type: 'problem',
      docs: { description: `Disallow things of factor ${factor}`, factor, recommended: 'recommended', url: `https://example.org/docs/rules/${factor}.md` },
      schema: [],
      messages,
    },
    defaultOptions: [],
    create: () => ({}),
  } as unknown as TwelveFactorRule;
}

const rules = {
  'config-rule': fakeRule('III', { secret: 'Factor III: hardcoded secret ({{value}}).', host: 'Factor IV: hardcoded host.', port: 'Factor VII: hardcoded port.' }),
  'logs-rule': fakeRule('XI', { file: 'Factor XI: logs go to a file.' }),
  'templated-rule': fakeRule('VI', { any: 'Factor {{factor}}: something.' }),
};

type Message = ESLint.LintResult['messages'][number];

function message(ruleId: string | null, text: string, line: number, extra: Partial<Message> = {}): Message {
  return { ruleId, message: text, line, column: 3, severity: 2, ...extra } as Message;
}

function result(filePath: string, messages: Message[]): ESLint.LintResult {
  return { filePath, messages, suppressedMessages: [], errorCount: messages.length, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] } as ESLint.LintResult;
}

const results = [
  result('/repo/src/server.js', [
    message('twelve-factor/config-rule', 'Factor VII: hardcoded port.', 9),
    message('twelve-factor/config-rule', 'Factor III: hardcoded secret (\'S3cr…\').', 2),
    message('no-undef', 'x is not defined', 1),
  ]),
  result('/repo/src/logger.js', [message('twelve-factor/logs-rule', 'Factor XI: logs go to a file.', 4)]),
  result('/repo/src/state.js', [message('twelve-factor/templated-rule', 'Factor VIII: something.', 7)]),
  result('/repo/src/broken.js', [message(null, 'Parsing error: Unexpected token )', 3, { fatal: true })]),
  result('/repo/src/env.js', [message(null, '/* eslint-env */ comments are no longer supported.', 1, { fatal: true })]),
];

const report = buildReport({ version: '9.9.9', root: '/repo', durationMs: 1432.4, fileCount: 6, skipped: ['/repo/public/bundle.js'], results, rules });

describe('getRuleFactors', () => {
  it('takes the rule’s factor and every factor its messages name', () => {
    expect(getRuleFactors(rules['config-rule'])).toEqual(['III', 'IV', 'VII']);
    expect(getRuleFactors(rules['logs-rule'])).toEqual(['XI']);
    expect(getRuleFactors(rules['templated-rule'])).toEqual(['VI']);
  });
});

describe('getMessageFactor', () => {
  it('reads the message prefix, else falls back to the rule’s factor', () => {
    expect(getMessageFactor('Factor IV: hardcoded host.', rules['config-rule'])).toBe('IV');
    expect(getMessageFactor('no prefix here', rules['logs-rule'])).toBe('XI');
    expect(getMessageFactor('Factor XIII: not a factor', rules['logs-rule'])).toBe('XI');
    expect(getMessageFactor('no prefix', undefined)).toBeUndefined();
  });
});

describe('buildReport', () => {
  it('groups findings by factor, sorted, with relative paths; only this plugin’s rules count', () => {
    expect(report.findings).toEqual([
      { factor: 'III', rule: 'config-rule', file: 'src/server.js', line: 2, column: 3, message: "Factor III: hardcoded secret ('S3cr…')." },
      { factor: 'VII', rule: 'config-rule', file: 'src/server.js', line: 9, column: 3, message: 'Factor VII: hardcoded port.' },
      { factor: 'VIII', rule: 'templated-rule', file: 'src/state.js', line: 7, column: 3, message: 'Factor VIII: something.' },
      { factor: 'XI', rule: 'logs-rule', file: 'src/logger.js', line: 4, column: 3, message: 'Factor XI: logs go to a file.' },
    ]);
  });

  it('reports parse errors on their own, and not other fatal messages', () => {
    expect(report.parseErrors).toEqual([{ file: 'src/broken.js', line: 3, column: 3, message: 'Parsing error: Unexpected token )' }]);
  });

  it('gives each factor its rules and status', () => {
    const byId = Object.fromEntries(report.factors.map((f) => [f.id, f]));
    expect(report.factors.map((f) => f.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(byId.III).toEqual({ id: 'III', title: 'Config', url: 'https://12factor.net/config', rules: ['config-rule'], status: 'fail', findings: 1 });
    expect(byId.IV).toMatchObject({ rules: ['config-rule'], status: 'pass', findings: 0 });
    expect(byId.VI).toMatchObject({ rules: ['templated-rule'], status: 'pass' });
    expect(byId.VIII).toMatchObject({ rules: ['templated-rule'], status: 'fail', findings: 1 });
    expect(byId.I).toMatchObject({ rules: [], status: 'not-checked', findings: 0 });
  });

  it('counts', () => {
    expect(report.counts).toEqual({ findings: 4, parseErrors: 1, files: 6, skipped: 1, factorsChecked: 6, factorsWithFindings: 4 });
    expect(report.skipped).toEqual(['public/bundle.js']);
    expect(report.durationMs).toBe(1432);
  });
});

describe('formatters', () => {
  it('summarises in one line', () => {
    expect(formatSummary(report)).toBe('4 findings in 4 of 6 checked factors, 6 files in 1.4 s; 1 file could not be parsed; 1 file skipped as generated (over 1 MB or minified)');
  });

  it('prints the table, the findings by factor and the parse errors as plain text', () => {
    const text = formatText(report, { color: false, displayRoot: 'repo' });
    expect(text).not.toContain('\u001b[');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Twelve-factor audit of repo');
    expect(lines).toContain('  III   Config               config-rule     ✗ 1 finding');
    expect(lines).toContain('  IV    Backing services     config-rule     ✓ no findings');
    expect(lines).toContain('  I     Codebase             —               — not checked statically');
    expect(lines).toContain('III Config · 1 finding · https://12factor.net/config');
    expect(lines).toContain("  src/server.js:2:3  hardcoded secret ('S3cr…').  config-rule");
    expect(lines).toContain('Could not parse · 1 file (not audited)');
    expect(lines).toContain('  src/broken.js:3:3  Parsing error: Unexpected token )');
    expect(lines.at(-2)).toBe(formatSummary(report));
  });

  it('colours only when asked', () => {
    expect(formatText(report, { color: true, displayRoot: 'repo' })).toContain('\u001b[31m');
  });

  it('prints JSON with the documented fields', () => {
    const json = JSON.parse(formatJson(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'root', 'durationMs', 'files', 'factors', 'findings', 'parseErrors', 'skipped', 'counts']);
  });

  it('prints SARIF with the rules, results and parse errors as notifications', () => {
    const sarif = JSON.parse(formatSarif(report, { rules, informationUri: 'https://example.org' })) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; ruleIndex: number }[]; invocations: { toolExecutionNotifications: unknown[] }[] }[];
    };
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(['twelve-factor/config-rule', 'twelve-factor/logs-rule', 'twelve-factor/templated-rule']);
    expect(run?.tool.driver.rules[0]?.helpUri).toBe('https://example.org/docs/rules/III.md');
    expect(run?.results.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['twelve-factor/config-rule', 0],
      ['twelve-factor/config-rule', 0],
      ['twelve-factor/templated-rule', 2],
      ['twelve-factor/logs-rule', 1],
    ]);
    expect(run?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });
});
