/** The action's GitHub client: every request has a time bound, so the action never waits forever. */
import { getOctokit } from '@actions/github';
import type { Octokit } from './comment.js';

/** How long one GitHub API request may take, headers and body (a page of a paginated list is one request). */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000;

/** `fetch` with a time bound on each request (combined with the caller's own signal, if any). */
export function boundedFetch(timeoutMs: number, base: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return base(input, { ...init, signal });
  };
}

/** An octokit for the action: `baseUrl` (GITHUB_API_URL) and a time bound on every request. */
export function createOctokit(token: string, opts: { baseUrl: string; timeoutMs?: number }): Octokit {
  return getOctokit(token, { baseUrl: opts.baseUrl, request: { fetch: boundedFetch(opts.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS) } });
}
