import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST
} from "./chunk-HV7LKZQO.js";
import {
  VERSION,
  atLeast,
  diffManifests,
  formatGithub,
  formatMarkdown,
  plural,
  sortAndDedupe
} from "./chunk-PKKOYNOS.js";
import {
  analyzeCalls,
  missingFor,
  taskMet,
  tokenNames
} from "./chunk-SVTBAGZP.js";
import {
  allowedTasks,
  assetLabel,
  effectiveUseCases,
  normalizeAssetId,
  resolveAsset,
  usersWithIndex
} from "./chunk-TD2545L5.js";
import {
  MANIFEST_NAMES,
  existsNoFollow,
  findManifest,
  loadManifest,
  manifest_schema_default,
  parseManifestText,
  processWriters,
  readUserFile,
  suggest,
  validateManifest,
  writeUserFile
} from "./chunk-RCD54WC6.js";
import {
  secretHash
} from "./chunk-7KRKC2EA.js";
import {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  permissions,
  quotaLevel,
  roles,
  tasksByAssetType,
  useCases
} from "./chunk-LDZBVBNS.js";
import {
  callFinding,
  chunkIndex,
  codeFinding,
  defineRule,
  dropPrefetched,
  findManifestSecrets,
  manifestFinding,
  o,
  pipelineFinding,
  prefetchListing,
  resolveRuleSettings,
  runRule,
  scanRepository,
  secretsInString,
  toPublic
} from "./chunk-NVELIDU4.js";
import {
  isValidDate,
  parseSuppressions,
  suppressionProblem
} from "./chunk-YPTJIPX2.js";
import {
  isMap,
  isPair,
  isScalar,
  parseDocument,
  yaml
} from "./chunk-VCCUD76G.js";
import {
  childProcess,
  compileNeedles,
  prestartScanWorkers
} from "./chunk-MYWDSHJU.js";
import "./chunk-6TAIEISW.js";
import {
  codeModel,
  environmentOfName,
  findSecretReferences,
  isProseFile,
  lineAnchor,
  namesSecretsOnly,
  referenceNeedles
} from "./chunk-CYYNWMN6.js";
import {
  BINARY_SNIFF_BYTES,
  DEFAULT_CHUNK_BYTES
} from "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import {
  cleanReport,
  escapeControls,
  safeIO
} from "./chunk-7LXZ52FI.js";
import {
  Secret,
  detectSecrets,
  redactSecretsInText,
  secretNeedles,
  secretRedactor
} from "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";

// src/cli.ts
import { existsSync as existsSync3 } from "node:fs";
import path5 from "node:path";
import { parseArgs } from "node:util";

// rules/admin-scope.ts
var ADMIN_PERMISSIONS = new Set(
  Object.values(useCases).filter((uc) => uc.adminOnly).flatMap((uc) => [...uc.permissions.required, ...uc.permissions.optional])
);
var ADMIN_OPERATIONS = Object.values(useCases).filter((uc) => uc.adminOnly).reduce((n, uc) => n + (uc.operations ? uc.operations.required.length + uc.operations.optional.length : 0), 0);
var ADMIN_USE_CASES = Object.entries(useCases).filter(([, uc]) => uc.adminOnly).map(([id]) => id);
var admin_scope_default = defineRule({
  id: "admin-scope",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Forbid app use cases, environments, asset grants and non-admin permissions on the admin system user.",
  rationale: `Meta: "You should create one system user for each type of access you need. Use the admin system user to programmatically maintain the right roles. This way, if a system user token is compromised, it has limited scope." An admin system user reaches every asset of the business by design, so giving it app use cases, an environment or asset grants means the app calls the API with the one token that can do everything. Its token needs only what Meta's admin operations need: business_management for system users, their tokens and asset assignments, plus pages_manage_metadata and pages_show_list to assign Page users and claim Pages, whatsapp_business_management to assign WhatsApp users and catalog_management to assign catalog users (the operations are listed under business_admin in data/use-case-operations.json, each with its Meta source). App work belongs to system users (role system_user) with their own tokens. Conversely, the admin-only use cases (business_admin) are not for a system user.`,
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update",
    "https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
  ],
  messages: {
    useCase: {
      message: "Admin system user {{user}} has the app use case {{useCase}}; the admin system user is for administrative actions only.",
      suggestion: "Remove {{useCase}} here and give that work to a system user (role: system_user) with its own token."
    },
    environment: {
      message: "Admin system user {{user}} declares environment {{environment}}; an admin reaches every asset of the business, test and production alike.",
      suggestion: "Remove environment: from the admin, and declare a separate {{environment}} system user for the app."
    },
    grant: {
      message: "Admin system user {{user}} is granted {{tasks}} on {{asset}}; admins reach every asset by design, and grants for app API calls belong to a system user.",
      suggestion: "Remove the grant here and grant the tasks to a system user (role: system_user)."
    },
    permission: {
      message: "Admin system user {{user}} holds {{permission}}, which none of Meta's {{operations}} admin operations needs; the admin token needs {{allowed}} at most.",
      suggestion: "Remove {{permission}} from the admin, and give it to the system user whose use case needs it."
    },
    sharedSecret: {
      message: "Admin system user {{admin}} and system user {{user}} share the token secret {{secret}}, so the app would call the API with the admin token.",
      suggestion: "Give {{user}} its own token in its own secret."
    },
    adminOnlyUseCase: {
      message: "System user {{user}} has the admin-only use case {{useCase}}, but its role is system_user.",
      suggestion: "Leave administration to the admin system user (role: admin); for read-only access use business_audit."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    const adminOnly = (id) => ADMIN_USE_CASES.includes(id) || catalogue[id]?.adminOnly === true;
    const adminSecrets = /* @__PURE__ */ new Map();
    for (const [user] of usersWithIndex(m)) if (user.role === "admin" && user.token) adminSecrets.set(user.token.secret, user.name);
    for (const [user, ui] of usersWithIndex(m)) {
      const p = ["systemUsers", ui];
      if (user.role !== "admin") {
        (user.useCases ?? []).forEach((uc, ci) => {
          if (adminOnly(uc)) ctx.report({ messageId: "adminOnlyUseCase", path: [...p, "useCases", ci], data: { user: user.name, useCase: uc } });
        });
        const admin = user.token ? adminSecrets.get(user.token.secret) : void 0;
        if (admin !== void 0)
          ctx.report({ messageId: "sharedSecret", path: [...p, "token", "secret"], data: { admin, user: user.name, secret: user.token.secret } });
        continue;
      }
      (user.useCases ?? []).forEach((uc, ci) => {
        if (!catalogue[uc] || adminOnly(uc)) return;
        ctx.report({ messageId: "useCase", path: [...p, "useCases", ci], data: { user: user.name, useCase: uc } });
      });
      if (user.environment !== void 0)
        ctx.report({ messageId: "environment", path: [...p, "environment"], data: { user: user.name, environment: user.environment } });
      (user.permissions ?? []).forEach((perm, pi) => {
        if (ADMIN_PERMISSIONS.has(perm)) return;
        ctx.report({
          messageId: "permission",
          path: [...p, "permissions", pi],
          data: { user: user.name, permission: perm, operations: ADMIN_OPERATIONS, allowed: [...ADMIN_PERMISSIONS].join(", ") }
        });
      });
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        ctx.report({
          messageId: "grant",
          path: [...p, "assets", gi],
          data: { user: user.name, tasks: grant.tasks.join(", "), asset: r ? assetLabel(r.asset) : grant.asset }
        });
      });
    }
  }
});

// src/scan/workflows.ts
function parseWorkflow(text) {
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false });
  } catch {
    return null;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const jobsPair = doc.contents.items.find((p) => scalarKey(p) === "jobs");
  if (!jobsPair || !isMap(jobsPair.value)) return null;
  const jobs = [];
  for (const pair of jobsPair.value.items) {
    const id = scalarKey(pair);
    if (id === void 0 || !isPair(pair)) continue;
    const keyRange = pair.key?.range;
    const valueRange = pair.value?.range;
    const start = keyRange?.[0] ?? valueRange?.[0];
    const end = valueRange?.[1] ?? keyRange?.[1];
    if (start === void 0 || end === void 0) continue;
    const job = { id, start, end };
    const env = isMap(pair.value) ? pair.value.items.find((p) => scalarKey(p) === "environment") : void 0;
    const envNode = env ? isMap(env.value) ? env.value.items.find((p) => scalarKey(p) === "name")?.value : env.value : void 0;
    if (isScalar(envNode) && typeof envNode.value === "string" && envNode.range && !envNode.value.includes("${{")) {
      const name = envNode.value.trim();
      if (name) job.environment = { name, ...valueSpan(text, envNode.range) };
    }
    jobs.push(job);
  }
  return { jobs };
}
function jobAt(parsed, offset) {
  const job = parsed.jobs.find((j) => offset >= j.start && offset < j.end);
  return job ? [job] : parsed.jobs;
}
function isWorkflowPath(path6) {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path6.replace(/\\/g, "/"));
}
var PROD_WORDS = /* @__PURE__ */ new Set(["production", "prod", "prd"]);
var TEST_WORDS = /* @__PURE__ */ new Set(["test", "testing", "sandbox"]);
var DEPLOY_DIRS = /* @__PURE__ */ new Set([
  "deploy",
  "deployment",
  "deployments",
  "environments",
  "environment",
  "envs",
  "env",
  "k8s",
  "kubernetes",
  "helm",
  "charts",
  "overlays",
  "terraform",
  "infra",
  "infrastructure",
  "ops",
  "stages"
]);
var CONFIG_EXT = /\.(?:ya?ml|json|toml|ini|env|tfvars|tf|hcl|properties|conf|cfg)$/i;
function environmentOfPath(path6) {
  const segs = path6.replace(/\\/g, "/").split("/").filter((s) => s && s !== ".");
  const base2 = segs.pop() ?? "";
  const lower = base2.toLowerCase();
  const dotenv = /^\.env\.([a-z]+)(?:\.|$)/.exec(lower);
  if (dotenv) {
    if (PROD_WORDS.has(dotenv[1] ?? "")) return "production";
    if (TEST_WORDS.has(dotenv[1] ?? "")) return "test";
  }
  let underDeploy = false;
  let test = false;
  for (const seg of segs) {
    const head = seg.toLowerCase().split(/[-_.]/)[0] ?? "";
    if (PROD_WORDS.has(head)) return "production";
    if (TEST_WORDS.has(head) && (underDeploy || head === "sandbox")) test = true;
    if (DEPLOY_DIRS.has(seg.toLowerCase())) underDeploy = true;
  }
  if (CONFIG_EXT.test(lower)) {
    const parts2 = lower.split(/[-_.]/);
    if (parts2.some((p) => PROD_WORDS.has(p))) return "production";
    if (parts2.includes("sandbox") || underDeploy && parts2.some((p) => TEST_WORDS.has(p))) test = true;
  }
  return test ? "test" : void 0;
}
var ENV_KEY_LINE = /^["']?(?:environment|env|stage|ENVIRONMENT|APP_ENV|NODE_ENV|RAILS_ENV|RACK_ENV|DEPLOY_ENV)["']?[ \t]*[:=][ \t]*["']?([A-Za-z]+)["']?[ \t]*(?:#.*)?$/gm;
function environmentOfContent(text) {
  let test = false;
  for (const m of text.matchAll(ENV_KEY_LINE)) {
    const v = (m[1] ?? "").toLowerCase();
    if (PROD_WORDS.has(v)) return "production";
    if (TEST_WORDS.has(v)) test = true;
  }
  return test ? "test" : void 0;
}
function environmentOfFile(path6, text) {
  const byPath = environmentOfPath(path6);
  if (byPath) return byPath;
  const base2 = path6.split("/").pop() ?? "";
  if (/\.ya?ml$/i.test(base2) || /^\.env(?:\.|$)/i.test(base2) || /\.env$/i.test(base2)) return environmentOfContent(text);
  return void 0;
}
function scalarKey(p) {
  if (!isPair(p)) return void 0;
  const k = p.key;
  return isScalar(k) && (typeof k.value === "string" || typeof k.value === "number") ? String(k.value) : void 0;
}
function valueSpan(text, range) {
  let [start, end] = range;
  const q = text[start];
  if ((q === '"' || q === "'") && text[end - 1] === q && end - start >= 2) {
    start++;
    end--;
  }
  return { start, end };
}

// rules/admin-token-in-code.ts
var admin_token_in_code_default = defineRule({
  id: "admin-token-in-code",
  kind: "code",
  defaultSeverity: "error",
  description: "Forbid references to the admin system user's token secret in app code and workflows outside scan.adminPaths.",
  rationale: 'Meta: "You should create one system user for each type of access you need. Use the admin system user to programmatically maintain the right roles. This way, if a system user token is compromised, it has limited scope." The admin system user reaches every asset of the business, so its token belongs to the few scripts that administer the business (declared in `scan.adminPaths`), never to the app, its deploy configs or its CI jobs, where every dependency, log line and workflow is a way out. The rule finds the admin token\'s secret name used in code (`process.env.X`, `os.environ["X"]`, `secrets.X` in a workflow, `X=` in a dotenv file, `X:` under `env:`, and the other forms in docs/scan.md). The manifest and prose files (Markdown, text: a runbook naming the secret) are not uses.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    inCode: {
      message: "App code uses {{name}}, the token secret of admin system user {{user}}, outside scan.adminPaths.",
      suggestion: "Use the token of a system user with only the access this code needs; keep {{name}} to admin tooling and list its location in scan.adminPaths ({{adminPaths}})."
    },
    inWorkflow: {
      message: "Workflow job {{job}} uses {{name}}, the token secret of admin system user {{user}}, outside scan.adminPaths.",
      suggestion: "Give job {{job}} the token of a system user with only the access it needs; if this workflow administers the business, list it in scan.adminPaths ({{adminPaths}})."
    }
  },
  // A reference names the admin token's secret.
  needles: (ctx) => ctx.manifest ? referenceNeedles(codeModel(ctx.manifest).admin.map((o2) => o2.name)) : [],
  skipsPath: (path6, ctx) => namesSecretsOnly(path6, ctx.manifestFile),
  checkFile(ctx) {
    if (!ctx.manifest) return;
    const path6 = ctx.file.path;
    if (namesSecretsOnly(path6, ctx.manifestFile)) return;
    const model = codeModel(ctx.manifest);
    if (model.admin.length === 0 || model.isAdminPath(path6)) return;
    const text = ctx.file.text;
    const refs = findSecretReferences(
      text,
      model.admin.map((o2) => o2.name)
    );
    if (refs.length === 0) return;
    const adminPaths = model.adminPaths.length ? model.adminPaths.join(", ") : "none declared";
    const workflow = isWorkflowPath(path6) ? parseWorkflow(text) : null;
    for (const ref of refs) {
      const owner = model.byName.get(ref.name);
      const data = { name: ref.name, user: owner.user, adminPaths };
      const anchor = lineAnchor(text, ref.start, ref.end, ref.name);
      if (workflow && workflow.jobs.length > 0) {
        const job = jobAt(workflow, ref.start).map((j) => j.id).join(", ");
        ctx.report({ messageId: "inWorkflow", data: { ...data, job }, start: ref.start, end: ref.end, anchor });
      } else {
        ctx.report({ messageId: "inCode", data, start: ref.start, end: ref.end, anchor });
      }
    }
  }
});

// rules/app-review.ts
var app_review_default = defineRule({
  id: "app-review",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require every permission of a production system user to be approved in App Review, when app.reviewedPermissions is declared.",
  rationale: 'Business apps get Standard Access to every permission automatically, but Meta says "Permissions with Standard Access can only be requested from app users who have a role on the requesting app"; serving production data beyond that takes Advanced Access, which "must be approved on an individual permission and feature basis through the App Review process", and Meta\'s system-user guide lists App Review for the permissions a system user needs among its prerequisites. When the manifest records what App Review approved (`app.reviewedPermissions`), a production token that needs anything else will fail where it matters. Test system users are exempt: they work on the business\'s own test assets, which Standard Access covers.',
  sources: [
    "https://developers.facebook.com/docs/graph-api/overview/access-levels",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/app-review"
  ],
  messages: {
    notReviewed: {
      message: "Production system user {{user}} uses `{{permission}}`, which is not in app.reviewedPermissions ({{reviewed}}).",
      suggestion: "Get `{{permission}}` approved in App Review (Advanced Access) and add it to app.reviewedPermissions, or remove it from the user's permissions."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const list = m.app?.reviewedPermissions;
    if (!list) return;
    const reviewed = new Set(list);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.environment !== "production") continue;
      (user.permissions ?? []).forEach((p, pi) => {
        if (reviewed.has(p) || isImplicitPermission(p)) return;
        if (getPermission(p)?.status !== "current") return;
        ctx.report({
          messageId: "notReviewed",
          path: ["systemUsers", ui, "permissions", pi],
          anchor: p,
          data: { user: user.name, permission: p, reviewed: list.length ? list.join(", ") : "empty" }
        });
      });
    }
  }
});

// rules/asset-reference.ts
var asset_reference_default = defineRule({
  id: "asset-reference",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require every asset grant to name a declared asset, and asset ids and system-user names to be unique.",
  rationale: "Least privilege, environment separation and live drift are judged per asset: a grant that names an undeclared asset escapes all of them, and two entries with one id or one name make every later finding ambiguous. Ad account ids are compared with and without their `act_` prefix, as the Graph API uses both forms.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/business-asset-management/guides/ad-accounts",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
  ],
  messages: {
    undeclared: {
      message: "System user {{user}} is granted `{{asset}}`, which is not a declared asset{{near}}.",
      suggestion: "Declare it under `assets:` with its id, type and environment, or fix the reference."
    },
    ambiguous: {
      message: "System user {{user}} names asset `{{asset}}`, and several declared assets have that name.",
      suggestion: "Refer to the asset by its id."
    },
    duplicateAsset: {
      message: "Asset id {{id}} is declared twice (first at assets[{{first}}]).",
      suggestion: "Keep one entry per asset."
    },
    duplicateUser: {
      message: "System user name `{{name}}` is declared twice (first at systemUsers[{{first}}]).",
      suggestion: "Give each system user a unique name."
    },
    duplicateUserId: {
      message: "System user id {{id}} is declared twice (first for {{first}}).",
      suggestion: "Each system user has its own id; live verification matches on it."
    },
    duplicateGrant: {
      message: "System user {{user}} has two grants on `{{asset}}`.",
      suggestion: "Merge them into one grant with the tasks it needs."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const seenAsset = /* @__PURE__ */ new Map();
    (m.assets ?? []).forEach((a, i) => {
      const id = normalizeAssetId(a.id);
      const first = seenAsset.get(id);
      if (first !== void 0) ctx.report({ messageId: "duplicateAsset", path: ["assets", i, "id"], data: { id: a.id, first } });
      else seenAsset.set(id, i);
    });
    const seenName = /* @__PURE__ */ new Map();
    const seenId = /* @__PURE__ */ new Map();
    const names = (m.assets ?? []).flatMap((a) => [a.id, ...a.name ? [a.name] : []]);
    for (const [user, ui] of usersWithIndex(m)) {
      const first = seenName.get(user.name);
      if (first !== void 0) ctx.report({ messageId: "duplicateUser", path: ["systemUsers", ui, "name"], data: { name: user.name, first } });
      else seenName.set(user.name, ui);
      if (user.id) {
        const f = seenId.get(user.id);
        if (f !== void 0) ctx.report({ messageId: "duplicateUserId", path: ["systemUsers", ui, "id"], data: { id: user.id, first: f } });
        else seenId.set(user.id, user.name);
      }
      const granted = /* @__PURE__ */ new Set();
      (user.assets ?? []).forEach((g, gi) => {
        const r = resolveAsset(m, g.asset);
        if (r) {
          if (granted.has(r.index))
            ctx.report({ messageId: "duplicateGrant", path: ["systemUsers", ui, "assets", gi, "asset"], data: { user: user.name, asset: g.asset } });
          granted.add(r.index);
          return;
        }
        const ambiguous = (m.assets ?? []).filter((a) => a.name === g.asset).length > 1;
        if (ambiguous) {
          ctx.report({ messageId: "ambiguous", path: ["systemUsers", ui, "assets", gi, "asset"], data: { user: user.name, asset: g.asset } });
          return;
        }
        const near = suggest(g.asset, names);
        ctx.report({
          messageId: "undeclared",
          path: ["systemUsers", ui, "assets", gi, "asset"],
          data: { user: user.name, asset: g.asset, near: near ? ` (did you mean \`${near}\`?)` : "" }
        });
      });
    }
  }
});

// src/manifest/permissions.ts
function permissionRefs(manifest) {
  const out = [];
  (manifest.app?.reviewedPermissions ?? []).forEach((p, i) => {
    out.push({ permission: p, path: ["app", "reviewedPermissions", i], owner: "app.reviewedPermissions" });
  });
  for (const [id, uc] of Object.entries(manifest.useCases ?? {})) {
    for (const part of ["required", "optional"]) {
      (uc.permissions?.[part] ?? []).forEach((p, i) => {
        out.push({ permission: p, path: ["useCases", id, "permissions", part, i], owner: `use case ${id}` });
      });
    }
  }
  (manifest.systemUsers ?? []).forEach((u, ui) => {
    (u.permissions ?? []).forEach((p, i) => {
      out.push({ permission: p, path: ["systemUsers", ui, "permissions", i], owner: `system user ${u.name}` });
    });
  });
  return out;
}

