/**
 * src/scan/graph-versions.ts: the versioned paths on a name (`${BASE}/v12.0`, `BASE + "/v12.0"`) and
 * the names given a Graph host are found from their literals, then checked with the full pattern; on
 * 3,000 seeded texts built from the patterns' own pieces, the answers are the ones the full patterns,
 * tried at every position, give.
 */
import { describe, expect, it } from 'vitest';
import { compileNeedles } from '../../src/scan/prefilter.js';
import { BASE_NAME, BASE_PATH, basePaths, findVersionRefs, graphBaseNames, versionRefNeedles } from '../../src/scan/graph-versions.js';

const PIECES = [
  // Whole heads and values, and the pieces they are made of, so that matches and near misses are common.
  "${BASE}/v12.0/", "BASE + '/v1.22/me'", "${FB_BASE}/v12.0", "${ig}/v3.4", "${Meta.url}/v2.0", "x.fbx + '/v1.0", "igloo + '/v1.0", 'facebook', 'FACEBOOK', 'Instagram', 'IG', 'meta', 'https://GRAPH.FACEBOOK.COM/V2.0', 'graph.facebook.com:443/v3.0', 'graph.facebook.com\\/v3.1', 'FB_URL + `/v2.1', "compare/v1.0.1...v1.0.2", "https://github.com/nodejs/node/blob/v20.13.1/lib/a.js", "a + '/v1.0 + '/v2.0", 'self.graph_url + "/v3.4"', "BASE + '", 'graph_url + "', '${BASE}', '{ self.graph_url }', '$ {x}', 'FB_GRAPH\n + `', "v1.0b + '", 'a.b.c + "',
  "FB = 'https://graph.facebook.com'", 'url: "https://graph.instagram.com/"', "GRAPH => `https://graph-video.facebook.com`",
  "'BASE':  'http://GRAPH.FACEBOOK.COM'", 'x = "https://example.com"', 'k := "https://graph.facebook.com/v1.0"',
  'BASE', 'graph_url', 'a', '$v', ' ', '\n', '\t', '+', ' + ', '${', '{', '}', "'", '"', '`',
  '/v12.0', '/v1.22', '/v3.4', '/V2.0', '/v1', '/', '.', '?', '#', '=', ':', '=>', ',', ';', '(', ')',
];

function texts(count: number): string[] {
  let seed = 2026;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + rand(12) }, () => PIECES[rand(PIECES.length)]).join(''));
}

describe('graph version references found from their literals', () => {
  const all = texts(3000);

  it('basePaths gives what BASE_PATH tried at every position gives', () => {
    let found = 0;
    for (const text of all) {
      const want = [...text.matchAll(BASE_PATH)].map((m) => ({ name: m[1] ?? m[2] ?? '', version: m[3]!, end: m.index + m[0].length }));
      expect([...basePaths(text)], JSON.stringify(text)).toEqual(want);
      found += want.length;
    }
    // The pieces make matches often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(500);
  });

  it('graphBaseNames gives what BASE_NAME tried at every position gives', () => {
    let found = 0;
    for (const text of all) {
      const want = new Set([...text.matchAll(BASE_NAME)].map((m) => m[1]!));
      expect(graphBaseNames(text), JSON.stringify(text)).toEqual(want);
      found += want.size;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('the rule\'s needles pass every text findVersionRefs finds a version in, and not every text with a versioned path', () => {
    const test = compileNeedles(versionRefNeedles());
    let found = 0;
    let passedOver = 0;
    for (const text of all) {
      const refs = findVersionRefs(text, 'src/client.js');
      const pass = test(Buffer.from(text, 'utf8'));
      if (refs.length > 0) {
        found++;
        expect(pass, JSON.stringify(text)).toBe(true);
      } else if (!pass && /\/v\d{1,3}\.\d/i.test(text)) passedOver++;
    }
    // Both happen often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(300);
    expect(passedOver).toBeGreaterThan(100);
  });

  it('a versioned path is no name for the next one (a global search resumes after each match)', () => {
    const text = "a + '/v1.0 + '/v2.0";
    expect([...text.matchAll(BASE_PATH)].map((m) => m[1] ?? m[2])).toEqual(['a']);
    expect([...basePaths(text)].map((m) => m.name)).toEqual(['a']);
  });

  it('a host value is no name for the next one', () => {
    const text = "x = 'https://graph.facebook.com' = 'https://graph.facebook.com'";
    expect([...text.matchAll(BASE_NAME)].map((m) => m[1])).toEqual(['x']);
    expect([...graphBaseNames(text)]).toEqual(['x']);
  });

  it('a name further back than the window is cut to its last 512 characters', () => {
    const long = `${'n'.repeat(600)} + '/v12.0'`;
    const [m] = [...basePaths(long)];
    expect(m?.name.length).toBe(512 - " + '".length);
    expect(m?.version).toBe('v12.0');
  });
});
