// A copy of the registries with one extra creatable type, for the test that proves adding a type
// is entries in the registries only (tests/add-an-auth-type.test.tsx). Not part of the product.
// `oauth2_password` (the resource owner password grant) has a username and its password, which
// the shared field order would split, so it also gives its own fieldOrder.
import { z } from 'zod';
import type { AuthTypeTraits } from '../contract/auth-type-registry.ts';

export const EXTRA_TYPE = 'oauth2_password';

export const extraTraits = {
  creatable: true,
  updatable: false,
  secrets: ['password', 'client_secret'],
  signsJwt: false,
  // No request builder for it in server/connection-test/strategies.ts: not testable.
  test: 'read-only',
  fieldOrder: ['username', 'password', 'client_id', 'client_secret', 'token_url', 'scopes'],
} as const satisfies AuthTypeTraits;

export const extraSchemas = {
  create: {
    token_url: z.string(),
    client_id: z.string(),
    client_secret: z.string().nullable().optional(),
    username: z.string(),
    password: z.string(),
    scopes: z.array(z.string()).default([]),
  },
  response: {
    token_url: z.string(),
    client_id: z.string(),
    username: z.string(),
    scopes: z.array(z.string()).default([]),
  },
};

/** Its words, given the way a host gives words: through the messages. */
export const extraWords = {
  label: 'OAuth2 password',
  description: 'Trade a user name and password for an access token.',
};
