import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/scan/scan-worker.ts
import { parentPort } from "node:worker_threads";

// src/scan/simd.ts
var TABLES = 0;
var DATA = 256;
var SLACK = 32;
var PAGE = 65536;
var BUCKETS = 8;
var WIDTH = 4;
function teddyTables(patterns) {
  let groups = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    const m = [];
    for (let j = 0; j < WIDTH; j++) m.push(j < p.length ? 1 << (p[j] & 15) : 65535, j < p.length ? 1 << (p[j] >> 4) : 65535);
    groups.set(m.join(","), m);
  }
  for (let round = 0; round < 2; round++)
    for (let j = WIDTH - 1; j >= 0; j--) {
      const folded = /* @__PURE__ */ new Map();
      for (const m of groups.values()) {
        const key = m.map((x, i) => i >> 1 === j ? "*" : x).join(",");
        const had = folded.get(key);
        if (had) for (let i = 0; i < had.length; i++) had[i] |= m[i];
        else folded.set(key, [...m]);
      }
      groups = folded;
    }
  const list = [...groups.values()];
  const cost = list.map((m) => accept(m, m));
  while (list.length > BUCKETS) {
    let best = Infinity;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const extra = accept(list[i], list[j]) - cost[i] - cost[j];
        if (extra < best) {
          best = extra;
          bi = i;
          bj = j;
        }
      }
    const a = list[bi];
    const b = list.splice(bj, 1)[0];
    cost.splice(bj, 1);
    for (let i = 0; i < a.length; i++) a[i] |= b[i];
    cost[bi] = accept(a, a);
  }
  const tables = new Uint8Array(WIDTH * 32);
  list.forEach((m, k) => {
    for (let j = 0; j < WIDTH; j++)
      for (let x = 0; x < 16; x++) {
        if (m[2 * j] & 1 << x) tables[32 * j + x] |= 1 << k;
        if (m[2 * j + 1] & 1 << x) tables[32 * j + 16 + x] |= 1 << k;
      }
  });
  return tables;
}
function accept(a, b) {
  let r = 1;
  for (let i = 0; i < a.length; i++) r *= bits(a[i] | b[i]) / 16;
  return r;
}
function bits(m) {
  let n = 0;
  for (let x = m; x; x &= x - 1) n++;
  return n;
}
function leb(n) {
  const out = [];
  for (; ; ) {
    const b = n & 127;
    n >>>= 7;
    if (n === 0) return [...out, b];
    out.push(b | 128);
  }
}
function sleb(n) {
  const out = [];
  for (; ; ) {
    const b = n & 127;
    n >>= 7;
    if (n === 0 && (b & 64) === 0 || n === -1 && (b & 64) !== 0) return [...out, b];
    out.push(b | 128);
  }
}
var section = (id, body) => [id, ...leb(body.length), ...body];
var name = (s) => [...leb(s.length), ...Buffer.from(s, "latin1")];
var I32 = 127;
var V128 = 123;
var op = {
  block: [2, 64],
  loop: [3, 64],
  if: [4, 64],
  end: [11],
  br: (d) => [12, d],
  brIf: (d) => [13, d],
  return: [15],
  get: (i) => [32, i],
  set: (i) => [33, i],
  tee: (i) => [34, i],
  i32: (n) => [65, ...sleb(n)],
  i32GeU: [79],
  i32Add: [106],
  i32Ctz: [104],
  /** v128.load with alignment hint 1 (unaligned) and a constant offset. */
  load: (offset) => [253, 0, 0, ...leb(offset)],
  v128: (bytes) => [253, 12, ...bytes],
  swizzle: [253, 14],
  ne: [253, 36],
  and: [253, 78],
  anyTrue: [253, 83],
  bitmask: [253, 100],
  shrU: [253, 109]
};
function moduleBytes() {
  const P = 0;
  const END = 1;
  const table = (j, high) => 2 + 2 * j + (high ? 1 : 0);
  const NIB = 10;
  const V = 11;
  const C = 12;
  const body = [];
  for (let j = 0; j < WIDTH; j++)
    for (const high of [false, true]) body.push(...op.i32(TABLES), ...op.load(32 * j + (high ? 16 : 0)), ...op.set(table(j, high)));
  body.push(...op.v128(new Array(16).fill(15)), ...op.set(NIB));
  body.push(...op.block, ...op.loop);
  body.push(...op.get(P), ...op.get(END), ...op.i32GeU, ...op.brIf(1));
  for (let j = 0; j < WIDTH; j++) {
    body.push(...op.get(P), ...op.load(j), ...op.set(V));
    body.push(...op.get(table(j, false)), ...op.get(V), ...op.get(NIB), ...op.and, ...op.swizzle);
    body.push(...op.get(table(j, true)), ...op.get(V), ...op.i32(4), ...op.shrU, ...op.swizzle);
    body.push(...op.and);
    if (j > 0) body.push(...op.and);
  }
  body.push(...op.tee(C), ...op.anyTrue, ...op.if);
  body.push(...op.get(P), ...op.get(C), ...op.v128(new Array(16).fill(0)), ...op.ne, ...op.bitmask, ...op.i32Ctz, ...op.i32Add, ...op.return);
  body.push(...op.end);
  body.push(...op.get(P), ...op.i32(16), ...op.i32Add, ...op.set(P), ...op.br(0));
  body.push(...op.end, ...op.end);
  body.push(...op.i32(-1), ...op.end);
  const func = [1, ...leb(11), V128, ...body];
  const code = [1, ...leb(func.length), ...func];
  return new Uint8Array([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, [1, 96, 2, I32, I32, 1, I32]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...name("next"), 0, 0, ...name("mem"), 2, 0]),
    ...section(10, code)
  ]);
}
var shared;
function instance() {
  if (shared !== void 0) return shared;
  shared = null;
  const wasm = globalThis.WebAssembly;
  try {
    if (wasm) shared = { exports: new wasm.Instance(new wasm.Module(moduleBytes()), {}).exports, owner: void 0 };
  } catch {
  }
  return shared;
}
function simdData(size) {
  const inst = instance();
  if (!inst) return void 0;
  const memory = inst.exports.mem;
  const need = DATA + size + SLACK;
  if (memory.buffer.byteLength < need) memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
  return Buffer.from(memory.buffer, DATA, size);
}
function simdScanner(tables) {
  const inst = instance();
  if (!inst) return void 0;
  const { mem: memory, next } = inst.exports;
  const own = Uint8Array.from(tables);
  const scanner = {
    use() {
      if (inst.owner === scanner) return;
      new Uint8Array(memory.buffer, TABLES, own.length).set(own);
      inst.owner = scanner;
    },
    next: (from, end) => {
      const r = next(DATA + from, DATA + end);
      return r === -1 ? -1 : r - DATA;
    },
    holds: (b) => b.buffer === memory.buffer && b.byteOffset === DATA
  };
  return scanner;
}

