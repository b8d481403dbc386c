// @vitest-environment jsdom
// A pseudo-locale wraps every message in ⟦…⟧; rendered with it, a screen must show no text
// outside the marks, errors included: then a host can translate every word (issue 13). What is
// not a word is allowed by name below (the admin's own data, enum values, MUI's "*").
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import { CREATE_AUTH_TYPES, createRequestShapes } from '../../contract/index.ts';
import { createInProcessServer, type InProcessServer } from '../../tests/in-process-server.ts';
import { pemMaterial } from '../../tests/pem-material.ts';
import { pseudo } from '../../tests/pseudo-locale.ts';
import { renderWithApi } from '../../tests/render-with-api.tsx';
import { CreateConnectionPage } from '../features/auth-connections/create/create-connection-page.tsx';
import { fieldLabel } from '../features/auth-connections/field-labels.ts';
import { ConnectionDetailPage } from '../features/auth-connections/detail/connection-detail-page.tsx';
import { EditConnectionPage } from '../features/auth-connections/edit/edit-connection-page.tsx';
import { AuthConnectionsListPage } from '../features/auth-connections/list/auth-connections-list-page.tsx';
import { ReplaceConnectionPage } from '../features/auth-connections/replace/replace-connection-page.tsx';
import { MessagesProvider } from './messages-context.tsx';
import { defaultMessages, type MessageOverrides } from './messages.ts';

if (!globalThis.crypto?.subtle) Object.assign(globalThis, { crypto: webcrypto });

// Labels are generated from API names unless a host names them: the pseudo-locale names all.
const FIELD_NAMES = [
  'name',
  'provider',
  ...new Set(Object.values(createRequestShapes).flatMap((shape) => Object.keys(shape))),
];
const PSEUDO = {
  ...(pseudo(defaultMessages) as MessageOverrides),
  fields: {
    labels: Object.fromEntries(FIELD_NAMES.map((f) => [f, `⟦${fieldLabel(f)}⟧`])),
    descriptions: {},
  },
} as MessageOverrides;

/** Not words: the algorithms and token fields offered as values, the required mark. */
const NOT_WORDS = /^(HS|RS)\d{3}$|^(access_token|id_token)$|^\*$/;

/** Text on screen outside ⟦…⟧ (whitespace and punctuation alone do not count). */
function unmarkedText(root: HTMLElement, data: readonly string[]): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // Marks can span elements (a label and its asterisk), so the text is read per element.
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Code shown as code (the JWT preview's JSON) is not words.
    if (!parent || parent.closest('script, style, pre, code, [aria-hidden="true"]')) continue;
    texts.push(node.textContent ?? '');
  }
  let rest = texts.join('\n');
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const value of data) rest = rest.split(value).join(' ');
  for (const piece of rest.split(/[\s·,.:;()/|–—-]+/)) {
    if (/\p{L}/u.test(piece) && !NOT_WORDS.test(piece)) found.push(piece);
  }
  return found;
}

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

function renderPseudo(ui: React.ReactNode, fetch: typeof globalThis.fetch = server.fetch) {
  return renderWithApi(<MessagesProvider messages={PSEUDO}>{ui}</MessagesProvider>, {
    baseUrl: server.baseUrl,
    fetch,
    apiKey: server.apiKey,
  });
}

