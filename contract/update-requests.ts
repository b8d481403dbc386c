// PATCH bodies, built from the registry's update shapes (auth-type-schemas.ts): every field
// optional and nullable, as in the spec. `name` and `token_url` are absent on purpose (not
// updatable), and strictness turns an attempt to send them into a 422.
import { z } from 'zod';
import { UPDATE_AUTH_TYPES, type UpdateAuthType } from './auth-types.ts';
import { AUTH_TYPE_SCHEMAS } from './auth-type-schemas.ts';
import { lazyRecord } from './lazy-record.ts';

type Schemas = typeof AUTH_TYPE_SCHEMAS;

/** Type-specific fields of each update variant (the registry's `update`), keyed by auth_type. */
export const updateRequestShapes = lazyRecord(
  UPDATE_AUTH_TYPES,
  (t) => (AUTH_TYPE_SCHEMAS as Record<string, { update?: unknown }>)[t]!.update,
) as { [T in UpdateAuthType]: Schemas[T]['update'] };

function variant<T extends UpdateAuthType>(authType: T) {
  return z.strictObject({
    auth_type: z.literal(authType).default(authType),
    ...updateRequestShapes[authType],
  });
}

function tagged<T extends UpdateAuthType>(authType: T) {
  return z.strictObject({ auth_type: z.literal(authType), ...updateRequestShapes[authType] });
}

export const updateRequestSchemas = lazyRecord(UPDATE_AUTH_TYPES, variant) as {
  [T in UpdateAuthType]: ReturnType<typeof variant<T>>;
};

type Tagged = { [T in UpdateAuthType]: ReturnType<typeof tagged<T>> }[UpdateAuthType];

/** Built on its first parse (lazy-record.ts). */
export const updateRequestSchema = z.lazy(() =>
  z.discriminatedUnion(
    'auth_type',
    UPDATE_AUTH_TYPES.map(tagged) as unknown as [Tagged, ...Tagged[]],
  ),
);

export type UpdateAuthConnectionRequest = z.input<typeof updateRequestSchema>;
export type UpdateRequestOf<T extends UpdateAuthType> = Extract<
  UpdateAuthConnectionRequest,
  { auth_type: T }
>;
