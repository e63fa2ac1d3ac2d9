/**
 * Everything a rule imports: `defineRule`, the per-kind contexts and the report shapes. Rules are
 * typed as typescript-eslint's `RuleCreator` types them: the message ids are the keys of `messages`
 * (reporting any other id is a compile error), and each kind gets its own context (`ctx.live` only in
 * live rules, `ctx.changes` only in diff rules, `ctx.file` only in code rules).
 */
import type { Manifest } from './manifest/types.js';
import type { SchemaProblem } from './manifest/validate.js';
import type { LiveSnapshot } from './graph/types.js';
import type { JsonPath, RuleKind, Severity } from './types.js';
import type { OptionSchema } from './options.js';
import type { Secret } from './secrets/secret.js';
import type { AccessChange } from './diff.js';
import type { Needle } from './scan/prefilter.js';
import type { RelatedLocation } from './types.js';
import type { CallAnalysis } from './calls/analyze.js';

export type { JsonPath } from './types.js';

/** Message templates by id: `{{name}}` placeholders are filled from the report's `data`. */
export type MessageTemplate = string | { message: string; suggestion?: string };

type Data = Record<string, string | number>;

export interface ManifestReport<M extends string = string> {
  messageId: M;
  data?: Data;
  /** JSON path of the node the finding is about; a missing node falls back to its nearest parent. */
  path: JsonPath;
  /** Point at the key of the last path segment rather than its value. */
  key?: boolean;
  /** Extra text for the fingerprint when several findings share one node (e.g. the task name). */
  anchor?: string;
  /** Overrides the rule's default severity for this finding (unless the user configured one). */
  severity?: Severity;
  /** The secret this finding is about (plaintext-token): masked by the action, checked live. */
  secret?: Secret;
  /** Evidence elsewhere (SPEC §7: the calls that were read). */
  related?: RelatedLocation[];
  /** Offsets into the manifest's text (a YAML comment has no JSON path): the finding's place instead of `path`'s node. */
  at?: { start: number; end: number };
}

/** One piece of a scanned file: the whole file, or a chunk of a large one. */
export interface SourceFile {
  /** Relative to the working directory, `/` separators. */
  path: string;
  text: string;
  /** Character offset of text[0] in the file, and its 1-based line and column. */
  startOffset: number;
  startLine: number;
  startColumn: number;
}

export interface CodeReport<M extends string = string> {
  messageId: M;
  data?: Data;
  /** Offsets into `file.text` (end exclusive). */
  start: number;
  end: number;
  /** Semantic anchor for the fingerprint: a hash of the token, or of the line's text. Never a line number. */
  anchor: string;
  severity?: Severity;
  /** The secret this finding is about, when there is one (live runs check it with debug_token). */
  secret?: Secret;
}

interface BaseContext {
  /** Today's date, YYYY-MM-DD (`--today`). */
  today: string;
  /** The checked manifest's path, relative to the working directory. */
  manifestFile: string;
}

/** What a manifest rule sees. */
export interface ManifestContext<M extends string = string> extends BaseContext {
  /** The manifest. Typed as valid; for rules with `acceptsInvalidManifest` it may not be (check `valid`). */
  manifest: Manifest;
  /** False when the manifest failed schema validation (only rules that accept that run then). */
  valid: boolean;
  /** The schema problems, for manifest-schema. */
  schemaProblems: SchemaProblem[];
  /** The manifest's text (BOM stripped), for what the parsed value does not hold: its comments. */
  manifestText?: string;
  report(r: ManifestReport<M>): void;
}

/** What a live rule sees: a valid manifest and the live snapshot, fetched once. */
export interface LiveContext<M extends string = string> extends BaseContext {
  manifest: Manifest;
  live: LiveSnapshot;
  report(r: ManifestReport<M>): void;
}

/** What a diff rule sees: a valid manifest and the access changes since the base. */
export interface DiffContext<M extends string = string> extends BaseContext {
  manifest: Manifest;
  changes: AccessChange[];
  report(r: ManifestReport<M>): void;
}

/** What a code rule sees for each scanned file (or chunk of a large one). */
export interface FileContext<M extends string = string> extends BaseContext {
  /** The manifest, when it was schema-valid; code rules must cope without one. */
  manifest?: Manifest;
  file: SourceFile;
  /** Values of declared token secrets present in the environment. */
  declaredSecrets: { name: string; value: Secret }[];
  report(r: CodeReport<M>): void;
}

/** A finding at a Graph API call site (SPEC §7 code rules): a position in a scanned file. */
export interface CallReport<M extends string = string> {
  messageId: M;
  data?: Data;
  file: string;
  /** 1-based; end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Semantic anchor for the fingerprint (the operation, the permission, the user), never a line number. */
  anchor: string;
  /** The call site's line, for the code frame. */
  source?: string;
  severity?: Severity;
  related?: RelatedLocation[];
}

/** What a least-privilege code rule sees: the manifest and the attributed Graph API calls of the whole scan (SPEC §7). */
export interface CallsContext<M extends string = string> extends BaseContext {
  manifest: Manifest;
  calls: CallAnalysis;
  /** Report at a call site. */
  report(r: CallReport<M>): void;
  /** Report at a node of the manifest (e.g. a declared permission). */
  reportManifest(r: ManifestReport<M>): void;
  /** Where a node of the manifest is (for `related` evidence). */
  locate(path: JsonPath): { file: string; line: number; column: number };
}

/** What a code rule's `needles` sees: the file context without a file. */
export type NeedleContext = Omit<FileContext, 'file' | 'report'>;

