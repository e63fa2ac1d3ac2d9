import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  ownsMatch
} from "./chunk-B2NWUCYN.js";

// src/scan/references.ts
var Q = `(["'\`])`;
var FORMS = [
  { form: "process.env", before: /\bprocess\.env\??\.$/ },
  { form: "process.env", before: new RegExp(`\\bprocess\\.env\\??\\.?\\[\\s*${Q}$`), quoted: true },
  { form: "import.meta.env", before: /\bimport\.meta\.env\??\.$/ },
  { form: "deno-env", before: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}$`), quoted: true },
  { form: "bun-env", before: /\bBun\.env\??\.$/ },
  { form: "python-environ", before: new RegExp(`\\benviron(?:\\.get|\\.setdefault|\\.pop)?\\s*[[(]\\s*${Q}$`), quoted: true },
  { form: "go-getenv", before: /\bos\.(?:Getenv|LookupEnv)\(\s*(")$/, quoted: true },
  { form: "java-getenv", before: /\bSystem\.getenv\(\s*(")$/, quoted: true },
  { form: "dotnet-getenv", before: /\bEnvironment\.GetEnvironmentVariable\(\s*(")$/, quoted: true },
  { form: "rust-env", before: /\benv::var(?:_os)?\(\s*(")$/, quoted: true },
  { form: "getenv", before: new RegExp(`\\bgetenv\\(\\s*${Q}$`), quoted: true },
  { form: "ruby-env", before: new RegExp(`\\bENV(?:\\.fetch\\(|\\[)\\s*${Q}$`), quoted: true },
  { form: "php-env", before: new RegExp(`\\$_(?:ENV|SERVER)\\[\\s*${Q}$`), quoted: true },
  { form: "env-helper", before: new RegExp(`(?<![\\w.$])env\\(\\s*${Q}$`), quoted: true },
  { form: "actions-secrets", before: /\bsecrets\.$/ },
  { form: "actions-secrets", before: new RegExp(`\\bsecrets\\[\\s*${Q}$`), quoted: true },
  { form: "actions-env", before: /(?<![\w.$])env\.$/ },
  { form: "powershell", before: /\$env:$/i },
  { form: "shell", before: /(?<!\$)\$\{$/, after: /^(?:[}:#%/^,@]|-|\+|\?|=)/ },
  { form: "shell", before: /(?<![$\\])\$$/ },
  { form: "cmd", before: /(?<![%\w])%$/, after: /^%/ }
];
var NAME_CHAR = /[A-Za-z0-9_]/;
var ENV_PARENT_KEY = /^\s*(?:-\s+)?["']?(env|environment|secrets|variables|vars|envs|extraEnv|extra_env)["']?\s*:\s*(?:#.*)?$/;
function findSecretReferences(text, names) {
  const wanted = [...new Set(names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)))];
  if (wanted.length === 0) return [];
  wanted.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${wanted.join("|")})(?![A-Za-z0-9_])`, "g");
  const out = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const name = m[0];
    const end = start + name.length;
    const form = classify(text, start, end);
    if (form) out.push({ name, start, end, form });
  }
  return out;
}
function referenceNeedles(names) {
  return [...new Set(names)].map((text) => ({ text }));
}
function classify(text, start, end) {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 8);
  for (const f of FORMS) {
    const b = f.before.exec(before);
    if (!b) continue;
    if (f.quoted && !after.startsWith(b[1] ?? "")) continue;
    if (f.after && !f.after.test(after)) continue;
    return f.form;
  }
  return classifyLine(text, start, end);
}
function classifyLine(text, start, end) {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const prefix = text.slice(ls, start);
  const rest = text.slice(end, end + 4);
  const dash = /^\s*-\s/.test(prefix);
  if (/^\s*(?:-\s+)?["']?$/.test(prefix) && /^["']?\s*:(?:\s|$)/.test(rest)) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? "yaml-env-key" : void 0;
  }
  if (/^\s*-\s+["']?$/.test(prefix) && rest.startsWith("=")) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), true) ? "yaml-env-key" : void 0;
  }
  if (/^\s*(?:-\s+)?name\s*:\s*["']?$/.test(prefix) && !NAME_CHAR.test(rest[0] ?? "")) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? "yaml-env-name" : void 0;
  }
  if (/^\s*(?:export\s+|ENV\s+|ARG\s+)?$/.test(prefix) && rest.startsWith("=")) return "dotenv-assignment";
  return void 0;
}
function yamlParentIsEnv(text, lineStart, indent, dash) {
  let end = lineStart - 1;
  for (let n = 0; n < 500 && end > 0; n++) {
    const s = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(s, end);
    end = s - 1;
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const ind = indentOf(line);
    const isDash = /^\s*-(?:\s|$)/.test(line);
    if (dash) {
      if (ind > indent || ind === indent && isDash) continue;
      return ENV_PARENT_KEY.test(line);
    }
    if (ind >= indent) continue;
    if (isDash) {
      indent = ind;
      dash = true;
      continue;
    }
    return ENV_PARENT_KEY.test(line);
  }
  return false;
}
function indentOf(s) {
  const m = /^[ \t]*/.exec(s);
  return m ? m[0].length : 0;
}

// src/scan/code-model.ts
import { createHash } from "node:crypto";

// src/glob.ts
var globStats = { steps: 0 };
var LIT = 0;
var ONE = 1;
var STAR = 2;
var CLASS = 3;
var ANY = 4;
var EPS = 5;
var SLASH = 47;
function consumes(it, c) {
  switch (it.kind) {
    case LIT:
      return it.code === c;
    case ONE:
    case STAR:
      return c !== SLASH;
    case ANY:
      return true;
    case EPS:
      return false;
    default: {
      if (c === SLASH) return false;
      const r = it.ranges;
      let inside = false;
      for (let k = 0; k < r.length; k += 2) {
        if (c >= r[k] && c <= r[k + 1]) {
          inside = true;
          break;
        }
      }
      return inside !== it.negate;
    }
  }
}
function close(nfa, set) {
  const { items, skip } = nfa;
  const m = items.length;
  for (let i = 0; i < m; i++) {
    if (set[i] !== 1) continue;
    const k = items[i].kind;
    if (k === STAR || k === ANY || k === EPS) set[i + 1] = 1;
    const j = skip[i];
    if (j > 0) set[j] = 1;
  }
  globStats.steps += m + 1;
}
function runNfa(nfa, text, prefixes = false) {
  const m = nfa.items.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  cur[0] = 1;
  close(nfa, cur);
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (prefixes && c === SLASH && cur[m] === 1) return true;
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (cur[i] !== 1) continue;
      const it = nfa.items[i];
      if (!consumes(it, c)) continue;
      alive = true;
      if (it.kind === STAR || it.kind === ANY) next[i] = 1;
      else next[i + 1] = 1;
    }
    globStats.steps += m + 1;
    if (!alive) return false;
    close(nfa, next);
    const t = cur;
    cur = next;
    next = t;
  }
  return cur[m] === 1;
}
function compileGlob(glob, gitignore = false) {
  const items = [];
  const skips = [];
  const segs = glob.split("/");
  let needSlash = false;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const last = s === segs.length - 1;
    if (seg === "**") {
      if (!last && segs[s + 1] === "**") continue;
      const from = items.length;
      if (last) {
        if (needSlash && gitignore) {
          items.push({ kind: LIT, code: SLASH }, { kind: ONE, code: 0 }, { kind: ANY, code: 0 });
        } else if (needSlash) {
          items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
          skips.push([from, items.length]);
        } else {
          items.push({ kind: ANY, code: 0 });
        }
      } else if (needSlash) {
        items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
        skips.push([from, items.length]);
        items.push({ kind: LIT, code: SLASH });
      } else {
        items.push({ kind: EPS, code: 0 }, { kind: ANY, code: 0 }, { kind: LIT, code: SLASH });
        skips.push([from, items.length]);
      }
      needSlash = false;
      continue;
    }
    if (needSlash) items.push({ kind: LIT, code: SLASH });
    segmentItems(seg, items);
    needSlash = true;
  }
  const skip = new Int32Array(items.length + 1);
  for (const [a, b] of skips) skip[a] = b;
  return { items, skip };
}
function segmentItems(seg, items) {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "\\" && i + 1 < seg.length) {
      items.push({ kind: LIT, code: seg.charCodeAt(++i) });
    } else if (c === "*") {
      while (seg[i + 1] === "*") i++;
      if (items.length > 0 && items[items.length - 1].kind === STAR) continue;
      items.push({ kind: STAR, code: 0 });
    } else if (c === "?") {
      items.push({ kind: ONE, code: 0 });
    } else if (c === "[") {
      const cls = parseClass(seg, i);
      if (!cls) {
        items.push({ kind: LIT, code: 91 });
        continue;
      }
      items.push({ kind: CLASS, code: 0, ranges: cls.ranges, negate: cls.negate });
      i = cls.end;
    } else {
      items.push({ kind: LIT, code: seg.charCodeAt(i) });
    }
  }
}
function parseClass(seg, open) {
  let i = open + 1;
  let negate = false;
  if (seg[i] === "!" || seg[i] === "^") {
    negate = true;
    i++;
  }
  const ranges = [];
  let first = true;
  for (; i < seg.length; i++) {
    let c = seg[i];
    if (c === "]" && !first) return { ranges, negate, end: i };
    first = false;
    if (c === "\\" && i + 1 < seg.length) c = seg[++i];
    let lo = c.charCodeAt(0);
    let hi = lo;
    if (seg[i + 1] === "-" && i + 2 < seg.length && seg[i + 2] !== "]") {
      let h = seg[i + 2];
      i += 2;
      if (h === "\\" && i + 1 < seg.length) h = seg[++i];
      hi = h.charCodeAt(0);
      if (hi < lo) [lo, hi] = [hi, lo];
    }
    ranges.push(lo, hi);
  }
  return void 0;
}
var MAX_BRACE_EXPANSIONS = 256;
function compileGlobs(patterns) {
  const compiled = patterns.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => {
    const negate = p.startsWith("!");
    const body = (negate ? p.slice(1) : p).replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
    return { negate, alternatives: expandBraces(body).map((g) => compileGlob(g)) };
  });
  if (compiled.length === 0) return () => false;
  return (rel) => {
    let matched = false;
    for (const c of compiled) {
      if (matched !== c.negate) continue;
      if (c.alternatives.some((nfa) => runNfa(nfa, rel, true))) matched = !c.negate;
    }
    return matched;
  };
}
function expandBraces(glob) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const options = splitTopLevel(glob.slice(open + 1, i));
        if (options.length < 2) continue;
        const head = glob.slice(0, open);
        const tails = expandBraces(glob.slice(i + 1));
        const out = [];
        for (const o of options) {
          for (const x of expandBraces(o)) {
            for (const t of tails) {
              out.push(head + x + t);
              if (out.length >= MAX_BRACE_EXPANSIONS) return out;
            }
          }
        }
        return out;
      }
    }
  }
  return [glob];
}
function splitTopLevel(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      cur += c + (s[i + 1] ?? "");
      i++;
    } else if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else {
      if (c === "{") depth++;
      if (c === "}") depth--;
      cur += c;
    }
  }
  out.push(cur);
  return out;
}
function parseIgnoreLine(raw) {
  let line = raw;
  if (line === "" || line.startsWith("#")) return void 0;
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  if (end < line.length && end > 0 && line[end - 1] === "\\") end++;
  line = line.slice(0, end);
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith("/")) {
    dirOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  line = line.replace(/^\/+/, "");
  return { nfa: compileGlob(line, true), negate, dirOnly, basename: !anchored };
}
var GitignoreMatcher = class {
  byDir = /* @__PURE__ */ new Map();
  dirCache = /* @__PURE__ */ new Map();
  /** Adds the content of the `.gitignore` in `dir` (relative, `/` separators, '' or '.' for the root). */
  add(dir, content) {
    const key = dir === "." ? "" : dir.replace(/\/+$/, "");
    const rules = this.byDir.get(key) ?? [];
    for (const raw of content.split(/\r?\n/)) {
      const rule = parseIgnoreLine(raw);
      if (rule) rules.push(rule);
    }
    this.byDir.set(key, rules);
    this.dirCache.clear();
  }
  /** Whether `rel` (relative to the root, `/` separators) is ignored, its parent directories included. */
  ignores(rel, isDir) {
    let slash = rel.indexOf("/");
    while (slash !== -1) {
      const dir = rel.slice(0, slash);
      let ignored = this.dirCache.get(dir);
      if (ignored === void 0) {
        ignored = this.decide(dir, true);
        this.dirCache.set(dir, ignored);
      }
      if (ignored) return true;
      slash = rel.indexOf("/", slash + 1);
    }
    return this.decide(rel, isDir);
  }
  decide(rel, isDir) {
    let ignored = false;
    const base = rel.slice(rel.lastIndexOf("/") + 1);
    let from = 0;
    for (; ; ) {
      const dir = from === 0 ? "" : rel.slice(0, from - 1);
      const rules = this.byDir.get(dir);
      if (rules) {
        const sub = rel.slice(from);
        for (const r of rules) {
          if (r.dirOnly && !isDir) continue;
          if (ignored !== r.negate) continue;
          if (runNfa(r.nfa, r.basename ? base : sub)) ignored = !r.negate;
        }
      }
      const slash = rel.indexOf("/", from);
      if (slash === -1) break;
      from = slash + 1;
    }
    return ignored;
  }
};

