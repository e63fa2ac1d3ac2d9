import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/plaintext-token.js';
import { check } from '../../src/check.js';
import { redact } from '../../src/secrets/secret.js';
import { fakeSecret } from '../helpers/secrets.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { code, manifest, under } from '../helpers/marked.js';

// Fake secrets, generated so no scanner flags this file.
const HEX = '0123456789abcdef';
const TOKEN = fakeSecret('E' + 'AAG', 160, 101);
const TOKEN2 = fakeSecret('E' + 'AAJ', 90, 202);
const APP_SECRET = fakeSecret('', 32, 303, HEX);
const APP_TOKEN = `200000000000002|${fakeSecret('', 32, 404, HEX)}`;
const APP_TOKEN_URL = `200000000000002%7C${fakeSecret('', 32, 505, HEX)}`;

const user = (secret: string, extra = '') =>
  `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token:
      secret: ${secret}
${extra}`;

/** HEAD without its last key (`systemUsers:`), to add top-level keys after. */
const KEYS = HEAD.replace(/systemUsers:\n$/, '');

ruleTester(rule, {
  valid: [
    { name: 'a # inside a quoted or block scalar is no comment', yaml: `${user('META_TOKEN')}scan:\n  exclude: ["# EAA…"]\n` },
    { name: 'the NAME of the CI secret', yaml: user('META_SHOP_PROD_TOKEN') },
    { name: 'a placeholder is not a token', yaml: user('EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx') },
    { name: 'an identifier that starts with EAA is not a token', yaml: user('EAAccessTokenProviderFactoryImplementationName') },
    { name: 'a 32-hex value under an id key is an id', yaml: user('META_TOKEN', `    id: "${APP_SECRET}"\n`) },
    { name: 'a secret\'s name written as a reference to it is a name, not a value', yaml: user('"${{ secrets.META_TOKEN }}"') },
    { name: 'a secret\'s name as $NAME, env.NAME and %NAME% is a name', yaml: `${user('"$META_TOKEN"')}${user('env.META_TOKEN').slice(HEAD.length)}${user('"%META_TOKEN%"').slice(HEAD.length)}` },
    { name: 'a patterned 32-hex value is a placeholder', yaml: `${user('META_TOKEN')}scan:\n  exclude: ["0123456789abcdef0123456789abcdef"]\n` },
    { name: 'a 64-hex digest is not an app secret', yaml: `${user('META_TOKEN')}scan:\n  exclude: ["${APP_SECRET}${fakeSecret('', 32, 606, HEX)}"]\n` },
  ],
  invalid: [
    {
      name: 'a token pasted into a YAML comment (and one in a trailing comment)',
      yaml: code`
        # old token: ${TOKEN}
                     ${under(TOKEN)} secretInComment
        ${HEAD}  - name: shop-prod
            role: system_user
            environment: production
            useCases: [page_content]
            token:
              secret: META_SHOP_PROD_TOKEN  # was ${TOKEN2}
                                                  ${under(TOKEN2)} secretInComment
      `,
      errors: [
        {
          messageId: 'secretInComment',
          message: `A comment in the manifest holds what looks like a Meta access token (${redact(TOKEN)}); the manifest must never hold secret values.`,
          suggestion: 'Revoke the token now (the value stays in the repository history) and delete it from the comment.',
        },
        {
          messageId: 'secretInComment',
          message: `A comment in the manifest holds what looks like a Meta access token (${redact(TOKEN2)})`,
        },
      ],
    },
    {
      name: 'a token in a YAML directive and one in a !!binary value (no value, key or comment holds them as text)',
      yaml: code`
        %TOKEN ${TOKEN}
               ${under(TOKEN)} secretInText
        ---
        ${HEAD}  - name: shop-prod
            role: system_user
            environment: production
            useCases: [page_content]
            token:
              secret: META_SHOP_PROD_TOKEN
        x-blob: !!binary ${TOKEN2}
                         ${under(TOKEN2)} secretInText
      `,
      errors: [
        {
          messageId: 'secretInText',
          message: `The manifest holds what looks like a Meta access token (${redact(TOKEN)}) outside any value, key or comment (a directive or a tag); the manifest must never hold secret values.`,
          suggestion: 'Revoke the token now (the value stays in the repository history) and delete it from the manifest.',
        },
        { messageId: 'secretInText', message: `The manifest holds what looks like a Meta access token (${redact(TOKEN2)})` },
      ],
    },
    {
      name: 'an access token pasted where the secret NAME belongs',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: ${TOKEN}
                    ${under(TOKEN)} tokenInSecretName
      `,
      errors: [
        {
          messageId: 'tokenInSecretName',
          message: `\`token.secret\` of shop-prod holds what looks like a Meta access token (${redact(TOKEN)}), not the NAME of the CI secret that holds it.`,
          suggestion:
            'Revoke the token now (the value stays in the repository history), store the new value as a CI secret, and write that secret\'s name here, e.g. `secret: META_TOKEN`.',
        },
      ],
    },
    {
      name: 'an app access token in token.secret: found although the schema fails',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: "${APP_TOKEN}"
                    ^${under(APP_TOKEN)}^ tokenInSecretName
      `,
      errors: [
        {
          messageId: 'tokenInSecretName',
          message: `\`token.secret\` of shop-prod holds what looks like an app access token or client token ({app-id}|{32 hex}) (${redact(APP_TOKEN)})`,
          suggestion:
            'Reset the app secret (or the client token) in the App Dashboard now (the value stays in the repository history), store the new value as a CI secret, and write that secret\'s name here, e.g. `secret: META_TOKEN`.',
        },
      ],
    },
    {
      name: 'a value of no token shape pasted where the secret NAME belongs (a webhook verify token): the whole value (hunt Y4-1)',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: "wh-verify:Xq7pLm2ZrT9kVb4n"
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tokenInSecretName
      `,
      errors: [
        {
          messageId: 'tokenInSecretName',
          message: '`token.secret` of shop-prod holds what looks like a secret value (wh-v…(26 chars)), not the NAME of the CI secret that holds it.',
          suggestion:
            'Change that credential wherever it is used now (the value stays in the repository history), store the new value as a CI secret, and write that secret\'s name here, e.g. `secret: META_TOKEN`.',
        },
      ],
    },
    {
      name: 'a number pasted where the secret NAME belongs',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: 73920461
                    ^^^^^^^^ tokenInSecretName
      `,
      errors: [{ messageId: 'tokenInSecretName', message: '`token.secret` of shop-prod holds what looks like a secret value (7392…(8 chars))' }],
    },
    {
      name: 'an app secret under an unknown key of app:',
      yaml: `${HEAD.replace('  graphApiVersion: v25.0\n', `  graphApiVersion: v25.0\n  secret: ${APP_SECRET}\n`)}  - name: shop-prod\n    role: system_user\n    environment: test\n`,
      errors: [
        {
          messageId: 'secretValue',
          line: 8,
          column: 11,
          message: `\`app.secret\` holds what looks like an app secret (32 hex) (${redact(APP_SECRET)}); the manifest must never hold secret values.`,
          suggestion: 'Reset the app secret in the App Dashboard now (the value stays in the repository history) and keep the new one in a CI secret.',
        },
      ],
    },
    {
      name: 'tokens inside longer strings: a description and a URL with %7C',
      yaml: code`
        ${KEYS}useCases:
          feed:
            description: "Runs with ${TOKEN2} for now"
                         ^^^^^^^^^^^${under(TOKEN2)}^^^^^^^^^ secretValue
            maxTasks:
              catalog: [MANAGE]
        systemUsers: []
        scan:
          exclude: ["https://graph.facebook.com/debug_token?access_token=${APP_TOKEN_URL}"]
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^${under(APP_TOKEN_URL)}^ secretValue
      `,
      errors: [
        { messageId: 'secretValue', message: `\`useCases.feed.description\` holds what looks like a Meta access token (${redact(TOKEN2)})` },
        { messageId: 'secretValue', message: `\`scan.exclude[0]\` holds what looks like an app access token or client token ({app-id}|{32 hex}) (${redact(APP_TOKEN_URL)})` },
      ],
    },
    {
      name: 'a YAML key that is a token',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: META_TOKEN
      rules:
        ${TOKEN}: off
        ${under(TOKEN)} secretKey
      `,
      errors: [
        {
          messageId: 'secretKey',
          message: `A key in \`rules\` looks like a Meta access token (${redact(TOKEN)}); the manifest must never hold secret values.`,
          suggestion: 'Revoke the token now (the value stays in the repository history) and remove the key.',
        },
      ],
    },
  ],
});

