/**
 * Positions from the one fast parse (issue 12): js-yaml reports an `open` and a `close` event for every
 * node it composes, with its offset. The parse records them compactly; when a finding first asks for a
 * position, one pass links them, and the nodes of a tree of ranges that mirrors the plain value are
 * made along the paths asked about. A finding's JSON path so becomes a range without building the
 * yaml Document (which costs more than the rest of a large run together), and a manifest without
 * findings makes no node at all.
 *
 * The ranges follow the yaml Document's conventions exactly (`locate` gives the same answer from
 * either; test/position-index.test.ts holds them equal over every path of many manifests). When the
 * events do not line up with the value (a shape this module does not know), `build` returns
 * undefined and the caller falls back to the Document.
 */

/**
 * One node: its text span, and its children (mapping: keys and values; sequence: items), each made when
 * first asked for: a lookup through a user of 2,000 makes that user's nodes, not its siblings'.
 */
export class PosNode {
  /** The open events of the children (a mapping's: key, value, key, value, …), listed when first asked for. */
  private kids?: Int32Array;
  private names?: string[];
  /** A large mapping's key → entry index (its first), made on the first lookup by name (`indexOfKey`). */
  private index?: Map<string, number>;
  /**
   * The value this node was last found to agree with (`agrees`): the manifest's value tree does not
   * change, and thousands of findings walk through the same nodes (the root, `systemUsers`, a user).
   */
  agreed?: unknown;

  constructor(
    /** Offset of the node's first character. */
    readonly start: number,
    /**
     * Offset just past the node's value; UNKNOWN for a block collection, whose end the Document sets by
     * rules of trailing comments and empty values that nothing here needs but a sequence's first item.
     */
    readonly end: number,
    readonly kind: 'mapping' | 'sequence' | 'scalar' | 'empty',
    /** A collection written in flow style (`{…}` / `[…]`). */
    readonly flow: boolean,
    /** A collection's children: its collector and its open event. */
    private readonly from?: { collector: PositionCollector; open: number },
  ) {}

  private children(): Int32Array {
    return (this.kids ??= this.from ? this.from.collector.childOpens(this.from.open) : new Int32Array(0));
  }

  /** The k-th child (a mapping's keys and values alternate; the collector makes each node once). */
  private child(k: number): PosNode | undefined {
    const kids = this.children();
    if (!Number.isInteger(k) || k < 0 || k >= kids.length) return undefined;
    return this.from!.collector.node(kids[k]!);
  }

  /** A sequence's items, or a mapping's entries. */
  get size(): number {
    const n = this.children().length;
    return this.kind === 'sequence' ? n : n >> 1;
  }
  item(i: number): PosNode | undefined {
    return this.kind === 'sequence' ? this.child(i) : undefined;
  }
  key(i: number): PosNode | undefined {
    return this.kind === 'mapping' && i < this.size ? this.child(2 * i) : undefined;
  }
  value(i: number): PosNode | undefined {
    return this.kind === 'mapping' && i < this.size ? this.child(2 * i + 1) : undefined;
  }
  /** The keys as js-yaml resolved them, as strings. */
  get keyNames(): string[] {
    if (!this.names) {
      const kids = this.children();
      this.names = [];
      if (this.kind === 'mapping') for (let i = 0; i + 1 < kids.length; i += 2) this.names.push(this.from!.collector.keyName(kids[i]!));
    }
    return this.names;
  }
  /**
   * The entry index of the key named `name` (its first, as `keyNames.indexOf`), or -1. A mapping of
   * more than INDEXED_KEYS keys builds a map of its keys once, so that one finding per key (200,000
   * unknown keys) costs a lookup each, not a search of them all; a small one searches its list.
   */
  indexOfKey(name: string): number {
    const names = this.keyNames;
    if (names.length <= INDEXED_KEYS) return names.indexOf(name);
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < names.length; i++) if (!this.index.has(names[i]!)) this.index.set(names[i]!, i);
    }
    return this.index.get(name) ?? -1;
  }
}

/** Above this many keys a mapping looks its keys up through a map (PosNode.indexOfKey). */
const INDEXED_KEYS = 32;

/** The end of a block collection (see PosNode.end). */
const UNKNOWN = -1;

/** The js-yaml state fields the listener reads. */
interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

