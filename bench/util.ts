/** Helpers for `npm run bench`: run the built CLI as a child, measure wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const CLI = path.resolve('dist/cli.js');
const HOOK = path.resolve('bench/rss-hook.mjs');

export interface Measured {
  wallMs: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
}

/** Runs `node dist/cli.js ...args` once; wall time from spawn to exit, peak RSS from the child. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Measured {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /\[bench\] maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  return { wallMs, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, code: r.status, stdout: r.stdout };
}

/** Median of several runs (the machine is shared; the median is the honest figure). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
