/** The one sink (src/secrets/sink.ts): redaction whatever the origin, control characters escaped. */
import { describe, expect, it } from 'vitest';
import { cleanReport, escapeControls, MAX_PIECE_WINDOWS, redactCredentials, safeIO, Sink } from '../../src/secrets/sink.js';
import { BASE62, fakeSecret, HEX } from '../helpers/secrets.js';
import type { Report } from '../../src/types.js';

const E = 'E' + 'AA';
const token = fakeSecret(`${E}G`, 120, 4242);

describe('Sink.clean', () => {
  it('redacts a Meta token to its first 4 characters and length, wherever it sits', () => {
    const s = new Sink();
    expect(s.clean(`file ${token}.yml`)).toBe(`file ${token.slice(0, 4)}…(${token.length} chars).yml`);
    expect(s.clean(`x${token}`)).not.toContain(token.slice(20, 32)); // glued to a word: the declared path still must work
  });

  it('redacts the values of credential-named environment variables and added declared values', () => {
    const s = new Sink({ GRAPHGUARD_GRAPH_TOKEN: 'abcdefgh12345678', HOME: '/home/someone', SHORT_TOKEN: 'abc' });
    expect(s.clean('x abcdefgh12345678 y /home/someone abc')).toBe('x abcd…(16 chars) y /home/someone abc');
    s.addSecrets(['pl41n-v4lue-of-a-declared-secret']);
    expect(s.clean('value=pl41n-v4lue-of-a-declared-secret;')).toBe('value=pl41…(32 chars);');
  });

  it("redacts other vendors' credential shapes", () => {
    const s = new Sink();
    const stripe = 'sk_' + 'live_' + 'a1B2c3D4e5F6g7H8i9J0k1L2';
    const github = 'gh' + 'p_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const slack = 'xo' + 'xb-' + '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
    const aws = 'AK' + 'IA' + 'ABCDEFGHIJKLMNOP';
    const out = s.clean(`${stripe} ${github} ${slack} ${aws}`);
    for (const v of [stripe, github, slack, aws]) expect(out).not.toContain(v.slice(-12));
    expect(out).toBe(`sk_l…(${stripe.length} chars) ghp_…(${github.length} chars) xoxb…(${slack.length} chars) AKIA…(20 chars)`);
  });

  it("redacts more vendors' shapes and credentials named by their context, as code frames show them (hunt I, I5)", () => {
    const s = new Sink();
    const hex = (n: number, seed: number) => fakeSecret('', n, seed, HEX);
    const b62 = (n: number, seed: number) => fakeSecret('', n, seed);
    const shapes = [
      `hvs.${b62(90, 1)}`, // Vault
      `PMAK-${hex(24, 2)}-${hex(34, 3)}`, // Postman
      `dapi${hex(32, 4)}`, // Databricks
      `glsa_${b62(32, 5)}_${hex(8, 6)}`, // Grafana
      `ATATT3${b62(180, 7)}`, // Atlassian
      `sq0atp-${b62(22, 8)}`, // Square
      `SK${hex(32, 9)}`, // Twilio
      `1234567890:AA${b62(33, 10)}`, // Telegram
      `key-${hex(32, 11)}`, // Mailgun
      `M${b62(23, 12)}.${b62(6, 13)}.${b62(27, 14)}`, // Discord
    ];
    for (const v of shapes) {
      const out = s.clean(`const x = "${v}";`);
      expect(out, v.slice(0, 4)).toBe(`const x = "${v.slice(0, 4)}…(${v.length} chars)";`);
    }
    const hook = `hooks.slack.com/services/T${b62(8, 15).toUpperCase()}/B${b62(8, 16).toUpperCase()}/${b62(24, 17)}`;
    expect(s.clean(`url = "https://${hook}"`)).toBe(`url = "https://${hook.slice(0, 4)}…(${hook.length} chars)"`);
    // Named by their context: only the value is redacted.
    const pw = `Zq${b62(14, 18)}`;
    expect(s.clean(`db = "postgres://admin:${pw}@db.internal:5432/shop"`)).toBe(`db = "postgres://admin:${pw.slice(0, 4)}…(${pw.length} chars)@db.internal:5432/shop"`);
    const awsSecret = `${b62(38, 19)}/+`;
    expect(s.clean(`aws_secret_access_key = ${awsSecret}`)).toBe(`aws_secret_access_key = ${awsSecret.slice(0, 4)}…(40 chars)`);
    const azure = `${b62(86, 20)}==`;
    expect(s.clean(`DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=${azure};`)).toBe(
      `DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=${azure.slice(0, 4)}…(88 chars);`,
    );
    const dd = hex(32, 21);
    expect(s.clean(`DD_API_KEY=${dd}`)).toBe(`DD_API_KEY=${dd.slice(0, 4)}…(32 chars)`);
    // Ordinary text stays: a URL without a password, a git remote, a hex id.
    for (const plain of ['https://graph.facebook.com/v25.0/me', 'git@github.com:acme/shop.git', 'https://user@example.com/x', `id ${hex(32, 22)}`, 'key-value store'])
      expect(s.clean(plain)).toBe(plain);
  });

  it('redacts an app access token in a URL path or a file name, glued to a word or a /', () => {
    const s = new Sink();
    const id = '1234567890' + '12345';
    const hex = fakeSecret('', 32, 17, HEX);
    expect(s.clean(`/${id}|${hex}`)).toBe('/1234…(48 chars)');
    expect(s.clean(`x${id}|${hex}`)).toBe('x1234…(48 chars)');
    expect(s.clean(`/${id}%7C${hex}`)).toBe('/1234…(50 chars)');
    // Hunt L: the | as an HTML character reference, a string escape, a double URL encoding.
    expect(s.clean(`<td>${id}&#124;${hex}</td>`)).toBe('<td>1234…(53 chars)</td>');
    expect(s.clean(`"t": "${id}\\u007c${hex}"`)).toBe('"t": "1234…(53 chars)"');
    expect(s.clean(`?next=${id}%257C${hex}&x=1`)).toBe('?next=1234…(52 chars)&x=1');
    expect(s.clean(`POST https://graph.facebook.com/v19.0/${id}|${hex}/subscriptions`)).toBe('POST https://graph.facebook.com/v19.0/1234…(48 chars)/subscriptions');
    expect(s.clean(`src/cfg/${id}|${hex}.txt`, { oneLine: true })).toBe('src/cfg/1234…(48 chars).txt');
  });

  it('redacts an Instagram or Threads token glued to a word or a digit whole, - and _ included', () => {
    const s = new Sink();
    const URL_SAFE = `${BASE62}-_`;
    for (const [prefix, seed] of [['IG' + 'QVJ', 41], ['IG' + 'AA', 37], ['IG' + 'QWR', 43], ['TH' + 'AA', 47], ['TH' + 'QVJ', 53]] as const) {
      const t = fakeSecret(prefix, 180, seed, URL_SAFE);
      expect(t).toMatch(/[-_]/);
      for (const before of ['x', '9', 'data', 'a-b_']) {
        const glued = `${before}${t}`;
        const out = s.clean(`blob="${glued}";`);
        expect(out, glued).toBe(`blob="${glued.slice(0, 4)}…(${glued.length} chars)";`);
      }
    }
    // Runs that only look like one: no body that mixes cases and digits, or too short a body.
    const ids = ['PATHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', `xIGAA_${'abc-def_'.repeat(6)}`, `x${'IG' + 'AA'}${fakeSecret('', 19, 5, BASE62)}`];
    for (const id of ids) expect(s.clean(`const ${id} = 1;`), id).toBe(`const ${id} = 1;`);
    // A body of 20 (a token cut at a frame's edge) is enough, as for a token that starts its run.
    const cut = `x${'IG' + 'AA'}${fakeSecret('', 20, 5, BASE62)}`;
    expect(s.clean(`const ${cut} = 1;`)).toBe('const xIGA…(25 chars) = 1;');
  });

  it('stays linear on long url-safe runs full of prefixes that never make a token', () => {
    const s = new Sink();
    // 4 MB: one run of prefixes with no lower case, and 100,000 runs that start with one (no lower case either).
    for (const text of [`x${'IG' + 'AA'}TH${'QV-'.repeat(1_300_000)}`, `IG${'QW_'.repeat(13)}9 `.repeat(100_000)]) {
      // (No clock: a pass that is not linear takes hours on these 4 MB, past the test's 30-second bound.)
      expect(s.clean(text)).toBe(text);
    }
  });

  it('escapes control characters but tab and newline; keeps colour only when asked', () => {
    const s = new Sink();
    expect(s.clean('a\u001b[2Jb\u0007c\td\ne\r\u009bf\u202eg')).toBe('a\\u001b[2Jb\\u0007c\td\ne\\u000d\\u009bf\\u202eg');
    expect(s.clean('\u001b[31mred\u001b[0m \u001b]0;title\u0007', { ansi: true })).toBe('\u001b[31mred\u001b[0m \\u001b]0;title\\u0007');
    expect(escapeControls('a\tb\nc', { oneLine: true })).toBe('a\\u0009b\\u000ac');
    expect(escapeControls('lone \ud800 ok \ud83d\ude00')).toBe('lone \\ud800 ok \ud83d\ude00');
  });

  it('is idempotent', () => {
    const s = new Sink({ X_TOKEN: 'abcdefgh12345678' });
    const once = s.clean(`${token} abcdefgh12345678 \u001b`);
    expect(s.clean(once)).toBe(once);
  });

  it('redactCredentials leaves ordinary text alone', () => {
    expect(redactCredentials('graphguard check --format json src/a.ts:3:5')).toBe('graphguard check --format json src/a.ts:3:5');
  });
});

