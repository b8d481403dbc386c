// Browser hardening: the page's Content-Security-Policy (no inline scripts, a per-request nonce
// for Emotion's styles), and the secret inputs of every create form and of the edit form (masked,
// no autofill or spellcheck, paste allowed). The CSP listener itself is in e2e/fixtures.ts and
// runs for every page of every spec.
import type { Page } from '@playwright/test';
import { CREATE_AUTH_TYPES, SECRET_FIELDS, type CreateAuthType } from '../contract/index.ts';
import { fieldLabel } from '../src/features/auth-connections/field-labels.ts';
import { canary, expect, openApp, test, uniqueName } from './fixtures.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

test('the page is served with a strict CSP and a fresh style nonce', async ({ api, page }) => {
  const first = await api.request.get('/');
  const second = await api.request.get('/');
  const policy = first.headers()['content-security-policy'] ?? '';
  const csp = directives(policy);

  // 'self', and on a page with a prerendered picture (the list's plain address, 0135) the hash
  // of its gate script; no other address allows even that.
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  expect(scripts).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
  const plain = directives(
    (await api.request.get('/?q=any')).headers()['content-security-policy'] ?? '',
  );
  expect(plain.get('script-src')).toEqual(["'self'"]);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  const styles = csp.get('style-src') ?? [];
  const nonce = styles.find((s) => s.startsWith("'nonce-"));
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  // A new nonce per response, and the page is told the one its header allows.
  expect(second.headers()['content-security-policy']).not.toBe(policy);
  expect(await first.text()).toContain(`content="${nonce!.slice(7, -1)}"`);

  // In the browser, every style tag Emotion injected carries the nonce of its response.
  const response = await page.goto('/');
  const served = directives(response!.headers()['content-security-policy'] ?? '')
    .get('style-src')
    ?.find((s) => s.startsWith("'nonce-"))
    ?.slice(7, -1);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const nonces = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.nonce),
  );
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([served]));
});

/** A secret's input: a single-line SecretField, or a PEM textarea for keys and certificates. */
const secretInput = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label}\\s*\\*?$`)).and(page.locator('input, textarea'));

async function expectHardenedSecret(page: Page, label: string, field: string) {
  const input = secretInput(page, label);
  await expect(input, field).toHaveCount(1);
  await expect(input, field).toHaveAttribute('spellcheck', 'false');
  if ((await input.evaluate((el) => el.tagName)) === 'INPUT') {
    await expect(input, field).toHaveAttribute('type', 'password');
    await expect(input, field).toHaveAttribute('autocomplete', 'new-password');
  } else {
    // PEM material is multi-line: a textarea can't be type=password. It is kept from autofill
    // and spellcheck, and a private key is masked once entered (src/components/pem-field.tsx).
    await expect(input, field).toHaveAttribute('autocomplete', 'off');
  }
  // Paste is never blocked: a real clipboard paste lands in the field.
  const value = canary(field);
  await page.evaluate((text) => navigator.clipboard.writeText(text), value);
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  // A private key is masked as soon as it is in: the same length in bullets until shown.
  if ((await input.inputValue()) === '•'.repeat(value.length)) {
    await page.getByRole('button', { name: `Show ${label}` }).click();
  }
  await expect(input, `${field} after paste`).toHaveValue(value);
}

/** Secret fields each create form shows as it opens (secret_key follows an HMAC default). */
function secretFields(type: CreateAuthType): readonly string[] {
  return SECRET_FIELDS[type];
}

// One test per form, so each is short and they spread over the workers.
for (const type of CREATE_AUTH_TYPES) {
  test(`every secret input of the ${type} create form is masked, unassisted and pasteable`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, `/new?type=${type}`);
    await expect(page.getByRole('button', { name: 'Create connection' })).toBeVisible();
    expect(secretFields(type).length, `${type} has secret fields`).toBeGreaterThan(0);
    for (const field of secretFields(type)) {
      await expectHardenedSecret(page, fieldLabel(field), `${type}.${field}`);
    }
  });
}

test('the secret inputs of the edit form are masked, unassisted and pasteable', async ({
  page,
  context,
  api,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // One of each type the API can update that has a single-line secret (custom header and mTLS
  // are replaced, not edited; the JWT types' secret field follows the algorithm).
  const connections = [
    { auth_type: 'basic_auth', username: 'svc', password: canary('password') },
    { auth_type: 'bearer_auth', token: canary('token') },
    {
      auth_type: 'oauth2_client_credentials',
      client_id: 'client-1',
      client_secret: canary('client_secret'),
      token_url: 'https://login.example.com/oauth2/token',
    },
  ] as const;
  for (const body of connections) {
    const { id } = await api.create({ ...body, name: uniqueName('Hardened'), provider: 'p' });
    await openApp(page, `/connections/${id}/edit`);
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    for (const field of SECRET_FIELDS[body.auth_type]) {
      await expectHardenedSecret(page, fieldLabel(field), `edit ${body.auth_type}.${field}`);
    }
  }
});
