import type { Formatter } from './types.js';

/**
 * SPEC §5: tool, summary, findings — exactly those fields (plus `unverified` when live was incomplete,
 * `historyIncomplete` when `--history` read a shallow clone;
 * `summary.baselined` and `summary.suppressed` when findings were hidden).
 */
export const formatJson: Formatter = (report) => {
  const out = {
    tool: report.tool,
    // Findings hidden by the baseline or suppression comments are counted, when there are any.
    summary: {
      ...report.summary,
      ...(report.baselined ? { baselined: report.baselined } : {}),
      ...(report.suppressed ? { suppressed: report.suppressed } : {}),
    },
    ...(report.unverified ? { unverified: report.unverified } : {}),
    // `--history` in a shallow clone: what it could not scan (hunt Y5-1).
    ...(report.historyIncomplete !== undefined ? { historyIncomplete: report.historyIncomplete } : {}),
    // Everything a finding carries but its frame (stylish only) and messageId (not in SPEC §5).
    findings: report.findings.map(({ frame: _frame, messageId: _messageId, ...f }) => f),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
