// @vitest-environment jsdom
// The Import entry on the create page, against the real server in-process: what it fills, that
// the type it picks shows before the host's URL catches up, that the pasted secret is gone from
// the page once imported, and that Replace refuses a credential of another type.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { privateJwk } from '../../../../tests/import-samples.ts';
import { CreatePageHost } from '../../../../tests/create-page-host.tsx';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { emptyFormValues } from '../form/form-values.ts';
import { ImportPanel } from './import-panel.tsx';

if (!globalThis.crypto?.subtle) Object.assign(globalThis, { crypto: webcrypto });

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

const field = (label: string) =>
  screen.getByLabelText(new RegExp(`^${label}\\s*\\*?$`), { selector: 'input, textarea' });
/** For an optional field: the form paints those a moment after its required ones. */
const optionalField = (label: string) =>
  screen.findByLabelText(new RegExp(`^${label}\\s*\\*?$`), { selector: 'input, textarea' });

/**
 * The import's outcome. While the text is read, "Reading…" is a status too: waiting for the first
 * status raced it on a loaded machine, so this waits for the outcome's own words.
 */
async function expectOutcome(text: string) {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
}

async function paste(text: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Import from a file or text' }));
  fireEvent.change(await screen.findByLabelText('Or paste text'), { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Read text' }));
}

it('a pasted .env block picks the type, fills the form and leaves no secret in the page', async () => {
  const { container } = renderWithApi(<CreatePageHost urlLag />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  const secret = 'env-secret-value-4711';
  await paste(
    `CLIENT_ID=cid\nCLIENT_SECRET=${secret}\nTOKEN_URL=https://auth.acme.com/token\nSCOPE=a b`,
  );
  await expectOutcome('.env block: CLIENT_ID, CLIENT_SECRET, TOKEN_URL, SCOPE');
  expect(screen.getByRole('radio', { name: /^OAuth2 client credentials/ })).toBeChecked();
  expect(field('Client ID')).toHaveValue('cid');
  expect(field('Client secret')).toHaveValue(secret);
  expect(field('Token URL')).toHaveValue('https://auth.acme.com/token');
  expect(field('Provider')).toHaveValue('acme');
  expect(screen.getByLabelText('Or paste text')).toHaveValue('');
  // The type settles from the host without losing what was filled.
  await waitFor(() => expect(field('Client secret')).toHaveValue(secret));
  expect(container.innerHTML).not.toContain(secret);
});

it('a JWK keeps the JWT type the admin picked', async () => {
  renderWithApi(<CreatePageHost initial="oauth2_jwt" urlLag />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  await paste(JSON.stringify(privateJwk('RSA').jwk));
  await expectOutcome('JWK private key kid-rsa');
  expect(screen.getByRole('radio', { name: /^OAuth2 JWT bearer/ })).toBeChecked();
  expect(await optionalField('Key ID')).toHaveValue('kid-rsa');
});

it('something not recognised says what was expected, next to the text, and fills nothing', async () => {
  renderWithApi(<CreatePageHost urlLag />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  await paste('hello');
  expect(await screen.findByLabelText('Or paste text')).toHaveAccessibleDescription(
    /^This was not recognised\. Expected a Google service-account JSON/,
  );
  expect(screen.queryByRole('radio', { checked: true })).toBeNull();
});

it('Replace refuses a credential of another type', async () => {
  const onFilled = vi.fn();
  renderWithApi(
    <ImportPanel
      currentType="basic_auth"
      fixed={{ authType: 'basic_auth', base: emptyFormValues('basic_auth') }}
      onFilled={onFilled}
      onClose={() => {}}
    />,
    { baseUrl: server.baseUrl, fetch: server.fetch, apiKey: server.apiKey },
  );
  fireEvent.change(screen.getByLabelText('Or paste text'), {
    target: { value: "curl -H 'Authorization: Bearer t' https://x.example" },
  });
  await userEvent.click(screen.getByRole('button', { name: 'Read text' }));
  await waitFor(() =>
    expect(screen.getByLabelText('Or paste text')).toHaveAccessibleDescription(
      'This is a Bearer token credential, and this replacement is a Basic connection. Nothing was filled.',
    ),
  );
  expect(onFilled).not.toHaveBeenCalled();
});

it('a file over 1 MB is refused before it is read', async () => {
  renderWithApi(<CreatePageHost urlLag />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  await userEvent.click(screen.getByRole('button', { name: 'Import from a file or text' }));
  const big = new File(['x'.repeat(1_000_001)], 'huge.json', { type: 'application/json' });
  const read = vi.spyOn(big, 'arrayBuffer');
  await userEvent.upload(await screen.findByLabelText('Credential file to import'), big);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'This file is 1001 kB; files over 1 MB are refused unread.',
  );
  expect(read).not.toHaveBeenCalled();
});
