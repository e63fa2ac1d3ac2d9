import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listChangedFiles } from '../../src/github/pr-files.js';
import { getOctokit } from '@actions/github';
import { buildCommentBody, COMMENT_MAX_CHARS, MARKER, upsertStickyComment } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubState } from '../helpers/fake-github.js';

const HUMAN = { login: 'octocat', type: 'User' as const };
const ACTIONS = { login: 'github-actions[bot]', type: 'Bot' as const };

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function setup(over: Partial<FakeGitHubState> = {}) {
  gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 7: { files: [] } }, comments: { 7: [] }, viewer: null, ...over });
  const octokit = getOctokit('test-token', { baseUrl: gh.url });
  const run = (body: string, clean = false) => upsertStickyComment({ octokit, owner: 'acme', repo: 'shop', issueNumber: 7, body, clean });
  const writes = () => gh!.requests.filter((r) => r.method !== 'GET');
  return { gh, run, writes };
}

describe('upsertStickyComment', () => {
  it('creates the comment on the first run and updates it in place on a rerun', async () => {
    const { gh, run, writes } = await setup();
    const first = await run('## graphguard\n\n1 error');
    expect(first.action).toBe('created');
    expect(gh.state.comments[7]).toHaveLength(1);
    expect(gh.state.comments[7]?.[0]?.body).toBe(`${MARKER}\n## graphguard\n\n1 error`);
    expect(first.url).toBe(`https://github.com/acme/shop/pull/7#issuecomment-${gh.state.comments[7]?.[0]?.id}`);

    const second = await run('## graphguard\n\n2 errors');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.state.comments[7]).toHaveLength(1);
    expect(gh.state.comments[7]?.[0]?.body).toBe(`${MARKER}\n## graphguard\n\n2 errors`);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${first.id}`,
    ]);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/user', authorization: 'token test-token' });
  });

  it('does not write when the body is unchanged', async () => {
    const { run, writes } = await setup();
    await run('same');
    expect(await run('same')).toMatchObject({ action: 'unchanged' });
    expect(writes()).toHaveLength(1);
  });

  it('leaves a human comment that quotes the marker alone', async () => {
    const { gh, run } = await setup({
      comments: { 7: [{ body: `${MARKER}\nI copied this`, user: HUMAN }, { body: `> ${MARKER}\n> quoted`, user: HUMAN }] },
    });
    expect((await run('report')).action).toBe('created');
    expect(gh.state.comments[7]?.map((c) => c.body)).toEqual([`${MARKER}\nI copied this`, `> ${MARKER}\n> quoted`, `${MARKER}\nreport`]);
  });

  it('with a personal token, finds its own comment through GET /user and ignores the bot', async () => {
    const { gh, run } = await setup({
      viewer: HUMAN,
      comments: { 7: [{ body: `${MARKER}\nbot's`, user: ACTIONS }, { body: `${MARKER}\nmine`, user: HUMAN }] },
    });
    expect((await run('new')).action).toBe('updated');
    expect(gh.state.comments[7]?.map((c) => c.body)).toEqual([`${MARKER}\nbot's`, `${MARKER}\nnew`]);
  });

  it('posts nothing on a clean first run', async () => {
    const { gh, run, writes } = await setup();
    expect(await run('No findings.', true)).toEqual({ action: 'skipped', reason: 'Clean run and no earlier graphguard comment: nothing to post.' });
    expect(writes()).toEqual([]);
    expect(gh.state.comments[7]).toEqual([]);
  });

  it('updates an earlier comment on a clean rerun', async () => {
    const { gh, run } = await setup({ comments: { 7: [{ body: `${MARKER}\n3 errors`, user: ACTIONS }] } });
    expect((await run('## graphguard\n\nNo findings.', true)).action).toBe('updated');
    expect(gh.state.comments[7]?.map((c) => c.body)).toEqual([`${MARKER}\n## graphguard\n\nNo findings.`]);
  });

  it('is skipped with a reason on a 403 (fork / read-only token), never throwing', async () => {
    const { gh, run } = await setup({ forbidWrites: true });
    const result = await run('1 error');
    expect(result.action).toBe('skipped');
    expect(result.reason).toBe(
      'No PR comment: GitHub answered 403 (Resource not accessible by integration). A fork pull request or a token without pull-requests: write cannot comment.',
    );
    expect(gh.state.comments[7]).toEqual([]);
  });

  it('reads a bounded number of pages of comments and files when the API says there is always a next one', async () => {
    let gets = 0;
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET') {
        gets++;
        const page = Number(url.searchParams.get('page') ?? '1');
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        const item = url.pathname.endsWith('/files') ? { filename: `f${page}.js` } : { id: page, body: 'not ours', user: { login: 'someone' } };
        res.writeHead(200, { 'content-type': 'application/json', link: `<http://127.0.0.1:${(server.address() as AddressInfo).port}${next.pathname}${next.search}>; rel="next"` });
        res.end(JSON.stringify([item]));
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 1_000_000, body: '', user: { login: 'github-actions[bot]' } }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const octokit = getOctokit('t', { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      await upsertStickyComment({ octokit, owner: 'acme', repo: 'shop', issueNumber: 7, body: 'x', clean: false });
      // Two listings of 50 pages at most (before and after creating its comment), and a lookup or two.
      expect(gets).toBeLessThanOrEqual(2 * 50 + 3);
      gets = 0;
      const files = await listChangedFiles(octokit, 'acme', 'shop', 7);
      expect(gets).toBe(30);
      expect(files).toHaveLength(30);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('a failure reason quotes at most 200 characters of the answer, cut at a space', async () => {
    const { gh } = await setup();
    const octokit = getOctokit('t', { baseUrl: gh.url });
    const huge = { status: 500, response: { data: { message: `${'word '.repeat(100)}${'x'.repeat(10_000)}` } } };
    const result = await upsertStickyComment({
      octokit: { ...octokit, paginate: () => Promise.reject(huge) } as never,
      owner: 'acme',
      repo: 'shop',
      issueNumber: 7,
      body: 'x',
      clean: false,
    });
    await gh.close();
    expect(result.action).toBe('skipped');
    expect(result.reason).toBe(`No PR comment: GitHub answered 500 (${'word '.repeat(40).trimEnd()} …).`);
  });

  it('is skipped with a reason on other HTTP errors', async () => {
    const { gh } = await setup();
    const octokit = getOctokit('t', { baseUrl: gh.url });
    const result = await upsertStickyComment({ octokit, owner: 'acme', repo: 'other', issueNumber: 7, body: 'x', clean: false });
    expect(result).toEqual({ action: 'skipped', reason: 'No PR comment: GitHub answered 404 (Not Found).' });
    await gh.close();
    const down = await upsertStickyComment({ octokit, owner: 'acme', repo: 'shop', issueNumber: 7, body: 'x', clean: false });
    expect(down.action).toBe('skipped');
    expect(down.reason).toMatch(/^No PR comment: /);
  });

  it('finds its comment on the third page of comments', async () => {
    const others = Array.from({ length: 230 }, (_, i) => ({ body: `comment ${i}`, user: HUMAN }));
    const { gh, run } = await setup({ comments: { 7: [...others, { body: `${MARKER}\nold`, user: ACTIONS }] } });
    expect((await run('new')).action).toBe('updated');
    expect(gh.state.comments[7]).toHaveLength(231);
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments')).map((r) => r.path)).toEqual([
      '/repos/acme/shop/issues/7/comments?per_page=100',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=2',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=3',
    ]);
  });

  it("never adopts another bot's comment that starts with the marker; posts its own", async () => {
    const otherBot = { login: 'evil-bot[bot]', type: 'Bot' as const };
    const { gh, run, writes } = await setup({ comments: { 7: [{ body: `${MARKER}\nfake report`, user: otherBot }] } });
    const r = await run('report');
    expect(r.action).toBe('created');
    expect(gh.state.comments[7]?.map((c) => `${c.user.login}: ${c.body}`)).toEqual([
      `evil-bot[bot]: ${MARKER}\nfake report`,
      `github-actions[bot]: ${MARKER}\nreport`,
    ]);
    expect(writes().map((w) => w.method)).toEqual(['POST']);
  });

  it('with an App installation token (GET /user 403), learns its login from the comment it creates and keeps one', async () => {
    const appBot = { login: 'graphguard-app[bot]', type: 'Bot' as const };
    const { gh, run } = await setup({ writer: appBot, comments: { 7: [{ body: `${MARKER}\nold`, user: appBot }] } });
    const oldId = gh.state.comments[7]![0]!.id;
    const r = await run('new');
    expect(r).toMatchObject({ action: 'updated', id: oldId });
    expect(gh.state.comments[7]?.map((c) => `${c.user.login}: ${c.body}`)).toEqual([`graphguard-app[bot]: ${MARKER}\nnew`]);
  });

  it('two runs at once leave one comment: the oldest is kept, the rest deleted', async () => {
    const { gh, run } = await setup();
    const results = await Promise.all([run('report A'), run('report B'), run('report C')]);
    // The race happened: more than one run created a comment.
    expect(gh.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(1);
    expect(gh.state.comments[7]).toHaveLength(1);
    const kept = gh.state.comments[7]![0]!;
    expect(results.every((x) => x.action !== 'skipped')).toBe(true);
    expect(results.map((x) => x.id).every((id) => id === kept.id)).toBe(true);
    expect(kept.body).toMatch(new RegExp(`^${MARKER}\\nreport [ABC]$`));
  });

  it('a run that finds duplicates left by an earlier race keeps the oldest and deletes the rest', async () => {
    const { gh, run } = await setup({
      comments: { 7: [{ body: `${MARKER}\none`, user: ACTIONS }, { body: 'human', user: HUMAN }, { body: `${MARKER}\ntwo`, user: ACTIONS }] },
    });
    const first = gh.state.comments[7]![0]!.id;
    expect(await run('three')).toMatchObject({ action: 'updated', id: first });
    expect(gh.state.comments[7]?.map((c) => c.body)).toEqual([`${MARKER}\nthree`, 'human']);
  });
});

describe('buildCommentBody', () => {
  it('keeps bodies under 65,536 characters, cutting at a line, with a link to the summary', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| error | rule | f:${i} | ${'m'.repeat(20)} |`).join('\n');
    const body = buildCommentBody(rows, 'https://github.com/acme/shop/actions/runs/1');
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.startsWith(`${MARKER}\n| error`)).toBe(true);
    expect(body).toMatch(/m \|\n\n_Comment truncated to GitHub's size limit — see \[the job summary\]\(https:\/\/github.com\/acme\/shop\/actions\/runs\/1\) for the full report\._$/);
    expect(buildCommentBody('short')).toBe(`${MARKER}\nshort`);
  });

  it('neutralises workflow commands', () => {
    expect(buildCommentBody('::error::x\n##[group]y')).toBe(`${MARKER}\n:\u200b:error::x\n#\u200b#[group]y`);
  });
});
