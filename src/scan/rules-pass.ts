/**
 * The rules' pass: each listed file after the first pass (parallel.ts), in file order, by the code the
 * first pass gave it. A file is counted (clean, binary, a symlink, unreadable), or (a `Look` file) its
 * bytes are tested against the needle lists (rule-choice.ts) and given to the rules that may report in
 * it, chunk by chunk. While the worker threads still test files, the pass goes as far as the codes are
 * known (`visitEarly`); then it visits the rest (`visitRest`). It keeps the scan's findings, suppression
 * comments, counts and, collecting calls (SPEC §7), each file's calls for follow-imports.ts.
 */
import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { InternalError } from '../errors.js';
import type { InternalFinding } from '../findings.js';
import type { AnyRuleOf } from '../rule.js';
import { escapeControls } from '../secrets/sink.js';
import { parseSuppressions } from '../suppress.js';
import { ConfigError } from '../types.js';
import type { FileCalls } from '../calls/analyze.js';
import { textByName } from '../calls/language.js';
import { collectCalls, mayHoldCalls } from '../calls/markers.js';
import { LARGE_TEST_BYTES, ScanCode } from './parallel.js';
import { ByteReader, decodeSource, linkTargetText, loadSource, readSource, tokenShaped, type LoadedSource, type SourceChunk } from './read.js';
import { runChunkRules } from './chunk-rules.js';
import type { RuleChoice } from './rule-choice.js';
import type { FileSuppressions, ScanInput } from './run.js';
import type { ScanCache } from './scan-cache.js';
import { simdDataIfLive } from './simd.js';
import { absolutePath, type ListFilesResult } from './walk.js';

/** What the rules' pass over a file could not do without waiting (see `visit`). */
const Slow = { CallReader: 1, Stream: 2 } as const;
type Slow = (typeof Slow)[keyof typeof Slow];

/** What the rules' pass saw of the code's calls (with ScanInput.calls), for the reading through imports. */
export interface CallsSeen {
  /** Each file's call sites and token reads (files with neither are left out). */
  files: Map<string, FileCalls>;
  /** Python files a call marker matched (follow-python-imports.ts looks there for modules that hold a client). */
  pythonMarked: Set<string>;
  /** Go, PHP, Java/Kotlin and Ruby files a call marker matched (shared-values.ts looks there for Graph URLs other files use). */
  valueMarked: Set<string>;
}

/** One scan's rules' pass: what it found so far, and the files it has visited. */
export class RulesPass {
  readonly findings: InternalFinding[] = [];
  /** Each file's suppression comments, by file (files without one are left out). */
  readonly suppressions = new Map<string, FileSuppressions>();
  filesScanned = 0;
  readonly skipped = { binary: 0, unreadable: 0, symlinks: 0 };
  // A NUL byte in the first block makes a file binary, skipped (SPEC): one put in a source file hides its tokens.
  // Such files are named where reviewers look (Report.binaryText; hunt U2r-4).
  readonly binaryText: string[] = [];
  binaryTextTotal = 0;
  readonly calls: CallsSeen = { files: new Map(), pythonMarked: new Set(), valueMarked: new Set() };
  // Files read again here (large ones, or past the keep budget) go straight into the SIMD pass's memory,
  // where the rules' needle tests run on them without a copy (simd.ts).
  // (Once the SIMD instance exists: a scan the cache answers reads its few files without compiling it.)
  readonly reader = new ByteReader({}, simdDataIfLive);
  // Large text files (8 MiB up to LARGE_TEST_BYTES) are read whole once more, to test their needles.
  private readonly largeReader = new ByteReader({ chunkBytes: LARGE_TEST_BYTES });
  private readonly collecting: boolean;
  private readonly appId: string | undefined;
  // The call reader (and the endpoint tables it brings) is loaded when a file first holds a call
  // marker; until then a file's token reads are all it can hold (src/calls/markers.ts).
  private collector: typeof import('../calls/collect.js') | undefined;
  /**
   * A symlink is not followed, but what it holds is the repository's: git stores its target as its content, in
   * every clone. A target with a Meta token's shape goes to hardcoded-token as the file's one line (hunt AT2-2: a
   * token committed as a link's target passed every scan).
   */
  private readonly linkRules: readonly AnyRuleOf<'code'>[];
  // Each folder on a path, below the working directory, looked at once (`lstat`): a symlink or not.
  private readonly folderIsLink = new Map<string, boolean>();
  /** The files before this one were visited early, while the first pass ran (`visitEarly`). */
  private visitedTo = 0;
  /** A file visited early needed waiting for: it and every later one are left to `visitRest`. */
  private waiting = false;

