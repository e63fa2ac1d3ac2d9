import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  isMap,
  isPair,
  isScalar,
  isSeq
} from "./chunk-VCCUD76G.js";
import {
  LineIndex
} from "./chunk-TT6LOAYV.js";

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

// src/manifest/locate.ts
function keyOf(k) {
  return isScalar(k) ? k.value : k;
}
function locate(doc, lc, path, opts = {}) {
  let node = doc.contents;
  let fallback;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(seg));
      if (!pair) break;
      const keyRange = pair.key?.range;
      if (last && opts.key && keyRange) return toRange(lc, keyRange[0], keyRange[1]);
      const value = pair.value;
      if (!value?.range || isScalar(value) && value.value === null && value.range[0] === value.range[1]) {
        if (keyRange) return toRange(lc, keyRange[0], keyRange[1]);
        break;
      }
      if (keyRange) fallback = [keyRange[0], keyRange[1]];
      node = value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item?.range) break;
      node = item;
      fallback = void 0;
    } else {
      break;
    }
    if (last) {
      const r2 = node.range;
      return toRange(lc, r2[0], headEnd(node, r2));
    }
  }
  if (path.length === 0 && node && node.range) {
    const r2 = node.range;
    return toRange(lc, r2[0], headEnd(node, r2));
  }
  if (fallback) return toRange(lc, fallback[0], fallback[1]);
  const r = node?.range;
  if (r) return toRange(lc, r[0], headEnd(node, r));
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function headEnd(node, r) {
  if (isMap(node) || isSeq(node)) {
    const first = node.items[0];
    const fr = isPair(first) ? first.key?.range : first?.range;
    if (fr && node.flow !== true) return fr[1];
    return r[1];
  }
  return r[1];
}
function toRange(lc, start, end) {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}
function semanticPath(value, path) {
  let out = "";
  let cur = value;
  for (const seg of path) {
    if (typeof seg === "number") {
      const item = Array.isArray(cur) ? cur[seg] : void 0;
      let label = String(seg);
      if (item && typeof item === "object") {
        const o = item;
        const named = o.name ?? o.asset ?? o.id;
        if (typeof named === "string" || typeof named === "number") label = String(named);
      } else if (typeof item === "string" || typeof item === "number") label = String(item);
      out += `[${label}]`;
      cur = item;
    } else {
      out += out ? `.${seg}` : seg;
      cur = cur && typeof cur === "object" ? cur[seg] : void 0;
    }
  }
  return out;
}

export {
  locate,
  semanticPath,
  DIRECTIVE,
  parseSuppressions,
  suppressionProblem,
  isValidDate
};
