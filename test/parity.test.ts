/**
 * rules/, the rule index, test/rules/ and docs/rules/ hold the same names; the docs' rule tables
 * (docs/rules/README.md, the README's scan table) match the rules' own metadata; the v1 rule ids keep
 * their default severities (the contract, written here so the repository stands alone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const names = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && f !== `index${suffix}` && f !== `README${suffix}`)
    .map((f) => f.slice(0, -suffix.length))
    .sort();

/** Version 1's rules and default severities: renaming a rule or changing its default breaks users. */
const V1_RULES: Record<string, string> = {
  'manifest-schema': 'error',
  'unknown-permission': 'error',
  'deprecated-permission': 'warn',
  'least-privilege-permissions': 'error',
  'least-privilege-tasks': 'error',
  'admin-scope': 'error',
  'system-user-quota': 'error',
  'env-separation': 'error',
  'token-rotation': 'warn',
  'plaintext-token': 'error',
  'graph-api-version': 'error',
  'app-review': 'error',
  'asset-reference': 'error',
  'hardcoded-token': 'error',
  'admin-token-in-code': 'error',
  'test-token-in-production': 'error',
  'graph-api-version-in-code': 'warn',
  'live-undeclared-system-user': 'error',
  'live-missing-system-user': 'error',
  'live-role-drift': 'error',
  'live-task-drift': 'error',
  'live-token-scope-drift': 'error',
  'live-token-invalid': 'error',
  'live-token-age': 'warn',
  'new-access': 'warn',
  'invalid-suppression': 'error',
  'unused-suppression': 'warn',
};

const SECTIONS: Record<string, string> = {
  manifest: 'Manifest rules',
  code: 'Code rules',
  live: 'Live rules',
  diff: 'Pull-request rules',
  meta: 'Suppression rules',
};

/** The tables of docs/rules/README.md: rule id → { section, default severity, description }. */
function docsTables(): Map<string, { section: string; severity: string; description: string }> {
  const out = new Map<string, { section: string; severity: string; description: string }>();
  let section = '';
  for (const line of readFileSync('docs/rules/README.md', 'utf8').split('\n')) {
    const h = /^## (.+)$/.exec(line);
    if (h) section = h[1]!;
    const m = /^\| \[`([a-z-]+)`\]\(\.\/\1\.md\) \| ([a-z]+) \| (.*) \|$/.exec(line);
    if (m) {
      expect(out.has(m[1]!), `${m[1]} is listed twice`).toBe(false);
      out.set(m[1]!, { section, severity: m[2]!, description: m[3]! });
    }
  }
  return out;
}

describe('parity', () => {
  const ids = rules.map((r) => r.id).sort();
  it('rules/ files = the rule index', () => expect(names('rules', '.ts')).toEqual(ids));
  it('test/rules/ files = the rule index', () => expect(names('test/rules', '.test.ts')).toEqual(ids));
  it('docs/rules/ pages = the rule index', () => expect(names('docs/rules', '.md')).toEqual(ids));
  it("docs/rules/README.md's tables list every rule once, in its kind's section, with its default severity and description", () => {
    const docs = docsTables();
    expect([...docs.keys()].sort()).toEqual(ids);
    for (const r of rules) {
      const d = docs.get(r.id)!;
      expect(d.section, `${r.id}: section`).toBe(SECTIONS[r.kind]);
      expect(d.severity, `${r.id}: default severity`).toBe(r.defaultSeverity);
      expect(d.description, `${r.id}: description`).toBe(r.description);
    }
  });
  it("the README's scan table names exactly the code rules", () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('## Repository scan');
    const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!).sort();
    expect(listed).toEqual(rules.filter((r) => r.kind === 'code').map((r) => r.id).sort());
  });
  it('every version 1 rule exists with its default severity', () => {
    const ours = new Map(rules.map((r) => [r.id, r.defaultSeverity as string]));
    for (const [id, sev] of Object.entries(V1_RULES)) {
      expect(ours.has(id), `rule ${id} of version 1 is missing`).toBe(true);
      expect(ours.get(id), `default severity of ${id}`).toBe(sev);
    }
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
