// Holds every response the tests see against the OpenAPI document itself (not our zod schemas).
// The vendored copy of the document (contract/spec), which contract/conformance.test.ts keeps
// identical to the team's copy in ../shared, so a clone without shared/ beside it still runs.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { VENDORED_OPENAPI_PATH } from '../../contract/spec/load-openapi.ts';

export const OPENAPI_PATH = VENDORED_OPENAPI_PATH;

const LIST_PATH = '/v1/workspace/auth-connections';
const ITEM_PATH = '/v1/workspace/auth-connections/{auth_connection_id}';

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

// Statuses the spec does not describe: ElevenLabs' {detail:{status,message}} (CONTRACT §8.2).
const API_ERROR_SCHEMA = {
  type: 'object',
  required: ['detail'],
  additionalProperties: false,
  properties: {
    detail: {
      type: 'object',
      required: ['status', 'message'],
      additionalProperties: false,
      properties: { status: { type: 'string' }, message: { type: 'string' } },
    },
  },
};

let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (ajv) return ajv;
  const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as object;
  // strict: false because OpenAPI adds keywords (discriminator, example) that JSON Schema lacks.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(document, 'openapi');
  ajv.addSchema(API_ERROR_SCHEMA, 'api-error');
  return ajv;
}

function responseValidator(template: string, method: string, status: number): ValidateFunction {
  const a = instance();
  if (status !== 200 && status !== 422) return a.getSchema('api-error') as ValidateFunction;
  const ref = `openapi#/paths/${escape(template)}/${method}/responses/${status}/content/${escape('application/json')}/schema`;
  const validate = a.getSchema(ref);
  if (!validate) throw new Error(`No schema for ${method.toUpperCase()} ${template} ${status}`);
  return validate;
}

export function templateFor(pathname: string): string | undefined {
  if (pathname === LIST_PATH) return LIST_PATH;
  const rest = pathname.slice(LIST_PATH.length + 1);
  // `…/test` is our extension (contract/connection-test.ts), not an operation of the document.
  if (pathname.startsWith(`${LIST_PATH}/`) && !rest.includes('/') && rest !== 'test') {
    return ITEM_PATH;
  }
  return undefined;
}

/** Throws with ajv's errors when `body` is not what the spec allows for this response. */
export function assertConformsToOpenApi(
  method: string,
  pathname: string,
  status: number,
  body: unknown,
): void {
  const template = templateFor(pathname);
  if (!template) throw new Error(`Not an API path: ${pathname}`);
  const validate = responseValidator(template, method.toLowerCase(), status);
  if (!validate(body)) {
    throw new Error(
      `${method} ${pathname} ${status} does not conform to the OpenAPI document: ${JSON.stringify(
        validate.errors?.slice(0, 5),
      )}\nbody: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}

/** Wraps a fetch so that every API response is checked against the document before use. */
export function conformingFetch(inner: typeof fetch): typeof fetch & { checked: () => number } {
  let checked = 0;
  const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(
      typeof input === 'string' && input.startsWith('/') ? `http://test.local${input}` : input,
      init,
    );
    const method = request.method;
    const pathname = new URL(request.url).pathname;
    const response = await inner(request);
    if (templateFor(pathname)) {
      const text = await response.clone().text();
      const contentType = response.headers.get('content-type') ?? '';
      if (!contentType.startsWith('application/json')) {
        throw new Error(`${method} ${pathname} answered ${contentType || 'no content type'}`);
      }
      assertConformsToOpenApi(method, pathname, response.status, JSON.parse(text) as unknown);
      checked += 1;
    }
    return response;
  }) as typeof fetch & { checked: () => number };
  wrapped.checked = () => checked;
  return wrapped;
}
