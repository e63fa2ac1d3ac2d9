/**
 * Fingerprints, through the CLI's main() (in process): they name files from the git checkout's top
 * level wherever the check runs, and they are what they were for a run from the top level (baselines
 * stay valid).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import type { Finding } from '../src/types.js';
import { fakeSecret } from './helpers/secrets.js';

const TODAY = '2026-12-01';
const SHOP = readFileSync('examples/shop/graphguard.yml', 'utf8');
const TOKEN = fakeSecret('E' + 'AAG', 120, 4711);

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
