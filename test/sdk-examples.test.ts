/**
 * `infer` over Meta's own SDK examples (test/fixtures/sdk-examples, vendored with their licences): how many
 * calls are mapped to data/endpoints.json, unresolved and unknown. docs/evidence.md shows these numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { infer } from '../src/infer.js';

const ROOT = 'test/fixtures/sdk-examples';
const files = ['node', 'python'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.(js|py)$/.test(f))
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(path.join(ROOT, dir, f), 'utf8') })),
);

describe("Meta's SDK examples", () => {
  const json = infer({ files });
  const count = (list: { file: string }[], dir: string) => list.filter((c) => c.file.startsWith(`${dir}/`)).length;

  it('reads every example file', () => {
    expect(files.length).toBe(53);
    const seen = new Set([...json.unattributed, ...json.unresolved, ...json.unknown].map((c) => c.file));
    expect(files.filter((f) => !seen.has(f.path)).map((f) => f.path)).toEqual([]);
  });

  it('holds the mapped, unresolved and unknown counts per SDK', () => {
    // No example reads a token from the environment (they use '<ACCESS_TOKEN>'), so every call is unattributed.
    expect(json.users).toEqual([]);
    expect({ mapped: count(json.unattributed, 'node'), unresolved: count(json.unresolved, 'node'), unknown: count(json.unknown, 'node') }).toEqual({ mapped: 46, unresolved: 0, unknown: 4 });
    expect({ mapped: count(json.unattributed, 'python'), unresolved: count(json.unresolved, 'python'), unknown: count(json.unknown, 'python') }).toEqual({ mapped: 32, unresolved: 0, unknown: 3 });
  });

  it('names the operations the table does not know', () => {
    expect([...new Set(json.unknown.map((c) => `${c.method} ${c.path}`))].sort()).toEqual([
      'DELETE /{ad-account-id}/adimages',
      'GET /{page-id}/locations',
      'GET /{page-id}/roles',
      'POST /{product-catalog-id}/hotels',
    ]);
  });

  it('maps the same operations from the Node and the Python examples of the same name', () => {
    const ops = (dir: string) => [...new Set(json.unattributed.filter((c) => c.file.startsWith(`${dir}/`) && !c.file.includes('BasicExample')).map((c) => `${c.method} ${c.path}`))].sort();
    expect(ops('python')).toEqual(ops('node'));
  });
});
