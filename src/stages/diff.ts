/** Stage 6: the access diff against the base manifest (pull requests, `graphguard diff`), and the diff rules. */
import { diffManifests, type AccessChange } from '../diff.js';
import type { InternalFinding } from '../findings.js';
import { manifestSecretValues } from '../manifest/secrets.js';
import type { Secret } from '../secrets/secret.js';
import { parseManifestText } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { runDiffRules } from './rules.js';
import type { CheckRun } from './run.js';

/** The base manifest's text (null: no manifest at base, so everything is new) and its file name. */
export interface BaseInput {
  text: string | null;
  file: string;
}

/** Diffs the base and head manifests; nothing when the head manifest is invalid. */
export function diff(run: CheckRun, base: BaseInput): { changes: AccessChange[]; findings: InternalFinding[]; baseSecrets: Secret[] } | undefined {
  if (!run.valid) return undefined;
  // A base that does not validate still says what access it granted, as far as it goes.
  const baseManifest = base.text === null ? null : (parseManifestText(base.text, `${base.file} (base)`).value as Manifest);
  const changes = diffManifests(baseManifest, run.manifest);
  // What the base holds is said too (a grant the PR removes names its asset): its secrets, for the sink.
  return { changes, findings: runDiffRules(run, changes), baseSecrets: baseManifest === null ? [] : manifestSecretValues(baseManifest, run.env) };
}
