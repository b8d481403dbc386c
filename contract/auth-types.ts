// What the registry (auth-type-registry.ts) implies: the type unions, the create/update/response
// lists, and the per-type questions the code asks (is it creatable, is this field a secret, does
// it sign a JWT). Zod-free, like the registry.
import { AUTH_TYPE_REGISTRY, type AuthTypeTraits } from './auth-type-registry.ts';

export type { AuthTypeTraits } from './auth-type-registry.ts';
export { AUTH_TYPE_REGISTRY } from './auth-type-registry.ts';

type Registry = typeof AUTH_TYPE_REGISTRY;

/** Every auth type the spec knows (responses may carry any of them). */
export type ResponseAuthType = keyof Registry;
export type CreateAuthType = {
  [T in ResponseAuthType]: Registry[T]['creatable'] extends true ? T : never;
}[ResponseAuthType];
export type UpdateAuthType = {
  [T in ResponseAuthType]: Registry[T]['updatable'] extends true ? T : never;
}[ResponseAuthType];
export type SecretFieldOf<T extends ResponseAuthType> = Registry[T]['secrets'][number];

const ALL = Object.keys(AUTH_TYPE_REGISTRY) as ResponseAuthType[];
const traitsOf = (authType: string): AuthTypeTraits | undefined =>
  Object.hasOwn(AUTH_TYPE_REGISTRY, authType)
    ? (AUTH_TYPE_REGISTRY as Record<string, AuthTypeTraits>)[authType]
    : undefined;

export const RESPONSE_AUTH_TYPES: readonly ResponseAuthType[] = ALL;
export const CREATE_AUTH_TYPES = ALL.filter((t) => traitsOf(t)!.creatable) as CreateAuthType[];
export const UPDATE_AUTH_TYPES = ALL.filter((t) => traitsOf(t)!.updatable) as UpdateAuthType[];

export function isKnownAuthType(value: unknown): value is ResponseAuthType {
  return typeof value === 'string' && traitsOf(value) !== undefined;
}
export function isCreateAuthType(value: string): value is CreateAuthType {
  return traitsOf(value)?.creatable === true;
}
export function isUpdateAuthType(value: string): value is UpdateAuthType {
  return traitsOf(value)?.updatable === true;
}
/** Neither created nor updated here (an integration or upstream manages it), or unknown. */
export function isReadOnlyAuthType(value: string): boolean {
  return !isCreateAuthType(value) && !isUpdateAuthType(value);
}
/** Any string: an unknown type signs nothing. */
export function signsJwt(authType: string): boolean {
  return traitsOf(authType)?.signsJwt === true;
}

/** The write-only fields of each creatable type. */
export const SECRET_FIELDS = Object.fromEntries(
  CREATE_AUTH_TYPES.map((t) => [t, AUTH_TYPE_REGISTRY[t].secrets]),
) as { readonly [T in CreateAuthType]: Registry[T]['secrets'] };

export const ALL_SECRET_FIELD_NAMES: ReadonlySet<string> = new Set(
  ALL.flatMap((t) => traitsOf(t)!.secrets),
);

/** The one answer to "is this field of this type a secret?", for any type string. */
export function isSecretField(authType: string, field: string): boolean {
  return traitsOf(authType)?.secrets.includes(field) ?? false;
}

export function fieldOrderOf(authType: string): readonly string[] | undefined {
  return traitsOf(authType)?.fieldOrder;
}
