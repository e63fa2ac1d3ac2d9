/**
 * One bad entry under `rules:` (a misspelled rule id, a wrong severity) must not hide every other
 * finding: when all the schema problems are in `rules:` settings, those settings are dropped, the
 * manifest is validated again, and the check goes on with the other settings.
 */
import type { SchemaProblem } from './validate.js';
import { ConfigError } from '../types.js';

export interface LenientRules {
  /** The manifest value without the bad settings. */
  value: unknown;
  /** The problems, each saying that its setting was skipped. */
  problems: SchemaProblem[];
  /** The skipped settings, e.g. `rules.least-privilege-task`. */
  skipped: string[];
}

/** The manifest without its bad `rules:` settings, when that makes it valid; else undefined. */
export function withoutBadRuleSettings(
  value: unknown,
  problems: readonly SchemaProblem[],
  validate: (value: unknown) => SchemaProblem[],
): LenientRules | undefined {
  if (problems.length === 0 || !problems.every((p) => p.path[0] === 'rules')) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const rulesValue = (value as Record<string, unknown>).rules;
  const ids = new Set<string>();
  for (const p of problems) {
    if (typeof p.path[1] !== 'string') return undefined; // `rules:` itself is not a map
    ids.add(p.path[1]);
  }
  if (!rulesValue || typeof rulesValue !== 'object') return undefined;
  const kept = Object.fromEntries(Object.entries(rulesValue as Record<string, unknown>).filter(([id]) => !ids.has(id)));
  const next = { ...(value as Record<string, unknown>), rules: kept };
  if (validate(next).length > 0) return undefined;
  const skipped = [...ids].map((id) => `rules.${id}`);
  return {
    value: next,
    skipped,
    problems: problems.map((p) => ({
      ...p,
      message: `${p.message}${/[.?!]$/.test(p.message) ? '' : '.'} Skipped \`rules.${String(p.path[1])}\`; the other settings and rules apply.`,
    })),
  };
}

/**
 * The manifest value a command other than `check` can use: valid as it is, or once its bad `rules:`
 * settings are dropped (as `check` goes on without them); undefined when other problems remain.
 */
export function usableManifest(value: unknown, problems: readonly SchemaProblem[], validate: (value: unknown) => SchemaProblem[]): unknown | undefined {
  if (problems.length === 0) return value;
  return withoutBadRuleSettings(value, problems, validate)?.value;
}

/**
 * The one line a command other than `check` stops with on a manifest that is not valid: the first schema problem at
 * its `file:line:col` (hunt IO-5: `infer` and `rotate` said only "not valid"), how many there are, and the `check`
 * that lists them all for that very manifest (`how`).
 */
export function invalidManifestError(
  m: { file: string; locate(path: SchemaProblem['path'], opts?: { key?: boolean }): { line: number; column: number } },
  problems: readonly SchemaProblem[],
  how: string,
): ConfigError {
  const p = problems[0]!;
  let at: { line: number; column: number } | undefined;
  try {
    at = m.locate(p.path, p.key ? { key: true } : {});
  } catch {
    // No position: the file alone.
  }
  return new ConfigError(`${p.message} (${problems.length} schema problem(s); run \`${how}\`)`, m.file, at?.line, at?.column);
}
