// Playwright global teardown: the secrets canary scan. Playwright runs global teardown before it
// stops the webServer (its task list tears down in reverse: globalTeardown, then plugins), so the
// e2e server's database, WAL and log are scanned as the run left them.
import { existsSync, readFileSync } from 'node:fs';
import { artifacts } from './artifacts.ts';
import { collectPlaces } from './collect-places.ts';
import { parseCanaryFile, scanForCanaries, summarize } from './scan.ts';

export default function globalTeardown(): void {
  const canaries = existsSync(artifacts.canaries)
    ? parseCanaryFile(readFileSync(artifacts.canaries, 'utf8'))
    : [];
  const unique = [...new Set(canaries)];
  const places = collectPlaces();
  const hits = scanForCanaries(unique, places);
  const pagesChecked = existsSync(artifacts.cspLog)
    ? readFileSync(artifacts.cspLog, 'utf8').split('\n').filter(Boolean).length
    : 0;
  console.log(summarize(unique.length, places, hits));
  console.log(`CSP listener: ${pagesChecked} pages checked, 0 violations allowed`);
  if (hits.length > 0) {
    throw new Error(`Secrets canary: ${hits.length} hit(s); see the summary above.`);
  }
}
