/**
 * Fingerprints, through the CLI's main() (in process): they name files from the git checkout's top
 * level wherever the check runs, they are what they were for a run from the top level (baselines stay
 * valid), and each copy of a finding gets its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { distinctRepeats } from '../src/findings.js';
import type { Finding } from '../src/types.js';
import { fakeSecret } from './helpers/secrets.js';

const TODAY = '2026-12-01';
const SHOP = readFileSync('examples/shop/graphguard.yml', 'utf8');
const TOKEN = fakeSecret('E' + 'AAG', 120, 4711);
const OTHER = fakeSecret('E' + 'AAG', 120, 4712);

/**
 * The fingerprints of this test's checkout (SHOP at the top, one token in app/src/a.js) as graphguard
 * computed them before fingerprints named files from the top level, for a check run at the top: a run
 * there must still give exactly these, or every baseline written so far goes stale.
 */
const AT_TOP_BEFORE = [
  'app/src/a.js 1:12 hardcoded-token 892cc8598423808af9873699eed997c5',
  'graphguard.yml 11:20 graph-api-version b6d0e8404bedceb62bf5cafc761cc138',
  'graphguard.yml 32:18 env-separation c14ae2a7157bcacd49489367aac9ebc4',
  'graphguard.yml 47:16 least-privilege-tasks f0916aade7e4381ff17d755ed63ae992',
  'graphguard.yml 73:16 token-rotation 7730c3e56af20a9958f6aa3d0a128b3c',
  'graphguard.yml 77:16 asset-reference 7496e216d6c704ac9f16370765853e06',
];

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-fp-'));
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), c);
  }
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });

function checkout(files: Record<string, string>): string {
  const dir = tmp(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  return dir;
}

async function json(args: string[], cwd: string): Promise<{ findings: Finding[]; summary: { baselined?: number } }> {
  const r = await run(['check', '--format', 'json', '--today', TODAY, ...args], cwd);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { findings: Finding[]; summary: { baselined?: number } };
}

const listed = (fs: readonly Finding[]) => fs.map((f) => `${f.file} ${f.line}:${f.column} ${f.ruleId} ${f.fingerprint}`);
const prints = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId} ${f.fingerprint}`).sort();

describe('fingerprints name files from the top of the git checkout', () => {
  const FILES = { 'graphguard.yml': SHOP, 'app/src/a.js': `const t = "${TOKEN}";\n` };

  it('a run at the top gives the fingerprints it gave before (baselines stay valid)', async () => {
    expect(listed((await json([], checkout(FILES))).findings)).toEqual(AT_TOP_BEFORE);
  });

  it('outside git, a run from the folder gives those same fingerprints (named from the folder the check ran in)', async () => {
    expect(listed((await json([], tmp(FILES))).findings)).toEqual(AT_TOP_BEFORE);
  });

  it('from a subfolder with --manifest ../graphguard.yml: the same fingerprints as from the top, files still named from the subfolder', async () => {
    const dir = checkout(FILES);
    const top = await json([], dir);
    const sub = await json(['--manifest', '../graphguard.yml'], path.join(dir, 'app'));
    expect(sub.findings.map((f) => `${f.file} ${f.ruleId}`)).toContain('src/a.js hardcoded-token');
    expect(sub.findings.map((f) => `${f.file} ${f.ruleId}`)).toContain('../graphguard.yml least-privilege-tasks');
    expect(prints(sub.findings)).toEqual(prints(top.findings));
    // Deeper, naming the file to scan.
    const deeper = await json(['--manifest', '../../graphguard.yml', 'a.js'], path.join(dir, 'app/src'));
    expect(prints(deeper.findings)).toEqual(prints(top.findings));
  });

  it('a baseline written at the top hides everything from a subfolder, and the reverse', async () => {
    const dir = checkout(FILES);
    expect((await run(['baseline', '--today', TODAY, '--output', 'top-baseline.json'], dir)).code).toBe(0);
    const sub = await json(['--manifest', '../graphguard.yml', '--baseline', '../top-baseline.json'], path.join(dir, 'app'));
    expect(sub.findings).toEqual([]);
    expect(sub.summary.baselined).toBe(AT_TOP_BEFORE.length);
    expect((await run(['baseline', '--today', TODAY, '--manifest', '../graphguard.yml', '--output', 'sub-baseline.json'], path.join(dir, 'app'))).code).toBe(0);
    const top = await json(['--baseline', 'app/sub-baseline.json'], dir);
    expect(top.findings).toEqual([]);
    expect(top.summary.baselined).toBe(AT_TOP_BEFORE.length);
  });

  it("SARIF partialFingerprints from a subfolder are the top's (code scanning keeps its alerts)", async () => {
    type Sarif = { runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const dir = checkout(FILES);
    const sarif = async (args: string[], cwd: string) => {
      const out = JSON.parse((await run(['check', '--format', 'sarif', '--today', TODAY, ...args], cwd)).stdout) as Sarif;
      return out.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.ruleId} ${r.partialFingerprints['graphguard/v1']}`).sort();
    };
    const top = await sarif([], dir);
    expect(top).toContain('app/src/a.js hardcoded-token 892cc8598423808af9873699eed997c5');
    expect(await sarif(['--manifest', '../graphguard.yml'], path.join(dir, 'app'))).toEqual(top);
  });

  it('a manifest in a subfolder: from there, and from the top with --manifest, the same fingerprints', async () => {
    const dir = checkout({ 'services/shop/graphguard.yml': SHOP, 'services/shop/src/a.js': `const t = "${TOKEN}";\n`, 'README.md': 'x\n' });
    const there = await json([], path.join(dir, 'services/shop'));
    const fromTop = await json(['--manifest', 'services/shop/graphguard.yml', 'services/shop'], dir);
    expect(there.findings.map((f) => f.file)).toContain('src/a.js');
    expect(fromTop.findings.map((f) => f.file)).toContain('services/shop/src/a.js');
    expect(prints(there.findings)).toEqual(prints(fromTop.findings));
    // And neither is the fingerprint of the same finding at the top (another file).
    expect(prints(there.findings)).not.toContain('hardcoded-token 892cc8598423808af9873699eed997c5');
  });
});

