/** `graphguard init --from-live`: write a v1 manifest that declares exactly what the live business has. */
import { redactSecretsInText } from '../secrets/redact.js';
import { clipRedacted, redactCredentials } from '../secrets/sink.js';
import type { AssetType } from '../manifest/types.js';
import { ConfigError } from '../types.js';
import type { LiveSnapshot, LiveSystemUser, TokenInfo } from './types.js';
import { escapeControls } from '../secrets/sink.js';

export interface ManifestFromLiveOptions {
  businessId: string;
  appId?: string;
  graphApiVersion: string;
  /** YYYY-MM-DD, for the header comment. */
  today: string;
}

const TEST_NAME = /(^|[-_])(test|testing|staging|stage|sandbox|dev|qa)([-_]|$)/;

/** `ShopProd Bot!` → `shopprod-bot`: lowercase [a-z0-9_-]+, never empty. */
export function sanitizeName(name: string): string {
  // A name that holds a credential would keep it, lower-cased past any detector's shape: none of it.
  if (redactCredentials(redactSecretsInText(name)) !== name) return 'system-user';
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return s || 'system-user';
}

/** Code-point order: the same output whatever the machine's locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A YAML double-quoted scalar: JSON's escapes, plus `\uXXXX` for what YAML may not hold raw (DEL, C1
 * controls, line separators, bidirectional controls, BOM), so any live name gives a manifest that loads.
 */
function q(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Live text in a `# …` comment: one line, control characters as `\uXXXX` text, at most 200 characters. */
function comment(s: string): string {
  const one = escapeControls(s.replace(/[\r\n]+/g, ' '), { oneLine: true }).replace(/[\ufeff\ufffe\uffff]/g, '?');
  return clipRedacted(one, 200);
}

/** A bare YAML scalar for enum-like values (task, permission, type names); quoted otherwise. */
function word(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s) ? s : q(s);
}

function list(values: string[]): string {
  return `[${values.map(word).join(', ')}]`;
}

function assetId(type: AssetType, id: string): string {
  return type === 'ad_account' && !id.startsWith('act_') ? `act_${id}` : id;
}

