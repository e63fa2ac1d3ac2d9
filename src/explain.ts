/** `graphguard rules` and `graphguard explain`: straight from rule metadata and the rule's docs page. */
import { readFileSync } from 'node:fs';
import type { AnyRule } from './rule.js';
import { suggest } from './suggest.js';
import { ConfigError } from './types.js';
import { ruleDocUrl } from './meta.js';

/** The rule table: id, default severity, kind, description. */
export function listRules(rules: readonly AnyRule[], format: 'text' | 'json'): string {
  if (format === 'json')
    return `${JSON.stringify(
      rules.map((r) => ({ id: r.id, kind: r.kind, severity: r.defaultSeverity, description: r.description, docs: ruleDocUrl(r.id) })),
      null,
      2,
    )}\n`;
  const w = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(6)}  ${r.kind.padEnd(8)}  ${r.description}`).join('\n')}\n`;
}

/** The rule's docs page (shipped in docs/rules/), or its metadata when the page is not at hand. */
export function explainRule(rules: readonly AnyRule[], id: string): string {
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const ids = rules.map((r) => r.id);
    // A prefix of several rules (least-privilege) names them all; else the closest spelling.
    const family = id.length >= 3 ? ids.filter((r) => r.startsWith(`${id}-`) || r.startsWith(id)) : [];
    const near = family.length ? family : [suggest(id, ids)].filter((x): x is string => x !== undefined);
    const hint = near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
    throw new ConfigError(`unknown rule "${id}"${hint} (see \`graphguard rules\`)`);
  }
  for (const rel of [`../docs/rules/${id}.md`, `../../docs/rules/${id}.md`]) {
    try {
      return readFileSync(new URL(rel, import.meta.url), 'utf8').replace(/<!--[\s\S]*?-->\n?/g, '');
    } catch {
      // try the next layout (bundled dist/ vs src/)
    }
  }
  return `# ${rule.id}\n\n${rule.description}\n\nDefault severity: ${rule.defaultSeverity}\n\n${rule.rationale}\n\nSources:\n${rule.sources.map((s) => `- ${s}`).join('\n')}\n\nDocs: ${ruleDocUrl(rule.id)}\n`;
}
