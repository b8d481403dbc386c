import { importText } from './import-credential.ts';

async function imported(text: string) {
  const result = await importText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.imported;
}

describe('curl commands', () => {
  it('a Bearer header is a bearer connection', async () => {
    const result = await imported(
      `curl https://api.acme.com/v1/things \\\n  -H 'Authorization: Bearer sk_live_123' \\\n  -H "Content-Type: application/json"`,
    );
    expect(result).toEqual({
      authType: 'bearer_auth',
      fields: { provider: 'acme', token: 'sk_live_123' },
      recognised: {
        format: 'curl',
        credential: 'bearer',
        detail: 'https://api.acme.com/v1/things',
      },
      notes: [],
    });
  });

  it('-u and a Basic header are basic connections', async () => {
    expect((await imported(`curl -u 'ada:pa ss' https://api.acme.com/x`)).fields).toEqual({
      provider: 'acme',
      username: 'ada',
      password: 'pa ss',
    });
    const basic = btoa('ada:s3cr:et');
    expect((await imported(`curl -H "authorization: Basic ${basic}" api.acme.com`)).fields).toEqual(
      {
        provider: 'acme',
        username: 'ada',
        password: 's3cr:et',
      },
    );
  });

  it('another secret-looking header is a custom header connection', async () => {
    const result = await imported(`curl --header 'x-api-key: k_123' --url https://api.acme.com/x`);
    expect(result.authType).toBe('custom_header_auth');
    expect(result.fields).toEqual({ provider: 'acme', header_name: 'x-api-key', token: 'k_123' });
  });

  it("reads Chrome's Copy as cURL ($'...' quoting, -H attached)", async () => {
    const result = await imported(
      `curl 'https://api.acme.com/x' -H 'accept: */*' -H $'x-auth-token: a\\'b' --compressed`,
    );
    expect(result.fields).toMatchObject({ header_name: 'x-auth-token', token: "a'b" });
  });

  it('a client-credentials token request, client in the body', async () => {
    const result = await imported(
      `curl -X POST https://auth.acme.com/oauth/token -H 'Content-Type: application/x-www-form-urlencoded' ` +
        `-d grant_type=client_credentials -d client_id=cid -d client_secret=c%2Fsecret ` +
        `-d 'scope=read:things write:things' -d audience=https://api.acme.com`,
    );
    expect(result).toEqual({
      authType: 'oauth2_client_credentials',
      fields: {
        provider: 'acme',
        token_url: 'https://auth.acme.com/oauth/token',
        client_id: 'cid',
        client_secret: 'c/secret',
        scopes: ['read:things', 'write:things'],
        basic_auth_in_header: false,
        extra_params: { audience: 'https://api.acme.com' },
        custom_headers: {},
      },
      recognised: {
        format: 'curl',
        credential: 'client-credentials',
        detail: 'https://auth.acme.com/oauth/token',
      },
      notes: [],
    });
  });

  it('a client-credentials token request, client in Basic, JSON body', async () => {
    const result = await imported(
      `curl https://auth.acme.com/token -u cid:csecret --data '{"grant_type":"client_credentials","scope":"a b"}'`,
    );
    expect(result.fields).toMatchObject({
      client_id: 'cid',
      client_secret: 'csecret',
      basic_auth_in_header: true,
      scopes: ['a', 'b'],
    });
  });

  it('says which part is wrong: two credentials, none, an open quote, a half token request', async () => {
    expect(await importText(`curl -u a:b -H 'Authorization: Bearer t' https://x.example`)).toEqual({
      ok: false,
      problem: { code: 'curl-two-credentials', first: '-u', second: 'Authorization: Bearer' },
    });
    expect(await importText(`curl https://x.example -H 'Accept: text/html'`)).toEqual({
      ok: false,
      problem: { code: 'curl-no-credential' },
    });
    expect(await importText(`curl -H 'Authorization: Bearer t https://x.example`)).toEqual({
      ok: false,
      problem: { code: 'curl-unclosed-quote' },
    });
    expect(
      await importText(
        `curl https://x.example/token -d grant_type=client_credentials -d client_id=a`,
      ),
    ).toEqual({
      ok: false,
      problem: { code: 'curl-token-request-incomplete', missing: 'client_secret' },
    });
  });

  it('a placeholder where the secret goes gets a note, not a silent save', async () => {
    for (const token of ['$API_TOKEN', '${TOKEN}', '<your-token>', 'YOUR_API_KEY', 'xxxxxxxx']) {
      const result = await imported(
        `curl -H "Authorization: Bearer ${token.replace(/\$/g, '\\$')}" https://x.example`,
      );
      expect(result.notes).toEqual([{ code: 'placeholder-secret', value: token }]);
    }
    expect(
      (await imported(`curl -H 'Authorization: Bearer sk_live_1' https://x.example`)).notes,
    ).toEqual([]);
  });
});
