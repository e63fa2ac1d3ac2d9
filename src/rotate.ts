/**
 * `graphguard rotate USER`: the token rotation Meta's system-user guide asks for, as a plan (default)
 * or performed (`--yes`): generate a new token through the app with the declared scopes and expiry,
 * verify it with debug_token, store it under the declared secret name, then revoke the old ones with
 * `DELETE /{system-user-id}/access_tokens` — which revokes EVERY token of that user.
 */
import { clipRedacted } from './secrets/sink.js';
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isNode, isScalar, isSeq, parseDocument } from './yaml.js';
import { isImplicitPermission } from './data.js';
import { isoDate, MAX_DATE_SECONDS } from './live-model.js';
import { dateValue, wholeNumberValue } from './option-values.js';
import { manifestFolderAbove } from './manifest/discover.js';
import { invalidManifestError, usableManifest } from './manifest/lenient-rules.js';
import { realPathOf, writeFileSafe } from './fs-safe.js';
import { GraphClient, GraphError, parseDebugToken } from './graph/client.js';
import { DEFAULT_GRAPH_API_VERSION } from './graph/snapshot.js';
import type { TokenInfo } from './graph/types.js';
import { findManifest, loadManifest } from './manifest/load.js';
import { manifestSecretValues, pastedLiterals } from './manifest/secrets.js';
import type { Manifest, ManifestSystemUser } from './manifest/types.js';
import { validateManifest } from './manifest/validate.js';
import { Secret } from './secrets/secret.js';
import { ConfigError } from './types.js';
import { refuseEmptyValues } from './cli-args.js';
import { graphBaseUrl } from './graph/base-url.js';

export interface RotateIO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Plan and progress (cleaned by the output sink). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The raw stdout, for `--output -` only: the new token to a pipe, never to a terminal. */
  rawStdout: (s: string) => void;
  /**
   * Resolves once everything written to stdout has been handed to the pipe; rejects when it could not
   * be (the reader closed it). `--output -` waits for it before the revocation. Absent: writes are synchronous.
   */
  flushStdout?: () => Promise<void>;
  isTTY: boolean;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** The output sink (src/secrets/sink.ts): told the manifest's secrets before anything is printed. */
  sink?: { addSecrets(values: Iterable<Secret>): void };
}

const USAGE =
  'usage: graphguard rotate USER [--yes] [--output FILE|-] [--manifest FILE] [--graph-url URL] [--live-timeout SEC] [--today YYYY-MM-DD]';

/** The rotation of one declared system user's token, ready to print or run. */
interface RotationPlan {
  user: ManifestSystemUser;
  index: number;
  userId: string;
  appId: string;
  scopes: string[];
  sixtyDays: boolean;
  secretName: string;
  /** Env var of the token that acts (creates and revokes tokens). */
  actingVar: string;
}

