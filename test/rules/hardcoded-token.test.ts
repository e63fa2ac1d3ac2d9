import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hardcoded-token.js';
import { check } from '../../src/check.js';
import { secretHash } from '../../src/secrets/fingerprint.js';
import { fingerprint } from '../../src/findings.js';
import { redact, Secret } from '../../src/secrets/secret.js';
import { BASE62, fakeSecret } from '../helpers/secrets.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { code, manifest, skip, under } from '../helpers/marked.js';

// Fake secrets, generated so no scanner flags this file.
const HEX = '0123456789abcdef';
const TOKEN = fakeSecret('E' + 'AAG', 160, 1001);
const TOKEN2 = fakeSecret('E' + 'AAJ', 90, 1002);
const APP_SECRET = fakeSecret('', 32, 1003, HEX);
const APP_TOKEN = `200000000000002|${fakeSecret('', 32, 1004, HEX)}`;
const APP_TOKEN_URL = `200000000000002%7C${fakeSecret('', 32, 1005, HEX)}`;
const APP_TOKEN_URLSAFE = `200000000000002|${fakeSecret('AY-', 24, 1006)}`;
const URLSAFE = `${BASE62}-_`;
const IG_TOKEN = fakeSecret('IG' + 'AA', 180, 1007, URLSAFE);
const IG_BASIC_TOKEN = fakeSecret('IG' + 'QVJ', 200, 1008, URLSAFE);
const TH_TOKEN = fakeSecret('TH' + 'AA', 170, 1009, URLSAFE);
const EAB_TOKEN = fakeSecret('E' + 'AB', 190, 1010);
const EAC_TOKEN = fakeSecret('E' + 'AC', 170, 1011);
const DECLARED = 'pl41n-FAKE-v4lue-123';
// Hunt L: the | of an app access token written as an HTML character reference, a string escape, twice URL-encoded.
const APP_HEX_2 = fakeSecret('', 32, 1012, HEX);
const APP_TOKEN_ENCODED = ['&#124;', '&#x7c;', '&vert;', '\\u007C', '\\x7c', '%257C'].map((sep) => `200000000000002${sep}${APP_HEX_2}`);

const M = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token:
      secret: META_SHOP_PROD_TOKEN
`;

// The declared value written into the manifest itself, as a comment.
const MANIFEST_WITH_VALUE = manifest`
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token:
      secret: META_SHOP_PROD_TOKEN
    # cache: ${DECLARED}
             ${under(DECLARED)} declaredSecret
