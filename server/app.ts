// createApp(deps): the whole HTTP surface as a Hono app. main.ts serves it on a port; tests
// call app.fetch in-process. Local mode needs a database and an encryption key; upstream mode
// (config.elevenLabsApiKey set) needs neither for the auth-connection routes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import type { ServerConfig } from './config.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { compressJson } from './http/compress-json.ts';
import { apiError } from './http/errors.ts';
import { requestLog, type LogLine } from './http/request-log.ts';
import { requireApiKey, type AppEnv } from './http/require-api-key.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, rateLimit } from './http/rate-limit.ts';
import { commonSecurityHeaders, noStore } from './http/security-headers.ts';
import { realNetwork, type TestNetwork } from './connection-test/address-guard.ts';
import { createConnectionTester, DEFAULT_TEST_LIMITS } from './connection-test/run-test.ts';
import { authConnectionsRoutes } from './routes/auth-connections-routes.ts';
import { connectionTestRoutes } from './routes/connection-test-routes.ts';
import { createListCache } from './routes/list-cache.ts';
import { staticUi } from './routes/static-ui.ts';
import { testRoutes } from './routes/test-routes.ts';
import { upstreamProxy } from './routes/upstream-proxy.ts';
import { createAuditLogStore } from './store/audit-log-store.ts';
import { createAuthConnectionsStore } from './store/auth-connections-store.ts';
import { createConnectionTestsStore } from './store/connection-tests-store.ts';
import { createDependentsStore } from './store/dependents-store.ts';
import { createBodyFingerprinter, createIdempotencyStore } from './store/idempotency-store.ts';
import { createWorkspacesStore } from './store/workspaces-store.ts';

export const API_BASE = '/v1/workspace/auth-connections';

export interface AppDeps {
  config: Pick<
    ServerConfig,
    | 'allowHttpLoopback'
    | 'enableTestRoutes'
    | 'staticDir'
    | 'elevenLabsApiKey'
    | 'elevenLabsBaseUrl'
  > &
    Partial<Pick<ServerConfig, 'connectionTestRateLimitPerMinute' | 'connectionTestTimeoutMs'>>;
  /** Local mode: the migrated database (see db/open-database.ts). */
  db?: Database;
  /** Local mode: 32-byte key for secrets at rest. */
  encryptionKey?: Buffer;
  /** Upstream mode: the key the browser must present (the local key from the Open line). */
  localApiKey?: string;
  /** Request log sink; defaults to stdout. */
  log?: LogLine;
  /** Upstream mode: the fetch used to reach the upstream (tests may inject one). */
  upstreamFetch?: typeof fetch;
  /** Requests per minute per API key (RATE_LIMIT_PER_MINUTE); 0 disables the limit. */
  rateLimitPerMinute?: number;
  /** Connection tests: the network they use (tests inject DNS answers and catch connects). */
  testNetwork?: TestNetwork;
  /** Clock in ms since the epoch; tests move it to expire idempotency keys and refill buckets. */
  now?: () => number;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config } = deps;
  const log = deps.log ?? ((line: string) => console.log(line));
  const now = deps.now ?? Date.now;
  const limiter = rateLimit({
    perMinute: deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    now,
  });
  const app = new Hono<AppEnv>();

  app.use('*', requestLog(log));
  app.use('*', commonSecurityHeaders);
  app.use('/v1/*', noStore);
  app.use('/__test/*', noStore);
  app.use('/v1/*', compressJson);

  if (config.elevenLabsApiKey !== undefined) {
    if (deps.localApiKey === undefined) throw new Error('Upstream mode needs localApiKey');
    const expected = sha256(deps.localApiKey);
    const auth = requireApiKey((key) =>
      timingSafeEqual(sha256(key), expected) ? 'upstream' : undefined,
    );
    const proxy = upstreamProxy({
      baseUrl: config.elevenLabsBaseUrl,
      apiKey: config.elevenLabsApiKey,
      ...(deps.upstreamFetch ? { fetch: deps.upstreamFetch } : {}),
    });
    app.use(API_BASE, auth, limiter);
    app.use(`${API_BASE}/*`, auth, limiter);
    app.all(API_BASE, proxy);
    app.all(`${API_BASE}/*`, proxy);
  } else {
    if (!deps.db || !deps.encryptionKey) throw new Error('Local mode needs db and encryptionKey');
    const workspaces = createWorkspacesStore(deps.db);
    const connections = createAuthConnectionsStore(deps.db, createSecretBox(deps.encryptionKey));
    const dependents = createDependentsStore(deps.db);
    const auth = requireApiKey((key) => workspaces.workspaceForKey(key));
    const db = deps.db;

    const audit = createAuditLogStore(db);
    const lastTests = createConnectionTestsStore(db);
    const testTimeout = config.connectionTestTimeoutMs ?? DEFAULT_TEST_LIMITS.totalMs;
    const testsPerMinute = config.connectionTestRateLimitPerMinute ?? 30;

    const api = new Hono<AppEnv>();
    api.use('*', auth, limiter);
    // Before the connection routes, whose `/:id` would otherwise take `/test`.
    api.route(
      '/',
      connectionTestRoutes({
        connections,
        audit,
        lastTests,
        runTest: createConnectionTester({
          network: deps.testNetwork ?? realNetwork,
          allowLoopback: config.allowHttpLoopback,
          limits: {
            ...DEFAULT_TEST_LIMITS,
            totalMs: testTimeout,
            connectMs: Math.min(DEFAULT_TEST_LIMITS.connectMs, testTimeout),
          },
          now,
        }),
        limiter: rateLimit({ perMinute: testsPerMinute, now }),
        ratePerMinute: testsPerMinute,
        allowHttpLoopback: config.allowHttpLoopback,
        now,
      }),
    );
    api.route(
      '/',
      authConnectionsRoutes({
        connections,
        dependents,
        lastTests,
        idempotency: createIdempotencyStore(db),
        audit,
        transaction: (fn) => db.transaction(fn).immediate(),
        fingerprint: createBodyFingerprinter(deps.encryptionKey),
        now,
        allowHttpLoopback: config.allowHttpLoopback,
        listCache: createListCache(db),
      }),
    );
    app.route(API_BASE, api);

    if (config.enableTestRoutes) {
      const test = new Hono<AppEnv>();
      test.use('*', auth);
      test.route('/', testRoutes({ connections, dependents }));
      app.route('/__test', test);
    }
  }

  app.all('/v1/*', (c) => apiError(c, 404, 'not_found', 'No such API route.'));
  app.all('/__test/*', (c) => apiError(c, 404, 'not_found', 'No such route.'));
  const ui = staticUi(config.staticDir);
  app.get('*', ui);
  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    // The error's message may quote input; log its class only.
    log(`ERROR ${c.req.method} ${c.req.path} ${error.name}`);
    return apiError(c, 500, 'internal_error', 'Internal server error');
  });
  return app;
}
