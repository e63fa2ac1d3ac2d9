import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  DIRECTIVE,
  parseSuppressions,
  semanticPath
} from "./chunk-YPTJIPX2.js";
import {
  ScanCode,
  childProcess,
  compileNeedleLists,
  lastClassify,
  simdData,
  startPrefilter
} from "./chunk-MYWDSHJU.js";
import {
  isRecord
} from "./chunk-6TAIEISW.js";
import {
  CALL_MARKERS,
  GitignoreMatcher,
  collectCalls,
  compileGlobs,
  mayHoldCalls
} from "./chunk-CYYNWMN6.js";
import {
  ByteReader,
  decodeSource,
  loadSource,
  ownsMatch,
  readSource
} from "./chunk-B2NWUCYN.js";
import {
  LineIndex
} from "./chunk-TT6LOAYV.js";
import {
  Secret,
  detectSecrets,
  isHex32,
  redact,
  redactSecretsInText,
  secretRedactor
} from "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";

// src/scan/run.ts
import path3 from "node:path";

// src/errors.ts
var InternalError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "InternalError";
  }
};
var RuleCrash = class extends InternalError {
  constructor(ruleId, cause) {
    super(`rule ${ruleId} crashed: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`, { cause });
    this.ruleId = ruleId;
    this.name = "RuleCrash";
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}
${cause.stack}`;
  }
  ruleId;
};
function runRule(ruleId, fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof RuleCrash) throw e;
    throw new RuleCrash(ruleId, e);
  }
}

// src/findings.ts
import { createHash } from "node:crypto";

// src/manifest/secrets.ts
var ID_KEY = /^(?:ids?|IDS?|.*[a-z0-9](?:Id|ID)s?|.*[_-](?:id|ID)s?)$/;
var HEX32 = /(?<![0-9A-Za-z])(?:[0-9a-f]{32}|[0-9A-F]{32})(?![0-9A-Za-z])/g;
function secretsInString(s, key, appId) {
  if (s.length < 32) return [];
  const out = detectSecrets(s, { path: "", ...appId ? { appId } : {} }).filter((m) => m.kind !== "declared-secret").map((m) => ({ kind: m.kind, start: m.start, end: m.end }));
  if (key !== void 0 && ID_KEY.test(key)) return out;
  for (const m of s.matchAll(HEX32)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((f) => start < f.end && f.start < end)) continue;
    if (!isHex32(m[0])) continue;
    out.push({ kind: "app-secret", start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
var walked = /* @__PURE__ */ new WeakMap();
function findManifestSecrets(value) {
  if (value === null || typeof value !== "object") return secretsOf(value);
  let found = walked.get(value);
  if (!found) walked.set(value, found = secretsOf(value));
  return found;
}
function secretsOf(value) {
  const out = [];
  const app = isRecord(value) && isRecord(value.app) ? value.app : void 0;
  const appId = typeof app?.id === "string" ? app.id : void 0;
  const seen = /* @__PURE__ */ new Set();
  const path4 = [];
  const push = (s, key, isKey) => {
    if (s.length < 32) return;
    for (const f of secretsInString(s, key, appId))
      out.push({ kind: f.kind, path: [...path4], key: isKey, value: new Secret(s.slice(f.start, f.end)) });
  };
  const walk = (v, key) => {
    if (typeof v === "string") {
      push(v, key, false);
    } else if (Array.isArray(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      for (let i = 0; i < v.length; i++) {
        path4.push(i);
        walk(v[i], key);
        path4.pop();
      }
    } else if (isRecord(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      for (const k of Object.keys(v)) {
        path4.push(k);
        push(k, void 0, true);
        walk(v[k], k);
        path4.pop();
      }
    }
  };
  walk(value, void 0);
  return out;
}
function redactValues(text, secrets) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    const v = s.reveal();
    if (v.length > 0 && out.includes(v)) out = out.split(v).join(redact(v));
  }
  return out;
}

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function fillTemplate(template, data = {}, ruleId = "?") {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    if (v === void 0) throw new Error(`rule ${ruleId}: no value for placeholder {{${name}}}`);
    return String(v);
  });
}
function renderMessage(rule, messageId, data) {
  const t = rule.messages[messageId];
  if (t === void 0) throw new Error(`rule ${rule.id}: unknown messageId "${messageId}"`);
  if (typeof t === "string") return { message: fillTemplate(t, data, rule.id) };
  return {
    message: fillTemplate(t.message, data, rule.id),
    ...t.suggestion !== void 0 ? { suggestion: fillTemplate(t.suggestion, data, rule.id) } : {}
  };
}

// src/format/frame.ts
var FRAME_CONTEXT = 1;
var FRAME_WIDTH = 160;
var LOOK_AROUND = 1024;
var MAX_RUN = 4096;
var MIN_HIDDEN_RUN = 8;
function isTokenChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || // -
  c === 95 || // _
  c === 43 || // +
  c === 47 || // /
  c === 61 || // =
  c === 37 || // %
  c === 124 || // |
  c === 46;
}
function frameLine(raw, column, opts = {}) {
  return frameLineMarked(raw, column, void 0, opts).text;
}
function markIn(line, a, b, all, column, endColumn, redact2) {
  const s = column - 1;
  const e = endColumn - 1;
  if (s < a || e > b || e <= s) return void 0;
  const pre = redact2(line.slice(a, s));
  const inside = redact2(line.slice(s, e));
  return pre + inside + redact2(line.slice(e, b)) === all ? { at: pre.length, length: inside.length } : void 0;
}
function frameLineMarked(raw, column, endColumn, opts = {}) {
  const redact2 = opts.redact ?? ((t) => redactSecretsInText(t));
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  const n = line.length;
  if (n <= FRAME_WIDTH && !opts.cutStart && !opts.cutEnd) {
    const text2 = redact2(line);
    const m2 = endColumn !== void 0 && text2 !== line ? markIn(line, 0, n, text2, column, endColumn, redact2) : void 0;
    return m2 ? { text: text2, mark: { column: m2.at + 1, length: Math.max(1, m2.length) } } : { text: text2 };
  }
  const from = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, n - FRAME_WIDTH));
  const to = Math.min(n, from + FRAME_WIDTH);
  let cs = Math.max(0, from - LOOK_AROUND);
  let ce = Math.min(n, to + LOOK_AROUND);
  for (let k = 0; cs > 0 && k < MAX_RUN && isTokenChar(line.charCodeAt(cs - 1)); k++) cs--;
  for (let k = 0; ce < n && k < MAX_RUN && isTokenChar(line.charCodeAt(ce)); k++) ce++;
  const leftCut = cs > 0 && isTokenChar(line.charCodeAt(cs - 1)) || cs === 0 && opts.cutStart === true;
  const rightCut = ce < n && isTokenChar(line.charCodeAt(ce)) || ce === n && opts.cutEnd === true;
  let a = cs;
  let b = ce;
  if (leftCut) {
    let e = a;
    while (e < b && isTokenChar(line.charCodeAt(e))) e++;
    if (e - a >= MIN_HIDDEN_RUN || cs > 0) a = e;
  }
  if (rightCut) {
    let s = b;
    while (s > a && isTokenChar(line.charCodeAt(s - 1))) s--;
    if (b - s >= MIN_HIDDEN_RUN || ce < n) b = s;
  }
  const before = redact2(line.slice(a, Math.max(a, Math.min(from, b))));
  const all = redact2(line.slice(a, b));
  const start = Math.min(before.length, Math.max(0, all.length - FRAME_WIDTH));
  const shown = all.slice(start, start + FRAME_WIDTH);
  const clippedLeft = start > 0 || a > 0;
  const clippedRight = start + FRAME_WIDTH < all.length || b < n;
  const text = (clippedLeft ? "…" : "") + shown + (clippedRight ? "…" : "");
  const m = endColumn !== void 0 ? markIn(line, a, b, all, column, endColumn, redact2) : void 0;
  if (!m || m.at < start || m.at >= start + FRAME_WIDTH) return { text };
  return { text, mark: { column: m.at - start + (clippedLeft ? 1 : 0) + 1, length: Math.max(1, Math.min(m.length, start + FRAME_WIDTH - m.at)) } };
}
function buildFrame(lines, line, column, opts = {}) {
  const startLine = Math.max(1, line - FRAME_CONTEXT);
  const out = [];
  let mark;
  for (let n = startLine; n <= line + FRAME_CONTEXT; n++) {
    const l = lines(n);
    if (l === void 0) break;
    const shown = frameLineMarked(l, n === line ? column : 1, n === line && opts.end?.line === line ? opts.end.column : void 0, {
      ...opts.redact ? { redact: opts.redact } : {},
      cutStart: opts.cutStart?.(n) ?? false,
      cutEnd: opts.cutEnd?.(n) ?? false
    });
    out.push(shown.text);
    if (shown.mark) mark = shown.mark;
  }
  return mark ? { startLine, lines: out, mark } : { startLine, lines: out };
}

// src/options.ts
var o = {
  integer(s = {}) {
    return { schema: { type: "integer", ...s } };
  },
  number(s = {}) {
    return { schema: { type: "number", ...s } };
  },
  boolean(s = {}) {
    return { schema: { type: "boolean", ...s } };
  },
  string(s = {}) {
    return { schema: { type: "string", ...s } };
  },
  enum(values, s = {}) {
    return { schema: { type: "string", enum: [...values], ...s } };
  },
  array(items, s = {}) {
    return { schema: { type: "array", items: items.schema, ...s } };
  },
  object(props, s = {}) {
    const properties = {};
    for (const [k, v] of Object.entries(props)) properties[k] = v.schema;
    return { schema: { type: "object", properties, additionalProperties: false, ...s } };
  }
};
function optionDefaults(schema) {
  const out = {};
  const props = schema.properties ?? {};
  for (const [k, v] of Object.entries(props)) if (v.default !== void 0) out[k] = v.default;
  return out;
}

// src/settings.ts
function resolveRuleSettings(rules, configured) {
  const out = /* @__PURE__ */ new Map();
  const conf = configured && typeof configured === "object" ? configured : {};
  for (const rule of rules) {
    const defaults = rule.options ? optionDefaults(rule.options.schema) : {};
    const c = conf[rule.id];
    if (typeof c === "string") out.set(rule.id, { severity: c, explicit: true, options: defaults });
    else if (c && typeof c === "object") {
      const { severity, ...opts } = c;
      out.set(rule.id, {
        severity: severity ?? rule.defaultSeverity,
        explicit: severity !== void 0,
        options: { ...defaults, ...opts }
      });
    } else out.set(rule.id, { severity: rule.defaultSeverity, explicit: false, options: defaults });
  }
  return out;
}
function effectiveSeverity(setting, own) {
  if (setting.explicit || own === void 0) return setting.severity;
  return own;
}

// src/findings.ts
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function manifestFinding(rule, setting, m, r, { frames = true } = {}) {
  const range = r.at ? offsetRange(m, r.at) : m.locate(r.path, { key: r.key });
  const secrets = manifestSecrets(m);
  const hide = (t) => redactValues(t, secrets);
  const rendered = renderMessage(rule, r.messageId, r.data);
  const message = hide(rendered.message);
  const suggestion = rendered.suggestion !== void 0 ? hide(rendered.suggestion) : void 0;
  const anchor = semanticPath(m.value, r.path);
  const lines = frames ? manifestLines(m) : void 0;
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: m.file,
    ...range,
    fingerprint: fingerprint(rule.id, m.file, anchor, r.messageId, r.anchor ?? ""),
    messageId: r.messageId,
    ...suggestion !== void 0 ? { suggestion } : {},
    ...lines ? { frame: buildFrame((n) => lines.lineText(n), range.line, range.column, { redact: (l) => redactSecretsInText(hide(l)), end: { line: range.endLine, column: range.endColumn } }) } : {},
    ...r.secret ? { secret: r.secret } : {},
    ...r.related ? { related: r.related } : {}
  };
}
function offsetRange(m, at) {
  const lines = manifestLines(m);
  const s = lines.position(at.start);
  const e = lines.position(Math.max(at.start, at.end));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
var secretCache = /* @__PURE__ */ new WeakMap();
function manifestSecrets(m) {
  let s = secretCache.get(m);
  if (!s) secretCache.set(m, s = findManifestSecrets(m.value).map((f) => f.value));
  return s;
}
var lineCache = /* @__PURE__ */ new WeakMap();
function manifestLines(m) {
  let l = lineCache.get(m);
  if (!l) lineCache.set(m, l = new LineIndex(m.text));
  return l;
}
function chunkIndex(file) {
  const origin = { line: file.startLine, column: file.startColumn };
  return new LineIndex(file.text, origin);
}
function codeFinding(rule, setting, file, index, r, opts = {}) {
  const { redactLine, cutEnd = false, frames = true } = opts;
  const start = index.position(r.start);
  const end = index.position(Math.max(r.start, r.end));
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fingerprint: fingerprint(rule.id, file.path, r.anchor, r.messageId),
    messageId: r.messageId,
    ...suggestion !== void 0 ? { suggestion } : {},
    ...frames ? {
      frame: buildFrame((n) => index.lineText(n), start.line, start.column, {
        ...redactLine ? { redact: redactLine } : {},
        // A chunk's first line starts mid-line unless the chunk starts the file or a line.
        cutStart: (n) => n === file.startLine && file.startColumn > 1,
        cutEnd: (n) => cutEnd && index.lineText(n + 1) === void 0,
        end
      })
    } : {},
    ...r.secret ? { secret: r.secret } : {}
  };
}
function callFinding(rule, setting, r) {
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: r.file,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    fingerprint: fingerprint(rule.id, r.file, r.anchor, r.messageId),
    messageId: r.messageId,
    ...suggestion !== void 0 ? { suggestion } : {},
    ...r.source !== void 0 ? { frame: { startLine: r.line, lines: [frameLine(r.source, r.column, { redact: redactSecretsInText })] } } : {},
    ...r.related ? { related: r.related } : {}
  };
}
function pipelineFinding(rule, setting, at, messageId, data) {
  const { message, suggestion } = renderMessage(rule, messageId, data);
  return {
    ruleId: rule.id,
    severity: setting.severity,
    message,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.endColumn,
    fingerprint: fingerprint(rule.id, at.file, at.anchor, messageId),
    messageId,
    ...suggestion !== void 0 ? { suggestion } : {}
  };
}
function toPublic(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint
  };
  if (f.suggestion !== void 0) out.suggestion = f.suggestion;
  if (f.messageId !== void 0) out.messageId = f.messageId;
  if (f.frame) out.frame = f.frame;
  if (f.related) out.related = f.related;
  if (f.history) out.history = f.history;
  return out;
}

// src/scan/walk.ts
import { lstatSync as lstatSync2, realpathSync as realpathSync2 } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import path2 from "node:path";

// src/scan/git-index.ts
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var MAX_INDEX_BYTES = 32 * 1024 * 1024;
var GIT_ENV = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_OBJECT_DIRECTORY", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"];
function readableSize(checkout) {
  try {
    return statSync(checkout.index).size <= MAX_INDEX_BYTES;
  } catch {
    return false;
  }
}
function findIndex(cwd, env = process.env) {
  if (GIT_ENV.some((k) => env[k] !== void 0)) return void 0;
  try {
    const real = realpathSync(cwd);
    for (let dir = real; ; ) {
      const dotGit = path.join(dir, ".git");
      let st;
      try {
        st = lstatSync(dotGit);
      } catch {
      }
      if (st) {
        if (typeof process.getuid === "function" && st.uid !== process.getuid()) return void 0;
        const gitDir = st.isDirectory() ? dotGit : st.isFile() ? gitDirFromFile(dotGit) : void 0;
        if (!gitDir || !plainConfig(gitDir)) return void 0;
        const index = path.join(gitDir, "index");
        const rel = path.relative(dir, real);
        if (rel === ".git" || rel.startsWith(`.git${path.sep}`)) return void 0;
        return { top: dir, prefix: rel === "" ? "" : `${rel.split(path.sep).join("/")}/`, index };
      }
      const up = path.dirname(dir);
      if (up === dir) return void 0;
      dir = up;
    }
  } catch {
    return void 0;
  }
}
function gitDirFromFile(file) {
  const text = readFileSync(file, "utf8");
  const m = /^gitdir: (.+?)\r?\n?$/.exec(text);
  if (!m) return void 0;
  const dir = path.resolve(path.dirname(file), m[1]);
  return statSync(dir).isDirectory() ? dir : void 0;
}
function plainConfig(gitDir) {
  let text;
  try {
    text = readFileSync(path.join(gitDir, "config"), "utf8");
  } catch {
    const common = commonDir(gitDir);
    if (common === void 0) return false;
    return plainConfig(common);
  }
  if (text.length > 1024 * 1024) return false;
  if (/^\s*\[\s*extensions\b/im.test(text)) return false;
  if (/^\s*(?:worktree|bare\s*=\s*(?:true|yes|on|1)\b)/im.test(text)) return false;
  return true;
}
function commonDir(gitDir) {
  try {
    const rel = readFileSync(path.join(gitDir, "commondir"), "utf8").trim();
    const dir = path.resolve(gitDir, rel);
    return dir !== gitDir && statSync(path.join(dir, "config")).isFile() ? dir : void 0;
  } catch {
    return void 0;
  }
}
function readIndexNames(checkout, dirs) {
  let fd;
  let buf;
  try {
    fd = openSync(checkout.index, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_INDEX_BYTES || size < 32) return void 0;
    buf = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, buf, n, size - n, n);
      if (got === 0) return void 0;
      n += got;
    }
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  const entries = buf.length >= 12 ? buf.readUInt32BE(8) : 0;
  const parsed = parseIndex(buf);
  if (!parsed) return void 0;
  const { names: all, unmerged } = parsed;
  if (checkout.prefix === "" && dirs.every((d) => d === ".")) return { names: all, entries, unmerged };
  const latin1 = (t) => Buffer.from(t, "utf8").toString("latin1");
  const prefix = latin1(checkout.prefix);
  const under = dirs.map((d) => d === "." ? "" : latin1(`${d.replace(/\/+$/, "")}/`));
  const kept = [];
  for (const name of all.toString("latin1").split("\0")) {
    if (name === "" || !name.startsWith(prefix)) continue;
    const rel = name.slice(prefix.length);
    if (under.some((d) => rel.startsWith(d) || d.length > 0 && rel === d.slice(0, -1))) kept.push(rel);
  }
  return { names: Buffer.from(kept.length > 0 ? `${kept.join("\0")}\0` : "", "latin1"), entries, unmerged };
}
var indexOf = Uint8Array.prototype.indexOf;
function parseIndex(buf) {
  if (buf.length < 12 + 20 || buf.toString("latin1", 0, 4) !== "DIRC") return void 0;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return void 0;
  const count = buf.readUInt32BE(8);
  const end = buf.length - 20;
  if (count > end / 62) return void 0;
  let out = version === 4 ? Buffer.allocUnsafe(Math.max(64, buf.length * 2)) : buf;
  let n = 0;
  let prevStart = 0;
  let prevLen = 0;
  let stages = 0;
  let at = 12;
  for (let i = 0; i < count; i++) {
    if (at + 62 > end) return void 0;
    const flags = buf[at + 60] << 8 | buf[at + 61];
    stages |= flags & 12288;
    let nameAt = at + 62;
    if (flags & 16384) {
      if (version < 3) return void 0;
      nameAt += 2;
    }
    const start = n;
    if (version === 4) {
      const v = varint(buf, nameAt, end);
      if (!v || v.value > prevLen) return void 0;
      const nul = indexOf.call(buf, 0, v.next);
      if (nul === -1 || nul >= end) return void 0;
      const keep = prevLen - v.value;
      const need = start + keep + (nul - v.next) + 1;
      if (need > out.length) {
        const grown = Buffer.allocUnsafe(Math.max(need, out.length * 2));
        grown.set(out.subarray(0, n));
        out = grown;
      }
      out.copyWithin(n, prevStart, prevStart + keep);
      n += keep;
      for (let k = v.next; k < nul; k++) out[n++] = buf[k];
      at = nul + 1;
    } else {
      const nul = indexOf.call(buf, 0, nameAt);
      if (nul === -1 || nul >= end) return void 0;
      const len = flags & 4095;
      if (len !== 4095 && len !== nul - nameAt) return void 0;
      buf.copyWithin(n, nameAt, nul);
      n += nul - nameAt;
      at += nameAt - at + (nul - nameAt) + 8 & ~7;
    }
    if (n === start) return void 0;
    prevStart = start;
    prevLen = n - start;
    out[n++] = 0;
  }
  while (at + 8 <= end) {
    const sig = buf.toString("latin1", at, at + 4);
    if (sig === "link" || sig === "sdir") return void 0;
    at += 8 + buf.readUInt32BE(at + 4);
  }
  if (at !== end) return void 0;
  return { names: out.subarray(0, n), unmerged: stages !== 0 };
}
function varint(buf, at, end) {
  if (at >= end) return void 0;
  let c = buf[at++];
  let value = c & 127;
  while (c & 128) {
    if (at >= end || value > 16777215) return void 0;
    c = buf[at++];
    value = value + 1 << 7 | c & 127;
  }
  return { value, next: at };
}

// src/scan/walk.ts
function absolutePath(cwd, rel, raw) {
  const bytes = raw?.get(rel);
  if (!bytes) return path2.join(cwd, rel);
  return Buffer.concat([Buffer.from(path2.resolve(cwd) + path2.sep, "utf8"), bytes]);
}
var ALWAYS_IGNORED_DIRS = [".git", "node_modules"];
var MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
var FAST_LISTING_BYTES = 8 * 1024 * 1024;
var MAX_GITIGNORE_BYTES = 1024 * 1024;
async function listFiles(opts) {
  const cwd = path2.resolve(opts.cwd);
  const paths = opts.paths.length > 0 ? opts.paths : ["."];
  const roots = [];
  for (const p of paths) {
    const abs = path2.resolve(cwd, p);
    let st;
    try {
      st = lstatSync2(abs);
    } catch (e) {
      const err = e;
      if (err.code === "ENOENT" || err.code === "ENOTDIR") throw new ConfigError(`Path not found: ${p}`);
      throw new ConfigError(`Cannot read path ${p}: ${err.code ?? err.message}`);
    }
    const kind = st.isSymbolicLink() ? "symlink" : st.isDirectory() ? "dir" : st.isFile() ? "file" : void 0;
    if (!kind) throw new ConfigError(`Not a file or directory: ${p}`);
    roots.push({ rel: toPosix(path2.relative(cwd, abs)) || ".", abs, kind });
  }
  const dirRels = roots.filter((r) => r.kind === "dir").map((r) => r.rel);
  const direct = directListing(cwd, dirRels);
  const listing = direct ? Promise.resolve(direct.names) : dirRels.length > 0 ? runGit(cwd, ["ls-files", "-z", "--cached", "--", ...dirRels]) : void 0;
  listing?.catch(() => void 0);
  const git = direct ? { top: direct.top, prefix: direct.prefix } : await gitInfo(cwd);
  if (opts.changedSince !== void 0 && !git) {
    throw new ConfigError(`--changed-only ${opts.changedSince} needs a git checkout, and ${cwd} is not one.`);
  }
  let symlinks = 0;
  const raw = /* @__PURE__ */ new Map();
  const found = /* @__PURE__ */ new Set();
  let listed;
  const explicit = /* @__PURE__ */ new Set();
  for (const root of roots) {
    if (root.kind === "symlink") symlinks++;
    else if (root.kind === "file") explicit.add(root.rel);
  }
  if (git) {
    for (const root of roots) {
      const real = realOrSelf(root.abs);
      if (isOutside(git.top, real)) {
        throw new ConfigError(`Path ${root.rel} is outside the git repository at ${git.top}.`);
      }
    }
    if (listing) {
      const add = (out) => {
        const text = out.length <= FAST_LISTING_BYTES ? out.toString("utf8") : void 0;
        if (text !== void 0 && !text.includes("�")) {
          for (const name of text.split("\0")) if (name !== "" && !name.endsWith("/")) found.add(normalizeRel(name));
          return;
        }
        for (const name of splitZ(out)) {
          if (name.text.endsWith("/")) continue;
          if (!name.bytes) found.add(normalizeRel(name.text));
          else {
            const rel = name.text.replace(/^\.\//, "");
            raw.set(rel, name.bytes);
            found.add(rel);
          }
        }
      };
      listed = direct && roots.length === 1 ? indexNames(direct.names, direct.unmerged) : void 0;
      if (!listed) add(await listing);
      if ((listed?.length ?? found.size) === 0 && !(direct ? direct.anyTracked : (await runGit(git.top, ["ls-files", "-z", "--cached"])).length > 0))
        add(await runGit(cwd, ["ls-files", "-z", "--others", "--exclude-standard", "--", ...dirRels]));
    }
  } else {
    const { default: fg } = await import("./out-NMTDDSZE.js");
    const matcher = new GitignoreMatcher();
    for (const root of roots) {
      if (root.kind !== "dir") continue;
      await loadAncestorGitignores(matcher, cwd, root.rel);
      const entries = await fg("**", {
        cwd: root.abs,
        dot: true,
        followSymbolicLinks: false,
        onlyFiles: false,
        objectMode: true,
        suppressErrors: true,
        unique: true,
        ignore: ALWAYS_IGNORED_DIRS.flatMap((d) => [`**/${d}`, `**/${d}/**`])
      });
      const candidates = [];
      for (const e of entries) {
        const rel = joinRel(root.rel, e.path);
        if (e.dirent.isSymbolicLink()) {
          if (!matcher.ignores(rel, false)) symlinks++;
        } else if (e.dirent.isFile()) {
          candidates.push(rel);
          if (e.name === ".gitignore") {
            const text = await readSmall(path2.join(root.abs, e.path));
            if (text !== void 0) matcher.add(parentOf(rel), text);
          }
        }
      }
      for (const rel of candidates) if (!matcher.ignores(rel, false)) found.add(rel);
    }
  }
  for (const f of explicit) found.add(f);
  let files = listed && found.size === 0 ? listed : Array.from(found);
  found.clear();
  if (opts.changedSince !== void 0 && git) {
    const changed = await changedFiles(cwd, git.prefix, opts.changedSince);
    files = files.filter((f) => changed.has(f));
  }
  const include = opts.include && opts.include.length > 0 ? compileGlobs(opts.include) : void 0;
  const exclude = opts.exclude && opts.exclude.length > 0 ? compileGlobs(opts.exclude) : void 0;
  if (include || exclude) files = files.filter((f) => (!include || include(f)) && !exclude?.(f));
  let kept = files;
  if (git && opts.statFiles !== false) {
    kept = [];
    for (const f of files) {
      let kind = "other";
      try {
        const st = lstatSync2(absolutePath(cwd, f, raw));
        kind = st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other";
      } catch {
      }
      if (kind === "file") kept.push(f);
      else if (kind === "symlink") symlinks++;
    }
  }
  if (!isSorted(kept)) kept.sort(compareCodeUnits);
  return { files: kept, skipped: { symlinks }, mode: git ? "git" : "filesystem", raw };
}
function directListing(cwd, dirRels) {
  if (dirRels.length === 0 || dirRels.some((d) => d === ".." || d.startsWith("../"))) return void 0;
  const checkout = findIndex(cwd);
  const listed = checkout && readIndexNames(checkout, dirRels);
  return checkout && listed ? { top: checkout.top, prefix: checkout.prefix, names: listed.names, anyTracked: listed.entries > 0, unmerged: listed.unmerged } : void 0;
}
async function gitInfo(cwd) {
  try {
    const out = (await runGit(cwd, ["rev-parse", "--show-toplevel", "--show-prefix"])).toString("utf8");
    const [top, prefix] = out.split("\n");
    if (!top) return void 0;
    return { top: realOrSelf(top), prefix: prefix ?? "" };
  } catch {
    return void 0;
  }
}
async function changedFiles(cwd, prefix, ref) {
  if (ref.startsWith("-") || ref.length === 0) throw new ConfigError(`Invalid revision for --changed-only: "${ref}".`);
  let diff;
  try {
    diff = await runGit(cwd, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", ref, "--"]);
  } catch (err) {
    const detail = err.message;
    throw new ConfigError(
      /bad revision|unknown revision|ambiguous argument/.test(detail) ? `--changed-only ${ref}: git knows no ref "${ref}" here; pass a branch, tag or commit (in CI, fetch it first: actions/checkout with fetch-depth: 0)` : `--changed-only ${ref}: ${detail}`
    );
  }
  const changed = /* @__PURE__ */ new Set();
  for (const f of splitZ(diff)) changed.add(fromTopRelative(f.text, prefix));
  return changed;
}
function fromTopRelative(p, prefix) {
  if (prefix && p.startsWith(prefix)) return p.slice(prefix.length);
  return path2.posix.relative(prefix.replace(/\/$/, "") || ".", p);
}
var ahead = /* @__PURE__ */ new Map();
var gitKey = (cwd, args) => `${cwd}\0${args.join("\0")}`;
var FIRST_GIT_COMMANDS = [["rev-parse", "--show-toplevel", "--show-prefix"], ["ls-files", "-z", "--cached", "--", "."]];
function prefetchListing(cwd, paths) {
  if (paths.length !== 1 || paths[0] !== ".") return;
  const dir = path2.resolve(cwd);
  const checkout = findIndex(dir);
  if (checkout && readableSize(checkout)) return;
  for (const args of FIRST_GIT_COMMANDS) {
    const answer = spawnGit(dir, args);
    answer.catch(() => void 0);
    ahead.set(gitKey(dir, args), answer);
  }
}
function dropPrefetched() {
  ahead.clear();
}
function runGit(cwd, args) {
  const key = gitKey(cwd, args);
  const early = ahead.get(key);
  if (early) {
    ahead.delete(key);
    return early;
  }
  return spawnGit(cwd, args);
}
function spawnGit(cwd, args) {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      "git",
      // fsmonitor can run a configured command: a scanned repository must not run code.
      ["-c", "core.fsmonitor=false", "-c", "core.quotePath=false", ...args],
      {
        cwd,
        encoding: "buffer",
        maxBuffer: MAX_GIT_OUTPUT,
        windowsHide: true,
        env: { ...process.env, GIT_LITERAL_PATHSPECS: "1", GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
      },
      (err, stdout, stderr) => {
        if (err) {
          const line = stderr.toString("utf8").split("\n").find((l) => l.trim()) ?? err.message;
          reject(new Error(line.replace(/^fatal: /, "").trim()));
        } else {
          resolve(stdout);
        }
      }
    );
  });
}
function indexNames(out, unmerged) {
  if (out.length > FAST_LISTING_BYTES) return void 0;
  const text = out.toString("utf8");
  if (text.includes("�")) return void 0;
  const names = text.split("\0");
  names.pop();
  if (!unmerged) return names;
  let kept = 0;
  for (const name of names) if (kept === 0 || names[kept - 1] !== name) names[kept++] = name;
  names.length = kept;
  return names;
}
function* splitZ(buf) {
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0, start);
    if (end === -1) end = buf.length;
    if (end > start) {
      const bytes = buf.subarray(start, end);
      const text = bytes.toString("utf8");
      if (text.includes("�") && !Buffer.from(text, "utf8").equals(bytes)) yield { text: escapeInvalidUtf8(bytes), bytes: Buffer.from(bytes) };
      else yield { text };
    }
    start = end + 1;
  }
}
function escapeInvalidUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      const seq = bytes.subarray(i, i + len);
      const text = Buffer.from(seq).toString("utf8");
      if (!text.includes("�") && Buffer.from(text, "utf8").equals(seq)) {
        out += text;
        i += len;
        continue;
      }
    }
    out += `\\x${b.toString(16).padStart(2, "0")}`;
    i++;
  }
  return out;
}
function realOrSelf(abs) {
  try {
    return realpathSync2(abs);
  } catch {
    return abs;
  }
}
function isOutside(top, abs) {
  const rel = path2.relative(top, abs);
  return rel === ".." || rel.startsWith(`..${path2.sep}`) || path2.isAbsolute(rel);
}
async function loadAncestorGitignores(matcher, cwd, rootRel) {
  if (rootRel === "." || rootRel.startsWith("..")) return;
  const parts = rootRel.split("/");
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    const text = await readSmall(path2.join(cwd, dir, ".gitignore"));
    if (text !== void 0) matcher.add(dir, text);
  }
}
async function readSmall(abs) {
  try {
    const st = await lstat(abs);
    if (!st.isFile() || st.size > MAX_GITIGNORE_BYTES) return void 0;
    return await readFile(abs, "utf8");
  } catch {
    return void 0;
  }
}
function toPosix(p) {
  return p.split(path2.sep).join("/");
}
var NOT_NORMAL = /(?:^|\/)\.\.?(?:\/|$)|\/\//;
function normalizeRel(p) {
  if (path2.sep === "/" && !NOT_NORMAL.test(p)) return p;
  return toPosix(path2.normalize(p)).replace(/^\.\//, "");
}
function joinRel(root, sub) {
  return root === "." ? sub : `${root}/${sub}`;
}
function parentOf(rel) {
  const i = rel.lastIndexOf("/");
  return i === -1 ? "" : rel.slice(0, i);
}
function isSorted(list) {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/scan/run.ts
var LARGE_TEST_BYTES = 16 * 1024 * 1024;
async function scanRepository(input) {
  const { cwd, paths, manifest, today, codeRules, settings, declaredSecrets, debug } = input;
  const manifestFile = input.manifestFile;
  const valid = manifest !== void 0;
  const appId = manifest?.app?.id;
  const findings = [];
  const fileSuppressions = /* @__PURE__ */ new Map();
  let filesScanned = 0;
  const skipped = { binary: 0, unreadable: 0, symlinks: 0 };
  const needleCtx = { ...valid ? { manifest } : {}, manifestFile, today, declaredSecrets };
  const ruleNeedles = codeRules.map((rule) => {
    let needles;
    runRule(rule.id, () => {
      if (rule.needles) needles = rule.needles(needleCtx, settings.get(rule.id).options);
    });
    return needles;
  });
  const suppressionNeedles = [{ text: DIRECTIVE }];
  const collecting = input.calls !== void 0;
  const tokenReadNeedles = collecting ? input.calls.tokenNames.map((text) => ({ text })) : [];
  const markerNeedles = CALL_MARKERS.map((text) => ({ text }));
  const callFiles = /* @__PURE__ */ new Map();
  const prefilter = startPrefilter([...ruleNeedles, suppressionNeedles, ...collecting ? [[...markerNeedles, ...tokenReadNeedles]] : []]);
  let listing;
  let codes;
  let kept;
  try {
    const scan = valid ? manifest.scan : void 0;
    try {
      listing = await listFiles({
        cwd,
        paths,
        ...scan?.include ? { include: scan.include } : {},
        ...scan?.exclude ? { exclude: scan.exclude } : {},
        ...input.changedOnly ? { changedSince: input.changedOnly } : {},
        // The first pass opens every file without following symlinks: no lstat each beforehand.
        statFiles: false
      });
    } catch (e) {
      throw new ConfigError(e.message.split("\n")[0]);
    }
    const raw = listing.raw;
    const files = raw.size === 0 ? listing.files : listing.files.map((rel) => raw.has(rel) ? absolutePath(cwd, rel, raw) : rel);
    const base = path3.resolve(cwd) + path3.sep;
    ({ codes, kept } = await prefilter.classify(files, base, input.progress ? (n, bytes) => input.progress.update({ files: n, bytes, total: files.length }) : void 0));
    debug(`scan: ${listing.files.length} files listed (${listing.mode}), first pass on ${lastClassify.threads} thread(s)`);
  } finally {
    prefilter.close();
  }
  skipped.symlinks += listing.skipped.symlinks;
  const R = codeRules.length;
  let lists;
  const needlesIn = (b) => (lists ??= compileNeedleLists([...ruleNeedles, suppressionNeedles, tokenReadNeedles, markerNeedles], { simd: true }))(b);
  const forCalls = (m, rel) => collecting && (m[R + 1] === 1 || m[R + 2] === 1 && mayHoldCalls(rel));
  const skipsPath = (rule, rel) => {
    let skip = false;
    if (rule.skipsPath) runRule(rule.id, () => skip = rule.skipsPath(rel, needleCtx, settings.get(rule.id).options) === true);
    return skip;
  };
  const rulesFor = (m, rel) => {
    const fileRules = codeRules.filter((rule, i) => m[i] === 1 && !skipsPath(rule, rel));
    return fileRules.length === 0 && m[R] === 0 && !forCalls(m, rel) ? void 0 : fileRules;
  };
  const reader = new ByteReader({}, simdData(0) ? (size) => simdData(size) : void 0);
  const largeReader = new ByteReader({ chunkBytes: LARGE_TEST_BYTES });
  let collector;
  const checkChunk = (rel, chunk, fileRules, sup, fileFindings) => {
    for (const s of parseSuppressions(chunk.text, chunk.startLine, chunk.startColumn))
      if (!sup.has(s.line)) sup.set(s.line, { s, used: false });
    if (collecting) collectCalls(callFiles, rel, chunk, input.calls.tokenNames, input.calls.discover === true, collector?.readSites);
    if (fileRules.length === 0) return;
    const file = { path: rel, text: chunk.text, startOffset: chunk.startOffset, startLine: chunk.startLine, startColumn: chunk.startColumn };
    let index;
    let redactor;
    const redacted = /* @__PURE__ */ new Map();
    const redactLine = (l) => {
      let out = redacted.get(l);
      if (out === void 0) {
        out = (redactor ??= secretRedactor(chunk.text, { path: rel, ...appId ? { appId } : {}, declared: declaredSecrets }))(l);
        redacted.set(l, out);
      }
      return out;
    };
    for (const rule of fileRules) {
      const setting = settings.get(rule.id);
      const ctx = {
        ...valid ? { manifest } : {},
        manifestFile,
        today,
        file,
        declaredSecrets,
        report: (r) => {
          if (!ownsMatch(chunk, r.start)) return;
          index ??= chunkIndex(file);
          fileFindings.push(codeFinding(rule, setting, file, index, r, { redactLine, cutEnd: !chunk.last, frames: input.frames !== false }));
        }
      };
      runRule(rule.id, () => rule.checkFile(ctx, setting.options));
    }
  };
  for (const [i, rel] of listing.files.entries()) {
    const code = codes[i];
    if (input.progress && (i & 63) === 0) input.progress.update({ findings: findings.length });
    if (code === ScanCode.Clean) {
      filesScanned++;
      continue;
    }
    if (code === ScanCode.Binary) {
      skipped.binary++;
      continue;
    }
    if (code === ScanCode.Symlink) {
      skipped.symlinks++;
      continue;
    }
    if (code === ScanCode.Unreadable) {
      skipped.unreadable++;
      continue;
    }
    if (code === ScanCode.Gone) {
      if (listing.mode !== "git") skipped.unreadable++;
      continue;
    }
    const abs = absolutePath(cwd, rel, listing.raw);
    const keptBytes = kept.get(i);
    if (keptBytes) kept.delete(i);
    const quick = keptBytes ? { kind: "text", bytes: Buffer.from(keptBytes.buffer, keptBytes.byteOffset, keptBytes.byteLength) } : reader.read(abs);
    let kind;
    let chunk;
    let fileRules = [];
    if (quick === "stream") {
      const loaded = await loadSource(abs);
      kind = loaded.kind;
      chunk = loaded.chunk;
      const large = kind === "text" && !chunk ? largeReader.read(abs) : void 0;
      const bytes = large && large !== "stream" && large.kind === "text" ? large.bytes : void 0;
      const m = bytes && needlesIn(bytes);
      const r = m ? rulesFor(m, rel) : codeRules.filter((rule) => !skipsPath(rule, rel));
      if (!r) {
        filesScanned++;
        continue;
      }
      fileRules = r;
      if (collecting && !collector && mayHoldCalls(rel) && (!m || m[R + 2] === 1)) collector = await import("./collect-IZPPFWL2.js");
    } else {
      kind = quick.kind;
      if (kind === "text") {
        const bytes = quick.bytes;
        const m = needlesIn(bytes);
        const r = rulesFor(m, rel);
        if (!r) {
          filesScanned++;
          continue;
        }
        fileRules = r;
        const needCollector = collecting && !collector && m[R + 2] === 1 && mayHoldCalls(rel);
        chunk = decodeSource(bytes);
        if (needCollector) collector = await import("./collect-IZPPFWL2.js");
      }
    }
    if (kind === "binary") {
      skipped.binary++;
      continue;
    }
    if (kind === "symlink") {
      skipped.symlinks++;
      continue;
    }
    if (kind !== "text") {
      skipped.unreadable++;
      continue;
    }
    filesScanned++;
    const sup = /* @__PURE__ */ new Map();
    const fileFindings = [];
    try {
      if (chunk) checkChunk(rel, chunk, fileRules, sup, fileFindings);
      else for await (const c of readSource(abs)) checkChunk(rel, c, fileRules, sup, fileFindings);
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      skipped.unreadable++;
      debug(`skipped ${rel}: ${e.code ?? "read error"}`);
      continue;
    }
    for (const f of fileFindings) findings.push(f);
    if (sup.size) fileSuppressions.set(rel, sup);
  }
  return { findings, suppressions: fileSuppressions, filesScanned, skipped, ...collecting ? { calls: [...callFiles.values()] } : {} };
}

export {
  defineRule,
  o,
  secretsInString,
  findManifestSecrets,
  prefetchListing,
  dropPrefetched,
  resolveRuleSettings,
  manifestFinding,
  chunkIndex,
  codeFinding,
  callFinding,
  pipelineFinding,
  toPublic,
  runRule,
  LARGE_TEST_BYTES,
  scanRepository
};
