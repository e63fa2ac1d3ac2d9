import type { AnyRule } from '../rule.js';
import type { Report, Severity } from '../types.js';

/** What a formatter may know besides the report. Formatters never decide severity or filtering (JUnit is told the run's threshold). */
export interface FormatContext {
  /** Metadata of every rule (SARIF rule table, help links). */
  rules: readonly AnyRule[];
  /** ANSI colour (stylish only). */
  color?: boolean;
  /**
   * The run's `--fail-on` (JUnit only): a finding below it is a passing testcase that says so, so that the
   * XML agrees with the exit code. Undefined: every finding fails.
   */
  failOn?: Severity | 'never';
  /**
   * The check's folder from the top level of its git checkout, `/`-terminated (CheckResult.repositoryPrefix):
   * SARIF and workflow commands name files from the top level. Undefined or '': as the report names them.
   */
  repositoryPrefix?: string;
  /**
   * `--quiet`: the warnings and notices the report no longer holds (stylish's summary says so, never "No
   * problems" above a run they fail).
   */
  hiddenByQuiet?: { warnings: number; notices: number };
  /**
   * Why the run fails when no finding in the report fails it (`unexplainedFailure` of src/outcome.ts:
   * more warnings than `--max-warnings`, findings `--quiet` hid): JUnit makes it a failing testcase, so
   * that the XML agrees with the exit code.
   */
  runFailure?: string;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
