import type { Needle } from './prefilter.js';

/** A versioned Graph API URL in a text: the version and its offsets (of `vNN.N` itself). */
export interface GraphUrl {
  /** As written, e.g. `v19.0`. */
  version: string;
  start: number;
  end: number;
  host: string;
}

/**
 * Hosts that serve the versioned Graph API: Facebook's graph and its video upload host, and the Instagram
 * API with Instagram Login, whose versions follow the Graph API's. `graph.threads.net` is not included:
 * the Threads API has its own versions.
 */
export const GRAPH_HOSTS = ['graph.facebook.com', 'graph-video.facebook.com', 'graph.instagram.com'] as const;

/** The Graph hosts as a regular-expression alternation (`graph\.facebook\.com|…`). */
export const GRAPH_HOST_PATTERN = GRAPH_HOSTS.map((h) => h.replace(/[.-]/g, '\\$&')).join('|');

// The host must not continue a longer name (`mygraph.facebook.com`); `\/` covers JSON-escaped URLs.
const GRAPH_URL = new RegExp(
  `(?<![A-Za-z0-9_.-])(${GRAPH_HOST_PATTERN})(?::443)?\\\\?\\/(v\\d{1,3}\\.\\d{1,2})(?![A-Za-z0-9_]|\\.\\d)`,
  'gi',
);

/**
 * The scan prefilter's needles for `findGraphUrls`: `/v` or `/V` and a digit, right after the host's
 * `m`/`M`, the `3` of `:443` or the `\` of a JSON-escaped slash (GRAPH_URL).
 */
export function graphUrlNeedles(): Extract<Needle, { text: string }>[] {
  return ['/v', '/V'].map((text) => ({ text, before: 'mM3\\', after: '0123456789', version: true as const }));
}

/** Every `graph.facebook.com/vNN.N` (and the other Graph hosts) in any quoting, sorted by position. */
export function findGraphUrls(text: string): GraphUrl[] {
  if (!/graph/i.test(text)) return [];
  const out: GraphUrl[] = [];
  for (const m of text.matchAll(GRAPH_URL)) {
    const version = (m[2] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    out.push({ version, start: end - version.length, end, host: (m[1] ?? '').toLowerCase() });
  }
  return out;
}
