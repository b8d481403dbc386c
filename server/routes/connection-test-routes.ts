// Our extension: test a connection (docs/decisions/0090-connection-test.md).
//   GET  /test        capability: the page shows Test only when this answers
//   POST /test        a create body plus probe_url, typed values; stores nothing
//   POST /{id}/test   a stored connection, any of its fields overridden by the body
// Bodies are checked exactly as for create (a refused value is a 422 on its field); what the
// outbound call meets is never an error of this API but a failed step of the result.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import {
  connectionTestPlan,
  isCreateAuthType,
  SECRET_FIELDS,
  type ConnectionTestResult,
  type ValidationErrorItem,
} from '../../contract/index.ts';
import type { ConnectionTester } from '../connection-test/run-test.ts';
import { parseTestUrl } from '../connection-test/run-test.ts';
import { apiError, HttpProblem, validationError } from '../http/errors.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { AppEnv } from '../http/require-api-key.ts';
import type { AuditLogStore } from '../store/audit-log-store.ts';
import type { AuthConnectionsStore } from '../store/auth-connections-store.ts';
import type { ConnectionTestsStore } from '../store/connection-tests-store.ts';
import { validateCreate } from '../validation/validate-requests.ts';

export interface ConnectionTestRouteDeps {
  connections: AuthConnectionsStore;
  audit: AuditLogStore;
  lastTests: ConnectionTestsStore;
  runTest: ConnectionTester;
  /** The tests' own, lower rate limit (CONNECTION_TEST_RATE_LIMIT_PER_MINUTE). */
  limiter: MiddlewareHandler<AppEnv>;
  ratePerMinute: number;
  allowHttpLoopback: boolean;
  now: () => number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Splits probe_url off a body; a probe_url that is not a usable URL is a 422 on its field. */
function probeUrlOf(
  body: Record<string, unknown>,
):
  | { ok: true; probeUrl: string | undefined; rest: Record<string, unknown> }
  | { ok: false; detail: ValidationErrorItem[] } {
  const { probe_url: probe, ...rest } = body;
  if (probe === undefined || probe === null || probe === '') {
    return { ok: true, probeUrl: undefined, rest };
  }
  const problem =
    typeof probe !== 'string' ? 'Input should be a valid string' : parseTestUrl(probe);
  if (typeof problem === 'string') {
    return {
      ok: false,
      detail: [{ loc: ['body', 'probe_url'], msg: problem, type: 'value_error' }],
    };
  }
  return { ok: true, probeUrl: probe as string, rest };
}

export function connectionTestRoutes(deps: ConnectionTestRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const audit = (
    c: Context<AppEnv>,
    connectionId: string | null,
    fields: readonly string[],
    status: number,
    tested?: ConnectionTestResult,
  ) =>
    deps.audit.record(
      {
        workspaceId: c.get('workspaceId'),
        apiKeyId: c.get('apiKeyId'),
        action: 'test',
        connectionId,
        fields,
        status,
        host: tested?.host ?? null,
        outcome: tested
          ? tested.ok
            ? 'ok'
            : `failed at ${tested.failed_step ?? 'none'}: ${tested.advice_code ?? 'unknown'}`
          : 'refused',
      },
      deps.now(),
    );

  const read = async (c: Context<AppEnv>) => {
    try {
      return { ok: true as const, value: await readJsonBody(c) };
    } catch (error) {
      if (error instanceof HttpProblem) return { ok: false as const, res: error.toResponse(c) };
      throw error;
    }
  };

  app.get('/test', (c) =>
    c.json({ test_endpoint: true, rate_limit_per_minute: deps.ratePerMinute }),
  );

  app.post('/test', deps.limiter, async (c) => {
    const body = await read(c);
    if (!body.ok) return body.res;
    if (!isObject(body.value)) {
      audit(c, null, [], 422);
      return validationError(c, [
        { loc: ['body'], msg: 'Input should be a valid dictionary', type: 'dict_type' },
      ]);
    }
    const probe = probeUrlOf(body.value);
    if (!probe.ok) {
      audit(c, null, [], 422);
      return validationError(c, probe.detail);
    }
    const valid = validateCreate(probe.rest, { allowHttpLoopback: deps.allowHttpLoopback });
    if (!valid.ok) {
      audit(c, null, [], 422);
      return validationError(c, valid.detail);
    }
    const tested = await deps.runTest(valid.value.authType, valid.value.fields, probe.probeUrl);
    audit(c, null, [], 200, tested);
    return c.json(tested, 200);
  });

  app.post('/:id/test', deps.limiter, async (c) => {
    const workspaceId = c.get('workspaceId');
    const id = c.req.param('id');
    const body = await read(c);
    if (!body.ok) return body.res;
    const current = deps.connections.get(workspaceId, id);
    if (!current) {
      return apiError(
        c,
        404,
        'auth_connection_not_found',
        'No auth connection with this id in your workspace.',
      );
    }
    const raw = body.value ?? {};
    if (!isObject(raw)) {
      audit(c, id, [], 422);
      return validationError(c, [
        { loc: ['body'], msg: 'Input should be a valid dictionary', type: 'dict_type' },
      ]);
    }
    const authType = current.authType;
    if (connectionTestPlan(authType) === 'read-only' || !isCreateAuthType(authType)) {
      const tested = await deps.runTest(authType, {}, undefined);
      audit(c, id, [], 200, tested);
      return c.json(tested, 200);
    }
    const probe = probeUrlOf(raw);
    if (!probe.ok) {
      audit(c, id, [], 422);
      return validationError(c, probe.detail);
    }
    const overrides = probe.rest;
    if (overrides.auth_type !== undefined && overrides.auth_type !== authType) {
      audit(c, id, [], 422);
      return validationError(c, [
        {
          loc: ['body', 'auth_type'],
          msg: `Input should be '${authType}', the type of this connection`,
          type: 'literal_error',
        },
      ]);
    }
    const stored: Record<string, unknown> = {
      name: current.name,
      provider: current.provider ?? '',
      ...current.config,
    };
    for (const field of SECRET_FIELDS[authType]) {
      const value = deps.connections.readSecret(workspaceId, id, field);
      if (value !== undefined) stored[field] = value;
    }
    const changed = Object.keys(overrides).filter((k) => k !== 'auth_type');
    const valid = validateCreate(
      { ...stored, ...overrides, auth_type: authType },
      { allowHttpLoopback: deps.allowHttpLoopback },
    );
    if (!valid.ok) {
      audit(c, id, changed, 422);
      return validationError(c, valid.detail);
    }
    const tested = await deps.runTest(authType, valid.value.fields, probe.probeUrl);
    // Only a test of the connection as stored says how the stored connection does.
    if (changed.length === 0) {
      deps.lastTests.save(id, {
        tested_at: tested.tested_at,
        ok: tested.ok,
        verdict: tested.verdict,
      });
    }
    audit(c, id, changed, 200, tested);
    return c.json(tested, 200);
  });

  return app;
}
