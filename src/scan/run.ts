/**
 * The scan stage of the pipeline: list the files, test their bytes against the code rules' needles
 * (two threads on a large tree), and run the code rules on the files that can match, in file order,
 * chunk by chunk: while the worker threads still test files, as far as the files' codes are known;
 * then the rest. Returns findings and suppression comments; writes nothing.
 */
import { escapeControls } from '../secrets/sink.js';
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { InternalError, runRule } from '../errors.js';
import { chunkIndex, codeFinding, type InternalFinding } from '../findings.js';
import type { LineIndex } from '../position.js';
import type { RuleSetting } from '../settings.js';
import type { Manifest } from '../manifest/types.js';
import type { AnyRuleOf, FileContext, SourceFile } from '../rule.js';
import type { Secret } from '../secrets/secret.js';
import { DIRECTIVE as SUPPRESSION_DIRECTIVE, parseSuppressions, type Suppression } from '../suppress.js';
import { ConfigError } from '../types.js';
import { secretRedactor } from '../secrets/redact.js';
import { LARGE_TEST_BYTES, lastClassify, ScanCode, sharedPass, startPrefilter } from './parallel.js';
import { openScanCache, type ScanCache } from './scan-cache.js';
import { indexSizes, sameIndex } from './git-index.js';
import { compileNeedleLists, type Needle } from './prefilter.js';
import { referenceNeedles } from './references.js';
import { ByteReader, decodeSource, linkTargetText, loadSource, ownsMatch, readSource, tokenShaped, type LoadedSource, type SourceChunk } from './read.js';
import { simdDataIfLive } from './simd.js';
import type { ScanProgress } from './progress.js';
import { absolutePath, listFiles } from './walk.js';
import { compileGlobs, MAX_GITIGNORE_RULE_CHARS } from '../glob.js';
import type { FileCalls } from '../calls/analyze.js';
import { CALL_MARKERS, collectCalls, isExportedClientReason, markerInCode, mayHoldCalls } from '../calls/markers.js';
import { languageOf, textByName } from '../calls/language.js';
import type { ExportedBinding } from '../calls/sites.js';
import type { PyImport } from '../calls/python-imports.js';
import { isSpringConfig } from '../calls/spring-config.js';

/** What the rules' pass over a file could not do without waiting (see `visit` in scanRepository). */
const Slow = { CallReader: 1, Stream: 2 } as const;
type Slow = (typeof Slow)[keyof typeof Slow];

/** Suppression comments of one file, by line, with whether one was used. */
export type FileSuppressions = Map<number, { s: Suppression; used: boolean }>;

export interface ScanInput {
  cwd: string;
  paths: string[];
  /** The manifest when it is schema-valid (code rules cope without one). */
  manifest?: Manifest;
  manifestFile: string;
  today: string;
  codeRules: readonly AnyRuleOf<'code'>[];
  settings: ReadonlyMap<string, RuleSetting>;
  declaredSecrets: { name: string; value: Secret }[];
  changedOnly?: string;
  /**
   * Collect Graph API call sites (SPEC §7) and reads of these declared token secrets; with `discover`,
   * also of env vars named `*TOKEN*` in files with calls (infer without a manifest).
   */
  calls?: { tokenNames: string[]; discover?: boolean };
  debug: (line: string) => void;
  /** The progress line (files, MB, findings so far), when the CLI shows one. */
  progress?: ScanProgress;
  /** Build code frames (default true; the CLI turns them off for formats that never show one). */
  frames?: boolean;
  /** `cwd` from the git checkout's top level, where fingerprints name files from (CheckRun.repositoryPrefix; default ''). */
  repositoryPrefix?: string;
  /**
   * The scan cache (scan-cache.ts): its directory, and what names the code that runs (a cache made by
   * other code is not used); `now` (epoch ms, tests) is the time files are judged old enough against.
   * Not used with `changedOnly`, nor when a declared token's value is known.
   */
  cache?: { dir: string; build: string; now?: number };
  /**
   * The files a reviewer reviews (a pull request's changes), as `cwd`-relative paths: only these are named among
   * the source files skipped as binary (`binaryText`). The cap applies after this filter: a hundred such files the
   * repository always had cannot crowd out the one a pull request adds (hunt AT-1).
   */
  reviewFiles?: ReadonlySet<string>;
}

export interface ScanResult {
  findings: InternalFinding[];
  suppressions: Map<string, FileSuppressions>;
  filesScanned: number;
  skipped: { binary: number; unreadable: number; symlinks: number };
  /** Files skipped as binary whose names say source or text (`src/a.js` with a NUL byte up front), at most MAX_BINARY_NAMED. */
  binaryText?: string[];
  /** How many such files there were in all, when more than `binaryText` names. */
  binaryTextTotal?: number;
  /** With `input.calls`: each file's call sites and token reads (files with neither are left out). */
  calls?: FileCalls[];
  /** After a walk with `input.cache` (a folder that is not a checkout): saves its list (walk.ts's `keepWalk`). */
  keepWalk?: (mayKeep: (text: string) => boolean) => string;
  /** The manifest's name in the scan's list when it differs from the one it was read by (manifestAsListed). */
  manifestAsListed?: string;
}

