/**
 * `graphguard rotate USER` end to end against the fake Graph API: the dry-run plan, the performed
 * rotation (generate, verify, store 0600, revoke every token, lastRotated with comments kept), and
 * failure halfway (an unverifiable new token: nothing revoked, nothing stored, the manifest unchanged).
 */
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/cli.js';
import type { RotateIO } from '../src/rotate.js';
import { exampleBusiness, startFakeGraph, type FakeGraph, type FakeOptions } from './helpers/fake-graph.js';

const ex = () => exampleBusiness(3, 1);
const TODAY = '2026-12-03';

const manifestFor = (b: ReturnType<typeof ex>['business'], expires = '60d') => `# graphguard manifest — the comments must survive a rotation
version: 1
business:
  id: "${b.id}"
app:
  id: "${b.appId}"
  graphApiVersion: v26.0
systemUsers:
  - name: bm-admin
    id: "${b.systemUsers[0]!.id}"
    role: admin
    useCases: [business_admin]
    permissions: [business_management]
    token: { secret: META_ADMIN_TOKEN, expires: 60d }  # the acting token
  - name: su-01
    id: "${b.systemUsers[1]!.id}"
    role: system_user
    environment: production
    useCases: [catalog_management]
    permissions: [catalog_management, business_management, public_profile]
    token:
      secret: SU01_TOKEN  # CI secret
      expires: ${expires}
      rotateEveryDays: 30
      lastRotated: 2026-10-01
`;

let fake: FakeGraph | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function rotate(
  args: string[],
  opts: {
    fake?: FakeOptions;
    isTTY?: boolean;
    expires?: string;
    env?: Record<string, string>;
    edit?: (manifest: string) => string;
    sub?: string;
    /** The CLI's flushStdout (default: none, the writes are synchronous). */
    flush?: () => Promise<void>;
  } = {},
) {
  const e = ex();
  fake = await startFakeGraph(e.business, opts.fake);
  dir = mkdtempSync(path.join(tmpdir(), 'gg-rotate-'));
  const manifest = (opts.edit ?? ((m) => m))(manifestFor(e.business, opts.expires));
  writeFileSync(path.join(dir, 'graphguard.yml'), manifest);
  // Run from a subfolder of a checkout (the manifest is found above, as check finds it).
  if (opts.sub) {
    mkdirSync(path.join(dir, opts.sub), { recursive: true });
    mkdirSync(path.join(dir, '.git'));
  }
  // `calls`: the token calls (POST, DELETE) the fake had seen at each write to stdout, and at each flush.
  const out = { stdout: '', stderr: '', raw: '', callsAtWrite: [] as string[][], callsAtFlush: [] as string[][] };
  const calls = () => fake!.rotation.calls.map((c) => c.method);
  const env = {
    GRAPHGUARD_GRAPH_URL: fake.url,
    GRAPHGUARD_APP_SECRET: e.business.appSecret,
    META_ADMIN_TOKEN: e.tokenOf['bm-admin']!,
    SU01_TOKEN: e.tokenOf['su-01']!,
    ...opts.env,
  };
  const io: CliIO & Pick<RotateIO, 'sleep'> = {
    cwd: opts.sub ? path.join(dir, opts.sub) : dir,
    env,
    stdout: (s) => {
      out.stdout += s;
      out.raw += s;
      out.callsAtWrite.push(calls());
    },
    stderr: (s) => (out.stderr += s),
    ...(opts.flush
      ? {
          flushStdout: () => {
            out.callsAtFlush.push(calls());
            return opts.flush!();
          },
        }
      : {}),
    isTTY: opts.isTTY ?? false,
    // Retries do not wait (rotate reads it from the CLI's io); the budget still runs on the real clock.
    sleep: async () => undefined,
  };
  const code = await main(['rotate', ...args, '--today', TODAY], io);
  return { code, out, e, manifest, dir };
}

