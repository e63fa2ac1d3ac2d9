const __graphguardImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/scan/scan-worker.ts
var import_node_worker_threads = require("node:worker_threads");

// src/scan/parallel.ts
var import_node_fs3 = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);

// src/builtins.ts
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)(__graphguardImportMetaUrl);

// src/scan/simd.ts
var TABLES = 0;
var BITMAP = 256;
var BITMAP_BYTES = 8192;
var DATA = BITMAP + BITMAP_BYTES;
var SLACK = 32;
var PAGE = 65536;
var BUCKETS = 8;
var WIDTH = 4;
function hash3(a, b, c) {
  return Math.imul(a | b << 8 | c << 16, 2654435761) >>> 16;
}
var EVERY_HASH = new Uint8Array(BITMAP_BYTES).fill(255);
function teddyTables(patterns) {
  let key = "";
  for (const p of patterns) key += `${String.fromCharCode(...p.subarray(0, WIDTH))}\u0100`;
  const known = tablesMemo.get(key);
  if (known) return known;
  const tables = buildTables(patterns);
  if (tablesMemo.size >= 16) tablesMemo.clear();
  tablesMemo.set(key, tables);
  return tables;
}
var tablesMemo = /* @__PURE__ */ new Map();
function buildTables(patterns) {
  let groups = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    const m = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let j = 0; j < WIDTH; j++) {
      m[2 * j] = j < p.length ? 1 << (p[j] & 15) : 65535;
      m[2 * j + 1] = j < p.length ? 1 << (p[j] >> 4) : 65535;
    }
    groups.set(String.fromCharCode(...m), m);
  }
  for (let round = 0; round < 2; round++)
    for (let j = WIDTH - 1; j >= 0; j--) {
      const o = OTHER_MASKS[j];
      const folded = /* @__PURE__ */ new Map();
      for (const m of groups.values()) {
        const key = String.fromCharCode(m[o[0]], m[o[1]], m[o[2]], m[o[3]], m[o[4]], m[o[5]]);
        const had = folded.get(key);
        if (had) for (let i = 0; i < had.length; i++) had[i] |= m[i];
        else folded.set(key, [...m]);
      }
      groups = folded;
    }
  const list = [...groups.values()];
  const n = list.length;
  const cost = list.map((m) => accept(m, m));
  const extra = new Float64Array(n * n);
  const pair = (i, j) => extra[i * n + j] = accept(list[i], list[j]) - cost[i] - cost[j];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pair(i, j);
  const live = list.map((_, i) => i);
  while (live.length > BUCKETS) {
    let best = Infinity;
    let bi = 0;
    let bj = 1;
    for (let x = 0; x < live.length; x++)
      for (let y = x + 1; y < live.length; y++) {
        const e = extra[live[x] * n + live[y]];
        if (e < best) {
          best = e;
          bi = x;
          bj = y;
        }
      }
    const into = live[bi];
    const a = list[into];
    const b = list[live[bj]];
    live.splice(bj, 1);
    for (let i = 0; i < a.length; i++) a[i] |= b[i];
    cost[into] = accept(a, a);
    for (const k of live) if (k !== into) pair(Math.min(k, into), Math.max(k, into));
  }
  const tables = new Uint8Array(WIDTH * 32);
  live.forEach((g, k) => {
    const m = list[g];
    for (let j = 0; j < WIDTH; j++)
      for (let x = 0; x < 16; x++) {
        if (m[2 * j] & 1 << x) tables[32 * j + x] |= 1 << k;
        if (m[2 * j + 1] & 1 << x) tables[32 * j + 16 + x] |= 1 << k;
      }
  });
  return tables;
}
var OTHER_MASKS = [0, 1, 2, 3].map((j) => [0, 1, 2, 3, 4, 5, 6, 7].filter((i) => i >> 1 !== j));
function accept(a, b) {
  let r = 1;
  for (let j = 0; j < WIDTH; j++) {
    const lo = a[2 * j] | b[2 * j];
    const hi = a[2 * j + 1] | b[2 * j + 1];
    if (lo === 65535 && hi === 65535) continue;
    let share = 0;
    for (let h = 0; h < 16; h++) if (hi & 1 << h) {
      for (let l = 0; l < 16; l++) if (lo & 1 << l) share += SHARE[h << 4 | l];
    }
    r *= share;
  }
  return r;
}
var SURPRISE = [
  26,
  26,
  26,
  25,
  26,
  26,
  26,
  25,
  26,
  8,
  6,
  26,
  26,
  15,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  26,
  25,
  26,
  26,
  26,
  26,
  2,
  11,
  6,
  11,
  11,
  14,
  10,
  9,
  7,
  7,
  7,
  11,
  7,
  8,
  7,
  6,
  8,
  9,
  9,
  9,
  10,
  10,
  10,
  10,
  10,
  10,
  7,
  7,
  11,
  8,
  10,
  9,
  10,
  7,
  9,
  8,
  9,
  8,
  9,
  10,
  10,
  8,
  11,
  10,
  9,
  9,
  9,
  9,
  9,
  11,
  9,
  8,
  8,
  10,
  11,
  10,
  12,
  11,
  13,
  9,
  10,
  9,
  14,
  7,
  9,
  5,
  7,
  5,
  6,
  4,
  7,
  6,
  6,
  5,
  10,
  8,
  5,
  6,
  5,
  4,
  6,
  10,
  5,
  5,
  4,
  6,
  8,
  8,
  8,
  7,
  10,
  8,
  9,
  8,
  16,
  25,
  ...Array(128).fill(13)
];
var SHARE = SURPRISE.map((s) => 2 ** -s);
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
  i32GtU: [75],
  i32Eqz: [69],
  i32Add: [106],
  i32Sub: [107],
  i32And: [113],
  i32Mul: [108],
  i32ShrU: [118],
  i32Ctz: [104],
  /** i32.load8_u with a constant offset. */
  load8: (offset) => [45, 0, ...leb(offset)],
  /** i32.load (alignment hint 1: unaligned) with a constant offset. */
  load32: (offset) => [40, 0, ...leb(offset)],
  /** v128.load with alignment hint 1 (unaligned) and a constant offset. */
  load: (offset) => [253, 0, 0, ...leb(offset)],
  v128: (bytes) => [253, 12, ...bytes],
  swizzle: [253, 14],
  ne: [253, 36],
  and: [253, 78],
  anyTrue: [253, 83],
  bitmask: [253, 100],
  shrU: [253, 109],
  or: [253, 80],
  allTrue: [253, 99],
  i8Sub: [253, 113],
  i8LtU: [253, 38],
  /** i8x16.shuffle: sixteen lane indices into the two operands (0-15 the first, 16-31 the second). */
  shuffle: (lanes) => [253, 13, ...lanes],
  i16ShrU: [253, 141, 1],
  /** i8x16.relaxed_swizzle (relaxed SIMD, 0x100). */
  relaxedSwizzle: [253, 128, 2]
};
var splat = (x) => op.v128(new Array(16).fill(x));
function hexBlockBody() {
  const P = 0;
  const END = 1;
  const V = 2;
  const b = [];
  b.push(...op.get(P), ...op.i32(15), ...op.i32Add, ...op.i32(-16), ...op.i32And, ...op.set(P));
  b.push(...op.block, ...op.loop);
  b.push(...op.get(P), ...op.i32(16), ...op.i32Add, ...op.get(END), ...op.i32GtU, ...op.brIf(1));
  b.push(...op.get(P), ...op.load(0), ...op.set(V));
  b.push(...op.get(V), ...splat(48), ...op.i8Sub, ...splat(10), ...op.i8LtU);
  b.push(...op.get(V), ...splat(32), ...op.or, ...splat(97), ...op.i8Sub, ...splat(6), ...op.i8LtU);
  b.push(...op.or, ...op.allTrue, ...op.if, ...op.get(P), ...op.return, ...op.end);
  b.push(...op.get(P), ...op.i32(16), ...op.i32Add, ...op.set(P), ...op.br(0));
  b.push(...op.end, ...op.end);
  b.push(...op.i32(-1), ...op.end);
  return [1, ...leb(1), V128, ...b];
}
function nextBody(relaxed) {
  const P = 0;
  const END = 1;
  const table = (j, high) => 2 + 2 * j + (high ? 1 : 0);
  const NIB = 10;
  const V = 11;
  const LO = 12;
  const HI = 13;
  const R = [14, 15, 16, 17];
  const PREV = [18, 19, 20];
  const C = 21;
  const BITS = 22;
  const Q = 23;
  const H = 24;
  const swizzle = relaxed ? op.relaxedSwizzle : op.swizzle;
  const shifted = (k) => op.shuffle(Array.from({ length: 16 }, (_, i) => 16 - k + i));
  const body = [];
  for (let j = 0; j < WIDTH; j++)
    for (const high of [false, true]) body.push(...op.i32(TABLES), ...op.load(32 * j + (high ? 16 : 0)), ...op.set(table(j, high)));
  body.push(...op.v128(new Array(16).fill(15)), ...op.set(NIB));
  body.push(...op.block, ...op.loop);
  body.push(...op.get(P), ...op.get(END), ...op.i32(WIDTH - 1), ...op.i32Add, ...op.i32GeU, ...op.brIf(1));
  body.push(...op.get(P), ...op.load(0), ...op.tee(V), ...op.get(NIB), ...op.and, ...op.set(LO));
  body.push(...op.get(V), ...op.i32(4), ...op.i16ShrU, ...op.get(NIB), ...op.and, ...op.set(HI));
  for (let j = 0; j < WIDTH; j++)
    body.push(...op.get(table(j, false)), ...op.get(LO), ...swizzle, ...op.get(table(j, true)), ...op.get(HI), ...swizzle, ...op.and, ...op.set(R[j]));
  body.push(...op.get(R[WIDTH - 1]));
  for (let j = WIDTH - 2; j >= 0; j--) body.push(...op.get(PREV[j]), ...op.get(R[j]), ...shifted(WIDTH - 1 - j), ...op.and);
  body.push(...op.set(C));
  for (let j = 0; j < WIDTH - 1; j++) body.push(...op.get(R[j]), ...op.set(PREV[j]));
  body.push(...op.get(C), ...op.anyTrue, ...op.if);
  body.push(...op.get(C), ...op.v128(new Array(16).fill(0)), ...op.ne, ...op.bitmask, ...op.set(BITS));
  body.push(...op.block, ...op.loop);
  body.push(...op.get(BITS), ...op.i32Eqz, ...op.brIf(1));
  body.push(...op.get(P), ...op.get(BITS), ...op.i32Ctz, ...op.i32Add, ...op.i32(WIDTH - 1), ...op.i32Sub, ...op.set(Q));
  body.push(...op.get(Q), ...op.load32(0), ...op.i32(16777215), ...op.i32And);
  body.push(...op.i32(2654435761 | 0), ...op.i32Mul, ...op.i32(16), ...op.i32ShrU, ...op.set(H));
  body.push(...op.get(H), ...op.i32(3), ...op.i32ShrU, ...op.load8(BITMAP));
  body.push(...op.get(H), ...op.i32(7), ...op.i32And, ...op.i32ShrU, ...op.i32(1), ...op.i32And, ...op.if);
  body.push(...op.get(Q), ...op.return);
  body.push(...op.end);
  body.push(...op.get(BITS), ...op.get(BITS), ...op.i32(1), ...op.i32Sub, ...op.i32And, ...op.set(BITS), ...op.br(0));
  body.push(...op.end, ...op.end);
  body.push(...op.end);
  body.push(...op.get(P), ...op.i32(16), ...op.i32Add, ...op.set(P), ...op.br(0));
  body.push(...op.end, ...op.end);
  body.push(...op.i32(-1), ...op.end);
  return [2, ...leb(20), V128, ...leb(3), I32, ...body];
}
function moduleBytes(relaxed) {
  const func = nextBody(relaxed);
  const hex = hexBlockBody();
  const code = [2, ...leb(func.length), ...func, ...leb(hex.length), ...hex];
  return new Uint8Array([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    // One type, (i32 i32) \u2192 i32, for next and hexBlock.
    ...section(1, [1, 96, 2, I32, I32, 1, I32]),
    ...section(3, [2, 0, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [3, ...name("next"), 0, 0, ...name("hexBlock"), 0, 1, ...name("mem"), 2, 0]),
    ...section(10, code)
  ]);
}
var shared;
var compiled;
function simdModule() {
  if (compiled === void 0) {
    compiled = null;
    const wasm = globalThis.WebAssembly;
    for (const relaxed of [true, false]) {
      try {
        if (wasm) compiled = new wasm.Module(moduleBytes(relaxed));
        break;
      } catch {
      }
    }
  }
  return compiled ?? void 0;
}
function adoptSimdModule(m) {
  if (compiled === void 0) compiled = m;
}
function instance() {
  if (shared !== void 0) return shared;
  shared = null;
  const wasm = globalThis.WebAssembly;
  try {
    const module2 = simdModule();
    if (wasm && module2) {
      const exports2 = new wasm.Instance(module2, {}).exports;
      shared = { exports: exports2, owner: void 0, bitmap: void 0, buffer: exports2.mem.buffer, view: void 0 };
    }
  } catch {
  }
  return shared;
}
function simdDataIfLive(size) {
  return shared ? simdData(size) : void 0;
}
function simdData(size) {
  const inst = instance();
  if (!inst) return void 0;
  const need = DATA + size + SLACK;
  if (inst.buffer.byteLength < need) {
    const memory = inst.exports.mem;
    memory.grow(Math.ceil((need - inst.buffer.byteLength) / PAGE));
    inst.buffer = memory.buffer;
  }
  const view = inst.view;
  if (view !== void 0 && view.length === size && view.buffer === inst.buffer) return view;
  return inst.view = Buffer.from(inst.buffer, DATA, size);
}
function simdScanner(tables, bitmap = EVERY_HASH) {
  const inst = instance();
  if (!inst) return void 0;
  if (bitmap.length !== BITMAP_BYTES) throw new RangeError(`a scanner's bitmap is ${BITMAP_BYTES} bytes`);
  return new Scanner(inst, Uint8Array.from(tables), bitmap);
}
var Scanner = class {
  constructor(inst, own, bitmap) {
    this.inst = inst;
    this.own = own;
    this.bitmap = bitmap;
  }
  inst;
  own;
  bitmap;
  use() {
    const inst = this.inst;
    if (inst.owner === this) return;
    new Uint8Array(inst.buffer, TABLES, this.own.length).set(this.own);
    inst.owner = this;
    if (inst.bitmap === this.bitmap) return;
    new Uint8Array(inst.buffer, BITMAP, BITMAP_BYTES).set(this.bitmap);
    inst.bitmap = this.bitmap;
  }
  next(from, end) {
    const r = this.inst.exports.next(DATA + from, DATA + end);
    return r === -1 ? -1 : r - DATA;
  }
  holds(b) {
    return b.buffer === this.inst.buffer && b.byteOffset === DATA;
  }
};
function simdHexBlocks(b) {
  const inst = shared;
  if (!inst || b.buffer !== inst.buffer || b.byteOffset !== DATA) return void 0;
  const { hexBlock } = inst.exports;
  const end = DATA + b.length;
  return (from) => {
    const r = hexBlock(DATA + from, end);
    return r === -1 ? -1 : r - DATA;
  };
}

// src/scan/prefilter.ts
var ALWAYS = () => true;
var NEVER = () => false;
function compileNeedles(needles, opts = {}) {
  if (needles === void 0) return ALWAYS;
  return compile({ any: [...needles] }, opts.simd === true);
}
var compiled2 = [/* @__PURE__ */ new WeakMap(), /* @__PURE__ */ new WeakMap()];
function compile(n, simd = false) {
  const memo = compiled2[simd ? 1 : 0];
  let test = memo.get(n);
  if (test === void 0) memo.set(n, test = compileNew(n, simd));
  return test;
}
function compileNew(n, simd) {
  if ("any" in n) {
    const tests = n.any.map((m) => compile(m));
    if (tests.includes(ALWAYS)) return ALWAYS;
    const live = n.any.filter((_, i) => tests[i] !== NEVER);
    if (live.length === 0) return NEVER;
    if (live.length === 1) return compile(live[0]);
    return fusedHexRuns(live) ?? anyTest(live, simd);
  }
  if ("all" in n) {
    const tests = n.all.map((m) => compile(m));
    if (tests.includes(NEVER)) return NEVER;
    const live = tests.filter((t) => t !== ALWAYS);
    if (live.length === 0) return ALWAYS;
    if (live.length === 1) return live[0];
    return (b) => live.every((t) => t(b));
  }
  if ("text" in n) return textTest(n.text, n.before, n.after, n.alnumAfter, n.version === true, n.wordStart === true);
  if ("digitsBefore" in n) return digitsBeforeTest(n.digitsBefore, n.separators);
  if ("hexRun" in n) return n.near ? hexRunNearTest(n.hexRun, n.near.texts, n.near.within) : hexRunTest(n.hexRun);
  if ("caseless" in n) return caselessTest(n.caseless, n.bounded === true);
  return ALWAYS;
}
var LETTER = new Uint8Array(256);
for (let c = 65; c <= 90; c++) LETTER[c] = LETTER[c + 32] = 1;
function caselessTest(text, bounded) {
  if (text.length === 0 || !isAscii(text)) return ALWAYS;
  const lower = Buffer.from(text.toLowerCase(), "latin1");
  const upper = Buffer.from(text.toUpperCase(), "latin1");
  const firsts = lower[0] === upper[0] ? [lower[0]] : [lower[0], upper[0]];
  return (b) => {
    for (const first of firsts)
      for (let p = b.indexOf(first); p !== -1; p = b.indexOf(first, p + 1)) if (caselessAt(b, p, lower, upper, bounded)) return true;
    return false;
  };
}
function caselessAt(b, at, lower, upper, bounded) {
  const end = at + lower.length;
  if (end > b.length) return false;
  for (let k = 1; k < lower.length; k++) {
    const c = b[at + k];
    if (c !== lower[k] && c !== upper[k]) return false;
  }
  return !bounded || (at === 0 || LETTER[b[at - 1]] !== 1) && (end === b.length || LETTER[b[end]] !== 1);
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
function textTest(text, before, after, alnumAfter = 0, version = false, word = false) {
  if (text.length === 0) return ALWAYS;
  if (/[\uFFFD\uD800-\uDFFF]/.test(text)) return ALWAYS;
  const needle = Buffer.from(text, "utf8");
  const ascii = isAscii(text);
  const pre = ascii ? codeSet(before) : void 0;
  const post = ascii ? codeSet(after) : void 0;
  if (!pre && !post && alnumAfter <= 0 && !version && !word) return (b) => b.indexOf(needle) !== -1;
  const at = {
    len: needle.length,
    ...pre ? { pre } : {},
    ...post ? { post } : {},
    ...alnumAfter > 0 ? { run: alnumAfter } : {},
    ...version ? { version: true } : {},
    ...word ? { word: true } : {}
  };
  return (b) => {
    for (let p = b.indexOf(needle); p !== -1; p = b.indexOf(needle, p + 1)) if (holdsAround(b, p, at)) return true;
    return false;
  };
}
var ALNUM = new Uint8Array(256);
for (const c of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ALNUM[c.charCodeAt(0)] = 1;
function holdsAround(b, start, c) {
  if (c.pre && (start === 0 || c.pre[b[start - 1]] !== 1)) return false;
  if (c.post && (start + c.len >= b.length || c.post[b[start + c.len]] !== 1)) return false;
  if (c.run !== void 0 && !alnumRun(b, start + c.len, c.run)) return false;
  if (c.word && !wordStartAt(b, start)) return false;
  return !c.version || versionAt(b, start + c.len);
}
function wordStartAt(b, at) {
  if (at === 0) return true;
  const c = b[at - 1];
  if (c === 43 || c === 47) return false;
  if (ALNUM[c] !== 1) return true;
  if (at >= 3 && b[at - 3] === 37 && HEX[b[at - 2]] === 1 && HEX[c] === 1) return true;
  if (at >= 5 && b[at - 5] === 37 && b[at - 4] === 50 && b[at - 3] === 53 && HEX[b[at - 2]] === 1 && HEX[c] === 1) return true;
  if (at >= 3 && b[at - 3] === 61 && UPPER_HEX[b[at - 2]] === 1 && UPPER_HEX[c] === 1) return true;
  if (at >= 2 && b[at - 2] === 92 && (c === 110 || c === 114 || c === 116)) return true;
  if (at >= 4 && b[at - 4] === 92 && b[at - 3] === 120 && HEX[b[at - 2]] === 1 && HEX[c] === 1) return true;
  return at >= 6 && b[at - 6] === 92 && b[at - 5] === 117 && HEX[b[at - 4]] === 1 && HEX[b[at - 3]] === 1 && HEX[b[at - 2]] === 1 && HEX[c] === 1;
}
function versionAt(b, at) {
  let k = at;
  while (k < b.length && k - at < 3 && b[k] >= 48 && b[k] <= 57) k++;
  return k > at && k + 1 < b.length && b[k] === 46 && b[k + 1] >= 48 && b[k + 1] <= 57;
}
function alnumRun(b, at, min) {
  if (at + min > b.length) return false;
  for (let k = at; k < at + min; k++) if (ALNUM[b[k]] !== 1) return false;
  return true;
}
var DIGIT = new Uint8Array(256);
for (let c = 48; c <= 57; c++) DIGIT[c] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
var UPPER_HEX = new Uint8Array(256);
for (const c of "0123456789ABCDEF") UPPER_HEX[c.charCodeAt(0)] = 1;
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
function hexRun(b, length, near) {
  const n = b.length;
  const blocks = length >= 31 ? simdHexBlocks(b) : void 0;
  if (blocks) {
    for (let q = blocks(0); q !== -1; ) {
      let s = q;
      while (s > 0 && HEX[b[s - 1]] === 1) s--;
      let e = q + 16;
      while (e < n && HEX[b[e]] === 1) e++;
      if (e - s === length && (!near || near(s))) return true;
      q = e < n ? blocks(e + 1) : -1;
    }
    return false;
  }
  for (let i = length - 1; i < n; i += length) {
    if (HEX[b[i]] !== 1) continue;
    let e = i + 1;
    while (e < n && e - i <= length && HEX[b[e]] === 1) e++;
    if (e - i <= length) {
      let s = i;
      while (s > 0 && e - s <= length && HEX[b[s - 1]] === 1) s--;
      if (e - s === length && (!near || near(s))) return true;
    } else {
      while (e < n && HEX[b[e]] === 1) e++;
    }
    while (i + length < e) i += length;
  }
  return false;
}
function hexRunNearTest(length, texts, within) {
  if (length < 1) return ALWAYS;
  if (!texts.every((t) => t.length > 0 && isAscii(t))) return hexRunTest(length);
  const ends = texts.map((t) => Buffer.from(t, "latin1"));
  return (b) => hexRun(b, length, (start) => endsBefore(b, start, ends, within));
}
function fusedHexRuns(parts) {
  const first = parts[0];
  if (!("hexRun" in first) || first.hexRun < 1) return void 0;
  const length = first.hexRun;
  const nears = [];
  for (const p of parts) {
    if (!("hexRun" in p) || p.hexRun !== length) return void 0;
    const near = p.near;
    if (!near?.texts.every((t) => t.length > 0 && isAscii(t))) return hexRunTest(length);
    nears.push({ ends: near.texts.map((t) => Buffer.from(t, "latin1")), within: near.within });
  }
  return (b) => hexRun(b, length, (start) => nears.some((n) => endsBefore(b, start, n.ends, n.within)));
}
function endsBefore(b, start, texts, within) {
  let counted = 0;
  for (let k = start; k > 0 && counted <= within; k--) {
    for (const t of texts) if (k >= t.length && startsWith(b, k - t.length, t)) return true;
    const c = b[k - 1];
    if (c < 128 && SPACE[c] !== 1) counted++;
  }
  return false;
}
var SPACE = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) SPACE[c] = 1;
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
function patternsOf(n) {
  if (!("text" in n)) return void 0;
  if (n.text.length === 0 || /[\uFFFD\uD800-\uDFFF]/.test(n.text) || !isAscii(n.text)) return void 0;
  const bytes = Buffer.from(n.text, "latin1");
  const pre = codeSet(n.before);
  const post = codeSet(n.after);
  if (n.before !== void 0 && !pre || n.after !== void 0 && !post) return void 0;
  const base = {
    len: bytes.length,
    ...n.alnumAfter !== void 0 && n.alnumAfter > 0 ? { run: n.alnumAfter } : {},
    ...n.version ? { version: true } : {},
    ...n.wordStart ? { word: true } : {}
  };
  if (bytes.length >= 3) return [{ bytes, lead: 0, ...base, ...pre ? { pre } : {}, ...post ? { post } : {} }];
  if (bytes.length === 2 && n.after !== void 0)
    return [...new Set(n.after)].map((c) => ({ bytes: Buffer.concat([bytes, Buffer.from(c, "latin1")]), lead: 0, ...base, ...pre ? { pre } : {} }));
  if (bytes.length === 2 && n.before !== void 0)
    return [...new Set(n.before)].map((c) => ({ bytes: Buffer.concat([Buffer.from(c, "latin1"), bytes]), lead: 1, ...base }));
  return void 0;
}
function exactPatterns(n) {
  if ("any" in n) {
    const out = everyPart(n.any, exactPatterns);
    return out?.length ? out : void 0;
  }
  return patternsOf(n);
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
function triggersOf(n) {
  if ("all" in n) {
    for (const part of n.all) {
      const t = triggersOf(part);
      if (t) return t;
    }
    return void 0;
  }
  if ("any" in n) return everyPart(n.any, triggersOf);
  if ("digitsBefore" in n) return digitTriggers(n);
  return patternsOf(n);
}
function digitTriggers(n) {
  if (n.digitsBefore < 2 || !n.separators.every((x) => x.length > 0 && isAscii(x))) return void 0;
  const out = [];
  for (const first of new Set(n.separators.map((x) => x.charCodeAt(0))))
    for (let d = 0; d < 100; d++) out.push({ bytes: Uint8Array.of(48 + Math.floor(d / 10), 48 + d % 10, first), lead: 0, len: 3 });
  return out;
}
function digitPatterns(n) {
  if (!("digitsBefore" in n)) return void 0;
  const t = digitTriggers(n);
  const seps = n.separators.map((x) => Buffer.from(x, "latin1"));
  for (const p of t ?? []) {
    p.digits = n.digitsBefore;
    p.seps = seps;
  }
  return t;
}
function anyTest(live, useSimd) {
  const run = onePass(live.map((needle) => ({ needle, list: 0 })), useSimd);
  if (!run) {
    const tests = live.map((m) => compile(m));
    return (b) => tests.some((t) => t(b));
  }
  const matched = new Uint8Array(1);
  return (b) => {
    matched[0] = 0;
    return run(b, matched, 1);
  };
}
function onePass(items, useSimd) {
  const finals = [];
  const triggers = [];
  const checks = [];
  const direct = [];
  for (const { needle, list } of items) {
    const plan = planOf(needle);
    if (plan.test === void 0) for (const p of plan.patterns) finals.push(shaped(p, list, -1));
    else if (plan.patterns.length === 0) direct.push({ test: plan.test, list });
    else {
      const group = checks.length;
      for (const p of plan.patterns) triggers.push(shaped(p, -1, group));
      checks.push({ test: plan.test, group, list });
    }
  }
  if (finals.length + triggers.length < 2) return void 0;
  const all = [...finals, ...triggers];
  const bitmap = new Uint8Array(BITMAP_BYTES);
  const buckets = /* @__PURE__ */ new Map();
  for (const p of all) {
    const k = p.skip;
    const h = hash3(p.bytes[k], p.bytes[k + 1], p.bytes[k + 2]);
    bitmap[h >>> 3] |= 1 << (h & 7);
    let list = buckets.get(h);
    if (!list) buckets.set(h, list = []);
    list.push(p);
  }
  const index = new Int32Array(65536);
  const lists = [[]];
  for (const [h, list] of buckets) index[h] = lists.push(list) - 1;
  const seen = new Uint8Array(checks.length);
  const windows = (list) => teddyTables(list.map((p) => p.bytes.subarray(p.skip)));
  let simd = useSimd ? void 0 : null;
  const rest = /* @__PURE__ */ new Map();
  const without = (seen2) => {
    let key = 0;
    if (seen2.length <= 30) for (let g = 0; g < seen2.length; g++) key |= seen2[g] << g;
    else key = seen2.join("");
    let s = rest.get(key);
    if (s === void 0) {
      const live = all.filter((p) => p.group === -1 || seen2[p.group] === 0);
      rest.set(key, s = live.length > 0 ? simdScanner(windows(live), bitmap) ?? null : null);
    }
    return s;
  };
  return (b, matched, open) => {
    seen.fill(0);
    if (simd === void 0 && b.length >= SIMD_FIRST_BYTES) simd = simdScanner(windows(all), bitmap) ?? null;
    const pass = { bitmap, index, lists, seen, without, matched, open };
    if (simd && b.length >= SIMD_MIN_BYTES ? simdPatterns(simd, b, pass) : scanPatterns(b, pass)) return true;
    for (const d of direct) if (matched[d.list] === 0 && d.test(b) && mark(pass, d.list)) return true;
    for (const c of checks) if (seen[c.group] === 1 && matched[c.list] === 0 && c.test(b) && mark(pass, c.list)) return true;
    return false;
  };
}
var SIMD_MIN_BYTES = 16;
var SIMD_FIRST_BYTES = 1024;
function simdPatterns(s, b, pass) {
  const n = b.length;
  if (n < 3) return false;
  if (!s.holds(b)) simdData(n).set(b);
  s.use();
  const { index, lists } = pass;
  let scanner = s;
  const last = n - 3;
  for (let p = scanner.next(0, n); p !== -1 && p <= last; p = scanner.next(p + 1, n)) {
    const h = hash3(b[p], b[p + 1], b[p + 2]);
    const r = verifyAt(b, p, lists[index[h]], pass);
    if (r === FOUND) return true;
    if (r === 0) continue;
    const next = pass.without(pass.seen);
    if (!next) return false;
    scanner = next;
    scanner.use();
  }
  return false;
}
function scanPatterns(b, pass) {
  const n = b.length;
  if (n < 3) return false;
  const { bitmap, index, lists } = pass;
  let x = b[0];
  let y = b[1];
  for (let i = 2; i < n; i++) {
    const z = b[i];
    const h = hash3(x, y, z);
    x = y;
    y = z;
    if ((bitmap[h >>> 3] & 1 << (h & 7)) === 0) continue;
    if (verifyAt(b, i - 2, lists[index[h]], pass) === FOUND) return true;
  }
  return false;
}
function mark(pass, list) {
  pass.matched[list] = 1;
  return --pass.open === 0;
}
var FOUND = -1;
function verifyAt(b, at, list, pass) {
  let marked = 0;
  for (let k = 0; k < list.length; k++) {
    const p = list[k];
    const from = at - p.skip;
    if (from < 0 || !startsWith(b, from, p.bytes)) continue;
    const start = from + p.lead;
    if (!holdsAround(b, start, p)) continue;
    if (p.digits !== void 0 && !digitsEndBefore(b, from + 2, p.digits, p.seps)) continue;
    if (p.group === -1) {
      if (pass.matched[p.list] === 0 && mark(pass, p.list)) return FOUND;
    } else if (pass.seen[p.group] === 0) {
      pass.seen[p.group] = 1;
      marked++;
    }
  }
  return marked;
}
var plans = /* @__PURE__ */ new WeakMap();
function planOf(n) {
  let plan = plans.get(n);
  if (plan) return plan;
  plan = makePlan(n);
  for (const p of plan.patterns) p.skip = rarestWindow(p.bytes);
  plans.set(n, plan);
  return plan;
}
function makePlan(n) {
  const own = patternsOf(n) ?? digitPatterns(n);
  if (own) return { patterns: own };
  if ("all" in n) {
    const exact = n.all.map(exactPatterns);
    const k = exact.findIndex((p) => p !== void 0);
    if (k !== -1) return { patterns: exact[k], test: compile({ all: n.all.filter((_, j) => j !== k) }) };
  }
  return { patterns: triggersOf(n) ?? [], test: compile(n) };
}
function shaped(p, list, group) {
  return {
    bytes: p.bytes,
    skip: p.skip,
    list,
    group,
    lead: p.lead,
    len: p.len,
    pre: p.pre,
    post: p.post,
    run: p.run,
    version: p.version,
    word: p.word,
    digits: p.digits,
    seps: p.seps
  };
}
function rarestWindow(bytes) {
  let best = 0;
  let bestScore = -1;
  for (let k = 0; k + 3 <= bytes.length; k++) {
    const score = SURPRISE[bytes[k]] + SURPRISE[bytes[k + 1]] + SURPRISE[bytes[k + 2]];
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

// src/scan/read.ts
var import_node_fs = require("node:fs");
var import_node_fs2 = require("node:fs");
var DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
var DEFAULT_OVERLAP = 4 * 1024;
var BINARY_SNIFF_BYTES = 8 * 1024;
var ByteReader = class {
  /**
   * With `alloc`, each file is read into the buffer `alloc(size)` returns (the SIMD prefilter's memory,
   * so that its bytes are not copied again); where it returns undefined (or without it), into one
   * buffer this reader reuses.
   */
  constructor(opts = {}, alloc) {
    this.opts = opts;
    this.alloc = alloc;
  }
  opts;
  alloc;
  buf = Buffer.allocUnsafe(64 * 1024);
  /**
   * One lstat (where O_NOFOLLOW is missing), open, read and close; a second read, which returns
   * nothing, says the file ended. No fstat: a read tells a regular file's size as well, and skipping
   * it saves a system call and a Stats object per file (some 25 ms over the bench tree's 16,000
   * files). Only an empty read, a full buffer or an error asks fstat what the path is: a directory (a
   * submodule), a FIFO or a device is 'unreadable' with `notRegular`, as before. 'stream': a file of
   * `chunkBytes` or more, or an odd case (EACCES, a file that grew) for `loadSource`/`readSource`.
   * Opened with O_NONBLOCK, so a file swapped for a FIFO after listing cannot block. `onOpen` is called
   * with the open descriptor before the first read (the scan cache's fstat: scan-cache.ts) and may return
   * the file's size, which saves the read that would say the file ended. `sizeHint` (the size git's
   * index recorded, -1 if none) saves it too: a read shorter than asked stops only at a regular file's
   * end, and one that ends where the index says the file ends is taken as the end. A file whose size
   * changed since it was staged is read until a read returns nothing, as without a hint (a wrong hint
   * costs the read it did not save, never a byte: only a short read can stop at it).
   */
  read(absPath, onOpen, sizeHint = -1) {
    const chunkBytes = Math.floor(this.opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    const noFollow = import_node_fs.constants.O_NOFOLLOW;
    if (noFollow === void 0) {
      try {
        const st = (0, import_node_fs2.lstatSync)(absPath);
        if (st.isSymbolicLink()) return { kind: "symlink" };
        if (!st.isFile()) return { kind: "unreadable", notRegular: true };
      } catch (err) {
        return { kind: err.code === "ENOENT" ? "missing" : "unreadable" };
      }
    }
    let fd;
    try {
      try {
        fd = (0, import_node_fs2.openSync)(absPath, import_node_fs.constants.O_RDONLY | (noFollow ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0));
      } catch (err) {
        const code = err.code;
        if (code === "ELOOP") return { kind: "symlink" };
        if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
        return "stream";
      }
      const want = chunkBytes;
      let buf = this.alloc?.(want);
      if (!buf) {
        if (this.buf.length < want) this.buf = Buffer.allocUnsafe(want);
        buf = this.buf;
      }
      const head = Math.min(want, HEAD_BYTES);
      const known = onOpen ? onOpen(fd) : -1;
      let n = 0;
      try {
        for (; ; ) {
          const ask = (n < head ? head : want) - n;
          const bytesRead = (0, import_node_fs2.readSync)(fd, buf, n, ask, n);
          if (bytesRead === 0) break;
          n += bytesRead;
          if (n === head && head < want && buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return binary(buf.subarray(0, n));
          if (n === want) return regular(fd) ? "stream" : NOT_REGULAR;
          if (n === known || n === sizeHint && bytesRead < ask) break;
        }
      } catch {
        return regular(fd) ? "stream" : NOT_REGULAR;
      }
      if (n === 0 && !regular(fd)) return NOT_REGULAR;
      const bytes = buf.subarray(0, n);
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return binary(bytes);
      return { kind: "text", bytes };
    } catch {
      return "stream";
    } finally {
      if (fd !== void 0) {
        try {
          (0, import_node_fs2.closeSync)(fd);
        } catch {
        }
      }
    }
  }
};
var NOT_REGULAR = Object.freeze({ kind: "unreadable", notRegular: true });
var BINARY = Object.freeze({ kind: "binary" });
var BINARY_TOKEN = Object.freeze({ kind: "binary", token: true });
var HEX_BYTE = new Uint8Array(256);
for (const c of "0123456789ABCDEFabcdef") HEX_BYTE[c.charCodeAt(0)] = 1;
function escapeBefore(b, at) {
  const hex = (i) => HEX_BYTE[b[i]] === 1;
  if (at >= 3 && (b[at - 3] === 37 || b[at - 3] === 61) && hex(at - 2) && hex(at - 1)) return true;
  if (at >= 2 && b[at - 2] === 92 && (b[at - 1] === 110 || b[at - 1] === 114 || b[at - 1] === 116)) return true;
  if (at >= 4 && b[at - 4] === 92 && b[at - 3] === 120 && hex(at - 2) && hex(at - 1)) return true;
  return at >= 6 && b[at - 6] === 92 && b[at - 5] === 117 && hex(at - 4) && hex(at - 3) && hex(at - 2) && hex(at - 1);
}
function binary(bytes) {
  return tokenShaped(bytes.subarray(0, TOKEN_SNIFF_BYTES)) ? BINARY_TOKEN : BINARY;
}
var TOKEN_SNIFF_BYTES = 64 * 1024;
var TOKEN_PREFIXES = ["EAA", "IGAA", "IGQV", "IGQW", "THAA", "THQV", "THQW"].map((p) => Buffer.from(p, "latin1"));
var TOKEN_BODY = 32;
var TOKEN_BODY_MAX = 1024;
var TOKEN_BYTE = new Uint8Array(256);
for (const c of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") TOKEN_BYTE[c.charCodeAt(0)] = 1;
TOKEN_BYTE[43] = TOKEN_BYTE[47] = 2;
function tokenShaped(b) {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  for (const p of TOKEN_PREFIXES) {
    for (let at = buf.indexOf(p); at !== -1; at = buf.indexOf(p, at + 1)) {
      if (at > 0 && TOKEN_BYTE[buf[at - 1]] !== 0 && !escapeBefore(buf, at)) continue;
      let end = at + p.length;
      let classes = 0;
      const stop = Math.min(buf.length, end + TOKEN_BODY_MAX + 1);
      for (; end < stop && TOKEN_BYTE[buf[end]] === 1; end++) {
        const c = buf[end];
        classes |= c <= 57 ? 4 : c <= 90 ? 1 : 2;
      }
      const body = end - at - p.length;
      if (body >= TOKEN_BODY && body <= TOKEN_BODY_MAX && classes === 7 && (end === buf.length || TOKEN_BYTE[buf[end]] === 0)) return true;
    }
  }
  return false;
}
var HEAD_BYTES = 64 * 1024;
function regular(fd) {
  try {
    return (0, import_node_fs2.fstatSync)(fd).isFile();
  } catch {
    return false;
  }
}
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

// src/scan/cache-status.ts
var FIELDS = 5;
function slotOf(dev, ino, mask) {
  const lo = ino % 4294967296 | 0;
  const hi = Math.floor(ino / 4294967296) | 0;
  return (Math.imul(lo ^ Math.imul(hi, 2246822507), 2654435761) ^ Math.imul(dev % 4294967296 | 0, 3266489909)) & mask;
}
function cachedVerdict(arrays, st) {
  return verdictOf(arrays, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
}
function verdictOf(arrays, dev, ino, size, mtimeMs, ctimeMs) {
  const r = recordOf(arrays, dev, ino, size, mtimeMs, ctimeMs);
  return r === -1 ? 0 : arrays.prevCodes[r];
}
function recordOf(arrays, dev, ino, size, mtimeMs, ctimeMs) {
  const table = arrays.table;
  const stats = arrays.prevStats;
  if (!table || !stats) return -1;
  const mask = table.length - 1;
  for (let s = slotOf(dev, ino, mask); ; s = s + 1 & mask) {
    const r = table[s];
    if (r === 0) return -1;
    const at = (r - 1) * FIELDS;
    if (stats[at] !== dev || stats[at + 1] !== ino) continue;
    const same = stats[at + 2] === size && stats[at + 3] === mtimeMs && stats[at + 4] === ctimeMs && stats[at + 4] !== 0;
    return same ? r - 1 : -1;
  }
}
function noteStatus(arrays, i, st) {
  noteFields(arrays, i, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
}
function noteFields(arrays, i, dev, ino, size, mtimeMs, ctimeMs) {
  const newest = Math.max(mtimeMs, ctimeMs);
  const wholeSeconds = mtimeMs % 1e3 === 0 && ctimeMs % 1e3 === 0;
  if (!(newest < (wholeSeconds ? arrays.racyBeforeWholeSeconds : arrays.racyBefore)) || ctimeMs === 0) return;
  const at = i * FIELDS;
  arrays.nextStats[at] = dev;
  arrays.nextStats[at + 1] = ino;
  arrays.nextStats[at + 2] = size;
  arrays.nextStats[at + 3] = mtimeMs;
  arrays.nextStats[at + 4] = ctimeMs;
}

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
  Gone: 6,
  /** Binary, and its head holds a Meta token's shape (read.ts tokenShaped): named whatever its name. Not cached. */
  BinaryToken: 7
};
var LARGE_TEST_BYTES = 16 * 1024 * 1024;
var KEEP_BUDGET_BYTES = 64 * 1024 * 1024;
var KEEP_FILE_BYTES = 128 * 1024;
var Kept = class {
  constructor(budget = KEEP_BUDGET_BYTES, fileBytes = KEEP_FILE_BYTES) {
    this.budget = budget;
    this.fileBytes = fileBytes;
  }
  budget;
  fileBytes;
  byIndex = /* @__PURE__ */ new Map();
  bytes = 0;
  keep(index, bytes) {
    if (bytes.length > this.fileBytes || this.bytes + bytes.length > this.budget) return;
    this.bytes += bytes.length;
    this.byIndex.set(index, Uint8Array.prototype.slice.call(bytes));
  }
};
function classifier(needles, kept, base = "", counter, cache, sizes, simdEarly = true) {
  let test;
  const union = (b) => (test ??= needles.some((n) => n === void 0) ? ALWAYS : compileNeedles(needles.flatMap((n) => n), { simd: true }))(b);
  let reader;
  const newReader = () => new ByteReader({ chunkBytes: LARGE_TEST_BYTES }, simdEarly ? simdData(0) ? (size) => simdData(size) : void 0 : simdDataIfLive);
  let unreported = 0;
  let at = 0;
  const onOpen = cache ? (fd) => {
    try {
      const st = (0, import_node_fs3.fstatSync)(fd);
      if (!st.isFile()) return -1;
      noteStatus(cache, at, st);
      return st.size;
    } catch {
      return -1;
    }
  } : void 0;
  const known = cache?.known;
  const relative = base !== "" && base === cwdBase();
  return (file, index) => {
    if (known && known[index] !== 0) return known[index];
    const abs = typeof file === "string" ? relative && !import_node_path.default.isAbsolute(file) ? file : base + file : file;
    if (cache?.table && !cache.lookedUp) {
      const cached = cacheHit(cache, abs, index);
      if (cached !== 0) return cached;
    }
    at = index;
    const r = (reader ??= newReader()).read(abs, onOpen, sizes ? sizes[index] : -1);
    if (r === "stream") return ScanCode.Look;
    if (r.kind === "text") {
      const bytes = r.bytes;
      if (counter) {
        unreported += bytes.length;
        if (unreported >= 1024) {
          Atomics.add(counter, 0, unreported >> 10);
          unreported &= 1023;
        }
      }
      if (union(bytes)) {
        kept?.keep(index, bytes);
        return ScanCode.Look;
      }
      return ScanCode.Clean;
    }
    if (r.kind === "binary") return r.token ? ScanCode.BinaryToken : ScanCode.Binary;
    if (r.kind === "symlink") return ScanCode.Symlink;
    if (r.kind === "missing" || r.notRegular) return ScanCode.Gone;
    return ScanCode.Unreadable;
  };
}
var NO_THROW = { throwIfNoEntry: false };
function cwdBase() {
  try {
    return process.cwd() + import_node_path.default.sep;
  } catch {
    return void 0;
  }
}
function cacheHit(cache, abs, index) {
  let st;
  try {
    st = (0, import_node_fs3.lstatSync)(abs, NO_THROW);
  } catch {
    return 0;
  }
  if (!st?.isFile()) return 0;
  const verdict = cachedVerdict(cache, st);
  if (verdict !== 0) {
    noteStatus(cache, index, st);
    Atomics.add(cache.hits, 0, 1);
  }
  return verdict;
}
var BATCH = 1;
var PROGRESS_EVERY = 64;
function classifyShared(job, classify, progress, between) {
  const files = job.files;
  const n = Array.isArray(files) ? files.length : files.ends.length;
  const at = Array.isArray(files) ? (i) => files[i] : (i) => unpackFile(files, i);
  let claims = 0;
  for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
    const end = Math.min(n, start + BATCH);
    for (let i = start; i < end; i++) job.codes[i] = classify(at(i), i);
    between?.();
    if (progress && ++claims % PROGRESS_EVERY === 0) progress();
  }
}
function unpackFile(p, i) {
  const start = i === 0 ? 0 : p.ends[i - 1];
  const bytes = Buffer.from(p.data.buffer, p.data.byteOffset + start, p.ends[i] - start);
  return p.absolute[i] === 1 ? bytes : bytes.toString("utf8");
}

// src/scan/scan-worker.ts
import_node_worker_threads.parentPort.on("message", (job) => {
  if (Atomics.compareExchange(job.gate, job.slot, 0, 1) !== 0) return;
  if (job.wasm) adoptSimdModule(job.wasm);
  const kept = new Kept();
  classifyShared(job, classifier(job.needles, kept, job.base, job.read, job.cache, job.sizes));
  const done = { done: true, kept: [...kept.byIndex] };
  import_node_worker_threads.parentPort.postMessage(done, done.kept.map(([, b]) => b.buffer));
});
