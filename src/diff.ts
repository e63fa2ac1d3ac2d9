/** The access change between a base and a head manifest (SPEC §6 `new-access`, `graphguard diff`). */
import { expandTasks } from './data.js';
import { breakCommands } from './text.js';
import { normalizeAssetId, resolveAsset } from './manifest/model.js';
import type { AssetType, Manifest, ManifestSystemUser } from './manifest/types.js';

export type AccessChangeKind =
  | 'user-added'
  | 'user-removed'
  | 'permission-added'
  | 'permission-removed'
  | 'grant-added'
  | 'grant-removed'
  | 'tasks-broadened'
  | 'tasks-narrowed'
  | 'role-raised'
  | 'role-lowered'
  | 'environment-changed'
  | 'token-never-expires'
  | 'token-expiring';

/** One change of one system user's access, with the JSON path of its node. */
export interface AccessChange {
  kind: AccessChangeKind;
  /** The system user's name. */
  user: string;
  /** True when the head grants something the base did not (the `new-access` rule reports these). */
  newAccess: boolean;
  /** JSON path of the node in the head manifest; for removals, in the base manifest (`side: 'base'`). */
  path: (string | number)[];
  side: 'head' | 'base';
  /** Reviewer words, e.g. "shop-prod gains MANAGE on page Acme Shop (was CREATE_CONTENT)". */
  text: string;
}

export type TaskExpander = (assetType: AssetType, tasks: string[]) => Set<string>;

/** Kind order within one user: the order of the `AccessChangeKind` union. */
const KIND_ORDER: readonly AccessChangeKind[] = [
  'user-added',
  'user-removed',
  'permission-added',
  'permission-removed',
  'grant-added',
  'grant-removed',
  'tasks-broadened',
  'tasks-narrowed',
  'role-raised',
  'role-lowered',
  'environment-changed',
  'token-never-expires',
  'token-expiring',
];

const NEW_ACCESS_KINDS = new Set<AccessChangeKind>([
  'user-added',
  'permission-added',
  'grant-added',
  'tasks-broadened',
  'role-raised',
  'token-never-expires',
]);

interface ResolvedGrant {
  /** Matching key: the resolved asset id (ad accounts without `act_`), else the raw reference. */
  key: string;
  /** "page Acme Shop", or "asset <ref>" when the reference names no declared asset. */
  label: string;
  type?: AssetType;
  tasks: string[];
  index: number;
}

/**
 * Compare two manifests user by user (matched by name). `base === null` means the base commit had no
 * manifest: every head system user is new. Sorted by user name, then kind, then path.
 */
