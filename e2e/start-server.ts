// Starts the real server (server/main.ts) for Playwright on a brand-new data directory, so every
// run begins with an empty SQLite file, and removes the directory when the server exits.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve('.e2e', `data-${process.pid}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
process.env.DATA_DIR = dataDir;
delete process.env.AUTH_CONNECTIONS_ENCRYPTION_KEY; // generated into the fresh directory
delete process.env.ELEVENLABS_API_KEY; // always local mode

const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
process.on('exit', cleanUp);

await import('../server/main.ts');