describe('cleanReport', () => {
  it('cleans every string of every finding (file names one-line), keeps fingerprints', () => {
    const report: Report = {
      tool: { name: 'graphguard', version: '1' },
      summary: { errors: 1, warnings: 0, notices: 0, filesScanned: 1, live: 'incomplete' },
      unverified: [`user ${token}`],
      manifest: 'graph\nguard.yml',
      findings: [
        {
          ruleId: 'hardcoded-token',
          severity: 'error',
          message: `m ${token}`,
          suggestion: 'do \u001b[8m this',
          file: `a\n${token}.ts`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          fingerprint: 'f'.repeat(32),
          frame: { startLine: 1, lines: [`x = "${token}"`] },
        },
      ],
    };
    const out = JSON.stringify(cleanReport(report, new Sink()));
    expect(out).not.toContain(token.slice(10, 22));
    const f = cleanReport(report, new Sink()).findings[0]!;
    expect(f.file).toBe(`a\\u000a${token.slice(0, 4)}…(${token.length} chars).ts`);
    expect(f.suggestion).toBe('do \\u001b[8m this');
    expect(f.fingerprint).toBe('f'.repeat(32));
  });

  it('cleans the nested fields too: a related location and a history path', () => {
    const base = { ruleId: 'missing-permission', severity: 'error', message: 'm', file: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint: 'f' } as const;
    const report: Report = {
      tool: { name: 'graphguard', version: '1' },
      summary: { errors: 1, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
      findings: [
        { ...base, related: [{ file: `r\n${token}.js`, line: 2, column: 3, message: `call ${token}` }], history: { commit: 'c', date: '2026-01-01', path: 'h\tx.js' } },
      ],
    };
    const f = cleanReport(report, new Sink()).findings[0]!;
    expect(f.related).toEqual([{ file: `r\\u000a${token.slice(0, 4)}…(${token.length} chars).js`, line: 2, column: 3, message: `call ${token.slice(0, 4)}…(${token.length} chars)` }]);
    expect(f.history).toEqual({ commit: 'c', date: '2026-01-01', path: 'h\\u0009x.js' });
  });
});

describe('safeIO', () => {
  it('gives the shell writers that clean, and a colour writer that keeps SGR only', () => {
    const written: string[] = [];
    const io = safeIO({ env: { META_TOKEN: 'zzzzzzzz99999999' }, stdout: (s: string) => written.push(`o:${s}`), stderr: (s: string) => written.push(`e:${s}`) });
    io.stdout(`${token}\u001b[31m`);
    io.stderr('zzzzzzzz99999999\n');
    io.colorStdout('\u001b[31mx\u001b[0m\u001b[H');
    expect(written).toEqual([`o:${token.slice(0, 4)}…(${token.length} chars)\\u001b[31m`, 'e:zzzz…(16 chars)\n', 'o:\u001b[31mx\u001b[0m\\u001b[H']);
  });
});

describe('pieces of known secrets', () => {
  it('any 12+ character piece of a known secret is redacted (a server echoing the first 40 characters)', () => {
    const secret = 'Zq9-not-a-token-shape-but-declared-' + 'x7Rk2mP0aW';
    const s = new Sink({ GRAPHGUARD_GRAPH_TOKEN: secret });
    const echo = `Invalid OAuth access token: ${secret.slice(0, 40)}... (#190)`;
    const out = s.clean(echo);
    for (let i = 0; i + 12 <= secret.length; i++) expect(out).not.toContain(secret.slice(i, i + 12));
    expect(out).toBe(`Invalid OAuth access token: ${secret.slice(0, 4)}…(40 chars)... (#190)`);
    expect(s.clean(`tail ${secret.slice(20)} end`)).toBe(`tail ${secret.slice(20, 24)}…(${secret.length - 20} chars) end`);
    // Shorter pieces are ordinary text.
    expect(s.clean(secret.slice(0, 11))).toBe(secret.slice(0, 11));
  });

  it('finds the pieces of 1,000 secrets (a table grown many times), and of a value that repeats one piece', () => {
    const secrets = Array.from({ length: 1000 }, (_, i) => fakeSecret('Zq', 60, 7000 + i));
    const s = new Sink();
    s.addSecrets([...secrets, 'ab'.repeat(500)]);
    const text = secrets.map((v, i) => `${i}:${v.slice(i % 40, (i % 40) + 12)};`).join('');
    const out = s.clean(text);
    // Every 12-character piece, wherever it was cut from, is redacted; the separators stay.
    for (let i = 0; i < 1000; i += 97) expect(out).toContain(`${i}:${secrets[i]!.slice(i % 40, (i % 40) + 4)}…(12 chars);`);
    expect(out.match(/…\(12 chars\)/g)).toHaveLength(1000);
    expect(s.clean(`x ${'ab'.repeat(7)} y ${'ba'.repeat(6)} z ${'ba'.repeat(5)}b`)).toBe('x abab…(14 chars) y baba…(12 chars) z bababababab');
  });

  it('past MAX_PIECE_WINDOWS, redacts a further secret where it occurs whole (100,000 found tokens: no crash)', () => {
    const perValue = 184 - 12 + 1;
    const fit = Math.floor(MAX_PIECE_WINDOWS / perValue);
    const secrets = Array.from({ length: 100_000 }, (_, i) => fakeSecret('Zq', 182, 20_000 + i));
    // Values past the budget that share their first 40 characters: each is still found whole.
    const shared = Array.from({ length: 40 }, (_, i) => `SAMEprefix12${'x7Q'.repeat(9)}z${fakeSecret('Zq', 60, 900_000 + i)}`);
    const s = new Sink();
    s.addSecrets([...secrets, ...shared]);
    const early = secrets[0]!;
    const late = secrets[fit + 10]!;
    // Pieces of the values that fit are redacted; of those past the budget, only whole occurrences.
    expect(s.clean(`a ${early.slice(50, 62)} b`)).toBe(`a ${early.slice(50, 54)}…(12 chars) b`);
    expect(s.clean(`a ${late} b`)).toBe(`a ${late.slice(0, 4)}…(184 chars) b`);
    expect(s.clean(`a ${late.slice(50, 62)} b`)).toBe(`a ${late.slice(50, 62)} b`);
    expect(s.clean(`x=${late};`)).toBe(`x=${late.slice(0, 4)}…(184 chars);`);
    for (const v of shared) expect(s.clean(`[${v}]`)).toBe(`[SAME…(${v.length} chars)]`);
    // The last of 100,000, in a text that holds many of the others.
    const text = secrets.slice(99_000).join(' ');
    expect(s.clean(text)).toBe(secrets.slice(99_000).map((v) => `${v.slice(0, 4)}…(184 chars)`).join(' '));
  });

  it('tells apart two windows with the same hash: only the known one is redacted', () => {
    // With the base 0x11000193, 'eMjokV4ZNI4l' and 'XDhKIm6aU5et' hash alike (3440611537): found by a
    // birthday search. A sink draws its base at random; the test gives one.
    const s = new Sink({}, { hashSeed: 0x11000193 });
    s.addSecrets(['eMjokV4ZNI4l-rest']);
    expect(s.clean('a XDhKIm6aU5et b')).toBe('a XDhKIm6aU5et b');
    expect(s.clean('a eMjokV4ZNI4l b')).toBe('a eMjo…(12 chars) b');
  });

  it('leaves no 12-character piece of a known secret in any text (seeded: small alphabets, overlapping pieces)', () => {
    let seed = 99;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const filler = ' .,;:()[]{}<>=+-*/\n';
    for (let round = 0; round < 200; round++) {
      // Secrets over a few letters repeat their windows and share them with each other.
      const alphabet = 'abcdefghijklmnopqrstuvwxyz'.slice(0, 2 + rand(24));
      const secrets = Array.from({ length: 1 + rand(12) }, () => Array.from({ length: 12 + rand(70) }, () => alphabet[rand(alphabet.length)]).join(''));
      const s = new Sink();
      s.addSecrets(secrets);
      let text = '';
      const parts = rand(8);
      for (let k = 0; k < parts; k++) {
        text += Array.from({ length: rand(20) }, () => filler[rand(filler.length)]).join('');
        const v = secrets[rand(secrets.length)]!;
        const from = rand(v.length - 11);
        text += v.slice(from, from + 12 + rand(v.length - from - 11));
      }
      const out = s.clean(text);
      for (const v of secrets) for (let i = 0; i + 12 <= v.length; i++) expect(out.includes(v.slice(i, i + 12)), `${v.slice(i, i + 12)} in ${out}`).toBe(false);
      // Text that holds no piece is left as it is.
      const plain = Array.from({ length: 40 }, () => filler[rand(filler.length)]).join('');
      expect(s.clean(plain)).toBe(plain);
    }
  });

  it('gives the same answers whatever the hash base (each sink draws its own at random)', () => {
    // A base known in advance would let a repository's tokens put their windows in one chain of the
    // table; drawn at random, it cannot. What is redacted must not depend on it.
    const secret = fakeSecret('Zq', 60, 31337);
    const texts = [`x ${secret} y`, `x ${secret.slice(5, 30)} y`, 'x nothing here at all y'];
    const answers = new Set<string>();
    for (const seed of [undefined, undefined, 0x11000193, 0x7fffffff]) {
      const s = new Sink({}, seed === undefined ? {} : { hashSeed: seed });
      s.addSecrets([secret]);
      answers.add(JSON.stringify(texts.map((t) => s.clean(t))));
    }
    expect([...answers]).toEqual([JSON.stringify([`x Zq${secret.slice(2, 4)}…(62 chars) y`, `x ${secret.slice(5, 9)}…(25 chars) y`, 'x nothing here at all y'])]);
  });

  it("an app access token found: its secret's pieces are redacted, never the public app id's (ids sharing 12 digits with it)", () => {
    const s = new Sink();
    const secret = fakeSecret('', 32, 31, HEX);
    s.addSecrets([`200000000000002|${secret}`]);
    // Asset ids of the docs' examples share `000000000000` with the app id: left as they are.
    expect(s.clean('asset 300000000000099 of app 200000000000002')).toBe('asset 300000000000099 of app 200000000000002');
    // The secret, whole or a piece of it, and the whole token are redacted.
    expect(s.clean(`x ${secret.slice(0, 14)} y`)).toBe(`x ${secret.slice(0, 4)}…(14 chars) y`);
    expect(s.clean(`t=200000000000002|${secret}`)).not.toContain(secret.slice(4, 16));
    expect(s.clean(`t=200000000000002%7C${secret}`)).not.toContain(secret.slice(4, 16));
  });

  it('an app access token found with its | encoded or escaped: the secret is the pieces, never the app id', () => {
    const secret = fakeSecret('', 32, 31, HEX);
    for (const sep of ['&#124;', '&#x7c;', '&vert;', '&VerticalLine;', '\\u007C', '\\u{7c}', '\\x7c', '\\|', '%257C']) {
      const s = new Sink();
      s.addSecrets([`200000000000002${sep}${secret}`]);
      expect(s.clean('asset 300000000000099 of app 200000000000002'), sep).toBe('asset 300000000000099 of app 200000000000002');
      expect(s.clean(`x ${secret.slice(0, 14)} y`), sep).toBe(`x ${secret.slice(0, 4)}…(14 chars) y`);
      expect(s.clean(`t=200000000000002${sep}${secret}`), sep).not.toContain(secret.slice(4, 16));
      expect(s.clean(`t=200000000000002|${secret}`), sep).not.toContain(secret.slice(4, 16));
    }
  });

  it('redacts a known value of 8 to 11 characters only whole (shorter than a piece)', () => {
    const s = new Sink({ APP_SECRET: 'q7W2e9R4t' });
    expect(s.clean('x=q7W2e9R4t; y=q7W2e9R4')).toBe('x=q7W2…(9 chars); y=q7W2e9R4');
  });
});

describe('a Meta token glued after words (a tester’s round, 2026-12-05)', () => {
  it('is redacted from its prefix, whatever prefix letter and however much of it a frame shows', () => {
    const sink = new Sink();
    const words = 'ConfigValueForTheShopCatalogSyncJobRunner'.repeat(3);
    for (const prefix of ['EAB', 'EAA', 'EAG']) {
      const token = fakeSecret(prefix, 120, 7100 + prefix.charCodeAt(2));
      const out = sink.clean(`x = ${words}${token};`);
      for (let i = 0; i + 12 <= token.length; i++) expect(out, prefix).not.toContain(token.slice(i, i + 12));
    }
    // A token cut at a frame's edge: 22 characters after its prefix are still hidden.
    const cut = fakeSecret('EAA', 25, 7200);
    const out = sink.clean(`alpha beta ${'word'.repeat(12)}${cut}`);
    for (let i = 0; i + 12 <= cut.length; i++) expect(out).not.toContain(cut.slice(i, i + 12));
    expect(out.startsWith('alpha beta ')).toBe(true);
  });
});
