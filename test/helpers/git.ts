/** git for the tests' own repositories, and the pull-request event the action's tests send. */
import { spawnSync } from 'node:child_process';

/**
 * Runs git in `cwd` (a test's repository): no user or system config (`HOME` is the repository), no
 * signing, no hooks; a fixed author. Returns stdout trimmed; throws with git's stderr when it fails.
 */
export function git(cwd: string, ...args: string[]): string {
  return gitWithInput(cwd, undefined, ...args);
}

/** `git`, with `input` on git's stdin (`git hash-object --stdin`). */
export function gitWithInput(cwd: string, input: string | undefined, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** An `opened` pull_request event of acme/shop's PR `number`, from commit `base` to `head`. */
export function pullRequestEvent(number: number, base: string, head: string) {
  return {
    action: 'opened',
    number,
    pull_request: { number, base: { sha: base, ref: 'main', repo: { full_name: 'acme/shop' } }, head: { sha: head, ref: 'x', repo: { full_name: 'acme/shop' } } },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
  };
}
