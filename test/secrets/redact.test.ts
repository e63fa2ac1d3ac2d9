import { describe, expect, it } from 'vitest';
import { APP_TOKEN_SEPARATORS } from '../../src/secrets/detect.js';
import { findCredentialSpans, secretRedactor } from '../../src/secrets/redact.js';
import { BASE62, fakeSecret, HEX } from '../helpers/secrets.js';

const E = 'E' + 'A';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** The spans as [kind, covered text]. */
const found = (text: string, declared?: string[]): [string, string][] =>
  findCredentialSpans(text, declared).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('findCredentialSpans', () => {
  it('finds every Meta token form, with or without context', () => {
    for (const [prefix, kind] of [
      [`${E}AG`, 'meta-access-token'],
      [`${E}B`, 'meta-access-token'],
      [`${E}C`, 'meta-access-token'],
      ['IG' + 'AA', 'instagram-access-token'],
      ['IG' + 'QVJ', 'instagram-access-token'],
      ['IG' + 'QWR', 'instagram-access-token'],
      ['T' + 'HAA', 'threads-access-token'],
      ['T' + 'HQVJ', 'threads-access-token'],
      ['T' + 'H', 'threads-access-token'],
    ] as const) {
      const token = fakeSecret(prefix, 150, prefix.length * 7 + prefix.charCodeAt(1));
      expect(found(`error: bad token ${token} (see log)`), prefix).toEqual([[kind, token]]);
      // A token cut short at a window edge is still hidden.
      expect(found(`...${token.slice(0, 30)}`), prefix).toEqual([[kind, token.slice(0, 30)]]);
    }
  });

  it('finds a token after a %XX or backslash escape', () => {
    const token = fakeSecret(`${E}AB`, 100, 3);
    expect(found(`?access_token%3D${token}&x=1`)).toEqual([['meta-access-token', token]]);
    // Encoded twice (hunt Y6-1): the token alone, not its escape's last characters.
    expect(found(`?access_token%253D${token}%2526x=1`)).toEqual([['meta-access-token', token]]);
    expect(found(`"line\\n${token}"`)).toEqual([['meta-access-token', token]]);
  });

  it('finds app access tokens and secret-named 32-hex values in any context', () => {
    const hex = fakeSecret('', 32, 5, HEX);
    const id = '1234567890' + '12345';
    expect(found(`t=${id}|${hex}`)).toEqual([['meta-app-access-token', `${id}|${hex}`]]);
    expect(found(`t=${id}%7C${hex}`)).toEqual([['meta-app-access-token', `${id}%7C${hex}`]]);
    // Hunt L: the | as an HTML character reference, a string escape, a double URL encoding.
    for (const sep of ['&#124;', '&#x7C;', '&vert;', '\\u007c', '\\x7C', '%257C'])
      expect(found(`<td>${id}${sep}${hex}</td>`), sep).toEqual([['meta-app-access-token', `${id}${sep}${hex}`]]);
    // No Meta word anywhere: the output sink hides it all the same.
    expect(found(`WEBHOOK_SECRET=${hex}`)).toEqual([['meta-app-secret', hex]]);
    expect(found(`checksum=${hex}`)).toEqual([]);
  });

  it('finds app access tokens glued to a word, after a / or a longer number, and followed by anything but more of the secret', () => {
    const hex = fakeSecret('', 32, 5, HEX);
    const id = '1234567890' + '12345';
    for (const before of ['/', 'x', '/v19.0/', 'src/cfg/', 'Zq']) {
      for (const sep of APP_TOKEN_SEPARATORS) {
        for (const after of ['', '/subscriptions', '.txt', '+x', '"', '</td>']) {
          const text = `${before}${id}${sep}${hex}${after}`;
          expect(found(text), text).toEqual([['meta-app-access-token', `${id}${sep}${hex}`]]);
        }
      }
    }
    // A longer number: its last 18 digits are the id.
    expect(found(`1234${id}|${hex}`)).toEqual([['meta-app-access-token', `234${id}|${hex}`]]);
    // Longer than any secret, or too short an id.
    expect(found(`/${id}|${hex}${hex.slice(0, 9)}`)).toEqual([]);
    expect(found(`/${id.slice(1)}|${hex}`)).toEqual([]);
    // With no separator, the same digits and hex are text.
    expect(found(`/${id}/${hex}`)).toEqual([]);
  });

  it('finds declared values of 8+ characters, every occurrence', () => {
    expect(found('a s3cr3t-FAKE b s3cr3t-FAKE', ['s3cr3t-FAKE', 'abc'])).toEqual([
      ['declared-secret', 's3cr3t-FAKE'],
      ['declared-secret', 's3cr3t-FAKE'],
    ]);
    expect(found('abc abc', ['abc'])).toEqual([]);
  });

  it("finds other vendors' prefixed token shapes", () => {
    const cases: [string, string][] = [
      [`sk_live_${fakeSecret('', 24, 11)}`, 'stripe-key'],
      [`rk_live_${fakeSecret('', 24, 12)}`, 'stripe-key'],
      [`ghp_${fakeSecret('', 36, 13)}`, 'github-token'],
      [`gho_${fakeSecret('', 36, 14)}`, 'github-token'],
      [`ghs_${fakeSecret('', 36, 15)}`, 'github-token'],
      [`github_pat_${fakeSecret('', 22, 16)}_${fakeSecret('', 59, 17)}`, 'github-token'],
      [`xoxb-1234567890-${fakeSecret('', 24, 18)}`, 'slack-token'],
      [`xoxp-${fakeSecret('', 40, 19)}`, 'slack-token'],
      [`AKIA${fakeSecret('', 16, 20, UPPER_DIGITS)}`, 'aws-access-key'],
      [`AIza${fakeSecret('', 35, 21, `${BASE62}-_`)}`, 'google-api-key'],
    ];
    for (const [value, kind] of cases) expect(found(`x "${value}" y`), value.slice(0, 4)).toEqual([[kind, value]]);
    // Prefix alone, or a body too short: nothing.
    expect(found('see sk_live_ docs; ghp_abc; xoxb-1; AKIA')).toEqual([]);
  });

  it('hides a private key block to its END line, or the base64 lines of a cut block', () => {
    const body = `${fakeSecret('', 64, 30)}\n${fakeSecret('', 64, 31)}`;
    const block = `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    expect(found(`key:\n${block}\nnext: 1`)).toEqual([['private-key', block]]);
    const cut = `-----BEGIN ${'PRIVATE'} KEY-----\n${body}`;
    expect(found(`${cut}\n\nMore prose here.`)).toEqual([['private-key', cut]]);
    expect(found(`${cut}\nNot base64, prose.`)).toEqual([['private-key', cut]]);
  });

  it('merges overlapping spans and leaves ordinary text alone', () => {
    const token = fakeSecret(`${E}AG`, 80, 40);
    const text = `a ${token} b`;
    expect(findCredentialSpans(text, [token.slice(10, 30)])).toEqual([{ start: 2, end: 2 + token.length, kind: 'meta-access-token' }]);
    for (const text of [
      'EAAccessTokenProviderFactoryImplementation',
      'THISISACONSTANTNAMEWITHOUTDIGITS_ANDMORE',
      'The quick brown fox jumps over the lazy dog.',
      'https://graph.facebook.com/v19.0/me?fields=id,name',
      'sha256:0f343b0931126a20f133d67c2b018a3b5e0e2b1c3d4e5f60718293a4b5c6d7e8',
    ]) {
      expect(findCredentialSpans(text), text).toEqual([]);
    }
  });
});

describe('secretRedactor (frame lines)', () => {
  it('redacts every token of a file in a piece of a line, however many share a prefix, longest first', () => {
    // fakeSecret's tokens all begin EAAGFAKE; some are longer than others.
    const tokens = Array.from({ length: 300 }, (_, i) => fakeSecret('E' + 'AAG', i % 3 === 0 ? 180 : 120, 7000 + i));
    const line = tokens.map((t, i) => `{"id":"${i}","access_token":"${t}"}`).join(',');
    const redactLine = secretRedactor(line, { path: 'tokens.json' });
    const out = redactLine(line);
    for (const t of tokens) expect(out).not.toContain(t.slice(4, 24));
    expect(out.split('EAAG…(184 chars)').length - 1).toBe(100);
    expect(out.split('EAAG…(124 chars)').length - 1).toBe(200);
    // A piece of the line (what a frame shows) the same way.
    const piece = line.slice(1000, 3000);
    expect(redactLine(piece)).not.toMatch(/FAKE[A-Za-z0-9]{16}/);
  });
});
