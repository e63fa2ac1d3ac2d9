/** Code frames (src/format/frame.ts): a window around the column, redacted with its neighbourhood. */
import { describe, expect, it } from 'vitest';
import { buildFrame, frameLine, FRAME_WIDTH } from '../../src/format/frame.js';
import { fakeSecret } from '../helpers/secrets.js';

const E = 'E' + 'AA';
const tok = (seed: number) => fakeSecret(`${E}G`, 150, seed);

function noPieceOf(text: string, secret: string): void {
  for (let i = 0; i + 12 <= secret.length; i++) expect(text, `piece at ${i}`).not.toContain(secret.slice(i, i + 12));
}

describe('frameLine', () => {
  it('short lines are shown whole, redacted', () => {
    const t = tok(1);
    expect(frameLine(`const a = "${t}";`, 12)).toBe(`const a = "${t.slice(0, 4)}…(${t.length} chars)";`);
  });

  it('a long line shows FRAME_WIDTH characters around the column', () => {
    const line = `${'a '.repeat(5000)}TARGET${' b'.repeat(5000)}`;
    const out = frameLine(line, 10001);
    expect(out.startsWith('…') && out.endsWith('…')).toBe(true);
    expect(out.length).toBe(FRAME_WIDTH + 2);
    expect(out).toContain('TARGET');
  });

  it('a token crossing the window edge is redacted whole, not shown in part', () => {
    for (let shift = 0; shift < 200; shift += 7) {
      const t = tok(100 + shift);
      const line = `${'x '.repeat(2000)}${' '.repeat(shift)}${t} y ${'z '.repeat(2000)}`;
      const col = 4000 + shift + t.length + 3; // the `y` after the token
      noPieceOf(frameLine(line, col), t);
    }
  });

  it('a token the scan does not redact (in a URL path, glued to a word) is not shown in part where the window cuts it (hunt S1)', () => {
    const longest = (text: string, secret: string) => {
      for (let len = secret.length; len > 0; len--) for (let i = 0; i + len <= secret.length; i++) if (text.includes(secret.slice(i, i + len))) return len;
      return 0;
    };
    for (let pad = 0; pad < 80; pad += 3) {
      const t = tok(300 + pad);
      // The window's left edge in the token's tail (the column far to its right)...
      const tail = `const viaProxy = "https://proxy.example.com/graph/${t}";${' '.repeat(pad)}await fetch("https://graph.facebook.com/v26.0/me/feed", { method: "POST" });`;
      expect(longest(frameLine(tail, tail.indexOf('await') + 1), t), `tail, pad ${pad}`).toBeLessThanOrEqual(4);
      // ... and its right edge in the token's head.
      const head = `await fetch(u, {${' '.repeat(pad)} method: "POST", body: "message=hi", headers: {    Authorization: "Bearer${t}" } });`;
      expect(longest(frameLine(head, 1), t), `head, pad ${pad}`).toBeLessThanOrEqual(4);
    }
    // An ordinary word the edge cuts goes too, a short one stays.
    expect(frameLine(`${'a'.repeat(20)} ${'w '.repeat(200)}`, 300)).not.toMatch(/…a/);
  });

  it("a credential known by its context (a name, a URL's `@`) is redacted before the window cuts its context off (hunt T3)", () => {
    const key = 'dinZnLXicaBAg8WY1jzIRlNQb0prFmbh7/wy5yq1';
    const aws = `const aws_secret_access_key = "${key}"; await fetch("https://graph.facebook.com/v26.0/me/feed", { method: "POST" }); //${'-'.repeat(160)}`;
    const pw = 'Zq8!vR3#kL9$wP2^xT5&mN7*bH4(yJ6)';
    const url = `await fetch("https://graph.facebook.com/v26.0/me/feed", { method: "POST" });${' '.repeat(23)}const db = "postgres://admin:${pw}@db.internal:5432/app";`;
    for (let col = 1; col < 120; col += 3) {
      const a = frameLine(aws, col);
      const b = frameLine(url, col);
      for (let i = 0; i + 5 <= key.length; i++) expect(a, `aws, column ${col}`).not.toContain(key.slice(i, i + 5));
      for (let i = 0; i + 5 <= pw.length; i++) expect(b, `url, column ${col}`).not.toContain(pw.slice(i, i + 5));
    }
  });

  it('1,000 tokens on one 200 KB line: each frame is bounded and leaks nothing', () => {
    const toks = Array.from({ length: 1000 }, (_, i) => tok(i + 1));
    const line = toks.map((t) => `"${t}"`).join(',');
    for (let i = 0; i < toks.length; i += 97) {
      const col = line.indexOf(toks[i]!) + 1;
      const out = frameLine(line, col);
      expect(out.length).toBeLessThanOrEqual(FRAME_WIDTH + 2);
      noPieceOf(out, toks[i]!);
      if (i > 0) noPieceOf(out, toks[i - 1]!);
      if (i + 1 < toks.length) noPieceOf(out, toks[i + 1]!);
    }
  });

  it("a run longer than the look-around at the window's edge is dropped, not shown in part", () => {
    const blob = fakeSecret('', 20000, 9);
    const out = frameLine(`k = ${blob}; v = 1`, 20010);
    expect(out).toBe('…; v = 1');
  });

  it("a chunk's cut first and last lines do not show a token's tail or head", () => {
    const t = tok(77);
    // The chunk starts inside the token: its first line begins with the token's tail.
    const tail = t.slice(50);
    expect(frameLine(`${tail} = value`, 1, { cutStart: true })).toBe('… = value');
    const head = t.slice(0, 60);
    expect(frameLine(`value = ${head}`, 1, { cutEnd: true })).toBe('value = …');
    // Short runs at a cut edge are shown: nothing of a credential's worth fits in them.
    expect(frameLine('abc = 1', 1, { cutStart: true })).toBe('abc = 1');
  });
});

describe('buildFrame', () => {
  it('redacts the neighbouring lines too, with the given redactor', () => {
    const t = tok(5);
    const lines = ['first', `secret = "${t}"`, 'finding here', `other = "sk_live_${'a'.repeat(4)}"`, 'last'];
    const f = buildFrame((n) => lines[n - 1], 3, 1, { redact: (s) => s.split(t).join('[T]') })!;
    expect(f).toEqual({ startLine: 2, lines: ['secret = "[T]"', 'finding here', lines[3]] });
  });
});

describe('secretRedactor', () => {
  it('320 tokens of 320 lengths beside lines full of "EA": each frame line is redacted in time linear in the line', async () => {
    const { secretRedactor } = await import('../../src/secrets/redact.js');
    const tokens = Array.from({ length: 320 }, (_, i) => fakeSecret(`${E}G`, 40 + i, 7000 + i));
    const noise = 'EA '.repeat(2000);
    const text = tokens.map((t) => `const t = "${t}";\n${noise}\n`).join('');
    const r = secretRedactor(text, { path: 'a.js' });
    expect(r(`x "${tokens[100]}" y`)).toBe(`x "${tokens[100]!.slice(0, 4)}…(${tokens[100]!.length} chars)" y`);
    // 50 lines of 2,000 candidate positions each: once 320 slices a position (minutes in all); now one lookup.
    for (let i = 0; i < 50; i++) expect(r(noise)).toBe(noise);
  });
});