  /**
   * `manifestFile` is the manifest's name as the listing names it (manifestAsListed); `cache`, when one is used,
   * answers a `Look` file's needle lists and is told those tested anew.
   */
  constructor(
    private readonly input: ScanInput,
    private readonly choice: RuleChoice,
    private readonly listing: ListFilesResult,
    private readonly cache: ScanCache | undefined,
    private readonly manifestFile: string,
  ) {
    this.collecting = input.calls !== undefined;
    this.appId = input.manifest?.app?.id;
    this.linkRules = input.codeRules.filter((r) => r.id === 'hardcoded-token');
  }

  /** Loads the call reader now, rather than at the first file that holds a call marker. */
  async loadCallReader(): Promise<void> {
    this.collector ??= await import('../calls/collect.js');
  }

  /**
   * Files visited while the first pass still runs, on this thread between two of its files (while a
   * worker reads on): those before `visitedTo`, in file order, as far as the codes are known and no
   * file needs waiting for. The rules' work on the files that hold something is shared with the first
   * pass's that way, instead of following it on one thread.
   */
  visitEarly(known: Uint8Array, keptNow: Map<number, Uint8Array>): void {
    const before = this.findings.length;
    for (; !this.waiting && this.visitedTo < known.length; this.visitedTo++) {
      const code = known[this.visitedTo]!;
      if (code === ScanCode.Pending) break;
      const keptBytes = keptNow.get(this.visitedTo);
      // A file to wait for (and every later one) is left to the pass after the first.
      if (this.visit(this.visitedTo, code, keptBytes) !== 0) {
        this.waiting = true;
        break;
      }
      if (keptBytes) keptNow.delete(this.visitedTo);
    }
    if (this.findings.length !== before) this.input.progress?.update({ findings: this.findings.length });
  }

  /** The files `visitEarly` left, once the first pass is done: every code known, the bytes it kept. */
  async visitRest(codes: Uint8Array, kept: Map<number, Uint8Array>): Promise<void> {
    const { input } = this;
    for (let i = this.visitedTo; i < this.listing.files.length; i++) {
      if (input.progress && (i & 63) === 0) input.progress.update({ findings: this.findings.length });
      const keptBytes = kept.get(i);
      if (keptBytes) kept.delete(i);
      const code = codes[i]!;
      const slow = this.visit(i, code, keptBytes);
      if (slow !== 0) await this.visitSlowly(i, code, keptBytes, slow);
    }
  }

  /** What the listing passed over, counted: symlinks; unreadable folders, odd entries and index names that leave the checkout. */
  countListingSkips(): void {
    const { skipped, input } = this;
    const listed = this.listing.skipped;
    skipped.symlinks += listed.symlinks;
    // A directory the walk could not read is one unreadable entry: what it holds was not scanned.
    for (const d of listed.unreadableDirs ?? []) {
      skipped.unreadable++;
      input.debug(`skipped directory ${oneLine(d)}`);
    }
    // Outside git, a FIFO, a socket or a device: never opened (a FIFO would block), counted unreadable.
    for (const f of listed.notRegular ?? []) {
      skipped.unreadable++;
      input.debug(`skipped ${oneLine(f)} (not a regular file)`);
    }
    // An index entry whose name leaves the checkout (a crafted index): never opened, counted unreadable.
    for (const f of listed.outside ?? []) {
      skipped.unreadable++;
      input.debug(`skipped ${oneLine(f)} (a name in git's index that leaves the checkout)`);
    }
  }

