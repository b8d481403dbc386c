// The create flow in Chromium against the real server and a fresh SQLite file: each creatable
// type through the UI with real PEM material, what was stored, and that no secret came back.
import { CREATE_AUTH_TYPES } from '../contract/index.ts';
import { coreMessages } from '../src/i18n/core-messages.ts';
import type { Page } from '@playwright/test';
import {
  canary,
  expect,
  expectAccessible,
  openApp,
  pemCanaries,
  test,
  uniqueName,
} from './fixtures.ts';
import { field } from './form-steps.ts';

// Every secret is a unique canary (or registered PEM material): none may show up anywhere.
const pem = pemCanaries();

async function pickType(page: Page, label: string) {
  await page.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
}

async function fillBasics(page: Page, name: string) {
  await field(page, 'Name').fill(name);
  await field(page, 'Provider').fill('acme');
}

/** Saves, then checks the page and every response body for the given secrets. */
async function saveAndCheck(page: Page, secrets: string[]) {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/v1/')) bodies.push(await response.text().catch(() => ''));
  });
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/v1/workspace/auth-connections') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Create connection' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText(/created/i).first()).toBeVisible();
  const html = await page.content();
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  for (const secret of secrets) {
    expect(html).not.toContain(secret);
    expect(storage).not.toContain(secret);
    for (const body of bodies) expect(body).not.toContain(secret);
  }
}

