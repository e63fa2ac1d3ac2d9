/**
 * Calls made through a Graph client another Python module holds (SPEC §7): `app/graph.py` makes
 * `client = httpx.Client(base_url=GRAPH)` at its top level, and `app/pages.py` calls
 * `client.get("/me/accounts")` after `from app.graph import client`. As for JavaScript (imports.ts), such a
 * file is read with the client declared ahead of its text, so its calls through it are its own, at their
 * own lines, for its user.
 *
 * What is followed: `from app.graph import client`, `… import client as c`, `from .graph import (a, b)`,
 * `from ..lib.graph import GRAPH`, of a module of the folder (`app/graph.py`, `app/graph/__init__.py`),
 * resolved from the importer's package for a relative import, else from the folder's root, its `src/` and
 * each folder above the importer; a module that imports a client passes it on as Python does
 * (`app/__init__.py`'s `from .graph import client`). Not followed, and noted where it is (one *unresolved*
 * call for the importer's user): the module taken whole (`import app.graph`, `from app import graph`,
 * `from app.graph import *`), a name of the module that is no client (a function of it makes its calls
 * there), a client whose host its caller chooses, a client bound to another user's token.
 */
import path from 'node:path';
import { ID, lex, OP } from './lex.js';
import type { ExportedBinding } from './sites.js';
import { holdsClient, type ImportsRead } from './imports.js';

/** One Python import: `from <dots><module> import <names>` or `import <module> [as x]` (`whole`). */
export interface PyImport {
  dots: number;
  module: string[];
  names: { imported: string; local: string }[];
  /** `import a.b`, `from a import *`: the module taken whole. */
  whole?: true;
  /** `from a import *`: the module's public names, each bound as it is. */
  star?: true;
  /** Offsets of the statement's module name (where an import not followed is noted). */
  at: [start: number, end: number];
  /** The statement is indented (a function's own import, or a block's). */
  indented?: true;
}

/** How many modules deep a client is followed as passed on from module to module. */
export const MAX_PASS_DEPTH = 32;

/** What marks a module past that depth that imports one of the folder's: an import of any name of it is noted. */
export const PASSED_TOO_DEEP: ExportedBinding = Object.freeze({ name: '\0deep', kind: 'opaque', instagram: false });

/** Names one import statement binds, at most (the rest are not read: the statement is noted). */
const MAX_NAMES = 512;

/**
 * The imports of a Python file, in order: one pass over its characters that passes over comments and strings
 * (`'…'`, `"…"`, `'''…'''`, `"""…"""`, with their escapes) and, at each statement's start (a line's, after its
 * indentation, or after a `;`), takes a `from …`/`import …` statement to its end (a line break outside brackets
 * that no backslash continues); only those statements are lexed. Linear in the file's size.
 */
export function pythonImportsOf(text: string): PyImport[] {
  const out: PyImport[] = [];
  const n = text.length;
  // What can change the state: a line's end, a `;`, a comment, a string, a backslash. Found by a regular expression
  // (V8 scans for them far faster than a loop over each character).
  const special = /[\n;#'"\\]/g;
  let start = true;
  for (let i = 0; i < n; ) {
    if (start) {
      while (i < n && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0d || text.charCodeAt(i) === 0x0c)) i++;
      start = false;
      if (keywordAt(text, i, 'from') || keywordAt(text, i, 'import')) {
        const end = statementEnd(text, i);
        const indented = i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09);
        for (const imp of importsIn(text.slice(i, end))) out.push({ ...imp, at: [imp.at[0] + i, imp.at[1] + i], ...(indented ? { indented: true as const } : {}) });
        i = end;
        continue;
      }
    }
    special.lastIndex = i;
    const m = special.exec(text);
    if (!m) break;
    i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3b) {
      start = true;
      i++;
    } else if (c === 0x23) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
    } else if (c === 0x27 || c === 0x22) i = stringEnd(text, i);
    else if (text.charCodeAt(i + 1) === 0x0a || text.charCodeAt(i + 1) === 0x0d) {
      // A backslash continues the line: no statement starts on the next.
      i += text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a ? 3 : 2;
    } else i++;
  }
  return out;
}

