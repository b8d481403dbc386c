// Starts the real server (server/main.ts) for Playwright on a brand-new data directory, so every
// run begins with an empty SQLite file, and removes the directory when the server exits.
// For the secrets canary scan (e2e/canary/), it also copies its stdout and stderr into
// .e2e/server-<port>.log and writes where the data directory is; the scan runs in Playwright's
// global teardown, before Playwright stops this process, so the directory still exists then.
import { mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { artifacts } from './canary/artifacts.ts';

const dataDir = path.resolve('.e2e', `data-${process.pid}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
process.env.DATA_DIR = dataDir;
delete process.env.AUTH_CONNECTIONS_ENCRYPTION_KEY; // generated into the fresh directory
delete process.env.ELEVENLABS_API_KEY; // always local mode

writeFileSync(artifacts.dataDirPointer, `${dataDir}\n`);
const log = openSync(artifacts.serverLog, 'w');
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk === 'string') writeSync(log, chunk);
    else writeSync(log, chunk);
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
process.on('exit', cleanUp);

await import('../server/main.ts');
