import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { check } from '../../src/check.js';
import type { AnyRule } from '../../src/rule.js';
import { compileNeedleLists, compileNeedles, type Needle } from '../../src/scan/prefilter.js';
import { simdData } from '../../src/scan/simd.js';
import { APP_TOKEN_SEPARATORS, DETECTORS, detectSecrets, secretNeedles } from '../../src/secrets/detect.js';
import { detectorSamples, fakeSecret } from '../helpers/secrets.js';
import { findGraphUrls, graphUrlNeedles } from '../../src/scan/graph-urls.js';
import { Secret } from '../../src/secrets/secret.js';
import { HEAD } from '../helpers/manifests.js';

const pass = (needles: Needle[], text: string | Buffer): boolean =>
  compileNeedles(needles)(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
const HEX = '0123456789abcdef';
const E = 'E' + 'AA';

describe('needles', () => {
  it('text, with and without neighbours', () => {
    expect(pass([{ text: 'abc' }], 'xxabcxx')).toBe(true);
    expect(pass([{ text: 'abc' }], 'xxabxcx')).toBe(false);
    expect(pass([], 'anything')).toBe(false);
    expect(compileNeedles(undefined)(Buffer.from('anything'))).toBe(true);
    const n: Needle = { text: '/v', before: 'm', after: '0123456789' };
    expect(pass([n], 'a/v1 m/vx com/v2')).toBe(true);
    expect(pass([n], 'a/v1 m/vx com/')).toBe(false);
    expect(pass([n], '/v1')).toBe(false);
    expect(pass([n], 'm/v')).toBe(false);
  });

  it('non-ASCII text is searched as UTF-8; U+FFFD and lone surrogates cannot be tested on bytes', () => {
    expect(pass([{ text: 'clé-secrète' }], 'x = "clé-secrète"')).toBe(true);
    expect(pass([{ text: 'clé-secrète' }], 'x = "cle-secrete"')).toBe(false);
    expect(pass([{ text: 'a\uFFFDb' }], 'nothing')).toBe(true);
    expect(pass([{ text: 'a\uD800b' }], 'nothing')).toBe(true);
  });

  it('digitsBefore: a run of at least n digits right before a separator', () => {
    const n: Needle = { digitsBefore: 15, separators: ['|', '%7C'] };
    for (const pad of ['', 'x', 'xxxxxxx', 'x'.repeat(14), 'x'.repeat(15), 'x'.repeat(16)]) {
      expect(pass([n], `${pad}${'1'.repeat(15)}|abc`), `offset ${pad.length}`).toBe(true);
      expect(pass([n], `${pad}${'1'.repeat(14)}|abc`), `offset ${pad.length}`).toBe(false);
      expect(pass([n], `${pad}${'2'.repeat(18)}%7Cabc`), `offset ${pad.length}`).toBe(true);
      expect(pass([n], `${pad}${'2'.repeat(18)}%7cabc`), `offset ${pad.length}`).toBe(false);
      expect(pass([n], `${pad}${'2'.repeat(18)}-|abc`), `offset ${pad.length}`).toBe(false);
    }
    expect(pass([n], `${'1'.repeat(15)}|`)).toBe(true);
    expect(pass([n], `${'1'.repeat(15)}`)).toBe(false);
  });

  it('hexRun: a maximal run of exactly n hex digits, at any offset', () => {
    const n: Needle = { hexRun: 32 };
    for (let pad = 0; pad < 70; pad++) {
      const p = 'x'.repeat(pad);
      expect(pass([n], `${p}${'a1'.repeat(16)}`), `offset ${pad}`).toBe(true);
      expect(pass([n], `${p}"${'aB'.repeat(16)}"x`), `offset ${pad}`).toBe(true);
      expect(pass([n], `${p}${'a1'.repeat(15)}a`), `offset ${pad}`).toBe(false);
      expect(pass([n], `${p}${'a1'.repeat(16)}a`), `offset ${pad}`).toBe(false);
      expect(pass([n], `${p}${'a1'.repeat(40)}`), `offset ${pad}`).toBe(false);
    }
    expect(pass([n], `${'a1'.repeat(40)} ${'f0'.repeat(16)}`)).toBe(true);
  });

  it('caseless: ASCII text in any mix of cases, and with bounded, not between ASCII letters: as the i flag finds it', () => {
    let x = 7;
    const rand = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const pieces = ['fb', 'FB', 'fB', 'f', 'b', 'meta', 'MeTa', 'met', 'graph', 'GRAPH', 'gRaPh', 'grap', 'ig', 'IG', 'i', 'x', 'Z', '_', '1', ' ', '$', 'é', 'ſ', 'K', '\n'];
    let trues = 0;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let i = 1 + rand(8); i > 0; i--) t += pieces[rand(pieces.length)];
      const b = Buffer.from(t, 'utf8');
      for (const word of ['fb', 'meta', 'graph', 'ig'])
        for (const bounded of [false, true]) {
          const want = new RegExp(bounded ? `(?<![A-Za-z])${word}(?![A-Za-z])` : word, 'i').test(t);
          expect(compileNeedles([bounded ? { caseless: word, bounded } : { caseless: word }])(b), `${word} ${bounded} in ${JSON.stringify(t)}`).toBe(want);
          if (want) trues++;
        }
    }
    expect(trues).toBeGreaterThan(2000);
    expect(trues).toBeLessThan(20000);
    // Not ASCII: not testable on bytes, so every file passes.
    expect(compileNeedles([{ caseless: 'é' }])(Buffer.from('x'))).toBe(true);
  });

  it('all and any', () => {
    const n: Needle = { all: [{ text: 'a' }, { any: [{ text: 'b' }, { text: 'c' }] }] };
    expect(pass([n], 'ab')).toBe(true);
    expect(pass([n], 'ac')).toBe(true);
    expect(pass([n], 'bc')).toBe(false);
    expect(pass([n], 'a')).toBe(false);
    expect(pass([{ all: [] }], 'x')).toBe(true);
    expect(pass([{ any: [] }], 'x')).toBe(false);
  });
});