// rules/deprecated-permission.ts
var deprecated_permission_default = defineRule({
  id: "deprecated-permission",
  kind: "manifest",
  defaultSeverity: "warn",
  description: "Warn about permissions Meta has deprecated, removed or replaced, naming their replacements.",
  rationale: 'Meta retires permissions and splits broad ones: `manage_pages` and `publish_pages` were replaced by six granular Page permissions "released May 5, 2020 to replace manage_pages and publish_pages", and the Instagram Login `business_*` scopes became `instagram_business_*` on January 27, 2025. A token cannot be granted a removed permission, and a deprecated one stops working; the replacement is usually narrower, so the fix is also a least-privilege step.',
  sources: [
    "https://developers.facebook.com/docs/pages/overview",
    "https://developers.facebook.com/docs/permissions",
    "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login"
  ],
  messages: {
    replaced: {
      message: "Permission `{{permission}}` of {{owner}} was {{status}} by Meta{{since}}; it is replaced by {{replacements}}.",
      suggestion: "Replace it with {{choice}}."
    },
    retired: {
      message: "Permission `{{permission}}` of {{owner}} was {{status}} by Meta{{since}} and has no replacement.",
      suggestion: "Remove `{{permission}}`: Meta offers nothing in its place."
    }
  },
  check(ctx) {
    for (const ref of permissionRefs(ctx.manifest)) {
      const entry = getPermission(ref.permission);
      if (!entry || entry.status === "current") continue;
      const data = {
        permission: ref.permission,
        owner: ref.owner,
        status: entry.status,
        since: entry.deprecatedSince ? ` (deprecated since ${entry.deprecatedSince})` : ""
      };
      const replacements = entry.replacements ?? [];
      if (replacements.length > 0) {
        const list = replacements.map((r) => `\`${r}\``).join(", ");
        const choice = replacements.length === 1 ? list : `the ones among ${list} that the token needs`;
        ctx.report({ messageId: "replaced", path: ref.path, anchor: ref.permission, data: { ...data, replacements: list, choice } });
      } else ctx.report({ messageId: "retired", path: ref.path, anchor: ref.permission, data });
    }
  }
});

// src/manifest/schema-base.ts
var digits = (description) => ({ type: "string", pattern: "^[0-9]+$", description });
var nameList = (description) => ({
  type: "array",
  items: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
  uniqueItems: true,
  description
});
var ASSET_TYPES = [
  "page",
  "catalog",
  "ad_account",
  "instagram_account",
  "commerce_account",
  "pixel",
  "whatsapp_business_account"
];
var environment = { type: "string", enum: ["production", "test"] };
var taskList = {
  type: "array",
  minItems: 1,
  uniqueItems: true,
  items: { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" }
};
var schemaBase = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/graphguard/graphguard/schema/manifest.schema.json",
  title: "graphguard manifest (v1)",
  description: "System users of a Meta business, their token permissions and their asset tasks, checked by graphguard.",
  type: "object",
  additionalProperties: false,
  required: ["version", "business", "systemUsers"],
  properties: {
    $schema: { type: "string" },
    version: { const: 1, description: "Manifest format version." },
    business: {
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: {
        id: digits("Business (portfolio) id."),
        name: { type: "string" }
      }
    },
    app: {
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: {
        id: digits("App id."),
        accessLevel: {
          type: "string",
          enum: ["development", "basic", "standard", "limited", "full"],
          description: "The app's access level, which sets the system-user quota: development, basic (legacy) or standard; limited and full (Meta's Marketing API Access Tier names) count as development and standard."
        },
        quota: {
          type: "object",
          additionalProperties: false,
          properties: {
            systemUsers: { type: "integer", minimum: 0 },
            adminSystemUsers: { type: "integer", minimum: 0 }
          }
        },
        graphApiVersion: { type: "string", pattern: "^v[0-9]+\\.[0-9]+$", description: "e.g. v26.0" },
        reviewedPermissions: nameList("Permissions approved for the app in App Review.")
      }
    },
    assets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type"],
        properties: {
          id: { type: "string", pattern: "^(act_)?[0-9]+$", description: "Asset id; ad accounts may be written act_<digits>." },
          type: { type: "string", enum: [...ASSET_TYPES] },
          name: { type: "string", minLength: 1 },
          environment,
          owner: {
            type: "string",
            enum: ["business", "client"],
            description: "Who owns the asset: this business (default), or another business that shares it as a client asset (agency). Checked live by live-asset-ownership."
          }
        }
      }
    },
    useCases: {
      type: "object",
      propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          description: { type: "string" },
          permissions: {
            type: "object",
            additionalProperties: false,
            properties: { required: nameList("Permissions the use case needs."), optional: nameList("Permissions it may use.") }
          },
          maxTasks: {
            type: "object",
            additionalProperties: false,
            properties: Object.fromEntries(ASSET_TYPES.map((t) => [t, taskList]))
          }
        }
      }
    },
    systemUsers: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "role"],
        properties: {
          name: { type: "string", pattern: "^[a-z0-9_-]+$" },
          id: digits("System user id; live verification matches on it."),
          role: { type: "string", enum: ["system_user", "admin"] },
          environment,
          useCases: nameList("What the token is for; drives least privilege."),
          permissions: nameList("Permissions (scopes) of the token."),
          token: {
            type: "object",
            additionalProperties: false,
            required: ["secret"],
            properties: {
              secret: {
                type: "string",
                pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
                description: "NAME of the env var / CI secret that holds the token; never the value."
              },
              expires: { type: "string", enum: ["never", "60d"] },
              rotateEveryDays: { type: "integer", minimum: 1, maximum: 3650 },
              lastRotated: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "YYYY-MM-DD" }
            }
          },
          code: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Globs of the code that runs with this user's token (e.g. `src/catalog/**`): its Graph API calls are attributed to this user (SPEC §7)."
          },
          assets: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["asset", "tasks"],
              properties: {
                asset: { type: "string", minLength: 1, description: "A declared asset, by id or name." },
                tasks: taskList
              }
            }
          }
        },
        if: { properties: { role: { const: "system_user" } }, required: ["role"] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
        then: { required: ["environment"], properties: { environment } }
      }
    },
    rules: { type: "object" },
    scan: {
      type: "object",
      additionalProperties: false,
      properties: {
        include: { type: "array", items: { type: "string" } },
        exclude: { type: "array", items: { type: "string" } },
        adminPaths: { type: "array", items: { type: "string" } }
      }
    }
  }
};

// rules/env-separation.ts
var env_separation_default = defineRule({
  id: "env-separation",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Keep test and production apart: separate system users, assets and token secrets.",
  rationale: 'Meta: "You should create one system user for each type of access you need … This way, if a system user token is compromised, it has limited scope." A system user that reaches both test and production assets, or a test token that reaches production, lets a test run, a staging deploy or a leaked test credential change the live shop. Two environments sharing one token secret means one token does both. And production assets with no test counterpart leave nothing to try a change on before it reaches customers.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  options: o.object({
    ignoreTypes: o.array(o.enum(ASSET_TYPES), {
      default: [],
      uniqueItems: true,
      description: "Asset types that need no test counterpart (the warning for production assets without one)."
    })
  }),
  messages: {
    crossEnv: {
      message: "System user {{user}} is a {{env}} user but reaches {{assetEnv}} asset {{asset}}.",
      suggestion: "Grant {{user}} a {{env}} asset instead, and give {{asset}} to a {{assetEnv}} system user."
    },
    mixed: {
      message: "System user {{user}} reaches both {{env}} and {{assetEnv}} assets: {{asset}} is {{assetEnv}}.",
      suggestion: "Move the grant on {{asset}} to a separate {{assetEnv}} system user with its own token."
    },
    sharedSecret: {
      message: "System users {{first}} ({{firstEnv}}) and {{user}} ({{env}}) share the token secret {{secret}}; test and production need separate tokens.",
      suggestion: "Store the token of {{user}} in a secret of its own."
    },
    noTestCounterpart: {
      message: "Production {{asset}} has no test counterpart: no test system user is granted a test {{type}}.",
      suggestion: "Declare a test {{type}} (environment: test) and grant it to a test system user, or list {{typeId}} in the ignoreTypes option."
    }
  },
  check(ctx, options) {
    const m = ctx.manifest;
    const users = [...usersWithIndex(m)].filter(([u]) => u.role !== "admin" && u.environment !== void 0);
    const granted = { production: /* @__PURE__ */ new Map(), test: /* @__PURE__ */ new Map() };
    for (const [user, ui] of users) {
      const env = user.environment;
      const grants = (user.assets ?? []).map((g, gi) => ({ gi, r: resolveAsset(m, g.asset) }));
      const own = grants.filter((g) => g.r?.asset.environment === env);
      for (const g of own) {
        const { asset, index } = g.r;
        granted[env].set(asset.type, Math.min(index, granted[env].get(asset.type) ?? index));
      }
      for (const g of grants) {
        const assetEnv = g.r?.asset.environment;
        if (!g.r || assetEnv === void 0 || assetEnv === env) continue;
        ctx.report({
          messageId: own.length > 0 ? "mixed" : "crossEnv",
          path: ["systemUsers", ui, "assets", g.gi, "asset"],
          data: { env, user: user.name, assetEnv, asset: assetLabel(g.r.asset) }
        });
      }
    }
    const bySecret = /* @__PURE__ */ new Map();
    for (const [user, ui] of users) {
      const secret = user.token?.secret;
      if (secret === void 0) continue;
      const first = bySecret.get(secret);
      if (!first) bySecret.set(secret, { name: user.name, env: user.environment });
      else if (first.env !== user.environment)
        ctx.report({
          messageId: "sharedSecret",
          path: ["systemUsers", ui, "token", "secret"],
          data: { first: first.name, firstEnv: first.env, user: user.name, env: user.environment, secret }
        });
    }
    const assets = m.assets ?? [];
    for (const [type, index] of [...granted.production].sort((a, b) => a[1] - b[1])) {
      if (granted.test.has(type) || options.ignoreTypes.includes(type)) continue;
      ctx.report({
        messageId: "noTestCounterpart",
        severity: "warn",
        path: ["assets", index, "environment"],
        data: { asset: assetLabel(assets[index]), type: type.replace(/_/g, " "), typeId: type }
      });
    }
  }
});

// src/dates.ts
var DAY_MS = 864e5;
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

// rules/graph-api-version.ts
function parts(v) {
  const [maj, min] = v.replace(/^v/, "").split(".").map(Number);
  return [maj ?? 0, min ?? 0];
}
var graph_api_version_default = defineRule({
  id: "graph-api-version",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require app.graphApiVersion to be a known Graph API version that is not expired or about to expire.",
  rationale: 'Meta guarantees each Graph API version for at least two years; after its end date "calls … are defaulted to the next oldest usable version", so the app silently runs against behaviour it was not written for. The Marketing API is versioned on a shorter clock: the previous version is supported for at least 90 days after a new one, and then calls "may fail or be upgraded to the next available version" (error #2635). Where the manifest uses a Marketing API permission (ads_management, ads_read), the earlier Marketing API date applies. The dates are data (data/api-versions.json) with their sources.',
  sources: [
    "https://developers.facebook.com/docs/apps/versions",
    "https://developers.facebook.com/docs/graph-api/changelog/versions/",
    "https://developers.facebook.com/docs/marketing-api/overview/versioning",
    "https://developers.facebook.com/blog/post/2024/04/16/upcoming-change-in-marketing-api-version-deprecation"
  ],
  options: o.object({
    warnDays: o.integer({ minimum: 0, default: 90, description: "Warn this many days (or fewer) before the end date." }),
    maxMajorsBehind: o.integer({
      minimum: 0,
      default: 2,
      description: "A notice when the version is more than this many major versions behind the newest."
    })
  }),
  messages: {
    expired: {
      message: "Graph API version {{version}} was available until {{until}}; Meta now answers its calls with the next oldest usable version.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}} and test the app against the changelogs in between."
    },
    expiring: {
      message: "Graph API version {{version}} is available only until {{until}}, {{days}} from today.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}} before {{until}}."
    },
    marketingExpired: {
      message: "Marketing API version {{version}} expired on {{until}}, and system user {{user}} uses the Marketing API permission {{permission}}.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}}: Marketing API calls on an expired version fail (error #2635) or are upgraded without notice."
    },
    marketingExpiring: {
      message: "Marketing API version {{version}} expires on {{until}}, {{days}} from today, and system user {{user}} uses the Marketing API permission {{permission}}.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}} before {{until}}."
    },
    unknown: {
      message: "Graph API version {{version}} is not a known version; did you mean {{fix}}?",
      suggestion: "Set app.graphApiVersion to {{fix}} (the newest is {{latest}})."
    },
    newer: {
      message: "Graph API version {{version}} is newer than any version graphguard knows (the newest it knows is {{latest}}).",
      suggestion: "If Meta has released {{version}}, update graphguard; otherwise use {{latest}}."
    },
    behind: {
      message: "Graph API version {{version}} is {{behind}} major versions behind the newest, {{latest}}.",
      suggestion: "Plan the upgrade to {{latest}} while {{version}} is still supported."
    }
  },
  check(ctx, options) {
    const version = ctx.manifest.app?.graphApiVersion;
    if (version === void 0) return;
    const path6 = ["app", "graphApiVersion"];
    const latest = latestVersion().version;
    const entry = findVersion(version);
    if (!entry) {
      const [maj, min] = parts(version);
      const [lmaj, lmin] = parts(latest);
      if (maj > lmaj || maj === lmaj && min > lmin) {
        ctx.report({ messageId: "newer", severity: "warn", path: path6, data: { version, latest } });
        return;
      }
      const near = suggest(version, apiVersions.map((v) => v.version));
      const fix = near !== void 0 && parts(near)[0] === maj ? near : latest;
      ctx.report({ messageId: "unknown", path: path6, data: { version, fix, latest } });
      return;
    }
    let marketing;
    for (const [user] of usersWithIndex(ctx.manifest)) {
      const p = (user.permissions ?? []).find((name) => getPermission(name)?.marketing);
      if (p) {
        marketing = { user: user.name, permission: p };
        break;
      }
    }
    const base2 = { version, latest };
    const g = entry.graphUntil !== null ? daysBetween(ctx.today, entry.graphUntil) : void 0;
    const mk = marketing && entry.marketingUntil !== null ? daysBetween(ctx.today, entry.marketingUntil) : void 0;
    if (g !== void 0 && g < 0) {
      ctx.report({ messageId: "expired", path: path6, data: { ...base2, until: entry.graphUntil } });
      return;
    }
    if (mk !== void 0 && mk <= 0) {
      ctx.report({ messageId: "marketingExpired", path: path6, data: { ...base2, until: entry.marketingUntil, ...marketing } });
      return;
    }
    if (mk !== void 0 && mk <= options.warnDays) {
      ctx.report({ messageId: "marketingExpiring", severity: "warn", path: path6, data: { ...base2, until: entry.marketingUntil, days: plural(mk, "day"), ...marketing } });
      return;
    }
    if (g !== void 0 && g <= options.warnDays) {
      ctx.report({ messageId: "expiring", severity: "warn", path: path6, data: { ...base2, until: entry.graphUntil, days: plural(g, "day") } });
      return;
    }
    const behind = parts(latest)[0] - parts(version)[0];
    if (behind > options.maxMajorsBehind)
      ctx.report({ messageId: "behind", severity: "notice", path: path6, data: { ...base2, behind } });
  }
});

// src/scan/graph-urls.ts
var GRAPH_HOSTS = ["graph.facebook.com", "graph-video.facebook.com", "graph.instagram.com"];
var GRAPH_HOST_PATTERN = GRAPH_HOSTS.map((h) => h.replace(/[.-]/g, "\\$&")).join("|");
var GRAPH_URL = new RegExp(
  `(?<![A-Za-z0-9_.-])(${GRAPH_HOST_PATTERN})(?::443)?\\\\?\\/(v\\d{1,3}\\.\\d{1,2})(?![A-Za-z0-9_]|\\.\\d)`,
  "gi"
);
function graphUrlNeedles() {
  return ["/v", "/V"].map((text) => ({ text, before: "mM3\\", after: "0123456789", version: true }));
}
function findGraphUrls(text) {
  if (!/graph/i.test(text)) return [];
  const out = [];
  for (const m of text.matchAll(GRAPH_URL)) {
    const version = (m[2] ?? "").toLowerCase();
    const end = m.index + m[0].length;
    out.push({ version, start: end - version.length, end, host: (m[1] ?? "").toLowerCase() });
  }
  return out;
}