describe('the pseudo-locale leaves no word unmarked', () => {
  it.each(CREATE_AUTH_TYPES)(
    'the %s form, empty and with every required field missing',
    async (type) => {
      const { container, unmount } = renderPseudo(
        <CreateConnectionPage
          authType={type}
          onAuthTypeChange={() => {}}
          onCreated={() => {}}
          onCancel={() => {}}
        />,
      );
      const create = await screen.findByRole('button', { name: /Create connection/ });
      expect(unmarkedText(container, [])).toEqual([]);
      await userEvent.click(create);
      await waitFor(() => expect(container.querySelector('[aria-invalid="true"]')).not.toBeNull());
      expect(unmarkedText(container, [])).toEqual([]);
      unmount();
    },
  );

  it('the shared checks: a blocked token URL, a value no header can carry', async () => {
    const { container } = renderPseudo(
      <CreateConnectionPage
        authType="oauth2_client_credentials"
        onAuthTypeChange={() => {}}
        onCreated={() => {}}
        onCancel={() => {}}
      />,
    );
    const typed = ['http://10.0.0.1/token', 'client ïd', 'secret'];
    await userEvent.type(
      await screen.findByLabelText(/Token URL/, { selector: 'input' }),
      typed[0]!,
    );
    await userEvent.type(screen.getByLabelText(/Client ID/, { selector: 'input' }), typed[1]!);
    await userEvent.type(screen.getByLabelText(/Client secret/, { selector: 'input' }), typed[2]!);
    await userEvent.click(screen.getByRole('button', { name: /Create connection/ }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Client ID/, { selector: 'input' })).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
    // The refused host is the admin's own text, quoted back.
    expect(unmarkedText(container, [...typed, '10.0.0.1', 'ï'])).toEqual([]);
  });

  it('the PEM inspector: a key pasted as the certificate, and a key described', async () => {
    const pem = pemMaterial();
    const { container } = renderPseudo(
      <CreateConnectionPage
        authType="mtls"
        onAuthTypeChange={() => {}}
        onCreated={() => {}}
        onCancel={() => {}}
      />,
    );
    const field = async (label: RegExp) =>
      screen.findByLabelText(label, { selector: 'textarea:not([aria-hidden])' });
    fireEvent.change(await field(/Client certificate/), { target: { value: pem.rsaKey } });
    fireEvent.change(await field(/Client key/), { target: { value: pem.rsaKey } });
    await screen.findByText(`⟦${defaultMessages.widgets.pem.inspect.keyNotCertificate}⟧`);
    await screen.findByText(/RSA 2048-bit/);
    expect(unmarkedText(container, [])).toEqual([]);
  });

  it('the list, its delete dialog, and a failed load whose answer had no words of its own', async () => {
    await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
      body: JSON.stringify({
        auth_type: 'bearer_auth',
        name: 'Weather',
        provider: 'wx',
        token: 't',
      }),
    });
    const first = renderPseudo(<AuthConnectionsListPage />);
    await screen.findByRole('link', { name: 'Weather' });
    expect(unmarkedText(first.container, ['Weather', 'wx'])).toEqual([]);
    // Its delete dialog (rendered in a portal, so read from the document).
    await userEvent.click(screen.getByRole('button', { name: /Weather/ }));
    await screen.findByRole('dialog');
    expect(unmarkedText(document.body, ['Weather', 'wx'])).toEqual([]);
    first.unmount();

    // A fault the real server cannot produce on demand: a 502 with an empty body.
    const failing: typeof fetch = async () => new Response('', { status: 502 });
    const second = renderPseudo(<AuthConnectionsListPage />, failing);
    await screen.findByRole('button', { name: /Retry/ });
    expect(unmarkedText(second.container, [])).toEqual([]);
  });

  it('the detail, edit and replace pages of a stored connection', async () => {
    const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
      body: JSON.stringify({
        auth_type: 'oauth2_client_credentials',
        name: 'Billing',
        provider: 'acme',
        client_id: 'client-1',
        client_secret: 's',
        token_url: 'https://login.example.com/token',
        scopes: ['read'],
      }),
    });
    const { id } = (await res.json()) as { id: string };
    // The admin's own data, shown back as it was stored.
    const data = ['Billing', 'acme', 'client-1', 'https://login.example.com/token', 'read', id];
    const hrefs = { listHref: '/', detailHref: `/c/${id}`, replaceHref: `/c/${id}/replace` };

    const detail = renderPseudo(
      <ConnectionDetailPage
        id={id}
        listHref="/"
        editHref={`/c/${id}/edit`}
        replaceHref={hrefs.replaceHref}
        onDeleted={() => {}}
      />,
    );
    await screen.findByRole('heading', { level: 1, name: /Billing/ });
    expect(unmarkedText(detail.container, data)).toEqual([]);
    detail.unmount();

    const edit = renderPseudo(
      <EditConnectionPage id={id} {...hrefs} onSaved={() => {}} onCancel={() => {}} />,
    );
    await screen.findByDisplayValue('client-1');
    expect(unmarkedText(edit.container, data)).toEqual([]);
    edit.unmount();

    const replace = renderPseudo(
      <ReplaceConnectionPage
        id={id}
        listHref="/"
        detailHref={hrefs.detailHref}
        connectionHref={(next) => `/c/${next}`}
        onDeletedOld={() => {}}
        onCancel={() => {}}
      />,
    );
    await screen.findAllByDisplayValue('Billing');
    expect(unmarkedText(replace.container, data)).toEqual([]);
  });
});
