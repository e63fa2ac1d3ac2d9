import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  normalizeAssetId,
  resolveAsset
} from "./chunk-TD2545L5.js";
import {
  expandTasks
} from "./chunk-LDZBVBNS.js";
import {
  redactCredentials
} from "./chunk-7LXZ52FI.js";

// src/diff.ts
var KIND_ORDER = [
  "user-added",
  "user-removed",
  "permission-added",
  "permission-removed",
  "grant-added",
  "grant-removed",
  "tasks-broadened",
  "tasks-narrowed",
  "role-raised",
  "role-lowered",
  "environment-changed",
  "token-never-expires",
  "token-expiring"
];
var NEW_ACCESS_KINDS = /* @__PURE__ */ new Set([
  "user-added",
  "permission-added",
  "grant-added",
  "tasks-broadened",
  "role-raised",
  "token-never-expires"
]);
function diffManifests(base, head, opts = {}) {
  const expand = opts.expand ?? expandTasks;
  const changes = [];
  const add = (kind, user, path, text, side = "head") => changes.push({ kind, user, newAccess: NEW_ACCESS_KINDS.has(kind), path, side, text });
  const baseUsers = /* @__PURE__ */ new Map();
  (base?.systemUsers ?? []).forEach((user, index) => {
    if (!baseUsers.has(user.name)) baseUsers.set(user.name, { user, index });
  });
  const headNames = /* @__PURE__ */ new Set();
  head.systemUsers.forEach((h, hi) => {
    if (headNames.has(h.name)) return;
    headNames.add(h.name);
    const userPath = ["systemUsers", hi];
    const found = baseUsers.get(h.name);
    if (!found) {
      add("user-added", h.name, userPath, describeNewUser(h, head));
      return;
    }
    const b = found.user;
    const basePath = ["systemUsers", found.index];
    const basePerms = new Set(b.permissions ?? []);
    const headPerms = new Set(h.permissions ?? []);
    (h.permissions ?? []).forEach((p, i) => {
      if (!basePerms.has(p)) add("permission-added", h.name, [...userPath, "permissions", i], `${h.name} gains permission ${p}`);
    });
    (b.permissions ?? []).forEach((p, i) => {
      if (!headPerms.has(p)) add("permission-removed", h.name, [...basePath, "permissions", i], `${h.name} loses permission ${p}`, "base");
    });
    const baseGrants = resolveGrants(b, base);
    const headGrants = resolveGrants(h, head);
    for (const [key, hg] of headGrants) {
      const grantPath = [...userPath, "assets", hg.index];
      const bg = baseGrants.get(key);
      if (!bg) {
        add("grant-added", h.name, grantPath, `${h.name} gains ${taskList(hg.tasks)} on ${hg.label}`);
        continue;
      }
      const type = hg.type ?? bg.type;
      const hx = type ? expand(type, hg.tasks) : new Set(hg.tasks);
      const bx = type ? expand(type, bg.tasks) : new Set(bg.tasks);
      const gained = [...hx].filter((t) => !bx.has(t));
      const lost = [...bx].filter((t) => !hx.has(t));
      if (gained.length > 0) {
        const named = hg.tasks.filter((t) => !bx.has(t));
        const words = named.length > 0 ? named : gained.sort();
        add("tasks-broadened", h.name, [...grantPath, "tasks"], `${h.name} gains ${taskList(words)} on ${hg.label} (was ${taskList(bg.tasks)})`);
      }
      if (lost.length > 0) {
        const named = bg.tasks.filter((t) => !hx.has(t));
        const words = named.length > 0 ? named : lost.sort();
        add("tasks-narrowed", h.name, [...grantPath, "tasks"], `${h.name} loses ${taskList(words)} on ${hg.label} (now ${taskList(hg.tasks)})`);
      }
    }
    for (const [key, bg] of baseGrants) {
      if (!headGrants.has(key)) add("grant-removed", h.name, [...basePath, "assets", bg.index], `${h.name} loses access to ${bg.label}`, "base");
    }
    if (b.role !== "admin" && h.role === "admin") add("role-raised", h.name, [...userPath, "role"], `${h.name} is raised to admin`);
    if (b.role === "admin" && h.role !== "admin") add("role-lowered", h.name, [...userPath, "role"], `${h.name} is lowered to ${h.role}`);
    if ((b.environment ?? null) !== (h.environment ?? null)) {
      const path = h.environment !== void 0 ? [...userPath, "environment"] : userPath;
      add(
        "environment-changed",
        h.name,
        path,
        `${h.name} moves from ${b.environment ?? "no environment"} to ${h.environment ?? "no environment"}`
      );
    }
    if (h.token) {
      const tokenPath = h.token.expires !== void 0 ? [...userPath, "token", "expires"] : [...userPath, "token"];
      if (h.token.expires === "never" && b.token?.expires !== "never") {
        add("token-never-expires", h.name, tokenPath, `${h.name}'s token no longer expires`);
      } else if (b.token?.expires === "never" && h.token.expires !== "never") {
        add("token-expiring", h.name, tokenPath, `${h.name}'s token now expires${h.token.expires ? ` (${h.token.expires})` : ""}`);
      }
    }
  });
  for (const [name, { index }] of baseUsers) {
    if (!headNames.has(name)) add("user-removed", name, ["systemUsers", index], `system user ${name} is removed`, "base");
  }
  return changes.sort(compareChanges);
}
function compareChanges(a, b) {
  if (a.user !== b.user) return a.user < b.user ? -1 : 1;
  const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (k !== 0) return k;
  const pa = a.path.join("\0");
  const pb = b.path.join("\0");
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}
function describeNewUser(u, m) {
  const role = u.environment ? `${u.role}, ${u.environment}` : u.role;
  const parts = [];
  const perms = u.permissions ?? [];
  if (perms.length > 0) parts.push(`${perms.length === 1 ? "permission" : "permissions"} ${perms.join(", ")}`);
  for (const g of resolveGrants(u, m).values()) parts.push(`${taskList(g.tasks)} on ${g.label}`);
  if (u.token?.expires === "never") parts.push("a token that never expires");
  return `new system user ${u.name} (${role})${parts.length > 0 ? ` with ${parts.join("; ")}` : ""}`;
}
function taskList(tasks) {
  return tasks.length > 0 ? tasks.join(", ") : "no tasks";
}
function resolveGrants(u, m) {
  const out = /* @__PURE__ */ new Map();
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
function formatDiffText(changes) {
  if (changes.length === 0) return "No access changes.\n";
  const byUser = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const list = byUser.get(c.user) ?? [];
    list.push(c);
    byUser.set(c.user, list);
  }
  const lines = [];
  for (const [user, list] of byUser) {
    lines.push(user);
    for (const c of list) lines.push(`  ${changeSign(c)} ${c.text}`);
  }
  const fresh = changes.filter((c) => c.newAccess).length;
  lines.push("");
  lines.push(
    `${changes.length} access ${changes.length === 1 ? "change" : "changes"}, ${fresh} granting new access.`
  );
  return `${lines.join("\n")}
`;
}
var REMOVAL_KINDS = /* @__PURE__ */ new Set([
  "user-removed",
  "permission-removed",
  "grant-removed",
  "tasks-narrowed",
  "role-lowered",
  "token-expiring"
]);
function changeSign(c) {
  if (c.newAccess) return "+";
  if (REMOVAL_KINDS.has(c.kind)) return "-";
  return "~";
}

