/**
 * The history scan (`graphguard check --history [RANGE]`): the blobs a commit range added, each blob
 * once, read through ONE `git log --raw` and ONE `git cat-file --batch` process (never a process per
 * blob), given to the secret rule (`hardcoded-token`). A token committed and removed later is still
 * in every clone: it is found, once, with the commit that added it.
 */
import { runRule } from '../errors.js';
import { runChunkRules } from './chunk-rules.js';
import { LEAKED_SECRET_RULES, type InternalFinding } from '../findings.js';
import type { Manifest } from '../manifest/types.js';
import type { AnyRuleOf } from '../rule.js';
import type { RuleSetting } from '../settings.js';
import { clipRedacted } from '../secrets/sink.js';
import { escapeControls } from '../secrets/sink.js';
import type { Secret } from '../secrets/secret.js';
import { covers, parseSuppressions, suppressionProblem, type Suppression } from '../suppress.js';
import { ConfigError } from '../types.js';
import { gitBlocker } from './git-index.js';
import { childProcess } from '../builtins.js';
import { gitSafeEnv, safeGitArgs } from '../git-safe.js';
import { compileNeedles, type Needle } from './prefilter.js';
import { BINARY_SNIFF_BYTES, ChunkStream, DEFAULT_CHUNK_BYTES, TOKEN_SNIFF_BYTES, decodeSource, linkTargetText, tokenShaped, type SourceChunk } from './read.js';
import type { HiddenSecret } from '../types.js';
import { textByName } from '../calls/language.js';

