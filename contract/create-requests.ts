// POST bodies, built from the registry's create shapes (auth-type-schemas.ts). Each variant exists
// twice: `createRequestSchemas[t]` mirrors the spec (auth_type optional with a default, which is
// how the server infers a variant from a body without it), and `createRequestSchema` is the
// strict discriminated union the browser sends.
import { z } from 'zod';
import { CREATE_AUTH_TYPES, type CreateAuthType } from './auth-type-registry.ts';
import { createRequestShapes } from './auth-type-schemas.ts';

export { createRequestShapes, isRequiredCreateField } from './auth-type-schemas.ts';

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
export const createRequestSchemas = Object.fromEntries(
  CREATE_AUTH_TYPES.map((t) => [t, variant(t)]),
) as { [T in CreateAuthType]: ReturnType<typeof variant<T>> };

type Tagged = { [T in CreateAuthType]: ReturnType<typeof tagged<T>> }[CreateAuthType];

/** What a client sends: auth_type is always present. */
export const createRequestSchema = z.discriminatedUnion(
  'auth_type',
  CREATE_AUTH_TYPES.map(tagged) as unknown as [Tagged, ...Tagged[]],
);

export type CreateAuthConnectionRequest = z.input<typeof createRequestSchema>;
export type ParsedCreateRequest = z.output<typeof createRequestSchema>;
export type CreateRequestOf<T extends CreateAuthType> = Extract<
  CreateAuthConnectionRequest,
  { auth_type: T }
>;
