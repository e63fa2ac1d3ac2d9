import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  resolveAsset
} from "./chunk-RUQ5QMD6.js";
import {
  endpoints_default,
  expandTasks
} from "./chunk-ZGIPCFWT.js";

// src/scan/references.ts
var Q = `(["'\`])`;
var FORMS = [
  { form: "process.env", before: /\bprocess\.env\??\.$/ },
  { form: "process.env", before: new RegExp(`\\bprocess\\.env\\??\\.?\\[\\s*${Q}$`), quoted: true },
  { form: "import.meta.env", before: /\bimport\.meta\.env\??\.$/ },
  { form: "deno-env", before: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}$`), quoted: true },
  { form: "bun-env", before: /\bBun\.env\??\.$/ },
  { form: "python-environ", before: new RegExp(`\\benviron(?:\\.get|\\.setdefault|\\.pop)?\\s*[[(]\\s*${Q}$`), quoted: true },
  { form: "go-getenv", before: /\bos\.(?:Getenv|LookupEnv)\(\s*(")$/, quoted: true },
  { form: "java-getenv", before: /\bSystem\.getenv\(\s*(")$/, quoted: true },
  { form: "dotnet-getenv", before: /\bEnvironment\.GetEnvironmentVariable\(\s*(")$/, quoted: true },
  { form: "rust-env", before: /\benv::var(?:_os)?\(\s*(")$/, quoted: true },
  { form: "getenv", before: new RegExp(`\\bgetenv\\(\\s*${Q}$`), quoted: true },
  { form: "ruby-env", before: new RegExp(`\\bENV(?:\\.fetch\\(|\\[)\\s*${Q}$`), quoted: true },
  { form: "php-env", before: new RegExp(`\\$_(?:ENV|SERVER)\\[\\s*${Q}$`), quoted: true },
  { form: "env-helper", before: new RegExp(`(?<![\\w.$])env\\(\\s*${Q}$`), quoted: true },
  { form: "actions-secrets", before: /\bsecrets\.$/ },
  { form: "actions-secrets", before: new RegExp(`\\bsecrets\\[\\s*${Q}$`), quoted: true },
  { form: "actions-env", before: /(?<![\w.$])env\.$/ },
  { form: "powershell", before: /\$env:$/i },
  { form: "shell", before: /(?<!\$)\$\{$/, after: /^(?:[}:#%/^,@]|-|\+|\?|=)/ },
  { form: "shell", before: /(?<![$\\])\$$/ },
  { form: "cmd", before: /(?<![%\w])%$/, after: /^%/ }
];
var NAME_CHAR = /[A-Za-z0-9_]/;
var ENV_PARENT_KEY = /^\s*(?:-\s+)?["']?(env|environment|secrets|variables|vars|envs|extraEnv|extra_env)["']?\s*:\s*(?:#.*)?$/;
function findSecretReferences(text, names) {
  const wanted = [...new Set(names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)))];
  if (wanted.length === 0) return [];
  wanted.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${wanted.join("|")})(?![A-Za-z0-9_])`, "g");
  const out = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const name = m[0];
    const end = start + name.length;
    const form = classify(text, start, end);
    if (form) out.push({ name, start, end, form });
  }
  return out;
}
function referenceNeedles(names) {
  return [...new Set(names)].map((text) => ({ text }));
}
function classify(text, start, end) {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 8);
  for (const f of FORMS) {
    const b = f.before.exec(before);
    if (!b) continue;
    if (f.quoted && !after.startsWith(b[1] ?? "")) continue;
    if (f.after && !f.after.test(after)) continue;
    return f.form;
  }
  return classifyLine(text, start, end);
}
function classifyLine(text, start, end) {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const prefix = text.slice(ls, start);
  const rest = text.slice(end, end + 4);
  const dash = /^\s*-\s/.test(prefix);
  if (/^\s*(?:-\s+)?["']?$/.test(prefix) && /^["']?\s*:(?:\s|$)/.test(rest)) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? "yaml-env-key" : void 0;
  }
  if (/^\s*-\s+["']?$/.test(prefix) && rest.startsWith("=")) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), true) ? "yaml-env-key" : void 0;
  }
  if (/^\s*(?:-\s+)?name\s*:\s*["']?$/.test(prefix) && !NAME_CHAR.test(rest[0] ?? "")) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? "yaml-env-name" : void 0;
  }
  if (/^\s*(?:export\s+|ENV\s+|ARG\s+)?$/.test(prefix) && rest.startsWith("=")) return "dotenv-assignment";
  return void 0;
}
function yamlParentIsEnv(text, lineStart, indent, dash) {
  let end = lineStart - 1;
  for (let n = 0; n < 500 && end > 0; n++) {
    const s = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(s, end);
    end = s - 1;
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const ind = indentOf(line);
    const isDash = /^\s*-(?:\s|$)/.test(line);
    if (dash) {
      if (ind > indent || ind === indent && isDash) continue;
      return ENV_PARENT_KEY.test(line);
    }
    if (ind >= indent) continue;
    if (isDash) {
      indent = ind;
      dash = true;
      continue;
    }
    return ENV_PARENT_KEY.test(line);
  }
  return false;
}
function indentOf(s) {
  const m = /^[ \t]*/.exec(s);
  return m ? m[0].length : 0;
}

// src/glob.ts
var globStats = { steps: 0 };
var LIT = 0;
var ONE = 1;
var STAR = 2;
var CLASS = 3;
var ANY = 4;
var EPS = 5;
var SLASH = 47;
function consumes(it, c) {
  switch (it.kind) {
    case LIT:
      return it.code === c;
    case ONE:
    case STAR:
      return c !== SLASH;
    case ANY:
      return true;
    case EPS:
      return false;
    default: {
      if (c === SLASH) return false;
      const r = it.ranges;
      let inside = false;
      for (let k = 0; k < r.length; k += 2) {
        if (c >= r[k] && c <= r[k + 1]) {
          inside = true;
          break;
        }
      }
      return inside !== it.negate;
    }
  }
}
function close(nfa, set) {
  const { items, skip } = nfa;
  const m = items.length;
  for (let i = 0; i < m; i++) {
    if (set[i] !== 1) continue;
    const k = items[i].kind;
    if (k === STAR || k === ANY || k === EPS) set[i + 1] = 1;
    const j = skip[i];
    if (j > 0) set[j] = 1;
  }
  globStats.steps += m + 1;
}
function runNfa(nfa, text, prefixes = false) {
  const m = nfa.items.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  cur[0] = 1;
  close(nfa, cur);
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (prefixes && c === SLASH && cur[m] === 1) return true;
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (cur[i] !== 1) continue;
      const it = nfa.items[i];
      if (!consumes(it, c)) continue;
      alive = true;
      if (it.kind === STAR || it.kind === ANY) next[i] = 1;
      else next[i + 1] = 1;
    }
    globStats.steps += m + 1;
    if (!alive) return false;
    close(nfa, next);
    const t = cur;
    cur = next;
    next = t;
  }
  return cur[m] === 1;
}
function compileGlob(glob, gitignore = false) {
  const items = [];
  const skips = [];
  const segs = glob.split("/");
  let needSlash = false;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const last = s === segs.length - 1;
    if (seg === "**") {
      if (!last && segs[s + 1] === "**") continue;
      const from = items.length;
      if (last) {
        if (needSlash && gitignore) {
          items.push({ kind: LIT, code: SLASH }, { kind: ONE, code: 0 }, { kind: ANY, code: 0 });
        } else if (needSlash) {
          items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
          skips.push([from, items.length]);
        } else {
          items.push({ kind: ANY, code: 0 });
        }
      } else if (needSlash) {
        items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
        skips.push([from, items.length]);
        items.push({ kind: LIT, code: SLASH });
      } else {
        items.push({ kind: EPS, code: 0 }, { kind: ANY, code: 0 }, { kind: LIT, code: SLASH });
        skips.push([from, items.length]);
      }
      needSlash = false;
      continue;
    }
    if (needSlash) items.push({ kind: LIT, code: SLASH });
    segmentItems(seg, items);
    needSlash = true;
  }
  const skip = new Int32Array(items.length + 1);
  for (const [a, b] of skips) skip[a] = b;
  return { items, skip };
}
function segmentItems(seg, items) {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "\\" && i + 1 < seg.length) {
      items.push({ kind: LIT, code: seg.charCodeAt(++i) });
    } else if (c === "*") {
      while (seg[i + 1] === "*") i++;
      if (items.length > 0 && items[items.length - 1].kind === STAR) continue;
      items.push({ kind: STAR, code: 0 });
    } else if (c === "?") {
      items.push({ kind: ONE, code: 0 });
    } else if (c === "[") {
      const cls = parseClass(seg, i);
      if (!cls) {
        items.push({ kind: LIT, code: 91 });
        continue;
      }
      items.push({ kind: CLASS, code: 0, ranges: cls.ranges, negate: cls.negate });
      i = cls.end;
    } else {
      items.push({ kind: LIT, code: seg.charCodeAt(i) });
    }
  }
}
function parseClass(seg, open) {
  let i = open + 1;
  let negate = false;
  if (seg[i] === "!" || seg[i] === "^") {
    negate = true;
    i++;
  }
  const ranges = [];
  let first = true;
  for (; i < seg.length; i++) {
    let c = seg[i];
    if (c === "]" && !first) return { ranges, negate, end: i };
    first = false;
    if (c === "\\" && i + 1 < seg.length) c = seg[++i];
    let lo = c.charCodeAt(0);
    let hi = lo;
    if (seg[i + 1] === "-" && i + 2 < seg.length && seg[i + 2] !== "]") {
      let h = seg[i + 2];
      i += 2;
      if (h === "\\" && i + 1 < seg.length) h = seg[++i];
      hi = h.charCodeAt(0);
      if (hi < lo) [lo, hi] = [hi, lo];
    }
    ranges.push(lo, hi);
  }
  return void 0;
}
var MAX_BRACE_EXPANSIONS = 256;
function compileGlobs(patterns) {
  const compiled = patterns.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => {
    const negate = p.startsWith("!");
    const body = (negate ? p.slice(1) : p).replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
    return { negate, alternatives: expandBraces(body).map((g) => compileGlob(g)) };
  });
  if (compiled.length === 0) return () => false;
  return (rel) => {
    let matched = false;
    for (const c of compiled) {
      if (matched !== c.negate) continue;
      if (c.alternatives.some((nfa) => runNfa(nfa, rel, true))) matched = !c.negate;
    }
    return matched;
  };
}
function expandBraces(glob) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const options = splitTopLevel(glob.slice(open + 1, i));
        if (options.length < 2) continue;
        const head = glob.slice(0, open);
        const tails = expandBraces(glob.slice(i + 1));
        const out = [];
        for (const o of options) {
          for (const x of expandBraces(o)) {
            for (const t of tails) {
              out.push(head + x + t);
              if (out.length >= MAX_BRACE_EXPANSIONS) return out;
            }
          }
        }
        return out;
      }
    }
  }
  return [glob];
}
function splitTopLevel(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      cur += c + (s[i + 1] ?? "");
      i++;
    } else if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else {
      if (c === "{") depth++;
      if (c === "}") depth--;
      cur += c;
    }
  }
  out.push(cur);
  return out;
}
function parseIgnoreLine(raw2) {
  let line = raw2;
  if (line === "" || line.startsWith("#")) return void 0;
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  if (end < line.length && end > 0 && line[end - 1] === "\\") end++;
  line = line.slice(0, end);
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith("/")) {
    dirOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  line = line.replace(/^\/+/, "");
  return { nfa: compileGlob(line, true), negate, dirOnly, basename: !anchored };
}
var GitignoreMatcher = class {
  byDir = /* @__PURE__ */ new Map();
  dirCache = /* @__PURE__ */ new Map();
  /** Adds the content of the `.gitignore` in `dir` (relative, `/` separators, '' or '.' for the root). */
  add(dir, content) {
    const key = dir === "." ? "" : dir.replace(/\/+$/, "");
    const rules = this.byDir.get(key) ?? [];
    for (const raw2 of content.split(/\r?\n/)) {
      const rule = parseIgnoreLine(raw2);
      if (rule) rules.push(rule);
    }
    this.byDir.set(key, rules);
    this.dirCache.clear();
  }
  /** Whether `rel` (relative to the root, `/` separators) is ignored, its parent directories included. */
  ignores(rel, isDir) {
    let slash = rel.indexOf("/");
    while (slash !== -1) {
      const dir = rel.slice(0, slash);
      let ignored = this.dirCache.get(dir);
      if (ignored === void 0) {
        ignored = this.decide(dir, true);
        this.dirCache.set(dir, ignored);
      }
      if (ignored) return true;
      slash = rel.indexOf("/", slash + 1);
    }
    return this.decide(rel, isDir);
  }
  decide(rel, isDir) {
    let ignored = false;
    const base = rel.slice(rel.lastIndexOf("/") + 1);
    let from = 0;
    for (; ; ) {
      const dir = from === 0 ? "" : rel.slice(0, from - 1);
      const rules = this.byDir.get(dir);
      if (rules) {
        const sub = rel.slice(from);
        for (const r of rules) {
          if (r.dirOnly && !isDir) continue;
          if (ignored !== r.negate) continue;
          if (runNfa(r.nfa, r.basename ? base : sub)) ignored = !r.negate;
        }
      }
      const slash = rel.indexOf("/", from);
      if (slash === -1) break;
      from = slash + 1;
    }
    return ignored;
  }
};

// src/scan/code-model.ts
import { createHash } from "node:crypto";
var cache = /* @__PURE__ */ new WeakMap();
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function codeModel(manifest) {
  let m = cache.get(manifest);
  if (m) return m;
  const owners = [];
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    if (typeof name !== "string" || !NAME.test(name)) continue;
    owners.push({ name, user: u.name, role: u.role, ...u.environment ? { environment: u.environment } : {} });
  }
  const adminPaths = manifest.scan?.adminPaths ?? [];
  const matcher = adminPaths.length > 0 ? compileGlobs(adminPaths) : () => false;
  const byName = /* @__PURE__ */ new Map();
  for (const o of owners) if (!byName.has(o.name)) byName.set(o.name, o);
  m = {
    owners,
    admin: owners.filter((o) => o.role === "admin"),
    test: owners.filter((o) => o.role !== "admin" && o.environment === "test"),
    production: owners.filter((o) => o.role !== "admin" && o.environment === "production"),
    byName,
    isAdminPath: matcher,
    adminPaths
  };
  cache.set(manifest, m);
  return m;
}
var PROSE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt)$/i;
function isProseFile(rel) {
  return PROSE.test(rel);
}
var PROD_WORDS = /* @__PURE__ */ new Set(["production", "prod", "prd"]);
var TEST_WORDS = /* @__PURE__ */ new Set(["test", "testing", "sandbox"]);
function environmentOfName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((w) => PROD_WORDS.has(w))) return "production";
  if (words.some((w) => TEST_WORDS.has(w))) return "test";
  return void 0;
}
var ANCHOR_WINDOW = 120;
function lineAnchor(text, start, end, extra = "") {
  const ls = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - ANCHOR_WINDOW);
  let le = text.indexOf("\n", end);
  if (le === -1) le = text.length;
  le = Math.min(le, end + ANCHOR_WINDOW);
  return createHash("sha256").update(`${extra}\0${text.slice(ls, le).trim()}`).digest("hex").slice(0, 32);
}