// src/version.ts
var VERSION = true ? "1.0.0" : sourceVersion();

// src/severity.ts
var RANK = { error: 3, warn: 2, notice: 1 };
function compareSeverity(a, b) {
  return RANK[b] - RANK[a];
}
function atLeast(s, threshold) {
  return RANK[s] >= RANK[threshold];
}

// src/sort.ts
var byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortAndDedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const k = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.fingerprint}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort(
    (a, b) => byString(a.file, b.file) || a.line - b.line || a.column - b.column || compareSeverity(a.severity, b.severity) || byString(a.ruleId, b.ruleId)
  );
}
function sortBySeverity(findings) {
  return findings.map((f, i) => ({ f, i })).sort(
    (a, b) => compareSeverity(a.f.severity, b.f.severity) || byString(a.f.file, b.f.file) || a.f.line - b.f.line || a.f.column - b.f.column || a.i - b.i
  ).map(({ f }) => f);
}

// src/text.ts
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/format/annotation-position.ts
function annotationPosition(f) {
  if (f.line < 1) return void 0;
  let endLine = Math.max(f.line, f.endLine || f.line);
  if (endLine > f.line && f.endColumn <= 1) endLine--;
  const pos = { startLine: f.line, endLine };
  if (endLine === f.line && f.column >= 1) {
    pos.startColumn = f.column;
    pos.endColumn = Math.max(f.column, (f.endLine === f.line ? f.endColumn : f.column + 1) - 1);
  }
  return pos;
}
function annotationTitle(f) {
  return f.ruleId;
}

