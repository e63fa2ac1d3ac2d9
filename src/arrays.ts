/**
 * Appends `items` to `target` one at a time. `target.push(...items)` passes every item as an argument
 * of one call: past some 100,000 items (the findings of a file of tokens, a page of Graph answers) the
 * call overflows the stack.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}
