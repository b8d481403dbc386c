import { describe, expect, it } from 'vitest';
import { authConnectionEtag } from '../../../../contract/etag.ts';
import type { AuthConnection } from '../../../../contract/index.ts';
import { connectionToFormValues } from '../form/from-connection.ts';
import { ifMatchFor, rebase, theirChanges } from './conflict.ts';

const loaded = {
  id: 'ac_1',
  name: 'Billing',
  auth_type: 'oauth2_client_credentials',
  provider: 'acme',
  client_id: 'client-1',
  token_url: 'https://login.example.com/token',
  scopes: ['read'],
  extra_params: {},
  basic_auth_in_header: false,
  status: 'active',
} as unknown as AuthConnection;
const theirs = {
  ...loaded,
  provider: 'acme-2',
  scopes: ['read', 'write'],
  extra_params: { tenant: 'x' },
} as AuthConnection;
const form = connectionToFormValues(loaded, 'oauth2_client_credentials');

describe('ifMatchFor', () => {
  it('is the list item’s tag for a known type, and nothing for a generic one', () => {
    expect(ifMatchFor(loaded)).toBe(authConnectionEtag(loaded as never));
    const generic = { id: 'x', name: 'n', auth_type: 'future_auth', generic: true };
    expect(ifMatchFor(generic as unknown as AuthConnection)).toBeUndefined();
  });
});

describe('theirChanges', () => {
  it('lists the fields they changed, formatted, marking those the admin changed too', () => {
    const typed = { ...form, scopes: ['admin'], client_secret: 'typed-secret' };
    expect(theirChanges('oauth2_client_credentials', loaded, theirs, typed)).toEqual([
      { field: 'provider', label: 'Provider', loaded: 'acme', theirs: 'acme-2', alsoYours: false },
      {
        field: 'scopes',
        label: 'Scopes',
        loaded: 'read',
        theirs: 'read, write',
        alsoYours: true,
      },
      {
        field: 'extra_params',
        label: expect.any(String) as string,
        loaded: 'none',
        theirs: 'tenant=x',
        alsoYours: false,
      },
    ]);
  });

  it('is empty when only the status differs', () => {
    const statusOnly = { ...loaded, status: 'failed' } as AuthConnection;
    expect(theirChanges('oauth2_client_credentials', loaded, statusOnly, form)).toEqual([]);
  });
});

describe('rebase', () => {
  it('takes their values except where the admin typed something, secrets included', () => {
    const typed = { ...form, client_id: 'client-mine', client_secret: 'typed-secret' };
    const { defaults, edits } = rebase('oauth2_client_credentials', loaded, theirs, typed);
    expect(defaults).toEqual(connectionToFormValues(theirs, 'oauth2_client_credentials'));
    expect(edits).toEqual({ client_id: 'client-mine', client_secret: 'typed-secret' });
  });

  it('keeps the admin’s value where both changed the same field', () => {
    const typed = { ...form, provider: 'acme-mine' };
    const { edits } = rebase('oauth2_client_credentials', loaded, theirs, typed);
    expect(edits).toEqual({ provider: 'acme-mine' });
  });
});