  /**
   * Whether a listed file is a tracked one under a folder that became a symlink after checkout: it was opened
   * through it (the open refuses a symlink at the last component only), and no rule looks at what it holds.
   */
  throughLink(rel: string): boolean {
    return this.listing.mode === 'git' && !this.listing.raw.has(rel) && this.underSymlink(rel);
  }

  /** Whether a folder on the path, below the working directory, is a symlink (each folder looked at once). */
  underSymlink(rel: string): boolean {
    const parts = rel.split('/');
    let k = 0;
    // The `../` of a file named from a subfolder lead to the checkout's own folders above it.
    while (parts[k] === '..') k++;
    for (let j = k + 1; j < parts.length; j++) {
      const folder = parts.slice(0, j).join('/');
      let link = this.folderIsLink.get(folder);
      if (link === undefined) {
        try {
          link = lstatSync(path.join(this.input.cwd, folder)).isSymbolicLink();
        } catch {
          link = false;
        }
        this.folderIsLink.set(folder, link);
      }
      if (link) return true;
    }
    return false;
  }

  /**
   * One file after the first pass, by its code: counted, or (a `Look` file) its bytes read or taken from
   * `keptBytes`, tested against each rule's needles and given to the rules that may report in it. 0
   * when done; else what it could not do without waiting, before it noted or counted anything:
   * `visitSlowly` does it.
   */
  private visit(i: number, code: number, keptBytes: Uint8Array | undefined): Slow | 0 {
    const { listing, cache, choice } = this;
    if (code === ScanCode.Clean) this.filesScanned++;
    else if (code === ScanCode.Binary || code === ScanCode.BinaryToken) this.noteBinary(listing.files[i]!, code === ScanCode.BinaryToken);
    else if (code === ScanCode.Symlink) this.symlink(listing.files[i]!);
    // What listFiles leaves out in a git checkout (deleted tracked files, submodules) when it stats.
    else if (code === ScanCode.Unreadable || (code === ScanCode.Gone && listing.mode !== 'git')) this.skipped.unreadable++;
    if (code !== ScanCode.Look) return 0;
    const rel = listing.files[i]!;
    if (this.throughLink(rel)) {
      this.skipped.symlinks++;
      this.input.debug(`skipped ${oneLine(rel)} (a folder on its path is a symlink)`);
      return 0;
    }
    // Small files: the bytes the first pass kept (or one synchronous read into a reused buffer); large
    // ones (and odd cases) are streamed.
    const quick = keptBytes
      ? { kind: 'text' as const, bytes: Buffer.from(keptBytes.buffer, keptBytes.byteOffset, keptBytes.byteLength) }
      : this.reader.read(absolutePath(this.input.cwd, rel, listing.raw));
    if (quick === 'stream') return Slow.Stream;
    if (quick.kind !== 'text') {
      this.countOdd(quick.kind, rel, quick.token === true);
      return 0;
    }
    const bytes = quick.bytes!;
    // A Look file answered from the cache comes with its needle lists (scan-cache.ts).
    const listed = cache?.listsOf(i);
    const m = listed ?? choice.settled(choice.needlesIn(bytes), rel, bytes);
    const fileRules = choice.rulesFor(m, rel, bytes);
    if (fileRules && this.collecting && !this.collector && choice.callMarker(m, rel, bytes)) return Slow.CallReader;
    cache?.noteLists(i, m, !listed);
    if (!fileRules) this.filesScanned++;
    // Decoded before anything else is read: the bytes may be the SIMD memory's view, which the next read reuses.
    else this.runRules(rel, fileRules, decodeSource(bytes));
    return 0;
  }

