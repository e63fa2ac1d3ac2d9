/** Hostile manifest and live data: own-property lookups, real dates, init --from-live bytes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { manifestFromLive } from '../../src/graph/init-from-live.js';
import type { LiveSnapshot } from '../../src/graph/types.js';
import { parseManifestText } from '../../src/manifest/load.js';
import { MAX_CODE_GLOB_CHARS, MAX_SCAN_GLOB_CHARS, validateManifest } from '../../src/manifest/validate.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

async function findings(yaml: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-data-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), yaml);
  const { report } = await check({ cwd: dir, paths: [], today: '2026-12-01', env: {} });
  return report.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`);
}

const user = (extra: { useCases?: string; permissions?: string; tasks?: string; lastRotated?: string }) => `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: ${extra.useCases ?? '[page_content]'}
    permissions: ${extra.permissions ?? '[pages_manage_posts]'}
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d${extra.lastRotated ? `, lastRotated: ${extra.lastRotated}` : ''} }
    assets:
      - asset: Shop
        tasks: ${extra.tasks ?? '[CREATE_CONTENT]'}
`;

describe('names that are Object.prototype members', () => {
  it.each(['constructor', 'tostring', 'valueof', 'hasownproperty'])('useCases and permissions [%s] are unknown names, not a crash', async (name) => {
    const out = await findings(user({ useCases: `[${name}]`, permissions: `[${name}]` }));
    expect(out).toContain(`manifest-schema ${FIRST + 3}:16 Unknown use case \`${name}\` for system user shop-prod.`);
    expect(out).toContain(`unknown-permission ${FIRST + 4}:19 Permission \`${name}\` of system user shop-prod is not a Graph API permission.`);
  });

  it('__proto__ is refused by the schema, not looked up', async () => {
    expect(await findings(user({ useCases: '[__proto__]' }))).toEqual([
      `manifest-schema ${FIRST + 3}:16 \`systemUsers[0].useCases[0]\` must be a lower_snake_case name, not \`__proto__\`.`,
    ]);
  });

  it.each(['toString', 'valueOf', 'BadName'])('a useCases key named %s is a schema finding at the key, not a crash', async (name) => {
    const yaml = `${user({})}useCases:\n  ${name}:\n    permissions: { required: [pages_manage_posts] }\n`;
    const line = yaml.split('\n').indexOf(`  ${name}:`) + 1;
    expect(await findings(yaml)).toEqual([`manifest-schema ${line}:3 \`useCases.${name}\` must be a lower_snake_case name, not \`${name}\`.`]);
  });

  it('a use case declared in the manifest under a prototype name is a use case like any other', async () => {
    const yaml = `${user({ useCases: '[constructor]' })}useCases:\n  constructor:\n    permissions: { required: [pages_manage_posts] }\n    maxTasks: { page: [CREATE_CONTENT] }\n`;
    const out = await findings(yaml);
    expect(out.filter((f) => /use case/i.test(f))).toEqual([]);
  });
});

describe('the scan\'s patterns have a budget', () => {
  const withGlobs = (globs: string[]) => `${user({})}scan:\n  exclude:\n${globs.map((g) => `    - "${g}"\n`).join('')}`;

  it(`MAX_SCAN_GLOB_CHARS characters of scan patterns in all; the one past it is a manifest-schema finding`, async () => {
    // 100 patterns of 41 characters with no text a path must hold: each would be simulated on every file.
    const globs = Array.from({ length: 100 }, (_, i) => `*${'abcdefghijklmnopqrs'.split('').join('*')}*${String(i).padStart(2, '0')}`);
    expect(new Set(globs.map((g) => g.length))).toEqual(new Set([41]));
    const yaml = withGlobs(globs);
    const past = Math.floor(MAX_SCAN_GLOB_CHARS / 41);
    const line = yaml.split('\n').findIndex((l) => l.includes(globs[past]!)) + 1;
    expect(await findings(yaml)).toEqual([
      `manifest-schema ${line}:7 \`scan.include\`, \`scan.exclude\` and \`scan.adminPaths\` hold more than ${MAX_SCAN_GLOB_CHARS} characters of patterns in all, braces expanded (past it at \`scan.exclude[${past}]\`): each is matched against every file.`,
    ]);
    const m = parseManifestText(withGlobs(globs.slice(0, past)), 'graphguard.yml');
    expect(validateManifest(m.value, () => m.doc)).toEqual([]);
  });

  it('a pattern counts as its brace expansion: eight pairs of braces are 256 patterns', async () => {
    // 51 characters, 256 alternatives of 35: 8,960 characters, past the budget on its own.
    const hostile = '*{a,b}*{c,d}*{e,f}*{g,h}*{i,j}*{k,l}*{m,n}*{o,p}/x0';
    const yaml = withGlobs(['src/**/*.{js,ts,jsx,tsx}', hostile]);
    const line = yaml.split('\n').findIndex((l) => l.includes(hostile)) + 1;
    expect(await findings(yaml)).toEqual([
      `manifest-schema ${line}:7 \`scan.include\`, \`scan.exclude\` and \`scan.adminPaths\` hold more than ${MAX_SCAN_GLOB_CHARS} characters of patterns in all, braces expanded (past it at \`scan.exclude[1]\`): each is matched against every file.`,
    ]);
    // The same characters without braces fit.
    const m = parseManifestText(withGlobs(['src/**/*.{js,ts,jsx,tsx}', hostile.replace(/[{}]/g, '')]), 'graphguard.yml');
    expect(validateManifest(m.value, () => m.doc)).toEqual([]);
  });

  it(`MAX_CODE_GLOB_CHARS characters of every user's code: patterns together; the one past it is a manifest-schema finding`, async () => {
    // 130 users with 16 patterns of 32 characters each (brace pairs count twice): 66,560 in all.
    const users = Array.from({ length: 130 }, (_, u) => {
      const code = Array.from({ length: 16 }, (_, j) => `"services/u${String(u).padStart(3, '0')}/p${String(j).padStart(2, '0')}/{a,b}/**/*.js"`);
      return `  - name: user-${u}\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    code: [${code.join(', ')}]\n`;
    });
    const yaml = `${HEAD}${users.join('')}`;
    const one = 'services/u000/p00/a/**/*.js'.length;
    const crossing = Math.floor(MAX_CODE_GLOB_CHARS / (2 * one));
    const u = Math.floor(crossing / 16);
    const j = crossing % 16;
    const out = (await findings(yaml)).filter((f) => f.includes('code:'));
    const line = yaml.split('\n').findIndex((l) => l.includes(`services/u${String(u).padStart(3, '0')}/p00/`)) + 1;
    const column = yaml.split('\n')[line - 1]!.indexOf(`"services/u${String(u).padStart(3, '0')}/p${String(j).padStart(2, '0')}/`) + 1;
    expect(out).toEqual([
      `manifest-schema ${line}:${column} The system users' \`code:\` lists hold more than ${MAX_CODE_GLOB_CHARS} characters of patterns in all, braces expanded (past it at \`systemUsers[${u}].code[${j}]\`): each is matched against every file that makes Graph calls.`,
    ]);
  });
});