// src/format/github.ts
function escapeData(s) {
  return neutraliseCommands(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function neutraliseCommands(s) {
  return s.replace(/^([\s\u0085]*):(?=:)/gm, "$1:​").replace(/##\[/g, "#​#[");
}
var LEVEL = { error: "error", warn: "warning", notice: "notice" };
function command(f) {
  const props = [`file=${escapeProperty(f.file)}`];
  const pos = annotationPosition(f);
  if (pos) {
    props.push(`line=${pos.startLine}`, `endLine=${pos.endLine}`);
    if (pos.startColumn !== void 0) props.push(`col=${pos.startColumn}`, `endColumn=${pos.endColumn}`);
  }
  props.push(`title=${escapeProperty(annotationTitle(f))}`);
  const msg = f.suggestion ? `${f.message} ${f.suggestion}` : f.message;
  return `::${LEVEL[f.severity]} ${props.join(",")}::${escapeData(msg)}`;
}
var formatGithub = (report) => report.findings.map((f) => `${command(f)}
`).join("");

// src/format/markdown.ts
var MAX_LISTED = 50;
function listed(items, line) {
  const out = items.slice(0, MAX_LISTED).map(line);
  if (items.length > MAX_LISTED) out.push(`  - _${items.length - MAX_LISTED} more not shown_`);
  return out;
}
function callLines(ctx) {
  const out = [];
  const ops = ctx.operations ?? [];
  if (ops.length > 0) {
    out.push("### Operations this PR adds", "");
    for (const u of ops) {
      out.push(`- **${escapeInline(u.user)}**`);
      out.push(...listed(u.added, (o) => `  - ${escapeInline(`${o.method} ${o.path}`)} (${escapeInline(o.file)}:${o.line})`));
    }
    out.push("");
  }
  const ev = ctx.evidence ?? [];
  if (ev.length > 0) {
    out.push("### Graph API calls per system user", "");
    for (const u of ev) {
      const extra = [u.unresolved ? `${u.unresolved} unresolved` : "", u.unknown ? `${u.unknown} unknown` : ""].filter(Boolean).join(", ");
      out.push(`- **${escapeInline(u.user)}**: ${plural(u.calls.length, "call")}${extra ? ` (and ${extra})` : ""}`);
      out.push(...listed(u.calls, (c) => `  - ${escapeInline(`${c.method} ${c.path}`)} (${escapeInline(c.file)}:${c.line}) needs ${c.needs.length ? c.needs.map((p) => escapeInline(p)).join(", ") : "no permission"}`));
    }
    out.push("");
  }
  return out;
}
var SEVERITY_WORD = { error: "error", warn: "warning", notice: "notice" };
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCell(text) {
  return escapeInline(text.replace(/\r\n|\r|\n/g, " "));
}
function escapeInline(text) {
  return (
    // Credentials go first: escaping (`\|`, `\_`) would hide an app token's shape from the sink afterwards.
    escapeHtml(redactCredentials(text.replace(/[\r\n]+/g, " "))).replace(/([\\`*_[\]|~#!])/g, "\\$1").replace(/@(?=[A-Za-z0-9])/g, "@​").replace(/\b(https?|ftp|mailto|xmpp|file|javascript|data)(?=:)/gi, "$1​").replace(/\b(www)(?=\.)/gi, "$1​")
  );
}
function location(f) {
  const loc = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  return loc.includes("`") || loc.includes("\n") ? escapeCell(loc) : `\`${loc.replace(/\|/g, "\\|")}\``;
}
function findingRow(f) {
  const message = f.suggestion ? `${f.message} ${f.suggestion}` : f.message;
  return `| ${SEVERITY_WORD[f.severity]} | \`${f.ruleId.replace(/[`|]/g, "")}\` | ${location(f)} | ${escapeCell(message)} |`;
}
function totalsLine(report) {
  const s = report.summary;
  const parts = [
    s.errors > 0 ? `**${plural(s.errors, "error")}**` : plural(s.errors, "error"),
    plural(s.warnings, "warning"),
    plural(s.notices, "notice"),
    `${plural(s.filesScanned, "file")} scanned`,
    `live: ${s.live}`
  ];
  const hidden = [];
  if (report.suppressed) hidden.push(`${report.suppressed} suppressed`);
  if (report.baselined) hidden.push(`${report.baselined} in the baseline`);
  return parts.join(" · ") + (hidden.length > 0 ? ` (${hidden.join(", ")})` : "");
}
function changeLine(c) {
  return c.newAccess ? `- **New access:** ${escapeInline(c.text)}` : `- ${escapeInline(c.text)}`;
}
function accessLines(changes) {
  const ordered = [...changes.filter((c) => c.newAccess), ...changes.filter((c) => !c.newAccess)];
  const fresh = ordered.filter((c) => c.newAccess).length;
  return [
    "### Access changes",
    "",
    `${plural(ordered.length, "change")} to system-user access, ${fresh} granting new access.`,
    "",
    ...ordered.map(changeLine)
  ];
}
function formatMarkdown(report, ctx = {}) {
  const title = ctx.title ?? "graphguard";
  const findings = sortBySeverity(report.findings);
  const changes = ctx.changes ?? [];
  const head = [`## ${escapeInline(title)}`, "", totalsLine(report), ""];
  if (report.summary.live === "incomplete" && report.unverified && report.unverified.length > 0) {
    head.push(`Live check incomplete; not verified: ${report.unverified.map(escapeInline).join(", ")}.`, "");
  }
  const tableHead = ["| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |"];
  const rows = findings.map(findingRow);
  const access = changes.length > 0 ? accessLines(changes) : [];
  const calls = callLines(ctx);
  const where = ctx.moreUrl ? `[${escapeInline(ctx.moreLabel ?? "the job summary")}](${ctx.moreUrl.replace(/[()<>\s]/g, encodeURIComponent)})` : escapeInline(ctx.moreLabel ?? "the job summary/SARIF");
  const findingsNote = (n) => `_${n} more ${n === 1 ? "finding" : "findings"} not shown — see ${where}._`;
  const changesNote = (n) => `_${n} more access ${n === 1 ? "change" : "changes"} not shown — see ${where}._`;
  const assemble = (shownRows2, shownChanges2) => {
    const lines = [...head];
    if (findings.length === 0) {
      lines.push("No findings.", "");
    } else {
      if (shownRows2 > 0) lines.push(...tableHead, ...rows.slice(0, shownRows2), "");
      if (shownRows2 < rows.length) lines.push(findingsNote(rows.length - shownRows2), "");
    }
    if (access.length > 0) {
      lines.push(...access.slice(0, 4 + shownChanges2), "");
      if (shownChanges2 < changes.length) lines.push(changesNote(changes.length - shownChanges2), "");
    }
    lines.push(...calls);
    return neutraliseCommands(lines.join("\n"));
  };
  const within = (s) => (ctx.maxChars === void 0 || s.length <= ctx.maxChars) && (ctx.maxBytes === void 0 || Buffer.byteLength(s, "utf8") <= ctx.maxBytes);
  const fits = (shownRows2, shownChanges2) => within(assemble(shownRows2, shownChanges2));
  if (fits(rows.length, changes.length)) return assemble(rows.length, changes.length);
  const shownChanges = fits(0, changes.length) ? changes.length : largest(changes.length, (n) => fits(0, n));
  const shownRows = largest(rows.length, (n) => fits(n, shownChanges));
  return assemble(shownRows, shownChanges);
}
function largest(max, ok) {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export {
  plural,
  atLeast,
  sortAndDedupe,
  diffManifests,
  formatDiffText,
  VERSION,
  formatGithub,
  formatMarkdown
};
