import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../src/secrets/secret.js';
import { APP_TOKEN_SEPARATORS, appTokenParts, DETECTORS, detectSecrets, looksRandom, MIN_ACCESS_TOKEN_BODY, type DetectContext } from '../../src/secrets/detect.js';
import { redactSecretsInText } from '../../src/secrets/redact.js';
import { detectorSamples, fakeSecret } from '../helpers/secrets.js';
import { positionAt } from '../../src/position.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'scan');
const E = 'E' + 'AA';
const tok = (fourth: string, length = 180, seed = 1): string => fakeSecret(`${E}${fourth}`, length, seed);
const hex = (seed: number): string => fakeSecret('', 32, seed, '0123456789abcdef');
const ctx: DetectContext = { path: 'src/app.ts' };
const kinds = (text: string, c: DetectContext = ctx): string[] => detectSecrets(text, c).map((m) => m.kind);
const spans = (text: string, c: DetectContext = ctx): [string, number, number][] =>
  detectSecrets(text, c).map((m) => [m.kind, m.start, m.end]);

describe('detector samples', () => {
  it('every detector detectSecrets runs has samples', () => {
    expect(detectorSamples.map((d) => [d.id, d.kinds[0]])).toEqual(DETECTORS.map((d) => [d.id, d.kind]));
  });
  for (const d of detectorSamples) {
    const sc = d.sampleContext ?? {};
    const c: DetectContext = {
      path: sc.path ?? 'sample.txt',
      ...(sc.appId ? { appId: sc.appId } : {}),
      declared: (sc.declared ?? []).map((x) => ({ name: x.name, value: new Secret(x.value) })),
    };
    it(`${d.id} has samples`, () => {
      expect(d.mustMatch.length).toBeGreaterThan(0);
      expect(d.mustNotMatch.length).toBeGreaterThan(0);
    });
    for (const [i, sample] of d.mustMatch.entries()) {
      it(`${d.id} matches sample ${i}`, () => {
        const found = detectSecrets(sample, c);
        expect(found.map((m) => m.detector)).toEqual([d.id]);
        expect(d.kinds).toContain(found[0]!.kind);
      });
    }
    for (const [i, sample] of d.mustNotMatch.entries()) {
      it(`${d.id} rejects sample ${i}`, () => {
        expect(detectSecrets(sample, c)).toEqual([]);
      });
    }
  }
});

describe('corpus', () => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as {
    appId: string;
    files: string[];
    findings: { file: string; line: number; column: number; kind: string }[];
  };

  it('covers many formats and plants at least 30 secrets of every kind', () => {
    expect(expected.files.length).toBeGreaterThanOrEqual(15);
    expect(expected.findings.length).toBeGreaterThanOrEqual(30);
    const seen = new Set(expected.findings.map((f) => f.kind));
    expect([...seen].sort()).toEqual(['access-token', 'app-or-client-token', 'app-secret']);
  });

  for (const file of expected.files) {
    it(`finds exactly the planted secrets in ${file}`, () => {
      const text = readFileSync(path.join(FIXTURES, 'corpus', file), 'utf8');
      const got = detectSecrets(text, { path: `test/fixtures/scan/corpus/${file}`, appId: expected.appId }).map((m) => {
        const p = positionAt(text, m.start);
        return { file, line: p.line, column: p.column, kind: m.kind };
      });
      expect(got).toEqual(expected.findings.filter((f) => f.file === file));
    });
  }
});

