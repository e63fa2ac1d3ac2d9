/** Stage 4: the code rules over the repository (src/scan/run.ts does the work). */
import type { FileSuppressions, ScanResult } from '../scan/run.js';
import { scanRepository } from '../scan/run.js';
import type { ScanProgress } from '../scan/progress.js';
import { Secret } from '../secrets/secret.js';
import type { Manifest } from '../manifest/types.js';
import { activeRules, type CheckRun } from './run.js';
import { tokenNames } from '../calls/analyze.js';

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
    declaredSecrets: run.valid ? declaredSecretValues(run.manifest, run.env) : [],
    ...(opts.changedOnly ? { changedOnly: opts.changedOnly } : {}),
    ...(opts.calls && run.valid ? { calls: { tokenNames: tokenNames(run.manifest) } } : {}),
    debug: run.debug,
    ...(opts.progress ? { progress: opts.progress } : {}),
    ...(opts.cache ? { cache: opts.cache } : {}),
    frames: run.frames,
  });
}

/** Values of declared token secrets present in the environment (for exact-value matching). */
export function declaredSecretValues(manifest: Manifest, env: Record<string, string | undefined>): { name: string; value: Secret }[] {
  const out: { name: string; value: Secret }[] = [];
  const seen = new Set<string>();
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    const v = name ? env[name] : undefined;
    if (name && v && v.length >= 8 && !seen.has(name)) {
      seen.add(name);
      out.push({ name, value: new Secret(v) });
    }
  }
  return out;
}
