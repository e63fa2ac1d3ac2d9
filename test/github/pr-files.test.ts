import { afterEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { listChangedFiles, PR_FILES_LIMIT } from '../../src/github/pr-files.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('listChangedFiles', () => {
  it('pages through pulls.listFiles to the end', async () => {
    const files = Array.from({ length: 250 }, (_, i) => `src/f${i}.ts`);
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 7: { files } }, comments: {} });
    const octokit = getOctokit('t', { baseUrl: gh.url });
    expect(await listChangedFiles(octokit, 'acme', 'shop', 7)).toEqual(files);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/shop/pulls/7/files?per_page=100',
      'GET /repos/acme/shop/pulls/7/files?per_page=100&page=2',
      'GET /repos/acme/shop/pulls/7/files?per_page=100&page=3',
    ]);
  });

  it('returns what GitHub gives, at most 3000 files', async () => {
    const files = Array.from({ length: 3100 }, (_, i) => `f${i}`);
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 8: { files } }, comments: {} });
    const octokit = getOctokit('t', { baseUrl: gh.url });
    const listed = await listChangedFiles(octokit, 'acme', 'shop', 8);
    expect(listed).toHaveLength(PR_FILES_LIMIT);
    expect(listed.at(-1)).toBe('f2999');
  });

  it('throws on an HTTP error (the caller decides)', async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: {}, comments: {} });
    const octokit = getOctokit('t', { baseUrl: gh.url });
    await expect(listChangedFiles(octokit, 'acme', 'shop', 9)).rejects.toMatchObject({ status: 404 });
  });
});

describe('scanNames: a pull request\'s files as the scan names them (hunt AT2-9)', () => {
  it('adds the checkout folder when the scan runs above the repository, strips the folder when it runs inside', async () => {
    const { scanNames } = await import('../../src/github/pr-files.js');
    const files = ['src/a.js', 'docs/b.md'];
    expect([...scanNames(files, '/w', '/w')]).toEqual(['src/a.js', 'docs/b.md']);
    // actions/checkout with `path: app`: the scan runs in the workspace above it.
    expect([...scanNames(files, '/w', '/w/app')]).toEqual(['app/src/a.js', 'app/docs/b.md']);
    // The scan runs in a folder of the repository: files outside it drop out.
    expect([...scanNames(files, '/w/src', '/w')]).toEqual(['a.js']);
    // Unrelated folders: as given.
    expect([...scanNames(files, '/x', '/w')]).toEqual(['src/a.js', 'docs/b.md']);
  });
});
