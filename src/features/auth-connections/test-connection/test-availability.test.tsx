// @vitest-environment jsdom
// Test shows only when the API has the test endpoint: our server answers GET …/test; an API
// without it (the real upstream today, here: a fetch that answers that route 404) gets no button
// and no error; a host can also say so itself.
import { screen } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { ConnectionDetailPage } from '../detail/connection-detail-page.tsx';
import { ConnectionTestSettingProvider } from './test-setting.tsx';

let server: InProcessServer;
let id: string;
beforeEach(async () => {
  server = createInProcessServer();
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify({ auth_type: 'bearer_auth', name: 'Search', provider: 'p', token: 't' }),
  });
  id = ((await res.json()) as { id: string }).id;
});
afterEach(() => server.close());

// A fault the real server can't produce: an API without the route (the upstream), 404 for it.
const withoutTestRoute: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.endsWith('/test')) {
    return new Response(JSON.stringify({ detail: { status: 'not_found', message: 'Not Found' } }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  }
  return server.fetch(input, init);
};

function renderDetail(fetchFn: typeof globalThis.fetch, setting?: boolean) {
  return renderWithApi(
    <ConnectionTestSettingProvider value={setting}>
      <ConnectionDetailPage
        id={id}
        listHref="/"
        editHref="/edit"
        replaceHref="/replace"
        onDeleted={() => {}}
      />
    </ConnectionTestSettingProvider>,
    { baseUrl: server.baseUrl, fetch: fetchFn, apiKey: server.apiKey },
  );
}

it('shows Test connection, with the probe URL field, when the API has the endpoint', async () => {
  renderDetail(server.fetch);
  expect(await screen.findByRole('button', { name: 'Test connection' })).toBeVisible();
  expect(screen.getByRole('textbox', { name: 'Probe URL' })).toBeVisible();
  expect(screen.getByText('Not tested yet.')).toBeVisible();
});

it('hides Test when the API has no test endpoint, without an error', async () => {
  const { queryClient } = renderDetail(withoutTestRoute);
  expect(await screen.findByRole('heading', { name: 'Search' })).toBeVisible();
  // Once the page has its answer (no endpoint), there is no button and no error.
  await vi.waitFor(() =>
    expect(queryClient.getQueryState(['auth-connections', 'test-endpoint'])?.status).toBe(
      'success',
    ),
  );
  expect(queryClient.getQueryData(['auth-connections', 'test-endpoint'])).toBe(false);
  expect(screen.queryByRole('button', { name: 'Test connection' })).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('a host can hide it without the API being asked', async () => {
  const calls: string[] = [];
  const spy: typeof fetch = (input, init) => {
    calls.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
    return server.fetch(input, init);
  };
  renderDetail(spy, false);
  expect(await screen.findByRole('heading', { name: 'Search' })).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Test connection' })).toBeNull();
  expect(calls).not.toContain('/v1/workspace/auth-connections/test');
});

it('asks again once the browser is back online when the first answer never came', async () => {
  // A fault the real server can't produce on demand: the capability request finds no network.
  let offline = true;
  const flaky: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (offline && url.pathname.endsWith('/test')) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return server.fetch(input, init);
  };
  const { queryClient } = renderDetail(flaky);
  expect(await screen.findByRole('heading', { name: 'Search' })).toBeVisible();
  await vi.waitFor(() =>
    expect(queryClient.getQueryState(['auth-connections', 'test-endpoint'])?.status).toBe('error'),
  );
  expect(screen.queryByRole('button', { name: 'Test connection' })).toBeNull();

  offline = false;
  onlineManager.setOnline(false);
  onlineManager.setOnline(true);
  expect(await screen.findByRole('button', { name: 'Test connection' })).toBeVisible();
});
