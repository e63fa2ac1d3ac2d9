/** Workflow annotations for findings, within GitHub's per-step caps (SPEC §6). */
import * as actionsCore from '@actions/core';
import type { Finding, Severity } from '../types.js';
import { neutraliseCommands } from '../format/github.js';
import { sortBySeverity } from '../sort.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: actionsCore.AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left without an annotation (counted in the overflow notice). */
  omitted: number;
}

export interface AnnotationCaps {
  error: number;
  warning: number;
  notice: number;
}

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. */
export const DEFAULT_CAPS: AnnotationCaps = { error: 10, warning: 10, notice: 10 };

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warn: 'warning', notice: 'notice' };

/**
 * Choose the annotations to emit: errors, then warnings, then notices, each stable by file and line,
 * within the caps. `failureMessage` reserves one error slot for the job's failure message, which the
 * caller emits itself through `core.setFailed` (an error annotation too). When findings remain
 * unannotated, one notice (taking one of the notice slots) says how many and where they are.
 * `breakAllColons` puts a zero-width space into every `::` of a message, not only at line starts.
 */
export function planAnnotations(
  findings: readonly Finding[],
  opts: { caps?: Partial<AnnotationCaps>; failureMessage?: string; breakAllColons?: boolean } = {},
): AnnotationPlan {
  const caps = { ...DEFAULT_CAPS, ...opts.caps };
  const sorted = sortBySeverity(findings);
  const bySeverity = (s: Severity) => sorted.filter((f) => f.severity === s);
  const errors = bySeverity('error');
  const warnings = bySeverity('warn');
  const notices = bySeverity('notice');

  const errorRoom = Math.max(0, caps.error - (opts.failureMessage !== undefined ? 1 : 0));
  const warningRoom = Math.max(0, caps.warning);
  const shownErrors = errors.slice(0, errorRoom);
  const shownWarnings = warnings.slice(0, warningRoom);
  const overflowBefore = errors.length - shownErrors.length + warnings.length - shownWarnings.length;
  let noticeRoom = Math.max(0, caps.notice);
  if (noticeRoom > 0 && (overflowBefore > 0 || notices.length > noticeRoom)) noticeRoom--; // the overflow notice's slot
  const shownNotices = notices.slice(0, noticeRoom);

  const shown = [...shownErrors, ...shownWarnings, ...shownNotices];
  const omitted = findings.length - shown.length;
  const annotations = shown.map(toAnnotation);
  // `::` mid-line cannot start a command, but the action keeps its log free of look-alikes too.
  if (opts.breakAllColons) for (const a of annotations) a.message = a.message.replace(/::/g, ':\u200b:');
  if (omitted > 0 && caps.notice > 0) {
    const counts = [
      [errors.length - shownErrors.length, 'error'],
      [warnings.length - shownWarnings.length, 'warning'],
      [notices.length - shownNotices.length, 'notice'],
    ] as const;
    const detail = counts
      .filter(([n]) => n > 0)
      .map(([n, w]) => `${n} ${n === 1 ? w : `${w}s`}`)
      .join(', ');
    annotations.push({
      level: 'notice',
      message:
        `${omitted} more ${omitted === 1 ? 'finding is' : 'findings are'} not annotated (${detail}): ` +
        'GitHub shows at most 10 annotations of each severity per step. See the job summary and the SARIF file for all of them.',
      properties: { title: 'graphguard: more findings' },
    });
  }
  return { annotations, omitted };
}

function toAnnotation(f: Finding): Annotation {
  const properties: actionsCore.AnnotationProperties = { title: neutraliseCommands(f.ruleId) };
  if (f.file) properties.file = f.file;
  if (f.line >= 1) {
    // Finding ends are exclusive; an end at column 1 of a later line ends on the line before.
    let endLine = Math.max(f.line, f.endLine || f.line);
    if (endLine > f.line && f.endColumn <= 1) endLine--;
    properties.startLine = f.line;
    properties.endLine = endLine;
    // GitHub ignores columns unless the annotation is on one line; its end column is inclusive.
    if (endLine === f.line && f.column >= 1) {
      properties.startColumn = f.column;
      properties.endColumn = Math.max(f.column, (f.endLine === f.line ? f.endColumn : f.column + 1) - 1);
    }
  }
  // @actions/core escapes newlines, so the message cannot start a command line; `##[` is defused too.
  const message = neutraliseCommands(f.suggestion ? `${f.message} ${f.suggestion}` : f.message);
  return { level: LEVEL[f.severity], message, properties };
}

type Annotate = (message: string, properties?: actionsCore.AnnotationProperties) => void;
/** Where annotations go: @actions/core, or the action's cleaned output (src/github/output.ts). */
type CoreAnnotate = { error: Annotate; warning: Annotate; notice: Annotate };

/** Emit a plan through @actions/core (which escapes the message, so no text can form a command). */
export function emitAnnotations(plan: AnnotationPlan, core: CoreAnnotate = actionsCore): void {
  for (const a of plan.annotations) core[a.level](a.message, a.properties);
}
