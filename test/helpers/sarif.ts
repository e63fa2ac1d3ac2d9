/** Validates SARIF against the official 2.1.0 schema (draft-04, hence ajv-draft-04), vendored under test/fixtures/sarif/. */
import { readFileSync } from 'node:fs';
import AjvDraft04Module from 'ajv-draft-04';

// CommonJS module with `exports.default`: under NodeNext the default import is the exports object.
type AjvCtor = new (opts: Record<string, unknown>) => { compile(schema: unknown): unknown };
const mod = AjvDraft04Module as unknown as { default?: AjvCtor };
const AjvDraft04: AjvCtor = mod.default ?? (AjvDraft04Module as unknown as AjvCtor);
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
let validate: Validate | undefined;

/** Schema errors of a SARIF document (empty when valid). */
export function sarifErrors(doc: unknown): unknown[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false });
    validate = ajv.compile(schema) as Validate;
  }
  return validate(doc) ? [] : (validate.errors ?? ['invalid']);
}
