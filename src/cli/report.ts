import { relative, sep } from 'node:path';
import type { ESLint } from 'eslint';
import { PLUGIN_NAMESPACE } from '../configs';
import { FACTORS, isFactorId, type FactorId } from '../factors';
import type { TwelveFactorRule } from '../rules';

export type FactorStatus = 'pass' | 'fail' | 'not-checked';

export interface FactorSummary {
  readonly id: FactorId;
  readonly title: string;
  readonly url: string;
  /** Rules (without the `twelve-factor/` prefix) that check this factor. */
  readonly rules: readonly string[];
  readonly status: FactorStatus;
  readonly findings: number;
}

export interface Finding {
  readonly factor: FactorId;
  readonly rule: string;
  /** Relative to the audited root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ParseError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface AuditCounts {
  readonly findings: number;
  readonly parseErrors: number;
  readonly files: number;
  readonly skipped: number;
  readonly factorsChecked: number;
  readonly factorsWithFindings: number;
}

/** The audit's result, as `--format json` prints it (documented in docs/audit.md). */
export interface AuditReport {
  readonly version: string;
  readonly root: string;
  readonly durationMs: number;
  readonly files: number;
  readonly factors: readonly FactorSummary[];
  readonly findings: readonly Finding[];
  readonly parseErrors: readonly ParseError[];
  /** Files not linted because they are too big to be hand-written sources (bundles). */
  readonly skipped: readonly string[];
  readonly counts: AuditCounts;
}

/** A file that does not parse gets one fatal "Parsing error: ..." message (other fatal ones, such as ESLint 10's "eslint-env comments are no longer supported", do not stop the rules). */
export function isParseError(message: ESLint.LintResult['messages'][number]): boolean {
  return message.fatal === true && message.ruleId === null && message.message.startsWith('Parsing error');
}

const FACTOR_PREFIX = /^Factor ([IVX]+): /;
const FACTOR_MENTION = /\bFactor ([IVX]+):/g;
const FACTOR_ORDER = new Map<string, number>(FACTORS.map((factor) => [factor.id, factor.number]));

/** The factors a rule checks: its `meta.docs.factor` and every factor its messages name. */
export function getRuleFactors(rule: TwelveFactorRule): FactorId[] {
  const factors = new Set<FactorId>();
  const own = rule.meta.docs?.factor;
  if (own && isFactorId(own)) factors.add(own);
  for (const message of Object.values(rule.meta.messages)) {
    for (const match of message.matchAll(FACTOR_MENTION)) {
      const id = match[1] ?? '';
      if (isFactorId(id)) factors.add(id);
    }
  }
  return [...factors].sort((a, b) => (FACTOR_ORDER.get(a) ?? 0) - (FACTOR_ORDER.get(b) ?? 0));
}

/** The factor a message names in its `Factor <ROMAN>: ` prefix, else the rule's own factor. */
export function getMessageFactor(message: string, rule: TwelveFactorRule | undefined): FactorId | undefined {
  const id = FACTOR_PREFIX.exec(message)?.[1];
  if (id && isFactorId(id)) return id;
  const own = rule?.meta.docs?.factor;
  return own && isFactorId(own) ? own : undefined;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function compareLocations(a: ParseError, b: ParseError): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

export interface ReportInput {
  readonly version: string;
  readonly root: string;
  readonly durationMs: number;
  readonly fileCount: number;
  readonly skipped: readonly string[];
  readonly results: readonly ESLint.LintResult[];
  readonly rules: Readonly<Record<string, TwelveFactorRule>>;
}

export function buildReport(input: ReportInput): AuditReport {
  const findings: Finding[] = [];
  const parseErrors: ParseError[] = [];
  const rulePrefix = `${PLUGIN_NAMESPACE}/`;

  for (const result of input.results) {
    const file = toPosix(relative(input.root, result.filePath));
    for (const message of result.messages) {
      if (isParseError(message)) {
        parseErrors.push({ file, line: message.line, column: message.column, message: message.message });
        continue;
      }
      // Only this plugin's rules: other messages (unknown rules in inline configs, ...) are not findings.
      if (!message.ruleId?.startsWith(rulePrefix)) continue;
      const rule = message.ruleId.slice(rulePrefix.length);
      const factor = getMessageFactor(message.message, input.rules[rule]);
      if (!factor) continue;
      findings.push({ factor, rule, file, line: message.line, column: message.column, message: message.message });
    }
  }
  findings.sort((a, b) => (FACTOR_ORDER.get(a.factor) ?? 0) - (FACTOR_ORDER.get(b.factor) ?? 0) || compareLocations(a, b) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  parseErrors.sort(compareLocations);

  const rulesByFactor = new Map<FactorId, string[]>();
  for (const [name, rule] of Object.entries(input.rules).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const factor of getRuleFactors(rule)) rulesByFactor.set(factor, [...(rulesByFactor.get(factor) ?? []), name]);
  }
  // A message may name its factor through a placeholder: the rule then checks that factor too.
  for (const finding of findings) {
    const rules = rulesByFactor.get(finding.factor) ?? [];
    if (!rules.includes(finding.rule)) rulesByFactor.set(finding.factor, [...rules, finding.rule].sort());
  }

  const factors: FactorSummary[] = FACTORS.map((factor) => {
    const rules = rulesByFactor.get(factor.id) ?? [];
    const count = findings.filter((finding) => finding.factor === factor.id).length;
    const status: FactorStatus = count > 0 ? 'fail' : rules.length > 0 ? 'pass' : 'not-checked';
    return { id: factor.id, title: factor.title, url: factor.url, rules, status, findings: count };
  });

  return {
    version: input.version,
    root: input.root,
    durationMs: Math.round(input.durationMs),
    files: input.fileCount,
    factors,
    findings,
    parseErrors,
    skipped: input.skipped.map((file) => toPosix(relative(input.root, file))).sort(),
    counts: {
      findings: findings.length,
      parseErrors: parseErrors.length,
      files: input.fileCount,
      skipped: input.skipped.length,
      factorsChecked: factors.filter((factor) => factor.status !== 'not-checked').length,
      factorsWithFindings: factors.filter((factor) => factor.status === 'fail').length,
    },
  };
}