`;

ruleTester(rule, {
  valid: [
    { name: 'a token read from the environment', yaml: M, files: { 'src/app.js': 'const token = process.env.META_SHOP_PROD_TOKEN;\n' } },
    {
      name: 'placeholders and identifiers',
      yaml: M,
      files: { 'src/app.js': 'const a = "EAA...";\nconst b = "EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";\nclass EAAccessTokenProviderFactoryImplementationV2 {}\n' },
    },
    { name: 'a 32-hex value not named secret', yaml: M, files: { 'src/facebook.js': `const checksum = "${APP_SECRET}";\n` } },
    { name: 'an app secret without Meta context', yaml: M, files: { 'config/app.env': `APP_SECRET=${APP_SECRET}\n` } },
    {
      name: 'a declared secret whose value is not in the environment',
      yaml: M,
      files: { 'src/app.js': `const cacheKey = "${DECLARED}";\n` },
    },
    {
      name: 'a finding hidden by a suppression comment with a reason',
      yaml: M,
      files: { 'src/app.js': `// graphguard-disable-next-line hardcoded-token -- fixture\nconst token = "${TOKEN}";\n` },
    },
    { name: 'token-shaped values in the manifest are plaintext-token findings', yaml: M.replace('META_SHOP_PROD_TOKEN', TOKEN), files: {} },
  ],
  invalid: [
    {
      name: 'an access token in JavaScript',
      yaml: M,
      files: { 'src/app.js': `import x from "y";\nconst token = "${TOKEN}";\n` },
      errors: [
        {
          messageId: 'accessToken',
          file: 'src/app.js',
          line: 2,
          column: 16,
          message: `Hard-coded Meta access token ${redact(TOKEN)}: anyone who can read this file can call the Graph API as its user.`,
          suggestion:
            'Revoke the token now (it stays in the repository history), store a new one as a CI secret, and read it by name, e.g. process.env.META_TOKEN.',
        },
      ],
    },
    {
      name: 'one finding per occurrence, the suppression comment hiding only the next line',
      yaml: M,
      files: {
        'deploy.sh': code`
          curl "https://graph.facebook.com/v25.0/me?access_token=${TOKEN2}"
                                                                 ${under(TOKEN2)} accessToken
          # graphguard-disable-next-line hardcoded-token -- fixture
          export TOKEN=${TOKEN2}
          export T2=${TOKEN2} T3=${TOKEN}
                    ${under(TOKEN2)} accessToken
                    ${skip(TOKEN2)}    ${under(TOKEN)} accessToken
        `,
      },
      errors: [
        { messageId: 'accessToken', data: { redacted: redact(TOKEN2), name: 'a secret', user: 'a secret' } },
        { messageId: 'accessToken', data: { redacted: redact(TOKEN2), name: 'a secret', user: 'a secret' } },
        { messageId: 'accessToken', data: { redacted: redact(TOKEN), name: 'a secret', user: 'a secret' } },
      ],
    },
    {
      name: '{app-id}|{32 hex}: an app access token or a client token, also URL-encoded',
      yaml: M,
      files: { 'src/token.py': `APP_TOKEN = "${APP_TOKEN}"\nurl = f"/debug_token?access_token=${APP_TOKEN_URL}"\n` },
      errors: [
        {
          messageId: 'appOrClientToken',
          line: 1,
          column: 14,
          message: `Hard-coded app access token (or client token) ${redact(APP_TOKEN)} ({app-id}|{32 hex}): as {app-id}|{app-secret} it holds the app secret; as {app-id}|{client-token} it identifies the app to Meta.`,
          suggestion:
            'If the part after | is the app secret, reset the app secret in the App Dashboard now (it stays in the repository history) and build the app token at run time from a CI secret. If it is the client token (App Dashboard, Settings, Advanced), it belongs in client apps only: keep it out of server code and config, and reset it if it must not be public.',
        },
        { messageId: 'appOrClientToken', line: 2, column: 35, message: redact(APP_TOKEN_URL) },
      ],
    },
    {
      name: 'app access tokens with the | as &#124;, &#x7c;, &vert;, \\u007C, \\x7c or %257C (hunt L): the whole token, from the app id',
      yaml: M,
      files: {
        'public/debug.html': code`
          <tr><td>12&#124;34</td><td>${APP_TOKEN_ENCODED[0]}</td></tr>
                                     ${under(APP_TOKEN_ENCODED[0]!)} appOrClientToken
          <td>${APP_TOKEN_ENCODED[1]}</td>
              ${under(APP_TOKEN_ENCODED[1]!)} appOrClientToken
          <td>${APP_TOKEN_ENCODED[2]}</td>
              ${under(APP_TOKEN_ENCODED[2]!)} appOrClientToken
        `,
        'src/tokens.js': code`
          const a = "${APP_TOKEN_ENCODED[3]}", b = '${APP_TOKEN_ENCODED[4]}';
                     ${under(APP_TOKEN_ENCODED[3]!)}        ${under(APP_TOKEN_ENCODED[4]!)} appOrClientToken
          const next = "/cb?t=${APP_TOKEN_ENCODED[5]}";
                              ${under(APP_TOKEN_ENCODED[5]!)} appOrClientToken
        `,
      },
      errors: [
        { messageId: 'appOrClientToken', file: 'public/debug.html', message: `Hard-coded app access token (or client token) ${redact(APP_TOKEN_ENCODED[0]!)} ({app-id}|{32 hex})` },
        { messageId: 'appOrClientToken', file: 'public/debug.html', message: redact(APP_TOKEN_ENCODED[1]!) },
        { messageId: 'appOrClientToken', file: 'public/debug.html', message: redact(APP_TOKEN_ENCODED[2]!) },
        { messageId: 'appOrClientToken', file: 'src/tokens.js', message: redact(APP_TOKEN_ENCODED[3]!) },
        { messageId: 'appOrClientToken', file: 'src/tokens.js', message: redact(APP_TOKEN_ENCODED[4]!) },
        { messageId: 'appOrClientToken', file: 'src/tokens.js', message: redact(APP_TOKEN_ENCODED[5]!) },
      ],
    },
    {
      name: "app secrets in Go's []byte, Node's Buffer.from, a Ruby fetch block and shell's ${X-…} (hunt L)",
      yaml: M,
      files: {
        'webhook/verify.go': code`
          var fbAppSecret = []byte("${APP_SECRET}")
                                    ${under(APP_SECRET)} appSecret
          var cfg = Config{
          	FacebookAppSecret: []byte("${APP_SECRET}"),
          	                           ${under(APP_SECRET)} appSecret
          	BuildCommit:       []byte("${APP_SECRET}"),
          }
        `,
        'webhook/verify.js': code`
          const FB_APP_SECRET = Buffer.from('${APP_SECRET}')
                                             ${under(APP_SECRET)} appSecret
          const fbAppSecret = Buffer.from("${APP_SECRET}", "utf8");
                                           ${under(APP_SECRET)} appSecret
        `,
        'config/facebook.rb': code`
          FB_APP_SECRET = ENV.fetch('FB_APP_SECRET') { '${APP_SECRET}' }
                                                        ${under(APP_SECRET)} appSecret
        `,
        'bin/start.sh': code`
          exec server --secret "\${FB_APP_SECRET-${APP_SECRET}}"
                                                ${under(APP_SECRET)} appSecret
        `,
      },
      errors: [
        { messageId: 'appSecret', file: 'bin/start.sh', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
        { messageId: 'appSecret', file: 'config/facebook.rb', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
        { messageId: 'appSecret', file: 'webhook/verify.go', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to fbAppSecret.` },
        { messageId: 'appSecret', file: 'webhook/verify.go', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FacebookAppSecret.` },
        { messageId: 'appSecret', file: 'webhook/verify.js', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
        { messageId: 'appSecret', file: 'webhook/verify.js', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to fbAppSecret.` },
      ],
    },
    {
      name: "app secrets set with ||=, ??= and make's ?= (hunt H2); a LINE channel secret beside Messenger's is LINE's (hunt H3)",
      yaml: M,
      files: {
        'config/facebook.rb': `# Facebook app credentials\nENV['FB_APP_SECRET'] ||= '${APP_SECRET}'\n`,
        'src/fb.js': `// settings\nconfig.fbAppSecret ??= '${APP_SECRET}';\n`,
        Makefile: `# settings\nFB_APP_SECRET ?= ${APP_SECRET}\n`,
        '.env': `MESSENGER_PAGE_ID=1234\nMESSENGER_APP_SECRET=${APP_SECRET}\nLINE_CHANNEL_SECRET=${APP_HEX_2}\n`,
      },
      errors: [
        { messageId: 'appSecret', file: '.env', line: 2, column: 22, message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to MESSENGER_APP_SECRET.` },
        { messageId: 'appSecret', file: 'Makefile', line: 2, column: 18, message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
        { messageId: 'appSecret', file: 'config/facebook.rb', line: 2, column: 27, message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
        { messageId: 'appSecret', file: 'src/fb.js', line: 2, column: 25, message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to config.fbAppSecret.` },
      ],
    },
    {
      name: "app secrets in a Spring placeholder's default and a Ruby fetch block written do … end; app tokens with a zero-padded &#0124; or &#x007c; (hunt N)",
      yaml: M,
      files: {
        'src/main/resources/application.yml': code`
          facebook:
            secret: \${facebook.app-secret-key:${APP_SECRET}}
                                              ${under(APP_SECRET)} appSecret
            app-secret: \${facebook.app-secret.value:${APP_SECRET}}
                                                    ${under(APP_SECRET)} appSecret
            legacy: \${FB_APP_SECRET-${APP_SECRET}}
                                    ${under(APP_SECRET)} appSecret
            rotation: \${FB_APP_SECRET_VERSION-${APP_SECRET}}
        `,
        'config/facebook.rb': code`
          FB_APP_SECRET = ENV.fetch("FB_APP_SECRET") do
            "${APP_SECRET}"
             ${under(APP_SECRET)} appSecret
          end
        `,
        'public/debug.html': code`
          <td>200000000000002&#0124;${APP_HEX_2}</td><td>200000000000002&#x007C;${APP_HEX_2}</td>
              ${under(`200000000000002&#0124;${APP_HEX_2}`)}         ${under(`200000000000002&#x007C;${APP_HEX_2}`)} appOrClientToken
        `,
      },
      errors: [
        { messageId: 'appSecret', file: 'config/facebook.rb', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
        { messageId: 'appOrClientToken', file: 'public/debug.html', message: redact(`200000000000002&#0124;${APP_HEX_2}`) },
        { messageId: 'appOrClientToken', file: 'public/debug.html', message: redact(`200000000000002&#x007C;${APP_HEX_2}`) },
        { messageId: 'appSecret', file: 'src/main/resources/application.yml', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to facebook.app-secret-key.` },
        { messageId: 'appSecret', file: 'src/main/resources/application.yml', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to facebook.app-secret.value.` },
        { messageId: 'appSecret', file: 'src/main/resources/application.yml', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FB_APP_SECRET.` },
      ],
    },
    {
      name: "a Terraform variable's default under long attribute lines: more than 200 bytes after the name's `secret`",
      yaml: M,
      files: {
        'infra/main.tf': code`
          variable "facebook_app_secret" {
            description = "Signs the webhook payloads of the shop and the proof sent with every Graph API call of the backend."
            # Rotated by the platform team every ninety days: see https://wiki.example.com/runbooks/meta-app-rotation
            type        = string
            sensitive   = true
            default     = "${APP_SECRET}"
                           ${under(APP_SECRET)} appSecret
          }
        `,
      },
      errors: [{ messageId: 'appSecret', message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to facebook_app_secret.` }],
    },
    {
      name: 'an app access token with a url-safe secret',
      yaml: M,
      files: { 'src/token.py': `APP_TOKEN = "${APP_TOKEN_URLSAFE}"\n` },
      errors: [
        {
          messageId: 'appAccessToken',
          line: 1,
          column: 14,
          message: `Hard-coded app access token ${redact(APP_TOKEN_URLSAFE)} ({app-id}|{app-secret}): it holds the app secret.`,
          suggestion:
            'Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and build the app token from it at run time.',
        },
      ],
    },
    {
      name: 'Instagram Login, Instagram Basic Display and Threads tokens, each with its own message',
      yaml: M,
      files: {
        'src/social.js': `const ig = "${IG_TOKEN}";\nconst basic = "${IG_BASIC_TOKEN}";\nconst threads = "${TH_TOKEN}";\n`,
      },
      errors: [
        {
          messageId: 'instagramToken',
          line: 1,
          column: 13,
          message: `Hard-coded Instagram access token ${redact(IG_TOKEN)} (Instagram API with Instagram Login): anyone who can read this file can act as the Instagram professional account.`,
          suggestion:
            "Revoke the token now (it stays in the repository history): remove the app from the Instagram account's connected apps, or reset the app secret. Store a new one as a CI secret and read it by name, e.g. process.env.INSTAGRAM_TOKEN.",
        },
        {
          messageId: 'instagramBasicDisplayToken',
          line: 2,
          column: 16,
          message: `Hard-coded Instagram Basic Display token ${redact(IG_BASIC_TOKEN)}: anyone who can read this file can read the Instagram account's profile and media.`,
          suggestion:
            "Revoke the token now (it stays in the repository history): remove the app from the Instagram account's connected apps. Meta turned the Basic Display API off on 2024-12-04, so the token no longer works there: move to the Instagram API with Instagram Login and read the new token from a CI secret by name.",
        },
        {
          messageId: 'threadsToken',
          line: 3,
          column: 18,
          message: `Hard-coded Threads access token ${redact(TH_TOKEN)}: anyone who can read this file can read and post as the Threads account.`,
          suggestion:
            "Revoke the token now (it stays in the repository history): remove the app from the Threads account's website permissions, or reset the app secret. Store a new one as a CI secret and read it by name, e.g. process.env.THREADS_TOKEN.",
        },
      ],
    },
    {
      name: 'EAB and EAC tokens: the EA family by structure',
      yaml: M,
      files: { 'ads.py': `FacebookAdsApi.init(app_id, app_secret, "${EAB_TOKEN}")\nurl = "https://graph.facebook.com/v19.0/me?access_token=${EAC_TOKEN}"\n` },
      errors: [
        { messageId: 'accessToken', line: 1, column: 42, message: redact(EAB_TOKEN) },
        { messageId: 'accessToken', line: 2, column: 57, message: redact(EAC_TOKEN) },
      ],
    },
    {
      name: 'an app secret with a Meta name',
      yaml: M,
      files: { '.env.production': `FB_APP_ID=200000000000002\nFACEBOOK_APP_SECRET=${APP_SECRET}\n` },
      errors: [
        {
          messageId: 'appSecret',
          line: 2,
          column: 21,
          message: `Hard-coded app secret ${redact(APP_SECRET)} assigned to FACEBOOK_APP_SECRET.`,
          suggestion:
            'Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and read it by name, e.g. process.env.META_APP_SECRET.',
        },
      ],
    },
    {
      name: 'an app secret whose Meta context is the manifest app id in the file',
      yaml: M,
      files: { 'config/app.ini': `[app]\nid = 200000000000002\nsecret = ${APP_SECRET}\n` },
      errors: [{ messageId: 'appSecret', line: 3, column: 10, message: 'assigned to secret.' }],
    },
    {
      name: 'the value of a declared secret present in the environment',
      yaml: M,
      env: { META_SHOP_PROD_TOKEN: DECLARED },
      files: { 'src/cache.ts': `export const key = "${DECLARED}";\n` },
      errors: [
        {
          messageId: 'declaredSecret',
          line: 1,
          column: 21,
          message: `The value of declared secret META_SHOP_PROD_TOKEN (${redact(DECLARED)}), the token of shop-prod, is written into this file.`,
          suggestion: 'Rotate the token of shop-prod now (the value stays in the repository history) and reference it by name (META_SHOP_PROD_TOKEN) instead.',
        },
      ],
    },
    {
      name: 'a declared value written into the manifest itself',
      yaml: MANIFEST_WITH_VALUE,
      env: { META_SHOP_PROD_TOKEN: DECLARED },
      files: { 'graphguard.yml': MANIFEST_WITH_VALUE },
      errors: [{ messageId: 'declaredSecret', file: 'graphguard.yml' }],
    },
  ],
});

describe('hardcoded-token findings', () => {
  it('anchor the fingerprint on a hash of the value, carry the secret, and never reveal it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-ht-'));
    try {
      writeFileSync(path.join(dir, 'graphguard.yml'), M);
      writeFileSync(path.join(dir, 'a.js'), `const t = "${TOKEN}";\n`);
      writeFileSync(path.join(dir, 'b.js'), `\n\n// moved\n  const t = "${TOKEN}";\n`);
      const { report, secrets } = await check({ cwd: dir, paths: ['a.js', 'b.js'], env: {}, rules: [rule], today: '2026-11-27' });
      const [a, b] = report.findings;
      expect(a!.fingerprint).toBe(fingerprint('hardcoded-token', 'a.js', secretHash(new Secret(TOKEN)), 'accessToken'));
      // The same token in another place of another file: the fingerprint does not depend on the line.
      expect(b!.fingerprint).toBe(fingerprint('hardcoded-token', 'b.js', secretHash(new Secret(TOKEN)), 'accessToken'));
      expect(secrets.map((s) => s.reveal())).toEqual([TOKEN]);
      const out = JSON.stringify(report);
      expect(out).not.toContain(TOKEN.slice(4, 20));
      expect(out).toContain(redact(TOKEN));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("anchor a declared secret's fingerprint on its name, never on its value (hunt U3: an 8-character value fell to brute force)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-ht-'));
    try {
      const short = 'Zx9aQw7b';
      writeFileSync(path.join(dir, 'graphguard.yml'), M);
      writeFileSync(path.join(dir, 'a.js'), `const k = "${short}";\nconst j = "${short}";\n`);
      writeFileSync(path.join(dir, 'b.js'), `\n\n  const k = "${short}";\n`);
      const run = (value: string) =>
        check({ cwd: dir, paths: ['a.js', 'b.js'], env: { META_SHOP_PROD_TOKEN: value }, rules: [rule], today: '2026-11-27' }).then((r) =>
          r.report.findings.map((f) => [f.file, f.line, f.fingerprint]),
        );
      const found = await run(short);
      const first = fingerprint('hardcoded-token', 'a.js', 'declared\0META_SHOP_PROD_TOKEN', 'declaredSecret');
      expect(found).toEqual([
        ['a.js', 1, first],
        // A second occurrence in the file: its own fingerprint, by its order there.
        ['a.js', 2, fingerprint(first, '2')],
        // Another file, another line: named by the file, not the line.
        ['b.js', 3, fingerprint('hardcoded-token', 'b.js', 'declared\0META_SHOP_PROD_TOKEN', 'declaredSecret')],
      ]);
      // Another value under the same name gives the same fingerprints: nothing in them depends on the value.
      writeFileSync(path.join(dir, 'a.js'), `const k = "Qq1wE2rT";\nconst j = "Qq1wE2rT";\n`);
      writeFileSync(path.join(dir, 'b.js'), `\n\n  const k = "Qq1wE2rT";\n`);
      expect(await run('Qq1wE2rT')).toEqual(found);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('redact frame lines whose secret is only recognisable with the whole file (app secret context)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-ht-'));
    try {
      writeFileSync(path.join(dir, 'graphguard.yml'), M);
      // The line alone (APP_SECRET=…) has no Meta context; the file's comment gives it.
      writeFileSync(path.join(dir, 'app.env'), `# facebook login\nTOKEN=${TOKEN}\nAPP_SECRET=${APP_SECRET}\n`);
      const { report } = await check({ cwd: dir, paths: ['app.env'], env: {}, rules: [rule], today: '2026-11-27' });
      expect(report.findings.map((f) => `${f.line}:${f.column}`)).toEqual(['2:7', '3:12']);
      const frames = JSON.stringify(report.findings.map((f) => f.frame));
      expect(frames).not.toContain(APP_SECRET.slice(4, 16));
      expect(frames).toContain(`APP_SECRET=${redact(APP_SECRET)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a token after a twice-encoded `=` in a log line, through the whole scan (prefilter included; hunt Y6-1)', () => {
  it('is reported at its line and column', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-y6-'));
    try {
      const t = fakeSecret('E' + 'AAG', 154, 9401);
      const line = `GET /login/callback?next=https%3A%2F%2Fapp.example%2Fcb%3Faccess_token%253D${t}%2526state%253D1 HTTP/1.1`;
      writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token:\n      secret: META_TOKEN\n`);
      writeFileSync(path.join(dir, 'access.log'), `${line}\n`);
      const { report } = await check({ cwd: dir, env: {}, today: '2026-12-01' });
      expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([`access.log:1:${line.indexOf(t) + 1}`]);
      expect(line.indexOf(t) + 1).toBe(76);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