/** Where a history finding's blob was first added. */
export interface HistoryOrigin {
  /** Full commit id. */
  commit: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** Path of the blob in that commit (relative to the repository's top level). */
  path: string;
}

export interface HistoryInput {
  cwd: string;
  /** A revision range (`main..HEAD`, `abc123`); undefined: all history (every ref). */
  range?: string;
  /**
   * The tree scan's scope (walk.ts's `repositoryScope`): a blob's path relative to the top level → its
   * path relative to `cwd` when the scan covers it, undefined when not (not read). Without it, every
   * blob is read, named by its path in the commit.
   */
  scope?: (topRel: string) => string | undefined;
  manifest?: Manifest;
  today: string;
  /** The secret rules to run on each blob (hardcoded-token). */
  rules: readonly AnyRuleOf<'code'>[];
  settings: ReadonlyMap<string, RuleSetting>;
  declaredSecrets: { name: string; value: Secret }[];
  /** Every rule id: a suppression naming another is invalid and hides nothing. */
  knownRuleIds: ReadonlySet<string>;
  debug: (line: string) => void;
  /** `cwd` from the git checkout's top level, where fingerprints name files from (CheckRun.repositoryPrefix; default ''). */
  repositoryPrefix?: string;
}

export interface HistoryResult {
  findings: (InternalFinding & { history: HistoryOrigin })[];
  /** The findings a blob's own suppression comments hid (Report.hiddenSecrets). */
  hidden: HiddenSecret[];
  commits: number;
  blobs: number;
  /** Blobs skipped: binary. (A blob over 8 MiB is streamed in chunks, as the tree's reader streams a file.) */
  skipped: number;
  /**
   * Blobs of source and text files (by name) skipped as binary, with the commit that added each, at most
   * MAX_BINARY_NAMED: a NUL byte in front of a token, committed and deleted again, is named (hunt AT-2).
   */
  binary: BlobNotScanned[];
  /** How many such blobs there were in all, when more than `binary` names. */
  binaryTotal: number;
  /** The repository is a shallow clone: the commits before its boundary are not in it, nor scanned (hunt Y5-1). */
  shallow: boolean;
}

/** What a report and the CLI say when `--history` read a shallow clone (Report.historyIncomplete). */
export const SHALLOW_HISTORY =
  '--history read a shallow clone: the commits before its shallow boundary are not in it, and what they added was not scanned; fetch the whole history (`git fetch --unshallow`, or actions/checkout with `fetch-depth: 0`) to scan it';

/** A blob the history scan did not read: binary (a NUL byte in its first 8 KiB). */
export interface BlobNotScanned {
  file: string;
  commit: string;
}

/** Binary blobs named in the result, at most. */
const MAX_BINARY_NAMED = 100;

/** The rules the history scan runs: those that find secrets (the rest judge the current code). */
export const HISTORY_RULES: ReadonlySet<string> = new Set(['hardcoded-token']);

/** A revision range git takes as one: never an option, no whitespace or control characters. */
const RANGE = /^[^-\s\x00-\x1f\x7f][^\s\x00-\x1f\x7f]{0,400}$/;

/**
 * Scans the blobs `range` added. Git is called with `--end-of-options` before the range, which must
 * not start with `-` either. Throws ConfigError when git refuses (not a repository, unknown revision).
 */
export async function scanHistory(input: HistoryInput): Promise<HistoryResult> {
  const { cwd, range, scope, manifest, today, rules, settings, declaredSecrets, knownRuleIds, debug } = input;
  if (range !== undefined && !RANGE.test(range)) throw new ConfigError(`--history: "${clipRedacted(range, 40)}" is not a revision range`);
  const shallow = await isShallow(cwd, range);
  const blobs = await addedBlobs(cwd, range, scope);
  debug(`history: ${blobs.commits} commit(s), ${blobs.list.length} distinct blob(s) added${range ? ` in ${range}` : ''}${shallow ? ' (a shallow clone)' : ''}`);

  const appId = manifest?.app?.id;
  const needleCtx = { ...(manifest ? { manifest } : {}), manifestFile: '', today, declaredSecrets };
  const tests = rules.map((rule) => {
    let needles: Needle[] | undefined;
    runRule(rule.id, () => {
      if (rule.needles) needles = rule.needles(needleCtx, settings.get(rule.id)!.options);
    });
    return compileNeedles(needles);
  });
  const findings: HistoryResult['findings'] = [];
  const hidden: HiddenSecret[] = [];
  const binary: BlobNotScanned[] = [];
  let binaryTotal = 0;
  let skipped = 0;

  /** A blob not read, binary: named where reviewers look when a source file's (by name) or its head holds a token's shape (hunt AT-2). */
  const notRead = (blob: AddedBlob, head: Uint8Array): void => {
    skipped++;
    if (textByName(blob.file) || tokenShaped(head.subarray(0, TOKEN_SNIFF_BYTES))) {
      binaryTotal++;
      if (binary.length < MAX_BINARY_NAMED) binary.push({ file: blob.file, commit: blob.commit.slice(0, 12) });
    }
  };
  /**
   * The rules over one chunk of a blob (the whole blob, or a piece of one over 8 MiB, streamed as the tree's
   * reader streams the same file: hunt Y2-1). `suppressed`: the blob's valid suppression comments so far.
   */
  const checkChunk = (blob: AddedBlob, chunk: SourceChunk, fileRules: readonly AnyRuleOf<'code'>[], suppressed: Map<number, Suppression>): void => {
    // Suppression comments in the blob itself hide the findings on their next line; as in the tree, an
    // invalid one (no reason, an unknown rule, a bad or past `until=` date) hides nothing.
    for (const s of parseSuppressions(chunk.text, chunk.startLine, chunk.startColumn, blob.file)) if (!suppressionProblem(s, knownRuleIds, today)) suppressed.set(s.targetLine, s);
    // No file is the manifest here: an old manifest's pasted token is this rule's finding too.
    const base = { rules: fileRules, settings, path: blob.file, chunk, manifest, manifestFile: '', today, declaredSecrets, appId, frames: true, repositoryPrefix: input.repositoryPrefix ?? '' };
    runChunkRules(base, (f, rule) => {
      const s = suppressed.get(f.line);
      if (s?.rules.includes(rule.id) && covers(s, f.line, f.column)) {
        hidden.push({ file: f.file, line: f.line, rule: rule.id, by: 'suppression', commit: blob.commit.slice(0, 12) });
        return;
      }
      const origin: HistoryOrigin = { commit: blob.commit, date: blob.date, path: blob.path };
      findings.push({ ...f, message: `${f.message} ${historyNote(origin)}`, history: origin });
    });
  };

  await readBlobs(
    cwd,
    blobs.list,
    (blob, bytes) => {
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return notRead(blob, bytes);
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const fileRules = rules.filter((_, i) => tests[i]!(buf));
      if (fileRules.length === 0) return;
      const decoded = decodeSource(bytes);
      // A link's target as the tree's scan reads it: `./EAAG…` is a token in a folder (hunt C1).
      const chunk = blob.link ? { ...decoded, text: linkTargetText(decoded.text) } : decoded;
      checkChunk(blob, chunk, fileRules, new Map());
    },
    // Over 8 MiB (a HAR capture, a notebook with plots): streamed in chunks as the tree's reader streams the same
    // file, every rule on each chunk (the needles are a whole file's test), binary judged by its first 8 KiB.
    (blob) => {
      let head: Buffer | undefined = Buffer.alloc(0);
      let isBinary = false;
      const stream = new ChunkStream();
      const suppressed = new Map<number, Suppression>();
      const each = (c: SourceChunk) => checkChunk(blob, c, rules, suppressed);
      return {
        write(bytes) {
          if (head !== undefined) {
            // Kept until the first 64 KiB are in: 8 KiB say binary or not, 64 KiB whether a binary's head holds a token's shape.
            head = Buffer.concat([head, bytes.subarray(0, TOKEN_SNIFF_BYTES - head.length)]);
            if (!isBinary && head.length >= BINARY_SNIFF_BYTES) isBinary = head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
            if (head.length >= TOKEN_SNIFF_BYTES) {
              if (isBinary) notRead(blob, head);
              head = undefined;
            }
          }
          // The stream hands out no chunk before a whole block (8 MiB) is in, long after the first 8 KiB decided.
          if (!isBinary) stream.write(bytes, each);
        },
        end() {
          if (isBinary) {
            if (head !== undefined) notRead(blob, head);
            return;
          }
          stream.end(each);
        },
      };
    },
  );
  return { findings, hidden, commits: blobs.commits, blobs: blobs.list.length, skipped, binary, binaryTotal, shallow };
}

/**
 * Whether what `--history` reads is cut short by a shallow clone (`git clone --depth 1`, actions/checkout's default):
 * its history stops at a boundary, and `git log` says nothing of what lies before it. git's own answer (`rev-parse
 * --is-shallow-repository`, which knows a worktree's and `GIT_DIR`'s shallow file); with a range, only when one of
 * its commits is at the boundary (a pull request's `base..HEAD` that a `fetch-depth` above 1 holds whole is read
 * whole: hunt Y5-2). git shows a boundary commit without parents, as it shows the repository's first commit; the
 * commit object tells them apart: a boundary commit still names its parents (which the clone does not hold), a
 * first commit names none. Past SHALLOW_CHECKS commits without parents, the range counts as cut short (a warning
 * too many, never one too few).
 */
async function isShallow(cwd: string, range: string | undefined): Promise<boolean> {
  let out = '';
  await runGit(cwd, safeGitArgs(['rev-parse', '--is-shallow-repository']), (t) => {
    out += t;
  });
  if (out.trim() !== 'true') return false;
  if (range === undefined) return true;
  const parentless: string[] = [];
  let rest = '';
  await runGit(cwd, safeGitArgs(['rev-list', '--parents', '--end-of-options', range]), (t) => {
    if (parentless.length > SHALLOW_CHECKS) return;
    const lines = (rest + t).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line !== '' && !line.includes(' ')) parentless.push(line);
  });
  if (rest !== '' && !rest.includes(' ')) parentless.push(rest);
  if (parentless.length > SHALLOW_CHECKS) return true;
  for (const commit of parentless) {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) return true;
    let object = '';
    await runGit(cwd, safeGitArgs(['cat-file', 'commit', commit]), (t) => {
      object += t;
    });
    // The headers end at the first empty line; a boundary commit's headers name its parents.
    const headers = object.slice(0, object.indexOf('\n\n') === -1 ? object.length : object.indexOf('\n\n'));
    if (/^parent [0-9a-f]/m.test(headers)) return true;
  }
  return false;
}