/** Runs `graphguard rotate`; returns the exit code. Every refusal is a ConfigError (exit 2). */
export async function runRotate(args: string[], io: RotateIO): Promise<number> {
  const parsed = (() => {
    try {
      return parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          yes: { type: 'boolean' },
          output: { type: 'string', short: 'o' },
          manifest: { type: 'string' },
          'graph-url': { type: 'string' },
          'live-timeout': { type: 'string' },
          today: { type: 'string' },
        },
      });
    } catch (e) {
      throw new ConfigError(`${(e as Error).message.split('\n')[0]}; ${USAGE}`);
    }
  })();
  const { values: v, positionals } = parsed;
  if (positionals.length !== 1) throw new ConfigError(USAGE);
  refuseEmptyValues(v);
  const timeout = v['live-timeout'];
  if (timeout !== undefined) wholeNumberValue('--live-timeout', timeout);
  // The calendar check `check` uses (2026-02-30 is no date): lastRotated must be one check accepts.
  const today = dateValue('--today', v.today ?? new Date().toISOString().slice(0, 10));

  // Found here or, from a subfolder, in the folder above that holds it (as `check` finds it).
  const above = v.manifest === undefined ? manifestFolderAbove(io.cwd) : undefined;
  const abs = findManifest(above ?? io.cwd, v.manifest);
  if (!abs) throw new ConfigError('no manifest found (graphguard.yml); pass --manifest FILE');
  const loaded = loadManifest(abs, io.cwd);
  io.sink?.addSecrets([...manifestSecretValues(loaded.value, io.env), ...pastedLiterals(loaded)]);
  // A misspelled `rules:` setting is skipped, as `check` skips it.
  const problems = validateManifest(loaded.value, () => loaded.doc);
  const usable = usableManifest(loaded.value, problems, (v) => validateManifest(v));
  if (usable === undefined) throw invalidManifestError(loaded, problems, `graphguard check --manifest ${loaded.file}`);
  const manifest = usable as Manifest;
  const plan = planFor(manifest, positionals[0]!, io.env);

  const output = v.output;
  if (output === '-' && io.isTTY) throw new ConfigError('--output - writes the new token to stdout, which is a terminal; pipe it (| gh secret set NAME) or give --output FILE');

  // With --output -, stdout carries the token: the plan goes to stderr.
  (output === '-' ? io.stderr : io.stdout)(describePlan(plan, output, !v.yes));
  if (!v.yes) return 0;

  // --yes: refuse everything that would fail after a token was created, before the first call.
  if (!output) throw new ConfigError('--yes needs --output FILE (written 0600) or --output - (a pipe): the new token is never printed to a terminal or a log');
  const appSecret = io.env.GRAPHGUARD_APP_SECRET;
  if (!appSecret) throw new ConfigError('GRAPHGUARD_APP_SECRET is not set: the token calls need appsecret_proof, and debug_token the app token');
  const acting = io.env[plan.actingVar];
  if (!acting) throw new ConfigError(`${plan.actingVar} is not set: it holds the token that creates and revokes ${plan.user.name}'s tokens`);
  // The acting token must survive the revocation (step 4 revokes every token of the user): never one of
  // the user's own, whatever variable holds it (the admin system user's own token in GRAPHGUARD_ADMIN_TOKEN).
  if (acting === io.env[plan.secretName]) throw new ConfigError(ownToken(plan, plan.actingVar));
  const outPath = output === '-' ? undefined : path.resolve(io.cwd, output);
  // Step 6 writes the manifest where it is (a link's target: the link stays a link, hunt IO-6); the new token written
  // there first would be overwritten after every old token was revoked (hunt IO-1).
  const manifestFile = realPathOf(abs);
  if (outPath) {
    checkWritable(outPath, output!);
    if (sameFile(outPath, manifestFile)) throw new ConfigError(`--output ${output} is the manifest, which step 6 rewrites after the old tokens are revoked: write the token to another file (or --output - for a pipe)`);
  }
  // Step 6's edit, made now (and thrown away): a manifest it cannot edit (a token map that is an alias)
  // stops the rotation before anything is created or revoked, not after.
  withLastRotated(loaded.text, plan.index, today);

  const client = new GraphClient({
    baseUrl: graphBaseUrl(v['graph-url'], io.env),
    version: manifest.app?.graphApiVersion ?? DEFAULT_GRAPH_API_VERSION,
    token: new Secret(acting),
    appSecret: new Secret(appSecret),
    appId: plan.appId,
    budgetMs: Number(timeout ?? 60) * 1000,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    // The output sink learns every token the client handles and each one's proof (the new tokens too).
    ...(io.sink ? { onSecrets: (values: Secret[]) => io.sink!.addSecrets(values) } : {}),
  });
  const say = (line: string) => io.stderr(`graphguard rotate: ${line}\n`);
  const fail = (step: string, e: unknown): never => {
    const reason = e instanceof GraphError ? e.message : e instanceof ConfigError ? e.message : 'unexpected failure';
    throw new ConfigError(`${step} failed: ${reason}`);
  };

  // Whose token acts: debug_token says (an admin system user rotating itself would lose every token).
  const owner = await actingOwner(client, new Secret(acting)).catch((e: unknown) => fail('checking the acting token (debug_token)', e));
  if (owner === plan.userId) throw new ConfigError(ownToken(plan, plan.actingVar));

  // 1–2. Generate, then verify; a token that cannot be verified stops everything: nothing is revoked.
  const fresh = await generate(client, plan).catch((e: unknown) => fail(`step 1 (POST /${plan.userId}/access_tokens)`, e));
  io.sink?.addSecrets([fresh]);
  say(`1. generated a new token for ${plan.user.name} (${String(fresh)})`);
  // A debug_token call that fails is a token not verified.
  const unverified = (e: unknown) => ({ problem: `debug_token failed: ${e instanceof GraphError ? e.message : 'unexpected failure'}` }) as Verified;
  const { problem, expiresAt } = await verify(client, fresh, plan).catch(unverified);
  if (problem) {
    throw new ConfigError(
      `step 2 (debug_token) failed: the new token ${problem}. Nothing was revoked; the old tokens still work. The unverified new token was not stored: revoke it in Business Settings > System users > ${plan.user.name} if you do not use it.`,
    );
  }
  // The expiry as debug_token gave it (a 60-day token that never expires was refused above); none given, none claimed.
  const at = expiresAt !== undefined && expiresAt > 0 && expiresAt < MAX_DATE_SECONDS ? isoDate(expiresAt) : undefined;
  const expiry = !plan.sixtyDays ? '' : at ? `, expiring ${at}` : ', its expiry not given by debug_token';
  say(`2. verified it with debug_token: valid, SYSTEM_USER, this app and user, exactly the declared scopes${expiry}`);

  // 3. Store under the declared secret name — a file, or the pipe, flushed — before anything is revoked:
  //    a failure from here on never loses the only valid token.
  const stored = outPath ? `stored in ${output}` : 'written to stdout';
  const store = async (token: Secret): Promise<void> => {
    if (outPath) return writeSecretFile(outPath, token.reveal(), output!);
    io.rawStdout(token.reveal());
    await io.flushStdout?.();
  };
  await store(fresh).catch((e: unknown) => {
    const reason = e instanceof ConfigError ? e.message : e instanceof Error && e.message ? e.message.split('\n')[0]! : 'unexpected failure';
    throw new ConfigError(
      `step 3 (writing the new token to ${outPath ? output : 'stdout'}) failed: ${reason}. Nothing was revoked; the old tokens still work. The new token may not have been stored: revoke it in Business Settings > System users > ${plan.user.name} if you do not use it.`,
    );
  });
  say(outPath ? `3. stored it in ${output} (mode 0600)` : '3. wrote it to stdout (the pipe), before the revocation');

  // 4. Revoke the old tokens: every token of the user.
  const step4 = `step 4 (DELETE /${plan.userId}/access_tokens)`;
  try {
    const answer = await client.write('DELETE', `${plan.userId}/access_tokens`);
    // Only `true` (or `{"success": true}`) says it was done: `{"success": false}` or `{}` is no answer that it ran
    // (hunt R2-1: it was reported as done, lastRotated set, the old token still valid). The path below re-checks.
    if ((answer as { success?: unknown }).success !== true) throw new Error(`the answer was ${describeAnswer(answer)}, not success`);
  } catch (e) {
    // Graph refused it: the DELETE did not run, the new token is as step 2 found it.
    if (e instanceof GraphError && notRun(e)) {
      fail(step4, new GraphError(e.kind, e.endpoint, `${e.reason}; the new token is valid and was ${stored}, the old ones still work: revoke them in Business Settings`));
    }
    // No clear answer (a timeout, a 5xx, a dropped connection): it may have run, the new token with the
    // rest (hunt R1-1). Ask debug_token what is left rather than assert either.
    throw new ConfigError(
      await afterUnclearRevocation(client, plan, fresh, stored, io.env[plan.secretName], `${step4} got no clear answer: ${e instanceof GraphError ? e.message : e instanceof Error ? e.message : 'unexpected failure'}`),
    );
  }
  say(`4. revoked every token of ${plan.user.name} (DELETE /${plan.userId}/access_tokens)`);

  // 5. If Meta revoked the new token with the others, generate once more (after the DELETE it stays), and
  //    store it in the file. A pipe already holds the first one: nothing is generated that has no place to go.
  let after: string | undefined;
  try {
    after = (await verify(client, fresh, plan)).problem;
  } catch (e) {
    // No answer (an outage, the budget): whether the revocation took the new token is not known. Nothing
    // more is generated: a second token nobody holds would stay valid.
    const reason = e instanceof GraphError ? e.message : 'unexpected failure';
    throw new ConfigError(
      `step 5 (debug_token of the new token after the revocation) failed: ${reason}. The new token was ${stored} before the revocation, which revoked every older token of ${plan.user.name}; whether it revoked the new one too could not be checked. Check it (graphguard check --live checks ${plan.secretName}); if it is invalid, run graphguard rotate ${plan.user.name} --yes --output FILE again. lastRotated was not changed.`,
    );
  }
  if (after) {
    if (!outPath) {
      throw new ConfigError(
        `step 5: the revocation also revoked the new token written to stdout (debug_token: it ${after}); ${plan.user.name} has no working token now. Nothing more was generated: stdout already holds the revoked token. Run graphguard rotate ${plan.user.name} --yes --output FILE (after its revocation it generates and stores one more), or generate a token in Business Settings > System users > ${plan.user.name}. lastRotated was not changed.`,
      );
    }
    const final = await generate(client, plan).catch((e: unknown) => fail(`step 5 (POST /${plan.userId}/access_tokens after the revocation)`, e));
    io.sink?.addSecrets([final]);
    const again = (await verify(client, final, plan).catch(unverified)).problem;
    if (again) throw new ConfigError(`step 5 failed: the revocation also revoked the new token, and the token generated after it ${again}. ${plan.user.name} has no working token: generate one in Business Settings.`);
    await store(final).catch((e: unknown) => {
      const reason = e instanceof ConfigError ? e.message : 'unexpected failure';
      throw new ConfigError(
        `step 5 failed: the revocation also revoked the new token, and the one generated after it (valid) could not be written to ${output}: ${reason}. ${output} holds the revoked token; revoke the unstored one in Business Settings > System users > ${plan.user.name} and rotate again.`,
      );
    });
    say(`5. the revocation revoked the new token too; generated and verified another one and stored it in ${output}`);
  }

  // 6. lastRotated in the manifest, comments kept.
  // The loader drops a byte order mark from the text; the file keeps the one it had.
  writeFileSafe(manifestFile, `${loaded.bom ? '\uFEFF' : ''}${withLastRotated(loaded.text, plan.index, today)}`, { display: loaded.file });
  say(`6. set lastRotated: ${today} for ${plan.user.name} in ${loaded.file}`);
  return 0;
}