describe('access tokens', () => {
  const t = tok('G');

  it('accepts any fourth character and reports the whole run', () => {
    for (const fourth of ['B', 'C', 'G', 'J', 'M', 'N', 'O', 'Z', '9', 'x']) {
      const v = tok(fourth, 150, fourth.charCodeAt(0));
      expect(spans(`t = "${v}";`)).toEqual([['access-token', 5, 5 + v.length]]);
    }
  });

  it(`needs ${MIN_ACCESS_TOKEN_BODY} characters after EAA`, () => {
    const exact = t.slice(0, 3 + MIN_ACCESS_TOKEN_BODY);
    expect(kinds(`"${exact}"`)).toEqual(['access-token']);
    expect(kinds(`"${exact.slice(0, -1)}"`)).toEqual([]);
  });

  it('starts at a word boundary: not after a letter, digit, + or /', () => {
    expect(kinds(`x${t}`)).toEqual([]);
    expect(kinds(`7${t}`)).toEqual([]);
    expect(kinds(`+${t}`)).toEqual([]);
    expect(kinds(`/${t}`)).toEqual([]);
    for (const before of ['', ' ', '"', "'", '=', ':', '(', '_', '-', '\t', '`', '>']) {
      expect(spans(`${before}${t}`)).toEqual([['access-token', before.length, before.length + t.length]]);
    }
  });

  it('treats URL escapes and \\n escapes as a boundary', () => {
    expect(spans(`q=access_token%3D${t}`)).toEqual([['access-token', 17, 17 + t.length]]);
    // Encoded twice (a redirect URL inside another URL's query), as the app token's `%257C` is (hunt Y6-1).
    expect(spans(`q=access_token%253D${t}`)).toEqual([['access-token', 19, 19 + t.length]]);
    const nested = `next=https%3A%2F%2Fapp.example%2Fcb%3Faccess_token%253D${t}%2526state%253D1`;
    expect(spans(nested)).toEqual([['access-token', nested.indexOf(t), nested.indexOf(t) + t.length]]);
    // Not a twice-encoded escape: a word, or digits, before it.
    expect(spans(`q=x253D${t}`)).toEqual([]);
    expect(spans(`q=%2G3D${t}`)).toEqual([]);
    expect(spans(`"line1\\n${t}"`)).toEqual([['access-token', 8, 8 + t.length]]);
    // Escaped JSON (\u0022 is a quote), a \x22 escape, and quoted-printable (=3D is `=`).
    expect(spans(`{\\u0022token\\u0022: \\u0022${t}\\u0022}`)).toEqual([['access-token', 26, 26 + t.length]]);
    expect(spans(`"\\x22${t}\\x22"`)).toEqual([['access-token', 5, 5 + t.length]]);
    expect(spans(`access_token=3D${t}`)).toEqual([['access-token', 15, 15 + t.length]]);
    // Still no token inside a word or base64 data.
    expect(spans(`abc${t}`)).toEqual([]);
    expect(spans(`x+${t}`)).toEqual([]);
  });

  it('rejects a run that continues as base64', () => {
    expect(kinds(`${t}+abc`)).toEqual([]);
    expect(kinds(`${t}/abc`)).toEqual([]);
    expect(kinds(`${t}==`)).toEqual([]);
    expect(kinds(`"${t}="`)).toEqual([]);
    expect(kinds(`-${t}_x`)).toEqual([]);
    expect(kinds(`${t}-x`)).toEqual(['access-token']);
  });

  it('rejects placeholders, identifiers and patterns', () => {
    for (const s of [
      `${E}...`,
      `${E}B<ACCESS_TOKEN>`,
      `${E}G${'x'.repeat(60)}`,
      `${E}GAAAAAA${t.slice(10)}`,
      `${E}ccessTokenProviderFactoryImplementationVersion2`,
      `${E}GyourAccessTokenGoesHereReplaceMeWithARealOne1`,
      `${E}G0123456789abcdefghijklmnopqrstuvwxyz`,
      `${E}Gabcdefabcdefabcdefabcdefabcdefabcdef12`,
      `${E}G${'ab12'.repeat(12)}`,
      `${E}GLOWERCASEONLYANDNODIGITSATALLHERESORRYXYZ`,
    ]) {
      expect(kinds(`"${s}"`), s).toEqual([]);
    }
  });

  it('leaves Square-style EAAA tokens of 64 characters to other scanners, but not longer EAAA runs', () => {
    expect(kinds(`"${fakeSecret(`${E}A`, 60, 5)}"`)).toEqual([]);
    expect(kinds(`"${fakeSecret(`${E}A`, 150, 5)}"`)).toEqual(['access-token']);
  });

  it('ignores a token-like line inside a PEM/base64 block but not a list of tokens', () => {
    const line = `${E}${fakeSecret('', 61, 9)}`;
    const b64 = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo+4gZ';
    expect(kinds(`${b64}\n${line}\n${b64.replace('+', 'A')}`)).toEqual([]);
    expect(kinds(`${tok('G', 150, 2)}\n${line}\n${tok('J', 150, 3)}\n`)).toEqual([
      'access-token',
      'access-token',
      'access-token',
    ]);
  });

  it('ignores a line of a PEM body even where neither neighbour holds `+` or `/` (certifi\'s cacert.pem, hunt W7)', () => {
    // The real line of certifi's bundle ("Chambers of Commerce Root - 2008"), between two lines without `+` or `/`.
    const pem = ['-----BEGIN CERTIFICATE-----', 'MIIHTzCCBTegAwIBAgIJAKPaQn6ksa7aMA0GCSqGSIb3DQEBBQUAMIGuMQswCQYD', 'dXJyZW50IGFkZHJlc3MgYXQgd3d3LmNhbWVyZmlybWEuY29tL2FkZHJlc3MpMRIw', 'E' + 'AYDVQQFEwlBODI3NDMyODcxGzAZBgNVBAoTEkFDIENhbWVyZmlybWEgUy5BLjEp', 'MCcGA1UEAxMgQ2hhbWJlcnMgb2YgQ29tbWVyY2UgUm9vdCAtIDIwMDgwggIiMA0G', '-----END CERTIFICATE-----', ''];
    expect(kinds(pem.join('\n'))).toEqual([]);
    expect(kinds(pem.join('\r\n'))).toEqual([]);
    // The same line with no BEGIN line above its block, or a line of other text between, is a token.
    expect(kinds(pem.slice(1).join('\n'))).toEqual(['access-token']);
    expect(kinds([pem[0], pem[1], 'token:', ...pem.slice(3)].join('\n'))).toEqual(['access-token']);
    // A real token's line is longer than a PEM line (76 at most): under a BEGIN line it is still a token (hunt Z3-3).
    expect(kinds([pem[0], tok('G', 194, 43), pem[4], pem[5]].join('\n'))).toEqual(['access-token']);
    expect(kinds([pem[0], pem[1], pem[2], tok('G', 120, 44)].join('\n'))).toEqual(['access-token']);
  });

  it('takes a long EAA token that is a whole segment of a URL path, never a shorter one nor one in base64 (hunt S4)', () => {
    const long = tok('G', 180, 41);
    expect(kinds(`fetch("https://proxy.example.com/graph/${long}/me")`)).toEqual(['access-token']);
    expect(kinds(`const u = 'https://proxy.example.com/graph/${long}?x=1';`)).toEqual(['access-token']);
    // Under 100 characters after the slash (a CDN's random path segment may be one): not taken.
    expect(kinds(`fetch("https://cdn.example.com/a/${tok('G', 60, 42)}/x")`)).toEqual([]);
    // A slash in base64 data (no URL before it on its line), or one after a space or a quote, is no path.
    expect(kinds(`data:image/png;base64,AAAA/${long}+AA==`)).toEqual([]);
    expect(kinds(`key = "abc/${long}"`)).toEqual([]);
    // A base URL held in a variable (hunt T2).
    expect(kinds(`fetch(\`\${PROXY}/${long}/me\`)`)).toEqual(['access-token']);
    expect(kinds(`requests.get(PROXY + "/${long}/me")`)).toEqual(['access-token']);
    expect(kinds(`requests.get(f"{PROXY}/${long}/me")`)).toEqual(['access-token']);
  });

  it('an indented PEM body (a YAML block) is compared without its indentation (hunt Z4-3)', () => {
    const body = ['VmihA/2O76UMFxFkM/R5Kjp1vRt+1fjORS/6ilI8ihN5KXSc7Tvo/hBKqFYY/kv5', 'x2jIclHkCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3/YNBDRzrZSgqbjG3uhk', `${E}u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOm`, 'WKFLf6xuI5aHUQPFeNBTxaQWk8JzFalHlsZfYcMMDktXP/tKsf2rcDkdfrUnW5gc'];
    const yaml = ['ca: |', '              -----BEGIN CERTIFICATE-----', ...body.map((l) => `              ${l}`), '              -----END CERTIFICATE-----', ''].join('\n');
    expect(kinds(yaml)).toEqual([]);
    // The certifi lines (no `+` or `/` around the token's line), indented: the PEM rule reads them too.
    const certifi = ['-----BEGIN CERTIFICATE-----', 'MIIHTzCCBTegAwIBAgIJAKPaQn6ksa7aMA0GCSqGSIb3DQEBBQUAMIGuMQswCQYD', 'dXJyZW50IGFkZHJlc3MgYXQgd3d3LmNhbWVyZmlybWEuY29tL2FkZHJlc3MpMRIw', 'E' + 'AYDVQQFEwlBODI3NDMyODcxGzAZBgNVBAoTEkFDIENhbWVyZmlybWEgUy5BLjEp', 'MCcGA1UEAxMgQ2hhbWJlcnMgb2YgQ29tbWVyY2UgUm9vdCAtIDIwMDgwggIiMA0G'];
    expect(kinds(`ca: |\n${certifi.map((l) => `      ${l}`).join('\n')}\n`)).toEqual([]);
  });

  it('a token below a path (a line of / and letters) is no line of a base64 block (hunt T1)', () => {
    expect(kinds(`/srv/deploy/releases/current/config/secrets/app\n${tok('G', 184, 45)}\n`)).toEqual(['access-token']);
  });

  it('names the variable a token is assigned to', () => {
    expect(detectSecrets(`const pageToken = "${t}";`, ctx)[0]?.name).toBe('pageToken');
    expect(detectSecrets(`https://x/me?access_token=${t}&a=1`, ctx)[0]?.name).toBe('access_token');
    expect(detectSecrets(`Authorization: Bearer ${t}`, ctx)[0]?.name).toBeUndefined();
  });

  it('finds every token in a text, in order', () => {
    const a = tok('G', 150, 21);
    const b = tok('J', 150, 22);
    const text = `a=${a}\nb="${b}"`;
    expect(spans(text)).toEqual([
      ['access-token', 2, 2 + a.length],
      ['access-token', a.length + 6, a.length + 6 + b.length],
    ]);
  });
});