/** Whether `word` stands at offset i as a keyword (not the start of a longer name): followed by a space, a tab, a backslash or `(`/`.` for `from`. */
function keywordAt(text: string, i: number, word: string): boolean {
  if (!text.startsWith(word, i)) return false;
  const next = text.charCodeAt(i + word.length);
  return next === 0x20 || next === 0x09 || next === 0x5c || (word === 'from' && next === 0x2e);
}

/** The offset past the string whose quote is at i (a triple-quoted one to its closing three; a line's to its quote or the line's end). */
function stringEnd(text: string, i: number): number {
  const q = text.charCodeAt(i);
  const n = text.length;
  if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) {
    // The first closing three not escaped (an odd run of backslashes before it escapes its first quote).
    const close = q === 0x22 ? '"""' : "'''";
    for (let j = text.indexOf(close, i + 3); j !== -1; j = text.indexOf(close, j + 1)) {
      let slashes = 0;
      for (let k = j - 1; k >= i + 3 && text.charCodeAt(k) === 0x5c; k--) slashes++;
      if (slashes % 2 === 0) return j + 3;
    }
    return n;
  }
  const stop = q === 0x22 ? DOUBLE_STOP : SINGLE_STOP;
  for (let j = i + 1; j < n; ) {
    stop.lastIndex = j;
    const m = stop.exec(text);
    if (!m) return n;
    const c = text.charCodeAt(m.index);
    if (c === 0x5c) j = m.index + 2;
    else return c === 0x0a ? m.index : m.index + 1;
  }
  return n;
}

