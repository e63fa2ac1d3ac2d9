/** Everything a rule imports: defineRule, the rule and context types, and the report shapes. */
import type { Manifest } from './manifest/types.js';
import type { LiveSnapshot } from './graph/types.js';
import type { RuleKind, Severity } from './types.js';
import type { OptionSchema } from './options.js';
import type { Secret } from './secret.js';
import type { AccessChange } from './diff.js';
import type { Needle } from './scan/prefilter.js';
import type { RelatedLocation } from './types.js';
import type { CallAnalysis } from './calls/analyze.js';

export type JsonPath = (string | number)[];

/** Message templates by id: `{{name}}` placeholders are filled from the report's `data`. */
export type MessageTemplate = string | { message: string; suggestion?: string };

type Data = Record<string, string | number>;

export interface ManifestReport {
  messageId: string;
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

export interface CodeReport {
  messageId: string;
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

export interface RuleContext extends BaseContext {
  /** The manifest. Typed as valid; for rules with `acceptsInvalidManifest` it may not be (check `valid`). */
  manifest: Manifest;
  /** False when the manifest failed schema validation (only rules that accept that run then). */
  valid?: boolean;
  /** The schema problems, for manifest-schema. */
  schemaProblems?: import('./manifest/validate.js').SchemaProblem[];
  /** Present in live runs only. */
  live?: LiveSnapshot;
  /** Present in diff runs only (pull requests, `graphguard diff`). */
  changes?: AccessChange[];
  report(r: ManifestReport): void;
}

export interface FileContext extends BaseContext {
  /** The manifest, when it was schema-valid; code rules must cope without one. */
  manifest?: Manifest;
  file: SourceFile;
  /** Values of declared token secrets present in the environment. */
  declaredSecrets: { name: string; value: Secret }[];
  report(r: CodeReport): void;
}

/** A finding at a Graph API call site (SPEC §7 code rules): a position in a scanned file. */
export interface CallReport {
  messageId: string;
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

/** What least-privilege rules see: the manifest and the attributed Graph API calls of the whole scan (SPEC §7). */
export interface CallsContext extends BaseContext {
  manifest: Manifest;
  calls: CallAnalysis;
  /** Report at a call site. */
  report(r: CallReport): void;
  /** Report at a node of the manifest (e.g. a declared permission). */
  reportManifest(r: ManifestReport): void;
  /** Where a node of the manifest is (for `related` evidence). */
  locate(path: JsonPath): { file: string; line: number; column: number };
}

export interface RuleMeta<O> {
  id: string;
  kind: RuleKind;
  defaultSeverity: Severity;
  /** One line that starts with a verb ("Disallow…", "Require…"). */
  description: string;
  /** Why the rule exists, in a few sentences. */
  rationale: string;
  /** Meta documentation the rule rests on. */
  sources: string[];
  options?: OptionSchema<O>;
  /** Run even when the manifest is not schema-valid (manifest-schema, plaintext-token). */
  acceptsInvalidManifest?: boolean;
  messages: Record<string, MessageTemplate>;
}

export interface Rule<O = Record<string, never>> extends RuleMeta<O> {
  /** Manifest, live, diff and meta rules. */
  check?(ctx: RuleContext, options: O): void;
  /** Code rules: called once per scanned file (or chunk of a large file). */
  checkFile?(ctx: FileContext, options: O): void;
  /**
   * Code rules: the scan prefilter's needles (src/scan/prefilter.ts), asked once per scan. A file whose
   * bytes match none of them is not given to `checkFile`; every needle must hold in any file the rule
   * could report. Without `needles`, the rule sees every file.
   */
  needles?(ctx: Omit<FileContext, 'file' | 'report'>, options: O): Needle[];
  /** Code rules over the Graph API calls of the whole scan, attributed to system users (SPEC §7). */
  checkCalls?(ctx: CallsContext, options: O): void;
}

/** Declares a rule; the identity function that gives rule modules their types (typescript-eslint's RuleCreator). */
export function defineRule<O = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}

// eslint-style erased type for lists of rules.
// biome-ignore lint: any is the erased option type
export type AnyRule = Rule<any>;

/** Fills `{{name}}` placeholders; a missing one is a bug in the rule, so it throws. */
export function fillTemplate(template: string, data: Data = {}, ruleId = '?'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`rule ${ruleId}: no value for placeholder {{${name}}}`);
    return String(v);
  });
}

/** The message and suggestion of a report, filled. */
export function renderMessage(rule: AnyRule, messageId: string, data?: Data): { message: string; suggestion?: string } {
  const t = rule.messages[messageId];
  if (t === undefined) throw new Error(`rule ${rule.id}: unknown messageId "${messageId}"`);
  if (typeof t === 'string') return { message: fillTemplate(t, data, rule.id) };
  return {
    message: fillTemplate(t.message, data, rule.id),
    ...(t.suggestion !== undefined ? { suggestion: fillTemplate(t.suggestion, data, rule.id) } : {}),
  };
}
