/**
 * Benchmark: the repository scan on a generated repository-like tree (about 20,000 files, 250 MB, a
 * `node_modules/` in .gitignore, minified multi-megabyte bundles, a few planted tokens), side by side with
 * ripgrep searching the same tree for one token pattern. Both honour .gitignore in a git repository.
 * Run alone with `npx tsx bench/scan.ts` (after `npm run build`); `npm run bench` includes it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeSecret } from '../test/helpers/secrets.js';
import { CLI, fmt, median, runCli, type Measured } from './util.js';
import { rng } from '../test/helpers/rng.js';

const ROOT = path.resolve('.bench/scan-repo');
/** Bump when the generator changes, so a cached tree is rebuilt. */
const GENERATOR_VERSION = '1';
const SOURCE_FILES = 15_960;
const BUNDLES = 24;
const BUNDLE_BYTES = 3 * 1024 * 1024;
const MODULE_FILES = 4_000;
const RUNS = 5;

const WORDS = ['page', 'catalog', 'order', 'user', 'token', 'value', 'items', 'result', 'config', 'secret', 'graph', 'meta', 'fetch', 'retry', 'id'];

/** A source file of about `bytes`: plausible JS/TS with the words the detectors anchor on (`secret`, `|`, `%7C`). */
function sourceFile(r: () => number, bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = WORDS[Math.floor(r() * WORDS.length)]!;
    const b = WORDS[Math.floor(r() * WORDS.length)]!;
    const n = Math.floor(r() * 1e9);
    const k = Math.floor(r() * 6);
    const line =
      k === 0
        ? `export function ${a}_${b}${n}(x: number, y: string | null): string {`
        : k === 1
          ? `  const ${a}${n} = process.env.${b.toUpperCase()}_${n} || "${a}-${b}-${n.toString(16)}";`
          : k === 2
            ? `  if (${a}.length > ${n % 97} && ${b} !== undefined) return ${a}.map((v) => v.${b}).join("|");`
            : k === 3
              ? `  // ${a} ${b}: see https://example.com/${a}/${n}?q=${b}%7C${n}`
              : k === 4
                ? `  await client.get(\`/\${${a}Id}/${b}\`, { fields: "id,name,${a}" });`
                : '}';
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** A minified bundle: one huge line (plus a source-map comment), the worst case for line-oriented work. */
function bundle(r: () => number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = Math.floor(r() * 1e9).toString(36);
    const p = `function ${n}(e,t){return e&&t||e.${n}?t[${n.length}]:"${n}|${n}"}var ${n}_=${n}(1,2);`;
    parts.push(p);
    size += p.length;
  }
  return `${parts.join('')}\n//# sourceMappingURL=bundle.js.map\n`;
}

export const PLANTED = [
  { file: 'src/pkg-17/legacy/client.ts', token: fakeSecret('E' + 'AAG', 180, 9001) },
  { file: 'scripts/deploy-0.sh', token: fakeSecret('E' + 'AAJ', 120, 9002) },
  { file: 'public/bundles/bundle-3.min.js', token: fakeSecret('E' + 'AAB', 160, 9003) },
];

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

