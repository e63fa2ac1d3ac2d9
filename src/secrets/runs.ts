/**
 * Maximal runs of ASCII characters of one class, found with a character-code loop: the sink cleans
 * every field of every finding (4,000 findings are some 40,000 short strings), and a regular
 * expression's `matchAll` costs a copy of the expression and an iterator per string before it reads a
 * character. Linear: each character is read once.
 */
import { asciiClass } from '../text.js';

const ALNUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** `[A-Za-z0-9]` */
export const ALNUM = asciiClass(ALNUM_CHARS);
/** `[A-Za-z0-9_-]` */
export const URL_SAFE = asciiClass(`${ALNUM_CHARS}_-`);

/**
 * Calls `f(start, end)` for each maximal run of `cls` characters in `text[from, to)` at least `min` long,
 * in order: what `/(?<![cls])[cls]{min,}/g` matches in that slice.
 */
export function forEachRun(text: string, cls: Uint8Array, min: number, f: (start: number, end: number) => void, from = 0, to = text.length): void {
  if (to - from < min) return;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c >= 128 || cls[c] !== 1) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to && (c = text.charCodeAt(i)) < 128 && cls[c] === 1) i++;
    if (i - start >= min) f(start, i);
  }
}
