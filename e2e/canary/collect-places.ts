// Gathers every place the canary scan reads, from the artifacts of one e2e run on this port.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_KINDS, artifacts } from './artifacts.ts';
import type { Place } from './scan.ts';

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

function place(kind: string, file: string): Place {
  return { kind, name: path.relative(process.cwd(), file), content: readFileSync(file) };
}

/** Throws when a place that must exist is missing: a check with nothing to read proves nothing. */
export function collectPlaces(): Place[] {
  const places: Place[] = [];

  // The SQLite database of the e2e server and its WAL and shared-memory files, while it runs.
  if (!existsSync(artifacts.dataDirPointer)) {
    throw new Error(`Canary scan: ${artifacts.dataDirPointer} is missing (e2e/start-server.ts).`);
  }
  const dataDir = readFileSync(artifacts.dataDirPointer, 'utf8').trim();
  const dataFiles = filesIn(dataDir);
  if (!dataFiles.some((file) => /\.sqlite$/.test(file))) {
    throw new Error(`Canary scan: no SQLite database in ${dataDir}.`);
  }
  for (const file of dataFiles) places.push(place('database and WAL files', file));

  if (!existsSync(artifacts.serverLog)) {
    throw new Error(`Canary scan: the server log ${artifacts.serverLog} is missing.`);
  }
  places.push(place('server log', artifacts.serverLog));

  for (const file of filesIn(artifacts.responses)) places.push(place('response bodies', file));

  for (const file of filesIn(artifacts.snapshots)) {
    const suffix = (Object.keys(SNAPSHOT_KINDS) as (keyof typeof SNAPSHOT_KINDS)[]).find((s) =>
      file.endsWith(s),
    );
    places.push(place(suffix ? SNAPSHOT_KINDS[suffix] : 'other snapshots', file));
  }
  return places;
}
