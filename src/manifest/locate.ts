/** JSON path → 1-based line/column ranges in the manifest, and semantic anchors for fingerprints. */
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from '../yaml.js';
import type { JsonPath } from '../types.js';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function keyOf(k: unknown): unknown {
  return isScalar(k) ? k.value : k;
}

/** Above this many pairs a mapping finds its keys through a map (findPair). */
const INDEXED_KEYS = 32;
const pairIndexes = new WeakMap<YAMLMap, { size: number; byKey: Map<string, Pair> }>();

/**
 * The first pair of `map` whose key reads `name`. A mapping of more than INDEXED_KEYS pairs builds a
 * map of its keys once (again if a pair was added or removed since), so that one finding per key of
 * 200,000 costs a lookup each, not a search of them all.
 */
function findPair(map: YAMLMap, name: string): Pair | undefined {
  const items = map.items as unknown[];
  if (items.length <= INDEXED_KEYS) return items.find((p): p is Pair => isPair(p) && String(keyOf(p.key)) === name);
  let index = pairIndexes.get(map);
  if (index?.size !== items.length) {
    const byKey = new Map<string, Pair>();
    for (const p of items) {
      if (!isPair(p)) continue;
      const k = String(keyOf(p.key));
      if (!byKey.has(k)) byKey.set(k, p);
    }
    pairIndexes.set(map, (index = { size: items.length, byKey }));
  }
  return index.byKey.get(name);
}

/**
 * The range of the node at `path` (its key with `key: true`). A path that does not exist resolves
 * to the nearest existing parent's key — "a missing key points at its parent" (SPEC §1).
 */
export function locate(doc: Document, lc: LineCounter, path: JsonPath, opts: { key?: boolean } = {}): Range {
  let node: unknown = doc.contents;
  // The range to use if the walk stops: the key through which we reached the current node.
  let fallback: [number, number] | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = findPair(node, String(seg));
      if (!pair) break;
      const keyRange = (pair.key as Node | null)?.range;
      if (last && opts.key && keyRange) return toRange(lc, keyRange[0], keyRange[1]);
      const value = pair.value as Node | null;
      if (!value?.range || (isScalar(value) && value.value === null && value.range[0] === value.range[1])) {
        if (keyRange) return toRange(lc, keyRange[0], keyRange[1]);
        break;
      }
      if (keyRange) fallback = [keyRange[0], keyRange[1]];
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item?.range) break;
      node = item;
      fallback = undefined;
    } else {
      break;
    }
    if (last) {
      const r = (node as Node).range!;
      return toRange(lc, r[0], headEnd(node as Node, r));
    }
  }
  if (path.length === 0 && node && (node as Node).range) {
    const r = (node as Node).range!;
    return toRange(lc, r[0], headEnd(node as Node, r));
  }
  if (fallback) return toRange(lc, fallback[0], fallback[1]);
  const r = (node as Node | null)?.range;
  if (r) return toRange(lc, r[0], headEnd(node as Node, r));
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Collections span many lines; a finding about one points at its first line only. */
function headEnd(node: Node, r: [number, number, number]): number {
  if (isMap(node) || isSeq(node)) {
    const first = node.items[0] as { range?: [number, number, number]; key?: Node } | undefined;
    const fr = isPair(first) ? (first.key as Node | null)?.range : first?.range;
    if (fr && node.flow !== true) return fr[1];
    return r[1];
  }
  return r[1];
}

function toRange(lc: LineCounter, start: number, end: number): Range {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

/**
 * A human anchor for a JSON path, stable across edits: array items are named by their `name`,
 * `asset` or `id` (e.g. `systemUsers[shop-prod].assets[Acme Shop].tasks`), never by position
 * unless nothing else names them.
 */
export function semanticPath(value: unknown, path: JsonPath): string {
  let out = '';
  let cur: unknown = value;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item = Array.isArray(cur) ? cur[seg] : undefined;
      let label: string = String(seg);
      if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        const named = o.name ?? o.asset ?? o.id;
        if (typeof named === 'string' || typeof named === 'number') label = String(named);
      } else if (typeof item === 'string' || typeof item === 'number') label = String(item);
      out += `[${label}]`;
      cur = item;
    } else {
      out += out ? `.${seg}` : seg;
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}
