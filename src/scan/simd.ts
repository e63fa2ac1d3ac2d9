/**
 * The prefilter's pass over the bytes in WebAssembly SIMD (see anyTest in prefilter.ts): sixteen
 * positions at a time, a candidate wherever the first four bytes may begin one of the literal patterns.
 * JavaScript then verifies each candidate exactly as before, so the answers do not change; only the
 * windows that cannot begin a pattern are skipped faster (about ten bytes per nanosecond, against one
 * byte per two nanoseconds for the JavaScript loop).
 *
 * The method is Teddy's (from Hyperscan, as ripgrep uses it): patterns are shared among 8 buckets, one
 * bit each. For each of the first four byte positions there are two 16-entry tables, indexed by a
 * byte's low and high nibble, giving the buckets whose patterns may have that nibble there. A window is
 * a candidate when some bucket's bit survives the AND of all eight lookups. Nibble tables
 * over-approximate (a bucket holding `E` and `f` also accepts `F` and `e`), never under-approximate:
 * every occurrence of a pattern is a candidate.
 *
 * A scanner may also carry the prefilter's bitmap of three-byte window hashes (`hash3`): then a
 * candidate is returned only when its window's hash is in the bitmap, which most Teddy candidates are
 * not (nine in ten on a tree of JavaScript packages), and each that is not costs no call out of the
 * module.
 *
 * The module is a few dozen instructions, assembled here from their opcodes, so there is no binary to
 * build, vendor or trust. Where WebAssembly SIMD is missing (`--jitless`, an old CPU) `simdScanner`
 * returns undefined and the JavaScript pass runs.
 */

/**
 * The module's memory: the tables in use, the hash bitmap in use, then the data area where a file's
 * bytes are. Every scanner of a thread shares the one memory (so the per-rule tests of a large file do
 * not each hold a copy of it); a scanner writes its tables (and bitmap) in before a pass when another's
 * are there.
 */
const TABLES = 0;
const BITMAP = 256;
/** The bitmap's bytes: a bit per `hash3` value. */
export const BITMAP_BYTES = 8192;
/** Where a file's bytes start: a multiple of 16, so hexBlock's aligned blocks are aligned in the file too. */
const DATA = BITMAP + BITMAP_BYTES;
/** A load reads 16 bytes at up to 3 past the last position: memory beyond a file's end that is read. */
const SLACK = 32;
const PAGE = 65536;
/** Where the module finds its tables, bitmap and data (tests run the module's builds directly). */
export const LAYOUT = { tables: TABLES, bitmap: BITMAP, data: DATA } as const;

/** Buckets: one bit of a byte each. */
const BUCKETS = 8;
/** Byte positions of a pattern looked at (a three-byte pattern accepts any fourth byte). */
const WIDTH = 4;

/**
 * The hash of a three-byte window (16 bits) that the prefilter's bitmap and bucket index use; the
 * module computes the same (moduleBytes). Multiplicative (the top bits of the bytes times 2^32/φ): the
 * shift-and-xor hash it replaces was linear, so `69v` and `63&` (a trigger of app tokens) fell on one
 * bit, and a third of the candidates the bench tree's pass handed back to JavaScript were such twins.
 */
export function hash3(a: number, b: number, c: number): number {
  return Math.imul(a | (b << 8) | (c << 16), 0x9e3779b1) >>> 16;
}

/** A bitmap in which every hash is set: a scanner made without one reports every Teddy candidate. */
const EVERY_HASH = new Uint8Array(BITMAP_BYTES).fill(0xff);

/** What the JS side needs of the compiled module. */
export interface SimdScanner {
  /** Makes this scanner's tables the ones in use: call before a pass (a series of `next`). */
  use(): void;
  /**
   * The first candidate position in `[from, end)` of the bytes at `simdData()` whose window's hash is in
   * the scanner's bitmap, or -1; may return one ≥ `end - 2`.
   */
  next(from: number, end: number): number;
  /** Whether `b` is the data area's view (no copy needed). */
  holds(b: Uint8Array): boolean;
}

/**
 * The 8 × 16-byte tables for these patterns (each at least three bytes): for position j, the low-nibble
 * table at 32·j and the high-nibble table at 32·j + 16. Patterns that differ at one position only are
 * grouped first (`EA` + a capital, two digits + `|`); then, while there are more than 8 groups, the two
 * whose union accepts the fewest extra byte windows are merged.
 */