describe('compiling needles', () => {
  it('compiles a needle once: its test is the same function wherever the needle is used again', () => {
    const secret: Needle = { all: [{ text: 'secret' }, { hexRun: 32 }] };
    const version: Needle = { text: '/v', after: '0123456789', version: true };
    // One needle alone is its own test; asked again, by a list of one or as a part, the same one.
    const first = compileNeedles([secret]);
    expect(compileNeedles([secret])).toBe(first);
    expect(compileNeedles([version])).toBe(compileNeedles([version]));
    // A new object with the same content is compiled anew (the cache is by object, never by content).
    expect(compileNeedles([{ all: [{ text: 'secret' }, { hexRun: 32 }] }])).not.toBe(first);
    // The answers are the test's: the memo changes no answer.
    const hex = 'a'.repeat(32);
    expect([first(Buffer.from(`secret ${hex}`)), first(Buffer.from('secret only')), first(Buffer.from(hex))]).toEqual([true, false, false]);
  });
});

describe('many needles in one pass', () => {
  /** The needles of a real run (the code rules', the suppression directive's, the call collector's). */
  const REAL: Needle[] = [
    { text: '/v', after: '0123456789', version: true },
    { text: 'api_version' },
    { text: 'FB.init' },
    { text: 'EA', after: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', alnumAfter: 5 },
    { text: 'IGAA' },
    { text: 'THQW' },
    { digitsBefore: 15, separators: [...APP_TOKEN_SEPARATORS] },
    { all: [{ any: [{ text: 'ecret' }, { text: 'ECRET' }] }, { hexRun: 32 }] },
    // A second structural needle (graph-api-version-in-code's versioned path in a file naming Meta).
    { all: [{ any: [{ text: '/V', after: '0123456789', version: true }] }, { any: [{ caseless: 'facebook' }, { caseless: 'ig', bounded: true }] }] },
    { text: 'graphguard-disable' },
    { text: 'acebook' },
    { text: 'oala' },
    { text: 'x', before: 'ab' },
    { text: 'qz', before: 'y' },
    { text: 'no', before: '(' , after: ')' },
    { text: 'z' },
  ];
  /** One needle at a time, each by its own native search: what the one-pass test must agree with. */
  const naive = (tests: ((b: Buffer) => boolean)[], b: Buffer) => tests.some((t) => t(b));

  // A pattern is looked for by its rarest window of three bytes (`tfb` of `restfb`), and a file's pass
  // goes on with the final patterns alone once every trigger was seen: pieces cut at the front put a
  // window where its pattern cannot start.
  it('answers exactly as one search per needle, on 3,000 seeded texts built from the needles\' pieces', () => {
    let x = 12345;
    const rand = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % k;
    };
    const pieces = ['/v', '/v1', '/v1.', '/v12.0', '/v1234.5', '/v3.x', 'api_versio', 'api_version', 'FB.ini', 'FB.init', 'EA', 'EAx', 'EAG', 'EAGx1z', 'EAGx1', 'EACCES', 'EAG-', 'IGA', 'IGAA', 'THQ', 'THQW', '1234567', '12345678', '|', '%7C', '%7c', '&#124;', '&#12', '&vert;', '&', '\\u007c', '\\x7C', '\\', '%257c', 'secret', 'ECRET', HEX, HEX + HEX, 'graphguard-disable', 'aphguard-disable', '/V2.0', 'FaceBook', 'IG', '_ig_', 'big', 'acebook', 'cebook', 'acebo', 'pi_version', 'B.init', 'oal', 'oala', 'ax', 'cx', 'yqz', 'qz', '(no)', '(no', 'no)', ' ', '\n', 'é', 'a', 'E'];
    const one = { text: 'z' };
    const sets: Needle[][] = [REAL.filter((n) => n !== one), REAL.slice(0, 8), REAL.slice(6, 14)];
    // Each set in one pass, in JavaScript and with the SIMD candidate pass (simd.ts).
    const compiled = sets.flatMap((set) => [false, true].map((simd) => ({ one: compileNeedles(set, { simd }), each: set.map((n) => compileNeedles([n])) })));
    // Every set at once, with a list that always matches (undefined), one that never does (empty),
    // and single needles, as the scan asks after the first pass: which lists may match.
    const listSets: (Needle[] | undefined)[] = [...sets, undefined, [], [{ text: 'oala' }], [{ hexRun: 32 }], [{ text: 'EA', after: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', alnumAfter: 5 }], [REAL[7]!]];
    const each = listSets.map((set) => compileNeedles(set));
    const byList = [false, true].map((simd) => compileNeedleLists(listSets, { simd }));
    let listHits = 0;
    expect(simdData(0)).toBeDefined(); // so the SIMD variant does run the SIMD pass
    const bad: string[] = [];
    let trues = 0;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const parts = 1 + rand(12);
      for (let i = 0; i < parts; i++) t += pieces[rand(pieces.length)];
      // Padded at a varying offset (a 1 KiB pass, as a file's), or alone: under 16 bytes, the JavaScript pass.
      const b = Buffer.from(k % 2 ? t : `${' '.repeat(1024 + rand(40))}${t}`, 'utf8');
      for (const [si, c] of compiled.entries()) {
        const want = naive(c.each, b);
        if (c.one(b) !== want) bad.push(`set ${si}: ${JSON.stringify(t)} (${b.length} bytes) wants ${want}`);
        if (want) trues++;
      }
      const wantLists = each.map((t) => (t(b) ? 1 : 0));
      listHits += wantLists.reduce<number>((a, x) => a + x, 0);
      for (const [simd, t] of byList.entries()) {
        const got = t(b).join('');
        if (got !== wantLists.join('')) bad.push(`lists (simd ${simd}): ${JSON.stringify(b.toString().trim().slice(0, 80))} gives ${got}, wants ${wantLists.join('')}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    // Both answers occur often enough for the comparison to mean something.
    expect(trues).toBeGreaterThan(3000);
    expect(trues).toBeLessThan(15000);
    expect(listHits).toBeGreaterThan(3000 * 2);
    expect(listHits).toBeLessThan(3000 * (listSets.length - 1));
  });

  it('version: only an occurrence followed by 1-3 digits, a dot and a digit counts, on either pass', () => {
    for (const simd of [false, true]) {
      const test = compileNeedles([{ text: '/v', after: '0123456789', version: true }, { text: 'never-here' }], { simd });
      const pad = ' '.repeat(simd ? 1100 : 0);
      for (const [text, want] of [
        ['https://api.example.org/v1/users', false],
        ['/v1.', false],
        ['/v1234.5', false],
        ['/v1.x', false],
        ['/v12.0', true],
        ['/v1/ then /v3.4', true],
        ['x/v123.45', true],
      ] as const)
        expect(test(Buffer.from(`${pad}${text}`)), `${simd} ${text}`).toBe(want);
    }
  });

  it('alnumAfter: only an occurrence followed by that many ASCII letters and digits counts, on either pass', () => {
    for (const simd of [false, true]) {
      const test = compileNeedles([{ text: 'EA', after: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', alnumAfter: 33 }, { text: 'never-here' }], { simd });
      const pad = ' '.repeat(simd ? 1100 : 0);
      expect(test(Buffer.from(`${pad}EACCES EAGAIN`)), `simd ${simd}`).toBe(false);
      expect(test(Buffer.from(`${pad}x EAG${'a1'.repeat(16)}`))).toBe(true); // G + 32 = 33
      expect(test(Buffer.from(`${pad}x EAG${'a1'.repeat(15)}b`))).toBe(false); // G + 31
      expect(test(Buffer.from(`${pad}x EAG${'a1'.repeat(15)}-b1`))).toBe(false); // the run breaks
      expect(test(Buffer.from(`${pad}EACCES EAG${'Z9'.repeat(16)}`))).toBe(true); // a later occurrence counts
    }
    // Alone (one native search), the same.
    const alone = compileNeedles([{ text: 'EA', alnumAfter: 3 }]);
    expect(alone(Buffer.from('EA12'))).toBe(false);
    expect(alone(Buffer.from('EA12 EA123'))).toBe(true);
  });

  it('wordStart: only an occurrence that starts a word counts (not inside base64 data), on either pass', () => {
    const body = 'Zx9'.repeat(12);
    for (const simd of [false, true]) {
      const test = compileNeedles([{ text: 'EA', after: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', alnumAfter: 33, wordStart: true }, { text: 'never-here' }], { simd });
      const pad = ' '.repeat(simd ? 1100 : 0);
      for (const [before, want] of [
        ['', true],
        [' ', true],
        ['"', true],
        ['é', true],
        ['%3D', true],
        // Encoded twice (hunt Y6-1): as the detector takes it.
        ['%253D', true],
        ['x253D', false],
        ['\\n', true],
        ['\\t', true],
        ['c2', false],
        ['x', false],
        ['+', false],
        ['/', false],
        ['%3', false],
        ['\\x', false],
      ] as const)
        expect(test(Buffer.from(`${pad}${before}EAA${body}`)), `simd ${simd}: ${before}`).toBe(want);
      // An SSH key's base64 holds `EAAAADAQAB…`; a token after it on the same line still counts.
      expect(test(Buffer.from(`${pad}ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC${body}`))).toBe(false);
      expect(test(Buffer.from(`${pad}ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC${body} EAA${body}`))).toBe(true);
    }
  });

  it('the token detectors\' needles pass every token they find, whatever comes before it', () => {
    let x = 7;
    const rand = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const tokens = [fakeSecret(`${E}B`, 180, 3), fakeSecret(`${E}G`, 60, 5), fakeSecret(`IG${'AA'}`, 120, 7), fakeSecret(`IG${'QV'}`, 90, 9), fakeSecret(`TH${'AA'}`, 100, 11)];
    const before = ['', ' ', 'a', 'Z', '9', '+', '/', '%3D', '%253D', '%25', '253D', '%2', '%', '\\n', '\\r', '\\q', '\\', 'é', '\u00a0', '=', '-', '_', '"', '\n', 'c2', 'token=', '=3D', '=3d', '\\x22', '\\x2', '\\u0022', '\\u002', 'u0022'];
    const needles = compileNeedles(secretNeedles({}));
    let found = 0;
    let rejected = 0;
    for (let k = 0; k < 2000; k++) {
      const t = `${before[rand(before.length)]}${before[rand(before.length)]}${tokens[rand(tokens.length)]}${rand(2) ? '' : ';'}`;
      const hit = detectSecrets(t, { path: 'src/a.js' }).length > 0;
      const passes = needles(Buffer.from(t, 'utf8'));
      if (hit) {
        found++;
        expect(passes, JSON.stringify(t)).toBe(true);
      } else if (!passes) rejected++;
    }
    expect(found).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(200);
  });

  it('finds a needle at the very start and the very end, and a trigger-only needle only with its full test', () => {
    const set = REAL.slice(0, 8);
    expect(compileNeedles(set)(Buffer.from('IGAA'))).toBe(true);
    expect(compileNeedles(set)(Buffer.from('xx api_version'))).toBe(true);
    expect(compileNeedles(set)(Buffer.from('x/v9.1'))).toBe(true);
    expect(compileNeedles(set)(Buffer.from('x/v9.'))).toBe(false);
    expect(compileNeedles(set)(Buffer.from('x/v'))).toBe(false);
    // `ecret` triggers the hex test; without a 32-hex run it stays false.
    expect(compileNeedles(set)(Buffer.from(`secret ${HEX}`))).toBe(false);
    expect(compileNeedles(set)(Buffer.from(`secret ${HEX}${HEX}`))).toBe(true);
    expect(compileNeedles(set)(Buffer.from(`${'1'.repeat(15)}%7C`))).toBe(true);
    expect(compileNeedles(set)(Buffer.from(`${'1'.repeat(14)}%7C`))).toBe(false);
  });

  it('a digitsBefore needle among many is verified where its trigger is: exactly n digits, a whole separator', () => {
    for (const simd of [false, true]) {
      const t = compileNeedles(REAL.slice(0, 8), { simd });
      for (const pad of ['', 'x', 'ab', 'x'.repeat(15), 'x'.repeat(40), 'x'.repeat(1030), 'x'.repeat(2000)])
        for (const sep of APP_TOKEN_SEPARATORS) {
          const at = `simd ${simd}, pad ${pad.length}, ${sep}`;
          expect(t(Buffer.from(`${pad}${'9'.repeat(15)}${sep}z`)), at).toBe(true);
          expect(t(Buffer.from(`${pad}${'9'.repeat(30)}${sep}z`)), at).toBe(true);
          expect(t(Buffer.from(`${pad}x${'9'.repeat(14)}${sep}z`)), at).toBe(false);
          expect(t(Buffer.from(`${pad}${'9'.repeat(7)}-${'9'.repeat(8)}${sep}z`)), at).toBe(false);
        }
      expect(t(Buffer.from(`${'9'.repeat(20)}%7`))).toBe(false);
      expect(t(Buffer.from(`${'9'.repeat(20)}%7D`))).toBe(false);
      // A separator cut short is none (hunt L's encoded forms).
      for (const cut of ['&#124', '&#x7c', '&vert', '\\u007', '\\x7', '%257', '&', '\\'])
        for (const pad of ['', 'x'.repeat(1030)]) expect(t(Buffer.from(`${pad}${'9'.repeat(20)}${cut}`)), `simd ${simd}: ${cut}`).toBe(false);
    }
  });
});

describe('detector needles', () => {
  it('every detector detectSecrets runs has samples (and needles)', () => {
    expect(DETECTORS.map((d) => d.id)).toEqual(detectorSamples.map((d) => d.id));
  });

  for (const d of detectorSamples) {
    const sc = d.sampleContext ?? {};
    const declared = (sc.declared ?? []).map((x) => ({ name: x.name, value: new Secret(x.value) }));
    for (const [i, sample] of d.mustMatch.entries()) {
      it(`${d.id} sample ${i} passes its detector's needles and the rule's`, () => {
        // The sample does hold a secret of this detector…
        expect(detectSecrets(sample, { path: sc.path ?? 'sample.txt', ...(sc.appId ? { appId: sc.appId } : {}), declared })).toHaveLength(1);
        // …so the prefilter must let it through, also with a BOM and invalid UTF-8 around it.
        for (const bytes of [
          Buffer.from(sample),
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]),
          Buffer.concat([Buffer.from([0xc3]), Buffer.from(sample), Buffer.from([0xff, 0x80])]),
        ]) {
          expect(compileNeedles(DETECTORS.find((x) => x.id === d.id)!.needles({ declared }))(bytes)).toBe(true);
          expect(compileNeedles(secretNeedles({ declared }))(bytes)).toBe(true);
        }
      });
    }
  }

  // The app-secret needle asks for `secret` shortly before the 32-hex value, not anywhere in the file:
  // on seeded texts of names, whitespace runs, operators and values, every one the detector finds passes.
  it('meta-app-secret: every secret the detector finds passes its needle, which asks for secret near the value', () => {
    let x = 99;
    const rand = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const value = '3f9a1c0d5e7b2a4c6d8e0f1a2b3c4d5e';
    const names = ['FACEBOOK_APP_SECRET', 'fb_secret', 'Secret', 'SECRET', 'meta.app_secret.value', `${'x'.repeat(70)}secret`, `secret${'_x'.repeat(36)}`, `secret${'y'.repeat(80)}`, 'ECRET', 'sec'];
    const between = ['', ' ', '\t', '\n', ' '.repeat(300), '\u3000\u3000', '"', "'", '`', '\\"', ']', '"]', 'x', '-', '.'];
    const ops = ['=', ': ', ' => ', ':=', '(', ',', ' ', 'value = ', `value${' '.repeat(200)}= `, '==', ''];
    // Typed declarations (the longest type ASSIGNED_HEX reads), name/value pairs, fallbacks, YAML tags and
    // block scalars, property lists.
    ops.push(`: &'static ${'T'.repeat(25)}<${'x'.repeat(24)}>? := `, ` ${'t'.repeat(25)} = `, `\n${' '.repeat(80)}"value": `, ',"value":', ' || ', ') or ', ':-');
    ops.push(`: !!${'s'.repeat(20)} `, `: |-\n${' '.repeat(80)}`, `</key>\n${' '.repeat(40)}<string>`, `[1234] = value=!!str |\n  `);
    // Hunt L: Go's []byte, Node's Buffer.from, a Ruby block, shell's `-` after `${` (the `\${` names below).
    ops.push(' = []byte(', `: Buffer.from(\n${' '.repeat(40)}`, `') { |k| `, ') {\n  ', '-', `: []byte =${' '.repeat(30)}[]byte(`);
    names.push('${FB_APP_SECRET', `\${${'x'.repeat(70)}secret`);
    const values = [value, `"${value}"`, `'${value}'`, `${value}0`, `0${value}`, value.slice(1), 'xyz', `rb"${value}"`, `@"${value}"`];
    const tails = ['', ';', '\n', ' facebook', '"', 'g'];
    const pick = (a: readonly string[]) => a[rand(a.length)]!;
    const test = compileNeedles(DETECTORS.find((d) => d.id === 'meta-app-secret')!.needles({}));
    let found = 0;
    let passedOver = 0;
    for (let k = 0; k < 3000; k++) {
      const t = `${rand(3) === 0 ? 'facebook ' : ''}${pick(names)}${pick(between)}${pick(ops)}${pick(between)}${pick(values)}${pick(tails)}`;
      const hit = detectSecrets(t, { path: 'src/a.js' }).some((m) => m.kind === 'app-secret');
      const passes = test(Buffer.from(t, 'utf8'));
      if (hit) {
        found++;
        expect(passes, JSON.stringify(t)).toBe(true);
      } else if (!passes && /ecret|ECRET/.test(t) && t.includes(value)) passedOver++;
    }
    expect(found).toBeGreaterThan(100);
    expect(passedOver).toBeGreaterThan(50);
  });

  it('meta-app-secret: the longest name and join ASSIGNED_HEX reads (195 counted bytes from `ecret` to the value) pass the needle', () => {
    const value = '3f9a1c0d5e7b2a4c6d8e0f1a2b3c4d5e';
    // The name's 74 bytes after `secret`, then every optional part at its longest: an array size, an
    // escaped quote, a bracket, a typed declaration with the longest type, `Buffer.from(`, `value=`, a YAML
    // tag, a block indicator, a string prefix: 121 bytes that are not whitespace.
    const join = `[1234]\\"]?: &'static []${'T'.repeat(25)}<${'x'.repeat(24)}>? := Buffer.from(value=!!${'s'.repeat(20)} |+1\n  rb"`;
    const t = `facebook\nsecret${'_x'.repeat(37)}${join}${value}"`;
    const [m] = detectSecrets(t, { path: 'src/a.js' });
    expect(m && [m.kind, m.start]).toEqual(['app-secret', t.indexOf(value)]);
    const between = t.slice(t.indexOf('ecret') + 5, t.indexOf(value));
    expect(between.replace(/\s/g, '').length).toBe(195);
    const needle = DETECTORS.find((d) => d.id === 'meta-app-secret')!.needles({});
    expect(compileNeedles(needle)(Buffer.from(t))).toBe(true);
    // 201 counted bytes are past the needle's `within` (200): it does bound the distance.
    expect(compileNeedles(needle)(Buffer.from(t.replace('secret_x', 'secret_xx_____')))).toBe(false);
  });

  it('meta-app-secret: a Terraform default four long attribute lines below the name passes the needle (near `default`)', () => {
    const value = '3f9a1c0d5e7b2a4c6d8e0f1a2b3c4d5e';
    const line = `  description = "${'Signs the webhook payloads of the shop. '.repeat(3).slice(0, 100)}"\n`;
    // After `default`, every optional part at its longest: `=`, `Buffer.from(`, `value=`, a YAML tag, a block
    // indicator, a string prefix: 47 bytes that are not whitespace.
    const tail = ` = Buffer.from(value=!!${'s'.repeat(20)} |+1\n  rb"`;
    const t = `variable "facebook_app_secret" {\n${line.repeat(4)}  default${tail}${value}"\n}\n`;
    expect(tail.replace(/\s/g, '').length).toBe(47);
    const [m] = detectSecrets(t, { path: 'main.tf' });
    expect(m && [m.kind, m.start]).toEqual(['app-secret', t.indexOf(value)]);
    // The value is more than 200 counted bytes after `secret`: only the `default` needle lets the file through.
    expect(t.slice(t.indexOf('ecret') + 5, t.indexOf(value)).replace(/\s/g, '').length).toBeGreaterThan(400);
    const needle = DETECTORS.find((d) => d.id === 'meta-app-secret')!.needles({});
    expect(compileNeedles(needle)(Buffer.from(t))).toBe(true);
    expect(compileNeedles(needle)(Buffer.from(t.replace('  default', '  default_x')))).toBe(false);
    expect(compileNeedles(needle)(Buffer.from(t.replace(/secret/g, 'key')))).toBe(false);
  });

  it('hexRun near: one of the texts ends at most `within` counted bytes before the run', () => {
    let x = 5;
    const rand = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const pieces = ['ecret', 'ECRET', 'ecre', ' ', '\n', 'é', 'ab', 'xyz', '-', '0123456789abcdef'.repeat(2), '0123456789abcdef', 'g'];
    const needle: Needle = { hexRun: 32, near: { texts: ['ecret', 'ECRET'], within: 6 } };
    let trues = 0;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let i = 1 + rand(10); i > 0; i--) t += pieces[rand(pieces.length)];
      const b = Buffer.from(t, 'utf8');
      // The oracle, the other way round: each maximal run of 32, each text's end before it, bytes counted between.
      const latin = b.toString('latin1');
      const runs = [...latin.matchAll(/(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])/g)].map((m) => m.index);
      const ends = ['ecret', 'ECRET'].flatMap((w) => [...latin.matchAll(new RegExp(w, 'g'))].map((m) => m.index + w.length));
      const counted = (from: number, to: number) => [...b.subarray(from, to)].filter((c) => c < 0x80 && !' \t\n\v\f\r'.includes(String.fromCharCode(c))).length;
      const want = runs.some((s) => ends.some((e) => e <= s && counted(e, s) <= 6));
      expect(pass([needle], b), JSON.stringify(t)).toBe(want);
      // The same bytes in the SIMD pass's memory, where the first pass reads every file (and finds runs there).
      const data = simdData(b.length)!;
      data.set(b);
      expect(compileNeedles([needle])(data), JSON.stringify(t)).toBe(want);
      if (want) trues++;
    }
    expect(trues).toBeGreaterThan(150);
    expect(trues).toBeLessThan(2800);
  });

  it('hexRun near either of two text sets (one search for the runs): as the two needles tested apart', () => {
    let x = 9;
    const rand = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const pieces = ['ecret', 'default', 'defaul', ' ', '\n', 'é', 'ab', '= "', '0123456789abcdef'.repeat(2), '0123456789abcdef', 'g', 'x'.repeat(30)];
    const a: Needle = { hexRun: 32, near: { texts: ['ecret'], within: 20 } };
    const b: Needle = { hexRun: 32, near: { texts: ['default'], within: 4 } };
    const fused = compileNeedles([{ any: [a, b] }]);
    const apart = [compileNeedles([a]), compileNeedles([b])];
    const counts = [0, 0, 0];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let i = 1 + rand(10); i > 0; i--) t += pieces[rand(pieces.length)];
      const bytes = Buffer.from(t, 'utf8');
      const want = apart.map((test) => test(bytes));
      expect(fused(bytes), JSON.stringify(t)).toBe(want[0] || want[1]);
      const data = simdData(bytes.length)!;
      data.set(bytes);
      expect(fused(data), JSON.stringify(t)).toBe(want[0] || want[1]);
      if (want[0] || want[1]) counts[want[0] && want[1] ? 2 : want[0] ? 0 : 1]!++;
    }
    // Runs near only the first, only the second, and both, each seen often.
    expect(Math.min(...counts), String(counts)).toBeGreaterThanOrEqual(10);
    // A part without `near` takes any run.
    expect(compileNeedles([{ any: [a, { hexRun: 32 }] }])(Buffer.from('0123456789abcdef'.repeat(2)))).toBe(true);
    expect(fused(Buffer.from('0123456789abcdef'.repeat(2)))).toBe(false);
  });

  it('the corpus: every file with a planted secret passes', () => {
    const dir = path.join(import.meta.dirname, '..', 'fixtures', 'scan', 'corpus');
    const expected = JSON.parse(readFileSync(path.join(dir, '..', 'expected.json'), 'utf8')) as { appId: string; findings: { file: string }[] };
    const withFindings = new Set(expected.findings.map((f) => f.file));
    expect(withFindings.size).toBeGreaterThan(10);
    const test = compileNeedles(secretNeedles({}));
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(path.join(dir, f));
      const found = detectSecrets(bytes.toString('utf8'), { path: `test/fixtures/scan/corpus/${f}`, appId: expected.appId });
      if (found.length > 0) expect(test(bytes), f).toBe(true);
      if (withFindings.has(f)) expect(found.length, f).toBeGreaterThan(0);
    }
  });

  it('rejects text without any needle', () => {
    const test = compileNeedles(secretNeedles({}));
    expect(test(Buffer.from('const secret = process.env.X; // a|b 12|c %7C https://graph.facebook.com/v19.0/me\n'))).toBe(false);
  });

  it('graph URL needles pass every form findGraphUrls finds', () => {
    for (const t of ['https://graph.facebook.com/v19.0/me', 'GRAPH.FACEBOOK.COM/V19.0', 'graph.facebook.com:443/v21.0', '"https:\\/\\/graph.instagram.com\\/v22.0\\/me"']) {
      expect(findGraphUrls(t).length, t).toBe(1);
      expect(pass(graphUrlNeedles(), t), t).toBe(true);
    }
    expect(pass(graphUrlNeedles(), 'https://api.example.org/v1/users graph.facebook.com/me')).toBe(false);
  });
});

