/**
 * Globs and `.gitignore` patterns, matched in linear time: one pure module (no fs, no child_process)
 * used by `scan.include`/`exclude`, `.gitignore`, `scan.adminPaths` and a system user's `code:` globs.
 *
 * Why not picomatch or `ignore` for the matching: both compile a pattern to a backtracking RegExp.
 * picomatch never returns on `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a 60-character name, and `ignore` never
 * returns on `a/**∕**∕…/x` or `a/**∕b/**∕b/**∕…/x` against a deep path (measured: killed after 60 s),
 * and any pull request can commit such a pattern. Here a pattern is compiled to a small NFA that is
 * simulated over the path one character at a time: the work is at most (pattern length + 1) × path length
 * steps, whatever the pattern. The syntax and meaning follow picomatch (`dot: true`) for globs and
 * git's wildmatch for `.gitignore`; the tests check both against those libraries on random inputs.
 *
 * Syntax: `*` (any run without `/`), `?` (one character but `/`), `[...]` / `[!...]` / `[^...]` (ranges,
 * `\` escapes), `**` as a whole segment (any number of directories), `\x` (a literal x), and in globs
 * (not in `.gitignore`) `{a,b}` alternatives (expanded, at most 256 per pattern).
 */

/** Steps done by the matcher since the process started (for the fuzz test: work, not wall time). */
export const globStats = { steps: 0 };

const LIT = 0;
/** One character but `/`. */
const ONE = 1;
/** Zero or more characters but `/`. */
const STAR = 2;
/** One character (but `/`) of a class. */
const CLASS = 3;
/** Zero or more characters, `/` included (a `**` segment). */
const ANY = 4;
/** Consumes nothing: the start of an optional group (its skip jumps over it). */
const EPS = 5;

interface Item {
  kind: number;
  /** LIT: the character code. */
  code: number;
  /** CLASS: inclusive ranges [lo, hi, lo, hi, ...] and whether the class is negated. */
  ranges?: number[];
  negate?: boolean;
}

/** A compiled pattern: items, and optional epsilon skips (`skip[i] = j`: state i may jump to state j). */
export interface Nfa {
  items: Item[];
  skip: Int32Array;
  /**
   * Text every match holds (the longest run of literal characters no skip can pass over, two or more),
   * looked for before the simulation: most patterns of a long list do not concern most paths.
   */
  literal?: string;
}

const SLASH = 0x2f;

function consumes(it: Item, c: number): boolean {
  switch (it.kind) {
    case LIT:
      return it.code === c;
    case ONE:
    case STAR:
      return c !== SLASH;
    case ANY:
      return true;
    case EPS:
      return false;
    default: {
      if (c === SLASH) return false;
      const r = it.ranges!;
      let inside = false;
      for (let k = 0; k < r.length; k += 2) {
        if (c >= r[k]! && c <= r[k + 1]!) {
          inside = true;
          break;
        }
      }
      return inside !== it.negate;
    }
  }
}

/** Adds the epsilon moves (a star's zero repetitions, a skip) to a state set; every move goes forward. */
function close(nfa: Nfa, set: Uint8Array): void {
  const { items, skip } = nfa;
  const m = items.length;
  for (let i = 0; i < m; i++) {
    if (set[i] !== 1) continue;
    const k = items[i]!.kind;
    if (k === STAR || k === ANY || k === EPS) set[i + 1] = 1;
    const j = skip[i]!;
    if (j > 0) set[j] = 1;
  }
  globStats.steps += m + 1;
}

/**
 * Simulates `nfa` over `text`. With `prefixes`, also accepts when the pattern matches a run of whole
 * leading segments (`a/b` of `a/b/c`): the pattern then names a parent directory.
 */
export function runNfa(nfa: Nfa, text: string, prefixes = false): boolean {
  // A match of the whole text or of leading segments of it holds the literal either way.
  if (nfa.literal !== undefined && !text.includes(nfa.literal)) return false;
  const m = nfa.items.length;
  // Two state sets, reused from one run to the next (a list of patterns is thousands of runs).
  if (scratch.length < 2 * (m + 1)) scratch = new Uint8Array(Math.max(2 * (m + 1), 2 * scratch.length));
  let cur = scratch.subarray(0, m + 1);
  let next = scratch.subarray(m + 1, 2 * (m + 1));
  cur.fill(0);
  cur[0] = 1;
  close(nfa, cur);
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (prefixes && c === SLASH && cur[m] === 1) return true;
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (cur[i] !== 1) continue;
      const it = nfa.items[i]!;
      if (!consumes(it, c)) continue;
      alive = true;
      if (it.kind === STAR || it.kind === ANY) next[i] = 1;
      else next[i + 1] = 1;
    }
    globStats.steps += m + 1;
    if (!alive) return false;
    close(nfa, next);
    const t = cur;
    cur = next;
    next = t;
  }
  return cur[m] === 1;
}