export function diffManifests(
  base: Manifest | null,
  head: Manifest,
  opts: { expand?: TaskExpander } = {},
): AccessChange[] {
  const expand = opts.expand ?? expandTasks;
  // Another business or app: every grant is in another place, so every user of head is new (hunt FIN31-3).
  if (base && (base.business?.id !== head.business?.id || base.app?.id !== head.app?.id)) base = null;
  const changes: AccessChange[] = [];
  const add = (kind: AccessChangeKind, user: string, path: (string | number)[], text: string, side: 'head' | 'base' = 'head') =>
    changes.push({ kind, user, newAccess: NEW_ACCESS_KINDS.has(kind), path, side, text });

  // A head user is the base's user of the same `id` (the live check matches users by id: a renamed user is the same,
  // two users that swap ids are two changes: hunt ATK-3), else an entry of the base of the same name, the k-th of a
  // name declared k times (hunt ATK-4: each entry is compared with its own). Each base user is matched once: ids
  // first, then names among those left (hunt FIN31-1: an entry without id matched a base user another entry claimed
  // by id). An entry whose id the base did not give its user stands for another system user (a name pointed at
  // another id, or an id added: hunt FIN31-2): a new one.
  const base_ = base?.systemUsers ?? [];
  const byId = new Map<string, number>();
  base_.forEach((user, index) => {
    if (user.id !== undefined && !byId.has(user.id)) byId.set(user.id, index);
  });
  const matched = new Set<number>();
  const matchOf = new Map<number, number>();
  head.systemUsers.forEach((h, hi) => {
    const index = h.id !== undefined ? byId.get(h.id) : undefined;
    if (index !== undefined && !matched.has(index)) {
      matched.add(index);
      matchOf.set(hi, index);
    }
  });
  const byName = new Map<string, number[]>();
  base_.forEach((user, index) => {
    if (!matched.has(index) && user.id === undefined) (byName.get(user.name) ?? byName.set(user.name, []).get(user.name)!).push(index);
  });
  // (By name only between entries that both have no id: deleting an id re-points an entry as adding one does,
  // since the live check then takes the first user of the name: hunt Z31-1.)
  head.systemUsers.forEach((h, hi) => {
    if (matchOf.has(hi) || h.id !== undefined) return;
    const named = byName.get(h.name);
    const index = named?.shift();
    if (index !== undefined) {
      matched.add(index);
      matchOf.set(hi, index);
    }
  });

  head.systemUsers.forEach((h, hi) => {
    const userPath = ['systemUsers', hi];
    const index = matchOf.get(hi);
    if (index === undefined) {
      add('user-added', h.name, userPath, describeNewUser(h, head));
      return;
    }
    matched.add(index);
    const found = { user: base_[index]!, index };
    const b = found.user;
    const basePath = ['systemUsers', found.index];

    // Permissions
    const basePerms = new Set(b.permissions ?? []);
    const headPerms = new Set(h.permissions ?? []);
    (h.permissions ?? []).forEach((p, i) => {
      if (!basePerms.has(p)) add('permission-added', h.name, [...userPath, 'permissions', i], `${h.name} gains permission ${p}`);
    });
    (b.permissions ?? []).forEach((p, i) => {
      if (!headPerms.has(p)) add('permission-removed', h.name, [...basePath, 'permissions', i], `${h.name} loses permission ${p}`, 'base');
    });

    // Asset grants, matched by the resolved asset id
    const baseGrants = resolveGrants(b, base as Manifest);
    const headGrants = resolveGrants(h, head);
    for (const [key, hg] of headGrants) {
      const grantPath = [...userPath, 'assets', hg.index];
      const bg = baseGrants.get(key);
      if (!bg) {
        add('grant-added', h.name, grantPath, `${h.name} gains ${taskList(hg.tasks)} on ${hg.label}`);
        continue;
      }
      const type = hg.type ?? bg.type;
      const hx = type ? expand(type, hg.tasks) : new Set(hg.tasks);
      const bx = type ? expand(type, bg.tasks) : new Set(bg.tasks);
      const gained = [...hx].filter((t) => !bx.has(t));
      const lost = [...bx].filter((t) => !hx.has(t));
      if (gained.length > 0) {
        // The declared head tasks outside the base's expansion cover every gained task (the closure
        // is transitive), so name those rather than the unpacked list.
        const named = hg.tasks.filter((t) => !bx.has(t));
        const words = named.length > 0 ? named : gained.sort();
        add('tasks-broadened', h.name, [...grantPath, 'tasks'], `${h.name} gains ${taskList(words)} on ${hg.label} (was ${taskList(bg.tasks)})`);
      }
      if (lost.length > 0) {
        const named = bg.tasks.filter((t) => !hx.has(t));
        const words = named.length > 0 ? named : lost.sort();
        add('tasks-narrowed', h.name, [...grantPath, 'tasks'], `${h.name} loses ${taskList(words)} on ${hg.label} (now ${taskList(hg.tasks)})`);
      }
    }
    for (const [key, bg] of baseGrants) {
      if (!headGrants.has(key)) add('grant-removed', h.name, [...basePath, 'assets', bg.index], `${h.name} loses access to ${bg.label}`, 'base');
    }

    // Role
    if (b.role !== 'admin' && h.role === 'admin') add('role-raised', h.name, [...userPath, 'role'], `${h.name} is raised to admin`);
    if (b.role === 'admin' && h.role !== 'admin') add('role-lowered', h.name, [...userPath, 'role'], `${h.name} is lowered to ${h.role}`);

    // Environment
    if ((b.environment ?? null) !== (h.environment ?? null)) {
      const path = h.environment !== undefined ? [...userPath, 'environment'] : userPath;
      add(
        'environment-changed',
        h.name,
        path,
        `${h.name} moves from ${b.environment ?? 'no environment'} to ${h.environment ?? 'no environment'}`,
      );
    }

    // Token lifetime
    // (No `expires` is a token that never expires, as the rules read it: deleting `expires: 60d` makes it one: hunt IO-3.)
    if (h.token) {
      const tokenPath = h.token.expires !== undefined ? [...userPath, 'token', 'expires'] : [...userPath, 'token'];
      if (neverExpires(h.token) && !neverExpires(b.token)) {
        add('token-never-expires', h.name, tokenPath, `${h.name}'s token no longer expires`);
      } else if (neverExpires(b.token) && !neverExpires(h.token)) {
        add('token-expiring', h.name, tokenPath, `${h.name}'s token now expires${h.token.expires ? ` (${h.token.expires})` : ''}`);
      }
    }
  });

  base_.forEach((user, index) => {
    if (!matched.has(index)) add('user-removed', user.name, ['systemUsers', index], `system user ${user.name} is removed`, 'base');
  });

  return changes.sort(compareChanges);
}