/** What ends a one-line string, or escapes the next character in it. */
const DOUBLE_STOP = /["\\\n]/g;
const SINGLE_STOP = /['\\\n]/g;

/** Where the statement starting at i ends: a line break outside brackets, strings and comments that no backslash continues. */
function statementEnd(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  for (let j = i; j < n; ) {
    const c = text.charCodeAt(j);
    if (c === 0x23) {
      const nl = text.indexOf('\n', j);
      j = nl === -1 ? n : nl;
    } else if (c === 0x27 || c === 0x22) j = stringEnd(text, j);
    else if (c === 0x5c && (text.charCodeAt(j + 1) === 0x0a || text.charCodeAt(j + 1) === 0x0d)) j += 2;
    else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      depth++;
      j++;
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      depth = Math.max(0, depth - 1);
      j++;
    } else if ((c === 0x0a || c === 0x3b) && depth === 0) return j;
    else j++;
  }
  return n;
}

/** The imports one statement's text holds (offsets in it). */
function importsIn(text: string): PyImport[] {
  const t = lex(text, 'python');
  const n = t.length;
  const id = (i: number) => (i >= 0 && i < n && t.kind[i] === ID ? t.v[i] : undefined);
  const op = (i: number, v: string) => i >= 0 && i < n && t.kind[i] === OP && t.v[i] === v;
  const out: PyImport[] = [];
  const i = 0;
  const w = id(i);
  if (w !== 'from' && w !== 'import') return out;
  let k = i + 1;
  let dots = 0;
  if (w === 'from')
    for (; op(k, '.') && dots < 64; k++) dots++;
  if (w === 'import') {
    // `import a.b as c, d`: each module taken whole.
    while (id(k) !== undefined) {
      const first = k;
      const module: string[] = [];
      while (id(k) !== undefined && module.length < 64) {
        module.push(id(k)!);
        k++;
        if (!op(k, '.')) break;
        k++;
      }
      out.push({ dots: 0, module, names: [], whole: true, at: [t.start[first]!, t.end[k - 1]!] });
      if (id(k) === 'as') k += 2;
      if (!op(k, ',')) break;
      k++;
    }
    return out;
  }
  const module: string[] = [];
  const first = k;
  while (id(k) !== undefined && id(k) !== 'import' && module.length < 64) {
    module.push(id(k)!);
    k++;
    if (!op(k, '.')) break;
    k++;
  }
  const at: [number, number] = [t.start[module.length > 0 ? first : i]!, t.end[Math.max(first, k) - 1]!];
  if (id(k) !== 'import' || (dots === 0 && module.length === 0)) return out;
  k++;
  if (op(k, '(')) k++;
  const imp: PyImport = { dots, module, names: [], at };
  for (let count = 0; count < MAX_NAMES; count++) {
    if (op(k, '*')) {
      imp.whole = true;
      imp.star = true;
      break;
    }
    const name = id(k);
    if (name === undefined) break;
    let local = name;
    k++;
    if (id(k) === 'as' && id(k + 1) !== undefined) {
      local = id(k + 1)!;
      k += 2;
    }
    imp.names.push({ imported: name, local });
    if (!op(k, ',')) break;
    k++;
  }
  // Past MAX_NAMES the statement is not read whole: noted as the module taken whole.
  if (imp.names.length >= MAX_NAMES) imp.whole = true;
  out.push(imp);
  return out;
}

/** The folders an absolute import is looked for below: the folder's root, its `src/`, each folder above the importer. */
function roots(importer: string): string[] {
  const out = ['', 'src'];
  for (let d = path.posix.dirname(importer); d !== '.' && d !== '' && d !== '/' && out.length < 34; d = path.posix.dirname(d)) if (!out.includes(d)) out.push(d);
  return out;
}

/**
 * The file of the Python module an import names (`app/graph.py` or `app/graph/__init__.py`) among `exists`,
 * or undefined (a package installed, a module of no file here).
 */
export function resolvePythonModule(importer: string, dots: number, module: readonly string[], exists: (rel: string) => boolean): string | undefined {
  // Worked out once per folder, import and list of files (a package's modules import the same few modules).
  let memo = resolved.get(exists);
  if (!memo) resolved.set(exists, (memo = new Map()));
  const key = `${path.posix.dirname(importer)}\0${dots}\0${module.join('.')}`;
  if (memo.has(key)) return memo.get(key);
  const hit = resolveUncached(importer, dots, module, exists);
  memo.set(key, hit);
  return hit;
}

const resolved = new WeakMap<(rel: string) => boolean, Map<string, string | undefined>>();

function resolveUncached(importer: string, dots: number, module: readonly string[], exists: (rel: string) => boolean): string | undefined {
  const at = (base: string) => {
    const p = [...(base === '' ? [] : [base]), ...module].join('/');
    const tries = module.length === 0 ? [`${p === '' ? '' : `${p}/`}__init__.py`] : [`${p}.py`, `${p}/__init__.py`];
    return tries.find(exists);
  };
  if (dots > 0) {
    let base = path.posix.dirname(importer);
    for (let d = 1; d < dots; d++) {
      if (base === '.' || base === '') return undefined;
      base = path.posix.dirname(base);
    }
    return at(base === '.' ? '' : base);
  }
  for (const base of roots(importer)) {
    const hit = at(base);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const HOST = (b: ExportedBinding) => (b.instagram ? 'https://graph.instagram.com' : 'https://graph.facebook.com');

/** What stands for a binding ahead of an importing file's text (Python), or undefined when it cannot be declared. */
function declaration(local: string, b: ExportedBinding): string | undefined {
  switch (b.kind) {
    case 'client':
      return `${local} = httpx.Client(base_url="${HOST(b)}")\n`;
    case 'factory':
      return `def ${local}(*args, **kwargs):\n    return httpx.Client(base_url="${HOST(b)}")\n`;
    case 'url': {
      const parts = b.url ?? [{ lit: HOST(b) }];
      // A hole keeps a name the reader can tell a version by (`{settings.GRAPH_API_VERSION}`, `os.environ["V"]` as `{V}`).
      const hole = (h: string) => (/^[A-Za-z_][\w.]*$/.test(h) ? h : (h.match(/[A-Za-z_]\w*/g)?.pop() ?? '_'));
      const body = parts.map((p) => ('lit' in p ? p.lit.replace(/[{}]/g, (c) => c + c).replace(/["\\\r\n]/g, '') : `{${hole(p.hole)}}`)).join('');
      return `${local} = f"${body}"\n`;
    }
    default:
      return undefined;
  }
}

/**
 * How a Python file is read with the Graph clients it imports (`index`: each module's top-level clients, by
 * file), or undefined when it imports none. `quiet` and `refuse` as for JavaScript (imports.ts's importsRead).
 * `passed`, when given, is told each name the file binds to a client (the file passes it on to its importers).
 */
export function pythonImportsRead(
  rel: string,
  /** The file's text, or its imports as pythonImportsOf read them. */
  source: string | readonly PyImport[],
  index: ReadonlyMap<string, readonly ExportedBinding[]>,
  exists: (rel: string) => boolean,
  quiet?: (importer: string, target: string) => boolean,
  refuse?: (importer: string, target: string, b: ExportedBinding) => string | undefined,
  passed?: (b: ExportedBinding) => void,
  /** Whether `name` is a function or class module `target` defines (its calls are read there, for its user). */
  isDef?: (target: string, name: string) => boolean,
  /** The names the file's functions take as parameters (pythonParameterNames). */
  parameters?: ReadonlySet<string>,
): ImportsRead | undefined {
  if (index.size === 0) return undefined;
  const out: ImportsRead = { prelude: '', blank: [], unfollowed: [], through: [] };
  const through = new Set<string>();
  const note = (imp: PyImport, why: string) => out.unfollowed.push({ start: imp.at[0], end: imp.at[1], why });
  // A module taken whole is noted, unless it holds no client and the two modules are one user's (its calls are read there).
  const whole = (imp: PyImport, target: string) => {
    through.add(target);
    if (!(quiet?.(rel, target) && !holdsClient(index.get(target)!))) note(imp, 'the module taken whole');
  };
  const bound = new Map<string, { b: ExportedBinding; key: string; imp: PyImport; base: string }[]>();
  for (const imp of typeof source === 'string' ? pythonImportsOf(source) : source) {
    if (imp.star) {
      // `from app.graph import *`: its public names, as the module binds them (a name not read: the module noted).
      const target = resolvePythonModule(rel, imp.dots, imp.module, exists);
      const bindings = target === undefined || target === rel ? undefined : index.get(target);
      if (!bindings) continue;
      through.add(target!);
      let unread = false;
      for (const b of bindings) {
        if (b.name.startsWith('_') || b.kind === 'inert') {
          if (b === PASSED_TOO_DEEP) unread = true;
          continue;
        }
        if (b.kind === 'client' || b.kind === 'factory' || b.kind === 'url') {
          const why = refuse?.(rel, b.from?.[b.from.length - 1] ?? target!, b);
          if (why) note(imp, why);
          else bound.set(b.name, [...(bound.get(b.name) ?? []), { b, key: `${target}\0${b.name}`, imp, base: target! }]);
        } else unread = true;
      }
      // A name of it that is no client it declares (an object not followed), or its functions (which call through
      // its clients there, for its user) taken by another user's module: noted.
      if (unread || !quiet?.(rel, target!)) note(imp, 'the module taken whole');
      continue;
    }
    if (imp.names.length === 0 || imp.whole) {
      const target = resolvePythonModule(rel, imp.dots, imp.module, exists);
      if (target !== undefined && target !== rel && index.has(target)) whole(imp, target);
      continue;
    }
    const base = resolvePythonModule(rel, imp.dots, imp.module, exists);
    const bindings = base === undefined || base === rel ? undefined : index.get(base);
    for (const { imported, local } of imp.names) {
      // `from app.meta import client`: the package's own name first (its `__init__.py`), else its module `client.py`.
      const b = bindings?.find((x) => x.name === imported);
      if (!b) {
        // (A module of the package that holds nothing to follow is a plain import: `from . import utils`.)
        const sub = resolvePythonModule(rel, imp.dots, [...imp.module, imported], exists);
        if (sub !== undefined && sub !== rel) {
          if (index.has(sub)) whole(imp, sub);
          continue;
        }
      }
      if (!bindings) continue;
      through.add(base!);
      for (const f of b?.from ?? []) through.add(f);
      // The module that made the name: where its calls are read, and whose token it may be bound to.
      const origin = b?.from?.[b.from.length - 1] ?? base!;
      if (!b || b.kind === 'opaque') {
        // A name of the module that is no client it declares: a function that calls through one (read there, for its
        // user), or a client this reader does not follow. Only a function or class of one user's two modules is quiet.
        if (bindings.includes(PASSED_TOO_DEEP)) note(imp, `\`${imported}\` of a module past ${MAX_PASS_DEPTH} that import one another`);
        else if (!(quiet?.(rel, origin) && isDef?.(origin, imported))) note(imp, `\`${imported}\` of a module that holds a Graph client`);
        passed?.({ name: local, kind: 'opaque', instagram: false, from: [base!, ...(b?.from ?? [])] });
        continue;
      }
      if (b.kind === 'inert') continue;
      if (b.kind === 'chosen') {
        note(imp, `\`${imported}\` has its host chosen by its caller`);
        passed?.({ ...b, name: local, from: [base!, ...(b.from ?? [])] });
        continue;
      }
      const why = refuse?.(rel, origin, b);
      if (why) note(imp, why);
      else bound.set(local, [...(bound.get(local) ?? []), { b, key: `${base}\0${imported}`, imp, base: base! }]);
    }
  }
  const lines: string[] = [];
  for (const [local, all] of bound) {
    if (all.some((x) => x.key !== all[0]!.key)) {
      note(all[0]!.imp, `\`${local}\` bound to more than one thing`);
      continue;
    }
    const { b, base } = all[0]!;
    // A function's own import is declared for the whole file: where another function takes a parameter of that
    // name, the parameter would be read as the client (hunt W-11). Noted instead.
    if (parameters?.has(local) && all.some((x) => x.imp.indented)) {
      note(all[0]!.imp, `\`${local}\` imported in a block, and a parameter of a function of the file is named so`);
      continue;
    }
    const line = declaration(local, b);
    if (line === undefined) continue;
    lines.push(line);
    passed?.({ ...b, name: local, from: [base, ...(b.from ?? [])] });
  }
  if (lines.length === 0 && out.unfollowed.length === 0) return undefined;
  out.prelude = lines.join('');
  out.through = [...through];
  return out;
}

/** What a top-level statement of a Python module is: a function or class (by name), an assignment, a literal one. */
const TOP_DEF = /^(?:async[ \t]+)?(?:def|class)[ \t]+([A-Za-z_]\w*)/;
const TOP_ASSIGN = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)/;
const TOP_TUPLE = /^\(?([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*,?\)?[ \t]*=(?!=)/;

/** The lines (0-based) that start inside a string (a triple-quoted one's, or one a backslash continues): one pass. */
function linesInStrings(text: string): Set<number> {
  const inside = new Set<number>();
  let line = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      i++;
    } else if (c === 0x23) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === 0x27 || c === 0x22) {
      const j = stringEnd(text, i);
      for (let k = text.indexOf('\n', i); k !== -1 && k < j; k = text.indexOf('\n', k + 1)) inside.add(++line);
      i = j;
    } else i++;
  }
  return inside;
}
const LITERAL_VALUE = /^[ \t]*(?:-?\d[\w.]*|True|False|"[^"\\\n]*"|'[^'\\\n]*')[ \t]*(?:#.*)?$/;
/** Words that make a request or name Graph: a function or class that holds one may call Graph. */
const CALLS_WORDS = /graph\.facebook\.com|graph\.instagram\.com|\b(?:requests|httpx|aiohttp|urllib3?|http\.client|facebook|facebook_business|FacebookAdsApi|GraphAPI|session|Session)\b/;

/**
 * A Python module's top level: its functions and classes (`defs`: an importer's call of one is read in the
 * module), and the names it gives that make no call (`inert`): a constant of a literal value (`GRAPH_VERSION =
 * "v25.0"`, `TIMEOUT = 5`), and a function or class whose text names none of the module's clients, URLs, other
 * top-level names (functions, classes, variables not of a literal value: `_client = None` set by `init()`) or
 * imported names, no Graph host and no HTTP library (`class GraphError(Exception)`, `def is_rate_limited(e)`).
 * Lines at the top level only, outside triple-quoted strings; linear in the text.
 */
export function pythonTopLevel(text: string, calling: readonly string[]): { inert: string[]; defs: Set<string> } {
  const lines = text.split('\n');
  const blocks: { name: string; kind: 'def' | 'literal'; body: string }[] = [];
  // Top-level names bound to anything but a literal: what a function may call through.
  const variables = new Set<string>();
  let open: { name: string; from: number } | undefined;
  const close = (to: number) => {
    if (open) blocks.push({ name: open.name, kind: 'def', body: lines.slice(open.from, to).join('\n') });
    open = undefined;
  };
  // A line that starts inside a string (a triple-quoted one's) starts nothing.
  const inString = linesInStrings(text);
  // Names a function makes global (`global _client` in `init()`): top-level variables too.
  for (const m of text.matchAll(/^[ \t]+global[ \t]+([\w, \t]+)/gm)) for (const name of m[1]!.split(',')) if (name.trim() !== '') variables.add(name.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const wasIn = inString.has(i);
    // A line at the top level (not indented, not blank, not a comment, not a decorator's) ends a block.
    if (wasIn || line === '' || /^[ \t]/.test(line) || line.startsWith('#') || line.startsWith(')') || line.startsWith(']') || line.startsWith('}')) continue;
    if (line.startsWith('@')) continue;
    close(i);
    const def = TOP_DEF.exec(line);
    if (def) {
      open = { name: def[1]!, from: i };
      continue;
    }
    const tuple = TOP_TUPLE.exec(line);
    if (tuple) {
      for (const name of tuple[1]!.split(',')) variables.add(name.trim());
      continue;
    }
    const assign = TOP_ASSIGN.exec(line);
    if (!assign) continue;
    if (LITERAL_VALUE.test(line.slice(assign[0].length).replace(/\r$/, ''))) blocks.push({ name: assign[1]!, kind: 'literal', body: '' });
    else variables.add(assign[1]!);
  }
  close(lines.length);
  const defs = new Set(blocks.filter((b) => b.kind === 'def').map((b) => b.name));
  const imported = pythonImportsOf(text).flatMap((imp) => (imp.names.length > 0 ? imp.names.map((n) => n.local) : [imp.module[0] ?? '']));
  const named = new Set([...calling, ...defs, ...variables, ...imported]);
  const inert: string[] = [];
  for (const b of blocks) {
    if (calling.includes(b.name) || variables.has(b.name)) continue;
    if (b.kind === 'literal') {
      inert.push(b.name);
      continue;
    }
    if (CALLS_WORDS.test(b.body)) continue;
    // The words of its text but its own name: one look each in the set of names (linear).
    const body = b.body.replace(/^[^\n]*/, (head) => head.replace(TOP_DEF, ''));
    let quiet = true;
    for (const w of body.match(/[A-Za-z_]\w*/g) ?? []) {
      if (w !== b.name && named.has(w)) {
        quiet = false;
        break;
      }
    }
    if (quiet) inert.push(b.name);
  }
  return { inert, defs };
}

/** A top-level object of a Graph SDK (`graph = facebook.GraphAPI(…)`, facebook-sdk's): its calls are not followed into importers. */
const SDK_OBJECT = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:facebook\.)?GraphAPI[ \t]*\(/gm;

/** The names a Python module binds at its top level to a Graph SDK object: each one an opaque binding (noted where imported). */
export function pythonSdkObjects(text: string): ExportedBinding[] {
  const out: ExportedBinding[] = [];
  if (!text.includes('GraphAPI')) return out;
  for (const m of text.matchAll(SDK_OBJECT)) out.push({ name: m[1]!, kind: 'opaque', instagram: false });
  return out;
}

/**
 * The top-level names a Python module binds to a declared token's value (`TOKEN = os.environ["META_PAGES_TOKEN"]`,
 * `PAGES_TOKEN: str = env("META_PAGES_TOKEN")`): a module that imports one reads that token. One look at each line
 * that names a token.
 */
export function pythonTokenConstants(text: string, tokens: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const token of tokens) {
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) {
      const start = text.lastIndexOf('\n', at) + 1;
      const m = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)/.exec(text.slice(start, at));
      if (m && !out.has(m[1]!)) out.set(m[1]!, token);
    }
  }
  return out;
}

/** The names a Python file's functions take as parameters (`def publish(client, page_id=None, *args)`). */
export function pythonParameterNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\bdef[ \t]+\w+[ \t]*\(([^)]*)\)/g))
    for (const p of m[1]!.split(',')) {
      const name = /^[ \t\r\n*]*([A-Za-z_]\w*)/.exec(p)?.[1];
      if (name !== undefined) out.add(name);
    }
  return out;
}