describe('the prefilter in check()', () => {
  it('every code rule declares needles, so its own tests run with the prefilter on', () => {
    const code = rules.filter((r) => r.kind === 'code').map((r) => [r.id, typeof r.needles]);
    expect(code.length).toBeGreaterThanOrEqual(4);
    expect(code.filter(([, t]) => t !== 'function')).toEqual([]);
  });

  it('finds exactly what the rules find without it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-prefilter-'));
    try {
      const users = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token: { secret: META_SHOP_PROD_TOKEN }
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    token: { secret: META_SHOP_TEST_TOKEN }
  - name: bm-admin
    role: admin
    useCases: [business_admin]
    token: { secret: META_ADMIN_TOKEN, expires: 60d }
`;
      writeFileSync(path.join(dir, 'graphguard.yml'), users);
      const corpus = path.join(import.meta.dirname, '..', 'fixtures', 'scan', 'corpus');
      const files: Record<string, string | Buffer> = {};
      for (const f of readdirSync(corpus)) files[`corpus/${f}`] = readFileSync(path.join(corpus, f));
      const declared = 'd3cl4red-FAKE-value-42';
      Object.assign(files, {
        'src/admin.js': 'const t = process.env.META_ADMIN_TOKEN;\n',
        '.env.production': 'META_SHOP_TEST_TOKEN=x\n',
        'src/graph.ts': 'fetch("https://graph.facebook.com/v2.0/me");\n',
        'src/declared.ts': `const k = "${declared}";\n`,
        'src/suppressed.js': `// graphguard-disable-next-line hardcoded-token -- fixture\nconst t = "${fakeSecret(`${E}G`, 120, 5)}";\n`,
        'src/unused.js': '// graphguard-disable-next-line hardcoded-token -- nothing here\nconst t = 1;\n',
        'src/bom.js': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`x="${fakeSecret(`${E}J`, 90, 6)}"\n`)]),
        'src/invalid.js': Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(`t="123456789012345|${fakeSecret('', 32, 7, HEX)}"\n`)]),
        'src/plain.js': 'export const secret = process.env.X ?? "a|b";\n',
      });
      for (const [p, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
        writeFileSync(path.join(dir, p), content);
      }
      const run = (rs: readonly AnyRule[]) =>
        check({ cwd: dir, paths: ['.'], today: '2026-11-27', env: { META_SHOP_PROD_TOKEN: declared }, rules: rs, live: false });
      const withPrefilter = await run(rules);
      const without = await run(rules.map((r) => ({ ...r, needles: undefined })));
      expect(withPrefilter.report).toEqual(without.report);
      const ids = new Set(withPrefilter.report.findings.map((f) => f.ruleId));
      for (const id of ['hardcoded-token', 'admin-token-in-code', 'test-token-in-production', 'graph-api-version-in-code', 'unused-suppression'])
        expect(ids, id).toContain(id);
      expect(withPrefilter.report.suppressed).toBeGreaterThan(0);
      expect(withPrefilter.report.findings.filter((f) => f.file === 'src/bom.js' || f.file === 'src/invalid.js' || f.file === 'src/declared.ts')).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
