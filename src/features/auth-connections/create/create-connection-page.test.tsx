// @vitest-environment jsdom
// The create flow against the real server in-process: one journey per type, then one per
// class of failure. The only fake parts are the faults the real server cannot produce (a
// dropped connection), and they are named as such.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import {
  checkHeaderFieldValue,
  type AuthConnection,
  type CreateAuthType,
} from '../../../../contract/index.ts';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { pemMaterial } from '../../../../tests/pem-material.ts';
import { CreatePageHost } from '../../../../tests/create-page-host.tsx';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { CreateConnectionPage } from './create-connection-page.tsx';

if (!globalThis.crypto?.subtle) Object.assign(globalThis, { crypto: webcrypto });

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

async function storedConnections(): Promise<Record<string, unknown>[]> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    headers: { 'xi-api-key': server.apiKey },
  });
  return ((await res.json()) as { auth_connections: Record<string, unknown>[] }).auth_connections;
}

function renderCreate(
  authType: CreateAuthType,
  opts: { fetch?: typeof fetch; apiKey?: string } = {},
) {
  const onCreated = vi.fn<(c: AuthConnection) => void>();
  const utils = renderWithApi(
    <CreateConnectionPage
      authType={authType}
      onAuthTypeChange={() => {}}
      onCreated={onCreated}
      onCancel={() => {}}
    />,
    {
      baseUrl: server.baseUrl,
      fetch: opts.fetch ?? server.fetch,
      apiKey: opts.apiKey ?? server.apiKey,
    },
  );
  return { ...utils, onCreated };
}

/** A field's accessible name: its label, with MUI's required marker when present. */
const field = (label: string) => new RegExp(`^${label}\\s*\\*?$`);

/** Types into a text input; long values (PEM) are set at once to keep the test fast. */
async function fill(label: string, value: string) {
  const input = screen.getByLabelText(field(label), { selector: 'input, textarea' });
  if (value.length > 80) fireEvent.change(input, { target: { value } });
  else {
    await userEvent.clear(input);
    await userEvent.type(input, value);
  }
}

async function fillBasics(name: string) {
  await fill('Name', name);
  await fill('Provider', 'acme');
}

async function save() {
  await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));
}

const pem = pemMaterial();

describe('creating each type', () => {
  it('oauth2_client_credentials, with scopes, params and headers', async () => {
    const { onCreated } = renderCreate('oauth2_client_credentials');
    await fillBasics('CRM');
    await fill('Client ID', 'client-1');
    await fill('Client secret', 'cs-canary-1');
    await fill('Token URL', 'https://login.example.com/oauth2/token');
    await userEvent.type(screen.getByLabelText(field('Scopes')), 'read write{Enter}');
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    const [stored] = await storedConnections();
    expect(stored).toMatchObject({
      auth_type: 'oauth2_client_credentials',
      name: 'CRM',
      provider: 'acme',
      client_id: 'client-1',
      token_url: 'https://login.example.com/oauth2/token',
      scopes: ['read', 'write'],
    });
    expect(JSON.stringify(stored)).not.toContain('cs-canary-1');
  });

  it('custom_header_auth', async () => {
    const { onCreated } = renderCreate('custom_header_auth');
    await fillBasics('Acme key');
    await fill('Header name', 'x-api-key');
    await fill('Token', 'tok-canary-2');
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toMatchObject([
      { auth_type: 'custom_header_auth', header_name: 'x-api-key' },
    ]);
  });

  it('basic_auth', async () => {
    const { onCreated } = renderCreate('basic_auth');
    await fillBasics('Legacy');
    await fill('Username', 'svc');
    await fill('Password', 'pw-canary-3');
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toMatchObject([{ auth_type: 'basic_auth', username: 'svc' }]);
  });

  it('bearer_auth', async () => {
    const { onCreated } = renderCreate('bearer_auth');
    await fillBasics('Bearer');
    await fill('Token', 'bearer-canary-4');
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toMatchObject([{ auth_type: 'bearer_auth', name: 'Bearer' }]);
  });

  it('oauth2_jwt with RS256 and a PEM key, showing the claims preview', async () => {
    const { onCreated } = renderCreate('oauth2_jwt');
    await fillBasics('JWT');
    await fill('Issuer', 'iss-1');
    await fill('Subject', 'sub-1');
    await fill('Audience', 'https://api.example.com');
    await fill('Token URL', 'https://idp.example.com/token');
    await userEvent.selectOptions(screen.getByLabelText(field('Algorithm')), 'RS256');
    await fill('Secret key', pem.rsaKey);
    const claims = screen.getByLabelText('JWT claims');
    expect(claims).toHaveTextContent('"iss": "iss-1"');
    expect(screen.getByLabelText('JWT header')).toHaveTextContent('"alg": "RS256"');
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toMatchObject([
      { auth_type: 'oauth2_jwt', algorithm: 'RS256', issuer: 'iss-1', expiration_seconds: 3600 },
    ]);
  });

  it('private_key_jwt with an HS256 secret', async () => {
    const { onCreated } = renderCreate('private_key_jwt');
    await fillBasics('PKJWT');
    await fill('Issuer', 'iss');
    await fill('Subject', 'sub');
    await fill('Audience', 'aud');
    await fill('Secret key', 'h'.repeat(40));
    await fill('Expiration seconds', '600');
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toMatchObject([
      { auth_type: 'private_key_jwt', algorithm: 'HS256', expiration_seconds: 600 },
    ]);
  });

  it('mtls with a matching key and certificate', async () => {
    const { onCreated } = renderCreate('mtls');
    await fillBasics('Bank');
    await fill('Client certificate', pem.certificate);
    await fill('Client key', pem.rsaKey);
    expect(await screen.findByText('The private key belongs to this certificate.')).toBeVisible();
    await save();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toMatchObject([{ auth_type: 'mtls', name: 'Bank' }]);
  });
});

