import type { Formatter } from './types.js';

/** SPEC §5: tool, summary, findings — exactly those fields (plus `unverified` when live was incomplete). */
export const formatJson: Formatter = (report) => {
  const out = {
    tool: report.tool,
    summary: report.summary,
    ...(report.unverified ? { unverified: report.unverified } : {}),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      fingerprint: f.fingerprint,
      ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
