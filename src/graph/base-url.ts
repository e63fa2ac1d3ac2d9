/**
 * Which Graph base URL a run uses. Kept apart from the client (client.ts), which a run loads only when it
 * talks to Graph.
 */

/** Meta's Graph API host: the base URL when neither `--graph-url` nor GRAPHGUARD_GRAPH_URL names one. */
export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com';

/**
 * The Graph base URL a run uses: `--graph-url`, else GRAPHGUARD_GRAPH_URL unless empty (what a workflow gives
 * for an unset `${{ vars.X }}`, as the other GRAPHGUARD_ variables are read), else Meta's.
 */
export function graphBaseUrl(flag: string | undefined, env: Record<string, string | undefined>): string {
  return flag ?? (env.GRAPHGUARD_GRAPH_URL || DEFAULT_GRAPH_URL);
}