describe('switching the type', () => {
  it('keeps name, provider and shared fields, and drops what only the old type had', async () => {
    renderWithApi(<CreatePageHost initial="bearer_auth" />, {
      baseUrl: server.baseUrl,
      fetch: server.fetch,
      apiKey: server.apiKey,
    });
    await fillBasics('Switcher');
    await fill('Token', 'tok-shared');
    await userEvent.click(screen.getByRole('radio', { name: /^Custom header/ }));
    expect(await screen.findByLabelText(field('Header name'))).toHaveValue('');
    expect(screen.getByLabelText(field('Name'))).toHaveValue('Switcher');
    expect(screen.getByLabelText(field('Provider'))).toHaveValue('acme');
    expect(screen.getByLabelText(field('Token'))).toHaveValue('tok-shared');

    await userEvent.click(screen.getByRole('radio', { name: /^Basic/ }));
    expect(await screen.findByLabelText(field('Username'))).toHaveValue('');
    await userEvent.click(screen.getByRole('radio', { name: /^Bearer token/ }));
    expect(await screen.findByLabelText(field('Token'))).toHaveValue('');
    expect(screen.getByLabelText(field('Name'))).toHaveValue('Switcher');
  });
});

describe('when saving fails', () => {
  it('puts a server 422 on its field and keeps every value', async () => {
    const { onCreated } = renderCreate('mtls');
    await fillBasics('Mismatch');
    await fill('Client certificate', pem.certificate);
    await fill('Client key', pem.otherRsaKey);
    await save();
    const key = screen.getByLabelText(field('Client key'), { selector: 'textarea' });
    await waitFor(() => expect(key).toHaveAttribute('aria-invalid', 'true'));
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.getByLabelText(field('Name'))).toHaveValue('Mismatch');
    expect(await storedConnections()).toEqual([]);
  });

  it('shows client-side errors next to each field before any request', async () => {
    const fetchSpy = vi.fn(server.fetch);
    renderCreate('basic_auth', { fetch: fetchSpy });
    await save();
    expect(await screen.findByText('Name is required.')).toBeVisible();
    expect(screen.getByText('Password is required.')).toBeVisible();
    // The only request is the page asking once whether the API can test connections.
    const requests = fetchSpy.mock.calls.map(([input, init]) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return `${init?.method ?? (input instanceof Request ? input.method : 'GET')} ${url.pathname}`;
    });
    expect(requests.filter((r) => r !== 'GET /v1/workspace/auth-connections/test')).toEqual([]);
  });

  it("refuses a value no header can carry, under its field, with the server's words", async () => {
    const fetchSpy = vi.fn(server.fetch);
    renderCreate('basic_auth', { fetch: fetchSpy });
    await fillBasics('Zendesk');
    await fill('Username', 'me:you');
    await fill('Password', 'pw');
    await save();
    const username = screen.getByLabelText(field('Username'));
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(username).toHaveAccessibleDescription(
      checkHeaderFieldValue('username', 'me:you') as string,
    );
    // Nothing was sent: the one request is the page asking whether the API can test connections.
    const methods = fetchSpy.mock.calls.map(([input, init]) =>
      input instanceof Request ? input.method : (init?.method ?? 'GET'),
    );
    expect(methods.filter((m) => m !== 'GET')).toEqual([]);
    expect(screen.getByLabelText(field('Username'))).toHaveValue('me:you');
  });

  it('asks to reconnect on 401 and keeps the form', async () => {
    renderCreate('bearer_auth', { apiKey: 'wrong-key' });
    await fillBasics('Bearer');
    await fill('Token', 'tok');
    await save();
    expect(await screen.findByText(/did not accept your API key/)).toBeVisible();
    expect(screen.getByLabelText(field('Token'))).toHaveValue('tok');
  });

  it('offers Retry after a 5xx, keeps the values, and creates once', async () => {
    // Fault the real server can't produce on demand: a 503 before it sees the request.
    let failures = 1;
    const flaky: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && failures-- > 0)
        return new Response('unavailable', { status: 503 });
      return server.fetch(input, init);
    };
    const { onCreated } = renderCreate('basic_auth', { fetch: flaky });
    await fillBasics('Flaky');
    await fill('Username', 'u');
    await fill('Password', 'p');
    await save();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing you typed is lost');
    expect(screen.getByLabelText(field('Password'))).toHaveValue('p');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toHaveLength(1);
  });

  it('does not create twice when the answer to a save was lost', async () => {
    // Fault the real server can't produce: the request reaches it, the answer is dropped.
    let drop = 1;
    const lossy: typeof fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      if (init?.method === 'POST' && drop-- > 0) throw new TypeError('network connection lost');
      return response;
    };
    const { onCreated } = renderCreate('bearer_auth', { fetch: lossy });
    await fillBasics('Once');
    await fill('Token', 'tok-once');
    await save();
    const alert = await screen.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(await storedConnections()).toHaveLength(1);
  });
});
