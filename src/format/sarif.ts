import { ruleDocUrl, REPO_URL } from '../meta.js';
import type { AnyRule } from '../rule.js';
import { sortBySeverity } from '../sort.js';
import { liveIncompleteText } from '../outcome.js';
import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

/**
 * GitHub code scanning rejects a SARIF run of more results than this, whole ("Analysis SARIF file
 * rejected due to result limits"): past it, the most severe are kept and the run says how many were
 * left out. https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 */
export const MAX_SARIF_RESULTS = 25_000;

const LEVEL = { error: 'error', warn: 'warning', notice: 'note' } as const;

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
}

/**
 * GitHub code scanning ranks security alerts by the rule's `security-severity` (0.0–10.0: 9.0+ critical,
 * 7.0+ high, 4.0+ medium, else low). A leaked credential is critical; an admin token in app code, high
 * like the other error rules; warnings medium; notices low.
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#reportingdescriptor-object
 */
const CRITICAL = new Set(['hardcoded-token', 'plaintext-token']);
export function securitySeverity(rule: Pick<AnyRule, 'id' | 'defaultSeverity'>): string {
  if (CRITICAL.has(rule.id)) return '9.5';
  if (rule.id === 'admin-token-in-code') return '8.5';
  return rule.defaultSeverity === 'error' ? '7.0' : rule.defaultSeverity === 'warn' ? '5.0' : '2.0';
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
    properties: { tags: ['security', `graphguard-${rule.kind}`], 'security-severity': securitySeverity(rule) },
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
  const { kept, leftOut } = withinLimit(report.findings);
  const results = kept.map((f) => ({
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
            physicalLocation: { artifactLocation: { uri: sarifUri(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
            message: { text: r.message },
          })),
        }
      : {}),
  }));
  // An incomplete live check is no complete analysis (SPEC §2): the run says it did not succeed and names
  // what was not verified, so code scanning does not take the missing live results for fixed.
  const incomplete = report.summary.live === 'incomplete';
  const notifications = [
    ...(incomplete
      ? [
          {
            level: 'error',
            message: { text: liveIncompleteText(report) },
          },
        ]
      : []),
    // `--history` in a shallow clone: the analysis is whole for what the clone holds, and says what it lacks.
    ...(report.historyIncomplete !== undefined ? [{ level: 'warning', message: { text: report.historyIncomplete } }] : []),
    ...(leftOut > 0
      ? [
          {
            level: 'warning',
            message: {
              text:
                `${leftOut} of ${report.findings.length} findings are left out of this file: GitHub code scanning ` +
                `accepts at most ${MAX_SARIF_RESULTS} results per run, so the most severe are kept. Every finding is in --format json.`,
            },
          },
        ]
      : []),
  ];
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
        ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: !incomplete, toolExecutionNotifications: notifications }] } : {}),
        columnKind: 'utf16CodeUnits',
        results: results.map((r) => (r.ruleIndex === -1 ? { ...r, ruleIndex: undefined } : r)),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

/** The findings a run holds (at most MAX_SARIF_RESULTS: the most severe, in the report's order) and how many are left out. */
function withinLimit(findings: readonly Finding[]): { kept: readonly Finding[]; leftOut: number } {
  if (findings.length <= MAX_SARIF_RESULTS) return { kept: findings, leftOut: 0 };
  const keep = new Set(sortBySeverity(findings).slice(0, MAX_SARIF_RESULTS));
  return { kept: findings.filter((f) => keep.has(f)), leftOut: findings.length - MAX_SARIF_RESULTS };
}
