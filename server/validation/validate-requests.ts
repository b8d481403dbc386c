// Request bodies for POST and PATCH: schema first (the contract's zod schemas), then the
// checks beyond the spec. Returns either the parsed value or the complete list of 422 items.
import {
  CREATE_AUTH_TYPES,
  createRequestSchemas,
  isCreateAuthType,
  isUpdateAuthType,
  isKnownAuthType,
  updateRequestSchemas,
  type CreateAuthType,
  type UpdateAuthType,
  type ValidationErrorItem,
} from '../../contract/index.ts';
import {
  checkCreateFields,
  checkUpdateFields,
  type FieldCheckOptions,
  type StoredJwtState,
} from './field-checks.ts';
import { dedupe, issuesToDetail } from './zod-issues.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; detail: ValidationErrorItem[] };

export interface ValidCreate {
  authType: CreateAuthType;
  /** zod output: defaults applied, auth_type filled in. */
  fields: Record<string, unknown>;
}

export interface ValidUpdate {
  authType: UpdateAuthType;
  fields: Record<string, unknown>;
}

const NOT_AN_OBJECT: ValidationErrorItem = {
  loc: ['body'],
  msg: 'Input should be a valid dictionary or object to extract fields from',
  type: 'model_attributes_type',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

function schemaPass(authType: CreateAuthType, body: Record<string, unknown>) {
  const result = createRequestSchemas[authType].safeParse(body);
  return result.success
    ? { ok: true as const, fields: result.data as Record<string, unknown> }
    : { ok: false as const, detail: issuesToDetail(result.error.issues, body) };
}

function finishCreate(
  authType: CreateAuthType,
  body: Record<string, unknown>,
  schemaDetail: ValidationErrorItem[],
  fields: Record<string, unknown> | undefined,
  opts: FieldCheckOptions,
): Validated<ValidCreate> {
  // Field checks run on the raw body even when the schema failed elsewhere, so that the user
  // sees every invalid field at once; the schema's item wins when both flag the same field.
  const detail = dedupe([...schemaDetail, ...checkCreateFields(authType, body, opts)]);
  if (detail.length > 0 || fields === undefined) return { ok: false, detail };
  return { ok: true, value: { authType, fields } };
}

export function validateCreate(body: unknown, opts: FieldCheckOptions): Validated<ValidCreate> {
  if (!isObject(body)) return { ok: false, detail: [NOT_AN_OBJECT] };
  const tag = body.auth_type;
  if (tag !== undefined) {
    if (typeof tag !== 'string' || !isCreateAuthType(tag)) {
      const readOnly = isKnownAuthType(tag);
      return {
        ok: false,
        detail: [
          {
            loc: ['body', 'auth_type'],
            msg: readOnly
              ? `${tag} connections are managed by their integration and cannot be created here`
              : `Input should be ${quoted(CREATE_AUTH_TYPES)}`,
            type: 'literal_error',
          },
        ],
      };
    }
    const pass = schemaPass(tag, body);
    return finishCreate(
      tag,
      body,
      pass.ok ? [] : pass.detail,
      pass.ok ? pass.fields : undefined,
      opts,
    );
  }

  // No auth_type (the official docs example omits it): the first variant in spec order whose
  // schema accepts the body wins. If none does, report the variant that came closest (fewest
  // invalid fields, earlier in spec order on a tie) - see docs/decisions/0010-server-create-inference.md.
  let best: { authType: CreateAuthType; detail: ValidationErrorItem[] } | undefined;
  for (const authType of CREATE_AUTH_TYPES) {
    const pass = schemaPass(authType, body);
    if (pass.ok) return finishCreate(authType, body, [], pass.fields, opts);
    if (!best || pass.detail.length < best.detail.length) best = { authType, detail: pass.detail };
  }
  const closest = best as { authType: CreateAuthType; detail: ValidationErrorItem[] };
  return finishCreate(closest.authType, body, closest.detail, undefined, opts);
}

export function validateUpdate(
  body: unknown,
  storedType: string,
  stored: StoredJwtState | undefined,
): Validated<ValidUpdate> {
  if (!isObject(body)) return { ok: false, detail: [NOT_AN_OBJECT] };
  const fail = (msg: string, type: string): Validated<ValidUpdate> => ({
    ok: false,
    detail: [{ loc: ['body', 'auth_type'], msg, type }],
  });
  if (!isUpdateAuthType(storedType)) {
    return fail(
      `${storedType} connections cannot be updated; delete the connection and create it again`,
      'value_error',
    );
  }
  // An omitted auth_type means "the stored type" (the docs' PATCH example is `{}`).
  if (body.auth_type !== undefined && body.auth_type !== storedType) {
    return fail(`Input should be '${storedType}', the type of this connection`, 'literal_error');
  }
  const result = updateRequestSchemas[storedType].safeParse(body);
  const schemaDetail = result.success
    ? []
    : issuesToDetail(result.error.issues, body, { mode: 'update' });
  const detail = dedupe([...schemaDetail, ...checkUpdateFields(storedType, body, stored)]);
  if (!result.success || detail.length > 0) return { ok: false, detail };
  return {
    ok: true,
    value: { authType: storedType, fields: result.data as Record<string, unknown> },
  };
}
