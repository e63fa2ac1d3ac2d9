/** Reads a manifest into a yaml Document with positions, refusing input that is not a sane YAML file. */
import { existsSync } from 'node:fs';
import { readUserFile } from '../fs-safe.js';
import path from 'node:path';
import jsYaml from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { parseDocument, yaml } from '../yaml.js';
import { LineIndex, positionAt } from '../position.js';
import { locate, type Range } from './locate.js';
import { PositionCollector, locateSpan, type PosNode } from './position-index.js';
import { readParse, writeParse, type ManifestCacheSetting } from './parse-cache.js';
import { findManifestSecrets, noteNoManifestSecrets } from './secrets.js';
import { sha256HexBytes } from '../hash.js';
import { ConfigError, type JsonPath } from '../types.js';
import { redact } from '../secrets/secret.js';
import { redactSecretsInText } from '../secrets/redact.js';

export const MANIFEST_NAMES = ['graphguard.yml', 'graphguard.yaml', '.graphguard.yml'] as const;
/** A manifest is a hand-written file; past 8 MiB it is not one (a 2,000-user manifest is 1.5 MiB). */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/** Nesting deeper than any real manifest; guards the parser's recursion. */
export const MAX_DEPTH = 64;
/** Alias expansion budget (billion-laughs guard). */
export const MAX_ALIAS_COUNT = 100;

export interface LoadedManifest {
  /** Path relative to cwd, `/` separators. */
  file: string;
  absPath: string;
  /** The text, less a leading byte order mark (`bom` says whether the file had one). */
  text: string;
  bom: boolean;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JS value of the document. */
  value: unknown;
  /** The range of the node at a JSON path (its key with `key: true`); see ./locate.ts. */
  locate(path: JsonPath, opts?: { key?: boolean }): Range;
  /** Whether the yaml Document was built (a fast-path manifest builds it only when a caller asks for it). */
  documentBuilt(): boolean;
  /** The parse cache (parse-cache.ts), when one was asked for: 'hit' (value and positions read from it) or 'miss'. */
  parseCache?: 'hit' | 'miss';
  /** A hit whose value met the schema when it was kept: no need to check it again (validate.ts). */
  schemaValid?: true;
  /**
   * After a miss, keeps this parse in the cache if the text holds nothing `mayKeep` refuses (the
   * output sink's test: no credential, no known secret) and the manifest declares no secret value,
   * with whether the value met the schema (`schemaValid`); says what it did (for --debug). Never throws.
   */
  keepParse?(mayKeep: (text: string) => boolean, schemaValid: boolean): string;
}

export interface LoadManifestOptions {
  /** The parse cache: where, and what names the code (parse-cache.ts). */
  cache?: ManifestCacheSetting | undefined;
}

