/**
 * Appends `items` to `target` one at a time. `target.push(...items)` passes every item as an argument
 * of one call: past some 100,000 items (the findings of a file of tokens, a page of Graph answers) the
 * call overflows the stack.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}

/** The index of the first item of `sorted` (ascending) that is not less than `x`: `sorted.length` when none. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
