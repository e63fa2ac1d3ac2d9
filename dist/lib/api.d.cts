/**
 * The library's public types (`import type { … } from 'graphguard'`). Self-contained on purpose: the
 * bundled declarations (dist/lib/*.d.ts) are this file, src/types.ts and src/index.ts, nothing else.
 * src/index.ts holds these types equal to the internal ones at compile time.
 */
import type { Report, Severity } from './types.cjs';
/** `failOn` of the CLI and the action. */
export type FailOn = Severity | 'never';
/** The report formats (`--format`). */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'markdown' | 'junit';
export interface LiveOptions {
    /** Graph API base URL without a version; default: GRAPHGUARD_GRAPH_URL, else https://graph.facebook.com. */
    graphUrl?: string;
    /** Total time budget for live calls and retries, in seconds (default 60). */
    timeoutSeconds?: number;
    /** The fetch to use (default: Node's). */
    fetch?: typeof fetch;
}
export interface CheckOptions {
    /** The repository (default: process.cwd()). The manifest is looked for here and in the folders above, up to the git root. */
    cwd?: string;
    /** Manifest path relative to cwd (default: graphguard.yml, graphguard.yaml or .graphguard.yml). */
    manifest?: string;
    /** Paths to scan for tokens (default ['.']; [] scans nothing). */
    paths?: string[];
    /** YYYY-MM-DD that rotation and version rules measure against (default: today, UTC). */
    today?: string;
    /** Environment for declared token secrets and live credentials (default: process.env). */
    env?: Record<string, string | undefined>;
    /** Baseline file (written by `graphguard baseline`): its findings are counted in `baselined`, not reported. */
    baseline?: string;
    /** Scan only the files changed since this git ref. */
    changedOnly?: string;
    /** Also verify against the live business through the Graph API (credentials from env). */
    live?: boolean | LiveOptions;
}
/** What `check()` returns: the report of the CLI's `--format json`, plus whether it passes. */
export interface CheckReport extends Report {
    /** 0 pass, 1 findings at or above failOn (or too many warnings), 2 incomplete live check: the CLI's exit code. */
    exitCode: 0 | 1 | 2;
}
export interface CheckCallOptions extends CheckOptions {
    /** Findings at or above this severity fail (`exitCode` 1); default error. */
    failOn?: FailOn;
    /** Also fail with more warnings than this (a whole number; -1: no limit, as the CLI's --max-warnings -1). */
    maxWarnings?: number;
}
export type AccessChangeKind = 'user-added' | 'user-removed' | 'permission-added' | 'permission-removed' | 'grant-added' | 'grant-removed' | 'tasks-broadened' | 'tasks-narrowed' | 'role-raised' | 'role-lowered' | 'environment-changed' | 'token-never-expires' | 'token-expiring';
/** One change of one system user's access. */
export interface AccessChange {
    kind: AccessChangeKind;
    /** The system user's name. */
    user: string;
    /** True when the head grants something the base did not (what `new-access` reports). */
    newAccess: boolean;
    /** JSON path of the node in the head manifest; for removals, in the base manifest (`side: 'base'`). */
    path: (string | number)[];
    side: 'head' | 'base';
    /** Reviewer words, e.g. "shop-prod gains MANAGE on page Acme Shop (was CREATE_CONTENT)". */
    text: string;
}
export interface DiffOptions {
    /** Where relative paths and git refs resolve (default: process.cwd()). */
    cwd?: string;
    /** The base manifest: a file, or git `REF:path`. */
    base: string;
    /** The head manifest: a file, or git `REF:path`. */
    head: string;
}
/** What `diff()` returns: the JSON of `graphguard diff --format json`. */
export interface DiffReport {
    base: string;
    head: string;
    /** How many changes grant access the base did not. */
    newAccess: number;
    changes: AccessChange[];
}
/** Options of `infer()`: what `graphguard infer` takes. */
export interface InferCallOptions {
    /** Where paths and the manifest resolve (default: process.cwd()). */
    cwd?: string;
    /** Paths to read (default: `.`). */
    paths?: string[];
    /** Manifest path; else discovered; `false`: none (one system user per token env var the code reads). */
    manifest?: string | false;
    /** Report only this system user. */
    user?: string;
}
/** A task a call needs on an asset type: one of `anyOf`. */
export interface InferTaskNeed {
    assetType: string;
    anyOf: string[];
    or?: {
        assetType: string;
        anyOf: string[];
    }[];
}
/** One Graph API call read in the code. */
export interface InferCall {
    file: string;
    line: number;
    method: 'GET' | 'POST' | 'DELETE';
    path: string;
}
/** What `infer()` returns: the JSON `graphguard infer --format json` prints (docs/evidence.md). */
export interface InferReport {
    users: {
        name: string;
        calls: InferCall[];
        permissions: {
            needed: string[];
            declared: string[];
            missing: string[];
            unused: string[];
        };
        tasks: {
            needed: InferTaskNeed[];
            missing: InferTaskNeed[];
        };
    }[];
    unattributed: InferCall[];
    unresolved: {
        file: string;
        line: number;
        user?: string;
        reason?: string;
    }[];
    unknown: (InferCall & {
        user?: string;
    })[];
}
