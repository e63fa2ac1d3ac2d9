/** Small text helpers for messages and reports. */

/** "1 error", "2 errors": a count and its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
