/** What every stage of a check shares: the loaded manifest, the rule settings, and how rules report. */
import type { LoadedManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import type { SchemaProblem } from '../manifest/validate.js';
import type { AnyRule, AnyRuleOf, ManifestReport } from '../rule.js';
import type { RuleSetting } from '../settings.js';
import { manifestFinding, type InternalFinding } from '../findings.js';

export interface CheckRun {
  cwd: string;
  /**
   * `cwd` from the top level of its git checkout, `/`-terminated ('' at the top and outside git):
   * fingerprints name files from the top level (findings.ts's `repositoryPath`), wherever the check ran.
   */
  repositoryPrefix: string;
  today: string;
  env: Record<string, string | undefined>;
  /** The rules of this run (all of them unless a test narrows them). */
  rules: readonly AnyRule[];
  /** Every rule id a suppression comment may name. */
  knownRuleIds: ReadonlySet<string>;
  debug: (line: string) => void;
  /** Build code frames for manifest findings (only stylish shows them; see CheckOptions.frames). */
  frames: boolean;
  loaded: LoadedManifest;
  /** The manifest; typed as valid, which it is only when `valid`. */
  manifest: Manifest;
  valid: boolean;
  problems: SchemaProblem[];
  settings: Map<string, RuleSetting>;
}

/** The rule's setting (every rule of the run has one). */
export function settingOf(run: CheckRun, rule: AnyRule): RuleSetting {
  return run.settings.get(rule.id)!;
}

/** The rules of one kind that are not turned off. */
export function activeRules<K extends AnyRule['kind']>(run: CheckRun, kind: K): AnyRuleOf<K>[] {
  return run.rules.filter((r): r is AnyRuleOf<K> => r.kind === kind && settingOf(run, r).severity !== 'off');
}

/** A `report` for manifest, live and diff rules: turns reports into findings on the manifest. */
export function manifestReporter(run: CheckRun, rule: AnyRule, out: InternalFinding[]): (r: ManifestReport) => void {
  return (r) => out.push(manifestFinding(rule, settingOf(run, rule), run.loaded, r, { frames: run.frames, repositoryPrefix: run.repositoryPrefix }));
}
