// @vitest-environment jsdom
// Adding an auth type is entries in the registries and nothing else: with a copy of the contract's
// and the page's registries that has one extra creatable type (tests/extra-auth-type.ts), the
// unchanged product offers it in the picker, renders its form in its own field order with its
// secrets masked, and the unchanged server validates it, stores it and encrypts its secrets.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import { CREATE_AUTH_TYPES, isSecretField, SECRET_FIELDS } from '../contract/index.ts';
import { CreateConnectionPage } from '../src/features/auth-connections/create/create-connection-page.tsx';
import { MessagesProvider } from '../src/i18n/messages-context.tsx';
import { EXTRA_TYPE, extraWords } from './extra-auth-type.ts';
import { createInProcessServer, type InProcessServer } from './in-process-server.ts';
import { renderWithApi } from './render-with-api.tsx';

vi.mock('../contract/auth-type-registry.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../contract/auth-type-registry.ts')>();
  const { EXTRA_TYPE, extraTraits } = await import('./extra-auth-type.ts');
  return {
    ...original,
    AUTH_TYPE_REGISTRY: { ...original.AUTH_TYPE_REGISTRY, [EXTRA_TYPE]: extraTraits },
  };
});
vi.mock('../contract/auth-type-schemas.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../contract/auth-type-schemas.ts')>();
  const { EXTRA_TYPE, extraSchemas } = await import('./extra-auth-type.ts');
  return {
    ...original,
    AUTH_TYPE_SCHEMAS: { ...original.AUTH_TYPE_SCHEMAS, [EXTRA_TYPE]: extraSchemas },
  };
});
vi.mock('../src/features/auth-connections/auth-type-ui.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../src/features/auth-connections/auth-type-ui.ts')>();
  const { EXTRA_TYPE } = await import('./extra-auth-type.ts');
  const last = Math.max(
    ...Object.values(original.AUTH_TYPE_UI).map((ui) => (ui as { picker?: number }).picker ?? 0),
  );
  return {
    ...original,
    AUTH_TYPE_UI: {
      ...original.AUTH_TYPE_UI,
      [EXTRA_TYPE]: { Icon: original.AUTH_TYPE_UI.basic_auth.Icon, picker: last + 1 },
    },
  };
});

if (!globalThis.crypto?.subtle) Object.assign(globalThis, { crypto: webcrypto });

const extra = EXTRA_TYPE as never;
const BASE = '/v1/workspace/auth-connections';

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

async function post(body: unknown) {
  const res = await server.fetch(`${server.baseUrl}${BASE}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const valid = {
  auth_type: EXTRA_TYPE,
  name: 'Legacy CRM',
  provider: 'acme',
  token_url: 'https://login.example.com/token',
  client_id: 'client-1',
  username: 'svc-user',
  password: 'pw-canary-1',
};

const locs = (body: Record<string, unknown>) =>
  (body.detail as { loc: unknown[] }[]).map((item) => item.loc.join('.'));

describe('an extra type, added to copies of the registries only', () => {
  it('is derived everywhere the registry is read', () => {
    expect(CREATE_AUTH_TYPES).toContain(EXTRA_TYPE);
    expect(SECRET_FIELDS[extra]).toEqual(['password', 'client_secret']);
    expect(isSecretField(EXTRA_TYPE, 'password')).toBe(true);
    expect(isSecretField(EXTRA_TYPE, 'username')).toBe(false);
  });

  it('the server accepts a valid body, refuses invalid ones, and encrypts its secrets', async () => {
    const created = await post({ ...valid, client_secret: 'cs-canary-2' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ auth_type: EXTRA_TYPE, username: 'svc-user' });
    expect(created.body).not.toHaveProperty('password');
    expect(created.body).not.toHaveProperty('client_secret');

    const rows = server.db
      .prepare('SELECT field, sealed FROM auth_connection_secrets WHERE connection_id = ?')
      .all(created.body.id) as { field: string; sealed: Buffer }[];
    expect(rows.map((r) => r.field).sort()).toEqual(['client_secret', 'password']);
    const everything = JSON.stringify(
      server.db.prepare('SELECT * FROM auth_connections').all(),
    ).concat(rows.map((r) => Buffer.from(r.sealed).toString('latin1')).join(''));
    expect(everything).not.toContain('pw-canary-1');
    expect(everything).not.toContain('cs-canary-2');

    const { password: _pw, ...withoutPassword } = valid;
    expect(locs((await post(withoutPassword)).body)).toContain('body.password');
    const empty = await post({ ...valid, password: '' });
    expect(empty.status).toBe(422);
    expect(locs(empty.body)).toContain('body.password');
    const foreign = await post({ ...valid, header_name: 'x-api-key' });
    expect(foreign.status).toBe(422);
    expect(locs(foreign.body)).toContain('body.header_name');
    const badUrl = await post({ ...valid, token_url: 'http://example.com/token' });
    expect(locs(badUrl.body)).toContain('body.token_url');
  });

  it('the form offers it, renders it in its own order with masked secrets, and saves it', async () => {
    const onCreated = vi.fn();
    renderWithApi(
      <MessagesProvider messages={{ authTypes: { [EXTRA_TYPE]: extraWords } } as never}>
        <CreateConnectionPage
          authType={extra}
          onAuthTypeChange={() => {}}
          onCreated={onCreated}
          onCancel={() => {}}
        />
      </MessagesProvider>,
      { baseUrl: server.baseUrl, fetch: server.fetch, apiKey: server.apiKey },
    );
    expect(await screen.findByRole('radio', { name: /^OAuth2 password/ })).toBeChecked();

    // Its own field order: the password right after the username (the shared order splits them);
    // the optional client_secret goes to the optional section, after what the type needs.
    const names = [...document.querySelectorAll('form input[name], form textarea[name]')]
      .map((input) => input.getAttribute('name'))
      .filter((name) => name !== 'auth_type' && name !== 'name' && name !== 'provider');
    expect(names.slice(0, 5)).toEqual([
      'username',
      'password',
      'client_id',
      'token_url',
      'client_secret',
    ]);
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('type', 'password');

    const fill = async (label: RegExp, value: string) =>
      userEvent.type(screen.getByLabelText(label, { selector: 'input' }), value);
    await fill(/^Name/, 'Legacy CRM');
    await fill(/^Provider/, 'acme');
    await fill(/^Username/, 'svc-user');
    await fill(/^Password/, 'pw-canary-3');
    await fill(/^Client ID/, 'client-1');
    await fill(/^Token URL/, 'https://login.example.com/token');
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(onCreated.mock.calls[0]![0]).toMatchObject({
      auth_type: EXTRA_TYPE,
      username: 'svc-user',
      client_id: 'client-1',
    });
  });
});
