/** rules/, the rule index, test/rules/ and docs/rules/ hold the same names; ids and severities match SPEC §2. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const names = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && f !== `index${suffix}` && f !== `README${suffix}`)
    .map((f) => f.slice(0, -suffix.length))
    .sort();

/** The rule tables of SPEC §2: id → default severity. */
function specRules(): Map<string, string> {
  const spec = readFileSync(new URL('../../shared/SPEC.md', import.meta.url), 'utf8');
  const out = new Map<string, string>();
  for (const m of spec.matchAll(/^\| `([a-z-]+)` \| ([a-z ,]+?)(?: when [^|]*)? \|/gm)) out.set(m[1]!, m[2]!.trim());
  return out;
}

describe('parity', () => {
  const ids = rules.map((r) => r.id).sort();
  it('rules/ files = the rule index', () => expect(names('rules', '.ts')).toEqual(ids));
  it('test/rules/ files = the rule index', () => expect(names('test/rules', '.test.ts')).toEqual(ids));
  it('docs/rules/ pages = the rule index', () => expect(names('docs/rules', '.md')).toEqual(ids));
  it('every rule id in SPEC §2 exists with its default severity', () => {
    const spec = specRules();
    expect(spec.size).toBeGreaterThan(20);
    const ours = new Map(rules.map((r) => [r.id, r.defaultSeverity as string]));
    for (const [id, sev] of spec) {
      expect(ours.has(id), `rule ${id} of SPEC §2 is missing`).toBe(true);
      // "error when expired, warn within 90 days" starts with the rule's default.
      expect(ours.get(id), `default severity of ${id}`).toBe(sev.split(/[ ,]/)[0]);
    }
    for (const id of ours.keys()) expect(spec.has(id), `rule ${id} is not in SPEC §2`).toBe(true);
  });
  it('descriptions start with a verb and end with a period; messages are capitalised', () => {
    for (const r of rules) {
      expect(r.description, r.id).toMatch(/^(Disallow|Require|Report|Flag|Detect|Keep|Limit|Forbid|Check|Warn|Verify)\b.*\.$/);
      for (const [id, t] of Object.entries(r.messages)) {
        const msg = typeof t === 'string' ? t : t.message;
        expect(msg, `${r.id}.${id}`).toMatch(/^([A-Z`]).*[.?]$|^\{\{\w+\}\}$/);
      }
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
  });
});
