/** The manifest as it was at a pull request's base commit (SPEC §6 `new-access`). */
import { execFile } from 'node:child_process';
import { gitSafeEnv, safeGitArgs } from '../git-safe.js';
import path from 'node:path';
import type { Octokit } from './comment.js';
import { parseManifestText } from '../manifest/load.js';
import { ConfigError } from '../types.js';

export type BaseManifestSource = 'git' | 'git-fetched' | 'contents-api' | 'absent';

export interface BaseManifest {
  /** The manifest text, or null when the base commit has no file at that path. */
  text: string | null;
  source: BaseManifestSource;
}

export interface ReadBaseManifestOptions {
  /** Working directory inside the checkout. */
  cwd: string;
  /** The base commit sha (hex). */
  baseSha: string;
  /** Manifest path relative to `cwd` (for git) and to the repository root (for the contents API). */
  manifestPath: string;
  octokit?: Octokit;
  owner?: string;
  repo?: string;
  /** Timeout for each git command in ms (a fetch included); default 60 s. */
  gitTimeoutMs?: number;
}

/** Thrown when neither git nor the contents API can say what the base had. */
export class BaseManifestError extends Error {
  override name = 'BaseManifestError';
}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[], timeout: number): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      safeGitArgs(args),
      {
        cwd,
        timeout,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        // Never prompt for credentials; never pick up a pager.
        env: gitSafeEnv(),
        windowsHide: true,
      },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr: stderr || (error?.message ?? '') }),
    );
  });
}

/**
 * Read the manifest at the base commit: `git cat-file blob <sha>:./<path>` (git show without filters; no shell); if the commit is not in a
 * shallow checkout, `git fetch --no-tags --depth=1 origin <sha>` and again; else the contents API at
 * `ref=<sha>`. A commit without the file (git, or a 404 from the API) is `absent`: everything is new.
 * Throws `BaseManifestError` only when no source could answer.
 */
export async function readBaseManifest(opts: ReadBaseManifestOptions): Promise<BaseManifest> {
  const sha = opts.baseSha.trim();
  // A sha is hex; anything else could be read by git as an option or a revision expression.
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new BaseManifestError(`Not a commit sha: ${JSON.stringify(opts.baseSha)}.`);
  const rel = toPosix(path.isAbsolute(opts.manifestPath) ? path.relative(opts.cwd, opts.manifestPath) : opts.manifestPath);
  const timeout = opts.gitTimeoutMs ?? 60_000;
  const problems: string[] = [];

  const fromGit = await readWithGit(opts.cwd, sha, rel, timeout, problems);
  if (fromGit) return fromGit;

  if (opts.octokit && opts.owner && opts.repo) {
    try {
      return await readWithContentsApi(opts.octokit, opts.owner, opts.repo, sha, rel);
    } catch (e) {
      problems.push(`contents API: ${(e as Error).message}`);
    }
  }
  throw new BaseManifestError(`Could not read ${rel} at the base commit ${sha}: ${problems.join('; ') || 'no source available'}.`);
}

async function readWithGit(cwd: string, sha: string, rel: string, timeout: number, problems: string[]): Promise<BaseManifest | null> {
  // `./` makes the path relative to cwd, as the manifest path is, rather than to the repository root.
  const spec = `${sha}:./${rel}`;
  // cat-file, not show: no textconv or other configured filter runs.
  const first = await git(cwd, ['cat-file', 'blob', spec], timeout);
  if (first.ok) return { text: first.stdout, source: 'git' };
  if (await hasCommit(cwd, sha, timeout)) return { text: null, source: 'absent' };

  const fetched = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha], timeout);
  if (!fetched.ok) {
    problems.push(`git: ${firstLine(first.stderr)}; git fetch: ${firstLine(fetched.stderr)}`);
    return null;
  }
  const second = await git(cwd, ['cat-file', 'blob', spec], timeout);
  if (second.ok) return { text: second.stdout, source: 'git-fetched' };
  if (await hasCommit(cwd, sha, timeout)) return { text: null, source: 'absent' };
  problems.push(`git: ${firstLine(second.stderr)}`);
  return null;
}

async function hasCommit(cwd: string, sha: string, timeout: number): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], timeout)).ok;
}

async function readWithContentsApi(octokit: Octokit, owner: string, repo: string, sha: string, rel: string): Promise<BaseManifest> {
  const filePath = rel.replace(/^\.\//, '');
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: filePath, ref: sha });
    if (Array.isArray(data) || data.type !== 'file') return { text: null, source: 'absent' };
    if (data.encoding === 'base64') return { text: Buffer.from(data.content, 'base64').toString('utf8'), source: 'contents-api' };
    // Files of 1-100 MB come with `encoding: none` and no content; the raw media type has them.
    const raw = await octokit.rest.repos.getContent({ owner, repo, path: filePath, ref: sha, mediaType: { format: 'raw' } });
    return { text: String(raw.data as unknown), source: 'contents-api' };
  } catch (e) {
    const status = (e as { status?: number }).status;
    const message = (e as { response?: { data?: { message?: unknown } } }).response?.data?.message;
    // 404 "Not Found": no such file at that commit. "No commit found for the ref" is not an answer.
    if (status === 404 && !(typeof message === 'string' && /no commit found/i.test(message))) return { text: null, source: 'absent' };
    throw e;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/').replace(/^\.\//, '');
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/**
 * Why the base manifest's text cannot give the access diff (invalid YAML, an alias bomb, over the size
 * limit, binary), as one line; undefined when it parses. The pull request that fixes a broken base must
 * still be checked: the action then warns "new access not checked: …" and runs everything else.
 */
export function baseManifestProblem(text: string, file: string): string | undefined {
  try {
    parseManifestText(text, `${file} (base)`).value;
    return undefined;
  } catch (e) {
    if (e instanceof ConfigError) return `the base branch's manifest cannot be read: ${e.format()}`;
    return `the base branch's manifest cannot be read: ${(e as Error).message.split('\n')[0]}`;
  }
}