/**
 * A node kind as recorded: the length of js-yaml's kind name (0 for null: no content), which tells
 * its three kinds apart; an `open` event is OPEN.
 */
const OPEN = -1;

/**
 * Collects js-yaml's events during the parse, compactly (two numbers an event, and the value of each
 * closed node). `build()`, called when a finding first asks for a position, links them and gives the
 * root; other nodes are made as lookups reach them.
 */
export class PositionCollector {
  /** Per event: the offset, and OPEN or the closed node's kind (see `kindOf`). */
  private events: Int32Array = new Int32Array(4096);
  private count = 0;
  /** The value of each closed node, in event order (a restored collector has `kept` instead). */
  private readonly results: unknown[] = [];
  /** What a restored collector knows of the values (see `KeptResults`). */
  private kept?: KeptResults;

  constructor(private readonly text: string) {}

  /**
   * A collector with the events and values of an earlier parse of the same text (the manifest parse
   * cache: src/manifest/parse-cache.ts). It answers exactly as the collector that recorded them.
   */
  static restore(text: string, events: Int32Array, kept: KeptResults): PositionCollector {
    const c = new PositionCollector(text);
    c.events = events;
    c.count = events.length;
    c.kept = kept;
    return c;
  }

  /** The events recorded (two numbers each) and what the nodes need of each closed node's value, for the cache. */
  record(): { events: Int32Array; kept: KeptResults } {
    return { events: this.events.subarray(0, this.count), kept: this.kept ?? keepResults(this.results) };
  }