// src/scan/code-model.ts
var cache = /* @__PURE__ */ new WeakMap();
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function codeModel(manifest) {
  let m = cache.get(manifest);
  if (m) return m;
  const owners = [];
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    if (typeof name !== "string" || !NAME.test(name)) continue;
    owners.push({ name, user: u.name, role: u.role, ...u.environment ? { environment: u.environment } : {} });
  }
  const adminPaths = manifest.scan?.adminPaths ?? [];
  const matcher = adminPaths.length > 0 ? compileGlobs(adminPaths) : () => false;
  const byName = /* @__PURE__ */ new Map();
  for (const o of owners) if (!byName.has(o.name)) byName.set(o.name, o);
  m = {
    owners,
    admin: owners.filter((o) => o.role === "admin"),
    test: owners.filter((o) => o.role !== "admin" && o.environment === "test"),
    production: owners.filter((o) => o.role !== "admin" && o.environment === "production"),
    byName,
    isAdminPath: matcher,
    adminPaths
  };
  cache.set(manifest, m);
  return m;
}
var PROSE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt)$/i;
function isProseFile(rel) {
  return PROSE.test(rel);
}
function namesSecretsOnly(rel, manifestFile) {
  return rel === manifestFile || isProseFile(rel);
}
var PROD_WORDS = /* @__PURE__ */ new Set(["production", "prod", "prd"]);
var TEST_WORDS = /* @__PURE__ */ new Set(["test", "testing", "sandbox"]);
function environmentOfName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((w) => PROD_WORDS.has(w))) return "production";
  if (words.some((w) => TEST_WORDS.has(w))) return "test";
  return void 0;
}
var ANCHOR_WINDOW = 120;
function lineAnchor(text, start, end, extra = "") {
  const ls = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - ANCHOR_WINDOW);
  let le = text.indexOf("\n", end);
  if (le === -1) le = text.length;
  le = Math.min(le, end + ANCHOR_WINDOW);
  return createHash("sha256").update(`${extra}\0${text.slice(ls, le).trim()}`).digest("hex").slice(0, 32);
}

