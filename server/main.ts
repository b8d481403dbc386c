// Entry point of `npm start`: one loopback port serving the API and the built UI.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { bootstrapLocalWorkspace } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import {
  generateApiKey,
  loadOrCreateEncryptionKey,
  readLocalApiKey,
  saveLocalApiKey,
} from './crypto/key-files.ts';
import { openDatabase } from './db/open-database.ts';

const DATABASE_FILE = 'auth-connections.sqlite';

function openUrl(host: string, port: number, key: string): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const hostPart = shown.includes(':') ? `[${shown}]` : shown;
  return `http://${hostPart}:${port}/#key=${encodeURIComponent(key)}`;
}

function main(): void {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });

  let apiKey: string;
  let close = () => {};
  let app;
  if (config.elevenLabsApiKey !== undefined) {
    // Upstream mode: no SQLite; the browser still needs the local key (docs/decisions/0011-server-upstream-mode.md).
    apiKey = config.localApiKey ?? readLocalApiKey(config.dataDir) ?? generateApiKey();
    if (config.localApiKey === undefined) saveLocalApiKey(config.dataDir, apiKey);
    app = createApp({ config, localApiKey: apiKey, rateLimitPerMinute: config.rateLimitPerMinute });
  } else {
    const db = openDatabase(path.join(config.dataDir, DATABASE_FILE));
    const encryptionKey = loadOrCreateEncryptionKey(config.dataDir, config.encryptionKey);
    const boot = bootstrapLocalWorkspace(db, {
      encryptionKey,
      dataDir: config.dataDir,
      localApiKey: config.localApiKey,
      seedDemo: config.seedDemo,
    });
    apiKey = boot.apiKey;
    app = createApp({
      config,
      db,
      encryptionKey,
      rateLimitPerMinute: config.rateLimitPerMinute,
    });
    close = () => db.close();
  }

  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const mode =
      config.elevenLabsApiKey !== undefined
        ? `upstream mode -> ${config.elevenLabsBaseUrl}`
        : `local mode, data in ${config.dataDir}`;
    console.log(`Auth connections server (${mode})`);
    // The only place the key is ever printed: in the URL fragment, which browsers never send.
    console.log(`Open ${openUrl(config.host, info.port, apiKey)}`);
  });

  const shutdown = () => {
    server.close(() => {
      close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main();