function planFor(manifest: Manifest, name: string, env: Record<string, string | undefined>): RotationPlan {
  const index = manifest.systemUsers.findIndex((u) => u.name === name);
  if (index === -1) throw new ConfigError(`no system user named ${clipRedacted(JSON.stringify(name), 80)} in the manifest`);
  const user = manifest.systemUsers[index]!;
  if (!user.token) throw new ConfigError(`system user ${user.name} declares no token (token.secret): nothing to rotate`);
  if (!user.id) throw new ConfigError(`system user ${user.name} declares no id: the token calls need it (id: "<digits>")`);
  const appId = manifest.app?.id;
  if (!appId) throw new ConfigError('the manifest declares no app.id: tokens are generated through that app (business_app)');
  const scopes = (user.permissions ?? []).filter((p) => !isImplicitPermission(p));
  if (scopes.length === 0) throw new ConfigError(`system user ${user.name} declares no permissions: the new token's scope would be empty`);
  // The acting token must survive the revocation: never the user's own.
  const admin = manifest.systemUsers.find((u) => u.role === 'admin' && u.token && u.name !== user.name);
  const actingVar = env.GRAPHGUARD_ADMIN_TOKEN !== undefined || !admin ? 'GRAPHGUARD_ADMIN_TOKEN' : admin.token!.secret;
  if (actingVar === user.token.secret) throw new ConfigError(`${user.name}'s own token cannot rotate it: the revocation would revoke it; set GRAPHGUARD_ADMIN_TOKEN to an admin's token`);
  return { user, index, userId: user.id, appId, scopes, sixtyDays: user.token.expires === '60d', secretName: user.token.secret, actingVar };
}

