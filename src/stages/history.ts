/** Stage 4c (`--history`): secrets in the blobs a commit range added (src/scan/history.ts does the work). */
import type { InternalFinding } from '../findings.js';
import { HISTORY_RULES, oncePerFile, scanHistory, type BlobNotScanned } from '../scan/history.js';
import { repositoryScope } from '../scan/walk.js';
import { ConfigError, type HiddenSecret } from '../types.js';
import { activeRules, type CheckRun } from './run.js';
import { declaredSecretValues } from './scan.js';

export interface HistoryOptions {
  /** A revision range; undefined: all history (every ref). */
  range?: string;
  /** Told why the history could not be read (a shallow clone, an unknown base) instead of failing the check. */
  onUnavailable?: (message: string) => void;
}

/**
 * The history's secret findings, each value once per file (the oldest blob's), in commit order, in the tree
 * scan's scope: blobs at paths it would not read (outside `paths`, left out by `scan.include` /
 * `scan.exclude`) are not read either. No paths, no scan. Which of them the report keeps is judged after
 * suppressions and the baseline (check.ts, scan/history.ts's `newSecretsOnly`): a value the tree reports, or
 * that the baseline accepts in the same file, is not reported again.
 */
export async function history(run: CheckRun, opts: HistoryOptions, paths: readonly string[]): Promise<{ findings: InternalFinding[]; hidden: HiddenSecret[]; binary: BlobNotScanned[]; binaryTotal: number; shallow?: true }> {
  if (paths.length === 0) return { findings: [], hidden: [], binary: [], binaryTotal: 0 };
  try {
    const scan = run.valid ? run.manifest.scan : undefined;
    const scope = await repositoryScope({
      cwd: run.cwd,
      paths: [...paths],
      ...(scan?.include ? { include: scan.include } : {}),
      ...(scan?.exclude ? { exclude: scan.exclude } : {}),
    });
    const result = await scanHistory({
      cwd: run.cwd,
      ...(opts.range !== undefined ? { range: opts.range } : {}),
      scope,
      ...(run.valid ? { manifest: run.manifest } : {}),
      today: run.today,
      rules: activeRules(run, 'code').filter((r) => HISTORY_RULES.has(r.id)),
      settings: run.settings,
      declaredSecrets: run.valid ? declaredSecretValues(run.manifest, run.env) : [],
      knownRuleIds: run.knownRuleIds,
      debug: run.debug,
      repositoryPrefix: run.repositoryPrefix,
    });
    return { findings: oncePerFile(result.findings), hidden: result.hidden, binary: result.binary, binaryTotal: result.binaryTotal, ...(result.shallow ? { shallow: true as const } : {}) };
  } catch (e) {
    if (!opts.onUnavailable || !(e instanceof ConfigError)) throw e;
    opts.onUnavailable(e.message);
    return { findings: [], hidden: [], binary: [], binaryTotal: 0 };
  }
}
