/** Markdown report: totals, findings table and access diff, for the job summary and the PR comment. */
import type { AccessChange } from '../diff.js';
import { sortBySeverity } from '../sort.js';
import { plural } from '../text.js';
import type { Finding, Report, Severity } from '../types.js';
import { neutraliseCommands } from './github.js';
import { redactCredentials } from '../secrets/sink.js';
import { pushAll } from '../arrays.js';
import { detectionTurnedDown } from '../outcome.js';

export interface MarkdownContext {
  /** The access diff of a pull request; omitted or empty → no "Access changes" section. */
  changes?: AccessChange[];
  /** Size limit in UTF-16 characters (GitHub comments count characters). Whole table rows are dropped. */
  maxChars?: number;
  /** Size limit in UTF-8 bytes (the job summary's 1 MiB). */
  maxBytes?: number;
  /**
   * What the text goes through before it is written (the output sink: a control character becomes six
   * characters, a short secret its longer redacted form): the limits hold for the text as written.
   */
  clean?: (text: string) => string;
  /** The access diff alone (`graphguard diff --format markdown`): no totals line and no findings section. */
  accessOnly?: boolean;
  /** Heading text; default "graphguard". */
  title?: string;
  /** Where the full list lives (the job summary URL); linked from the truncation note. */
  moreUrl?: string;
  /** Words for where the full list is; default "the job summary/SARIF". */
  moreLabel?: string;
  /** The Graph API operations a pull request adds, per system user (SPEC §7): "Operations this PR adds". */
  operations?: { user: string; added: { method: string; path: string; file: string; line: number }[] }[];
  /** Each system user's attributed calls and what they need (the job summary's evidence). */
  evidence?: { user: string; calls: { method: string; path: string; file: string; line: number; needs: string[] }[]; unresolved: number; unknown: number }[];
}

/** At most this many operations or calls are listed per system user. */
const MAX_LISTED = 50;

function listed<T>(items: readonly T[], line: (t: T) => string): string[] {
  const out = items.slice(0, MAX_LISTED).map(line);
  if (items.length > MAX_LISTED) out.push(`  - _${items.length - MAX_LISTED} more not shown_`);
  return out;
}

/** "Operations this PR adds" and the per-user evidence (SPEC §7), when given. */
function callLines(ctx: MarkdownContext): string[] {
  const out: string[] = [];
  const ops = ctx.operations ?? [];
  if (ops.length > 0) {
    out.push('### Operations this PR adds', '');
    for (const u of ops) {
      out.push(`- **${escapeInline(u.user)}**`);
      pushAll(out, listed(u.added, (o) => `  - ${escapeInline(`${o.method} ${o.path}`)} (${escapeInline(o.file)}:${o.line})`));
    }
    out.push('');
  }
  const ev = ctx.evidence ?? [];
  if (ev.length > 0) {
    out.push('### Graph API calls per system user', '');
    for (const u of ev) {
      const extra = [u.unresolved ? `${u.unresolved} unresolved` : '', u.unknown ? `${u.unknown} unknown` : ''].filter(Boolean).join(', ');
      out.push(`- **${escapeInline(u.user)}**: ${plural(u.calls.length, 'call')}${extra ? ` (and ${extra})` : ''}`);
      pushAll(out, listed(u.calls, (c) => `  - ${escapeInline(`${c.method} ${c.path}`)} (${escapeInline(c.file)}:${c.line}) needs ${c.needs.length ? c.needs.map((p) => escapeInline(p)).join(', ') : 'no permission'}`));
    }
    out.push('');
  }
  return out;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warn: 'warning', notice: 'notice' };

export { neutraliseCommands };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for one markdown table cell: one line, no cell breaks, no code spans, no raw HTML. */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/\r\n|\r|\n/g, ' '));
}

