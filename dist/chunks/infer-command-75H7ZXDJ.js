import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  analyzeCalls,
  toInferJson,
  tokenNames
} from "./chunk-SVTBAGZP.js";
import {
  resolveAsset
} from "./chunk-TD2545L5.js";
import {
  MANIFEST_NAMES,
  findManifest,
  loadManifest,
  validateManifest
} from "./chunk-RCD54WC6.js";
import {
  expandTasks,
  latestVersion,
  useCases
} from "./chunk-LDZBVBNS.js";
import "./chunk-NX2H6UCC.js";
import "./chunk-YPTJIPX2.js";
import {
  stringify
} from "./chunk-VCCUD76G.js";
import "./chunk-CYYNWMN6.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";

// src/infer-command.ts
import { parseArgs } from "node:util";

// src/infer.ts
import path from "node:path";
function manifestFromTokens(files) {
  const secrets = /* @__PURE__ */ new Set();
  for (const f of files) if (f.calls.length > 0) for (const t of f.tokens) secrets.add(t.name);
  const used = /* @__PURE__ */ new Set();
  const systemUsers = [...secrets].sort().map((secret) => {
    const base = userNameOf(secret);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
    used.add(name);
    const environment = /(?:^|-)(?:test|sandbox|staging|dev)(?:-|$)/.test(name) ? "test" : "production";
    return { name, role: "system_user", environment, permissions: [], token: { secret } };
  });
  return { version: 1, business: { id: "0" }, systemUsers };
}
function userNameOf(secret) {
  const words = secret.toLowerCase().split("_").filter((w) => w && !["meta", "fb", "facebook", "graph", "token", "access", "api", "su", "system", "user"].includes(w));
  return words.join("-") || "app";
}
async function inferRepository(o) {
  const cwd = path.resolve(o.cwd);
  let manifest;
  let manifestFile;
  if (o.manifest !== false) {
    const p = findManifest(cwd, o.manifest);
    if (o.manifest && !p) throw new ConfigError(`${o.manifest}: no such manifest`);
    if (p) {
      const m2 = loadManifest(p, cwd);
      const problems = validateManifest(m2.value, () => m2.doc);
      if (problems.length > 0) throw new ConfigError(`${m2.file}: the manifest is not valid; run \`graphguard check\` and fix the manifest-schema findings`);
      manifest = m2.value;
      manifestFile = m2.file;
    }
  }
  const { scanRepository } = await import("./run-3GWVXJSJ.js");
  const scan = await scanRepository({
    cwd,
    paths: o.paths?.length ? o.paths : ["."],
    ...manifest ? { manifest } : {},
    manifestFile: manifestFile ?? MANIFEST_NAMES[0],
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    codeRules: [],
    settings: /* @__PURE__ */ new Map(),
    declaredSecrets: [],
    calls: { tokenNames: tokenNames(manifest), discover: !manifest },
    debug: () => {
    }
  });
  const files = scan.calls ?? [];
  const m = manifest ?? manifestFromTokens(files);
  if (o.user !== void 0 && !(m.systemUsers ?? []).some((u) => u.name === o.user))
    throw new ConfigError(`no system user named "${o.user}" (known: ${(m.systemUsers ?? []).map((u) => u.name).join(", ") || "none"})`);
  return { analysis: analyzeCalls(m, files), manifest: m, ...manifestFile ? { manifestFile } : {}, derived: !manifest };
}
var pad = (s, n) => s.length >= n ? s : s + " ".repeat(n - s.length);
function formatInferStylish(a, only) {
  const out = [];
  for (const u of a.users) {
    if (only !== void 0 && u.name !== only) continue;
    if (u.calls.length + u.unresolved.length + u.unknown.length === 0 && u.permissions.declared.length === 0) continue;
    out.push(`${u.name}`);
    if (u.calls.length === 0) out.push("  no Graph API calls attributed");
    for (const c of u.calls) out.push(`  ${pad(`${c.method} ${c.path}`, 48)} ${c.file}:${c.line}`);
    if (u.calls.length) {
      out.push(`  permissions needed: ${u.permissions.needed.join(", ") || "none"}`);
      out.push(`  tasks needed: ${u.tasks.needed.map((t) => `${t.assetType} ${t.anyOf.join(" | ")}`).join("; ") || "none"}`);
    }
    const change = [
      ...u.permissions.missing.map((p) => `+ ${p}`),
      ...u.permissions.unused.map((p) => `- ${p}`),
      ...u.tasks.missing.map((t) => `+ ${t.anyOf[0]} on a ${t.assetType}`)
    ];
    out.push(`  manifest change: ${change.length ? change.join(", ") : "none"}`);
    if (u.unresolved.length || u.unknown.length) out.push(`  not judged for unused permissions: ${u.unresolved.length} unresolved, ${u.unknown.length} unknown call(s)`);
    out.push("");
  }
  const section = (title, lines) => {
    if (lines.length === 0) return;
    out.push(`${title} (${lines.length})`, ...lines.map((l) => `  ${l}`), "");
  };
  if (only === void 0) section("unattributed", a.unattributed.map((c) => `${pad(`${c.method} ${c.path}`, 48)} ${c.file}:${c.line}`));
  section("unresolved", a.unresolved.filter((c) => only === void 0 || c.user === only).map((c) => `${c.file}:${c.line}  ${c.reason ?? "computed path"}${c.user ? `  (${c.user})` : ""}`));
  section("unknown", a.unknown.filter((c) => only === void 0 || c.user === only).map((c) => `${pad(`${c.method} ${c.path}`, 48)} ${c.file}:${c.line}${c.user ? `  (${c.user})` : ""}`));
  if (out.length === 0) out.push("No Graph API calls found.");
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
function formatInferYaml(a, manifest, only) {
  const users = a.users.filter((u) => (only === void 0 || u.name === only) && u.calls.length > 0).map((u) => ({
    name: u.name,
    permissions: u.permissions.needed,
    assets: grantsFor(manifest, u.user, u.tasks.needed)
  }));
  return `# Paste under systemUsers (merge with each user's other keys).
${stringify({ systemUsers: users }, { lineWidth: 0, flowCollectionPadding: false })}`;
}
function grantsFor(manifest, user, needed) {
  const out = [];
  for (const n of needed) {
    const own = (user.assets ?? []).find((g) => resolveAsset(manifest, g.asset)?.asset.type === n.assetType);
    const asset = own?.asset ?? (manifest.assets ?? []).find((x) => x.type === n.assetType)?.name ?? `${n.assetType}-id`;
    const existing = out.find((g) => g.asset === asset);
    if (existing) existing.tasks = addTask(n.assetType, existing.tasks, n.anyOf);
    else out.push({ asset, tasks: [n.anyOf[0]] });
  }
  return out;
}
function addTask(type, tasks, anyOf) {
  if (anyOf.some((t) => expandTasks(type, tasks).has(t))) return tasks;
  const all = [...tasks, anyOf[0]];
  return all.filter((t) => !expandTasks(type, all.filter((o) => o !== t)).has(t));
}
function manifestFromCode(a, _manifest, graphApiVersion = latestVersion().version) {
  const types = /* @__PURE__ */ new Set();
  for (const u of a.users) for (const t of u.tasks.needed) types.add(t.assetType);
  let n = 0;
  const assets = [...types].sort().map((type) => ({ id: `3000000000000${String(++n).padStart(2, "0")}`, type, name: `My ${type.replace(/_/g, " ")}`, environment: "production" }));
  const names = new Map(assets.map((x) => [x.type, x.name]));
  const systemUsers = a.users.filter((u) => u.calls.length > 0).map((u) => {
    const grants = /* @__PURE__ */ new Map();
    for (const t of u.tasks.needed) {
      const asset = names.get(t.assetType);
      grants.set(asset, addTask(t.assetType, grants.get(asset) ?? [], t.anyOf));
    }
    const useCases2 = useCasesFor(u.permissions.needed, u.tasks.needed);
    return {
      name: u.name,
      role: "system_user",
      environment: u.user.environment ?? "production",
      ...useCases2 ? { useCases: useCases2 } : {},
      permissions: u.permissions.needed,
      token: { secret: u.user.token.secret, expires: "60d" },
      ...grants.size ? { assets: [...grants].map(([asset, tasks]) => ({ asset, tasks })) } : {}
    };
  });
  const doc = {
    version: 1,
    business: { id: "100000000000001" },
    app: { id: "200000000000002", accessLevel: "standard", graphApiVersion },
    ...assets.length ? { assets } : {},
    systemUsers
  };
  return [
    "# yaml-language-server: $schema=./node_modules/graphguard/schema/manifest.schema.json",
    "# Written by `graphguard init --from-code` from the Graph API calls in the code (see `graphguard infer`).",
    "# Replace the business, app and asset ids with yours.",
    stringify(doc, { lineWidth: 0, flowCollectionPadding: false })
  ].join("\n");
}
function useCasesFor(perms, tasks) {
  const ids = Object.keys(useCases).filter((id) => !useCases[id].adminOnly);
  const covers = (combo) => perms.every((p) => combo.some((id) => [...useCases[id].permissions.required, ...useCases[id].permissions.optional].includes(p))) && tasks.every((t) => combo.some((id) => (useCases[id].maxTasks[t.assetType] ?? []).some((x) => t.anyOf.includes(x))));
  for (const id of ids) if (covers([id])) return [id];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (covers([ids[i], ids[j]])) return [ids[i], ids[j]];
  return void 0;
}

// src/infer-command.ts
var INFER_HELP = `Usage: graphguard infer [PATH...] [--user NAME] [--format stylish|json|yaml] [--manifest FILE]

Reads the Graph API calls in PATHs (default: .), attributes them to the manifest's system users
(the token secret a file reads, or a user's code: globs), and prints per user the operations found,
the permissions and tasks they need and the change to the manifest; then the unattributed,
unresolved and unknown calls. Without a manifest, each token env var the code reads is a user.
  --user NAME     only this system user
  --format NAME   stylish (default) | json (SPEC §7 shape) | yaml (manifest fragments to paste)
  --manifest FILE the manifest (default: graphguard.yml, graphguard.yaml, .graphguard.yml)
  --no-manifest   ignore any manifest: users from token env vars
`;
async function runInfer(args, io) {
  let parsed;
  try {
    parsed = parseInferArgs(args);
  } catch (e) {
    throw new ConfigError(`${e.message.split("\n")[0].replace(/\. To specify a positional.*$/, "")}; see \`graphguard infer --help\``);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout(INFER_HELP);
    return 0;
  }
  const format = v.format ?? "stylish";
  if (!["stylish", "json", "yaml"].includes(format)) throw new ConfigError(`--format must be one of stylish, json, yaml, not "${format}"`);
  const { analysis, manifest } = await inferRepository({
    cwd: io.cwd,
    paths: positionals,
    ...v["no-manifest"] ? { manifest: false } : v.manifest ? { manifest: v.manifest } : {},
    ...v.user !== void 0 ? { user: v.user } : {}
  });
  if (format === "json") io.stdout(`${JSON.stringify(toInferJson(analysis, v.user), null, 2)}
`);
  else if (format === "yaml") io.stdout(formatInferYaml(analysis, manifest, v.user));
  else io.stdout(formatInferStylish(analysis, v.user));
  return 0;
}
async function initFromCode(cwd) {
  const { analysis, manifest } = await inferRepository({ cwd, manifest: false });
  if (!analysis.users.some((u) => u.calls.length > 0))
    throw new ConfigError('init --from-code found no Graph API calls attributed to a token env var (`process.env.X_TOKEN`, `os.environ["X_TOKEN"]`, …)');
  return manifestFromCode(analysis, manifest);
}
function parseInferArgs(args) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      user: { type: "string" },
      format: { type: "string", short: "f" },
      manifest: { type: "string" },
      "no-manifest": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
}
export {
  INFER_HELP,
  initFromCode,
  runInfer
};
