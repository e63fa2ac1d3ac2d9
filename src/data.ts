import type { AccessLevel, AssetType, QuotaLevel } from './manifest/types.js';
import type { FieldNeed } from './calls/endpoints.js';
import permissionsJson from '../data/permissions.json' with { type: 'json' };
import tasksJson from '../data/tasks.json' with { type: 'json' };
import apiVersionsJson from '../data/api-versions.json' with { type: 'json' };
import useCasesJson from '../data/use-cases.json' with { type: 'json' };
import accessLevelsJson from '../data/access-levels.json' with { type: 'json' };

/** Lifecycle of a Meta permission name. */
export type PermissionStatus = 'current' | 'deprecated' | 'removed';

/** One entry of data/permissions.json. */
export interface PermissionEntry {
  description: string;
  status: PermissionStatus;
  /** Current permissions that replace a deprecated or removed one. */
  replacements?: string[];
  deprecatedSince?: string;
  /** An ads_* Marketing API permission: the Marketing API version expiry applies. */
  marketing?: true;
  /** Whether a system-user token can carry it, where known. */
  systemUser?: boolean;
  /** Meta grants it to every app (e.g. public_profile): never excess in a manifest, never live scope drift. */
  implicit?: true;
  source: string;
  sources?: string[];
  note?: string;
}

/** One task of an asset type in data/tasks.json. */
export interface TaskEntry {
  /** Tasks directly implied; expandTasks() takes the transitive closure. */
  implies: string[];
  source: string;
  sources?: string[];
  note?: string;
}

/** The task table of one asset type. */
export interface AssetTypeTasks {
  tasks: Record<string, TaskEntry>;
  /** The facebook-nodejs-business-sdk enum the list is checked against, e.g. `Page.Tasks`. */
  sdkEnum?: string;
}

/** One SystemUser.Role value in data/tasks.json. */
export interface RoleEntry {
  description: string;
  /** The manifest role this live role corresponds to (ADMIN: admin, EMPLOYEE: system_user). */
  manifestRole?: 'admin' | 'system_user';
  /** A base role the system_users edge returns. */
  base?: true;
  source: string;
  sources?: string[];
  note?: string;
}

/** One Graph / Marketing API version of data/api-versions.json. */
export interface ApiVersion {
  version: string;
  released: string;
  /** Last day the Graph API version is available; null when not announced. */
  graphUntil: string | null;
  /** Marketing API expiry; null when not announced or not found. */
  marketingUntil: string | null;
  source: string;
  sources?: string[];
  note?: string;
}

/** One use case of data/use-cases.json (also the shape a manifest's useCases override resolves to). */
export interface UseCase {
  description: string;
  permissions: { required: string[]; optional: string[] };
  /** Broadest tasks allowed per asset type, before expansion; an absent type allows no grant. */
  maxTasks: Partial<Record<AssetType, string[]>>;
  adminOnly?: true;
  /** The operations of data/endpoints.json the use case relies on (`METHOD /path`); built-in use cases only. */
  operations?: { required: string[]; optional: string[] };
  sources: string[];
  note?: string;
}

/** System-user quota of one app access level. */
export interface AccessLevelQuota {
  systemUsers: number;
  adminSystemUsers: number;
  source: string;
  sources?: string[];
  note?: string;
}

/** Another name of a quota level. */
export interface AccessLevelAlias {
  level: QuotaLevel;
  source: string;
  note?: string;
}

/** HTTP method of a Graph API operation. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** A task requirement on one asset type. */
export interface EndpointTask {
  assetType: AssetType;
  anyOf: string[];
}

/** One Graph API operation of data/endpoints.json (SPEC section 7). */
export interface Endpoint {
  method: HttpMethod;
  /** Path with placeholders, e.g. `/{page-id}/feed`; an ad account placeholder stands for the `act_` form. */
  path: string;
  /** The node the path starts at: Meta's codegen spec class as the business SDKs name its file (`product_catalog`, `ig_user`). */
  node: string;
  /** `allOf`: all needed; `anyOf`: when not empty, one of them is needed too. */
  permissions: { allOf: string[]; anyOf: string[] };
  /**
   * The task the token's user needs on the asset the call targets, or null: one of `anyOf` (the narrowest tasks
   * that suffice; a grant whose expansion holds one of them suffices). `or`: alternative grants on other asset
   * types, any of which suffices instead (an Instagram account grant for a call Meta gates on the Page).
   */
  task: (EndpointTask & { or?: EndpointTask[] }) | null;
  /** Meta's reference pages that state the requirements. */
  sources: string[];
  note?: string;
  /** When the entry was checked against its first source, and what the cited pages were seen to state. */
  checked: EndpointChecked;
  /**
   * Fields of the node (or of the nodes an edge lists) whose reading needs more than the operation
   * (`GET /{page-id}?fields=instagram_business_account`): what each adds, from the page that says so.
   */
  fields?: Record<string, FieldNeed>;
}

