/**
 * No secret value reaches any output: planted tokens, an app token, an app secret and a declared secret's
 * value, in the manifest, code files and a workflow, through check(), every formatter and the CLI with
 * --debug. Only the redacted form (first 4 characters and the length) may appear.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { check } from '../src/check.js';
import { main } from '../src/cli.js';
import { FORMATS, formatters } from '../src/format/index.js';
import { fakeSecret } from './helpers/secrets.js';
import { redact } from '../src/secrets/secret.js';
import type { Report } from '../src/types.js';

const HEX = '0123456789abcdef';
const TOKEN = fakeSecret('E' + 'AAG', 180, 31337);
const TOKEN_IN_MANIFEST = fakeSecret('E' + 'AAJ', 120, 31338);
const TOKEN_IN_WORKFLOW = fakeSecret('E' + 'AAB', 150, 31339);
const MINIFIED_TOKEN = fakeSecret('E' + 'AAN', 200, 31340);
const APP_TOKEN = `555666777888999|${fakeSecret('', 32, 31341, HEX)}`;
const APP_SECRET = fakeSecret('', 32, 31342, HEX);
const MANIFEST_APP_SECRET = fakeSecret('', 32, 31343, HEX);
const DECLARED = 'zq9-FAKE-v4lue-x7w2k-77';

const PLANTED = { TOKEN, TOKEN_IN_MANIFEST, TOKEN_IN_WORKFLOW, MINIFIED_TOKEN, APP_TOKEN, APP_SECRET, MANIFEST_APP_SECRET, DECLARED };

const MANIFEST = `version: 1
business:
  id: "100000000000001"
app:
  id: "200000000000002"
  accessLevel: standard
  graphApiVersion: v25.0
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
  - { id: "300000000000004", type: page, name: Shop (test), environment: test }
useCases:
  feed:
    description: "nightly feed, secret ${MANIFEST_APP_SECRET}"
    permissions: { required: [pages_manage_posts] }
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    token:
      secret: ${TOKEN_IN_MANIFEST}
      expires: 60d
`;

const FILES: Record<string, string> = {
  // The app secret's line has no Meta word: the file's comment gives the context.
  'src/app.js': `// facebook login
const token = "${TOKEN}";
const APP_SECRET = "${APP_SECRET}";
const appToken = "${APP_TOKEN}";
const cacheKey = "${DECLARED}";
const again = "${TOKEN}" + "${DECLARED}";
`,
  '.github/workflows/deploy.yml': `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      META_TOKEN: ${TOKEN_IN_WORKFLOW}
      OTHER: ${DECLARED}
    steps:
      - run: ./deploy.sh
`,
  // A minified line: frames show a window of it; the token lies across the window's edge.
  'dist/bundle.min.js': `${'var a=1;'.repeat(40)}t="${MINIFIED_TOKEN}";${'b();'.repeat(300)}\n`,
};

/** Every window of 8 characters of every planted value (the redacted form shows only the first 4). */
function leaks(out: string): string[] {
  const found: string[] = [];
  for (const [name, v] of Object.entries(PLANTED))
    for (let i = 0; i + 8 <= v.length; i++)
      if (out.includes(v.slice(i, i + 8))) {
        found.push(`${name}[${i}..${i + 8}]`);
        break;
      }
  return found;
}

let dir: string;
let report: Report;
const ENV = { META_SHOP_PROD_TOKEN: DECLARED };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gg-redact-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), MANIFEST);
  for (const [p, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  ({ report } = await check({ cwd: dir, today: '2026-11-27', env: ENV, live: false }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redaction', () => {
  it('finds every planted value (so the outputs below are about real findings)', () => {
    const where = report.findings.filter((f) => f.ruleId === 'hardcoded-token' || f.ruleId === 'plaintext-token').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    expect(where).toEqual([
      'hardcoded-token .github/workflows/deploy.yml:7:19',
      'hardcoded-token .github/workflows/deploy.yml:8:14',
      `hardcoded-token dist/bundle.min.js:1:${40 * 8 + 4}`,
      'plaintext-token graphguard.yml:13:18',
      'plaintext-token graphguard.yml:26:15',
      'hardcoded-token src/app.js:2:16',
      'hardcoded-token src/app.js:3:21',
      'hardcoded-token src/app.js:4:19',
      'hardcoded-token src/app.js:5:19',
      'hardcoded-token src/app.js:6:16',
      `hardcoded-token src/app.js:6:${16 + TOKEN.length + 5}`,
    ]);
    // Frames exist (they are what could leak) and show the redacted forms.
    const frames = report.findings.flatMap((f) => f.frame?.lines ?? []).join('\n');
    expect(frames).toContain(`APP_SECRET = "${redact(APP_SECRET)}"`);
    expect(frames).toContain(redact(DECLARED));
    expect(frames).toContain(redact(MINIFIED_TOKEN));
  });

  it('the report holds no planted value', () => {
    expect(leaks(JSON.stringify(report))).toEqual([]);
  });

  for (const format of FORMATS) {
    it(`--format ${format} holds no planted value`, () => {
      const out = formatters[format](report, { rules });
      expect(out.length).toBeGreaterThan(0);
      expect(leaks(out)).toEqual([]);
    });
  }

  for (const format of FORMATS) {
    it(`the CLI with --debug and --format ${format} prints no planted value`, async () => {
      let out = '';
      const io = { cwd: dir, env: ENV, stdout: (s: string) => (out += s), stderr: (s: string) => (out += s), isTTY: false };
      const code = await main(['check', '--debug', '--format', format, '--today', '2026-11-27'], io);
      expect(code).toBe(1);
      expect(out).toContain('[debug]');
      expect(leaks(out)).toEqual([]);
    });
  }
});