/** Runs the code rules over the repository. Bad paths or refs are ConfigErrors; odd files are counted. */
export async function scanRepository(input: ScanInput): Promise<ScanResult> {
  const { cwd, paths, manifest, today, codeRules, settings, declaredSecrets, debug } = input;
  // The manifest's name as the listing names it (manifestAsListed), once the files are listed.
  let manifestFile = input.manifestFile;
  const valid = manifest !== undefined;
  const appId = manifest?.app?.id;
  const findings: InternalFinding[] = [];
  const fileSuppressions = new Map<string, FileSuppressions>();
  let filesScanned = 0;
  const skipped = { binary: 0, unreadable: 0, symlinks: 0 };
  // A NUL byte in the first block makes a file binary, skipped (SPEC): one put in a source file hides its tokens.
  // Such files are named where reviewers look (Report.binaryText; hunt U2r-4).
  const binaryText: string[] = [];
  let binaryTextTotal = 0;
  // A binary file whose head holds a token's shape is named whatever its name (`config.dat`).
  const noteBinary = (rel: string, token = false): void => {
    skipped.binary++;
    if (!(token || textByName(rel)) || (input.reviewFiles && !input.reviewFiles.has(rel))) return;
    binaryTextTotal++;
    if (binaryText.length < MAX_BINARY_NAMED) binaryText.push(rel);
  };
  // The prefilter (src/scan/prefilter.ts): each rule's needles, asked once; a rule without needles
  // sees every file. A file that matches no rule's needles and holds no suppression is not decoded.
  const needleCtx = { ...(valid ? { manifest } : {}), manifestFile: manifestFile, today, declaredSecrets };
  const ruleNeedles = codeRules.map((rule) => {
    let needles: Needle[] | undefined;
    runRule(rule.id, () => {
      if (rule.needles) needles = rule.needles(needleCtx, settings.get(rule.id)!.options);
    });
    return needles;
  });
  const suppressionNeedles: Needle[] = [{ text: SUPPRESSION_DIRECTIVE }];
  const collecting = input.calls !== undefined;
  // The call reader wants a file that reads a declared token, or one with a call marker (in a language
  // it reads: mayHoldCalls, asked after the first pass).
  const tokenReadNeedles: Needle[] = collecting ? referenceNeedles(input.calls!.tokenNames) : [];
  const markerNeedles: Needle[] = CALL_MARKERS.map((text) => ({ text }));
  // One list per marker in the rules' pass: it then says which markers a file holds, and markerInCode
  // looks for those alone.
  const markerLists: Needle[][] = markerNeedles.map((n) => [n]);
  const callFiles = new Map<string, FileCalls>();
  /** Python files a call marker matched (readThroughPythonImports looks there for modules that hold a client). */
  const pythonMarked = new Set<string>();
  /** Go, PHP, Java/Kotlin and Ruby files a call marker matched (shared-values.ts looks there for Graph URLs other files use). */
  const valueMarked = new Set<string>();
  const firstPassNeedles = [...ruleNeedles, suppressionNeedles, ...(collecting ? [[...markerNeedles, ...tokenReadNeedles]] : [])];
  let listing!: Awaited<ReturnType<typeof listFiles>>;
  let cache: ScanCache | undefined;
  // Which rules' needles (and the suppression directive's, the declared token names', the call markers') a
  // file's bytes hold, in one pass over them for all (prefilter.ts, on the SIMD pass where it can run).
  // Compiled when a file first needs it (most scans have none): a large manifest's secret names are
  // thousands of needles.
  const R = codeRules.length;
  let lists: ((b: Buffer) => Uint8Array) | undefined;
  const needlesIn = (b: Buffer) =>
    (lists ??= compileNeedleLists([...ruleNeedles, suppressionNeedles, tokenReadNeedles, ...markerLists], { simd: true }))(b);
  /** Whether the lists `m` hold call marker k. */
  const holdsMarker = (m: Uint8Array, k: number): boolean => m[R + 2 + k] === 1;
  // A minified bundle with `oala` in a name holds a call marker, but no call the reader can find; nor
  // does a file that names Facebook only in comments and GitHub links (markerInCode).
  const callMarker = (m: Uint8Array, rel: string, bytes: Buffer | undefined): boolean =>
    CALL_MARKERS.some((_, k) => holdsMarker(m, k)) && mayHoldCalls(rel) && (bytes === undefined || markerInCode(bytes, (k) => holdsMarker(m, k)));
  const forCalls = (m: Uint8Array, rel: string, bytes: Buffer | undefined): boolean => collecting && (m[R + 1] === 1 || callMarker(m, rel, bytes));
  /**
   * Needle lists just tested, with the call markers cleared when the file holds them only in comments
   * and links (markerInCode): the verdict depends on the bytes alone, so the lists the scan cache keeps
   * carry it, and neither a later visit of this file nor a later scan from the cache looks again.
   */
  // (Only where the path may hold calls: whether it may is the path's, not the bytes'.)
  const settled = (m: Uint8Array, rel: string, bytes: Buffer): Uint8Array => {
    if (collecting && mayHoldCalls(rel) && !callMarker(m, rel, bytes)) m.fill(0, R + 2, R + 2 + CALL_MARKERS.length);
    return m;
  };
  /** Whether a rule never reports in this path (CodeRule.skipsPath): not decoded for it. */
  const skipsPath = (rule: AnyRuleOf<'code'>, rel: string): boolean => {
    let skip = false;
    if (rule.skipsPath) runRule(rule.id, () => (skip = rule.skipsPath!(rel, needleCtx, settings.get(rule.id)!.options) === true));
    return skip;
  };
  /**
   * The rules for a file whose needle lists matched as `m` says (less those that skip its path), or
   * undefined when nothing needs the file.
   */
  const rulesFor = (m: Uint8Array, rel: string, bytes: Buffer | undefined): readonly AnyRuleOf<'code'>[] | undefined => {
    const fileRules = codeRules.filter((rule, i) => m[i] === 1 && !skipsPath(rule, rel));
    return fileRules.length === 0 && m[R] === 0 && !forCalls(m, rel, bytes) ? undefined : fileRules;
  };
  // Files read again here (large ones, or past the keep budget) go straight into the SIMD pass's memory,
  // where the rules' needle tests run on them without a copy (simd.ts).
  // (Once the SIMD instance exists: a scan the cache answers reads its few files without compiling it.)
  const reader = new ByteReader({}, simdDataIfLive);
  // Large text files (8 MiB up to LARGE_TEST_BYTES) are read whole once more, to test their needles.
  const largeReader = new ByteReader({ chunkBytes: LARGE_TEST_BYTES });

  // The call reader (and the endpoint tables it brings) is loaded when a file first holds a call
  // marker; until then a file's token reads are all it can hold (src/calls/markers.ts).
  let collector: typeof import('../calls/collect.js') | undefined;
  const checkChunk = (rel: string, chunk: SourceChunk, fileRules: readonly AnyRuleOf<'code'>[], sup: FileSuppressions, fileFindings: InternalFinding[]): void => {
    for (const s of parseSuppressions(chunk.text, chunk.startLine, chunk.startColumn, rel)) {
      const prev = sup.get(s.line);
      // A chunk that ended inside the target line saw only its start: a later chunk that sees more of it says where it ends.
      if (!prev || (prev.s.targetCut && s.targetEndColumn > prev.s.targetEndColumn)) sup.set(s.line, { s, used: false });
    }
    if (collecting) {
      collectCalls(callFiles, rel, chunk, input.calls!.tokenNames, input.calls!.discover === true, collector?.readSites);
      // A Python module with a call marker may hold a Graph client at its top level that other modules import.
      if (rel.endsWith('.py')) pythonMarked.add(rel);
      else if (/\.(?:go|php|java|kt|rb)$/.test(rel)) valueMarked.add(rel);
    }
    if (fileRules.length === 0) return;
    const file: SourceFile = { path: rel, text: chunk.text, startOffset: chunk.startOffset, startLine: chunk.startLine, startColumn: chunk.startColumn };
    let index: LineIndex | undefined;
    // Frames are redacted with what the whole chunk reveals (app-secret context, declared values).
    let redactor: ((line: string) => string) | undefined;
    // Many findings on one line (a minified file of tokens) redact that line once, not once each.
    const redacted = new Map<string, string>();
    const redactLine = (l: string) => {
      let out = redacted.get(l);
      if (out === undefined) {
        out = (redactor ??= secretRedactor(chunk.text, { path: rel, ...(appId ? { appId } : {}), declared: declaredSecrets }))(l);
        redacted.set(l, out);
      }
      return out;
    };
    for (const rule of fileRules) {
      const setting = settings.get(rule.id)!;
      const ctx: FileContext = {
        ...(valid ? { manifest } : {}),
        manifestFile: manifestFile,
        today,
        file,
        declaredSecrets,
        report: (r) => {
          // Chunks of large files overlap; a finding belongs to the chunk that owns its start.
          if (!ownsMatch(chunk, r.start)) return;
          index ??= chunkIndex(file);
          fileFindings.push(
            codeFinding(rule, setting, file, index, r, { redactLine, cutEnd: !chunk.last, frames: input.frames !== false, repositoryPrefix: input.repositoryPrefix ?? '' }),
          );
        },
      };
      runRule(rule.id, () => rule.checkFile(ctx, setting.options));
    }
  };

  /**
   * One file after the first pass, by its code: counted, or (a `Look` file) its bytes read or taken from
   * `keptBytes`, tested against each rule's needles and given to the rules that may report in it. 0
   * when done; else what it could not do without waiting, before it noted or counted anything:
   * `visitSlowly` does it.
   */
  const visit = (i: number, code: number, keptBytes: Uint8Array | undefined): Slow | 0 => {
    if (code === ScanCode.Clean) filesScanned++;
    else if (code === ScanCode.Binary || code === ScanCode.BinaryToken) noteBinary(listing.files[i]!, code === ScanCode.BinaryToken);
    else if (code === ScanCode.Symlink) symlink(listing.files[i]!);
    // What listFiles leaves out in a git checkout (deleted tracked files, submodules) when it stats.
    else if (code === ScanCode.Unreadable || (code === ScanCode.Gone && listing.mode !== 'git')) skipped.unreadable++;
    if (code !== ScanCode.Look) return 0;
    const rel = listing.files[i]!;
    // A tracked file under a folder that became a symlink after checkout was opened through it (the
    // open refuses a symlink at the last component only): no rule looks at what it holds.
    if (listing.mode === 'git' && !listing.raw.has(rel) && underSymlink(rel)) {
      skipped.symlinks++;
      debug(`skipped ${oneLine(rel)} (a folder on its path is a symlink)`);
      return 0;
    }
    // Small files: the bytes the first pass kept (or one synchronous read into a reused buffer); large
    // ones (and odd cases) are streamed.
    const quick = keptBytes ? { kind: 'text' as const, bytes: Buffer.from(keptBytes.buffer, keptBytes.byteOffset, keptBytes.byteLength) } : reader.read(absolutePath(cwd, rel, listing.raw));
    if (quick === 'stream') return Slow.Stream;
    if (quick.kind !== 'text') {
      countOdd(quick.kind, rel, quick.token === true);
      return 0;
    }
    const bytes = quick.bytes!;
    // A Look file answered from the cache comes with its needle lists (scan-cache.ts).
    const listed = cache?.listsOf(i);
    const m = listed ?? settled(needlesIn(bytes), rel, bytes);
    const fileRules = rulesFor(m, rel, bytes);
    if (fileRules && collecting && !collector && callMarker(m, rel, bytes)) return Slow.CallReader;
    cache?.noteLists(i, m, !listed);
    if (!fileRules) filesScanned++;
    // Decoded before anything else is read: the bytes may be the SIMD memory's view, which the next read reuses.
    else runRules(rel, fileRules, decodeSource(bytes));
    return 0;
  };
  // Each folder on a path, below the working directory, looked at once (`lstat`): a symlink or not.
  const folderIsLink = new Map<string, boolean>();
  const underSymlink = (rel: string): boolean => {
    const parts = rel.split('/');
    let k = 0;
    // The `../` of a file named from a subfolder lead to the checkout's own folders above it.
    while (parts[k] === '..') k++;
    for (let j = k + 1; j < parts.length; j++) {
      const folder = parts.slice(0, j).join('/');
      let link = folderIsLink.get(folder);
      if (link === undefined) {
        try {
          link = lstatSync(path.join(cwd, folder)).isSymbolicLink();
        } catch {
          link = false;
        }
        folderIsLink.set(folder, link);
      }
      if (link) return true;
    }
    return false;
  };
  const countOdd = (kind: LoadedSource['kind'], rel: string, token = false): void => {
    if (kind === 'binary') noteBinary(rel, token);
    else if (kind === 'symlink') symlink(rel);
    else skipped.unreadable++;
  };
  /**
   * A symlink is not followed, but what it holds is the repository's: git stores its target as its content, in
   * every clone. A target with a Meta token's shape goes to hardcoded-token as the file's one line (hunt AT2-2: a
   * token committed as a link's target passed every scan).
   */
  const linkRules = codeRules.filter((r) => r.id === 'hardcoded-token');
  const symlink = (rel: string): void => {
    skipped.symlinks++;
    if (linkRules.length === 0) return;
    let target: string;
    try {
      target = readlinkSync(absolutePath(cwd, rel, listing.raw), 'latin1');
    } catch {
      return;
    }
    if (target.length > MAX_LINK_TARGET || !credentialLike(target)) return;
    const text = Buffer.from(linkTargetText(target), 'latin1').toString('utf8');
    checkWhole(rel, linkRules, { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true });
  };
  /** The rules over a file's only chunk; its findings and suppressions kept. */
  const runRules = (rel: string, fileRules: readonly AnyRuleOf<'code'>[], chunk: SourceChunk): void => {
    filesScanned++;
    checkWhole(rel, fileRules, chunk);
  };
  /** The rules over a file's only chunk (or a symlink's target), counting nothing. */
  const checkWhole = (rel: string, fileRules: readonly AnyRuleOf<'code'>[], chunk: SourceChunk): void => {
    const sup: FileSuppressions = new Map();
    const fileFindings: InternalFinding[] = [];
    try {
      checkChunk(rel, chunk, fileRules, sup, fileFindings);
    } catch (e) {
      unreadable(rel, e);
      return;
    }
    keep(rel, sup, fileFindings);
  };
  /** `runRules` over the chunks `readSource` streams. */
  const streamRules = async (rel: string, fileRules: readonly AnyRuleOf<'code'>[]): Promise<void> => {
    filesScanned++;
    const sup: FileSuppressions = new Map();
    const fileFindings: InternalFinding[] = [];
    try {
      for await (const c of readSource(absolutePath(cwd, rel, listing.raw))) checkChunk(rel, c, fileRules, sup, fileFindings);
    } catch (e) {
      unreadable(rel, e);
      return;
    }
    keep(rel, sup, fileFindings);
  };
  /**
   * A file that could not be read to its end: an error of the file system (it has a `code`) is the
   * file's. Anything else is not (a ConfigError is the run's; a rule's crash or another bug is
   * graphguard's): passed on, so that the run stops with exit 2 rather than drop what the file holds.
   */
  const unreadable = (rel: string, e: unknown): void => {
    if (e instanceof ConfigError || e instanceof InternalError) throw e;
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string') throw new InternalError(`scanning ${rel}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { cause: e });
    skipped.unreadable++;
    debug(`skipped ${oneLine(rel)}: ${code}`);
  };
  const keep = (rel: string, sup: FileSuppressions, fileFindings: InternalFinding[]): void => {
    for (const f of fileFindings) findings.push(f);
    if (sup.size) fileSuppressions.set(rel, sup);
  };
  /** What `visit` left: the call reader to load first, or a large (or odd) file to stream. */
  const visitSlowly = async (i: number, code: number, keptBytes: Uint8Array | undefined, slow: Slow): Promise<void> => {
    if (slow === Slow.CallReader) {
      collector = await import('../calls/collect.js');
      if (visit(i, code, keptBytes) === 0) return;
    }
    const rel = listing.files[i]!;
    const abs = absolutePath(cwd, rel, listing.raw);
    const loaded = await loadSource(abs);
    const { kind, chunk } = loaded;
    if (kind !== 'text') {
      countOdd(kind, rel, loaded.token === true);
      return;
    }
    // A text file of 8 MiB or more is streamed to the rules; up to LARGE_TEST_BYTES its bytes are
    // first tested as a small file's are, so that it goes only to the rules whose needles it holds.
    // (Not while collecting calls: the bytes also tell whether a call marker stands in code.)
    const listed = !chunk && !collecting ? cache?.listsOf(i) : undefined;
    const large = !chunk && !listed ? largeReader.read(abs) : undefined;
    const bytes = large && large !== 'stream' && large.kind === 'text' ? large.bytes : undefined;
    const m = listed ?? (bytes && settled(needlesIn(bytes), rel, bytes));
    if (m) cache?.noteLists(i, m, !listed);
    // Without a needle test (a file of 16 MiB or more, an odd case), every rule that may report in its path.
    const fileRules = m ? rulesFor(m, rel, bytes) : codeRules.filter((rule) => !skipsPath(rule, rel));
    if (!fileRules) {
      filesScanned++;
      return;
    }
    if (collecting && !collector && (m ? callMarker(m, rel, bytes) : mayHoldCalls(rel))) collector = await import('../calls/collect.js');
    if (chunk) runRules(rel, fileRules, chunk);
    else await streamRules(rel, fileRules);
  };
  /**
   * Files visited while the first pass still runs, on this thread between two of its files (while a
   * worker reads on): those before `visitedTo`, in file order, as far as the codes are known and no
   * file needs waiting for. The rules' work on the files that hold something is shared with the first
   * pass's that way, instead of following it on one thread.
   */
  let visitedTo = 0;
  let waiting = false;
  const visitEarly = (known: Uint8Array, keptNow: Map<number, Uint8Array>): void => {
    const before = findings.length;
    for (; !waiting && visitedTo < known.length; visitedTo++) {
      const code = known[visitedTo]!;
      if (code === ScanCode.Pending) break;
      const keptBytes = keptNow.get(visitedTo);
      // A file to wait for (and every later one) is left to the pass after the first.
      if (visit(visitedTo, code, keptBytes) !== 0) {
        waiting = true;
        break;
      }
      if (keptBytes) keptNow.delete(visitedTo);
    }
    if (findings.length !== before) input.progress?.update({ findings: findings.length });
  };

  /**
   * The calls made through a Graph client another Python module holds (src/calls/python-imports.ts): the
   * Python files a call marker matched are read for their top-level clients; a module that calls Graph itself
   * (where an importer may be another user's) counts as one that holds a client, of no name; the modules that
   * import a client pass it on, round by round; then the Python files whose calls can count for a user are
   * read with the clients they import declared ahead.
   */
  /** A Python test's path: `tests/…`, `test_x.py`, `x_test.py`, `conftest.py`. */
  const PYTHON_TEST = /(?:^|\/)(?:tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$)/;
  const readThroughPythonImports = async (o: {
    textOf: (rel: string) => string | undefined;
    throughLink: (rel: string) => boolean;
    exists: (rel: string) => boolean;
    /** The user a file's `code:` globs give it. */
    owner: (rel: string) => number | undefined;
    /** The declared tokens each module settled reads (filled here; `refuse` asks it). */
    moduleTokens: Map<string, string[]>;
    wanted: (rel: string) => boolean;
    mayServeAnother: (rel: string) => boolean;
    quiet: (importer: string, target: string) => boolean;
    refuse: (importer: string, target: string, b: ExportedBinding) => string | undefined;
    readWithImports: typeof import('../calls/imports.js').readWithImports;
  }): Promise<void> => {
    const py = await import('../calls/python-imports.js');
    const { findModuleBindings } = await import('../calls/sites.js');
    const { exists } = o;
    const index = new Map<string, ExportedBinding[]>();
    // Each module's functions and classes (an importer's call of one is read in the module, for its user).
    const defsOf = new Map<string, Set<string>>();
    const isDef = (target: string, name: string) => defsOf.get(target)?.has(name) === true;
    const GRAPH_HOSTS = ['graph.facebook.com', 'graph.instagram.com'];
    /**
     * A module's names as an importer sees them: its top-level clients, factories and URLs (read with the clients it
     * imports declared ahead: `client = httpx.Client(base_url=GRAPH)` on an imported `GRAPH`), what it passes on,
     * and the names that make no call. Undefined when it holds nothing an importer needs to know of.
     */
    const bindingsOf = (rel: string, text: string, prelude: string, passed: readonly ExportedBinding[], callsGraph: boolean): ExportedBinding[] | undefined => {
      const own = [...(prelude !== '' || GRAPH_HOSTS.some((h) => text.includes(h)) ? findModuleBindings(prelude + text, rel) : []), ...py.pythonSdkObjects(text)];
      const names = new Set(passed.map((b) => b.name));
      const all = [...passed, ...own.filter((b) => !names.has(b.name))];
      if (all.length === 0 && !callsGraph) return undefined;
      const top = py.pythonTopLevel(text, all.map((b) => b.name));
      defsOf.set(rel, top.defs);
      return [...all, ...top.inert.filter((n) => !names.has(n)).map((name): ExportedBinding => ({ name, kind: 'inert', instagram: false }))];
    };
    const files = listing.files.filter((f) => languageOf(f) === 'python' && !o.throughLink(f) && o.wanted(f));
    if (files.length === 0) return;
    // Each module's imports of the folder's own modules (not `os`, `httpx`), read once, when first needed.
    const importsOf = new Map<string, PyImport[]>();
    const { textOf } = o;
    const targets = (rel: string, imp: PyImport): string[] => {
      const out: string[] = [];
      const whole = py.resolvePythonModule(rel, imp.dots, imp.module, exists);
      if (whole !== undefined && whole !== rel) out.push(whole);
      for (const n of imp.names) {
        const sub = py.resolvePythonModule(rel, imp.dots, [...imp.module, n.imported], exists);
        if (sub !== undefined && sub !== rel) out.push(sub);
      }
      return out;
    };
    const callsGraph = (rel: string) => (callFiles.get(rel)?.calls.length ?? 0) > 0 && o.mayServeAnother(rel);
    const importsIn = (rel: string, text: string): PyImport[] => {
      let list = importsOf.get(rel);
      if (!list) {
        list = text.includes('import') ? py.pythonImportsOf(text).filter((imp) => targets(rel, imp).length > 0) : [];
        importsOf.set(rel, list);
      }
      return list;
    };
    // Each module an importer reaches: what it holds and passes on, worked out once (its importers' files, when
    // no module imports them, need only their imports), MAX_PASS_DEPTH modules deep: one past that which imports a
    // module of the folder is taken as opaque (an import of it is noted), and so is what imports it. A module in a
    // cycle (`graph.py`'s `from . import utils` under an `__init__.py` that imports `graph`) is worked out again
    // once the cycle is closed.
    const settled = new Set<string>();
    const inProgress = new Set<string>();
    const again: string[] = [];
    // The declared tokens a module reads, and the names it binds to one (`TOKEN = os.environ["META_PAGES_TOKEN"]`).
    const constantsOf = new Map<string, Map<string, string>>();
    const work = (rel: string, text: string, list: PyImport[]): void => {
      let deep = false;
      const tokens = new Set((callFiles.get(rel)?.tokens ?? []).map((t) => t.name));
      if (!callFiles.has(rel)) for (const t of input.calls!.tokenNames) if (text.includes(t)) tokens.add(t);
      for (const imp of list) {
        for (const t of targets(rel, imp)) deep ||= index.get(t)?.includes(py.PASSED_TOO_DEEP) === true;
        // A token an imported name stands for (`from app.settings import TOKEN`) is read here too.
        const base = py.resolvePythonModule(rel, imp.dots, imp.module, exists);
        for (const n of imp.names) {
          const t = base === undefined ? undefined : constantsOf.get(base)?.get(n.imported);
          if (t !== undefined) tokens.add(t);
        }
      }
      o.moduleTokens.set(rel, [...tokens]);
      if (tokens.size > 0) constantsOf.set(rel, py.pythonTokenConstants(text, [...tokens]));
      const { passed, prelude } = list.length === 0 ? { passed: [], prelude: '' } : py.pythonPassedOn(rel, list, index, exists);
      const bindings = bindingsOf(rel, text, prelude, deep ? [py.PASSED_TOO_DEEP, ...passed] : passed, callsGraph(rel));
      if (bindings) index.set(rel, [...bindings, ...passedInert(rel, text, list, bindings)]);
    };
    /**
     * The names a module imports from a module of the folder that holds nothing an importer needs to know of (no
     * client, no call marker: `from pyfacebook.ratelimit import RateLimit` in a package's `__init__.py`), which it
     * does not bind again: they make no call, and its importers take them freely. A module not worked out yet (in a
     * cycle, to be worked out again) says nothing.
     */
    const passedInert = (rel: string, text: string, list: readonly PyImport[], bindings: readonly ExportedBinding[]): ExportedBinding[] => {
      const have = new Set(bindings.map((b) => b.name));
      const out: ExportedBinding[] = [];
      for (const imp of list) {
        if (imp.whole || imp.names.length === 0) continue;
        const from = py.resolvePythonModule(rel, imp.dots, imp.module, exists);
        if (from === undefined || from === rel || index.has(from) || !settled.has(from) || inProgress.has(from) || again.includes(from)) continue;
        // A module that names a Graph host or imports a Graph SDK may build a client in a function (`def make():
        // return facebook.GraphAPI(…)`), which index holds nothing of: its names stay noted (hunt Z7-5).
        const fromText = textOf(from);
        if (fromText === undefined || py.mayMakeGraphClient(fromText)) continue;
        for (const { imported, local } of imp.names) {
          if (have.has(local) || py.pythonRebinds(text, local)) continue;
          // `from . import graph`: a module of the package, not a name of it.
          const sub = py.resolvePythonModule(rel, imp.dots, [...imp.module, imported], exists);
          if (sub !== undefined && sub !== rel) continue;
          have.add(local);
          out.push({ name: local, kind: 'inert', instagram: false });
        }
      }
      return out;
    };
    const settle = (rel: string, depth: number): void => {
      if (settled.has(rel)) return;
      settled.add(rel);
      const text = textOf(rel);
      if (text === undefined) return;
      const list = importsIn(rel, text);
      if (depth > py.MAX_PASS_DEPTH && list.length > 0) {
        index.set(rel, [py.PASSED_TOO_DEEP]);
        return;
      }
      inProgress.add(rel);
      let cycle = false;
      for (const imp of list)
        for (const t of targets(rel, imp)) {
          cycle ||= inProgress.has(t);
          settle(t, depth + 1);
        }
      inProgress.delete(rel);
      work(rel, text, list);
      if (cycle) again.push(rel);
    };
    /** A file's imports, with the modules they reach settled first; and its text. */
    const reach = (rel: string): { list: PyImport[]; text: string } | undefined => {
      const text = textOf(rel);
      if (text === undefined) return undefined;
      const list = importsIn(rel, text);
      for (const imp of list) for (const t of targets(rel, imp)) settle(t, 1);
      // The modules of a cycle, worked out again (those that import them first) now that each has its bindings.
      for (let n = 0; n < 2 && again.length > 0; n++) {
        const redo = again.splice(0).reverse();
        for (const r of [...redo, ...redo]) {
          const t = textOf(r);
          if (t !== undefined) work(r, t, importsIn(r, t));
        }
      }
      return { list, text };
    };
    for (const rel of files) {
      const got = reach(rel);
      if (!got || got.list.length === 0) continue;
      const { list, text } = got;
      const how = py.pythonImportsRead(rel, list, index, exists, o.quiet, o.refuse, undefined, isDef, list.some((imp) => imp.indented) ? py.pythonParameterNames(text) : undefined);
      if (how === undefined) continue;
      const read = o.readWithImports({ path: rel, text }, how, input.calls!.tokenNames, { discover: input.calls!.discover === true });
      if (read.calls.length > 0 || read.tokens.length > 0) callFiles.set(rel, read);
    }
    // A client bound to a declared token (its module reads `META_SHOP_TOKEN`) makes its calls with that token wherever
    // it is imported. A module no user is attributed (no token read, no `code:` glob) that imports one (or its module
    // whole) makes calls of that token's user this reader does not count: the client's module holds one unresolved
    // call saying so, for that user (its unused permissions are then not judged).
    if (input.calls!.discover) return;
    // (The modules with a call marker that read a declared token: what they hold, settled if no importer reached them.)
    for (const rel of pythonMarked) if ((callFiles.get(rel)?.tokens.length ?? 0) > 0) settle(rel, 1);
    const origins = (module: string): string[] =>
      (index.get(module) ?? []).filter((b) => b.kind === 'client' || b.kind === 'factory').map((b) => b.from?.[b.from.length - 1] ?? module).filter((m) => (o.moduleTokens.get(m)?.length ?? 0) > 0);
    const holding = [...index.keys()].filter((m) => origins(m).length > 0);
    if (holding.length === 0) return;
    const stems = [...new Set(holding.map(py.pythonModuleName))].map((n) => Buffer.from(n, 'utf8'));
    const IMPORT = Buffer.from('import');
    const noUser = (rel: string) => o.owner(rel) === undefined && (callFiles.get(rel)?.tokens.length ?? 0) === 0;
    const marked = new Map<string, string[]>();
    for (const rel of listing.files) {
      // (A package's `__init__.py` passes a client on; its importers are looked at in turn.)
      // (A test's import of the client, to mock it, makes no call with the token.)
      if (languageOf(rel) !== 'python' || o.throughLink(rel) || !noUser(rel) || path.posix.basename(rel) === '__init__.py' || PYTHON_TEST.test(rel)) continue;
      const got = reader.read(absolutePath(cwd, rel, listing.raw));
      if (got === 'stream' || got.kind !== 'text' || !got.bytes!.includes(IMPORT) || !stems.some((n) => got.bytes!.includes(n))) continue;
      const reached = reach(rel);
      const mark = (origin: string) => {
        if (!(marked.get(origin) ?? []).includes(rel)) marked.set(origin, [...(marked.get(origin) ?? []), rel]);
      };
      for (const imp of reached?.list ?? []) {
        // The client itself (a function of its module makes its calls there, for its user), or the module whole.
        const base = py.resolvePythonModule(rel, imp.dots, imp.module, exists);
        if (imp.whole || imp.names.length === 0) {
          for (const origin of base === undefined ? [] : origins(base)) mark(origin);
          continue;
        }
        for (const n of imp.names) {
          const sub = py.resolvePythonModule(rel, imp.dots, [...imp.module, n.imported], exists);
          const b = base === undefined ? undefined : index.get(base)?.find((x) => x.name === n.imported);
          if (!b && sub !== undefined) for (const origin of origins(sub)) mark(origin);
          else if (b && (b.kind === 'client' || b.kind === 'factory')) {
            const origin = b.from?.[b.from.length - 1] ?? base!;
            if ((o.moduleTokens.get(origin)?.length ?? 0) > 0) mark(origin);
          }
        }
      }
    }
    for (const [origin, importers] of marked) {
      const prev = callFiles.get(origin) ?? { file: origin, calls: [], tokens: (o.moduleTokens.get(origin) ?? []).map((name: string) => ({ name, line: 1, column: 1 })) };
      const reason = `a Graph API client bound to this module's token, imported by ${importers.length === 1 ? 'a module' : `${importers.length} modules`} no user is attributed (${importers.slice(0, 3).join(', ')}${importers.length > 3 ? ', …' : ''}): the calls made through it there are not read`;
      callFiles.set(origin, { ...prev, calls: [...prev.calls, { file: origin, line: 1, column: 1, endLine: 1, endColumn: 1, method: 'GET', via: 'client', status: 'unresolved', reason }] });
    }
  };


  /**
   * The calls made through a Graph client another file exports (src/calls/imports.ts): once every file is
   * read, the files that export one are read for what they export, and the JavaScript/TypeScript files
   * that may import one are read again with it declared. Only files whose calls can count for a user:
   * those a user's `code:` globs match or whose token reads were found (every file, for `infer` without a
   * manifest); only when some file exports a client.
   */
  const readThroughImports = async (): Promise<void> => {
    const exporters = [...callFiles.values()].filter((f) => f.calls.some((c) => c.status === 'unresolved' && isExportedClientReason(c.reason)));
    // With `--changed-only` the modules a changed file imports are not listed: they are looked for below.
    const changedOnly = input.changedOnly !== undefined;
    // Python: a module with a call marker may hold a client; with `--changed-only`, an unchanged one may.
    const python = pythonMarked.size > 0 || [...callFiles.keys()].some((f) => languageOf(f) === 'python') || (changedOnly && listing.files.some((f) => languageOf(f) === 'python'));
    // Go, PHP, Java, Ruby: a Graph URL one file holds that others use; Spring: a configuration that may set one.
    const shared = valueMarked.size > 0 || listing.files.some(isSpringConfig);
    if (exporters.length === 0 && !changedOnly && !python && !shared) return;
    const imports = await import('../calls/imports.js');
    // Not a tracked file under a folder that became a symlink (visit says why).
    const throughLink = (rel: string) => listing.mode === 'git' && !listing.raw.has(rel) && underSymlink(rel);
    const textOf = (rel: string): string | undefined => {
      if (throughLink(rel)) return undefined;
      const got = reader.read(absolutePath(cwd, rel, listing.raw));
      return got !== 'stream' && got.kind === 'text' ? decodeSource(got.bytes!).text : undefined;
    };
    // Each user's `code:` globs on their own (one user's `!` excludes nothing of another's).
    const coded = input.calls!.discover || !valid ? [] : (manifest.systemUsers ?? []).filter((u) => (u.code ?? []).length > 0).map((u) => compileGlobs(u.code!));
    const wanted = (rel: string) => input.calls!.discover === true || callFiles.has(rel) || coded.some((m) => m(rel));
    // The user a file's `code:` globs give it (analyze.ts's attribution, with no token read): its index in the manifest.
    const { attribute } = await import('../calls/analyze.js');
    const ownerOf = (rel: string): number | undefined => (valid ? attribute(manifest, { file: rel, calls: [], tokens: [] })?.userIndex : undefined);
    // Only where an importer may be another user's (or none's): a module of no user, or with several users' globs.
    const mayServeAnother = (rel: string) => coded.length !== 1 || ownerOf(rel) === undefined;
    const quiet = (importer: string, target: string): boolean => {
      const owner = ownerOf(importer);
      return owner !== undefined && owner === ownerOf(target);
    };
    // A client (or a factory of one) whose module reads a declared token (`params: { access_token:
    // process.env.SHOP_TOKEN }`) makes its calls with that token: declared only for a file of that token's user,
    // else noted (never counted for another).
    const users = valid ? (manifest.systemUsers ?? []) : [];
    const moduleTokens = new Map<string, string[]>();
    const refuse = (importer: string, target: string, b: ExportedBinding): string | undefined => {
      // (Python: a factory too, and a module that reads two users' tokens refuses all its clients. JavaScript reads a
      // factory's token parameter at its call, and a module's clients by the importer's token.)
      const python = languageOf(target) === 'python';
      if (input.calls!.discover || (b.kind !== 'client' && b.kind !== 'config' && !(python && b.kind === 'factory'))) return undefined;
      const bound = new Set([...(callFiles.get(target)?.tokens ?? []).map((t) => t.name), ...(moduleTokens.get(target) ?? [])]);
      if (bound.size === 0) return undefined;
      // A module that reads two users' tokens: which one a client of it is bound to is not told.
      if (python && bound.size > 1) return "a client of a module that reads more than one user's token";
      const owner = ownerOf(importer);
      const secrets = owner !== undefined ? [users[owner]?.token?.secret] : (callFiles.get(importer)?.tokens ?? []).map((t) => t.name);
      return secrets.some((x) => x !== undefined && bound.has(x)) ? undefined : 'a client bound to the token its module reads, of another user';
    };
    const listed = new Set(listing.files);
    // A file not listed (`--changed-only`) that is one of the folder's: a regular file, on no symlink.
    const onDisk = (r: string): boolean => {
      if (!changedOnly || r.startsWith('../') || path.posix.isAbsolute(r) || underSymlink(r)) return false;
      try {
        return lstatSync(path.join(cwd, r)).isFile();
      } catch {
        return false;
      }
    };
    const exists = (r: string) => listed.has(r) || onDisk(r);
    if (python) await readThroughPythonImports({ textOf, throughLink, exists, owner: ownerOf, moduleTokens, wanted, mayServeAnother, quiet, refuse, readWithImports: imports.readWithImports });
    if (shared) {
      // A value another file gives a name this file uses (shared-values.ts), declared ahead of its text: what every
      // reader declares for a file is gathered, then the file is read again once.
      const values = await import('../calls/shared-values.js');
      const ahead = new Map<string, { text: string; prelude: string; through: string[]; blank: [number, number][] }>();
      const read = (rel: string, text: string, prelude: string, through: string[], blank: [number, number][] = []) => {
        const a = ahead.get(rel) ?? { text, prelude: '', through: [], blank: [] };
        ahead.set(rel, { text, prelude: a.prelude + prelude, through: [...new Set([...a.through, ...through])], blank: [...a.blank, ...blank] });
      };
      const io = { files: listing.files, textOf, wanted, read };
      values.readGoPackages(io, valueMarked);
      values.readSharedClassUrls(io, valueMarked);
      values.readSpringValues(io);
      for (const [rel, a] of ahead) {
        const got = imports.readWithImports({ path: rel, text: a.text }, { prelude: a.prelude, blank: a.blank, unfollowed: [], through: a.through }, input.calls!.tokenNames, { discover: input.calls!.discover === true });
        if (got.calls.length > 0 || got.tokens.length > 0) callFiles.set(rel, got);
      }
    }
    if (exporters.length === 0 && !changedOnly) return;
    const index = new Map<string, ExportedBinding[]>();
    for (const f of exporters) {
      const text = textOf(f.file);
      const bindings = text === undefined ? [] : imports.findExportedBindings(text, f.file);
      if (imports.holdsClient(bindings)) index.set(f.file, bindings);
    }
    // tsconfig.json's `paths` (`@/lib/graph`), from the one nearest each importer; the folder's own packages by name.
    const configs = (listing.whole ?? listing.files).filter(imports.isResolutionConfig);
    const { aliases, patterns } = imports.importAliases(configs, exists, textOf);
    if (changedOnly) {
      // The modules the changed files import, and those they pass on (`export … from`), read for their clients.
      const seen = new Set<string>();
      const passing = new Map<string, string>();
      let frontier: string[] = [];
      for (const rel of listing.files) {
        if (languageOf(rel) !== 'js' || !wanted(rel)) continue;
        const text = textOf(rel);
        if (text !== undefined) for (const imp of imports.importsOf(text)) frontier.push(imports.resolveImport(rel, imp.spec, exists, aliases) ?? '');
      }
      for (let depth = 0; depth <= imports.MAX_REEXPORT_DEPTH && frontier.length > 0; depth++) {
        const next: string[] = [];
        for (const rel of frontier) {
          // (A bound on the modules read: the changed files' imports, not the whole repository's.)
          if (rel === '' || seen.has(rel) || languageOf(rel) !== 'js' || seen.size >= MAX_CHANGED_ONLY_MODULES) continue;
          seen.add(rel);
          const text = textOf(rel);
          if (text === undefined) continue;
          const bindings = index.has(rel) ? [] : imports.findExportedBindings(text, rel);
          if (imports.holdsClient(bindings)) index.set(rel, bindings);
          const specs = [...imports.reexportsOf(text).map((r) => r.spec), ...imports.importsOf(text).map((i) => i.spec)];
          if (specs.length > 0) passing.set(rel, text);
          for (const spec of specs) next.push(imports.resolveImport(rel, spec, exists, aliases) ?? '');
        }
        frontier = next;
      }
      imports.addBarrels(index, [...passing.keys()], (rel) => ({ exports: true, text: passing.get(rel) }), exists, aliases, patterns);
    }
    if (index.size === 0) return;
    // Modules that call the Graph API themselves (their own calls were read, or they call through an imported
    // client: addBarrels finds those): a file that imports a function of one of them calls Graph through it, for
    // the module's user. Such an import is noted for the importer (importsRead), unless both are one user's.
    const callModule = (rel: string, text: string | undefined): void => {
      if (!index.has(rel) && text !== undefined) index.set(rel, imports.inertExports(text));
    };
    for (const f of callFiles.values()) if (f.calls.length > 0 && languageOf(f.file) === 'js' && !index.has(f.file) && mayServeAnother(f.file)) callModule(f.file, textOf(f.file));
    const needlesOf = () => imports.importNeedles(index, patterns)?.map((n) => Buffer.from(n, 'utf8'));
    let names = needlesOf();
    // Past some hundred names (or a path pattern that maps any name), every file is lexed for its imports.
    const mayName = (b: Buffer) => names === undefined || names.length > 256 || names.some((n) => b.includes(n));
    // Barrels (`lib/index.ts`: `export { graph } from './graph'`, `export * from`, an import exported again) pass
    // the clients on: they export them too, found before the importers are read (imports.addBarrels).
    const EXPORT = Buffer.from('export');
    let needleBytes: { of: string[] | undefined; bytes: Buffer[] } | undefined;
    imports.addBarrels(
      index,
      listing.files,
      (rel, needles) => {
        if (languageOf(rel) !== 'js' || throughLink(rel)) return { exports: false };
        const got = reader.read(absolutePath(cwd, rel, listing.raw));
        if (got === 'stream' || got.kind !== 'text' || !got.bytes!.includes(EXPORT)) return { exports: false };
        if (needleBytes?.of !== needles) needleBytes = { of: needles, bytes: (needles ?? []).map((x) => Buffer.from(x, 'utf8')) };
        const bytes = needleBytes!.bytes;
        const may = needles === undefined || needles.length > 256 || bytes.some((x) => got.bytes!.includes(x));
        return may ? { exports: true, text: decodeSource(got.bytes!).text } : { exports: true };
      },
      exists,
      aliases,
      patterns,
      { wants: mayServeAnother, add: callModule },
    );
    names = needlesOf();
    for (const rel of listing.files) {
      if (languageOf(rel) !== 'js' || !wanted(rel) || throughLink(rel)) continue;
      const got = reader.read(absolutePath(cwd, rel, listing.raw));
      if (got === 'stream' || got.kind !== 'text' || !mayName(got.bytes!)) continue;
      const text = decodeSource(got.bytes!).text;
      const how = imports.importsRead(rel, text, index, exists, aliases, quiet, refuse);
      if (how === undefined) continue;
      const read = imports.readWithImports({ path: rel, text }, how, input.calls!.tokenNames, { discover: input.calls!.discover === true });
      if (read.calls.length > 0 || read.tokens.length > 0) callFiles.set(rel, read);
    }
  };

  const prefilter = startPrefilter(firstPassNeedles);
  let codes: Uint8Array;
  let kept: Map<number, Uint8Array>;
  try {
    const scan = valid ? manifest.scan : undefined;
    const base = path.resolve(cwd) + path.sep;
    // Declared token values are needles: a cache keyed by them is not kept (nor a `--changed-only` list's).
    const cacheSetting = input.cache && declaredSecrets.length === 0 && !input.changedOnly ? input.cache : undefined;
    try {
      listing = await listFiles({
        cwd,
        paths,
        ...(scan?.include ? { include: scan.include } : {}),
        ...(scan?.exclude ? { exclude: scan.exclude } : {}),
        ...(input.changedOnly ? { changedSince: input.changedOnly } : {}),
        // The first pass opens every file without following symlinks: no lstat each beforehand.
        statFiles: false,
        // A tree scanned before: git says which files changed, instead of an lstat of each (scan-cache.ts).
        dirty: cacheSetting !== undefined,
        // Outside a checkout, the walk's list from the last scan of this folder where no directory changed.
        ...(input.cache && !input.changedOnly ? { walkCache: input.cache } : {}),
      });
    } catch (e) {
      throw new ConfigError((e as Error).message.split('\n')[0]!);
    }
    if (listing.gitignoreTruncated)
      debug(`scan: .gitignore rules past ${MAX_GITIGNORE_RULE_CHARS} characters not applied, from ${oneLine(listing.gitignoreTruncated)} on (nothing below that folder, or below a folder whose rules were left out, is excluded)`);
    // First pass (every core on a large scan): read each file once and test its bytes. The files some
    // needle matches come back with their bytes and go to the rules below, in file order; only large
    // or odd ones (and any past the keep budget) are read again.
    const raw = listing.raw;
    manifestFile = needleCtx.manifestFile = manifestAsListed(cwd, manifestFile, listing.files);
    const files = raw.size === 0 ? listing.files : listing.files.map((rel) => (raw.has(rel) ? (absolutePath(cwd, rel, raw) as Buffer) : rel));
    cache = cacheSetting && openScanCache({ ...cacheSetting, base, count: files.length, scope: paths, needles: firstPassNeedles, statuses: listing.index?.statuses });
    if (cache?.previous) {
      const index = listing.index;
      const dirty = index?.dirty && (await index.dirty.catch(() => undefined));
      // git's answer is about the index it read: the statuses count only if that is still the one read here.
      cache.answer(files, dirty && sameIndex(index.statuses) ? { statuses: index.statuses, dirty, entryOf: index.entryOf } : undefined);
    }
    const progress = input.progress ? (n: number, bytes: number) => input.progress!.update({ files: n, bytes, total: files.length }) : undefined;
    // A shared first pass visits files as their codes come (visitEarly), as far as none needs waiting
    // for: the call reader is loaded before it, rather than at the first file that holds a call marker
    // (a file without one holds no call it can find: loaded earlier, it finds nothing more).
    if (collecting && !collector && sharedPass(files.length, cache?.arrays)) collector = await import('../calls/collect.js');
    // The sizes git's index recorded: a file read that reaches its size needs no read to say it ended.
    const sizes = listing.index && indexSizes(files.length, listing.index.statuses, listing.index.entryOf);
    ({ codes, kept } = await prefilter.classify(files, base, progress, cache?.arrays, visitEarly, sizes));
    debug(
      `scan: ${listing.files.length} files listed (${listing.mode}${listing.walkCache === 'read' ? ', walk cache' : ''}), first pass on ${lastClassify.threads} thread(s)` +
        (cache ? `, cache ${cache.previous ? `read: ${cache.arrays.hits[0]} unchanged${cache.answeredBy ? ` (${cache.answeredBy})` : ''}` : 'new'}` : ''),
    );
  } finally {
    prefilter.close();
  }
  skipped.symlinks += listing.skipped.symlinks;
  // A directory the walk could not read is one unreadable entry: what it holds was not scanned.
  for (const d of listing.skipped.unreadableDirs ?? []) {
    skipped.unreadable++;
    debug(`skipped directory ${oneLine(d)}`);
  }
  // Outside git, a FIFO, a socket or a device: never opened (a FIFO would block), counted unreadable.
  for (const f of listing.skipped.notRegular ?? []) {
    skipped.unreadable++;
    debug(`skipped ${oneLine(f)} (not a regular file)`);
  }
  // An index entry whose name leaves the checkout (a crafted index): never opened, counted unreadable.
  for (const f of listing.skipped.outside ?? []) {
    skipped.unreadable++;
    debug(`skipped ${oneLine(f)} (a name in git's index that leaves the checkout)`);
  }
  for (let i = visitedTo; i < listing.files.length; i++) {
    if (input.progress && (i & 63) === 0) input.progress.update({ findings: findings.length });
    const keptBytes = kept.get(i);
    if (keptBytes) kept.delete(i);
    const code = codes[i]!;
    const slow = visit(i, code, keptBytes);
    if (slow !== 0) await visitSlowly(i, code, keptBytes, slow);
  }
  if (collecting) await readThroughImports();
  // The first scan of a checkout: the index entries whose status is the one its file was read with.
  if (cache && !cache.previous && listing.index) cache.adoptIndex(listing.index.statuses, listing.index.entryOf, codes);
  // Saved once the rules' pass has noted the needle lists of the files it looked at.
  cache?.save(codes);
  return {
    findings,
    suppressions: fileSuppressions,
    filesScanned,
    skipped,
    ...(binaryText.length > 0 ? { binaryText } : {}),
    ...(binaryTextTotal > binaryText.length ? { binaryTextTotal } : {}),
    ...(collecting ? { calls: [...callFiles.values()] } : {}),
    ...(listing.keepWalk ? { keepWalk: listing.keepWalk } : {}),
    ...(manifestFile !== input.manifestFile ? { manifestAsListed: manifestFile } : {}),
  };
}

