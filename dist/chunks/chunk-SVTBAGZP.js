import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  resolveAsset
} from "./chunk-TD2545L5.js";
import {
  expandTasks
} from "./chunk-LDZBVBNS.js";
import {
  compileGlobs
} from "./chunk-CYYNWMN6.js";

// src/calls/analyze.ts
function tokenNames(manifest) {
  const out = /* @__PURE__ */ new Set();
  for (const u of manifest?.systemUsers ?? []) if (typeof u.token?.secret === "string") out.add(u.token.secret);
  return [...out];
}
function attribute(manifest, file) {
  const users = manifest.systemUsers ?? [];
  const byCode = [];
  users.forEach((u2, userIndex2) => {
    const globs = u2.code ?? [];
    if (globs.length === 0 || !globMatcher(globs)(file.file)) return;
    const globIndex = globs.findIndex((g) => !g.startsWith("!") && globMatcher([g])(file.file));
    byCode.push({ by: "code", user: u2.name, userIndex: userIndex2, glob: globs[Math.max(0, globIndex)], globIndex: Math.max(0, globIndex) });
  });
  if (byCode.length === 1) return byCode[0];
  if (byCode.length > 1) return void 0;
  const names = [...new Set(file.tokens.map((t) => t.name))];
  if (names.length !== 1) return void 0;
  const owners = users.map((u2, i) => [u2, i]).filter(([u2]) => u2.token?.secret === names[0]);
  if (owners.length !== 1) return void 0;
  const [u, userIndex] = owners[0];
  return { by: "token", user: u.name, userIndex, token: file.tokens.find((t) => t.name === names[0]) };
}
var globCache = /* @__PURE__ */ new Map();
function globMatcher(globs) {
  const key = globs.join("\0");
  let m = globCache.get(key);
  if (!m) globCache.set(key, m = compileGlobs(globs));
  return m;
}
function analyzeCalls(manifest, files, opts = {}) {
  const users = manifest.systemUsers ?? [];
  const per = users.map((user, index) => ({
    name: user.name,
    index,
    user,
    calls: [],
    unresolved: [],
    unknown: [],
    permissions: { needed: [], declared: [...user.permissions ?? []], missing: [], unused: [] },
    tasks: { needed: [], missing: [] }
  }));
  const unattributed = [];
  const unresolved = [];
  const unknown = [];
  const sorted = [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const f of sorted) {
    if (f.calls.length === 0) continue;
    const who = attribute(manifest, f);
    const calls = [...f.calls].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const c of calls) {
      if (!who) {
        if (c.status === "mapped") unattributed.push(c);
        else (c.status === "unknown" ? unknown : unresolved).push(c);
        continue;
      }
      const u = per[who.userIndex];
      const a = { ...c, attribution: who };
      if (c.status === "mapped") u.calls.push(a);
      else if (c.status === "unknown") {
        u.unknown.push(a);
        unknown.push({ ...c, user: u.name });
      } else {
        u.unresolved.push(a);
        unresolved.push({ ...c, user: u.name });
      }
    }
  }
  const complete = opts.complete ?? true;
  for (const u of per) needs(manifest, u, complete);
  return { users: per, unattributed, unresolved, unknown, complete, files, manifest };
}
function missingFor(e, declared) {
  const allOf = e.permissions.allOf.filter((p) => !declared.has(p));
  const anyOf = e.permissions.anyOf.length > 0 && !e.permissions.anyOf.some((p) => declared.has(p)) ? e.permissions.anyOf : void 0;
  return { allOf, anyOf };
}
function taskMet(manifest, user, need) {
  if (user.role === "admin") return true;
  return [need, ...need.or ?? []].some((n) => grantGives(manifest, user, n));
}
function grantGives(manifest, user, need) {
  for (const g of user.assets ?? []) {
    const r = resolveAsset(manifest, g.asset);
    if (!r || r.asset.type !== need.assetType) continue;
    const have = expandTasks(need.assetType, g.tasks);
    if (need.anyOf.some((t) => have.has(t))) return true;
  }
  return false;
}
function needs(manifest, u, complete) {
  const declared = new Set(u.permissions.declared);
  const needed = /* @__PURE__ */ new Set();
  const missing = /* @__PURE__ */ new Set();
  for (const c of u.calls) for (const p of c.endpoint.permissions.allOf) needed.add(p);
  for (const c of u.calls) {
    const any = c.endpoint.permissions.anyOf;
    if (any.length === 0 || any.some((p) => needed.has(p))) continue;
    needed.add(any.find((p) => declared.has(p)) ?? any[0]);
  }
  for (const p of needed) if (!declared.has(p)) missing.add(p);
  const tasks = /* @__PURE__ */ new Map();
  for (const c of u.calls) {
    const t = c.endpoint.task;
    if (t) tasks.set(JSON.stringify(t), { assetType: t.assetType, anyOf: [...t.anyOf], ...t.or?.length ? { or: t.or } : {} });
  }
  u.permissions.needed = [...needed].sort();
  u.permissions.missing = [...missing].sort();
  const canJudge = complete && u.calls.length + u.unknown.length > 0 && u.unresolved.length === 0 && u.unknown.length === 0;
  u.permissions.unused = canJudge ? u.permissions.declared.filter((p) => !needed.has(p)) : [];
  u.tasks.needed = [...tasks.values()].sort((a, b) => a.assetType < b.assetType ? -1 : a.assetType > b.assetType ? 1 : 0);
  u.tasks.missing = u.tasks.needed.filter((t) => !taskMet(manifest, u.user, t));
}
function toInferJson(a, only) {
  const call = (c) => ({ file: c.file, line: c.line, method: c.method, path: c.path });
  const keep = (name) => only === void 0 || name === only;
  return {
    users: a.users.filter((u) => keep(u.name)).map((u) => ({ name: u.name, calls: u.calls.map(call), permissions: u.permissions, tasks: u.tasks })),
    unattributed: only === void 0 ? a.unattributed.map(call) : [],
    unresolved: a.unresolved.filter((c) => keep(c.user)).map((c) => ({ file: c.file, line: c.line, ...c.user ? { user: c.user } : {}, ...c.reason ? { reason: c.reason } : {} })),
    unknown: a.unknown.filter((c) => keep(c.user)).map((c) => ({ ...call(c), ...c.user ? { user: c.user } : {} }))
  };
}

export {
  tokenNames,
  analyzeCalls,
  missingFor,
  taskMet,
  toInferJson
};
