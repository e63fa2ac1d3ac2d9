/**
 * A scanned repository's `.git/config` names programs git would run by itself: clean/smudge/process
 * filters, a signature verifier, a transport's upload program, an fsmonitor hook. Each git entry point
 * of graphguard runs on such a repository here; a marker file says whether any of those programs ran.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { check } from '../../src/check.js';
import { diffSpecs } from '../../src/diff-command.js';
import { readBaseManifest } from '../../src/github/base-manifest.js';
import { parse } from 'yaml';
import { analyzeCalls } from '../../src/calls/analyze.js';
import { baseCallAnalysis } from '../../src/calls/pr.js';
import type { Manifest } from '../../src/manifest/types.js';
import { dropPrefetched, gitAnswerSettings, lastDirtyQuery, listFiles, pendingPrefetches, prefetchListing } from '../../src/scan/walk.js';
import { filterOverrideArgs, safeGitArgs } from '../../src/git-safe.js';
import { HEAD } from '../helpers/manifests.js';
import { fakeSecret } from '../helpers/secrets.js';
import { git as gitIn, gitWithInput } from '../helpers/git.js';

const TOKEN = fakeSecret('E' + 'AAG', 170, 7601);
const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management]
    token: { secret: SHOP_TOKEN }
`;
const root = mkdtempSync(path.join(tmpdir(), 'gg-git-hostile-'));
const markers = path.join(root, 'markers');
mkdirSync(markers);
afterAll(() => rmSync(root, { recursive: true, force: true }));
/** Forgets what the setup ran (git's own commands of the test, with the hostile config in place). */
const reset = (): void => {
  for (const f of readdirSync(markers)) rmSync(path.join(markers, f));
};
afterEach(reset);
const ran = (): string[] => readdirSync(markers).sort();

/** The test's own git (the setup), with fsmonitor off: the hostile config's hook exits 1. */
const SETUP = ['-c', 'init.defaultBranch=main', '-c', 'core.fsmonitor=false'];
const git = (cwd: string, ...args: string[]): string => gitIn(cwd, ...SETUP, ...args);

/** A program that leaves `markers/<name>` and then does `then` (a shell command). */
function program(name: string, then: string): string {
  const file = path.join(root, `prog-${name}`);
  writeFileSync(file, `#!/bin/sh\ntouch '${path.join(markers, name)}'\n${then}\n`, { mode: 0o755 });
  return file;
}

/**
 * The hostile part: what a repository received as an archive can hold in its `.git/config` and
 * `.gitattributes`. A clean filter (`gg`, on .js) and a long-running process filter (`pp`, on .yml),
 * each marked required; signatures shown by `git log` through a verifier; an fsmonitor hook.
 */
function makeHostile(repo: string): void {
  writeFileSync(path.join(repo, '.gitattributes'), '*.js filter=gg\n*.yml filter=pp\n');
  git(repo, 'config', 'filter.gg.clean', `${program('clean', 'cat')}`);
  git(repo, 'config', 'filter.gg.smudge', `${program('smudge', 'cat')}`);
  git(repo, 'config', 'filter.gg.required', 'true');
  git(repo, 'config', 'filter.pp.process', `${program('process', 'exit 1')}`);
  git(repo, 'config', 'filter.pp.required', 'true');
  git(repo, 'config', 'log.showSignature', 'true');
  git(repo, 'config', 'gpg.program', program('gpg', 'exit 1'));
  git(repo, 'config', 'core.fsmonitor', program('fsmonitor', 'exit 1'));
  git(repo, 'config', 'core.hooksPath', path.join(root, 'hooks'));
}

/** A commit of the index with a `gpgsig` header (its signature is junk: the verifier is what runs). */
function signedCommit(repo: string, message: string): string {
  const tree = git(repo, 'write-tree');
  const parent = git(repo, 'rev-parse', 'HEAD');
  const body = `tree ${tree}\nparent ${parent}\nauthor t <t@example.invalid> 1767614400 +0000\ncommitter t <t@example.invalid> 1767614400 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n${message}\n`;
  const sha = gitWithInput(repo, body, ...SETUP, 'hash-object', '-t', 'commit', '-w', '--stdin');
  git(repo, 'update-ref', 'refs/heads/main', sha);
  return sha;
}

function checkout(name: string, files: Record<string, string>): string {
  const repo = path.join(root, name);
  mkdirSync(repo);
  git(repo, 'init', '-q');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'init');
  return repo;
}

