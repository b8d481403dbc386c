import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has a default for everything', () => {
    expect(loadConfig({}, '/app')).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dataDir: path.resolve('/app/data'),
      encryptionKey: undefined,
      localApiKey: undefined,
      seedDemo: true,
      allowHttpLoopback: false,
      enableTestRoutes: false,
      elevenLabsApiKey: undefined,
      elevenLabsBaseUrl: 'https://api.elevenlabs.io',
      staticDir: path.resolve('/app/dist'),
      rateLimitPerMinute: 1200,
      connectionTestRateLimitPerMinute: 30,
      connectionTestTimeoutMs: 15000,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        HOST: '0.0.0.0',
        PORT: '9000',
        DATA_DIR: '/tmp/d',
        AUTH_CONNECTIONS_ENCRYPTION_KEY: 'k',
        LOCAL_API_KEY: 'local',
        SEED_DEMO: '0',
        ALLOW_HTTP_LOOPBACK: '1',
        ENABLE_TEST_ROUTES: 'true',
        ELEVENLABS_API_KEY: 'xi',
        ELEVENLABS_BASE_URL: 'https://api.eu.residency.elevenlabs.io/',
        STATIC_DIR: 'build',
        RATE_LIMIT_PER_MINUTE: '0',
        CONNECTION_TEST_RATE_LIMIT_PER_MINUTE: '5',
        CONNECTION_TEST_TIMEOUT_MS: '2000',
      },
      '/app',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/tmp/d',
      seedDemo: false,
      allowHttpLoopback: true,
      enableTestRoutes: true,
      elevenLabsApiKey: 'xi',
      elevenLabsBaseUrl: 'https://api.eu.residency.elevenlabs.io',
      staticDir: path.resolve('/app/build'),
      rateLimitPerMinute: 0,
      connectionTestRateLimitPerMinute: 5,
      connectionTestTimeoutMs: 2000,
    });
    expect(() => loadConfig({ CONNECTION_TEST_TIMEOUT_MS: '60000' })).toThrow(/from 100 to 15000/);
  });

  it('treats empty strings as unset and rejects a bad port or base URL', () => {
    expect(
      loadConfig({ ELEVENLABS_API_KEY: '', LOCAL_API_KEY: ' ' }).elevenLabsApiKey,
    ).toBeUndefined();
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ELEVENLABS_BASE_URL: 'not a url' })).toThrow(/ELEVENLABS_BASE_URL/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '2.5' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });
});