/** Finds the manifest: the given path, else the first default name present in cwd. */
export function findManifest(cwd: string, given?: string): string | undefined {
  if (given) return path.resolve(cwd, given);
  for (const name of MANIFEST_NAMES) {
    const p = path.join(cwd, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function relPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

/** Loads and parses a manifest file; every failure is a ConfigError with file:line:col. */
export function loadManifest(absPath: string, cwd: string, opts: LoadManifestOptions = {}): LoadedManifest {
  const file = relPath(cwd, absPath);
  let buf: Buffer;
  try {
    // A regular file within the limit, opened without blocking: a FIFO or a device is one line, exit 2.
    buf = readUserFile(absPath, {
      maxBytes: MAX_MANIFEST_BYTES,
      what: 'manifest',
      display: file,
      // A pull request can commit graphguard.yml as a link to any file the runner can read, whose keys and lines
      // the findings would quote (hunt AT-6). A path the user names outside the repository is read as named.
      within: cwd,
      tooBig: (size) => `manifest is ${size} bytes; the limit is ${MAX_MANIFEST_BYTES} (8 MiB)`,
    });
  } catch (e) {
    if (e instanceof ConfigError && /no such file/.test(e.message)) throw new ConfigError('manifest not found', file);
    throw e;
  }
  return parseManifestText(buf, file, absPath, opts.cache);
}

/** Parses manifest bytes or text (exported for `diff`, which reads the base from git). */
export function parseManifestText(input: Buffer | string, file: string, absPath = file, cache?: ManifestCacheSetting): LoadedManifest {
  const buf = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (buf.length > MAX_MANIFEST_BYTES)
    throw new ConfigError(`manifest is ${buf.length} bytes; the limit is ${MAX_MANIFEST_BYTES} (8 MiB)`, file);
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const pre = buf.subarray(0, nul).toString('utf8');
    const at = positionAt(pre, pre.length);
    throw new ConfigError('binary content (NUL byte); a manifest is a YAML text file', file, at.line, at.column);
  }
  let text = buf.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  // The same bytes parsed by the same code before: their value and positions, without the parse (and
  // without the nesting check, which that parse passed).
  // (Of the bytes, as read: the text decoded from them is the same for the same bytes, and hashing them
  // needs no UTF-8 copy of the text. A byte order mark is left out, as it is of the text.)
  const textSum = cache ? sha256HexBytes(bom ? buf.subarray(3) : buf) : '';
  const hit = cache ? readParse(cache, absPath, textSum) : undefined;
  // Only a manifest that declares no secret value is kept (`keepParse`).
  if (hit) noteNoManifestSecrets(hit.value as object);
  else {
    const deep = findDeepNesting(text);
    if (deep !== -1) {
      // The parser has not run, so its LineCounter is empty.
      const at = positionAt(text, deep);
      throw new ConfigError(`nesting deeper than ${MAX_DEPTH} levels`, file, at.line, at.column);
    }
  }

  const fast = hit ? { value: hit.value, positions: PositionCollector.restore(text, hit.events, hit.kept) } : fastValue(text, file);
  if (fast !== undefined) {
    // The value and its positions came from the fast parser; the yaml Document is built only if a
    // caller asks for it (`diff` and `rotate` edit it; findings never need it).
    let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
    const full = () => (parsed ??= parseFull(text, file));
    let lines: LineIndex | undefined;
    // Built from the parse's events when a position is first asked for (null: the events do not
    // describe the value, and the Document answers).
    let root: PosNode | null | undefined;
    return {
      file,
      absPath,
      text,
      bom,
      value: fast.value,
      get doc() {
        return full().doc;
      },
      get lineCounter() {
        return full().lineCounter;
      },
      locate(path, opts = {}) {
        if (root === undefined) root = fast.positions.build(fast.value) ?? null;
        const at = root && locateSpan(root, fast.value, path, opts);
        if (!at) return locate(full().doc, full().lineCounter, path, opts);
        lines ??= new LineIndex(text);
        const [start, end] = at;
        const s = lines.position(start);
        const e = lines.position(Math.max(start, end));
        return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
      },
      documentBuilt: () => parsed !== undefined,
      ...(cache
        ? {
            parseCache: hit ? ('hit' as const) : ('miss' as const),
            ...(hit?.schemaValid ? { schemaValid: true as const } : {}),
            keepParse(mayKeep: (text: string) => boolean, schemaValid: boolean): string {
              if (hit) return 'read';
              if (!mayKeep(text)) return 'not kept: the text holds a credential or a known secret';
              if (findManifestSecrets(fast.value).length > 0) return 'not kept: the manifest declares a secret value';
              return writeParse(cache, absPath, textSum, { value: fast.value, ...fast.positions.record(), schemaValid }) ? 'written' : 'not written';
            },
          }
        : {}),
    };
  }
  const { doc, lineCounter, value } = parseFull(text, file, true);
  return {
    file,
    absPath,
    text,
    bom,
    doc,
    lineCounter,
    value,
    locate: (path, opts = {}) => locate(doc, lineCounter, path, opts),
    documentBuilt: () => true,
  };
}

/**
 * The plain value through js-yaml (about ten times faster than building the yaml Document on a
 * large manifest), for the plain YAML that manifests are: no anchors, aliases, tags or
 * directives. Anything else — or anything js-yaml refuses — takes the full path, whose errors carry
 * positions. Both parse YAML 1.2's core schema; test/manifest-load.test.ts holds them equal.
 */
function fastValue(text: string, file: string): { value: unknown; positions: PositionCollector } | undefined {
  if (/(?:^|[\s[{,:-])[&*!][^\s]|^%/m.test(text) || /(?:^|[\s{,])<<\s*:/m.test(text)) return undefined;
  // A null key is '' to yaml and 'null' to js-yaml: let the full parser have it.
  if (/(?:^|[\s{,?-])(?:~|null|Null|NULL)\s*:(?:\s|$)/m.test(text)) return undefined;
  try {
    // The listener records every node's offsets as js-yaml composes it: positions from this one parse
    // (the tree is built from them only if a finding asks for a position).
    const positions = new PositionCollector(text);
    const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false, listener: positions.listener } as jsYaml.LoadOptions);
    return value === null || value === undefined ? undefined : { value, positions };
  } catch (e) {
    // What js-yaml refused, the yaml package reports in its own words; asked first about the text up to
    // where js-yaml stopped (firstErrorBefore), not the Document of all 8 MiB of a broken manifest.
    const at = (e as { mark?: { position?: unknown } }).mark?.position;
    if (typeof at === 'number') firstErrorBefore(text, file, at);
    return undefined;
  }
}

/** How the yaml package reads a manifest: duplicate keys and YAML 1.2's strict rules are errors. */
// logLevel 'error': the yaml package's warnings (a collection as a mapping key) quote the text, and it
// would print them through process.emitWarning; they are not the manifest's errors.
// YAML 1.2's core schema whatever a `%YAML 1.1` directive says (1.1 would read `2025-01-01` as a date and
// `on` as true): the same values js-yaml's fast path gives.
// Duplicate keys: the yaml package compares each key with every earlier key of its mapping (200,000 keys
// took minutes), so the parse leaves that off and `firstError` finds the same duplicates in one pass.
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error', schema: 'core' } as const;

/** Large texts only: below this, the whole parse costs next to nothing. */
const PREFIX_PARSE_MIN_BYTES = 64 * 1024;

/**
 * Throws the yaml package's first error in `text` if it lies before the end of the line that holds
 * offset `at` (where js-yaml stopped), found by parsing only up to the end of the next line: YAML is
 * read from the start, so it is the document's first error. Anything else (no error there, or one the
 * cut made) is left to the parse of the whole text.
 */
function firstErrorBefore(text: string, file: string, at: number): void {
  if (text.length < PREFIX_PARSE_MIN_BYTES) return;
  const lineEnd = text.indexOf('\n', Math.min(at, text.length));
  if (lineEnd === -1) return;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd === -1) return;
  const prefix = text.slice(0, nextEnd + 1);
  const lineCounter = new (yaml().LineCounter)();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(prefix, { lineCounter, ...PARSE_OPTIONS });
  } catch {
    return;
  }
  const err = firstError(doc);
  // An error past the line js-yaml stopped at may be the cut's own (an unclosed bracket): not used.
  if (!err || err.pos[0] > lineEnd) return;
  throwFirstError(doc, prefix, file, lineCounter);
}

function parseFull(text: string, file: string, needValue = false): { doc: Document.Parsed; lineCounter: LineCounter; value: unknown } {
  const lineCounter = new (yaml().LineCounter)();
  const pos = (offset: number) => lineCounter.linePos(offset);
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  } catch (e) {
    throw new ConfigError(`YAML parser failed: ${(e as Error).message.split('\n')[0]}`, file);
  }
  throwFirstError(doc, text, file, lineCounter);
  if (doc.contents === null) throw new ConfigError('manifest is empty', file, 1, 1);
  if (!needValue) return { doc, lineCounter, value: undefined };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = (e as Error).message;
    // An alias whose anchor is not set before it (`name: *nope`): that alias, not a bomb (hunt S5).
    if (/^Unresolved alias\b/.test(msg)) {
      const name = /:\s*([A-Za-z0-9_-]{1,64})$/.exec(msg.split('\n')[0]!.trim())?.[1];
      const at = name === undefined ? text.search(/\*[^\s,[\]{}]/) : text.search(new RegExp(`\\*${name}(?![A-Za-z0-9_-])`));
      const { line, col } = pos(at === -1 ? 0 : at);
      const what = name === undefined ? 'an alias names no anchor set before it' : `alias *${name} names no anchor: set &${name} before it`;
      throw new ConfigError(`${what}, or write the value out`, file, line, col);
    }
    if (/alias/i.test(msg)) {
      const firstAlias = text.search(/\*[A-Za-z0-9_-]/);
      const { line, col } = pos(firstAlias === -1 ? 0 : firstAlias);
      throw new ConfigError(`aliases expand past ${MAX_ALIAS_COUNT} nodes (alias bomb?); write the values out`, file, line, col);
    }
    throw new ConfigError(`cannot read YAML: ${msg.split('\n')[0]}`, file);
  }
  return { doc, lineCounter, value };
}

