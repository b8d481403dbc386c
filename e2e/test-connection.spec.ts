// Test a connection, in Chromium against the real server, which calls real far ends on loopback:
// oauth2-mock-server for client credentials, a Node https server requiring a client certificate
// for mTLS, and our slow handler. Every secret is a canary; the transcript shows only marks.
import type { Page } from '@playwright/test';
import {
  canary,
  expect,
  openApp,
  recordClipboard,
  test,
  uniqueName,
} from './test-connection-fixtures.ts';
import { EXPECT_TIMEOUT } from './limits.ts';
import { field } from './form-steps.ts';

const result = (page: Page) => page.getByRole('region', { name: 'Test result' });
/** The verdict: the first status in the result (the steps repeat its words, collapsed). */
const verdict = (page: Page) => result(page).getByRole('status').first();

async function fillBasics(page: Page, name: string) {
  await field(page, 'Name').fill(name);
  await field(page, 'Provider').fill('acme');
}

/** The whole form in one tall viewport (a full-page shot would move the sticky app bar). */
async function shot(page: Page, name: string) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 2400 });
  await result(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/work/shots/testconn-${name}.png` });
  if (size) await page.setViewportSize(size);
}

test('test before save: a token with scopes, then a wrong secret is invalid_client with advice', async ({
  page,
  context,
  far,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clientId = uniqueName('client').replace(' ', '-');
  const secret = canary('client_secret');
  far.registerClient(clientId, { secret, allowedScopes: ['read'] });

  await openApp(page, '/new?type=oauth2_client_credentials');
  await fillBasics(page, uniqueName('CRM'));
  await field(page, 'Client ID').fill(clientId);
  await field(page, 'Client secret').fill(secret);
  await field(page, 'Token URL').fill(far.tokenUrl);
  await field(page, 'Scopes').fill('read admin ');
  await page.getByRole('button', { name: 'Test', exact: true }).click();

  await expect(result(page).getByText('The connection works')).toBeVisible();
  await expect(result(page).getByText('admin (not granted)')).toBeVisible();
  await expect(result(page).getByText(/Token type: Bearer · Lifetime: 3600 s/)).toBeVisible();
  await result(page).getByRole('button', { name: 'Transcript (secrets marked)' }).click();
  await expect(
    result(page).getByText(`client_secret=‹client_secret, ${secret.length} chars›`),
  ).toBeVisible();
  await result(page).getByRole('button', { name: 'Steps' }).click();
  await expect(result(page).getByText(/Token response \(passed/)).toBeVisible();
  await shot(page, 'success');
  await result(page).getByRole('button', { name: 'Copy transcript' }).click();
  await expect(result(page).getByText('Copied, with the secrets still marked.')).toBeVisible();
  const copied = await recordClipboard(page, testInfo);
  expect(copied).toContain('‹client_secret,');
  expect(copied).not.toContain(secret);

  // Typing again: the result no longer speaks for the form.
  await field(page, 'Client secret').fill(canary('client_secret'));
  await expect(page.getByText(/Out of date: the form changed/)).toBeVisible();
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(result(page).getByText('The test failed')).toBeVisible();
  await expect(verdict(page)).toContainText('HTTP 401: invalid_client');
  await expect(verdict(page)).toContainText('check the client ID and client secret');
  await expect(page.getByText(/Out of date/)).toBeHidden();
  await shot(page, 'failure');
  // Nothing was saved by testing.
  await expect(page).toHaveURL(/\/new\?type=oauth2_client_credentials$/);
});

test('a stored connection is tested from its detail page, and the page says when', async ({
  page,
  api,
  far,
}) => {
  const clientId = uniqueName('stored').replace(' ', '-');
  const secret = canary('client_secret');
  far.registerClient(clientId, { secret });
  const created = await api.create({
    auth_type: 'oauth2_client_credentials',
    name: uniqueName('Stored CRM'),
    provider: 'acme',
    client_id: clientId,
    client_secret: secret,
    token_url: far.tokenUrl,
  });
  await openApp(page, `/connections/${encodeURIComponent(created.id)}`);
  const section = page.getByRole('region', { name: 'Test connection' });
  await expect(section.getByText('Not tested yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page).getByText('The connection works')).toBeVisible();
  await expect(section.getByText(/^Last tested .*: it worked\.$/)).toBeVisible();
  await shot(page, 'detail');
});

/**
 * Waits for what the mTLS form reads from the client certificate and key just put in: the
 * certificate's summary and the key check appear a moment after the text and push down everything
 * below them, Test among them, and a click while they move lands beside the button (seen in CI:
 * no test was sent).
 */
async function clientPairRead(page: Page, cn: string) {
  const credentials = page.getByRole('region', { name: 'Credentials' });
  await expect(
    credentials.getByText(`CN=${cn}, O=Auth Connections Tests`, { exact: true }),
  ).toBeVisible();
  await expect(credentials.getByText('Private key: EC P-256 (256-bit)')).toBeVisible();
  await expect(credentials.getByText('The private key belongs to this certificate.')).toBeVisible();
}

test('mTLS: the right client certificate passes, another CA and an expired one fail with why', async ({
  page,
  far,
}) => {
  await openApp(page, '/new?type=mtls');
  await fillBasics(page, uniqueName('Bank'));
  await field(page, 'Client certificate').fill(far.pki.client.cert);
  await field(page, 'Client key').fill(far.pki.client.key);
  await clientPairRead(page, 'mtls-test-client');
  await field(page, 'CA certificate').fill(far.pki.ca);
  await expect(
    page
      .getByRole('region', { name: 'Optional settings' })
      .getByText('CN=Connection Test CA, O=Auth Connections Tests (self-signed)', { exact: true }),
  ).toBeVisible();
  await page.getByLabel('Probe URL').fill(far.mtlsUrl);
  const test = page.getByRole('button', { name: 'Test', exact: true });
  await test.click();
  await expect(result(page).getByText('The connection works')).toBeVisible();
  await expect(result(page).getByText('The server certificate verified.')).toBeVisible();
  await expect(result(page).getByText(/CN=mtls-test-server/)).toBeVisible();

  await field(page, 'Client certificate').fill(far.pki.otherCaClient.cert);
  await page.getByRole('button', { name: 'Clear Client key' }).click();
  await field(page, 'Client key').fill(far.pki.otherCaClient.key);
  await clientPairRead(page, 'stranger-client');
  await test.click();
  await expect(result(page).getByText('The test failed')).toBeVisible();
  await expect(verdict(page)).toContainText(/issued by .*CN=Some Other CA/);
  await expect(verdict(page)).toContainText('issued by the CA the server trusts');
  await shot(page, 'mtls-failure');

  await field(page, 'Client certificate').fill(far.pki.expiredClient.cert);
  await page.getByRole('button', { name: 'Clear Client key' }).click();
  await field(page, 'Client key').fill(far.pki.expiredClient.key);
  await clientPairRead(page, 'expired-client');
  await test.click();
  await expect(verdict(page)).toContainText('The client certificate has expired');
});

test('a probe URL on a metadata address is refused before any connection', async ({ page }) => {
  await openApp(page, '/new?type=bearer_auth');
  await fillBasics(page, uniqueName('Search'));
  await field(page, 'Token').fill(canary('token'));
  await page.getByLabel('Probe URL').fill('https://169.254.169.254/latest/meta-data/');
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(result(page).getByText('The test failed')).toBeVisible();
  await expect(verdict(page)).toContainText(
    '169.254.169.254 is a cloud metadata address; no connection was made',
  );
  await expect(verdict(page)).toContainText('an address a connection must not call');
});

test('a slow token endpoint is stopped at the time limit; what is typed meanwhile makes it out of date', async ({
  page,
  far,
}) => {
  await openApp(page, '/new?type=oauth2_client_credentials');
  await fillBasics(page, uniqueName('Slow'));
  await field(page, 'Client ID').fill('slow-client');
  await field(page, 'Client secret').fill(canary('client_secret'));
  await field(page, 'Token URL').fill(`${far.handlerUrl}/slow`);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Testing…' })).toBeVisible();
  // Typed while the test runs: the result speaks for what was sent, not for this.
  await field(page, 'Provider').fill('acme-eu');
  // The server's own 3 s limit (playwright.config.ts), then the usual wait for the page.
  await expect(verdict(page)).toContainText('No complete answer within 3 s', {
    timeout: 3_000 + EXPECT_TIMEOUT,
  });
  await expect(verdict(page)).toContainText('took too long and was stopped');
  await expect(page.getByText(/Out of date: the form changed/)).toBeVisible();
});
