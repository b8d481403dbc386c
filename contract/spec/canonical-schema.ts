// Reduces a JSON Schema (from the OpenAPI document or from z.toJSONSchema) to the facts the
// contract is about: property names, required sets, types, nullability, consts, enums,
// defaults, bounds and field descriptions. Titles, discriminator hints, strictness and zod's
// safe-integer bounds are representation, not contract, and are dropped.
import type { JsonSchema, OpenApiDocument } from './load-openapi.ts';

const SAFE_INT = Number.MAX_SAFE_INTEGER;

export type Canonical = { [key: string]: unknown };

export function canonicalize(schema: JsonSchema, doc?: OpenApiDocument): Canonical {
  const out: Canonical = {};
  let s: JsonSchema = schema;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '');
    const target = doc?.components.schemas[name];
    if (!target) throw new Error(`unresolved $ref ${s.$ref}`);
    // A named component's own description describes the component, not this field.
    const { description: _ownDescription, ...rest } = target;
    const { $ref: _ref, ...siblings } = s;
    s = { ...rest, ...siblings };
  }

  let types: string[] = [];
  if (typeof s.type === 'string') types = [s.type];
  if (Array.isArray(s.type)) types = s.type as string[];
  let variants = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (variants) {
    const nonNull = variants.filter((v) => v.type !== 'null');
    if (nonNull.length < variants.length) out.nullable = true;
    variants = nonNull;
    if (variants.length === 1 && variants[0]) {
      Object.assign(out, canonicalize(variants[0], doc));
    } else {
      out.oneOf = variants.map((v) => canonicalize(v, doc));
    }
  }
  if (types.includes('null')) out.nullable = true;
  const concrete = types.filter((t) => t !== 'null');
  if (concrete.length > 0) out.type = concrete.join('|');
  if ('const' in s) out.const = s.const;
  if (Array.isArray(s.enum)) out.enum = s.enum;
  if ('default' in s) out.default = s.default;
  if (typeof s.minimum === 'number' && Math.abs(s.minimum) < SAFE_INT) out.minimum = s.minimum;
  if (typeof s.maximum === 'number' && Math.abs(s.maximum) < SAFE_INT) out.maximum = s.maximum;
  if (typeof s.description === 'string' && !s.properties) out.description = s.description;
  if (s.items) out.items = canonicalize(s.items as JsonSchema, doc);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    out.values = canonicalize(s.additionalProperties as JsonSchema, doc);
  }
  if (s.properties) {
    const props = s.properties as Record<string, JsonSchema>;
    out.properties = Object.fromEntries(
      Object.keys(props)
        .sort()
        .map((k) => [k, canonicalize(props[k] as JsonSchema, doc)]),
    );
    out.required = [...((s.required as string[] | undefined) ?? [])].sort();
  }
  return out;
}
