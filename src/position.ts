/**
 * The one place where character offsets become 1-based line/column positions (and line texts).
 * Lines end at `\n`; a `\r` before it belongs to the line. Columns count UTF-16 code units, as
 * JavaScript strings (and the formatters) do. A text may start mid-file (a chunk of a large file):
 * `origin` is the position of its first character.
 */

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

const START: Position = { line: 1, column: 1 };

/** Line starts of a text, computed once; lookups are a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(
    private readonly text: string,
    private readonly origin: Position = START,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The position of `offset` (an index into the text; the text's length is the end of its last line). */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const col = offset - this.starts[lo]!;
    return { line: this.origin.line + lo, column: lo === 0 ? this.origin.column + col : col + 1 };
  }

  /** The text of a line (by its position line number), without its `\n`; undefined past either end. */
  lineText(line: number): string | undefined {
    const i = line - this.origin.line;
    const s = this.starts[i];
    if (s === undefined) return undefined;
    const e = this.starts[i + 1];
    // A view, not a copy: a frame reads a window of it (a copy of a 1.6 MB one-line manifest per finding
    // was quadratic), and buildFrame copies the lines it keeps (see `detached`).
    return this.text.slice(s, e === undefined ? undefined : e - 1);
  }
}

/** The position of one offset, without building an index (for a single lookup). */
export function positionAt(text: string, offset: number, origin: Position = START): Position {
  let line = origin.line;
  let lastNl = -1;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lastNl = nl;
  }
  return { line, column: lastNl === -1 ? origin.column + offset : offset - lastNl };
}
