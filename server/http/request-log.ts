// One line per request: method, path, status, duration. Never bodies, headers or query strings
// (a key or secret could be in any of them).
import type { MiddlewareHandler } from 'hono';

export type LogLine = (line: string) => void;

export function requestLog(log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  };
}