// src/scan/prefilter.ts
var ALWAYS = () => true;
var NEVER = () => false;
function compileNeedles(needles, opts = {}) {
  if (needles === void 0) return ALWAYS;
  return compile({ any: [...needles] }, opts.simd === true);
}
function compile(n, simd = false) {
  if ("any" in n) {
    const tests = n.any.map((m) => compile(m));
    if (tests.includes(ALWAYS)) return ALWAYS;
    const live = n.any.filter((_, i) => tests[i] !== NEVER);
    if (live.length === 0) return NEVER;
    if (live.length === 1) return compile(live[0]);
    return anyTest(live, simd);
  }
  if ("all" in n) {
    const tests = n.all.map((m) => compile(m));
    if (tests.includes(NEVER)) return NEVER;
    const live = tests.filter((t) => t !== ALWAYS);
    if (live.length === 0) return ALWAYS;
    if (live.length === 1) return live[0];
    return (b) => live.every((t) => t(b));
  }
  if ("text" in n) return textTest(n.text, n.before, n.after);
  if ("digitsBefore" in n) return digitsBeforeTest(n.digitsBefore, n.separators);
  if ("hexRun" in n) return hexRunTest(n.hexRun);
  return ALWAYS;
}
function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
function codeSet(chars) {
  if (chars === void 0) return void 0;
  const set = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c > 127) return void 0;
    set[c] = 1;
  }
  return set;
}
function textTest(text, before, after) {
  if (text.length === 0) return ALWAYS;
  if (/[\uFFFD\uD800-\uDFFF]/.test(text)) return ALWAYS;
  const needle = Buffer.from(text, "utf8");
  const ascii = isAscii(text);
  const pre = ascii ? codeSet(before) : void 0;
  const post = ascii ? codeSet(after) : void 0;
  if (!pre && !post) return (b) => b.indexOf(needle) !== -1;
  const len = needle.length;
  return (b) => {
    for (let p = b.indexOf(needle); p !== -1; p = b.indexOf(needle, p + 1)) {
      if (pre && (p === 0 || pre[b[p - 1]] !== 1)) continue;
      if (post && (p + len >= b.length || post[b[p + len]] !== 1)) continue;
      return true;
    }
    return false;
  };
}
var DIGIT = new Uint8Array(256);
for (let c = 48; c <= 57; c++) DIGIT[c] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
function digitsBeforeTest(min, separators) {
  if (min < 1 || !separators.every((s) => s.length > 0 && isAscii(s))) return ALWAYS;
  const seps = separators.map((s) => Buffer.from(s, "latin1"));
  const first = new Uint8Array(256);
  for (const s of seps) first[s[0]] = 1;
  const firsts = [...new Set(seps.map((s) => s[0]))];
  return (b) => {
    let any = false;
    for (const c of firsts) if (b.indexOf(c) !== -1) any = true;
    return any && digitRunBefore(b, min, first, seps);
  };
}
function digitRunBefore(b, min, first, seps) {
  const n = b.length;
  for (let i = min - 1; i < n; i += min) {
    if (DIGIT[b[i]] !== 1) continue;
    let e = i + 1;
    while (e < n && DIGIT[b[e]] === 1) e++;
    if (e < n && first[b[e]] === 1 && startsWithAny(b, e, seps)) {
      let s = i;
      while (s > 0 && e - s < min && DIGIT[b[s - 1]] === 1) s--;
      if (e - s >= min) return true;
    }
    while (i + min < e) i += min;
  }
  return false;
}
function hexRunTest(length) {
  if (length < 1) return ALWAYS;
  return (b) => hexRun(b, length);
}
function hexRun(b, length) {
  const n = b.length;
  for (let i = length - 1; i < n; i += length) {
    if (HEX[b[i]] !== 1) continue;
    let e = i + 1;
    while (e < n && e - i <= length && HEX[b[e]] === 1) e++;
    if (e - i <= length) {
      let s = i;
      while (s > 0 && e - s <= length && HEX[b[s - 1]] === 1) s--;
      if (e - s === length) return true;
    } else {
      while (e < n && HEX[b[e]] === 1) e++;
    }
    while (i + length < e) i += length;
  }
  return false;
}
function digitsEndBefore(b, e, min, seps) {
  if (e < min) return false;
  for (let k = e - min; k < e; k++) if (DIGIT[b[k]] !== 1) return false;
  for (const sep of seps) if (startsWith(b, e, sep)) return true;
  return false;
}
function startsWithAny(b, at, seps) {
  for (const sep of seps) if (startsWith(b, at, sep)) return true;
  return false;
}
function startsWith(b, at, s) {
  if (at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s[k]) return false;
  return true;
}
function hash3(a, b, c) {
  return (a << 7 ^ b << 3 ^ c ^ a >>> 2) & 65535;
}
function patternsOf(n, group) {
  if (!("text" in n)) return void 0;
  if (n.text.length === 0 || /[\uFFFD\uD800-\uDFFF]/.test(n.text) || !isAscii(n.text)) return void 0;
  const bytes = Buffer.from(n.text, "latin1");
  const pre = codeSet(n.before);
  const post = codeSet(n.after);
  if (n.before !== void 0 && !pre || n.after !== void 0 && !post) return void 0;
  const base = { group, len: bytes.length };
  if (bytes.length >= 3) return [{ bytes, lead: 0, ...base, ...pre ? { pre } : {}, ...post ? { post } : {} }];
  if (bytes.length === 2 && n.after !== void 0)
    return [...new Set(n.after)].map((c) => ({ bytes: Buffer.concat([bytes, Buffer.from(c, "latin1")]), lead: 0, ...base, ...pre ? { pre } : {} }));
  if (bytes.length === 2 && n.before !== void 0)
    return [...new Set(n.before)].map((c) => ({ bytes: Buffer.concat([Buffer.from(c, "latin1"), bytes]), lead: 1, ...base }));
  return void 0;
}
function exactPatterns(n, group) {
  if ("any" in n) {
    const out = everyPart(n.any, (part) => exactPatterns(part, group));
    return out?.length ? out : void 0;
  }
  return patternsOf(n, group);
}
function everyPart(parts, of) {
  const out = [];
  for (const part of parts) {
    const p = of(part);
    if (!p) return void 0;
    out.push(...p);
  }
  return out;
}
function triggersOf(n, group) {
  if ("all" in n) {
    for (const part of n.all) {
      const t = triggersOf(part, group);
      if (t) return t;
    }
    return void 0;
  }
  if ("any" in n) return everyPart(n.any, (part) => triggersOf(part, group));
  if ("digitsBefore" in n) return digitTriggers(n, group);
  return patternsOf(n, group);
}
function digitTriggers(n, group) {
  if (n.digitsBefore < 2 || !n.separators.every((x) => x.length > 0 && isAscii(x))) return void 0;
  const out = [];
  for (const first of new Set(n.separators.map((x) => x[0])))
    for (let d = 0; d < 100; d++) out.push({ bytes: Buffer.from(`${String(d).padStart(2, "0")}${first}`, "latin1"), group, lead: 0, len: 3 });
  return out;
}
function digitPatterns(n) {
  if (!("digitsBefore" in n)) return void 0;
  const t = digitTriggers(n, -1);
  const seps = n.separators.map((x) => Buffer.from(x, "latin1"));
  return t?.map((p) => ({ ...p, digits: n.digitsBefore, seps }));
}
function anyTest(live, useSimd) {
  const finals = [];
  const triggers = [];
  const checks = [];
  const direct = [];
  for (const n of live) {
    const own = patternsOf(n, -1) ?? digitPatterns(n);
    if (own) {
      finals.push(...own);
      continue;
    }
    if ("all" in n) {
      const group = checks.length;
      const exact = n.all.map((part) => exactPatterns(part, group));
      const k = exact.findIndex((p) => p !== void 0);
      if (k !== -1) {
        triggers.push(...exact[k]);
        checks.push({ test: compile({ all: n.all.filter((_, j) => j !== k) }), group });
        continue;
      }
    }
    const test = compile(n);
    const t = triggersOf(n, checks.length);
    if (t) {
      triggers.push(...t);
      checks.push({ test, group: checks.length });
    } else direct.push(test);
  }
  if (finals.length + triggers.length < 2) {
    const tests = live.map((m) => compile(m));
    return (b) => tests.some((t) => t(b));
  }
  const bitmap = new Uint8Array(8192);
  const buckets = /* @__PURE__ */ new Map();
  for (const p of [...finals, ...triggers]) {
    const h = hash3(p.bytes[0], p.bytes[1], p.bytes[2]);
    bitmap[h >>> 3] |= 1 << (h & 7);
    let list = buckets.get(h);
    if (!list) buckets.set(h, list = []);
    list.push(p);
  }
  const index = new Int32Array(65536);
  const lists = [[]];
  for (const [h, list] of buckets) index[h] = lists.push(list) - 1;
  const seen = new Uint8Array(checks.length);
  let simd = useSimd && simdData(0) ? void 0 : null;
  return (b) => {
    seen.fill(0);
    if (simd === void 0 && b.length >= SIMD_MIN_BYTES) simd = simdScanner(teddyTables([...finals, ...triggers].map((p) => p.bytes))) ?? null;
    if (simd && b.length >= SIMD_MIN_BYTES ? simdPatterns(simd, b, bitmap, index, lists, seen) : scanPatterns(b, bitmap, index, lists, seen)) return true;
    for (const t of direct) if (t(b)) return true;
    for (const c of checks) if (seen[c.group] === 1 && c.test(b)) return true;
    return false;
  };
}
var SIMD_MIN_BYTES = 1024;
function simdPatterns(s, b, bitmap, index, lists, seen) {
  const n = b.length;
  if (n < 3) return false;
  if (!s.holds(b)) simdData(n).set(b);
  s.use();
  const last = n - 3;
  for (let p = s.next(0, n); p !== -1 && p <= last; p = s.next(p + 1, n)) {
    const h = hash3(b[p], b[p + 1], b[p + 2]);
    if ((bitmap[h >>> 3] & 1 << (h & 7)) === 0) continue;
    if (verifyAt(b, p, lists[index[h]], seen)) return true;
  }
  return false;
}
function scanPatterns(b, bitmap, index, lists, seen) {
  const n = b.length;
  if (n < 3) return false;
  let x = b[0];
  let y = b[1];
  for (let i = 2; i < n; i++) {
    const z = b[i];
    const h = hash3(x, y, z);
    x = y;
    y = z;
    if ((bitmap[h >>> 3] & 1 << (h & 7)) === 0) continue;
    if (verifyAt(b, i - 2, lists[index[h]], seen)) return true;
  }
  return false;
}
function verifyAt(b, at, list, seen) {
  for (const p of list) {
    if (!startsWith(b, at, p.bytes)) continue;
    const start = at + p.lead;
    if (p.pre && (start === 0 || p.pre[b[start - 1]] !== 1)) continue;
    if (p.post && (start + p.len >= b.length || p.post[b[start + p.len]] !== 1)) continue;
    if (p.digits !== void 0 && !digitsEndBefore(b, at + 2, p.digits, p.seps)) continue;
    if (p.group === -1) return true;
    seen[p.group] = 1;
  }
  return false;
}

