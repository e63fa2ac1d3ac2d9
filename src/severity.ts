/** The one ordering of severities: sorting (most severe first) and thresholds (fail-on). */
import type { Severity } from './types.js';

const RANK: Record<Severity, number> = { error: 3, warn: 2, notice: 1 };

/** Negative when `a` is more severe than `b`: sorts errors first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** True when `s` is `threshold` or more severe. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}
