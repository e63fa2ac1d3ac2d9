/**
 * The scan stage of the pipeline: list the files, test their bytes against the code rules' needles
 * (two threads on a large tree), and run the code rules on the files that can match, in file order,
 * chunk by chunk: while the worker threads still test files, as far as the files' codes are known;
 * then the rest. Returns findings and suppression comments; writes nothing.
 *
 * This file holds the stages in their order (`scanRepository`); the work is in its neighbours:
 * rule-choice.ts (which rules a file goes to, by its needles), rules-pass.ts (each file after the
 * first pass: counted, or given to its rules chunk by chunk) and, collecting calls, follow-imports.ts
 * with follow-python-imports.ts (the calls made through another file's Graph client or URL).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { InternalFinding } from '../findings.js';
import type { RuleSetting } from '../settings.js';
import type { Manifest } from '../manifest/types.js';
import type { AnyRuleOf } from '../rule.js';
import type { Secret } from '../secrets/secret.js';
import type { Suppression } from '../suppress.js';
import { ConfigError } from '../types.js';
import { MAX_GITIGNORE_RULE_CHARS } from '../glob.js';
import type { FileCalls } from '../calls/analyze.js';
import { lastClassify, sharedPass, startPrefilter, type Prefilter } from './parallel.js';
import { openScanCache, type ScanCache } from './scan-cache.js';
import { indexSizes, sameIndex } from './git-index.js';
import type { ScanProgress } from './progress.js';
import { absolutePath, listFiles, type ListFilesResult } from './walk.js';
import { RuleChoice } from './rule-choice.js';
import { oneLine, RulesPass } from './rules-pass.js';
import { followImports } from './follow-imports.js';

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

/**
 * Runs the code rules over the repository. Bad paths or refs are ConfigErrors; odd files are counted.
 * The stages: each rule's needles (rule-choice.ts); the first pass (list the files, open the scan cache,
 * test every file's bytes, with the rules' pass visiting files as their codes come); the rest of the rules'
 * pass (rules-pass.ts); with `input.calls`, the calls made through imports (follow-imports.ts); the cache
 * saved; the result.
 */
export async function scanRepository(input: ScanInput): Promise<ScanResult> {
  const choice = new RuleChoice(input);
  // Closed whatever happens: a live worker thread keeps the process running.
  const prefilter = startPrefilter(choice.firstPass);
  let first: FirstPass;
  try {
    first = await firstPass(input, choice, prefilter);
  } finally {
    prefilter.close();
  }
  const { listing, cache, pass, codes, kept, manifestFile } = first;
  pass.countListingSkips();
  const restFrom = performance.now();
  await pass.visitRest(codes, kept);
  const importsFrom = performance.now();
  const collecting = input.calls !== undefined;
  if (collecting) {
    await followImports({
      input,
      listing,
      reader: pass.reader,
      calls: pass.calls,
      throughLink: (rel) => pass.throughLink(rel),
      underSymlink: (rel) => pass.underSymlink(rel),
    });
  }
  input.debug(`scan: the rest of the rules' pass ${elapsed(restFrom, importsFrom)}${collecting ? `, calls through imports ${elapsed(importsFrom)}` : ''}`);
  // The first scan of a checkout: the index entries whose status is the one its file was read with.
  if (cache && !cache.previous && listing.index) cache.adoptIndex(listing.index.statuses, listing.index.entryOf, codes);
  // Saved once the rules' pass has noted the needle lists of the files it looked at.
  cache?.save(codes);
  const { binaryText, binaryTextTotal } = pass;
  return {
    findings: pass.findings,
    suppressions: pass.suppressions,
    filesScanned: pass.filesScanned,
    skipped: pass.skipped,
    ...(binaryText.length > 0 ? { binaryText } : {}),
    ...(binaryTextTotal > binaryText.length ? { binaryTextTotal } : {}),
    ...(collecting ? { calls: [...pass.calls.files.values()] } : {}),
    ...(listing.keepWalk ? { keepWalk: listing.keepWalk } : {}),
    ...(manifestFile !== input.manifestFile ? { manifestAsListed: manifestFile } : {}),
  };
}

/** What the first pass leaves: the listing, the scan cache, the rules' pass as far as it went, and every file's code. */
interface FirstPass {
  listing: ListFilesResult;
  cache: ScanCache | undefined;
  pass: RulesPass;
  /** Each listed file's ScanCode (parallel.ts). */
  codes: Uint8Array;
  /** The bytes the first pass kept of `Look` files the rules' pass has not visited yet, by file index. */
  kept: Map<number, Uint8Array>;
  /** The manifest's name as the listing names it (manifestAsListed). */
  manifestFile: string;
}

/**
 * The first pass (every core on a large scan): list the files, then read each once and test its bytes. The files
 * some needle matches come back with their bytes and go to the rules, in file order: as the codes come, while the
 * threads still read (RulesPass.visitEarly), and the rest after (RulesPass.visitRest); only large or odd ones (and
 * any past the keep budget) are read again.
 */
