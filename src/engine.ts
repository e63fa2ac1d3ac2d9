/** Rule configuration and the one place where reports become findings (positions, fingerprints, frames). */
import { createHash } from 'node:crypto';
import type { LoadedManifest } from './manifest/load.js';
import { locate, semanticPath, type Range } from './manifest/locate.js';
import { optionDefaults } from './options.js';
import { renderMessage, type AnyRule, type CodeReport, type ManifestReport, type SourceFile } from './rule.js';
import { redactSecretsInText } from './scan/detectors.js';
import { findManifestSecrets, redactValues } from './manifest/secrets.js';
import type { Secret } from './secret.js';
import { ConfigError, type Finding, type Severity } from './types.js';

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  severity: SeveritySetting;
  /** True when the manifest's `rules:` set the severity; it then wins over per-report severities. */
  explicit: boolean;
  options: Record<string, unknown>;
}

/** Resolves each rule's severity and options from its defaults and the manifest's `rules:`. */
export function resolveRuleSettings(rules: readonly AnyRule[], configured: unknown): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  const conf = (configured && typeof configured === 'object' ? configured : {}) as Record<string, unknown>;
  for (const rule of rules) {
    const defaults = rule.options ? optionDefaults(rule.options.schema) : {};
    const c = conf[rule.id];
    if (typeof c === 'string') out.set(rule.id, { severity: c as SeveritySetting, explicit: true, options: defaults });
    else if (c && typeof c === 'object') {
      const { severity, ...opts } = c as Record<string, unknown>;
      out.set(rule.id, {
        severity: (severity as SeveritySetting | undefined) ?? rule.defaultSeverity,
        explicit: severity !== undefined,
        options: { ...defaults, ...opts },
      });
    } else out.set(rule.id, { severity: rule.defaultSeverity, explicit: false, options: defaults });
  }
  return out;
}

/** A finding plus what the pipeline needs but formatters must never see. */
export interface InternalFinding extends Finding {
  /** The secret behind a code finding, for live analysis (never serialised: see toPublic). */
  secret?: import('./secret.js').Secret;
}

const FRAME_CONTEXT = 1;
/** Minified bundles have megabyte lines; a frame shows a window of this many characters. */
const FRAME_WIDTH = 160;

export function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

function effectiveSeverity(setting: RuleSetting, own: Severity | undefined): Severity {
  if (setting.explicit || own === undefined) return setting.severity as Severity;
  return own;
}

/** Frame lines around [line, endLine], redacted, clipped around the column on long lines. */
function frameOf(
  lines: (n: number) => string | undefined,
  line: number,
  column: number,
  redactLine: (l: string) => string = redactSecretsInText,
): Finding['frame'] {
  const startLine = Math.max(1, line - FRAME_CONTEXT);
  const out: string[] = [];
  for (let n = startLine; n <= line + FRAME_CONTEXT; n++) {
    const l = lines(n);
    if (l === undefined) break;
    out.push(clip(redactLine(l), n === line ? column : 1));
  }
  return { startLine, lines: out };
}

function clip(line: string, column: number): string {
  const l = line.replace(/\r$/, '');
  if (l.length <= FRAME_WIDTH) return l;
  const from = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, l.length - FRAME_WIDTH));
  return (from > 0 ? '…' : '') + l.slice(from, from + FRAME_WIDTH) + (from + FRAME_WIDTH < l.length ? '…' : '');
}

/** Builds manifest findings from reports: JSON path → range, semantic anchor, frame. */
export function manifestFinding(
  rule: AnyRule,
  setting: RuleSetting,
  m: LoadedManifest,
  r: ManifestReport,
): InternalFinding {
  const range: Range = locate(m.doc, m.lineCounter, r.path, { key: r.key });
  // Secret values written into the manifest (plaintext-token) never reach a message or a frame,
  // whichever rule's finding shows them.
  const secrets = manifestSecrets(m);
  const hide = (t: string) => redactValues(t, secrets);
  const rendered = renderMessage(rule, r.messageId, r.data);
  const message = hide(rendered.message);
  const suggestion = rendered.suggestion !== undefined ? hide(rendered.suggestion) : undefined;
  const anchor = semanticPath(m.value, r.path);
  const lines = manifestLines(m);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: m.file,
    ...range,
    fingerprint: fingerprint(rule.id, m.file, anchor, r.messageId, r.anchor ?? ''),
    messageId: r.messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
    frame: frameOf((n) => lines[n - 1], range.line, range.column, (l) => redactSecretsInText(hide(l))),
    ...(r.secret ? { secret: r.secret } : {}),
    ...(r.related ? { related: r.related } : {}),
  };
}

const secretCache = new WeakMap<LoadedManifest, Secret[]>();
function manifestSecrets(m: LoadedManifest): Secret[] {
  let s = secretCache.get(m);
  if (!s) secretCache.set(m, (s = findManifestSecrets(m.value).map((f) => f.value)));
  return s;
}

const lineCache = new WeakMap<LoadedManifest, string[]>();
function manifestLines(m: LoadedManifest): string[] {
  let l = lineCache.get(m);
  if (!l) lineCache.set(m, (l = m.text.split('\n')));
  return l;
}

/** Line starts of a text, computed once per chunk. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 0-based line index and 0-based column of an offset. */
  pos(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - this.starts[lo]! };
  }
  line(i: number): string | undefined {
    const s = this.starts[i];
    if (s === undefined) return undefined;
    const e = this.starts[i + 1];
    return this.text.slice(s, e === undefined ? undefined : e - 1);
  }
}

/** Builds a code finding from a report on a file chunk. */
export function codeFinding(
  rule: AnyRule,
  setting: RuleSetting,
  file: SourceFile,
  index: LineIndex,
  r: CodeReport,
  /** Redacts a frame line; check.ts passes one that knows the secrets of the whole chunk. */
  redactLine?: (line: string) => string,
): InternalFinding {
  const s = index.pos(r.start);
  const e = index.pos(Math.max(r.start, r.end));
  const toLine = (l: number) => file.startLine + l;
  const toCol = (l: number, c: number) => (l === 0 ? file.startColumn + c : c + 1);
  const line = toLine(s.line);
  const column = toCol(s.line, s.col);
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: file.path,
    line,
    column,
    endLine: toLine(e.line),
    endColumn: toCol(e.line, e.col),
    fingerprint: fingerprint(rule.id, file.path, r.anchor, r.messageId),
    messageId: r.messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
    frame: frameOf((n) => index.line(n - file.startLine), line, column, redactLine),
    ...(r.secret ? { secret: r.secret } : {}),
  };
}

/** The public form of a finding: internal fields dropped, key order fixed for stable output. */
export function toPublic(f: InternalFinding): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
  };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.messageId !== undefined) out.messageId = f.messageId;
  if (f.frame) out.frame = f.frame;
  if (f.related) out.related = f.related;
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warn: 1, notice: 2 };

/** Sorts by file, line, column, then severity and rule; drops exact duplicates. */
export function sortAndDedupe<T extends Finding>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const k = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.fingerprint}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(
      (a, b) =>
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
}

export { SEVERITY_ORDER };

class RuleCrash extends ConfigError {
  constructor(ruleId: string, cause: unknown) {
    super(`rule ${ruleId} crashed: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
  }
}

/** Runs one rule's code; anything it throws, other than a ConfigError, becomes "rule X crashed" (exit 2). */
export function runRule(rule: AnyRule, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new RuleCrash(rule.id, e);
  }
}