export function teddyTables(patterns: readonly Uint8Array[]): Uint8Array {
  // The scan asks twice for the same patterns (the first pass's union, then the rules' lists for the files
  // it kept): the greedy merge below is worked out once per list (some 8 ms on a cold start).
  let key = '';
  for (const p of patterns) key += `${String.fromCharCode(...p.subarray(0, WIDTH))}\u0100`;
  const known = tablesMemo.get(key);
  if (known) return known;
  const tables = buildTables(patterns);
  if (tablesMemo.size >= 16) tablesMemo.clear();
  tablesMemo.set(key, tables);
  return tables;
}

/** Tables by their patterns (as `teddyTables` keys them): the callers only read them. */
const tablesMemo = new Map<string, Uint8Array>();

function buildTables(patterns: readonly Uint8Array[]): Uint8Array {
  // A group: per position j, the low nibbles (mask[2j]) and high nibbles (mask[2j+1]) it accepts. Keys
  // are the masks as characters (each fits 16 bits).
  let groups = new Map<string, number[]>();
  for (const p of patterns) {
    const m = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let j = 0; j < WIDTH; j++) {
      m[2 * j] = j < p.length ? 1 << (p[j]! & 15) : 0xffff;
      m[2 * j + 1] = j < p.length ? 1 << (p[j]! >> 4) : 0xffff;
    }
    groups.set(String.fromCharCode(...m), m);
  }
  for (let round = 0; round < 2; round++)
    for (let j = WIDTH - 1; j >= 0; j--) {
      // Groups equal but at position j become one.
      const o = OTHER_MASKS[j]!;
      const folded = new Map<string, number[]>();
      for (const m of groups.values()) {
        const key = String.fromCharCode(m[o[0]!]!, m[o[1]!]!, m[o[2]!]!, m[o[3]!]!, m[o[4]!]!, m[o[5]!]!);
        const had = folded.get(key);
        if (had) for (let i = 0; i < had.length; i++) had[i]! |= m[i]!;
        else folded.set(key, [...m]);
      }
      groups = folded;
    }
  const list = [...groups.values()];
  const n = list.length;
  const cost = list.map((m) => accept(m, m));
  // What merging groups i < j adds (extra[i·n + j]); a merge changes only the pairs of the merged group.
  const extra = new Float64Array(n * n);
  const pair = (i: number, j: number) => (extra[i * n + j] = accept(list[i]!, list[j]!) - cost[i]! - cost[j]!);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pair(i, j);
  const live = list.map((_, i) => i);
  while (live.length > BUCKETS) {
    let best = Infinity;
    let bi = 0;
    let bj = 1;
    for (let x = 0; x < live.length; x++)
      for (let y = x + 1; y < live.length; y++) {
        const e = extra[live[x]! * n + live[y]!]!;
        if (e < best) {
          best = e;
          bi = x;
          bj = y;
        }
      }
    const into = live[bi]!;
    const a = list[into]!;
    const b = list[live[bj]!]!;
    live.splice(bj, 1);
    for (let i = 0; i < a.length; i++) a[i]! |= b[i]!;
    cost[into] = accept(a, a);
    for (const k of live) if (k !== into) pair(Math.min(k, into), Math.max(k, into));
  }
  const tables = new Uint8Array(WIDTH * 32);
  live.forEach((g, k) => {
    const m = list[g]!;
    for (let j = 0; j < WIDTH; j++)
      for (let x = 0; x < 16; x++) {
        if (m[2 * j]! & (1 << x)) tables[32 * j + x]! |= 1 << k;
        if (m[2 * j + 1]! & (1 << x)) tables[32 * j + 16 + x]! |= 1 << k;
      }
  });
  return tables;
}

/** For each position j, the indices of the masks of the other positions. */
const OTHER_MASKS = [0, 1, 2, 3].map((j) => [0, 1, 2, 3, 4, 5, 6, 7].filter((i) => i >> 1 !== j));

/**
 * The share of byte windows the union of two groups accepts, each byte as often as in source code
 * (SURPRISE): a bucket that takes `"}v` or ` gr` is a candidate every few hundred bytes of JavaScript,
 * one that takes `QV` + a digit almost never, though both accept as many byte values. (With every byte
 * counted alike, the bench tree's union of needles made 9.3 candidates a KB, against 3.9 so.)
 */
