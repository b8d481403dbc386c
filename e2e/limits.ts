// The limits of the e2e runs (both Playwright configs and the fixtures), each a base set on an
// idle reference machine times the run's time factor (scripts/time-factor.ts), and the worker
// count from the machine's cores. Nothing in a spec waits a fixed time: specs wait on what the
// user sees, and these limits only decide when waiting has become a failure.
import { availableParallelism } from 'node:os';
import { scaled, timeFactor } from '../scripts/time-factor.ts';

export const TIME_FACTOR = timeFactor();

/**
 * A whole test: a backstop, since every step has its own `expect` limit below. The keyboard
 * journey takes 7 s alone on an idle machine and 30 s beside `stress-ng --cpu 4`; one CI run
 * stopped it at 30 s x 1.07, a factor measured before the e2e phase filled both cores with
 * browsers and the server (docs/decisions/0130, "Addendum").
 */
export const TEST_TIMEOUT = scaled(60_000);
/** One `expect` (and `expect.poll`): the slowest single wait, a first lazy form, is ~2 s there. */
export const EXPECT_TIMEOUT = scaled(10_000);
/** How long a finished test waits for response bodies still being read, for the canary scan. */
export const BODY_DRAIN_TIMEOUT = scaled(5_000);
/** Building the page and starting the server before the first test. */
export const WEB_SERVER_TIMEOUT = scaled(120_000);

/**
 * One worker per core (each drives a browser that the server and the build share the cores with),
 * at most 4; E2E_WORKERS overrides.
 */
export const WORKERS = Number(process.env.E2E_WORKERS) || Math.min(4, availableParallelism());