// src/scan/read.ts
import { constants } from "node:fs";
import { closeSync, fstatSync, lstatSync, openSync, readSync } from "node:fs";
var DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
var DEFAULT_OVERLAP = 4 * 1024;
var BINARY_SNIFF_BYTES = 8 * 1024;
var ByteReader = class {
  /**
   * With `alloc`, each file is read into the buffer `alloc(size)` returns (the SIMD prefilter's memory,
   * so that its bytes are not copied again); otherwise into one buffer this reader reuses.
   */
  constructor(opts = {}, alloc) {
    this.opts = opts;
    this.alloc = alloc;
  }
  opts;
  alloc;
  buf = Buffer.allocUnsafe(64 * 1024);
  /**
   * One lstat (where O_NOFOLLOW is missing), open, fstat, read and close. 'stream': a file of
   * `chunkBytes` or more, or an odd case (EACCES, EAGAIN, a file that grew) for `loadSource`/`readSource`.
   * Opened with O_NONBLOCK, so a file swapped for a FIFO after listing cannot block.
   */
  read(absPath) {
    const chunkBytes = Math.floor(this.opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    const noFollow = constants.O_NOFOLLOW;
    if (noFollow === void 0) {
      try {
        const st = lstatSync(absPath);
        if (st.isSymbolicLink()) return { kind: "symlink" };
        if (!st.isFile()) return { kind: "unreadable", notRegular: true };
      } catch (err) {
        return { kind: err.code === "ENOENT" ? "missing" : "unreadable" };
      }
    }
    let fd;
    try {
      try {
        fd = openSync(absPath, constants.O_RDONLY | (noFollow ?? 0) | (constants.O_NONBLOCK ?? 0));
      } catch (err) {
        const code = err.code;
        if (code === "ELOOP") return { kind: "symlink" };
        if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
        return "stream";
      }
      const st = fstatSync(fd);
      if (!st.isFile()) return { kind: "unreadable", notRegular: true };
      if (st.size >= chunkBytes) return "stream";
      const want = st.size + 1;
      if (!this.alloc && this.buf.length < want) this.buf = Buffer.allocUnsafe(Math.min(Math.max(want, this.buf.length * 2), chunkBytes + 1));
      const buf = this.alloc ? this.alloc(want) : this.buf;
      let n = 0;
      for (; ; ) {
        const bytesRead = readSync(fd, buf, n, want - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n === want) return "stream";
        if (n === st.size) break;
      }
      const bytes = buf.subarray(0, n);
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: "binary" };
      return { kind: "text", bytes };
    } catch {
      return "stream";
    } finally {
      if (fd !== void 0) {
        try {
          closeSync(fd);
        } catch {
        }
      }
    }
  }
};
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

