import { pathToFileURL } from 'node:url';
import { PLUGIN_NAMESPACE } from '../configs';
import type { TwelveFactorRule } from '../rules';
import { getRuleFactors, type AuditReport } from './report';

const ROOT_ID = '%SRCROOT%';

export interface SarifOptions {
  readonly rules: Readonly<Record<string, TwelveFactorRule>>;
  readonly informationUri: string;
}

function artifactLocation(file: string): { uri: string; uriBaseId: string } {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT_ID };
}

function location(file: string, line: number, column: number): object {
  return { physicalLocation: { artifactLocation: artifactLocation(file), region: { startLine: Math.max(line, 1), startColumn: Math.max(column, 1) } } };
}

/**
 * SARIF 2.1.0 for code-scanning uploads: one run, the plugin's rules as `tool.driver.rules`, one
 * result per finding, files that could not be parsed as tool execution notifications. No source
 * snippets: the code around a finding may hold the secret the message masks.
 */
export function formatSarif(report: AuditReport, options: SarifOptions): string {
  const ruleNames = Object.keys(options.rules).sort();
  const ruleIndex = new Map(ruleNames.map((name, i) => [name, i]));
  const rootUri = pathToFileURL(report.root).href.replace(/\/?$/, '/');

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'twelve-factor-audit',
            version: report.version,
            semanticVersion: report.version,
            informationUri: options.informationUri,
            rules: ruleNames.map((name) => {
              const rule = options.rules[name];
              const factors = rule ? getRuleFactors(rule) : [];
              return {
                id: `${PLUGIN_NAMESPACE}/${name}`,
                name,
                shortDescription: { text: rule?.meta.docs?.description ?? name },
                helpUri: rule?.meta.docs?.url,
                defaultConfiguration: { level: 'error' },
                properties: { tags: ['twelve-factor', ...factors.map((id) => `factor-${id}`)], factors },
              };
            }),
          },
        },
        originalUriBaseIds: { [ROOT_ID]: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.parseErrors.map((error) => ({
              level: 'error',
              descriptor: { id: 'parse-error' },
              message: { text: `Could not parse: ${error.message}` },
              locations: [location(error.file, error.line, error.column)],
            })),
          },
        ],
        results: report.findings.map((finding) => ({
          ruleId: `${PLUGIN_NAMESPACE}/${finding.rule}`,
          ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
          level: 'error',
          message: { text: finding.message },
          locations: [location(finding.file, finding.line, finding.column)],
          properties: { factor: finding.factor },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