/** Modules read for the clients they export with `--changed-only` (the changed files' imports, and theirs), at most. */
const MAX_CHANGED_ONLY_MODULES = 2000;

/**
 * The manifest's name in the scan's list, when the list names it otherwise (`--manifest link.yml` with
 * `link.yml` a symlink to the listed `graphguard.yml`; a path through a symlinked folder): found among
 * the listed files of the same base name by its real path. A manifest scanned as code under another
 * name would report its tokens twice (hardcoded-token there, plaintext-token at the manifest).
 */
export function manifestAsListed(cwd: string, manifestFile: string, files: readonly string[]): string {
  if (manifestFile === '') return manifestFile;
  let real: string;
  try {
    real = realpathSync(path.resolve(cwd, manifestFile));
    // Its name from cwd is its real one (no symlink on the way): the listing names it so, if at all.
    if (real === path.join(realpathSync(cwd), manifestFile)) return manifestFile;
  } catch {
    return manifestFile;
  }
  const base = path.basename(real);
  for (const f of files) {
    if (f === manifestFile || !(f === base || f.endsWith(`/${base}`))) continue;
    try {
      if (realpathSync(path.resolve(cwd, f)) === real) return f;
    } catch {
      // gone, or unreadable: not the manifest that was read
    }
  }
  return manifestFile;
}

/** A path in a debug line, on its one line (a file named `a\n::error …` would start a line of its own). */
function oneLine(p: string): string {
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