let scratch = new Uint8Array(256);

/** The longest run of literal items no skip passes over, as text, if two characters or more. */
function requiredLiteral(items: readonly Item[], skips: readonly [number, number][]): string | undefined {
  const optional = new Uint8Array(items.length);
  for (const [a, b] of skips) optional.fill(1, a, b);
  let best = '';
  let run = '';
  for (let i = 0; i <= items.length; i++) {
    const it = items[i];
    if (it && it.kind === LIT && optional[i] === 0) run += String.fromCharCode(it.code);
    else {
      if (run.length > best.length) best = run;
      run = '';
    }
  }
  return best.length >= 2 ? best : undefined;
}

/**
 * Compiles one glob without braces (segments separated by `/`; `**` alone in a segment crosses
 * directories). `a/**` matches `a` itself too, as in picomatch; with `gitignore`, only what is inside `a`.
 */
export function compileGlob(glob: string, gitignore = false): Nfa {
  const items: Item[] = [];
  const skips: [number, number][] = [];
  const segs = glob.split('/');
  let needSlash = false;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s]!;
    const last = s === segs.length - 1;
    if (seg === '**') {
      // Consecutive `**` segments mean what one does.
      if (!last && segs[s + 1] === '**') continue;
      const from = items.length;
      if (last) {
        if (needSlash && gitignore) {
          // `a/**` in a .gitignore: everything inside `a`.
          items.push({ kind: LIT, code: SLASH }, { kind: ONE, code: 0 }, { kind: ANY, code: 0 });
        } else if (needSlash) {
          // `a/**`: `a` itself or anything below it.
          items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
          skips.push([from, items.length]);
        } else {
          items.push({ kind: ANY, code: 0 });
        }
      } else if (needSlash) {
        // `a/**/b`: `a/b`, `a/x/b`, ...
        items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
        skips.push([from, items.length]);
        items.push({ kind: LIT, code: SLASH });
      } else {
        // `**/b`: `b` at any depth.
        items.push({ kind: EPS, code: 0 }, { kind: ANY, code: 0 }, { kind: LIT, code: SLASH });
        skips.push([from, items.length]);
      }
      needSlash = false;
      continue;
    }
    if (needSlash) items.push({ kind: LIT, code: SLASH });
    segmentItems(seg, items);
    needSlash = true;
  }
  const skip = new Int32Array(items.length + 1);
  for (const [a, b] of skips) skip[a] = b;
  const literal = requiredLiteral(items, skips);
  return { items, skip, ...(literal !== undefined ? { literal } : {}) };
}

function segmentItems(seg: string, items: Item[]): void {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) {
      items.push({ kind: LIT, code: seg.charCodeAt(++i) });
    } else if (c === '*') {
      while (seg[i + 1] === '*') i++;
      // A star next to a star means what one does (and keeps the NFA small).
      if (items.length > 0 && items[items.length - 1]!.kind === STAR) continue;
      items.push({ kind: STAR, code: 0 });
    } else if (c === '?') {
      items.push({ kind: ONE, code: 0 });
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (!cls) {
        items.push({ kind: LIT, code: 0x5b });
        continue;
      }
      items.push({ kind: CLASS, code: 0, ranges: cls.ranges, negate: cls.negate });
      i = cls.end;
    } else {
      items.push({ kind: LIT, code: seg.charCodeAt(i) });
    }
  }
}

/** `[...]` starting at `open`: its ranges and the index of its `]`, or undefined when it is not closed. */
/** The ASCII ranges (low, high code pairs) of the POSIX bracket classes git's wildmatch knows. */
const POSIX_CLASSES: Readonly<Record<string, readonly number[]>> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

