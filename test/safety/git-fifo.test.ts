/**
 * git waits forever on a FIFO it reads. A `.gitignore` that is one, in a repository with nothing tracked yet
 * (the scan then asks git for the untracked files), is the case no check of git's own files can see: the
 * listing's git command is stopped after `gitTimeout.ms`, one line, exit 2 (the bound is 300 s; 2 s here).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { dropPrefetched, gitTimeout } from '../../src/scan/walk.js';
import { historyIdle } from '../../src/scan/history.js';
import { HEAD } from '../helpers/manifests.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(() => {
  gitTimeout.ms = 300_000;
  historyIdle.ms = 120_000;
  dropPrefetched();
});

describe('a git command that does not answer', () => {
  it('a FIFO .gitignore in a fresh repository: the listing stops after its bound, one line, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-git-fifo-'));
    dirs.push(dir);
    spawnSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'graphguard.yml'), HEAD.replace(/systemUsers:\n$/, 'systemUsers: []\n'));
    expect(spawnSync('mkfifo', [path.join(dir, '.gitignore')]).status).toBe(0);
    gitTimeout.ms = 2000;
    let err = '';
    const code = await main(['check', '--format', 'json'], { cwd: dir, env: { GRAPHGUARD_SCAN_CACHE: '0' }, stdout: () => undefined, stderr: (s) => (err += s), isTTY: false });
    expect(code).toBe(2);
    expect(err).toBe('graphguard: git ls-files did not answer in 2 s (a FIFO or a device among the files it reads?)\n');
  });

  it('--history with a ref that is a FIFO: git log gives nothing, stopped after its bound, one line, exit 2 (hunt T4)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-git-fifo-'));
    dirs.push(dir);
    const git = (...a: string[]) => spawnSync('git', a, { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' } });
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'graphguard.yml'), HEAD.replace(/systemUsers:\n$/, 'systemUsers: []\n'));
    git('add', '-A');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'init');
    rmSync(path.join(dir, '.git', 'refs', 'heads', 'main'));
    expect(spawnSync('mkfifo', [path.join(dir, '.git', 'refs', 'heads', 'main')]).status).toBe(0);
    historyIdle.ms = 2000;
    gitTimeout.ms = 4000;
    let err = '';
    const code = await main(['check', '--history', '--format', 'json'], { cwd: dir, env: { GRAPHGUARD_SCAN_CACHE: '0' }, stdout: () => undefined, stderr: (s) => (err += s), isTTY: false });
    expect(code).toBe(2);
    expect(err).toBe('graphguard: --history: git log gave nothing for 2 s (a FIFO or a device among the files it reads?)\n');
  });
});