  /** What `visit` left: the call reader to load first, or a large (or odd) file to stream. */
  private async visitSlowly(i: number, code: number, keptBytes: Uint8Array | undefined, slow: Slow): Promise<void> {
    const { choice, cache, collecting } = this;
    if (slow === Slow.CallReader) {
      this.collector = await import('../calls/collect.js');
      if (this.visit(i, code, keptBytes) === 0) return;
    }
    const rel = this.listing.files[i]!;
    const abs = absolutePath(this.input.cwd, rel, this.listing.raw);
    const loaded = await loadSource(abs);
    const { kind, chunk } = loaded;
    if (kind !== 'text') {
      this.countOdd(kind, rel, loaded.token === true);
      return;
    }
    // A text file of 8 MiB or more is streamed to the rules; up to LARGE_TEST_BYTES its bytes are
    // first tested as a small file's are, so that it goes only to the rules whose needles it holds.
    // (Not while collecting calls: the bytes also tell whether a call marker stands in code.)
    const listed = !chunk && !collecting ? cache?.listsOf(i) : undefined;
    const large = !chunk && !listed ? this.largeReader.read(abs) : undefined;
    const bytes = large && large !== 'stream' && large.kind === 'text' ? large.bytes : undefined;
    const m = listed ?? (bytes && choice.settled(choice.needlesIn(bytes), rel, bytes));
    if (m) cache?.noteLists(i, m, !listed);
    // Without a needle test (a file of 16 MiB or more, an odd case), every rule that may report in its path.
    const fileRules = m ? choice.rulesFor(m, rel, bytes) : choice.rulesByPath(rel);
    if (!fileRules) {
      this.filesScanned++;
      return;
    }
    if (collecting && !this.collector && (m ? choice.callMarker(m, rel, bytes) : mayHoldCalls(rel))) this.collector = await import('../calls/collect.js');
    if (chunk) this.runRules(rel, fileRules, chunk);
    else await this.streamRules(rel, fileRules);
  }

  /** A file the first pass or a read found not to be text: counted by what it is. */
  private countOdd(kind: LoadedSource['kind'], rel: string, token = false): void {
    if (kind === 'binary') this.noteBinary(rel, token);
    else if (kind === 'symlink') this.symlink(rel);
    else this.skipped.unreadable++;
  }

  /** A binary file, counted; named in the report when its name says source or text, or its head holds a token's shape (`config.dat`). */
  private noteBinary(rel: string, token = false): void {
    this.skipped.binary++;
    if (!(token || textByName(rel)) || (this.input.reviewFiles && !this.input.reviewFiles.has(rel))) return;
    this.binaryTextTotal++;
    if (this.binaryText.length < MAX_BINARY_NAMED) this.binaryText.push(rel);
  }

  /** A symlink, counted; its target read by hardcoded-token when it may hold a credential (see `linkRules`). */
  private symlink(rel: string): void {
    this.skipped.symlinks++;
    if (this.linkRules.length === 0) return;
    let target: string;
    try {
      target = readlinkSync(absolutePath(this.input.cwd, rel, this.listing.raw), 'latin1');
    } catch {
      return;
    }
    if (target.length > MAX_LINK_TARGET || !credentialLike(target)) return;
    const text = Buffer.from(linkTargetText(target), 'latin1').toString('utf8');
    this.checkWhole(rel, this.linkRules, { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true });
  }

  /** The rules over a file's only chunk; its findings and suppressions kept. */
  private runRules(rel: string, fileRules: readonly AnyRuleOf<'code'>[], chunk: SourceChunk): void {
    this.filesScanned++;
    this.checkWhole(rel, fileRules, chunk);
  }

  /** The rules over a file's only chunk (or a symlink's target), counting nothing. */
  private checkWhole(rel: string, fileRules: readonly AnyRuleOf<'code'>[], chunk: SourceChunk): void {
    const sup: FileSuppressions = new Map();
    const fileFindings: InternalFinding[] = [];
    try {
      this.checkChunk(rel, chunk, fileRules, sup, fileFindings);
    } catch (e) {
      this.unreadable(rel, e);
      return;
    }
    this.keep(rel, sup, fileFindings);
  }