// src/scan/graph-versions.ts
function versionRefNeedles() {
  return [
    {
      all: [
        // A Graph URL's versioned path (graphUrlNeedles), or one right after a name's end.
        { any: graphUrlNeedles().map((n) => ({ ...n, before: `${n.before}}'"\`` })) },
        { any: [...["facebook", "instagram"].map((caseless) => ({ caseless })), ...["fb", "meta", "ig"].map((caseless) => ({ caseless, bounded: true }))] }
      ]
    },
    ...["api_version", "FB.init", "default_graph_version", "facebook-nodejs-business-sdk", "facebook_business", "facebook-business", "php-business-sdk"].map(
      (text) => ({ text })
    )
  ];
}
var VERSION2 = String.raw`v\d{1,3}\.\d{1,2}`;
var PY_PIN = new RegExp(String.raw`\bapi_version\s*[=:]\s*['"](${VERSION2})['"]`, "g");
var FB_INIT = /\bFB\.init\s*\(\s*\{/g;
var JS_VERSION_KEY = new RegExp(String.raw`\bversion\s*:\s*['"\`](${VERSION2})['"\`]`, "y");
var PHP_PIN = new RegExp(String.raw`default_graph_version['"]?\s*(?:=>|[:=])\s*['"](${VERSION2})['"]`, "g");
var SDK_PACKAGES = [
  { name: /"facebook-nodejs-business-sdk"\s*:\s*"[~^=v]?(\d{1,3})\.\d+/g, files: /(?:^|\/)package\.json$/ },
  { name: /"facebook\/php-business-sdk"\s*:\s*"[~^=v]?(\d{1,3})\.\d+/g, files: /(?:^|\/)composer\.json$/ },
  { name: /\bfacebook[_-]business\s*(?:==|~=|>=|\^|=)\s*['"]?(\d{1,3})\.\d+/gi, files: /(?:requirements[^/]*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile|poetry\.lock)$/ }
];
var BASE_PATH = new RegExp(
  String.raw`(?:\$?\{\s*([A-Za-z_$][\w.$]*)\s*\}|([A-Za-z_$][\w.$]*)\s*\+\s*['"\`])\/(${VERSION2})(?=[/'"\`?#\s]|$)`,
  "g"
);
var VERSION_PATH = new RegExp(String.raw`\/(${VERSION2})(?=[/'"\`?#\s]|$)`, "g");
var BASE_HEAD = /(?:\$?\{\s*([A-Za-z_$][\w.$]*)\s*\}|([A-Za-z_$][\w.$]*)\s*\+\s*['"`])$/;
var HEAD_WINDOW = 512;
var META_NAME = /facebook|instagram|(?:^|[^a-z])(?:fb|meta|ig)(?:[^a-z]|$)/i;
var GRAPH_NAME = /graph/i;
var RECORDING_PATH = /(?:^|\/)(?:fixtures?|__fixtures__|cassettes?|recordings?|__snapshots__|snapshots|mocks?|__mocks__|testdata|test[-_]data|responses?|samples?)\/|\.(?:har|snap)$/i;
var RECORDING_TEXT = /"paging"\s*:\s*\{|^interactions:\s*$|"log"\s*:\s*\{\s*"version"/m;
var PAGING_KEY = /["']?(?:next|previous)["']?\s*[:=]>?\s*["']?$/;
function isDependencyFile(path6) {
  return SDK_PACKAGES.some((p) => p.files.test(path6));
}
function isRecording(path6, text) {
  if (/\.har$/i.test(path6)) return true;
  if (/\.(?:json|ya?ml|jsonl|ndjson)$/i.test(path6) && (RECORDING_PATH.test(path6) || RECORDING_TEXT.test(text.slice(0, 2e5)))) return true;
  return false;
}
function findVersionRefs(text, path6) {
  if (isRecording(path6, text)) return [];
  const out = [];
  for (const u of findGraphUrls(text)) {
    if (isPagingValue(text, u.start)) continue;
    out.push({ version: u.version, start: u.start, end: u.end, where: `${u.host} URL` });
  }
  for (const m of text.matchAll(PY_PIN)) push(out, m, "api_version pin");
  for (const m of text.matchAll(PHP_PIN)) push(out, m, "default_graph_version pin");
  for (const m of text.matchAll(FB_INIT)) {
    const from = m.index + m[0].length;
    const close = text.indexOf("}", from);
    const stop = close === -1 ? Math.min(text.length, from + 2e3) : Math.min(close, from + 2e3);
    for (let i = from; i < stop; i++) {
      if (text.charCodeAt(i) !== 118 || i > 0 && /[\w$]/.test(text[i - 1])) continue;
      JS_VERSION_KEY.lastIndex = i;
      const v = JS_VERSION_KEY.exec(text);
      if (v && v.index + v[0].length <= stop + 1) {
        push(out, v, "FB.init version");
        break;
      }
    }
  }
  for (const p of SDK_PACKAGES) {
    if (!p.files.test(path6)) continue;
    for (const m of text.matchAll(p.name)) {
      const major = m[1];
      const start = m.index + m[0].lastIndexOf(major);
      out.push({ version: `v${Number(major)}.0`, start, end: start + major.length, where: "business SDK version" });
    }
  }
  const graphFile = GRAPH_HOSTS.some((h) => text.includes(h)) || /facebook/i.test(text);
  const baseNames = graphBaseNames(text);
  for (const m of basePaths(text)) {
    const last = m.name.split(".").pop() ?? m.name;
    if (!(baseNames.has(last) || META_NAME.test(last) || GRAPH_NAME.test(last) && graphFile)) continue;
    out.push({ version: m.version.toLowerCase(), start: m.end - m.version.length, end: m.end, where: `path on ${last}` });
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((r, i) => i === 0 || r.start !== out[i - 1].start);
}
function push(out, m, where2) {
  const version = m[1];
  const end = m.index + m[0].lastIndexOf(version) + version.length;
  out.push({ version: version.toLowerCase(), start: end - version.length, end, where: where2 });
}
function* basePaths(text) {
  let after = 0;
  for (const v of text.matchAll(VERSION_PATH)) {
    const from = Math.max(after, v.index - HEAD_WINDOW);
    const head = BASE_HEAD.exec(text.slice(from, v.index));
    if (!head) continue;
    const end = v.index + v[0].length;
    after = end;
    yield { name: head[1] ?? head[2] ?? "", version: v[1], end };
  }
}
var BASE_NAME = new RegExp(String.raw`([A-Za-z_$][\w$]*)['"]?\s*(?:=|:|=>|:=)\s*['"\`]https?://(?:${GRAPH_HOST_PATTERN})/?['"\`]`, "gi");
var HOST_VALUE = new RegExp(String.raw`https?://(?:${GRAPH_HOST_PATTERN})/?['"\`]`, "gi");
var NAME_HEAD = /([A-Za-z_$][\w$]*)['"]?\s*(?:=|:|=>|:=)\s*['"`]$/i;
function graphBaseNames(text) {
  const names = /* @__PURE__ */ new Set();
  let after = 0;
  for (const v of text.matchAll(HOST_VALUE)) {
    const head = NAME_HEAD.exec(text.slice(Math.max(after, v.index - HEAD_WINDOW), v.index));
    if (!head) continue;
    after = v.index + v[0].length;
    names.add(head[1]);
  }
  return names;
}
function isPagingValue(text, pos) {
  const win = text.slice(Math.max(0, pos - 300), pos);
  const before = win.slice(win.lastIndexOf("\n") + 1);
  const q = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
  const head = q === -1 ? before.replace(/https?:\S*$/, "") : before.slice(0, q + 1);
  return PAGING_KEY.test(head.replace(/https?:\/\/\S*$/, ""));
}

// rules/graph-api-version-in-code.ts
var skipsPath = (path6) => isProseFile(path6) && !isDependencyFile(path6);
var graph_api_version_in_code_default = defineRule({
  id: "graph-api-version-in-code",
  kind: "code",
  defaultSeverity: "warn",
  description: "Warn about Graph API versions pinned in code (versioned URLs, SDK version pins, business SDK versions, versioned paths on a Graph base) that are expired, near their end date, unknown, or not app.graphApiVersion.",
  rationale: 'Meta guarantees each Graph API version for at least two years; after its end date "calls … are defaulted to the next oldest usable version", so code pinned to `graph.facebook.com/v19.0/` silently runs against behaviour it was not written for. The manifest\'s `app.graphApiVersion` says which version the app is built and tested against (`graph-api-version` checks it); a URL in the code that names another version is a call nobody tested against that version. The dates are data (data/api-versions.json) with their sources. URLs in prose files (Markdown, text) and in recorded API responses (JSON fixtures, HAR files, VCR cassettes, `paging.next` links) are not calls and are not checked.',
  sources: [
    "https://developers.facebook.com/docs/apps/versions",
    "https://developers.facebook.com/docs/graph-api/changelog/versions/"
  ],
  options: o.object({
    warnDays: o.integer({ minimum: 0, default: 90, description: "Report a version this many days (or fewer) before its end date." })
  }),
  messages: {
    expired: {
      message: "Graph API {{version}} in {{where}} was available until {{until}}; Meta now answers its calls with the next oldest usable version.",
      suggestion: "Call {{target}} (and test against the changelogs in between)."
    },
    expiring: {
      message: "Graph API {{version}} in {{where}} is available only until {{until}}, {{days}} from today.",
      suggestion: "Move this call to {{target}} before {{until}}."
    },
    differs: {
      message: "Graph API {{version}} in {{where}} is not app.graphApiVersion ({{manifestVersion}}), the version the manifest says the app uses.",
      suggestion: "Call {{manifestVersion}} here, or update app.graphApiVersion if the app has moved to {{version}}."
    },
    unknown: {
      message: "Graph API {{version}} in {{where}} is not a version graphguard knows (the newest it knows is {{latest}}).",
      suggestion: "Use a released version such as {{target}}; if Meta has released {{version}}, update graphguard."
    }
  },
  needles: () => versionRefNeedles(),
  skipsPath,
  checkFile(ctx, options) {
    const path6 = ctx.file.path;
    if (skipsPath(path6)) return;
    const text = ctx.file.text;
    const urls = findVersionRefs(text, path6);
    if (urls.length === 0) return;
    const manifestVersion = ctx.manifest?.app?.graphApiVersion;
    const latest = latestVersion().version;
    const manifestEntry = manifestVersion ? findVersion(manifestVersion) : void 0;
    const target = manifestEntry && (manifestEntry.graphUntil === null || daysBetween(ctx.today, manifestEntry.graphUntil) >= 0) ? manifestEntry.version : latest;
    for (const u of urls) {
      const version = u.version;
      const base2 = { version, where: u.where, target, latest };
      const at = { start: u.start, end: u.end, anchor: lineAnchor(text, u.start, u.end, version) };
      const entry = findVersion(version);
      if (!entry) {
        ctx.report({ messageId: "unknown", data: base2, ...at });
        continue;
      }
      const g = entry.graphUntil !== null ? daysBetween(ctx.today, entry.graphUntil) : void 0;
      if (g !== void 0 && g < 0) ctx.report({ messageId: "expired", data: { ...base2, until: entry.graphUntil }, ...at });
      else if (g !== void 0 && g <= options.warnDays) {
        const to = target === entry.version ? latest : target;
        ctx.report({ messageId: "expiring", data: { ...base2, target: to, until: entry.graphUntil, days: plural(g, "day") }, ...at });
      } else if (manifestVersion && manifestEntry && manifestEntry.version !== entry.version)
        ctx.report({ messageId: "differs", data: { ...base2, manifestVersion: manifestEntry.version }, ...at });
    }
  }
});

// rules/hardcoded-token.ts
var MESSAGE_ID = {
  "access-token": "accessToken",
  "instagram-token": "instagramToken",
  "instagram-basic-display-token": "instagramBasicDisplayToken",
  "threads-token": "threadsToken",
  "app-access-token": "appAccessToken",
  "app-or-client-token": "appOrClientToken",
  "app-secret": "appSecret",
  "declared-secret": "declaredSecret"
};
var hardcoded_token_default = defineRule({
  id: "hardcoded-token",
  kind: "code",
  notesLiveTokens: true,
  defaultSeverity: "error",
  description: "Detect Meta access tokens, app access tokens, app secrets and the values of declared token secrets written into scanned files.",
  rationale: 'Meta says access tokens "are considered sensitive and should be kept confidential at all times" and that an app "should never have an access token hard-coded into it"; the app secret is the app\'s password, and `{app-id}|{app-secret}` is a working app access token. A committed value stays in the repository\'s history and in every clone and fork, so deleting the line does not undo the leak: the token has to be revoked or the secret reset. The rule finds any `EAA…` token form (user, page and system-user tokens; other scanners only know a few prefixes), app access tokens (also URL-encoded, `%7C`), 32-hex app secrets assigned to a name that says secret in a Meta context, and the exact value of every declared `token.secret` present in the environment. Messages show only the redacted form (the first 4 characters and the length); with `--live` each token is checked with `debug_token` and the message says whether it is live and whose it is.',
  sources: [
    "https://developers.facebook.com/docs/facebook-login/access-tokens/security",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    accessToken: {
      message: "Hard-coded Meta access token {{redacted}}: anyone who can read this file can call the Graph API as its user.",
      suggestion: "Revoke the token now (it stays in the repository history), store a new one as a CI secret, and read it by name, e.g. process.env.META_TOKEN."
    },
    instagramToken: {
      message: "Hard-coded Instagram access token {{redacted}} (Instagram API with Instagram Login): anyone who can read this file can act as the Instagram professional account.",
      suggestion: "Revoke the token now (it stays in the repository history): remove the app from the Instagram account's connected apps, or reset the app secret. Store a new one as a CI secret and read it by name, e.g. process.env.INSTAGRAM_TOKEN."
    },
    // Meta announced the Basic Display API's deprecation on 2024-09-04; since 2024-12-04 every request to it
    // returns an error: https://developers.facebook.com/docs/instagram-basic-display-api/getting-started
    instagramBasicDisplayToken: {
      message: "Hard-coded Instagram Basic Display token {{redacted}}: anyone who can read this file can read the Instagram account's profile and media.",
      suggestion: "Revoke the token now (it stays in the repository history): remove the app from the Instagram account's connected apps. Meta turned the Basic Display API off on 2024-12-04, so the token no longer works there: move to the Instagram API with Instagram Login and read the new token from a CI secret by name."
    },
    threadsToken: {
      message: "Hard-coded Threads access token {{redacted}}: anyone who can read this file can read and post as the Threads account.",
      suggestion: "Revoke the token now (it stays in the repository history): remove the app from the Threads account's website permissions, or reset the app secret. Store a new one as a CI secret and read it by name, e.g. process.env.THREADS_TOKEN."
    },
    appOrClientToken: {
      message: "Hard-coded app access token (or client token) {{redacted}} ({app-id}|{32 hex}): as {app-id}|{app-secret} it holds the app secret; as {app-id}|{client-token} it identifies the app to Meta.",
      suggestion: "If the part after | is the app secret, reset the app secret in the App Dashboard now (it stays in the repository history) and build the app token at run time from a CI secret. If it is the client token (App Dashboard, Settings, Advanced), it belongs in client apps only: keep it out of server code and config, and reset it if it must not be public."
    },
    appAccessToken: {
      message: "Hard-coded app access token {{redacted}} ({app-id}|{app-secret}): it holds the app secret.",
      suggestion: "Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and build the app token from it at run time."
    },
    appSecret: {
      message: "Hard-coded app secret {{redacted}} assigned to {{name}}.",
      suggestion: "Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and read it by name, e.g. process.env.META_APP_SECRET."
    },
    declaredSecret: {
      message: "The value of declared secret {{name}} ({{redacted}}), the token of {{user}}, is written into this file.",
      suggestion: "Rotate the token of {{user}} now (the value stays in the repository history) and reference it by name ({{name}}) instead."
    }
  },
  // Every detector's needles (`EAA`, an app id before `|`/`%7C`, `secret` with a 32-hex run, declared values).
  needles: (ctx) => secretNeedles({ declared: ctx.declaredSecrets }),
  checkFile(ctx) {
    const isManifest = ctx.file.path === ctx.manifestFile;
    const appId = ctx.manifest?.app?.id;
    const matches = detectSecrets(ctx.file.text, {
      path: ctx.file.path,
      ...appId ? { appId } : {},
      declared: ctx.declaredSecrets
    });
    for (const m of matches) {
      if (isManifest && m.kind !== "declared-secret") continue;
      const name = m.name ? redactSecretsInText(m.name) : "a secret";
      const user = m.kind === "declared-secret" && ctx.manifest ? codeModel(ctx.manifest).byName.get(name)?.user ?? name : name;
      ctx.report({
        messageId: MESSAGE_ID[m.kind],
        // String(secret) is the redacted form; the value itself never reaches a message.
        data: { redacted: String(m.value), name, user },
        start: m.start,
        end: m.end,
        anchor: secretHash(m.value),
        secret: m.value
      });
    }
  }
});

// rules/invalid-suppression.ts
var invalid_suppression_default = defineRule({
  id: "invalid-suppression",
  kind: "meta",
  reports: "invalid-suppressions",
  defaultSeverity: "error",
  description: "Require suppression comments to name known rules, give a reason, and be within their until= date.",
  rationale: "A suppression is an accepted risk; without a reason nobody can review it, and without an end date it outlives the exception it was written for. A suppression naming an unknown rule suppresses nothing and hides a typo.",
  sources: ["https://eslint.org/docs/latest/use/configure/rules#disabling-rules"],
  messages: {
    noRule: {
      message: "Suppression comment names no rule.",
      suggestion: "Write graphguard-disable-next-line <rule-id> -- <reason>."
    },
    noReason: {
      message: "Suppression of {{rules}} gives no reason.",
      suggestion: 'Add " -- <why this is acceptable>" after the rule id.'
    },
    unknownRule: {
      message: "Suppression names unknown rule `{{rule}}`.",
      suggestion: "Run `graphguard rules` for the list of rule ids."
    },
    badDate: {
      message: "Suppression has until={{until}}, which is not a date YYYY-MM-DD.",
      suggestion: "Write until=YYYY-MM-DD."
    },
    expired: {
      message: "Suppression expired on {{until}}; the finding it hid is reported again.",
      suggestion: "Fix the finding, or renew the suppression with a new reason and date."
    }
  }
});

// rules/least-privilege-permissions.ts
function useCaseFor(catalogue, permission) {
  const ids = Object.keys(catalogue).filter((id) => !catalogue[id].adminOnly).sort();
  return ids.find((id) => catalogue[id].permissions.required.includes(permission)) ?? ids.find((id) => catalogue[id].permissions.optional.includes(permission));
}
var least_privilege_permissions_default = defineRule({
  id: "least-privilege-permissions",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Disallow token permissions that none of the system user's use cases requires or allows.",
  rationale: "A leaked token can do everything its permissions allow, for as long as it lives. Meta's Permissions Reference says to request only the permissions the app needs (asking for more is a common App Review rejection), and its system-user guide says to create one system user per type of access. Each use case of the catalogue (built in, or declared under `useCases:`) lists the permissions it requires and the ones it may use; a permission outside all of a user's use cases is excess. A required permission that is missing is reported as a notice: the token cannot do its job without it.",
  sources: [
    "https://developers.facebook.com/docs/permissions",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"
  ],
  messages: {
    notAllowed: {
      message: "System user {{user}} holds `{{permission}}`, which none of its use cases ({{useCases}}) requires or allows.",
      suggestion: "Remove `{{permission}}` from its permissions, or add the use case `{{useCase}}` if the token really needs it."
    },
    notAllowedAnywhere: {
      message: "System user {{user}} holds `{{permission}}`, which none of its use cases ({{useCases}}) requires or allows.",
      suggestion: "Remove `{{permission}}` from its permissions; no use case in the catalogue uses it (declare one under `useCases:` if the token needs it)."
    },
    noUseCases: {
      message: "System user {{user}} holds {{permissions}} with no use case to justify them.",
      suggestion: "Declare the user's `useCases:` so its permissions can be checked."
    },
    missingRequired: {
      message: "System user {{user}} lacks `{{permission}}`, which its use case {{useCase}} requires.",
      suggestion: "Add `{{permission}}` to its permissions (and to the token), or drop the use case."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.role === "admin") continue;
      const held = user.permissions ?? [];
      const useCases2 = user.useCases ?? [];
      if (useCases2.length === 0) {
        if (held.some((p) => !isImplicitPermission(p)))
          ctx.report({
            messageId: "noUseCases",
            path: ["systemUsers", ui, "permissions"],
            data: { user: user.name, permissions: held.map((p) => `\`${p}\``).join(", ") }
          });
        continue;
      }
      if (useCases2.some((id) => !catalogue[id])) continue;
      const allowed = /* @__PURE__ */ new Set();
      for (const id of useCases2) for (const p of [...catalogue[id].permissions.required, ...catalogue[id].permissions.optional]) allowed.add(p);
      held.forEach((p, pi) => {
        if (allowed.has(p) || isImplicitPermission(p)) return;
        if (getPermission(p)?.status !== "current") return;
        const data = { user: user.name, permission: p, useCases: useCases2.join(", ") };
        const useCase = useCaseFor(catalogue, p);
        const path6 = ["systemUsers", ui, "permissions", pi];
        if (useCase) ctx.report({ messageId: "notAllowed", path: path6, anchor: p, data: { ...data, useCase } });
        else ctx.report({ messageId: "notAllowedAnywhere", path: path6, anchor: p, data });
      });
      const heldSet = new Set(held);
      useCases2.forEach((id, ci) => {
        for (const p of catalogue[id].permissions.required) {
          if (heldSet.has(p)) continue;
          ctx.report({
            messageId: "missingRequired",
            path: ["systemUsers", ui, "useCases", ci],
            anchor: `${id}:${p}`,
            severity: "notice",
            data: { user: user.name, permission: p, useCase: id }
          });
        }
      });
    }
  }
});

// rules/least-privilege-tasks.ts
var least_privilege_tasks_default = defineRule({
  id: "least-privilege-tasks",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Disallow asset tasks broader than the system user's use cases allow.",
  rationale: `A system user reaches only the assets assigned to it, with the tasks assigned on each; a leaked token can do everything those tasks allow. Meta's commerce guidance restricts page access for Instagram Shopping to CREATE_CONTENT, and its system-user guide says to create one system user per type of access. Tasks are compared after expanding what they imply (MANAGE covers the others), because Graph reports tasks "unpacked".`,
  sources: [
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/commerce-platform/setup/api-setup",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    broader: {
      message: "System user {{user}} has {{tasks}} on {{asset}}, broader than its use cases allow ({{allowed}}).",
      suggestion: "Use tasks: [{{allowed}}]."
    },
    noUseCase: {
      message: "System user {{user}} is granted {{tasks}} on {{asset}}, but none of its use cases ({{useCases}}) covers {{type}} assets.",
      suggestion: "Remove the grant, or add the use case that needs this {{type}}."
    },
    noUseCases: {
      message: "System user {{user}} is granted {{tasks}} on {{asset}} with no use case to justify it.",
      suggestion: "Declare the user's `useCases:` so its access can be checked."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.role === "admin") continue;
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        if (!r) return;
        const type = r.asset.type;
        const path6 = ["systemUsers", ui, "assets", gi, "tasks"];
        const base2 = () => ({ user: user.name, asset: assetLabel(r.asset), tasks: grant.tasks.join(", "), type: type.replace(/_/g, " ") });
        if (!user.useCases?.length) {
          ctx.report({ messageId: "noUseCases", path: path6, data: base2() });
          return;
        }
        const allowed = allowedTasks(catalogue, user, type);
        if (!allowed || allowed.length === 0) {
          ctx.report({ messageId: "noUseCase", path: path6, data: { ...base2(), useCases: user.useCases.join(", ") } });
          return;
        }
        const extra = isTaskBroader(type, grant.tasks.filter((t) => t in (tasksByAssetType[type]?.tasks ?? {})), allowed);
        if (extra.length === 0) return;
        const allowedSet = expandTasks(type, allowed);
        const kept = grant.tasks.filter((t) => allowedSet.has(t));
        const suggestion = kept.length ? kept : allowed;
        ctx.report({ messageId: "broader", path: path6, anchor: extra.join(","), data: { ...base2(), allowed: suggestion.join(", ") } });
      });
    }
  }
});

// rules/live-asset-ownership.ts
var live_asset_ownership_default = defineRule({
  id: "live-asset-ownership",
  kind: "live",
  defaultSeverity: "warn",
  description: "Require every declared asset and the app to belong to the declared business, and the app to be installed for each system user.",
  rationale: "Meta's guidance for system users is to keep the app, the system users and the assets under one Business Manager: a system user can only be given a role on an app, and a token through it, when both belong to the same business, and an asset another business owns can be taken back by that business at any time. The manifest says which business it describes; the business's `owned_*` edges (pages, catalogs, ad accounts, pixels, Instagram and WhatsApp accounts, apps) say what it really owns. An asset that is legitimately another business's (an agency's client asset) is declared `owner: client` and checked against the `client_*` edges instead. The app must be installed for a system user before a token can be generated for it through that app; a declared token that debug_token shows was issued through another app means the app is not the one installed for that user. Edges that could not be read are reported as notices (unless the run is already incomplete), never as a pass; commerce accounts have no ownership edge and are not checked, nor are client Instagram accounts.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens",
    "https://developers.facebook.com/docs/marketing-api/business-asset-management/guides/business-assets",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/owned_pages"
  ],
  messages: {
    notOwned: {
      message: "The {{asset}} is declared in business {{business}}, but the business does not own it live.",
      suggestion: "Move {{asset}} into business {{business}} (Business Settings > Accounts), or, if another business shares it with this one, declare owner: client."
    },
    sharedNotOwned: {
      message: "The {{asset}} is declared as owned by business {{business}}, but live it is only a client asset shared with it by another business.",
      suggestion: "Declare owner: client for {{asset}}, or move it into business {{business}}."
    },
    notClient: {
      message: "The {{asset}} is declared owner: client, but business {{business}} neither owns it nor has it as a client asset live.",
      suggestion: "Ask the owning business to share {{asset}} with business {{business}}, or remove it from the manifest."
    },
    ownedNotClient: {
      message: "The {{asset}} is declared owner: client, but business {{business}} owns it live.",
      suggestion: "Remove owner: client from {{asset}}."
    },
    appNotOwned: {
      message: "App {{app}} does not belong to business {{business}} live (its owned_apps do not list it{{client}}).",
      suggestion: "Claim app {{app}} for business {{business}} (Business Settings > Accounts > Apps): system users get tokens only through an app of their own business."
    },
    notInstalled: {
      message: "The token of {{user}} (env var {{envVar}}) was issued through {{tokenApp}}, so app {{app}} is not the app installed for {{user}}.",
      suggestion: "Install app {{app}} for {{user}} (POST /{system-user-id}/applications with business_app={{app}}) and generate its token through it."
    },
    unverified: {
      message: "Ownership could not be verified: {{what}} was not read ({{reason}}).",
      suggestion: "Give the audit token business_management on business {{business}}, then run the live check again."
    }
  },
  check(ctx) {
    const own = ctx.live.ownership;
    const m = ctx.manifest;
    const business = ctx.live.businessId;
    if (own) {
      (m.assets ?? []).forEach((a, ai) => {
        const owned = own.owned[a.type];
        const client = own.client[a.type];
        const id = normalizeAssetId(a.id);
        const data = { asset: assetLabel(a), business };
        if (a.owner === "client") {
          if (owned?.includes(id)) ctx.report({ messageId: "ownedNotClient", path: ["assets", ai, "owner"], severity: "notice", data });
          else if (client && !client.includes(id)) ctx.report({ messageId: "notClient", path: ["assets", ai, "owner"], data });
          return;
        }
        if (!owned || owned.includes(id)) return;
        ctx.report({ messageId: client?.includes(id) ? "sharedNotOwned" : "notOwned", path: ["assets", ai, "id"], data });
      });
      const app2 = m.app?.id;
      if (app2 !== void 0 && own.ownedApps && !own.ownedApps.includes(app2)) {
        const client = own.clientApps?.includes(app2) ? ", only its client_apps do" : "";
        ctx.report({ messageId: "appNotOwned", path: ["app", "id"], data: { app: app2, business, client } });
      }
      if (ctx.live.incomplete.length === 0) {
        for (const u of own.unread) {
          ctx.report({ messageId: "unverified", path: ["business", "id"], severity: "notice", anchor: u.what, data: { what: u.what, reason: u.reason, business } });
        }
      }
    }
    const app = m.app?.id;
    if (app === void 0) return;
    m.systemUsers.forEach((user, index) => {
      const state = ctx.live.tokens[user.name];
      if (!user.token || state?.state !== "checked") return;
      const info = state.info;
      const tokenApp = info.foreignApp ? "another app" : info.isValid && info.appId !== void 0 && info.appId !== app ? `app ${info.appId}` : void 0;
      if (tokenApp) ctx.report({ messageId: "notInstalled", path: ["systemUsers", index, "token"], data: { user: user.name, envVar: state.envVar, tokenApp, app } });
    });
  }
});

// src/live-model.ts
var LEGACY_TYPES_READ = ["page", "catalog", "ad_account", "whatsapp_business_account"];
var cache = /* @__PURE__ */ new WeakMap();
function matchUsers(manifest, live2) {
  if (live2.systemUsers === null) return void 0;
  const byManifest = cache.get(live2) ?? /* @__PURE__ */ new WeakMap();
  cache.set(live2, byManifest);
  const hit = byManifest.get(manifest);
  if (hit) return hit;
  const users = manifest.systemUsers ?? [];
  const claimed = /* @__PURE__ */ new Set();
  const liveById = new Map(live2.systemUsers.map((u) => [u.id, u]));
  const matches = users.map((user, index) => ({ user, index }));
  for (const m of matches) {
    if (m.user.id === void 0) continue;
    const l = liveById.get(m.user.id);
    if (l && !claimed.has(l)) {
      m.live = l;
      claimed.add(l);
    }
  }
  for (const m of matches) {
    if (m.user.id !== void 0) continue;
    const l = live2.systemUsers.find((u) => u.name === m.user.name && !claimed.has(u));
    if (l) {
      m.live = l;
      claimed.add(l);
    }
  }
  const result = { matches, undeclared: live2.systemUsers.filter((u) => !claimed.has(u)) };
  byManifest.set(manifest, result);
  return result;
}
function manifestRoleOf(liveRole) {
  return Object.hasOwn(roles, liveRole) ? roles[liveRole].manifestRole : void 0;
}
function liveRoleOf(role) {
  return role === "admin" ? "ADMIN" : "EMPLOYEE";
}
function isAdmin(m) {
  return m.user.role === "admin" || m.live?.role === "ADMIN";
}
function isoDate(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().slice(0, 10);
}
function dayStart(date) {
  return Date.parse(`${date}T00:00:00Z`) / 1e3;
}
function daysSince(unixSeconds, today) {
  return Math.floor((dayStart(today) - unixSeconds) / 86400);
}
function isExpired(info, today) {
  return info.expiresAt !== void 0 && info.expiresAt > 0 && info.expiresAt < dayStart(today);
}
function liveUserLabel(u) {
  return u.name ? `${u.name} (${u.id})` : u.id;
}
function declaredUserOfLiveId(manifest, live2, userId) {
  if (userId === void 0) return void 0;
  const byId = (manifest.systemUsers ?? []).findIndex((u) => u.id === userId);
  if (byId !== -1) return { user: manifest.systemUsers[byId], index: byId, ...liveUser(live2, userId) };
  return matchUsers(manifest, live2)?.matches.find((m) => m.live?.id === userId);
}
function liveUser(live2, id) {
  const u = live2.systemUsers?.find((x) => x.id === id);
  return u ? { live: u } : {};
}
function leakedTokenNote(info, live2, manifest) {
  if (!("isValid" in info)) return `live: not verified (${info.error})`;
  if (info.foreignApp) return "live: issued for another app (debug_token through this app cannot inspect it); revoke it in the app that issued it";
  if (!info.isValid) return "live: debug_token says this token is invalid or expired";
  const app = info.appId !== void 0 && manifest.app?.id !== void 0 && info.appId !== manifest.app.id ? `, issued for another app (${info.appId})` : "";
  if (info.type !== "SYSTEM_USER") {
    return `live: a VALID ${info.type ?? "unknown-type"} token${info.userId ? ` of user ${info.userId}` : ""}${app}; revoke it now`;
  }
  const owner = declaredUserOfLiveId(manifest, live2, info.userId);
  let who;
  if (owner) who = `system user ${owner.user.name}${isAdmin(owner) ? " (admin)" : ""}`;
  else {
    const l = info.userId === void 0 ? void 0 : live2.systemUsers?.find((u) => u.id === info.userId);
    who = l ? `undeclared system user ${liveUserLabel(l)}${l.role === "ADMIN" ? " (admin)" : ""}` : `user ${info.userId ?? "unknown"} (not a system user of this business)`;
  }
  return `live: a VALID token of ${who}${app}; revoke it now`;
}
function withLiveNote(message, note) {
  return `${message.replace(/\.$/, "")} — ${note}.`;
}

// rules/live-missing-system-user.ts
var live_missing_system_user_default = defineRule({
  id: "live-missing-system-user",
  kind: "live",
  defaultSeverity: "error",
  description: "Report declared system users that do not exist in the live business.",
  rationale: "A declared system user id that the business does not have means the manifest describes access that is not there: the user was deleted, recreated with a new id, or belongs to another business. Whatever reviews the manifest then reviews fiction. A declared user without an id is matched by exact name; when no live user has that name it is reported as a notice, since it may only be named differently.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    missing: {
      message: "System user {{user}} is declared with id {{id}}, but business {{business}} has no system user with that id.",
      suggestion: "Fix the id (see Business Settings > System users), or remove {{user}} from the manifest."
    },
    notFoundByName: {
      message: "System user {{user}} declares no id, and business {{business}} has no system user named {{user}}.",
      suggestion: 'Add the live id: id: "<digits>", so live checks can match it.'
    }
  },
  check(ctx) {
    const matching = matchUsers(ctx.manifest, ctx.live);
    if (!matching) return;
    const business = ctx.live.businessId;
    for (const { user, index, live: live2 } of matching.matches) {
      if (live2) continue;
      if (user.id !== void 0)
        ctx.report({ messageId: "missing", path: ["systemUsers", index, "id"], data: { user: user.name, id: user.id, business } });
      else ctx.report({ messageId: "notFoundByName", path: ["systemUsers", index, "name"], severity: "notice", data: { user: user.name, business } });
    }
  }
});

// rules/live-role-drift.ts
var live_role_drift_default = defineRule({
  id: "live-role-drift",
  kind: "live",
  defaultSeverity: "error",
  description: "Report system users whose live role differs from the declared role.",
  rationale: "An admin system user can do everything in the business, assign assets and create tokens; an employee system user reaches only its assigned assets. The system_users edge returns the base role, `ADMIN` or `EMPLOYEE`, which correspond to the manifest roles `admin` and `system_user`. A user raised to admin outside the manifest is the drift that matters most.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
  ],
  messages: {
    drift: {
      message: "System user {{user}} is declared as {{declared}} but its live role is {{live}} ({{liveAs}}).",
      suggestion: "Set role: {{liveAs}} if that is intended, or change the role in the business to {{expected}}."
    },
    unknownRole: {
      message: "System user {{user}} is declared as {{declared}} but its live role is {{live}}, which is neither ADMIN nor EMPLOYEE.",
      suggestion: "Change the role in the business to {{expected}}."
    }
  },
  check(ctx) {
    for (const { user, index, live: live2 } of matchUsers(ctx.manifest, ctx.live)?.matches ?? []) {
      if (!live2) continue;
      const liveAs = manifestRoleOf(live2.role);
      if (liveAs === user.role) continue;
      const data = { user: user.name, declared: user.role, live: live2.role, expected: liveRoleOf(user.role) };
      const path6 = ["systemUsers", index, "role"];
      if (liveAs) ctx.report({ messageId: "drift", path: path6, data: { ...data, liveAs } });
      else ctx.report({ messageId: "unknownRole", path: path6, data });
    }
  }
});

// rules/live-task-drift.ts
var live_task_drift_default = defineRule({
  id: "live-task-drift",
  kind: "live",
  defaultSeverity: "error",
  description: "Report live asset tasks broader than declared, and live grants on undeclared assets.",
  rationale: "A system user reaches exactly the assets assigned to it in the business, with the tasks assigned on each; the manifest is only a promise about that. Graph returns tasks \"unpacked\", so both sides are expanded with the implication table before comparing (MANAGE on a page covers CREATE_CONTENT, MODERATE, ADVERTISE, ANALYZE and MESSAGING). Live access beyond the manifest is an error; declared access that is missing or narrower live is a notice. Admin system users reach every asset by design and are not compared (admin-scope covers them). Pixels are read through each system user's `assigned_ads_pixels` and Instagram accounts through each declared account's `assigned_users?business=` (so grants on Instagram accounts the manifest does not declare are not seen); commerce accounts have no such edge in the Graph API and are not compared.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_pages",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels"
  ],
  messages: {
    broader: {
      message: "System user {{user}} has {{extra}} on {{asset}} live, beyond the declared {{declared}}.",
      suggestion: "Reduce the tasks in the business to {{declared}}, or declare tasks: [{{live}}] if that access is intended."
    },
    unlistedGrant: {
      message: "System user {{user}} has {{live}} on {{asset}} live, an asset its declared grants do not include.",
      suggestion: 'Remove {{user}} from {{asset}} in the business, or add a grant: { asset: "{{id}}", tasks: [{{live}}] }.'
    },
    undeclaredAsset: {
      message: "System user {{user}} has {{live}} on {{asset}} live, an asset the manifest does not declare.",
      suggestion: 'Remove {{user}} from {{asset}} in the business, or declare the asset (id: "{{id}}") and the grant.'
    },
    narrower: {
      message: "System user {{user}} is declared with {{missing}} on {{asset}} but lacks it live (live: {{live}}).",
      suggestion: "Assign tasks [{{declared}}] in the business, or declare tasks: [{{live}}]."
    },
    missingGrant: {
      message: "System user {{user}} is declared with {{declared}} on {{asset}} but has no access to it live.",
      suggestion: "Assign {{asset}} to {{user}} in the business, or remove the grant."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const typesRead = new Set(ctx.live.assetTypesRead ?? LEGACY_TYPES_READ);
    for (const match of matchUsers(m, ctx.live)?.matches ?? []) {
      const { user, index: ui, live: live2 } = match;
      if (!live2 || live2.assets === null || isAdmin(match)) continue;
      const userName = user.name;
      const declared = /* @__PURE__ */ new Map();
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        if (!r || !typesRead.has(r.asset.type)) return;
        if (ctx.live.unreadAssets?.includes(`${r.asset.type}:${normalizeAssetId(r.asset.id)}`)) return;
        const key = `${r.asset.type}\0${normalizeAssetId(r.asset.id)}`;
        const seen = declared.get(key);
        if (seen) seen.tasks.push(...grant.tasks);
        else declared.set(key, { gi, type: r.asset.type, id: normalizeAssetId(r.asset.id), label: assetLabel(r.asset), tasks: [...grant.tasks] });
      });
      const liveKeys = /* @__PURE__ */ new Set();
      for (const g of live2.assets) {
        const key = `${g.type}\0${normalizeAssetId(g.id)}`;
        liveKeys.add(key);
        const d = declared.get(key);
        const liveTasks = g.tasks.join(", ") || "(no tasks)";
        if (!d) {
          const listed = (m.assets ?? []).find((a) => a.type === g.type && normalizeAssetId(a.id) === normalizeAssetId(g.id));
          const asset = listed ? assetLabel(listed) : `${g.type.replace(/_/g, " ")} ${g.name ? `${g.name} ` : ""}(${g.id})`;
          const id = g.type === "ad_account" ? `act_${normalizeAssetId(g.id)}` : g.id;
          ctx.report({
            messageId: listed ? "unlistedGrant" : "undeclaredAsset",
            path: user.assets ? ["systemUsers", ui, "assets"] : ["systemUsers", ui, "name"],
            key: user.assets !== void 0,
            anchor: `${g.type}:${g.id}`,
            data: { user: userName, live: liveTasks, asset, id }
          });
          continue;
        }
        const path6 = ["systemUsers", ui, "assets", d.gi, "tasks"];
        const base2 = { user: userName, asset: d.label, live: liveTasks, declared: d.tasks.join(", ") };
        const extra = isTaskBroader(d.type, g.tasks, d.tasks);
        if (extra.length) ctx.report({ messageId: "broader", path: path6, anchor: extra.join(","), data: { ...base2, extra: extra.join(", ") } });
        const missing = isTaskBroader(d.type, d.tasks, g.tasks);
        if (missing.length)
          ctx.report({ messageId: "narrower", path: path6, anchor: missing.join(","), severity: "notice", data: { ...base2, missing: missing.join(", ") } });
      }
      for (const [key, d] of declared) {
        if (liveKeys.has(key)) continue;
        ctx.report({
          messageId: "missingGrant",
          path: ["systemUsers", ui, "assets", d.gi, "asset"],
          severity: "notice",
          data: { user: userName, asset: d.label, declared: d.tasks.join(", ") }
        });
      }
    }
  }
});

// rules/live-token-age.ts
var live_token_age_default = defineRule({
  id: "live-token-age",
  kind: "live",
  defaultSeverity: "warn",
  description: "Check the live issued_at of each declared token against its rotation policy.",
  rationale: 'token-rotation trusts the `lastRotated` date a person wrote; debug_token\'s `issued_at` says when the token in the secret was really issued. A token older than `rotateEveryDays` (or than 60 days for a 60-day token without one) has not been rotated, whatever the manifest says. Meta notes that `issued_at` is "not returned for short-lived access tokens": without it there is no age finding.',
  sources: [
    "https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling",
    "https://developers.facebook.com/docs/graph-api/reference/debug_token"
  ],
  messages: {
    old: {
      message: "The token of {{user}} (env var {{envVar}}) was issued on {{issued}}, {{age}} days ago; the rotation policy is every {{every}} days.",
      suggestion: "Rotate the token: generate a new one, update {{envVar}}, revoke the old one (DELETE /{system-user-id}/access_tokens revokes every token of {{user}}; `graphguard rotate {{user}}` plans all of it), and set lastRotated."
    }
  },
  check(ctx) {
    ctx.manifest.systemUsers.forEach((user, index) => {
      const t = user.token;
      const state = ctx.live.tokens[user.name];
      if (!t || state?.state !== "checked" || !state.info.isValid) return;
      const issued = state.info.issuedAt;
      if (issued === void 0 || issued <= 0) return;
      const every = t.rotateEveryDays ?? (t.expires === "60d" ? 60 : void 0);
      if (every === void 0) return;
      const age = daysSince(issued, ctx.today);
      if (age <= every) return;
      ctx.report({
        messageId: "old",
        path: ["systemUsers", index, "token"],
        data: { user: user.name, envVar: state.envVar, issued: isoDate(issued), age, every }
      });
    });
  }
});

// rules/live-token-invalid.ts
var live_token_invalid_default = defineRule({
  id: "live-token-invalid",
  kind: "live",
  defaultSeverity: "error",
  description: "Verify with debug_token that each declared token is a valid system-user token of the app and of its user.",
  rationale: "debug_token tells what a token really is: whether it is valid, its type, the app that issued it, the user it acts for and when it expires (0 = never). A declared token that is invalid or expired breaks the integration; one of another app, another system user, or not a system-user token at all (a person's USER token, a PAGE token) means the secret does not hold what the manifest says, and every other check about that user is about the wrong token. A token whose variable is not set is skipped with a notice.",
  sources: [
    "https://developers.facebook.com/docs/graph-api/reference/debug_token",
    "https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    unset: {
      message: "The token of {{user}} was not checked: env var {{envVar}} is not set.",
      suggestion: "Set {{envVar}} in the environment of the live check to verify the token."
    },
    invalid: {
      message: "The token of {{user}} (env var {{envVar}}) is invalid: {{reason}}.",
      suggestion: "Generate a new token for {{user}} and update {{envVar}}."
    },
    expired: {
      message: "The token of {{user}} (env var {{envVar}}) expired on {{expired}}.",
      suggestion: "Generate a new token for {{user}} and update {{envVar}}."
    },
    notSystemUser: {
      message: "The token of {{user}} (env var {{envVar}}) is a {{type}} token, not a system-user token.",
      suggestion: "Put a token generated for system user {{user}} in {{envVar}}."
    },
    otherApp: {
      message: "The token of {{user}} (env var {{envVar}}) was issued for {{appId}}, not app {{expected}}.",
      suggestion: "Generate the token for {{user}} through app {{expected}}, or fix app.id."
    },
    otherUser: {
      message: "The token of {{user}} (env var {{envVar}}) belongs to {{owner}}, not to {{user}} ({{expected}}).",
      suggestion: "Put the token of {{user}} in {{envVar}}, or fix the declared id."
    }
  },
  check(ctx) {
    const { live: live2, manifest } = ctx;
    for (const { user, index, live: liveUser2 } of matchUsers(manifest, live2)?.matches ?? manifest.systemUsers.map((user2, index2) => ({ user: user2, index: index2, live: void 0 }))) {
      const state = live2.tokens[user.name];
      if (!user.token || !state) continue;
      const path6 = ["systemUsers", index, "token"];
      const data = { user: user.name, envVar: state.envVar };
      if (state.state === "unset") {
        ctx.report({ messageId: "unset", path: path6, severity: "notice", data });
        continue;
      }
      if (state.state !== "checked") continue;
      const info = state.info;
      if (info.foreignApp) {
        ctx.report({ messageId: "otherApp", path: path6, data: { ...data, appId: "another app", expected: manifest.app?.id ?? "app.id" } });
        continue;
      }
      if (!info.isValid) {
        const e = info.error;
        const reason = e?.message ? e.message.replace(/\.$/, "") : `debug_token says is_valid: false${e?.code ? ` (code ${e.code}${e.subcode ? `/${e.subcode}` : ""})` : ""}`;
        ctx.report({ messageId: "invalid", path: path6, data: { ...data, reason } });
        continue;
      }
      if (isExpired(info, ctx.today)) ctx.report({ messageId: "expired", path: path6, data: { ...data, expired: isoDate(info.expiresAt) } });
      if (info.type !== "SYSTEM_USER") ctx.report({ messageId: "notSystemUser", path: path6, data: { ...data, type: info.type ?? "unknown" } });
      const appId = manifest.app?.id;
      if (appId !== void 0 && info.appId !== appId)
        ctx.report({ messageId: "otherApp", path: path6, data: { ...data, appId: info.appId ? `app ${info.appId}` : "an unknown app", expected: appId } });
      const expectedId = user.id ?? liveUser2?.id;
      if (expectedId !== void 0 && info.type === "SYSTEM_USER" && info.userId !== expectedId) {
        const owner = declaredUserOfLiveId(manifest, live2, info.userId);
        const liveOwner = live2.systemUsers?.find((u) => u.id === info.userId);
        const who = owner ? `system user ${owner.user.name} (${info.userId})` : liveOwner ? `undeclared system user ${liveOwner.name} (${info.userId})` : `user ${info.userId ?? "unknown"}`;
        ctx.report({ messageId: "otherUser", path: path6, data: { ...data, owner: who, expected: expectedId } });
      }
    }
  }
});