function write(rel: string, text: string): void {
  const abs = path.join(ROOT, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

/** Builds the tree once (cached under .bench/, which is gitignored) and commits it. */
export function ensureTree(log: (s: string) => void = console.log): { files: number; bytes: number } {
  const stamp = path.join(ROOT, '.bench-complete');
  if (existsSync(stamp) && existsSync(path.join(ROOT, `.bench-v${GENERATOR_VERSION}`))) return summarize();
  log(`generating the benchmark repository in ${path.relative(process.cwd(), ROOT)} (once)…`);
  rmSync(ROOT, { recursive: true, force: true });
  const r = rng(42);
  write('graphguard.yml', MANIFEST);
  write('.gitignore', 'node_modules/\n*.log\n');
  for (let i = 0; i < SOURCE_FILES; i++) {
    const pkg = `pkg-${i % 400}`;
    const dir = i % 3 === 0 ? 'legacy' : i % 3 === 1 ? 'lib' : 'api';
    // 2-14 KB, a few larger: about 125 MB in all.
    const bytes = 2048 + Math.floor(r() * 12_288) + (i % 200 === 0 ? 64 * 1024 : 0);
    write(`src/${pkg}/${dir}/file-${i}.${i % 2 ? 'ts' : 'js'}`, sourceFile(r, bytes));
  }
  for (let i = 0; i < BUNDLES; i++) write(`public/bundles/bundle-${i}.min.js`, bundle(r, BUNDLE_BYTES));
  for (let i = 0; i < MODULE_FILES; i++) write(`node_modules/dep-${i % 300}/lib/index-${i}.js`, sourceFile(r, 4096 + Math.floor(r() * 8192)));
  for (let i = 0; i < 40; i++) write(`scripts/deploy-${i}.sh`, `#!/bin/sh\nset -eu\ncurl -sf "$URL/${i}"\n`);
  // The planted tokens.
  write(PLANTED[0]!.file, `${sourceFile(r, 4000)}const fallback = "${PLANTED[0]!.token}";\n`);
  write(PLANTED[1]!.file, `#!/bin/sh\nexport META_TOKEN=${PLANTED[1]!.token}\n`);
  const b = bundle(r, BUNDLE_BYTES);
  write(PLANTED[2]!.file, `${b.slice(0, 1_500_000)}var t="${PLANTED[2]!.token}";${b.slice(1_500_000)}`);
  // A token in an ignored file: neither tool may report it.
  write('node_modules/dep-0/lib/leak.js', `const t = "${fakeSecret('E' + 'AAK', 150, 9004)}";\n`);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', '-c', 'commit.gpgsign=false', ...args], {
      cwd: ROOT,
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'bench tree');
  writeFileSync(stamp, '');
  writeFileSync(path.join(ROOT, `.bench-v${GENERATOR_VERSION}`), '');
  return summarize();
}

function summarize(): { files: number; bytes: number } {
  const out = execFileSync('du', ['-sb', '--exclude=.git', ROOT], { encoding: 'utf8' });
  const count = execFileSync('find', [ROOT, '-path', `${ROOT}/.git`, '-prune', '-o', '-type', 'f', '-print'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { files: count.split('\n').filter(Boolean).length, bytes: Number(out.split('\t')[0]) };
}

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
}

function timeRipgrep(): { wallMs: number; matches: number } {
  const t = process.hrtime.bigint();
  // --no-ignore-parent: the project's own .gitignore (which ignores .bench/) is not this repository's.
  // The path '.' is needed: without one, rg reads a piped stdin instead of the tree.
  const r = spawnSync('rg', ['--no-ignore-parent', '-c', 'EAA[A-Za-z0-9]{32,}', '.'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const matches = (r.stdout ?? '').split('\n').filter(Boolean).reduce((n, l) => n + Number(l.split(':').pop()), 0);
  return { wallMs, matches };
}

export async function printBench(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log('scan benchmark: dist/cli.js is missing; run `npm run build` first.');
    return;
  }
  const tree = ensureTree();
  console.log(`Repository scan: ${tree.files.toLocaleString('en')} files, ${(tree.bytes / 1e6).toFixed(0)} MB (node_modules/ ignored), git checkout`);
  const args = ['check', '--format', 'json', '--fail-on', 'never', '--today', '2026-11-27'];
  // Cold: no scan cache (a CI runner's first run). Warm: the scan cache a previous run wrote
  // (src/scan/scan-cache.ts), in a directory of the bench's own.
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'gg-bench-scan-cache-'));
  const cold = { GRAPHGUARD_SCAN_CACHE: '0' };
  const warm = { GRAPHGUARD_SCAN_CACHE: cacheDir };
  runCli(args, ROOT, cold); // warm the page cache and the code cache
  runCli(args, ROOT, warm); // writes the scan cache
  const rgOk = hasRipgrep();
  if (rgOk) timeRipgrep();
  const gg: Measured[] = [];
  const ggWarm: Measured[] = [];
  const ggFirst: Measured[] = [];
  const rg: { wallMs: number; matches: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    gg.push(runCli(args, ROOT, cold));
    ggWarm.push(runCli(args, ROOT, warm));
    // The scan cache on, with none yet (a first run on a machine with a writable home): it reads every
    // file and writes the cache.
    const fresh = mkdtempSync(path.join(tmpdir(), 'gg-bench-scan-first-'));
    ggFirst.push(runCli(args, ROOT, { GRAPHGUARD_SCAN_CACHE: fresh }));
    rmSync(fresh, { recursive: true, force: true });
    if (rgOk) rg.push(timeRipgrep());
  }
  rmSync(cacheDir, { recursive: true, force: true });
  const found = (m: Measured) => {
    const report = JSON.parse(m.stdout) as { summary: { filesScanned: number }; findings: { ruleId: string; file: string }[] };
    return { scanned: report.summary.filesScanned, tokens: report.findings.filter((f) => f.ruleId === 'hardcoded-token').length };
  };
  const rgMs = rgOk ? median(rg.map((m) => m.wallMs)) : undefined;
  const line = (label: string, ms: Measured[]) => {
    const wall = median(ms.map((m) => m.wallMs));
    const rss = Math.max(...ms.map((m) => m.maxRssMb));
    const f = found(ms[0]!);
    const ratio = rgMs ? `, ${(wall / rgMs).toFixed(2)}x ripgrep` : '';
    console.log(`  graphguard check, ${label}: ${fmt(wall)} (median of ${RUNS}), peak RSS ${rss.toFixed(0)} MB, ${f.scanned.toLocaleString('en')} files scanned, ${f.tokens} tokens found (${PLANTED.length} planted)${ratio}`);
  };
  line('scan cache off (cold, as in CI)', gg);
  line('scan cache on, none yet (a first run)', ggFirst);
  line('scan cache warm (a second run, nothing changed)', ggWarm);
  if (!rgOk) {
    console.log('  ripgrep: not installed (apt-get install ripgrep); no ratio.');
    return;
  }
  console.log(`  rg -c 'EAA[A-Za-z0-9]{32,}': ${fmt(rgMs!)} (median of ${RUNS}, timed in the same loop), ${rg[0]!.matches} matches (target: within 1.5x; memory: under 300 MB)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printBench();