function accept(a: readonly number[], b: readonly number[]): number {
  let r = 1;
  for (let j = 0; j < WIDTH; j++) {
    const lo = a[2 * j]! | b[2 * j]!;
    const hi = a[2 * j + 1]! | b[2 * j + 1]!;
    if (lo === 0xffff && hi === 0xffff) continue;
    let share = 0;
    for (let h = 0; h < 16; h++) if (hi & (1 << h)) for (let l = 0; l < 16; l++) if (lo & (1 << l)) share += SHARE[(h << 4) | l]!;
    r *= share;
  }
  return r;
}

/**
 * Bits of surprise of each byte, -log2 of its share, counted over the text files of this project's
 * installed npm packages (73 MB of JavaScript, TypeScript, JSON and Markdown; capped at 26), and 13, about
 * their mean there, for every byte past ASCII. Only the order matters: a window of rare bytes is found
 * less often by chance (rarestWindow in prefilter.ts), and a bucket that accepts them is a candidate less
 * often (`accept`).
 */
// prettier-ignore
export const SURPRISE = [
  26,26,26,25,26,26,26,25,26,8,6,26,26,15,26,26,26,26,26,26,26,26,26,26,26,26,26,25,26,26,26,26,
  2,11,6,11,11,14,10,9,7,7,7,11,7,8,7,6,8,9,9,9,10,10,10,10,10,10,7,7,11,8,10,9,
  10,7,9,8,9,8,9,10,10,8,11,10,9,9,9,9,9,11,9,8,8,10,11,10,12,11,13,9,10,9,14,7,
  9,5,7,5,6,4,7,6,6,5,10,8,5,6,5,4,6,10,5,5,4,6,8,8,8,7,10,8,9,8,16,25,
  ...Array<number>(128).fill(13),
];

/** Each byte's share of source code (2^-SURPRISE). */
const SHARE = SURPRISE.map((s) => 2 ** -s);

// ---------------------------------------------------------------------------------------------
// The module, from its opcodes (WebAssembly core spec §5, SIMD proposal opcodes after the 0xfd prefix)

function leb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>>= 7;
    if (n === 0) return [...out, b];
    out.push(b | 0x80);
  }
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const name = (s: string) => [...leb(s.length), ...Buffer.from(s, 'latin1')];

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  br: (d: number) => [0x0c, d],
  brIf: (d: number) => [0x0d, d],
  return: [0x0f],
  get: (i: number) => [0x20, i],
  set: (i: number) => [0x21, i],
  tee: (i: number) => [0x22, i],
  i32: (n: number) => [0x41, ...sleb(n)],
  i32GeU: [0x4f],
  i32GtU: [0x4b],
  i32Eqz: [0x45],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32And: [0x71],
  i32Mul: [0x6c],
  i32ShrU: [0x76],
  i32Ctz: [0x68],
  /** i32.load8_u with a constant offset. */
  load8: (offset: number) => [0x2d, 0x00, ...leb(offset)],
  /** i32.load (alignment hint 1: unaligned) with a constant offset. */
  load32: (offset: number) => [0x28, 0x00, ...leb(offset)],
  /** v128.load with alignment hint 1 (unaligned) and a constant offset. */
  load: (offset: number) => [0xfd, 0x00, 0x00, ...leb(offset)],
  v128: (bytes: readonly number[]) => [0xfd, 0x0c, ...bytes],
  swizzle: [0xfd, 0x0e],
  ne: [0xfd, 0x24],
  and: [0xfd, 0x4e],
  anyTrue: [0xfd, 0x53],
  bitmask: [0xfd, 0x64],
  shrU: [0xfd, 0x6d],
  or: [0xfd, 0x50],
  allTrue: [0xfd, 0x63],
  i8Sub: [0xfd, 0x71],
  i8LtU: [0xfd, 0x26],
  /** i8x16.shuffle: sixteen lane indices into the two operands (0-15 the first, 16-31 the second). */
  shuffle: (lanes: readonly number[]) => [0xfd, 0x0d, ...lanes],
  i16ShrU: [0xfd, 0x8d, 0x01],
  /** i8x16.relaxed_swizzle (relaxed SIMD, 0x100). */
  relaxedSwizzle: [0xfd, 0x80, 0x02],
};

/** Sixteen bytes of `x`. */
const splat = (x: number) => op.v128(new Array(16).fill(x));

/**
 * `hexBlock(p, end)`: the first 16-byte-aligned position q ≥ p with q + 16 ≤ end whose sixteen bytes
 * are all ASCII hex digits (`[0-9A-Fa-f]`), or -1. A run of 31 or more hex digits holds such a block
 * (an interval of 31 bytes holds an aligned one), so the search for a run of 32 needs to look closer
 * only there; text has few (hashes, hex data). Locals: 0 p, 1 end, 2 the loaded bytes.
 */