describe('copies of a token in one file', () => {
  it('the first keeps the fingerprint of a single copy; the second and third get their own, stable ones', async () => {
    const one = await json([], tmp({ 'graphguard.yml': SHOP, 'app/src/a.js': `const t = "${TOKEN}";\n` }));
    const single = one.findings.find((f) => f.ruleId === 'hardcoded-token')!.fingerprint;
    expect(single).toBe('892cc8598423808af9873699eed997c5');
    const three = `const t = "${TOKEN}";\nconst u = "${TOKEN}";\nconst v = ["${TOKEN}"];\n`;
    const a = (await json([], tmp({ 'graphguard.yml': SHOP, 'app/src/a.js': three }))).findings.filter((f) => f.ruleId === 'hardcoded-token');
    expect(a.map((f) => `${f.line}:${f.column}`)).toEqual(['1:12', '2:12', '3:13']);
    expect(a[0]!.fingerprint).toBe(single);
    expect(new Set(a.map((f) => f.fingerprint)).size).toBe(3);
    // Stable: the same text gives the same three; an edit elsewhere in the file changes none.
    const again = (await json([], tmp({ 'graphguard.yml': SHOP, 'app/src/a.js': `// header\n\n${three}` }))).findings.filter((f) => f.ruleId === 'hardcoded-token');
    expect(again.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
    // Another token in between is no copy: the count is per token.
    const mixed = `const t = "${TOKEN}";\nconst o = "${OTHER}";\nconst u = "${TOKEN}";\n`;
    const m = (await json([], tmp({ 'graphguard.yml': SHOP, 'app/src/a.js': mixed }))).findings.filter((f) => f.ruleId === 'hardcoded-token');
    expect([m[0]!.fingerprint, m[2]!.fingerprint]).toEqual([a[0]!.fingerprint, a[1]!.fingerprint]);
  });

  it('baseline with one copy, a second copy added later: check --baseline reports that one, as new', async () => {
    const dir = checkout({ 'graphguard.yml': SHOP, 'src/a.js': `const t = "${TOKEN}";\n` });
    expect((await run(['baseline', '--today', TODAY], dir)).code).toBe(0);
    const baselined = JSON.parse(readFileSync(path.join(dir, '.graphguard-baseline.json'), 'utf8')) as { findings: { ruleId: string }[] };
    expect(baselined.findings.filter((f) => f.ruleId === 'hardcoded-token')).toHaveLength(1);
    expect((await json(['--baseline', '.graphguard-baseline.json'], dir)).findings).toEqual([]);
    write(dir, { 'src/a.js': `const t = "${TOKEN}";\n\nfunction later() {\n  return "${TOKEN}";\n}\n` });
    const after = await json(['--baseline', '.graphguard-baseline.json'], dir);
    expect(after.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['src/a.js:4:11 hardcoded-token']);
    expect(after.summary.baselined).toBe(AT_TOP_BEFORE.length);
    // A baseline written now holds both copies: nothing new.
    expect((await run(['baseline', '--today', TODAY, '--output', 'b2.json'], dir)).code).toBe(0);
    expect((await json(['--baseline', 'b2.json'], dir)).findings).toEqual([]);
  });

  it('a suppressed copy takes no number: deleting it (and its comment) leaves the baselined copy baselined', async () => {
    const before = `// graphguard-disable-next-line hardcoded-token -- fixture, revoked\nconst fixture = "${TOKEN}";\nconst live = "${TOKEN}";\n`;
    const dir = checkout({ 'graphguard.yml': SHOP, 'src/a.js': before });
    expect((await run(['baseline', '--today', TODAY], dir)).code).toBe(0);
    write(dir, { 'src/a.js': `const live = "${TOKEN}";\n` });
    const after = await json(['--baseline', '.graphguard-baseline.json'], dir);
    expect(after.findings.filter((f) => f.ruleId === 'hardcoded-token')).toEqual([]);
    // The copy left is the single copy it was counted as: the fingerprint a lone copy has.
    const lone = await json([], dir);
    expect(lone.findings.find((f) => f.ruleId === 'hardcoded-token')!.fingerprint).toBe(
      (await json([], tmp({ 'graphguard.yml': SHOP, 'src/a.js': `const live = "${TOKEN}";\n` }))).findings.find((f) => f.ruleId === 'hardcoded-token')!.fingerprint,
    );
  });

  it('two suppression comments of the same text that hide nothing: two unused-suppression findings, two fingerprints', async () => {
    const unused = '// graphguard-disable-next-line hardcoded-token -- test fixture\nconst a = 1;\n';
    const r = await json([], tmp({ 'graphguard.yml': SHOP, 'src/a.js': unused + unused }));
    const u = r.findings.filter((f) => f.ruleId === 'unused-suppression');
    expect(u.map((f) => `${f.file}:${f.line}`)).toEqual(['src/a.js:1', 'src/a.js:3']);
    expect(u[0]!.fingerprint).not.toBe(u[1]!.fingerprint);
  });

  it('distinctRepeats: counts places, not reports (a duplicate at one place is one copy); keeps the order', () => {
    const at = (line: number, column: number, fingerprint = 'f'): Finding => ({
      ruleId: 'r', severity: 'error', message: 'm', file: 'a.js', line, column, endLine: line, endColumn: column + 1, fingerprint,
    });
    const out = distinctRepeats([at(9, 1), at(2, 5), at(2, 5), at(4, 1, 'g'), at(7, 3)]);
    const [late, first, dup, other, mid] = out.map((f) => f.fingerprint);
    expect([first, dup, other]).toEqual(['f', 'f', 'g']);
    expect(new Set([first, mid, late]).size).toBe(3);
    expect(out.map((f) => f.line)).toEqual([9, 2, 2, 4, 7]);
    const none = [at(1, 1), at(1, 2, 'g')];
    expect(distinctRepeats(none)).toBe(none);
  });
});

describe('no fingerprint is a function of a declared secret value (hunt U3)', () => {
  /** The fingerprints of src/a.js's findings (`rule fingerprint`), its text made with the declared value. */
  const fingerprints = async (source: (value: string) => string, value: string): Promise<string[]> => {
    const { check } = await import('../src/check.js');
    const { HEAD } = await import('./helpers/manifests.js');
    const manifest = `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    token:\n      secret: META_SHOP_PROD_TOKEN\n`;
    const dir = tmp({ 'graphguard.yml': manifest, 'src/a.js': source(value) });
    const { report } = await check({ cwd: dir, paths: ['.'], env: { META_SHOP_PROD_TOKEN: value }, today: TODAY });
    return report.findings.filter((f) => f.file === 'src/a.js').map((f) => `${f.ruleId} ${f.fingerprint}`);
  };

  it('a finding whose line holds the value (a Graph URL, a declared value) has the same fingerprints whatever the value', async () => {
    const source = (value: string) => `fetch("https://graph.facebook.com/v19.0/me?access_token=${value}");\n`;
    const a = await fingerprints(source, 'Zx9aQw7b');
    expect(a.map((l) => l.split(' ')[0])).toEqual(['graph-api-version-in-code', 'hardcoded-token']);
    expect(await fingerprints(source, 'Qq1wE2rT')).toEqual(a);
  });

  it('a value the anchor window cuts in a long line leaves no piece in the fingerprint (hunt U2r-5)', async () => {
    // The Graph URL's finding is 100+ characters from the value: the 120-character window around it ends inside it.
    const source = (value: string) => `fetch("https://graph.facebook.com/v19.0/me");${' '.repeat(96)}const k = "${value}";\n`;
    const version = async (value: string) => (await fingerprints(source, value)).filter((l) => l.startsWith('graph-api-version-in-code'));
    const a = await version('Zx9aQw7b');
    expect(a).toHaveLength(1);
    expect(await version('Zx9aQq1w')).toEqual(a);
  });
});
