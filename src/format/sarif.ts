import { ruleDocUrl, REPO_URL } from '../meta.js';
import type { AnyRule } from '../rule.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warn: 'warning', notice: 'note' } as const;

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
}

/** SARIF rule metadata, straight from the rule's own (so it cannot drift from `graphguard rules`). */
export function sarifRule(rule: AnyRule) {
  const sources = rule.sources.map((s) => `- ${s}`).join('\n');
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.description}\n\n${rule.rationale}\n\nSources:\n${sources}\n\nDocs: ${ruleDocUrl(rule.id)}`,
      markdown: `**${rule.description}**\n\n${rule.rationale}\n\nSources:\n${sources}\n\n[Rule documentation](${ruleDocUrl(rule.id)})`,
    },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['security', `graphguard-${rule.kind}`] },
  };
}

/**
 * A relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `?`, `%`, spaces,
 * `:` and non-ASCII characters stay part of the path; lone surrogates become U+FFFD first.
 */
export function sarifUri(file: string): string {
  const wellFormed = file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return wellFormed
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** SARIF 2.1.0 for GitHub code scanning (`upload-sarif`). */
export const formatSarif: Formatter = (report, ctx) => {
  const rules = [...ctx.rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'graphguard/v1': f.fingerprint },
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            physicalLocation: { artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
            message: { text: r.message },
          })),
        }
      : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'graphguard',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPO_URL,
            rules: rules.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.map((r) => (r.ruleIndex === -1 ? { ...r, ruleIndex: undefined } : r)),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
