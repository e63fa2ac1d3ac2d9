/**
 * graphguard as a library: `import { check, infer, diff, format } from 'graphguard'`. Nothing here writes to
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
import type { CheckReport, CheckCallOptions, DiffOptions, DiffReport, FormatName, InferCallOptions, InferReport } from './api.js';
import { inferRepository } from './infer.js';
import { toInferJson, type InferJson } from './calls/analyze.js';
import { ConfigError, type Report } from './types.js';
import { dateValue, FAIL_ON_LEVELS, nonEmptyValue, oneOfValues, VALUE_EXPECTED, maxWarningsValue } from './option-values.js';

export type * from './api.js';
export type { Finding, LiveStatus, Report, Severity, Summary } from './types.js';
export { ConfigError } from './types.js';

/** graphguard's version. */
export const version: string = VERSION;

// The public types are written out in api.ts so the declarations stand alone; they must not drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// InferJson's asset types are a union; the public type spells them as strings, so it only has to accept InferJson.
const typesAgree: [Same<api.AccessChange, InternalAccessChange>, Same<FormatName, InternalFormatName>, InferJson extends InferReport ? true : false] = [true, true, true];
void typesAgree;

/**
 * The options of `check()` as the CLI would take them, or a `ConfigError` for the first that it would
 * refuse (a JavaScript caller, or one reading `failOn` from its configuration, has no type checker to
 * stop `failOn: 'warning'`, which would otherwise pass every run). The rules and words are the CLI's and
 * the action's (src/option-values.ts), under the library's names.
 */
function checkedOptions(options: CheckCallOptions): { failOn: api.FailOn; maxWarnings: number | undefined } {
  const name = (option: string) => `check() option ${option}`;
  // An option of another spelling (`'fail-on'`, `failon`) would be no option at all: the gate passes silently (hunt U2r-8).
  if (options === null || typeof options !== 'object') throw new ConfigError('check() takes an object of options');
  for (const key of Object.keys(options)) {
    if (!CHECK_OPTION_KEYS.has(key)) {
      const close = [...CHECK_OPTION_KEYS].find((k) => k.toLowerCase() === key.replace(/[-_]/g, '').toLowerCase());
      throw new ConfigError(`check() has no option ${JSON.stringify(key)}${close ? `; did you mean ${close}?` : ''}`);
    }
  }
  if (options.manifest !== undefined) nonEmptyValue(name('manifest'), options.manifest, VALUE_EXPECTED.manifest!);
  if (options.baseline !== undefined) nonEmptyValue(name('baseline'), options.baseline, VALUE_EXPECTED.baseline!);
  if (options.changedOnly !== undefined) nonEmptyValue(name('changedOnly'), options.changedOnly, VALUE_EXPECTED['changed-only']!);
  if (options.today !== undefined) dateValue(name('today'), options.today);
  if (options.paths !== undefined) {
    // As the CLI's empty PATH argument: an unset variable, taken as `.`, would scan everything.
    if (!Array.isArray(options.paths) || options.paths.some((p) => typeof p !== 'string' || p === ''))
      throw new ConfigError(`${name('paths')} must be an array of files and folders, none empty (""); leave it out to scan the repository`);
  }
  const failOn = options.failOn === undefined ? 'error' : oneOfValues(name('failOn'), options.failOn, FAIL_ON_LEVELS);
  const maxWarnings = options.maxWarnings === undefined ? undefined : maxWarningsValue(name('maxWarnings'), options.maxWarnings);
  return { failOn, maxWarnings };
}

/** The options `check()` takes (api.ts's CheckCallOptions): any other key is refused. */
const CHECK_OPTION_KEYS: ReadonlySet<string> = new Set(['cwd', 'manifest', 'paths', 'today', 'env', 'baseline', 'changedOnly', 'live', 'failOn', 'maxWarnings']);

/** Lints the manifest and scans the repository, as `graphguard check` does; resolves to the report. */
export async function check(options: CheckCallOptions = {}): Promise<CheckReport> {
  const { failOn, maxWarnings } = checkedOptions(options);
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
  return { ...report, exitCode: exitCodeFor(report, failOn, maxWarnings) };
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

/** Reads the Graph API calls in the code and holds them against the manifest, as `graphguard infer` does (docs/evidence.md). */
export async function infer(options: InferCallOptions = {}): Promise<InferReport> {
  const { analysis } = await inferRepository({
    cwd: options.cwd ?? process.cwd(),
    ...(options.paths !== undefined ? { paths: options.paths } : {}),
    ...(options.manifest !== undefined ? { manifest: options.manifest } : {}),
    ...(options.user !== undefined ? { user: options.user } : {}),
  });
  return toInferJson(analysis, options.user);
}