function hexBlockBody(): number[] {
  const P = 0;
  const END = 1;
  const V = 2;
  const b: number[] = [];
  b.push(...op.get(P), ...op.i32(15), ...op.i32Add, ...op.i32(-16), ...op.i32And, ...op.set(P));
  b.push(...op.block, ...op.loop);
  b.push(...op.get(P), ...op.i32(16), ...op.i32Add, ...op.get(END), ...op.i32GtU, ...op.brIf(1));
  b.push(...op.get(P), ...op.load(0), ...op.set(V));
  // digit: (v - '0') < 10 unsigned; letter: ((v | 0x20) - 'a') < 6 unsigned
  b.push(...op.get(V), ...splat(0x30), ...op.i8Sub, ...splat(10), ...op.i8LtU);
  b.push(...op.get(V), ...splat(0x20), ...op.or, ...splat(0x61), ...op.i8Sub, ...splat(6), ...op.i8LtU);
  b.push(...op.or, ...op.allTrue, ...op.if, ...op.get(P), ...op.return, ...op.end);
  b.push(...op.get(P), ...op.i32(16), ...op.i32Add, ...op.set(P), ...op.br(0));
  b.push(...op.end, ...op.end);
  b.push(...op.i32(-1), ...op.end);
  // Locals after the two parameters: 1 × v128.
  return [1, ...leb(1), V128, ...b];
}

/**
 * `next(p, end)`: the first candidate at or after p whose window's `hash3` has its bit set in the
 * bitmap, or -1 (one at end - 2 or past it may be returned: the caller stops there). Teddy's loop as
 * Hyperscan and ripgrep write it: each 16-byte block is loaded once and split into its nibbles once;
 * position j's tables give, per byte, the buckets whose patterns may have that byte at j (R_j); a window
 * starting at s is a candidate when R_0 at s, R_1 at s + 1, R_2 at s + 2 and R_3 at s + 3 share a bucket,
 * so the block's R_3 is ANDed with R_2, R_1 and R_0 shifted by 1, 2 and 3 lanes, their lanes from the
 * previous block coming in (`i8x16.shuffle` of the two blocks, an `alignr`). The candidates of a block
 * at p thus start at p - 3 … p + 12; the previous block's results start at zero, so none before p is
 * reported, and blocks are read until p reaches end + 3. (Before, each of the four positions loaded the
 * block again at p + j and split it again: 84 against 67 ms over the bench tree's 211 MB, 55 ms with
 * relaxed_swizzle, measured in one loop.)
 *
 * With `relaxed`, a nibble's lookup is `i8x16.relaxed_swizzle` (one `pshufb` on x64), else
 * `i8x16.swizzle`, which must also zero an index past 15 and costs two instructions more: a nibble is
 * never past 15, so the two answer alike (relaxed SIMD: Node 22 and later; Node 20 compiles the other).
 *
 * Locals: 0 p, 1 end, 2..9 the tables (lo, hi per position), 10 the nibble mask, 11 the block, 12 its low
 * nibbles, 13 its high nibbles, 14..17 R_0..R_3, 18..20 the previous block's R_0..R_2, 21 the candidates;
 * 22 their bits, 23 a candidate's position, 24 its hash.
 */
