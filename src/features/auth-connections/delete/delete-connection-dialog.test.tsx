// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuthConnection } from '../../../../contract/index.ts';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { listAuthConnections } from '../../../api/endpoints.ts';
import { AuthConnectionsListPage } from '../list/auth-connections-list-page.tsx';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { createConnection, listNames } from '../list/test-seed.ts';
import { DeleteConnectionDialog } from './delete-connection-dialog.tsx';

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

async function renderDialog(name: string) {
  const onDeleted = vi.fn();
  const onClose = vi.fn();
  const probe = renderWithApi(<div />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  const connection = (await listAuthConnections(probe.client)).find(
    (c) => c.name === name,
  ) as AuthConnection;
  probe.unmount();
  const view = renderWithApi(
    <DeleteConnectionDialog connection={connection} open onClose={onClose} onDeleted={onDeleted} />,
    { baseUrl: server.baseUrl, fetch: server.fetch, apiKey: server.apiKey },
  );
  return { ...view, onDeleted, onClose, connection };
}

describe('DeleteConnectionDialog', () => {
  it('deletes an unused connection after one click, without asking for its name', async () => {
    await createConnection(server, {
      auth_type: 'bearer_auth',
      name: 'Unused',
      provider: 'p',
      token: 't',
    });
    const { onDeleted } = await renderDialog('Unused');
    const dialog = screen.getByRole('dialog', { name: 'Delete “Unused”?' });
    expect(dialog).toHaveTextContent('Nothing uses this connection.');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ name: 'Unused' }));
    await waitFor(async () => expect(await listNames(server)).toEqual([]));
  });

  it('lists every kind of dependent, the invisible ones counted, and asks for the exact name', async () => {
    const c = await createConnection(server, {
      auth_type: 'bearer_auth',
      name: 'Shared token',
      provider: 'p',
      token: 't',
    });
    const attach = (
      kind: 'tool' | 'mcp_server' | 'integration_connection',
      name: string,
      extra = {},
    ) => server.attachDependent(server.apiKey, { auth_connection_id: c.id, kind, name, ...extra });
    await attach('tool', 'Look up order', { access_level: 'editor' });
    await attach('mcp_server', 'CRM server', { access_level: 'admin' });
    await attach('integration_connection', 'Sync job');
    await attach('tool', 'Private tool', { hidden: true });
    await attach('mcp_server', 'Private server', { hidden: true });
    const { onDeleted } = await renderDialog('Shared token');

    const dialog = screen.getByRole('dialog', { name: 'Delete “Shared token”?' });
    expect(dialog).toHaveTextContent('5 things use this connection.');
    const region = within(dialog).getByRole('region', { name: 'What depends on it' });
    const heading = (name: string) => within(region).getByRole('heading', { name });
    const items = (name: string) =>
      within(heading(name).parentElement!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items('Tools (1)')).toEqual(['Look up orderEditor access']);
    expect(items('MCP servers (1)')).toEqual(['CRM serverAdmin access']);
    expect(items('Integrations (1)')).toEqual(['Sync job']);
    expect(items('Not visible to you')[0]).toMatch(/^2 you can't see/);
    expect(dialog).not.toHaveTextContent('Private tool');

    const del = within(dialog).getByRole('button', { name: 'Delete' });
    const confirm = within(dialog).getByRole('textbox', { name: 'Type “Shared token” to confirm' });
    expect(del).toBeDisabled();
    await userEvent.type(confirm, 'shared token');
    expect(del).toBeDisabled(); // case matters
    await userEvent.clear(confirm);
    await userEvent.type(confirm, 'Shared token');
    expect(del).toBeEnabled();
    await userEvent.click(del);
    expect(onDeleted).toHaveBeenCalledOnce();
    await waitFor(async () => expect(await listNames(server)).toEqual([]));
  });

  it('asks for the name when the only dependents are ones the admin cannot see', async () => {
    const c = await createConnection(server, {
      auth_type: 'bearer_auth',
      name: 'Quiet',
      provider: 'p',
      token: 't',
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: c.id,
      kind: 'tool',
      name: 'x',
      hidden: true,
    });
    await renderDialog('Quiet');
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Type “Quiet” to confirm' })).toBeInTheDocument();
  });
});

describe('deleting from the list', () => {
  it('removes the row at once, and puts it back with an error when the server refuses', async () => {
    await createConnection(server, {
      auth_type: 'bearer_auth',
      name: 'Alpha',
      provider: 'p',
      token: 't',
    });
    await createConnection(server, {
      auth_type: 'bearer_auth',
      name: 'Beta',
      provider: 'p',
      token: 't',
    });
    // Mock (a fault the real server cannot produce on demand): DELETE fails with a 500, after
    // the test lets it go, so the optimistic state can be seen first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const failingDelete: typeof fetch = async (input, init) => {
      if (init?.method === 'DELETE') {
        await held;
        return new Response(
          JSON.stringify({ detail: { status: 'internal_error', message: 'Database is locked.' } }),
          {
            status: 500,
            headers: { 'content-type': 'application/json' },
          },
        );
      }
      return server.fetch(input, init);
    };
    renderWithApi(<AuthConnectionsListPage />, {
      baseUrl: server.baseUrl,
      fetch: failingDelete,
      apiKey: server.apiKey,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Alpha”' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The row goes while the DELETE is still held; the list shows new data as a transition, so
    // on a loaded machine that can be a moment after the dialog has closed.
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Alpha' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Beta' })).toBeInTheDocument();
    release();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“Alpha” was not deleted');
    expect(alert).toHaveTextContent('It is back in the list.');
    // The list re-renders as a transition (in slices), so the row may return just after the alert.
    const rows = () =>
      within(screen.getByRole('table'))
        .getAllByRole('link')
        .map((a) => a.textContent);
    await waitFor(() => expect(rows()).toEqual(['Alpha', 'Beta']));
    expect(await listNames(server)).toEqual(['Alpha', 'Beta']);
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
