/** Checks on parsed command-line values that every command shares. */
import { nonEmptyValue, VALUE_EXPECTED } from './option-values.js';
import { ConfigError } from './types.js';

/**
 * Refuses an option given an empty value (`--manifest ''`, `--baseline=`): taken as absent, it would
 * quietly check something else than asked (the default manifest, no baseline, every file), as a CI
 * line with an unset variable (`--baseline "$BASELINE"`) does. The library refuses the same options
 * given '' with the same words (src/index.ts).
 */
export function refuseEmptyValues(values: Readonly<Record<string, unknown>>): void {
  for (const [name, what] of Object.entries(VALUE_EXPECTED)) {
    if (typeof values[name] === 'string') nonEmptyValue(`--${name}`, values[name], what);
  }
}

/** Refuses an empty PATH argument (`check ''`, often an unset variable): taken as `.`, it would scan everything. */
export function refuseEmptyPaths(positionals: readonly string[]): void {
  if (positionals.some((p) => p === '')) throw new ConfigError('a PATH argument is empty (""): name a file or folder, or leave it out to scan the repository');
}