  /** js-yaml's `listener` option. */
  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (this.count + 2 > this.events.length) {
      const grown = new Int32Array(this.events.length * 2);
      grown.set(this.events);
      this.events = grown;
    }
    this.events[this.count++] = state.position;
    if (event === 'open') {
      this.events[this.count++] = OPEN;
      return;
    }
    this.events[this.count++] = state.kind === null ? 0 : state.kind.length;
    this.results.push(state.result);
  };

  /** The root, once indexed (null: the events do not describe the value). */
  private root: PosNode | null | undefined;
  /** Per event: for an open, the index of its close; for a close, the index of its value in `results`. */
  private link = new Int32Array(0);
  /** The nodes made so far, by the index of their open event. */
  private readonly made = new Map<number, PosNode>();

  /**
   * The root node, or undefined when the events do not describe the value. One pass over the events
   * checks them and links each open to its close; the nodes themselves are made as a lookup reaches
   * them (a finding's path and the siblings along it), not all at once.
   */
  build(value: unknown): PosNode | undefined {
    if (this.root === undefined) this.root = this.index(value) ?? null;
    return this.root ?? undefined;
  }

  /**
   * Links the events, or undefined when they are not the tree the nodes assume: balanced, every kind
   * known, and every mapping (that is not its only child over again: see `node`) with keys and values
   * in pairs.
   */
  private index(value: unknown): PosNode | undefined {
    const ev = this.events;
    const n = this.count >> 1;
    const link = new Int32Array(n);
    // The open events, innermost last (level 0 is the document), with how many children each has
    // closed so far and the first one's open event.
    const open = new Int32Array(n + 1);
    const children = new Int32Array(n + 1);
    const first = new Int32Array(n + 1);
    let depth = 0;
    let closed = 0;
    for (let e = 0; e < n; e++) {
      const k = ev[2 * e + 1]!;
      if (k === OPEN) {
        depth++;
        open[depth] = e;
        children[depth] = 0;
        first[depth] = -1;
        continue;
      }
      if (depth === 0) return undefined;
      const o = open[depth]!;
      link[o] = e;
      link[e] = closed++;
      const kind = kindOf(k);
      if (kind === undefined) return undefined;
      if (kind === 'mapping' && children[depth]! % 2 !== 0) {
        const only = children[depth] === 1 && this.same(link[link[first[depth]!]!]!, link[e]!);
        if (!only) return undefined;
      }
      depth--;
      if (children[depth]!++ === 0) first[depth] = o;
    }
    if (depth !== 0 || children[0] !== 1) return undefined;
    this.link = link;
    const root = this.node(first[0]!);
    return agrees(root, value) ? root : undefined;
  }

  /** The node of the open event `o` (made once). */
  node(o: number): PosNode {
    const ev = this.events;
    const link = this.link;
    // js-yaml read a collection as a would-be key, found no `:` and kept it as this node's value: its
    // only child, with the same value, is the node.
    for (;;) {
      const c = link[o]!;
      const kind = kindOf(ev[2 * c + 1]!);
      if ((kind === 'mapping' || kind === 'sequence') && o + 1 < c && link[o + 1]! + 1 === c && this.same(link[c]!, link[link[o + 1]!]!)) o++;
      else break;
    }
    let node = this.made.get(o);
    if (!node) this.made.set(o, (node = this.make(o)));
    return node;
  }

  /** Makes the node of the open event `o`; a collection's children are made when first asked for. */
  private make(o: number): PosNode {
    const text = this.text;
    const ev = this.events;
    const c = this.link[o]!;
    const openAt = ev[2 * o]!;
    const closeAt = ev[2 * c]!;
    const kind = kindOf(ev[2 * c + 1]!);
    // A scalar's children are js-yaml's abandoned attempts (a plain scalar first tried as a key).
    if (kind === 'scalar') {
      const start = skipSpace(text, openAt);
      return new PosNode(start, scalarEnd(text, start, closeAt), 'scalar', false);
    }
    // A value with no content (`key:` and nothing); `locate` points at its key instead.
    if (kind === null) return new PosNode(openAt, openAt, 'empty', false);
    const start = skipSpace(text, openAt);
    const flow = text.charCodeAt(start) === (kind === 'sequence' ? 0x5b : 0x7b); // [ or {
    const end = flow ? trimEnd(text, openAt, closeAt) : UNKNOWN;
    return new PosNode(start, end, kind === 'sequence' ? 'sequence' : 'mapping', flow, { collector: this, open: o });
  }

  /** The open events of the children of the collection opened at event `o`. */
  childOpens(o: number): Int32Array {
    const c = this.link[o]!;
    let n = 0;
    for (let k = o + 1; k < c; k = this.link[k]! + 1) n++;
    const out = new Int32Array(n);
    n = 0;
    for (let k = o + 1; k < c; k = this.link[k]! + 1) out[n++] = k;
    return out;
  }

  /** The key name of the node opened at event `o`: the value js-yaml gave it, as a string. */
  keyName(o: number): string {
    const r = this.link[this.link[o]!]!;
    if (this.kept) return this.kept.names[r] ?? OBJECT_KEY;
    const v = this.results[r];
    return v !== null && typeof v === 'object' ? OBJECT_KEY : String(v);
  }

  /**
   * Whether closed nodes a and b (indexes into the values) have the very same value: one object
   * (js-yaml's would-be key kept as a node's value). Primitive values are never the same.
   */
  private same(a: number, b: number): boolean {
    if (this.kept) return this.kept.ids[a]! >= 0 && this.kept.ids[a] === this.kept.ids[b];
    const v = this.results[a];
    return v !== null && typeof v === 'object' && v === this.results[b];
  }
}

/**
 * What the nodes need of the closed nodes' values, without the values: for an object (a mapping or a
 * sequence), a number that is the same for the same object (`ids`; -1 for anything else); for
 * anything else, the value as a string (`names`, null for an object): a mapping's key names.
 */
export interface KeptResults {
  ids: Int32Array;
  names: (string | null)[];
}

/** A key that is itself a collection (`? [a, b]: …`): never a name a path asks for (the Document answers). */
const OBJECT_KEY = '\u0000object';

function keepResults(results: readonly unknown[]): KeptResults {
  const ids = new Int32Array(results.length);
  const names: (string | null)[] = new Array(results.length);
  const seen = new Map<object, number>();
  for (let i = 0; i < results.length; i++) {
    const v = results[i];
    if (v !== null && typeof v === 'object') {
      let id = seen.get(v);
      if (id === undefined) seen.set(v, (id = seen.size));
      ids[i] = id;
      names[i] = null;
    } else {
      ids[i] = -1;
      names[i] = String(v);
    }
  }
  return { ids, names };
}

/** The kind an event recorded, or undefined for one the nodes do not know. */
function kindOf(k: number): 'scalar' | 'mapping' | 'sequence' | null | undefined {
  return k === 6 ? 'scalar' : k === 7 ? 'mapping' : k === 8 ? 'sequence' : k === 0 ? null : undefined;
}