/** The document's first error, as the one line a manifest that is not YAML gets (none: returns). */
function throwFirstError(doc: Document.Parsed, text: string, file: string, lineCounter: LineCounter): void {
  const err = firstError(doc);
  if (!err) return;
  const { line, col } = lineCounter.linePos(err.pos[0]);
  const key = err.code === 'DUPLICATE_KEY' ? (text.slice(err.pos[0]).match(/^[^:\n]+/)?.[0] ?? '').trim() : '';
  throw new ConfigError(redactSecretsInText(describeYamlError(err.code, err.message, key)), file, line, col);
}

/**
 * The document's first error as the yaml package with `uniqueKeys: true` gives it: its own first error,
 * or a duplicate key before it. The parse composes the text in order, so the earlier offset comes first.
 */
function firstError(doc: Document.Parsed): { code: string; message: string; pos: [number, number] } | undefined {
  const err = doc.errors[0];
  const dup = firstDuplicateKey(doc);
  if (dup !== undefined && (!err || dup < err.pos[0])) return { code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [dup, dup + 1] };
  return err;
}

/**
 * The offset of the first key equal to an earlier key of its mapping, by the yaml package's own test
 * (two scalars whose values are ===: `1` and `1.0`, `true` and `True`, `~` and `null`; never a
 * collection or alias key, never NaN), in one pass: each mapping's keys go into a set.
 */
