// Playwright for the example host (examples/host): the library is built and packed, the tarball
// installed into the host, the host built (examples/host/scripts/pack-and-build.ts), and the
// reference server serves the host's page (STATIC_DIR) next to the real API, with its CSP and
// nonce. Port 8871 unless E2E_PORT says otherwise; the specs' fixtures read the same variable.
import { defineConfig } from '@playwright/test';
import { EXPECT_TIMEOUT, TEST_TIMEOUT, WEB_SERVER_TIMEOUT, WORKERS } from './e2e/limits.ts';

process.env.E2E_PORT ??= '8871';
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const hostDist = `.e2e/host-dist-${port}`;
// The same key as e2e/env.ts (kept literal here: that module reads E2E_PORT when imported).
const apiKey = 'e2e-local-key-0123456789abcdef';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /embed.*\.spec\.ts$/,
  outputDir: `.e2e/results-${port}`,
  reporter: 'list',
  workers: WORKERS,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Scaled by the machine's time factor (e2e/limits.ts).
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    },
  },
  webServer: {
    command: `tsx examples/host/scripts/pack-and-build.ts --out ${hostDist} && tsx e2e/start-server.ts`,
    url: `${baseURL}/settings/general`,
    reuseExistingServer: false,
    // Packs the library and installs it into the host: about 2.5 times the page's build.
    timeout: WEB_SERVER_TIMEOUT * 2.5,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      LOCAL_API_KEY: apiKey,
      SEED_DEMO: '0',
      ALLOW_HTTP_LOOPBACK: '1',
      ENABLE_TEST_ROUTES: '1',
      STATIC_DIR: hostDist,
    },
  },
});
