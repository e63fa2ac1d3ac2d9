import type { Formatter } from './types.js';

/** SPEC §5: tool, summary, findings — exactly those fields (plus `unverified` when live was incomplete). */
export const formatJson: Formatter = (report) => {
  const out = {
    tool: report.tool,
    summary: report.summary,
    ...(report.unverified ? { unverified: report.unverified } : {}),
    // Everything a finding carries but its frame (stylish only) and messageId (not in SPEC §5).
    findings: report.findings.map(({ frame: _frame, messageId: _messageId, ...f }) => f),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
