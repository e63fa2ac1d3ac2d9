/** Stage 4: the code rules over the repository (src/scan/run.ts does the work). */
import type { FileSuppressions, ScanResult } from '../scan/run.js';
import { scanRepository } from '../scan/run.js';
import type { ScanProgress } from '../scan/progress.js';
import { declaredSecretValues } from '../manifest/secrets.js';
import { activeRules, type CheckRun } from './run.js';
import { tokenNames } from '../calls/analyze.js';

export { declaredSecretValues };

export interface ScanOptions {
  /** Paths to scan; an empty list scans nothing. */
  paths: string[];
  changedOnly?: string;
  /** Collect Graph API call sites for the least-privilege stage (SPEC §7). */
  calls?: boolean;
  /** The progress line (src/scan/progress.ts), when the CLI shows one. */
  progress?: ScanProgress;
  /** The scan cache (src/scan/scan-cache.ts). */
  cache?: { dir: string; build: string; now?: number };
  /** The files a reviewer reviews (ScanInput.reviewFiles). */
  reviewFiles?: ReadonlySet<string>;
}

/** Scans the paths with the active code rules; no paths, no scan (and no files counted). */
export async function scan(run: CheckRun, opts: ScanOptions): Promise<ScanResult> {
  if (opts.paths.length === 0)
    return { findings: [], suppressions: new Map<string, FileSuppressions>(), filesScanned: 0, skipped: { binary: 0, unreadable: 0, symlinks: 0 } };
  return scanRepository({
    cwd: run.cwd,
    paths: opts.paths,
    ...(run.valid ? { manifest: run.manifest } : {}),
    manifestFile: run.loaded.file,
    today: run.today,
    codeRules: activeRules(run, 'code'),
    settings: run.settings,
    declaredSecrets: declaredSecretValues(run.manifest, run.env),
    ...(opts.changedOnly ? { changedOnly: opts.changedOnly } : {}),
    ...(opts.calls && run.valid ? { calls: { tokenNames: tokenNames(run.manifest) } } : {}),
    debug: run.debug,
    ...(opts.progress ? { progress: opts.progress } : {}),
    ...(opts.cache ? { cache: opts.cache } : {}),
    ...(opts.reviewFiles ? { reviewFiles: opts.reviewFiles } : {}),
    frames: run.frames,
    repositoryPrefix: run.repositoryPrefix,
  });
}

