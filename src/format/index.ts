import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit'] as const;
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
