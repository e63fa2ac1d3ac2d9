/**
 * The CLI bundle runs only what a run needs (issue 12): a plain check evaluates neither the yaml package
 * (dist/chunks/yaml.cjs, a file of its own), nor the call reader's endpoint tables, nor the Graph
 * client; a run that needs one evaluates it. dist/chunks/main.cjs is one file run through V8's code
 * cache, so what counts is which of its lazy modules ran (V8's coverage, test/helpers/load-log.mjs).
 * Each case is checked both ways, so the test fails if loading never happens.
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

/**
 * Runs a check in a fresh folder holding `files`; returns the exit code, the modules of main.cjs it
 * evaluated (by source path) and the bundle's CommonJS files it required.
 */
function loaded(
  files: Record<string, string>,
  args: string[] = [],
  env: Record<string, string> = {},
): { code: number | null; modules: Set<string>; files: string[]; builtins: Set<string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-lazy-'));
  for (const [p, c] of Object.entries(files)) writeFileSync(path.join(dir, p), c);
  const log = path.join(dir, '.load-log');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, CLI, 'check', '--format', 'json', '--no-progress', '--today', '2026-11-27', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GG_LOAD_LOG: log, GRAPHGUARD_COMPILE_CACHE: '0', ...env },
    timeout: 20_000,
  });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const modules = new Set(lines.filter((l) => l.startsWith('module ')).map((l) => l.slice('module '.length)));
  const bundle = path.resolve('dist');
  const required = lines.filter((l) => l.startsWith('file://')).map((u) => fileURLToPath(u));
  const builtins = new Set(lines.filter((l) => l.startsWith('builtin ')).map((l) => l.slice('builtin '.length)));
  return { code: r.status, modules, files: [...new Set(required.filter((f) => f.startsWith(bundle)))], builtins };
}

const ENDPOINT_TABLE = 'data/endpoints.json';
const GRAPH_CLIENT = 'src/graph/client.ts';
const isYaml = (f: string) => f.endsWith(`${path.sep}yaml.cjs`);

describe('how the CLI starts (dist/)', () => {
  it('dist/cli.js is CommonJS (no ES module loader to set up at start); the library keeps its ES module', () => {
    expect(JSON.parse(readFileSync('dist/package.json', 'utf8'))).toEqual({ type: 'commonjs' });
    expect(JSON.parse(readFileSync('dist/lib/package.json', 'utf8'))).toEqual({ type: 'module' });
    const cli = readFileSync(CLI, 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(cli).not.toMatch(/^import\s/m);
    // require() takes it (an ES module would be ERR_REQUIRE_ESM on Node 20), and it answers --version.
    const r = spawnSync(process.execPath, ['-e', `process.argv.push('cli', '--version'); require(${JSON.stringify(CLI)})`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1.0.0\n');
    expect(r.status).toBe(0);
  });
});

describe('what a check loads (dist/)', () => {
  it('a plain check: the manifest, the rules and the scan, and nothing else', () => {
    const r = loaded({ 'graphguard.yml': manifest, 'index.js': 'export const token = process.env.META_SHOP_PROD_TOKEN;\n' });
    expect(r.code).toBe(0);
    // The log works: the modules a check runs are in it.
    expect(r.modules.has('src/manifest/load.ts')).toBe(true);
    expect(r.modules.has('src/scan/run.ts')).toBe(true);
    expect(r.files.filter(isYaml)).toEqual([]);
    expect(r.modules.has(ENDPOINT_TABLE)).toBe(false);
    expect(r.modules.has(GRAPH_CLIENT)).toBe(false);
    // Node's own modules a plain check does without: fs/promises (and the readline interface it brings)
    // serve only a file read in chunks; os, worker threads and git's processes only a large scan.
    expect(r.builtins.has('crypto')).toBe(true);
    for (const m of ['fs/promises', 'internal/readline/interface', 'os', 'worker_threads', 'child_process']) expect(r.builtins.has(m), m).toBe(false);
  });

  it('a file with a Graph API call loads the call reader and its endpoint table', () => {
    const r = loaded({ 'graphguard.yml': manifest, 'index.js': "await fetch('https://graph.facebook.com/v21.0/me/accounts');\n" });
    expect(r.modules.has(ENDPOINT_TABLE)).toBe(true);
    expect(r.files.filter(isYaml)).toEqual([]);
    expect(r.modules.has(GRAPH_CLIENT)).toBe(false);
  });

  it('a call marker in a file the call reader does not read (a minified bundle, prose) loads nothing more', () => {
    const r = loaded({
      'graphguard.yml': manifest,
      // Decoded for graph-api-version-in-code (a versioned Graph URL), but not read for calls.
      'app.min.js': "fetch('https://graph.facebook.com/v21.0/me');function k0ala(e){return e}",
      'NOTES.md': "See https://graph.facebook.com/v21.0/me and FB.api('/me').\n",
    });
    expect(r.code).not.toBe(2);
    expect(r.modules.has(ENDPOINT_TABLE)).toBe(false);
  });

  it('a file that names Facebook only in its license header loads nothing more', () => {
    const r = loaded({ 'graphguard.yml': manifest, 'lib.js': '/*\n * Copyright (c) Facebook, Inc.\n */\nexport const x = api.call("GET", [id]);\n' });
    expect(r.code).toBe(0);
    expect(r.modules.has(ENDPOINT_TABLE)).toBe(false);
  });

  it('--live loads the Graph client', () => {
    // Nothing listens on port 1: the live check fails (exit 2) after loading the client.
    const r = loaded({ 'graphguard.yml': manifest }, ['--live'], { GRAPHGUARD_GRAPH_URL: 'http://127.0.0.1:1', META_SHOP_PROD_TOKEN: 'x'.repeat(40) });
    expect(r.code).toBe(2);
    expect(r.modules.has(GRAPH_CLIENT)).toBe(true);
    expect(r.modules.has(ENDPOINT_TABLE)).toBe(false);
  });

  it('a manifest the fast parser leaves to the yaml package (an anchor) loads it', () => {
    const r = loaded({ 'graphguard.yml': manifest.replace('tasks: [CREATE_CONTENT]', 'tasks: &t [CREATE_CONTENT]') });
    expect(r.code).toBe(0);
    expect(r.files.filter(isYaml)).toEqual([path.resolve('dist/chunks/yaml.cjs')]);
  });
});
