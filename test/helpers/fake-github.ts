/**
 * A fake GitHub REST API on 127.0.0.1 (port 0) with the routes and response shapes octokit uses for
 * the sticky comment, the PR's file list and the base manifest. Pagination follows GitHub: `per_page`
 * (default 30, max 100), `page`, and a `Link` header with absolute `next`/`last` URLs.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id?: number;
  body: string;
  user: FakeUser;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  pulls: Record<number, { files: string[] }>;
  comments: Record<number, FakeComment[]>;
  /** ref → path → file text. */
  contents?: Record<string, Record<string, string>>;
  /** The token's identity; `null` makes GET /user answer 403 like GITHUB_TOKEN. Default: github-actions[bot] via 403. */
  viewer?: FakeUser | null;
  /** 403 on POST/PATCH, like a fork pull request's read-only token. */
  forbidWrites?: boolean;
  /** Who the token writes as when GET /user cannot say (an App installation token): default github-actions[bot]. */
  writer?: FakeUser;
  /** Requests whose `METHOD path` matches are accepted and never answered (a hung API). */
  hang?: RegExp;
}

export interface RecordedRequest {
  method: string;
  /** Path with query string. */
  path: string;
  body: unknown;
  authorization?: string;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export async function startFakeGitHub(state: FakeGitHubState): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  for (const list of Object.values(state.comments)) for (const c of list) c.id ??= nextId++;
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const method = req.method ?? 'GET';
      requests.push({ method, path: req.url ?? '', body, authorization: req.headers.authorization });
      if (state.hang?.test(`${method} ${req.url ?? ''}`)) return;
      try {
        route(method, new URL(req.url ?? '/', base), body, req, res);
      } catch (e) {
        send(res, 500, { message: String(e) });
      }
    });
  });

  const send = (res: http.ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    res.writeHead(status, {
      'content-type': typeof data === 'string' ? 'application/vnd.github.raw' : 'application/json; charset=utf-8',
      ...headers,
    });
    res.end(text);
  };
  const notFound = (res: http.ServerResponse) =>
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  const forbidden = (res: http.ServerResponse, doc: string) =>
    send(res, 403, { message: 'Resource not accessible by integration', documentation_url: doc, status: '403' });

  /** One page of `items`, with GitHub's Link header. */
  const paginate = <T>(url: URL, items: T[]): { page: T[]; headers: Record<string, string> } => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const link = (n: number, rel: string) => {
      const u = new URL(url.pathname, base);
      for (const [k, v] of url.searchParams) u.searchParams.set(k, v);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (pageNo > 1) links.push(link(pageNo - 1, 'prev'), link(1, 'first'));
    if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
    return { page, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  };

  const commentJson = (issue: number, c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${state.owner}/${state.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${state.owner}/${state.repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${state.owner}/${state.repo}/issues/${issue}`,
    body: c.body,
    user: { login: c.user.login, id: 1, type: c.user.type },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  });

  const findComment = (id: number): { issue: number; comment: FakeComment } | undefined => {
    for (const [issue, list] of Object.entries(state.comments)) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { issue: Number(issue), comment };
    }
    return undefined;
  };

  function route(method: string, url: URL, body: unknown, req: http.IncomingMessage, res: http.ServerResponse): void {
    const p = decodeURIComponent(url.pathname);
    if (method === 'GET' && p === '/user') {
      if (!state.viewer) return forbidden(res, 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
      return send(res, 200, { login: state.viewer.login, id: 1, type: state.viewer.type });
    }
    const prefix = `/repos/${state.owner}/${state.repo}/`;
    if (!p.startsWith(prefix)) return notFound(res);
    const rest = p.slice(prefix.length);
    let m: RegExpMatchArray | null;

    if ((m = rest.match(/^issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const { page, headers } = paginate(url, (state.comments[issue] ?? []).map((c) => commentJson(issue, c)));
        return send(res, 200, page, headers);
      }
      if (method === 'POST') {
        if (state.forbidWrites) return forbidden(res, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return send(res, 422, { message: 'Validation Failed' });
        if (text.length > 65536) return send(res, 422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
        const comment: FakeComment = { id: nextId++, body: text, user: state.viewer ?? state.writer ?? BOT };
        (state.comments[issue] ??= []).push(comment);
        return send(res, 201, commentJson(issue, comment));
      }
    }
    if ((m = rest.match(/^issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      if (state.forbidWrites) return forbidden(res, 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
      const found = findComment(Number(m[1]));
      if (!found) return notFound(res);
      const me = state.viewer ?? state.writer ?? BOT;
      if (found.comment.user.login !== me.login) return forbidden(res, 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return send(res, 422, { message: 'Validation Failed' });
      if (text.length > 65536) return send(res, 422, { message: 'Validation Failed' });
      found.comment.body = text;
      return send(res, 200, commentJson(found.issue, found.comment));
    }
    if ((m = rest.match(/^issues\/comments\/(\d+)$/)) && method === 'DELETE') {
      if (state.forbidWrites) return forbidden(res, 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment');
      const found = findComment(Number(m[1]));
      if (!found) return notFound(res);
      const me = state.viewer ?? state.writer ?? BOT;
      if (found.comment.user.login !== me.login) return forbidden(res, 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment');
      const list = state.comments[found.issue]!;
      list.splice(list.indexOf(found.comment), 1);
      res.writeHead(204);
      return void res.end();
    }
    if ((m = rest.match(/^pulls\/(\d+)\/files$/)) && method === 'GET') {
      const pull = state.pulls[Number(m[1])];
      if (!pull) return notFound(res);
      // GitHub lists at most 3000 files of a pull request.
      const files = pull.files.slice(0, 3000).map((filename, i) => ({
        sha: i.toString(16).padStart(40, '0'),
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
        blob_url: `https://github.com/${state.owner}/${state.repo}/blob/x/${filename}`,
        raw_url: `https://github.com/${state.owner}/${state.repo}/raw/x/${filename}`,
        contents_url: `${base}/repos/${state.owner}/${state.repo}/contents/${filename}`,
        patch: '@@ -1 +1 @@',
      }));
      const { page, headers } = paginate(url, files);
      return send(res, 200, page, headers);
    }
    if ((m = rest.match(/^contents\/(.+)$/)) && method === 'GET') {
      const ref = url.searchParams.get('ref') ?? 'HEAD';
      const tree = state.contents?.[ref];
      if (!tree) return send(res, 404, { message: `No commit found for the ref ${ref}`, status: '404' });
      const filePath = m[1] ?? '';
      const text = tree[filePath];
      if (text === undefined) return notFound(res);
      if ((req.headers.accept ?? '').includes('raw')) return send(res, 200, text);
      const b64 = Buffer.from(text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
      return send(res, 200, {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text),
        name: filePath.split('/').pop(),
        path: filePath,
        sha: 'f'.repeat(40),
        content: b64,
        url: `${base}/repos/${state.owner}/${state.repo}/contents/${filePath}?ref=${ref}`,
      });
    }
    return notFound(res);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    state,
    requests,
    /** Stop the server; closing twice is fine. */
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