// rules/live-token-scope-drift.ts
var live_token_scope_drift_default = defineRule({
  id: "live-token-scope-drift",
  kind: "live",
  defaultSeverity: "error",
  description: "Report declared tokens whose live debug_token scopes exceed the declared permissions.",
  rationale: 'A token can do what its scopes allow, whatever the manifest says; debug_token lists them ("scopes: permissions granted in this token"). Scopes beyond the declared permissions are access that least-privilege reviews never saw. Declared permissions the token lacks are a notice: the integration may fail, but nothing leaks. Scopes Meta grants every app (`public_profile`, marked `implicit` in data/permissions.json) are left out of both comparisons.',
  sources: [
    "https://developers.facebook.com/docs/graph-api/reference/debug_token",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    extra: {
      message: "The token of {{user}} (env var {{envVar}}) has scopes {{extra}} live that its declared permissions do not include.",
      suggestion: "Generate a new token with only [{{declared}}], or declare {{extra}} if its use cases need them."
    },
    missing: {
      message: "The token of {{user}} (env var {{envVar}}) lacks the declared permissions {{missing}} live.",
      suggestion: "Generate a new token that includes {{missing}}, or remove them from permissions."
    }
  },
  check(ctx) {
    ctx.manifest.systemUsers.forEach((user, index) => {
      const state = ctx.live.tokens[user.name];
      if (!user.token || state?.state !== "checked" || !state.info.isValid) return;
      const declared = user.permissions ?? [];
      const scopes = state.info.scopes;
      const path6 = ["systemUsers", index, "permissions"];
      const data = { user: user.name, envVar: state.envVar, declared: declared.join(", ") || "no permissions" };
      const extra = scopes.filter((s) => !declared.includes(s) && !isImplicitPermission(s)).sort();
      if (extra.length) ctx.report({ messageId: "extra", path: path6, anchor: extra.join(","), data: { ...data, extra: extra.join(", ") } });
      const missing = declared.filter((p) => !scopes.includes(p) && !isImplicitPermission(p)).sort();
      if (missing.length)
        ctx.report({ messageId: "missing", path: path6, anchor: missing.join(","), severity: "notice", data: { ...data, missing: missing.join(", ") } });
    });
  }
});

