/** Stages 1 and 2: find and load the manifest, validate it, resolve the rule settings. */
import path from 'node:path';
import { findManifest, loadManifest, MANIFEST_NAMES } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { validateManifest } from '../manifest/validate.js';
import type { AnyRule } from '../rule.js';
import { resolveRuleSettings, type SeveritySetting } from '../settings.js';
import { ConfigError } from '../types.js';
import type { CheckRun } from './run.js';

export interface LoadInput {
  cwd: string;
  manifest?: string;
  today: string;
  env: Record<string, string | undefined>;
  rules: readonly AnyRule[];
  knownRuleIds: ReadonlySet<string>;
  debug: (line: string) => void;
}

/** Finds and loads the manifest; none found is a ConfigError. */
export function load(input: LoadInput): Omit<CheckRun, 'valid' | 'problems' | 'settings'> {
  const cwd = path.resolve(input.cwd);
  const manifestPath = findManifest(cwd, input.manifest);
  if (!manifestPath)
    throw new ConfigError(`no manifest found (looked for ${MANIFEST_NAMES.join(', ')}); run \`graphguard init\` or pass --manifest`);
  const loaded = loadManifest(manifestPath, cwd);
  input.debug(`manifest: ${loaded.file}`);
  const { manifest: _, ...rest } = input;
  return { ...rest, cwd, loaded, manifest: loaded.value as Manifest };
}

/**
 * Validates the manifest against the schema and resolves each rule's severity and options from its
 * `rules:` (only a valid manifest's). `diffSeverity` overrides the diff rules' severity (the action's
 * `new-access` input).
 */
export function validate(run: Omit<CheckRun, 'valid' | 'problems' | 'settings'>, diffSeverity?: SeveritySetting): CheckRun {
  const problems = validateManifest(run.loaded.value, () => run.loaded.doc);
  const valid = problems.length === 0;
  const settings = resolveRuleSettings(run.rules, valid ? run.manifest.rules : undefined);
  if (diffSeverity)
    for (const rule of run.rules) if (rule.kind === 'diff') settings.set(rule.id, { ...settings.get(rule.id)!, severity: diffSeverity, explicit: true });
  return { ...run, valid, problems, settings };
}
