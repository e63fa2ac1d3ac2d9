/** Checks on parsed command-line values that every command shares. */
import { ConfigError } from './types.js';

/** What each option that takes a value expects, for the message when it is given empty. */
const EXPECTED: Record<string, string> = {
  manifest: 'a file',
  baseline: 'a file',
  output: 'a file, or - for stdout',
  'changed-only': 'a branch, tag or commit',
  'graph-url': 'a URL',
  business: 'a business id',
  app: 'an app id',
  user: "a system user's name",
};

/**
 * Refuses an option given an empty value (`--manifest ''`, `--baseline=`): taken as absent, it would
 * quietly check something else than asked (the default manifest, no baseline, every file), as a CI
 * line with an unset variable (`--baseline "$BASELINE"`) does.
 */
export function refuseEmptyValues(values: Readonly<Record<string, unknown>>): void {
  for (const [name, what] of Object.entries(EXPECTED)) {
    if (values[name] === '') throw new ConfigError(`--${name} must be ${what}, not ""`);
  }
}

/** Refuses an empty PATH argument (`check ''`, often an unset variable): taken as `.`, it would scan everything. */
export function refuseEmptyPaths(positionals: readonly string[]): void {
  if (positionals.some((p) => p === '')) throw new ConfigError('a PATH argument is empty (""): name a file or folder, or leave it out to scan the repository');
}
