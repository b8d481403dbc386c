import { emptyFormValues } from './form-values.ts';
import { locToFormPath } from './error-paths.ts';

const values = {
  ...emptyFormValues('oauth2_client_credentials'),
  custom_headers: [
    { key: 'X-A', value: '1' },
    { key: 'bad name', value: '2' },
  ],
};

describe('locToFormPath', () => {
  it.each<[(string | number)[], string | null]>([
    [['body', 'name'], 'name'],
    [['body', 'client_secret'], 'client_secret'],
    // pydantic v2 on an anyOf body names the union member in loc
    [['body', 'CreateOAuth2ClientCredsRequest', 'token_url'], 'token_url'],
    [['body', 'oauth2_client_credentials', 'client_id'], 'client_id'],
    [['body', 'function-after[validate(), CreateOAuth2ClientCredsRequest]', 'scopes', 0], 'scopes'],
    [['body', 'custom_headers', 'bad name', '[key]'], 'custom_headers.1.key'],
    [['body', 'custom_headers', 'bad name'], 'custom_headers.1.value'],
    [['body', 'custom_headers', 'gone'], 'custom_headers'],
    // fields of other types, the auth_type itself and the body as a whole have no field
    [['body', 'CreateBasicAuthRequest', 'password'], null],
    [['body', 'auth_type'], null],
    [['body'], null],
  ])('%j -> %s', (loc, expected) => {
    expect(locToFormPath(loc, values)).toBe(expected);
  });

  it('maps a realistic FastAPI 422 body', () => {
    const detail = [
      {
        loc: ['body', 'CreateOAuth2ClientCredsRequest', 'client_id'],
        msg: 'Field required',
        type: 'missing',
      },
      {
        loc: ['body', 'CreateCustomHeaderAuthRequest', 'header_name'],
        msg: 'Field required',
        type: 'missing',
      },
    ];
    expect(detail.map((d) => locToFormPath(d.loc, values))).toEqual(['client_id', null]);
  });
});