function nextBody(relaxed: boolean): number[] {
  const P = 0;
  const END = 1;
  const table = (j: number, high: boolean) => 2 + 2 * j + (high ? 1 : 0);
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
  /** Lanes 16 - k … 31 - k of the two blocks (previous, current): the current one shifted up k lanes. */
  const shifted = (k: number) => op.shuffle(Array.from({ length: 16 }, (_, i) => 16 - k + i));
  const body: number[] = [];
  for (let j = 0; j < WIDTH; j++)
    for (const high of [false, true]) body.push(...op.i32(TABLES), ...op.load(32 * j + (high ? 16 : 0)), ...op.set(table(j, high)));
  body.push(...op.v128(new Array(16).fill(0x0f)), ...op.set(NIB));
  body.push(...op.block, ...op.loop);
  body.push(...op.get(P), ...op.get(END), ...op.i32(WIDTH - 1), ...op.i32Add, ...op.i32GeU, ...op.brIf(1));
  body.push(...op.get(P), ...op.load(0), ...op.tee(V), ...op.get(NIB), ...op.and, ...op.set(LO));
  // The high nibbles: a 16-bit shift (one instruction; x64 has no 8-bit one), then the mask.
  body.push(...op.get(V), ...op.i32(4), ...op.i16ShrU, ...op.get(NIB), ...op.and, ...op.set(HI));
  for (let j = 0; j < WIDTH; j++)
    body.push(...op.get(table(j, false)), ...op.get(LO), ...swizzle, ...op.get(table(j, true)), ...op.get(HI), ...swizzle, ...op.and, ...op.set(R[j]!));
  body.push(...op.get(R[WIDTH - 1]!));
  for (let j = WIDTH - 2; j >= 0; j--) body.push(...op.get(PREV[j]!), ...op.get(R[j]!), ...shifted(WIDTH - 1 - j), ...op.and);
  body.push(...op.set(C));
  for (let j = 0; j < WIDTH - 1; j++) body.push(...op.get(R[j]!), ...op.set(PREV[j]!));
  body.push(...op.get(C), ...op.anyTrue, ...op.if);
  body.push(...op.get(C), ...op.v128(new Array(16).fill(0)), ...op.ne, ...op.bitmask, ...op.set(BITS));
  body.push(...op.block, ...op.loop);
  body.push(...op.get(BITS), ...op.i32Eqz, ...op.brIf(1));
  body.push(...op.get(P), ...op.get(BITS), ...op.i32Ctz, ...op.i32Add, ...op.i32(WIDTH - 1), ...op.i32Sub, ...op.set(Q));
  // h = (the window's three bytes, little-endian) × 0x9e3779b1 >>> 16, as hash3 (a four-byte load: the
  // data area has SLACK bytes past a file's end)
  body.push(...op.get(Q), ...op.load32(0), ...op.i32(0xffffff), ...op.i32And);
  body.push(...op.i32(0x9e3779b1 | 0), ...op.i32Mul, ...op.i32(16), ...op.i32ShrU, ...op.set(H));
  // bitmap[h >>> 3] >>> (h & 7) & 1
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
  // Two groups of locals: 20 × v128, then 3 × i32 (the parameters are locals 0 and 1).
  return [2, ...leb(20), V128, ...leb(3), I32, ...body];
}

/** The module's bytes: `next` (with relaxed_swizzle or swizzle), `hexBlock` and the memory. */
export function moduleBytes(relaxed: boolean): Uint8Array {
  const func = nextBody(relaxed);
  const hex = hexBlockBody();
  const code = [2, ...leb(func.length), ...func, ...leb(hex.length), ...hex];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // One type, (i32 i32) → i32, for next and hexBlock.
    ...section(1, [1, 0x60, 2, I32, I32, 1, I32]),
    ...section(3, [2, 0, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [3, ...name('next'), 0x00, 0, ...name('hexBlock'), 0x00, 1, ...name('mem'), 0x02, 0]),
    ...section(10, code),
  ]);
}

/** The part of the WebAssembly API used here (the project's type libraries do not declare it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Exports };
}
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface Exports {
  mem: WasmMemory;
  next: (p: number, end: number) => number;
  hexBlock: (p: number, end: number) => number;
}

/**
 * This thread's instance (null: WebAssembly SIMD cannot run here), whose tables are in its memory, and
 * that memory's buffer and last view. The buffer changes only when `simdData` grows the memory, so it
 * is kept here: reading `memory.buffer` is a call into the engine, and a scan asks for it several times
 * a file.
 */
let shared: { exports: Exports; owner: object | undefined; bitmap: Uint8Array | undefined; buffer: ArrayBuffer; view: Buffer | undefined } | null | undefined;

/** The compiled module, shared by this thread's instance and (posted to them) the worker threads'. */
let compiled: object | null | undefined;

/**
 * The module, compiled once a process: the main thread posts it with a worker's job, so that the
 * worker neither assembles nor compiles it again (undefined where WebAssembly SIMD cannot run).
 */
export function simdModule(): object | undefined {
  if (compiled === undefined) {
    compiled = null;
    const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
    // Relaxed SIMD where the engine has it (Node 22 and later), else plain SIMD; neither: undefined.
    for (const relaxed of [true, false]) {
      try {
        if (wasm) compiled = new wasm.Module(moduleBytes(relaxed));
        break;
      } catch {
        // no relaxed SIMD (Node 20), or no SIMD at all (--jitless, an old CPU): the JavaScript pass
      }
    }
  }
  return compiled ?? undefined;
}

