import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatContext, Formatter } from './types.js';
import type { Report } from '../types.js';
import { cleanReport, type Sink } from '../secrets/sink.js';
import { repositoryPath } from '../text.js';
import { runTags } from '../run-tags.js';
import { CHECK_FORMATS } from '../format-names.js';

export const FORMATS = CHECK_FORMATS;
export type FormatName = (typeof FORMATS)[number];

/** The formatter for a `--format` name. */
export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: (report) => formatMarkdown(report),
  junit: formatJunit,
};

/**
 * The only way a report becomes output text: every string of the report is cleaned first (credentials
 * redacted, control characters escaped: src/secrets/sink.ts; a file name only redacted where the format
 * encodes it whole), then the format escapes what it must.
 * The whole text is cleaned once more by the writer it goes to (`safeIO`'s writers, or `sink.clean`
 * before a file is written), which keeps colour sequences only for stylish with colour.
 */
export function renderReport(format: FormatName, report: Report, ctx: FormatContext, sink: Sink): string {
  runTags.add(report.findings.length > 0 ? `${format}:findings` : format);
  const named = ctx.repositoryPrefix && FROM_REPOSITORY_ROOT.has(format) ? fromRepositoryRoot(report, ctx.repositoryPrefix) : report;
  return formatters[format](cleanReport(named, sink, { paths: ENCODES_PATHS.has(format) ? 'encoded' : 'escaped' }), ctx);
}

/**
 * Formats read by GitHub, which names files from the repository's root (code scanning, annotations),
 * whatever folder the check ran from (`cd services/shop && graphguard check`).
 */
const FROM_REPOSITORY_ROOT: ReadonlySet<FormatName> = new Set(['sarif', 'github']);

/** The report with every path from the git checkout's root (`prefix`: the check's folder from it). */
function fromRepositoryRoot(report: Report, prefix: string): Report {
  const rebased = (file: string) => repositoryPath(prefix, file);
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, file: rebased(f.file), ...(f.related ? { related: f.related.map((r) => ({ ...r, file: rebased(r.file) })) } : {}) })),
  };
}

/**
 * Formats that encode a file name whole (SARIF: a percent-encoded URI; JSON: an escaped string; github: a
 * workflow-command property, `\n` as `%0A`): their paths keep control characters until then (cleanReport).
 */
const ENCODES_PATHS: ReadonlySet<FormatName> = new Set(['sarif', 'json', 'github']);
