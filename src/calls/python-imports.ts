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
import type { ImportsRead } from './imports.js';

/** One Python import: `from <dots><module> import <names>` or `import <module> [as x]` (`whole`). */
export interface PyImport {
  dots: number;
  module: string[];
  names: { imported: string; local: string }[];
  /** `import a.b`, `from a import *`: the module taken whole. */
  whole?: true;
  /** Offsets of the statement's module name (where an import not followed is noted). */
  at: [start: number, end: number];
}

/** How many modules deep a client is followed as passed on from module to module. */
export const MAX_PASS_DEPTH = 8;

/** What marks a module past that depth that imports one of the folder's: an import of any name of it is noted. */
export const PASSED_TOO_DEEP: ExportedBinding = Object.freeze({ name: '\0deep', kind: 'opaque', instagram: false });

/** Names one import statement binds, at most (the rest are not read: the statement is noted). */
const MAX_NAMES = 512;

/** A line that may start an import statement (`from x import y`, `import x`), after its indentation. */
const IMPORT_LINE = /^[ \t]*(?:from|import)[ \t\\]/gm;

/**
 * The imports of a Python file, in order. Only the statements are lexed: each line that starts with `from` or
 * `import` (not inside a triple-quoted string, told by the count of `"""` and `'''` before it), to its end
 * (its closing parenthesis, or past lines a backslash continues). Linear in the file's size.
 */
export function pythonImportsOf(text: string): PyImport[] {
  const out: PyImport[] = [];
  // Triple quotes before the offset reached so far: an odd count of either kind means inside a string.
  let quotesTo = 0;
  let inDouble = false;
  let inSingle = false;
  const advance = (to: number) => {
    for (let i = quotesTo; i < to; ) {
      const d = inSingle ? -1 : text.indexOf('"""', i);
      const q = inDouble ? -1 : text.indexOf("'''", i);
      const next = d === -1 ? q : q === -1 ? d : Math.min(d, q);
      if (next === -1 || next >= to) break;
      if (next === d) inDouble = !inDouble;
      else inSingle = !inSingle;
      i = next + 3;
      quotesTo = i;
    }
    quotesTo = Math.max(quotesTo, to);
  };
  for (const m of text.matchAll(IMPORT_LINE)) {
    const at = m.index;
    if (at < quotesTo) continue;
    advance(at);
    if (inDouble || inSingle) continue;
    const end = statementEnd(text, at + m[0].length);
    for (const imp of importsIn(text.slice(at, end))) out.push({ ...imp, at: [imp.at[0] + at, imp.at[1] + at] });
    // (A statement's own lines are passed over; a quote in it is not a string's start: imports hold none.)
    quotesTo = Math.max(quotesTo, end);
  }
  return out;
}

