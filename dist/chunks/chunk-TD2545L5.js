import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  useCases
} from "./chunk-LDZBVBNS.js";

// src/manifest/model.ts
function normalizeAssetId(id) {
  return id.startsWith("act_") ? id.slice(4) : id;
}
function resolveAsset(manifest, ref) {
  const { byId, byName } = assetIndex(manifest);
  const id = byId.get(normalizeAssetId(ref));
  if (id !== void 0) return { asset: manifest.assets[id], index: id };
  const named = byName.get(ref);
  if (named && named.length === 1) return { asset: manifest.assets[named[0]], index: named[0] };
  return void 0;
}
var indexes = /* @__PURE__ */ new WeakMap();
function assetIndex(manifest) {
  let ix = indexes.get(manifest);
  if (!ix) {
    ix = { byId: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map() };
    (manifest.assets ?? []).forEach((a, i) => {
      const id = normalizeAssetId(a.id);
      if (!ix.byId.has(id)) ix.byId.set(id, i);
      if (a.name !== void 0) ix.byName.set(a.name, [...ix.byName.get(a.name) ?? [], i]);
    });
    indexes.set(manifest, ix);
  }
  return ix;
}
function assetLabel(asset) {
  return `${asset.type.replace(/_/g, " ")} ${asset.name ?? asset.id}`;
}
function effectiveUseCases(manifest) {
  const out = Object.assign(/* @__PURE__ */ Object.create(null), useCases);
  for (const [id, uc] of Object.entries(manifest.useCases ?? {})) {
    out[id] = {
      description: uc.description ?? `Declared in the manifest`,
      permissions: { required: uc.permissions?.required ?? [], optional: uc.permissions?.optional ?? [] },
      maxTasks: uc.maxTasks ?? {},
      sources: ["manifest"]
    };
  }
  return out;
}
function allowedTasks(catalogue, user, type) {
  let byKey = allowedCache.get(catalogue);
  if (!byKey) allowedCache.set(catalogue, byKey = /* @__PURE__ */ new Map());
  const key = JSON.stringify([type, user.useCases ?? []]);
  if (byKey.has(key)) return byKey.get(key);
  let any = false;
  const out = /* @__PURE__ */ new Set();
  for (const id of user.useCases ?? []) {
    const tasks = catalogue[id]?.maxTasks?.[type];
    if (tasks) {
      any = true;
      for (const t of tasks) out.add(t);
    }
  }
  const answer = any ? Object.freeze([...out]) : void 0;
  byKey.set(key, answer);
  return answer;
}
var allowedCache = /* @__PURE__ */ new WeakMap();
function* usersWithIndex(manifest) {
  const users = manifest.systemUsers ?? [];
  for (let i = 0; i < users.length; i++) yield [users[i], i];
}

export {
  normalizeAssetId,
  resolveAsset,
  assetLabel,
  effectiveUseCases,
  allowedTasks,
  usersWithIndex
};
