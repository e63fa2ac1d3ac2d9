/**
 * The manifest parse cache (src/manifest/parse-cache.ts): a text parsed once is read back with the same
 * value and the same positions; a text that holds a secret is never kept; a cache of another text,
 * another build, or damaged, is not used; the CLI (dist/cli.js) prints the same report from it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifestText, type LoadedManifest } from '../src/manifest/load.js';
import { manifestCacheSetting, type ManifestCacheSetting } from '../src/manifest/parse-cache.js';
import { Sink } from '../src/secrets/sink.js';
import { bigManifest } from '../bench/manifest.js';
import { FIRST, HEAD } from './helpers/manifests.js';
import { paths } from './helpers/json-paths.js';

function setting(): ManifestCacheSetting {
  return { dir: mkdtempSync(path.join(tmpdir(), 'gg-parse-cache-')), build: 'test 1' };
}

const FILE = '/repo/graphguard.yml';
const keepAll = () => true;
const parse = (text: string, cache?: ManifestCacheSetting): LoadedManifest => parseManifestText(text, 'graphguard.yml', FILE, cache);

const MANIFEST = `${HEAD}  - name: shop-prod # the shop
    role: system_user
    environment: production
    useCases: [page_content]
    permissions:
      - pages_manage_posts
      - "pages_read_engagement"
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - { asset: Shop, tasks: [CREATE_CONTENT] }
      - asset: '300000000000004'
        tasks:
          - MANAGE
rules:
  token-rotation: { maxAge: 90d }
`;

describe('manifest parse cache', () => {
  it('reads back the value and every position as the parse gave them, without parsing or building a Document', () => {
    for (const text of [MANIFEST, bigManifest({ findings: 'few' }), MANIFEST.replace(/\n/g, '\r\n'), `\uFEFF${MANIFEST}`]) {
      const cache = setting();
      const first = parse(text, cache);
      expect(first.parseCache).toBe('miss');
      expect(first.keepParse!(keepAll, true)).toBe('written');
      expect(readdirSync(cache.dir).filter((n) => /^manifest-[0-9a-f]{16}\.bin$/.test(n))).toHaveLength(1);
      const again = parse(text, cache);
      expect(again.parseCache).toBe('hit');
      expect(again.keepParse!(keepAll, true)).toBe('read');
      expect(again.value).toEqual(first.value);
      // A finding's position comes from the cached positions: no Document is built for it.
      expect(again.locate(['systemUsers', 0, 'permissions', 0])).toEqual(first.locate(['systemUsers', 0, 'permissions', 0]));
      expect(again.documentBuilt()).toBe(false);
      const plain = parse(text);
      const all = paths(plain.value);
      // Every path of the small manifests; one user's of the large one.
      const asked = all.length > 5000 ? all.filter((p) => p[0] !== 'systemUsers' || p[1] === 1234) : all;
      for (const p of asked)
        for (const key of [false, true]) expect([p, key, again.locate(p, { key })]).toEqual([p, key, plain.locate(p, { key })]);
    }
  });

  it("says whether the value met the schema when it was kept, and views its numbers in the file's bytes", () => {
    const cache = setting();
    parse(MANIFEST, cache).keepParse!(keepAll, true);
    expect(parse(MANIFEST, cache).schemaValid).toBe(true);
    const other = `${MANIFEST}# invalid\n`;
    parse(other, cache).keepParse!(keepAll, false);
    const m = parse(other, cache);
    expect([m.parseCache, m.schemaValid]).toEqual(['hit', undefined]);
    // The header line is padded: the arrays start at a multiple of 4 bytes of the file.
    for (const name of readdirSync(cache.dir)) {
      const bytes = readFileSync(path.join(cache.dir, name));
      expect((bytes.indexOf(10, bytes.indexOf(10) + 1) + 1) % 4, name).toBe(0);
      // The flag is under the file's checksum: turned true by hand, the cache is not used.
      const text = bytes.toString('latin1');
      if (!text.includes('"valid":false')) continue;
      writeFileSync(path.join(cache.dir, name), Buffer.from(text.replace('"valid":false', '"valid":true '), 'latin1'));
      expect(parse(other, cache).parseCache).toBe('miss');
    }
  });

  it('points a finding where the parse did: line and column of a permission and a task', () => {
    const cache = setting();
    parse(MANIFEST, cache).keepParse!(keepAll, true);
    const m = parse(MANIFEST, cache);
    expect(m.parseCache).toBe('hit');
    expect(m.locate(['systemUsers', 0, 'permissions', 1])).toEqual({ line: FIRST + 6, column: 9, endLine: FIRST + 6, endColumn: 32 });
    expect(m.locate(['systemUsers', 0, 'assets', 1, 'tasks', 0])).toEqual({ line: FIRST + 12, column: 13, endLine: FIRST + 12, endColumn: 19 });
    expect(m.locate(['systemUsers', 0, 'assets', 0, 'tasks'], { key: true })).toEqual({ line: FIRST + 9, column: 24, endLine: FIRST + 9, endColumn: 29 });
  });

  it('is not used for another text, another build, or a damaged or truncated file', () => {
    const cache = setting();
    parse(MANIFEST, cache).keepParse!(keepAll, true);
    expect(parse(`${MANIFEST}# edited\n`, cache).parseCache).toBe('miss');
    expect(parse(MANIFEST, { ...cache, build: 'test 2' }).parseCache).toBe('miss');
    const [name] = readdirSync(cache.dir);
    const file = path.join(cache.dir, name!);
    const good = readFileSync(file);
    for (const at of [good.length - 3, good.length - 600, Math.floor(good.length / 2)]) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 1;
      writeFileSync(file, bad);
      const m = parse(MANIFEST, cache);
      expect(m.parseCache).toBe('miss');
      expect(m.value).toEqual(parse(MANIFEST).value);
    }
    writeFileSync(file, good.subarray(0, good.length - 1));
    expect(parse(MANIFEST, cache).parseCache).toBe('miss');
    writeFileSync(file, good);
    expect(parse(MANIFEST, cache).parseCache).toBe('hit');
  });

  it('never keeps a text that holds a credential, a known secret or a declared secret value', () => {
    const token = `EAAG${'x7Kq'.repeat(30)}`;
    const cache = setting();
    const sink = new Sink({});
    const mayKeep = (t: string) => !sink.holdsSecret(t);
    // A token in a comment: no rule's value, but the sink would redact it.
    expect(parse(`${MANIFEST}# old: ${token}\n`, cache).keepParse!(mayKeep, true)).toBe('not kept: the text holds a credential or a known secret');
    // A value the run learned is secret (a declared token's value in the environment).
    sink.addSecrets(['shop-prod-secret-value']);
    expect(parse(MANIFEST.replace('# the shop', '# shop-prod-secret-value'), cache).keepParse!(mayKeep, true)).toBe(
      'not kept: the text holds a credential or a known secret',
    );
    // A 32-hex app secret written as a value: plaintext-token's, whatever the sink says.
    expect(parse(MANIFEST.replace('rules:', 'app_secret_note: "a1b2c3d4e5f60718293a4b5c6d7e8f90"\nrules:'), cache).keepParse!(keepAll, true)).toBe(
      'not kept: the manifest declares a secret value',
    );
    expect(readdirSync(cache.dir)).toEqual([]);
  });

  it('neither writes into nor reads from a directory others may write, or a symlink to one', () => {
    const cache = setting();
    parse(MANIFEST, cache).keepParse!(keepAll, true);
    chmodSync(cache.dir, 0o777);
    expect(parse(MANIFEST, cache).parseCache).toBe('miss');
    expect(parse(`${MANIFEST}# other\n`, cache).keepParse!(keepAll, true)).toBe('not written');
    chmodSync(cache.dir, 0o700);
    const link = `${cache.dir}-link`;
    symlinkSync(cache.dir, link);
    expect(parse(MANIFEST, { ...cache, dir: link }).parseCache).toBe('miss');
    expect(parse(`${MANIFEST}# other\n`, { ...cache, dir: link }).keepParse!(keepAll, true)).toBe('not written');
    expect(readdirSync(cache.dir)).toHaveLength(1);
  });

  it('does not keep a value JSON cannot write back (.inf, -0)', () => {
    const cache = setting();
    expect(parse(`${MANIFEST}extra: .inf\n`, cache).keepParse!(keepAll, true)).toBe('not written');
    expect(parse(`${MANIFEST}extra: -0.0\n`, cache).keepParse!(keepAll, true)).toBe('not written');
    expect(readdirSync(cache.dir)).toEqual([]);
  });

  it('is off when asked, absent from the sources unless a directory is given, and follows the code cache', () => {
    const bundle = new URL('../dist/chunks/main.cjs', import.meta.url).href;
    expect(manifestCacheSetting({ HOME: '/home/x' }, import.meta.url)).toBeUndefined();
    expect(manifestCacheSetting({ GRAPHGUARD_MANIFEST_CACHE: '/tmp/gg-m' }, import.meta.url)!.dir).toBe('/tmp/gg-m');
    expect(manifestCacheSetting({ HOME: '/home/x', XDG_CACHE_HOME: '' }, bundle)!.dir).toBe('/home/x/.cache/graphguard');
    expect(manifestCacheSetting({ HOME: '/home/x', GRAPHGUARD_MANIFEST_CACHE: 'off' }, bundle)).toBeUndefined();
    expect(manifestCacheSetting({ HOME: '/home/x', GRAPHGUARD_COMPILE_CACHE: '0' }, bundle)).toBeUndefined();
    expect(manifestCacheSetting({ HOME: '/home/x', GRAPHGUARD_COMPILE_CACHE: '0', GRAPHGUARD_MANIFEST_CACHE: '/tmp/gg-m' }, bundle)!.dir).toBe('/tmp/gg-m');
  });
});

describe('manifest parse cache through the CLI (dist/cli.js)', () => {
  const CLI = path.resolve('dist/cli.js');
  const run = (cwd: string, cache: string, args: string[]) =>
    spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--today', '2026-11-27', '--debug', ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', GRAPHGUARD_MANIFEST_CACHE: cache, GRAPHGUARD_SCAN_CACHE: '0', GRAPHGUARD_COMPILE_CACHE: '0' },
      timeout: 20_000,
    });

  it('prints the same report from the cache, says so with --debug, and keeps nothing when the text holds a token', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-parse-cache-cli-'));
    const cache = mkdtempSync(path.join(tmpdir(), 'gg-parse-cache-dir-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), MANIFEST.replace('[CREATE_CONTENT]', '[MANAGE]'));
    const first = run(dir, cache, []);
    const second = run(dir, cache, []);
    expect(first.status).toBe(1);
    // The folder its globs are matched from, always named (hunt K).
    expect(first.stderr).toMatch(new RegExp(`\\[debug\\] manifest: graphguard\\.yml; its globs matched from \\S*/${path.basename(dir)}\n`));
    expect(first.stderr).toContain('[debug] manifest cache: written\n');
    expect(second.stderr).toMatch(new RegExp(`\\[debug\\] manifest: graphguard\\.yml \\(parse cache\\); its globs matched from \\S*/${path.basename(dir)}\n`));
    expect(second.stderr).toContain('[debug] manifest cache: read\n');
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(second.stdout) as { findings: { ruleId: string; line: number; column: number }[] };
    expect(report.findings.find((f) => f.ruleId === 'least-privilege-tasks')).toMatchObject({ line: FIRST + 9, column: 31 });

    // A manifest that does not meet the schema is checked again at each run, cached or not.
    const invalid = mkdtempSync(path.join(tmpdir(), 'gg-parse-cache-cli-'));
    writeFileSync(path.join(invalid, 'graphguard.yml'), MANIFEST.replace('role: system_user', 'role: superuser'));
    const [bad1, bad2] = [run(invalid, cache, []), run(invalid, cache, [])];
    expect(bad2.stderr).toContain('[debug] manifest cache: read\n');
    expect(bad2.stdout).toBe(bad1.stdout);
    expect((JSON.parse(bad2.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain('manifest-schema');

    const leaky = mkdtempSync(path.join(tmpdir(), 'gg-parse-cache-cli-'));
    const empty = mkdtempSync(path.join(tmpdir(), 'gg-parse-cache-dir-'));
    writeFileSync(path.join(leaky, 'graphguard.yml'), `${MANIFEST}# ${`EAAG${'x7Kq'.repeat(30)}`}\n`);
    const third = run(leaky, empty, []);
    expect(third.stderr).toContain('[debug] manifest cache: not kept: the text holds a credential or a known secret\n');
    expect(readdirSync(empty)).toEqual([]);
  });
});