function firstDuplicateKey(doc: Document.Parsed): number | undefined {
  let first: number | undefined;
  const { isScalar, visit } = yaml();
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0];
          if (at !== undefined && (first === undefined || at < first)) first = at;
          // Later duplicates of this mapping come after this one.
          break;
        }
        seen.add(key.value);
      }
    },
  });
  return first;
}

function describeYamlError(code: string, message: string, key: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      // A key that long is no name: it may be a pasted token, so only its redacted form is shown.
      return key ? `duplicate key: ${key.length >= 32 ? redact(key) : key}` : 'duplicate key';
    case 'TAB_AS_INDENT':
      return 'tab character used for indentation; YAML indents with spaces';
    default:
      // The parser's own recursion ran out (nesting the pre-parse check cannot see, as inside `? ? ?` keys).
      if (/Maximum call stack size exceeded/.test(first)) return `nesting too deep to read (at most ${MAX_DEPTH} levels)`;
      return `invalid YAML: ${first}`;
  }
}

/**
 * Returns the offset where flow ([ {) or block (indentation) nesting passes MAX_DEPTH, else -1.
 * Cheap and conservative: it runs before the parser so a hostile file cannot exhaust the stack.
 */
function findDeepNesting(text: string): number {
  // Character codes, not one-character strings: this reads every character of a large manifest.
  const NL = 0x0a;
  const SQ = 0x27;
  const DQ = 0x22;
  let flow = 0;
  /** The open quote's code, or 0. */
  let quote = 0;
  let comment = false;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      // A quoted scalar may go on over the next line: the quote stays open.
      comment = false;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (comment) continue;
    if (lineStart) {
      // space or `-`
      if (c === 0x20 || c === 0x2d) {
        indent++;
        // 2 columns per level is the tightest real YAML nests; anything beyond is not a manifest.
        if (indent > MAX_DEPTH * 2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== 0) {
      // a backslash escapes in double quotes only
      if (c === 0x5c && quote === DQ) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === DQ || c === SQ) {
      const prev = text[i - 1];
      if (prev === undefined || /[\s:,[{]/.test(prev)) quote = c;
      continue;
    }
    if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1]!))) {
      comment = true;
      continue;
    }
    // [ { open, ] } close
    if (c === 0x5b || c === 0x7b) {
      if (++flow > MAX_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
  }
  return -1;
}
