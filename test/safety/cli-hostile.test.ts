/** Hostile input to the built CLI (dist/cli.js): no hang, no write outside, one line and exit 2. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSecret } from '../helpers/secrets.js';
import { HEAD } from '../helpers/manifests.js';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string, opts: { shell?: string } = {}) {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  const r = opts.shell
    ? spawnSync('bash', ['--norc', '--noprofile', '-c', opts.shell.replace('$CLI', `"${process.execPath}" "${CLI}"`)], { cwd, encoding: 'utf8', env, timeout: 30_000 })
    : spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const manifest = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Shop
        tasks: [CREATE_CONTENT]
`;

function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-hostile-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), manifest);
  for (const [p, c] of Object.entries(files)) writeFileSync(path.join(dir, p), c);
  return dir;
}

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('writes', () => {
  it('--output over a symlink replaces the link, never writes its target', () => {
    const dir = project();
    const victim = path.join(mkdtempSync(path.join(tmpdir(), 'gg-victim-')), 'authorized_keys');
    writeFileSync(victim, 'ssh-ed25519 AAAA');
    symlinkSync(victim, path.join(dir, 'report.json'));
    const r = run(['check', '--format', 'json', '--output', 'report.json'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('ssh-ed25519 AAAA');
    expect(lstatSync(path.join(dir, 'report.json')).isFile()).toBe(true);
  });

  it('--output through a symlinked directory that leads out of the repository is refused', () => {
    const dir = project();
    const outside = mkdtempSync(path.join(tmpdir(), 'gg-out-'));
    symlinkSync(outside, path.join(dir, 'reports'));
    const r = run(['check', '--output', 'reports/r.txt'], dir);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(`graphguard: refusing to write reports/r.txt: a parent directory leads outside ${dir} (symlink)`);
    expect(existsSync(path.join(outside, 'r.txt'))).toBe(false);
  });

  it('init and baseline write through the same safe path', () => {
    const dir = project();
    const victim = path.join(mkdtempSync(path.join(tmpdir(), 'gg-victim-')), 'x');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, path.join(dir, '.graphguard-baseline.json'));
    expect(run(['baseline'], dir).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    symlinkSync(victim, path.join(dir, 'new.yml'));
    expect(run(['init', '--output', 'new.yml'], dir).code).toBe(2); // exists (as a link): --force needed
    expect(run(['init', '--output', 'new.yml', '--force'], dir).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });
});

describe('reads of files the user names', () => {
  it.each([
    ['--baseline /dev/zero', ['check', '--baseline', '/dev/zero'], 'graphguard: /dev/zero: cannot read baseline: not a regular file (a device)'],
    ['--baseline /dev/urandom', ['check', '--baseline', '/dev/urandom'], 'graphguard: /dev/urandom: cannot read baseline: not a regular file (a device)'],
    ['--manifest /dev/zero', ['check', '--manifest', '/dev/zero'], 'graphguard: ../../dev/zero: cannot read manifest: not a regular file (a device)'],
    ['--manifest a directory', ['check', '--manifest', 'sub'], 'graphguard: sub: cannot read manifest: not a regular file (a directory)'],
    ['diff /dev/zero', ['diff', '/dev/zero', 'graphguard.yml'], 'graphguard: ../../dev/zero: cannot read manifest: not a regular file (a device)'],
  ])('%s: exit 2, one line', (_, args, line) => {
    const dir = project();
    execFileSync('mkdir', [path.join(dir, 'sub')]);
    const r = run(args, dir);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr).replace(path.relative(dir, '/dev/zero'), '../../dev/zero')).toBe(line.replace('../../dev/zero', '../../dev/zero'));
  });

  it('a FIFO as --baseline, --manifest or a diff argument: exit 2 at once, no hang', () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    for (const args of [['check', '--baseline', 'fifo'], ['check', '--manifest', 'fifo'], ['diff', 'fifo', 'graphguard.yml']]) {
      const r = run(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/not a regular file \(a FIFO\)$/);
    }
  });
});

describe('option injection', () => {
  it('a diff argument is never passed to git as an option', () => {
    const dir = project();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const target = path.join(dir, 'pwned');
    for (const spec of [`--output=${target}:x`, `-o${target}:x`, '--exec=touch pwned:x']) {
      const r = run(['diff', '--', spec, 'graphguard.yml'], dir);
      expect(r.code, spec).toBe(2);
      expect(oneLine(r.stderr)).toBe(`graphguard: not a file or a git REF:path: ${spec}`);
    }
    expect(existsSync(target)).toBe(false);
  });
});

describe('closed stdout and full disk', () => {
  const many = Array.from({ length: 400 }, (_, i) => `const t${i} = "${fakeSecret('E' + 'AAG', 120, i + 1)}";`).join('\n');

  it('| head: a report cut short is one line and exit 2 (SPEC §8), never the findings\' code; output the pipe took whole is not', () => {
    const dir = project({ 'app.js': many });
    for (const format of ['stylish', 'json']) {
      const r = run([], dir, { shell: `$CLI check --format ${format} | head -n 2 >/dev/null; exit \${PIPESTATUS[0]}` });
      expect(oneLine(r.stderr), format).toBe('graphguard: cannot write to stdout: its reader closed the pipe (EPIPE)');
      expect(r.code, format).toBe(2);
    }
    // infer's report (exit 0 when whole) cut short is exit 2 too.
    const calls = project({ 'a.js': Array.from({ length: 3000 }, (_, i) => `fetch("https://graph.facebook.com/v25.0/${i}/feed", { method: "POST" });`).join('\n') });
    const i = run([], calls, { shell: '$CLI infer --format json | head -c 100 >/dev/null; exit ${PIPESTATUS[0]}' });
    expect(oneLine(i.stderr)).toBe('graphguard: cannot write to stdout: its reader closed the pipe (EPIPE)');
    expect(i.code).toBe(2);
    // A small report the pipe holds whole was written: its own exit code, nothing on stderr.
    const clean = project({ 'a.js': 'export const a = 1;\n' });
    const c = run([], clean, { shell: '$CLI check --format json | head -c 10 >/dev/null; exit ${PIPESTATUS[0]}' });
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))('> /dev/full: one line, exit 2 (never 1 on a clean run)', () => {
    const dir = project();
    const r = run([], dir, { shell: '$CLI check > /dev/full' });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('graphguard: cannot write to stdout: no space left on device (ENOSPC)');
    const f = run([], project({ 'app.js': many }), { shell: '$CLI check > /dev/full' });
    expect(f.code).toBe(2);
    expect(oneLine(f.stderr)).toBe('graphguard: cannot write to stdout: no space left on device (ENOSPC)');
  });
});

describe('--debug lines', () => {
  it('name a file on one line: a FIFO named with a newline and a workflow command starts no line of its own', () => {
    const dir = project({ 'a.js': 'export const a = 1;\n' });
    execFileSync('mkfifo', [path.join(dir, 'p\n::error title=Deploy approved::all checks passed')]);
    const r = run(['check', '--debug', '--today', '2026-12-01'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped p\\u000a::error title=Deploy approved::all checks passed (not a regular file)');
    expect((r.stdout + r.stderr).split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
  });
});