function describePlan(p: RotationPlan, output: string | undefined, dryRun: boolean): string {
  const store =
    output === '-'
      ? `write it to stdout, a pipe:  graphguard rotate ${p.user.name} --yes --output - | gh secret set ${p.secretName}`
      : output
        ? `write it to ${output} (mode 0600, never through a symlink), then:  gh secret set ${p.secretName} < ${output} && rm ${output}`
        : `--output FILE (mode 0600) then:  gh secret set ${p.secretName} < FILE && rm FILE   — or a pipe:  --output - | gh secret set ${p.secretName}`;
  const lines = [
    `Rotation of the token of system user ${p.user.name} (${p.userId}), secret ${p.secretName}${dryRun ? ' — dry run: nothing is called; pass --yes to perform it' : ''}:`,
    `  1. POST /${p.userId}/access_tokens  business_app=${p.appId}  scope=${p.scopes.join(',')}${p.sixtyDays ? '  set_token_expires_in_60_days=true' : ''}  appsecret_proof  (acting token: ${p.actingVar})`,
    `  2. GET /debug_token?input_token=<new token> with the app token: valid, SYSTEM_USER, app ${p.appId}, user ${p.userId}, scopes = ${p.scopes.join(',')}${p.sixtyDays ? ', an expiry' : ''}; if not, stop: nothing is revoked`,
    `  3. store it under ${p.secretName}: ${store}`,
    `  4. DELETE /${p.userId}/access_tokens — WARNING: this revokes EVERY token of ${p.user.name}, not only the old one: any other copy, integration or environment using a token of this user stops working`,
    output === '-'
      ? `  5. debug_token the new token again; if the revocation took it too, stop (stdout already holds it): rotate again with --output FILE`
      : `  5. debug_token the new token again; if the revocation took it too, generate, verify and store one more`,
    `  6. set lastRotated in the manifest (comments kept)`,
    '',
  ];
  return lines.join('\n');
}

