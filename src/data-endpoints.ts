/**
 * The endpoint table (data/endpoints.json) as typed entries, for the generator and the data tests.
 * Apart from src/data.ts so that a check does not load the table; the scan's call reader has its own
 * view of it (src/calls/endpoints.ts).
 */
import endpointsJson from '../data/endpoints.json' with { type: 'json' };
import type { Endpoint } from './data.js';

/** The endpoint table, in data order. */
export const endpoints: readonly Endpoint[] = endpointsJson.operations as Endpoint[];

/** The key of an operation: `METHOD /path`, e.g. `POST /{product-catalog-id}/products`. */
export function operationKey(e: { method: string; path: string }): string {
  return `${e.method} ${e.path}`;
}

const endpointByKey = new Map(endpoints.map((e) => [operationKey(e), e]));

/** The operation with exactly this method and placeholder path (`GET /{page-id}/feed`), or undefined. */
export function getEndpoint(method: string, path: string): Endpoint | undefined {
  return endpointByKey.get(`${method.toUpperCase()} ${path}`);
}

/** Whether a path segment is a placeholder such as `{page-id}`. */
export function isPlaceholder(segment: string): boolean {
  return /^\{[a-z0-9-]+\}$/.test(segment);
}

const AD_ACCOUNT = '{ad-account-id}';

/**
 * The operations a concrete or partly concrete path may be: same method, same number of segments, each
 * literal segment equal and each placeholder segment matching anything (a placeholder in `path` matches
 * only a placeholder). A segment `act_…` matches only `{ad-account-id}`, which matches nothing else concrete.
 * Several can match where the edge name is shared (`/{id}/insights`).
 */
export function matchEndpoints(method: string, path: string): Endpoint[] {
  const want = path.replace(/^\/+|\/+$/g, '').split('/');
  const m = method.toUpperCase();
  return endpoints.filter((e) => {
    if (e.method !== m) return false;
    const have = e.path.slice(1).split('/');
    if (have.length !== want.length) return false;
    return have.every((seg, i) => {
      const w = want[i] as string;
      if (isPlaceholder(seg)) {
        // An `act_` id is an ad account, and an ad account placeholder takes only one.
        if (w.startsWith('act_')) return seg === AD_ACCOUNT;
        return seg !== AD_ACCOUNT || isPlaceholder(w);
      }
      return !isPlaceholder(w) && seg === w;
    });
  });
}
