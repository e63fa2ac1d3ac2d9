/**
 * Benchmark: `graphguard check --history` on a generated repository (3,000 commits, each editing a few
 * source files; 20 tokens each added in one commit and removed in the next), side by side with
 * `git log -p --all | rg` for one token pattern on the same repository. The repository is built once
 * with one `git fast-import` and cached in .bench/history-repo.
 * Run alone with `npx tsx bench/history.ts` (after `npm run build`); `npm run bench` includes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeSecret } from '../test/helpers/secrets.js';
import { CLI, fmt, median, runCli } from './util.js';
import { rng } from '../test/helpers/rng.js';

const ROOT = path.resolve('.bench/history-repo');
const GENERATOR_VERSION = '1';
const COMMITS = 3_000;
const FILES = 400;
const EDITS_PER_COMMIT = 4;
const TOKENS = 20;
const RUNS = 3;

const WORDS = ['page', 'catalog', 'order', 'user', 'token', 'value', 'items', 'result', 'config', 'secret', 'graph', 'fetch', 'retry'];

function source(r: () => number, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const w = () => WORDS[Math.floor(r() * WORDS.length)]!;
    out.push(`export const ${w()}_${i} = await client.get("/${w()}/${Math.floor(r() * 1e9)}", { ${w()}: ${Math.floor(r() * 1000)} });`);
  }
  return `${out.join('\n')}\n`;
}

/** Builds the repository with one `git fast-import`; returns the planted tokens. */
function ensureRepo(): string[] {
  const tokens = Array.from({ length: TOKENS }, (_, i) => fakeSecret('E' + 'AAG', 180, 9000 + i));
  const stamp = path.join(ROOT, '.git', `graphguard-bench-${GENERATOR_VERSION}`);
  if (existsSync(stamp)) return tokens;
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: ROOT });
  const r = rng(42);
  const parts: string[] = [];
  const files = Array.from({ length: FILES }, (_, i) => `src/m${Math.floor(i / 40)}/f${i}.js`);
  const blob = (p: string, content: string) => `M 100644 inline ${p}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  const tokenAt = new Map<number, number>();
  for (let t = 0; t < TOKENS; t++) tokenAt.set(100 + t * Math.floor((COMMITS - 200) / TOKENS), t);
  let pendingRemoval: string | undefined;
  for (let c = 0; c < COMMITS; c++) {
    let body = '';
    const n = c === 0 ? FILES : EDITS_PER_COMMIT;
    for (let k = 0; k < n; k++) {
      const f = c === 0 ? files[k]! : files[Math.floor(r() * FILES)]!;
      body += blob(f, source(r, 40 + Math.floor(r() * 80)));
    }
    if (pendingRemoval) {
      body += `D ${pendingRemoval}\n`;
      pendingRemoval = undefined;
    }
    const t = tokenAt.get(c);
    if (t !== undefined) {
      pendingRemoval = `config/leak${t}.js`;
      body += blob(pendingRemoval, `export const token = "${tokens[t]}";\n`);
    }
    const when = 1_700_000_000 + c * 3600;
    parts.push(`commit refs/heads/main\ncommitter bench <b@b> ${when} +0000\ndata 8\ncommit ${c % 10}\n${body}\n`);
  }
  const r2 = spawnSync('git', ['fast-import', '--quiet'], { cwd: ROOT, input: parts.join(''), maxBuffer: 1024 * 1024 * 1024 });
  if (r2.status !== 0) throw new Error(`fast-import failed: ${r2.stderr}`);
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: ROOT });
  writeFileSync(path.join(ROOT, 'graphguard.yml'), 'version: 1\nbusiness:\n  id: "100000000000001"\nsystemUsers: []\n');
  writeFileSync(stamp, '');
  return tokens;
}

function timeGitLogRg(): { wallMs: number; matches: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', "git log -p --all | rg -c 'EA[A-Z][A-Za-z0-9]{32,}'"], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  return { wallMs, matches: Number((r.stdout ?? '').trim() || 0) };
}

export async function printBench(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log('history benchmark: dist/cli.js is missing; run `npm run build` first.');
    return;
  }
  const tokens = ensureRepo();
  const args = ['check', '--history', '--format', 'json', '--fail-on', 'never', '--today', '2026-11-27'];
  console.log(`History scan: ${COMMITS.toLocaleString('en')} commits, ${FILES} files, ${TOKENS} tokens added and removed again`);
  runCli(args, ROOT);
  const gg = Array.from({ length: RUNS }, () => runCli(args, ROOT));
  const report = JSON.parse(gg[0]!.stdout) as { findings: { ruleId: string; history?: unknown }[] };
  const found = report.findings.filter((f) => f.ruleId === 'hardcoded-token' && f.history).length;
  console.log(
    `  graphguard check --history: ${fmt(median(gg.map((m) => m.wallMs)))} (median of ${RUNS}), peak RSS ${Math.max(...gg.map((m) => m.maxRssMb)).toFixed(0)} MB, ${found} tokens found (${tokens.length} planted), 3 git processes in all`,
  );
  if (spawnSync('rg', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('  rg not found (apt-get install ripgrep); no ratio.');
    return;
  }
  timeGitLogRg();
  const rg = Array.from({ length: RUNS }, () => timeGitLogRg());
  const rgMs = median(rg.map((m) => m.wallMs));
  console.log(`  git log -p --all | rg -c 'EA[A-Z][A-Za-z0-9]{32,}': ${fmt(rgMs)} (median of ${RUNS}), ${rg[0]!.matches} matching lines (additions and removals)`);
  console.log(`  ratio graphguard / (git log -p | rg): ${(median(gg.map((m) => m.wallMs)) / rgMs).toFixed(2)}x`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printBench();
