/**
 * The scan cache: what the first pass (parallel.ts) said about each file, kept for the next scan of the
 * same tree. A file whose status (device, inode, size, modification and change times)
 * is what it was is not read again: git's index trusts a file's status the same way (`git status`).
 * Records are found by device and inode, so a file added, removed or renamed costs only itself.
 *
 * The verdicts that depend on a file's bytes alone are kept: `Clean` (no needle matched), `Binary`,
 * and `Look` (some needle matched: the rules read and check that file every time, but the first pass
 * need not read it before them). Every file of a scan whose needles differ from the cached one's is
 * read (another manifest, settings or version: the cache is keyed by them, by the tree and by the
 * paths asked for).
 *
 * A file changed after it was read gets a new change time (ctime), which no one but the kernel sets.
 * What the status cannot show is a change within the same tick of the file system's clock as the status
 * that was read; so a file is kept only when its change and modification times are older than the scan
 * by more than a tick can hide (`RACY_MS`, longer where the file system keeps whole seconds): git's
 * "racily clean" entries, handled the same way. An inode freed and given to a new file cannot match a
 * record either: the new file's ctime is later than the scan that made the record.
 *
 * In a git checkout whose index the listing read (git-index.ts), git answers for the files instead of
 * an lstat each (`answer`): `git diff-files` compares every tracked file's status with the one its
 * index recorded, as `git status` does (in C, on every core, comparing contents where a status is
 * racy), and names the files that differ. For any other file whose entry is plain (a regular file,
 * not marked assume-unchanged or skip-worktree), the entry's status is the file's: its cached verdict
 * holds when that status is the one cached, exactly as if an lstat had shown it. git runs with
 * ctime trusted and every field compared whatever the repository's config says, and its answer counts
 * only if the index file was not replaced meanwhile. Each entry's verdict is then kept too, with the
 * index file's checksum (the section): while the index is that same file, a later scan takes those
 * verdicts for every file git does not name, with no status compared at all (the comparison was made
 * when the section was written).
 *
 * The first scan of such a checkout (no cache yet) keeps the section too, for the entries whose status
 * is exactly the one its file was read with (an fstat of the open file, before its bytes were read):
 * the entry then describes the very file read (`adoptIndex`). An entry's status alone says nothing
 * of the file a path opens: a folder renamed and put back, or an index whose entries lie, would pair
 * one file's verdict with another file's status (hunt O, O1 and O2).
 *
 * Where: the private cache directory of compile-cache.ts (owned by the user, writable by no one else),
 * one file per scanned tree, paths and settings, pruned to the newest `KEEP`. `GRAPHGUARD_SCAN_CACHE=0`
 * turns it off. It holds file statuses, one byte per file and per index entry, and the index's checksum:
 * no path, no text, no secret. It is not
 * used when the environment holds a declared token's value (those values are needles), for
 * `--changed-only`, or for more than `MAX_FILES` files.
 */
