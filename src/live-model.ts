/** Read-only helpers the live rules share: matching declared users with live ones, roles, dates. */
import { roles } from './data.js';
import type { LiveSnapshot, LiveSystemUser, TokenInfo } from './graph/types.js';
import type { AssetType, Manifest, ManifestSystemUser } from './manifest/types.js';

/** Asset types that have no edge to read their grants in the Graph API (see LIVE_EDGES in graph/snapshot.ts): never live-checked. */
export const NOT_LIVE_CHECKED: readonly AssetType[] = ['commerce_account'];

/** The types a snapshot without `assetTypesRead` read (before pixels and Instagram accounts were). */
export const LEGACY_TYPES_READ: readonly AssetType[] = ['page', 'catalog', 'ad_account', 'whatsapp_business_account'];

/** A declared system user and the live one it matches (by `id`, or by exact name when it declares no id). */
export interface UserMatch {
  user: ManifestSystemUser;
  /** Index in `manifest.systemUsers`, for JSON paths. */
  index: number;
  live?: LiveSystemUser;
}

export interface LiveMatching {
  matches: UserMatch[];
  /** Live system users matched by no declared user. */
  undeclared: LiveSystemUser[];
}

const cache = new WeakMap<LiveSnapshot, WeakMap<Manifest, LiveMatching>>();

/**
 * Pairs declared and live system users (SPEC "Live semantics"): declared users by `id`; a user with
 * no `id` by exact name, among the live users no declared id claims. Undefined when the live list
 * could not be read.
 */
export function matchUsers(manifest: Manifest, live: LiveSnapshot): LiveMatching | undefined {
  if (live.systemUsers === null) return undefined;
  const byManifest = cache.get(live) ?? new WeakMap<Manifest, LiveMatching>();
  cache.set(live, byManifest);
  const hit = byManifest.get(manifest);
  if (hit) return hit;

  const users = manifest.systemUsers ?? [];
  const claimed = new Set<LiveSystemUser>();
  const liveById = new Map(live.systemUsers.map((u) => [u.id, u]));
  const matches: UserMatch[] = users.map((user, index) => ({ user, index }));
  for (const m of matches) {
    if (m.user.id === undefined) continue;
    const l = liveById.get(m.user.id);
    if (l && !claimed.has(l)) {
      m.live = l;
      claimed.add(l);
    }
  }
  for (const m of matches) {
    if (m.user.id !== undefined) continue;
    const l = live.systemUsers.find((u) => u.name === m.user.name && !claimed.has(u));
    if (l) {
      m.live = l;
      claimed.add(l);
    }
  }
  const result = { matches, undeclared: live.systemUsers.filter((u) => !claimed.has(u)) };
  byManifest.set(manifest, result);
  return result;
}

/** The manifest role a live role corresponds to (`ADMIN` → admin, `EMPLOYEE` → system_user), if any. */
export function manifestRoleOf(liveRole: string): 'admin' | 'system_user' | undefined {
  return Object.hasOwn(roles, liveRole) ? roles[liveRole]!.manifestRole : undefined;
}

/** The live role a manifest role corresponds to. */
export function liveRoleOf(role: 'admin' | 'system_user'): string {
  return role === 'admin' ? 'ADMIN' : 'EMPLOYEE';
}

/** Whether a declared or live user is an admin: admins reach every asset by design. */
export function isAdmin(m: UserMatch): boolean {
  return m.user.role === 'admin' || m.live?.role === 'ADMIN';
}

/** The latest date a JavaScript Date holds, in Unix seconds: a later `expires_at` is no date to print. */
export const MAX_DATE_SECONDS = 8.64e12;

/** Unix seconds → YYYY-MM-DD (UTC). */
export function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

/** Unix seconds of the start of a YYYY-MM-DD day (UTC). */
export function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** Whole days from a unix time to the start of `today` (negative when it is after). */
export function daysSince(unixSeconds: number, today: string): number {
  return Math.floor((dayStart(today) - unixSeconds) / 86_400);
}

/** Whether a debug_token answer says the token has expired by `today` (expiresAt 0 = never). */
export function isExpired(info: TokenInfo, today: string): boolean {
  return info.expiresAt !== undefined && info.expiresAt > 0 && info.expiresAt < dayStart(today);
}

/** `bm-admin (400000000000001)`-style label of a live user for messages. */
export function liveUserLabel(u: LiveSystemUser): string {
  return u.name ? `${u.name} (${u.id})` : u.id;
}

/** The declared user a live user id belongs to, through the matching (so users without `id` count too). */
export function declaredUserOfLiveId(manifest: Manifest, live: LiveSnapshot, userId: string | undefined): UserMatch | undefined {
  if (userId === undefined) return undefined;
  const byId = (manifest.systemUsers ?? []).findIndex((u) => u.id === userId);
  if (byId !== -1) return { user: manifest.systemUsers[byId]!, index: byId, ...liveUser(live, userId) };
  return matchUsers(manifest, live)?.matches.find((m) => m.live?.id === userId);
}

function liveUser(live: LiveSnapshot, id: string): { live?: LiveSystemUser } {
  const u = live.systemUsers?.find((x) => x.id === id);
  return u ? { live: u } : {};
}

/**
 * What a live run adds to a hardcoded-token message about the leaked value: `live`, and whose token
 * it is (the declared system user, `admin` when it is the admin), or that it is invalid. Never the value.
 */
export function leakedTokenNote(info: TokenInfo | { error: string }, live: LiveSnapshot, manifest: Manifest): string {
  if (!('isValid' in info)) return `live: not verified (${info.error})`;
  // Still a leak: a real token, only not one app.id's debug_token can inspect.
  if (info.foreignApp) return 'live: issued for another app (debug_token through this app cannot inspect it); revoke it in the app that issued it';
  if (!info.isValid) return 'live: debug_token says this token is invalid or expired';
  const app = info.appId !== undefined && manifest.app?.id !== undefined && info.appId !== manifest.app.id ? `, issued for another app (${info.appId})` : '';
  if (info.type !== 'SYSTEM_USER') {
    return `live: a VALID ${info.type ?? 'unknown-type'} token${info.userId ? ` of user ${info.userId}` : ''}${app}; revoke it now`;
  }
  const owner = declaredUserOfLiveId(manifest, live, info.userId);
  let who: string;
  if (owner) who = `system user ${owner.user.name}${isAdmin(owner) ? ' (admin)' : ''}`;
  else {
    const l = info.userId === undefined ? undefined : live.systemUsers?.find((u) => u.id === info.userId);
    who = l ? `undeclared system user ${liveUserLabel(l)}${l.role === 'ADMIN' ? ' (admin)' : ''}` : `user ${info.userId ?? 'unknown'} (not a system user of this business)`;
  }
  return `live: a VALID token of ${who}${app}; revoke it now`;
}

/** A finding's message with the live note inserted before its final period (SPEC §2): "… — live: …." */
export function withLiveNote(message: string, note: string): string {
  return `${message.replace(/\.$/, '')} — ${note}.`;
}