describe('dates are real calendar dates', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-04-31'])('lastRotated: %s is a manifest-schema finding', async (d) => {
    const yaml = user({ lastRotated: d });
    const column = yaml.split('\n')[FIRST + 4]!.indexOf(d) + 1;
    expect(await findings(yaml)).toContain(
      `manifest-schema ${FIRST + 5}:${column} \`systemUsers[0].token.lastRotated\` must be a real calendar date (YYYY-MM-DD), not \`${d}\`.`,
    );
  });

  it('a leap day is a date', () => {
    const m = parseManifestText(user({ lastRotated: '2028-02-29' }), 'graphguard.yml');
    expect(validateManifest(m.value, () => m.doc)).toEqual([]);
  });

  it('a suppression until= must be a real date', async () => {
    const yaml = user({}).replace('    token:', '    # graphguard-disable-next-line token-rotation -- rotating next week until=2026-02-30\n    token:');
    const out = await findings(yaml);
    expect(out.some((f) => f.startsWith('invalid-suppression') && f.includes('2026-02-30'))).toBe(true);
  });
});

describe('init --from-live', () => {
  const hostile = 'Shop\u0000Bot\u001b[2J\u0085\u2028\u202e\u0007 prod';
  const snapshot: LiveSnapshot = {
    businessId: '100000000000001',
    systemUsers: [{ id: '400000000000005', name: hostile, role: 'EMPLOYEE', assets: [{ id: '300000000000003', type: 'page', name: hostile, tasks: ['ANALYZE'] }] }],
    tokens: {},
    leakedTokens: {},
    incomplete: [`part ${hostile}`],
  };

  it('never copies NUL, ESC or other control bytes from live names; the manifest loads and keeps the name', () => {
    const text = manifestFromLive(snapshot, { businessId: '100000000000001', graphApiVersion: 'v26.0', today: '2026-12-01' });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    const m = parseManifestText(text, 'graphguard.yml');
    const value = m.value as { systemUsers: { name: string }[]; assets: { name: string }[] };
    expect(value.systemUsers[0]!.name).toMatch(/^[a-z0-9_-]+$/);
    expect(value.assets[0]!.name).toBe(hostile);
    expect(text).toContain('# live name: Shop\\u0000Bot\\u001b[2J\\u0085\\u2028\\u202e\\u0007 prod');
  });
});

describe('a manifest on one long line (minified JSON is YAML)', () => {
  it('6,000 findings on a 1.7 MB line each get a bounded frame (a copy of the line per finding once ran out of memory)', async () => {
    const users = Array.from({ length: 6000 }, (_, i) => `{"name":"u${i}-${'n'.repeat(200)}","role":"system_user","environment":"production","bogus":1}`);
    const json = `{"version":1,"business":{"id":"100000000000001"},"app":{"id":"200000000000002","accessLevel":"standard","graphApiVersion":"v25.0"},"systemUsers":[${users.join(',')}]}\n`;
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-data-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), json);
    const { report } = await check({ cwd: dir, paths: [], today: '2026-12-01', env: {} });
    const schema = report.findings.filter((f) => f.ruleId === 'manifest-schema');
    expect(schema.length).toBe(6000);
    const last = schema[schema.length - 1]!;
    expect([last.line, last.column]).toEqual([1, json.lastIndexOf('"bogus"') + 1]);
    expect(last.frame!.lines[0]).toContain('"bogus":1}]}');
    expect(Math.max(...schema.map((f) => f.frame!.lines[0]!.length))).toBeLessThanOrEqual(162);
  });
});
