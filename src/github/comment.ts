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
  created_at?: string;
  user: { login: string; type?: string } | null;
}

/** Pages of a pull request's comments read, at most: 5,000 comments. */
const MAX_COMMENT_PAGES = 50;

/**
 * Create or update graphguard's PR comment. Never throws: a 403 (fork PR, read-only token), a timeout
 * or any other failure gives `{ action: 'skipped', reason }`, since the job result never depends on reporting.
 *
 * Whose comment is ours: only one written by the token's own identity, never a person's or another
 * bot's that happens to start with the marker. `GET /user` names the identity of a personal access token;
 * `GITHUB_TOKEN` and App installation tokens get 403 there, and then `github-actions[bot]` is assumed —
 * an App token finds no comment of that login, creates one, and learns its real login from the answer.
 *
 * Two runs at once on one pull request may both create a comment: after creating, the comments are
 * listed again, the oldest of ours is kept (given this run's body) and the rest deleted. A run that finds
 * several of ours (left by such a race) keeps the oldest too.
 */
export async function upsertStickyComment(opts: UpsertStickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber } = opts;
  const body = buildCommentBody(opts.body, opts.summaryUrl);
  const list = async (login: string): Promise<IssueComment[]> => {
    // At most MAX_COMMENT_PAGES pages (an API whose `next` never ends must not hold the job).
    let pages = 0;
    const all = (await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }, (response, done) => {
      if (++pages >= MAX_COMMENT_PAGES) done();
      return response.data;
    })) as IssueComment[];
    return all.filter((c) => (c.body ?? '').startsWith(MARKER) && c.user?.login === login).sort(oldestFirst);
  };
  const remove = async (extra: IssueComment[]): Promise<void> => {
    for (const c of extra) {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
      } catch (e) {
        // Another run deleted it first.
        if ((e as { status?: number }).status !== 404) throw e;
      }
    }
  };
  try {
    const identity: Identity = opts.identity ? { login: opts.identity.login, assumed: false } : await whoAmI(octokit);
    const ours = await list(identity.login);

    if (ours.length === 0) {
      if (opts.clean) return { action: 'skipped', reason: 'Clean run and no earlier graphguard comment: nothing to post.' };
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      const login = (data as { user?: { login?: string } | null }).user?.login ?? identity.login;
      const [keep, ...extra] = await list(login);
      if (!keep || keep.id === data.id) {
        await remove(extra);
        return { action: 'created', id: data.id, url: data.html_url };
      }
      // An older comment of ours exists (a concurrent run, or an App token's earlier comment): keep that
      // one, and delete the one just created even if the list did not show it yet.
      await remove(extra.some((c) => c.id === data.id) ? extra : [...extra, { id: data.id, user: null }]);
      return await keepWithBody(keep, 'updated');
    }
    const [keep, ...extra] = ours;
    await remove(extra);
    return await keepWithBody(keep!, 'updated');
  } catch (e) {
    return { action: 'skipped', reason: describeFailure(e) };
  }

  async function keepWithBody(keep: IssueComment, action: 'updated'): Promise<StickyCommentResult> {
    if (normalise(keep.body ?? '') === normalise(body)) return { action: 'unchanged', id: keep.id, ...(keep.html_url ? { url: keep.html_url } : {}) };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    return { action, id: data.id, url: data.html_url };
  }
}

function oldestFirst(a: IssueComment, b: IssueComment): number {
  const ta = a.created_at ?? '';
  const tb = b.created_at ?? '';
  return ta < tb ? -1 : ta > tb ? 1 : a.id - b.id;
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

function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd();
}

function describeFailure(e: unknown): string {
  if (isTimeout(e)) return 'No PR comment: GitHub did not answer in time.';
  const status = (e as { status?: number }).status;
  const data = (e as { response?: { data?: { message?: unknown } } }).response?.data;
  // At most 200 characters of what GitHub (or a proxy) answered: the notice is one line of a log. Cut
  // at a space, so that no credential is cut short of the shape the output sink redacts.
  const full = typeof data?.message === 'string' ? data.message : (e as Error)?.message ?? String(e);
  const space = full.lastIndexOf(' ', 200);
  const detail = full.length <= 200 ? full : `${space > 0 ? full.slice(0, space) : ''} …`;
  if (status === 403) {
    return `No PR comment: GitHub answered 403 (${detail}). A fork pull request or a token without pull-requests: write cannot comment.`;
  }
  if (status !== undefined) return `No PR comment: GitHub answered ${status} (${detail}).`;
  return `No PR comment: ${detail}`;
}

/** A request ended by its time bound (src/github/octokit.ts), however octokit wrapped it. */
export function isTimeout(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 5; x = (x as { cause?: unknown }).cause, i++) {
    const name = (x as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return true;
  }
  return /\b(?:timeout|timed out|aborted)\b/i.test((e as Error)?.message ?? '');
}