function parseClass(seg: string, open: number): { ranges: number[]; negate: boolean; end: number } | undefined {
  let i = open + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  const ranges: number[] = [];
  let first = true;
  for (; i < seg.length; i++) {
    let c = seg[i]!;
    if (c === ']' && !first) return { ranges, negate, end: i };
    first = false;
    // A POSIX class (`[[:digit:]]`), as git's wildmatch reads one; an unknown name matches nothing.
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1) {
        const name = seg.slice(i + 2, close);
        if (Object.hasOwn(POSIX_CLASSES, name)) for (const r of POSIX_CLASSES[name]!) ranges.push(r);
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < seg.length) c = seg[++i]!;
    let lo = c.charCodeAt(0);
    let hi = lo;
    if (seg[i + 1] === '-' && i + 2 < seg.length && seg[i + 2] !== ']') {
      let h = seg[i + 2]!;
      i += 2;
      if (h === '\\' && i + 1 < seg.length) h = seg[++i]!;
      hi = h.charCodeAt(0);
      if (hi < lo) [lo, hi] = [hi, lo];
    }
    ranges.push(lo, hi);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// globs: scan.include / exclude, adminPaths, code

const MAX_BRACE_EXPANSIONS = 256;

/**
 * Compiles include/exclude-style globs into one test of a relative path (`/` separators): a leading `!`
 * negates and the last matching pattern wins; a pattern matches a path when it matches the path itself
 * or one of its parent directories (`test/fixtures` covers its files); a leading `./` or `/` and a
 * trailing `/` are dropped; dotfiles match like other files. No patterns: nothing matches.
 */
export function compileGlobs(patterns: readonly string[]): (relPath: string) => boolean {
  const compiled = patterns
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const negate = p.startsWith('!');
      const body = (negate ? p.slice(1) : p).replace(/^(?:\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
      return { negate, alternatives: expandBraces(body).map((g) => compileGlob(g)) };
    });
  if (compiled.length === 0) return () => false;
  return (rel: string) => {
    let matched = false;
    for (const c of compiled) {
      if (matched !== c.negate) continue; // this pattern cannot change the verdict
      if (c.alternatives.some((nfa) => runNfa(nfa, rel, true))) matched = !c.negate;
    }
    return matched;
  };
}

/** `{a,b}` alternatives, expanded (nested, escaped `\{`); at most 256 results. */
export function expandBraces(glob: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const options = splitTopLevel(glob.slice(open + 1, i));
        if (options.length < 2) continue;
        const head = glob.slice(0, open);
        const tails = expandBraces(glob.slice(i + 1));
        const out: string[] = [];
        for (const o of options) {
          for (const x of expandBraces(o)) {
            for (const t of tails) {
              out.push(head + x + t);
              if (out.length >= MAX_BRACE_EXPANSIONS) return out;
            }
          }
        }
        return out;
      }
    }
  }
  return [glob];
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      cur += c + (s[i + 1] ?? '');
      i++;
    } else if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------
// .gitignore

interface IgnoreRule {
  nfa: Nfa;
  negate: boolean;
  dirOnly: boolean;
  /** Patterns without a `/` (but a trailing one) match the base name at any depth. */
  basename: boolean;
}

/** One `.gitignore` line as a rule, or undefined for a blank line or a comment. */
export function parseIgnoreLine(raw: string): IgnoreRule | undefined {
  let line = raw;
  if (line === '' || line.startsWith('#')) return undefined;
  // Trailing spaces are dropped unless escaped with a backslash.
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end < line.length && end > 0 && line[end - 1] === '\\') end++;
  line = line.slice(0, end);
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  line = line.replace(/^\/+/, '');
  return { nfa: compileGlob(line, true), negate, dirOnly, basename: !anchored };
}

/**
 * Characters of `.gitignore` rules one walk applies, in all its `.gitignore` files. Each rule of a
 * directory's `.gitignore` is tested on every entry below it (a rule with no text a path must hold is
 * simulated on it), and a tree outside git may bring its own: 20,000 lines of `*a*b*…` took 2 ms an
 * entry. Past the budget, the rest is not applied (more files are scanned, never fewer): a walk costs
 * at most some 0.15 ms an entry for its rules. Real `.gitignore` files are a few KiB.
 */
export const MAX_GITIGNORE_RULE_CHARS = 65_536;

/**
 * gitignore(5): `#` comments, `!` negation, `\` escapes, trailing-space trimming, directory-only `dir/`,
 * anchoring by a leading or inner `/`, `*`, `?`, `[...]`, and `**` as a whole segment. Rules of a
 * `.gitignore` apply below its directory; deeper files and later lines win; a file inside an ignored
 * directory cannot be re-included.
 */
