// A `.env` block with names an admin would recognise (CLIENT_ID, CLIENT_SECRET, TOKEN_URL, ...;
// any prefix such as ACME_ or OAUTH_). The names found decide the type; names of two different
// credentials are an error that names both.
import { parseKeyValuePaste } from '../components/key-value-paste.ts';
import { placeholderNotes } from './placeholder.ts';
import { providerFromUrl } from './provider-from-url.ts';
import { problem, recognised, type ImportResult } from './types.ts';

type Slot =
  | 'client_id'
  | 'client_secret'
  | 'token_url'
  | 'scopes'
  | 'audience'
  | 'username'
  | 'password'
  | 'token'
  | 'api_key'
  | 'header_name';

// Order matters: the first pattern a name ends with wins (TOKEN_URL before TOKEN).
const NAMES: [RegExp, Slot][] = [
  [/(^|_)CLIENT_ID$/, 'client_id'],
  [/(^|_)CLIENT_SECRET$/, 'client_secret'],
  [/(^|_)(TOKEN_URL|TOKEN_URI|TOKEN_ENDPOINT|TOKEN_ENDPOINT_URL)$/, 'token_url'],
  [/(^|_)SCOPES?$/, 'scopes'],
  [/(^|_)AUDIENCE$/, 'audience'],
  [/(^|_)(HEADER_NAME|API_KEY_HEADER)$/, 'header_name'],
  [/(^|_)(USERNAME|USER|LOGIN)$/, 'username'],
  [/(^|_)PASSWORD$/, 'password'],
  [/(^|_)(API_KEY|APIKEY|X_API_KEY)$/, 'api_key'],
  [/(^|_)(BEARER_TOKEN|ACCESS_TOKEN|API_TOKEN|AUTH_TOKEN|TOKEN)$/, 'token'],
];

const GROUPS = {
  client: ['client_id', 'client_secret', 'token_url'],
  basic: ['password'],
  bearer: ['token'],
  header: ['api_key'],
} as const satisfies Record<string, readonly Slot[]>;
type Group = keyof typeof GROUPS;

/** Whether most non-blank lines are NAME=value (then `parseDotenv` owns the text). */
export function looksLikeDotenv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return (
    lines.length > 0 && lines.every((l) => /^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=/.test(l))
  );
}

export function parseDotenv(text: string): ImportResult {
  const found = new Map<Slot, { name: string; value: string }>();
  for (const { key, value } of parseKeyValuePaste(text).rows) {
    const upper = key.toUpperCase().replace(/[.-]/g, '_');
    const slot = NAMES.find(([pattern]) => pattern.test(upper))?.[1];
    if (slot && !found.has(slot) && value !== '') found.set(slot, { name: key, value });
  }
  const groups = (Object.keys(GROUPS) as Group[]).filter((g) =>
    GROUPS[g].some((slot) => found.has(slot)),
  );
  const nameOf = (g: Group) => GROUPS[g].map((s) => found.get(s)?.name).find(Boolean) ?? g;
  const [group, other] = groups;
  if (!group) return problem({ code: 'dotenv-no-credential' });
  if (other) {
    return problem({ code: 'dotenv-two-credentials', first: nameOf(group), second: nameOf(other) });
  }
  const value = (slot: Slot) => found.get(slot)?.value;
  const names = [...found.values()].map((f) => f.name);
  const missing = (slot: Slot) =>
    problem({ code: 'dotenv-incomplete', missing: slot.toUpperCase() });

  switch (group) {
    case 'client': {
      const clientId = value('client_id');
      const clientSecret = value('client_secret');
      if (!clientId) return missing('client_id');
      if (!clientSecret) return missing('client_secret');
      const tokenUrl = value('token_url');
      const scopes = value('scopes');
      const audience = value('audience');
      const provider = providerFromUrl(tokenUrl);
      return recognised({
        authType: 'oauth2_client_credentials',
        fields: {
          ...(provider ? { provider } : {}),
          client_id: clientId,
          client_secret: clientSecret,
          ...(tokenUrl ? { token_url: tokenUrl } : {}),
          scopes: scopes ? scopes.split(/[\s,]+/).filter(Boolean) : [],
          ...(audience ? { extra_params: { audience } } : {}),
        },
        recognised: { format: 'dotenv', names },
        notes: [
          ...(tokenUrl ? [] : [{ code: 'no-token-url' } as const]),
          ...placeholderNotes(clientSecret),
        ],
      });
    }
    case 'basic': {
      const username = value('username');
      if (!username) return missing('username');
      return recognised({
        authType: 'basic_auth',
        fields: { username, password: value('password') ?? '' },
        recognised: { format: 'dotenv', names },
        notes: placeholderNotes(value('password') ?? ''),
      });
    }
    case 'bearer':
      return recognised({
        authType: 'bearer_auth',
        fields: { token: value('token') ?? '' },
        recognised: { format: 'dotenv', names },
        notes: placeholderNotes(value('token') ?? ''),
      });
    case 'header': {
      const headerName = value('header_name');
      return recognised({
        authType: 'custom_header_auth',
        fields: {
          token: value('api_key') ?? '',
          ...(headerName ? { header_name: headerName } : {}),
        },
        recognised: { format: 'dotenv', names },
        notes: [],
      });
    }
  }
}
