/**
 * Spring Boot's configuration as the call reader needs it: which files hold it, and their `key → value` entries
 * (shared-values.ts reads a field injected with `@Value("${key}")` as holding the configured Graph URL). No
 * dependency: the scan asks `isSpringConfig` of every listed file before any call reader is loaded.
 */

/** Spring Boot's configuration files (`application.yml`, `application-prod.properties`, under any folder). */
const SPRING_CONFIG = /(?:^|\/)application(?:-[\w.-]+)?\.(?:ya?ml|properties)$/;

/** Whether a listed file is a Spring Boot configuration file. */
export function isSpringConfig(rel: string): boolean {
  return SPRING_CONFIG.test(rel);
}

/** Spring's relaxed binding: `facebook.base-url`, `facebook.baseUrl` and `FACEBOOK_BASEURL` are one key. */
export function relaxedKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The `key → value` entries of a Spring configuration file: a `.properties` file's `key=value` (or `key: value`)
 * lines, or a YAML file's scalars by their dotted path (`facebook:` then `  base-url: https://…`), read line by line
 * (plain block mappings: no anchors, no flow collections, no multi-line scalars). Linear, bounded by the text.
 */
export function springConfigEntries(text: string, properties: boolean): [string, string][] {
  const out: [string, string][] = [];
  const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (properties) {
    for (const line of text.split(/\r?\n/)) {
      const m = /^\s*([^#!\s=:][^=:\s]*)\s*[=:]\s*(.*)$/.exec(line);
      if (m) out.push([m[1]!, unquote(m[2]!)]);
    }
    return out;
  }
  const stack: { indent: number; key: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(?:#|$)/.test(line) || /^(?:---|\.\.\.)/.test(line)) {
      if (/^---/.test(line)) stack.length = 0;
      continue;
    }
    const m = /^( *)([^\s#:][^:#]*?)\s*:(?:\s+(.*?))?\s*$/.exec(line);
    if (!m) continue;
    const indent = m[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const key = unquote(m[2]!);
    const raw = m[3];
    // A quoted value keeps a `#` inside its quotes; a plain one ends at a comment.
    const quoted = raw === undefined ? null : /^(["'])(.*?)\1/.exec(raw);
    const value = quoted ? quoted[2]! : raw?.replace(/\s+#.*$/, '');
    if (value === undefined || value === '') stack.push({ indent, key });
    else out.push([[...stack.map((s) => s.key), key].join('.'), quoted ? value : unquote(value)]);
  }
  return out;
}
