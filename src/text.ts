/** Small text helpers for messages, reports and character scans. */
import { posix } from 'node:path';

/** "a" or "an" before a word, by its first letter ("an ad account", "a page"; "a USER token", "a unit"). */
export function article(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) && !/^u(?:se|ni)/i.test(word) ? 'an' : 'a';
}

/** "a page", "an instagram account": the word after its article. */
export function withArticle(word: string): string {
  return `${article(word)} ${word}`;
}

/**
 * The files a scan skipped, as `check` and `infer` say them: "2 binary, 1 symlink"; '' when none was.
 */
export function skippedText(sk: { binary: number; unreadable: number; symlinks: number }): string {
  return [sk.binary ? `${sk.binary} binary` : '', sk.unreadable ? `${sk.unreadable} unreadable` : '', sk.symlinks ? plural(sk.symlinks, 'symlink') : '']
    .filter(Boolean)
    .join(', ');
}

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

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters a view of the string it was
 * cut from, which then stays alive as long as the slice does: a finding's token or frame line would
 * keep its whole file (or, in `--history`, every blob with a finding: 1,100 blobs of 4 MB ran the heap
 * out). A one-character prefix makes a new string of prefix and slice, flattened (copied) when sliced
 * again: the copy refers to nothing else.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * Where the line holding offset `at` starts, looked for no further back than `window` characters (a
 * search to the line's start, once per match on one long line, is quadratic); -1 when it starts
 * further back.
 */
export function lineStartNear(text: string, at: number, window: number): number {
  const from = Math.max(0, at - window);
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl !== -1) return from + nl + 1;
  return from === 0 || text.charCodeAt(from - 1) === 10 ? from : -1;
}

/** Where the line holding offset `at` ends (its `\n`, or the text's end), within `window` characters; -1 when further. */
export function lineEndNear(text: string, at: number, window: number): number {
  const to = Math.min(text.length, at + window);
  const nl = text.slice(at, to).indexOf('\n');
  if (nl !== -1) return at + nl;
  return to === text.length ? to : -1;
}

/**
 * A file's name in fingerprints, SARIF and workflow commands: from the top level of the git checkout (`prefix`, the
 * working directory's path from it), so that a baseline written at the root matches a run from a
 * subfolder, and SARIF alerts stay the same alerts. At the top level and outside git (`prefix` ''),
 * the name as the report gives it, relative to the working directory.
 */
export function repositoryPath(prefix: string, file: string): string {
  return prefix === '' ? file : posix.normalize(prefix + file);
}

/**
 * `##[` with a zero-width space inside: the Actions runner reads `##[` anywhere in a log line as an old-style
 * workflow command (`##[error]…`, `##[stop-commands]…`), whatever the output format (hunt IO-7).
 */
export function breakOldCommands(s: string): string {
  return s.replace(/##\[/g, '#\u200b#[');
}

/**
 * Text a runner cannot read as a workflow command: `::` at a line's start (after any whitespace, U+0085 too) and
 * `##[` anywhere get a zero-width space. Every human output and the github format's messages go through it.
 */
export function breakCommands(s: string): string {
  return breakOldCommands(s.replace(/^([\s\u0085]*):(?=:)/gm, '$1:\u200b'));
}