/** Commits without parents in a range that are looked at one by one (a boundary, or a first commit?). */
const SHALLOW_CHECKS = 8;

/** What a history finding adds to its message. */
export function historyNote(o: HistoryOrigin): string {
  // The path on one line (a name may hold a newline), as the report writes every file name.
  return `Added in commit ${o.commit.slice(0, 12)} (${o.date}) as ${escapeControls(o.path, { oneLine: true })}: it stays in the git history, in every clone and fork, until it is revoked.`;
}

interface AddedBlob {
  oid: string;
  commit: string;
  date: string;
  /** Its path in the commit, relative to the top level. */
  path: string;
  /** Its path relative to cwd: the finding's file. */
  file: string;
  /** A symlink's blob: its text is a path, whose separators are words' edges for the detectors. */
  link?: true;
}

/**
 * Every blob the range added (status A, M, C or T; with `--no-renames` a rename is a delete and an add),
 * first commit first, each blob id once. Submodules (160000) are not content; a symlink's blob (120000) is its
 * target, which every clone holds: read like a file's (hunt AT2-2: a token committed as a link's target).
 * A merge commit lists the files its result holds that none of its parents has (`-c`, combined: an
 * evil merge, a conflict resolution, a `git stash`); a file it takes from a parent was added by a commit
 * of that parent's history. `--root`: the first commit's files, whatever `log.showRoot` says.
 */