// data/sdk-methods.json
var sdk_methods_default = {
  $comment: "Generated by `npm run gen` (scripts/gen-sdk-methods.ts) from the official Node.js business SDK. For each generated class: the HTTP methods its node supports (get/update/delete) and, per edge method, the HTTP method and edge path the SDK calls. The Python, PHP and Java business SDKs are generated from the same API specs (facebook/facebook-business-sdk-codegen) with the same class and method names (Python in snake_case). Do not edit.",
  source: "facebook-nodejs-business-sdk@24.0.1 src/objects/*.js (https://github.com/facebook/facebook-nodejs-business-sdk)",
  classes: {
    AdAccountAgencyFeeConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdAccountCreationRequest: {
      node: [
        "GET"
      ],
      edges: {
        getAdAccounts: "GET /adaccounts"
      }
    },
    AdAccountUserSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdAccount: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAccountControl: "POST /account_controls",
        createAd: "POST /ads",
        createAdCreative: "POST /adcreatives",
        createAdImage: "POST /adimages",
        createAdLabel: "POST /adlabels",
        createAdPlacePageSet: "POST /ad_place_page_sets",
        createAdPlacePageSetsAsync: "POST /ad_place_page_sets_async",
        createAdPlayable: "POST /adplayables",
        createAdRulesLibrary: "POST /adrules_library",
        createAdSet: "POST /adsets",
        createAdVideo: "POST /advideos",
        createAdsPixel: "POST /adspixels",
        createAgency: "POST /agencies",
        createAssignedUser: "POST /assigned_users",
        createAsyncAdCreative: "POST /asyncadcreatives",
        createAsyncAdRequestSet: "POST /asyncadrequestsets",
        createAsyncBatchRequest: "POST /async_batch_requests",
        createBlockListDraft: "POST /block_list_drafts",
        createBrandSafetyContentFilterLevel: "POST /brand_safety_content_filter_levels",
        createCampaign: "POST /campaigns",
        createCustomAudience: "POST /customaudiences",
        createCustomAudiencesTo: "POST /customaudiencestos",
        createCustomConversion: "POST /customconversions",
        createMessage: "POST /messages",
        createMessageCampaign: "POST /message_campaign",
        createProductAudience: "POST /product_audiences",
        createPublisherBlockList: "POST /publisher_block_lists",
        createReachFrequencyPrediction: "POST /reachfrequencypredictions",
        createRecommendation: "POST /recommendations",
        createSubscribedApp: "POST /subscribed_apps",
        createTracking: "POST /tracking",
        createValueRuleSet: "POST /value_rule_set",
        createVideoAd: "POST /video_ads",
        deleteAdImages: "DELETE /adimages",
        deleteAdVideos: "DELETE /advideos",
        deleteAgencies: "DELETE /agencies",
        deleteAssignedUsers: "DELETE /assigned_users",
        deleteCampaigns: "DELETE /campaigns",
        deleteSubscribedApps: "DELETE /subscribed_apps",
        deleteUsersOfAnyAudience: "DELETE /usersofanyaudience",
        getAccountControls: "GET /account_controls",
        getActivities: "GET /activities",
        getAdCloudPlayables: "GET /adcloudplayables",
        getAdCreatives: "GET /adcreatives",
        getAdCreativesByLabels: "GET /adcreativesbylabels",
        getAdImages: "GET /adimages",
        getAdLabels: "GET /adlabels",
        getAdPlacePageSets: "GET /ad_place_page_sets",
        getAdPlayables: "GET /adplayables",
        getAdRulesHistory: "GET /adrules_history",
        getAdRulesLibrary: "GET /adrules_library",
        getAdSavedKeywords: "GET /ad_saved_keywords",
        getAdSets: "GET /adsets",
        getAdSetsByLabels: "GET /adsetsbylabels",
        getAdStudies: "GET /ad_studies",
        getAdVideos: "GET /advideos",
        getAds: "GET /ads",
        getAdsByLabels: "GET /adsbylabels",
        getAdsPixels: "GET /adspixels",
        getAdsReportingMmmReports: "GET /ads_reporting_mmm_reports",
        getAdsReportingMmmSchedulers: "GET /ads_reporting_mmm_schedulers",
        getAdsVolume: "GET /ads_volume",
        getAdvertisableApplications: "GET /advertisable_applications",
        getAffectedAdSets: "GET /affectedadsets",
        getAgencies: "GET /agencies",
        getApplications: "GET /applications",
        getAssignedUsers: "GET /assigned_users",
        getAsyncAdCreatives: "GET /asyncadcreatives",
        getAsyncAdRequestSets: "GET /asyncadrequestsets",
        getAsyncRequests: "GET /async_requests",
        getAudienceFunnel: "GET /audience_funnel",
        getBroadTargetingCategories: "GET /broadtargetingcategories",
        getBusinessProjects: "GET /businessprojects",
        getCampaigns: "GET /campaigns",
        getCampaignsByLabels: "GET /campaignsbylabels",
        getConnectedInstagramAccounts: "GET /connected_instagram_accounts",
        getConnectedInstagramAccountsWithIabp: "GET /connected_instagram_accounts_with_iabp",
        getConversionGoals: "GET /conversion_goals",
        getCustomAudiences: "GET /customaudiences",
        getCustomAudiencesTos: "GET /customaudiencestos",
        getCustomConversions: "GET /customconversions",
        getDeliveryEstimate: "GET /delivery_estimate",
        getDeprecatedTargetingAdSets: "GET /deprecatedtargetingadsets",
        getDsaRecommendations: "GET /dsa_recommendations",
        getGeneratePreviews: "GET /generatepreviews",
        getImpactingAdStudies: "GET /impacting_ad_studies",
        getInsights: "GET /insights",
        getInsightsAsync: "POST /insights",
        getInstagramAccounts: "GET /instagram_accounts",
        getIosFourteenCampaignLimits: "GET /ios_fourteen_campaign_limits",
        getMatchedSearchApplications: "GET /matched_search_applications",
        getMaxBid: "GET /max_bid",
        getMcmeConversions: "GET /mcmeconversions",
        getMessageDeliveryEstimate: "GET /message_delivery_estimate",
        getMinimumBudgets: "GET /minimum_budgets",
        getOnBehalfRequests: "GET /onbehalf_requests",
        getPromotePages: "GET /promote_pages",
        getPublisherBlockLists: "GET /publisher_block_lists",
        getReachEstimate: "GET /reachestimate",
        getReachFrequencyPredictions: "GET /reachfrequencypredictions",
        getRecommendations: "GET /recommendations",
        getSavedAudiences: "GET /saved_audiences",
        getSubscribedApps: "GET /subscribed_apps",
        getTargetingBrowse: "GET /targetingbrowse",
        getTargetingSearch: "GET /targetingsearch",
        getTargetingSentenceLines: "GET /targetingsentencelines",
        getTargetingSuggestions: "GET /targetingsuggestions",
        getTargetingValidATIOn: "GET /targetingvalidation",
        getTracking: "GET /tracking",
        getUsers: "GET /users",
        getValueRuleSet: "GET /value_rule_set",
        getVideoAds: "GET /video_ads"
      }
    },
    AdAsyncRequestSet: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getRequests: "GET /requests"
      }
    },
    AdAsyncRequest: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {}
    },
    AdColumnSizes: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdCreationPackageConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdCreative: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAdLabel: "POST /adlabels",
        getCreativeInsights: "GET /creative_insights",
        getPreviews: "GET /previews"
      }
    },
    AdCustomDerivedMetrics: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdDraft: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdExportPreset: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdImage: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdLabel: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getAdCreatives: "GET /adcreatives",
        getAdSets: "GET /adsets",
        getAds: "GET /ads",
        getCampaigns: "GET /campaigns"
      }
    },
    AdLightAdgroup: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdLightCampaignGroup: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdLightCampaign: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdMonetizationProperty: {
      node: [
        "GET"
      ],
      edges: {
        createAdNetworkAnalytic: "POST /adnetworkanalytics",
        getAdNetworkAnalytics: "GET /adnetworkanalytics",
        getAdNetworkAnalyticsResults: "GET /adnetworkanalytics_results"
      }
    },
    AdPlacePageSet: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdPlacement: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdProposal: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdReportRun: {
      node: [
        "GET"
      ],
      edges: {
        getInsights: "GET /insights"
      }
    },
    AdRuleEvaluationSpec: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdRuleExecutionSpec: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdRule: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createExecute: "POST /execute",
        createPreview: "POST /preview",
        getHistory: "GET /history"
      }
    },
    AdSavedKeywords: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdSavedLocation: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdSavedReport: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdSet: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAdLabel: "POST /adlabels",
        createBudgetSchedule: "POST /budget_schedules",
        createCopy: "POST /copies",
        deleteAdLabels: "DELETE /adlabels",
        getActivities: "GET /activities",
        getAdCreatives: "GET /adcreatives",
        getAdRulesGoverned: "GET /adrules_governed",
        getAdStudies: "GET /ad_studies",
        getAds: "GET /ads",
        getAsyncAdRequests: "GET /asyncadrequests",
        getBudgetSchedules: "GET /budget_schedules",
        getCopies: "GET /copies",
        getDeliveryEstimate: "GET /delivery_estimate",
        getInsights: "GET /insights",
        getInsightsAsync: "POST /insights",
        getMessageDeliveryEstimate: "GET /message_delivery_estimate",
        getTargetingSentenceLines: "GET /targetingsentencelines"
      }
    },
    AdStudyCell: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getAdAccounts: "GET /adaccounts",
        getAdSets: "GET /adsets",
        getCampaigns: "GET /campaigns"
      }
    },
    AdStudyObjective: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getAdsPixels: "GET /adspixels",
        getApplications: "GET /applications",
        getBrandRequests: "GET /brand_requests",
        getCustomConversions: "GET /customconversions",
        getOfflineConversionDataSets: "GET /offline_conversion_data_sets",
        getPartnerPrivateStudies: "GET /partner_private_studies",
        getPartnerStudies: "GET /partnerstudies"
      }
    },
    AdStudy: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createCheckPoint: "POST /checkpoint",
        createInstance: "POST /instances",
        getCells: "GET /cells",
        getInstances: "GET /instances",
        getObjectives: "GET /objectives"
      }
    },
    AdToplineDetail: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdTopline: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Ad: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAdLabel: "POST /adlabels",
        createCopy: "POST /copies",
        getAdCreatives: "GET /adcreatives",
        getAdRulesGoverned: "GET /adrules_governed",
        getCopies: "GET /copies",
        getInsights: "GET /insights",
        getInsightsAsync: "POST /insights",
        getLeads: "GET /leads",
        getPreviews: "GET /previews",
        getTargetingSentenceLines: "GET /targetingsentencelines"
      }
    },
    AdgroupFacebookFeedback: {
      node: [],
      edges: {
        getComments: "GET /comments"
      }
    },
    AdsConversionGoal: {
      node: [
        "GET"
      ],
      edges: {
        getConversionEvents: "GET /conversion_events"
      }
    },
    AdsCreationSavedState: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsMcmeConversion: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsNamingTemplate: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsPivotRules: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsPixelCapabilityOverride: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsPixel: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAgency: "POST /agencies",
        createAhpConfig: "POST /ahp_configs",
        createAssignedUser: "POST /assigned_users",
        createEvent: "POST /events",
        createShadowTrafficHelper: "POST /shadowtraffichelper",
        createSharedAccount: "POST /shared_accounts",
        deleteAgencies: "DELETE /agencies",
        deleteSharedAccounts: "DELETE /shared_accounts",
        getAdAccounts: "GET /adaccounts",
        getAgencies: "GET /agencies",
        getAssignedUsers: "GET /assigned_users",
        getDaChecks: "GET /da_checks",
        getOfflineEventUploads: "GET /offline_event_uploads",
        getOpenBridgeConfigurations: "GET /openbridge_configurations",
        getSharedAccounts: "GET /shared_accounts",
        getSharedAgencies: "GET /shared_agencies",
        getStats: "GET /stats"
      }
    },
    AdsQuickViews: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsReportBuilderExportCore: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsReportBuilderMMMReportScheduler: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsReportBuilderMMMReport: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsReportBuilderSavedReport: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsStartYourDayWidget: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsUserSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AdsValueAdjustmentRuleCollection: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createDeleteRuleSet: "POST /delete_rule_set",
        getRules: "GET /rules"
      }
    },
    AdvAInstance: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Album: {
      node: [
        "GET"
      ],
      edges: {
        createComment: "POST /comments",
        createLike: "POST /likes",
        createPhoto: "POST /photos",
        getComments: "GET /comments",
        getLikes: "GET /likes",
        getPhotos: "GET /photos",
        getPicture: "GET /picture"
      }
    },
    ALMAdAccountInfo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ALMEndAdvertiserInfo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ALMEvent: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AnalyticsSegment: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AnalyticsUserConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AppEventConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AppLinks: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AppRequest: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {}
    },
    Application: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAccount: "POST /accounts",
        createActivity: "POST /activities",
        createAdNetworkAnalytic: "POST /adnetworkanalytics",
        createAemConversion: "POST /aem_conversions",
        createAemSkanReadiness: "POST /aem_skan_readiness",
        createAggregateRevenue: "POST /aggregate_revenue",
        createAppIndexing: "POST /app_indexing",
        createAppIndexingSession: "POST /app_indexing_session",
        createAppPushDeviceToken: "POST /app_push_device_token",
        createAsset: "POST /assets",
        createCodelessEventMapping: "POST /codeless_event_mappings",
        createDomainReport: "POST /domain_reports",
        createMmpAuditing: "POST /mmp_auditing",
        createMonetizedDigitalStoreObject: "POST /monetized_digital_store_objects",
        createOccludesPopup: "POST /occludespopups",
        createSubscription: "POST /subscriptions",
        createUpload: "POST /uploads",
        createWhatsAppBusinessSolution: "POST /whatsapp_business_solution",
        deleteAccounts: "DELETE /accounts",
        deleteSubscriptions: "DELETE /subscriptions",
        getAccounts: "GET /accounts",
        getAdNetworkAnalytics: "GET /adnetworkanalytics",
        getAdNetworkAnalyticsResults: "GET /adnetworkanalytics_results",
        getAdNetworkPlacements: "GET /adnetwork_placements",
        getAdPlacementGroups: "GET /ad_placement_groups",
        getAemAttribution: "GET /aem_attribution",
        getAemConversionConfigs: "GET /aem_conversion_configs",
        getAemConversionFilter: "GET /aem_conversion_filter",
        getAgencies: "GET /agencies",
        getAndroidDialogConfigs: "GET /android_dialog_configs",
        getAppAssets: "GET /appassets",
        getAppCapiSettings: "GET /app_capi_settings",
        getAppEventTypes: "GET /app_event_types",
        getAppInstalledGroups: "GET /app_installed_groups",
        getAuthorizedAdAccounts: "GET /authorized_adaccounts",
        getButtonAutoDetectionDeviceSelection: "GET /button_auto_detection_device_selection",
        getCloudbridgeSettings: "GET /cloudbridge_settings",
        getConnectedClientBusinesses: "GET /connected_client_businesses",
        getDaChecks: "GET /da_checks",
        getIapPurchases: "GET /iap_purchases",
        getIosDialogConfigs: "GET /ios_dialog_configs",
        getLinkedDataset: "GET /linked_dataset",
        getMobileSdkGk: "GET /mobile_sdk_gk",
        getMonetizedDigitalStoreObjects: "GET /monetized_digital_store_objects",
        getObjectTypes: "GET /object_types",
        getObjects: "GET /objects",
        getPermissions: "GET /permissions",
        getProducts: "GET /products",
        getPurchases: "GET /purchases",
        getRoles: "GET /roles",
        getServerDomainInfos: "GET /server_domain_infos",
        getSgwDatasetStatus: "GET /sgw_dataset_status",
        getSgwInstallDeferralLink: "GET /sgw_install_deferral_link",
        getSubscribedDomains: "GET /subscribed_domains",
        getSubscribedDomainsPhishing: "GET /subscribed_domains_phishing",
        getSubscriptions: "GET /subscriptions",
        getWhatsAppBusinessSolutions: "GET /whatsapp_business_solutions"
      }
    },
    ArAdsDataContainer: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AREffect: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AsyncSession: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AudioAsset: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AudioCopyright: {
      node: [
        "GET"
      ],
      edges: {
        getUpdateRecords: "GET /update_records"
      }
    },
    AudioIsrc: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AudioSubLabel: {
      node: [
        "GET"
      ],
      edges: {}
    },
    AutomotiveModel: {
      node: [
        "GET"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    Avatar: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BCPCampaign: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BidSchedule: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BizInboxOffsiteEmailAccount: {
      node: [
        "GET"
      ],
      edges: {
        getAssignedUsers: "GET /assigned_users"
      }
    },
    BlindPig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BrandRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BrandSafetyDownloadable: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessAgreement: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    BusinessAssetGroup: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAssignedUser: "POST /assigned_users",
        createContainedAdAccount: "POST /contained_adaccounts",
        createContainedApplication: "POST /contained_applications",
        createContainedCustomConversion: "POST /contained_custom_conversions",
        createContainedInstagramAccount: "POST /contained_instagram_accounts",
        createContainedPage: "POST /contained_pages",
        createContainedPixel: "POST /contained_pixels",
        createContainedProductCatalog: "POST /contained_product_catalogs",
        deleteAssignedUsers: "DELETE /assigned_users",
        deleteContainedAdAccounts: "DELETE /contained_adaccounts",
        deleteContainedApplications: "DELETE /contained_applications",
        deleteContainedCustomConversions: "DELETE /contained_custom_conversions",
        deleteContainedInstagramAccounts: "DELETE /contained_instagram_accounts",
        deleteContainedPages: "DELETE /contained_pages",
        deleteContainedPixels: "DELETE /contained_pixels",
        deleteContainedProductCatalogs: "DELETE /contained_product_catalogs",
        getAssignedUsers: "GET /assigned_users",
        getContainedAdAccounts: "GET /contained_adaccounts",
        getContainedApplications: "GET /contained_applications",
        getContainedCustomConversions: "GET /contained_custom_conversions",
        getContainedInstagramAccounts: "GET /contained_instagram_accounts",
        getContainedPages: "GET /contained_pages",
        getContainedPixels: "GET /contained_pixels",
        getContainedProductCatalogs: "GET /contained_product_catalogs"
      }
    },
    BusinessAssetSharingAgreement: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    BusinessCreativeFolder: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessFranchiseConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessImage: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessObjectTransferOwnershipAgreement: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessOwnedObjectOnBehalfOfRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessProject: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessRoleRequest: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {}
    },
    BusinessTag: {
      node: [
        "GET"
      ],
      edges: {}
    },
    BusinessUser: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getAssignedAdAccounts: "GET /assigned_ad_accounts",
        getAssignedBusinessAssetGroups: "GET /assigned_business_asset_groups",
        getAssignedPages: "GET /assigned_pages",
        getAssignedProductCatalogs: "GET /assigned_product_catalogs",
        getAssignedWhatsAppBusinessAccounts: "GET /assigned_whatsapp_business_accounts"
      }
    },
    BusinessVideo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Business: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAccessToken: "POST /access_token",
        createAdAccount: "POST /adaccount",
        createAdNetworkAnalytic: "POST /adnetworkanalytics",
        createAdNetworkApplication: "POST /adnetwork_applications",
        createAdReviewRequest: "POST /ad_review_requests",
        createAdStudy: "POST /ad_studies",
        createAddPhoneNumber: "POST /add_phone_numbers",
        createAdsDataSet: "POST /ads_dataset",
        createAdsPixel: "POST /adspixels",
        createBlockListDraft: "POST /block_list_drafts",
        createBmReviewRequest: "POST /bm_review_requests",
        createBusinessUser: "POST /business_users",
        createClaimCustomConversion: "POST /claim_custom_conversions",
        createClientApp: "POST /client_apps",
        createClientPage: "POST /client_pages",
        createCollaborativeAdsCollaborationRequest: "POST /collaborative_ads_collaboration_requests",
        createCpasBusinessSetupConfig: "POST /cpas_business_setup_config",
        createCreativeFolder: "POST /creative_folders",
        createCustomConversion: "POST /customconversions",
        createEventSourceGroup: "POST /event_source_groups",
        createImage: "POST /images",
        createManagedBusiness: "POST /managed_businesses",
        createManagedPartnerBusiness: "POST /managed_partner_businesses",
        createManagedPartnerBusinessSetup: "POST /managed_partner_business_setup",
        createOnboardPartnersToMmLite: "POST /onboard_partners_to_mm_lite",
        createOpenBridgeConfiguration: "POST /openbridge_configurations",
        createOwnedAdAccount: "POST /owned_ad_accounts",
        createOwnedApp: "POST /owned_apps",
        createOwnedBusiness: "POST /owned_businesses",
        createOwnedPage: "POST /owned_pages",
        createOwnedProductCatalog: "POST /owned_product_catalogs",
        createPartnerPremiumOptIOn: "POST /partner_premium_options",
        createPixelTo: "POST /pixel_tos",
        createSelfCertifyWhatsAppBusiness: "POST /self_certify_whatsapp_business",
        createSetupManagedPartnerAdAccount: "POST /setup_managed_partner_adaccounts",
        createSharePreVerifiedNumber: "POST /share_preverified_numbers",
        createSystemUser: "POST /system_users",
        createSystemUserAccessToken: "POST /system_user_access_tokens",
        createVideo: "POST /videos",
        deleteAdAccounts: "DELETE /ad_accounts",
        deleteAgencies: "DELETE /agencies",
        deleteClients: "DELETE /clients",
        deleteInstagramAccounts: "DELETE /instagram_accounts",
        deleteManagedBusinesses: "DELETE /managed_businesses",
        deleteManagedPartnerBusinesses: "DELETE /managed_partner_businesses",
        deleteOwnedBusinesses: "DELETE /owned_businesses",
        deletePages: "DELETE /pages",
        deleteSharePreVerifiedNumbers: "DELETE /share_preverified_numbers",
        getAdAccountInfos: "GET /ad_account_infos",
        getAdCustomDerivedMetrics: "GET /ad_custom_derived_metrics",
        getAdNetworkAnalytics: "GET /adnetworkanalytics",
        getAdNetworkAnalyticsResults: "GET /adnetworkanalytics_results",
        getAdStudies: "GET /ad_studies",
        getAdsDataset: "GET /ads_dataset",
        getAdsPixels: "GET /adspixels",
        getAdsReportingMmmReports: "GET /ads_reporting_mmm_reports",
        getAdsReportingMmmSchedulers: "GET /ads_reporting_mmm_schedulers",
        getAgencies: "GET /agencies",
        getAnPlacements: "GET /an_placements",
        getBusinessAssetGroups: "GET /business_asset_groups",
        getBusinessInvoices: "GET /business_invoices",
        getBusinessProjects: "GET /businessprojects",
        getBusinessUsers: "GET /business_users",
        getClientAdAccounts: "GET /client_ad_accounts",
        getClientApps: "GET /client_apps",
        getClientInstagramAssets: "GET /client_instagram_assets",
        getClientOffsiteSignalContainerBusinessObjects: "GET /client_offsite_signal_container_business_objects",
        getClientPages: "GET /client_pages",
        getClientPixels: "GET /client_pixels",
        getClientProductCatalogs: "GET /client_product_catalogs",
        getClientWhatsAppBusinessAccounts: "GET /client_whatsapp_business_accounts",
        getClients: "GET /clients",
        getCollaborativeAdsCollaborationRequests: "GET /collaborative_ads_collaboration_requests",
        getCollaborativeAdsSuggestedPartners: "GET /collaborative_ads_suggested_partners",
        getCommerceMerchantSettings: "GET /commerce_merchant_settings",
        getCpasBusinessSetupConfig: "GET /cpas_business_setup_config",
        getCpasMerchantConfig: "GET /cpas_merchant_config",
        getCreditCards: "GET /creditcards",
        getEventSourceGroups: "GET /event_source_groups",
        getExtendedCreditApplications: "GET /extendedcreditapplications",
        getExtendedCredits: "GET /extendedcredits",
        getInitiatedAudienceSharingRequests: "GET /initiated_audience_sharing_requests",
        getInstagramAccounts: "GET /instagram_accounts",
        getInstagramBusinessAccounts: "GET /instagram_business_accounts",
        getManagedPartnerAdsFundingSourceDetails: "GET /managed_partner_ads_funding_source_details",
        getOpenBridgeConfigurations: "GET /openbridge_configurations",
        getOwnedAdAccounts: "GET /owned_ad_accounts",
        getOwnedApps: "GET /owned_apps",
        getOwnedBusinesses: "GET /owned_businesses",
        getOwnedInstagramAccounts: "GET /owned_instagram_accounts",
        getOwnedInstagramAssets: "GET /owned_instagram_assets",
        getOwnedOffsiteSignalContainerBusinessObjects: "GET /owned_offsite_signal_container_business_objects",
        getOwnedPages: "GET /owned_pages",
        getOwnedPixels: "GET /owned_pixels",
        getOwnedProductCatalogs: "GET /owned_product_catalogs",
        getOwnedWhatsAppBusinessAccounts: "GET /owned_whatsapp_business_accounts",
        getPartnerAccountLinking: "GET /partner_account_linking",
        getPassbackAttributionMetadataConfigs: "GET /passback_attribution_metadata_configs",
        getPendingClientAdAccounts: "GET /pending_client_ad_accounts",
        getPendingClientApps: "GET /pending_client_apps",
        getPendingClientPages: "GET /pending_client_pages",
        getPendingOwnedAdAccounts: "GET /pending_owned_ad_accounts",
        getPendingOwnedPages: "GET /pending_owned_pages",
        getPendingSharedOffsiteSignalContainerBusinessObjects: "GET /pending_shared_offsite_signal_container_business_objects",
        getPendingUsers: "GET /pending_users",
        getPicture: "GET /picture",
        getPreVerifiedNumbers: "GET /preverified_numbers",
        getReceivedAudienceSharingRequests: "GET /received_audience_sharing_requests",
        getResellerGuidances: "GET /reseller_guidances",
        getSelfCertifiedWhatsAppBusinessSubmissions: "GET /self_certified_whatsapp_business_submissions",
        getSystemUsers: "GET /system_users",
        getThirdPartyMeasurementReportDataset: "GET /third_party_measurement_report_dataset"
      }
    },
    CalibratorExistingRule: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CallAdsPhoneData: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Campaign: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAdLabel: "POST /adlabels",
        createBudgetSchedule: "POST /budget_schedules",
        createCopy: "POST /copies",
        getAdRulesGoverned: "GET /adrules_governed",
        getAdSets: "GET /adsets",
        getAdStudies: "GET /ad_studies",
        getAds: "GET /ads",
        getBudgetSchedules: "GET /budget_schedules",
        getCopies: "GET /copies",
        getInsights: "GET /insights",
        getInsightsAsync: "POST /insights"
      }
    },
    CanvasDynamicSetting: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CanvasTemplate: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Canvas: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getPreview: "GET /preview",
        getPreviews: "GET /previews"
      }
    },
    CatalogContentVersionConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CatalogItemOverride: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CatalogSmartPixelSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CatalogWebsiteOnboardingSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CatalogWebsiteSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ChinaBusinessOnboardingVettingRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CloudGame: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CollaborativeAdsShareSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Comment: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createComment: "POST /comments",
        createLike: "POST /likes",
        deleteLikes: "DELETE /likes",
        getComments: "GET /comments",
        getLikes: "GET /likes",
        getReactions: "GET /reactions"
      }
    },
    CommerceMerchantSettings: {
      node: [
        "GET"
      ],
      edges: {
        createAcknowledgeOrder: "POST /acknowledge_orders",
        createShippingProfile: "POST /shipping_profiles",
        getCommerceOrders: "GET /commerce_orders",
        getCommercePayouts: "GET /commerce_payouts",
        getCommerceTransactions: "GET /commerce_transactions",
        getOrderManagementApps: "GET /order_management_apps",
        getProductCatalogs: "GET /product_catalogs",
        getReturns: "GET /returns",
        getSetupStatus: "GET /setup_status",
        getShops: "GET /shops",
        getTaxSettings: "GET /tax_settings"
      }
    },
    CommerceOrderTransactionDetail: {
      node: [],
      edges: {
        getItems: "GET /items",
        getTaxDetails: "GET /tax_details"
      }
    },
    CommerceOrder: {
      node: [
        "GET"
      ],
      edges: {
        createAcknowledgeOrder: "POST /acknowledge_order",
        createCancellation: "POST /cancellations",
        createItemUpdate: "POST /item_updates",
        createRefund: "POST /refunds",
        createReturn: "POST /returns",
        createShipment: "POST /shipments",
        createUpdateShipment: "POST /update_shipment",
        getCancellations: "GET /cancellations",
        getItems: "GET /items",
        getPayments: "GET /payments",
        getPromoTIOns: "GET /promotions",
        getPromotionDetails: "GET /promotion_details",
        getRefunds: "GET /refunds",
        getReturns: "GET /returns",
        getShipments: "GET /shipments"
      }
    },
    ContentBlockList: {
      node: [
        "GET"
      ],
      edges: {
        getAppliedAdAccounts: "GET /applied_ad_accounts",
        getFacebookContent: "GET /facebook_content",
        getInstagramContent: "GET /instagram_content"
      }
    },
    CopyrightMediaMisuse: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CopyrightOwnershipTransfer: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CPASAdCreationTemplate: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CPASAdvertiserPartnershipRecommendation: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CPASBusinessSetupConfig: {
      node: [
        "GET"
      ],
      edges: {
        getAdAccounts: "GET /ad_accounts"
      }
    },
    CPASCollaborationRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CPASLsbImageBank: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getBackupImages: "GET /backup_images"
      }
    },
    CPASMerchantConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CPASParentCatalogSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CreatorAssetCreative: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CreditCard: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CRMAddress: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CTXPartnerAppWelcomeMessageFlow: {
      node: [
        "GET"
      ],
      edges: {}
    },
    CustomAudience: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAdAccount: "POST /adaccounts",
        createSalt: "POST /salts",
        createUser: "POST /users",
        createUsersReplace: "POST /usersreplace",
        deleteAdAccounts: "DELETE /adaccounts",
        deleteUsers: "DELETE /users",
        getAdAccounts: "GET /adaccounts",
        getAds: "GET /ads",
        getHealth: "GET /health",
        getSalts: "GET /salts",
        getSessions: "GET /sessions",
        getSharedAccountInfo: "GET /shared_account_info"
      }
    },
    CustomConversion: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getStats: "GET /stats"
      }
    },
    Destination: {
      node: [
        "GET"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    DynamicARMetadata: {
      node: [
        "GET"
      ],
      edges: {}
    },
    DynamicContentSet: {
      node: [
        "GET"
      ],
      edges: {}
    },
    DynamicItemDisplayBundleFolder: {
      node: [
        "GET"
      ],
      edges: {}
    },
    DynamicItemDisplayBundle: {
      node: [
        "GET"
      ],
      edges: {}
    },
    DynamicPriceConfigByDate: {
      node: [
        "GET"
      ],
      edges: {}
    },
    DynamicVideoMetadata: {
      node: [
        "GET"
      ],
      edges: {}
    },
    EducationExperience: {
      node: [
        "GET"
      ],
      edges: {}
    },
    EventExternalTicketInfo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    EventRegistrationSetting: {
      node: [
        "GET"
      ],
      edges: {}
    },
    EventSourceGroup: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createSharedAccount: "POST /shared_accounts",
        getSharedAccounts: "GET /shared_accounts"
      }
    },
    EventTicketSetting: {
      node: [
        "GET"
      ],
      edges: {}
    },
    EventTicketTier: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Event: {
      node: [
        "GET"
      ],
      edges: {
        createLiveVideo: "POST /live_videos",
        getComments: "GET /comments",
        getFeed: "GET /feed",
        getLiveVideos: "GET /live_videos",
        getPhotos: "GET /photos",
        getPicture: "GET /picture",
        getPosts: "GET /posts",
        getRoles: "GET /roles",
        getTicketTiers: "GET /ticket_tiers",
        getVideos: "GET /videos"
      }
    },
    ExtendedCreditAllocationConfig: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {}
    },
    ExtendedCreditApplication: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ExtendedCreditInvoiceGroup: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAdAccount: "POST /ad_accounts",
        deleteAdAccounts: "DELETE /ad_accounts",
        getAdAccounts: "GET /ad_accounts"
      }
    },
    ExtendedCredit: {
      node: [
        "GET"
      ],
      edges: {
        createExtendedCreditInvoiceGroup: "POST /extended_credit_invoice_groups",
        createOwningCreditAllocationConfig: "POST /owning_credit_allocation_configs",
        createWhatsAppCreditAttach: "POST /whatsapp_credit_attach",
        createWhatsAppCreditSharing: "POST /whatsapp_credit_sharing",
        createWhatsAppCreditSharingAndAttach: "POST /whatsapp_credit_sharing_and_attach",
        getExtendedCreditInvoiceGroups: "GET /extended_credit_invoice_groups",
        getOwningCreditAllocationConfigs: "GET /owning_credit_allocation_configs"
      }
    },
    ExternalMerchantSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    FAMEKumo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    FantasyGame: {
      node: [
        "GET"
      ],
      edges: {}
    },
    FBImageCopyrightMatch: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Flight: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    FranchiseProgramMember: {
      node: [
        "GET"
      ],
      edges: {}
    },
    FranchiseProgram: {
      node: [
        "GET"
      ],
      edges: {}
    },
    FundraiserPersonToCharity: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createEndFundraiser: "POST /end_fundraiser",
        createExternalDonation: "POST /external_donations",
        getDonations: "GET /donations",
        getExternalDonations: "GET /external_donations"
      }
    },
    GeoGatingPolicy: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Group: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAdmin: "POST /admins",
        createFeed: "POST /feed",
        createGroup: "POST /groups",
        createLiveVideo: "POST /live_videos",
        createMember: "POST /members",
        createPhoto: "POST /photos",
        createVideo: "POST /videos",
        deleteAdmins: "DELETE /admins",
        deleteMembers: "DELETE /members",
        getAlbums: "GET /albums",
        getDocs: "GET /docs",
        getEvents: "GET /events",
        getFeed: "GET /feed",
        getFiles: "GET /files",
        getGroups: "GET /groups",
        getLiveVideos: "GET /live_videos",
        getOptedInMembers: "GET /opted_in_members",
        getPicture: "GET /picture",
        getVideos: "GET /videos"
      }
    },
    HighDemandPeriod: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {}
    },
    HomeListing: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    HotelRoom: {
      node: [
        "GET"
      ],
      edges: {
        getPricingVariables: "GET /pricing_variables"
      }
    },
    Hotel: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getHotelRooms: "GET /hotel_rooms",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    Hours: {
      node: [
        "GET"
      ],
      edges: {}
    },
    IGAccessTokenForIGOnlyAPI: {
      node: [
        "GET"
      ],
      edges: {}
    },
    IGBoostMediaAd: {
      node: [
        "GET"
      ],
      edges: {}
    },
    IGComment: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createReply: "POST /replies",
        getReplies: "GET /replies"
      }
    },
    IGMediaBoostEligibilityInfo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    IGMediaForIGOnlyAPI: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createComment: "POST /comments",
        getChildren: "GET /children",
        getComments: "GET /comments",
        getInsights: "GET /insights"
      }
    },
    IGMedia: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createBrandedContentPartnerPromote: "POST /branded_content_partner_promote",
        createComment: "POST /comments",
        createPartnershipAdCode: "POST /partnership_ad_code",
        createProductTag: "POST /product_tags",
        deletePartnershipAdCode: "DELETE /partnership_ad_code",
        getBoostAdsList: "GET /boost_ads_list",
        getBrandedContentPartnerPromote: "GET /branded_content_partner_promote",
        getChildren: "GET /children",
        getCollaborators: "GET /collaborators",
        getComments: "GET /comments",
        getInsights: "GET /insights",
        getProductTags: "GET /product_tags"
      }
    },
    IGRefreshAccessTokenForIGOnlyAPI: {
      node: [
        "GET"
      ],
      edges: {}
    },
    IGUpcomingEvent: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    IGUserExportForCAM: {
      node: [
        "GET"
      ],
      edges: {
        getBrandedContentMedia: "GET /branded_content_media",
        getInsights: "GET /insights",
        getRecentMedia: "GET /recent_media"
      }
    },
    IGUserForIGOnlyAPI: {
      node: [
        "GET"
      ],
      edges: {
        createMedia: "POST /media",
        createMediaPublish: "POST /mediapublish",
        createMention: "POST /mentions",
        createMessage: "POST /messages",
        createMessageAttachment: "POST /messageattachments",
        createMessengerProfile: "POST /messenger_profile",
        createSubscribedApp: "POST /subscribed_apps",
        createWelcomeMessageFlow: "POST /welcome_message_flows",
        deleteMessengerProfile: "DELETE /messenger_profile",
        deleteSubscribedApps: "DELETE /subscribed_apps",
        deleteWelcomeMessageFlows: "DELETE /welcome_message_flows",
        getBusinessMessagingFeatureStatus: "GET /business_messaging_feature_status",
        getContentPublishingLimit: "GET /content_publishing_limit",
        getConversations: "GET /conversations",
        getInsights: "GET /insights",
        getLiveMedia: "GET /live_media",
        getMedia: "GET /media",
        getMessengerProfile: "GET /messenger_profile",
        getStories: "GET /stories",
        getSubscribedApps: "GET /subscribed_apps",
        getTags: "GET /tags",
        getWelcomeMessageFlows: "GET /welcome_message_flows"
      }
    },
    IGUser: {
      node: [
        "GET"
      ],
      edges: {
        createAuthorizedAdAccount: "POST /authorized_adaccounts",
        createBrandedContentAdPermission: "POST /branded_content_ad_permissions",
        createBrandedContentTagApproval: "POST /branded_content_tag_approval",
        createCollaborationInvite: "POST /collaboration_invites",
        createDataset: "POST /dataset",
        createInstagramBackedThreadsUser: "POST /instagram_backed_threads_user",
        createMedia: "POST /media",
        createMediaPublish: "POST /media_publish",
        createMention: "POST /mentions",
        createProductAppeal: "POST /product_appeal",
        createUpcomingEvent: "POST /upcoming_events",
        deleteBrandedContentTagApproval: "DELETE /branded_content_tag_approval",
        getAgencies: "GET /agencies",
        getAuthorizedAdAccounts: "GET /authorized_adaccounts",
        getAvailableCatalogs: "GET /available_catalogs",
        getBrandedContentAdPermissions: "GET /branded_content_ad_permissions",
        getBrandedContentAdvertisableMedias: "GET /branded_content_advertisable_medias",
        getBrandedContentTagApproval: "GET /branded_content_tag_approval",
        getCatalogProductSearch: "GET /catalog_product_search",
        getCollaborationInvites: "GET /collaboration_invites",
        getConnectedThreadsUser: "GET /connected_threads_user",
        getContentPublishingLimit: "GET /content_publishing_limit",
        getCreatorMarketPlaceCreators: "GET /creator_marketplace_creators",
        getDataset: "GET /dataset",
        getInsights: "GET /insights",
        getInstagramBackedThreadsUser: "GET /instagram_backed_threads_user",
        getLiveMedia: "GET /live_media",
        getMedia: "GET /media",
        getNotificationMessageTokens: "GET /notification_message_tokens",
        getProductAppeal: "GET /product_appeal",
        getRecentlySearchedHashtags: "GET /recently_searched_hashtags",
        getScheduledMedia: "GET /scheduled_media",
        getStories: "GET /stories",
        getTags: "GET /tags",
        getUpcomingEvents: "GET /upcoming_events",
        getWelcomeMessageFlows: "GET /welcome_message_flows"
      }
    },
    IGBCAdsPermission: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ImageCopyrightDispute: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ImageCopyright: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    ImageReferenceMatch: {
      node: [
        "GET"
      ],
      edges: {}
    },
    InstagramBusinessAsset: {
      node: [
        "GET"
      ],
      edges: {
        createAgency: "POST /agencies",
        createAssignedUser: "POST /assigned_users",
        deleteAgencies: "DELETE /agencies",
        deleteAssignedUsers: "DELETE /assigned_users",
        getAgencies: "GET /agencies",
        getAssignedUsers: "GET /assigned_users"
      }
    },
    InstagramThread: {
      node: [
        "GET"
      ],
      edges: {}
    },
    InstagramUser: {
      node: [
        "GET"
      ],
      edges: {
        getAgencies: "GET /agencies",
        getArEffects: "GET /ar_effects",
        getAuthorizedAdAccounts: "GET /authorized_adaccounts",
        getUpcomingEvents: "GET /upcoming_events"
      }
    },
    JobOpening: {
      node: [
        "GET"
      ],
      edges: {}
    },
    LeadGenDataDraft: {
      node: [
        "GET"
      ],
      edges: {}
    },
    LeadGenDirectCRMIntegrationConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Lead: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {}
    },
    LeadgenForm: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createTestLead: "POST /test_leads",
        getLeads: "GET /leads",
        getTestLeads: "GET /test_leads"
      }
    },
    LifeEvent: {
      node: [
        "GET"
      ],
      edges: {
        getLikes: "GET /likes"
      }
    },
    Link: {
      node: [
        "GET"
      ],
      edges: {
        createComment: "POST /comments",
        getLikes: "GET /likes"
      }
    },
    LiveVideoAdCampaignConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    LiveVideoError: {
      node: [
        "GET"
      ],
      edges: {}
    },
    LiveVideoInputStream: {
      node: [
        "GET"
      ],
      edges: {}
    },
    LiveVideo: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createInputStream: "POST /input_streams",
        createPoll: "POST /polls",
        getBlockedUsers: "GET /blocked_users",
        getComments: "GET /comments",
        getCrosspostSharedPages: "GET /crosspost_shared_pages",
        getCrosspostedBroadcasts: "GET /crossposted_broadcasts",
        getErrors: "GET /errors",
        getPolls: "GET /polls",
        getReactions: "GET /reactions"
      }
    },
    LocalServiceBusiness: {
      node: [
        "GET"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details"
      }
    },
    MailingAddress: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ManagementSiteLink: {
      node: [
        "GET"
      ],
      edges: {}
    },
    MeasurementReport: {
      node: [
        "GET"
      ],
      edges: {}
    },
    MediaCopyrightAttribution: {
      node: [
        "GET"
      ],
      edges: {}
    },
    MediaCopyrightUpdateRecord: {
      node: [
        "GET"
      ],
      edges: {}
    },
    MediaFingerprint: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    MediaTitle: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    MessengerAdsPartialAutomatedStepList: {
      node: [
        "GET"
      ],
      edges: {
        getSteps: "GET /steps"
      }
    },
    MessengerBusinessTemplate: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    MusicVideoCopyright: {
      node: [
        "GET"
      ],
      edges: {}
    },
    MusicWorkCopyright: {
      node: [
        "GET"
      ],
      edges: {}
    },
    OfflineConversionDataSetUpload: {
      node: [
        "GET"
      ],
      edges: {
        getProgress: "GET /progress",
        getPullSessions: "GET /pull_sessions"
      }
    },
    OfflineConversionDataSet: {
      node: [
        "GET"
      ],
      edges: {
        getAdAccounts: "GET /adaccounts",
        getAgencies: "GET /agencies",
        getAudiences: "GET /audiences",
        getCustomConversions: "GET /customconversions",
        getServerEventsPermittedBusiness: "GET /server_events_permitted_business",
        getSharedAccounts: "GET /shared_accounts",
        getSharedAgencies: "GET /shared_agencies",
        getStats: "GET /stats",
        getUploads: "GET /uploads"
      }
    },
    OfflineProductItem: {
      node: [
        "GET"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details"
      }
    },
    OfflineTermsOfService: {
      node: [
        "GET"
      ],
      edges: {}
    },
    OffsitePixel: {
      node: [
        "GET"
      ],
      edges: {}
    },
    OffsiteSignalContainerBusinessObject: {
      node: [
        "GET"
      ],
      edges: {
        getLinkedApplication: "GET /linked_application",
        getLinkedPage: "GET /linked_page"
      }
    },
    OmegaCustomerTrx: {
      node: [
        "GET"
      ],
      edges: {
        getCampaigns: "GET /campaigns"
      }
    },
    OpenBridgeConfiguration: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {}
    },
    OpenGraphContext: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Organization: {
      node: [
        "GET"
      ],
      edges: {}
    },
    OwnedDomain: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PageBroadcast: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PageCallToAction: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {}
    },
    PageInsightsAsyncExportRun: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PageLeadsAccessConfig: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PagePostExperiment: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {
        getVideoInsights: "GET /video_insights"
      }
    },
    PagePost: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createComment: "POST /comments",
        createLike: "POST /likes",
        deleteLikes: "DELETE /likes",
        getAttachments: "GET /attachments",
        getComments: "GET /comments",
        getDynamicPosts: "GET /dynamic_posts",
        getInsights: "GET /insights",
        getLikes: "GET /likes",
        getReactions: "GET /reactions",
        getSharedPosts: "GET /sharedposts",
        getSponsorTags: "GET /sponsor_tags",
        getTo: "GET /to"
      }
    },
    PageUpcomingChange: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PageUserMessageThreadLabel: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {
        createLabel: "POST /label",
        deleteLabel: "DELETE /label"
      }
    },
    Page: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAbTest: "POST /ab_tests",
        createAcknowledgeOrder: "POST /acknowledge_orders",
        createAgency: "POST /agencies",
        createAssignedUser: "POST /assigned_users",
        createBlocked: "POST /blocked",
        createBusinessDatum: "POST /business_data",
        createBusinessMessagingFeatureStatus: "POST /business_messaging_feature_status",
        createCall: "POST /calls",
        createCanvasElement: "POST /canvas_elements",
        createCanvase: "POST /canvases",
        createCopyrightManualClaim: "POST /copyright_manual_claims",
        createCustomLabel: "POST /custom_labels",
        createCustomUserSetting: "POST /custom_user_settings",
        createDataset: "POST /dataset",
        createExtendThreadControl: "POST /extend_thread_control",
        createFeed: "POST /feed",
        createImageCopyright: "POST /image_copyrights",
        createLeadGenForm: "POST /leadgen_forms",
        createLiveVideo: "POST /live_videos",
        createLocation: "POST /locations",
        createMediaFingerprint: "POST /media_fingerprints",
        createMessage: "POST /messages",
        createMessageAttachment: "POST /message_attachments",
        createMessageTemplate: "POST /message_templates",
        createMessengerCallSetting: "POST /messenger_call_settings",
        createMessengerLeadForm: "POST /messenger_lead_forms",
        createMessengerProfile: "POST /messenger_profile",
        createModerateConversation: "POST /moderate_conversations",
        createNlpConfig: "POST /nlp_configs",
        createNotificationMessagesDevSupport: "POST /notification_messages_dev_support",
        createPageBackedInstagramAccount: "POST /page_backed_instagram_accounts",
        createPageWhatsAppNumberVerification: "POST /page_whatsapp_number_verification",
        createPassThreadControl: "POST /pass_thread_control",
        createPersona: "POST /personas",
        createPhoto: "POST /photos",
        createPhotoStory: "POST /photo_stories",
        createPicture: "POST /picture",
        createReleaseThreadControl: "POST /release_thread_control",
        createRequestThreadControl: "POST /request_thread_control",
        createSetting: "POST /settings",
        createSubscribedApp: "POST /subscribed_apps",
        createTakeThreadControl: "POST /take_thread_control",
        createUnlinkAccount: "POST /unlink_accounts",
        createVideo: "POST /videos",
        createVideoCopyright: "POST /video_copyrights",
        createVideoCopyrightRule: "POST /video_copyright_rules",
        createVideoReel: "POST /video_reels",
        createVideoStory: "POST /video_stories",
        createWelcomeMessageFlow: "POST /welcome_message_flows",
        deleteAgencies: "DELETE /agencies",
        deleteAssignedUsers: "DELETE /assigned_users",
        deleteBlocked: "DELETE /blocked",
        deleteCustomUserSettings: "DELETE /custom_user_settings",
        deleteLocations: "DELETE /locations",
        deleteMessageTemplates: "DELETE /message_templates",
        deleteMessengerProfile: "DELETE /messenger_profile",
        deleteSubscribedApps: "DELETE /subscribed_apps",
        deleteWelcomeMessageFlows: "DELETE /welcome_message_flows",
        getAbTests: "GET /ab_tests",
        getAdsEligibility: "GET /ads_eligibility",
        getAdsPosts: "GET /ads_posts",
        getAgencies: "GET /agencies",
        getAlbums: "GET /albums",
        getArExperience: "GET /ar_experience",
        getAssignedUsers: "GET /assigned_users",
        getBlocked: "GET /blocked",
        getBusinessProjects: "GET /businessprojects",
        getCallToActions: "GET /call_to_actions",
        getCanvasElements: "GET /canvas_elements",
        getCanvases: "GET /canvases",
        getChatPlugin: "GET /chat_plugin",
        getCommerceMerchantSettings: "GET /commerce_merchant_settings",
        getCommerceOrders: "GET /commerce_orders",
        getCommercePayouts: "GET /commerce_payouts",
        getCommerceTransactions: "GET /commerce_transactions",
        getConversations: "GET /conversations",
        getCrosspostWhitelistedPages: "GET /crosspost_whitelisted_pages",
        getCtxOptimizationEligibility: "GET /ctx_optimization_eligibility",
        getCustomLabels: "GET /custom_labels",
        getCustomUserSettings: "GET /custom_user_settings",
        getDataset: "GET /dataset",
        getEvents: "GET /events",
        getFantasyGames: "GET /fantasy_games",
        getFeed: "GET /feed",
        getGlobalBrandChildren: "GET /global_brand_children",
        getImageCopyrights: "GET /image_copyrights",
        getIndexedVideos: "GET /indexed_videos",
        getInsights: "GET /insights",
        getInstagramAccounts: "GET /instagram_accounts",
        getLeadGenForms: "GET /leadgen_forms",
        getLikes: "GET /likes",
        getLiveVideos: "GET /live_videos",
        getLocations: "GET /locations",
        getMediaFingerprints: "GET /media_fingerprints",
        getMessageTemplates: "GET /message_templates",
        getMessagingFeatureReview: "GET /messaging_feature_review",
        getMessengerCallSettings: "GET /messenger_call_settings",
        getMessengerLeadForms: "GET /messenger_lead_forms",
        getMessengerProfile: "GET /messenger_profile",
        getNotificationMessageTokens: "GET /notification_message_tokens",
        getPageBackedInstagramAccounts: "GET /page_backed_instagram_accounts",
        getPersonas: "GET /personas",
        getPhotos: "GET /photos",
        getPicture: "GET /picture",
        getPosts: "GET /posts",
        getProductCatalogs: "GET /product_catalogs",
        getPublishedPosts: "GET /published_posts",
        getRatings: "GET /ratings",
        getRoles: "GET /roles",
        getRtbDynamicPosts: "GET /rtb_dynamic_posts",
        getScheduledPosts: "GET /scheduled_posts",
        getSecondaryReceivers: "GET /secondary_receivers",
        getSettings: "GET /settings",
        getShopSetupStatus: "GET /shop_setup_status",
        getStoreLocations: "GET /store_locations",
        getStories: "GET /stories",
        getSubscribedApps: "GET /subscribed_apps",
        getTabs: "GET /tabs",
        getTagged: "GET /tagged",
        getThreadOwner: "GET /thread_owner",
        getThreads: "GET /threads",
        getVideoCopyrightRules: "GET /video_copyright_rules",
        getVideoLists: "GET /video_lists",
        getVideoReels: "GET /video_reels",
        getVideos: "GET /videos",
        getVisitorPosts: "GET /visitor_posts",
        getWelcomeMessageFlows: "GET /welcome_message_flows"
      }
    },
    PartnerAccountLinking: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PartnerCenterExportFile: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PartnerIntegrationLinked: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PartnerStudy: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PaymentEnginePayment: {
      node: [
        "GET"
      ],
      edges: {
        createDispute: "POST /dispute",
        createRefund: "POST /refunds"
      }
    },
    PaymentSubscription: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Persona: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {}
    },
    PersonalAdsPersona: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Photo: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {
        createComment: "POST /comments",
        createLike: "POST /likes",
        getComments: "GET /comments",
        getInsights: "GET /insights",
        getLikes: "GET /likes",
        getSponsorTags: "GET /sponsor_tags"
      }
    },
    PlaceTag: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PlaceTopic: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Place: {
      node: [
        "GET"
      ],
      edges: {}
    },
    PlayableContent: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Post: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createComment: "POST /comments",
        createLike: "POST /likes",
        deleteLikes: "DELETE /likes",
        getAttachments: "GET /attachments",
        getComments: "GET /comments",
        getDynamicPosts: "GET /dynamic_posts",
        getInsights: "GET /insights",
        getReactions: "GET /reactions",
        getSharedPosts: "GET /sharedposts",
        getSponsorTags: "GET /sponsor_tags",
        getTo: "GET /to"
      }
    },
    PrivateLiftStudyInstance: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    ProductCatalogLocalizationSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductCatalog: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAgency: "POST /agencies",
        createAssignedUser: "POST /assigned_users",
        createBatch: "POST /batch",
        createCatalogStore: "POST /catalog_store",
        createCategory: "POST /categories",
        createCpasLsbImageBank: "POST /cpas_lsb_image_bank",
        createExternalEventSource: "POST /external_event_sources",
        createGeolocatedItemsBatch: "POST /geolocated_items_batch",
        createHomeListing: "POST /home_listings",
        createHotel: "POST /hotels",
        createHotelRoomsBatch: "POST /hotel_rooms_batch",
        createItemsBatch: "POST /items_batch",
        createLocalizedItemsBatch: "POST /localized_items_batch",
        createMarketPlacePartnerDealsDetail: "POST /marketplace_partner_deals_details",
        createMarketPlacePartnerSellersDetail: "POST /marketplace_partner_sellers_details",
        createMarketPlacePartnerSignal: "POST /marketplace_partner_signals",
        createPricingVariablesBatch: "POST /pricing_variables_batch",
        createProduct: "POST /products",
        createProductFeed: "POST /product_feeds",
        createProductGroup: "POST /product_groups",
        createProductSet: "POST /product_sets",
        createUpdateGeneratedImageConfig: "POST /update_generated_image_config",
        createVehicle: "POST /vehicles",
        createVersionItemsBatch: "POST /version_items_batch",
        deleteAgencies: "DELETE /agencies",
        deleteAssignedUsers: "DELETE /assigned_users",
        deleteExternalEventSources: "DELETE /external_event_sources",
        getAgencies: "GET /agencies",
        getAssignedUsers: "GET /assigned_users",
        getAutomotiveModels: "GET /automotive_models",
        getCategories: "GET /categories",
        getCheckBatchRequestStatus: "GET /check_batch_request_status",
        getCheckMarketplacePartnerDealsStatus: "GET /check_marketplace_partner_deals_status",
        getCheckMarketplacePartnerSellersStatus: "GET /check_marketplace_partner_sellers_status",
        getCollaborativeAdsLsbImageBank: "GET /collaborative_ads_lsb_image_bank",
        getCollaborativeAdsShareSettings: "GET /collaborative_ads_share_settings",
        getCreatorAssetCreatives: "GET /creator_asset_creatives",
        getDataSources: "GET /data_sources",
        getDestinations: "GET /destinations",
        getDiagnostics: "GET /diagnostics",
        getEventStats: "GET /event_stats",
        getExternalEventSources: "GET /external_event_sources",
        getFlights: "GET /flights",
        getHomeListings: "GET /home_listings",
        getHotelRoomsBatch: "GET /hotel_rooms_batch",
        getHotels: "GET /hotels",
        getPricingVariablesBatch: "GET /pricing_variables_batch",
        getProductFeeds: "GET /product_feeds",
        getProductGroups: "GET /product_groups",
        getProductSets: "GET /product_sets",
        getProductSetsBatch: "GET /product_sets_batch",
        getProducts: "GET /products",
        getVehicleOffers: "GET /vehicle_offers",
        getVehicles: "GET /vehicles",
        getVersionConfigs: "GET /version_configs"
      }
    },
    ProductDeliveryPreference: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductFeedRule: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {}
    },
    ProductFeedSchedule: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductFeedUploadErrorSample: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductFeedUploadError: {
      node: [
        "GET"
      ],
      edges: {
        getSamples: "GET /samples",
        getSuggestedRules: "GET /suggested_rules"
      }
    },
    ProductFeedUpload: {
      node: [
        "GET"
      ],
      edges: {
        createErrorReport: "POST /error_report",
        getErrors: "GET /errors"
      }
    },
    ProductFeed: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createRule: "POST /rules",
        createSupplementaryFeedAssoc: "POST /supplementary_feed_assocs",
        createUpload: "POST /uploads",
        createUploadSchedule: "POST /upload_schedules",
        getAutomotiveModels: "GET /automotive_models",
        getDestinations: "GET /destinations",
        getFlights: "GET /flights",
        getHomeListings: "GET /home_listings",
        getHotels: "GET /hotels",
        getMediaTitles: "GET /media_titles",
        getProducts: "GET /products",
        getRules: "GET /rules",
        getUploadSchedules: "GET /upload_schedules",
        getUploads: "GET /uploads",
        getVehicleOffers: "GET /vehicle_offers",
        getVehicles: "GET /vehicles"
      }
    },
    ProductGroup: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createProduct: "POST /products",
        getProducts: "GET /products"
      }
    },
    ProductImage: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductItemLocalInfo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductItemOffer: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductItem: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getProductSets: "GET /product_sets",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    ProductSetUsage: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ProductSet: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        getAutomotiveModels: "GET /automotive_models",
        getDestinations: "GET /destinations",
        getFlights: "GET /flights",
        getHomeListings: "GET /home_listings",
        getHotels: "GET /hotels",
        getMediaTitles: "GET /media_titles",
        getProducts: "GET /products",
        getVehicleOffers: "GET /vehicle_offers",
        getVehicles: "GET /vehicles"
      }
    },
    Profile: {
      node: [
        "GET"
      ],
      edges: {
        getPicture: "GET /picture"
      }
    },
    PublisherBlockList: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAppendPublisherUrl: "POST /append_publisher_urls",
        getPagedWebPublishers: "GET /paged_web_publishers"
      }
    },
    PublisherWhiteList: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ReachFrequencyPrediction: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ResearchPollStudy: {
      node: [
        "GET"
      ],
      edges: {}
    },
    RightsManagerDataExport: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Robot: {
      node: [
        "GET"
      ],
      edges: {}
    },
    RTBDynamicPost: {
      node: [
        "GET"
      ],
      edges: {
        getComments: "GET /comments",
        getLikes: "GET /likes"
      }
    },
    SavedAudience: {
      node: [
        "GET"
      ],
      edges: {}
    },
    SavedMessageResponse: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ShadowIGHashtag: {
      node: [
        "GET"
      ],
      edges: {
        getRecentMedia: "GET /recent_media",
        getTopMedia: "GET /top_media"
      }
    },
    ShadowIGMediaBuilder: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ShadowIGScheduledMedia: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Shop: {
      node: [
        "GET"
      ],
      edges: {}
    },
    SignalsIWLExtractor: {
      node: [
        "GET"
      ],
      edges: {}
    },
    SiteLink: {
      node: [
        "GET"
      ],
      edges: {}
    },
    SlicedEventSourceGroup: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Status: {
      node: [
        "GET"
      ],
      edges: {
        createLike: "POST /likes"
      }
    },
    StoreCatalogSettings: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {}
    },
    StoreLocation: {
      node: [
        "GET"
      ],
      edges: {}
    },
    Stories: {
      node: [
        "GET"
      ],
      edges: {
        getInsights: "GET /insights"
      }
    },
    SystemUser: {
      node: [
        "GET"
      ],
      edges: {
        getAssignedAdAccounts: "GET /assigned_ad_accounts",
        getAssignedBusinessAssetGroups: "GET /assigned_business_asset_groups",
        getAssignedPages: "GET /assigned_pages",
        getAssignedProductCatalogs: "GET /assigned_product_catalogs",
        getAssignedWhatsAppBusinessAccounts: "GET /assigned_whatsapp_business_accounts"
      }
    },
    ThirdPartyMeasurementReportDataset: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ThirdPartyPartnerLiftRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ThirdPartyPartnerPanelRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ThirdPartyPartnerPanelScheduled: {
      node: [
        "GET"
      ],
      edges: {}
    },
    ThirdPartyPartnerViewabilityRequest: {
      node: [
        "GET"
      ],
      edges: {}
    },
    TransactableItem: {
      node: [
        "GET"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details"
      }
    },
    UnifiedThread: {
      node: [
        "GET"
      ],
      edges: {
        getMessages: "GET /messages"
      }
    },
    URL: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    UserContext: {
      node: [
        "GET"
      ],
      edges: {}
    },
    UserPageOneTimeOptInTokenSettings: {
      node: [
        "GET"
      ],
      edges: {}
    },
    User: {
      node: [
        "GET",
        "POST",
        "DELETE"
      ],
      edges: {
        createAccessToken: "POST /access_tokens",
        createAccount: "POST /accounts",
        createAdStudy: "POST /ad_studies",
        createApplication: "POST /applications",
        createBusiness: "POST /businesses",
        createFeed: "POST /feed",
        createFundraiser: "POST /fundraisers",
        createLiveVideo: "POST /live_videos",
        createMessengerDesktopPerformanceTrace: "POST /messenger_desktop_performance_traces",
        createMessengerKidsAccountsUnreadBadge: "POST /messenger_kids_accounts_unread_badge",
        createNotification: "POST /notifications",
        createPhoto: "POST /photos",
        createStagingResource: "POST /staging_resources",
        createVideo: "POST /videos",
        deleteAccessTokens: "DELETE /access_tokens",
        deleteBusinesses: "DELETE /businesses",
        deletePermissions: "DELETE /permissions",
        getAccounts: "GET /accounts",
        getAdAccounts: "GET /adaccounts",
        getAdStudies: "GET /ad_studies",
        getAlbums: "GET /albums",
        getAppRequestFormerRecipients: "GET /apprequestformerrecipients",
        getAppRequests: "GET /apprequests",
        getAssignedAdAccounts: "GET /assigned_ad_accounts",
        getAssignedApplications: "GET /assigned_applications",
        getAssignedBusinessAssetGroups: "GET /assigned_business_asset_groups",
        getAssignedPages: "GET /assigned_pages",
        getAssignedProductCatalogs: "GET /assigned_product_catalogs",
        getAssignedWhatsAppBusinessAccounts: "GET /assigned_whatsapp_business_accounts",
        getBusinessUsers: "GET /business_users",
        getBusinesses: "GET /businesses",
        getConversations: "GET /conversations",
        getCustomLabels: "GET /custom_labels",
        getEvents: "GET /events",
        getFeed: "GET /feed",
        getFriends: "GET /friends",
        getFundraisers: "GET /fundraisers",
        getGroups: "GET /groups",
        getIdsForApps: "GET /ids_for_apps",
        getIdsForBusiness: "GET /ids_for_business",
        getIdsForPages: "GET /ids_for_pages",
        getLikes: "GET /likes",
        getLiveVideos: "GET /live_videos",
        getMusic: "GET /music",
        getPaymentTransactions: "GET /payment_transactions",
        getPermissions: "GET /permissions",
        getPersonalAdAccounts: "GET /personal_ad_accounts",
        getPhotos: "GET /photos",
        getPicture: "GET /picture",
        getPosts: "GET /posts",
        getRichMediaDocuments: "GET /rich_media_documents",
        getVideos: "GET /videos"
      }
    },
    VehicleOffer: {
      node: [
        "GET"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    Vehicle: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getChannelsToIntegrityStatus: "GET /channels_to_integrity_status",
        getOverrideDetails: "GET /override_details",
        getVideosMetadata: "GET /videos_metadata"
      }
    },
    VideoCopyrightMatch: {
      node: [
        "GET"
      ],
      edges: {}
    },
    VideoCopyrightRule: {
      node: [
        "GET"
      ],
      edges: {}
    },
    VideoCopyright: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getUpdateRecords: "GET /update_records"
      }
    },
    VideoList: {
      node: [
        "GET"
      ],
      edges: {
        getVideos: "GET /videos"
      }
    },
    VideoPoll: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        getPollOptions: "GET /poll_options"
      }
    },
    VideoTextQuestion: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WearableDevicePublicKey: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WebsiteCreativeAssetSource: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WebsiteCreativeAssetSuggestions: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WebsiteCreativeInfo: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WhatsAppBusinessAccount: {
      node: [
        "GET",
        "POST"
      ],
      edges: {
        createAssignedUser: "POST /assigned_users",
        createDataset: "POST /dataset",
        createFlow: "POST /flows",
        createGeneratePaymentConfigurationOauthLink: "POST /generate_payment_configuration_oauth_link",
        createMessageSample: "POST /message_samples",
        createMessageTemplate: "POST /message_templates",
        createMigrateFlow: "POST /migrate_flows",
        createMigrateMessageTemplate: "POST /migrate_message_templates",
        createPaymentConfiguration: "POST /payment_configuration",
        createPhoneNumber: "POST /phone_numbers",
        createProductCatalog: "POST /product_catalogs",
        createSetOboMobilityIntent: "POST /set_obo_mobility_intent",
        createSetSolutionMigrationIntent: "POST /set_solution_migration_intent",
        createSubscribedApp: "POST /subscribed_apps",
        createTemplateGroup: "POST /template_groups",
        createUpsertMessageTemplate: "POST /upsert_message_templates",
        createWelcomeMessageSequence: "POST /welcome_message_sequences",
        deleteAssignedUsers: "DELETE /assigned_users",
        deleteMessageTemplates: "DELETE /message_templates",
        deletePaymentConfiguration: "DELETE /payment_configuration",
        deleteProductCatalogs: "DELETE /product_catalogs",
        deleteSubscribedApps: "DELETE /subscribed_apps",
        deleteWelcomeMessageSequences: "DELETE /welcome_message_sequences",
        getActivities: "GET /activities",
        getAssignedUsers: "GET /assigned_users",
        getAudiences: "GET /audiences",
        getCallAnalytics: "GET /call_analytics",
        getConversationAnalytics: "GET /conversation_analytics",
        getDataset: "GET /dataset",
        getDegreesOfFreedomSpec: "GET /degrees_of_freedom_spec",
        getFlows: "GET /flows",
        getGroupAnalytics: "GET /group_analytics",
        getMarketingCampaigns: "GET /marketing_campaigns",
        getMessageCampaigns: "GET /message_campaigns",
        getMessageTemplatePreviews: "GET /message_template_previews",
        getMessageTemplates: "GET /message_templates",
        getPaymentConfiguration: "GET /payment_configuration",
        getPaymentConfigurations: "GET /payment_configurations",
        getPhoneNumbers: "GET /phone_numbers",
        getPricingAnalytics: "GET /pricing_analytics",
        getProductCatalogs: "GET /product_catalogs",
        getSchedules: "GET /schedules",
        getSolutions: "GET /solutions",
        getSubscribedApps: "GET /subscribed_apps",
        getTemplateAnalytics: "GET /template_analytics",
        getTemplateGroupAnalytics: "GET /template_group_analytics",
        getTemplateGroups: "GET /template_groups",
        getTemplatePerformanceMetrics: "GET /template_performance_metrics",
        getWelcomeMessageSequences: "GET /welcome_message_sequences"
      }
    },
    WhatsAppBusinessPreVerifiedPhoneNumber: {
      node: [
        "GET",
        "DELETE"
      ],
      edges: {
        createRequestCode: "POST /request_code",
        createVerifyCode: "POST /verify_code",
        getPartners: "GET /partners"
      }
    },
    WhatsAppBusinessProfile: {
      node: [
        "GET",
        "POST"
      ],
      edges: {}
    },
    WhitehatFBDLRun: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WifiInformation: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WithAsset3D: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WoodhengePurchasedPAYGReceipt: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WoodhengeSupporter: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WorkExperience: {
      node: [
        "GET"
      ],
      edges: {}
    },
    WorkSkill: {
      node: [
        "GET"
      ],
      edges: {
        getUsers: "GET /users"
      }
    }
  }
};