test('the picker keeps the chosen type in the URL and passes axe', async ({ page }) => {
  await openApp(page, '/new');
  await expect(page.getByRole('heading', { name: 'New auth connection' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(7);
  await expectAccessible(page);
  await page.getByRole('radio', { name: /^mTLS/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?type=basic_auth$/);
  await page.goto('/new?type=mtls');
  await expect(page.getByRole('radio', { name: /^mTLS/ })).toBeChecked();
});

// Every type the picker offers, by the label the admin sees.
const TYPES = CREATE_AUTH_TYPES.map((authType) => coreMessages.authTypes[authType].label);
for (const label of TYPES) {
  test(`the ${label} form passes axe`, async ({ page }) => {
    await openApp(page, '/new');
    await pickType(page, label);
    await expect(page.getByRole('button', { name: 'Create connection' })).toBeVisible();
    await expectAccessible(page);
  });
}

test('creates OAuth2 client credentials', async ({ page, api }) => {
  const name = uniqueName('CRM');
  const secret = canary('client_secret');
  await openApp(page, '/new?type=oauth2_client_credentials');
  await fillBasics(page, name);
  await field(page, 'Client ID').fill('client-1');
  await field(page, 'Client secret').fill(secret);
  await field(page, 'Token URL').fill('https://login.example.com/oauth2/token');
  await field(page, 'Scopes').fill('read write,admin ');
  await saveAndCheck(page, [secret]);
  const stored = (await api.list()).find((c) => c.name === name);
  expect(stored).toMatchObject({
    auth_type: 'oauth2_client_credentials',
    client_id: 'client-1',
    scopes: ['read', 'write', 'admin'],
  });
});

test('creates a custom header connection', async ({ page, api }) => {
  const name = uniqueName('Acme key');
  const token = canary('token');
  await openApp(page, '/new?type=custom_header_auth');
  await fillBasics(page, name);
  await field(page, 'Header name').fill('x-api-key');
  await field(page, 'Token').fill(token);
  await saveAndCheck(page, [token]);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({
    header_name: 'x-api-key',
  });
});

test('creates Basic and Bearer connections', async ({ page, api }) => {
  const basic = uniqueName('Legacy');
  const password = canary('password');
  await openApp(page, '/new?type=basic_auth');
  await fillBasics(page, basic);
  await field(page, 'Username').fill('svc');
  await field(page, 'Password').fill(password);
  await saveAndCheck(page, [password]);

  const bearer = uniqueName('Bearer');
  const token = canary('token');
  await page.goto('/new?type=bearer_auth');
  await fillBasics(page, bearer);
  await field(page, 'Token').fill(token);
  await saveAndCheck(page, [token]);
  const names = (await api.list()).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining([basic, bearer]));
});

test('creates an OAuth2 JWT connection signed with RS256', async ({ page, api }) => {
  const name = uniqueName('JWT');
  await openApp(page, '/new?type=oauth2_jwt');
  await fillBasics(page, name);
  await field(page, 'Issuer').fill('iss-1');
  await field(page, 'Subject').fill('sub-1');
  await field(page, 'Audience').fill('https://api.example.com');
  await field(page, 'Token URL').fill('https://idp.example.com/token');
  await page.getByLabel(/^Algorithm/).selectOption('RS256');
  await field(page, 'Secret key').fill(pem.rsaKey);
  // The key's summary comes a moment later and moves Create: save once it is there.
  await expect(page.getByText(/^Private key: RSA/)).toBeVisible();
  await expect(page.getByLabel('JWT header')).toContainText('"alg": "RS256"');
  await expect(page.getByLabel('JWT claims')).toContainText('"aud": "https://api.example.com"');
  await saveAndCheck(page, [pem.rsaKey.split('\n')[1]!]);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({
    algorithm: 'RS256',
    issuer: 'iss-1',
    token_url: 'https://idp.example.com/token',
  });
});

test('creates a private key JWT connection with an HS512 secret', async ({ page, api }) => {
  const name = uniqueName('PKJWT');
  const secret = canary('secret_key').padEnd(64, 'x');
  await openApp(page, '/new?type=private_key_jwt');
  await fillBasics(page, name);
  await field(page, 'Issuer').fill('iss');
  await field(page, 'Subject').fill('sub');
  await field(page, 'Audience').fill('aud');
  await page.getByLabel(/^Algorithm/).selectOption('HS512');
  await field(page, 'Secret key').fill(secret);
  await saveAndCheck(page, [secret]);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({ algorithm: 'HS512' });
});

test('creates an mTLS connection with an encrypted key and its passphrase', async ({
  page,
  api,
}) => {
  const name = uniqueName('Bank');
  await openApp(page, '/new?type=mtls');
  await fillBasics(page, name);
  await field(page, 'Client certificate').fill(pem.certificate);
  await expect(page.getByText('CN=test.example, O=Acme Test').first()).toBeVisible();
  await field(page, 'Client key').fill(pem.rsaKey);
  await expect(page.getByText('The private key belongs to this certificate.')).toBeVisible();
  // A stored-looking key is masked; clearing it is how the admin swaps in another one.
  await page.getByRole('button', { name: 'Clear Client key' }).click();
  await field(page, 'Client key').fill(pem.encryptedRsaKey);
  // The key check's answer comes a moment later and moves the button: click once it is there.
  await expect(page.getByText('Encrypted', { exact: true })).toBeVisible();
  await expect(page.getByText(/could not be compared with the certificate here/)).toBeVisible();
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page.getByText('This key is encrypted: enter its passphrase.')).toBeVisible();
  await field(page, 'Key passphrase').fill(pem.passphrase);
  await saveAndCheck(page, [pem.passphrase, pem.encryptedRsaKey.split('\n')[1]!]);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({ auth_type: 'mtls' });
});

test('a server-side validation error shows on its field', async ({ page, api }) => {
  const name = uniqueName('Mismatch');
  await openApp(page, '/new?type=mtls');
  await fillBasics(page, name);
  await field(page, 'Client certificate').fill(pem.certificate);
  await field(page, 'Client key').fill(pem.otherRsaKey);
  // What the page reads from the pair comes a moment later and moves the button: the summary,
  // and its own check, which already says so; the server refuses on save.
  await expect(page.getByText('CN=test.example, O=Acme Test').first()).toBeVisible();
  await expect(page.getByText(/^Private key: RSA/)).toBeVisible();
  await expect(page.getByText(/does not belong to the certificate/)).toBeVisible();
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(field(page, 'Client key')).toHaveAttribute('aria-invalid', 'true');
  expect((await api.list()).find((c) => c.name === name)).toBeUndefined();
});

test('a dropped connection during save keeps the form and does not duplicate on retry', async ({
  page,
  api,
}) => {
  const name = uniqueName('Dropped');
  await openApp(page, '/new?type=bearer_auth');
  await fillBasics(page, name);
  await field(page, 'Token').fill(canary('token'));
  // Fault the real server can't produce: the request reaches it, the answer is dropped.
  let dropped = false;
  await page.route('**/v1/workspace/auth-connections', async (route) => {
    if (dropped || route.request().method() !== 'POST') return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'Create connection' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing you typed is lost' });
  await expect(alert).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue(name);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(/created/i).first()).toBeVisible();
  expect((await api.list()).filter((c) => c.name === name)).toHaveLength(1);
});