interface RuleMeta<O, M extends string> {
  id: string;
  defaultSeverity: Severity;
  /** One line that starts with a verb ("Disallow…", "Require…"). */
  description: string;
  /** Why the rule exists, in a few sentences. */
  rationale: string;
  /** Meta documentation the rule rests on. */
  sources: string[];
  options?: OptionSchema<O>;
  messages: Record<M, MessageTemplate>;
}

export interface ManifestRule<O = Record<string, never>, M extends string = string> extends RuleMeta<O, M> {
  kind: 'manifest';
  /** Run even when the manifest is not schema-valid (manifest-schema, plaintext-token). */
  acceptsInvalidManifest?: boolean;
  check(ctx: ManifestContext<M>, options: O): void;
}

export interface LiveRule<O = Record<string, never>, M extends string = string> extends RuleMeta<O, M> {
  kind: 'live';
  check(ctx: LiveContext<M>, options: O): void;
}

export interface DiffRule<O = Record<string, never>, M extends string = string> extends RuleMeta<O, M> {
  kind: 'diff';
  check(ctx: DiffContext<M>, options: O): void;
}

export interface CodeRule<O = Record<string, never>, M extends string = string> extends RuleMeta<O, M> {
  kind: 'code';
  /** Called once per scanned file (or chunk of a large file). */
  checkFile(ctx: FileContext<M>, options: O): void;
  /**
   * The scan prefilter's needles (src/scan/prefilter.ts), asked once per scan. A file whose bytes match
   * none of them is not given to `checkFile`; every needle must hold in any file the rule could
   * report. Without `needles`, the rule sees every file.
   */
  needles?(ctx: NeedleContext, options: O): Needle[];
  /**
   * Files the rule never reports in, known from their path alone (prose, the manifest itself): the scan
   * does not decode a file for such a rule. `checkFile` must say the same (it is called directly too).
   */
  skipsPath?(path: string, ctx: NeedleContext, options: O): boolean;
  /** In live runs, the message of a finding on a token also says what debug_token found (SPEC §2). */
  notesLiveTokens?: boolean;
  /**
   * Least-privilege rules (SPEC §7): called once after the scan with the Graph API calls of every file,
   * attributed to system users. Such rules have nothing to do per file (`needles: () => []`).
   */
  checkCalls?(ctx: CallsContext<M>, options: O): void;
}

/** A rule whose findings the pipeline itself reports (suppression comments): metadata only. */
export interface MetaRule<O = Record<string, never>, M extends string = string> extends RuleMeta<O, M> {
  kind: 'meta';
  /** What the pipeline reports under this rule: bad suppression comments, or ones that hide nothing. */
  reports: 'invalid-suppressions' | 'unused-suppressions';
}

export type Rule<O = Record<string, never>, M extends string = string> =
  | ManifestRule<O, M>
  | LiveRule<O, M>
  | DiffRule<O, M>
  | CodeRule<O, M>
  | MetaRule<O, M>;

/** The rule type of each kind. */
export interface RuleByKind<O, M extends string> {
  manifest: ManifestRule<O, M>;
  live: LiveRule<O, M>;
  diff: DiffRule<O, M>;
  code: CodeRule<O, M>;
  meta: MetaRule<O, M>;
}

/**
 * Declares a rule (typescript-eslint's RuleCreator): `M`, the message ids, is inferred from the keys of
 * `messages`, so `ctx.report({ messageId: 'tpyo' })` does not compile; the context follows `kind`.
 */
export function defineRule<K extends RuleKind, M extends string, O = Record<string, never>>(
  rule: RuleByKind<O, M>[K] & { kind: K; messages: Record<M, MessageTemplate>; options?: OptionSchema<O> },
): RuleByKind<O, M>[K] {
  return rule;
}

// The erased type for lists of rules: options and message ids vary per rule.
// biome-ignore lint/suspicious/noExplicitAny: the option type is erased in lists of rules
export type AnyRule = Rule<any, string>;

/** A rule of one kind, with its options erased. */
export type AnyRuleOf<K extends RuleKind> = Extract<AnyRule, { kind: K }>;

/** Fills `{{name}}` placeholders; a missing one is a bug in the rule, so it throws. */
export function fillTemplate(template: string, data: Data = {}, ruleId = '?'): string {
  const parts = templateParts(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]!];
    if (v === undefined) throw new Error(`rule ${ruleId}: no value for placeholder {{${parts[i]}}}`);
    out += String(v) + parts[i + 1]!;
  }
  return out;
}

/** A template split once: text, then placeholder name and text, alternately (thousands of findings share a few). */
const templates = new Map<string, string[]>();
function templateParts(template: string): string[] {
  let parts = templates.get(template);
  if (parts === undefined) templates.set(template, (parts = template.split(/\{\{\s*(\w+)\s*\}\}/)));
  return parts;
}

/** The message and suggestion of a report, filled. */
export function renderMessage(rule: AnyRule, messageId: string, data?: Data): { message: string; suggestion?: string } {
  const t = (rule.messages as Record<string, MessageTemplate>)[messageId];
  if (t === undefined) throw new Error(`rule ${rule.id}: unknown messageId "${messageId}"`);
  if (typeof t === 'string') return { message: fillTemplate(t, data, rule.id) };
  return {
    message: fillTemplate(t.message, data, rule.id),
    ...(t.suggestion !== undefined ? { suggestion: fillTemplate(t.suggestion, data, rule.id) } : {}),
  };
}
