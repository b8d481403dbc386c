import { importText } from './import-credential.ts';

describe('.env blocks', () => {
  it('CLIENT_ID, CLIENT_SECRET, TOKEN_URL and SCOPES (with a prefix, quotes, export)', async () => {
    const result = await importText(
      [
        '# Acme OAuth',
        'export ACME_CLIENT_ID=cid',
        'ACME_CLIENT_SECRET="s3cr=et"',
        "ACME_TOKEN_URL='https://auth.acme.com/oauth/token'",
        'ACME_SCOPES=read write',
        'ACME_AUDIENCE=https://api.acme.com',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: true,
      imported: {
        authType: 'oauth2_client_credentials',
        fields: {
          provider: 'acme',
          client_id: 'cid',
          client_secret: 's3cr=et',
          token_url: 'https://auth.acme.com/oauth/token',
          scopes: ['read', 'write'],
          extra_params: { audience: 'https://api.acme.com' },
        },
        recognised: {
          format: 'dotenv',
          names: [
            'ACME_CLIENT_ID',
            'ACME_CLIENT_SECRET',
            'ACME_TOKEN_URL',
            'ACME_SCOPES',
            'ACME_AUDIENCE',
          ],
        },
        notes: [],
      },
    });
  });

  it('USERNAME and PASSWORD, an API token, an API key with its header name', async () => {
    const basic = await importText('SVC_USERNAME=ada\r\nSVC_PASSWORD=pw\r\n');
    expect(basic.ok && basic.imported.fields).toEqual({ username: 'ada', password: 'pw' });
    const bearer = await importText('API_TOKEN=tok');
    expect(bearer.ok && bearer.imported.authType).toBe('bearer_auth');
    const header = await importText('ACME_API_KEY=k\nACME_API_KEY_HEADER=x-acme-key');
    expect(header.ok && header.imported.fields).toEqual({ token: 'k', header_name: 'x-acme-key' });
  });

  it('says which part is wrong', async () => {
    expect(await importText('CLIENT_ID=a\nCLIENT_SECRET=b\nAPI_KEY=c')).toEqual({
      ok: false,
      problem: { code: 'dotenv-two-credentials', first: 'CLIENT_ID', second: 'API_KEY' },
    });
    expect(await importText('CLIENT_ID=a\nTOKEN_URL=https://x.example/t')).toEqual({
      ok: false,
      problem: { code: 'dotenv-incomplete', missing: 'CLIENT_SECRET' },
    });
    expect(await importText('NODE_ENV=production\nPORT=3000')).toEqual({
      ok: false,
      problem: { code: 'dotenv-no-credential' },
    });
  });

  it('a missing token URL is a note, not an error', async () => {
    const result = await importText('CLIENT_ID=a\nCLIENT_SECRET=b');
    expect(result.ok && result.imported.notes).toEqual([{ code: 'no-token-url' }]);
  });

  it('a placeholder secret gets a note', async () => {
    const result = await importText(
      'CLIENT_ID=a\nCLIENT_SECRET=<client-secret>\nTOKEN_URL=https://x.example/t',
    );
    expect(result.ok && result.imported.notes).toEqual([
      { code: 'placeholder-secret', value: '<client-secret>' },
    ]);
  });
});