/** A `--raw` line: its modes (the result's last), its ids (the same), and its status letter(s). */
const RAW_LINE = /^:+((?:\d{6} )+\d{6}) ((?:[0-9a-f]+ )+[0-9a-f]+) ([A-Z]+)\d*$/;

async function addedBlobs(cwd: string, range: string | undefined, scope: HistoryInput['scope']): Promise<{ list: AddedBlob[]; commits: number }> {
  const args = safeGitArgs([
    'log',
    '--reverse',
    '--raw',
    '-c',
    '--root',
    '--no-renames',
    '--no-abbrev',
    '--no-color',
    '-z',
    '--format=%x01%H %cI',
    ...(range === undefined ? ['--all'] : []),
    '--end-of-options',
    ...(range === undefined ? [] : [range]),
  ]);
  const seen = new Set<string>();
  const list: AddedBlob[] = [];
  let commits = 0;
  let commit = '';
  let date = '';
  let pending: { oid: string; link: boolean } | undefined;
  let rest = '';
  const onToken = (tok: string): void => {
    if (pending) {
      const p = pending;
      pending = undefined;
      if (p.oid === '' || seen.has(p.oid)) return;
      // Outside the scope (a path not asked for, `scan.exclude`): not read, and not marked seen, so the
      // same blob added later at a path in the scope is still read.
      const file = scope ? scope(tok) : tok;
      if (file === undefined) return;
      seen.add(p.oid);
      list.push({ oid: p.oid, commit, date, path: tok, file, ...(p.link ? { link: true as const } : {}) });
      return;
    }
    const t = tok.replace(/^\n+/, '');
    if (t.startsWith('\x01')) {
      commits++;
      const sp = t.indexOf(' ');
      commit = t.slice(1, sp);
      date = t.slice(sp + 1, sp + 11);
      return;
    }
    // `:100644 100644 <old> <new> M`, or for a merge of N parents (combined) N + 1 colons, N + 1 modes
    // and ids (the result's last) and N letters: the path follows as the next token.
    const m = RAW_LINE.exec(t);
    if (!m) return;
    const [, modes, oids, status] = m;
    const mode = modes!.slice(-6);
    const oid = oids!.slice(oids!.lastIndexOf(' ') + 1);
    const skip = status === 'D' || /^D+$/.test(status!) || mode === '000000' || mode === '160000' || /^0+$/.test(oid);
    pending = { oid: skip ? '' : oid, link: mode === '120000' };
  };
  await runGit(cwd, args, (chunk) => {
    rest += chunk;
    let z = rest.indexOf('\0');
    let from = 0;
    while (z !== -1) {
      onToken(rest.slice(from, z));
      from = z + 1;
      z = rest.indexOf('\0', from);
    }
    rest = rest.slice(from);
  });
  if (rest.length > 0) onToken(rest);
  return { list, commits };
}

