/** Findings of the least-privilege rules (SPEC §7): at a call site, built the way engine.ts builds code findings. */
import { fingerprint, runRule, manifestFinding, type InternalFinding, type RuleSetting } from '../engine.js';
import type { LoadedManifest } from '../manifest/load.js';
import { locate } from '../manifest/locate.js';
import type { Manifest } from '../manifest/types.js';
import { renderMessage, type AnyRule, type CallReport } from '../rule.js';
import { redactSecretsInText } from '../scan/detectors.js';
import type { Severity } from '../types.js';
import type { CallAnalysis } from './analyze.js';

/** The finding of a report at a call site. */
export function callFinding(rule: AnyRule, setting: RuleSetting, r: CallReport): InternalFinding {
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  const severity = (setting.explicit || r.severity === undefined ? setting.severity : r.severity) as Severity;
  return {
    ruleId: rule.id,
    severity,
    message,
    file: r.file,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    fingerprint: fingerprint(rule.id, r.file, r.anchor, r.messageId),
    messageId: r.messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(r.source !== undefined ? { frame: { startLine: r.line, lines: [clip(redactSecretsInText(r.source), r.column)] } } : {}),
    ...(r.related ? { related: r.related } : {}),
  };
}

function clip(line: string, column: number): string {
  const l = line.replace(/\r$/, '');
  if (l.length <= 160) return l;
  const from = Math.max(0, Math.min(column - 41, l.length - 160));
  return (from > 0 ? '…' : '') + l.slice(from, from + 160) + (from + 160 < l.length ? '…' : '');
}

/** Runs the rules that have `checkCalls` over an analysis; returns their findings. */
export function runCallRules(
  rules: readonly AnyRule[],
  settings: ReadonlyMap<string, RuleSetting>,
  m: LoadedManifest,
  manifest: Manifest,
  calls: CallAnalysis,
  today: string,
): InternalFinding[] {
  const out: InternalFinding[] = [];
  for (const rule of rules) {
    const setting = settings.get(rule.id)!;
    runRule(rule, () =>
      rule.checkCalls!(
        {
          manifest,
          manifestFile: m.file,
          today,
          calls,
          report: (r) => out.push(callFinding(rule, setting, r)),
          reportManifest: (r) => out.push(manifestFinding(rule, setting, m, r)),
          locate: (path) => {
            const r = locate(m.doc, m.lineCounter, path);
            return { file: m.file, line: r.line, column: r.column };
          },
        },
        setting.options,
      ),
    );
  }
  return out;
}