// src/scan/parallel.ts
var ScanCode = {
  /** Not classified (yet). */
  Pending: 0,
  /** Text that no needle matches: scanned, nothing to do. */
  Clean: 1,
  /** Text that some needle matches, a large file to stream, or an odd case: the main thread looks. */
  Look: 2,
  Binary: 3,
  Symlink: 4,
  /** Unreadable. */
  Unreadable: 5,
  /** Missing, or not a regular file (a directory, a FIFO): what a listing without lstat may hold. */
  Gone: 6
};
var KEEP_BUDGET_BYTES = 64 * 1024 * 1024;
var Kept = class {
  constructor(budget = KEEP_BUDGET_BYTES) {
    this.budget = budget;
  }
  budget;
  byIndex = /* @__PURE__ */ new Map();
  bytes = 0;
  keep(index, bytes) {
    if (this.bytes + bytes.length > this.budget) return;
    this.bytes += bytes.length;
    this.byIndex.set(index, Uint8Array.prototype.slice.call(bytes));
  }
};
function classifier(needles, kept, base = "", counter) {
  let test;
  const union = (b) => (test ??= needles.some((n) => n === void 0) ? ALWAYS : compileNeedles(needles.flatMap((n) => n), { simd: true }))(b);
  const reader = new ByteReader({}, simdData(0) ? (size) => simdData(size) : void 0);
  return (file, index) => {
    const r = reader.read(typeof file === "string" ? base + file : file);
    if (r === "stream") return ScanCode.Look;
    if (r.kind === "text") {
      const bytes = r.bytes;
      if (counter) Atomics.add(counter, 0, bytes.length + 512 >> 10);
      if (union(bytes)) {
        kept?.keep(index, bytes);
        return ScanCode.Look;
      }
      return ScanCode.Clean;
    }
    if (r.kind === "binary") return ScanCode.Binary;
    if (r.kind === "symlink") return ScanCode.Symlink;
    if (r.kind === "missing" || r.notRegular) return ScanCode.Gone;
    return ScanCode.Unreadable;
  };
}
var BATCH = 64;
function classifyShared(job, classify, progress) {
  const files = job.files;
  const n = Array.isArray(files) ? files.length : files.ends.length;
  const at = Array.isArray(files) ? (i) => files[i] : (i) => unpackFile(files, i);
  for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
    const end = Math.min(n, start + BATCH);
    for (let i = start; i < end; i++) job.codes[i] = classify(at(i), i);
    progress?.();
  }
}
function unpackFile(p, i) {
  const start = i === 0 ? 0 : p.ends[i - 1];
  const bytes = Buffer.from(p.data.buffer, p.data.byteOffset + start, p.ends[i] - start);
  return p.absolute[i] === 1 ? bytes : bytes.toString("utf8");
}

// src/scan/scan-worker.ts
parentPort.on("message", (job) => {
  const kept = new Kept();
  classifyShared(job, classifier(job.needles, kept, job.base, job.read));
  const done = { done: true, kept: [...kept.byIndex] };
  parentPort.postMessage(done, done.kept.map(([, b]) => b.buffer));
});