export class GitignoreMatcher {
  private readonly byDir = new Map<string, IgnoreRule[]>();
  private readonly dirCache = new Map<string, boolean>();
  private ruleChars = 0;
  /**
   * Where the rules' budget ran out (`MAX_GITIGNORE_RULE_CHARS`): the `.gitignore`'s directory and the
   * line of the first rule not applied. That rule and every one added after it are left out, so the
   * files they would exclude are scanned.
   */
  truncated: { dir: string; line: number } | undefined;
  /**
   * Directories whose `.gitignore` was not applied whole and may re-include a file: a `!` among the
   * rules left out past the budget, or a file not read at all (too large, unreadable). Nothing below
   * them is excluded, by their rules or by those of the folders above: more files are scanned, never
   * fewer.
   */
  private readonly open = new Set<string>();

  constructor(private readonly maxRuleChars = MAX_GITIGNORE_RULE_CHARS) {}

  /** Adds the content of the `.gitignore` in `dir` (relative, `/` separators, '' or '.' for the root). */
  add(dir: string, content: string): void {
    const key = dir === '.' ? '' : dir.replace(/\/+$/, '');
    // git skips a UTF-8 byte order mark (a first line `!keep` after one is still a negation).
    const lines = (content.charCodeAt(0) === 0xfeff ? content.slice(1) : content).split(/\r?\n/);
    // Rules left out only add files, unless one is a `!`: it could re-include a file the rules kept
    // exclude, so a folder with such a rule left out excludes nothing below it.
    const negationFrom = (from: number) => {
      for (let k = from; k < lines.length; k++) if (parseIgnoreLine(lines[k]!)?.negate) return true;
      return false;
    };
    if (this.truncated) {
      if (negationFrom(0)) this.unread(key);
      return;
    }
    const rules = this.byDir.get(key) ?? [];
    for (let i = 0; i < lines.length; i++) {
      const rule = parseIgnoreLine(lines[i]!);
      if (!rule) continue;
      this.ruleChars += lines[i]!.length;
      if (this.ruleChars > this.maxRuleChars) {
        this.truncated = { dir: key, line: i + 1 };
        if (negationFrom(i)) this.open.add(key);
        break;
      }
      rules.push(rule);
    }
    this.byDir.set(key, rules);
    this.dirCache.clear();
  }

  /** A `.gitignore` in `dir` that could not be read (too large, unreadable): nothing below it is excluded. */
  unread(dir: string): void {
    this.open.add(dir === '.' ? '' : dir.replace(/\/+$/, ''));
    this.dirCache.clear();
  }

  /** Whether `rel` (relative to the root, `/` separators) is ignored, its parent directories included. */
  ignores(rel: string, isDir: boolean): boolean {
    let slash = rel.indexOf('/');
    while (slash !== -1) {
      const dir = rel.slice(0, slash);
      let ignored = this.dirCache.get(dir);
      if (ignored === undefined) {
        ignored = this.decide(dir, true);
        this.dirCache.set(dir, ignored);
      }
      if (ignored) return true;
      slash = rel.indexOf('/', slash + 1);
    }
    return this.decide(rel, isDir);
  }

  /**
   * Whether `rel` is ignored by the rules on its own path, its parent directories being known not to
   * be (a walk's entries: it enters no ignored directory). `ignores` without the walk up the parents,
   * which cost a slice and a lookup per level for every entry of a tree.
   */
  ignoresEntry(rel: string, isDir: boolean): boolean {
    return this.decide(rel, isDir);
  }

  private decide(rel: string, isDir: boolean): boolean {
    let ignored = false;
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    // The .gitignore of each ancestor directory ('' = the root), outermost first.
    let from = 0;
    const open = this.open.size > 0;
    for (;;) {
      const dir = from === 0 ? '' : rel.slice(0, from - 1);
      if (open && this.open.has(dir)) return false;
      const rules = this.byDir.get(dir);
      if (rules) {
        const sub = rel.slice(from);
        for (const r of rules) {
          if (r.dirOnly && !isDir) continue;
          if (ignored !== r.negate) continue; // cannot change the verdict
          if (runNfa(r.nfa, r.basename ? base : sub)) ignored = !r.negate;
        }
      }
      const slash = rel.indexOf('/', from);
      if (slash === -1) break;
      from = slash + 1;
    }
    return ignored;
  }
}
