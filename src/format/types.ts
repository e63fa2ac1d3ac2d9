import type { AnyRule } from '../rule.js';
import type { Report } from '../types.js';

/** What a formatter may know besides the report. Formatters never decide severity or filtering. */
export interface FormatContext {
  /** Metadata of every rule (SARIF rule table, help links). */
  rules: readonly AnyRule[];
  /** ANSI colour (stylish only). */
  color?: boolean;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