// rules/live-undeclared-system-user.ts
var live_undeclared_system_user_default = defineRule({
  id: "live-undeclared-system-user",
  kind: "live",
  defaultSeverity: "error",
  description: "Report system users of the live business that the manifest does not declare.",
  rationale: "Every system user of a business can hold a token and asset grants; one that the manifest does not declare escapes every other check (least privilege, environments, rotation). Live system users are matched with declared ones by `id`, or by exact name where no id is declared. The system user behind GRAPHGUARD_GRAPH_TOKEN is one too: declare it with the `business_audit` use case.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    undeclared: {
      message: "System user {{name}} ({{id}}, live role {{role}}, {{grants}}) exists in business {{business}} but is not declared in the manifest.",
      suggestion: 'Declare it under systemUsers with id: "{{id}}", or delete it from the business.'
    }
  },
  check(ctx) {
    const matching = matchUsers(ctx.manifest, ctx.live);
    if (!matching) return;
    for (const u of matching.undeclared) {
      const n = u.assets?.length;
      const grants = n === void 0 ? "asset grants not read" : n === 1 ? "1 asset grant" : `${n} asset grants`;
      ctx.report({
        messageId: "undeclared",
        path: ["systemUsers"],
        key: true,
        anchor: u.id,
        data: { name: u.name || "(no name)", id: u.id, role: u.role, grants, business: ctx.live.businessId }
      });
    }
  }
});

// rules/manifest-schema.ts
var manifest_schema_default2 = defineRule({
  id: "manifest-schema",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require the manifest to be a valid v1 manifest: known keys, right types, real task and use-case names.",
  rationale: "Every other rule reasons over the manifest, so a typo must not silently weaken them: an unknown key (`permisions`) would leave a user with no declared permissions, an unquoted id loses digits past 2^53, and a page task on an ad account is rejected by the Graph API. The schema ships as schema/manifest.schema.json so editors can complete and check the file as it is written.",
  sources: [
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/"
  ],
  acceptsInvalidManifest: true,
  messages: {
    schema: { message: "{{message}}", suggestion: "{{suggestion}}" },
    schemaNoSuggestion: "{{message}}",
    badTask: {
      message: "Task `{{task}}` is not a {{type}} task (on {{asset}}){{near}}.",
      suggestion: "Valid {{type}} tasks: {{valid}}."
    },
    unknownUseCase: {
      message: "Unknown use case `{{useCase}}` for system user {{user}}{{near}}.",
      suggestion: "Use a built-in use case ({{known}}) or declare it under `useCases:`."
    }
  },
  check(ctx) {
    for (const p of ctx.schemaProblems) {
      if (p.suggestion !== void 0)
        ctx.report({ messageId: "schema", path: p.path, key: p.key, data: { message: p.message, suggestion: p.suggestion }, anchor: p.message });
      else ctx.report({ messageId: "schemaNoSuggestion", path: p.path, key: p.key, data: { message: p.message }, anchor: p.message });
    }
    if (!ctx.valid) return;
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      (user.useCases ?? []).forEach((uc, ci) => {
        if (catalogue[uc]) return;
        const near = suggest(uc, Object.keys(catalogue));
        ctx.report({
          messageId: "unknownUseCase",
          path: ["systemUsers", ui, "useCases", ci],
          data: { useCase: uc, user: user.name, near: near ? ` (did you mean \`${near}\`?)` : "", known: Object.keys(catalogue).sort().join(", ") }
        });
      });
      (user.assets ?? []).forEach((grant, gi) => {
        const resolved = resolveAsset(m, grant.asset);
        if (!resolved) return;
        const type = resolved.asset.type;
        const tasks = tasksByAssetType[type]?.tasks ?? {};
        grant.tasks.forEach((task, ti) => {
          if (Object.hasOwn(tasks, task)) return;
          const valid = Object.keys(tasks);
          const near = suggest(task, valid);
          ctx.report({
            messageId: "badTask",
            path: ["systemUsers", ui, "assets", gi, "tasks", ti],
            data: {
              task,
              type: type.replace(/_/g, " "),
              asset: resolved.asset.name ?? resolved.asset.id,
              near: near ? ` (did you mean \`${near}\`?)` : "",
              valid: valid.join(", ")
            }
          });
        });
      });
    }
  }
});

// src/calls/evidence.ts
var MAX_RELATED_CALLS = 50;
function operationOf(c) {
  return `${c.method} ${c.path ?? "(unresolved path)"}`;
}
function attributionEvidence(ctx, file, a) {
  if (a.by === "token")
    return { file, line: a.token.line, column: a.token.column, message: `This file reads ${a.token.name}, the token of system user ${a.user}.` };
  const at = ctx.locate(["systemUsers", a.userIndex, "code", a.globIndex]);
  return { ...at, message: `System user ${a.user}'s code glob \`${a.glob}\` matches ${file}.` };
}
function declaredEvidence(ctx, u) {
  const has = u.permissions.declared.length > 0;
  const at = ctx.locate(has ? ["systemUsers", u.index, "permissions"] : ["systemUsers", u.index]);
  return { ...at, message: has ? `System user ${u.name} declares ${u.permissions.declared.join(", ")}.` : `System user ${u.name} declares no permissions.` };
}
function callsEvidence(u) {
  return u.calls.slice(0, MAX_RELATED_CALLS).map((c) => ({ file: c.file, line: c.line, column: c.column, message: `${operationOf(c)} (attributed to ${u.name}).` }));
}

// rules/missing-permission.ts
var missing_permission_default = defineRule({
  id: "missing-permission",
  kind: "code",
  defaultSeverity: "error",
  description: "Require every Graph API call in the code to have the permissions it needs among its system user's declared permissions.",
  rationale: "graphguard reads the Graph API calls in the code (URL strings and templates, Graph clients, the business SDKs' generated methods), attributes each to the system user whose token the file reads (the one declared `token.secret` it names) or whose `code:` globs match the file, and looks the operation up in its endpoint table (data/endpoints.json, each entry sourced to Meta's reference page). A call needs all of the entry's `allOf` permissions and one of its `anyOf`. When the user's manifest entry does not declare one, either the manifest is wrong, or the call fails in production with error 200 or 10 (permission not granted) — the token cannot do what the code asks. The finding is at the call site and names the operation, the permission and the user; its `related` locations show why the call is that user's and what the user declares.",
  sources: [
    "https://developers.facebook.com/docs/permissions",
    "https://developers.facebook.com/docs/graph-api/reference",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    missing: {
      message: "`{{operation}}` needs `{{permission}}`, which system user {{user}} does not declare.",
      suggestion: "Add `{{permission}}` to {{user}}'s permissions (and its token), or make this call with a user that has it."
    },
    missingOneOf: {
      message: "`{{operation}}` needs one of {{permissions}}; system user {{user}} declares none of them.",
      suggestion: "Add `{{first}}` (the narrowest) to {{user}}'s permissions (and its token), or make this call with a user that has it."
    }
  },
  // The work is on the whole scan's calls (checkCalls); no file is given to checkFile.
  needles: () => [],
  checkFile() {
  },
  checkCalls(ctx) {
    for (const u of ctx.calls.users) {
      const declared = new Set(u.permissions.declared);
      for (const c of u.calls) {
        const { allOf, anyOf } = missingFor(c.endpoint, declared);
        if (allOf.length === 0 && !anyOf) continue;
        const operation = operationOf(c);
        const related = [attributionEvidence(ctx, c.file, c.attribution), declaredEvidence(ctx, u)];
        const at = { file: c.file, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, related, ...c.source !== void 0 ? { source: c.source } : {} };
        for (const permission of allOf)
          ctx.report({ messageId: "missing", data: { operation, permission, user: u.name }, anchor: `${u.name}\0${operation}\0${permission}`, ...at });
        if (anyOf)
          ctx.report({
            messageId: "missingOneOf",
            data: { operation, permissions: anyOf.map((p) => `\`${p}\``).join(", "), first: anyOf[0], user: u.name },
            anchor: `${u.name}\0${operation}\0${anyOf.join("|")}`,
            ...at
          });
      }
    }
  }
});

// rules/missing-task.ts
var missing_task_default = defineRule({
  id: "missing-task",
  kind: "code",
  defaultSeverity: "error",
  description: "Require every Graph API call in the code to have the task it needs on an asset of its type among its system user's grants.",
  rationale: "A permission lets a token call an endpoint; the task a system user holds on the asset (Page, catalog, ad account, Instagram account…) lets it act on that particular asset. Meta's reference pages state both: publishing to a Page needs `pages_manage_posts` and the Page's `CREATE_CONTENT` task, adding products needs `catalog_management` and `MANAGE` on the catalog. graphguard attributes each call in the code to a system user (the declared `token.secret` the file reads, or the user's `code:` globs), looks the operation up in data/endpoints.json, and reports a call whose task none of the user's grants on that asset type gives, after implication (`MANAGE` gives `CREATE_CONTENT`). Which asset a call targets is usually a variable, so any grant on the asset type counts. Admin system users reach every asset of the business and are not checked.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/assign-assets",
    "https://developers.facebook.com/docs/pages-api/overview",
    "https://developers.facebook.com/docs/marketing-api/reference/product-catalog/products/"
  ],
  messages: {
    missingTask: {
      message: "`{{operation}}` needs the {{tasks}} task on a {{assetType}}; none of system user {{user}}'s {{assetType}} grants gives it.",
      suggestion: "Grant {{user}} `{{first}}` on the {{assetType}} this call targets, or make this call with a user that has it."
    }
  },
  // The work is on the whole scan's calls (checkCalls); no file is given to checkFile.
  needles: () => [],
  checkFile() {
  },
  checkCalls(ctx) {
    for (const u of ctx.calls.users) {
      for (const c of u.calls) {
        const need = c.endpoint.task;
        if (!need || taskMet(ctx.manifest, u.user, need)) continue;
        const operation = operationOf(c);
        const assetType = need.assetType.replace(/_/g, " ");
        const grants = (u.user.assets ?? []).map((g, gi) => ({ g, gi, r: resolveAsset(ctx.manifest, g.asset) })).filter((x) => x.r?.asset.type === need.assetType).map((x) => ({ ...ctx.locate(["systemUsers", u.index, "assets", x.gi, "tasks"]), message: `System user ${u.name} holds ${x.g.tasks.join(", ")} on ${x.g.asset}.` }));
        ctx.report({
          messageId: "missingTask",
          data: { operation, tasks: need.anyOf.map((t) => `\`${t}\``).join(" or "), first: need.anyOf[0] ?? "", assetType, user: u.name },
          anchor: `${u.name}\0${operation}\0${need.assetType}`,
          file: c.file,
          line: c.line,
          column: c.column,
          endLine: c.endLine,
          endColumn: c.endColumn,
          ...c.source !== void 0 ? { source: c.source } : {},
          related: [attributionEvidence(ctx, c.file, c.attribution), ...grants]
        });
      }
    }
  }
});

// rules/new-access.ts
var new_access_default = defineRule({
  id: "new-access",
  kind: "diff",
  defaultSeverity: "warn",
  description: "Flag access that the head manifest grants and the base manifest did not.",
  rationale: "Every system user, permission, asset task and non-expiring token widens what a leaked token can do. Meta's system-user guide says to give each system user only the access its integration needs; a change that grants more is the moment a second person should look. In a pull request (and `graphguard diff`), the head manifest is compared with the base commit's, user by user, with tasks expanded through their implications: a system user added, a permission added, an asset grant added, a task broader than before, a role raised to admin, or a token changed to `expires: never`. With no manifest at the base, everything is new.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    newAccess: {
      message: "{{change}}",
      suggestion: "New access needs a reviewer's approval: confirm that {{user}} needs it, or remove it from the manifest."
    }
  },
  check(ctx) {
    for (const change of ctx.changes) {
      if (!change.newAccess || change.side !== "head") continue;
      const text = change.text.startsWith(change.user) ? change.text : change.text.charAt(0).toUpperCase() + change.text.slice(1);
      ctx.report({
        messageId: "newAccess",
        path: change.path,
        anchor: change.kind,
        data: { change: `${text}.`, user: change.user }
      });
    }
  }
});

// rules/plaintext-token.ts
import { createHash } from "node:crypto";

// src/manifest/comments.ts
function yamlComments(text, worthParsing) {
  const out = [];
  if (!hasCandidate(text, worthParsing)) return out;
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    const t = node;
    if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") {
      out.push({ start: t.offset, end: t.offset + t.source.length, text: t.source });
      return;
    }
    for (const v of Object.values(node)) if (v && typeof v === "object") visit(v);
  };
  for (const token of new (yaml()).Parser().parse(text)) visit(token);
  return out.sort((a, b) => a.start - b.start);
}
function hasCandidate(text, worthParsing) {
  let i = text.indexOf("#");
  if (i < 0) return false;
  if (!worthParsing) return true;
  while (i >= 0) {
    let end = text.indexOf("\n", i);
    if (end < 0) end = text.length;
    if (worthParsing(text.slice(i, end))) return true;
    i = text.indexOf("#", end);
  }
  return false;
}

// rules/plaintext-token.ts
var WHAT = {
  "access-token": "a Meta access token",
  "instagram-token": "an Instagram access token",
  "instagram-basic-display-token": "an Instagram Basic Display token",
  "threads-token": "a Threads access token",
  "app-access-token": "an app access token ({app-id}|{app-secret})",
  "app-or-client-token": "an app access token or client token ({app-id}|{32 hex})",
  "app-secret": "an app secret (32 hex)"
};
var REVOKE = {
  "access-token": "Revoke the token",
  "instagram-token": "Revoke the token",
  "instagram-basic-display-token": "Revoke the token",
  "threads-token": "Revoke the token",
  "app-access-token": "Reset the app secret in the App Dashboard",
  "app-or-client-token": "Reset the app secret (or the client token) in the App Dashboard",
  "app-secret": "Reset the app secret in the App Dashboard"
};
function where(path6, key) {
  const segs = key ? path6.slice(0, -1) : path6;
  let out = "";
  for (const seg of segs) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(top level)";
}
function isTokenSecret(path6, key) {
  return !key && path6.length === 4 && path6[0] === "systemUsers" && path6[2] === "token" && path6[3] === "secret";
}
var plaintext_token_default = defineRule({
  id: "plaintext-token",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Forbid access tokens, app access tokens and app secrets written into the manifest.",
  rationale: 'The manifest is committed, so whatever it holds stays in the repository\'s history, readable by everyone with read access and by every fork. Meta says access tokens "are considered sensitive and should be kept confidential at all times" and that an app "should never have an access token hard-coded into it"; an app secret (and the app access token `{app-id}|{app-secret}` built from it) is the app\'s password. The manifest names the CI secret that holds a token (`token.secret: META_SHOP_PROD_TOKEN`), never the token itself; the classic mistake is pasting the token where its name belongs. The rule runs even when the manifest is not schema-valid, and shows only the redacted form (the first 4 characters and the length).',
  sources: [
    "https://developers.facebook.com/docs/facebook-login/access-tokens/security",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  acceptsInvalidManifest: true,
  messages: {
    tokenInSecretName: {
      message: "`token.secret` of {{user}} holds what looks like {{what}} ({{redacted}}), not the NAME of the CI secret that holds it.",
      suggestion: "{{revoke}} now (the value stays in the repository history), store the new value as a CI secret, and write that secret's name here, e.g. `secret: META_TOKEN`."
    },
    secretValue: {
      message: "`{{where}}` holds what looks like {{what}} ({{redacted}}); the manifest must never hold secret values.",
      suggestion: "{{revoke}} now (the value stays in the repository history) and keep the new one in a CI secret."
    },
    secretInComment: {
      message: "A comment in the manifest holds what looks like {{what}} ({{redacted}}); the manifest must never hold secret values.",
      suggestion: "{{revoke}} now (the value stays in the repository history) and delete it from the comment."
    },
    secretKey: {
      message: "A key in `{{where}}` looks like {{what}} ({{redacted}}); the manifest must never hold secret values.",
      suggestion: "{{revoke}} now (the value stays in the repository history) and remove the key."
    }
  },
  check(ctx) {
    const raw = ctx.manifest;
    for (const s of findManifestSecrets(raw)) {
      const data = { what: WHAT[s.kind], redacted: String(s.value), revoke: REVOKE[s.kind] };
      const anchor = createHash("sha256").update(s.value.reveal()).digest("hex").slice(0, 16);
      if (isTokenSecret(s.path, s.key)) {
        const u = raw.systemUsers?.[s.path[1]];
        const user = typeof u?.name === "string" && findManifestSecrets(u.name).length === 0 ? u.name : `systemUsers[${String(s.path[1])}]`;
        ctx.report({ messageId: "tokenInSecretName", path: s.path, anchor, secret: s.value, data: { ...data, user } });
      } else if (s.key) ctx.report({ messageId: "secretKey", path: s.path, key: true, anchor, secret: s.value, data: { ...data, where: where(s.path, true) } });
      else ctx.report({ messageId: "secretValue", path: s.path, anchor, secret: s.value, data: { ...data, where: where(s.path, false) } });
    }
    if (ctx.manifestText === void 0) return;
    const app = raw?.app;
    const appId = typeof app?.id === "string" ? app.id : void 0;
    for (const c of yamlComments(ctx.manifestText, (fromHash) => secretsInString(fromHash, void 0, appId).length > 0)) {
      for (const f of secretsInString(c.text, void 0, appId)) {
        const value = new Secret(c.text.slice(f.start, f.end));
        const anchor = createHash("sha256").update(value.reveal()).digest("hex").slice(0, 16);
        ctx.report({
          messageId: "secretInComment",
          path: [],
          at: { start: c.start + f.start, end: c.start + f.end },
          anchor,
          secret: value,
          data: { what: WHAT[f.kind], redacted: String(value), revoke: REVOKE[f.kind] }
        });
      }
    }
  }
});

// rules/system-user-quota.ts
var system_user_quota_default = defineRule({
  id: "system-user-quota",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Limit system users and admin system users to the app's access-level quota.",
  rationale: 'Meta: "Meta limits the number of system users per business manager based on your app\'s access level", and "You can only have one system admin user per Business Manager account". A manifest that declares more cannot be made real: the extra system users cannot be created, and a deployment that expects them fails. Meta\'s "Plan your integration" guide tables the quota per access level: development 1/1, basic 3/1, standard 10/1 (system users / admin system users); the Marketing API Access Tier names limited and full count as development and standard. `app.quota` overrides the numbers where Meta granted a business a different limit.',
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/best-practices/integration",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/overview/rate-limiting",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/collaborative-ads/managed-partner-ads/api-guide/prerequisites/create-system-user"
  ],
  messages: {
    tooMany: {
      message: "System user {{user}} is over the quota: {{declared}} declared but {{limit}} allows {{max}}.",
      suggestion: "Remove system users you no longer need or merge ones with the same access; if Meta granted a higher limit, record it in app.quota.systemUsers."
    },
    tooManyAdmins: {
      message: "Admin system user {{user}} is over the quota: {{declared}} declared but {{limit}} allows {{max}}.",
      suggestion: "Keep no more admin system users than the quota ({{max}}) and make the others role: system_user with only the access they need, or remove them."
    }
  },
  check(ctx) {
    const app = ctx.manifest.app;
    const level = app?.accessLevel;
    const quota = quotaLevel(level ?? "standard");
    const base2 = accessLevels[quota];
    const levelText = !level ? "the standard access level (assumed: app.accessLevel is not set)" : level === quota ? `the ${level} access level` : `the ${level} access tier (the ${quota} access level)`;
    const limits = [
      { kind: "system_user", noun: "system user", messageId: "tooMany", max: app?.quota?.systemUsers, fallback: base2.systemUsers },
      { kind: "admin", noun: "admin system user", messageId: "tooManyAdmins", max: app?.quota?.adminSystemUsers, fallback: base2.adminSystemUsers }
    ];
    for (const l of limits) {
      const max = l.max ?? l.fallback;
      const limit = l.max !== void 0 ? `app.quota` : levelText;
      const users = [...usersWithIndex(ctx.manifest)].filter(([u]) => u.role === l.kind);
      const over = users[max];
      if (!over) continue;
      const [user, ui] = over;
      ctx.report({
        messageId: l.messageId,
        path: ["systemUsers", ui, "name"],
        data: { declared: `${users.length} ${l.noun}${users.length === 1 ? " is" : "s are"}`, limit, max, user: user.name }
      });
    }
  }
});

