// Importing credentials in the form admins hold them (issue 12), in Chromium against the real
// server: a Google service-account JSON, a password-protected .p12 and a curl line each end in
// a saved connection, and a dropped file full of canaries goes through the canary scan like
// everything typed. The files are made at test time (tests/import-samples.ts).
import type { Page } from '@playwright/test';
import { certificateChain, makeP12, serviceAccountJson } from '../tests/import-samples.ts';
import {
  canary,
  expect,
  expectAccessible,
  openApp,
  registerCanary,
  test,
  uniqueName,
} from './fixtures.ts';
import { field, storeBankMtls, submitCreate } from './form-steps.ts';
import { screens, shot } from './screens.ts';

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import from a file or text' }).click();
  await expect(page.getByRole('heading', { name: 'Import a credential' })).toBeVisible();
}

async function save(page: Page) {
  await submitCreate(page, 'Create connection');
  await expect(page.getByText(/created/i).first()).toBeVisible();
}

/** A leaf certificate under an intermediate and a root, every key and certificate a canary. */
function chainCanaries() {
  const chain = certificateChain();
  for (const pem of [chain.leafKey, chain.leafCert, chain.intermediateCert, chain.rootCert]) {
    registerCanary(pem);
  }
  return chain;
}

test('a Google service-account JSON becomes an OAuth2 JWT bearer connection', async ({
  page,
  api,
}) => {
  const sample = serviceAccountJson();
  registerCanary(sample.privateKey);
  const name = uniqueName('Google SA');
  await openApp(page, '/new');
  await openImport(page);
  // Nothing goes to the server until Save: the import is read in the browser. (The form asks
  // once, with a bodiless GET, whether the server can test connections: that is all it may send.)
  const calls: string[] = [];
  page.on('request', (r) => {
    const availability = r.method() === 'GET' && r.url().endsWith('/auth-connections/test');
    if (r.url().includes('/v1/') && !availability) calls.push(`${r.method()} ${r.url()}`);
  });
  await shot(page, 'import-open');
  await expectAccessible(page);
  await page.getByLabel('Credential file to import').setInputFiles({
    name: 'svc-key.json',
    mimeType: 'application/json',
    buffer: Buffer.from(sample.json),
  });
  const status = page.getByRole('status').filter({ hasText: 'Google service account' });
  await expect(status).toContainText(sample.email);
  await expect(status).toContainText(sample.keyId.slice(0, 8));
  await expect(page.getByRole('radio', { name: /^OAuth2 JWT bearer/ })).toBeChecked();
  await expect(page).toHaveURL(/\?type=oauth2_jwt$/);
  await expect(field(page, 'Issuer')).toHaveValue(sample.email);
  await expect(field(page, 'Subject')).toHaveValue(sample.email);
  await expect(field(page, 'Audience')).toHaveValue('https://oauth2.googleapis.com/token');
  await expect(field(page, 'Key ID')).toHaveValue(sample.keyId);
  await shot(page, 'import-service-account');
  expect(calls).toEqual([]);
  await field(page, 'Name').fill(name);
  await save(page);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({
    auth_type: 'oauth2_jwt',
    provider: 'google',
    algorithm: 'RS256',
    issuer: sample.email,
    subject: sample.email,
    audience: 'https://oauth2.googleapis.com/token',
    token_url: 'https://oauth2.googleapis.com/token',
    key_id: sample.keyId,
  });
});

test('a .p12 asks for its password, says when it is wrong, and becomes mTLS', async ({
  page,
  api,
}) => {
  const chain = chainCanaries();
  const password = canary('p12_password');
  const p12 = makeP12(
    chain.leafKey,
    [chain.leafCert, chain.intermediateCert, chain.rootCert],
    password,
  );
  const name = uniqueName('Bank mTLS');
  await openApp(page, '/new');
  await openImport(page);
  await page.getByLabel('Credential file to import').setInputFiles({
    name: 'client.p12',
    mimeType: 'application/x-pkcs12',
    buffer: Buffer.from(p12),
  });
  const passwordField = page.getByLabel('Password of client.p12');
  await expect(passwordField).toBeFocused();
  await passwordField.fill('not the password');
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByText('The password is wrong for this file.')).toBeVisible();
  await shot(page, 'import-p12-wrong-password');
  // The file is kept: only the password is typed again.
  await passwordField.fill(password);
  await page.getByRole('button', { name: 'Open file' }).click();
  const status = page.getByRole('status').filter({ hasText: 'PKCS#12 file' });
  await expect(status).toContainText('CN=client.example');
  await expect(status).toContainText('a chain of 2 certificates');
  await expect(page.getByRole('radio', { name: /^mTLS/ })).toBeChecked();
  await expect(page.getByLabel('Password of client.p12')).toHaveCount(0);
  await shot(page, 'import-p12');
  await field(page, 'Name').fill(name);
  await field(page, 'Provider').fill('bank');
  await save(page);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({
    auth_type: 'mtls',
    provider: 'bank',
  });
});

