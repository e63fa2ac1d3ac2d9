/**
 * A small, forgiving tokenizer for the languages whose Graph API calls graphguard reads: strings (with
 * their interpolations split out), identifiers, numbers and punctuation; comments are dropped. One pass,
 * linear in the text. It is not a parser: it needs only enough structure to see string expressions,
 * assignments and call arguments.
 */

export type Language = 'js' | 'python' | 'php' | 'ruby' | 'java' | 'go';

const EXTENSIONS: Record<string, Language> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js',
  py: 'python', php: 'php', rb: 'ruby', java: 'java', kt: 'java', go: 'go',
};

/** The language of a file by its extension, or undefined when graphguard does not read its calls. */
export function languageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || path.endsWith('.d.ts') || /\.min\.[cm]?js$/.test(path)) return undefined;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

/** A piece of a string literal: literal text, or an interpolated / formatted hole. */
export type Part = { lit: string } | { hole: string };

export type Token =
  | { t: 'str'; parts: Part[]; start: number; end: number; /** The literal text when there are no holes. */ value?: string }
  | { t: 'id'; v: string; start: number; end: number }
  | { t: 'num'; v: string; start: number; end: number }
  | { t: 'op'; v: string; start: number; end: number };

const ID_START = /[A-Za-z_$@]/;
const ID_CHAR = /[A-Za-z0-9_$]/;
/** At most this many characters of an interpolation are kept as its hole text. */
const HOLE_MAX = 200;

/** Tokenizes `text` as `lang`. Never throws; unterminated strings end at the end of their line. */
export function tokenize(text: string, lang: Language): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const hashComment = lang === 'python' || lang === 'ruby' || lang === 'php';
  const slashComment = lang !== 'python' && lang !== 'ruby';
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if ((hashComment && c === '#' && !(lang === 'php' && text[i + 1] === '[')) || (slashComment && c === '/' && text[i + 1] === '/')) {
      const e = text.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (slashComment && c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (lang === 'ruby' && c === '=' && text.startsWith('=begin', i) && (i === 0 || text[i - 1] === '\n')) {
      const e = text.indexOf('\n=end', i);
      i = e === -1 ? n : e + 5;
      continue;
    }
    // String prefixes: Python r/b/f/u (and pairs), Go/JS none.
    if (lang === 'python' && /[rRbBfFuU]/.test(c)) {
      const m = /^([rRbBfFuU]{1,2})(["'])/.exec(text.slice(i, i + 3));
      if (m) {
        const r = readString(text, i + m[1]!.length, lang, /f/i.test(m[1]!), /r/i.test(m[1]!));
        out.push(strToken(r.parts, i, r.end));
        i = r.end;
        continue;
      }
    }
    if (c === '"' || c === "'" || c === '`') {
      const interp =
        c === '`' ? lang === 'js' : c === '"' ? lang === 'php' || lang === 'ruby' : false;
      const r = readString(text, i, lang, interp, lang === 'go' && c === '`');
      out.push(strToken(r.parts, i, r.end));
      i = r.end;
      continue;
    }
    if (ID_START.test(c)) {
      let j = i + 1;
      while (j < n && ID_CHAR.test(text[j]!)) j++;
      out.push({ t: 'id', v: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(text[j]!)) j++;
      out.push({ t: 'num', v: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '->' || two === '=>' || two === '::' || two === ':=' || two === '==' || two === '?.' || two === '+=' || two === '.=') {
      out.push({ t: 'op', v: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    out.push({ t: 'op', v: c, start: i, end: i + 1 });
    i++;
  }
  return out;
}

function strToken(parts: Part[], start: number, end: number): Token {
  const tok: Token = { t: 'str', parts, start, end };
  if (parts.every((p) => 'lit' in p)) tok.value = parts.map((p) => (p as { lit: string }).lit).join('');
  return tok;
}

/** Reads the string literal at `i` (its quote). Returns its parts and the index after it. */
function readString(text: string, i: number, lang: Language, interp: boolean, raw: boolean): { parts: Part[]; end: number } {
  const q = text[i]!;
  const n = text.length;
  const triple = (lang === 'python' || lang === 'java') && text.startsWith(q + q + q, i);
  const close = triple ? q + q + q : q;
  let j = i + close.length;
  const parts: Part[] = [];
  let lit = '';
  const flush = () => {
    if (lit) parts.push({ lit });
    lit = '';
  };
  while (j < n) {
    const ch = text[j]!;
    if (text.startsWith(close, j)) {
      j += close.length;
      flush();
      return { parts, end: j };
    }
    // A single-quoted string (not a template, not Go's raw string) ends at its line.
    if (ch === '\n' && !triple && q !== '`') break;
    if (ch === '\\' && !raw) {
      lit += text[j + 1] ?? '';
      j += 2;
      continue;
    }
    if (interp) {
      // JS `${…}`, Python f'{…}', Ruby "#{…}", PHP "{$…}" / "${…}" / "$var".
      let open = -1;
      if (lang === 'js' && ch === '$' && text[j + 1] === '{') open = j + 2;
      else if (lang === 'ruby' && ch === '#' && text[j + 1] === '{') open = j + 2;
      else if (lang === 'python' && ch === '{') {
        if (text[j + 1] === '{') {
          lit += '{';
          j += 2;
          continue;
        }
        open = j + 1;
      } else if (lang === 'php' && ((ch === '{' && text[j + 1] === '$') || (ch === '$' && text[j + 1] === '{'))) open = j + (ch === '{' ? 1 : 2);
      else if (lang === 'php' && ch === '$' && /[A-Za-z_]/.test(text[j + 1] ?? '')) {
        let k = j + 1;
        while (k < n && /[A-Za-z0-9_]/.test(text[k]!)) k++;
        // `$obj->prop` and `$arr['k']` inside a double-quoted string.
        if (text.startsWith('->', k) && /[A-Za-z_]/.test(text[k + 2] ?? '')) {
          k += 2;
          while (k < n && /[A-Za-z0-9_]/.test(text[k]!)) k++;
        }
        flush();
        parts.push({ hole: text.slice(j, k) });
        j = k;
        continue;
      }
      if (open !== -1) {
        const e = matchBrace(text, open);
        flush();
        parts.push({ hole: text.slice(open, Math.min(e, open + HOLE_MAX)).trim() });
        j = e + 1;
        continue;
      }
    }
    lit += ch;
    j++;
  }
  flush();
  return { parts, end: Math.min(j, n) };
}

/** Index of the `}` closing an interpolation that starts at `i`, counting nested braces and skipping strings. */
function matchBrace(text: string, i: number): number {
  let depth = 0;
  const n = text.length;
  for (let j = i; j < n; j++) {
    const c = text[j]!;
    // An interpolation longer than this is not a path segment: stop, so the pass stays linear.
    if (j - i > HOLE_MAX * 4) return j;
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    } else if (c === '"' || c === "'") {
      // Skip a quoted string inside the interpolation, up to the end of its line.
      let k = j + 1;
      while (k < n && k - i <= HOLE_MAX * 4 && text[k] !== c && text[k] !== '\n') k++;
      if (text[k] === c) j = k;
    }
  }
  return n;
}