import { lstatSync, readdirSync, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../hash.js';
import { dataCacheSetting, readPrivateFile, writePrivateFile } from '../compile-cache.js';
import { ScanCode } from './parallel.js';
import { buildTable, FIELDS, MAX_FILES, noteFields, RACY_MS, RACY_WHOLE_SECONDS_MS, recordOf, verdictOf, type CacheArrays } from './cache-status.js';
import { entryStatus, type EntryStats } from './git-index.js';

/** The most files `answer` lstat's itself, without git (see `byLstat`). */
const LSTAT_AHEAD_MAX = 50_000;
const NO_THROW = { throwIfNoEntry: false } as const;

/** Scan caches kept (the newest): trees scanned lately, not one file per temporary directory forever. */
const KEEP = 16;
const MAGIC = 'graphguard scan cache 4\n';
/** A cache of MAX_FILES records is 8.2 MB: anything larger is not one of ours, and is not read. */
const MAX_CACHE_BYTES = 16 * 1024 * 1024;

export interface ScanCache {
  arrays: CacheArrays;
  /** Whether a cache was read (one made by the same build, tree, paths and needles). */
  previous: boolean;
  /** How `answer` answered: through git's index (each entry's status), or its section (the same index file). */
  answeredBy?: 'git' | 'git, index unchanged';
  /**
   * Before the first pass: answers from the cache the listed files git vouches for (see the top of
   * this file), or, without `index` (outside git, git did not answer, or the index changed since it
   * was read), the files whose lstat matches their record (up to LSTAT_AHEAD_MAX files; past that the
   * first pass's threads lstat them). Returns how many files were answered.
   */
  answer(files: readonly (string | Uint8Array)[], index?: IndexAnswer): number;
  /**
   * For a `Look` file answered from the section: which of the rules' needle lists its bytes hold,
   * as kept with the section (one byte per list), so the rules' pass need not test its bytes again.
   */
  listsOf(i: number): Uint8Array | undefined;
  /**
   * After the first scan of a checkout whose index the listing read (no cache yet): the section is
   * made of the entries whose status is the one their file was read with (an fstat of the open file),
   * with the verdicts `codes`, so that the next scan of an unchanged index takes it. Call it before `save`.
   */
  adoptIndex(statuses: EntryStats, entryOf: Int32Array | undefined, codes: Uint8Array): void;
  /** The rules' pass says which needle lists file i holds (`computed`: tested now, not taken from `listsOf`). */
  noteLists(i: number, lists: Uint8Array, computed: boolean): void;
  /**
   * Writes the verdicts of this scan (codes from the first pass) if they differ from the cached ones,
   * with the needle lists noted: call it after the rules' pass. Never throws.
   */
  save(codes: Uint8Array): void;
}

/** What git says of the listed files: their index entries' statuses, and which changed (`git diff-files`). */
export interface IndexAnswer {
  statuses: EntryStats;
  /** NUL-separated names, relative to the scanned folder (the top of the checkout). */
  dirty: Buffer;
  /** File i's index entry (default i). */
  entryOf?: Int32Array | undefined;
}

export interface OpenScanCacheOptions {
  /** The cache directory (see `scanCacheSetting`). */
  dir: string;
  /** Names the code that made the verdicts (version and build); a cache made by other code is not used. */
  build: string;
  /** The directory scanned, as the first pass's base. */
  base: string;
  /** The number of files listed (one status is noted per file). */
  count: number;
  /** What was asked to be scanned (the paths): `check` and `check src` keep a cache each. */
  scope?: unknown;
  /** Everything else the verdicts depend on (the needles), as JSON-able data. */
  needles: unknown;
  /**
   * The index entries' statuses of a listing read from git's index: when the cache holds a section
   * for that very index, its records are not read unless `answer` needs them.
   */
  statuses?: EntryStats | undefined;
  /** Now, epoch ms (tests). */
  now?: number;
}

/**
 * The CLI's scan cache: `GRAPHGUARD_SCAN_CACHE=0` (or `false`, `off`) turns it off, a path puts it there;
 * otherwise it is compile-cache.ts's directory, for the bundled CLI (run from the sources, where the
 * code changes under the same version, there is none unless a path is given). `build` names the code:
 * its version and the file it runs from (the bundle's size and modification time).
 */
export function scanCacheSetting(env: NodeJS.ProcessEnv = process.env, moduleUrl: string = import.meta.url): { dir: string; build: string } | undefined {
  return dataCacheSetting('GRAPHGUARD_SCAN_CACHE', env, moduleUrl);
}

/**
 * What the name of a cache file begins with: the build, the tree and the paths asked for, without the
 * needles (which a check knows only once its manifest is read), so that `hasScanCache` can tell early.
 */
function treePrefix(opts: { build: string; base: string; scope?: unknown }): string {
  return `scan-${sha256Hex(JSON.stringify([opts.build, opts.base, opts.scope ?? null])).slice(0, 16)}-`;
}

/**
 * Whether some scan cache of this build, tree and paths exists (whatever its needles): a check asks
 * before its manifest is read, to start git's list of changed files early (`ScanCache.answer`) rather
 * than worker threads for a scan that will read few files. A guess; never throws.
 */
export function hasScanCache(opts: { dir: string; build: string; base: string; scope?: unknown }): boolean {
  try {
    const prefix = treePrefix(opts);
    return readdirSync(opts.dir).some((name) => name.startsWith(prefix));
  } catch {
    return false;
  }
}

/** The cache for this scan, read if there is one for the same key. Never throws. */
export function openScanCache(opts: OpenScanCacheOptions): ScanCache | undefined {
  const n = opts.count;
  if (n === 0 || n > MAX_FILES) return undefined;
  let file: string;
  try {
    const key = sha256Hex(JSON.stringify([opts.build, opts.base, opts.scope ?? null, opts.needles]));
    file = path.join(opts.dir, `${treePrefix(opts)}${key.slice(0, 32)}.bin`);
  } catch {
    return undefined;
  }
  const now = opts.now ?? Date.now();
  const arrays: CacheArrays = {
    nextStats: new Float64Array(new SharedArrayBuffer(8 * FIELDS * n)),
    hits: new Int32Array(new SharedArrayBuffer(4)),
    racyBefore: now - RACY_MS,
    racyBeforeWholeSeconds: now - RACY_WHOLE_SECONDS_MS,
  };
  const prev = readCache(file);
  // The records, found by device and inode: read into shared memory when a file's status is to be
  // looked up (not when the index answers every file: see `answer`).
  let recordsRead = false;
  const useRecords = (): void => {
    if (recordsRead || !prev) return;
    recordsRead = true;
    const r = records(prev);
    if (!r) return;
    arrays.prevStats = r.stats;
    arrays.prevCodes = r.codes;
    arrays.table = buildTable(r.stats, r.codes.length);
  };
  const section = prev?.section;
  const statuses = opts.statuses;
  // The whole index as it was when the section was saved: each entry's verdict holds where git still
  // vouches for the file (see `answer`). Otherwise the records are read now.
  // (An index written without its checksum, `index.skipHash`, ends in zeros: no section matches it.)
  const whole =
    section !== undefined &&
    statuses !== undefined &&
    section.verdicts.length === statuses.at.length &&
    section.checksum.equals(statuses.checksum) &&
    statuses.checksum.some((b) => b !== 0);
  if (!whole) useRecords();
  // What the index answered (for the section saved with the records).
  let byIndex: { statuses: EntryStats; entryOf: Int32Array | undefined; known: Uint8Array } | undefined;
  // The needle lists of the Look files the rules' pass looked at, by file; whether any was tested anew.
  const lists = new Map<number, Uint8Array>();
  let listsTested = false;
  /**
   * Without git's word, each file's lstat against its record, here on this thread before the first
   * pass, for a tree of up to LSTAT_AHEAD_MAX files: the first pass then starts its worker threads
   * only if many files are left to read (a worker's start costs more than the 4-7 µs lstat of each of
   * 15,000 files). A larger tree leaves the lstats to the first pass's threads.
   */
  const byLstat = (files: readonly (string | Uint8Array)[]): number => {
    if (!arrays.table || n > LSTAT_AHEAD_MAX) return 0;
    const known = new Uint8Array(new SharedArrayBuffer(n));
    let answered = 0;
    for (let i = 0; i < n; i++) {
      const f = files[i]!;
      let st: Stats | undefined;
      try {
        st = lstatSync(typeof f === 'string' ? opts.base + f : (f as Buffer), NO_THROW);
      } catch {
        continue;
      }
      if (!st?.isFile()) continue;
      const verdict = verdictOf(arrays, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
      if (verdict === 0) continue;
      noteFields(arrays, i, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
      known[i] = verdict;
      answered++;
    }
    arrays.known = known;
    arrays.answered = answered;
    arrays.lookedUp = true;
    Atomics.add(arrays.hits, 0, answered);
    return answered;
  };
  const cache: ScanCache = {
    arrays,
    previous: prev !== undefined,
    answer(files, index) {
      if (!prev) return 0;
      // The statuses must be the ones the cache was opened with (the section was matched to them).
      if (!index || index.statuses !== statuses) {
        useRecords();
        return byLstat(files);
      }
      const { dirty, entryOf } = index;
      if (!whole && !arrays.table) return 0;
      // git's changed files get no answer (a hash of each listed name only when some changed).
      const changed = dirty.length > 0 ? new Set(dirty.toString('utf8').split('\0')) : undefined;
      const known = new Uint8Array(new SharedArrayBuffer(n));
      const st = new Float64Array(FIELDS);
      let answered = 0;
      for (let i = 0; i < n; i++) {
        if (changed?.has(files[i] as string)) continue;
        const e = entryOf ? entryOf[i]! : i;
        // The section's verdict for the entry, or the record's for the entry's status (then kept with it).
        let verdict = 0;
        if (whole) verdict = section.verdicts[e]!;
        else if (entryStatus(statuses, e, st)) {
          verdict = verdictOf(arrays, st[0]!, st[1]!, st[2]!, st[3]!, st[4]!);
          if (verdict !== 0) noteFields(arrays, i, st[0]!, st[1]!, st[2]!, st[3]!, st[4]!);
        }
        if (verdict === 0) continue;
        known[i] = verdict;
        answered++;
      }
      arrays.known = known;
      arrays.answered = answered;
      Atomics.add(arrays.hits, 0, answered);
      // Files the section does not answer (git names them: changed, or only their status is newer than
      // the index's, as after a `touch` or a new hard link until git refreshes its index) are looked up
      // by their lstat in the records, as without git.
      if (whole && answered < n) useRecords();
      byIndex = { statuses, entryOf, known };
      cache.answeredBy = whole ? 'git, index unchanged' : 'git';
      return answered;
    },
    adoptIndex(entries, entryOf, codes) {
      if (prev || entries !== statuses) return;
      const known = new Uint8Array(n);
      const st = new Float64Array(FIELDS);
      const next = arrays.nextStats;
      for (let i = 0; i < n; i++) {
        const at = i * FIELDS;
        // (ctime 0: no status noted, the file not read or its times too recent: see RACY_MS.)
        if (!keptVerdict(codes[i]!) || next[at + 4] === 0 || !entryStatus(entries, entryOf ? entryOf[i]! : i, st)) continue;
        if (st[0] === next[at] && st[1] === next[at + 1] && st[2] === next[at + 2] && st[3] === next[at + 3] && st[4] === next[at + 4]) known[i] = codes[i]!;
      }
      byIndex = { statuses: entries, entryOf, known };
    },
    listsOf(i) {
      if (whole && byIndex) {
        if (byIndex.known[i] !== ScanCode.Look) return undefined;
        return section?.lists?.get(byIndex.entryOf ? byIndex.entryOf[i]! : i);
      }
      // A file answered by its record (its status as this scan noted it is the record's): that record's lists.
      const kept = prev?.recordLists;
      if (!kept || kept.size === 0) return undefined;
      const at = i * FIELDS;
      const st = arrays.nextStats;
      if (st[at + 4] === 0) return undefined;
      const r = recordOf(arrays, st[at]!, st[at + 1]!, st[at + 2]!, st[at + 3]!, st[at + 4]!);
      return r === -1 || arrays.prevCodes![r] !== ScanCode.Look ? undefined : kept.get(r);
    },
    noteLists(i, l, computed) {
      lists.set(i, Uint8Array.from(l));
      if (computed) listsTested = true;
    },
    save(codes) {
      try {
        const next = arrays.nextStats;
        if (whole && byIndex) {
          // Answered by the section: what is new is a file read whose status and verdict no record holds.
          const known = byIndex.known;
          let fresh = false;
          for (let i = 0; i < n && !fresh; i++) {
            if (known[i] !== 0 || !keptVerdict(codes[i]!) || next[i * FIELDS + 4] === 0) continue;
            useRecords();
            const at = i * FIELDS;
            fresh = verdictOf(arrays, next[at]!, next[at + 1]!, next[at + 2]!, next[at + 3]!, next[at + 4]!) !== codes[i];
          }
          // Needle lists the section did not hold (a section written before they were tested) are new too.
          if (!fresh && !listsTested) return;
          // The files the section answered are kept with their entries' statuses, noted now.
          const st = new Float64Array(FIELDS);
          for (let i = 0; i < n; i++) {
            if (known[i] === 0 || !entryStatus(byIndex.statuses, byIndex.entryOf ? byIndex.entryOf[i]! : i, st)) continue;
            noteFields(arrays, i, st[0]!, st[1]!, st[2]!, st[3]!, st[4]!);
          }
        }
        const kept: number[] = [];
        for (let i = 0; i < n; i++) {
          const c = codes[i]!;
          if (keptVerdict(c) && next[i * FIELDS + 4] !== 0) kept.push(i);
        }
        // Nothing to keep (every file new, or holding something): no cache, and none left from before.
        if (kept.length === 0) {
          if (prev) unlinkSync(file);
          return;
        }
        const r = kept.length;
        const body = Buffer.alloc(8 * FIELDS * r + r);
        const stats = new Float64Array(body.buffer, body.byteOffset, FIELDS * r);
        // The needle lists of the Look records (record number and one byte per list each).
        const recordLooks: Buffer[] = [];
        kept.forEach((i, k) => {
          for (let f = 0; f < FIELDS; f++) stats[k * FIELDS + f] = next[i * FIELDS + f]!;
          body[8 * FIELDS * r + k] = codes[i]!;
          const l = codes[i] === ScanCode.Look ? lists.get(i) : undefined;
          if (!l) return;
          const rec = Buffer.alloc(4 + l.length);
          rec.writeUInt32LE(k, 0);
          rec.set(l, 4);
          recordLooks.push(rec);
        });
        const recordLists = listsBlock(RECORD_LISTS_MARK, recordLooks);
        // The section: each index entry's verdict, where the index answered its file, then the needle
        // lists of its Look entries (entry number and one byte per list each).
        let section: Buffer | undefined;
        if (byIndex) {
          const entries = byIndex.statuses.at.length;
          const head = Buffer.alloc(SECTION_HEAD + entries);
          head.write(SECTION_MARK, 0, 'latin1');
          byIndex.statuses.checksum.copy(head, SECTION_MARK.length);
          const verdicts = head.subarray(SECTION_HEAD);
          const { known, entryOf } = byIndex;
          const looks: Buffer[] = [];
          for (let i = 0; i < n; i++) {
            if (known[i] === 0) continue;
            const e = entryOf ? entryOf[i]! : i;
            verdicts[e] = known[i]!;
            const l = lists.get(i);
            if (!l) continue;
            const rec = Buffer.alloc(4 + l.length);
            rec.writeUInt32LE(e, 0);
            rec.set(l, 4);
            looks.push(rec);
          }
          section = Buffer.concat([head, listsBlock(LISTS_MARK, looks)]);
        }
        // Every file as cached (a scan that read nothing new): nothing to write.
        if (
          prev?.body.equals(body) &&
          prev.recordListsBytes?.equals(recordLists) &&
          (section ? prev.sectionBytes?.equals(section) === true : prev.sectionBytes === undefined)
        )
          return;
        const parts = [Buffer.from(`${MAGIC}${r}\n`, 'latin1'), body, recordLists, ...(section ? [section] : [])];
        writePrivateFile(file, Buffer.concat(parts), { prefix: 'scan-', suffix: '.bin', keep: KEEP }, false);
      } catch {
        // A full disk or a read-only home: the next scan reads every file, as without a cache.
      }
    },
  };
  return cache;
}

/**
 * After the records, the needle lists of their Look records: a mark, the number of needle lists and of
 * records whose lists follow, and for each, its record number (4 bytes) and one byte (0 or 1) per list.
 * Then the section, if the index answered: a mark, the index file's checksum (its last 20 bytes), a
 * verdict per entry; then the lists of its Look entries as the records' are (entry numbers).
 */
const RECORD_LISTS_MARK = 'rlists\n';
const SECTION_MARK = 'index\n';
const SECTION_HEAD = SECTION_MARK.length + 20;
const LISTS_MARK = 'lists\n';
const LISTS_HEAD = LISTS_MARK.length + 8;

/** A block of needle lists (see RECORD_LISTS_MARK): every one as long, one byte per needle list of the scan. */
function listsBlock(mark: string, looks: readonly Buffer[]): Buffer {
  const width = looks.length > 0 ? looks[0]!.length - 4 : 0;
  const head = Buffer.alloc(mark.length + 8);
  head.write(mark, 0, 'latin1');
  head.writeUInt32LE(width, mark.length);
  head.writeUInt32LE(looks.length, mark.length + 4);
  return Buffer.concat([head, ...looks]);
}

/**
 * Reads a block of needle lists at `at` (see RECORD_LISTS_MARK): each for a number whose verdict
 * `verdictAt` says is Look, once, one byte 0 or 1 per list; undefined if it does not parse.
 */
function readListsBlock(bytes: Buffer, at: number, mark: string, verdictAt: (n: number) => number | undefined): { lists: Map<number, Uint8Array>; end: number } | undefined {
  if (bytes.length < at + mark.length + 8 || bytes.toString('latin1', at, at + mark.length) !== mark) return undefined;
  const width = bytes.readUInt32LE(at + mark.length);
  const looks = bytes.readUInt32LE(at + mark.length + 4);
  const end = at + mark.length + 8 + looks * (4 + width);
  if (width > 4096 || bytes.length < end) return undefined;
  const lists = new Map<number, Uint8Array>();
  for (let k = 0, p = at + mark.length + 8; k < looks; k++, p += 4 + width) {
    const n = bytes.readUInt32LE(p);
    const l = bytes.subarray(p + 4, p + 4 + width);
    if (verdictAt(n) !== ScanCode.Look || lists.has(n) || /[^\x00\x01]/.test(l.toString('latin1'))) return undefined;
    lists.set(n, l);
  }
  return { lists, end };
}

/** The verdicts a cache keeps (a symlink, a missing or unreadable file is looked at again). */
function keptVerdict(code: number): boolean {
  return code === ScanCode.Clean || code === ScanCode.Binary || code === ScanCode.Look;
}

/** A cache file as read: its records (not yet in shared memory) and its index section, if any. */
interface CacheFile {
  count: number;
  /** The records' statuses and then their verdicts, as in the file. */
  body: Buffer;
  /** The needle lists of the Look records, by record number, and their block as in the file. */
  recordLists: Map<number, Uint8Array>;
  recordListsBytes: Buffer;
  sectionBytes?: Buffer;
  section?: { checksum: Buffer; verdicts: Uint8Array; lists?: Map<number, Uint8Array> };
}

/** The cache file, or undefined: absent, damaged or not ours. */
function readCache(file: string): CacheFile | undefined {
  const bytes = readPrivateFile(file, MAX_CACHE_BYTES);
  if (!bytes) return undefined;
  try {
    if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC, 'latin1'))) return undefined;
    const eol = bytes.indexOf(10, MAGIC.length);
    const count = eol === -1 ? Number.NaN : Number(bytes.toString('latin1', MAGIC.length, eol));
    if (!Number.isSafeInteger(count) || count < 1 || count > MAX_FILES) return undefined;
    const size = 8 * FIELDS * count + count;
    const body = bytes.subarray(eol + 1, eol + 1 + size);
    if (body.length !== size) return undefined;
    // Only the verdicts that are kept (a builtin's test of every byte, not a loop): anything else is damage.
    if (ONLY_KEPT.test(body.toString('latin1', 8 * FIELDS * count))) return undefined;
    const block = readListsBlock(bytes, eol + 1 + size, RECORD_LISTS_MARK, (k) => (k < count ? body[8 * FIELDS * count + k] : undefined));
    if (!block) return undefined;
    const recordListsBytes = bytes.subarray(eol + 1 + size, block.end);
    const rest = bytes.subarray(block.end);
    const file = { count, body, recordLists: block.lists, recordListsBytes };
    if (rest.length === 0) return file;
    if (rest.length < SECTION_HEAD + LISTS_HEAD || rest.toString('latin1', 0, SECTION_MARK.length) !== SECTION_MARK) return undefined;
    // The verdicts run up to the lists' mark: found from the end, where the lists' records are sized.
    const section = parseSection(rest);
    if (!section) return undefined;
    return { ...file, sectionBytes: rest, section };
  } catch {
    return undefined;
  }
}

