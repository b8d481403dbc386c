import { emptyFormValues } from '../form/form-values.ts';
import { previewJwt } from './jwt-preview.tsx';

describe('previewJwt', () => {
  it('shows the header and claims a token would carry', () => {
    const values = {
      ...emptyFormValues('oauth2_jwt'),
      algorithm: 'RS256' as const,
      key_id: ' kid-7 ',
      issuer: 'iss',
      subject: 'sub',
      audience: 'aud',
      expiration_seconds: 600,
      extra_params: [{ key: 'tenant', value: 't1' }],
    };
    expect(previewJwt(values, 1000)).toEqual({
      header: { alg: 'RS256', typ: 'JWT', kid: 'kid-7' },
      claims: { tenant: 't1', iss: 'iss', sub: 'sub', aud: 'aud', iat: 1000, exp: 1600 },
    });
  });

  it('lets registered claims win over extra claims of the same name', () => {
    const values = {
      ...emptyFormValues('private_key_jwt'),
      issuer: 'real',
      extra_params: [{ key: 'iss', value: 'spoofed' }],
    };
    expect(previewJwt(values, 0).claims.iss).toBe('real');
  });

  it('leaves out exp and kid when they are not set', () => {
    const values = { ...emptyFormValues('oauth2_jwt'), expiration_seconds: undefined };
    const { header, claims } = previewJwt(values, 0);
    expect(header).not.toHaveProperty('kid');
    expect(claims).not.toHaveProperty('exp');
  });
});