// src/calls/language.ts
var EXTENSIONS = {
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  py: "python",
  php: "php",
  rb: "ruby",
  java: "java",
  kt: "java",
  go: "go"
};
function languageOf(path) {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || path.endsWith(".d.ts") || /\.min\.[cm]?js$/.test(path)) return void 0;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

// src/calls/markers.ts
var CALL_MARKERS = ["acebook", "ACEBOOK", "graph.instagram", "FB.api", "oala", "restfb"];
function mayHoldCalls(path) {
  return languageOf(path) !== void 0 && !isProseFile(path);
}
var TOKEN_NAME = /\b[A-Z][A-Z0-9_]*TOKEN[A-Z0-9_]*\b/g;
function readFileCallsWith(src, tokenNames, opts, readSites) {
  const { path, text } = src;
  if (isProseFile(path)) return { file: path, calls: [], tokens: [] };
  const owns = src.owns ?? (() => true);
  let table;
  const pos = (o) => (table ??= positions(text, src.startLine ?? 1, src.startColumn ?? 1))(o);
  const calls = readSites ? readSites(text, path, owns, pos) : [];
  const names = opts.discover && calls.length > 0 ? [.../* @__PURE__ */ new Set([...tokenNames, ...text.match(TOKEN_NAME) ?? []])] : tokenNames;
  const refs = names.length > 0 ? findSecretReferences(text, [...names]).filter((r) => owns(r.start)) : [];
  if (calls.length === 0 && refs.length === 0) return { file: path, calls: [], tokens: [] };
  const tokens = refs.map((r) => ({ name: r.name, ...pos(r.start) }));
  return { file: path, calls, tokens };
}
function collectCalls(into, rel, chunk, tokenNames, discover, readSites) {
  const got = readFileCallsWith(
    { path: rel, text: chunk.text, startLine: chunk.startLine, startColumn: chunk.startColumn, owns: (o) => ownsMatch(chunk, o) },
    tokenNames,
    { discover },
    readSites
  );
  if (got.calls.length === 0 && got.tokens.length === 0) return;
  const prev = into.get(rel);
  into.set(rel, prev ? mergeFileCalls(prev, got) : got);
}
function mergeFileCalls(a, b) {
  return { file: a.file, calls: [...a.calls, ...b.calls], tokens: [...a.tokens, ...b.tokens] };
}
function positions(text, startLine, startColumn) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (o) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: startLine + lo, column: lo === 0 ? startColumn + o : o - starts[lo] + 1 };
  };
}

export {
  compileGlobs,
  GitignoreMatcher,
  codeModel,
  isProseFile,
  namesSecretsOnly,
  environmentOfName,
  lineAnchor,
  findSecretReferences,
  referenceNeedles,
  languageOf,
  CALL_MARKERS,
  mayHoldCalls,
  readFileCallsWith,
  collectCalls
};