/** Step 4's advice when the revocation may not have run, or may have taken the new token. */
/** `rotate su-01 --yes --output OUTPUT` in a folder of the test's own making: its exit code and stderr. */
async function rotateIn(cwd: string, output: string, e: ReturnType<typeof ex>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['rotate', 'su-01', '--yes', '--output', output, '--today', TODAY], {
    cwd,
    env: { GRAPHGUARD_GRAPH_URL: fake!.url, GRAPHGUARD_APP_SECRET: e.business.appSecret, META_ADMIN_TOKEN: e.tokenOf['bm-admin']! },
    stdout: () => undefined,
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
  });
  return { code, stderr };
}

const AGAIN =
  'run graphguard rotate su-01 --yes --output FILE again (it revokes every token of su-01, then checks the new one and, if the revocation took it, generates and stores one more)';
/** The client's reason for a connection closed before any answer. */
const DROPPED = 'network error (UND_ERR_SOCKET)';

/** The input_token of each debug_token the fake answered after the DELETE, in order. */
function debugTokensAfterDelete(): (string | undefined)[] {
  const reqs = fake!.requests;
  const del = reqs.findIndex((r) => r.method === 'DELETE');
  return reqs.slice(del + 1).filter((r) => r.path.endsWith('/debug_token')).map((r) => r.query.input_token);
}

/** No token value (old or new) in what a person or a log sees. */
function expectNoTokens(text: string, values: string[]): void {
  for (const v of values) expect(text.includes(v.slice(0, 12)), 'a token value reached the output').toBe(false);
}