describe('app access tokens', () => {
  const id = '123456789012345';
  const h = hex(3);

  it('matches {app-id}|{32 hex} and %7C in any case, as one match (not also an app secret)', () => {
    expect(spans(`FB_APP_SECRET_TOKEN="${id}|${h}"`)).toEqual([['app-or-client-token', 21, 21 + 16 + 32]]);
    expect(spans(`access_token=${id}%7c${h}`)).toEqual([['app-or-client-token', 13, 13 + 18 + 32]]);
    expect(spans(`access_token=${id}%7C${h}`)).toEqual([['app-or-client-token', 13, 13 + 18 + 32]]);
  });

  it('accepts 15 to 18 digit app ids only, at a boundary', () => {
    expect(kinds(`"${'1'.repeat(14)}|${h}"`)).toEqual([]);
    expect(kinds(`"${'1'.repeat(18)}|${h}"`)).toEqual(['app-or-client-token']);
    expect(kinds(`"${'1'.repeat(19)}|${h}"`)).toEqual([]);
    expect(kinds(`"x${id}|${h}"`)).toEqual([]);
  });

  it('needs the secret to end where it should: a 32-hex one may go on as a URL path', () => {
    expect(kinds(`"${id}|${h}${h.slice(0, 9)}"`)).toEqual([]);
    expect(kinds(`"${id}|${h}+a"`)).toEqual([]);
    expect(spans(`"${id}|${h}/x"`)).toEqual([['app-or-client-token', 1, 1 + 16 + 32]]);
    const url = fakeSecret('', 30, 33);
    expect(kinds(`"${id}|${url}"`)).toEqual(['app-access-token']);
    expect(kinds(`"${id}|${url}/x"`)).toEqual([]);
    expect(kinds(`"${id}|${url}+x"`)).toEqual([]);
  });

  it('takes an app id after a / (a URL path, a file name): base64 has no |', () => {
    const path = `curl -X POST "https://graph.facebook.com/v19.0/${id}|${h}/subscriptions"`;
    expect(spans(path)).toEqual([['app-or-client-token', path.indexOf(id), path.indexOf(id) + 16 + 32]]);
    expect(spans(`src/cfg/${id}%7C${h}.txt`)).toEqual([['app-or-client-token', 8, 8 + 18 + 32]]);
    // Still not glued to a word, a longer number or base64's `+`.
    expect(kinds(`/x${id}|${h}`)).toEqual([]);
    expect(kinds(`/9${id}000|${h}`)).toEqual([]);
    expect(kinds(`+${id}|${h}`)).toEqual([]);
  });

  it('accepts url-safe secrets of 27-40 characters that look random', () => {
    expect(kinds(`"${id}|${fakeSecret('', 27, 31)}"`)).toEqual(['app-access-token']);
    expect(kinds(`"${id}|${fakeSecret('', 26, 31)}"`)).toEqual([]);
    expect(kinds(`"${id}|${fakeSecret('', 40, 31)}"`)).toEqual(['app-access-token']);
    expect(kinds(`"${id}|${fakeSecret('', 41, 31)}"`)).toEqual([]);
    expect(kinds(`"${id}|your-app-secret-goes-right-here"`)).toEqual([]);
  });

  // Hunt L: the `|` written as an HTML character reference, an escape or a double URL encoding.
  const encoded = ['&#124;', '&#x7c;', '&#x7C;', '&#X7C;', '&vert;', '&verbar;', '&VerticalLine;', '\\u007c', '\\u007C', '\\u{7c}', '\\x7c', '\\x7C', '\\|', '%257C', '%257c'];
  // Hunt N: a numeric reference with leading zeros (one to three are read).
  const padded = ['&#0124;', '&#00124;', '&#000124;', '&#x07c;', '&#x007c;', '&#x007C;', '&#X0007C;'];

  it('matches the | written as &#124;, &#x7c;, &vert;, \\u007c, \\x7c, \\| or %257C, the whole token from the app id', () => {
    expect(APP_TOKEN_SEPARATORS).toEqual(expect.arrayContaining([...encoded, ...padded, '|', '%7C', '%7c']));
    const url = fakeSecret('', 30, 33);
    for (const sep of [...encoded, ...padded]) {
      const html = `<td>${id}${sep}${h}</td>`;
      expect(spans(html), html).toEqual([['app-or-client-token', 4, 4 + 15 + sep.length + 32]]);
      const js = `const t = "${id}${sep}${url}";`;
      expect(spans(js), js).toEqual([['app-access-token', 11, 11 + 15 + sep.length + 30]]);
      const [m] = detectSecrets(html, ctx);
      expect(m!.value.reveal()).toBe(`${id}${sep}${h}`);
      expect(String(m!.value)).toBe(`1234…(${15 + sep.length + 32} chars)`);
      expect(appTokenParts(m!.value.reveal())).toEqual({ appId: id, secret: h });
    }
  });

  it('takes no other character reference or escape for the |, and still needs a 15-18 digit id and a secret', () => {
    for (const s of [
      // Other characters (`}`, `{`, `¦`, `\\`), a reference without its `;`, a cut escape.
      `<td>${id}&#125;${h}</td>`,
      `<td>${id}&#x7d;${h}</td>`,
      `<td>${id}&brvbar;${h}</td>`,
      `<td>${id}&vert${h}</td>`,
      `"${id}\\\\${h}"`,
      `"${id}\\u{7d}${h}"`,
      `<td>${id}&#124${h}</td>`,
      // More leading zeros than are read, or a padded reference to another character.
      `<td>${id}&#0000124;${h}</td>`,
      `<td>${id}&#x00007c;${h}</td>`,
      `<td>${id}&#0125;${h}</td>`,
      `<td>${id}&#x007d;${h}</td>`,
      `"${id}\\u007d${h}"`,
      `"${id}\\u07c${h}"`,
      `"${id}\\x7b${h}"`,
      `u=${id}%257D${h}`,
      `u=${id}%2507C${h}`,
      // HTML tables with short numbers, and a long id before a short cell.
      `<tr><td>12&#124;34</td><td>2024&#124;${h}</td></tr>`,
      `<td>${'1'.repeat(14)}&#124;${h}</td>`,
      `<td>${id}&#124;42&#124;7</td>`,
      `| ${id} &#124; ${h} |`,
    ]) {
      expect(kinds(s), s).toEqual([]);
    }
    expect(appTokenParts(`${id}&#125;${h}`)).toBeUndefined();
    expect(appTokenParts(`${'1'.repeat(14)}|${h}`)).toBeUndefined();
    expect(appTokenParts(`${id}|`)).toBeUndefined();
  });
});

