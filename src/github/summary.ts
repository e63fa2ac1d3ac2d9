/** The job summary: totals, findings table and access diff, under GitHub's 1 MiB per step. */
import * as actionsCore from '@actions/core';
import type { AccessChange } from '../diff.js';
import { formatMarkdown, type MarkdownContext } from '../format/markdown.js';
import type { Report } from '../types.js';

/** GitHub rejects a step summary over 1 MiB (1,048,576 bytes). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

/** Markdown for `$GITHUB_STEP_SUMMARY`, truncated (whole rows) with a note to stay under `maxBytes`. */
export function buildJobSummary(
  report: Report,
  changes: AccessChange[] = [],
  opts: { title?: string; maxBytes?: number; moreLabel?: string } & Pick<MarkdownContext, 'operations' | 'evidence' | 'clean'> = {},
): string {
  // Leave a little room for the newline that the summary writer may add.
  const maxBytes = Math.min(opts.maxBytes ?? SUMMARY_MAX_BYTES, SUMMARY_MAX_BYTES) - 16;
  return formatMarkdown(report, {
    changes,
    maxBytes,
    title: opts.title,
    moreLabel: opts.moreLabel ?? 'the SARIF file or graphguard check --format json',
    ...(opts.operations ? { operations: opts.operations } : {}),
    ...(opts.evidence ? { evidence: opts.evidence } : {}),
    ...(opts.clean ? { clean: opts.clean } : {}),
  });
}

/** The part of `core.summary` the job summary uses (src/github/output.ts gives a cleaned one). */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
  emptyBuffer(): unknown;
}

type CoreSummary = { summary: SummaryWriter };

/**
 * Append `text` to the step summary. Never throws: the job result never depends on reporting
 * (e.g. `GITHUB_STEP_SUMMARY` unset when run outside Actions).
 */
export async function writeJobSummary(
  text: string,
  core: CoreSummary = actionsCore as unknown as CoreSummary,
): Promise<{ written: boolean; reason?: string }> {
  try {
    await core.summary.addRaw(text, true).write();
    return { written: true };
  } catch (e) {
    core.summary.emptyBuffer();
    return { written: false, reason: `Could not write the job summary: ${(e as Error).message}` };
  }
}
