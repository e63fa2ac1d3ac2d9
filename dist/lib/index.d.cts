import type { CheckReport, CheckCallOptions, DiffOptions, DiffReport, FormatName, InferCallOptions, InferReport } from './api.cjs';
import { type Report } from './types.cjs';
export type * from './api.cjs';
export type { Finding, LiveStatus, Report, Severity, Summary } from './types.cjs';
export { ConfigError } from './types.cjs';
/** graphguard's version. */
export declare const version: string;
/** Lints the manifest and scans the repository, as `graphguard check` does; resolves to the report. */
export declare function check(options?: CheckCallOptions): Promise<CheckReport>;
/** The access change between two manifests (files or git `REF:path`), as `graphguard diff --format json`. */
export declare function diff(options: DiffOptions): Promise<DiffReport>;
/** A report in one of the CLI's formats (`--format`); colour only for stylish with `color: true`. */
export declare function format(report: Report, name?: FormatName, options?: {
    color?: boolean;
}): string;
/** Reads the Graph API calls in the code and holds them against the manifest, as `graphguard infer` does (docs/evidence.md). */
export declare function infer(options?: InferCallOptions): Promise<InferReport>;