/** The index section (see SECTION_MARK), or undefined if it does not parse. */
function parseSection(rest: Buffer): CacheFile['section'] | undefined {
  // Entry count unknown here: the lists' mark is searched for after the checksum; verdicts are bytes
  // 0-3, so the mark's 'l' (0x6c) cannot stand among them.
  const at = rest.indexOf(LISTS_MARK, SECTION_HEAD, 'latin1');
  if (at === -1 || rest.length < at + LISTS_HEAD) return undefined;
  const verdicts = rest.subarray(SECTION_HEAD, at);
  if (verdicts.length === 0 || ANY_BUT_KEPT.test(verdicts.toString('latin1'))) return undefined;
  // Each for a Look entry, once; one byte 0 or 1 per list; nothing after them.
  const block = readListsBlock(rest, at, LISTS_MARK, (e) => verdicts[e]);
  if (!block || block.end !== rest.length) return undefined;
  return { checksum: rest.subarray(SECTION_MARK.length, SECTION_HEAD), verdicts, lists: block.lists };
}

/** A byte that is not a kept verdict (Clean 1, Look 2, Binary 3). */
const ONLY_KEPT = /[^\x01-\x03]/;
/** The same, where 0 (no verdict) may stand too. */
const ANY_BUT_KEPT = /[^\x00-\x03]/;

/** The records of a cache file in shared memory (the worker threads read them), or undefined if damaged. */
function records(prev: CacheFile): { stats: Float64Array; codes: Uint8Array } | undefined {
  const count = prev.count;
  const stats = new Float64Array(new SharedArrayBuffer(8 * FIELDS * count));
  Buffer.from(stats.buffer).set(prev.body.subarray(0, 8 * FIELDS * count));
  const codes = new Uint8Array(new SharedArrayBuffer(count));
  codes.set(prev.body.subarray(8 * FIELDS * count));
  // Each record has a change time; a record without one is damage.
  for (let k = 0; k < count; k++) if (!(stats[k * FIELDS + 4]! > 0)) return undefined;
  return { stats, codes };
}
