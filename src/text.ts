/** Small text helpers for messages, reports and character scans. */

/** "1 error", "2 errors": a count and its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A class of ASCII characters for code-unit loops: `table[code] === 1` for each member. */
export function asciiClass(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] = 1;
  return t;
}