function date(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

function tokenOf(snapshot: LiveSnapshot, user: LiveSystemUser): { envVar: string; info: TokenInfo } | undefined {
  // By the user the token belongs to (debug_token's user_id) only: the tokens' keys are the names of the
  // manifest's users, and a live user may be named like one (init's own key for its token).
  for (const state of Object.values(snapshot.tokens)) {
    if (state.state === 'checked' && state.info.userId === user.id) return { envVar: state.envVar, info: state.info };
  }
  return undefined;
}

/**
 * YAML text of a v1 manifest holding every live system user (role, id), every asset reached by a
 * grant, the live (unexpanded) tasks, and checked tokens' scopes as permissions. `# TODO` comments
 * mark what a human must decide. Throws when the snapshot has no system-user list.
 */
export function manifestFromLive(snapshot: LiveSnapshot, opts: ManifestFromLiveOptions): string {
  if (snapshot.systemUsers === null) {
    throw new ConfigError(`cannot write a manifest: the system users of business ${opts.businessId} could not be read`);
  }
  const users = [...snapshot.systemUsers].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));

  const names = new Map<LiveSystemUser, string>();
  const taken = new Set<string>();
  // The next number to try for each name (thousands of live users named alike: each count went on from
  // the last, not from 2 again).
  const nextOf = new Map<string, number>();
  for (const u of users) {
    const base = sanitizeName(u.name);
    let name = base;
    let n = nextOf.get(base) ?? 2;
    while (taken.has(name)) name = `${base}-${n++}`;
    nextOf.set(base, n);
    taken.add(name);
    names.set(u, name);
  }

  const assets = new Map<string, { type: AssetType; id: string; name?: string }>();
  for (const u of users) {
    for (const g of u.assets ?? []) {
      const key = `${g.type}\u0000${g.id}`;
      const seen = assets.get(key);
      if (!seen) assets.set(key, { type: g.type, id: assetId(g.type, g.id), name: g.name });
      else if (!seen.name && g.name) seen.name = g.name;
    }
  }

  const out: string[] = [];
  out.push(`# graphguard manifest written by \`graphguard init --from-live\` on ${opts.today}`);
  out.push(`# from the live state of business ${opts.businessId}. Declared == live as of that day.`);
  out.push('# Review every TODO, then commit. Token values never belong here: token.secret names an env var.');
  if (snapshot.incomplete.length > 0) {
    out.push('# WARNING: parts of the business could not be read; complete them by hand:');
    for (const part of snapshot.incomplete) out.push(`#   - ${comment(part)}`);
  }
  out.push('version: 1');
  out.push('business:');
  out.push(`  id: ${q(opts.businessId)}`);
  out.push('  # TODO: decide name');
  if (opts.appId) {
    out.push('app:');
    out.push(`  id: ${q(opts.appId)}`);
    out.push(`  graphApiVersion: ${word(opts.graphApiVersion)}`);
    out.push('  # TODO: decide accessLevel (development | basic | standard) and reviewedPermissions');
  } else {
    out.push('# TODO: decide app (id, accessLevel, graphApiVersion); live token checks need app.id');
  }

  if (assets.size > 0) {
    out.push('assets:');
    const sorted = [...assets.values()].sort((a, b) => cmp(a.type, b.type) || cmp(a.id, b.id));
    for (const a of sorted) {
      out.push(`  - id: ${q(a.id)}`);
      out.push(`    type: ${a.type}`);
      if (a.name !== undefined) out.push(`    name: ${q(a.name)}`);
      out.push('    # TODO: decide environment (production | test)');
    }
  } else {
    out.push('assets: []');
  }

  out.push('systemUsers:');
  for (const u of users) {
    const admin = u.role === 'ADMIN';
    out.push(`  - name: ${word(names.get(u)!)}`);
    if (names.get(u) !== u.name) out.push(`    # live name: ${comment(u.name)}`);
    out.push(`    id: ${q(u.id)}`);
    out.push(`    role: ${admin ? 'admin' : 'system_user'}`);
    if (u.role !== 'ADMIN' && u.role !== 'EMPLOYEE') out.push(`    # TODO: live role is ${word(u.role)}; decide the role`);
    if (admin) {
      out.push('    useCases: [business_admin]');
    } else {
      const env = TEST_NAME.test(names.get(u)!) ? 'test' : 'production';
      out.push(`    environment: ${env}  # TODO: decide environment (guessed from the name)`);
      out.push('    # TODO: decide useCases (what this token is for; drives least privilege)');
    }
    const token = tokenOf(snapshot, u);
    if (token) {
      out.push(`    permissions: ${list(token.info.scopes)}  # the token's live scopes (debug_token)`);
      out.push('    token:');
      out.push(`      secret: ${word(token.envVar)}  # TODO: decide token.secret name (the env var / CI secret)`);
      if (token.info.expiresAt === 0) {
        out.push('      expires: never');
        out.push('      rotateEveryDays: 90  # TODO: decide rotation');
        if (token.info.issuedAt) out.push(`      lastRotated: ${date(token.info.issuedAt)}  # issued_at of the live token`);
      } else {
        out.push('      expires: 60d  # TODO: decide rotation');
      }
    } else {
      out.push('    # TODO: decide permissions and token (secret: ENV_VAR_NAME, expires: never | 60d, rotateEveryDays)');
    }
    if (admin) {
      out.push('    # admins reach every asset by design; their grants are not declared (admin-scope)');
      continue;
    }
    if (u.assets === null) {
      out.push('    # TODO: the live grants of this user could not be read; declare them by hand');
      continue;
    }
    const grants = [...u.assets].sort((a, b) => cmp(a.type, b.type) || cmp(a.id, b.id));
    if (grants.length === 0) continue;
    out.push('    assets:');
    for (const g of grants) {
      out.push(`      - asset: ${q(assetId(g.type, g.id))}${g.name ? `  # ${comment(g.name)}` : ''}`);
      out.push(`        tasks: ${list(g.tasks)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
