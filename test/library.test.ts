/** The library's `check()` (src/index.ts): its options are held to the CLI's rules, with the CLI's words. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { CheckCallOptions } from '../src/api.js';
import { ConfigError } from '../src/types.js';

const TODAY = '2026-12-01';

/** examples/shop: 3 errors and 3 warnings on TODAY. */
function shop(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-library-'));
  cpSync('examples/shop', dir, { recursive: true });
  return dir;
}

describe('check() options', () => {
  it('rejects a value the CLI would refuse with one ConfigError, never a report (failOn: "warning" passed a run with errors)', async () => {
    const cwd = shop();
    const cases: [Record<string, unknown>, string][] = [
      [{ failOn: 'warning' }, 'check() option failOn must be one of error, warn, notice, never, not "warning"'],
      [{ failOn: 'errors' }, 'check() option failOn must be one of error, warn, notice, never, not "errors"'],
      [{ failOn: null }, 'check() option failOn must be one of error, warn, notice, never, not null'],
      [{ maxWarnings: 'x' }, 'check() option maxWarnings must be a whole number, not "x"'],
      [{ maxWarnings: 1.5 }, 'check() option maxWarnings must be a whole number, not 1.5'],
      [{ maxWarnings: -2 }, 'check() option maxWarnings must be a whole number, not -2'],
      [{ today: 'yesterday' }, 'check() option today must be a date YYYY-MM-DD, not "yesterday"'],
      [{ today: '2026-02-30' }, 'check() option today must be a date YYYY-MM-DD, not "2026-02-30"'],
      [{ manifest: '' }, 'check() option manifest must be a file, not ""'],
      [{ baseline: '' }, 'check() option baseline must be a file, not ""'],
      [{ changedOnly: '' }, 'check() option changedOnly must be a branch, tag or commit, not ""'],
      [{ paths: ['src', ''] }, 'check() option paths must be an array of files and folders, none empty (""); leave it out to scan the repository'],
      [{ paths: 'src' }, 'check() option paths must be an array of files and folders, none empty (""); leave it out to scan the repository'],
      // Another spelling is no option at all: refused, never a silent pass (hunt U2r-8).
      [{ 'fail-on': 'warn' }, 'check() has no option "fail-on"; did you mean failOn?'],
      [{ failon: 'warn' }, 'check() has no option "failon"; did you mean failOn?'],
      [{ 'max-warnings': 0 }, 'check() has no option "max-warnings"; did you mean maxWarnings?'],
      [{ strict: true }, 'check() has no option "strict"'],
    ];
    for (const [given, message] of cases) {
      const err = await check({ cwd, today: TODAY, ...given } as CheckCallOptions).then(
        (r) => new Error(`resolved with exitCode ${r.exitCode}`),
        (e: unknown) => e,
      );
      expect(err, JSON.stringify(given)).toBeInstanceOf(ConfigError);
      expect((err as Error).message, JSON.stringify(given)).toBe(message);
    }
  });

  it('takes what the CLI takes: each level, a whole number (in digits too), -1 as no limit', async () => {
    const cwd = shop();
    const exit = async (o: CheckCallOptions) => (await check({ cwd, today: TODAY, ...o })).exitCode;
    expect(await exit({})).toBe(1);
    expect(await exit({ failOn: 'never' })).toBe(0);
    expect(await exit({ failOn: 'never', maxWarnings: 3 })).toBe(0);
    expect(await exit({ failOn: 'never', maxWarnings: 2 })).toBe(1);
    expect(await exit({ failOn: 'never', maxWarnings: -1 })).toBe(0);
    // Written in digits (a value read from the environment), as --max-warnings 2 is.
    expect(await exit({ failOn: 'never', maxWarnings: '2' as unknown as number })).toBe(1);
  });
});