async function generate(client: GraphClient, p: RotationPlan): Promise<Secret> {
  const form: Record<string, string> = { business_app: p.appId, scope: p.scopes.join(',') };
  if (p.sixtyDays) form.set_token_expires_in_60_days = 'true';
  const body = await client.write('POST', `${p.userId}/access_tokens`, form);
  const token = body.access_token;
  if (typeof token !== 'string' || token.length < 20) throw new ConfigError('the answer holds no access_token');
  return new Secret(token);
}

/** The user (id) a token belongs to, by debug_token with the app token. */
async function actingOwner(client: GraphClient, token: Secret): Promise<string | undefined> {
  return parseDebugToken(await client.getAs(client.appToken()!, 'debug_token', { input_token: token })).userId;
}

function ownToken(p: RotationPlan, actingVar: string): string {
  return `${actingVar} holds a token of ${p.user.name} itself: step 4 revokes every token of ${p.user.name}, the acting one too, and would leave it with none. Nothing was called; set GRAPHGUARD_ADMIN_TOKEN to another admin's token (a business admin's user token for the admin system user)`;
}

/** What debug_token says is wrong with a new token for the plan (`problem`, none: as planned), and its expiry. */
interface Verified {
  problem?: string | undefined;
  expiresAt?: number | undefined;
}

