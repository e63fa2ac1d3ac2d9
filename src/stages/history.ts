/** Stage 4b (`--history`): secrets in the blobs a commit range added (src/scan/history.ts does the work). */
import type { InternalFinding } from '../findings.js';
import { HISTORY_RULES, newSecretsOnly, scanHistory } from '../scan/history.js';
import { ConfigError } from '../types.js';
import { activeRules, type CheckRun } from './run.js';
import { declaredSecretValues } from './scan.js';

export interface HistoryOptions {
  /** A revision range; undefined: all history (every ref). */
  range?: string;
  /** Told why the history could not be read (a shallow clone, an unknown base) instead of failing the check. */
  onUnavailable?: (message: string) => void;
}

/** The history's secret findings that the tree scan (`tree`) has not reported, each secret once. */
export async function history(run: CheckRun, opts: HistoryOptions, tree: readonly InternalFinding[]): Promise<InternalFinding[]> {
  try {
    const result = await scanHistory({
      cwd: run.cwd,
      ...(opts.range !== undefined ? { range: opts.range } : {}),
      ...(run.valid ? { manifest: run.manifest } : {}),
      today: run.today,
      rules: activeRules(run, 'code').filter((r) => HISTORY_RULES.has(r.id)),
      settings: run.settings,
      declaredSecrets: run.valid ? declaredSecretValues(run.manifest, run.env) : [],
      knownRuleIds: run.knownRuleIds,
      debug: run.debug,
    });
    return newSecretsOnly(tree, result.findings);
  } catch (e) {
    if (!opts.onUnavailable || !(e instanceof ConfigError)) throw e;
    opts.onUnavailable(e.message);
    return [];
  }
}
