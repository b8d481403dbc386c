// @vitest-environment jsdom
// The host can replace any word: a pseudo-locale that wraps every message in ⟦…⟧ must show on
// the list and on the create form (a lazily loaded screen), and field labels and helper texts
// generated from the API can be replaced by name.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInProcessServer, type InProcessServer } from '../../tests/in-process-server.ts';
import { CreateConnectionPage } from '../features/auth-connections/create/create-connection-page.tsx';
import { AuthConnectionsListPage } from '../features/auth-connections/list/auth-connections-list-page.tsx';
import { renderWithApi } from '../../tests/render-with-api.tsx';
import { pseudo } from '../../tests/pseudo-locale.ts';
import { MessagesProvider, useMessages } from './messages-context.tsx';
import { defaultMessages, mergeMessages, type MessageOverrides } from './messages.ts';

const PSEUDO: MessageOverrides = {
  ...(pseudo(defaultMessages) as MessageOverrides),
  fields: {
    labels: { client_id: 'Kunden-ID' },
    descriptions: { client_id: 'Die ID Ihrer App beim Anbieter.' },
  },
};

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

function renderWithMessages(ui: React.ReactNode, messages: MessageOverrides) {
  return renderWithApi(<MessagesProvider messages={messages}>{ui}</MessagesProvider>, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
}

it('shows the host’s words on the list', async () => {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify({ auth_type: 'bearer_auth', name: 'Weather', provider: 'w', token: 't' }),
  });
  expect(res.status).toBe(200);
  renderWithMessages(<AuthConnectionsListPage />, PSEUDO);

  expect(screen.getByRole('status')).toHaveTextContent('⟦Loading auth connections…⟧');
  const table = await screen.findByRole('table', { name: '⟦Auth connections⟧' });
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('⟦Auth connections⟧');
  expect(screen.getByRole('link', { name: '⟦New connection⟧' })).toBeInTheDocument();
  expect(screen.getByRole('searchbox', { name: '⟦Search⟧' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: '⟦Status⟧' })).toBeInTheDocument();
  expect(screen.getByRole('switch', { name: '⟦Unused only⟧' })).toBeInTheDocument();
  expect(within(table).getByRole('button', { name: '⟦Used by⟧' })).toBeInTheDocument();
  const row = within(table)
    .getByRole('rowheader', { name: /Weather/ })
    .closest('tr')!;
  expect(row).toHaveTextContent('⟦Bearer token⟧');
  expect(row).toHaveTextContent('⟦Active⟧');
  expect(row).toHaveTextContent('⟦Not used⟧');
  expect(within(row).getByRole('button', { name: '⟦Delete “Weather”⟧' })).toBeInTheDocument();

  // Search matches the label the admin sees, the host's included.
  await userEvent.type(screen.getByRole('searchbox', { name: '⟦Search⟧' }), '⟦bearer');
  expect(within(table).getAllByRole('row')).toHaveLength(2);

  // No English word of the page is left (the connection's own data aside).
  expect(document.body.textContent).not.toMatch(/(^|[^⟦])(Auth connections|New connection)/);
});

it('shows the host’s words on the create form, field labels and helper texts included', async () => {
  renderWithMessages(
    <CreateConnectionPage
      authType="oauth2_client_credentials"
      onAuthTypeChange={() => {}}
      onCreated={() => {}}
      onCancel={() => {}}
    />,
    PSEUDO,
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('⟦New auth connection⟧');
  expect(screen.getByRole('radiogroup')).toBeInTheDocument();
  expect(screen.getByRole('group', { name: '⟦Auth type⟧' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: /⟦OAuth2 client credentials⟧/ })).toBeChecked();
  expect(screen.getByRole('form', { name: '⟦Connection details⟧' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: '⟦Credentials⟧' })).toBeInTheDocument();
  const clientId = screen.getByRole('textbox', { name: /^Kunden-ID/ });
  expect(clientId).toHaveAccessibleDescription('Die ID Ihrer App beim Anbieter.');
  // A label the host left alone stays generated from the API name.
  expect(screen.getByRole('textbox', { name: /^Token URL/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '⟦Create connection⟧' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '⟦Show Client secret⟧' })).toBeInTheDocument();
});

it('uses the English defaults without a provider, and merges a partial override deeply', () => {
  function Probe() {
    const m = useMessages();
    return <p>{`${m.list.title} | ${m.filters.search} | ${m.list.selected(2)}`}</p>;
  }
  renderWithApi(<Probe />, { baseUrl: '', fetch, apiKey: '' });
  expect(screen.getByText('Auth connections | Search | 2 selected')).toBeInTheDocument();

  const merged = mergeMessages({ list: { title: 'Verbindungen' } });
  expect(merged.list.title).toBe('Verbindungen');
  expect(merged.list.newConnection).toBe('New connection');
  expect(merged.edit.save).toBe('Save changes');
});

it('has no empty message', () => {
  const empty: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.trim() === '') empty.push(path);
    } else if (typeof value === 'function') {
      // Called with the first set of sample arguments it accepts (numbers, names, lists).
      const fn = value as (...a: unknown[]) => unknown;
      const samples = [['x', 'y', 'z'], [2, 'y', 'z'], [2, ['y', 'z']], [['y', 'z']]];
      let result: unknown;
      for (const args of samples) {
        try {
          result = fn(...args);
          break;
        } catch {
          // next sample
        }
      }
      if (typeof result !== 'string' || result.trim() === '') empty.push(path);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    } else {
      empty.push(path);
    }
  };
  const { fields, ...rest } = defaultMessages;
  walk(rest, 'messages');
  // The field overrides are empty by default: generated labels and spec descriptions apply.
  expect(fields).toEqual({ labels: {}, descriptions: {} });
  expect(empty).toEqual([]);
  expect(Object.keys(defaultMessages).length).toBeGreaterThan(15);
});

test('a number range writes its numbers in English, thousands grouped with commas', () => {
  const w = defaultMessages.widgets;
  expect(w.between(60, 86400)).toBe('Between 60 and 86,400.');
  expect(w.atLeast(1234567)).toBe('At least 1,234,567.');
  expect(w.atMost(999)).toBe('At most 999.');
  expect(w.atLeast(-2500)).toBe('At least -2,500.');
});
