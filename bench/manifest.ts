/** Benchmark: `check` on a manifest of 2,000 system users with 5 asset grants each; `--version` cold start. */
import { mkdirSync, mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, fmt, median, runCli } from './util.js';

const USERS = 2000;
const GRANTS = 5;
const ASSETS = 1000;

/**
 * A valid manifest: 1,000 assets, 2,000 users, each with 5 grants (written compactly). Every user lacks
 * two permissions its use case requires (4,000 findings); with `findings: 'few'`, one user in ten lacks
 * one (200 findings), the "few hundred notices" of a large real manifest.
 */
export function bigManifest(opts: { findings?: 'many' | 'few' } = {}): string {
  const few = opts.findings === 'few';
  const lines = [
    'version: 1',
    'business: { id: "100000000000001", name: Bench }',
    'app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v26.0, quota: { systemUsers: 5000, adminSystemUsers: 1 } }',
    'assets:',
  ];
  for (let i = 0; i < ASSETS; i++) {
    const env = i % 2 ? 'test' : 'production';
    lines.push(`  - { id: "${3000000000 + i}", type: page, environment: ${env} }`);
  }
  lines.push('systemUsers:');
  for (let u = 0; u < USERS; u++) {
    const env = u % 2 ? 'test' : 'production';
    const permissions = !few ? 'pages_manage_posts' : `pages_manage_posts, pages_read_engagement, pages_show_list${u % 10 === 0 ? '' : ', business_management'}`;
    lines.push(`  - name: u${u}`, `    role: system_user`, `    environment: ${env}`, '    useCases: [page_content]', `    permissions: [${permissions}]`);
    lines.push(`    token: { secret: T${u}, expires: 60d }`, '    assets:');
    for (let g = 0; g < GRANTS; g++) lines.push(`      - { asset: "${3000000000 + (((u * GRANTS + g) * 2 + (u % 2)) % ASSETS)}", tasks: [CREATE_CONTENT] }`);
  }
  return `${lines.join('\n')}\n`;
}

export function runManifestBench(opts: { findings?: 'many' | 'few' } = {}): {
  wallMs: number;
  maxRssMb: number;
  coldMs: number;
  coldRssMb: number;
  bytes: number;
  findings: number;
  versionMs: number;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-bench-manifest-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), bigManifest(opts));
  mkdirSync(path.join(dir, 'empty'));
  const bytes = statSync(path.join(dir, 'graphguard.yml')).size;
  const args = ['check', 'empty', '--format', 'json', '--fail-on', 'never', '--today', '2026-11-27'];
  runCli(args, dir); // warm the file cache, write the manifest cache
  // Interleaved: with the manifest cache (a second check of the same text) and without (a first run, CI).
  const runs: ReturnType<typeof runCli>[] = [];
  const cold: ReturnType<typeof runCli>[] = [];
  for (let i = 0; i < 5; i++) {
    runs.push(runCli(args, dir));
    cold.push(runCli(args, dir, { GRAPHGUARD_MANIFEST_CACHE: '0' }));
  }
  const findings = JSON.parse(runs[0]!.stdout).findings.length as number;
  const version: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, [CLI, '--version']);
    version.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    coldMs: median(cold.map((r) => r.wallMs)),
    coldRssMb: Math.max(...cold.map((r) => r.maxRssMb)),
    bytes,
    findings,
    versionMs: median(version),
  };
}

export function printManifestBench(): void {
  const bare: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const r = runManifestBench();
  console.log(`manifest: ${USERS} system users x ${GRANTS} grants (${(r.bytes / 1024).toFixed(0)} KiB), ${r.findings} findings`);
  console.log(`  check wall time (median of 5), manifest cache warm: ${fmt(r.wallMs)}, peak memory ${r.maxRssMb.toFixed(0)} MB   target < 500 ms, < 150 MB`);
  console.log(`  the same without the manifest cache (a first run):   ${fmt(r.coldMs)}, peak memory ${r.coldRssMb.toFixed(0)} MB`);
  console.log(`  --version cold start (median of 20): ${fmt(r.versionMs)}   target < 100 ms (bare \`node -e 0\`: ${fmt(median(bare))})`);
  const few = runManifestBench({ findings: 'few' });
  console.log(`manifest: the same with ${few.findings} findings (one user in ten lacks a permission; ${(few.bytes / 1024).toFixed(0)} KiB)`);
  console.log(`  check wall time (median of 5), manifest cache warm: ${fmt(few.wallMs)}, peak memory ${few.maxRssMb.toFixed(0)} MB   target < 500 ms, < 150 MB`);
  console.log(`  the same without the manifest cache (a first run):   ${fmt(few.coldMs)}, peak memory ${few.coldRssMb.toFixed(0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) printManifestBench();