describe('graphguard rotate USER (dry run)', () => {
  it('prints the plan and calls nothing', async () => {
    const { code, out, e } = await rotate(['su-01']);
    expect(code).toBe(0);
    expect(fake!.requests).toEqual([]);
    const id = e.business.systemUsers[1]!.id;
    expect(out.stdout).toContain('dry run: nothing is called; pass --yes to perform it');
    expect(out.stdout).toContain(`  1. POST /${id}/access_tokens  business_app=${e.business.appId}  scope=catalog_management,business_management  set_token_expires_in_60_days=true  appsecret_proof  (acting token: META_ADMIN_TOKEN)\n`);
    expect(out.stdout).toContain(`  4. DELETE /${id}/access_tokens — WARNING: this revokes EVERY token of su-01, not only the old one`);
    expect(out.stdout).toContain('gh secret set SU01_TOKEN < FILE && rm FILE');
  });

  it('a never-expiring token is asked without the 60-day flag', async () => {
    const { out } = await rotate(['su-01'], { expires: 'never' });
    expect(out.stdout).toMatch(/scope=catalog_management,business_management {2}appsecret_proof/);
  });

  it('finds the manifest in the folder above from a subfolder, as check does; --help answers; a date that is no date is refused', async () => {
    const sub = await rotate(['su-01'], { sub: 'src/deep' });
    expect(sub.code).toBe(0);
    expect(sub.out.stdout).toContain('su-01');
    const help = await rotate(['--help']);
    expect(help.code).toBe(0);
    expect(help.out.stdout).toMatch(/^Usage: graphguard rotate USER \[options\]/);
    let stderr = '';
    const bad = await main(['rotate', 'su-01', '--today', '2026-02-30'], { cwd: sub.dir, env: {}, stdout: () => {}, stderr: (t) => (stderr += t), isTTY: false });
    expect(bad).toBe(2);
    expect(stderr).toBe('graphguard: --today must be a date YYYY-MM-DD, not "2026-02-30"\n');
  });

  it('an unknown user, --yes without --output, --output - to a terminal: one line, exit 2, no call', async () => {
    expect((await rotate(['nobody'])).code).toBe(2);
    const noOut = await rotate(['su-01', '--yes']);
    expect(noOut.code).toBe(2);
    expect(noOut.out.stderr).toBe('graphguard: --yes needs --output FILE (written 0600) or --output - (a pipe): the new token is never printed to a terminal or a log\n');
    expect(fake!.requests).toEqual([]);
    const tty = await rotate(['su-01', '--yes', '--output', '-'], { isTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.out.stderr).toMatch(/^graphguard: --output - writes the new token to stdout, which is a terminal/);
    expect(fake!.requests).toEqual([]);
  });
});

describe('graphguard rotate USER --yes', () => {
  it('generates, verifies, stores 0600, revokes every token, regenerates when the revocation took the new one, sets lastRotated', async () => {
    const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt']);
    expect(out.stderr).not.toMatch(/failed/);
    expect(code).toBe(0);
    const id = e.business.systemUsers[1]!.id;
    const calls = fake!.rotation.calls.map((c) => `${c.method} ${c.userId}`);
    // The fake's DELETE revokes the new token too: one more POST after it.
    expect(calls).toEqual([`POST ${id}`, `DELETE ${id}`, `POST ${id}`]);
    expect(fake!.rotation.calls[0]!.form).toMatchObject({
      business_app: e.business.appId,
      scope: 'catalog_management,business_management',
      set_token_expires_in_60_days: 'true',
      appsecret_proof: '(present)',
    });
    const file = path.join(cwd, 'new-token.txt');
    expect(readFileSync(file, 'utf8')).toBe(fake!.rotation.issued[1]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The new token works; the old one and the first new one were revoked.
    expect(e.business.tokens[fake!.rotation.issued[1]!]!.is_valid).toBe(true);
    expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(false);
    // lastRotated updated; every comment kept.
    const updated = readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8');
    expect(updated).toBe(manifest.replace('lastRotated: 2026-10-01', `lastRotated: ${TODAY}`));
    expectNoTokens(out.stdout + out.stderr, [...fake!.rotation.issued, e.tokenOf['su-01']!, e.tokenOf['bm-admin']!]);
    expect(out.stderr).toContain('graphguard rotate: 4. revoked every token of su-01');
  });

  it('refuses the admin system user’s own token as the acting one (it would revoke itself): by value, and by debug_token’s owner', async () => {
    // GRAPHGUARD_ADMIN_TOKEN holding bm-admin's own token, to rotate bm-admin: the same value as its secret.
    const same = await rotate(['bm-admin', '--yes', '--output', 'new-token.txt'], { env: { GRAPHGUARD_ADMIN_TOKEN: ex().tokenOf['bm-admin']! } });
    expect(same.code).toBe(2);
    expect(same.out.stderr).toContain('graphguard: GRAPHGUARD_ADMIN_TOKEN holds a token of bm-admin itself: step 4 revokes every token of bm-admin, the acting one too');
    expect(fake!.rotation.calls).toEqual([]);
    // Another token of bm-admin (its secret not in the environment): debug_token names the owner.
    const other = await rotate(['bm-admin', '--yes', '--output', 'new-token.txt'], { env: { GRAPHGUARD_ADMIN_TOKEN: ex().tokenOf['bm-admin']!, META_ADMIN_TOKEN: '' } });
    expect(other.code).toBe(2);
    expect(other.out.stderr).toContain('holds a token of bm-admin itself');
    expect(fake!.rotation.calls).toEqual([]);
    expect(existsSync(path.join(other.dir, 'new-token.txt'))).toBe(false);
  });

  it("keeps the manifest's byte order mark", async () => {
    const { code, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { edit: (m) => `\uFEFF${m}` });
    expect(code).toBe(0);
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest.replace('lastRotated: 2026-10-01', `lastRotated: ${TODAY}`));
    expect(readFileSync(path.join(cwd, 'graphguard.yml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('when the revocation spares the new token, it is stored once', async () => {
    const { code } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteSparesNewest: true } } });
    expect(code).toBe(0);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST', 'DELETE']);
    expect(readFileSync(path.join(dir!, 'new-token.txt'), 'utf8')).toBe(fake!.rotation.issued[0]);
  });

  it('a manifest whose edit would fail (the token map is an alias) stops before any call, not after the revocation', async () => {
    const { code, out, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], {
      edit: (m) =>
        m
          .replace('  - name: su-01\n', '  - name: su-02\n    role: system_user\n    environment: test\n    token: &tok\n      secret: SU01_TOKEN\n      expires: 60d\n  - name: su-01\n')
          .replace('    token:\n      secret: SU01_TOKEN  # CI secret\n      expires: 60d\n      rotateEveryDays: 30\n      lastRotated: 2026-10-01\n', '    token: *tok\n'),
    });
    expect(manifest).toContain('token: *tok');
    expect(code).toBe(2);
    expect(out.stderr).toContain('cannot set lastRotated');
    expect(fake!.rotation.calls).toEqual([]);
    expect(existsSync(path.join(cwd, 'new-token.txt'))).toBe(false);
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
  });

  it('failure halfway: a new token that cannot be verified revokes nothing, stores nothing, changes nothing', async () => {
    const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { unverifiable: true } } });
    expect(code).toBe(2);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST']);
    expect(out.stderr).toContain('graphguard: step 2 (debug_token) failed: the new token is not valid. Nothing was revoked; the old tokens still work.');
    expect(existsSync(path.join(cwd, 'new-token.txt'))).toBe(false);
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
    expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(true);
  });

  it('a new token with more scopes than declared, or that never expires for a 60d manifest, stops at step 2: nothing revoked', async () => {
    const extra = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { extraScopes: ['ads_management', 'public_profile'] } } });
    expect(extra.code).toBe(2);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST']);
    expect(extra.out.stderr).toContain(
      'graphguard: step 2 (debug_token) failed: the new token has scopes the manifest does not declare: ads_management. Nothing was revoked; the old tokens still work.',
    );
    expect(existsSync(path.join(extra.dir, 'new-token.txt'))).toBe(false);
    expect(readFileSync(path.join(extra.dir, 'graphguard.yml'), 'utf8')).toBe(extra.manifest);
    await fake!.close();
    fake = undefined;
    rmSync(extra.dir, { recursive: true, force: true });

    const never = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { neverExpires: true } } });
    expect(never.code).toBe(2);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST']);
    expect(never.out.stderr).toContain('graphguard: step 2 (debug_token) failed: the new token never expires, though the manifest declares expires: 60d. Nothing was revoked;');
    expect(existsSync(path.join(never.dir, 'new-token.txt'))).toBe(false);
  });

  it('step 2 says the expiry debug_token gave for a 60-day token, and claims none it did not give', async () => {
    const given = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteSparesNewest: true } } });
    expect(given.code).toBe(0);
    expect(given.out.stderr).toMatch(/graphguard rotate: 2\. verified it with debug_token: valid, SYSTEM_USER, this app and user, exactly the declared scopes, expiring \d{4}-\d{2}-\d{2}\n/);
    await fake!.close();
    fake = undefined;
    rmSync(given.dir, { recursive: true, force: true });
    const none = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteSparesNewest: true, noExpiry: true } } });
    expect(none.code).toBe(0);
    expect(none.out.stderr).toContain('graphguard rotate: 2. verified it with debug_token: valid, SYSTEM_USER, this app and user, exactly the declared scopes, its expiry not given by debug_token\n');
  });

  it('a never-expiring token is what `expires: never` asks for, and implicit scopes are no drift', async () => {
    const { code, out } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { expires: 'never', fake: { rotation: { extraScopes: ['public_profile'], deleteSparesNewest: true } } });
    expect(code).toBe(0);
    expect(out.stderr).toContain('graphguard rotate: 2. verified it with debug_token: valid, SYSTEM_USER, this app and user, exactly the declared scopes\n');
  });

  it('--output - writes the token to the pipe only, and the plan and progress to stderr', async () => {
    const { code, out } = await rotate(['su-01', '--yes', '--output', '-'], { fake: { rotation: { deleteSparesNewest: true } }, flush: async () => undefined });
    expect(code).toBe(0);
    expect(out.raw).toBe(fake!.rotation.issued[0]);
    // Written and flushed before the revocation (store, then revoke).
    expect(out.callsAtWrite).toEqual([['POST']]);
    expect(out.callsAtFlush).toEqual([['POST']]);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST', 'DELETE']);
    expect(out.stderr).toContain('| gh secret set SU01_TOKEN');
    expect(out.stderr).toContain('graphguard rotate: 3. wrote it to stdout (the pipe), before the revocation\n');
    expectNoTokens(out.stderr, [...fake!.rotation.issued, ex().tokenOf['su-01']!, ex().tokenOf['bm-admin']!]);
  });

  it('--output -, the DELETE fails: the token is on the pipe already, and the message says where it is', async () => {
    const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', '-'], { fake: { rotation: { deleteFails: true } } });
    expect(code).toBe(2);
    const id = e.business.systemUsers[1]!.id;
    expect(out.raw).toBe(fake!.rotation.issued[0]);
    expect(out.callsAtWrite).toEqual([['POST']]);
    expect(out.stderr.split('\n').at(-2)).toBe(
      `graphguard: step 4 (DELETE /${id}/access_tokens) got no clear answer: ${id}/access_tokens: server error (HTTP 500, code 2). debug_token after it: the new token is valid and was written to stdout; the old token in SU01_TOKEN still works: the revocation has not taken effect: ${AGAIN}. lastRotated was not changed.`,
    );
    // A 5xx may have run (hunt R1-1): both tokens were asked about after it, the new one first.
    expect(debugTokensAfterDelete()).toEqual([fake!.rotation.issued[0], e.tokenOf['su-01']]);
    expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(true);
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
    expectNoTokens(out.stderr, [...fake!.rotation.issued, e.tokenOf['su-01']!]);
  });

  it('Graph refuses the DELETE: it did not run, so the new token is valid and the old ones still work (no re-check)', async () => {
    const { code, out, e } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteRefused: true } } });
    expect(code).toBe(2);
    const id = e.business.systemUsers[1]!.id;
    expect(out.stderr.split('\n').at(-2)).toBe(
      `graphguard: step 4 (DELETE /${id}/access_tokens) failed: ${id}/access_tokens: refused (code 200: (#200) Requires business_management permission to manage the object); the new token is valid and was stored in new-token.txt, the old ones still work: revoke them in Business Settings`,
    );
    expect(debugTokensAfterDelete()).toEqual([]);
    expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(true);
  });

  it('the DELETE answers {"success": false} or {}: not taken for done; debug_token says the old token still works, lastRotated unchanged (hunt R2-1)', async () => {
    for (const [answer, said] of [
      [{ success: false }, 'an object with key success (success: false)'],
      [{}, '{}'],
    ] as const) {
      const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteAnswers: answer } } });
      expect(code).toBe(2);
      const id = e.business.systemUsers[1]!.id;
      const last = out.stderr.split('\n').at(-2)!;
      expect(last.startsWith(`graphguard: step 4 (DELETE /${id}/access_tokens) got no clear answer: the answer was ${said}, not success. debug_token after it:`)).toBe(true);
      expect(last).toContain('the old token in SU01_TOKEN still works: the revocation has not taken effect');
      expect(out.stderr).not.toContain('4. revoked every token');
      expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
      expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(true);
    }
  });

  it('the DELETE revokes, then the connection drops: debug_token says what is left, no claim that the old tokens work (hunt R1-1)', async () => {
    const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteDropsAnswer: true } } });
    expect(code).toBe(2);
    const id = e.business.systemUsers[1]!.id;
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST', 'DELETE']);
    // Every token of su-01 went, the stored one too.
    expect(readFileSync(path.join(cwd, 'new-token.txt'), 'utf8')).toBe(fake!.rotation.issued[0]);
    expect(e.business.tokens[fake!.rotation.issued[0]!]!.is_valid).toBe(false);
    expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(false);
    expect(debugTokensAfterDelete()).toEqual([fake!.rotation.issued[0], e.tokenOf['su-01']]);
    expect(out.stderr.split('\n').at(-2)).toBe(
      `graphguard: step 4 (DELETE /${id}/access_tokens) got no clear answer: ${id}/access_tokens: ${DROPPED}. debug_token after it: the new token stored in new-token.txt is not valid now (the revocation has most likely run and taken it too); the old token in SU01_TOKEN is not valid. su-01 may have no working token now: ${AGAIN}, or generate a token in Business Settings > System users > su-01. lastRotated was not changed.`,
    );
    expect(out.stderr).not.toContain('still work');
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
    expectNoTokens(out.stderr, [...fake!.rotation.issued, e.tokenOf['su-01']!, e.tokenOf['bm-admin']!]);
  });

  it('the DELETE revokes the old tokens only, then the connection drops: the new token is valid, the old one is not (hunt R1-1)', async () => {
    const { code, out, e, dir: cwd } = await rotate(['su-01', '--yes', '--output', 'new-token.txt'], { fake: { rotation: { deleteDropsAnswer: true, deleteSparesNewest: true } } });
    expect(code).toBe(2);
    const id = e.business.systemUsers[1]!.id;
    expect(readFileSync(path.join(cwd, 'new-token.txt'), 'utf8')).toBe(fake!.rotation.issued[0]);
    expect(out.stderr.split('\n').at(-2)).toBe(
      `graphguard: step 4 (DELETE /${id}/access_tokens) got no clear answer: ${id}/access_tokens: ${DROPPED}. debug_token after it: the new token is valid and was stored in new-token.txt; the old token in SU01_TOKEN is not valid: the revocation ran (or that token was invalid already): put the new token in SU01_TOKEN. lastRotated was not changed.`,
    );
  });

  it('the DELETE revokes, the connection drops, and Graph is down after it: the state is said to be unknown (hunt R1-1)', async () => {
    const { code, out, e } = await rotate(['su-01', '--yes', '--output', 'new-token.txt', '--live-timeout', '5'], {
      fake: { rotation: { deleteDropsAnswer: true, outageAfterDelete: true } },
    });
    expect(code).toBe(2);
    const id = e.business.systemUsers[1]!.id;
    const last = out.stderr.split('\n').at(-2)!;
    expect(last).toMatch(
      new RegExp(
        `^graphguard: step 4 \\(DELETE /${id}/access_tokens\\) got no clear answer: ${id}/access_tokens: ${DROPPED.replace(/[()]/g, '\\$&')}\\. Whether the revocation ran is unknown, and debug_token of the new token failed too \\(debug_token: server error \\(HTTP 503\\).*\\): the new token was stored in new-token\\.txt before it, and it and the old tokens of su-01 may or may not still work\\. Check in Business Settings > System users > su-01 \\(or graphguard check --live with SU01_TOKEN set to the new token\\); if the new token is invalid, run graphguard rotate su-01 --yes --output FILE again \\(.*\\)\\. lastRotated was not changed\\.$`,
      ),
    );
    expect(last).not.toContain('new token is valid');
  });

  it('--output -, the pipe cannot take the token: nothing is revoked', async () => {
    const { code, out, e } = await rotate(['su-01', '--yes', '--output', '-'], { flush: async () => Promise.reject(new Error('stdout is closed (its reader closed the pipe)')) });
    expect(code).toBe(2);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST']);
    expect(out.stderr.split('\n').at(-2)).toBe(
      'graphguard: step 3 (writing the new token to stdout) failed: stdout is closed (its reader closed the pipe). Nothing was revoked; the old tokens still work. The new token may not have been stored: revoke it in Business Settings > System users > su-01 if you do not use it.',
    );
    expect(e.business.tokens[e.tokenOf['su-01']!]!.is_valid).toBe(true);
  });

  it('--output -, the revocation takes the new token too: it says so, and generates none with no place to go', async () => {
    const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', '-']);
    expect(code).toBe(2);
    expect(out.raw).toBe(fake!.rotation.issued[0]);
    expect(fake!.rotation.calls.map((c) => c.method)).toEqual(['POST', 'DELETE']);
    expect(out.stderr.split('\n').at(-2)).toBe(
      'graphguard: step 5: the revocation also revoked the new token written to stdout (debug_token: it is not valid); su-01 has no working token now. Nothing more was generated: stdout already holds the revoked token. Run graphguard rotate su-01 --yes --output FILE (after its revocation it generates and stores one more), or generate a token in Business Settings > System users > su-01. lastRotated was not changed.',
    );
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
    expectNoTokens(out.stderr, [...fake!.rotation.issued, e.tokenOf['su-01']!]);
  });

  it('a Graph outage right after the revocation: the stored token is kept, and no second token is generated (pipe and file)', async () => {
    for (const output of ['-', 'new-token.txt']) {
      const { code, out, e, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', output, '--live-timeout', '5'], {
        fake: { rotation: { outageAfterDelete: true, deleteSparesNewest: true } },
      });
      expect(code, output).toBe(2);
      expect(fake!.rotation.calls.map((c) => c.method), output).toEqual(['POST', 'DELETE']);
      const stored = output === '-' ? out.raw : readFileSync(path.join(cwd, output), 'utf8');
      expect(stored, output).toBe(fake!.rotation.issued[0]);
      expect(e.business.tokens[fake!.rotation.issued[0]!]!.is_valid).toBe(true);
      const where = output === '-' ? 'written to stdout' : `stored in ${output}`;
      expect(out.stderr.split('\n').at(-2), output).toMatch(
        new RegExp(
          `^graphguard: step 5 \\(debug_token of the new token after the revocation\\) failed: debug_token: server error \\(HTTP 503\\).*\\. The new token was ${where} before the revocation, which revoked every older token of su-01; whether it revoked the new one too could not be checked\\. Check it \\(graphguard check --live checks SU01_TOKEN\\); if it is invalid, run graphguard rotate su-01 --yes --output FILE again\\. lastRotated was not changed\\.$`,
        ),
      );
      expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
      await fake!.close();
      fake = undefined;
    }
  });

  it('--output naming the manifest (its path, a link to it, a hard link) stops before any call: step 6 would overwrite the token after the revocation (hunt IO-1)', async () => {
    const { code, out, manifest, dir: cwd } = await rotate(['su-01', '--yes', '--output', './graphguard.yml']);
    expect(code).toBe(2);
    expect(out.stderr).toContain('--output ./graphguard.yml is the manifest, which step 6 rewrites after the old tokens are revoked');
    expect(fake!.rotation.calls).toEqual([]);
    expect(readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8')).toBe(manifest);
    await fake!.close();
    const e = ex();
    fake = await startFakeGraph(e.business);
    dir = mkdtempSync(path.join(tmpdir(), 'gg-rotate-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), manifestFor(e.business));
    symlinkSync('graphguard.yml', path.join(dir, 'same.yml'));
    linkSync(path.join(dir, 'graphguard.yml'), path.join(dir, 'hard.yml'));
    for (const output of ['same.yml', 'hard.yml']) {
      const { code, stderr } = await rotateIn(dir, output, e);
      expect(code, output).toBe(2);
      expect(stderr).toContain(`--output ${output} is the manifest`);
      expect(fake.rotation.calls).toEqual([]);
    }
  });

  it('run from a subfolder, a manifest that links out of the repository is refused before any call (hunt ATK-1)', async () => {
    const e = ex();
    fake = await startFakeGraph(e.business);
    dir = mkdtempSync(path.join(tmpdir(), 'gg-rotate-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'gg-rotate-outside-'));
    writeFileSync(path.join(outside, 'shared.yml'), manifestFor(e.business));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync(path.join(outside, 'shared.yml'), path.join(dir, 'graphguard.yml'));
    const { code, stderr } = await rotateIn(path.join(dir, 'sub'), 'new-token.txt', e);
    expect(code).toBe(2);
    expect(stderr).toContain('manifest is a symbolic link to a file outside the repository');
    expect(fake.rotation.calls).toEqual([]);
    expect(readFileSync(path.join(outside, 'shared.yml'), 'utf8')).toBe(manifestFor(e.business));
    rmSync(outside, { recursive: true, force: true });
  });

  it('a manifest that is a link within the repository is edited where it is: the link stays a link (hunt IO-6)', async () => {
    const e = ex();
    fake = await startFakeGraph(e.business, { rotation: { deleteSparesNewest: true } });
    dir = mkdtempSync(path.join(tmpdir(), 'gg-rotate-'));
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'conf', 'shared.yml'), manifestFor(e.business));
    symlinkSync('conf/shared.yml', path.join(dir, 'graphguard.yml'));
    const { code } = await rotateIn(dir, 'new-token.txt', e);
    expect(code).toBe(0);
    expect(lstatSync(path.join(dir, 'graphguard.yml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'conf', 'shared.yml'), 'utf8')).toContain(`lastRotated: ${TODAY}`);
  });

  it('never writes the token through a symlink', async () => {
    const e = ex();
    fake = await startFakeGraph(e.business, { rotation: { deleteSparesNewest: true } });
    dir = mkdtempSync(path.join(tmpdir(), 'gg-rotate-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), manifestFor(e.business));
    writeFileSync(path.join(dir, 'victim.txt'), 'keep me');
    symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, 'link.txt'));
    const { code } = await rotateIn(dir, 'link.txt', e);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(path.join(dir, 'link.txt'), 'utf8')).toBe(fake.rotation.issued[0]);
  });
});

describe('withLastRotated', () => {
  const head = 'version: 1\nbusiness: { id: "1" }\nsystemUsers:\n';
  it('replaces the date in place, adds it to a flow map or a block map, comments kept', async () => {
    const { withLastRotated } = await import('../src/rotate.js');
    expect(withLastRotated(`${head}  - name: a\n    token: { secret: A, expires: 60d }  # why\n`, 0, '2026-12-03')).toBe(
      `${head}  - name: a\n    token: { secret: A, expires: 60d, lastRotated: 2026-12-03 }  # why\n`,
    );
    expect(withLastRotated(`${head}  - name: a\n    token:\n      secret: A  # CI\n      expires: never # keep\n  - name: b\n`, 0, '2026-12-03')).toBe(
      `${head}  - name: a\n    token:\n      secret: A  # CI\n      expires: never # keep\n      lastRotated: 2026-12-03\n  - name: b\n`,
    );
    expect(withLastRotated(`${head}  - name: a\n  - name: b\n    token: {secret: B, lastRotated: "2026-01-01"}\n`, 1, '2026-12-03')).toBe(
      `${head}  - name: a\n  - name: b\n    token: {secret: B, lastRotated: 2026-12-03}\n`,
    );
  });

  it('a manifest of 70,000 more keys: the date in place (its keys are not compared pairwise)', async () => {
    const { withLastRotated } = await import('../src/rotate.js');
    const many = Array.from({ length: 70_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const text = `${head}  - name: a\n    token: { secret: A, expires: 60d }\n${many}\n`;
    expect(withLastRotated(text, 0, '2026-12-03')).toBe(`${head}  - name: a\n    token: { secret: A, expires: 60d, lastRotated: 2026-12-03 }\n${many}\n`);
  });
});
