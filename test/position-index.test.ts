/**
 * The position index built from js-yaml's events (src/manifest/position-index.ts) against the yaml
 * Document's `locate`: every path of every manifest — the repository's own YAML files, the bench's
 * 2,000-user manifest, and 600 seeded random documents in block and flow style with comments, quotes,
 * empty values, block scalars and multi-line plain scalars — must get the same range from both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locate } from '../src/manifest/locate.js';
import { parseManifestText } from '../src/manifest/load.js';
import { PositionCollector, locateSpan, type PosNode } from '../src/manifest/position-index.js';
import { LineIndex } from '../src/position.js';
import { bigManifest } from '../bench/manifest.js';
import { paths } from './helpers/json-paths.js';

/**
 * The index of a text; `restored`: from a collector restored from what another recorded, with the value
 * and key names through JSON, as the manifest parse cache keeps them (src/manifest/parse-cache.ts).
 */
function index(text: string, restored = false): { value: unknown; root: PosNode | undefined } {
  const c = new PositionCollector(text);
  const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false, listener: c.listener } as jsYaml.LoadOptions);
  if (!restored) return { value, root: c.build(value) };
  const { events, kept } = c.record();
  const [v, names] = JSON.parse(JSON.stringify([value, kept.names])) as [unknown, (string | null)[]];
  const again = PositionCollector.restore(text, new Int32Array(events), { ids: new Int32Array(kept.ids), names });
  return { value: v, root: again.build(v) };
}

/** How many lookups the index left to the Document (a span ending where a block collection ends). */
let asked = 0;
let lookups = 0;

/** The paths whose range differs between the Document and the index (empty when they agree). */
function disagreements(text: string, restored = false): string[] {
  const { value, root } = index(text, restored);
  if (!root) return ['no index built'];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const p of paths(value))
    for (const key of [false, true]) {
      lookups++;
      const want = locate(doc, lc, p, { key });
      const at = locateSpan(root, value, p, { key });
      if (!at) {
        asked++;
        continue; // the Document answers these
      }
      const [s, e] = at;
      const a = lines.position(s);
      const b = lines.position(Math.max(s, e));
      const got = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${JSON.stringify(p)}${key ? ' (key)' : ''}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
    }
  return out;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** A small seeded generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random YAML document of the shapes manifests use (and a few they rarely do). */
