// Loads the vendored OpenAPI document. Tests (not the product) use it: the conformance test
// holds the zod schemas against it, and the server tests validate real responses with it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VENDORED_OPENAPI_PATH = fileURLToPath(
  new URL('./auth-connections.openapi.json', import.meta.url),
);

/** Where the team's shared copy lives when the repo sits beside shared/ (dev machines and CI). */
export const SHARED_OPENAPI_PATH = fileURLToPath(
  new URL('../../../shared/api/auth-connections.openapi.json', import.meta.url),
);

export type OpenApiDocument = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> };
};
export type JsonSchema = { [key: string]: unknown };

export function loadOpenApi(path = VENDORED_OPENAPI_PATH): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}