function compareChanges(a: AccessChange, b: AccessChange): number {
  if (a.user !== b.user) return a.user < b.user ? -1 : 1;
  const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (k !== 0) return k;
  const pa = a.path.join('\u0000');
  const pb = b.path.join('\u0000');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** "new system user ads-bot (system_user, production) with permission x; MANAGE on page Y; token never expires". */
function describeNewUser(u: ManifestSystemUser, m: Manifest): string {
  const role = u.environment ? `${u.role}, ${u.environment}` : u.role;
  const parts: string[] = [];
  const perms = u.permissions ?? [];
  if (perms.length > 0) parts.push(`${perms.length === 1 ? 'permission' : 'permissions'} ${perms.join(', ')}`);
  for (const g of resolveGrants(u, m).values()) parts.push(`${taskList(g.tasks)} on ${g.label}`);
  if (neverExpires(u.token)) parts.push('a token that never expires');
  return `new system user ${u.name} (${role})${parts.length > 0 ? ` with ${parts.join('; ')}` : ''}`;
}

/** Whether a declared token never expires: `expires: never`, or no `expires` (the manifest's default). */
function neverExpires(token: ManifestSystemUser['token']): boolean {
  return token !== undefined && (token.expires === undefined || token.expires === 'never');
}

function taskList(tasks: string[]): string {
  return tasks.length > 0 ? tasks.join(', ') : 'no tasks';
}

function resolveGrants(u: ManifestSystemUser, m: Manifest): Map<string, ResolvedGrant> {
  const out = new Map<string, ResolvedGrant>();
  (u.assets ?? []).forEach((g, index) => {
    const asset = resolveAsset(m, g.asset)?.asset;
    const key = asset ? `id:${normalizeAssetId(asset.id)}` : `ref:${g.asset}`;
    const tasks = g.tasks.map((t) => t.toUpperCase());
    const existing = out.get(key);
    if (existing) {
      for (const t of tasks) if (!existing.tasks.includes(t)) existing.tasks.push(t);
      return;
    }
    const label = asset ? `${asset.type} ${asset.name ?? asset.id}` : `asset ${g.asset}`;
    out.set(key, { key, label, type: asset?.type, tasks: [...new Set(tasks)], index });
  });
  return out;
}

/** Plain lines for `graphguard diff`, grouped per system user; `+` new access, `-` removed or lowered, `~` other. */
export function formatDiffText(changes: AccessChange[]): string {
  if (changes.length === 0) return 'No access changes.\n';
  const byUser = new Map<string, AccessChange[]>();
  for (const c of changes) {
    const list = byUser.get(c.user) ?? [];
    list.push(c);
    byUser.set(c.user, list);
  }
  const lines: string[] = [];
  // Each line one line: a name holding a newline (`a\n+ u gains …`) would print a change of its own.
  for (const [user, list] of byUser) {
    lines.push(oneLine(user));
    for (const c of list) lines.push(`  ${changeSign(c)} ${oneLine(c.text)}`);
  }
  const fresh = changes.filter((c) => c.newAccess).length;
  lines.push('');
  lines.push(
    `${changes.length} access ${changes.length === 1 ? 'change' : 'changes'}, ${fresh} granting new access.`,
  );
  return `${lines.join('\n')}\n`;
}

const REMOVAL_KINDS = new Set<AccessChangeKind>([
  'user-removed',
  'permission-removed',
  'grant-removed',
  'tasks-narrowed',
  'role-lowered',
  'token-expiring',
]);

/** `+` for new access, `-` for access taken away, `~` for other changes. */
export function changeSign(c: AccessChange): '+' | '-' | '~' {
  if (c.newAccess) return '+';
  if (REMOVAL_KINDS.has(c.kind)) return '-';
  return '~';
}

/** `text` with its line breaks written as `\n` (and `\r`), so that it stays one line of the diff. */
function oneLine(text: string): string {
  return breakCommands(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
}