/** A worker thread takes the main thread's compiled module (before its first scanner). */
export function adoptSimdModule(m: object): void {
  if (compiled === undefined) compiled = m;
}

function instance(): typeof shared {
  if (shared !== undefined) return shared;
  shared = null;
  const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  try {
    const module = simdModule();
    if (wasm && module) {
      const exports = new wasm.Instance(module, {}).exports;
      shared = { exports, owner: undefined, bitmap: undefined, buffer: exports.mem.buffer, view: undefined };
    }
  } catch {
    // no SIMD (--jitless, an old CPU): the JavaScript pass
  }
  return shared;
}

/**
 * For a reader's buffer: `simdData(size)` once this thread's instance exists (made for the first input
 * long enough to pay for it: prefilter.ts's SIMD_FIRST_BYTES), else undefined. Never makes the
 * instance itself: a scan that tests only small files, or none (the scan cache answered), does not
 * compile the module (some 2-7 ms of a start).
 */
export function simdDataIfLive(size: number): Buffer | undefined {
  return shared ? simdData(size) : undefined;
}

/** Whether this thread has made its instance (compiled and instantiated the module). */
export function simdLive(): boolean {
  return !!shared;
}

/**
 * A view of `size` bytes at the start of this thread's data area (the memory grows to hold them, and
 * then earlier views die), or undefined where WebAssembly SIMD cannot run. Asked for the same size
 * again (a reader asks for its whole buffer every file), the same view.
 */
export function simdData(size: number): Buffer | undefined {
  const inst = instance();
  if (!inst) return undefined;
  const need = DATA + size + SLACK;
  if (inst.buffer.byteLength < need) {
    const memory = inst.exports.mem;
    memory.grow(Math.ceil((need - inst.buffer.byteLength) / PAGE));
    inst.buffer = memory.buffer;
  }
  const view = inst.view;
  if (view !== undefined && view.length === size && view.buffer === inst.buffer) return view;
  return (inst.view = Buffer.from(inst.buffer, DATA, size));
}

/**
 * A scanner with these tables, and this bitmap of `hash3` values (BITMAP_BYTES; kept, not copied: the
 * scanners of one pattern set share theirs, and switching between them writes only their tables), or
 * undefined where WebAssembly SIMD cannot run. Without a bitmap, every Teddy candidate is reported.
 */
export function simdScanner(tables: Uint8Array, bitmap: Uint8Array = EVERY_HASH): SimdScanner | undefined {
  const inst = instance();
  if (!inst) return undefined;
  if (bitmap.length !== BITMAP_BYTES) throw new RangeError(`a scanner's bitmap is ${BITMAP_BYTES} bytes`);
  return new Scanner(inst, Uint8Array.from(tables), bitmap);
}

/**
 * A scanner's methods live on one prototype (not in closures made per scanner): the pass calls `next`
 * of several scanners at one site, and a closure of each would be another call target there, each
 * throwing away the optimised code of the pass when it first shows up.
 */
class Scanner implements SimdScanner {
  constructor(
    private readonly inst: NonNullable<typeof shared>,
    private readonly own: Uint8Array,
    private readonly bitmap: Uint8Array,
  ) {}

  use(): void {
    const inst = this.inst;
    if (inst.owner === this) return;
    new Uint8Array(inst.buffer, TABLES, this.own.length).set(this.own);
    inst.owner = this;
    if (inst.bitmap === this.bitmap) return;
    new Uint8Array(inst.buffer, BITMAP, BITMAP_BYTES).set(this.bitmap);
    inst.bitmap = this.bitmap;
  }

  next(from: number, end: number): number {
    const r = this.inst.exports.next(DATA + from, DATA + end);
    return r === -1 ? -1 : r - DATA;
  }

  holds(b: Uint8Array): boolean {
    return b.buffer === this.inst.buffer && b.byteOffset === DATA;
  }
}

/**
 * For bytes at `simdData()` (else undefined): the first offset at or after `from`, a multiple of 16,
 * where sixteen ASCII hex digits start, or -1 (see hexBlockBody).
 */
export function simdHexBlocks(b: Uint8Array): ((from: number) => number) | undefined {
  // No instance yet: no bytes can be in its memory (and none is made for this).
  const inst = shared;
  if (!inst || b.buffer !== inst.buffer || b.byteOffset !== DATA) return undefined;
  const { hexBlock } = inst.exports;
  const end = DATA + b.length;
  return (from) => {
    const r = hexBlock(DATA + from, end);
    return r === -1 ? -1 : r - DATA;
  };
}