/** The Document ends a block scalar past the line break that ends its last line. */
function pastLineBreak(text: string, end: number): number {
  if (end === 0 || text.charCodeAt(end - 1) === 0x0a) return end;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

/** Past spaces, line breaks and comments. */
function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

/** `end` moved back over whitespace, not before `floor`. */
function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) end--;
    else break;
  }
  return end;
}

/**
 * A scalar's end. js-yaml stops a plain scalar before ` #` but may stand past trailing space and line
 * breaks (and the comment lines of a multi-line scalar's end); quoted and block scalars end where
 * js-yaml stood.
 */
function scalarEnd(text: string, start: number, pos: number): number {
  const c = text.charCodeAt(start);
  if (c === 0x7c || c === 0x3e) return pastLineBreak(text, trimEnd(text, start, pos)); // | >: past their last line break
  if (c === 0x22 || c === 0x27) return trimEnd(text, start, pos);
  // A plain scalar: its last non-space character before `pos` that is not in a comment.
  let end = trimEnd(text, start, pos);
  // Comment lines between a multi-line plain scalar's end and `pos`.
  for (;;) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart <= start) break;
    const first = skipInline(text, lineStart);
    if (text.charCodeAt(first) !== 0x23) break;
    end = trimEnd(text, start, lineStart);
  }
  return end;
}

function skipInline(text: string, i: number): number {
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return i;
}

/**
 * The node describes the value: same kind, and for a collection the same length (a mapping: the
 * same keys). Checked at the root when the tree is built and at each step of a lookup, so a tree that
 * went wrong anywhere on a path is never trusted there (the caller asks the Document).
 */
function agrees(node: PosNode, value: unknown): boolean {
  if (Array.isArray(value)) return node.kind === 'sequence' && node.size === value.length;
  if (value !== null && typeof value === 'object') {
    if (node.agreed === value) return true;
    if (node.kind !== 'mapping') return false;
    const names = node.keyNames!;
    let own = 0;
    for (const k in value) if (Object.hasOwn(value, k)) own++;
    if (own !== names.length) return false;
    for (const k of names) if (!Object.hasOwn(value, k)) return false;
    node.agreed = value;
    return true;
  }
  return value === null ? node.kind === 'scalar' || node.kind === 'empty' : node.kind === 'scalar';
}

/** A node's span as offsets: `[start, end]`. */
type Span = [number, number];

/**
 * The span of the node at `path` (its key with `key: true`), by the rules of `locate` in
 * ./locate.ts: a missing path points at the nearest existing key; a collection at its first line.
 * Undefined when that span ends where a block collection ends (a sequence whose first item is a block
 * map or sequence): the caller asks the Document.
 */
export function locateSpan(root: PosNode, value: unknown, path: readonly (string | number)[], opts: { key?: boolean } = {}): Span | undefined {
  let node: PosNode = root;
  let fallback: Span | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (!agrees(node, value)) return undefined;
    if (node.kind === 'mapping') {
      const at = node.indexOfKey(String(seg));
      if (at === -1) break;
      const key = node.key(at)!;
      if (last && opts.key) return [key.start, key.end];
      const child = node.value(at)!;
      if (child.kind === 'empty') return [key.start, key.end];
      fallback = [key.start, key.end];
      node = child;
      value = (value as Record<string, unknown>)[String(seg)];
    } else if (node.kind === 'sequence' && typeof seg === 'number') {
      const item = node.item(seg);
      if (!item) break;
      node = item;
      value = (value as unknown[])[seg];
      fallback = undefined;
    } else break;
    if (last) return agrees(node, value) ? span(node) : undefined;
  }
  if (path.length === 0) return span(node);
  if (fallback) return fallback;
  return span(node);
}

function span(node: PosNode): Span | undefined {
  const end = headEnd(node);
  return end === UNKNOWN ? undefined : [node.start, end];
}

/** Collections span many lines; a finding about one points at its first line only. */
function headEnd(node: PosNode): number {
  if (node.kind === 'mapping' || node.kind === 'sequence') {
    const first = node.kind === 'mapping' ? node.key(0) : node.item(0);
    if (first && !node.flow) return first.end;
  }
  return node.end;
}
