/** `graphguard diff BASE HEAD`: the access change between two manifests (files, or git `REF:path`). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { inRealFolder, readUserFile, realPathOf } from './fs-safe.js';
import { gitSafeEnv, safeGitArgs } from './git-safe.js';
import path from 'node:path';
import { diffManifests, formatDiffText, type AccessChange } from './diff.js';
import { MAX_MANIFEST_BYTES, parseManifestText, relPath } from './manifest/load.js';
import { validateManifest } from './manifest/validate.js';
import { invalidManifestError, usableManifest } from './manifest/lenient-rules.js';
import type { Manifest } from './manifest/types.js';
import type { DIFF_FORMATS } from './format-names.js';
import { formatMarkdown } from './format/markdown.js';
import { cleanDeep, type Sink } from './secrets/sink.js';
import { ConfigError } from './types.js';
import { VERSION } from './version.js';

/** A git `REF:path` argument: never an option (no leading `-`), no control characters. */
const GIT_SPEC = /^[^-\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*:[^\x00-\x1f\x7f]*$/;

/** The text of a manifest argument; null when it is a `REF:path` whose commit has no such file. */
function read(cwd: string, spec: string): { text: string; file: string } | null {
  const abs = inRealFolder(path.resolve(cwd, spec), cwd);
  const colon0 = spec.indexOf(':');
  // A file the user names: a regular file within the manifest size limit (no FIFO, device or directory).
  if (existsSync(abs)) {
    // A file whose name reads as a REF:path (`main:graphguard.yml`, committed by a pull request to stand in for the
    // base; `main^{tree}:…`, a ref not fetched) is neither, until the user says which (hunts ATK-2, FIN31-7).
    if (colon0 > 0 && GIT_SPEC.test(spec) && !spec.startsWith('./') && !path.isAbsolute(spec))
      throw new ConfigError(`${spec} names a file and reads as a git REF:path; write ./${spec} for the file, or remove the file to read ${spec.slice(0, colon0)}'s`);
    const file = relPath(cwd, abs);
    return { text: readUserFile(abs, { maxBytes: MAX_MANIFEST_BYTES, what: 'manifest', display: file, within: cwd }).toString('utf8'), file };
  }
  const colon = spec.indexOf(':');
  if (colon > 0) {
    if (!GIT_SPEC.test(spec)) throw new ConfigError(`not a file or a git REF:path: ${spec}`);
    try {
      // `--end-of-options`: whatever the argument looks like, git reads it as an object name, never an option.
      const text = execFileSync('git', safeGitArgs(['cat-file', 'blob', '--end-of-options', spec]), {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: MAX_MANIFEST_BYTES + 1,
        timeout: 60_000,
        env: gitSafeEnv(),
        windowsHide: true,
      });
      return { text, file: spec };
    } catch (err) {
      const ref = spec.slice(0, colon);
      // A partial clone without the file's object: git would fetch it, and graphguard lets git run no
      // transport (src/git-safe.ts), so it says so rather than take the file for absent.
      if (/promisor|lazy fetch/i.test(String((err as { stderr?: unknown }).stderr ?? '')))
        throw new ConfigError(`cannot read ${spec}: this partial clone does not hold the file's content, and graphguard fetches nothing (git show ${spec} > base.yml fetches it; then pass base.yml)`);
      if (!isGitRef(cwd, ref))
        throw new ConfigError(`cannot read ${spec}: git knows no ref "${ref}" here (a branch, tag or commit; in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)`);
      // Only a path the commit does not hold is a base from before the manifest: a file over the limit, a folder, a
      // git that failed otherwise is no answer (hunt IO-2: each was taken for "every grant is new").
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOBUFS') throw new ConfigError(`cannot read ${spec}: manifest is ${gitObject(cwd, '-s', spec) ?? 'over'} bytes; the limit is ${MAX_MANIFEST_BYTES} (8 MiB)`);
      if (code === 'ETIMEDOUT' || (err as { signal?: unknown }).signal) throw new ConfigError(`cannot read ${spec}: git did not answer in 60 seconds`);
      const type = gitObject(cwd, '-t', spec) ?? treeEntryType(cwd, ref, spec.slice(colon + 1));
      if (type !== undefined) throw new ConfigError(`cannot read ${spec}: it is a ${type === 'commit' ? 'submodule' : type} in ${ref}, not a file`);
      // The commit exists and has no manifest there: a base from before the manifest (SPEC §6: then
      // everything is new). Whoever asked for HEAD that way gets an error (diffSpecs).
      return null;
    }
  }
  if (!spec.startsWith('-') && isGitRef(cwd, spec))
    throw new ConfigError(`${spec} is a git ref, not a manifest; name the manifest in it: ${spec}:graphguard.yml`);
  throw new ConfigError('manifest not found', spec);
}

/** What a read-only git command prints (trimmed), or undefined when it fails: the questions read() asks after a failed read. */
function gitAnswer(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', safeGitArgs(args), { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000, env: gitSafeEnv(), windowsHide: true }).trim();
  } catch {
    return undefined;
  }
}

