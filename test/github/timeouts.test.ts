/** Every GitHub API call of the action is time-bound (src/github/octokit.ts): a hung API never hangs the action. */
import { afterEach, describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../src/github/comment.js';
import { createOctokit, GITHUB_REQUEST_TIMEOUT_MS } from '../../src/github/octokit.js';
import { listChangedFiles } from '../../src/github/pr-files.js';
import { readBaseManifest } from '../../src/github/base-manifest.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function hung(pattern: RegExp) {
  gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 7: { files: ['a.ts'] } }, comments: { 7: [] }, viewer: null, hang: pattern });
  return createOctokit('t', { baseUrl: gh.url, timeoutMs: 300 });
}

describe('GitHub API time bounds', () => {
  it('the default bound is 30 s per request', () => {
    expect(GITHUB_REQUEST_TIMEOUT_MS).toBe(30_000);
  });

  it('a comment request that never answers: skipped with a reason, not a hang', async () => {
    const octokit = await hung(/^GET \/repos\/acme\/shop\/issues\/7\/comments/);
    const r = await upsertStickyComment({ octokit, owner: 'acme', repo: 'shop', issueNumber: 7, body: 'x', clean: false });
    expect(r).toEqual({ action: 'skipped', reason: 'No PR comment: GitHub did not answer in time.' });
  });

  it('GET /user that never answers is bounded too', async () => {
    const octokit = await hung(/^GET \/user/);
    const r = await upsertStickyComment({ octokit, owner: 'acme', repo: 'shop', issueNumber: 7, body: 'x', clean: false });
    expect(r.action).toBe('skipped');
  });

  it('the PR file list that never answers rejects', async () => {
    const octokit = await hung(/^GET \/repos\/acme\/shop\/pulls\/7\/files/);
    await expect(listChangedFiles(octokit, 'acme', 'shop', 7)).rejects.toThrow();
  });

  it('the contents API that never answers: readBaseManifest throws, the caller warns', async () => {
    const octokit = await hung(/contents/);
    const cwd = mkdtempSync(path.join(tmpdir(), 'gg-nogit-'));
    await expect(
      readBaseManifest({ cwd, baseSha: 'a'.repeat(40), manifestPath: 'graphguard.yml', octokit, owner: 'acme', repo: 'shop', gitTimeoutMs: 5000 }),
    ).rejects.toThrow(/contents API/);
  });
});