describe('app secrets', () => {
  const h = hex(5);

  it('needs a secret-like name', () => {
    expect(kinds(`FACEBOOK_APP_SECRET=${h}`)).toEqual(['app-secret']);
    expect(kinds(`FACEBOOK_APP_ID_HASH=${h}`)).toEqual([]);
    expect(kinds(`FACEBOOK_CLIENT_TOKEN=${h}`)).toEqual([]);
    expect(kinds(`facebook: { client_token: "${h}" }`)).toEqual([]);
  });

  it('reports the value, with the name', () => {
    const [m] = detectSecrets(`  "appSecret": "${h}", // facebook`, ctx);
    expect(m && [m.kind, m.start, m.end, m.name]).toEqual(['app-secret', 16, 48, 'appSecret']);
  });

  it('accepts many assignment syntaxes', () => {
    for (const s of [
      `fb_app_secret = "${h}"`,
      `FB_APP_SECRET: '${h}'`,
      `:facebook_secret => "${h}"`,
      `metaAppSecret := "${h}"`,
      `define('FACEBOOK_APP_SECRET', '${h}');`,
      `fb.setAppSecret("${h}");`,
      `fb.secret=${h}`,
      `ENV FB_APP_SECRET ${h}`,
      `<add key="FacebookAppSecret" value="${h}" />`,
      `<FacebookAppSecret>${h}</FacebookAppSecret>`,
      `facebook_app_secret <- "${h}"`,
      `"FB_APP_SECRET = \\"${h}\\"\\n",`,
      `os.getenv("FB_APP_SECRET", "${h}")`,
      `GRAPH_API_SECRET=${h.toUpperCase()}`,
    ]) {
      expect(kinds(s), s).toEqual(['app-secret']);
    }
  });

  /** `[kind, start, end, name]` of each match: the start is the value's, wherever the text puts it. */
  const named = (text: string, c: DetectContext = ctx) => detectSecrets(text, c).map((m) => [m.kind, m.start, m.end, m.name]);
  const at = (text: string, name: string) => [['app-secret', text.indexOf(h), text.indexOf(h) + 32, name]];

  it("reads a value in Go's []byte(…), Node's Buffer.from(…), a Ruby fetch block and shell's ${X-…} (hunt L)", () => {
    for (const [s, name] of [
      [`package fb\n\nvar fbAppSecret = []byte("${h}")\n`, 'fbAppSecret'],
      [`cfg := Config{\n\tFacebookAppSecret: []byte("${h}"),\n}\n`, 'FacebookAppSecret'],
      [`var fbAppSecret []byte = []byte("${h}")`, 'fbAppSecret'],
      [`"FB_APP_SECRET": []byte(\n\t"${h}"),`, 'FB_APP_SECRET'],
      [`const FB_APP_SECRET = Buffer.from('${h}')`, 'FB_APP_SECRET'],
      [`const FB_APP_SECRET = Buffer.from("${h}", "utf8");`, 'FB_APP_SECRET'],
      [`const hmac = crypto.createHmac('sha256', fbAppSecret); const fbAppSecret = Buffer.from(\`${h}\`);`, 'fbAppSecret'],
      [`FB_APP_SECRET = ENV.fetch('FB_APP_SECRET') { '${h}' }`, 'FB_APP_SECRET'],
      [`secret = settings.fetch(:fb_app_secret) { |key| "${h}" }`, 'fb_app_secret'],
      [`FB_APP_SECRET = ENV.fetch("FB_APP_SECRET", "${h}")`, 'FB_APP_SECRET'],
      [`X=\${FB_APP_SECRET-${h}}`, 'FB_APP_SECRET'],
      [`X="\${FB_APP_SECRET-"${h}"}"`, 'FB_APP_SECRET'],
      [`X=\${FB_APP_SECRET:-${h}}`, 'FB_APP_SECRET'],
      [`X=\${FB_APP_SECRET=${h}}`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET=\${FB_APP_SECRET-${h}}`, 'FB_APP_SECRET'],
    ] as const) {
      expect(named(s), s).toEqual(at(s, name));
    }
    // Not secret-named, not Meta's, named for what else it holds, or not a value at all.
    for (const s of [
      `var buildCommit = []byte("${h}")`,
      `var fbAppSecretHash = []byte("${h}")`,
      `const WEBHOOK_SECRET = Buffer.from('${h}')`,
      `const STRIPE_WEBHOOK_SECRET = Buffer.from('${h}') // facebook`,
      `const fbAppSecret = Buffer.from(process.env.FB_APP_SECRET); const commit = Buffer.from('${h}')`,
      `fbAppSecret := []byte(os.Getenv("FB_APP_SECRET")) // ${h}`,
      `X=\${FB_APP_SECRET_VERSION-${h}}`,
      `X=\${fb-app-secret-${h}}`,
      `X=$FB_APP_SECRET-${h}`,
      `fb-app-secret-${h}`,
      `if (fbAppSecret) { run("${h}") }`,
    ]) {
      expect(kinds(s, { path: 'src/webhook.js' }), s).toEqual([]);
    }
  });

  it("reads a Spring placeholder's default again (hunt N5) and a Ruby fetch block written do … end", () => {
    for (const [s, name] of [
      // A name with `.` or `-` after `${` is no shell name: it is read whole, and its `:` gives the value.
      [`facebook:\n  secret: \${facebook.app-secret-key:${h}}\n`, 'facebook.app-secret-key'],
      [`facebook:\n  app-secret: \${facebook.app-secret.value:${h}}\n`, 'facebook.app-secret.value'],
      [`facebook.app.secret=\${FACEBOOK_APP-SECRET-KEY:${h}}`, 'FACEBOOK_APP-SECRET-KEY'],
      [`x=\${FB_APP_SECRET-KEY:${h}}`, 'FB_APP_SECRET-KEY'],
      // A shell name's `-` default still is.
      [`X=\${FB_APP_SECRET-${h}}`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET = ENV.fetch("FB_APP_SECRET") do "${h}" end`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET = ENV.fetch("FB_APP_SECRET") do\n  "${h}"\nend`, 'FB_APP_SECRET'],
      [`secret = settings.fetch(:fb_app_secret) do |key|\n  '${h}'\nend`, 'fb_app_secret'],
    ] as const) {
      expect(named(s), s).toEqual(at(s, name));
    }
    for (const s of [
      `X=\${FB_APP_SECRET_VERSION-${h}}`,
      `x=\${fb.app-secret.version:${h}}`,
      `FB_APP_SECRET = ENV.fetch("FB_APP_SECRET") done "${h}" end`,
      `FB_APP_SECRET = ENV.fetch("FB_APP_SECRET") do\n  compute\nend # ${h}`,
    ]) {
      expect(kinds(s, { path: 'src/webhook.js' }), s).toEqual([]);
    }
  });

  it('a secret-named name that says what else it holds (a hash, an id, a version) is no app secret', () => {
    for (const s of [
      `val fbSecretHash: String = "${h}"`,
      `var fbSecretChecksum string = "${h}"`,
      `const fbAppSecretKeyId: string = "${h}";`,
      `FB_APP_SECRET_VERSION=${h}`,
      `<key>FacebookAppSecretRotation</key><string>${h}</string>`,
      `facebook:\n  secret_digest: !!str ${h}`,
      `"facebook/secret_manager.py": "${h}"`,
    ]) {
      expect(kinds(s), s).toEqual([]);
    }
    // The secret itself still is, whatever else the line says.
    expect(kinds(`FB_APP_SECRET=${h} # rotated, hash kept elsewhere`)).toEqual(['app-secret']);
  });

  it('accepts typed declarations: a type between the name and its =', () => {
    for (const [s, name] of [
      [`const FB_APP_SECRET: string = "${h}";`, 'FB_APP_SECRET'],
      [`private readonly fbAppSecret: string = "${h}";`, 'fbAppSecret'],
      [`fbAppSecret?: string = '${h}'`, 'fbAppSecret'],
      [`val fbAppSecret: String = "${h}"`, 'fbAppSecret'],
      [`private const val FB_APP_SECRET: String? = "${h}"`, 'FB_APP_SECRET'],
      [`let facebookAppSecret: String = "${h}"`, 'facebookAppSecret'],
      [`package main\nvar FbAppSecret string = "${h}"`, 'FbAppSecret'],
      [`const FB_APP_SECRET: &str = "${h}";`, 'FB_APP_SECRET'],
      [`static FB_APP_SECRET: &'static str = "${h}";`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET: str = "${h}"`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET: Final[str] = "${h}"`, 'FB_APP_SECRET'],
      [`static const char kFbAppSecret[33] = "${h}";`, 'kFbAppSecret'],
    ] as const) {
      expect(named(s), s).toEqual(at(s, name));
    }
    // The type is not a value, and a comparison is no assignment.
    expect(kinds(`const FB_APP_SECRET: string = "0123456789abcdef0123456789abcdef";`)).toEqual([]);
    expect(kinds(`const FB_APP_SECRET: string = "${h}0";`)).toEqual([]);
    expect(kinds(`if FbAppSecret string == "${h}"`)).toEqual([]);
    expect(kinds(`const STRIPE_WEBHOOK_SECRET: string = "${h}";`)).toEqual([]);
  });

  it('accepts name/value pairs: Kubernetes env, ECS task definitions, Postman environments', () => {
    for (const s of [
      `spec:\n  containers:\n    - name: api\n      env:\n        - name: FB_APP_SECRET\n          value: "${h}"\n`,
      `env:\r\n  - name: "FB_APP_SECRET"\r\n    value: ${h}\r\n`,
      `{"containerDefinitions":[{"environment":[{"name":"FB_APP_SECRET","value":"${h}"}]}]}`,
      `"environment": [\n  {\n    "name": "FB_APP_SECRET",\n    "value": "${h}"\n  }\n]`,
      `{"values":[{"key":"FB_APP_SECRET","value":"${h}","enabled":true}]}`,
      `environment = [\n  { name = "FB_APP_SECRET", value = "${h}" },\n]`,
    ]) {
      expect(named(s), s).toEqual(at(s, 'FB_APP_SECRET'));
    }
    // Another vendor's secret, a reference rather than a value, a value of the wrong length.
    expect(kinds(`{"name":"STRIPE_WEBHOOK_SECRET","value":"${h}"}`)).toEqual([]);
    expect(kinds(`- name: FB_APP_SECRET\n  valueFrom:\n    secretKeyRef: { name: fb, key: ${h} }\n`)).toEqual([]);
    expect(kinds(`{"key":"FB_APP_SECRET","value":"${h}${h.slice(0, 8)}"}`)).toEqual([]);
  });

  it('accepts string prefixes, YAML tags and block scalars, property lists and fallback defaults', () => {
    for (const [s, name] of [
      [`FB_APP_SECRET = b"${h}"`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET = u"${h}"`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET = r'${h}'`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET = rb"${h}"`, 'FB_APP_SECRET'],
      [`var FbAppSecret = @"${h}";`, 'FbAppSecret'],
      [`static NSString *const kFBAppSecret = @"${h}";`, 'kFBAppSecret'],
      [`facebook:\n  app_secret: |\n    ${h}\n`, 'app_secret'],
      [`facebook:\n  app_secret: >-\n    ${h}\n`, 'app_secret'],
      [`facebook:\n  app_secret: !!str ${h}\n`, 'app_secret'],
      [`facebook:\n  app_secret: !!str "${h}"\n`, 'app_secret'],
      [`<dict>\n<key>FacebookAppSecret</key>\n<string>${h}</string>\n</dict>\n`, 'FacebookAppSecret'],
      [`<key>FacebookAppSecret</key><string>${h}</string>`, 'FacebookAppSecret'],
      [`const fbAppSecret = process.env.FB_APP_SECRET || "${h}";`, 'process.env.FB_APP_SECRET'],
      [`const fbAppSecret = process.env.FB_APP_SECRET ?? '${h}';`, 'process.env.FB_APP_SECRET'],
      [`fb_app_secret = ENV['FB_APP_SECRET'] || '${h}'`, 'FB_APP_SECRET'],
      [`app_secret = os.environ.get("FB_APP_SECRET") or "${h}"`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET=\${FB_APP_SECRET:-${h}}`, 'FB_APP_SECRET'],
    ] as const) {
      expect(named(s), s).toEqual(at(s, name));
    }
    // A block scalar's value is the next line's whole value; a hash is not a secret by its tag.
    expect(kinds(`facebook:\n  app_secret: |\n    ${h}${h.slice(0, 8)}\n`)).toEqual([]);
    expect(kinds(`facebook:\n  checksum: !!str ${h}\n`)).toEqual([]);
    expect(kinds(`<key>FacebookAppSecret</key>\n<string>${'0'.repeat(32)}</string>`)).toEqual([]);
    expect(kinds(`const key = process.env.STRIPE_WEBHOOK_SECRET || "${h}";`)).toEqual([]);
  });

  /** `[detector, line, column, name]` of each match, the line and column as findings give them. */
  const placed = (text: string, c: DetectContext = ctx) =>
    detectSecrets(text, c).map((m) => {
      const p = positionAt(text, m.start);
      return [m.detector, p.line, p.column, m.name];
    });

  it("reads ||=, ??= and make's ?=, ::=, :::= as the assignments they are (hunt H2)", () => {
    // The report's cases: the finding is where the plain `=` form puts it, with the same name.
    expect(placed(`# Facebook app credentials\nENV['FB_APP_SECRET'] ||= '${h}'\n`, { path: 'config/facebook.rb' })).toEqual([
      ['meta-app-secret', 2, 27, 'FB_APP_SECRET'],
    ]);
    expect(placed(`// x\nconfig.fbAppSecret ??= '${h}';\n`, { path: 'src/fb.js' })).toEqual([['meta-app-secret', 2, 25, 'config.fbAppSecret']]);
    expect(placed(`# x\nFB_APP_SECRET ?= ${h}\n`, { path: 'Makefile' })).toEqual([['meta-app-secret', 2, 18, 'FB_APP_SECRET']]);
    for (const [s, name] of [
      [`@fb_app_secret ||= '${h}'`, 'fb_app_secret'],
      [`fbAppSecret ||= "${h}"`, 'fbAppSecret'],
      [`const fbAppSecret = (process.env.FB_APP_SECRET ??= '${h}');`, 'process.env.FB_APP_SECRET'],
      [`$config['fb_app_secret'] ??= '${h}';`, 'fb_app_secret'],
      [`export FACEBOOK_APP_SECRET ?= ${h}`, 'FACEBOOK_APP_SECRET'],
      [`FB_APP_SECRET?=${h}`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET := ${h}`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET ::= ${h}`, 'FB_APP_SECRET'],
      [`FB_APP_SECRET :::= ${h}`, 'FB_APP_SECRET'],
    ] as const) {
      expect(named(s), s).toEqual(at(s, name));
      // Exactly where, and as, the plain `=` form is found.
      const plain = s.replace(/(?:\|\||\?\?|\?|:{1,3})=/, '=');
      expect(named(s)[0]![3], s).toEqual(named(plain)[0]![3]);
    }
    // make's `+=` appends and `!=` assigns a shell command's output: neither assigns the value. Nor is a
    // comparison (`!==`, `?==` is none) or another vendor's secret one.
    for (const s of [
      `FB_APP_SECRET += ${h}`,
      `FB_APP_SECRET != ${h}`,
      `if (fbAppSecret !== '${h}') {}`,
      `STRIPE_WEBHOOK_SECRET ||= '${h}' # facebook`,
      `STRIPE_WEBHOOK_SECRET ?= ${h} # facebook`,
      `FB_APP_SECRET_VERSION ??= '${h}'`,
    ]) {
      expect(kinds(s, { path: 'config/facebook.rb' }), s).toEqual([]);
    }
  });

  it("takes LINE's, Kakao's, Yandex's and Mail.ru's secrets for theirs, and M4D_APP_SECRET for Meta's (hunt H3)", () => {
    const line = hex(11);
    // The report's case: a Messenger app secret and a LINE channel secret side by side.
    const env = `MESSENGER_PAGE_ID=1234\nMESSENGER_APP_SECRET=${h}\nLINE_CHANNEL_SECRET=${line}\n`;
    expect(placed(env, { path: '.env' })).toEqual([['meta-app-secret', 2, 22, 'MESSENGER_APP_SECRET']]);
    for (const name of [
      'LINE_CHANNEL_SECRET',
      'lineChannelSecret',
      'KAKAO_CLIENT_SECRET',
      'SOCIAL_AUTH_YANDEX_OAUTH2_SECRET',
      'SOCIAL_AUTH_MAILRU_OAUTH2_SECRET',
      'MAIL_RU_CLIENT_SECRET',
      'mailRuSecret',
    ]) {
      const s = `# Facebook and ${name}\nFB_APP_ID=1\n${name}=${line}\n`;
      expect(kinds(s, { path: 'config/facebook.env' }), s).toEqual([]);
    }
    // `line` counts as a name's part only: a Meta secret on a line, or in a file, that says "line" is found, and
    // so is a name that only holds the letters (`PIPELINE_SECRET`, `deadlineSecret`) in a Meta context.
    for (const [s, path, name] of [
      [`# deploy line for facebook\nFB_APP_SECRET: ${h}\n`, 'pipeline.yml', 'FB_APP_SECRET'],
      [`facebook:\n  line: 3\n  app_secret: ${h}\n`, '.github/workflows/pipeline.yml', 'app_secret'],
      [`FB_LINE_SECRET=${h}`, 'x.env', 'FB_LINE_SECRET'],
      [`# facebook\nPIPELINE_SECRET=${h}\n`, 'x.env', 'PIPELINE_SECRET'],
      [`# facebook\ndeadlineSecret = "${h}"\n`, 'x.js', 'deadlineSecret'],
      [`# facebook\nEMAIL_RU_SECRET=${h}\n`, 'x.env', 'EMAIL_RU_SECRET'],
      // Meta's WhatsApp Node SDK names the app secret M4D_APP_SECRET ("Meta for Developers"): Meta's by its name alone.
      [`M4D_APP_SECRET=${h}\n`, '.env', 'M4D_APP_SECRET'],
      [`const m4dAppSecret = '${h}';`, 'src/config.js', 'm4dAppSecret'],
    ] as const) {
      expect(named(s, { path }), s).toEqual(at(s, name));
    }
    expect(placed(`M4D_APP_ID=1\nM4D_APP_SECRET=${h}\n`, { path: '.env' })).toEqual([['meta-app-secret', 2, 16, 'M4D_APP_SECRET']]);
    // Without a Meta word `m4d` is no word: digits between letters (a value's `5m4d7`) stay parts of a value.
    expect(kinds(`APP_SECRET=${h}\nBUILD=x5m4d7`, { path: '.env' })).toEqual([]);
  });

  it('needs a Meta context in the name, the block, the file or the path', () => {
    expect(kinds(`APP_SECRET=${h}`)).toEqual([]);
    expect(kinds(`APP_SECRET=${h}`, { path: 'config/facebook.env' })).toEqual(['app-secret']);
    expect(kinds(`APP_ID=987654321098765\nAPP_SECRET=${h}`, { path: 'x', appId: '987654321098765' })).toEqual(['app-secret']);
    expect(kinds(`APP_ID=987654321098765\nAPP_SECRET=${h}`, { path: 'x', appId: '111111111111111' })).toEqual([]);
    expect(kinds(`# Facebook\nAPP_SECRET=${h}`)).toEqual(['app-secret']);
    expect(kinds(`# Facebook\n\nAPP_SECRET=${h}`)).toEqual(['app-secret']);
    expect(kinds(`# graph\nAPP_SECRET=${h}`)).toEqual(['app-secret']);
    expect(kinds(`# graph\n\nAPP_SECRET=${h}`)).toEqual([]);
    expect(kinds(`[fb]\nname = shop\nsecret = ${h}`)).toEqual(['app-secret']);
    expect(kinds(`meta:\n  app:\n    id: 1\n    secret: ${h}\n`)).toEqual(['app-secret']);
    expect(kinds(`stripe:\n  secret: ${h}\nmeta:\n  id: 1\n`)).toEqual([]);
    const far = `import { FacebookAdsApi } from 'facebook-nodejs-business-sdk';\n${'\n'.repeat(100)}const APP_SECRET = '${h}';`;
    expect(kinds(far)).toEqual(['app-secret']);
    // A bare `meta`/`graph` word far away is not enough (HTML meta tags, graph libraries).
    expect(kinds(`<meta charset="utf-8">\n\nSECRET=${h}`)).toEqual([]);
  });

  it('rejects non-hex, wrong lengths, mixed case and placeholders', () => {
    expect(kinds(`FB_APP_SECRET=${h}0`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${h.slice(1)}`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${h.slice(0, 31)}g`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${h.slice(0, 16)}${h.slice(16).toUpperCase()}`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${'0'.repeat(32)}`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${'a'.repeat(32)}`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${'deadbeef'.repeat(4)}`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=0123456789abcdef0123456789abcdef`)).toEqual([]);
    expect(kinds(`FB_APP_SECRET=${'12345678'.repeat(4)}`)).toEqual([]);
  });
});

describe('declared secrets', () => {
  const declared = [
    { name: 'META_SHOP_PROD_TOKEN', value: new Secret('prod-FAKE-value-1') },
    { name: 'SHORT', value: new Secret('1234567') },
  ];

  it('finds every exact occurrence of values of 8+ characters, with the name', () => {
    const text = 'a prod-FAKE-value-1 b prod-FAKE-value-1 1234567';
    const found = detectSecrets(text, { path: 'x', declared });
    expect(found.map((m) => [m.kind, m.start, m.name])).toEqual([
      ['declared-secret', 2, 'META_SHOP_PROD_TOKEN'],
      ['declared-secret', 22, 'META_SHOP_PROD_TOKEN'],
    ]);
  });

  it('wins over a detector match of the same span and loses to a longer one', () => {
    const t = tok('G', 150, 41);
    const same = detectSecrets(`x="${t}"`, { path: 'x', declared: [{ name: 'META_TOKEN', value: new Secret(t) }] });
    expect(same.map((m) => [m.kind, m.start, m.end, m.name])).toEqual([['declared-secret', 3, 3 + t.length, 'META_TOKEN']]);
    const inner = detectSecrets(`x="${t}"`, { path: 'x', declared: [{ name: 'PART', value: new Secret(t.slice(10, 40)) }] });
    expect(inner.map((m) => [m.kind, m.start])).toEqual([['access-token', 3]]);
  });
});

describe('values stay secret', () => {
  it('renders matches only in redacted form', () => {
    const t = tok('G', 150, 51);
    const found = detectSecrets(`token: ${t}`, ctx);
    expect(found).toHaveLength(1);
    const rendered = [JSON.stringify(found), inspect(found, { depth: 5 }), String(found[0]?.value)].join('\n');
    expect(rendered).not.toContain(t.slice(0, 20));
    expect(rendered).toContain(`${t.slice(0, 4)}…(${t.length} chars)`);
    expect(found[0]?.value.reveal()).toBe(t);
  });

  it('redactSecretsInText replaces every match', () => {
    const t = tok('J', 150, 52);
    const h = hex(53);
    const text = `a = "${t}"\nFB_APP_SECRET=${h}\nend`;
    expect(redactSecretsInText(text)).toBe(`a = "${t.slice(0, 4)}…(${t.length} chars)"\nFB_APP_SECRET=${h.slice(0, 4)}…(32 chars)\nend`);
    expect(redactSecretsInText('nothing here')).toBe('nothing here');
  });
});

// No clock here (speed is the bench's): a pass that is not linear takes hours on 4 MB, past the test's own
// 30-second bound (vitest.config.ts), so each of these fails on a quadratic path however loaded the machine.
describe('adversarial inputs stay linear', () => {
  it('handles long runs of anchors without matches', () => {
    expect(detectSecrets('EAA'.repeat(200_000), ctx)).toEqual([]);
    expect(detectSecrets('secret'.repeat(200_000), ctx)).toEqual([]);
    expect(detectSecrets(`${'1'.repeat(200_000)}|`.repeat(3), ctx)).toEqual([]);
    // App ids before every separator and the near misses of each (hunt L's encoded forms): 4 MB each.
    for (const sep of ['&#124;', '&#12', '&#x7', '&#000', '&#x000', '&#0000124;', '&vert', '&verbar', '&VerticalLine', '&', '\\u007c', '\\u00', '\\u{7c', '\\x7', '\\|', '\\', '%257C', '%25', '%7']) {
      const unit = `${'1'.repeat(15)}${sep}`;
      expect(detectSecrets(unit.repeat(Math.ceil(4_000_000 / unit.length)), ctx), sep).toEqual([]);
    }
    expect(detectSecrets('|'.repeat(500_000), ctx)).toEqual([]);
    expect(detectSecrets(`fb_secret${' '.repeat(200_000)}=`, ctx)).toEqual([]);
    expect(detectSecrets(`${'a'.repeat(300_000)}secret`, ctx)).toEqual([]);
  });

  it('reads a bounded stretch after each name, whatever the types, pairs and block scalars that nearly match', () => {
    const h = hex(7);
    // Each unit nearly matches one of ASSIGNED_HEX's ways from a name to its value; a 32-hex run at the
    // end makes the detector look at every name. 4 MB of them.
    for (const unit of [
      `fb_secret: &'static ${'a'.repeat(24)}<${"' ".repeat(12)}${' '.repeat(20)}`,
      `fb_secret${'\t'.repeat(20)}${'a'.repeat(24)}${' '.repeat(20)}x `,
      `fb_secret ${' '.repeat(20)},${' \n'.repeat(40)}"value" ${' '.repeat(20)}`,
      `fb_secret: ${' '.repeat(20)}|-${' '.repeat(20)}\n${' '.repeat(80)}`,
      `fb_secret: !!${'a'.repeat(20)}${' '.repeat(10)}`,
      `fb_secret</key>${' '.repeat(40)}<string>rb"`,
      `fb_secret[1234]"] || `,
      // Hunt L's forms: a Ruby block with an unclosed `|k`, `[]byte(`/`Buffer.from(` before another wrapper,
      // a shell name as long as the lookbehind reads, and one past it.
      `fb_secret") {${' '.repeat(20)}|${' '.repeat(4)}${'k'.repeat(20)}${' '.repeat(4)}`,
      `fb_secret = []byte(${' '.repeat(200)}Buffer.from(`,
      `fb_secret: Buffer.from(${'\n'.repeat(20)}value = !!str ${' '.repeat(10)}|-\n`,
      `fb_secret") do${' '.repeat(20)}|${' '.repeat(4)}${'k'.repeat(20)}${' '.repeat(4)}`,
      `\${fb.app-secret${'x'.repeat(74)}-`,
      `\${fb_secret${'x'.repeat(74)}-`,
      `\${fb_secret${'x'.repeat(90)}-`,
      // Hunt H2's operators: `||=`, `??=`, make's `?=`, `::=`, `:::=` after aligned names, and their near misses.
      `fb_secret"] ${' '.repeat(200)}||=${' '.repeat(200)}`,
      `fb_secret ${' '.repeat(200)}??=${'\n'.repeat(20)}`,
      `fb_secret${' '.repeat(200)}?=${' '.repeat(200)}(${' '.repeat(200)}`,
      `fb_secret${' '.repeat(200)}:::=${' '.repeat(200)}!!str${' '.repeat(10)}`,
      `fb_secret ::${' '.repeat(200)}?${' '.repeat(200)}|=`,
    ]) {
      const text = `${`${unit}${h.slice(0, 31)}g;`.repeat(Math.ceil(4_000_000 / (unit.length + 33)))} ${h}`;
      expect(detectSecrets(text, { path: 'facebook.txt' }), JSON.stringify(unit)).toEqual([]);
    }
  });
});

describe('looksRandom', () => {
  /** The test as it was written over a Map of counts (the reference the typed arrays must agree with). */
  function reference(s: string, opts: { entropy: number; classes: number; hex?: boolean }): boolean {
    if (s.length === 0) return false;
    let [upper, lower, digit, run, sequential] = [0, 0, 0, 1, 0];
    const counts = new Map<number, number>();
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      counts.set(c, (counts.get(c) ?? 0) + 1);
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0x61 && c <= 0x7a) lower++;
      else if (c >= 0x30 && c <= 0x39) digit++;
      if (i > 0) {
        const prev = s.charCodeAt(i - 1);
        run = c === prev ? run + 1 : 1;
        if (run >= 6) return false;
        if (c === prev + 1 || c === prev - 1) sequential++;
      }
    }
    if (opts.hex) {
      if (digit === 0 || digit === s.length) return false;
    } else if ((upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0) < opts.classes) return false;
    if (s.length > 1 && sequential / (s.length - 1) > 0.3) return false;
    let entropy = 0;
    for (const n of counts.values()) entropy -= (n / s.length) * Math.log2(n / s.length);
    if (entropy < opts.entropy) return false;
    let words = 0;
    for (const m of s.matchAll(/[A-Z][a-z]{3,}|[a-z]{4,}|[A-Z]{5,}/g)) words += m[0].length;
    return opts.hex || words / s.length <= (s.length >= 100 ? 0.6 : 0.75);
  }

  it('agrees with counting in a Map on random texts, and leaves no count behind (one text after another)', () => {
    const alphabets = ['0123456789abcdef', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'aaab01', 'xyz-_AZ09é€😀'];
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const opts = [
      { entropy: 3.0, classes: 3 },
      { entropy: 2.5, classes: 2 },
      { entropy: 3.0, classes: 2, hex: true },
    ];
    let trues = 0;
    for (let k = 0; k < 4000; k++) {
      const a = alphabets[rand(alphabets.length)]!;
      const s = Array.from({ length: 1 + rand(300) }, () => a[rand(a.length)]).join('');
      const o = opts[rand(opts.length)]!;
      const want = reference(s, o);
      expect(looksRandom(s, o), `${o.entropy}/${o.classes}${o.hex ? '/hex' : ''} ${s}`).toBe(want);
      if (want) trues++;
    }
    // Both answers are common enough for the comparison to mean something.
    expect(trues).toBeGreaterThan(800);
    expect(trues).toBeLessThan(3200);
  });
});

