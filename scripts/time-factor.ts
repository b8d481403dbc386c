// How much slower this machine is, right now, than the one the suite's limits were set on.
// Every limit the suite keeps (Playwright's test and expect timeouts, Vitest's test timeout, the
// canary recorder's wait for response bodies) is a base value times this factor, so a slow or
// busy machine gets proportionally more time instead of red tests (docs/decisions/0130).
//
// It is measured once per run (`npm test` measures it and hands it to every phase through
// TEST_TIME_FACTOR, which the Playwright workers inherit) or set by hand:
// `TEST_TIME_FACTOR=4 npm test`.
import { createHash } from 'node:crypto';

/** Milliseconds the probe below takes on the reference machine, idle (median of 5). */
const REFERENCE_MS = 90;
/** Never shorten a limit; past 8× the machine is too slow for anything to mean much. */
const MIN = 1;
const MAX = 8;

/**
 * A fixed CPU-bound job on one core, timed by the wall clock: it slows down both when the CPU
 * is slower and when other processes take turns on it, as the test processes would.
 */
function probeOnce(): number {
  const started = performance.now();
  let data = Buffer.alloc(64 * 1024, 7);
  for (let i = 0; i < 3000; i++) {
    data = Buffer.from(createHash('sha256').update(data).digest('hex').repeat(512));
  }
  return performance.now() - started;
}

/** Median of five probes, as a ratio to the reference, clamped to [MIN, MAX]. */
export function measureTimeFactor(): number {
  probeOnce(); // warm up the JIT
  const times = Array.from({ length: 5 }, probeOnce).sort((a, b) => a - b);
  const ratio = times[2]! / REFERENCE_MS;
  return Math.round(Math.min(MAX, Math.max(MIN, ratio)) * 100) / 100;
}

/** The factor of this run: TEST_TIME_FACTOR if set (by `npm test` or by hand), else measured. */
export function timeFactor(): number {
  const given = Number(process.env.TEST_TIME_FACTOR);
  if (Number.isFinite(given) && given > 0) return given;
  const measured = measureTimeFactor();
  process.env.TEST_TIME_FACTOR = String(measured); // children (workers) inherit it
  return measured;
}

/** `base` milliseconds scaled by the run's factor. */
export function scaled(base: number): number {
  return Math.round(base * timeFactor());
}
