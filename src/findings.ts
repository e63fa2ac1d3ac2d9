/** The one place where reports become findings: positions, fingerprints, redacted frames, sorting. */
import { sha256Hex } from './hash.js';
import { repositoryPath } from './text.js';
import type { LoadedManifest } from './manifest/load.js';
import { semanticPath, type Range } from './manifest/locate.js';
import { findManifestSecrets, redactValues } from './manifest/secrets.js';
import { LineIndex, type Position } from './position.js';
import { renderMessage, type AnyRule, type CallReport, type CodeReport, type ManifestReport, type SourceFile } from './rule.js';
import { redactSecretsInText } from './secrets/redact.js';
import { buildFrame, frameLine } from './format/frame.js';
import type { Secret } from './secrets/secret.js';
import { effectiveSeverity, type RuleSetting } from './settings.js';
import type { Finding, Severity } from './types.js';

/**
 * The rules whose findings are a leaked secret (one value each: a token in the manifest is `plaintext-token`, in
 * any other file `hardcoded-token`): a suppression or the baseline never hides one without saying where
 * (Report.hiddenSecrets), and the history reports none the tree reports already.
 */
export const LEAKED_SECRET_RULES: ReadonlySet<string> = new Set(['hardcoded-token', 'plaintext-token']);

/** A finding plus what the pipeline needs but formatters must never see. */
export interface InternalFinding extends Finding {
  /** The secret behind a code finding, for live analysis (never serialised: see toPublic). */
  secret?: Secret;
}

/** A finding's fingerprint: a hash of its semantic parts (rule id, file, anchor), never a line number. */
export function fingerprint(...parts: string[]): string {
  return sha256Hex(parts.join('\0')).slice(0, 32);
}

/** Where fingerprints name files from: the working directory's path from the git top level (CheckRun.repositoryPrefix). */
export interface FingerprintOptions {
  /** `/`-terminated, or '' (the default) at the top level and outside git. */
  repositoryPrefix?: string;
}

/**
 * The findings with distinct fingerprints where several share one at different places (two copies of
 * one token in a file, two identical lines): in each group the first, by line and column, keeps its
 * fingerprint; the n-th place gets that fingerprint's hash with n (2, 3, …), as SARIF tools count
 * repeats in their partial fingerprints. A baseline entry then accepts one copy, not every copy made
 * later. Findings at the same place (duplicates, dropped later) share one. The order is kept.
 */
export function distinctRepeats<T extends Finding>(findings: T[]): T[] {
  const count = new Map<string, number>();
  let repeats = false;
  for (const f of findings) {
    const n = count.get(f.fingerprint);
    if (n !== undefined) repeats = true;
    count.set(f.fingerprint, (n ?? 0) + 1);
  }
  if (!repeats) return findings;
  const groups = new Map<string, T[]>();
  for (const f of findings) {
    if (count.get(f.fingerprint)! < 2) continue;
    const group = groups.get(f.fingerprint);
    if (group) group.push(f);
    else groups.set(f.fingerprint, [f]);
  }
  const renamed = new Map<T, string>();
  for (const [fp, group] of groups) {
    group.sort((a, b) => a.line - b.line || a.column - b.column);
    let n = 1;
    for (let i = 1; i < group.length; i++) {
      const f = group[i]!;
      const prev = group[i - 1]!;
      if (f.line !== prev.line || f.column !== prev.column) n++;
      if (n > 1) renamed.set(f, fingerprint(fp, String(n)));
    }
  }
  return findings.map((f) => {
    const fp = renamed.get(f);
    return fp === undefined ? f : { ...f, fingerprint: fp };
  });
}

/** Builds a manifest finding from a report: JSON path → range, semantic anchor, frame. */
export function manifestFinding(
  rule: AnyRule,
  setting: RuleSetting,
  m: LoadedManifest,
  r: ManifestReport,
  /** `frames`: build the code frame (default true; see CheckOptions.frames). */
  { frames = true, repositoryPrefix = '' }: { frames?: boolean } & FingerprintOptions = {},
): InternalFinding {
  const range: Range = r.at ? offsetRange(m, r.at) : m.locate(r.path, { key: r.key });
  // Secret values written into the manifest (plaintext-token) never reach a message or a frame,
  // whichever rule's finding shows them.
  const secrets = manifestSecrets(m);
  const hide = (t: string) => redactValues(t, secrets);
  const rendered = renderMessage(rule, r.messageId, r.data);
  const message = hide(rendered.message);
  const suggestion = rendered.suggestion !== undefined ? hide(rendered.suggestion) : undefined;
  const anchor = semanticPath(m.value, r.path);
  const lines = frames ? manifestLines(m) : undefined;
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: m.file,
    ...range,
    fingerprint: fingerprint(rule.id, repositoryPath(repositoryPrefix, m.file), anchor, r.messageId, r.anchor ?? ''),
    messageId: r.messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(lines
      ? { frame: buildFrame((n) => lines.lineText(n), range.line, range.column, { redact: lineRedactor(m), end: { line: range.endLine, column: range.endColumn } }) }
      : {}),
    ...(r.secret ? { secret: r.secret } : {}),
    ...(r.related ? { related: r.related } : {}),
  };
}

