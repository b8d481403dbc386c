// The detail view by deep link: header, settings with secrets as write-only, and used_by as a
// picture plus the accessible list (dependents of each kind, one the admin can't see).
import { canary, expect, expectAccessible, openApp, test, uniqueName } from './fixtures.ts';
import { screens } from './screens.ts';

test('a deep link shows the connection, its settings and what uses it', async ({ page, api }) => {
  const name = uniqueName('CRM');
  const clientSecret = canary('client_secret');
  const created = await api.create({
    auth_type: 'oauth2_client_credentials',
    name,
    provider: 'salesforce',
    client_id: 'client-abc',
    client_secret: clientSecret,
    token_url: 'https://login.example.com/oauth2/token',
    scopes: ['api', 'refresh_token'],
    extra_params: { audience: 'crm' },
  });
  const id = created.id;
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'tool',
    name: 'Lookup customer',
    access_level: 'editor',
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'tool',
    name: 'Create lead',
    access_level: 'admin',
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'mcp_server',
    name: 'CRM MCP',
    access_level: 'viewer',
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'integration_connection',
    name: 'Salesforce sync',
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'tool',
    name: 'Secret tool',
    hidden: true,
  });

  await openApp(page, `/connections/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('OAuth2 client credentials · salesforce')).toBeVisible();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  const settings = page.getByRole('region', { name: 'Settings' });
  const term = (label: string) => settings.locator('dt', { hasText: new RegExp(`^${label}$`) });
  const value = (label: string) => term(label).locator('xpath=following-sibling::dd[1]');
  await expect(value('Client ID')).toHaveText('client-abc');
  await expect(value('Token URL')).toHaveText('https://login.example.com/oauth2/token');
  await expect(value('Scopes').getByRole('listitem')).toHaveText(['api', 'refresh_token']);
  await expect(value('Token request parameters')).toHaveText('audience: crm');
  await expect(value('Client secret')).toHaveText('Stored, write-only');
  expect(await page.content()).not.toContain(clientSecret);

  const usedBy = page.getByRole('region', { name: 'Used by' });
  await expect(
    usedBy.getByRole('img', { name: /Picture of .* and its 5 dependents/ }),
  ).toBeVisible();
  // The picture draws one node per dependent, the hidden one included.
  await expect(usedBy.locator('.react-flow__node')).toHaveCount(6);
  await expect(usedBy.getByRole('heading', { name: 'Tools (2)' })).toBeVisible();
  await expect(usedBy.getByRole('list', { name: 'Tools' }).getByRole('listitem')).toHaveText([
    /Lookup customer\s*Editor access/,
    /Create lead\s*Admin access/,
  ]);
  await expect(usedBy.getByRole('list', { name: 'MCP servers' }).getByRole('listitem')).toHaveText([
    /CRM MCP\s*Viewer access/,
  ]);
  await expect(
    usedBy.getByRole('list', { name: 'Integration connections' }).getByRole('listitem'),
  ).toHaveText([/Salesforce sync/]);
  await expect(
    usedBy.getByRole('list', { name: 'Not visible to you' }).getByRole('listitem'),
  ).toHaveText([/1 you can't see/]);
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
  await expectAccessible(page);
  await screens(page, 'detail');
  // The graph's stylesheet arrived as a bundled .css file, not an inline <style>.
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].filter((s) => s.href?.endsWith('.css')).map((s) => s.href),
  );
  expect(sheets.length).toBeGreaterThan(0);
});

test('no dependents is said plainly, and an unknown id is not found', async ({ page, api }) => {
  const created = await api
    .create({
      auth_type: 'mtls',
      name: uniqueName('Bank'),
      provider: 'bank',
      client_certificate: canary('client_certificate'),
      client_key: canary('client_key'),
    })
    .catch(() => null);
  // mTLS needs real PEM material; a bearer connection is enough for this check.
  const target =
    created ??
    (await api.create({
      auth_type: 'bearer_auth',
      name: uniqueName('Weather'),
      provider: 'w',
      token: canary('token'),
    }));
  await openApp(page, `/connections/${encodeURIComponent(target.id)}`);
  await expect(page.getByText(/^Nothing uses this connection/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Picture of/ })).toHaveCount(0);

  await page.goto('/connections/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Connection not found' })).toBeVisible();
});
