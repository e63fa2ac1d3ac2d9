/**
 * Benchmarks beside ripgrep and a bare `node -e 0`, measured in the same run: an empty check (start-up),
 * 1,000 tokens on one line, 100,000 `x_secret=<hex>` on one 4 MB line, real code (this project's
 * installed packages, as one checkout and as five clones in a folder that is not one), and a
 * 1,000,000-file repository (peak memory). Each prints graphguard's figure
 * next to ripgrep's on the same input. Run alone with `npx tsx bench/cases.ts` (after `npm run build`);
 * `npm run bench` includes it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeSecret } from '../test/helpers/secrets.js';
import { CLI, fmt, median, runCli, type Measured } from './util.js';

const MANIFEST = `version: 1
business: { id: "100000000000001", name: Bench }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v26.0 }
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets: [{ asset: Shop, tasks: [CREATE_CONTENT] }]
`;
const ARGS = ['check', '--format', 'json', '--fail-on', 'never', '--today', '2026-11-27', '--no-progress'];

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
}

function time(cmd: string, args: string[], cwd: string): number {
  const t = process.hrtime.bigint();
  spawnSync(cmd, args, { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-bench-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), MANIFEST);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

/** graphguard (median of `runs`), ripgrep on the same directory, and a bare node start, interleaved. */
function sideBySide(label: string, dir: string, runs: number, rgPattern: string, count?: (m: Measured) => string, extraEnv: Record<string, string> = {}): void {
  // No scan cache unless a case asks for one (src/scan/scan-cache.ts): the figures are a first scan's.
  const env = { GRAPHGUARD_SCAN_CACHE: '0', ...extraEnv };
  // The first run writes the CLI's code cache (src/compile-cache.ts), as a user's first run does (and
  // the scan cache, where one is on).
  runCli(ARGS, dir, env);
  const gg: Measured[] = [];
  const rg: number[] = [];
  const bare: number[] = [];
  const rgOk = hasRipgrep();
  for (let i = 0; i < runs; i++) {
    gg.push(runCli(ARGS, dir, env));
    if (rgOk) rg.push(time('rg', ['--no-ignore-parent', '-c', rgPattern, '.'], dir));
    bare.push(time(process.execPath, ['-e', '0'], dir));
  }
  const ggMs = median(gg.map((m) => m.wallMs));
  const rss = Math.max(...gg.map((m) => m.maxRssMb));
  const rgText = rgOk ? `rg ${fmt(median(rg))} (${(ggMs / median(rg)).toFixed(2)}x)` : 'rg not found';
  console.log(`  ${label}: graphguard ${fmt(ggMs)}, peak RSS ${rss.toFixed(0)} MB${count ? `, ${count(gg[0]!)}` : ''} | ${rgText} | bare node ${fmt(median(bare))} (+${fmt(ggMs - median(bare))})`);
}

const tokensFound = (m: Measured) => {
  try {
    const r = JSON.parse(m.stdout) as { findings: { ruleId: string }[] };
    return `${r.findings.filter((f) => f.ruleId === 'hardcoded-token').length} findings`;
  } catch {
    return 'no report';
  }
};

/** A git repository of `n` small tracked files (built once under .bench/, indexed without hashing each; hard links). */
export function millionRepo(n: number): string {
  const root = path.resolve(`.bench/files-${n}`);
  const stamp = path.join(root, '.bench-complete');
  if (existsSync(stamp)) return root;
  console.log(`  generating ${n.toLocaleString('en')} files in ${path.relative(process.cwd(), root)} (once)…`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'graphguard.yml'), MANIFEST);
  const content = 'export const x = 1;\n';
  execFileSync('git', ['init', '-q'], { cwd: root });
  const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: root, input: content }).toString().trim();
  // Every file is a hard link to a small file (ext4 allows 65,000 links to one): a million distinct
  // paths to open and read, created without a million inodes and data blocks.
  const LINKS = 60_000;
  let source = '';
  const perDir = 1000;
  const lines: string[] = [];
  let index = '';
  for (let i = 0; i < n; i++) {
    const dir = `d${Math.floor(i / perDir)}`;
    if (i % perDir === 0) mkdirSync(path.join(root, dir));
    const rel = `${dir}/f${i}.js`;
    if (i % LINKS === 0) {
      source = path.join(root, `.source-${i / LINKS}.js`);
      writeFileSync(source, content);
    }
    linkSync(source, path.join(root, rel));
    index += `100644 ${blob}\t${rel}\n`;
    if (index.length > 4_000_000) {
      lines.push(index);
      index = '';
    }
  }
  lines.push(index);
  const gitIndex = spawnSync('git', ['update-index', '--add', '--index-info'], { cwd: root, input: lines.join(''), maxBuffer: 1 << 30 });
  if (gitIndex.status !== 0) throw new Error(`git update-index failed: ${gitIndex.stderr}`);
  execFileSync('git', ['add', 'graphguard.yml'], { cwd: root });
  writeFileSync(stamp, '');
  execFileSync('git', ['update-index', '--refresh', '-q'], { cwd: root, stdio: 'ignore', maxBuffer: 1 << 30 });
  return root;
}

