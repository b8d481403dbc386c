// Server configuration from the environment. Every variable has a default so that a bare
// `npm start` works; the README lists the same names and defaults.
import path from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** base64 of 32 bytes, or undefined to use (and create) DATA_DIR/encryption.key */
  encryptionKey: string | undefined;
  localApiKey: string | undefined;
  seedDemo: boolean;
  allowHttpLoopback: boolean;
  enableTestRoutes: boolean;
  /** Set => upstream mode: /v1/workspace/auth-connections* is forwarded, SQLite is not used for it. */
  elevenLabsApiKey: string | undefined;
  elevenLabsBaseUrl: string;
  staticDir: string;
  /** Requests per minute per API key; 0 disables the limit. */
  rateLimitPerMinute: number;
  /** Connection tests per minute per API key (their own, lower limit); 0 disables it. */
  connectionTestRateLimitPerMinute: number;
  /** Longest a connection test may take, in ms (connecting alone: at most 5 s of it). */
  connectionTestTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const rate = Number(nonEmpty(env.RATE_LIMIT_PER_MINUTE) ?? '1200');
  if (!Number.isInteger(rate) || rate < 0) {
    throw new Error(
      `RATE_LIMIT_PER_MINUTE must be a whole number, 0 to disable, got "${env.RATE_LIMIT_PER_MINUTE}"`,
    );
  }
  const testRate = Number(nonEmpty(env.CONNECTION_TEST_RATE_LIMIT_PER_MINUTE) ?? '30');
  if (!Number.isInteger(testRate) || testRate < 0) {
    throw new Error(
      `CONNECTION_TEST_RATE_LIMIT_PER_MINUTE must be a whole number, 0 to disable, got "${env.CONNECTION_TEST_RATE_LIMIT_PER_MINUTE}"`,
    );
  }
  const testTimeout = Number(nonEmpty(env.CONNECTION_TEST_TIMEOUT_MS) ?? '15000');
  if (!Number.isInteger(testTimeout) || testTimeout < 100 || testTimeout > 15000) {
    throw new Error(
      `CONNECTION_TEST_TIMEOUT_MS must be a whole number from 100 to 15000, got "${env.CONNECTION_TEST_TIMEOUT_MS}"`,
    );
  }
  const baseUrl = nonEmpty(env.ELEVENLABS_BASE_URL) ?? 'https://api.elevenlabs.io';
  try {
    new URL(baseUrl);
  } catch {
    throw new Error(`ELEVENLABS_BASE_URL must be an absolute URL, got "${baseUrl}"`);
  }
  return {
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    port,
    dataDir: path.resolve(cwd, nonEmpty(env.DATA_DIR) ?? 'data'),
    encryptionKey: nonEmpty(env.AUTH_CONNECTIONS_ENCRYPTION_KEY),
    localApiKey: nonEmpty(env.LOCAL_API_KEY),
    seedDemo: flag(env.SEED_DEMO, true),
    allowHttpLoopback: flag(env.ALLOW_HTTP_LOOPBACK, false),
    enableTestRoutes: flag(env.ENABLE_TEST_ROUTES, false),
    elevenLabsApiKey: nonEmpty(env.ELEVENLABS_API_KEY),
    elevenLabsBaseUrl: baseUrl.replace(/\/+$/, ''),
    staticDir: path.resolve(cwd, nonEmpty(env.STATIC_DIR) ?? 'dist'),
    rateLimitPerMinute: rate,
    connectionTestRateLimitPerMinute: testRate,
    connectionTestTimeoutMs: testTimeout,
  };
}
