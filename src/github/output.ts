/**
 * Everything the action writes, through the one sink (src/secrets/sink.ts): log lines, annotations
 * (message and properties), the failure message, step outputs, the job summary, the SARIF file and the
 * PR comment's body. action.ts holds only this object, never @actions/core's writers, so a new output
 * path cannot skip the sink. The one exception is `core.setSecret`, whose whole point is the raw value
 * (the runner consumes `::add-mask::` and never shows it).
 */
import path from 'node:path';
import * as actionsCore from '@actions/core';
import { writeFileSafe } from '../fs-safe.js';
import { escapeControlsButNewlines, type Sink } from '../secrets/sink.js';
import { neutraliseCommands } from '../format/github.js';
import type { SummaryWriter } from './summary.js';

type Core = Pick<typeof actionsCore, 'info' | 'notice' | 'warning' | 'error' | 'setFailed' | 'setOutput' | 'summary'>;

export interface ActionOutput {
  sink: Sink;
  /** Cleaned text (credentials redacted, control characters escaped) for bodies written elsewhere (the PR comment). */
  clean(text: string): string;
  info(text: string): void;
  notice(text: string, props?: actionsCore.AnnotationProperties): void;
  warning(text: string, props?: actionsCore.AnnotationProperties): void;
  error(text: string, props?: actionsCore.AnnotationProperties): void;
  setFailed(text: string): void;
  setOutput(name: string, value: string): void;
  /** The job summary, whose text is cleaned. */
  summary: SummaryWriter;
  /** Writes a report file inside the workspace only, never through a symlink. */
  writeWorkspaceFile(workspace: string, relOrAbs: string, text: string): void;
}

/** Annotation properties, cleaned: each is one line of text. */
function cleanProps(sink: Sink, p: actionsCore.AnnotationProperties | undefined): actionsCore.AnnotationProperties | undefined {
  if (!p) return p;
  const out: actionsCore.AnnotationProperties = { ...p };
  if (p.title !== undefined) out.title = neutraliseCommands(sink.clean(p.title, { oneLine: true }));
  // A file name keeps its CR and LF, which core encodes (`%0A`), so that the annotation lands on the file
  // of that name; every other control character is escaped.
  if (p.file !== undefined) out.file = escapeControlsButNewlines(sink.clean(p.file, { keepControls: true }));
  return out;
}

export function actionOutput(sink: Sink, core: Core = actionsCore): ActionOutput {
  // Messages: cleaned, then no `::`/`##[` look-alike at a line start (core escapes newlines itself).
  const msg = (t: string) => neutraliseCommands(sink.clean(t));
  const summary: SummaryWriter = {
    addRaw: (text, addEOL) => {
      core.summary.addRaw(sink.clean(text), addEOL);
      return summary;
    },
    write: async () => {
      await core.summary.write();
      return summary;
    },
    emptyBuffer: () => {
      core.summary.emptyBuffer();
      return summary;
    },
  };
  return {
    sink,
    clean: (t) => sink.clean(t),
    info: (t) => core.info(msg(t)),
    notice: (t, p) => core.notice(msg(t), cleanProps(sink, p)),
    warning: (t, p) => core.warning(msg(t), cleanProps(sink, p)),
    error: (t, p) => core.error(msg(t), cleanProps(sink, p)),
    setFailed: (t) => core.setFailed(msg(t)),
    setOutput: (name, value) => core.setOutput(name, sink.clean(value)),
    summary,
    writeWorkspaceFile: (workspace, p, text) => writeFileSafe(path.resolve(workspace, p), sink.clean(text), { root: workspace, display: sink.clean(p, { oneLine: true }) }),
  };
}