/**
 * Real code: this project's installed packages (node_modules/, as `npm ci` leaves it: some 3,000 files
 * of a few hundred packages, minified bundles and binaries among them) copied into a git repository
 * of their own, once, under .bench/real-code/packages. Without Meta's business SDK (a dev dependency):
 * 14 MB of Graph API calls is no shop's code, and its call sites are what bench/calls.ts measures.
 */
export function realCodeRepo(): string | undefined {
  const root = path.resolve('.bench/real-code');
  const stamp = path.join(root, '.bench-complete-v2');
  if (existsSync(stamp)) return root;
  if (!existsSync('node_modules')) return undefined;
  console.log(`  copying node_modules/ into ${path.relative(process.cwd(), root)} (once)…`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('cp', ['-r', 'node_modules', path.join(root, 'packages')]);
  rmSync(path.join(root, 'packages', 'facebook-nodejs-business-sdk'), { recursive: true, force: true });
  writeFileSync(path.join(root, 'graphguard.yml'), MANIFEST);
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A', '-f'], { cwd: root, maxBuffer: 1 << 28 });
  writeFileSync(stamp, '');
  return root;
}

/**
 * Several clones in one folder that is not itself a checkout (as a tree of real repositories is):
 * five copies of the real-code packages (hard links), each a git repository of its own, with the
 * manifest at the top. Outside this project's checkout (under the system's temporary folder, kept
 * there between runs): a folder inside it would be listed as part of it.
 */
export function clonesFolder(real: string): string {
  const root = path.join(tmpdir(), 'graphguard-bench-clones');
  const stamp = path.join(root, '.bench-complete-v1');
  if (existsSync(stamp)) return root;
  console.log(`  linking five copies of ${path.relative(process.cwd(), real)}/packages into ${root}, each a git repository (once)…`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (let i = 1; i <= 5; i++) {
    const clone = path.join(root, `clone${i}`);
    execFileSync('cp', ['-al', path.join(real, 'packages'), clone]);
    execFileSync('git', ['init', '-q'], { cwd: clone });
    execFileSync('git', ['add', '-A', '-f'], { cwd: clone, maxBuffer: 1 << 28 });
  }
  // A new hard link is a new change time for the file: the real-code index is refreshed, as git
  // would on its next `status`, so that its own cases measure an index that matches the files.
  execFileSync('git', ['update-index', '-q', '--refresh'], { cwd: real, stdio: 'ignore' });
  writeFileSync(path.join(root, 'graphguard.yml'), MANIFEST);
  writeFileSync(stamp, '');
  return root;
}

/**
 * Many findings in one file, through each format: a format's cost per finding should not grow with the
 * findings (stylish and junit grouped them by file with a copy of the list per finding: 100,000 in one
 * file took 90 s). One run each, 2,000 and 20,000 tokens, one per line.
 */
export function findingsByFormat(): void {
  console.log('  many findings in one file, by format (one run each; time per finding at 2,000 and 20,000 findings):');
  const trees = [2_000, 20_000].map((n) => {
    const lines = Array.from({ length: n }, (_, i) => `token_${i} = "${fakeSecret('E' + 'AAG', 180, 700_000 + i)}"`);
    return { n, dir: repo({ 'tokens.py': `${lines.join('\n')}\n` }) };
  });
  for (const format of ['json', 'stylish', 'sarif', 'junit', 'github', 'markdown']) {
    const args = ['check', '--format', format, '--fail-on', 'never', '--today', '2026-11-27', '--no-progress'];
    const cells = trees.map(({ n, dir }) => {
      const m = runCli(args, dir, { GRAPHGUARD_SCAN_CACHE: '0' });
      return `${n.toLocaleString('en')}: ${fmt(m.wallMs)} (${((m.wallMs * 1000) / n).toFixed(0)} µs each, ${m.maxRssMb.toFixed(0)} MB)`;
    });
    console.log(`    ${format.padEnd(8)} ${cells.join(' | ')}`);
  }
}

/**
 * Large inputs that once took longer than their size (one run each): a 3 MB manifest of 200,000 unknown
 * keys, a finding at each (each key was searched for among all: 30 s), and a 4 MB file of 90,000 ordinary
 * Graph calls, a missing-permission finding at each (each call was scored against the whole endpoint
 * table: 13 to 24 s).
 */
export function largeInputs(): void {
  console.log('  large inputs (one run each):');
  const keys = repo({});
  writeFileSync(path.join(keys, 'graphguard.yml'), `version: 1\n${Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`);
  const line = 'fetch(`${G}/${id}/feed`, {method:"POST"});\n';
  const head = 'const G = "https://graph.facebook.com/v26.0";\n';
  const calls = repo({ 'src/a.js': head + line.repeat(Math.floor((4e6 - head.length) / line.length)) });
  writeFileSync(path.join(calls, 'graphguard.yml'), `${MANIFEST}    permissions: [pages_manage_posts, pages_read_engagement]\n    code: ["src/**"]\n`);
  const count = (m: Measured) => {
    try {
      return `${(JSON.parse(m.stdout) as { findings: unknown[] }).findings.length.toLocaleString('en')} findings`;
    } catch {
      return `exit ${m.code}, no report`;
    }
  };
  for (const [label, dir] of [
    ['200,000 unknown manifest keys (3 MB)', keys],
    ['90,000 Graph calls in one 4 MB file', calls],
  ] as const) {
    const m = runCli(ARGS, dir, { GRAPHGUARD_SCAN_CACHE: '0', GRAPHGUARD_MANIFEST_CACHE: '0' });
    console.log(`    ${label}: ${fmt(m.wallMs)}, peak RSS ${m.maxRssMb.toFixed(0)} MB, ${count(m)}`);
  }
  for (const d of [keys, calls]) rmSync(d, { recursive: true, force: true });
}

export async function printBench(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log('cases benchmark: dist/cli.js is missing; run `npm run build` first.');
    return;
  }
  console.log('Side by side (median of 5 unless said; ripgrep and `node -e 0` timed in the same loop)');
  const empty = repo({ 'src/index.js': 'export const answer = 42;\n' });
  sideBySide('empty check (1 file)', empty, 9, 'EAA[A-Za-z0-9]{32,}');
  // What a first run, or one without the cache, costs.
  sideBySide('empty check, code cache off (GRAPHGUARD_COMPILE_CACHE=0)', empty, 9, 'EAA[A-Za-z0-9]{32,}', undefined, { GRAPHGUARD_COMPILE_CACHE: '0' });

  const tokens = Array.from({ length: 1000 }, (_, i) => fakeSecret('E' + 'AAG', 180, 50_000 + i));
  const oneLine = repo({ 'page-tokens.json': `{"data":[${tokens.map((t, i) => `{"id":"${100000 + i}","access_token":"${t}"}`).join(',')}]}` });
  sideBySide('1,000 tokens on one line (minified /me/accounts)', oneLine, 5, 'EAA[A-Za-z0-9]{32,}', tokensFound);

  findingsByFormat();
  largeInputs();

  const hex = (i: number) => (i * 2654435761 >>> 0).toString(16).padStart(8, '0').repeat(4);
  const secrets = repo({ 'config.js': `${Array.from({ length: 100_000 }, (_, i) => `x_secret=${hex(i)}`).join(';')}\n` });
  sideBySide('100,000 x_secret=<hex> on one 4 MB line', secrets, 3, 'secret=[0-9a-f]{32}', tokensFound);

  const real = realCodeRepo();
  if (real) {
    const files = execFileSync('git', ['ls-files'], { cwd: real, maxBuffer: 1 << 28 }).toString().split('\n').filter(Boolean).length;
    sideBySide(`real code: this project's installed packages (${files.toLocaleString('en')} tracked files)`, real, 5, 'EAA[A-Za-z0-9]{32,}');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'gg-bench-scan-cache-'));
    sideBySide('real code, scan cache warm (a second run, nothing changed)', real, 5, 'EAA[A-Za-z0-9]{32,}', undefined, { GRAPHGUARD_SCAN_CACHE: cacheDir });
    rmSync(cacheDir, { recursive: true, force: true });
    const clones = clonesFolder(real);
    const listed = JSON.parse(runCli(ARGS, clones, { GRAPHGUARD_SCAN_CACHE: '0' }).stdout || '{}') as { summary?: { filesScanned: number } };
    const what = `five clones in one folder, not a checkout (${(listed.summary?.filesScanned ?? 0).toLocaleString('en')} files)`;
    sideBySide(what, clones, 5, 'EAA[A-Za-z0-9]{32,}');
    const clonesCache = mkdtempSync(path.join(tmpdir(), 'gg-bench-scan-cache-'));
    sideBySide(`${what}, scan cache warm`, clones, 5, 'EAA[A-Za-z0-9]{32,}', undefined, { GRAPHGUARD_SCAN_CACHE: clonesCache });
    rmSync(clonesCache, { recursive: true, force: true });
  }

  const n = Number(process.env.GG_BENCH_FILES ?? 1_000_000);
  const big = millionRepo(n);
  sideBySide(`${n.toLocaleString('en')} tracked files`, big, 1, 'EAA[A-Za-z0-9]{32,}', (m) => {
    try {
      return `${(JSON.parse(m.stdout) as { summary: { filesScanned: number } }).summary.filesScanned.toLocaleString('en')} files scanned`;
    } catch {
      return `exit ${m.code}, no report`;
    }
  });
  for (const d of [empty, oneLine, secrets]) rmSync(d, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printBench();
