import type { AuditReport, FactorSummary } from './report';

export interface TextOptions {
  readonly color: boolean;
  /** How the audited root is named in the heading (relative to the working directory when inside it). */
  readonly displayRoot: string;
}

type Paint = (text: string) => string;

interface Palette {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
}

function ansi(open: number, close: number): Paint {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const COLORS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  green: ansi(32, 39),
  yellow: ansi(33, 39),
  cyan: ansi(36, 39),
};

const identity: Paint = (text) => text;
const PLAIN: Palette = { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };

const FACTOR_PREFIX = /^Factor [IVX]+: /;

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatDuration(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function statusText(factor: FactorSummary): string {
  if (factor.status === 'fail') return `✗ ${plural(factor.findings, 'finding')}`;
  if (factor.status === 'pass') return '✓ no findings';
  return '— not checked statically';
}

function paintStatus(factor: FactorSummary, text: string, paint: Palette): string {
  if (factor.status === 'fail') return paint.red(text);
  if (factor.status === 'pass') return paint.green(text);
  return paint.dim(text);
}

/** Pads after painting would count escape codes: pad the plain text, then paint it. */
function cell(text: string, width: number): string {
  return text.padEnd(width);
}

/** The one-line summary: "7 findings in 4 of 6 checked factors, 132 files in 1.4 s". */
export function formatSummary(report: AuditReport): string {
  const { counts } = report;
  const files = `${plural(report.files, 'file')} in ${formatDuration(report.durationMs)}`;
  const head =
    counts.findings > 0
      ? `${plural(counts.findings, 'finding')} in ${counts.factorsWithFindings} of ${counts.factorsChecked} checked factors, ${files}`
      : `No findings in ${plural(counts.factorsChecked, 'checked factor')}, ${files}`;
  const notes = [
    ...(counts.parseErrors > 0 ? [`${plural(counts.parseErrors, 'file')} could not be parsed`] : []),
    ...(counts.skipped > 0 ? [`${plural(counts.skipped, 'file')} skipped as generated (over 1 MB or minified)`] : []),
  ];
  return [head, ...notes].join('; ');
}

export function formatText(report: AuditReport, options: TextOptions): string {
  const paint = options.color ? COLORS : PLAIN;
  const lines: string[] = [];
  lines.push(paint.bold(`Twelve-factor audit of ${options.displayRoot}`), '');

  const idWidth = Math.max(...report.factors.map((f) => f.id.length)) + 2;
  const titleWidth = Math.max('Factor'.length - idWidth, ...report.factors.map((f) => f.title.length)) + 2;
  const rulesText = report.factors.map((f) => (f.rules.length > 0 ? f.rules.join(', ') : '—'));
  const rulesWidth = Math.max('Checked by'.length, ...rulesText.map((r) => r.length)) + 2;
  lines.push(paint.dim(`  ${cell('Factor', idWidth + titleWidth)}${cell('Checked by', rulesWidth)}Status`));
  report.factors.forEach((factor, i) => {
    const row = `  ${cell(factor.id, idWidth)}${cell(factor.title, titleWidth)}`;
    const rules = cell(rulesText[i] ?? '—', rulesWidth);
    lines.push(`${row}${factor.rules.length > 0 ? rules : paint.dim(rules)}${paintStatus(factor, statusText(factor), paint)}`);
  });

  for (const factor of report.factors) {
    const findings = report.findings.filter((finding) => finding.factor === factor.id);
    if (findings.length === 0) continue;
    lines.push('', `${paint.bold(`${factor.id} ${factor.title}`)} · ${paint.red(plural(findings.length, 'finding'))} · ${paint.dim(factor.url)}`);
    for (const finding of findings) {
      const where = paint.cyan(`${finding.file}:${finding.line}:${finding.column}`);
      lines.push(`  ${where}  ${finding.message.replace(FACTOR_PREFIX, '')}  ${paint.dim(finding.rule)}`);
    }
  }

  if (report.parseErrors.length > 0) {
    lines.push('', `${paint.bold('Could not parse')} · ${paint.yellow(plural(report.parseErrors.length, 'file'))} (not audited)`);
    for (const error of report.parseErrors) {
      lines.push(`  ${paint.cyan(`${error.file}:${error.line}:${error.column}`)}  ${error.message}`);
    }
  }

  const summary = formatSummary(report);
  lines.push('', report.counts.findings > 0 ? paint.bold(paint.red(summary)) : report.counts.parseErrors > 0 ? paint.bold(paint.yellow(summary)) : paint.bold(paint.green(summary)));
  return `${lines.join('\n')}\n`;
}
