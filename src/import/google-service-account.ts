// Google's service-account key file becomes an OAuth2 JWT bearer connection (RFC 7523), filled
// as Google documents it: iss and sub are the service account's email (sub may later name a user
// for domain-wide delegation), aud is the token URI, signed RS256 with the key and its key id.
// Scopes depend on the API the admin calls, so they are left for the admin.
import { repairPem, hasPemBlock } from '../components/pem-repair.ts';
import { keyFacts } from './keys.ts';
import { problem, recognised, type ImportResult } from './types.ts';

const REQUIRED = ['client_email', 'private_key', 'private_key_id', 'token_uri'] as const;

/** Whether parsed JSON claims to be a Google credential file (then this parser owns it). */
export function looksLikeGoogleCredential(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    record.type === 'service_account' ||
    record.type === 'authorized_user' ||
    record.type === 'external_account' ||
    typeof record.client_email === 'string' ||
    typeof record.private_key_id === 'string'
  );
}

export async function parseGoogleServiceAccount(
  json: Record<string, unknown>,
): Promise<ImportResult> {
  if (typeof json.type === 'string' && json.type !== 'service_account') {
    return problem({ code: 'google-not-service-account', type: json.type });
  }
  for (const field of REQUIRED) {
    const value = json[field];
    if (typeof value !== 'string' || value.trim() === '') {
      return problem({ code: 'google-missing-field', field });
    }
  }
  const email = String(json.client_email).trim();
  const keyId = String(json.private_key_id).trim();
  const tokenUri = String(json.token_uri).trim();
  const rawKey = String(json.private_key);
  if (!hasPemBlock(rawKey)) return problem({ code: 'google-bad-key' });
  const key = repairPem(rawKey);
  const facts = await keyFacts(key);
  if (!facts || facts.type !== 'RSA') return problem({ code: 'google-bad-key' });

  return recognised({
    authType: 'oauth2_jwt',
    fields: {
      provider: 'google',
      ...(typeof json.project_id === 'string' && json.project_id !== ''
        ? { name: json.project_id }
        : {}),
      issuer: email,
      subject: email,
      audience: tokenUri,
      token_url: tokenUri,
      key_id: keyId,
      algorithm: 'RS256',
      secret_key: key,
      scopes: [],
    },
    recognised: { format: 'google-service-account', email, keyId },
    notes: [{ code: 'scopes-for-admin' }, { code: 'google-subject' }],
  });
}
