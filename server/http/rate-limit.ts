// Per-API-key token bucket, in memory: `perMinute` requests of burst, refilled evenly over a
// minute. Runs after the key check, so unknown keys cannot grow the table (they get 401 anyway).
// 0 disables it. docs/decisions/0023-server-rate-limit.md.
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.ts';
import type { AppEnv } from './require-api-key.ts';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

interface Bucket {
  tokens: number;
  at: number;
}

export function rateLimit(opts: {
  perMinute: number;
  now: () => number;
}): MiddlewareHandler<AppEnv> {
  const { perMinute, now } = opts;
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const id = c.get('apiKeyId');
    const t = now();
    const bucket = buckets.get(id) ?? { tokens: perMinute, at: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, t - bucket.at) * perMs);
    bucket.at = t;
    buckets.set(id, bucket);
    if (bucket.tokens < 1) {
      const waitSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      c.header('Retry-After', String(waitSeconds));
      return apiError(
        c,
        429,
        'rate_limited',
        `Too many requests for this API key (limit ${perMinute} per minute). Try again in ${waitSeconds} s.`,
      );
    }
    bucket.tokens -= 1;
    return next();
  };
}
