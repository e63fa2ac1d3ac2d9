/**
 * The CLI bundle loads only what a run needs (issue 12): a plain check loads neither the yaml package
 * (dist/chunks/yaml.cjs), nor the call reader with its endpoint tables, nor the Graph client; a run
 * that needs one loads it. Each case is checked both ways, so the test fails if loading never happens.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAD } from './helpers/manifests.js';

const CLI = path.resolve('dist/cli.js');
const HOOK = path.resolve('test/helpers/load-log.mjs');

const manifest = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, business_management]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Shop
        tasks: [CREATE_CONTENT]
`;

/** Runs a check in a fresh folder holding `files`; returns the exit code and the bundle files it loaded. */
function loaded(files: Record<string, string>, args: string[] = [], env: Record<string, string> = {}): { code: number | null; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-lazy-'));
  for (const [p, c] of Object.entries(files)) writeFileSync(path.join(dir, p), c);
  const log = path.join(dir, '.load-log');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, CLI, 'check', '--format', 'json', '--no-progress', '--today', '2026-11-27', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GG_LOAD_LOG: log, ...env },
    timeout: 20_000,
  });
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const bundle = path.resolve('dist');
  return { code: r.status, files: [...new Set(urls.map((u) => fileURLToPath(u)).filter((f) => f.startsWith(bundle)))] };
}

/**
 * Whether a loaded chunk holds the module `source`. Chunk names carry hashes, but esbuild writes each
 * module's path above its code (`// src/graph/client.ts`).
 */
const holds = (files: string[], source: string) => files.some((f) => readFileSync(f, 'utf8').includes(`\n// ${source}\n`));
const ENDPOINT_TABLE = 'data/endpoints.json';
const GRAPH_CLIENT = 'src/graph/client.ts';
const YAML = 'node_modules/yaml/dist/index.js';
const isYaml = (f: string) => f.endsWith(`${path.sep}yaml.cjs`);

describe('what a check loads (dist/)', () => {
  it('a plain check: the manifest, the rules and the scan, and nothing else', () => {
    const r = loaded({ 'graphguard.yml': manifest, 'index.js': 'export const token = process.env.META_SHOP_PROD_TOKEN;\n' });
    expect(r.code).toBe(0);
    expect(r.files).toContain(path.resolve('dist/chunks/main.js'));
    expect(holds(r.files, YAML)).toBe(false);
    expect(holds(r.files, ENDPOINT_TABLE)).toBe(false);
    expect(holds(r.files, GRAPH_CLIENT)).toBe(false);
  });

  it('a file with a Graph API call loads the call reader and its endpoint table', () => {
    const r = loaded({ 'graphguard.yml': manifest, 'index.js': "await fetch('https://graph.facebook.com/v21.0/me/accounts');\n" });
    expect(holds(r.files, ENDPOINT_TABLE)).toBe(true);
    expect(holds(r.files, YAML)).toBe(false);
    expect(holds(r.files, GRAPH_CLIENT)).toBe(false);
  });

  it('a call marker in a file the call reader does not read (a minified bundle, prose) loads nothing more', () => {
    const r = loaded({
      'graphguard.yml': manifest,
      // Decoded for graph-api-version-in-code (a versioned Graph URL), but not read for calls.
      'app.min.js': "fetch('https://graph.facebook.com/v21.0/me');function k0ala(e){return e}",
      'NOTES.md': "See https://graph.facebook.com/v21.0/me and FB.api('/me').\n",
    });
    expect(r.code).not.toBe(2);
    expect(holds(r.files, ENDPOINT_TABLE)).toBe(false);
  });

  it('--live loads the Graph client', () => {
    // Nothing listens on port 1: the live check fails (exit 2) after loading the client.
    const r = loaded({ 'graphguard.yml': manifest }, ['--live'], { GRAPHGUARD_GRAPH_URL: 'http://127.0.0.1:1', META_SHOP_PROD_TOKEN: 'x'.repeat(40) });
    expect(r.code).toBe(2);
    expect(holds(r.files, GRAPH_CLIENT)).toBe(true);
    expect(holds(r.files, ENDPOINT_TABLE)).toBe(false);
  });

  it('a manifest the fast parser leaves to the yaml package (an anchor) loads it', () => {
    const r = loaded({ 'graphguard.yml': manifest.replace('tasks: [CREATE_CONTENT]', 'tasks: &t [CREATE_CONTENT]') });
    expect(r.code).toBe(0);
    expect(holds(r.files, YAML)).toBe(true);
    expect(r.files.filter(isYaml)).toEqual([path.resolve('dist/chunks/yaml.cjs')]);
  });
});
