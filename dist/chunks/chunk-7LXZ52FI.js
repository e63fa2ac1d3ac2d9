import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  Secret,
  findCredentialSpans,
  looksRandom,
  redact
} from "./chunk-ADSVYBGC.js";

// src/secrets/sink.ts
var VENDOR = new RegExp(
  [
    String.raw`\b(?:ABIA|ACCA)[0-9A-Z]{16}\b`,
    // AWS key ids findCredentialSpans does not list
    String.raw`\bya29\.[0-9A-Za-z_-]{20,}`,
    // Google OAuth
    String.raw`\bglpat-[0-9A-Za-z_-]{20,}`,
    // GitLab
    String.raw`\bnpm_[0-9A-Za-z]{36}`,
    // npm
    String.raw`\bpypi-[0-9A-Za-z_-]{50,}`,
    // PyPI
    String.raw`\bSG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}`,
    // SendGrid
    String.raw`\bsk-(?:proj-|ant-)?[0-9A-Za-z_-]{32,}`,
    // OpenAI, Anthropic
    String.raw`\bhf_[0-9A-Za-z]{30,}`,
    // Hugging Face
    String.raw`\bdop_v1_[0-9a-f]{64}`,
    // DigitalOcean
    String.raw`\bshp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}`,
    // Shopify
    String.raw`\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}`
    // JWT
  ].join("|"),
  "g"
);
var LONG_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{40,}/g;
function randomRuns(text, out) {
  for (const m of text.matchAll(LONG_RUN)) {
    const run = m[0];
    const eaa = run.indexOf("EAA");
    if (eaa !== -1 && run.length - eaa >= 35 || looksRandom(run, { entropy: 4, classes: 3 })) out.push({ start: m.index, end: m.index + run.length });
  }
}
function credentialSpans(text, declared) {
  const spans = findCredentialSpans(text, declared).map((m) => ({ start: m.start, end: m.end }));
  for (const m of text.matchAll(VENDOR)) spans.push({ start: m.index, end: m.index + m[0].length });
  randomRuns(text, spans);
  return merge(spans);
}
function merge(spans) {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [{ ...spans[0] }];
  for (const s of spans.slice(1)) {
    const last = out[out.length - 1];
    if (s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var CONTROL_OR_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var SGR = /\u001b\[[0-9;]{0,16}m/y;
function hex4(c) {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControls(text, opts = {}) {
  const re = opts.oneLine ? CONTROL_OR_LAYOUT : CONTROL;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  if (!opts.ansi) return text.replace(re, hex4);
  let out = "";
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index < at) continue;
    if (m[0] === "\x1B") {
      SGR.lastIndex = m.index;
      if (SGR.test(text)) {
        out += text.slice(at, SGR.lastIndex);
        at = SGR.lastIndex;
        continue;
      }
    }
    out += text.slice(at, m.index) + hex4(m[0]);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
var MIN_SECRET_LENGTH = 8;
var SECRET_ENV = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$|^INPUT_(?:GRAPH-TOKEN|APP-SECRET|GITHUB-TOKEN)$/i;
var FRAGMENT = 12;
var HASH_BASE = 16777619;
var HASH_TOP = (() => {
  let p = 1;
  for (let i = 1; i < FRAGMENT; i++) p = Math.imul(p, HASH_BASE) >>> 0;
  return p;
})();
function gramHash(s, at) {
  let h = 0;
  for (let i = at; i < at + FRAGMENT; i++) h = Math.imul(h, HASH_BASE) + s.charCodeAt(i) >>> 0;
  return h;
}
function fragmentSpans(text, grams, hashes, out) {
  const n = text.length;
  if (n < FRAGMENT || grams.size === 0) return;
  let h = gramHash(text, 0);
  for (let i = 0; ; i++) {
    if (hashes.has(h) && grams.has(text.slice(i, i + FRAGMENT))) {
      const last = out[out.length - 1];
      if (last && last.end >= i) last.end = Math.max(last.end, i + FRAGMENT);
      else out.push({ start: i, end: i + FRAGMENT });
    }
    if (i + FRAGMENT >= n) break;
    h = Math.imul(h - Math.imul(text.charCodeAt(i), HASH_TOP) >>> 0, HASH_BASE) + text.charCodeAt(i + FRAGMENT) >>> 0;
  }
}
var Sink = class {
  values = /* @__PURE__ */ new Set();
  sorted = [];
  grams = /* @__PURE__ */ new Set();
  hashes = /* @__PURE__ */ new Set();
  /** `env`: its credential-named variables (`*_TOKEN`, `*_SECRET`, …) are redacted wherever they appear. */
  constructor(env = {}) {
    const found = [];
    for (const [name, v] of Object.entries(env)) if (v && SECRET_ENV.test(name)) found.push(v);
    this.addSecrets(found);
  }
  /** More values to redact (declared secrets present in the environment, secrets found by the scan). */
  addSecrets(values) {
    let added = false;
    for (const raw of values) {
      const v = raw instanceof Secret ? raw.reveal() : raw;
      if (!v || v.length < MIN_SECRET_LENGTH || this.values.has(v)) continue;
      this.values.add(v);
      for (let i = 0; i + FRAGMENT <= v.length; i++) {
        this.grams.add(v.slice(i, i + FRAGMENT));
        this.hashes.add(gramHash(v, i));
      }
      for (const part of v.split(/\r?\n/)) if (part.length >= MIN_SECRET_LENGTH && part !== v) this.values.add(part.trim());
      added = true;
    }
    if (added) this.sorted = [...this.values].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  }
  /** Credentials and pieces of known secrets redacted, control characters escaped. Idempotent. */
  clean(text, opts = {}) {
    const t = String(text);
    if (t.length < MIN_SECRET_LENGTH) return escapeControls(t, opts);
    const pieces = [];
    fragmentSpans(t, this.grams, this.hashes, pieces);
    return escapeControls(replaceSpans(t, merge([...credentialSpans(t, this.sorted), ...pieces])), opts);
  }
  /** A writer that cleans everything it is given before `write` sees it. */
  writer(write, opts = {}) {
    return (text) => write(this.clean(text, opts));
  }
};
function redactCredentials(text, declared = []) {
  return replaceSpans(text, credentialSpans(text, declared));
}
function replaceSpans(text, spans) {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + redact(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}
var ONE_LINE = /* @__PURE__ */ new Set(["ruleId", "file", "messageId"]);
function cleanReport(report, sink) {
  const memo = /* @__PURE__ */ new Map();
  const c = (s, oneLine = false) => {
    const key = oneLine ? `1${s}` : `0${s}`;
    let v = memo.get(key);
    if (v === void 0) memo.set(key, v = sink.clean(s, { oneLine }));
    return v;
  };
  const findings = report.findings.map((f) => {
    const out = { ...f };
    for (const k of Object.keys(out)) {
      const v = out[k];
      if (typeof v === "string" && k !== "fingerprint" && k !== "severity") out[k] = c(v, ONE_LINE.has(k));
    }
    if (f.frame) {
      const lines = f.frame.lines.map((l) => c(l));
      const same = lines.every((l, i) => l === f.frame.lines[i]);
      out.frame = { startLine: f.frame.startLine, lines, ...f.frame.mark && same ? { mark: f.frame.mark } : {} };
    }
    return out;
  });
  return {
    ...report,
    findings,
    ...report.manifest !== void 0 ? { manifest: c(report.manifest, true) } : {},
    ...report.unverified ? { unverified: report.unverified.map((u) => c(u)) } : {}
  };
}
function safeIO(raw) {
  const sink = new Sink(raw.env);
  return {
    ...raw,
    sink,
    stdout: sink.writer(raw.stdout),
    stderr: sink.writer(raw.stderr),
    colorStdout: sink.writer(raw.stdout, { ansi: true })
  };
}

export {
  escapeControls,
  redactCredentials,
  cleanReport,
  safeIO
};
