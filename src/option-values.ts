/**
 * Checks on option values that the CLI (`--fail-on`), the action (`input fail-on`) and the library
 * (`check({ failOn })`) share: one rule and one wording per option, whichever shell names it. Each
 * throws a `ConfigError` (the CLI's exit 2) that says what the option must be and what it was given.
 */
import { isValidDate } from './suppress.js';
import { ConfigError } from './types.js';

/** What each option that takes a text expects, for the message when it is given empty (CLI spelling). */
export const VALUE_EXPECTED: Readonly<Record<string, string>> = {
  manifest: 'a file',
  baseline: 'a file',
  output: 'a file, or - for stdout',
  'changed-only': 'a branch, tag or commit',
  'graph-url': 'a URL',
  business: 'a business id',
  app: 'an app id',
  user: "a system user's name",
};

/** The levels of `--fail-on`, `fail-on` and `failOn`. */
export const FAIL_ON_LEVELS = ['error', 'warn', 'notice', 'never'] as const;

/**
 * A refused value as the message shows it: a string in quotes (through `clip`, where it may be a secret:
 * the action's inputs), anything else as JavaScript writes it (`3`, `null`, `["a"]`).
 */
function shown(value: unknown, clip: (s: string) => string): string {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (value === undefined || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const asIs = (s: string): string => s;

/** `value` when it is one of `allowed`; else `NAME must be one of a, b, c, not "x"`. */
export function oneOfValues<T extends string>(name: string, value: unknown, allowed: readonly T[], clip = asIs): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, not ${shown(value, clip)}`);
}

/** A whole number (0, 1, 2…), written in digits or given as a number; else `NAME must be a whole number, not "x"`. */
export function wholeNumberValue(name: string, value: unknown, clip = asIs): number {
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new ConfigError(`${name} must be a whole number, not ${shown(value, clip)}`);
}

/**
 * `--max-warnings`, the action's `max-warnings` and the library's `maxWarnings`: a whole number, or -1 for no limit
 * (as in ESLint; undefined). One rule for the three (hunt NEW-2: the action refused -1).
 */
export function maxWarningsValue(name: string, value: unknown, clip = asIs): number | undefined {
  if (value === -1 || value === '-1') return undefined;
  return wholeNumberValue(name, value, clip);
}

/** A calendar date YYYY-MM-DD that exists (not 2026-02-30); else `NAME must be a date YYYY-MM-DD, not "x"`. */
export function dateValue(name: string, value: unknown): string {
  if (typeof value === 'string' && isValidDate(value)) return value;
  throw new ConfigError(`${name} must be a date YYYY-MM-DD, not ${shown(value, asIs)}`);
}

/**
 * A string that is not empty; else `NAME must be WHAT, not ""`. An empty value (an unset variable in
 * CI, `--baseline "$BASELINE"`) taken as absent would quietly check something else than asked.
 */
export function nonEmptyValue(name: string, value: unknown, what: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new ConfigError(`${name} must be ${what}, not ${shown(value, asIs)}`);
}
