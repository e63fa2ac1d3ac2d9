/** Read-only helpers over a valid manifest that several rules share: asset resolution, use cases. */
import { useCases as builtinUseCases, type UseCase } from '../data.js';
import type { AssetType, Manifest, ManifestAsset, ManifestSystemUser } from './types.js';

/** `act_123` and `123` name the same ad account. */
export function normalizeAssetId(id: string): string {
  return id.startsWith('act_') ? id.slice(4) : id;
}

export interface ResolvedAsset {
  asset: ManifestAsset;
  index: number;
}

/** Resolves a grant's `asset` (id, act_ id, or name) to the declared asset; undefined if none or ambiguous. */
export function resolveAsset(manifest: Manifest, ref: string): ResolvedAsset | undefined {
  const { byId, byName } = assetIndex(manifest);
  const id = byId.get(normalizeAssetId(ref));
  if (id !== undefined) return { asset: manifest.assets![id]!, index: id };
  const named = byName.get(ref);
  if (named && named.length === 1) return { asset: manifest.assets![named[0]!]!, index: named[0]! };
  return undefined;
}

const indexes = new WeakMap<Manifest, { byId: Map<string, number>; byName: Map<string, number[]> }>();
/** Id and name lookups over the declared assets, built once per manifest (rules resolve every grant). */
function assetIndex(manifest: Manifest) {
  let ix = indexes.get(manifest);
  if (!ix) {
    ix = { byId: new Map(), byName: new Map() };
    (manifest.assets ?? []).forEach((a, i) => {
      const id = normalizeAssetId(a.id);
      if (!ix!.byId.has(id)) ix!.byId.set(id, i);
      if (a.name !== undefined) {
        const same = ix!.byName.get(a.name);
        if (same) same.push(i);
        else ix!.byName.set(a.name, [i]);
      }
    });
    indexes.set(manifest, ix);
  }
  return ix;
}

/** Human label of an asset: `page Acme Shop` or `page 300000000000003`. */
export function assetLabel(asset: ManifestAsset): string {
  return `${asset.type.replace(/_/g, ' ')} ${asset.name ?? asset.id}`;
}

/** The use-case catalogue in force: the built-in one, with the manifest's entries added or replacing. */
export function effectiveUseCases(manifest: Manifest): Record<string, UseCase> {
  // Own properties only: a use case named `constructor` is unknown, not Object.prototype's member.
  const out: Record<string, UseCase> = Object.assign(Object.create(null) as Record<string, UseCase>, builtinUseCases);
  for (const [id, uc] of Object.entries(manifest.useCases ?? {})) {
    out[id] = {
      description: uc.description ?? `Declared in the manifest`,
      permissions: { required: uc.permissions?.required ?? [], optional: uc.permissions?.optional ?? [] },
      maxTasks: uc.maxTasks ?? {},
      sources: ['manifest'],
    } as UseCase;
  }
  return out;
}

/**
 * Broadest tasks the user's use cases allow on an asset type (un-expanded), or undefined if none does.
 * Worked out once per catalogue, list of use cases and type: thousands of users share a few lists.
 */
export function allowedTasks(
  catalogue: Record<string, UseCase>,
  user: ManifestSystemUser,
  type: AssetType,
): readonly string[] | undefined {
  let byKey = allowedCache.get(catalogue);
  if (!byKey) allowedCache.set(catalogue, (byKey = new Map()));
  const key = JSON.stringify([type, user.useCases ?? []]);
  if (byKey.has(key)) return byKey.get(key);
  let any = false;
  const out = new Set<string>();
  for (const id of user.useCases ?? []) {
    const tasks = catalogue[id]?.maxTasks?.[type];
    if (tasks) {
      any = true;
      for (const t of tasks) out.add(t);
    }
  }
  const answer = any ? Object.freeze([...out]) : undefined;
  byKey.set(key, answer);
  return answer;
}
const allowedCache = new WeakMap<Record<string, UseCase>, Map<string, readonly string[] | undefined>>();

/** Iterates system users with their index, for JSON paths. */
export function* usersWithIndex(manifest: Manifest): Generator<[ManifestSystemUser, number]> {
  const users = manifest.systemUsers ?? [];
  for (let i = 0; i < users.length; i++) yield [users[i]!, i];
}
