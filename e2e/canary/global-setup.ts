// Playwright global setup: empties what the previous run on this port left for the canary scan.
// (The webServer starts before this runs and truncates its own log, so the log is not touched.)
import { resetArtifacts } from './artifacts.ts';

export default function globalSetup(): void {
  resetArtifacts();
}