/** What an endpoint entry's cited pages were seen to state (empty: neither; `note` says what decided it). */
export interface EndpointChecked {
  /** `YYYY-MM-DD`. */
  on: string;
  states: Array<'permissions' | 'task'>;
}

/**
 * A lookup table keyed by names that come from manifests and the Graph API: own properties only (no
 * prototype), so `useCases: [constructor]` or a permission named `__proto__` finds nothing rather than
 * Object.prototype's members. Frozen: data is never changed at run time.
 */
export function ownTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Every known permission by name. */
export const permissions: Readonly<Record<string, PermissionEntry>> = ownTable(permissionsJson.permissions as Record<string, PermissionEntry>);

/** Task tables by manifest asset type. */
export const tasksByAssetType: Readonly<Record<AssetType, AssetTypeTasks>> = ownTable(
  Object.fromEntries(
    Object.entries(tasksJson.assetTypes as Record<string, AssetTypeTasks>).map(([k, v]) => [k, { ...v, tasks: ownTable(v.tasks) }]),
  ),
) as Readonly<Record<AssetType, AssetTypeTasks>>;

/** SystemUser.Role values by name. */
export const roles: Readonly<Record<string, RoleEntry>> = ownTable(tasksJson.roles as Record<string, RoleEntry>);

/** API versions, newest first. */
export const apiVersions: readonly ApiVersion[] = apiVersionsJson.versions as ApiVersion[];

/** The built-in use-case catalogue by id. */
export const useCases: Readonly<Record<string, UseCase>> = ownTable(useCasesJson.useCases as unknown as Record<string, UseCase>);

/** System-user quotas by app access level (the quota table's names). */
export const accessLevels: Readonly<Record<QuotaLevel, AccessLevelQuota>> = ownTable(
  accessLevelsJson.levels as Record<string, AccessLevelQuota>,
) as Readonly<Record<QuotaLevel, AccessLevelQuota>>;

/** Other names of a quota level: Meta's Marketing API Access Tier labels (`limited`, `full`). */
export const accessLevelAliases: Readonly<Record<string, AccessLevelAlias>> = ownTable(
  accessLevelsJson.aliases as Record<string, AccessLevelAlias>,
);

/** The quota level an `app.accessLevel` value names (`full` → `standard`). */
export function quotaLevel(level: AccessLevel): QuotaLevel {
  return (accessLevelAliases[level]?.level ?? level) as QuotaLevel;
}

/** The given tasks plus everything they imply, transitively. Unknown names are kept and imply nothing. */
export function expandTasks(assetType: AssetType, tasks: Iterable<string>): Set<string> {
  const table = tasksByAssetType[assetType].tasks;
  const out = new Set<string>();
  const stack = [...tasks];
  while (stack.length > 0) {
    const task = stack.pop() as string;
    if (out.has(task)) continue;
    out.add(task);
    const entry = Object.hasOwn(table, task) ? table[task] : undefined;
    if (entry) stack.push(...entry.implies);
  }
  return out;
}

/**
 * The tasks in the expansion of `tasks` that the expansion of `allowed` does not cover, sorted.
 * Empty when `tasks` is no broader than `allowed`.
 */
export function isTaskBroader(assetType: AssetType, tasks: Iterable<string>, allowed: Iterable<string>): string[] {
  // Manifests repeat the same few grants many times over; the answer depends only on the names.
  const have = [...tasks];
  const may = [...allowed];
  const key = `${assetType}|${have.join(',')}|${may.join(',')}`;
  let hit = broaderCache.get(key);
  if (!hit) {
    const covered = expandTasks(assetType, may);
    hit = [...expandTasks(assetType, have)].filter((t) => !covered.has(t)).sort();
    broaderCache.set(key, hit);
  }
  return [...hit];
}
const broaderCache = new Map<string, string[]>();

/** The version entry for `v` (`v26.0`, also accepted without the `v`), or undefined. */
export function findVersion(v: string): ApiVersion | undefined {
  const name = v.startsWith('v') ? v : `v${v}`;
  return apiVersions.find((e) => e.version === name);
}

/** The newest known API version. */
export function latestVersion(): ApiVersion {
  return apiVersions[0] as ApiVersion;
}

/** Whether `name` is a permission graphguard knows (current, deprecated or removed). */
export function knownPermission(name: string): boolean {
  return Object.hasOwn(permissions, name);
}

/** The permission entry for `name`, or undefined. */
export function getPermission(name: string): PermissionEntry | undefined {
  return Object.hasOwn(permissions, name) ? permissions[name] : undefined;
}

/** Whether Meta grants `name` to every app (data/permissions.json `implicit`). */
export function isImplicitPermission(name: string): boolean {
  return getPermission(name)?.implicit === true;
}
