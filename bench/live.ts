/**
 * Live benchmark: the fake Graph API with 100 ms latency per response, 10 system users × 3 asset
 * types, 10 declared tokens; runs the live part of `check` and prints HTTP round trips and wall time
 * (target: ≤ 5 round trips, < 1 s), after a warm-up run without --live so that module loading and the
 * schema compile are not counted. Run with `npx tsx bench/live.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../src/check.js';
import { exampleBusiness, startFakeGraph } from '../test/helpers/fake-graph.js';

const LATENCY_MS = 100;
const USERS = 10;

/** A manifest that declares the example business exactly, each user with its token. */
function manifestFor(ex: ReturnType<typeof exampleBusiness>): { yaml: string; env: Record<string, string> } {
  const b = ex.business;
  const env: Record<string, string> = {};
  const assets: string[] = [];
  const users: string[] = [];
  for (const u of b.systemUsers) {
    const envVar = `TOKEN_${u.name.replace(/-/g, '_').toUpperCase()}`;
    env[envVar] = ex.tokenOf[u.name]!;
    const admin = u.role === 'ADMIN';
    users.push(`  - name: ${u.name}`, `    id: "${u.id}"`, `    role: ${admin ? 'admin' : 'system_user'}`);
    if (!admin) users.push('    environment: production');
    users.push(`    token: { secret: ${envVar}, expires: never, rotateEveryDays: 90 }`);
    if (admin) continue;
    users.push('    assets:');
    for (const a of u.assets) {
      const id = a.type === 'ad_account' ? `act_${a.id}` : a.id;
      assets.push(`  - { id: "${id}", type: ${a.type}, name: "${a.name}", environment: production }`);
      users.push(`      - { asset: "${id}", tasks: [${a.tasks.join(', ')}] }`);
    }
  }
  const yaml = [
    'version: 1',
    `business: { id: "${b.id}" }`,
    `app: { id: "${b.appId}", accessLevel: standard, graphApiVersion: v26.0 }`,
    'assets:',
    ...assets,
    'systemUsers:',
    ...users,
    '',
  ].join('\n');
  return { yaml, env: { ...env, GRAPHGUARD_GRAPH_TOKEN: b.graphToken, GRAPHGUARD_APP_SECRET: b.appSecret } };
}

/** Runs the benchmark once; returns the HTTP round trips and the wall time of the live check. */
export async function runLiveBench(): Promise<{ roundTrips: number; wallMs: number; live: string }> {
  const ex = exampleBusiness(USERS, 1);
  // The audit token is known to debug_token, so the preflight is a real check (one round trip).
  ex.business.tokens[ex.business.graphToken] = {
    type: 'SYSTEM_USER',
    app_id: ex.business.appId,
    user_id: '400000000000999',
    scopes: ['business_management', 'public_profile'],
    expires_at: 0,
    is_valid: true,
  };
  const fake = await startFakeGraph(ex.business, { faults: { latencyMs: LATENCY_MS } });
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-bench-'));
  try {
    const { yaml, env } = manifestFor(ex);
    writeFileSync(path.join(dir, 'graphguard.yml'), yaml);
    // Only the live rules: the benchmark measures the live part.
    const { rules } = await import('../rules/index.js');
    const opts = { cwd: dir, paths: [], today: '2026-11-27', env, rules: rules.filter((r) => r.kind === 'live') };
    // Warm up without --live: module loading and the schema compile are not the live part.
    await check({ ...opts, live: false });
    await import('../src/graph/snapshot.js');
    const started = performance.now();
    const { report } = await check({ ...opts, live: { graphUrl: fake.url } });
    const wallMs = Math.round(performance.now() - started);
    return { roundTrips: fake.roundTrips(), wallMs, live: report.summary.live };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the live benchmark's figures (npm run bench). */
export async function printBench(): Promise<boolean> {
  const r = await runLiveBench();
  const ok = r.roundTrips <= 5 && r.wallMs < 1000 && r.live === 'verified';
  process.stdout.write(
    `live check: ${USERS} system users × 3 asset types + ${USERS} tokens, ${LATENCY_MS} ms latency per response\n` +
      `  HTTP round trips: ${r.roundTrips}   target ≤ 5\n  wall time:        ${r.wallMs} ms   target < 1000 ms\n  live:             ${r.live}${ok ? '' : '   OVER TARGET'}\n`,
  );
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = (await printBench()) ? 0 : 1;
