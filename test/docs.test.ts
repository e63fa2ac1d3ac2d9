/** Doc examples are executed: each incorrect example yields its rule's finding, each correct one none. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { readDocExamples } from './helpers/doc-examples.js';
import { runCase } from './helpers/rule-tester.js';

/** A live rule's examples run when its page gives the snapshot (a ```json live block); others need their tests. */
const live = (id: string) => id.startsWith('live-') && !readDocExamples(`docs/rules/${id}.md`).some((e) => e.live);

describe('docs/rules examples', () => {
  for (const rule of rules) {
    const page = `docs/rules/${rule.id}.md`;
    it(`${rule.id}: the page exists and has an incorrect and a correct example`, () => {
      expect(existsSync(page)).toBe(true);
      const ex = readDocExamples(page);
      if (rule.kind === 'meta' || live(rule.id) || rule.kind === 'diff') return; // examples need a run context; see their tests
      expect(ex.filter((e) => e.kind === 'incorrect').length).toBeGreaterThan(0);
      expect(ex.filter((e) => e.kind === 'correct').length).toBeGreaterThan(0);
    });
    if (rule.kind === 'meta' || live(rule.id) || rule.kind === 'diff') continue;
    for (const ex of existsSync(page) ? readDocExamples(page) : []) {
      it(`${rule.id}: ${ex.kind} example at ${page}:${ex.line}`, async () => {
        const found = await runCase(rule, { yaml: ex.yaml, ...(Object.keys(ex.files).length ? { files: ex.files } : {}), ...(ex.live ? { live: ex.live } : {}) });
        if (ex.kind === 'incorrect') expect(found.length, 'an incorrect example must produce a finding').toBeGreaterThan(0);
        else expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
      });
    }
  }
});
