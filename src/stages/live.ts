/** Stage 5: fetch the live snapshot once, run the live rules, and say which leaked tokens are live. */
import { ConfigError } from '../types.js';
import type { InternalFinding } from '../findings.js';
import type { LiveSnapshot } from '../graph/types.js';
import { leakedTokenNote, withLiveNote } from '../live-model.js';
import { appTokenParts } from '../secrets/detect.js';
import { secretHash } from '../secrets/fingerprint.js';
import type { Secret } from '../secrets/secret.js';
import { runLiveRules } from './rules.js';
import type { CheckRun } from './run.js';
import { graphBaseUrl } from '../graph/base-url.js';

export interface LiveOptions {
  graphUrl?: string;
  timeoutSeconds?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** A snapshot to use instead of calling the Graph API (tests of live rules). */
  snapshot?: LiveSnapshot;
  /** Told the secrets the Graph client handles (tokens, the app secret and token, their proofs), for the output sink. */
  onSecrets?: (values: Secret[]) => void;
}

export interface LiveResult {
  findings: InternalFinding[];
  snapshot: LiveSnapshot;
}

/**
 * Runs the live check; an invalid manifest cannot be compared with the business (ConfigError).
 * `found` are the findings so far: the secrets among them go to debug_token, and the messages of
 * findings on tokens (rules with `notesLiveTokens`) say what it answered.
 */
export async function live(run: CheckRun, opts: LiveOptions, found: InternalFinding[]): Promise<LiveResult> {
  if (!run.valid) throw new ConfigError(`${run.loaded.file}: the manifest is not valid; fix the manifest-schema findings before a live check`);
  const { fetchLiveSnapshot, liveFailureText } = await import('../graph/snapshot.js');
  let snapshot: LiveSnapshot;
  if (opts.snapshot) snapshot = opts.snapshot;
  else
    try {
      ({ snapshot } = await fetchLiveSnapshot({
        manifest: run.manifest,
        env: run.env,
        graphUrl: graphBaseUrl(opts.graphUrl, run.env),
        timeoutSeconds: opts.timeoutSeconds ?? 60,
        // Only token-shaped secrets go to debug_token (the whole `EA` + capital family, and app tokens
        // however the separator is written); app secrets and other values never leave.
        leaked: uniqueSecrets(found).filter((s) => /^EA[A-Z]/.test(s.reveal()) || appTokenParts(s.reveal()) !== undefined),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
        ...(opts.sleep ? { sleep: opts.sleep } : {}),
        debug: run.debug,
        ...(opts.onSecrets ? { onSecrets: opts.onSecrets } : {}),
      }));
    } catch (e) {
      // Preflight mismatches each get their own line; anything else is its first line.
      throw new ConfigError(liveFailureText(e, 'live check failed'));
    }
  const findings = runLiveRules(run, snapshot);
  const noting = new Set(run.rules.filter((r) => r.kind === 'code' && r.notesLiveTokens).map((r) => r.id));
  for (const f of found) {
    if (!f.secret || !noting.has(f.ruleId)) continue;
    // snapshot.ts's own key function, so the lookup matches how leakedTokens was filled.
    const info = snapshot.leakedTokens[secretHash(f.secret)];
    if (info) f.message = withLiveNote(f.message, leakedTokenNote(info, snapshot, run.manifest));
  }
  return { findings, snapshot };
}

/** The distinct secrets behind findings. */
export function uniqueSecrets(findings: readonly InternalFinding[]): Secret[] {
  const by = new Map<string, Secret>();
  for (const f of findings) if (f.secret) by.set(f.secret.reveal(), f.secret);
  return [...by.values()];
}