/** `git cat-file -t|-s REF:path`: the object's type or size; undefined when there is no such object. */
function gitObject(cwd: string, flag: '-t' | '-s', spec: string): string | undefined {
  return gitAnswer(cwd, ['cat-file', flag, '--end-of-options', spec]);
}

/**
 * The type of the entry `rel` (a path from the repository's root, as in `REF:path`) of `ref`'s tree (`commit` for a
 * submodule, whose object is not here), or undefined. Its folder's tree is listed by name (`REF:dir`), so the
 * answer does not depend on the folder git runs in (hunt FIN31-6).
 */
function treeEntryType(cwd: string, ref: string, rel: string): string | undefined {
  const clean = rel.replace(/^\/+|\/+$/g, '');
  if (clean === '') return undefined;
  const slash = clean.lastIndexOf('/');
  const name = clean.slice(slash + 1);
  const out = gitAnswer(cwd, ['ls-tree', '-z', '--full-tree', '--end-of-options', `${ref}:${slash === -1 ? '' : clean.slice(0, slash)}`]);
  for (const entry of out?.split('\0') ?? []) {
    const tab = entry.indexOf('\t');
    if (tab !== -1 && entry.slice(tab + 1) === name) return /^\d+ (\w+) /.exec(entry)?.[1];
  }
  return undefined;
}

/** True when `ref` names a commit in the repository at cwd. */
function isGitRef(cwd: string, ref: string): boolean {
  return !ref.startsWith('-') && gitAnswer(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]) !== undefined;
}

/** Called with each manifest parsed (base and head), before anything about it is said. */
export type OnManifest = (value: unknown) => void;

function load(cwd: string, spec: string, seen?: OnManifest): Manifest | null {
  const read_ = read(cwd, spec);
  if (!read_) return null;
  const { text, file } = read_;
  const m = parseManifestText(text, file);
  // Its secrets reach the output sink first: a schema message or an access change may quote a value.
  seen?.(m.value);
  const problems = validateManifest(m.value, () => m.doc);
  // A misspelled `rules:` setting does not stop a diff, as it does not stop a check.
  const value = usableManifest(m.value, problems, (v) => validateManifest(v));
  if (value === undefined) {
    const how = spec.includes(':') && !existsSync(path.resolve(cwd, spec)) ? `git show ${spec} > base.yml && graphguard check --manifest base.yml` : `graphguard check --manifest ${spec}`;
    throw invalidManifestError(m, problems, how);
  }
  return value as Manifest;
}

/**
 * The access changes from base to head; `newAccess` counts those that grant access the base did not.
 * A base commit without the manifest is a manifest of nothing: every grant of head is new (`baseMissing`).
 */
export function diffSpecs(cwd: string, base: string, head: string, seen?: OnManifest): { changes: AccessChange[]; newAccess: number; baseMissing?: boolean } {
  // The folder by its real path, as `check` has it (read() maps an absolute file path through another name of it).
  cwd = realPathOf(cwd);
  const headManifest = load(cwd, head, seen);
  if (!headManifest) throw new ConfigError(`cannot read ${head}: ${head.slice(0, head.indexOf(':'))} has no file ${head.slice(head.indexOf(':') + 1)} (paths are from the repository root)`);
  const baseManifest = load(cwd, base, seen);
  const changes = diffManifests(baseManifest, headManifest);
  return { changes, newAccess: changes.filter((c) => c.newAccess).length, ...(baseManifest ? {} : { baseMissing: true }) };
}

/** Runs the diff and renders it. */
export function runDiffCommand(
  cwd: string,
  base: string,
  head: string,
  format: (typeof DIFF_FORMATS)[number],
  seen?: OnManifest,
  /** The output sink: the changes are cleaned before a format escapes them (markdown's `\_` would hide a secret from its search). */
  sink?: Pick<Sink, 'clean'>,
): { text: string; newAccess: number; note?: string } {
  const found = diffSpecs(cwd, base, head, seen);
  const { newAccess, baseMissing } = found;
  // JSON encodes control characters itself; text and markdown lay out lines, so theirs are escaped.
  const changes = sink ? cleanDeep(found.changes, sink, format === 'json' ? { keepControls: true } : { oneLine: true }) : found.changes;
  const note = baseMissing ? `no manifest at ${base}: every grant of ${head} is new` : undefined;
  const withNote = <T extends { text: string; newAccess: number }>(r: T) => (note ? { ...r, note } : r);
  if (format === 'json') return withNote({ text: `${JSON.stringify({ base, head, ...(baseMissing ? { baseMissing } : {}), newAccess, changes }, null, 2)}\n`, newAccess });
  if (format === 'markdown') {
    const empty = { tool: { name: 'graphguard' as const, version: VERSION }, summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 0, live: 'skipped' as const }, findings: [] };
    return withNote({ text: formatMarkdown(empty, { changes, title: 'graphguard access diff', accessOnly: true }), newAccess });
  }
  return withNote({ text: changes.length ? formatDiffText(changes) : 'No access changes.\n', newAccess });
}