/** Text for inline markdown (list items, headings): literal, never markup, HTML or a workflow command. */
export function escapeInline(text: string): string {
  return (
    // Credentials go first: escaping (`\|`, `\_`) would hide an app token's shape from the sink afterwards.
    escapeHtml(redactCredentials(text.replace(/[\r\n]+/g, ' ')))
      .replace(/([\\`*_[\]|~#!])/g, '\\$1')
      // A path such as node_modules/@acme/x must not notify the user or team "acme".
      .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
      // A bare URL in a name must not become a link (GFM's extended autolinks: scheme: and www.).
      .replace(/\b(https?|ftp|mailto|xmpp|file|javascript|data)(?=:)/gi, '$1\u200b')
      .replace(/\b(www)(?=\.)/gi, '$1\u200b')
  );
}

/**
 * A file (and line) as a code span. In a table cell GFM takes `\|` for a `|` even in a code span; in a list item a
 * code span is literal, so `inTable` false leaves `|` alone (hunt AT-5: `src/m|n.js` was shown as `src/m\|n.js`).
 */
function location(f: Pick<Finding, 'file' | 'line'>, inTable = true): string {
  const loc = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  if (loc.includes('`') || loc.includes('\n')) return inTable ? escapeCell(loc) : escapeInline(loc);
  return `\`${inTable ? loc.replace(/\|/g, '\\|') : loc}\``;
}

function findingRow(f: Finding): string {
  const message = f.suggestion ? `${f.message} ${f.suggestion}` : f.message;
  return `| ${SEVERITY_WORD[f.severity]} | \`${f.ruleId.replace(/[`|]/g, '')}\` | ${location(f)} | ${escapeCell(message)} |`;
}

function totalsLine(report: Report): string {
  const s = report.summary;
  const parts = [
    s.errors > 0 ? `**${plural(s.errors, 'error')}**` : plural(s.errors, 'error'),
    plural(s.warnings, 'warning'),
    plural(s.notices, 'notice'),
    `${plural(s.filesScanned, 'file')} scanned`,
    `live: ${s.live}`,
  ];
  const hidden: string[] = [];
  if (report.suppressed) hidden.push(`${report.suppressed} suppressed`);
  if (report.baselined) hidden.push(`${report.baselined} in the baseline`);
  return parts.join(' · ') + (hidden.length > 0 ? ` (${hidden.join(', ')})` : '');
}

/** At most this many hidden secret findings are listed (the rest counted). */
const MAX_HIDDEN = 20;

/**
 * What turns secret detection down in this run, said before the findings: each leaked-secret finding a
 * suppression comment or the baseline hid (where it is), and how a pull request's manifest turns the secret
 * rules or the scan's scope down against the base's. A reviewer sees where, never only a count (hunt U1).
 */
function loweredLines(report: Report): string[] {
  if (!detectionTurnedDown(report)) return [];
  const hidden = report.hiddenSecrets ?? [];
  const lowered = report.detectionLowered ?? [];
  const binary = report.binaryText ?? [];
  const binaryTotal = Math.max(binary.length, report.binaryTextTotal ?? 0);
  const inHistory = report.binaryHistory ?? [];
  const out = ['**Secret detection turned down in this run:**', ''];
  for (const l of lowered) out.push(`- ${escapeInline(l)}`);
  if (report.historyIncomplete !== undefined) out.push(`- ${escapeInline(report.historyIncomplete)}`);
  for (const f of binary.slice(0, MAX_HIDDEN)) out.push(`- ${location({ file: f, line: 0 }, false)} not scanned: a NUL byte in its first 8 KiB makes it binary`);
  if (binaryTotal > MAX_HIDDEN) out.push(`- and ${binaryTotal - Math.min(binary.length, MAX_HIDDEN)} more source files not scanned as binary`);
  const inHistoryTotal = Math.max(inHistory.length, report.binaryHistoryTotal ?? 0);
  for (const b of inHistory.slice(0, MAX_HIDDEN))
    out.push(
      `- ${location({ file: b.file, line: 0 }, false)} (in commit ${b.commit.replace(/[^0-9a-f]/g, '')}) not scanned: a NUL byte in its first 8 KiB makes the blob binary`,
    );
  if (inHistoryTotal > MAX_HIDDEN) out.push(`- and ${inHistoryTotal - Math.min(inHistory.length, MAX_HIDDEN)} more blobs of the history not scanned`);
  for (const h of hidden.slice(0, MAX_HIDDEN)) {
    const where = `${location({ file: h.file, line: h.line }, false)}${h.commit ? ` (in commit ${h.commit.replace(/[^0-9a-f]/g, '')})` : ''}`;
    out.push(`- ${where} ${h.rule.replace(/[^a-z-]/g, '')} hidden by ${h.by === 'baseline' ? 'the baseline' : 'a suppression comment'}`);
  }
  if (hidden.length > MAX_HIDDEN) out.push(`- and ${hidden.length - MAX_HIDDEN} more hidden secret findings`);
  out.push('');
  return out;
}

function changeLine(c: AccessChange): string {
  return c.newAccess ? `- **New access:** ${escapeInline(c.text)}` : `- ${escapeInline(c.text)}`;
}

/** Access changes, new access first (kept in diff order otherwise). */
function accessLines(changes: readonly AccessChange[]): string[] {
  const ordered = [...changes.filter((c) => c.newAccess), ...changes.filter((c) => !c.newAccess)];
  const fresh = ordered.filter((c) => c.newAccess).length;
  return [
    '### Access changes',
    '',
    `${plural(ordered.length, 'change')} to system-user access, ${fresh} granting new access.`,
    '',
    ...ordered.map(changeLine),
  ];
}

/**
 * Render a report as GitHub-flavoured markdown. Pure. With `maxChars`/`maxBytes` the findings table
 * (and, if it alone is too long, the access list) loses whole rows from its end, and a note says how
 * many were left out.
 */
export function formatMarkdown(report: Report, ctx: MarkdownContext = {}): string {
  const title = ctx.title ?? 'graphguard';
  const findings = sortBySeverity(report.findings);
  const changes = ctx.changes ?? [];

  const head: string[] = ctx.accessOnly ? [`## ${escapeInline(title)}`, ''] : [`## ${escapeInline(title)}`, '', totalsLine(report), ''];
  if (report.summary.live === 'incomplete' && report.unverified && report.unverified.length > 0) {
    head.push(`Live check incomplete; not verified: ${report.unverified.map(escapeInline).join(', ')}.`, '');
  }
  if (!ctx.accessOnly) pushAll(head, loweredLines(report));
  const tableHead = ['| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |'];
  const rows = findings.map(findingRow);
  const access = changes.length > 0 ? accessLines(changes) : [];
  const calls = callLines(ctx);

  const where = ctx.moreUrl
    ? `[${escapeInline(ctx.moreLabel ?? 'the job summary')}](${ctx.moreUrl.replace(/[()<>\s]/g, encodeURIComponent)})`
    : escapeInline(ctx.moreLabel ?? 'the job summary/SARIF');
  const findingsNote = (n: number) => `_${n} more ${n === 1 ? 'finding' : 'findings'} not shown — see ${where}._`;
  const changesNote = (n: number) => `_${n} more access ${n === 1 ? 'change' : 'changes'} not shown — see ${where}._`;

  const assemble = (shownRows: number, shownChanges: number): string => {
    const lines = [...head];
    if (ctx.accessOnly) {
      if (access.length === 0) lines.push('No access changes.', '');
    } else if (findings.length === 0) {
      lines.push('No findings.', '');
    } else {
      if (shownRows > 0) lines.push(...tableHead, ...rows.slice(0, shownRows), '');
      if (shownRows < rows.length) lines.push(findingsNote(rows.length - shownRows), '');
    }
    if (access.length > 0) {
      lines.push(...access.slice(0, 4 + shownChanges), '');
      if (shownChanges < changes.length) lines.push(changesNote(changes.length - shownChanges), '');
    }
    pushAll(lines, calls);
    return neutraliseCommands(lines.join('\n'));
  };

  const within = (text: string): boolean => {
    if (ctx.maxChars === undefined && ctx.maxBytes === undefined) return true;
    const s = ctx.clean ? ctx.clean(text) : text;
    return (ctx.maxChars === undefined || s.length <= ctx.maxChars) && (ctx.maxBytes === undefined || Buffer.byteLength(s, 'utf8') <= ctx.maxBytes);
  };
  const fits = (shownRows: number, shownChanges: number) => within(assemble(shownRows, shownChanges));
  if (fits(rows.length, changes.length)) return assemble(rows.length, changes.length);

  // The table gives way first; the access list only when it alone is too long. Whole rows only.
  const shownChanges = fits(0, changes.length) ? changes.length : largest(changes.length, (n) => fits(0, n));
  const shownRows = largest(rows.length, (n) => fits(n, shownChanges));
  return assemble(shownRows, shownChanges);
}

/** The largest n in [0, max] with ok(n) (ok is monotone up to a note's digit count); 0 when none. */
function largest(max: number, ok: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
