/** The files a pull request changes (SPEC §6 `only-changed`). */
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