/**
 * Runs `f` with the scan cache's git answer asked for in a checkout of any size (these are small), and the
 * answers started ahead dropped after it.
 */
async function withGitAnswer(f: () => Promise<void>): Promise<void> {
  const saved = gitAnswerSettings.minIndexBytes;
  gitAnswerSettings.minIndexBytes = 0;
  try {
    await f();
  } finally {
    gitAnswerSettings.minIndexBytes = saved;
    dropPrefetched();
  }
}

/** Makes every index entry racily clean (its file no older than the index): git then reads the file to compare. */
function racy(repo: string): void {
  const index = path.join(repo, '.git', 'index');
  const t = statSync(index).mtime.getTime() / 1000 - 10;
  utimesSync(index, t, t);
}

describe('safeGitArgs: one set of options for every git command', () => {
  it('turns off fsmonitor, signatures, hooks, the pager and transports; diff-like and fetch commands get their own', () => {
    const base = ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'log.showSignature=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.pager=cat', '-c', 'protocol.ext.allow=never', '-c', 'core.quotePath=false'];
    const noTransport = ['protocol.allow', 'protocol.file.allow', 'protocol.ext.allow', 'protocol.ssh.allow', 'protocol.git.allow', 'protocol.http.allow', 'protocol.https.allow'].flatMap((k) => ['-c', `${k}=never`]);
    expect(safeGitArgs(['cat-file', 'blob', 'x'])).toEqual([...base, ...noTransport, 'cat-file', 'blob', 'x']);
    expect(safeGitArgs(['-c', 'a.b=c', 'log', '-z'])).toEqual([...base, ...noTransport, '-c', 'a.b=c', 'log', '--no-ext-diff', '--no-textconv', '--no-show-signature', '-z']);
    expect(safeGitArgs(['diff-files', '-z'])).toEqual([...base, ...noTransport, 'diff-files', '--no-ext-diff', '--no-textconv', '-z']);
    expect(safeGitArgs(['fetch', 'origin'])).toEqual([...base, 'fetch', '--upload-pack=git-upload-pack', '--no-recurse-submodules', 'origin']);
  });

  it('empties each filter driver the config names', () => {
    expect(filterOverrideArgs('filter.gg.clean\0filter.gg.smudge\0filter.a.b.process\0filter.lfs.required\0')).toEqual(
      ['gg', 'a.b', 'lfs'].flatMap((n) => ['-c', `filter.${n}.clean=`, '-c', `filter.${n}.smudge=`, '-c', `filter.${n}.process=`, '-c', `filter.${n}.required=false`]),
    );
    expect(filterOverrideArgs('')).toEqual([]);
  });
});

