// Types of the generated ajv standalone validator (src/manifest/schema-validator.generated.js).
import type { ErrorObject } from 'ajv';

interface GeneratedValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: GeneratedValidate;
export default validate;