// src/calls/endpoints.ts
var raw = endpoints_default;
var endpoints = raw.operations;
var sdkClasses = sdk_methods_default.classes;
var sdkSource = sdk_methods_default.source;
function squash(s) {
  return s.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function parseTablePath(path) {
  return path.split("/").filter(Boolean).map((s) => {
    const m = /^(act_)?\{([^}]+)\}$/.exec(s);
    return m ? { ph: m[2], ...m[1] ? { act: true } : {} } : { lit: s };
  });
}
function renderPath(segs) {
  return `/${segs.map((s) => "lit" in s ? s.lit : `${s.act ? "act_" : ""}{${s.ph}}`).join("/")}`;
}
var byKey;
function index() {
  if (byKey) return byKey;
  byKey = /* @__PURE__ */ new Map();
  endpoints.forEach((e, order) => {
    const segs = parseTablePath(e.path);
    const k = `${e.method} ${segs.length}`;
    const list = byKey.get(k) ?? [];
    list.push({ e, segs, order });
    byKey.set(k, list);
  });
  return byKey;
}
var NODE_WORDS = [
  [/media/, "media"],
  [/adaccount|^act|account_?id$|adacct/, "adaccount"],
  [/catalog/, "catalog"],
  [/igu?ser|instagram|^ig/, "ig"],
  [/whatsapp|waba/, "waba"],
  [/phone/, "phone"],
  [/adset/, "adset"],
  [/campaign/, "campaign"],
  [/creative/, "creative"],
  [/business|^biz|bm/, "business"],
  [/systemuser/, "systemuser"],
  [/page/, "page"],
  [/order/, "order"],
  [/product/, "product"],
  [/pixel|dataset/, "pixel"],
  [/form/, "form"],
  [/lead/, "lead"],
  [/comment/, "comment"],
  [/post|photo|video/, "post"],
  [/audience/, "audience"],
  [/user|^me$/, "user"]
];
var GENERIC = /^(?:object|id|node|parent)(?:-id)?$/;
function nodeWord(name) {
  const s = squash(name);
  for (const [re, w] of NODE_WORDS) if (re.test(s)) return w;
  return void 0;
}
function matchEndpoint(call) {
  const candidates = index().get(`${call.method} ${call.segments.length}`);
  if (!candidates) return void 0;
  let best;
  let bestScore = -1;
  for (const c of candidates) {
    const s = score(c, call);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best?.e;
}
function score(c, call) {
  let s = 0;
  for (let i = 0; i < c.segs.length; i++) {
    const t = c.segs[i];
    const a = call.segments[i];
    if ("lit" in t) {
      if (!("lit" in a) || a.lit !== t.lit) return -1;
      s += 4;
      continue;
    }
    if ("lit" in a) {
      if (a.lit !== "me") return -1;
      s += nodeWord(t.ph) === "user" ? 2 : 0;
      continue;
    }
    if (a.act && !t.act && nodeWord(t.ph) !== "adaccount") return -1;
    if (a.act && t.act) s += 3;
    const want = i === 0 && call.node !== void 0 ? void 0 : nodeWord(a.ph);
    const have = nodeWord(t.ph);
    if (want !== void 0) {
      if (have === want) s += 3;
      else if (have !== void 0 || !GENERIC.test(t.ph)) return -1;
    }
  }
  if (call.node !== void 0) {
    const first = c.segs[0];
    if (squash(c.e.node) === squash(call.node)) s += 8;
    else if (!(first && "ph" in first && GENERIC.test(first.ph))) s -= 8;
  }
  return s;
}
function sdkOperation(cls, method) {
  const c = sdkClasses[cls];
  if (!c) return void 0;
  const e = c.edges[method] ?? c.edges[snakeIndex(cls).get(method) ?? ""];
  if (e) {
    const [http, path] = e.split(" ");
    return { http, edge: path.replace(/^\//, "") };
  }
  const m = method.toLowerCase();
  if ((m === "get" || m === "read" || m === "api_get") && c.node.includes("GET")) return { http: "GET" };
  if ((m === "update" || m === "api_update" || m === "save") && c.node.includes("POST")) return { http: "POST" };
  if ((m === "delete" || m === "api_delete" || m === "destroy") && c.node.includes("DELETE")) return { http: "DELETE" };
  return void 0;
}
var snakeCache = /* @__PURE__ */ new Map();
function snakeIndex(cls) {
  let m = snakeCache.get(cls);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const name of Object.keys(sdkClasses[cls]?.edges ?? {})) m.set(toSnake(name), name);
    snakeCache.set(cls, m);
  }
  return m;
}
function toSnake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
var methodNames;
function isSdkEdgeMethod(name) {
  if (!methodNames) {
    methodNames = /* @__PURE__ */ new Set();
    for (const c of Object.values(sdkClasses))
      for (const m of Object.keys(c.edges)) {
        methodNames.add(m);
        methodNames.add(toSnake(m));
      }
  }
  return methodNames.has(name);
}

// src/calls/lex.ts
var EXTENSIONS = {
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  py: "python",
  php: "php",
  rb: "ruby",
  java: "java",
  kt: "java",
  go: "go"
};
function languageOf(path) {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || path.endsWith(".d.ts") || /\.min\.[cm]?js$/.test(path)) return void 0;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}
var ID_START = /[A-Za-z_$@]/;
var ID_CHAR = /[A-Za-z0-9_$]/;
var HOLE_MAX = 200;
function tokenize(text, lang) {
  const out = [];
  const n = text.length;
  const hashComment = lang === "python" || lang === "ruby" || lang === "php";
  const slashComment = lang !== "python" && lang !== "ruby";
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (hashComment && c === "#" && !(lang === "php" && text[i + 1] === "[") || slashComment && c === "/" && text[i + 1] === "/") {
      const e = text.indexOf("\n", i);
      i = e === -1 ? n : e;
      continue;
    }
    if (slashComment && c === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (lang === "ruby" && c === "=" && text.startsWith("=begin", i) && (i === 0 || text[i - 1] === "\n")) {
      const e = text.indexOf("\n=end", i);
      i = e === -1 ? n : e + 5;
      continue;
    }
    if (lang === "python" && /[rRbBfFuU]/.test(c)) {
      const m = /^([rRbBfFuU]{1,2})(["'])/.exec(text.slice(i, i + 3));
      if (m) {
        const r = readString(text, i + m[1].length, lang, /f/i.test(m[1]), /r/i.test(m[1]));
        out.push(strToken(r.parts, i, r.end));
        i = r.end;
        continue;
      }
    }
    if (c === '"' || c === "'" || c === "`") {
      const interp = c === "`" ? lang === "js" : c === '"' ? lang === "php" || lang === "ruby" : false;
      const r = readString(text, i, lang, interp, lang === "go" && c === "`");
      out.push(strToken(r.parts, i, r.end));
      i = r.end;
      continue;
    }
    if (ID_START.test(c)) {
      let j = i + 1;
      while (j < n && ID_CHAR.test(text[j])) j++;
      out.push({ t: "id", v: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (c >= "0" && c <= "9") {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(text[j])) j++;
      out.push({ t: "num", v: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "->" || two === "=>" || two === "::" || two === ":=" || two === "==" || two === "?." || two === "+=" || two === ".=") {
      out.push({ t: "op", v: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    out.push({ t: "op", v: c, start: i, end: i + 1 });
    i++;
  }
  return out;
}
function strToken(parts, start, end) {
  const tok = { t: "str", parts, start, end };
  if (parts.every((p) => "lit" in p)) tok.value = parts.map((p) => p.lit).join("");
  return tok;
}
function readString(text, i, lang, interp, raw2) {
  const q = text[i];
  const n = text.length;
  const triple = (lang === "python" || lang === "java") && text.startsWith(q + q + q, i);
  const close2 = triple ? q + q + q : q;
  let j = i + close2.length;
  const parts = [];
  let lit = "";
  const flush = () => {
    if (lit) parts.push({ lit });
    lit = "";
  };
  while (j < n) {
    const ch = text[j];
    if (text.startsWith(close2, j)) {
      j += close2.length;
      flush();
      return { parts, end: j };
    }
    if (ch === "\n" && !triple && q !== "`") break;
    if (ch === "\\" && !raw2) {
      lit += text[j + 1] ?? "";
      j += 2;
      continue;
    }
    if (interp) {
      let open = -1;
      if (lang === "js" && ch === "$" && text[j + 1] === "{") open = j + 2;
      else if (lang === "ruby" && ch === "#" && text[j + 1] === "{") open = j + 2;
      else if (lang === "python" && ch === "{") {
        if (text[j + 1] === "{") {
          lit += "{";
          j += 2;
          continue;
        }
        open = j + 1;
      } else if (lang === "php" && (ch === "{" && text[j + 1] === "$" || ch === "$" && text[j + 1] === "{")) open = j + (ch === "{" ? 1 : 2);
      else if (lang === "php" && ch === "$" && /[A-Za-z_]/.test(text[j + 1] ?? "")) {
        let k = j + 1;
        while (k < n && /[A-Za-z0-9_]/.test(text[k])) k++;
        if (text.startsWith("->", k) && /[A-Za-z_]/.test(text[k + 2] ?? "")) {
          k += 2;
          while (k < n && /[A-Za-z0-9_]/.test(text[k])) k++;
        }
        flush();
        parts.push({ hole: text.slice(j, k) });
        j = k;
        continue;
      }
      if (open !== -1) {
        const e = matchBrace(text, open);
        flush();
        parts.push({ hole: text.slice(open, Math.min(e, open + HOLE_MAX)).trim() });
        j = e + 1;
        continue;
      }
    }
    lit += ch;
    j++;
  }
  flush();
  return { parts, end: Math.min(j, n) };
}
function matchBrace(text, i) {
  let depth = 0;
  const n = text.length;
  for (let j = i; j < n; j++) {
    const c = text[j];
    if (j - i > HOLE_MAX * 4) return j;
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return j;
      depth--;
    } else if (c === '"' || c === "'") {
      let k = j + 1;
      while (k < n && k - i <= HOLE_MAX * 4 && text[k] !== c && text[k] !== "\n") k++;
      if (text[k] === c) j = k;
    }
  }
  return n;
}

// src/calls/sites.ts
var HOST = /^(?:https?:)?(?:\/\/)?(graph(?:-video)?\.facebook\.com|graph\.instagram\.com)(?::443)?(?=\/|$|\?)/i;
var HOST_ANYWHERE = /graph(?:-video)?\.facebook\.com|graph\.instagram\.com/i;
var VERSION_LIT = /^v\d{1,3}\.\d{1,2}$/i;
var CLIENT_METHODS = /* @__PURE__ */ new Set([
  "api",
  "call",
  "get",
  "post",
  "delete",
  "Get",
  "Post",
  "Delete",
  "Api",
  "sendRequest",
  "request",
  "graph_call",
  "get_object",
  "get_connections",
  "put_object",
  "put_connections",
  "delete_object",
  "delete_connections",
  "put_wall_post",
  "put_comment",
  "put_like",
  "get_objects",
  "fetchObject",
  "fetchConnection",
  "publish",
  "deleteObject",
  "fetchObjects"
]);
var URL_WRAPPERS = /^(?:URI|URL|Uri|create|parse|Parse|urlparse|urljoin|new)$/;
var VERSION_NAME = /version|^v$|^ver$|apiv|graphv/i;
var HTTP_WORDS = { GET: "GET", POST: "POST", DELETE: "DELETE", PUT: "POST", PATCH: "POST", HEAD: "GET" };
var WINDOW = 80;
var DEPTH = 4;
var CALL_MARKERS = ["acebook", "ACEBOOK", "graph.instagram", "FB.api", "oala", "restfb"];
var MARKERS = new RegExp(CALL_MARKERS.map((m) => m.replace(".", "\\.")).join("|"));
var SDK_IMPORT = {
  js: /facebook-nodejs-business-sdk/,
  python: /facebook_business/,
  php: /FacebookAds\\/,
  java: /com\.facebook\.ads\.sdk/,
  ruby: /FacebookAds|facebookbusiness/,
  go: /(?!)/
};
function findCallSites(text, path) {
  const lang = languageOf(path);
  if (!lang || !MARKERS.test(text) || isMinified(text)) return [];
  return new Scanner(text, lang).run();
}
function isMinified(text) {
  if (text.length < 64 * 1024) return false;
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1 && lines * 1e3 < text.length; i = text.indexOf("\n", i + 1)) lines++;
  return lines * 1e3 < text.length;
}
var Scanner = class {
  constructor(text, lang) {
    this.lang = lang;
    this.toks = tokenize(text, lang);
    const n = this.toks.length;
    this.partner = new Int32Array(n).fill(-1);
    this.inCall = new Int32Array(n).fill(-1);
    const stack = [];
    const parens = [];
    for (let i = 0; i < n; i++) {
      const t = this.toks[i];
      this.inCall[i] = parens.length ? parens[parens.length - 1] : -1;
      if (t.t !== "op") continue;
      if (t.v === "(" || t.v === "[" || t.v === "{") {
        stack.push(i);
        if (t.v === "(") parens.push(i);
      } else if (t.v === ")" || t.v === "]" || t.v === "}") {
        const want = t.v === ")" ? "(" : t.v === "]" ? "[" : "{";
        for (let k = stack.length - 1; k >= 0 && k >= stack.length - 8; k--) {
          const o = stack[k];
          if (this.toks[o].v === want) {
            this.partner[o] = i;
            this.partner[i] = o;
            const removed = stack.splice(k);
            for (const r of removed) if (this.toks[r].v === "(" && parens[parens.length - 1] === r) parens.pop();
            break;
          }
        }
      }
    }
    this.concat = lang === "php" ? "." : "+";
    this.sdk = SDK_IMPORT[lang].test(text);
  }
  lang;
  toks;
  /** For each bracket token, the index of its partner; -1 otherwise. */
  partner;
  /** For each token, the index of the innermost `(` it is inside, or -1. */
  inCall;
  consts = /* @__PURE__ */ new Map();
  /** Variables bound to an SDK class (`const page = new Page(id)`). */
  bound = /* @__PURE__ */ new Map();
  out = [];
  taken = /* @__PURE__ */ new Set();
  concat;
  sdk;
  run() {
    this.collectConstants();
    if (this.sdk) this.collectBindings();
    const n = this.toks.length;
    for (let i = 0; i < n; i++) {
      const t = this.toks[i];
      if (t.t === "id" && this.toks[i + 1]?.t === "op" && this.toks[i + 1].v === "(") {
        if (this.clientCall(i)) continue;
        if (this.sdk && this.sdkCall(i)) continue;
      }
      if (t.t === "str" || t.t === "id") {
        const e = this.expr(i);
        if (!e) continue;
        if (!this.taken.has(e.first)) this.urlSite(e);
        if (e.last > i) i = e.last;
      }
    }
    return this.out.sort((a, b) => a.start - b.start);
  }
  // ---- tokens ----
  op(i, v) {
    const t = this.toks[i];
    return t !== void 0 && t.t === "op" && t.v === v;
  }
  id(i) {
    const t = this.toks[i];
    return t && t.t === "id" ? t.v : void 0;
  }
  str(i) {
    const t = this.toks[i];
    return t && t.t === "str" ? t.value : void 0;
  }
  member(i) {
    return this.op(i, ".") || this.op(i, "->") || this.op(i, "?.") || this.op(i, "::");
  }
  /** `name = <string expression>` (any language's spelling): remembered for resolving holes. */
  collectConstants() {
    const n = this.toks.length;
    for (let i = 0; i + 2 < n; i++) {
      const name = this.id(i);
      if (!name) continue;
      let at = -1;
      if (this.op(i + 1, "=") || this.op(i + 1, ":=") || this.op(i + 1, ":") && this.lang !== "python") at = i + 2;
      else if (name === "define" && this.op(i + 1, "(") && this.str(i + 2) && this.op(i + 3, ",")) {
        const e2 = this.expr(i + 4);
        if (e2 && !this.consts.has(this.str(i + 2))) this.consts.set(this.str(i + 2), e2);
        continue;
      }
      if (at === -1) continue;
      if (this.toks[at]?.t !== "str" && !(this.toks[at]?.t === "id" && this.op(at + 1, this.concat))) continue;
      const e = this.expr(at);
      if (e && !this.consts.has(bare(name))) this.consts.set(bare(name), e);
    }
  }
  /**
   * A string expression starting at token i: operands joined by the language's concatenation, where an
   * operand is a string literal, a variable or member chain (a hole named by its last identifier), or a
   * format call (`fmt.Sprintf`, `String.format`, `sprintf`, `'…'.format(…)`). Undefined when token i
   * starts none, or a lone variable.
   */
  expr(i) {
    const parts = [];
    let j = i;
    let operands = 0;
    let strings = 0;
    for (; ; ) {
      const r = this.operand(j, parts);
      if (r === -1) break;
      operands++;
      if (this.toks[j].t === "str" || r > j + 1) strings += this.toks[j].t === "str" || this.isFormat(j) ? 1 : 0;
      j = r;
      if (this.op(j, this.concat) && j + 1 < this.toks.length) {
        j++;
        continue;
      }
      break;
    }
    if (operands === 0 || strings === 0) return void 0;
    return { parts, first: i, last: j - 1 };
  }
  isFormat(j) {
    const v = this.id(j);
    return v !== void 0 && /^(?:Sprintf|format|sprintf)$/.test(this.id(j + 2) ?? v);
  }
  /** Parses one operand at j into `parts`; returns the index after it, or -1. */
  operand(j, parts) {
    const t = this.toks[j];
    if (!t) return -1;
    if (t.t === "str") {
      if (this.op(j + 1, ".") && this.id(j + 2) === "format" && this.op(j + 3, "(")) {
        const args = this.args(j + 3);
        parts.push(...fillPositional(t.parts, args.map((a) => this.argName(a)), /\{\}/g));
        return this.partner[j + 3] + 1;
      }
      parts.push(...t.parts);
      return j + 1;
    }
    if (t.t !== "id") return -1;
    let k = j;
    while (this.member(k + 1) && this.id(k + 2)) k += 2;
    const callee = this.id(k);
    if (this.op(k + 1, "(")) {
      if (/^(?:Sprintf|format|sprintf)$/.test(callee) && this.toks[k + 2]?.t === "str") {
        const args = this.args(k + 1);
        const fmt = this.toks[k + 2];
        parts.push(...fillPositional(fmt.parts, args.slice(1).map((a) => this.argName(a)), /%[sdvq]/g));
        return this.partner[k + 1] + 1;
      }
      return -1;
    }
    parts.push({ hole: callee });
    return k + 1;
  }
  /** Argument token ranges [from, to) of the call whose `(` is at p. */
  args(p) {
    const end = this.partner[p];
    if (end === -1) return [];
    const out = [];
    let from = p + 1;
    for (let k = p + 1; k < end && k - p < WINDOW * 4; k++) {
      const t = this.toks[k];
      if (t.t === "op" && (t.v === "(" || t.v === "[" || t.v === "{") && this.partner[k] > k) {
        k = this.partner[k];
        continue;
      }
      if (t.t === "op" && t.v === ",") {
        out.push([from, k]);
        from = k + 1;
      }
    }
    if (from < end) out.push([from, end]);
    return out;
  }
  /** The name of a simple argument (`pageId`, `self.page_id`, `$page`), else undefined. */
  argName([a, b]) {
    if (b - a >= 3 && this.id(a) && this.op(a + 1, "=")) a += 2;
    let name;
    for (let k = a; k < b; k++) {
      const v = this.id(k);
      if (v) name = v;
      else if (!this.member(k)) return void 0;
    }
    return name;
  }
  /** Resolves holes that name constants of the file, to a flat list of parts. */
  resolve(parts, depth = 0, seen = /* @__PURE__ */ new Set()) {
    const out = [];
    for (const p of parts) {
      if ("lit" in p) {
        out.push(p);
        continue;
      }
      const name = holeName(p.hole);
      const c = name !== void 0 && depth < DEPTH && !seen.has(name) ? this.consts.get(name) : void 0;
      if (c) {
        seen.add(name);
        out.push(...this.resolve(c.parts, depth + 1, seen));
        seen.delete(name);
      } else out.push(p);
    }
    return out;
  }
  // ---- URL strings ----
  urlSite(e) {
    const parts = this.resolve(e.parts);
    const first = parts[0];
    if (!first || !("lit" in first)) return;
    const m = HOST.exec(first.lit);
    if (!m) {
      if (HOST_ANYWHERE.test(first.lit)) return;
      return;
    }
    const rest = [{ lit: first.lit.slice(m[0].length) }, ...parts.slice(1)];
    const path = stripVersion(rest);
    if (path === null) return;
    const seg = segmentize(path);
    if (seg.empty) return;
    let a = e.first;
    let b = e.last;
    for (let k = 0; k < 3; k++) {
      const p = this.inCall[a];
      if (p === -1 || !URL_WRAPPERS.test(this.id(p - 1) ?? "") || this.partner[p] === -1) break;
      a = p - 1;
      while (this.member(a - 1) && this.id(a - 2)) a -= 2;
      if (this.id(a - 1) === "new") a--;
      b = this.partner[p];
    }
    if (this.isConstantDefinition(a)) {
      const name = bare(this.id(a - 2));
      const use = this.useOf(name, b + 1);
      if (use === -1) return;
      const method2 = this.methodAround(use, use, seg.method);
      this.push(this.toks[e.first].start, this.toks[e.last].end, method2, seg, "url");
      return;
    }
    const method = this.methodAround(a, b, seg.method);
    this.push(this.toks[e.first].start, this.toks[e.last].end, method, seg, "url");
  }
  isConstantDefinition(first) {
    return (this.op(first - 1, "=") || this.op(first - 1, ":=")) && this.id(first - 2) !== void 0;
  }
  /** The next use of a variable as a call argument, within a bounded window; -1 if none. */
  useOf(name, from) {
    const n = Math.min(this.toks.length, from + WINDOW * 4);
    for (let k = from; k < n; k++) {
      const v = this.id(k);
      if (v !== void 0 && bare(v) === name && this.inCall[k] !== -1 && !this.op(k + 1, "=")) return k;
    }
    return -1;
  }
  push(start, end, method, seg, via, node) {
    this.out.push({
      start,
      end,
      method,
      segments: seg.unresolved ? null : seg.segments,
      via,
      ...node ? { node } : {},
      ...seg.unresolved ? { reason: seg.unresolved } : {}
    });
  }
  /**
   * The HTTP method of a call whose URL or path spans tokens [a, b]: the enclosing call's name
   * (`requests.post`, `axios.delete`, `http.PostForm`), a method string among its arguments
   * (`fetch(url, { method: 'POST' })`, `http.NewRequest("POST", url)`), or a builder/curl option that
   * follows in the same statement (`.post(body)`, `CURLOPT_POST`); else `fallback` (from `?method=`) or GET.
   */
  methodAround(a, b, fallback) {
    const p = this.inCall[a];
    if (p !== -1) {
      let callee = this.id(p - 1);
      if (callee === "new" || callee === "create") callee = this.id(p - 3) ?? callee;
      const byName = callee ? methodOfName(callee) : void 0;
      if (byName) return byName;
      const end = this.partner[p] === -1 ? Math.min(this.toks.length, p + WINDOW) : Math.min(this.partner[p], p + WINDOW);
      for (let k = p + 1; k < end; k++) {
        if (k >= a && k <= b) continue;
        const s = this.str(k);
        if (s !== void 0 && HTTP_WORDS[s.toUpperCase()] && s.length <= 6 && (/^[A-Z]+$/.test(s) || this.keyBefore(k))) return HTTP_WORDS[s.toUpperCase()];
      }
      const handle = callee === "curl_init" && this.op(p - 2, "=") ? this.id(p - 3) : void 0;
      const stop = Math.min(this.toks.length, (this.partner[p] === -1 ? p : this.partner[p]) + WINDOW);
      for (let k = this.partner[p] === -1 ? b + 1 : this.partner[p] + 1; k < stop; k++) {
        const t = this.toks[k];
        if (t.t === "op" && t.v === ";" && callee !== "curl_init") break;
        if (t.t !== "id") continue;
        if (t.v === "curl_init") break;
        if (handle !== void 0 && (t.v === "CURLOPT_POST" || t.v === "CURLOPT_POSTFIELDS" || t.v === "CURLOPT_CUSTOMREQUEST") && this.id(k - 2) !== handle) continue;
        if (t.v === "CURLOPT_POST" || t.v === "CURLOPT_POSTFIELDS") return "POST";
        if (t.v === "CURLOPT_CUSTOMREQUEST") {
          const s = this.str(k + 2);
          if (s && HTTP_WORDS[s.toUpperCase()]) return HTTP_WORDS[s.toUpperCase()];
        }
        if (this.member(k - 1) && this.op(k + 1, "(")) {
          const m = builderMethod(t.v);
          if (m) return m;
        }
      }
    }
    return fallback ?? "GET";
  }
  /** Whether the string at k is the value of a `method`/`verb` key or argument. */
  keyBefore(k) {
    const sep = this.toks[k - 1];
    const key = this.toks[k - 2];
    if (sep?.t !== "op" || !(sep.v === ":" || sep.v === "=" || sep.v === "=>" || sep.v === ",")) return sep?.t === "op" && (sep.v === "(" || sep.v === ",");
    if (sep.v === ",") return true;
    const name = key?.t === "id" ? key.v : key?.t === "str" ? key.value : void 0;
    return name !== void 0 && /^(?:method|verb|http_method|httpMethod|type)$/i.test(name);
  }
  // ---- Graph clients ----
  /** A relative path passed to a known Graph client at the call whose callee is token i. */
  clientCall(i) {
    const callee = this.id(i);
    if (!CLIENT_METHODS.has(callee)) return false;
    const p = i + 1;
    if (this.partner[p] === -1) return false;
    const recv = this.member(i - 1) ? this.id(i - 2) : void 0;
    const args = this.args(p);
    if (args.length === 0) return false;
    const lc = callee.toLowerCase();
    const graphish = recv !== void 0 && /fb|facebook|graph|koala|session|client|api/i.test(bare(recv));
    let pathArg;
    let method;
    let extra = [];
    let wholePath;
    if (callee === "api" && recv === "FB") {
      pathArg = args[0];
      const m = this.str(args[1]?.[0] ?? -1);
      method = m && HTTP_WORDS[m.toUpperCase()] ? HTTP_WORDS[m.toUpperCase()] : void 0;
    } else if (callee === "call" && args.length >= 2 && HTTP_WORDS[(this.str(args[0][0]) ?? "").toUpperCase()]) {
      method = HTTP_WORDS[this.str(args[0][0]).toUpperCase()];
      const [a, b] = args[1];
      if (this.op(a, "[") || this.op(a, "(")) wholePath = this.listPath(a + 1, b - 1);
      else pathArg = args[1];
      if (!wholePath && !pathArg) return false;
    } else if (graphish && this.lang === "php" && (lc === "get" || lc === "post" || lc === "delete") && this.looksRelative(args[0])) {
      pathArg = args[0];
      method = lc.toUpperCase();
    } else if (graphish && (lc === "sendrequest" || lc === "request") && this.lang === "php" && HTTP_WORDS[(this.str(args[0][0]) ?? "").toUpperCase()]) {
      method = HTTP_WORDS[this.str(args[0][0]).toUpperCase()];
      pathArg = args[1];
    } else if (graphish && (this.lang === "python" || this.lang === "ruby") && /^(get_object|get_connections|put_object|put_connections|delete_object|delete_connections|put_wall_post|put_comment|put_like|get_objects)$/.test(callee)) {
      const kw = this.kwargs(args);
      const idArg = kw.get("id") ?? kw.get("parent_object") ?? args.find((a) => !this.isKwarg(a));
      const conn = kw.get("connection_name") ?? args.filter((a) => !this.isKwarg(a))[1];
      if (!idArg) return false;
      method = callee.startsWith("put") ? "POST" : callee.startsWith("delete") ? "DELETE" : "GET";
      pathArg = idArg;
      if (callee === "put_wall_post") extra = [{ lit: "feed" }];
      else if (callee === "put_comment") extra = [{ lit: "comments" }];
      else if (callee === "put_like") extra = [{ lit: "likes" }];
      else if (/connections|put_object/.test(callee)) {
        if (!conn) return false;
        const c = this.pathOf(conn);
        if (!c || c.unresolved || c.segments.length !== 1 || !("lit" in c.segments[0])) {
          this.push(this.toks[i].start, this.toks[this.partner[p]].end, method, { segments: [], unresolved: "variable edge", empty: false }, "client");
          return true;
        }
        extra = c.segments;
      }
      const id = this.pathOf(pathArg);
      if (!id) return false;
      if (id.unresolved === "variable edge" && id.segments.length === 0) id.unresolved = void 0;
      const segs = id.unresolved ? id : { ...id, segments: [...id.segments.map(asNode), ...extra] };
      this.push(this.toks[i].start, this.toks[this.partner[p]].end, method, segs, "client");
      return true;
    } else if (graphish && (this.lang === "python" || this.lang === "ruby") && (callee === "request" || callee === "graph_call") && this.looksRelative(args[0])) {
      const kw = this.kwargs(args);
      const m = kw.get("method") ?? kw.get("verb");
      const ms = m ? this.str(m[0]) : this.str(args[2]?.[0] ?? -1);
      method = ms && HTTP_WORDS[ms.toUpperCase()] ? HTTP_WORDS[ms.toUpperCase()] : kw.has("post_args") ? "POST" : "GET";
      pathArg = args[0];
    } else if (this.lang === "java" && /^(fetchObject|fetchConnection|publish|deleteObject|fetchObjects)$/.test(callee) && recv && /client|facebook|fb/i.test(recv)) {
      method = callee === "publish" ? "POST" : callee === "deleteObject" ? "DELETE" : "GET";
      pathArg = args[0];
    } else if (this.lang === "go" && recv !== void 0 && /^(fb|session|facebook|graph)$/i.test(recv) && /^(Get|Post|Delete|Api)$/.test(callee)) {
      method = callee === "Api" ? this.id(args[1]?.[0] ?? -1) === "fb" ? this.id((args[1]?.[0] ?? 0) + 2) : void 0 : callee.toUpperCase();
      if (method && !HTTP_WORDS[method]) method = void 0;
      pathArg = args[0];
    } else return false;
    const end = this.toks[this.partner[p]].end;
    if (wholePath) {
      const seg2 = segmentize(this.partsOfList(wholePath));
      this.push(this.toks[i].start, end, method ?? "GET", seg2, "client");
      return true;
    }
    if (!pathArg) return false;
    const seg = this.pathOf(pathArg);
    if (!seg) return false;
    if (seg.host) return false;
    if (seg.empty) return false;
    this.markTaken(pathArg);
    this.push(this.toks[i].start, end, method ?? seg.method ?? "GET", seg, "client");
    return true;
  }
  isKwarg([a, b]) {
    return b - a >= 2 && this.id(a) !== void 0 && (this.op(a + 1, "=") || this.op(a + 1, ":"));
  }
  kwargs(args) {
    const m = /* @__PURE__ */ new Map();
    for (const [a, b] of args) if (this.isKwarg([a, b])) m.set(this.id(a), [a + 2, b]);
    return m;
  }
  markTaken([a, b]) {
    for (let k = a; k < b; k++) this.taken.add(k);
  }
  looksRelative([a]) {
    const t = this.toks[a];
    if (t?.t !== "str") return false;
    const p = t.parts[0];
    return p !== void 0 && "lit" in p && /^\/|^\{|^me\b/.test(p.lit);
  }
  /** A path argument (string expression or variable) as segments; undefined when it is not a string at all. */
  pathOf([a, b]) {
    const e = this.expr(a);
    if (e && e.last < b - 1 && !this.op(e.last + 1, ",")) return void 0;
    let parts;
    if (e) parts = this.resolve(e.parts);
    else {
      const name = this.argName([a, b]);
      if (name === void 0) return { segments: [], unresolved: "computed path", empty: false };
      parts = this.resolve([{ hole: name }]);
    }
    const first = parts[0];
    if (first && "lit" in first && HOST.test(first.lit)) return { segments: [], empty: false, host: true };
    const path = stripVersion(parts, true);
    if (path === null) return { segments: [], unresolved: "computed path", empty: false };
    return segmentize(path);
  }
  /** The elements of a `[id, 'feed']` / `(id, 'feed')` path list as parts joined by `/`. */
  listPath(a, _b) {
    return this.args(a - 1).map(([x, y]) => {
      const s = this.str(x);
      if (s !== void 0 && y === x + 1) return { lit: s };
      const name = this.argName([x, y]);
      return { ph: name ?? "" };
    }).filter((s) => !("lit" in s && s.lit === ""));
  }
  partsOfList(segs) {
    const out = [];
    segs.forEach((s, k) => {
      out.push({ lit: k === 0 ? "" : "/" });
      if ("lit" in s) out.push({ lit: s.lit.replace(/^\/+|\/+$/g, "") });
      else out.push({ hole: s.ph || "(expr)" });
    });
    return out;
  }
  // ---- business SDKs ----
  /** `x = new Page(id)`, `x = Page(id)` (Python), `Page x = new Page(id, ctx)` (Java), `$x = new Page($id)`, Ruby `x = FacebookAds::Page.get(id)`. */
  collectBindings() {
    const n = this.toks.length;
    for (let i = 0; i + 3 < n; i++) {
      const name = this.id(i);
      if (!name || !(this.op(i + 1, "=") || this.op(i + 1, ":="))) continue;
      let k = i + 2;
      if (this.id(k) === "await") k++;
      if (this.id(k) === "new") k++;
      while (this.id(k) && this.member(k + 1) && this.id(k + 2)) k += 2;
      let cls = this.id(k);
      if (this.lang === "ruby" && (cls === "get" || cls === "new") && this.member(k - 1)) cls = this.id(k - 2);
      if (cls && sdkClasses[cls] && (this.op(k + 1, "(") || this.op(k + 1, "."))) this.bound.set(bare(name), cls);
      const typ = this.id(i - 1);
      if (typ && sdkClasses[typ] && this.lang === "java") this.bound.set(name, typ);
    }
  }
  /** An SDK method call at callee token i (`recv.createProduct(`, `$page->getFeed(`, `account.get_insights(`). */
  sdkCall(i) {
    if (!this.member(i - 1)) return false;
    const method = this.id(i);
    const cls = this.receiverClass(i - 2);
    const p = i + 1;
    if (cls === void 0) {
      if (!/^(?:create|get|delete)(?:[A-Z]|_[a-z])/.test(method) || !isSdkEdgeMethod(method)) {
        return this.rubyCall(i);
      }
      this.push(this.toks[i].start, this.toks[i].end, methodOfSdkName(method), { segments: [], unresolved: "SDK method on an object of unknown class", empty: false }, "sdk");
      return true;
    }
    const op = sdkOperation(cls, method);
    if (!op) return false;
    const segments = [{ ph: cls }];
    if (op.edge) segments.push({ lit: op.edge });
    this.push(this.toks[i].start, this.toks[i].end, op.http, { segments, empty: false }, "sdk", cls);
    void p;
    return true;
  }
  /** Ruby business SDK: `account.campaigns.create(…)`, `account.insights(…)`, `FacebookAds::AdAccount.get(id)`. */
  rubyCall(i) {
    if (this.lang !== "ruby") return false;
    const name = this.id(i);
    if (name === "get" && this.member(i - 1) && sdkClasses[this.id(i - 2) ?? ""] && this.op(i - 3, "::")) {
      const cls = this.id(i - 2);
      this.push(this.toks[i - 2].start, this.toks[i].end, "GET", { segments: [{ ph: cls }], empty: false }, "sdk", cls);
      return true;
    }
    return false;
  }
  /** The SDK class of the receiver ending at token r: a bound variable, `new X(…)`, `X(…)` (Python), `(new X(…))`. */
  receiverClass(r) {
    const v = this.id(r);
    if (v !== void 0) return this.bound.get(bare(v));
    if (!this.op(r, ")")) return void 0;
    const o = this.partner[r];
    if (o === -1) return void 0;
    const callee = this.id(o - 1);
    if (callee && sdkClasses[callee] && (this.id(o - 2) === "new" || this.lang === "python")) return callee;
    if (this.id(o + 1) === "new" && sdkClasses[this.id(o + 2) ?? ""] && this.op(o + 3, "(") && this.partner[o + 3] === r - 1) return this.id(o + 2);
    return void 0;
  }
};
function bare(name) {
  return name.replace(/^[$@]+/, "");
}
function holeName(hole) {
  const h = hole.trim();
  if (/^[\w$@]+(?:(?:\.|->|\?\.|::)[\w$@]+)*$/.test(h)) return bare(h.split(/\.|->|\?\.|::/).pop());
  return void 0;
}
function fillPositional(parts, names, re) {
  let n = 0;
  const out = [];
  for (const p of parts) {
    if (!("lit" in p)) {
      out.push(p);
      continue;
    }
    let last = 0;
    for (const m of p.lit.matchAll(re)) {
      if (m.index > last) out.push({ lit: p.lit.slice(last, m.index) });
      out.push({ hole: names[n++] ?? "(expr)" });
      last = m.index + m[0].length;
    }
    if (last < p.lit.length) out.push({ lit: p.lit.slice(last) });
  }
  return out;
}
function methodOfName(callee) {
  const c = callee.toLowerCase();
  if (/^(?:post|postform|post_form|postjson|post_json|put|patch|post_async)$/.test(c)) return "POST";
  if (/^(?:delete|del)$/.test(c)) return "DELETE";
  if (/^(?:get|head|getjson|get_json|urlopen)$/.test(c)) return c === "urlopen" ? void 0 : "GET";
  return void 0;
}
function builderMethod(name) {
  if (name === "post" || name === "POST" || name === "put" || name === "PUT" || name === "patch") return "POST";
  if (name === "delete" || name === "DELETE") return "DELETE";
  return void 0;
}
function methodOfSdkName(name) {
  return /^create/.test(name) ? "POST" : /^delete/.test(name) ? "DELETE" : "GET";
}
function stripVersion(parts, relative = false) {
  const out = [];
  let i = 0;
  let head = parts.map((p) => "lit" in p ? p : p);
  void relative;
  const first = head[0];
  if (first && "lit" in first) {
    const m = /^\/?(v\d{1,3}\.\d{1,2})(?=\/|$|\?)/i.exec(first.lit);
    if (m && VERSION_LIT.test(m[1])) head = [{ lit: first.lit.slice(m[0].length) }, ...head.slice(1)];
    else if (/^\/?$/.test(first.lit) && head[1] && "hole" in head[1] && VERSION_NAME.test(holeName(head[1].hole) ?? "")) head = head.slice(2);
  } else if (first && "hole" in first && VERSION_NAME.test(holeName(first.hole) ?? "")) head = head.slice(1);
  for (; i < head.length; i++) {
    const p = head[i];
    if ("lit" in p) {
      const q = p.lit.search(/[?#]/);
      if (q !== -1) {
        out.push({ lit: p.lit.slice(0, q) });
        const query = p.lit.slice(q);
        const mm = /[?&]method=(post|delete|get)\b/i.exec(query);
        if (mm) out.push({ lit: `\0${mm[1].toUpperCase()}` });
        break;
      }
    }
    out.push(p);
  }
  return out;
}
var ID_HINT = /(?:^|[^a-z])id$|Id$|ID$|_id$|^id$|ids?$/;
function segmentize(parts) {
  const segs = [[]];
  let method;
  for (const p of parts) {
    if ("lit" in p) {
      if (p.lit.startsWith("\0")) {
        method = p.lit.slice(1);
        continue;
      }
      const pieces = p.lit.split("/");
      pieces.forEach((piece, k) => {
        if (k > 0) segs.push([]);
        if (piece) segs[segs.length - 1].push({ lit: piece });
      });
    } else segs[segs.length - 1].push(p);
  }
  const nonEmpty = segs.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return { segments: [], empty: true, ...method ? { method } : {} };
  const out = [];
  let unresolved;
  nonEmpty.forEach((s, k) => {
    const seg = classify2(s, k, k === nonEmpty.length - 1);
    if (typeof seg === "string") unresolved ??= seg;
    else out.push(seg);
  });
  return { segments: out, empty: false, ...unresolved ? { unresolved } : {}, ...method ? { method } : {} };
}
var PATHISH = /path|url|uri|endpoint|edge|route|resource|query|target/i;
function classify2(s, index2, last) {
  if (s.every((p) => "lit" in p)) {
    const lit = s.map((p) => p.lit).join("");
    if (/^\d+$/.test(lit)) return { ph: "id" };
    if (/^act_\d+$/.test(lit) || /^act_[{<]/.test(lit)) return { ph: lit.replace(/^act_[{<]?|[}>]$/g, "") || "ad-account-id", act: true };
    const m = /^[{<:]([\w .-]*)[}>]?$/.exec(lit);
    if (m && (lit.startsWith("{") || lit.startsWith("<") || lit.startsWith(":"))) return { ph: m[1] || "id" };
    if (/^%[sdv]$/.test(lit)) return { ph: "id" };
    if (/^\d+_\d+$/.test(lit)) return { ph: "post-id" };
    return { lit };
  }
  const holes = s.filter((p) => "hole" in p);
  const lits = s.filter((p) => "lit" in p).map((p) => p.lit).join("");
  const name = holeName(holes[holes.length - 1].hole);
  if (lits === "act_" && "lit" in s[0]) return { ph: name ?? "ad-account-id", act: true };
  if (holes.length === 1 && s.length === 1) {
    if (name === void 0) return index2 === 0 && !last ? { ph: "id" } : "computed path";
    if (ID_HINT.test(name) || looksLikeNode(name)) return { ph: name };
    if (index2 === 0) return last || PATHISH.test(name) ? "computed path" : { ph: name };
    return "variable edge";
  }
  if (name !== void 0 && (ID_HINT.test(name) || looksLikeNode(name) || index2 === 0)) return { ph: name };
  return index2 === 0 ? { ph: "id" } : "variable edge";
}
function looksLikeNode(name) {
  return /(?:page|catalog|account|user|post|media|business|campaign|adset|order|phone|waba|product|pixel|form|lead|comment|node|object|parent|me)$/i.test(
    name.replace(/[_-]/g, "")
  );
}
function asNode(s) {
  if ("ph" in s) return s;
  if (/^(?:me|[\d_]+|act_\d+)$/.test(s.lit)) return s;
  return s;
}

// src/calls/analyze.ts
var TOKEN_NAME = /\b[A-Z][A-Z0-9_]*TOKEN[A-Z0-9_]*\b/g;
function readFileCalls(src, tokenNames2, opts = {}) {
  const { path, text } = src;
  if (isProseFile(path)) return { file: path, calls: [], tokens: [] };
  const owns = src.owns ?? (() => true);
  const sites = findCallSites(text, path).filter((s) => owns(s.start));
  const names = opts.discover && sites.length > 0 ? [.../* @__PURE__ */ new Set([...tokenNames2, ...text.match(TOKEN_NAME) ?? []])] : tokenNames2;
  const refs = names.length > 0 ? findSecretReferences(text, [...names]).filter((r) => owns(r.start)) : [];
  if (sites.length === 0 && refs.length === 0) return { file: path, calls: [], tokens: [] };
  const pos = positions(text, src.startLine ?? 1, src.startColumn ?? 1);
  const calls = sites.map((s) => {
    const a = pos(s.start);
    const b = pos(s.end);
    const base = { file: path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, method: s.method, via: s.via, ...sourceOf(lineAt(text, s.start)) };
    if (!s.segments) return { ...base, status: "unresolved", reason: s.reason ?? "computed path" };
    const endpoint = matchEndpoint({ method: s.method, segments: s.segments, ...s.node ? { node: s.node } : {} });
    if (endpoint) return { ...base, path: endpoint.path, status: "mapped", endpoint };
    return { ...base, path: displayPath(s.segments, s.node), status: "unknown" };
  });
  const tokens = refs.map((r) => ({ name: r.name, ...pos(r.start) }));
  return { file: path, calls, tokens };
}
function displayPath(segs, node) {
  return renderPath(
    segs.map((s, i) => {
      if ("lit" in s) return s;
      if (i === 0 && node) return { ph: `${node.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}-id` };
      return { ph: /^[a-z][a-z0-9-]*-id$/.test(s.ph) ? s.ph : "id", ...s.act ? { act: true } : {} };
    })
  );
}
var sourceOf = (l) => l === void 0 ? {} : { source: l };
function lineAt(text, o) {
  const s = text.lastIndexOf("\n", o - 1) + 1;
  let e = text.indexOf("\n", o);
  if (e === -1) e = text.length;
  return e - s <= 4096 ? text.slice(s, e) : void 0;
}
function positions(text, startLine, startColumn) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (o) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: startLine + lo, column: lo === 0 ? startColumn + o : o - starts[lo] + 1 };
  };
}
function mergeFileCalls(a, b) {
  return { file: a.file, calls: [...a.calls, ...b.calls], tokens: [...a.tokens, ...b.tokens] };
}
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
  const per = users.map((user, index2) => ({
    name: user.name,
    index: index2,
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
  compileGlobs,
  GitignoreMatcher,
  codeModel,
  isProseFile,
  environmentOfName,
  lineAnchor,
  findSecretReferences,
  referenceNeedles,
  CALL_MARKERS,
  readFileCalls,
  mergeFileCalls,
  tokenNames,
  analyzeCalls,
  missingFor,
  taskMet,
  toInferJson
};