/**
 * What a module passes on to its importers from the modules it imports (each name once: the clients it declares,
 * the names it takes that are no client of theirs), and the declarations it is read with.
 */
export function pythonPassedOn(rel: string, source: string | readonly PyImport[], index: ReadonlyMap<string, readonly ExportedBinding[]>, exists: (rel: string) => boolean): { passed: ExportedBinding[]; prelude: string } {
  const passed: ExportedBinding[] = [];
  const how = pythonImportsRead(rel, source, index, exists, undefined, undefined, (b) => {
    if (!passed.some((x) => x.name === b.name)) passed.push(b);
  });
  return { passed, prelude: how?.prelude ?? '' };
}

/** Graph SDKs for Python, by the top-level name their modules are imported by. */
const PYTHON_GRAPH_SDKS = new Set(['facebook', 'facebook_business', 'facebookads', 'pyfacebook', 'fbgraph', 'koala']);

/**
 * Whether a Python module may make a Graph client where this reader does not see one (in a function): it names a
 * Graph host, or imports a Graph SDK (`import facebook`, `from facebook_business.api import FacebookAdsApi`). A module
 * that only names Facebook in its docstrings or class names (`class FacebookError`) does not.
 */
export function mayMakeGraphClient(text: string): boolean {
  if (/graph\.(?:facebook|instagram)\.com/.test(text)) return true;
  return text.includes('import') && pythonImportsOf(text).some((imp) => imp.dots === 0 && PYTHON_GRAPH_SDKS.has(imp.module[0] ?? ''));
}

/** Whether a module's top level binds `name` again (`RateLimit = wrap(RateLimit)`, `def RateLimit(…)`, `class RateLimit`). */
export function pythonRebinds(text: string, name: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(name)) return true;
  return new RegExp(`^(?:${name}[ \\t]*(?::[^=\\n]*)?=(?!=)|(?:async[ \\t]+)?(?:def|class)[ \\t]+${name}\\b)`, 'm').test(text);
}

/** The name Python imports a module's file by: its own (`graph` of `app/graph.py`), or its folder's for an `__init__.py`. */
export function pythonModuleName(file: string): string {
  const base = path.posix.basename(file);
  return base === '__init__.py' ? path.posix.basename(path.posix.dirname(file)) : path.posix.basename(base, '.py');
}