// rules/test-token-in-production.ts
var other = (e) => e === "production" ? "test" : "production";
var test_token_in_production_default = defineRule({
  id: "test-token-in-production",
  kind: "code",
  defaultSeverity: "error",
  description: "Forbid a test system user's token secret in a workflow job or deploy config that targets production, and a production token where the target is test.",
  rationale: "Meta: \"You should create one system user for each type of access you need … This way, if a system user token is compromised, it has limited scope.\" Test and production system users exist so that a test run cannot touch live pages, catalogs and orders, and a leaked test token cannot either; `env-separation` keeps them apart in the manifest. This rule checks that the code keeps them apart too: a GitHub Actions job with `environment: production` that reads a test user's token secret (a production deploy running with test credentials) or a test job that reads the production token, and deploy configs whose environment is explicit (`.env.production`, `values-prod.yaml`, `deploy/prod/…`, `environment: production` at the top of a YAML file) that reference the other environment's token.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idenvironment"
  ],
  messages: {
    testInProductionJob: {
      message: "Job {{job}} deploys to environment {{environment}} (production) but uses {{name}}, the token secret of test system user {{user}}.",
      suggestion: "Use the token secret of a production system user in job {{job}}{{fix}}."
    },
    productionInTestJob: {
      message: "Job {{job}} runs in environment {{environment}} (test) but uses {{name}}, the token secret of production system user {{user}}.",
      suggestion: "Use the token secret of a test system user in job {{job}}{{fix}}."
    },
    testInProductionConfig: {
      message: "Deploy config {{file}} targets production but uses {{name}}, the token secret of test system user {{user}}.",
      suggestion: "Reference the token secret of a production system user here{{fix}}."
    },
    productionInTestConfig: {
      message: "Deploy config {{file}} targets test but uses {{name}}, the token secret of production system user {{user}}.",
      suggestion: "Reference the token secret of a test system user here{{fix}}."
    }
  },
  // A reference names a test or production token's secret (a superset of the names checkFile looks for).
  needles: (ctx) => {
    if (!ctx.manifest) return [];
    const model = codeModel(ctx.manifest);
    return referenceNeedles([...model.test, ...model.production].map((o2) => o2.name));
  },
  skipsPath: (path6, ctx) => namesSecretsOnly(path6, ctx.manifestFile),
  checkFile(ctx) {
    if (!ctx.manifest) return;
    const path6 = ctx.file.path;
    if (namesSecretsOnly(path6, ctx.manifestFile)) return;
    const model = codeModel(ctx.manifest);
    if (model.test.length === 0 && model.production.length === 0) return;
    const text = ctx.file.text;
    const owners = /* @__PURE__ */ new Map();
    for (const o2 of [...model.test, ...model.production]) if (!owners.has(o2.name)) owners.set(o2.name, o2);
    const shared = new Set(model.test.map((o2) => o2.name).filter((n) => model.production.some((p) => p.name === n)));
    for (const n of shared) owners.delete(n);
    if (owners.size === 0) return;
    const refs = findSecretReferences(text, [...owners.keys()]);
    if (refs.length === 0) return;
    const fixFor = (want) => {
      const o2 = want === "production" ? model.production[0] : model.test[0];
      return o2 && !shared.has(o2.name) ? `, e.g. ${o2.name} (${o2.user})` : "";
    };
    if (isWorkflowPath(path6)) {
      const workflow = parseWorkflow(text);
      if (!workflow) return;
      for (const ref of refs) {
        const owner = owners.get(ref.name);
        const env = owner.environment;
        const jobs = jobAt(workflow, ref.start).filter((j) => j.environment && environmentOfName(j.environment.name) === other(env));
        if (jobs.length === 0) continue;
        const environment2 = jobs[0].environment.name;
        const job = jobs.map((j) => j.id).join(", ");
        ctx.report({
          messageId: env === "test" ? "testInProductionJob" : "productionInTestJob",
          data: { job, environment: environment2, name: ref.name, user: owner.user, fix: fixFor(other(env)) },
          start: ref.start,
          end: ref.end,
          anchor: lineAnchor(text, ref.start, ref.end, `${ref.name}\0${job}`)
        });
      }
      return;
    }
    const target = environmentOfFile(path6, text);
    if (!target) return;
    for (const ref of refs) {
      const owner = owners.get(ref.name);
      if (owner.environment === target) continue;
      ctx.report({
        messageId: target === "production" ? "testInProductionConfig" : "productionInTestConfig",
        data: { file: path6, name: ref.name, user: owner.user, fix: fixFor(target) },
        start: ref.start,
        end: ref.end,
        anchor: lineAnchor(text, ref.start, ref.end, ref.name)
      });
    }
  }
});

// rules/token-rotation.ts
var token_rotation_default = defineRule({
  id: "token-rotation",
  kind: "manifest",
  defaultSeverity: "warn",
  description: "Require a rotation policy for non-expiring tokens and rotation within it.",
  rationale: 'Meta offers system-user tokens that never expire and tokens that expire after 60 days, and suggests the expiring kind when "you want to limit the risk of leaked access tokens". A non-expiring token is acceptable only with a rotation policy that is kept: `rotateEveryDays` and a `lastRotated` date within it. A 60-day token cannot be rotated less often than every 60 days, since it stops working. Rotating means generating a new token (`POST /{system-user-id}/access_tokens`) and revoking the old one; Meta\'s only revocation for system-user tokens, `DELETE /{system-user-id}/access_tokens`, revokes every token of that user at once.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens",
    "https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user"
  ],
  options: o.object({
    maxRotateEveryDays: o.integer({
      minimum: 1,
      default: 365,
      description: "The longest rotation period accepted for a non-expiring token."
    })
  }),
  messages: {
    noPolicy: {
      message: "The token of {{user}} never expires and has no rotation policy.",
      suggestion: "Add rotateEveryDays (e.g. 90) and lastRotated, or use expires: 60d."
    },
    overdue: {
      message: "The token of {{user}} was last rotated on {{lastRotated}}, {{age}} days ago; the policy is every {{every}} days.",
      suggestion: "Rotate the token now (`graphguard rotate {{user}}` plans it: a new token through the app, then DELETE /{system-user-id}/access_tokens, which revokes EVERY token of that user) and set lastRotated to the date you did."
    },
    over60: {
      message: "The token of {{user}} expires after 60 days but rotateEveryDays is {{every}}.",
      suggestion: "Set rotateEveryDays to 60 or less: the token stops working after 60 days."
    },
    tooLong: {
      message: "The token of {{user}} is rotated every {{every}} days, longer than the {{max}}-day maximum.",
      suggestion: "Set rotateEveryDays to {{max}} or less."
    },
    noLastRotated: {
      message: "The token of {{user}} has a rotation policy but no lastRotated date, so its age cannot be checked.",
      suggestion: "Add lastRotated: YYYY-MM-DD."
    },
    future: {
      message: "The token of {{user}} has lastRotated {{lastRotated}}, a date after today ({{today}}).",
      suggestion: "Fix the date."
    }
  },
  check(ctx, options) {
    for (const [user, ui] of usersWithIndex(ctx.manifest)) {
      const t = user.token;
      if (!t) continue;
      const p = ["systemUsers", ui, "token"];
      const expires = t.expires ?? "never";
      const every = t.rotateEveryDays;
      if (expires === "60d") {
        if (every !== void 0 && every > 60)
          ctx.report({ messageId: "over60", path: [...p, "rotateEveryDays"], data: { user: user.name, every } });
      } else if (every === void 0) {
        ctx.report({ messageId: "noPolicy", path: t.expires ? [...p, "expires"] : p, data: { user: user.name } });
        continue;
      } else if (every > options.maxRotateEveryDays) {
        ctx.report({ messageId: "tooLong", path: [...p, "rotateEveryDays"], data: { user: user.name, every, max: options.maxRotateEveryDays } });
      }
      const period = expires === "60d" ? Math.min(every ?? 60, 60) : every;
      if (period === void 0) continue;
      if (!t.lastRotated) {
        if (every !== void 0) ctx.report({ messageId: "noLastRotated", path: p, severity: "notice", data: { user: user.name } });
        continue;
      }
      const age = daysBetween(t.lastRotated, ctx.today);
      if (Number.isNaN(age)) continue;
      if (age < 0) ctx.report({ messageId: "future", path: [...p, "lastRotated"], data: { user: user.name, lastRotated: t.lastRotated, today: ctx.today } });
      else if (age > period)
        ctx.report({ messageId: "overdue", path: [...p, "lastRotated"], data: { user: user.name, lastRotated: t.lastRotated, age, every: period } });
    }
  }
});

// rules/unknown-permission.ts
var current = Object.keys(permissions).filter((p) => permissions[p].status === "current");
var unknown_permission_default = defineRule({
  id: "unknown-permission",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Disallow permission names that the Graph API does not have.",
  rationale: `A token can only carry permissions that exist: Meta rejects an unknown scope ("Provided permission is not valid"), so a misspelt name in the manifest means the real token differs from what the manifest says, and least-privilege and App Review checks reason over a permission nobody can hold. Names are checked against graphguard's sourced permission list (data/permissions.json), which follows Meta's Permissions Reference; retired names are left to deprecated-permission.`,
  sources: ["https://developers.facebook.com/docs/permissions", "https://developers.facebook.com/docs/permissions/reference"],
  options: o.object({
    allow: o.array(o.string({ pattern: "^[a-z][a-z0-9_]*$" }), {
      default: [],
      uniqueItems: true,
      description: "Permission names to accept although graphguard's list does not have them (a scope Meta added since)."
    })
  }),
  messages: {
    unknown: {
      message: "Permission `{{permission}}` of {{owner}} is not a Graph API permission — did you mean `{{near}}`?",
      suggestion: "Rename it to `{{near}}`."
    },
    unknownNoSuggestion: {
      message: "Permission `{{permission}}` of {{owner}} is not a Graph API permission.",
      suggestion: "Check the name in Meta's Permissions Reference (https://developers.facebook.com/docs/permissions); if Meta added it recently, list it under `rules: { unknown-permission: { allow: [{{permission}}] } }`."
    }
  },
  check(ctx, options) {
    const allowed = new Set(options.allow);
    for (const ref of permissionRefs(ctx.manifest)) {
      const p = ref.permission;
      if (knownPermission(p) || allowed.has(p)) continue;
      if (secretsInString(p, void 0).length > 0) continue;
      const near = suggest(p, current);
      if (near) ctx.report({ messageId: "unknown", path: ref.path, anchor: p, data: { permission: p, owner: ref.owner, near } });
      else ctx.report({ messageId: "unknownNoSuggestion", path: ref.path, anchor: p, data: { permission: p, owner: ref.owner } });
    }
  }
});

// rules/unused-permission.ts
var unused_permission_default = defineRule({
  id: "unused-permission",
  kind: "code",
  defaultSeverity: "warn",
  description: "Warn about declared permissions that none of the system user's Graph API calls in the code needs.",
  rationale: "Meta's advice is to scope every token to what it needs: a leaked token can do everything its permissions allow. graphguard reads the Graph API calls in the code, attributes them to system users (the declared `token.secret` a file reads, or the user's `code:` globs) and looks each up in data/endpoints.json. A declared permission that none of a user's calls needs is a candidate for removal. The rule speaks only when it can: the user has at least one attributed call, none of them is unresolved (a variable edge or computed URL could need anything) or unknown to the endpoint table, and the whole repository was read (not `--changed-only`). The finding is at the permission in the manifest; its `related` locations are the calls that were read.",
  sources: [
    "https://developers.facebook.com/docs/permissions",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    unused: {
      message: "System user {{user}} declares `{{permission}}`, which none of its {{count}} Graph API call(s) in the code needs.",
      suggestion: "Remove `{{permission}}` from {{user}}'s permissions and its token, or attribute the code that needs it to {{user}} (its token.secret or `code:` globs)."
    }
  },
  // The work is on the whole scan's calls (checkCalls); no file is given to checkFile.
  needles: () => [],
  checkFile() {
  },
  checkCalls(ctx) {
    for (const u of ctx.calls.users) {
      if (u.permissions.unused.length === 0) continue;
      const related = callsEvidence(u);
      const declared = u.user.permissions ?? [];
      for (const permission of u.permissions.unused)
        ctx.reportManifest({
          messageId: "unused",
          path: ["systemUsers", u.index, "permissions", declared.indexOf(permission)],
          data: { user: u.name, permission, count: u.calls.length },
          related
        });
    }
  }
});

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  kind: "meta",
  reports: "unused-suppressions",
  defaultSeverity: "warn",
  description: "Disallow suppression comments that suppress nothing.",
  rationale: "A suppression left behind after its finding was fixed would silently hide the next problem on that line. Removing it keeps every exception deliberate.",
  sources: ["https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives"],
  messages: {
    unused: {
      message: "Suppression of {{rules}} suppresses nothing on the next line.",
      suggestion: "Remove the comment."
    }
  }
});

// rules/index.ts
var rules = [
  admin_scope_default,
  admin_token_in_code_default,
  app_review_default,
  asset_reference_default,
  deprecated_permission_default,
  env_separation_default,
  graph_api_version_default,
  graph_api_version_in_code_default,
  hardcoded_token_default,
  invalid_suppression_default,
  least_privilege_permissions_default,
  least_privilege_tasks_default,
  live_asset_ownership_default,
  live_missing_system_user_default,
  live_role_drift_default,
  live_task_drift_default,
  live_token_age_default,
  live_token_invalid_default,
  live_token_scope_drift_default,
  live_undeclared_system_user_default,
  manifest_schema_default2,
  missing_permission_default,
  missing_task_default,
  new_access_default,
  plaintext_token_default,
  system_user_quota_default,
  test_token_in_production_default,
  token_rotation_default,
  unknown_permission_default,
  unused_permission_default,
  unused_suppression_default
];

// src/check.ts
import path4 from "node:path";

// src/manifest/discover.ts
import { existsSync } from "node:fs";
import path from "node:path";
function manifestFolderAbove(cwd) {
  let dir = path.resolve(cwd);
  if (MANIFEST_NAMES.some((n) => existsSync(path.join(dir, n)))) return void 0;
  while (!existsSync(path.join(dir, ".git"))) {
    const up = path.dirname(dir);
    if (up === dir) return void 0;
    dir = up;
    if (MANIFEST_NAMES.some((n) => existsSync(path.join(dir, n)))) return dir;
  }
  return void 0;
}
function rebase(paths, from, to) {
  return paths.map((p) => path.relative(to, path.resolve(from, p)).split(path.sep).join("/") || ".");
}

// src/stages/baseline.ts
import path2 from "node:path";

// src/baseline.ts
import { existsSync as existsSync2 } from "node:fs";
function buildBaseline(findings) {
  const seen = /* @__PURE__ */ new Set();
  const entries = findings.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint)).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file })).sort((a, b2) => a.file + a.ruleId + a.fingerprint < b2.file + b2.ruleId + b2.fingerprint ? -1 : 1);
  const b = { version: 1, tool: "graphguard", findings: entries };
  return `${JSON.stringify(b, null, 2)}
`;
}
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
function readBaseline(absPath) {
  if (!existsSync2(absPath))
    throw new ConfigError("baseline file not found; write it with `graphguard baseline` (then commit it), or drop --baseline", absPath);
  const raw = readUserFile(absPath, { maxBytes: MAX_BASELINE_BYTES, what: "baseline", display: absPath }).toString("utf8");
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new ConfigError("baseline is not JSON; write it with `graphguard baseline`", absPath, 1, 1);
  }
  const list = data?.findings;
  if (!Array.isArray(list) || list.some((e) => typeof e?.fingerprint !== "string"))
    throw new ConfigError("baseline has no `findings` list of fingerprints; write it with `graphguard baseline`", absPath, 1, 1);
  return new Set(list.map((e) => e.fingerprint));
}

// src/stages/baseline.ts
function applyBaseline(cwd, findings, baselineFile, onlyFiles) {
  let kept = findings;
  let baselined = 0;
  if (baselineFile) {
    const accepted = readBaseline(path2.resolve(cwd, baselineFile));
    kept = kept.filter((f) => {
      if (!accepted.has(f.fingerprint)) return true;
      baselined++;
      return false;
    });
  }
  if (onlyFiles) kept = kept.filter((f) => f.history !== void 0 || onlyFiles.has(f.file));
  return { findings: kept, baselined };
}

// src/stages/run.ts
function settingOf(run2, rule) {
  return run2.settings.get(rule.id);
}
function activeRules(run2, kind) {
  return run2.rules.filter((r) => r.kind === kind && settingOf(run2, r).severity !== "off");
}
function manifestReporter(run2, rule, out) {
  return (r) => out.push(manifestFinding(rule, settingOf(run2, rule), run2.loaded, r, { frames: run2.frames }));
}

// src/stages/rules.ts
function runManifestRules(run2) {
  const out = [];
  for (const rule of activeRules(run2, "manifest")) {
    if (!run2.valid && !rule.acceptsInvalidManifest) continue;
    const ctx = { ...base(run2), valid: run2.valid, schemaProblems: run2.problems, manifestText: run2.loaded.text, report: manifestReporter(run2, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run2, rule).options));
  }
  return out;
}
function runLiveRules(run2, live2) {
  const out = [];
  for (const rule of activeRules(run2, "live")) {
    const ctx = { ...base(run2), live: live2, report: manifestReporter(run2, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run2, rule).options));
  }
  return out;
}
function runDiffRules(run2, changes) {
  const out = [];
  for (const rule of activeRules(run2, "diff")) {
    const ctx = { ...base(run2), changes, report: manifestReporter(run2, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run2, rule).options));
  }
  return out;
}
function base(run2) {
  return { manifest: run2.manifest, manifestFile: run2.loaded.file, today: run2.today };
}

// src/stages/diff.ts
function diff(run2, base2) {
  if (!run2.valid) return void 0;
  const baseManifest = base2.text === null ? null : parseManifestText(base2.text, `${base2.file} (base)`).value;
  const changes = diffManifests(baseManifest, run2.manifest);
  return { changes, findings: runDiffRules(run2, changes) };
}

// src/stages/live.ts
async function live(run2, opts, found) {
  if (!run2.valid) throw new ConfigError(`${run2.loaded.file}: the manifest is not valid; fix the manifest-schema findings before a live check`);
  const { fetchLiveSnapshot, liveFailureText } = await import("./snapshot-Z45FJTZK.js");
  let snapshot;
  if (opts.snapshot) snapshot = opts.snapshot;
  else
    try {
      ({ snapshot } = await fetchLiveSnapshot({
        manifest: run2.manifest,
        env: run2.env,
        graphUrl: opts.graphUrl ?? run2.env.GRAPHGUARD_GRAPH_URL ?? "https://graph.facebook.com",
        timeoutSeconds: opts.timeoutSeconds ?? 60,
        // Only token-shaped secrets go to debug_token; app secrets and other values never leave.
        leaked: uniqueSecrets(found).filter((s) => /^EAA|^\d{15,18}(?:\||%7C)/i.test(s.reveal())),
        ...opts.fetch ? { fetch: opts.fetch } : {},
        ...opts.sleep ? { sleep: opts.sleep } : {},
        debug: run2.debug
      }));
    } catch (e) {
      throw new ConfigError(liveFailureText(e, "live check failed"));
    }
  const findings = runLiveRules(run2, snapshot);
  const noting = new Set(run2.rules.filter((r) => r.kind === "code" && r.notesLiveTokens).map((r) => r.id));
  for (const f of found) {
    if (!f.secret || !noting.has(f.ruleId)) continue;
    const info = snapshot.leakedTokens[secretHash(f.secret)];
    if (info) f.message = withLiveNote(f.message, leakedTokenNote(info, snapshot, run2.manifest));
  }
  return { findings, snapshot };
}
function uniqueSecrets(findings) {
  const by = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.secret) by.set(f.secret.reveal(), f.secret);
  return [...by.values()];
}

// src/stages/load.ts
import path3 from "node:path";

// src/manifest/lenient-rules.ts
function withoutBadRuleSettings(value, problems, validate2) {
  if (problems.length === 0 || !problems.every((p) => p.path[0] === "rules")) return void 0;
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const rulesValue = value.rules;
  const ids = /* @__PURE__ */ new Set();
  for (const p of problems) {
    if (typeof p.path[1] !== "string") return void 0;
    ids.add(p.path[1]);
  }
  if (!rulesValue || typeof rulesValue !== "object") return void 0;
  const kept = Object.fromEntries(Object.entries(rulesValue).filter(([id]) => !ids.has(id)));
  const next = { ...value, rules: kept };
  if (validate2(next).length > 0) return void 0;
  const skipped = [...ids].map((id) => `rules.${id}`);
  return {
    value: next,
    skipped,
    problems: problems.map((p) => ({
      ...p,
      message: `${p.message}${/[.?!]$/.test(p.message) ? "" : "."} Skipped \`rules.${String(p.path[1])}\`; the other settings and rules apply.`
    }))
  };
}

// src/stages/load.ts
function load(input) {
  const cwd = path3.resolve(input.cwd);
  const manifestPath = findManifest(cwd, input.manifest);
  if (!manifestPath)
    throw new ConfigError(`no manifest found (looked for ${MANIFEST_NAMES.join(", ")}); run \`graphguard init\` or pass --manifest`);
  const loaded = loadManifest(manifestPath, cwd);
  input.debug(`manifest: ${loaded.file}`);
  const { manifest: _, ...rest } = input;
  return { ...rest, cwd, loaded, manifest: loaded.value };
}
function validate(run2, diffSeverity) {
  const found = validateManifest(run2.loaded.value, () => run2.loaded.doc);
  const lenient = withoutBadRuleSettings(run2.loaded.value, found, (v) => validateManifest(v));
  const problems = lenient?.problems ?? found;
  const valid = problems.length === 0 || lenient !== void 0;
  if (lenient) run2.debug(`skipped settings: ${lenient.skipped.join(", ")}`);
  const settings = resolveRuleSettings(run2.rules, valid ? (lenient?.value ?? run2.manifest).rules : void 0);
  if (diffSeverity) {
    for (const rule of run2.rules) if (rule.kind === "diff") settings.set(rule.id, { ...settings.get(rule.id), severity: diffSeverity, explicit: true });
  }
  return { ...run2, valid, problems, settings };
}

