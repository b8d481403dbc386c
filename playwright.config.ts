// Playwright journeys against the real server: one fresh SQLite data directory per run
// (e2e/start-server.ts), on a fixed uncommon port, in Debian's Chromium (Playwright cannot
// download its own browsers here, and a channel cannot point at Debian's build).
import { defineConfig } from '@playwright/test';
import { E2E_API_KEY, E2E_BASE_URL, E2E_DIST_DIR, E2E_PORT } from './e2e/env.ts';
import { EXPECT_TIMEOUT, TEST_TIMEOUT, WEB_SERVER_TIMEOUT, WORKERS } from './e2e/limits.ts';

export default defineConfig({
  testDir: 'e2e',
  // Only journeys: unit tests of e2e helpers (e2e/canary/*.test.ts) belong to Vitest.
  testMatch: '**/*.spec.ts',
  // The secrets canary scan (e2e/canary/): artifacts reset before the run, scanned after it.
  // Global teardown runs before the webServer is stopped, so the server's files are still there.
  globalSetup: './e2e/canary/global-setup.ts',
  globalTeardown: './e2e/canary/global-teardown.ts',
  outputDir: `.e2e/results-${E2E_PORT}`,
  reporter: 'list',
  // Every journey uses its own unique names, so the workers can share one server.
  workers: WORKERS,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Scaled by the machine's time factor (e2e/limits.ts).
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Runs first, while the database is still empty; nothing else may depend on it being empty.
    { name: 'fresh-database', testMatch: /fresh-database\.spec\.ts$/ },
    {
      name: 'chromium',
      // embed*.spec.ts run inside the example host: playwright.embed.config.ts.
      testIgnore: [/fresh-database\.spec\.ts$/, /embed[^/]*\.spec\.ts$/],
      dependencies: ['fresh-database'],
    },
  ],
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${E2E_DIST_DIR} --emptyOutDir && tsx e2e/start-server.ts`,
    url: `${E2E_BASE_URL}/`,
    reuseExistingServer: false,
    timeout: WEB_SERVER_TIMEOUT,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: String(E2E_PORT),
      LOCAL_API_KEY: E2E_API_KEY,
      SEED_DEMO: '0',
      ALLOW_HTTP_LOOPBACK: '1',
      // Connection tests stop at 3 s here, so the slow-endpoint journey is short (e2e/test-connection*).
      CONNECTION_TEST_TIMEOUT_MS: '3000',
      ENABLE_TEST_ROUTES: '1',
      STATIC_DIR: E2E_DIST_DIR,
      // The build exposes its QueryClient as window.__TANSTACK_QUERY_CLIENT__ so the canary scan
      // can dump the TanStack caches (src/embed/query-client.ts); normal builds never do.
      VITE_EXPOSE_QUERY_CLIENT: '1',
    },
  },
});
