import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-ULO5U5OZ.js";

// src/suppress.ts
var DIRECTIVE = "graphguard-disable-next-line";
var RE = /(?:#|\/\/|\/\*|<!--|--|;)\s*graphguard-disable-next-line\b([^\n]*)/g;
function parseSuppressions(text, startLine = 1, startColumn = 1) {
  if (!text.includes(DIRECTIVE)) return [];
  const out = [];
  const index = new LineIndex(text, { line: startLine, column: startColumn });
  for (const m of text.matchAll(RE)) {
    const at = m.index + m[0].indexOf(DIRECTIVE);
    const { line, column: col } = index.position(at);
    let body = m[1].replace(/\s*(\*\/|-->)\s*$/, "").trim();
    let until;
    body = body.replace(/\buntil=(\S+)/, (_, d) => {
      until = d;
      return "";
    });
    const sep = body.indexOf("--");
    const rulePart = (sep === -1 ? body : body.slice(0, sep)).trim();
    const reason = sep === -1 ? void 0 : body.slice(sep + 2).trim() || void 0;
    const endCol = col + m[0].length - m[0].indexOf(DIRECTIVE);
    out.push({
      line,
      column: col,
      endColumn: endCol,
      targetLine: line + 1,
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      ...reason !== void 0 ? { reason } : {},
      ...until !== void 0 ? { until } : {},
      text: m[0].slice(m[0].indexOf(DIRECTIVE)).trim()
    });
  }
  return out;
}
function suppressionProblem(s, knownRules, today) {
  if (s.rules.length === 0) return { messageId: "noRule", data: {} };
  for (const r of s.rules) if (!knownRules.has(r)) return { messageId: "unknownRule", data: { rule: r } };
  if (!s.reason) return { messageId: "noReason", data: { rules: s.rules.join(", ") } };
  if (s.until !== void 0) {
    if (!isValidDate(s.until)) return { messageId: "badDate", data: { until: s.until } };
    if (s.until < today) return { messageId: "expired", data: { until: s.until } };
  }
  return void 0;
}
function isValidDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export {
  DIRECTIVE,
  parseSuppressions,
  suppressionProblem,
  isValidDate
};