test('a curl line becomes a bearer connection; two credentials say which', async ({
  page,
  api,
}) => {
  const token = canary('token');
  const other = canary('password');
  const name = uniqueName('Acme bearer');
  await openApp(page, '/new?type=basic_auth');
  await openImport(page);
  const paste = page.getByLabel('Or paste text');
  await paste.fill(
    `curl -u ada:${other} -H 'Authorization: Bearer ${token}' https://api.acme.com/v1`,
  );
  await page.getByRole('button', { name: 'Read text' }).click();
  await expect(paste).toHaveAccessibleDescription(
    'This curl command carries two credentials (-u and Authorization: Bearer). Remove the one this connection should not use.',
  );
  await shot(page, 'import-curl-error');
  await paste.fill(
    `curl https://api.acme.com/v1/things \\\n  -H 'Authorization: Bearer ${token}' \\\n  -H 'Accept: application/json'`,
  );
  await page.getByRole('button', { name: 'Read text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'curl command' })).toContainText(
    'a Bearer token for https://api.acme.com/v1/things',
  );
  await expect(page.getByRole('radio', { name: /^Bearer token/ })).toBeChecked();
  await expect(paste).toHaveValue('');
  await expect(field(page, 'Provider')).toHaveValue('acme');
  await field(page, 'Name').fill(name);
  await save(page);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({
    auth_type: 'bearer_auth',
    provider: 'acme',
  });
});

test('a dropped .env file full of canaries is saved and leaves no trace', async ({ page, api }) => {
  const clientSecret = canary('client_secret');
  const name = uniqueName('Dropped env');
  const env = [
    'ACME_CLIENT_ID=acme-client',
    `ACME_CLIENT_SECRET=${clientSecret}`,
    'ACME_TOKEN_URL=https://auth.acme.com/oauth/token',
    'ACME_SCOPES=read write',
    // Not a credential the importer takes: it must not land anywhere either.
    `ACME_WEBHOOK_SIGNING_SECRET=${canary('webhook_secret')}`,
  ].join('\n');
  await openApp(page, '/new');
  await openImport(page);
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'acme.env', { type: 'text/plain' }));
    return transfer;
  }, env);
  await page.getByText('Drop a credential file here').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('status').filter({ hasText: '.env block' })).toContainText(
    'ACME_CLIENT_ID, ACME_CLIENT_SECRET, ACME_TOKEN_URL, ACME_SCOPES',
  );
  await expect(page.getByRole('radio', { name: /^OAuth2 client credentials/ })).toBeChecked();
  await field(page, 'Name').fill(name);
  await save(page);
  expect((await api.list()).find((c) => c.name === name)).toMatchObject({
    auth_type: 'oauth2_client_credentials',
    token_url: 'https://auth.acme.com/oauth/token',
  });
});

test('Replace imports a PEM bundle with Windows line endings into the mTLS form', async ({
  page,
  api,
}) => {
  const chain = chainCanaries();
  const oldName = uniqueName('Bank');
  const { id } = await storeBankMtls(api, oldName, {
    certificate: chain.leafCert,
    key: chain.leafKey,
  });
  await openApp(page, `/connections/${id}/replace`);
  await expect(page.getByRole('heading', { name: `Replace ${oldName}` })).toBeVisible();
  await openImport(page);
  const bundle = [chain.intermediateCert, chain.leafKey, chain.leafCert]
    .join('')
    .replace(/\n/g, '\r\n');
  await page.getByLabel('Credential file to import').setInputFiles({
    name: 'bundle.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(bundle),
  });
  await expect(page.getByRole('status').filter({ hasText: 'PEM bundle' })).toContainText(
    'a chain of 1 certificate',
  );
  await expect(page.getByText('The private key belongs to this certificate.')).toBeVisible();
  // Replace keeps the old connection's name and provider.
  await expect(field(page, 'Name')).toHaveValue(oldName);
  await expect(field(page, 'Provider')).toHaveValue('bank');
  await expectAccessible(page);
  await screens(page, 'import-replace');
  const newName = uniqueName('Bank v2');
  await field(page, 'Name').fill(newName);
  await submitCreate(page, 'Create replacement');
  await expect(page.getByText(`${newName} was created.`)).toBeVisible();
  expect((await api.list()).find((c) => c.name === newName)).toMatchObject({ auth_type: 'mtls' });
});
