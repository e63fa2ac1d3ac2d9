/**
 * Large inputs stay linear (hunt I7, I8): a mapping's keys are found through a map, not a search of
 * them all, and a call shape is matched against the endpoint table once. Behaviour only (no timings):
 * the lookups answer exactly as the searches they replace, and the match memo tells every input apart.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { check } from '../src/check.js';
import { matchEndpoint, matchKey, type CallShape } from '../src/calls/endpoints.js';
import { locate } from '../src/manifest/locate.js';
import { parseManifestText } from '../src/manifest/load.js';
import { PositionCollector } from '../src/manifest/position-index.js';

function manifestDir(text: string): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gg-large-'));
  writeFileSync(path.join(d, 'graphguard.yml'), text);
  return d;
}

/** `k0: 0` … `k{n-1}: n-1`, one a line from line `first`. */
const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');

/** The manifest-schema findings about unknown keys, as [message, line, column, endLine, endColumn]. */
async function unknownKeys(text: string) {
  const r = await check({ cwd: manifestDir(text), paths: [], env: {} });
  return r.report.findings
    .filter((f) => f.ruleId === 'manifest-schema' && f.message.startsWith('Unknown key'))
    .map((f) => [f.message, f.line, f.column, f.endLine, f.endColumn]);
}

describe('a mapping of many keys (I7)', () => {
  it('PosNode.indexOfKey answers as keyNames.indexOf, for a small mapping and one past the map threshold', () => {
    for (const n of [5, 32, 33, 300]) {
      const text = `${keys(n)}\n`;
      const c = new PositionCollector(text);
      const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false, listener: c.listener } as jsYaml.LoadOptions);
      const root = c.build(value)!;
      const names = root.keyNames;
      expect(names).toHaveLength(n);
      for (const k of [...names, 'absent', 'constructor', '__proto__', 'toString', `k${n}`]) expect([k, root.indexOfKey(k)]).toEqual([k, names.indexOf(k)]);
      expect(root.indexOfKey(`k${n - 1}`)).toBe(n - 1);
    }
  });

  it('one finding per unknown key of 300, each at its own key (line and columns exact)', async () => {
    const got = await unknownKeys(`version: 1\n${keys(300)}\n`);
    expect(got).toHaveLength(300);
    expect(got).toEqual(Array.from({ length: 300 }, (_, i) => [`Unknown key \`k${i}\`.`, i + 2, 1, i + 2, 1 + `k${i}`.length]));
  });

  it('the same through the yaml Document (a manifest with an anchor), and in a nested mapping of many keys', async () => {
    const anchored = await unknownKeys(`version: 1\nx: &a 1\ny: *a\n${keys(300)}\n`);
    expect(anchored.filter((f) => /`k\d+`/.test(f[0] as string))).toEqual(
      Array.from({ length: 300 }, (_, i) => [`Unknown key \`k${i}\`.`, i + 4, 1, i + 4, 1 + `k${i}`.length]),
    );
    // A nested mapping (`app:`) of 40 keys: a finding on its last unknown key.
    const nested = `version: 1\napp:\n${Array.from({ length: 40 }, (_, i) => `  k${i}: ${i}`).join('\n')}\n`;
    const inApp = (await unknownKeys(nested)).filter((f) => /`k39`/.test(f[0] as string));
    expect(inApp).toEqual([['Unknown key `k39` in `app`.', 42, 3, 42, 6]]);
  });

  it('locate through the Document finds the first of equal keys and sees a pair added after a lookup', () => {
    const text = `${keys(40)}\n`;
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc });
    expect(locate(doc, lc, ['k39'], { key: true })).toEqual({ line: 40, column: 1, endLine: 40, endColumn: 4 });
    expect(locate(doc, lc, ['k7'])).toEqual({ line: 8, column: 5, endLine: 8, endColumn: 6 });
    // An absent key points at the mapping (its first line); once added, at its own key.
    expect(locate(doc, lc, ['zz'], { key: true })).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 3 });
    const map = doc.contents as unknown as { items: { key: { range?: number[] } }[] };
    const added = doc.createPair('zz', 1);
    // Given the range of `k39`'s key text (line 40), as an edit that quotes the source would.
    const at = text.indexOf('k39:');
    (added.key as { range?: number[] }).range = [at, at + 3, at + 3];
    map.items.push(added as unknown as { key: { range?: number[] } });
    expect(locate(doc, lc, ['zz'], { key: true })).toEqual({ line: 40, column: 1, endLine: 40, endColumn: 4 });
    expect(map.items.length).toBe(41);
    // Equal keys (the Document keeps both, and reports the second): the first answers, as a search would.
    const twice = `${keys(40)}\nk3: again\n`;
    const lc2 = new LineCounter();
    const doc2 = parseDocument(twice, { lineCounter: lc2 });
    expect(doc2.errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
    expect(locate(doc2, lc2, ['k3'], { key: true })).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 3 });
  });
});

