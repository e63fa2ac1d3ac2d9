/** Type guards for parsed JSON and YAML. */

/** A plain object (not null, not an array): a JSON object or a YAML mapping. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