describe('the known limit of docs/scan.md: a token in the file is no Meta context (hunt Y3-1, kept on purpose)', () => {
  const secret = fakeSecret('', 32, 9301, '0123456789abcdef');
  const token = fakeSecret('E' + 'AAG', 154, 9302);
  const messenger = (extra = '') =>
    `{\n    "appSecret": "${secret}",\n    "pageAccessToken": "${token}",\n    "validationToken": "verifyTok3n2026",\n${extra}    "serverURL": "https://bot.example.com"\n}\n`;
  const at = (text: string, file: string) =>
    detectSecrets(text, { path: file }).map((m) => `${m.kind} ${positionAt(text, m.start).line}:${positionAt(text, m.start).column}`);

  it("Meta's Messenger sample config: the page token only; the app secret once a name, path or word says Meta", () => {
    expect(at(messenger(), 'node/config/default.json')).toEqual(['access-token 3:25']);
    expect(at(messenger('    "graphUrl": "https://graph.facebook.com",\n'), 'node/config/default.json')).toEqual(['app-secret 2:19', 'access-token 3:25']);
    expect(at(messenger(), 'node/config/facebook.json')).toEqual(['app-secret 2:19', 'access-token 3:25']);
    expect(at(messenger().replace('"appSecret"', '"fbAppSecret"'), 'node/config/default.json')).toEqual(['app-secret 2:21', 'access-token 3:25']);
  });
});
