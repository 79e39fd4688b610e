import type { AuditReport } from './report';

/** The report as one JSON document; field names are stable (docs/audit.md). */
export function formatJson(report: AuditReport): string {
  const document = {
    version: report.version,
    root: report.root,
    durationMs: report.durationMs,
    files: report.files,
    factors: report.factors.map((f) => ({ id: f.id, title: f.title, url: f.url, rules: f.rules, status: f.status, findings: f.findings })),
    findings: report.findings.map((f) => ({ factor: f.factor, rule: f.rule, file: f.file, line: f.line, column: f.column, message: f.message })),
    parseErrors: report.parseErrors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })),
    skipped: report.skipped,
    counts: report.counts,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