// src/stages/scan.ts
async function scan(run2, opts) {
  if (opts.paths.length === 0)
    return { findings: [], suppressions: /* @__PURE__ */ new Map(), filesScanned: 0, skipped: { binary: 0, unreadable: 0, symlinks: 0 } };
  return scanRepository({
    cwd: run2.cwd,
    paths: opts.paths,
    ...run2.valid ? { manifest: run2.manifest } : {},
    manifestFile: run2.loaded.file,
    today: run2.today,
    codeRules: activeRules(run2, "code"),
    settings: run2.settings,
    declaredSecrets: run2.valid ? declaredSecretValues(run2.manifest, run2.env) : [],
    ...opts.changedOnly ? { changedOnly: opts.changedOnly } : {},
    ...opts.calls && run2.valid ? { calls: { tokenNames: tokenNames(run2.manifest) } } : {},
    debug: run2.debug,
    ...opts.progress ? { progress: opts.progress } : {},
    frames: run2.frames
  });
}
function declaredSecretValues(manifest, env) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    const v = name ? env[name] : void 0;
    if (name && v && v.length >= 8 && !seen.has(name)) {
      seen.add(name);
      out.push({ name, value: new Secret(v) });
    }
  }
  return out;
}

// src/scan/history.ts
var HISTORY_RULES = /* @__PURE__ */ new Set(["hardcoded-token"]);
var RANGE = /^[^-\s\x00-\x1f\x7f][^\s\x00-\x1f\x7f]{0,400}$/;
async function scanHistory(input) {
  const { cwd, range, manifest, today, rules: rules2, settings, declaredSecrets, debug } = input;
  if (range !== void 0 && !RANGE.test(range)) throw new ConfigError(`--history: "${range.slice(0, 40)}" is not a revision range`);
  const blobs = await addedBlobs(cwd, range);
  debug(`history: ${blobs.commits} commit(s), ${blobs.list.length} distinct blob(s) added${range ? ` in ${range}` : ""}`);
  const appId = manifest?.app?.id;
  const needleCtx = { ...manifest ? { manifest } : {}, manifestFile: "", today, declaredSecrets };
  const tests = rules2.map((rule) => {
    let needles;
    runRule(rule.id, () => {
      if (rule.needles) needles = rule.needles(needleCtx, settings.get(rule.id).options);
    });
    return compileNeedles(needles);
  });
  const findings = [];
  let skipped = 0;
  await readBlobs(cwd, blobs.list, (blob, bytes) => {
    if (bytes === void 0 || bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped++;
      return;
    }
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fileRules = rules2.filter((_, i) => tests[i](buf));
    if (fileRules.length === 0) return;
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    const file = { path: blob.path, text, startOffset: 0, startLine: 1, startColumn: 1 };
    const suppressed = /* @__PURE__ */ new Map();
    for (const s of parseSuppressions(text)) if (s.reason) suppressed.set(s.targetLine, s.rules);
    let index;
    let redactor;
    const redactLine = (l) => (redactor ??= secretRedactor(text, { path: blob.path, ...appId ? { appId } : {}, declared: declaredSecrets }))(l);
    for (const rule of fileRules) {
      const setting = settings.get(rule.id);
      const ctx = {
        ...manifest ? { manifest } : {},
        // No file is the manifest here: an old manifest's pasted token is this rule's finding too.
        manifestFile: "",
        today,
        file,
        declaredSecrets,
        report: (r) => {
          index ??= chunkIndex(file);
          const f = codeFinding(rule, setting, file, index, r, { redactLine });
          if (suppressed.get(f.line)?.includes(rule.id)) return;
          const origin = { commit: blob.commit, date: blob.date, path: blob.path };
          findings.push({ ...f, message: `${f.message} ${historyNote(origin)}`, history: origin });
        }
      };
      runRule(rule.id, () => rule.checkFile(ctx, setting.options));
    }
  });
  return { findings, commits: blobs.commits, blobs: blobs.list.length, skipped };
}
function historyNote(o2) {
  return `Added in commit ${o2.commit.slice(0, 12)} (${o2.date}) as ${o2.path}: it stays in the git history, in every clone and fork, until it is revoked.`;
}
async function addedBlobs(cwd, range) {
  const args = [
    "-c",
    "core.quotePath=false",
    "log",
    "--reverse",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "-z",
    "--format=%x01%H %cI",
    ...range === void 0 ? ["--all"] : [],
    "--end-of-options",
    ...range === void 0 ? [] : [range]
  ];
  const seen = /* @__PURE__ */ new Set();
  const list = [];
  let commits = 0;
  let commit = "";
  let date = "";
  let pending;
  let rest = "";
  const onToken = (tok) => {
    if (pending) {
      const p = pending;
      pending = void 0;
      if (p.oid !== "" && !seen.has(p.oid)) {
        seen.add(p.oid);
        list.push({ oid: p.oid, commit, date, path: tok });
      }
      return;
    }
    const t = tok.replace(/^\n+/, "");
    if (t.startsWith("")) {
      commits++;
      const sp = t.indexOf(" ");
      commit = t.slice(1, sp);
      date = t.slice(sp + 1, sp + 11);
      return;
    }
    const m = /^:(\d{6}) (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(t);
    if (!m) return;
    const [, , mode, oid, status] = m;
    const skip = status === "D" || mode === "160000" || mode === "120000" || /^0+$/.test(oid);
    pending = { oid: skip ? "" : oid };
  };
  await runGit(cwd, args, (chunk) => {
    rest += chunk;
    let z = rest.indexOf("\0");
    let from = 0;
    while (z !== -1) {
      onToken(rest.slice(from, z));
      from = z + 1;
      z = rest.indexOf("\0", from);
    }
    rest = rest.slice(from);
  });
  if (rest.length > 0) onToken(rest);
  return { list, commits };
}
function runGit(cwd, args, onData) {
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const decoder = new TextDecoder("utf-8");
    let err = "";
    child.stdout.on("data", (b) => onData(decoder.decode(b, { stream: true })));
    child.stderr.on("data", (b) => {
      if (err.length < 2e3) err += b.toString("utf8");
    });
    child.on("error", (e) => reject(new ConfigError(`--history: cannot run git (${e.code ?? e.message})`)));
    child.on("close", (code) => {
      const tail = decoder.decode();
      if (tail) onData(tail);
      if (code === 0) resolve();
      else reject(new ConfigError(`--history: git log failed: ${firstLine(err) || `exit code ${code}`}`));
    });
  });
}
function firstLine(s) {
  return (s.split("\n").find((l) => l.trim() !== "") ?? "").replace(/^fatal: /, "").trim().slice(0, 200);
}
function readBlobs(cwd, blobs, onBlob) {
  if (blobs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let err = "";
    let failed;
    const fail = (e) => {
      if (failed) return;
      failed = e;
      child.kill();
    };
    child.stderr.on("data", (b) => {
      if (err.length < 2e3) err += b.toString("utf8");
    });
    child.on("error", (e) => fail(new ConfigError(`--history: cannot run git (${e.code ?? e.message})`)));
    child.stdin.on("error", () => {
    });
    let next = 0;
    const write = () => {
      while (next < blobs.length) {
        if (!child.stdin.write(`${blobs[next++].oid}
`)) {
          child.stdin.once("drain", write);
          return;
        }
      }
      child.stdin.end();
    };
    write();
    let at = 0;
    let header = Buffer.alloc(0);
    let body;
    let bodyFill = 0;
    let size = -1;
    let skip = 0;
    child.stdout.on("data", (chunk) => {
      if (failed) return;
      let i = 0;
      while (i < chunk.length) {
        if (size < 0) {
          const nl = chunk.indexOf(10, i);
          if (nl === -1) {
            header = Buffer.concat([header, chunk.subarray(i)]);
            return;
          }
          const line = Buffer.concat([header, chunk.subarray(i, nl)]).toString("latin1");
          header = Buffer.alloc(0);
          i = nl + 1;
          const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
          if (!m) {
            fail(new ConfigError(`--history: git cat-file: ${line.slice(0, 80)}`));
            return;
          }
          size = Number(m[3]);
          if (size > DEFAULT_CHUNK_BYTES) {
            body = void 0;
            skip = size + 1;
          } else {
            body = Buffer.allocUnsafe(size + 1);
            bodyFill = 0;
          }
          continue;
        }
        if (body) {
          const n = Math.min(body.length - bodyFill, chunk.length - i);
          chunk.copy(body, bodyFill, i, i + n);
          bodyFill += n;
          i += n;
          if (bodyFill < body.length) continue;
          const blob = blobs[at++];
          size = -1;
          try {
            onBlob(blob, body.subarray(0, body.length - 1));
          } catch (e) {
            fail(e);
            return;
          }
          body = void 0;
        } else {
          const n = Math.min(skip, chunk.length - i);
          skip -= n;
          i += n;
          if (skip > 0) continue;
          onBlob(blobs[at++], void 0);
          size = -1;
        }
      }
    });
    child.on("close", (code) => {
      if (failed) reject(failed);
      else if (at < blobs.length) reject(new ConfigError(`--history: git cat-file ended early: ${firstLine(err) || `exit code ${code}`}`));
      else resolve();
    });
  });
}
function newSecretsOnly(tree, history2) {
  const key = (f) => f.secret ? `${f.ruleId}\0${f.secret.reveal()}` : void 0;
  const seen = /* @__PURE__ */ new Set();
  for (const f of tree) {
    const k = key(f);
    if (k) seen.add(k);
  }
  const out = [];
  for (const f of history2) {
    const k = key(f) ?? `${f.ruleId}\0${f.fingerprint}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

// src/stages/history.ts
async function history(run2, opts, tree) {
  try {
    const result = await scanHistory({
      cwd: run2.cwd,
      ...opts.range !== void 0 ? { range: opts.range } : {},
      ...run2.valid ? { manifest: run2.manifest } : {},
      today: run2.today,
      rules: activeRules(run2, "code").filter((r) => HISTORY_RULES.has(r.id)),
      settings: run2.settings,
      declaredSecrets: run2.valid ? declaredSecretValues(run2.manifest, run2.env) : [],
      debug: run2.debug
    });
    return newSecretsOnly(tree, result.findings);
  } catch (e) {
    if (!opts.onUnavailable || !(e instanceof ConfigError)) throw e;
    opts.onUnavailable(e.message);
    return [];
  }
}

// src/stages/suppress.ts
function suppress(run2, findings, scanned) {
  const byFile = new Map(scanned);
  const manifestSup = /* @__PURE__ */ new Map();
  for (const s of parseSuppressions(run2.loaded.text)) manifestSup.set(s.line, { s, used: false });
  byFile.set(run2.loaded.file, merge(byFile.get(run2.loaded.file), manifestSup));
  const invalidRule = metaRule(run2, "invalid-suppressions");
  const unusedRule = metaRule(run2, "unused-suppressions");
  const meta = [];
  const report = (rule, file, s, messageId, data) => meta.push(pipelineFinding(rule, settingOf(run2, rule), { file, line: s.line, column: s.column, endColumn: s.endColumn, anchor: s.text }, messageId, data));
  const valid = /* @__PURE__ */ new Map();
  for (const [file, sups] of byFile) {
    const ok = /* @__PURE__ */ new Map();
    for (const entry of sups.values()) {
      const p = suppressionProblem(entry.s, run2.knownRuleIds, run2.today);
      if (!p) ok.set(entry.s.targetLine, entry);
      else if (invalidRule) report(invalidRule, file, entry.s, p.messageId, p.data);
    }
    valid.set(file, ok);
  }
  let suppressed = 0;
  const kept = findings.filter((f) => {
    const entry = valid.get(f.file)?.get(f.line);
    if (!entry?.s.rules.includes(f.ruleId)) return true;
    entry.used = true;
    suppressed++;
    return false;
  });
  if (unusedRule) {
    for (const [file, sups] of valid)
      for (const entry of sups.values()) if (!entry.used) report(unusedRule, file, entry.s, "unused", { rules: entry.s.rules.join(", ") });
  }
  return { findings: [...kept, ...meta], suppressed };
}
function metaRule(run2, what) {
  return run2.rules.find((r) => r.kind === "meta" && r.reports === what && settingOf(run2, r).severity !== "off");
}
function merge(a, b) {
  if (!a) return b;
  for (const [k, v] of b) if (!a.has(k)) a.set(k, v);
  return a;
}

// src/calls/report.ts
function runCallRules(run2, rules2, calls) {
  const out = [];
  const m = run2.loaded;
  for (const rule of rules2) {
    if (!rule.checkCalls) continue;
    const setting = settingOf(run2, rule);
    runRule(
      rule.id,
      () => rule.checkCalls(
        {
          manifest: run2.manifest,
          manifestFile: m.file,
          today: run2.today,
          calls,
          report: (r) => out.push(callFinding(rule, setting, r)),
          reportManifest: (r) => out.push(manifestFinding(rule, setting, m, r, { frames: run2.frames })),
          locate: (path6) => {
            const r = m.locate(path6);
            return { file: m.file, line: r.line, column: r.column };
          }
        },
        setting.options
      )
    );
  }
  return out;
}

// src/stages/calls.ts
function wantsCalls(run2, always) {
  return run2.valid && (always || activeRules(run2, "code").some((r) => r.checkCalls !== void 0));
}
function leastPrivilege(run2, files, opts) {
  const calls = analyzeCalls(run2.manifest, files, opts);
  const rules2 = activeRules(run2, "code").filter((r) => r.checkCalls !== void 0);
  return { calls, findings: runCallRules(run2, rules2, calls) };
}

// src/check.ts
function todayUtc() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
async function check(opts) {
  const above = opts.manifest ? void 0 : manifestFolderAbove(opts.cwd);
  if (above) opts = rerooted(opts, above);
  prestartScanWorkers(opts.cwd, opts.paths ?? ["."]);
  prefetchListing(opts.cwd, opts.paths ?? ["."]);
  try {
    return await checkLoaded(opts);
  } finally {
    dropPrefetched();
  }
}
async function checkLoaded(opts) {
  const rules2 = opts.rules ?? rules;
  const loaded = load({
    cwd: opts.cwd,
    ...opts.manifest !== void 0 ? { manifest: opts.manifest } : {},
    today: opts.today ?? todayUtc(),
    env: opts.env ?? process.env,
    rules: rules2,
    knownRuleIds: new Set([...rules, ...rules2].map((r) => r.id)),
    debug: opts.debug ?? (() => {
    }),
    frames: opts.frames !== false
  });
  const run2 = validate(loaded, opts.newAccess);
  if (opts.onSecrets && run2.valid) opts.onSecrets(declaredSecretValues(run2.manifest, run2.env).map((d) => d.value));
  const findings = runManifestRules(run2);
  const calls = wantsCalls(run2, opts.collectCalls === true);
  const scanned = await scan(run2, {
    paths: opts.paths ?? ["."],
    ...opts.changedOnly ? { changedOnly: opts.changedOnly } : {},
    ...opts.progress ? { progress: opts.progress } : {},
    calls
  });
  opts.progress?.done();
  findings.push(...scanned.findings);
  const lp = calls ? leastPrivilege(run2, scanned.calls ?? [], { complete: !opts.changedOnly && (opts.paths ?? ["."]).length > 0 }) : void 0;
  if (lp) findings.push(...lp.findings);
  if (opts.history) findings.push(...await history(run2, opts.history, findings));
  const secrets = uniqueSecrets(findings);
  opts.onSecrets?.(secrets);
  const liveResult = opts.live ? await live(run2, opts.live, findings) : void 0;
  if (liveResult) findings.push(...liveResult.findings);
  const diffResult = opts.base ? diff(run2, opts.base) : void 0;
  if (diffResult) findings.push(...diffResult.findings);
  const suppressed = suppress(run2, findings, scanned.suppressions);
  const kept = applyBaseline(run2.cwd, sortAndDedupe(suppressed.findings), opts.baseline, opts.onlyFiles);
  const snapshot = liveResult?.snapshot;
  const liveStatus = !snapshot ? "skipped" : snapshot.incomplete.length ? "incomplete" : "verified";
  const report = {
    tool: { name: "graphguard", version: VERSION },
    summary: { ...counts(kept.findings), filesScanned: scanned.filesScanned, live: liveStatus },
    findings: kept.findings.map(toPublic),
    manifest: run2.loaded.file,
    skipped: scanned.skipped,
    ...snapshot?.incomplete.length ? { unverified: snapshot.incomplete } : {},
    suppressed: suppressed.suppressed,
    baselined: kept.baselined
  };
  return { report, ...diffResult ? { changes: diffResult.changes } : {}, ...lp ? { calls: lp.calls } : {}, secrets };
}
function rerooted(opts, root) {
  const from = path4.resolve(opts.cwd);
  return {
    ...opts,
    cwd: root,
    paths: rebase(opts.paths ?? ["."], from, root),
    ...opts.baseline ? { baseline: path4.resolve(from, opts.baseline) } : {}
  };
}
function counts(findings) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warn"), notices: count("notice") };
}

// src/format/json.ts
var formatJson = (report) => {
  const out = {
    tool: report.tool,
    // Findings hidden by the baseline or suppression comments are counted, when there are any.
    summary: {
      ...report.summary,
      ...report.baselined ? { baselined: report.baselined } : {},
      ...report.suppressed ? { suppressed: report.suppressed } : {}
    },
    ...report.unverified ? { unverified: report.unverified } : {},
    // Everything a finding carries but its frame (stylish only) and messageId (not in SPEC §5).
    findings: report.findings.map(({ frame: _frame, messageId: _messageId, ...f }) => f)
  };
  return `${JSON.stringify(out, null, 2)}
`;
};

// src/format/junit.ts
function xml(s) {
  return escapeControls(s).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
var formatJunit = (report) => {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.findings.length;
  lines.push(`<testsuites name="graphguard" tests="${Math.max(total, 1)}" failures="${total}">`);
  if (total === 0) {
    lines.push('  <testsuite name="graphguard" tests="1" failures="0">');
    lines.push('    <testcase classname="graphguard" name="no findings"/>');
    lines.push("  </testsuite>");
  }
  for (const [file, findings] of byFile) {
    lines.push(`  <testsuite name="${xml(file)}" tests="${findings.length}" failures="${findings.length}">`);
    for (const f of findings) {
      lines.push(`    <testcase classname="${xml(f.ruleId)}" name="${xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`)}">`);
      lines.push(`      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.message}${f.suggestion ? `
${f.suggestion}` : ""}`)}</failure>`);
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
};

// src/meta.ts
var REPO_URL = "https://github.com/graphguard/graphguard";
var DOCS_URL = `${REPO_URL}/blob/main/docs/rules`;
function ruleDocUrl(id) {
  return `${DOCS_URL}/${id}.md`;
}

// src/format/sarif.ts
var LEVEL = { error: "error", warn: "warning", notice: "note" };
function pascal(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, ch) => ch.toUpperCase());
}
var CRITICAL = /* @__PURE__ */ new Set(["hardcoded-token", "plaintext-token"]);
function securitySeverity(rule) {
  if (CRITICAL.has(rule.id)) return "9.5";
  if (rule.id === "admin-token-in-code") return "8.5";
  return rule.defaultSeverity === "error" ? "7.0" : rule.defaultSeverity === "warn" ? "5.0" : "2.0";
}
function sarifRule(rule) {
  const sources = rule.sources.map((s) => `- ${s}`).join("\n");
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.description}

${rule.rationale}

Sources:
${sources}

Docs: ${ruleDocUrl(rule.id)}`,
      markdown: `**${rule.description}**

${rule.rationale}

Sources:
${sources}

