// xi-api-key -> workspace. Every /v1 route (and the dev-only test route) goes through this.
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.ts';

export type AppEnv = { Variables: { workspaceId: string } };

export function requireApiKey(
  resolve: (key: string) => string | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('xi-api-key');
    if (key === undefined || key === '') {
      return apiError(c, 401, 'needs_authorization', 'Send your API key in the xi-api-key header.');
    }
    const workspaceId = resolve(key);
    if (workspaceId === undefined) return apiError(c, 401, 'invalid_api_key', 'Invalid API key');
    c.set('workspaceId', workspaceId);
    await next();
  };
}
