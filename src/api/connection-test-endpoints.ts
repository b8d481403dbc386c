// Our extension's endpoints (contract/connection-test.ts): test typed values or a stored
// connection, and the capability answer that tells whether this API has them at all.
import type { ConnectionTestRequest, ConnectionTestResult } from '../../contract/index.ts';
import type { ApiClient } from './api-client.ts';
import { NetworkError } from './errors.ts';
import { AUTH_CONNECTIONS_PATH } from './endpoints.ts';

/** The server stops a test at 15 s; the page waits a little longer for its answer. */
const TEST_TIMEOUT_MS = 20_000;

export async function hasConnectionTestEndpoint(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    const answer = await client.request({
      method: 'GET',
      path: `${AUTH_CONNECTIONS_PATH}/test`,
      schema: (wire) => wire.connectionTestCapabilitySchema,
      signal,
    });
    return answer.test_endpoint;
  } catch (error) {
    // No answer (offline, a dropped connection) says nothing about the API: the query fails and
    // is asked again when the browser is back online, instead of hiding Test for the session.
    if (error instanceof NetworkError) throw error;
    // The real upstream has no such endpoint (404/405), or answers something else: no Test.
    return false;
  }
}

export function testNewConnection(
  client: ApiClient,
  body: ConnectionTestRequest,
): Promise<ConnectionTestResult> {
  return client.request({
    method: 'POST',
    path: `${AUTH_CONNECTIONS_PATH}/test`,
    body,
    schema: (wire) => wire.connectionTestResultSchema,
    timeoutMs: TEST_TIMEOUT_MS,
  });
}

export function testStoredConnection(
  client: ApiClient,
  id: string,
  overrides: Record<string, unknown>,
): Promise<ConnectionTestResult> {
  return client.request({
    method: 'POST',
    path: `${AUTH_CONNECTIONS_PATH}/${encodeURIComponent(id)}/test`,
    body: overrides,
    schema: (wire) => wire.connectionTestResultSchema,
    timeoutMs: TEST_TIMEOUT_MS,
  });
}
