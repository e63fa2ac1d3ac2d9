import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { BaseManifestError, readBaseManifest } from '../../src/github/base-manifest.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.test', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    // git's own complaints (a commit that is expected to be missing) stay out of the test run's output.
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

let root: string;
let origin: string;
let baseSha: string;
let noManifestSha: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gg-base-'));
  origin = path.join(root, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '-q');
  writeFileSync(path.join(origin, 'README.md'), 'hi\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'no manifest yet');
  noManifestSha = git(origin, 'rev-parse', 'HEAD');
  mkdirSync(path.join(origin, 'ops'));
  writeFileSync(path.join(origin, 'ops', 'graphguard.yml'), 'version: 1 # base\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'base');
  baseSha = git(origin, 'rev-parse', 'HEAD');
  writeFileSync(path.join(origin, 'ops', 'graphguard.yml'), 'version: 1 # head\n');
  git(origin, 'commit', '-qam', 'head');
  // let a shallow clone fetch any commit by sha, as GitHub allows
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('readBaseManifest', () => {
  it('reads the file at the base commit with git, relative to cwd', async () => {
    expect(await readBaseManifest({ cwd: origin, baseSha, manifestPath: 'ops/graphguard.yml' })).toEqual({
      text: 'version: 1 # base\n',
      source: 'git',
    });
    expect(await readBaseManifest({ cwd: path.join(origin, 'ops'), baseSha, manifestPath: 'graphguard.yml' })).toEqual({
      text: 'version: 1 # base\n',
      source: 'git',
    });
  });

  it('is absent when the base commit has no manifest', async () => {
    expect(await readBaseManifest({ cwd: origin, baseSha: noManifestSha, manifestPath: 'ops/graphguard.yml' })).toEqual({
      text: null,
      source: 'absent',
    });
  });

  it('fetches the base commit into a shallow checkout', async () => {
    const clone = path.join(root, 'shallow');
    git(root, 'clone', '-q', '--depth=1', `file://${origin}`, clone);
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    expect(await readBaseManifest({ cwd: clone, baseSha, manifestPath: 'ops/graphguard.yml' })).toEqual({
      text: 'version: 1 # base\n',
      source: 'git-fetched',
    });
  });

  it('falls back to the contents API at ref=sha (base64) when git cannot help', async () => {
    const notRepo = mkdtempSync(path.join(root, 'plain-'));
    const sha = 'a'.repeat(40);
    gh = await startFakeGitHub({
      owner: 'acme',
      repo: 'shop',
      pulls: {},
      comments: {},
      contents: { [sha]: { 'ops/graphguard.yml': `version: 1\n# ${'long line '.repeat(20)}\nsystemUsers: []\n` } },
    });
    const octokit = getOctokit('t', { baseUrl: gh.url });
    const opts = { cwd: notRepo, baseSha: sha, manifestPath: 'ops/graphguard.yml', octokit, owner: 'acme', repo: 'shop' };
    expect(await readBaseManifest(opts)).toEqual({
      text: `version: 1\n# ${'long line '.repeat(20)}\nsystemUsers: []\n`,
      source: 'contents-api',
    });
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/acme/shop/contents/ops%2Fgraphguard.yml?ref=${sha}`]);

    // 404 for the file at that ref: no manifest at base
    expect(await readBaseManifest({ ...opts, manifestPath: 'graphguard.yml' })).toEqual({ text: null, source: 'absent' });
    // an unknown ref is not an answer
    await expect(readBaseManifest({ ...opts, baseSha: 'b'.repeat(40) })).rejects.toThrow(BaseManifestError);
  });

  it('refuses a base sha that is not hex, and throws when no source can answer', async () => {
    await expect(readBaseManifest({ cwd: origin, baseSha: '--upload-pack=x', manifestPath: 'x' })).rejects.toThrow(
      'Not a commit sha: "--upload-pack=x".',
    );
    const notRepo = mkdtempSync(path.join(root, 'plain-'));
    await expect(readBaseManifest({ cwd: notRepo, baseSha: 'c'.repeat(40), manifestPath: 'graphguard.yml' })).rejects.toThrow(
      /^Could not read graphguard\.yml at the base commit c{40}: git: fatal: not a git repository/,
    );
  });
});