function randomDoc(seed: number): string {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let keyN = 0;
  const key = () => pick(['name', 'id', 'tasks', 'asset', `k${keyN++}`, '"quoted key"', "'single'", 'with space', '2024']);
  const scalar = () =>
    pick([
      'plain',
      'two words',
      '"double \\" quoted"',
      "'single ''quoted'''",
      '12345',
      'null',
      '~',
      'true',
      '"100000000000001"',
      'v26.0',
      'a: b'.replace(': ', ':'),
      'x # a comment',
      'ends with spaces   ',
    ]);
  const flowScalar = () => pick(['plain', '"q"', "'s'", '1', 'null', 'two words']);
  function flow(depth: number): string {
    if (depth > 2 || r() < 0.4) return flowScalar();
    if (r() < 0.5) {
      const n = Math.floor(r() * 4);
      return `[${Array.from({ length: n }, () => flow(depth + 1)).join(pick([', ', ',', ' , ']))}]`;
    }
    const n = Math.floor(r() * 4);
    const keys = new Set<string>();
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = `f${i}`;
      if (keys.has(k)) continue;
      keys.add(k);
      parts.push(`${k}: ${flow(depth + 1)}`);
    }
    return n === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  function block(indent: number, depth: number): string[] {
    const pad = ' '.repeat(indent);
    const lines: string[] = [];
    if (depth > 3 || r() < 0.15) return [];
    if (r() < 0.5 && depth > 0) {
      const n = 1 + Math.floor(r() * 3);
      for (let i = 0; i < n; i++) {
        if (r() < 0.2) lines.push(`${pad}# comment ${i}`);
        const choice = r();
        if (choice < 0.35) lines.push(`${pad}- ${scalar()}`);
        else if (choice < 0.55) lines.push(`${pad}- ${flow(1)}`);
        else {
          const inner = mapLines(indent + 2, depth + 1);
          if (inner.length === 0) lines.push(`${pad}- ${flowScalar()}`);
          else lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
      return lines;
    }
    return mapLines(indent, depth);
  }
  function mapLines(indent: number, depth: number): string[] {
    const pad = ' '.repeat(indent);
    const lines: string[] = [];
    const used = new Set<string>();
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      let k = key();
      while (used.has(k)) k = `k${keyN++}`;
      used.add(k);
      if (r() < 0.15) lines.push(`${pad}# about ${k}`);
      const choice = r();
      if (choice < 0.3) lines.push(`${pad}${k}: ${scalar()}`);
      else if (choice < 0.45) lines.push(`${pad}${k}: ${flow(1)}${r() < 0.3 ? '  # trailing' : ''}`);
      else if (choice < 0.52) lines.push(`${pad}${k}:`);
      else if (choice < 0.58) lines.push(`${pad}${k}: ${pick(['|', '>-', '|-', '>'])}`, `${pad}  line one`, `${pad}  line two`);
      else if (choice < 0.62) lines.push(`${pad}${k}: first part`, `${pad}  second part`);
      else {
        const inner = block(indent + 2, depth + 1);
        if (inner.length === 0) lines.push(`${pad}${k}: ${flowScalar()}`);
        else lines.push(`${pad}${k}:`, ...inner);
      }
      if (r() < 0.1) lines.push('');
    }
    return lines;
  }
  const body = mapLines(0, 0);
  return `${r() < 0.2 ? '# header\n' : ''}${body.join('\n')}${r() < 0.8 ? '\n' : ''}`;
}

describe('position index from js-yaml events', () => {
  it('agrees with the yaml Document on every YAML file of the repository', () => {
    const files = [...yamlFiles('test'), ...yamlFiles('examples'), ...yamlFiles('docs')];
    expect(files.length).toBeGreaterThan(5);
    const bad = files.flatMap((f) => disagreements(readFileSync(f, 'utf8')).map((d) => `${f} ${d}`));
    expect(bad).toEqual([]);
  });

  it("agrees on the bench's 2,000-user manifest, also from a restored collector", () => {
    expect(disagreements(bigManifest())).toEqual([]);
    expect(disagreements(bigManifest({ findings: 'few' }), true)).toEqual([]);
  });

  it('restored, answers as the collector that recorded: a collection as a would-be key, a collection as a key, integer keys', () => {
    for (const text of ['? [a, b]\n: x\nc: 1\n', '[a, b]: x\nc: 1\n', '2: two\n1: one\nb: [x]\n', 'a:\n  - { b: 1 }\n  - [c]\n']) {
      expect([text, disagreements(text, true)]).toEqual([text, disagreements(text)]);
      // A collection as a key is no name a path asks for: neither builds an index, and the Document answers.
      expect([text, index(text, true).root !== undefined]).toEqual([text, !text.includes('[a, b]')]);
      expect(index(text).root !== undefined).toBe(!text.includes('[a, b]'));
    }
  });

  it('agrees on 600 seeded random documents (block, flow, comments, quotes, empty values, block scalars, CRLF)', () => {
    const bad: string[] = [];
    let built = 0;
    for (let seed = 1; seed <= 600; seed++) {
      // Every third document with Windows line ends.
      const text = seed % 3 === 0 ? randomDoc(seed).replace(/\n/g, '\r\n') : randomDoc(seed);
      let loaded: ReturnType<typeof index>;
      try {
        loaded = index(text);
      } catch {
        continue; // js-yaml refused it (so would the manifest's fast path)
      }
      if (!loaded.root) {
        bad.push(`seed ${seed}: no index built`);
        continue;
      }
      built++;
      for (const d of disagreements(text)) bad.push(`seed ${seed} ${d}`);
      // The same from a collector restored from the record (the manifest parse cache), where JSON keeps the value.
      if (!/\.inf|\.nan|-0\b/i.test(text)) for (const d of disagreements(text, true)) bad.push(`seed ${seed} (restored) ${d}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(built).toBeGreaterThan(500);
    // The Document is asked only for the rare span that ends with a block collection.
    expect(lookups).toBeGreaterThan(20_000);
    expect(asked / lookups).toBeLessThan(0.05);
  });

  it('gives no index when the events do not describe the value', () => {
    const c = new PositionCollector('a: 1\n');
    expect(c.build({ a: 1, b: 2 })).toBeUndefined();
  });

  it("is what a fast-path manifest locates with: no yaml Document is built for a finding's position", () => {
    const m = parseManifestText('version: 1\nsystemUsers:\n  - name: a\n    permissions: [ads_read]\n', 'graphguard.yml');
    expect(m.locate(['systemUsers', 0, 'permissions', 0])).toEqual({ line: 4, column: 19, endLine: 4, endColumn: 27 });
    expect(m.locate(['systemUsers', 0, 'nope'])).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 9 });
    expect(m.documentBuilt()).toBe(false);
  });
});
