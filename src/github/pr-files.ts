/** The files a pull request changes (SPEC §6 `only-changed`). */
import path from 'node:path';
import type { Octokit } from './comment.js';

/** GitHub's pulls.listFiles returns at most 3000 files, whatever the pagination. */
export const PR_FILES_LIMIT = 3000;

/**
 * Paths (relative to the repository root) that the pull request adds, modifies or renames, from
 * pulls.listFiles paginated to the end. GitHub stops at 3000 files: a result of `PR_FILES_LIMIT`
 * entries may be incomplete, and the caller should then not filter by it.
 */
export async function listChangedFiles(octokit: Octokit, owner: string, repo: string, pull_number: number): Promise<string[]> {
  // No more pages than GitHub gives (30 of 100): an API whose `next` never ends must not hold the job.
  let pages = 0;
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 }, (response, done) => {
    if (++pages >= PR_FILES_LIMIT / 100) done();
    return response.data;
  });
  return [...new Set(files.map((f) => f.filename))];
}

/**
 * A pull request's files (named from the repository's root, `root`) as the scan names them (from `cwd`): under the
 * checkout's folder when `cwd` holds it, without the folder `cwd` is when it is inside the repository (a file
 * outside it is not scanned and drops out).
 */
export function scanNames(files: readonly string[], cwd: string, root: string): Set<string> {
  const down = path.relative(cwd, root).split(path.sep).join('/');
  if (down === '') return new Set(files);
  if (down !== '..' && !down.startsWith('../') && !path.isAbsolute(down)) return new Set(files.map((f) => `${down}/${f}`));
  const up = path.relative(root, cwd).split(path.sep).join('/');
  if (up.startsWith('..') || path.isAbsolute(up)) return new Set(files);
  const prefix = `${up}/`;
  return new Set(files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
}