/** The range of manifest text offsets (a comment: see ManifestReport.at). */
function offsetRange(m: LoadedManifest, at: { start: number; end: number }): Range {
  const lines = manifestLines(m);
  const s = lines.position(at.start);
  const e = lines.position(Math.max(at.start, at.end));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

const secretCache = new WeakMap<LoadedManifest, Secret[]>();
function manifestSecrets(m: LoadedManifest): Secret[] {
  let s = secretCache.get(m);
  if (!s) secretCache.set(m, (s = findManifestSecrets(m.value).map((f) => f.value)));
  return s;
}

/**
 * The manifest's frame lines redacted (its secret values hidden, then what detection finds), each text
 * once: findings on the same or neighbouring paths show the same lines (4,000 findings on 2,000 users).
 */
const redactedLines = new WeakMap<LoadedManifest, (text: string) => string>();
function lineRedactor(m: LoadedManifest): (text: string) => string {
  let r = redactedLines.get(m);
  if (!r) {
    const secrets = manifestSecrets(m);
    const memo = new Map<string, string>();
    r = (text) => {
      let out = memo.get(text);
      if (out === undefined) memo.set(text, (out = redactSecretsInText(redactValues(text, secrets))));
      return out;
    };
    redactedLines.set(m, r);
  }
  return r;
}

const lineCache = new WeakMap<LoadedManifest, LineIndex>();
function manifestLines(m: LoadedManifest): LineIndex {
  let l = lineCache.get(m);
  if (!l) lineCache.set(m, (l = new LineIndex(m.text)));
  return l;
}

/** The line index of a file chunk, its first character at the chunk's start line and column. */
export function chunkIndex(file: SourceFile): LineIndex {
  const origin: Position = { line: file.startLine, column: file.startColumn };
  return new LineIndex(file.text, origin);
}

/** Builds a code finding from a report on a file chunk (`index`: its chunkIndex). */
export function codeFinding(
  rule: AnyRule,
  setting: RuleSetting,
  file: SourceFile,
  index: LineIndex,
  r: CodeReport,
  opts: {
    /** Redacts a frame line; the scan passes one that knows the secrets of the whole chunk. */
    redactLine?: (line: string) => string;
    /** The chunk is not the file's last: its last line is cut mid-line. */
    cutEnd?: boolean;
    /** Build the code frame (default true; false when no output format shows one: see CheckOptions.frames). */
    frames?: boolean;
  } & FingerprintOptions = {},
): InternalFinding {
  const { redactLine, cutEnd = false, frames = true, repositoryPrefix = '' } = opts;
  const start = index.position(r.start);
  const end = index.position(Math.max(r.start, r.end));
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fingerprint: fingerprint(rule.id, repositoryPath(repositoryPrefix, file.path), r.anchor, r.messageId),
    messageId: r.messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(frames
      ? {
          frame: buildFrame((n) => index.lineText(n), start.line, start.column, {
            ...(redactLine ? { redact: redactLine } : {}),
            // A chunk's first line starts mid-line unless the chunk starts the file or a line.
            cutStart: (n) => n === file.startLine && file.startColumn > 1,
            cutEnd: (n) => cutEnd && index.lineText(n + 1) === undefined,
            end,
          }),
        }
      : {}),
    ...(r.secret ? { secret: r.secret } : {}),
  };
}

/** Builds a finding at a Graph API call site (SPEC §7 rules); the frame is the call's line, redacted. */
export function callFinding(rule: AnyRule, setting: RuleSetting, r: CallReport, { repositoryPrefix = '' }: FingerprintOptions = {}): InternalFinding {
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: r.file,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    fingerprint: fingerprint(rule.id, repositoryPath(repositoryPrefix, r.file), r.anchor, r.messageId),
    messageId: r.messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(r.source !== undefined ? { frame: { startLine: r.line, lines: [frameLine(r.source, r.column, { redact: redactSecretsInText })] } } : {}),
    ...(r.related ? { related: r.related } : {}),
  };
}

/** A finding the pipeline reports itself, at a given place (suppression comments: meta rules). */
export function pipelineFinding(
  rule: AnyRule,
  setting: RuleSetting,
  at: { file: string; line: number; column: number; endColumn: number; anchor: string },
  messageId: string,
  data: Record<string, string>,
  { repositoryPrefix = '' }: FingerprintOptions = {},
): InternalFinding {
  const { message, suggestion } = renderMessage(rule, messageId, data);
  return {
    ruleId: rule.id,
    severity: setting.severity as Severity,
    message,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.endColumn,
    fingerprint: fingerprint(rule.id, repositoryPath(repositoryPrefix, at.file), at.anchor, messageId),
    messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
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
  if (f.history) out.history = f.history;
  return out;
}
