import type { Messages } from '../../i18n/messages.ts';

// Visible labels are the sentence case of the API name (GUIDE §8): `client_secret` -> "Client
// secret". Acronyms keep their capitals, so `key_id` -> "Key ID" and `token_url` -> "Token URL".
const ACRONYMS: Record<string, string> = {
  id: 'ID',
  url: 'URL',
  jwt: 'JWT',
  ca: 'CA',
  mtls: 'mTLS',
  oauth2: 'OAuth2',
};

export function fieldLabel(apiName: string): string {
  return apiName
    .split('_')
    .map((word, i) => {
      const acronym = ACRONYMS[word];
      if (acronym) return acronym;
      return i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
}

/** The label a host gave this field (`fields.labels`), else the generated one. */
export function labelFor(apiName: string, messages: Pick<Messages, 'fields'>): string {
  return messages.fields.labels[apiName] ?? fieldLabel(apiName);
}
