/**
 * One declaration gives a rule option's TypeScript type and its JSON Schema (STYLE: "declare once").
 * `o.object({ maxAgeDays: o.integer({ minimum: 1, default: 90 }) })` is both the schema written into
 * schema/manifest.schema.json and, through `Infer<>`, the type the rule's `check` receives.
 */

export interface OptionSchema<T> {
  readonly schema: Record<string, unknown>;
  /** Phantom field carrying the inferred type; never set at run time. */
  readonly __type?: T;
}

export type Infer<S> = S extends OptionSchema<infer T> ? T : never;

type Common = { description?: string };

export const o = {
  integer(s: Common & { minimum?: number; maximum?: number; default?: number } = {}): OptionSchema<number> {
    return { schema: { type: 'integer', ...s } };
  },
  number(s: Common & { minimum?: number; maximum?: number; default?: number } = {}): OptionSchema<number> {
    return { schema: { type: 'number', ...s } };
  },
  boolean(s: Common & { default?: boolean } = {}): OptionSchema<boolean> {
    return { schema: { type: 'boolean', ...s } };
  },
  string(s: Common & { pattern?: string; default?: string } = {}): OptionSchema<string> {
    return { schema: { type: 'string', ...s } };
  },
  enum<const V extends readonly string[]>(values: V, s: Common & { default?: V[number] } = {}): OptionSchema<V[number]> {
    return { schema: { type: 'string', enum: [...values], ...s } };
  },
  array<T>(items: OptionSchema<T>, s: Common & { default?: T[]; uniqueItems?: boolean } = {}): OptionSchema<T[]> {
    return { schema: { type: 'array', items: items.schema, ...s } };
  },
  object<P extends Record<string, OptionSchema<unknown>>>(
    props: P,
    s: Common = {},
  ): OptionSchema<{ [K in keyof P]: Infer<P[K]> }> {
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) properties[k] = v.schema;
    return { schema: { type: 'object', properties, additionalProperties: false, ...s } };
  },
};

/** Defaults declared in an object option schema, for filling in what the manifest leaves out. */
export function optionDefaults(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = (schema.properties ?? {}) as Record<string, { default?: unknown }>;
  for (const [k, v] of Object.entries(props)) if (v.default !== undefined) out[k] = v.default;
  return out;
}
