// xi-api-key -> workspace. Every /v1 route (and the dev-only test route) goes through this.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.ts';

/**
 * apiKeyId: the first 16 hex digits of the key's SHA-256 (a prefix of api_keys.key_hash), so
 * the audit log and the rate limiter can name a key without holding it.
 */
export type AppEnv = { Variables: { workspaceId: string; apiKeyId: string } };

export const apiKeyId = (key: string) =>
  createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);

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
    c.set('apiKeyId', apiKeyId(key));
    await next();
  };
}