/** Runs git, streaming stdout as UTF-8 text (paths that are not UTF-8 decode with U+FFFD). */
function runGit(cwd: string, args: string[], onData: (text: string) => void): Promise<void> {
  // A hostile `.git` (a FIFO or a device where git reads its config or index) would hold git forever.
  const blocker = gitBlocker(cwd);
  if (blocker !== undefined) return Promise.reject(new ConfigError(blocker));
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: gitSafeEnv(), windowsHide: true });
    const idle = watchIdle(() => {
      child.kill();
      reject(new ConfigError(`--history: git log gave nothing for ${historyIdle.ms / 1000} s (a FIFO or a device among the files it reads?)`));
    });
    const decoder = new TextDecoder('utf-8');
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      idle.poke();
      onData(decoder.decode(b, { stream: true }));
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 2000) err += b.toString('utf8');
    });
    child.on('error', (e) => reject(new ConfigError(`--history: cannot run git (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    child.on('close', (code) => {
      idle.stop();
      const tail = decoder.decode();
      if (tail) onData(tail);
      if (code === 0) resolve();
      else reject(new ConfigError(`--history: git log failed: ${firstLine(err) || `exit code ${code}`}`));
    });
  });
}

/**
 * git that gives nothing for this long is stopped: git waits forever on a FIFO among the files it reads (a
 * ref, `packed-refs`, `objects/info/alternates`, a loose object), which no look at the `.git` can list in
 * full (hunt T4). `git log -p` streams as it goes: this is a bound on silence, not on the run (tests lower it).
 */
export const historyIdle = { ms: 120_000 };

/** A timer that calls `onIdle` once when `poke` has not been called for `historyIdle.ms`; `stop` ends it. */
function watchIdle(onIdle: () => void): { poke(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined = setTimeout(onIdle, historyIdle.ms);
  return {
    poke() {
      if (timer) timer.refresh();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? '').replace(/^fatal: /, '').trim().slice(0, 200);
}

/** Where a blob over DEFAULT_CHUNK_BYTES goes, piece by piece as git writes it (never held whole). */
interface BlobSink {
  write(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Streams the blobs through one `git cat-file --batch`: ids are written as the output is read (so
 * neither pipe fills), each blob handed to `onBlob` in order, whole; a blob over DEFAULT_CHUNK_BYTES is
 * handed to the sink `onLarge` gives for it, in the pieces git writes.
 */
function readBlobs(cwd: string, blobs: readonly AddedBlob[], onBlob: (blob: AddedBlob, bytes: Uint8Array) => void, onLarge: (blob: AddedBlob) => BlobSink): Promise<void> {
  if (blobs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn('git', safeGitArgs(['cat-file', '--batch']), { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: gitSafeEnv(), windowsHide: true });
    let err = '';
    let failed: Error | undefined;
    const fail = (e: Error): void => {
      if (failed) return;
      failed = e;
      child.kill();
    };
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 2000) err += b.toString('utf8');
    });
    child.on('error', (e) => fail(new ConfigError(`--history: cannot run git (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    child.stdin.on('error', () => {});
    const idle = watchIdle(() => fail(new ConfigError(`--history: git cat-file gave nothing for ${historyIdle.ms / 1000} s (a FIFO or a device among the files it reads?)`)));

    // Writer: ids in order, respecting backpressure.
    let next = 0;
    const write = (): void => {
      while (next < blobs.length) {
        if (!child.stdin.write(`${blobs[next++]!.oid}\n`)) {
          child.stdin.once('drain', write);
          return;
        }
      }
      child.stdin.end();
    };
    write();

    // Reader: `<oid> blob <size>\n<content>\n`, repeated.
    let at = 0;
    let header = Buffer.alloc(0);
    let body: Buffer | undefined;
    let bodyFill = 0;
    let size = -1;
    /** The large blob being streamed, and how many of its bytes (and its trailing newline) are still to come. */
    let large: BlobSink | undefined;
    let left = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      idle.poke();
      if (failed) return;
      let i = 0;
      while (i < chunk.length) {
        if (size < 0) {
          const nl = chunk.indexOf(0x0a, i);
          if (nl === -1) {
            header = Buffer.concat([header, chunk.subarray(i)]);
            return;
          }
          const line = Buffer.concat([header, chunk.subarray(i, nl)]).toString('latin1');
          header = Buffer.alloc(0);
          i = nl + 1;
          const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
          if (!m) {
            fail(new ConfigError(`--history: git cat-file: ${line.slice(0, 80)}`));
            return;
          }
          size = Number(m[3]);
          if (size > DEFAULT_CHUNK_BYTES) {
            body = undefined;
            try {
              large = onLarge(blobs[at]!);
            } catch (e) {
              fail(e as Error);
              return;
            }
            left = size + 1;
          } else {
            body = Buffer.allocUnsafe(size + 1);
            bodyFill = 0;
          }
          continue;
        }
        if (body) {
          const n = Math.min(body.length - bodyFill, chunk.length - i);
          chunk.copy(body, bodyFill, i, i + n);
          bodyFill += n;
          i += n;
          if (bodyFill < body.length) continue;
          const blob = blobs[at++]!;
          size = -1;
          try {
            onBlob(blob, body.subarray(0, body.length - 1));
          } catch (e) {
            fail(e as Error);
            return;
          }
          body = undefined;
        } else {
          const n = Math.min(left, chunk.length - i);
          // The blob's bytes, without the newline git writes after it.
          const content = Math.min(n, left - 1);
          try {
            if (content > 0) large!.write(chunk.subarray(i, i + content));
            left -= n;
            i += n;
            if (left > 0) continue;
            at++;
            size = -1;
            large!.end();
            large = undefined;
          } catch (e) {
            fail(e as Error);
            return;
          }
        }
      }
    });
    child.on('close', (code) => {
      idle.stop();
      if (failed) reject(failed);
      else if (at < blobs.length)
        reject(
          new ConfigError(
            /lazy fetch/i.test(err)
              ? '--history: this partial clone does not hold every commit\'s files, and graphguard fetches nothing: fetch them first, or run in a full clone'
              : `--history: git cat-file ended early: ${firstLine(err) || `exit code ${code}`}`,
          ),
        );
      else resolve();
    });
  });
}

