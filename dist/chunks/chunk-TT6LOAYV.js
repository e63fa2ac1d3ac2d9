import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/position.ts
var START = { line: 1, column: 1 };
var LineIndex = class {
  constructor(text, origin = START) {
    this.text = text;
    this.origin = origin;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  origin;
  starts = [0];
  /** The position of `offset` (an index into the text; the text's length is the end of its last line). */
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const col = offset - this.starts[lo];
    return { line: this.origin.line + lo, column: lo === 0 ? this.origin.column + col : col + 1 };
  }
  /** The text of a line (by its position line number), without its `\n`; undefined past either end. */
  lineText(line) {
    const i = line - this.origin.line;
    const s = this.starts[i];
    if (s === void 0) return void 0;
    const e = this.starts[i + 1];
    return this.text.slice(s, e === void 0 ? void 0 : e - 1);
  }
};
function positionAt(text, offset, origin = START) {
  let line = origin.line;
  let lastNl = -1;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) {
    line++;
    lastNl = nl;
  }
  return { line, column: lastNl === -1 ? origin.column + offset : offset - lastNl };
}

export {
  LineIndex,
  positionAt
};
