// @vitest-environment jsdom
// Two admins, one connection, against the real server in-process: the connection changes through
// the API after the edit form opened, so the save's If-Match is stale and the server answers a
// real 412. The notice names their changes; reloading keeps everything typed; saving again works.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authConnectionEtag } from '../../../../contract/etag.ts';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { EditConnectionPage } from './edit-connection-page.tsx';

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => {
  vi.useRealTimers();
  server.close();
});

const PATH = '/v1/workspace/auth-connections';
const headers = () => ({ 'content-type': 'application/json', 'xi-api-key': server.apiKey });

async function api(method: string, path: string, body?: unknown) {
  const res = await server.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: headers(),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

async function listItem(id: string) {
  const { auth_connections } = (await api('GET', PATH)) as {
    auth_connections: Record<string, unknown>[];
  };
  return auth_connections.find((c) => c.id === id)!;
}

const field = (label: string) =>
  screen.getByLabelText(new RegExp(`^${label}\\s*\\*?$`), { selector: 'input, textarea' });

async function retype(label: string, value: string) {
  await userEvent.clear(field(label));
  await userEvent.type(field(label), value);
}

describe('EditConnectionForm conflicts', () => {
  it('shows a real 412 as a notice, reloads their version under the typed values, then saves', async () => {
    const { id } = (await api('POST', PATH, {
      auth_type: 'oauth2_client_credentials',
      name: 'Billing',
      provider: 'acme',
      client_id: 'client-1',
      client_secret: 'canary-secret-loaded-5b1e',
      token_url: 'https://login.example.com/oauth2/token',
      scopes: ['read'],
    })) as { id: string };
    const loadedTag = authConnectionEtag(await listItem(id));

    const ifMatches: (string | null)[] = [];
    const onSaved = vi.fn();
    renderWithApi(
      <EditConnectionPage
        id={id}
        listHref="/"
        detailHref={`/connections/${id}`}
        replaceHref={`/connections/${id}/replace`}
        onSaved={onSaved}
        onCancel={() => {}}
      />,
      {
        baseUrl: server.baseUrl,
        apiKey: server.apiKey,
        fetch: (input, init) => {
          if (init?.method === 'PATCH') ifMatches.push(new Headers(init.headers).get('If-Match'));
          return server.fetch(input, init);
        },
      },
    );
    await waitFor(() => expect(field('Client ID')).toHaveValue('client-1'));

    // This admin edits the client ID and types a new secret...
    await retype('Client ID', 'client-mine');
    await userEvent.type(field('Client secret'), 'canary-secret-typed-77a0');
    // ...while someone else changes the provider and the client ID through the API.
    await api('PATCH', `${PATH}/${id}`, {
      auth_type: 'oauth2_client_credentials',
      provider: 'acme-theirs',
      client_id: 'client-theirs',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const notice = await screen.findByRole('alert', {
      name: 'Someone else changed this connection',
    });
    expect(ifMatches).toEqual([loadedTag]);
    const changes = await within(notice).findByRole('list', { name: 'What they changed' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Provider: acme → acme-theirs',
      'Client ID: client-1 → client-theirs (you changed it too: your value will be kept)',
    ]);
    expect(notice).toHaveFocus();
    expect(screen.queryByRole('button', { name: /overwrite/i })).toBeNull();
    // Nothing was written by the refused save.
    expect(await listItem(id)).toMatchObject({
      provider: 'acme-theirs',
      client_id: 'client-theirs',
    });
    // Nothing typed is lost while the notice shows.
    expect(field('Client ID')).toHaveValue('client-mine');
    expect(field('Client secret')).toHaveValue('canary-secret-typed-77a0');
    expect(field('Provider')).toHaveValue('acme');

    await userEvent.click(within(notice).getByRole('button', { name: 'Reload their version' }));
    await screen.findByText(/Their version is loaded, with your changes on top/);
    const rebased = screen
      .getAllByRole('status')
      .find((el) => el.textContent?.startsWith('Their version is loaded'));
    expect(rebased).toHaveFocus();
    expect(
      screen.queryByRole('alert', { name: 'Someone else changed this connection' }),
    ).toBeNull();
    expect(field('Provider')).toHaveValue('acme-theirs');
    expect(field('Client ID')).toHaveValue('client-mine');
    expect(field('Client secret')).toHaveValue('canary-secret-typed-77a0');

    const theirTag = authConnectionEtag(await listItem(id));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(ifMatches).toEqual([loadedTag, theirTag]);
    // Only the admin's own change went out, on top of theirs.
    expect(await listItem(id)).toMatchObject({
      provider: 'acme-theirs',
      client_id: 'client-mine',
      scopes: ['read'],
    });
  });

  it('says so when the connection was deleted meanwhile, keeping what was typed', async () => {
    const { id } = (await api('POST', PATH, {
      auth_type: 'bearer_auth',
      name: 'Weather',
      provider: 'weather',
      token: 'canary-token-a81f',
    })) as { id: string };
    renderWithApi(
      <EditConnectionPage
        id={id}
        listHref="/"
        detailHref={`/connections/${id}`}
        replaceHref={`/connections/${id}/replace`}
        onSaved={() => {}}
        onCancel={() => {}}
      />,
      {
        baseUrl: server.baseUrl,
        apiKey: server.apiKey,
        // The other admin deletes it right after this save got its 412, before the page asks
        // for their version: the real server answers each step.
        fetch: async (input, init) => {
          const res = await server.fetch(input, init);
          if (init?.method === 'PATCH' && res.status === 412) await api('DELETE', `${PATH}/${id}`);
          return res;
        },
      },
    );
    await waitFor(() => expect(field('Provider')).toHaveValue('weather'));
    await retype('Provider', 'weather-mine');
    await api('PATCH', `${PATH}/${id}`, { auth_type: 'bearer_auth', provider: 'weather-theirs' });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const notice = await screen.findByRole('alert', { name: 'This connection was deleted' });
    expect(notice).toHaveTextContent(/nothing was saved/);
    expect(screen.queryByRole('button', { name: 'Reload their version' })).toBeNull();
    expect(field('Provider')).toHaveValue('weather-mine');
  });

  it('shows a 429 with the wait, keeps the values, and Retry saves once the wait is over', async () => {
    server.close();
    let now = 1_700_000_000_000;
    // 2 requests a minute: the create below and the page's list read use them up.
    server = createInProcessServer({ rateLimitPerMinute: 2, now: () => now });
    const { id } = (await api('POST', PATH, {
      auth_type: 'bearer_auth',
      name: 'Weather',
      provider: 'weather',
      token: 'canary-token-5d2c',
    })) as { id: string };
    renderWithApi(
      <EditConnectionPage
        id={id}
        listHref="/"
        detailHref={`/connections/${id}`}
        replaceHref={`/connections/${id}/replace`}
        onSaved={() => {}}
        onCancel={() => {}}
      />,
      { baseUrl: server.baseUrl, apiKey: server.apiKey, fetch: server.fetch },
    );
    await waitFor(() => expect(field('Provider')).toHaveValue('weather'));
    await retype('Provider', 'weather-mine');
    await userEvent.type(field('Token'), 'canary-token-typed-9e41');
    // The page's clock: Retry counts the wait down by it (timers for React and the test stay real).
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Too many requests — try again in 30 s. Nothing you typed is lost.',
    );
    expect(field('Provider')).toHaveValue('weather-mine');
    expect(field('Token')).toHaveValue('canary-token-typed-9e41');
    expect(within(alert).getByRole('button', { name: 'Retry in 30 s' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(12_000));
    expect(within(alert).getByRole('button', { name: 'Retry in 18 s' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(18_000));
    vi.useRealTimers();

    now += 30_000;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    now += 30_000; // the check below needs a token too
    expect(await listItem(id)).toMatchObject({ provider: 'weather-mine' });
  });
});
