/**
 * graphguard as a library: `import { check, diff, format } from 'graphguard'`. Nothing here writes to
 * stdout or stderr, exits, or sets process.exitCode; bad input throws a ConfigError (the CLI's exit 2).
 */
import { check as runCheck } from './check.js';
import { diffSpecs } from './diff-command.js';
import { formatters } from './format/index.js';
import { exitCodeFor } from './outcome.js';
import { rules } from '../rules/index.js';
import { VERSION } from './version.js';
import type * as api from './api.js';
import type { AccessChange as InternalAccessChange } from './diff.js';
import type { FormatName as InternalFormatName } from './format/index.js';
import type { CheckReport, CheckCallOptions, DiffOptions, DiffReport, FormatName } from './api.js';
import type { Report } from './types.js';

export type * from './api.js';
export type { Finding, LiveStatus, Report, Severity, Summary } from './types.js';
export { ConfigError } from './types.js';

/** graphguard's version. */
export const version: string = VERSION;

// The public types are written out in api.ts so the declarations stand alone; they must not drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [Same<api.AccessChange, InternalAccessChange>, Same<FormatName, InternalFormatName>] = [true, true];
void typesAgree;

/** Lints the manifest and scans the repository, as `graphguard check` does; resolves to the report. */
export async function check(options: CheckCallOptions = {}): Promise<CheckReport> {
  const live = options.live === true ? {} : options.live || false;
  const { report } = await runCheck({
    cwd: options.cwd ?? process.cwd(),
    ...(options.manifest !== undefined ? { manifest: options.manifest } : {}),
    ...(options.paths !== undefined ? { paths: options.paths } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
    ...(options.changedOnly !== undefined ? { changedOnly: options.changedOnly } : {}),
    live,
  });
  return { ...report, exitCode: exitCodeFor(report, options.failOn ?? 'error', options.maxWarnings) };
}

/** The access change between two manifests (files or git `REF:path`), as `graphguard diff --format json`. */
export async function diff(options: DiffOptions): Promise<DiffReport> {
  const { changes, newAccess } = diffSpecs(options.cwd ?? process.cwd(), options.base, options.head);
  return { base: options.base, head: options.head, newAccess, changes };
}

/** A report in one of the CLI's formats (`--format`); colour only for stylish with `color: true`. */
export function format(report: Report, name: FormatName = 'stylish', options: { color?: boolean } = {}): string {
  const f = formatters[name];
  if (!f) throw new TypeError(`unknown format "${String(name)}"`);
  return f(report, { rules, color: name === 'stylish' && options.color === true });
}
