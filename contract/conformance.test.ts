// Holds every zod schema of the contract against the OpenAPI document, field by field.
// A field added, removed or changed upstream (name, requiredness, type, enum, default, bound,
// description) makes this test fail, which is the point.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  CREATE_AUTH_TYPES,
  RESPONSE_AUTH_TYPES,
  UPDATE_AUTH_TYPES,
  createRequestSchemas,
  httpValidationErrorSchema,
  responseSchemas,
  updateRequestSchemas,
  usedBySchema,
} from './index.ts';
import { canonicalize } from './spec/canonical-schema.ts';
import {
  SHARED_OPENAPI_PATH,
  VENDORED_OPENAPI_PATH,
  loadOpenApi,
  type JsonSchema,
} from './spec/load-openapi.ts';

const doc = loadOpenApi();
const component = (name: string) => {
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`no component ${name}`);
  return canonicalize(schema, doc);
};
const fromZod = (schema: z.ZodType) =>
  canonicalize(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema);

const refName = (ref: unknown) => String(ref).replace('#/components/schemas/', '');

type Operation = {
  requestBody?: { content: { 'application/json': { schema: { anyOf: { $ref: string }[] } } } };
  responses: Record<
    string,
    {
      content: {
        'application/json': {
          schema: {
            oneOf?: { $ref: string }[];
            discriminator?: { mapping: Record<string, string> };
          };
        };
      };
    }
  >;
};
const op = (path: string, method: string) => doc.paths[path]?.[method] as Operation;
const COLLECTION = '/v1/workspace/auth-connections';
const ITEM = '/v1/workspace/auth-connections/{auth_connection_id}';

function requestVariants(operation: Operation): string[] {
  return operation.requestBody!.content['application/json'].schema.anyOf.map((v) =>
    refName(v.$ref),
  );
}

function responseMapping(operation: Operation): Record<string, string> {
  const schema = operation.responses['200']!.content['application/json'].schema;
  return Object.fromEntries(
    Object.entries(schema.discriminator!.mapping).map(([k, v]) => [k, refName(v)]),
  );
}

function authTypeConst(componentName: string): unknown {
  const props = doc.components.schemas[componentName]?.properties as
    Record<string, { const?: unknown }> | undefined;
  return props?.auth_type?.const;
}

const createComponents = requestVariants(op(COLLECTION, 'post'));
const updateComponents = requestVariants(op(ITEM, 'patch'));
const responseComponents = responseMapping(op(COLLECTION, 'post'));

describe('the vendored OpenAPI document', () => {
  it('is the same as the team copy in ../shared, when that copy is present', () => {
    if (!existsSync(SHARED_OPENAPI_PATH)) return; // a clone without shared/ beside it
    expect(readFileSync(VENDORED_OPENAPI_PATH, 'utf8')).toBe(
      readFileSync(SHARED_OPENAPI_PATH, 'utf8'),
    );
  });
});

describe('create requests', () => {
  it('has a variant for each creatable type of the registry, in the spec order', () => {
    const tags = createComponents.map(authTypeConst);
    expect(tags).toEqual([...CREATE_AUTH_TYPES]);
  });
  it.each(CREATE_AUTH_TYPES.map((t, i) => [t, createComponents[i]!]))(
    '%s matches %s',
    (authType, name) => {
      expect(fromZod(createRequestSchemas[authType])).toEqual(component(name));
    },
  );
});

describe('update requests', () => {
  it('has a variant for each updatable type of the registry, in the spec order', () => {
    const tags = updateComponents.map(authTypeConst);
    expect(tags).toEqual([...UPDATE_AUTH_TYPES]);
  });
  it.each(UPDATE_AUTH_TYPES.map((t, i) => [t, updateComponents[i]!]))(
    '%s matches %s',
    (authType, name) => {
      expect(fromZod(updateRequestSchemas[authType])).toEqual(component(name));
    },
  );
});

describe('responses', () => {
  it("maps the registry's auth types, no more and no fewer, for create, update and list", () => {
    // A discriminator mapping is a map: its order means nothing. The registry orders its types
    // for create inference instead (creatable ones first; decision 0080).
    expect(Object.keys(responseComponents).sort()).toEqual([...RESPONSE_AUTH_TYPES].sort());
    expect(responseMapping(op(ITEM, 'patch'))).toEqual(responseComponents);
    const list = doc.components.schemas.ListAuthConnectionsResponse as {
      properties: {
        auth_connections: { items: { discriminator: { mapping: Record<string, string> } } };
      };
    };
    const listMapping = Object.fromEntries(
      Object.entries(list.properties.auth_connections.items.discriminator.mapping).map(([k, v]) => [
        k,
        refName(v),
      ]),
    );
    expect(listMapping).toEqual(responseComponents);
  });
  it.each(RESPONSE_AUTH_TYPES.map((t) => [t, responseComponents[t]!]))(
    '%s matches %s',
    (authType, name) => {
      expect(fromZod(responseSchemas[authType])).toEqual(component(name));
    },
  );
  it('used_by matches AuthConnectionDependencies', () => {
    expect(fromZod(usedBySchema)).toEqual(component('AuthConnectionDependencies'));
  });
  it('the list wrapper has exactly one required property, auth_connections', () => {
    const list = component('ListAuthConnectionsResponse');
    expect(Object.keys(list.properties as object)).toEqual(['auth_connections']);
    expect(list.required).toEqual(['auth_connections']);
  });
});

describe('errors', () => {
  it('HTTPValidationError matches', () => {
    expect(fromZod(httpValidationErrorSchema)).toEqual(component('HTTPValidationError'));
  });
});