describe('duplicate keys, found in one pass', () => {
  /** The one line a manifest that is not YAML gets, or 'ok'. */
  const outcome = (text: string) => {
    try {
      parseManifestText(text, 'graphguard.yml');
      return 'ok';
    } catch (e) {
      const c = e as { message: string; line?: number; column?: number };
      return `${c.message} @${c.line}:${c.column}`;
    }
  };

  it('a duplicate after 70,000 keys (past the prefix parse) and in a manifest with an anchor', () => {
    const big = `version: 1\n${keys(70_000)}\nk0: again\n`;
    expect(outcome(big)).toBe('duplicate key: k0 @70002:1');
    const anchored = `version: 1\nx: &a 1\ny: *a\n${keys(70_000)}\nk7: again\n`;
    expect(outcome(anchored)).toBe('duplicate key: k7 @70004:1');
  });

  it('the same first error as the yaml package that compares every key, over equal-valued keys, flow and nested mappings, and other errors', () => {
    const cases = [
      'a: 1\na: 2\n',
      'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n',
      '{a: 1, a: 2}\n',
      'x: {a: 1, b: 2, a: 3}\ny: 1\ny: 2\n',
      '1: a\n1.0: b\n',
      'true: a\nTrue: b\n',
      '~: a\nnull: b\n',
      '.nan: a\n.nan: b\n',
      '"1": a\n1: b\n',
      '&k a: 1\na: 2\n',
      'a: 1\n!!str a: 2\n',
      '? a\n: 1\n? a\n: 2\n',
      'a: &x {b: 1}\nc: *x\nc: 2\n',
      'a: 1\nb: "x\na: 2\n',
      'a:\n- b: 1\n  b: 2\n- c\n',
      'a: 1\na: 2\nb: [\n',
      'a: b: c\na: 1\n',
      "'a': 1\na: 2\n",
    ];
    const want = cases.map((t) => {
      const lc = new LineCounter();
      const e = parseDocument(t, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error', schema: 'core' }).errors[0];
      if (!e) return 'ok';
      const at = lc.linePos(e.pos[0]);
      return `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'invalid YAML'} @${at.line}:${at.col}`;
    });
    expect(cases.map((t) => outcome(t).replace(/^(duplicate key|invalid YAML).* @/, '$1 @'))).toEqual(want);
    expect(outcome('a: 1\nb:\n  c: 1\n  c: 2\na: 3\n')).toBe('duplicate key: c @4:3');
    expect(outcome('{a: 1, a: 2}\n')).toBe('duplicate key: a @1:8');
    expect(outcome('1: a\n1.0: b\n')).toBe('duplicate key: 1.0 @2:1');
    expect(outcome('a: 1\n!!str a: 2\n')).toBe('duplicate key: a @2:7');
  });
});

describe('the endpoint match memo (I8)', () => {
  const show = (c: CallShape) => {
    const e = matchEndpoint(c);
    return e ? `${e.method} ${e.path}` : undefined;
  };
  /** Pairs of shapes that differ in one input the match depends on, and their answers. */
  const pairs: [string, CallShape, string | undefined, CallShape, string | undefined][] = [
    ['method', { method: 'GET', segments: [{ ph: 'igMediaId' }] }, 'GET /{ig-media-id}', { method: 'DELETE', segments: [{ ph: 'igMediaId' }] }, 'DELETE /{ig-media-id}'],
    [
      'node',
      { method: 'GET', segments: [{ ph: 'id' }, { lit: 'insights' }], node: 'AdAccount' },
      'GET /{ad-account-id}/insights',
      { method: 'GET', segments: [{ ph: 'id' }, { lit: 'insights' }], node: 'Campaign' },
      'GET /{campaign-id}/insights',
    ],
    ['node or none', { method: 'GET', segments: [{ ph: 'id' }], node: 'Page' }, 'GET /{page-id}', { method: 'GET', segments: [{ ph: 'id' }] }, undefined],
    [
      'placeholder name',
      { method: 'GET', segments: [{ ph: 'pageId' }, { lit: 'insights' }] },
      'GET /{page-id}/insights',
      { method: 'GET', segments: [{ ph: 'mediaId' }, { lit: 'insights' }] },
      'GET /{ig-media-id}/insights',
    ],
    [
      'act_',
      { method: 'GET', segments: [{ ph: 'id', act: true }, { lit: 'insights' }] },
      'GET /{ad-account-id}/insights',
      { method: 'GET', segments: [{ ph: 'id' }, { lit: 'insights' }] },
      undefined,
    ],
    ['literal', { method: 'GET', segments: [{ ph: 'pageId' }, { lit: 'feed' }] }, 'GET /{page-id}/feed', { method: 'GET', segments: [{ ph: 'pageId' }, { lit: 'photos' }] }, 'GET /{page-id}/photos'],
    ['literal or placeholder', { method: 'GET', segments: [{ ph: 'pageId' }, { lit: 'feed' }] }, 'GET /{page-id}/feed', { method: 'GET', segments: [{ ph: 'pageId' }, { ph: 'feed' }] }, undefined],
    ['segment order', { method: 'GET', segments: [{ ph: 'pageId' }, { lit: 'feed' }] }, 'GET /{page-id}/feed', { method: 'GET', segments: [{ lit: 'feed' }, { ph: 'pageId' }] }, undefined],
  ];

  it.each(pairs)('shapes that differ only in their %s get their own answers, in either order, again and again', (_, a, wantA, b, wantB) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
    for (let round = 0; round < 2; round++) {
      expect([show(a), show(b)]).toEqual([wantA, wantB]);
      expect([show(b), show(a)]).toEqual([wantB, wantA]);
    }
  });

  it('equal shapes (fresh objects) share a key and get the very same entry', () => {
    const make = (): CallShape => ({ method: 'POST', segments: [{ ph: 'id' }, { lit: 'feed' }] });
    expect(matchKey(make())).toBe(matchKey(make()));
    expect(matchEndpoint(make())).toBe(matchEndpoint(make()));
    expect(show(make())).toBe('POST /{page-id}/feed');
    // `act: false` and no `act` are the same input; a segment boundary is not.
    expect(matchKey({ method: 'GET', segments: [{ ph: 'id', act: false }] })).toBe(matchKey({ method: 'GET', segments: [{ ph: 'id' }] }));
    expect(matchKey({ method: 'GET', segments: [{ lit: 'a/b' }] })).not.toBe(matchKey({ method: 'GET', segments: [{ lit: 'a' }, { lit: 'b' }] }));
    expect(matchKey({ method: 'GET', segments: [{ lit: 'a,b' }] })).not.toBe(matchKey({ method: 'GET', segments: [{ lit: 'a' }, { lit: 'b' }] }));
  });
});