  /** `runRules` over the chunks `readSource` streams. */
  private async streamRules(rel: string, fileRules: readonly AnyRuleOf<'code'>[]): Promise<void> {
    this.filesScanned++;
    const sup: FileSuppressions = new Map();
    const fileFindings: InternalFinding[] = [];
    try {
      for await (const c of readSource(absolutePath(this.input.cwd, rel, this.listing.raw))) this.checkChunk(rel, c, fileRules, sup, fileFindings);
    } catch (e) {
      this.unreadable(rel, e);
      return;
    }
    this.keep(rel, sup, fileFindings);
  }

  /**
   * One chunk of a file: its suppression comments noted in `sup`, its calls read (collecting them), and the
   * rules run over it, their findings pushed to `fileFindings`.
   */
  private checkChunk(rel: string, chunk: SourceChunk, fileRules: readonly AnyRuleOf<'code'>[], sup: FileSuppressions, fileFindings: InternalFinding[]): void {
    const { input } = this;
    for (const s of parseSuppressions(chunk.text, chunk.startLine, chunk.startColumn, rel)) {
      const prev = sup.get(s.line);
      // A chunk that ended inside the target line saw only its start: a later chunk that sees more of it says where it ends.
      if (!prev || (prev.s.targetCut && s.targetEndColumn > prev.s.targetEndColumn)) sup.set(s.line, { s, used: false });
    }
    if (this.collecting) {
      collectCalls(this.calls.files, rel, chunk, input.calls!.tokenNames, input.calls!.discover === true, this.collector?.readSites);
      // A Python module with a call marker may hold a Graph client at its top level that other modules import.
      if (rel.endsWith('.py')) this.calls.pythonMarked.add(rel);
      else if (/\.(?:go|php|java|kt|rb)$/.test(rel)) this.calls.valueMarked.add(rel);
    }
    if (fileRules.length === 0) return;
    const { manifest, today, declaredSecrets, settings } = input;
    runChunkRules(
      { rules: fileRules, settings, path: rel, chunk, manifest, manifestFile: this.manifestFile, today, declaredSecrets, appId: this.appId, frames: input.frames !== false, repositoryPrefix: input.repositoryPrefix ?? '' },
      (f) => fileFindings.push(f),
    );
  }

  /**
   * A file that could not be read to its end: an error of the file system (it has a `code`) is the
   * file's. Anything else is not (a ConfigError is the run's; a rule's crash or another bug is
   * graphguard's): passed on, so that the run stops with exit 2 rather than drop what the file holds.
   */
  private unreadable(rel: string, e: unknown): void {
    if (e instanceof ConfigError || e instanceof InternalError) throw e;
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string') throw new InternalError(`scanning ${rel}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { cause: e });
    this.skipped.unreadable++;
    this.input.debug(`skipped ${oneLine(rel)}: ${code}`);
  }

  /** A file's findings and suppression comments, kept for the scan's result. */
  private keep(rel: string, sup: FileSuppressions, fileFindings: InternalFinding[]): void {
    for (const f of fileFindings) this.findings.push(f);
    if (sup.size) this.suppressions.set(rel, sup);
  }
}

/** A path in a debug line, on its one line (a file named `a\n::error …` would start a line of its own). */
export function oneLine(p: string): string {
  return escapeControls(p, { oneLine: true });
}

/** A symlink's target longer than this is not read as text (the system's PATH_MAX is 4,096). */
const MAX_LINK_TARGET = 4096;

/**
 * Whether a symlink's target may hold a credential hardcoded-token reads: a Meta token's shape, an app access
 * token's `|` (or `%7C`), or 32 hexadecimal digits (an app secret). Most targets are plain paths and pass no test.
 */
function credentialLike(target: string): boolean {
  return tokenShaped(Buffer.from(linkTargetText(target), 'latin1')) || target.includes('|') || /%7c/i.test(target) || /[0-9a-f]{32}/i.test(target);
}

/** Binary files named in the report, at most. */
const MAX_BINARY_NAMED = 100;
