// The far ends of the connection-test journeys, per Playwright worker, all on 127.0.0.1: the real
// OAuth2 server (oauth2-mock-server) with our handler beside it and the mTLS server with a test
// CA made now (tests/outbound-test-servers.ts, tests/test-pki.ts). Keys and certificates are
// registered as canaries: none may show up anywhere after the run.
import type { Page, TestInfo } from '@playwright/test';
import { startOutboundServers, type OutboundServers } from '../tests/outbound-test-servers.ts';
import { createTestPki, type TestPki } from '../tests/test-pki.ts';
import { testFileStem, writeSnapshot } from './canary/artifacts.ts';
import { test as base, registerCanary } from './fixtures.ts';

export * from './fixtures.ts';

export type FarEnds = OutboundServers & { pki: TestPki };

/** Longer than the server's CONNECTION_TEST_TIMEOUT_MS in playwright.config.ts (3 s). */
const SLOW_MS = 60_000;

export const test = base.extend<object, { far: FarEnds }>({
  far: [
    async ({ browserName: _browser }, provide) => {
      const pki = await createTestPki();
      for (const issued of [pki.client, pki.expiredClient, pki.otherCaClient]) {
        registerCanary(issued.cert);
        registerCanary(issued.key);
      }
      registerCanary(pki.ca);
      const servers = await startOutboundServers(pki, { slowMs: SLOW_MS });
      await provide({ ...servers, pki });
      await servers.close();
    },
    { scope: 'worker' },
  ],
});

/** Keeps what the page put on the clipboard, for the canary scan (a new place a secret could go). */
export async function recordClipboard(page: Page, testInfo: TestInfo): Promise<string> {
  const text = await page.evaluate(() => navigator.clipboard.readText());
  writeSnapshot(testFileStem(testInfo.testId, testInfo.retry), '.clipboard.txt', text);
  return text;
}
