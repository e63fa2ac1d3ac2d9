/** Calendar dates as the manifest and `--today` write them: YYYY-MM-DD, in UTC. */

const DAY_MS = 86_400_000;

/** Whole days from date `a` to date `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}