/** One leaked value, whichever rule found it: the manifest's token is the tree's `plaintext-token` and the old manifest blob's `hardcoded-token` (hunt H1). */
function leakedKey(f: InternalFinding): string {
  return f.secret ? `${LEAKED_SECRET_RULES.has(f.ruleId) ? 'leaked' : f.ruleId}\0${f.secret.reveal()}` : `${f.ruleId}\0${f.fingerprint}`;
}

/**
 * The history findings once per value and file, the oldest blob's (`history` in commit order, as scanHistory
 * gives them): each later version of the file that still holds the value carries the same leak.
 */
export function oncePerFile<T extends InternalFinding>(history: readonly T[]): T[] {
  const seen = new Set<string>();
  return history.filter((f) => {
    const k = `${leakedKey(f)}\0${f.file}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The history findings worth reporting, judged after suppressions and the baseline (docs/scan.md, History):
 * each secret once, at the oldest commit that added it (`order`: a history finding's place in commit order),
 * and none whose value the tree scan reports (`kept`: the findings left after suppressions and the baseline;
 * the token is still in the code, and that finding says so) or whose value the baseline accepts in the same
 * file (`accepted`: the tree findings the baseline hid; their entry is the history finding's fingerprint, or
 * the manifest's `plaintext-token` for its blob's `hardcoded-token`). A copy of the value that today's tree
 * holds under a suppression comment, or in another file the baseline accepts, hides nothing here: that comment
 * and that entry are about another place (hunts Y1-1, Y1-2). Returns `kept` without the history findings dropped,
and (`folded`) those dropped because a finding kept reports their value: a baseline written now accepts them
too, or accepting that finding would bring them back.
 */
export function newSecretsOnly<T extends InternalFinding>(
  kept: readonly T[],
  accepted: readonly InternalFinding[],
  order: ReadonlyMap<InternalFinding, number>,
): { findings: T[]; folded: T[] } {
  const reported = new Set<string>();
  for (const f of kept) if (!f.history) reported.add(leakedKey(f));
  const acceptedHere = new Set<string>();
  for (const f of accepted) if (!f.history) acceptedHere.add(`${leakedKey(f)}\0${f.file}`);
  const past = kept.filter((f) => f.history !== undefined).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const dropped = new Set<InternalFinding>();
  const folded: T[] = [];
  for (const f of past) {
    const k = leakedKey(f);
    if (reported.has(k)) folded.push(f);
    if (reported.has(k) || acceptedHere.has(`${k}\0${f.file}`)) dropped.add(f);
    else reported.add(k);
  }
  return { findings: dropped.size === 0 ? [...kept] : kept.filter((f) => !dropped.has(f)), folded };
}
