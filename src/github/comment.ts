/** The one sticky PR comment (SPEC §6), found by a hidden marker and its author. */
import type { getOctokit } from '@actions/github';
import { neutraliseCommands } from '../format/github.js';
import { Sink } from '../secrets/sink.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** Hidden marker that opens graphguard's comment. */
export const MARKER = '<!-- graphguard:sticky-comment -->';

/** GitHub rejects issue comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65536;

/** The login `GITHUB_TOKEN` writes as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  reason?: string;
  id?: number;
  url?: string;
}

export interface UpsertStickyCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Markdown without the marker. */
  body: string;
  /** True when the run found nothing: then no comment is created, only an earlier one updated. */
  clean: boolean;
  /** Linked from the truncation note when the body is too long. */
  summaryUrl?: string;
  /** Skip the identity look-up: the login whose comment is ours. */
  identity?: { login: string };
}

interface Identity {
  login: string;
  /** The login came from the fallback, not from GET /user. */
  assumed: boolean;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user: { login: string; type?: string } | null;
}

/**
 * Create or update graphguard's PR comment. Never throws: a 403 (fork PR, read-only token) or any
 * other failure gives `{ action: 'skipped', reason }`, since the job result never depends on reporting.
 *
 * Whose comment is ours: `GET /user` names the token's identity for personal access tokens. For
 * `GITHUB_TOKEN` and GitHub App installation tokens it answers 403 "Resource not accessible by
 * integration"; then the comment by `github-actions[bot]` is ours, or failing that one by another
 * bot account (an App token). A comment by a person is never ours, even if it starts with the marker.
 */
export async function upsertStickyComment(opts: UpsertStickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber } = opts;
  const body = buildCommentBody(opts.body, opts.summaryUrl);
  try {
    const identity: Identity = opts.identity ? { login: opts.identity.login, assumed: false } : await whoAmI(octokit);
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    })) as IssueComment[];
    const existing = findOurs(comments, identity);

    if (!existing) {
      if (opts.clean) return { action: 'skipped', reason: 'Clean run and no earlier graphguard comment: nothing to post.' };
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return { action: 'created', id: data.id, url: data.html_url };
    }
    if (normalise(existing.body ?? '') === normalise(body)) {
      return { action: 'unchanged', id: existing.id, url: existing.html_url };
    }
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  } catch (e) {
    return { action: 'skipped', reason: describeFailure(e) };
  }
}

/** The full comment body: marker, text, and a truncation note when it would pass GitHub's limit. */
export function buildCommentBody(text: string, summaryUrl?: string): string {
  // The caller's text is already clean (src/github/output.ts); cleaning again is cheap and idempotent.
  const safe = neutraliseCommands(new Sink().clean(text));
  const full = `${MARKER}\n${safe}`;
  if (full.length <= COMMENT_MAX_CHARS) return full;
  const where = summaryUrl ? `[the job summary](${summaryUrl.replace(/[()<>\s]/g, encodeURIComponent)})` : 'the job summary';
  const note = `\n\n_Comment truncated to GitHub's size limit — see ${where} for the full report._`;
  let cut = safe.slice(0, COMMENT_MAX_CHARS - MARKER.length - 1 - note.length);
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > 0) cut = cut.slice(0, lastLine); // whole lines only: no half table row
  return `${MARKER}\n${cut}${note}`;
}

async function whoAmI(octokit: Octokit): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, assumed: false };
  } catch (e) {
    const status = (e as { status?: number }).status;
    // 403 "Resource not accessible by integration": GITHUB_TOKEN or an App installation token.
    if (status === 403 || status === 401) return { login: ACTIONS_BOT_LOGIN, assumed: true };
    throw e;
  }
}

function findOurs(comments: IssueComment[], identity: Identity): IssueComment | undefined {
  const marked = comments.filter((c) => (c.body ?? '').startsWith(MARKER) && c.user);
  const byLogin = marked.find((c) => c.user?.login === identity.login);
  if (byLogin || !identity.assumed) return byLogin;
  return marked.find((c) => c.user?.type === 'Bot');
}

function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd();
}

function describeFailure(e: unknown): string {
  const status = (e as { status?: number }).status;
  const data = (e as { response?: { data?: { message?: unknown } } }).response?.data;
  const detail = typeof data?.message === 'string' ? data.message : (e as Error)?.message ?? String(e);
  if (status === 403) {
    return `No PR comment: GitHub answered 403 (${detail}). A fork pull request or a token without pull-requests: write cannot comment.`;
  }
  if (status !== undefined) return `No PR comment: GitHub answered ${status} (${detail}).`;
  return `No PR comment: ${detail}`;
}