/** Where the import statement whose text goes on at `from` ends: its line's end, past a parenthesised list or lines a backslash continues. */
function statementEnd(text: string, from: number): number {
  let i = from;
  for (let lines = 0; lines < 4096; lines++) {
    const nl = text.indexOf('\n', i);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(i, end);
    const open = line.indexOf('(');
    if (open !== -1) {
      const close = text.indexOf(')', i + open);
      return close === -1 ? text.length : close + 1;
    }
    if (!/\\\r?$/.test(line) || nl === -1) return end;
    i = nl + 1;
  }
  return i;
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
      const body = parts.map((p) => ('lit' in p ? p.lit.replace(/[{}]/g, (c) => c + c).replace(/["\\\r\n]/g, '') : /^[A-Za-z_]\w*$/.test(p.hole) ? `{${p.hole}}` : '{_}')).join('');
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
): ImportsRead | undefined {
  if (index.size === 0) return undefined;
  const out: ImportsRead = { prelude: '', blank: [], unfollowed: [], through: [] };
  const through = new Set<string>();
  const note = (imp: PyImport, why: string) => out.unfollowed.push({ start: imp.at[0], end: imp.at[1], why });
  const bound = new Map<string, { b: ExportedBinding; key: string; imp: PyImport }[]>();
  for (const imp of typeof source === 'string' ? pythonImportsOf(source) : source) {
    if (imp.names.length === 0 || imp.whole) {
      const target = resolvePythonModule(rel, imp.dots, imp.module, exists);
      if (target !== undefined && target !== rel && index.has(target) && !quiet?.(rel, target)) {
        through.add(target);
        note(imp, 'the module taken whole');
      }
      continue;
    }
    let base: string | undefined | null = null;
    for (const { imported, local } of imp.names) {
      // `from app import graph`: a module of the package, taken whole.
      const sub = resolvePythonModule(rel, imp.dots, [...imp.module, imported], exists);
      if (sub !== undefined && sub !== rel && index.has(sub)) {
        through.add(sub);
        if (!quiet?.(rel, sub)) note(imp, `\`${imported}\`, a module that holds a Graph client, taken whole`);
        continue;
      }
      if (base === null) base = resolvePythonModule(rel, imp.dots, imp.module, exists);
      const bindings = base === undefined || base === rel ? undefined : index.get(base);
      if (!bindings) continue;
      through.add(base!);
      const b = bindings.find((x) => x.name === imported);
      for (const f of b?.from ?? []) through.add(f);
      if (!b && bindings.includes(PASSED_TOO_DEEP)) note(imp, `\`${imported}\` of a module past ${MAX_PASS_DEPTH} that import one another`);
      else if (!b) {
        if (!quiet?.(rel, base!)) note(imp, `\`${imported}\` of a module that holds a Graph client`);
      } else if (b.kind === 'inert') continue;
      else if (b.kind === 'chosen' || b.kind === 'opaque') note(imp, `\`${imported}\` has its host chosen by its caller`);
      else {
        const why = refuse?.(rel, base!, b);
        if (why) note(imp, why);
        else bound.set(local, [...(bound.get(local) ?? []), { b, key: `${base}\0${imported}`, imp }]);
      }
    }
  }
  const lines: string[] = [];
  for (const [local, all] of bound) {
    if (all.some((x) => x.key !== all[0]!.key)) {
      note(all[0]!.imp, `\`${local}\` bound to more than one thing`);
      continue;
    }
    const line = declaration(local, all[0]!.b);
    if (line === undefined) continue;
    lines.push(line);
    passed?.({ ...all[0]!.b, name: local, from: [...through] });
  }
  if (lines.length === 0 && out.unfollowed.length === 0) return undefined;
  out.prelude = lines.join('');
  out.through = [...through];
  return out;
}

/** What a top-level statement of a Python module is: a function or class (by name), a constant of a literal value. */
const TOP_DEF = /^(?:async[ \t]+)?(?:def|class)[ \t]+([A-Za-z_]\w*)/;
const TOP_LITERAL = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:-?\d[\w.]*|True|False|None|"[^"\\\n]*"|'[^'\\\n]*')[ \t]*(?:#.*)?$/;
/** Words that make a request or name Graph: a function or class that holds one may call Graph. */
const CALLS_WORDS = /graph\.facebook\.com|graph\.instagram\.com|\b(?:requests|httpx|aiohttp|urllib3?|http\.client|facebook_business|FacebookAdsApi|session|Session)\b/;

/**
 * The names a Python module's top level gives that make no call: a constant of a literal value
 * (`GRAPH_VERSION = "v25.0"`, `TIMEOUT = 5`), and a function or class whose text names none of the module's
 * clients, URLs or other functions and classes, no Graph host and no HTTP library (`class GraphError(Exception)`,
 * `def is_rate_limited(e)`). An importer takes those freely (`inert`). Lines at the module's top level only;
 * linear in the text.
 */
export function pythonInertNames(text: string, calling: readonly string[]): string[] {
  const lines = text.split('\n');
  const blocks: { name: string; kind: 'def' | 'literal'; body: string }[] = [];
  let open: { name: string; from: number } | undefined;
  const close = (to: number) => {
    if (open) blocks.push({ name: open.name, kind: 'def', body: lines.slice(open.from, to).join('\n') });
    open = undefined;
  };
  // Inside a triple-quoted string (`"""` or `'''` open), a line starts nothing.
  let inString: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const wasIn = inString !== undefined;
    for (let at = 0; ; ) {
      const d = inString === "'''" ? -1 : line.indexOf('"""', at);
      const q = inString === '"""' ? -1 : line.indexOf("'''", at);
      const next = d === -1 ? q : q === -1 ? d : Math.min(d, q);
      if (next === -1) break;
      const kind = next === d ? '"""' : "'''";
      inString = inString === undefined ? kind : undefined;
      at = next + 3;
    }
    // A line at the top level (not indented, not blank, not a comment, not a decorator's) ends a block.
    if (wasIn || line === '' || /^[ \t]/.test(line) || line.startsWith('#') || line.startsWith(')') || line.startsWith(']') || line.startsWith('}')) continue;
    if (line.startsWith('@')) continue;
    close(i);
    const def = TOP_DEF.exec(line);
    if (def) open = { name: def[1]!, from: i };
    else {
      const lit = TOP_LITERAL.exec(line.replace(/\r$/, ''));
      if (lit) blocks.push({ name: lit[1]!, kind: 'literal', body: '' });
    }
  }
  close(lines.length);
  const defs = blocks.filter((b) => b.kind === 'def').map((b) => b.name);
  // Names the module binds by import (a client of another module it uses) count as its own clients.
  const imported = pythonImportsOf(text).flatMap((imp) => (imp.names.length > 0 ? imp.names.map((n) => n.local) : [imp.module[0] ?? '']));
  const named = new Set([...calling, ...defs, ...imported]);
  const words = (body: string) => new Set(body.match(/[A-Za-z_]\w*/g) ?? []);
  const out: string[] = [];
  for (const b of blocks) {
    if (calling.includes(b.name)) continue;
    if (b.kind === 'literal') {
      out.push(b.name);
      continue;
    }
    if (CALLS_WORDS.test(b.body)) continue;
    const w = words(b.body.replace(/^[^\n]*/, (head) => head.replace(TOP_DEF, '')));
    let quietBody = true;
    for (const n of named) if (n !== b.name && w.has(n)) quietBody = false;
    if (quietBody) out.push(b.name);
  }
  return out;
}
