/**
 * The packed tarball, as a user gets it: installed alone into an empty folder (offline: it needs no
 * other package), imported as a library in ESM and CommonJS without output or exit-code side effects,
 * type-checked by tsc from a consumer file, and run as the CLI. Needs dist/ (`npm run build`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
let dir = '';
let installLog = '';

const node = (args: string[], cwd = dir) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, timeout: 60_000 });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gg-pkg-'));
  const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
  const r = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tgz}`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  installLog = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`npm install of the tarball failed: ${installLog}`);
  cpSync(path.join(root, 'examples/shop'), path.join(dir, 'shop'), { recursive: true });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A consumer script: records every write to stdout/stderr and any exit, calls the library, reports to a file. */
const consumer = (load: string) => `
const writes = [];
for (const s of ['stdout', 'stderr']) { const w = process[s].write.bind(process[s]); process[s].write = (c, ...a) => { writes.push(String(c)); return true; }; }
const exit = process.exit; let exited = false; process.exit = () => { exited = true; };
const main = async () => {
  const g = ${load};
  const report = await g.check({ cwd: 'shop', today: '2026-12-01' });
  const diff = await g.diff({ base: 'shop/graphguard.yml', head: 'shop/graphguard.yml' });
  const inferred = await g.infer({ cwd: 'shop' });
  let error = '';
  try { await g.check({ cwd: 'shop', manifest: 'missing.yml' }); } catch (e) { error = e.name + ': ' + e.message; }
  const out = { keys: Object.keys(g).sort(), version: g.version, summary: report.summary, exitCode: report.exitCode,
    rules: report.findings.map((f) => f.ruleId), diff, error,
    inferUsers: inferred.users.map((u) => u.name), inferMissing: inferred.users.flatMap((u) => u.permissions.missing), json: JSON.parse(g.format(report, 'json')).summary,
    writes, exited, processExitCode: process.exitCode ?? null };
  require_fs().writeFileSync('result.json', JSON.stringify(out));
};
`;

describe('the packed package', () => {
  it('installs alone: one package, no engine warnings', () => {
    expect(readdirSync(path.join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['graphguard']);
    expect(installLog).not.toMatch(/EBADENGINE|npm warn/i);
    const installed = JSON.parse(readFileSync(path.join(dir, 'node_modules/graphguard/package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed.dependencies).toBeUndefined();
  });

  for (const kind of ['esm', 'cjs'] as const) {
    it(`imports as a library (${kind}) and reports without writing, exiting or setting the exit code`, () => {
      const file = kind === 'esm' ? 'consumer.mjs' : 'consumer.cjs';
      const src =
        kind === 'esm'
          ? `import * as fs from 'node:fs';\nconst require_fs = () => fs;\n${consumer("await import('graphguard')")}main();\n`
          : `const require_fs = () => require('node:fs');\n${consumer("require('graphguard')")}main();\n`;
      writeFileSync(path.join(dir, file), src);
      rmSync(path.join(dir, 'result.json'), { force: true });
      const r = node([file]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8'));
      expect(out.keys).toEqual(['ConfigError', 'check', 'diff', 'format', 'infer', 'version']);
      expect(out.version).toBe(pkg.version);
      expect(out.summary).toEqual({ errors: 3, warnings: 3, notices: 0, filesScanned: 7, live: 'skipped' });
      expect(out.json).toEqual(out.summary);
      expect(out.exitCode).toBe(1);
      expect(out.rules).toContain('least-privilege-tasks');
      expect(out.diff).toEqual({ base: 'shop/graphguard.yml', head: 'shop/graphguard.yml', newAccess: 0, changes: [] });
      expect(out.inferUsers.length).toBeGreaterThan(0);
      expect(out.inferMissing).toEqual([]);
      expect(out.error).toBe('ConfigError: manifest not found');
      expect(out.writes).toEqual([]);
      expect(out.exited).toBe(false);
      expect(out.processExitCode).toBeNull();
    });
  }

  it('type-checks a consumer with tsc (import and require), and rejects a wrong call', () => {
    writeFileSync(
      path.join(dir, 'consumer.mts'),
      `import { check, diff, format, infer, ConfigError, type CheckReport, type Finding, type AccessChange, type InferReport } from 'graphguard';
const report: CheckReport = await check({ cwd: 'shop', failOn: 'warn', maxWarnings: 0 });
const first: Finding | undefined = report.findings[0];
const line: number | undefined = first?.line;
const changes: AccessChange[] = (await diff({ base: 'a.yml', head: 'b.yml' })).changes;
const text: string = format(report, 'sarif');
const inferred: InferReport = await infer({ cwd: 'shop', user: 'shop-prod' });
const needed: string[] = inferred.users.flatMap((u) => u.permissions.needed);
const e: Error = new ConfigError('x');
// @ts-expect-error failOn takes a severity or never
await check({ failOn: 'loud' });
// @ts-expect-error diff needs base and head
await diff({});
// @ts-expect-error a report's errors is a number
const wrong: string = report.summary.errors;
export { line, changes, text, e, wrong, needed };
`,
    );
    writeFileSync(
      path.join(dir, 'consumer-cjs.cts'),
      `import graphguard = require('graphguard');
const p: Promise<graphguard.CheckReport> = graphguard.check({ paths: [] });
// @ts-expect-error no such export
graphguard.nothing();
export = p;
`,
    );
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const r = node([
      tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--typeRoots', path.join(root, 'node_modules/@types'), '--types', 'node', 'consumer.mts', 'consumer-cjs.cts',
    ]);
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('runs as the CLI from node_modules/.bin', () => {
    const bin = path.join(dir, 'node_modules/.bin/graphguard');
    expect(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout).toBe(`${pkg.version}\n`);
    const r = spawnSync(bin, ['check', '--no-color', '--today', '2026-12-01'], { cwd: path.join(dir, 'shop'), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/least-privilege-tasks/);
  });
});
