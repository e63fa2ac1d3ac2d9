/** Stages 1 and 2: find and load the manifest, validate it, resolve the rule settings. */
import path from 'node:path';
import { findManifest, loadManifest, MANIFEST_NAMES } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import type { ManifestCacheSetting } from '../manifest/parse-cache.js';
import { validateManifest } from '../manifest/validate.js';
import { withoutBadRuleSettings } from '../manifest/lenient-rules.js';
import type { AnyRule } from '../rule.js';
import { resolveRuleSettings, type SeveritySetting } from '../settings.js';
import { ConfigError } from '../types.js';
import { repositoryPrefix } from '../scan/walk.js';
import type { CheckRun } from './run.js';

export interface LoadInput {
  cwd: string;
  manifest?: string;
  today: string;
  env: Record<string, string | undefined>;
  rules: readonly AnyRule[];
  knownRuleIds: ReadonlySet<string>;
  debug: (line: string) => void;
  /** Build code frames for manifest findings (false when no output format shows them). */
  frames: boolean;
  /** The manifest parse cache (src/manifest/parse-cache.ts). */
  manifestCache?: ManifestCacheSetting;
}

/** Finds and loads the manifest; none found is a ConfigError. */
export function load(input: LoadInput): Omit<CheckRun, 'valid' | 'problems' | 'settings'> {
  const cwd = path.resolve(input.cwd);
  const manifestPath = findManifest(cwd, input.manifest);
  if (!manifestPath)
    throw new ConfigError(`no manifest found (looked for ${MANIFEST_NAMES.join(', ')}); run \`graphguard init\` or pass --manifest`);
  const loaded = loadManifest(manifestPath, cwd, { cache: input.manifestCache });
  // Its globs are matched from the working directory (as ESLint's --config): say so when it is elsewhere.
  const folder = path.relative(cwd, path.dirname(manifestPath));
  const globs = folder === '' ? `; its globs matched from ${cwd}` : `, its globs matched from the working directory, not ${folder.split(path.sep).join('/')}`;
  input.debug(`manifest: ${loaded.file}${loaded.parseCache === 'hit' ? ' (parse cache)' : ''}${globs}`);
  const { manifest: _, manifestCache: __, ...rest } = input;
  return { ...rest, cwd, repositoryPrefix: repositoryPrefix(cwd), loaded, manifest: loaded.value as Manifest };
}

/**
 * Validates the manifest against the schema and resolves each rule's severity and options from its
 * `rules:` (only a valid manifest's). `diffSeverity` overrides the diff rules' severity (the action's
 * `new-access` input).
 */
export function validate(run: Omit<CheckRun, 'valid' | 'problems' | 'settings'>, diffSeverity?: SeveritySetting): CheckRun {
  // A value the parse cache says met the schema (the same value, checked by the same build) is not checked again.
  const found = run.loaded.schemaValid ? [] : validateManifest(run.loaded.value, () => run.loaded.doc);
  // A bad `rules:` entry (a misspelled rule id) is reported and skipped, not allowed to stop every other rule.
  const lenient = withoutBadRuleSettings(run.loaded.value, found, (v) => validateManifest(v));
  const problems = lenient?.problems ?? found;
  const valid = problems.length === 0 || lenient !== undefined;
  if (lenient) run.debug(`skipped settings: ${lenient.skipped.join(', ')}`);
  const settings = resolveRuleSettings(run.rules, valid ? ((lenient?.value ?? run.manifest) as Manifest).rules : undefined);
  if (diffSeverity)
    for (const rule of run.rules) if (rule.kind === 'diff') settings.set(rule.id, { ...settings.get(rule.id)!, severity: diffSeverity, explicit: true });
  return { ...run, valid, problems, settings };
}
