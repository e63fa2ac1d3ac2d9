/** Core types shared by the pipeline, the rules and the formatters. */
export type Severity = 'error' | 'warn' | 'notice';
export type RuleKind = 'manifest' | 'code' | 'live' | 'diff' | 'meta';
/** A path into the manifest's parsed value: keys and array indexes. */
export type JsonPath = (string | number)[];
/** A finding as every formatter sees it. Positions are 1-based; end is exclusive. */
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    /** Path relative to the working directory, `/` separators. */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Stable across edits: rule id + file + semantic anchor, never a line number. */
    fingerprint: string;
    suggestion?: string;
    /** The rule's message id (not part of the JSON output; tests and tools use it). */
    messageId?: string;
    /** Source lines around the finding, already redacted, for code frames. */
    frame?: {
        startLine: number;
        lines: string[];
        /** Where the finding lies in its (redacted) frame line, when redaction moved it: 1-based column, length. */
        mark?: {
            column: number;
            length: number;
        };
    };
    /** The evidence behind the finding (the calls read, where a token is read): JSON `related`, SARIF `relatedLocations`. */
    related?: RelatedLocation[];
    /** A finding of the history scan (`--history`): the commit that added the blob, its date and path. */
    history?: {
        commit: string;
        date: string;
        path: string;
    };
}
/** A location that supports a finding. Positions are 1-based. */
export interface RelatedLocation {
    file: string;
    line: number;
    column: number;
    message: string;
}
export type LiveStatus = 'skipped' | 'verified' | 'incomplete';
export interface Summary {
    errors: number;
    warnings: number;
    notices: number;
    filesScanned: number;
    live: LiveStatus;
}
/** What `check()` returns: everything a formatter or a shell needs. */
export interface Report {
    tool: {
        name: 'graphguard';
        version: string;
    };
    summary: Summary;
    findings: Finding[];
    /** Relative path of the manifest that was checked, if any. */
    manifest?: string;
    /** Files skipped by the scan (binary, unreadable, symlinks): counted, never fatal. */
    skipped?: {
        binary: number;
        unreadable: number;
        symlinks: number;
    };
    /** With `summary.live === 'incomplete'`: the parts that could not be verified. */
    unverified?: string[];
    /** Findings hidden by suppressions and the baseline. */
    suppressed?: number;
    baselined?: number;
    /**
     * The leaked-secret findings (`hardcoded-token`, `plaintext-token`) a suppression comment or the baseline hid:
     * where each is (a history blob's commit too). A reviewer sees them in the pull-request comment and the job
     * summary, never only a count.
     */
    hiddenSecrets?: HiddenSecret[];
    /**
     * With a base manifest (a pull request): how the head manifest turns secret detection down against the base's
     * (a secret rule off or lowered, `scan.exclude` widened, `scan.include` narrowed), one plain sentence each.
     */
    detectionLowered?: string[];
    /**
     * Source and text files (by name) the scan skipped as binary: a NUL byte in the first block (SPEC's rule), which a
     * pull request can put in front of a token. Listed where reviewers look.
     */
    binaryText?: string[];
    /** How many such files there were in all, when more than `binaryText` names (it names 100 at most). */
    binaryTextTotal?: number;
    /**
     * With `--history`: blobs of source and text files (by name) skipped as binary, with the commit that added each
     * (a NUL byte in front of a token, committed and deleted again, is in the history for good). A blob over 8 MiB
     * is read, in chunks, as the tree reads a large file.
     */
    binaryHistory?: {
        file: string;
        commit: string;
    }[];
    /** How many such blobs there were in all, when more than `binaryHistory` names (it names 100 at most). */
    binaryHistoryTotal?: number;
    /**
     * With `--history` in a shallow clone (`git clone --depth 1`, actions/checkout's default): one sentence saying
     * that the commits before its boundary were not scanned. Every format says it; the exit code does not change.
     */
    historyIncomplete?: string;
}
/** A leaked-secret finding a suppression comment or the baseline hid. */
export interface HiddenSecret {
    file: string;
    line: number;
    rule: string;
    by: 'suppression' | 'baseline';
    /** For a blob of the history (`--history`): the commit that added it (12 hex digits). */
    commit?: string;
}
/** A user-facing configuration or input error: one line, exit code 2. */
export declare class ConfigError extends Error {
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, file?: string | undefined, line?: number | undefined, column?: number | undefined);
    /** `file:line:col: message`, or the parts that are known. */
    format(): string;
}