async function verify(client: GraphClient, token: Secret, p: RotationPlan): Promise<Verified> {
  const info: TokenInfo = parseDebugToken(await client.getAs(client.appToken()!, 'debug_token', { input_token: token }));
  return { problem: problemOf(info, p), expiresAt: info.expiresAt };
}

/**
 * A write error that says Graph did not run the write: a refusal with a Graph error (token, permission,
 * proof, a throttle, which the client retries for a write) or the budget spent before it was sent again.
 * A timeout, a 5xx (codes 1 and 2 included: Meta's "temporary issue", not "not executed"), a network
 * error or an unreadable answer says nothing about whether it ran.
 */
function notRun(e: GraphError): boolean {
  return e.kind === 'token' || e.kind === 'permission' || e.kind === 'foreign-app' || e.kind === 'bad-proof' || e.kind === 'throttle' || e.kind === 'budget';
}

/**
 * Step 4's message when the DELETE got no clear answer: what debug_token says now about the new token
 * and, when its variable is set, the declared (old) one; or that it could not be checked.
 */
async function afterUnclearRevocation(client: GraphClient, p: RotationPlan, fresh: Secret, stored: string, oldValue: string | undefined, head: string): Promise<string> {
  const user = p.user.name;
  const again = `run graphguard rotate ${user} --yes --output FILE again (it revokes every token of ${user}, then checks the new one and, if the revocation took it, generates and stores one more)`;
  const tail = 'lastRotated was not changed.';
  let problem: string | undefined;
  try {
    problem = (await verify(client, fresh, p)).problem;
  } catch (e) {
    const reason = e instanceof GraphError ? e.message : 'unexpected failure';
    return `${head}. Whether the revocation ran is unknown, and debug_token of the new token failed too (${reason}): the new token was ${stored} before it, and it and the old tokens of ${user} may or may not still work. Check in Business Settings > System users > ${user} (or graphguard check --live with ${p.secretName} set to the new token); if the new token is invalid, ${again}. ${tail}`;
  }
  // The declared token, if set: one more debug_token says whether the old tokens went.
  let old = `whether the old tokens still work is not known (${p.secretName} is not set here to check one)`;
  if (oldValue && oldValue !== fresh.reveal()) {
    try {
      const info = parseDebugToken(await client.getAs(client.appToken()!, 'debug_token', { input_token: new Secret(oldValue) }));
      old = info.isValid ? `the old token in ${p.secretName} still works` : `the old token in ${p.secretName} is not valid`;
    } catch {
      old = `whether the old tokens still work is not known (debug_token of the one in ${p.secretName} failed)`;
    }
  }
  if (problem) {
    return `${head}. debug_token after it: the new token ${stored} ${problem} now (the revocation has most likely run and taken it too); ${old}. ${user} may have no working token now: ${again}, or generate a token in Business Settings > System users > ${user}. ${tail}`;
  }
  const next = old.endsWith('still works')
    ? `the revocation has not taken effect: ${again}`
    : old.endsWith('is not valid')
      ? `the revocation ran (or that token was invalid already): put the new token in ${p.secretName}`
      : `check in Business Settings > System users > ${user}; to revoke them, ${again}`;
  return `${head}. debug_token after it: the new token is valid and was ${stored}; ${old}: ${next}. ${tail}`;
}

/** What is wrong with the new token per debug_token, or undefined when it is what the plan asked for. */
function problemOf(info: TokenInfo, p: RotationPlan): string | undefined {
  if (!info.isValid) return 'is not valid';
  if (info.type !== 'SYSTEM_USER') return `is a ${info.type ?? 'unknown-type'} token, not SYSTEM_USER`;
  if (info.appId !== p.appId) return `was issued for app ${info.appId ?? 'unknown'}, not ${p.appId}`;
  if (info.userId !== p.userId) return `belongs to user ${info.userId ?? 'unknown'}, not ${p.userId}`;
  const missing = p.scopes.filter((s) => !info.scopes.includes(s));
  if (missing.length) return `lacks the scopes ${missing.join(', ')}`;
  // No more than the declared scopes either (implicit ones aside, as live-token-scope-drift counts
  // them): a rotation must not store a token the next `check --live` reports as drift.
  const extra = [...new Set(info.scopes.filter((s) => !p.scopes.includes(s) && !isImplicitPermission(s)))].sort();
  if (extra.length) return `has scopes the manifest does not declare: ${extra.join(', ')}`;
  // A 60-day token was asked for; one that never expires is not what the manifest promises.
  if (p.sixtyDays && info.expiresAt === 0) return 'never expires, though the manifest declares expires: 60d';
  return undefined;
}

