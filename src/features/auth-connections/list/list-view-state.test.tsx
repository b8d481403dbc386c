// @vitest-environment jsdom
// Search, filters, sort, pagination and selection of the list page, with its state held in a
// query string the way a host router would hold it, against the real server in-process.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { AuthConnectionsListPage } from './auth-connections-list-page.tsx';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import {
  CREATABLE,
  READ_ONLY,
  createConnection,
  listNames,
  withReadOnlyTypes,
} from './test-seed.ts';
import { isCreateAuthType, RESPONSE_AUTH_TYPES } from '../../../../contract/index.ts';
import { coreMessages } from '../../../i18n/core-messages.ts';

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

/** A stand-in for the host's router: the query string and every change pushed to it. */
function renderWithUrl(initial = '', fetchImpl?: typeof fetch) {
  const history: { search: string; replace: boolean }[] = [];
  function Host() {
    const [search, setSearch] = useState(() => new URLSearchParams(initial));
    return (
      <AuthConnectionsListPage
        search={search}
        onSearchChange={(next, options) => {
          history.push({ search: next.toString(), replace: !!options?.replace });
          setSearch(next);
        }}
      />
    );
  }
  const result = renderWithApi(<Host />, {
    baseUrl: server.baseUrl,
    fetch: fetchImpl ?? server.fetch,
    apiKey: server.apiKey,
  });
  return { ...result, history, lastSearch: () => history.at(-1)?.search };
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Auth connections' }))
    .getAllByRole('row')
    .slice(1);
const rowNames = () =>
  bodyRows().map((r) => within(r).getByRole('rowheader').querySelector('a')!.textContent);
const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr')!;

async function seedAllTypes() {
  for (const body of Object.values(CREATABLE)) await createConnection(server, body);
}

describe('the list page', () => {
  it('shows every type, with labels, read-only marks, statuses and details, and links to each', async () => {
    await seedAllTypes();
    renderWithUrl('', withReadOnlyTypes(server));
    await screen.findByRole('table', { name: 'Auth connections' });
    expect(bodyRows()).toHaveLength(RESPONSE_AUTH_TYPES.length);

    const seeded = { ...CREATABLE, ...READ_ONLY };
    for (const authType of RESPONSE_AUTH_TYPES) {
      const row = rowOf(seeded[authType].name);
      expect(row).toHaveTextContent(coreMessages.authTypes[authType].label);
      const mark = within(row).queryByText('Read-only');
      if (isCreateAuthType(authType)) expect(mark).not.toBeInTheDocument();
      else expect(mark).toBeInTheDocument();
    }

    const link = within(rowOf('Weather API')).getByRole('link', { name: 'Weather API' });
    expect(link.getAttribute('href')).toMatch(/^\/connections\/ac_[0-9a-f]{24}$/);

    expect(rowOf('Slack bot')).toHaveTextContent('Credential invalid');
    expect(rowOf('Integration custom app')).toHaveTextContent('Revoked');
    // The status detail is the chip's description (a tooltip on hover and focus).
    const refresh = within(rowOf('Refresh token'))
      .getByText('Refresh failed')
      .closest('[tabindex="0"]')!;
    expect(refresh).toHaveAccessibleDescription('invalid_grant: token expired');
    await userEvent.hover(refresh);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('invalid_grant: token expired');
  });

  it('searches, filters and sorts through the query string', async () => {
    await seedAllTypes();
    const weather = (await listNamesWithIds()).find((c) => c.name === 'Weather API')!;
    await server.attachDependent(server.apiKey, {
      auth_connection_id: weather.id,
      kind: 'tool',
      name: 'Forecast',
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: weather.id,
      kind: 'tool',
      name: 'Secret',
      hidden: true,
    });
    const { history, lastSearch } = renderWithUrl('created=ac_keep', withReadOnlyTypes(server));
    await screen.findByRole('table', { name: 'Auth connections' });
    expect(rowNames().slice(0, 3)).toEqual(['Acme billing', 'Bank mTLS', 'Google JWT']);

    // Search matches the type label too; each change lands in the URL, other keys are kept.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'jwt');
    expect(rowNames()).toEqual(['Google JWT', 'Private JWT']);
    expect(lastSearch()).toBe('created=ac_keep&q=jwt');
    // The first keystroke adds a history entry, the next ones replace it.
    expect(history.map((h) => h.replace)).toEqual([false, true, true]);

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Revoked');
    expect(rowNames()).toEqual(['Integration custom app']);
    expect(lastSearch()).toBe('created=ac_keep&status=revoked');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Bearer token');
    expect(rowNames()).toEqual(['Weather API']);
    await userEvent.click(screen.getByRole('switch', { name: 'Unused only' }));
    expect(lastSearch()).toBe('created=ac_keep&type=bearer_auth&unused=1');

    // No matches is its own state, with a way back.
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No connections match' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(bodyRows()).toHaveLength(13);
    expect(lastSearch()).toBe('created=ac_keep');

    // Sorting: click a header for ascending, again for descending; aria-sort follows.
    await userEvent.click(screen.getByRole('button', { name: 'Used by' }));
    expect(lastSearch()).toBe('created=ac_keep&sort=used_by');
    await userEvent.click(screen.getByRole('button', { name: /^Used by/ }));
    expect(lastSearch()).toBe('created=ac_keep&sort=used_by&dir=desc');
    expect(screen.getByRole('columnheader', { name: /^Used by/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowNames()[0]).toBe('Weather API');
    expect(within(rowOf('Weather API')).getByTitle("1 tool, 1 you can't see")).toHaveTextContent(
      '2',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Provider' }));
    expect(rowNames().slice(0, 2)).toEqual(['Acme billing', 'Private JWT']); // acme, acme
  });

  it('restores its view from a shared URL', async () => {
    await seedAllTypes();
    renderWithUrl('q=a&sort=name&dir=desc&unused=1', withReadOnlyTypes(server));
    await screen.findByRole('table', { name: 'Auth connections' });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('a');
    expect(screen.getByRole('switch', { name: 'Unused only' })).toBeChecked();
    expect(rowNames()[0]).toBe('WhatsApp line');
  });

  it('pages at 25, 50 or 100 rows, with the page in the URL', async () => {
    for (let i = 1; i <= 60; i++) {
      await createConnection(server, {
        auth_type: 'bearer_auth',
        name: `Conn ${i}`,
        provider: 'p',
        token: 't',
      });
    }
    const { lastSearch } = renderWithUrl();
    await screen.findByRole('table', { name: 'Auth connections' });
    expect(bodyRows()).toHaveLength(25);
    expect(rowNames()[0]).toBe('Conn 1');
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(lastSearch()).toBe('page=2');
    expect(rowNames()[0]).toBe('Conn 26');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Rows per page/ }), '50');
    expect(lastSearch()).toBe('per_page=50');
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText('1–50 of 60')).toBeInTheDocument();
  });

  it('bulk-deletes selected unused connections after one confirmation naming them all', async () => {
    const used = await createConnection(server, {
      auth_type: 'bearer_auth',
      name: 'Used one',
      provider: 'p',
      token: 't',
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: used.id,
      kind: 'mcp_server',
      name: 'Hidden',
      hidden: true,
    });
    for (const name of ['Old A', 'Old B', 'Keep me']) {
      await createConnection(server, { auth_type: 'bearer_auth', name, provider: 'p', token: 't' });
    }
    renderWithUrl();
    await screen.findByRole('table', { name: 'Auth connections' });

    // A connection in use can't be bulk-selected, and says why.
    expect(
      screen.getByRole('checkbox', { name: 'Select “Used one” (in use: delete it on its own)' }),
    ).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select “Old A”' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select “Old B”' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 connections?' });
    const listed = within(
      within(dialog).getByRole('list', { name: 'Connections to delete' }),
    ).getAllByRole('listitem');
    expect(listed.map((li) => li.textContent)).toEqual(['Old ABearer token', 'Old BBearer token']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 2 connections' }));

    await waitFor(() => expect(rowNames()).toEqual(['Keep me', 'Used one']));
    await waitFor(async () => expect(await listNames(server)).toEqual(['Keep me', 'Used one']));
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument();

    // The header box selects the unused rows of the page only.
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all unused connections on this page' }),
    );
    expect(screen.getByText('1 selected')).toBeInTheDocument();
  });
});

async function listNamesWithIds(): Promise<{ id: string; name: string }[]> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    headers: { 'xi-api-key': server.apiKey },
  });
  return ((await res.json()) as { auth_connections: { id: string; name: string }[] })
    .auth_connections;
}
