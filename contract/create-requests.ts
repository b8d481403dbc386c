// POST bodies, built from the registry's create shapes (auth-type-schemas.ts). Each variant exists
// twice: `createRequestSchemas[t]` mirrors the spec (auth_type optional with a default, which is
// how the server infers a variant from a body without it), and `createRequestSchema` is the
// strict discriminated union the browser sends.
import { z } from 'zod';
import { CREATE_AUTH_TYPES, type CreateAuthType } from './auth-types.ts';
import { AUTH_TYPE_SCHEMAS } from './auth-type-schemas.ts';
import { lazyRecord } from './lazy-record.ts';

type Schemas = typeof AUTH_TYPE_SCHEMAS;

/** Type-specific fields of each create variant (the registry's `create`), keyed by auth_type. */
export const createRequestShapes = lazyRecord(
  CREATE_AUTH_TYPES,
  (t) => (AUTH_TYPE_SCHEMAS as Record<string, { create?: unknown }>)[t]!.create,
) as { [T in CreateAuthType]: Schemas[T]['create'] };

type SafeParse = { safeParse(value: unknown): { success: boolean } };

/** A create field the body must carry: its schema refuses undefined (no default, not optional). */
export function isRequiredCreateField(authType: CreateAuthType, field: string): boolean {
  const schema = (createRequestShapes[authType] as Record<string, SafeParse>)[field];
  return schema !== undefined && !schema.safeParse(undefined).success;
}

function variant<T extends CreateAuthType>(authType: T) {
  return z.strictObject({
    name: z.string(),
    auth_type: z.literal(authType).default(authType),
    provider: z.string(),
    ...createRequestShapes[authType],
  });
}

function tagged<T extends CreateAuthType>(authType: T) {
  return z.strictObject({
    name: z.string(),
    auth_type: z.literal(authType),
    provider: z.string(),
    ...createRequestShapes[authType],
  });
}

/** Spec-shaped variants (auth_type defaulted), keyed by auth_type, in spec order. */
export const createRequestSchemas = lazyRecord(CREATE_AUTH_TYPES, variant) as {
  [T in CreateAuthType]: ReturnType<typeof variant<T>>;
};

type Tagged = { [T in CreateAuthType]: ReturnType<typeof tagged<T>> }[CreateAuthType];

/** What a client sends: auth_type is always present. Built on its first parse (lazy-record.ts). */
export const createRequestSchema = z.lazy(() =>
  z.discriminatedUnion(
    'auth_type',
    CREATE_AUTH_TYPES.map(tagged) as unknown as [Tagged, ...Tagged[]],
  ),
);

export type CreateAuthConnectionRequest = z.input<typeof createRequestSchema>;
export type ParsedCreateRequest = z.output<typeof createRequestSchema>;
export type CreateRequestOf<T extends CreateAuthType> = Extract<
  CreateAuthConnectionRequest,
  { auth_type: T }
>;