/** Whether path `a` names the file `b` (the same path once links are resolved, or the same inode). */
function sameFile(a: string, b: string): boolean {
  if (realPathOf(a) === b) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function checkWritable(abs: string, shown: string): void {
  try {
    if (lstatSync(abs).isDirectory()) throw new ConfigError(`cannot write ${shown}: is a directory`);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
}

/** The token to a new 0600 file renamed over `abs` (never written through a symlink). */
function writeSecretFile(abs: string, value: string, shown: string): void {
  writeFileSafe(abs, value, { display: shown, mode: 0o600 });
}

const ROTATE_PARSE = { logLevel: 'error', uniqueKeys: false } as const;

/**
 * The manifest text with `lastRotated: today` on user `index`'s token. The yaml Document locates the
 * node and only those bytes change: comments, quoting and layout are kept as written.
 */
export function withLastRotated(text: string, index: number, today: string): string {
  // The text is a loaded manifest's (its duplicate keys were refused, in one pass: load.ts): the yaml
  // package's own check compares each key with every earlier one (200,000 keys took minutes).
  const doc = parseDocument(text, ROTATE_PARSE);
  const users = doc.get('systemUsers');
  const user = isSeq(users) ? users.get(index) : undefined;
  const token = isMap(user) ? user.get('token') : undefined;
  if (!isMap(token) || !token.range) throw new ConfigError(`cannot set lastRotated: systemUsers[${index}].token is not a map`);
  let out: string | undefined;
  const current = token.get('lastRotated', true);
  if (isScalar(current) && current.range) {
    out = text.slice(0, current.range[0]) + today + text.slice(current.range[1]);
  } else if (token.flow) {
    const close = text.lastIndexOf('}', token.range[1]);
    if (close > token.range[0]) out = `${text.slice(0, close).replace(/\s*$/, '')}, lastRotated: ${today} ${text.slice(close)}`;
  } else {
    const last = token.items.at(-1);
    const key = token.items[0]?.key;
    if (last && isNode(last.value) && last.value.range && isNode(key) && key.range) {
      const lineStart = text.lastIndexOf('\n', key.range[0]) + 1;
      const indent = text.slice(lineStart, key.range[0]);
      let eol = text.indexOf('\n', last.value.range[1]);
      if (eol === -1) eol = text.length;
      out = `${text.slice(0, eol)}\n${indent}lastRotated: ${today}${text.slice(eol)}`;
    }
  }
  // Whatever was spliced must read back as intended; else fall back to the Document's own output.
  const check = out === undefined ? undefined : parseDocument(out, ROTATE_PARSE).getIn(['systemUsers', index, 'token', 'lastRotated']);
  if (out !== undefined && check === today) return out;
  token.set('lastRotated', today);
  return doc.toString({ lineWidth: 0 });
}

/** A write's answer in a few words for a message (its keys and `success`, never a value that could be a secret). */
function describeAnswer(answer: unknown): string {
  if (answer === null || typeof answer !== 'object') return typeof answer;
  const keys = Object.keys(answer);
  if (keys.length === 0) return '{}';
  const success = (answer as { success?: unknown }).success;
  return `an object with ${keys.length === 1 ? 'key' : 'keys'} ${keys.slice(0, 5).map((k) => k.replace(/[^A-Za-z0-9_]/g, '?').slice(0, 40)).join(', ')}${success !== undefined ? ` (success: ${typeof success === 'boolean' ? success : typeof success})` : ''}`;
}