describe('plaintext-token never shows the value', () => {
  const run = async (yaml: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-plaintext-'));
    try {
      writeFileSync(path.join(dir, 'graphguard.yml'), yaml);
      // Every rule, so other rules' findings on the same lines (manifest-schema echoes values) are checked too.
      return (await check({ cwd: dir, paths: [], today: '2026-11-27', env: {} })).report;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it.each([
    ['an access token in token.secret (schema-valid)', TOKEN, user(TOKEN)],
    ['an app access token in token.secret (schema-invalid)', APP_TOKEN, user(`"${APP_TOKEN}"`)],
    ['an app secret in token.secret', APP_SECRET, user(APP_SECRET)],
    ['a value of no token shape in token.secret (hunt Y4-1)', 'wh-verify:Xq7pLm2ZrT9kVb4n', user('"wh-verify:Xq7pLm2ZrT9kVb4n"')],
    ['an app secret as an asset name', APP_SECRET, user('META_TOKEN').replace('    name: Shop\n', `    name: "${APP_SECRET}"\n`)],
  ])('%s', async (_, secret, yaml) => {
    const report = await run(yaml);
    const mine = report.findings.filter((f) => f.ruleId === 'plaintext-token');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain(redact(secret));
    expect(mine[0]!.frame?.lines.join('\n')).toContain(redact(secret));
    const json = JSON.stringify(report);
    expect(json).not.toContain(secret);
    // Not even a long piece of it.
    expect(json).not.toContain(secret.slice(4, 24));
  });
});

describe('a token in the manifest is reported once, whatever name the scan lists the manifest by', () => {
  const at = (report: { findings: { ruleId: string; file: string; line: number; column: number }[] }) =>
    report.findings.filter((f) => f.ruleId === 'plaintext-token' || f.ruleId === 'hardcoded-token').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
  const setup = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-manifest-names-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'gg.yml'), `${user('META_TOKEN')}# old token: ${TOKEN}\n`);
    writeFileSync(path.join(dir, 'sub', 'x.js'), `const t = "${TOKEN2}";\n`);
    return dir;
  };
  const line = user('META_TOKEN').split('\n').length;

  it('outside git, `check --manifest gg.yml ..` from its folder: one finding, and the folder\'s files named from it', async () => {
    const dir = setup();
    try {
      const { report } = await check({ cwd: path.join(dir, 'sub'), manifest: 'gg.yml', paths: ['..'], today: '2026-11-27', env: {} });
      expect(at(report)).toEqual([`plaintext-token gg.yml:${line}:14`, 'hardcoded-token x.js:1:12']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a manifest named through a symlink (`--manifest link.yml`) is known in the scan by its real name', async () => {
    const dir = setup();
    try {
      symlinkSync('gg.yml', path.join(dir, 'sub', 'link.yml'));
      const { report } = await check({ cwd: path.join(dir, 'sub'), manifest: 'link.yml', today: '2026-11-27', env: {} });
      expect(at(report)).toEqual([`plaintext-token link.yml:${line}:14`, 'hardcoded-token x.js:1:12']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
