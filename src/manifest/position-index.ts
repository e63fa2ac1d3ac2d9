/**
 * Positions from the one fast parse (issue 12): js-yaml reports an `open` and a `close` event for every
 * node it composes, with its offset. From those events this module builds a tree of node ranges that
 * mirrors the plain value, so that a finding's JSON path becomes a range without building the yaml
 * Document (which costs more than the rest of a large run together).
 *
 * The ranges follow the yaml Document's conventions exactly (`locate` gives the same answer from
 * either; test/position-index.test.ts holds them equal over every path of many manifests). When the
 * events do not line up with the value (a shape this module does not know), `build` returns
 * undefined and the caller falls back to the Document.
 */

/** One node: its text span, and its children (mapping: keys and values; sequence: items). */
export interface PosNode {
  /** Offset of the node's first character. */
  start: number;
  /**
   * Offset just past the node's value; UNKNOWN for a block collection, whose end the Document sets by
   * rules of trailing comments and empty values that nothing here needs but a sequence's first item.
   */
  end: number;
  kind: 'mapping' | 'sequence' | 'scalar' | 'empty';
  /** A collection written in flow style (`{…}` / `[…]`). */
  flow: boolean;
  keys?: PosNode[];
  /** The keys as js-yaml resolved them, as strings (parallel to `keys`). */
  keyNames?: string[];
  values?: PosNode[];
  items?: PosNode[];
}

/** The end of a block collection (see PosNode.end). */
const UNKNOWN = -1;

/** A closed node and the value js-yaml gave it. */
interface Done {
  node: PosNode;
  result: unknown;
}

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
const KIND_BY_LENGTH: Record<number, string | null> = { 0: null, 6: 'scalar', 7: 'mapping', 8: 'sequence' };

/**
 * Collects js-yaml's events during the parse, compactly (two numbers an event, and the value of each
 * closed node); `build()` makes the tree from them once the parse has finished. The tree is built only
 * when a finding asks for a position: recording costs a third of building while parsing.
 */
export class PositionCollector {
  /** Per event: the offset, and OPEN or the closed node's kind (see KIND_BY_LENGTH). */
  private events = new Int32Array(4096);
  private count = 0;
  /** The value of each closed node, in event order. */
  private readonly results: unknown[] = [];

  constructor(private readonly text: string) {}

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

  /** The tree, once built (null: the events did not describe the value). */
  private root: PosNode | null | undefined;

  /** The root node, or undefined when the events do not describe the value (built once; the events are then let go). */
  build(value: unknown): PosNode | undefined {
    if (this.root === undefined) {
      this.root = this.replay(value) ?? null;
      this.events = new Int32Array(0);
      this.count = 0;
      this.results.length = 0;
    }
    return this.root ?? undefined;
  }

  private replay(value: unknown): PosNode | undefined {
    // Offsets where the open nodes opened, and the closed children of each (null: none yet).
    const opens: number[] = [0];
    const kids: (Done[] | null)[] = [null];
    const ev = this.events;
    let closed = 0;
    for (let i = 0; i < this.count; i += 2) {
      if (ev[i + 1] === OPEN) {
        opens.push(ev[i]!);
        kids.push(null);
        continue;
      }
      if (opens.length < 2) return undefined;
      const result = this.results[closed++];
      const k = ev[i + 1]!;
      // A kind of another length is none of the three: finish() refuses it.
      const kind = k in KIND_BY_LENGTH ? KIND_BY_LENGTH[k]! : 'other';
      const node = this.finish(opens.pop()!, kids.pop() ?? NONE, { position: ev[i]!, kind, result });
      if (!node) return undefined;
      (kids[kids.length - 1] ??= []).push({ node, result });
    }
    if (opens.length !== 1) return undefined;
    const roots = kids[0] ?? NONE;
    const root = roots.length === 1 ? roots[0]!.node : undefined;
    return root && agrees(root, value) ? root : undefined;
  }

  private finish(open: number, children: readonly Done[], state: ListenerState): PosNode | undefined {
    const text = this.text;
    switch (state.kind) {
      // A scalar's children are js-yaml's abandoned attempts (a plain scalar first tried as a key).
      case 'scalar': {
        const start = skipSpace(text, open);
        return { start, end: scalarEnd(text, start, state.position), kind: 'scalar', flow: false };
      }
      case null:
        // A value with no content (`key:` and nothing); `locate` points at its key instead.
        return { start: open, end: open, kind: 'empty', flow: false };
      case 'mapping':
      case 'sequence':
        break;
      default:
        return undefined;
    }
    // js-yaml read a collection as a would-be key, found no `:` and kept it as this node's value.
    if (children.length === 1 && children[0]!.result === state.result) return children[0]!.node;
    const start = skipSpace(text, open);
    if (state.kind === 'sequence') {
      const flow = text.charCodeAt(start) === 0x5b; // [
      const end = flow ? trimEnd(text, open, state.position) : UNKNOWN;
      return { start, end, kind: 'sequence', flow, items: children.map((c) => c.node) };
    }
    if (children.length % 2 !== 0) return undefined;
    const flow = text.charCodeAt(start) === 0x7b; // {
    const keys: PosNode[] = [];
    const values: PosNode[] = [];
    const keyNames: string[] = [];
    for (let i = 0; i < children.length; i += 2) {
      keys.push(children[i]!.node);
      values.push(children[i + 1]!.node);
      keyNames.push(String(children[i]!.result));
    }
    const end = flow ? trimEnd(text, open, state.position) : UNKNOWN;
    return { start, end, kind: 'mapping', flow, keys, keyNames, values };
  }
}

const NONE: readonly Done[] = [];

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
  if (Array.isArray(value)) return node.kind === 'sequence' && node.items!.length === value.length;
  if (value !== null && typeof value === 'object') {
    if (node.kind !== 'mapping') return false;
    const names = node.keyNames!;
    let own = 0;
    for (const k in value) if (Object.hasOwn(value, k)) own++;
    if (own !== names.length) return false;
    for (const k of names) if (!Object.hasOwn(value, k)) return false;
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
      const at = node.keyNames!.indexOf(String(seg));
      if (at === -1) break;
      const key = node.keys![at]!;
      if (last && opts.key) return [key.start, key.end];
      const child = node.values![at]!;
      if (child.kind === 'empty') return [key.start, key.end];
      fallback = [key.start, key.end];
      node = child;
      value = (value as Record<string, unknown>)[String(seg)];
    } else if (node.kind === 'sequence' && typeof seg === 'number') {
      const item = node.items![seg];
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
    const first = node.kind === 'mapping' ? node.keys![0] : node.items![0];
    if (first && !node.flow) return first.end;
  }
  return node.end;
}