[Rule documentation](${ruleDocUrl(rule.id)})`
    },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ["security", `graphguard-${rule.kind}`], "security-severity": securitySeverity(rule) }
  };
}
function sarifUri(file) {
  const wellFormed = file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "�");
  return wellFormed.split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
var formatSarif = (report, ctx) => {
  const rules2 = [...ctx.rules].sort((a, b) => a.id < b.id ? -1 : 1);
  const index = new Map(rules2.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "graphguard/v1": f.fingerprint },
    ...f.related?.length ? {
      relatedLocations: f.related.map((r, id) => ({
        id,
        physicalLocation: { artifactLocation: { uri: encodeURI(r.file), uriBaseId: "%SRCROOT%" }, region: { startLine: r.line, startColumn: r.column } },
        message: { text: r.message }
      }))
    } : {}
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "graphguard",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPO_URL,
            rules: rules2.map(sarifRule)
          }
        },
        columnKind: "utf16CodeUnits",
        results: results.map((r) => r.ruleIndex === -1 ? { ...r, ruleIndex: void 0 } : r)
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
};

// src/format/stylish.ts
var ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, cyan: 36 };
var formatStylish = (report, ctx) => {
  const c = (code, s) => ctx.color ? `\x1B[${ANSI[code]}m${s}\x1B[0m` : s;
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const out = [];
  for (const [file, findings] of byFile) {
    out.push(c("underline", file));
    for (const f of findings) {
      const sev = f.severity === "error" ? c("red", "error ") : f.severity === "warn" ? c("yellow", "warn  ") : c("blue", "notice");
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev}  ${f.message}  ${c("gray", f.ruleId)}`);
      if (f.frame) out.push(...frame(f, c));
      if (f.suggestion) out.push(`    ${c("cyan", "fix:")} ${f.suggestion}`);
    }
    out.push("");
  }
  const { errors, warnings, notices } = report.summary;
  const total = errors + warnings + notices;
  const plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  if (total > 0) {
    const line = `✖ ${plural2(total, "problem")} (${plural2(errors, "error")}, ${plural2(warnings, "warning")}, ${plural2(notices, "notice")})`;
    out.push(c("bold", errors ? c("red", line) : warnings ? c("yellow", line) : line));
  } else out.push(`✔ No problems (${plural2(report.summary.filesScanned, "file")} scanned, manifest ${report.manifest ?? "-"})`);
  if (report.baselined) out.push(c("gray", `${plural2(report.baselined, "finding")} in the baseline not shown.`));
  const sk = report.skipped;
  if (sk && sk.binary + sk.unreadable + sk.symlinks > 0) {
    const parts2 = [
      sk.binary ? `${sk.binary} binary` : "",
      sk.unreadable ? `${sk.unreadable} unreadable` : "",
      sk.symlinks ? `${plural2(sk.symlinks, "symlink")}` : ""
    ].filter(Boolean);
    out.push(c("gray", `Not scanned: ${parts2.join(", ")} (see docs/scan.md).`));
  }
  if (report.summary.live === "incomplete") {
    out.push(c("red", "Live check incomplete; not verified:"));
    for (const u of report.unverified ?? []) out.push(`  - ${u}`);
  }
  return `${out.join("\n")}
`;
};
function frame(f, c) {
  const fr = f.frame;
  const width = String(fr.startLine + fr.lines.length - 1).length;
  const out = [];
  fr.lines.forEach((text, i) => {
    const n = fr.startLine + i;
    const mark = n === f.line ? c("red", ">") : " ";
    out.push(`  ${mark} ${c("gray", `${String(n).padStart(width)} |`)} ${text}`);
    if (n === f.line) {
      const len = fr.mark ? fr.mark.length : f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, text.length - f.column + 1);
      const col = Math.min(fr.mark ? fr.mark.column : f.column, text.length + 1);
      out.push(`    ${" ".repeat(width)} ${c("gray", "|")} ${" ".repeat(col - 1)}${c("red", "^".repeat(Math.min(len, Math.max(1, text.length - col + 1))))}`);
    }
  });
  return out;
}

// src/format/index.ts
var FORMATS = ["stylish", "json", "sarif", "github", "markdown", "junit"];
var formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: (report) => formatMarkdown(report),
  junit: formatJunit
};
function renderReport(format, report, ctx, sink) {
  return formatters[format](cleanReport(report, sink), ctx);
}

// src/scan/progress.ts
function progressWanted(o2) {
  if (o2.flag === true) return true;
  if (o2.flag === false || o2.quiet) return false;
  const ci = o2.env.CI;
  if (ci !== void 0 && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false") return false;
  return o2.stderrIsTTY;
}
function createProgress(opts) {
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const delay = opts.delayMs ?? 1e3;
  const interval = opts.intervalMs ?? 100;
  let last = -Infinity;
  let shown = false;
  const state = { files: 0, bytes: 0, findings: 0, total: 0 };
  return {
    update(p) {
      if (p.files !== void 0) state.files = p.files;
      if (p.bytes !== void 0) state.bytes = p.bytes;
      if (p.findings !== void 0) state.findings = p.findings;
      if (p.total !== void 0) state.total = p.total;
      const t = now();
      if (t - start < delay || t - last < interval) return;
      last = t;
      shown = true;
      opts.write(`\r\x1B[K${progressText(state)}`);
    },
    done() {
      if (shown) opts.write("\r\x1B[K");
      shown = false;
    }
  };
}
function progressText(s) {
  const n = (x) => x.toLocaleString("en-US");
  const files = s.total > 0 ? `${n(s.files)}/${n(s.total)} files` : `${n(s.files)} files`;
  const mb = `${n(Math.round(s.bytes / 1e6))} MB`;
  return `graphguard: ${files}, ${mb}, ${n(s.findings)} finding${s.findings === 1 ? "" : "s"}`;
}

// src/outcome.ts
function failingFindings(report, failOn) {
  if (failOn === "never") return [];
  return report.findings.filter((f) => atLeast(f.severity, failOn));
}
function exitCodeFor(report, failOn, maxWarnings) {
  if (report.summary.live === "incomplete") return 2;
  if (maxWarnings !== void 0 && report.summary.warnings > maxWarnings) return 1;
  return failingFindings(report, failOn).length > 0 ? 1 : 0;
}

// src/explain.ts
import { readFileSync } from "node:fs";
function listRules(rules2, format) {
  if (format === "json")
    return `${JSON.stringify(
      rules2.map((r) => ({ id: r.id, kind: r.kind, severity: r.defaultSeverity, description: r.description, docs: ruleDocUrl(r.id) })),
      null,
      2
    )}
`;
  const w = Math.max(...rules2.map((r) => r.id.length));
  return `${rules2.map((r) => `${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(6)}  ${r.kind.padEnd(8)}  ${r.description}`).join("\n")}
`;
}
function explainRule(rules2, id) {
  const rule = rules2.find((r) => r.id === id);
  if (!rule) {
    const ids = rules2.map((r) => r.id);
    const family = id.length >= 3 ? ids.filter((r) => r.startsWith(`${id}-`) || r.startsWith(id)) : [];
    const near = family.length ? family : [suggest(id, ids)].filter((x) => x !== void 0);
    const hint = near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : "";
    throw new ConfigError(`unknown rule "${id}"${hint} (see \`graphguard rules\`)`);
  }
  for (const rel of [`../docs/rules/${id}.md`, `../../docs/rules/${id}.md`]) {
    try {
      return readFileSync(new URL(rel, import.meta.url), "utf8").replace(/<!--[\s\S]*?-->\n?/g, "");
    } catch {
    }
  }
  return `# ${rule.id}

${rule.description}

Default severity: ${rule.defaultSeverity}

${rule.rationale}

Sources:
${rule.sources.map((s) => `- ${s}`).join("\n")}

Docs: ${ruleDocUrl(rule.id)}
`;
}

// src/help.ts
var COMMAND_HELP = {
  diff: `Usage: graphguard diff BASE HEAD [options]

The access change between two manifests. BASE and HEAD are files or git REF:path
(e.g. origin/main:graphguard.yml).

Options:
  --format NAME          text | json | markdown (default: text)
  --output FILE          write to FILE instead of stdout
  --fail-on-new-access   exit 1 when HEAD grants access BASE did not
  -h, --help             this help
`,
  init: `Usage: graphguard init [options]

Write a starter manifest (graphguard.yml), or one read from the live business with --from-live.
Refuses when a manifest (graphguard.yml, graphguard.yaml, .graphguard.yml) is already there.

Options:
  --output FILE          where to write (default: graphguard.yml; - for stdout)
  --force                overwrite the existing manifest
  --from-live            read the business through the Graph API (GRAPHGUARD_GRAPH_TOKEN)
  --business ID          the business id for --from-live (default: GRAPHGUARD_BUSINESS_ID)
  --app ID               the app id for --from-live (default: GRAPHGUARD_APP_ID); with
                         GRAPHGUARD_APP_SECRET it also identifies the token's own system user
  --graph-api-version V  app.graphApiVersion to write (default: the latest known)
  --graph-url URL        Graph API base URL (default: GRAPHGUARD_GRAPH_URL or https://graph.facebook.com)
  --live-timeout SEC     time budget for live calls (default: 60)
  --today YYYY-MM-DD     the date written as lastRotated
  -h, --help             this help
`,
  rules: `Usage: graphguard rules [--format text|json]

List every rule: id, default severity, kind and description.

Options:
  --format NAME          text | json (default: text)
  -h, --help             this help
`,
  explain: `Usage: graphguard explain RULE

Print a rule's documentation: what it checks, why, its options and examples.
\`graphguard rules\` lists the rule ids.

Options:
  -h, --help             this help
`,
  schema: `Usage: graphguard schema

Print the manifest's JSON Schema (also in the package: schema/manifest.schema.json).

Options:
  -h, --help             this help
`
};
function wantsHelp(args) {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

// src/color.ts
function useColor(o2) {
  if (o2.flag === false || "NO_COLOR" in o2.env) return false;
  if (o2.flag === true) return true;
  const force = o2.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return o2.isTTY;
}

// src/cli.ts
var HELP = `graphguard ${VERSION} — policy linter for Meta Business Manager access

Usage:
  graphguard check [PATH...]     lint the manifest and scan PATHs (default: .)
  graphguard diff BASE HEAD      the access change between two manifests
  graphguard init [--from-live | --from-code]  write a starter manifest (--force, --business ID, --app ID: see init --help)
  graphguard infer [PATH...]     the Graph API calls in the code, per system user, and what they need
  graphguard baseline [PATH...]  write a baseline of the current findings
  graphguard rules               list the rules
  graphguard explain RULE        print a rule's documentation
  graphguard schema              print the manifest JSON Schema
  graphguard rotate USER         plan (--yes: perform) the rotation of USER's token; see docs/live.md
  graphguard COMMAND --help      a command's options

Options for check:
  --manifest FILE        manifest (default: graphguard.yml, graphguard.yaml, .graphguard.yml)
  --format NAME          ${FORMATS.join(" | ")} (default: stylish)
  --output FILE          write the report to FILE instead of stdout
  --fail-on LEVEL        error | warn | notice | never (default: error)
  --max-warnings N       also fail when there are more than N warnings
  --baseline FILE        hide findings recorded in FILE
  --changed-only REF     scan only files changed since the git ref REF
  --history[=RANGE]      also scan for secrets the blobs the commits of RANGE added (default: all
                         history; \`--history A..B\` works too): tokens removed since are still found
  --today YYYY-MM-DD     the date rotation and version rules measure against
  --no-color             no ANSI colours (also NO_COLOR; FORCE_COLOR forces them)
  --quiet                report errors only
  --debug                print pipeline steps, and stack traces of internal errors
  --progress             show the scan's progress line on stderr even when it is not a terminal
                         (--no-progress: never; default: on a terminal after a second, not in CI)
  --live                 verify the manifest against the business through the Graph API
  --graph-url URL        Graph API base URL (default: GRAPHGUARD_GRAPH_URL or https://graph.facebook.com)
  --live-timeout SEC     total time budget for live calls and retries (default: 60)

Live credentials come from the environment only: GRAPHGUARD_GRAPH_TOKEN, GRAPHGUARD_APP_SECRET.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config error or incomplete live check.
Docs: https://github.com/graphguard/graphguard#readme
`;
var CHECK_OPTIONS = {
  manifest: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  baseline: { type: "string" },
  "changed-only": { type: "string" },
  history: { type: "string" },
  today: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  debug: { type: "boolean" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
  live: { type: "boolean" },
  "graph-url": { type: "string" },
  "live-timeout": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var UsageError = class extends ConfigError {
};
var SUBCOMMAND_HELP = {
  diff: "Usage: graphguard diff BASE HEAD [--fail-on-new-access] [--format text|json|markdown] [--output FILE]\n\nThe access change between two manifests; exit 1 with --fail-on-new-access when it grants new access.\n",
  rules: "Usage: graphguard rules [--format text|json]\n\nLists the rules: id, kind, default severity, description.\n",
  explain: "Usage: graphguard explain RULE-ID\n\nPrints a rule's documentation.\n",
  schema: "Usage: graphguard schema\n\nPrints the manifest JSON Schema.\n"
};
var INIT_HELP = `Usage: graphguard init [--from-live | --from-code] [--output FILE] [--force]

Writes a starter manifest (graphguard.yml; --output - prints it).
  --from-live   from the live business (GRAPHGUARD_GRAPH_TOKEN, --business ID)
  --from-code   from the Graph API calls in the code: one system user per token env var it reads
`;
function parse(args, options, positionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    const first = e.message.split("\n")[0].replace(/\. To specify a positional.*$/, "");
    const unknown = /^Unknown option '(--?[^']+)'/.exec(first)?.[1];
    const names = Object.keys(options ?? {});
    const given = unknown?.startsWith("--") ? unknown.slice(2) : void 0;
    const near = given ? names.filter((n) => n.startsWith(given)).length === 1 ? names.find((n) => n.startsWith(given)) : suggest(given, names) : void 0;
    throw new UsageError(`${first}${near ? `; did you mean --${near}?` : ""}; see \`graphguard --help\``);
  }
}
function oneOf(name, value, allowed, dflt) {
  if (value === void 0) return dflt;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not "${value}"`);
}
function positiveInt(name, value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}
function dateOption(value) {
  if (value === void 0) return void 0;
  if (!isValidDate(value)) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${value}"`);
  return value;
}
function emit(io, text, output) {
  if (output) writeUserFile(io.cwd, output, io.sink.clean(text));
  else io.stdout(text);
}
function scanProgress(io, v) {
  const flag = v["no-progress"] ? false : v.progress;
  const wanted = progressWanted({ ...flag !== void 0 ? { flag } : {}, ...v.quiet ? { quiet: true } : {}, stderrIsTTY: io.stderrIsTTY === true, env: io.env });
  return wanted ? { progress: createProgress({ write: io.stderr }) } : void 0;
}
async function runCheck(args, io, mode) {
  const { values: v, positionals } = parse(historyArgs(args), CHECK_OPTIONS);
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = oneOf("format", v.format, FORMATS, "stylish");
  const failOn = oneOf("fail-on", v["fail-on"], ["error", "warn", "notice", "never"], "error");
  const maxWarnings = positiveInt("max-warnings", v["max-warnings"]);
  const liveTimeout = positiveInt("live-timeout", v["live-timeout"]);
  const today = dateOption(v.today) ?? todayUtc();
  if (!v.live && (v["graph-url"] || v["live-timeout"])) throw new UsageError("--graph-url and --live-timeout go with --live");
  const debug = v.debug ? (line) => io.stderr(`[debug] ${line}
`) : void 0;
  const opts = {
    cwd: io.cwd,
    paths: positionals.length ? positionals : ["."],
    today,
    env: io.env,
    ...v.manifest ? { manifest: v.manifest } : {},
    ...v.baseline && mode === "check" ? { baseline: v.baseline } : {},
    ...v["changed-only"] ? { changedOnly: v["changed-only"] } : {},
    ...v.history !== void 0 ? { history: v.history === "" ? {} : { range: v.history } } : {},
    ...debug ? { debug } : {},
    ...scanProgress(io, v) ?? {},
    onSecrets: (values) => io.sink.addSecrets(values),
    // Only stylish shows code frames; building them for another format is wasted work.
    frames: format === "stylish",
    ...io.rules ? { rules: io.rules } : {},
    live: v.live ? { ...v["graph-url"] ? { graphUrl: v["graph-url"] } : {}, ...liveTimeout !== void 0 ? { timeoutSeconds: liveTimeout } : {} } : false
  };
  const { report } = await check(opts);
  if (mode === "baseline") {
    const out = v.output ?? ".graphguard-baseline.json";
    emit(io, buildBaseline(report.findings), out);
    io.stderr(`graphguard: wrote ${report.findings.length} finding(s) to ${out}
`);
    return 0;
  }
  const shown = v.quiet ? { ...report, findings: report.findings.filter((f) => f.severity === "error") } : report;
  const color = format === "stylish" && !v.output && useColor({ flag: v["no-color"] ? false : v.color, env: io.env, isTTY: io.isTTY });
  const text = renderReport(format, shown, { rules, color }, io.sink);
  if (color) io.colorStdout(text);
  else emit(io, text, v.output);
  if (report.summary.live === "incomplete") io.stderr(`graphguard: live check incomplete: ${(report.unverified ?? []).join("; ")}
`);
  return exitCodeFor(report, failOn, maxWarnings);
}
function diffExample(given) {
  if (given.includes(":")) return `${given} ${given.slice(given.indexOf(":") + 1) || "graphguard.yml"}`;
  if (/\.ya?ml$/.test(given)) return `main:${given} ${given}`;
  return `${given}:graphguard.yml graphguard.yml`;
}
async function runDiff(args, io) {
  const { values, positionals } = parse(args, {
    "fail-on-new-access": { type: "boolean" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" }
  });
  if (positionals.length !== 2)
    throw new UsageError(
      positionals.length === 1 ? `diff needs two manifests, BASE and HEAD (files or git REF:path), e.g. \`graphguard diff ${diffExample(positionals[0])}\`` : "usage: graphguard diff BASE HEAD [--fail-on-new-access]; BASE and HEAD are files or git REF:path"
    );
  const format = oneOf("format", values.format, ["text", "json", "markdown"], "text");
  const { runDiffCommand } = await import("./diff-command-NKHM54FA.js");
  const { text, newAccess } = runDiffCommand(io.cwd, positionals[0], positionals[1], format);
  emit(io, text, values.output);
  return values["fail-on-new-access"] && newAccess > 0 ? 1 : 0;
}
async function runInit(args, io) {
  const { values } = parse(
    args,
    {
      "from-live": { type: "boolean" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      business: { type: "string" },
      app: { type: "string" },
      "graph-api-version": { type: "string" },
      "graph-url": { type: "string" },
      "live-timeout": { type: "string" },
      today: { type: "string" },
      "from-code": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (values["from-code"] && values["from-live"]) throw new UsageError("--from-code and --from-live cannot be combined");
  const existing = values.output === void 0 ? MANIFEST_NAMES.find((n) => existsSync3(path5.join(io.cwd, n))) : void 0;
  const out = values.output ?? existing ?? "graphguard.yml";
  const abs = path5.resolve(io.cwd, out);
  if (out !== "-" && existsNoFollow(abs) && !values.force) throw new UsageError(`${out} exists; pass --force to overwrite it`);
  let text = STARTER_MANIFEST;
  if (values["from-live"]) {
    const { initFromLive } = await import("./init-7BAKYILP.js");
    text = await initFromLive({
      env: io.env,
      businessId: values.business ?? io.env.GRAPHGUARD_BUSINESS_ID,
      appId: values.app ?? io.env.GRAPHGUARD_APP_ID,
      graphApiVersion: values["graph-api-version"],
      graphUrl: values["graph-url"] ?? io.env.GRAPHGUARD_GRAPH_URL ?? "https://graph.facebook.com",
      timeoutSeconds: positiveInt("live-timeout", values["live-timeout"]) ?? 60,
      today: dateOption(values.today) ?? todayUtc()
    });
  }
  if (values["from-code"]) {
    const { initFromCode } = await import("./infer-command-75H7ZXDJ.js");
    text = await initFromCode(io.cwd);
  }
  if (out === "-") io.stdout(text);
  else {
    emit(io, text, out);
    const next = values["from-live"] ? "review the TODO comments" : values["from-code"] ? "replace the business, app and asset ids with yours" : "replace the example ids, users and assets with yours";
    io.stderr(`graphguard: wrote ${out}; ${next}, then run \`graphguard check\`
`);
  }
  return 0;
}
async function main(argv, rawIO) {
  const debug = argv.includes("--debug");
  const io = safeIO(rawIO);
  try {
    const [cmd, ...rest] = argv;
    const usage = cmd !== void 0 ? SUBCOMMAND_HELP[cmd] ?? COMMAND_HELP[cmd] : void 0;
    if (usage && wantsHelp(rest)) {
      io.stdout(usage);
      return 0;
    }
    switch (cmd) {
      case void 0:
        return await runCheck([], io, "check");
      case "--version":
      case "-v":
        io.stdout(`${VERSION}
`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout(HELP);
        return 0;
      case "check":
        return await runCheck(rest, io, "check");
      case "baseline":
        return await runCheck(rest, io, "baseline");
      case "diff":
        return await runDiff(rest, io);
      case "init":
        return await runInit(rest, io);
      case "infer": {
        const { runInfer } = await import("./infer-command-75H7ZXDJ.js");
        return await runInfer(rest, io);
      }
      case "rotate": {
        const { runRotate } = await import("./rotate-B5RHOY3N.js");
        return await runRotate(rest, { ...io, rawStdout: rawIO.stdout });
      }
      case "rules": {
        const { values } = parse(rest, { format: { type: "string", short: "f" } }, false);
        io.stdout(listRules(rules, oneOf("format", values.format, ["text", "json"], "text")));
        return 0;
      }
      case "explain": {
        const { positionals } = parse(rest, {});
        if (positionals.length !== 1) throw new UsageError("usage: graphguard explain RULE-ID");
        io.stdout(explainRule(rules, positionals[0]));
        return 0;
      }
      case "schema":
        parse(rest, {}, false);
        io.stdout(`${JSON.stringify(manifest_schema_default, null, 2)}
`);
        return 0;
      default:
        if (cmd.startsWith("-") || existsSync3(path5.resolve(io.cwd, cmd))) return await runCheck(argv, io, "check");
        throw new UsageError(`unknown command "${cmd}"; see \`graphguard --help\``);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`graphguard: ${e.format()}
`);
      if (debug && e.stack) io.stderr(`${e.stack}
`);
      return 2;
    }
    io.stderr(`graphguard: internal error: ${e.message?.split("\n")[0] ?? String(e)}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug) io.stderr(`${e.stack ?? ""}
`);
    return 2;
  }
}
function historyArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      out.push(...args.slice(i));
      break;
    }
    if (a !== "--history") {
      out.push(a);
      continue;
    }
    const next = args[i + 1];
    if (next !== void 0 && !next.startsWith("-") && next.includes("..")) {
      out.push(`--history=${next}`);
      i++;
    } else out.push("--history=");
  }
  return out;
}

// src/cli-main.ts
async function run(argv) {
  const out = processWriters(process);
  const code = await main(argv, { cwd: process.cwd(), env: process.env, ...out, isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
  if (process.exitCode !== 2) process.exitCode = code;
}
export {
  run
};
