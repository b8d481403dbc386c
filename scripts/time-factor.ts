// How much slower this machine is, right now, than the one the suite's limits were set on.
// Every limit the suite keeps (Playwright's test and expect timeouts, Vitest's test timeout, the
// canary recorder's wait for response bodies) is a base value times this factor, so a slow or
// busy machine gets proportionally more time instead of red tests (docs/decisions/0130).
//
// It is measured once per run (`npm test` measures it and hands it to every phase through
// TEST_TIME_FACTOR, which the Playwright workers inherit) or set by hand:
// `TEST_TIME_FACTOR=4 npm test`.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Milliseconds the probe below takes on the reference machine, idle (median of 5, one core). */
const REFERENCE_MS = 90;
/** Never shorten a limit; past 8× the machine is too slow for anything to mean much. */
const MIN = 1;
const MAX = 8;

/**
 * A fixed CPU-bound job (3,000 rounds of SHA-256 over a 64 kB buffer), timed by the wall clock:
 * it slows down both when the CPU is slower and when other processes take turns on it, as the
 * test processes would. Warmed up once, then timed five times; posts the five times.
 */
const PROBE = `
const { createHash } = require('node:crypto');
const probe = () => {
  const started = performance.now();
  let data = Buffer.alloc(64 * 1024, 7);
  for (let i = 0; i < 3000; i++) {
    data = Buffer.from(createHash('sha256').update(data).digest('hex').repeat(512));
  }
  return performance.now() - started;
};
probe();
require('node:worker_threads').parentPort.postMessage([probe(), probe(), probe(), probe(), probe()]);
`;

/**
 * The probe on every core at once, one worker thread each, in a child process (so this stays
 * synchronous for the configs that call it). The tests keep every core busy, so the probe does:
 * a machine whose cores slow each other down (shared caches, two hardware threads of one core)
 * reads as slow here, where a probe on one core read it as fast (docs/decisions/0130, addendum).
 */
export function probeOnEveryCore(): number[] {
  const run = `
const { Worker } = require('node:worker_threads');
const one = () => new Promise((resolve, reject) => {
  const worker = new Worker(${JSON.stringify(PROBE)}, { eval: true });
  worker.once('message', resolve);
  worker.once('error', reject);
});
Promise.all(Array.from({ length: ${availableParallelism()} }, one)).then((times) =>
  process.stdout.write(JSON.stringify(times.flat())));
`;
  return JSON.parse(execFileSync(process.execPath, ['-e', run], { encoding: 'utf8' })) as number[];
}

/** Median of the probe's times on every core, as a ratio to the reference, clamped. */
export function measureTimeFactor(): number {
  const times = probeOnEveryCore().sort((a, b) => a - b);
  const ratio = times[Math.floor(times.length / 2)]! / REFERENCE_MS;
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
