/** Helpers for `npm run bench`: run the built CLI as a child, measure wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CLI = path.resolve('dist/cli.js');
// CommonJS, preloaded with --require: an ES module preload (--import) costs the child some 7 ms and 4 MB.
const HOOK = path.resolve('bench/rss-hook.cjs');

export interface Measured {
  wallMs: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
}

/** Runs `node dist/cli.js ...args` once; wall time from spawn to exit, peak RSS from the child. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Measured {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', HOOK, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GRAPHGUARD_COMPILE_CACHE: codeCacheOf(cwd), ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /\[bench\] maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  return { wallMs, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, code: r.status, stdout: r.stdout };
}

/**
 * A code cache (and manifest cache) of its own for each tree benchmarked, made by the first run there:
 * V8's code cache holds what the run that wrote it compiled (src/compile-cache.ts), so one shared by
 * every case would be the first case's (the 2,000-user manifest's), and every other case would pay for
 * deserializing code it does not run and compile what it does. A user's cache is made by their own
 * first check.
 */
const codeCaches = new Map<string, string>();
function codeCacheOf(cwd: string): string {
  let dir = codeCaches.get(cwd);
  if (!dir) {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-bench-code-'));
    codeCaches.set(cwd, dir);
  }
  return dir;
}
process.on('exit', () => {
  for (const dir of codeCaches.values()) rmSync(dir, { recursive: true, force: true });
});

/** Median of several runs (the machine is shared; the median is the honest figure). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