async function firstPass(input: ScanInput, choice: RuleChoice, prefilter: Prefilter): Promise<FirstPass> {
  const { cwd, paths, declaredSecrets, debug } = input;
  const base = path.resolve(cwd) + path.sep;
  // Declared token values are needles: a cache keyed by them is not kept (nor a `--changed-only` list's).
  const cacheSetting = input.cache && declaredSecrets.length === 0 && !input.changedOnly ? input.cache : undefined;
  const listFrom = performance.now();
  const listing = await listRepository(input, cacheSetting !== undefined);
  const listed = performance.now();
  const raw = listing.raw;
  const manifestFile = (choice.ctx.manifestFile = manifestAsListed(cwd, input.manifestFile, listing.files));
  const files = raw.size === 0 ? listing.files : listing.files.map((rel) => (raw.has(rel) ? (absolutePath(cwd, rel, raw) as Buffer) : rel));
  const cache = cacheSetting && openScanCache({ ...cacheSetting, base, count: files.length, scope: paths, needles: choice.firstPass, statuses: listing.index?.statuses });
  if (cache?.previous) await answerChanged(cache, files, listing);
  const pass = new RulesPass(input, choice, listing, cache, manifestFile);
  const progress = input.progress ? (n: number, bytes: number) => input.progress!.update({ files: n, bytes, total: files.length }) : undefined;
  // A shared first pass visits files as their codes come (visitEarly), as far as none needs waiting
  // for: the call reader is loaded before it, rather than at the first file that holds a call marker
  // (a file without one holds no call it can find: loaded earlier, it finds nothing more).
  if (input.calls !== undefined && sharedPass(files.length, cache?.arrays)) await pass.loadCallReader();
  // The sizes git's index recorded: a file read that reaches its size needs no read to say it ended.
  const sizes = listing.index && indexSizes(files.length, listing.index.statuses, listing.index.entryOf);
  const { codes, kept } = await prefilter.classify(files, base, progress, cache?.arrays, (known, keptNow) => pass.visitEarly(known, keptNow), sizes);
  debug(
    `scan: ${listing.files.length} files listed (${listing.mode}${listing.walkCache === 'read' ? ', walk cache' : ''}), first pass on ${lastClassify.threads} thread(s)` +
      (cache ? `, cache ${cache.previous ? `read: ${cache.arrays.hits[0]} unchanged${cache.answeredBy ? ` (${cache.answeredBy})` : ''}` : 'new'}` : '') +
      `; listing ${elapsed(listFrom, listed)}, first pass ${elapsed(listed)}`,
  );
  return { listing, cache, pass, codes, kept, manifestFile };
}

/** Milliseconds from `from` to `to` (now), for `--debug`. */
function elapsed(from: number, to = performance.now()): string {
  return `${Math.round(to - from)} ms`;
}

/** The files the scan covers (walk.ts's listFiles, with the manifest's `scan:` globs); a listing error is the run's ConfigError. */
async function listRepository(input: ScanInput, dirty: boolean): Promise<ListFilesResult> {
  const scan = input.manifest?.scan;
  let listing: ListFilesResult;
  try {
    listing = await listFiles({
      cwd: input.cwd,
      paths: input.paths,
      ...(scan?.include ? { include: scan.include } : {}),
      ...(scan?.exclude ? { exclude: scan.exclude } : {}),
      ...(input.changedOnly ? { changedSince: input.changedOnly } : {}),
      // The first pass opens every file without following symlinks: no lstat each beforehand.
      statFiles: false,
      // A tree scanned before: git says which files changed, instead of an lstat of each (scan-cache.ts).
      dirty,
      // Outside a checkout, the walk's list from the last scan of this folder where no directory changed.
      ...(input.cache && !input.changedOnly ? { walkCache: input.cache } : {}),
    });
  } catch (e) {
    throw new ConfigError((e as Error).message.split('\n')[0]!);
  }
  if (listing.gitignoreTruncated)
    input.debug(
      `scan: .gitignore rules past ${MAX_GITIGNORE_RULE_CHARS} characters not applied, from ${oneLine(listing.gitignoreTruncated)} on (nothing below that folder, or below a folder whose rules were left out, is excluded)`,
    );
  return listing;
}

/**
 * A scan cache an earlier scan made, told which files changed since: git's answer (`git diff-files`) if git read
 * the index the listing read; else the cache lstats each file itself (scan-cache.ts).
 */
async function answerChanged(cache: ScanCache, files: (string | Buffer)[], listing: ListFilesResult): Promise<void> {
  const index = listing.index;
  const dirty = index?.dirty && (await index.dirty.catch(() => undefined));
  // git's answer is about the index it read: the statuses count only if that is still the one read here.
  cache.answer(files, dirty && sameIndex(index.statuses) ? { statuses: index.statuses, dirty, entryOf: index.entryOf } : undefined);
}

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