describe('a hostile .git/config runs nothing', () => {
  it('check --changed-only (git diff with the work tree): no filter runs, and the modified tracked files are found', async () => {
    const repo = checkout('changed', { 'src/a.js': 'const x = 1;\n', 'src/b.js': 'const y = 1;\n', 'ops/graphguard.yml': 'version: 1\n' });
    makeHostile(repo);
    writeFileSync(path.join(repo, 'src/a.js'), 'const x = 2;\n');
    writeFileSync(path.join(repo, 'ops/graphguard.yml'), 'version: 2\n');
    racy(repo);
    reset();
    const r = await listFiles({ cwd: repo, paths: ['.'], changedSince: 'HEAD' });
    expect(ran()).toEqual([]);
    // .gitattributes is untracked (not a change since HEAD); b.js did not change.
    expect(r.files).toEqual(['ops/graphguard.yml', 'src/a.js']);
    expect((await listFiles({ cwd: path.join(repo, 'src'), paths: ['.'], changedSince: 'HEAD' })).files).toEqual(['a.js']);
    expect(ran()).toEqual([]);
  });

  it("the scan cache's git answer (git diff-files): no filter runs, and the changed file is named", async () => {
    const repo = checkout('dirty', { 'src/a.js': 'const x = 1;\n', 'src/b.js': 'const y = 1;\n', 'c.yml': 'c: 1\n' });
    makeHostile(repo);
    writeFileSync(path.join(repo, 'src/a.js'), 'const x = 2;\n');
    racy(repo);
    reset();
    await withGitAnswer(async () => {
    prefetchListing(repo, ['.'], { dirty: true });
    const r = await listFiles({ cwd: repo, paths: ['.'], dirty: true, statFiles: false });
    expect(r.index?.dirty).toBeDefined();
    const dirty = (await r.index!.dirty!).toString('utf8').split('\0').filter(Boolean);
    expect(ran()).toEqual([]);
    // Without the filters a racily clean file's bytes are compared as they are: b.js and c.yml are
    // unchanged, a.js changed.
    expect(dirty).toEqual(['src/a.js']);
    });
  });

  it("the scan cache's git answer with no racily clean entry: the filter drivers are not even asked for, and none runs", async () => {
    const repo = checkout('dirty-settled', { 'src/a.js': 'const x = 1;\n', 'src/b.js': 'const y = 1;\n', 'c.yml': 'c: 1\n' });
    makeHostile(repo);
    // Every entry a whole second older than the index file (a checkout written some time ago), and a.js
    // changed since: git names it by its status, and reads no file.
    const index = path.join(repo, '.git', 'index');
    const t = Math.max(...['src/a.js', 'src/b.js', 'c.yml'].map((f) => Math.floor(statSync(path.join(repo, f)).mtimeMs / 1000))) + 2;
    utimesSync(index, t, t);
    writeFileSync(path.join(repo, 'src/a.js'), 'const x = 2;\n');
    utimesSync(path.join(repo, 'src/a.js'), t + 100, t + 100);
    reset();
    await withGitAnswer(async () => {
    lastDirtyQuery.filtersAsked = true;
    prefetchListing(repo, ['.'], { dirty: true });
    expect(lastDirtyQuery.filtersAsked).toBe(false);
    const r = await listFiles({ cwd: repo, paths: ['.'], dirty: true, statFiles: false });
    const dirty = (await r.index!.dirty!).toString('utf8').split('\0').filter(Boolean);
    expect(ran()).toEqual([]);
    expect(dirty).toEqual(['src/a.js']);
    // The same index made racy again: asked for (and emptied), as in the test above.
    racy(repo);
    prefetchListing(repo, ['.'], { dirty: true });
    expect(lastDirtyQuery.filtersAsked).toBe(true);
    });
  });

  it("the scan cache's git answer with a split index: its shared entries are git's to check, so the drivers are emptied", async () => {
    // A racily clean entry kept in the shared index file, none in the index file itself (hunt N, N1).
    const repo = checkout('dirty-split', { 'src/a.js': 'const x = 1;\n', 'c.yml': 'c: 1\n' });
    const at = (rel: string, seconds: number) => utimesSync(path.join(repo, rel), seconds, seconds);
    const base = Math.floor(Date.now() / 1000) - 100_000;
    at('src/a.js', base + 50_000);
    at('c.yml', base);
    git(repo, 'add', '-A');
    git(repo, '-c', 'splitIndex.maxPercentChange=100', 'update-index', '--split-index');
    writeFileSync(path.join(repo, 'pad.txt'), 'pad\n');
    at('pad.txt', base);
    git(repo, '-c', 'splitIndex.maxPercentChange=100', 'add', 'pad.txt');
    makeHostile(repo);
    at('.git/index', base + 10_000);
    reset();
    await withGitAnswer(async () => {
    prefetchListing(repo, ['.'], { dirty: true });
    // git's diff-files, started ahead, run to its end (a split index is listed by git, so no listing takes it).
    const started = pendingPrefetches();
    expect(started).toHaveLength(1);
    await Promise.allSettled(started);
    expect(ran()).toEqual([]);
    expect(lastDirtyQuery.filtersAsked).toBe(true);
    });
  });

  it('check --history (git log, git cat-file --batch): no signature verifier runs, and the token a signed commit added is found', async () => {
    const repo = checkout('history', { 'graphguard.yml': MANIFEST, 'src/app.js': 'export const x = 1;\n' });
    writeFileSync(path.join(repo, 'src/app.js'), `export const token = "${TOKEN}";\n`);
    git(repo, 'add', 'src/app.js');
    const sha = signedCommit(repo, 'signed: add');
    writeFileSync(path.join(repo, 'src/app.js'), 'export const token = process.env.SHOP_TOKEN;\n');
    git(repo, 'add', 'src/app.js');
    signedCommit(repo, 'signed: remove');
    makeHostile(repo);
    racy(repo);
    reset();
    const { report } = await check({ cwd: repo, env: {}, today: '2026-03-01', history: {} });
    expect(ran()).toEqual([]);
    const hard = report.findings.filter((f) => f.ruleId === 'hardcoded-token');
    expect(hard.map((f) => [f.file, f.line, f.history ?? null])).toEqual([['src/app.js', 1, { commit: sha, date: '2026-01-05', path: 'src/app.js' }]]);
  });

  it('graphguard diff REF:path (git cat-file, git rev-parse): reads the base, and a partial clone fetches nothing', async () => {
    const repo = checkout('diff', { 'graphguard.yml': MANIFEST });
    makeHostile(repo);
    racy(repo);
    reset();
    expect(diffSpecs(repo, 'HEAD:graphguard.yml', 'graphguard.yml')).toEqual({ changes: [], newAccess: 0 });
    expect(ran()).toEqual([]);

    // A partial clone whose remote's upload program is a program of the repository's: git would fetch
    // the missing blob through it (a lazy fetch) on `git cat-file`.
    git(repo, 'config', 'uploadpack.allowFilter', 'true');
    const partial = path.join(root, 'diff-partial');
    git(root, 'clone', '-q', '--filter=blob:none', '--no-checkout', `file://${repo}`, partial);
    git(partial, 'config', 'remote.origin.uploadpack', program('uploadpack', 'exec git-upload-pack "$@"'));
    git(partial, 'config', 'protocol.file.allow', 'always');
    writeFileSync(path.join(partial, 'graphguard.yml'), MANIFEST);
    reset();
    expect(() => diffSpecs(partial, 'HEAD:graphguard.yml', 'graphguard.yml')).toThrow(
      "cannot read HEAD:graphguard.yml: this partial clone does not hold the file's content, and graphguard fetches nothing (git show HEAD:graphguard.yml > base.yml fetches it; then pass base.yml)",
    );
    expect(ran()).toEqual([]);
    // `--history` there: one line that says why, exit 2 (git's own "lazy fetching disabled" said nothing a user could act on).
    let stderr = '';
    const code = await main(['check', '--history', '--format', 'json'], { cwd: partial, env: {}, stdout: () => {}, stderr: (t) => (stderr += t), isTTY: false });
    expect(code).toBe(2);
    expect(stderr).toBe("graphguard: --history: this partial clone does not hold every commit's files, and graphguard fetches nothing: fetch them first, or run in a full clone\n");
    expect(ran()).toEqual([]);
  });

  it("the action's base manifest and base calls (git fetch, git cat-file, git diff): git's own upload program, no filter, no verifier", async () => {
    const origin = checkout('origin', { 'graphguard.yml': 'version: 1 # base\n', 'src/a.js': 'const x = 1;\n' });
    const baseSha = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, 'graphguard.yml'), 'version: 1 # head\n');
    git(origin, 'commit', '-qam', 'head');
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const shallow = path.join(root, 'pr-shallow');
    git(root, 'clone', '-q', '--depth=1', `file://${origin}`, shallow);
    makeHostile(shallow);
    git(shallow, 'config', 'remote.origin.uploadpack', program('uploadpack', 'exec git-upload-pack "$@"'));
    signedCommit(shallow, 'signed head');
    racy(shallow);
    reset();
    expect(await readBaseManifest({ cwd: shallow, baseSha, manifestPath: 'graphguard.yml' })).toEqual({ text: 'version: 1 # base\n', source: 'git-fetched' });
    expect(ran()).toEqual([]);

    // The base calls: the shallow checkout fetches the base, lists what changed and reads the base's files.
    const changedOrigin = checkout('calls-origin', { 'src/old.js': "const t = process.env.SHOP_TOKEN;\nFB.api('/me/accounts');\n" });
    const callsBase = git(changedOrigin, 'rev-parse', 'HEAD');
    git(changedOrigin, 'rm', '-q', 'src/old.js');
    writeFileSync(path.join(changedOrigin, 'new.js'), 'const y = 1;\n');
    git(changedOrigin, 'add', '-A');
    git(changedOrigin, 'commit', '-qm', 'head');
    git(changedOrigin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const shallow2 = path.join(root, 'calls-shallow');
    git(root, 'clone', '-q', '--depth=1', `file://${changedOrigin}`, shallow2);
    makeHostile(shallow2);
    git(shallow2, 'config', 'remote.origin.uploadpack', program('uploadpack', 'exec git-upload-pack "$@"'));
    signedCommit(shallow2, 'signed head');
    racy(shallow2);
    reset();
    const manifest = parse(MANIFEST) as Manifest;
    const before = await baseCallAnalysis({ cwd: shallow2, baseSha: callsBase, head: analyzeCalls(manifest, []) });
    expect(ran()).toEqual([]);
    expect(before.users[0]!.calls.map((c) => `${c.file} ${c.method} ${c.path}`)).toEqual(['src/old.js GET /{user-id}/accounts']);
  });
});
