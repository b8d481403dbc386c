// A JSON file the build writes next to the UI (the manifest, the prerendered pages' index). The
// server may run while `vite build` rewrites dist/, so the file is read again whenever its
// modification time changes, and counts as absent while it is missing.
import { readFileSync, statSync } from 'node:fs';

/** `() => derive(the file's JSON)`, derived once per version of the file; undefined without it. */
export function buildOutputFile<T>(
  file: string,
  derive: (json: unknown) => T,
): () => T | undefined {
  let loaded: { mtimeMs: number; value: T } | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return undefined;
    }
    if (loaded?.mtimeMs !== mtimeMs) {
      loaded = { mtimeMs, value: derive(JSON.parse(readFileSync(file, 'utf8'))) };
    }
    return loaded.value;
  };
}
