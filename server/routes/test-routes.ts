// Dev-only routes for e2e and component tests (ENABLE_TEST_ROUTES=1). They are not mounted at
// all otherwise, so a normal run answers 404 for /__test/*.
import { Hono } from 'hono';
import { z } from 'zod';
import { ACCESS_LEVELS } from '../../contract/index.ts';
import { apiError, HttpProblem, validationError } from '../http/errors.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { AppEnv } from '../http/require-api-key.ts';
import type { AuthConnectionsStore } from '../store/auth-connections-store.ts';
import type { DependentsStore } from '../store/dependents-store.ts';
import { issuesToDetail } from '../validation/zod-issues.ts';

const dependentBody = z.strictObject({
  auth_connection_id: z.string(),
  kind: z.enum(['tool', 'mcp_server', 'integration_connection']),
  name: z.string().min(1),
  access_level: z.enum(ACCESS_LEVELS).optional(),
  hidden: z.boolean().optional(),
});

export function testRoutes(deps: {
  connections: AuthConnectionsStore;
  dependents: DependentsStore;
}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/dependents', async (c) => {
    let raw: unknown;
    try {
      raw = await readJsonBody(c);
    } catch (error) {
      if (error instanceof HttpProblem) return error.toResponse(c);
      throw error;
    }
    const parsed = dependentBody.safeParse(raw);
    if (!parsed.success) return validationError(c, issuesToDetail(parsed.error.issues, raw));
    const workspaceId = c.get('workspaceId');
    const d = parsed.data;
    if (!deps.connections.get(workspaceId, d.auth_connection_id)) {
      return apiError(
        c,
        404,
        'auth_connection_not_found',
        'No auth connection with this id in your workspace.',
      );
    }
    const id = deps.dependents.add(workspaceId, {
      kind: d.kind,
      authConnectionId: d.auth_connection_id,
      name: d.name,
      ...(d.access_level ? { accessLevel: d.access_level } : {}),
      ...(d.hidden !== undefined ? { hidden: d.hidden } : {}),
    });
    return c.json({ id }, 200);
  });
  return app;
}
