// `npm test`: every check, one phase after another, then a summary of each phase's time, so the
// next slow-down shows at once. Stops at the first failing phase (later ones are listed as not
// run). The machine's time factor is measured once here and handed to every phase
// (scripts/time-factor.ts), so all limits in the run scale the same way.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { timeFactor } from './time-factor.ts';

interface Phase {
  name: string;
  command: string;
}

const PHASES: Phase[] = [
  { name: 'typecheck', command: 'npm run typecheck' },
  { name: 'lint', command: 'npm run lint' },
  { name: 'format', command: 'npm run format:check' },
  { name: 'unit', command: 'npm run test:unit' },
  { name: 'budget', command: 'npm run budget' },
  { name: 'e2e', command: 'npx playwright test' },
  { name: 'e2e embed', command: 'npx playwright test -c playwright.embed.config.ts' },
];

const factor = timeFactor();
console.log(
  `test: time factor ${factor} (TEST_TIME_FACTOR), ${availableParallelism()} cores; limits scale by the factor`,
);

const results: { name: string; seconds: number | null; ok: boolean | null }[] = [];
let failed = false;
const started = performance.now();
for (const phase of PHASES) {
  if (failed) {
    results.push({ name: phase.name, seconds: null, ok: null });
    continue;
  }
  const t0 = performance.now();
  const run = spawnSync(phase.command, { shell: true, stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  results.push({ name: phase.name, seconds: (performance.now() - t0) / 1000, ok });
  if (!ok) failed = true;
}
const total = (performance.now() - started) / 1000;

console.log('\nnpm test, by phase:');
for (const { name, seconds, ok } of results) {
  const time = seconds === null ? '     -' : `${seconds.toFixed(1).padStart(6)} s`;
  const verdict = ok === null ? 'not run' : ok ? 'ok' : 'FAILED';
  console.log(`  ${name.padEnd(10)} ${time}  ${verdict}`);
}
console.log(`  ${'total'.padEnd(10)} ${total.toFixed(1).padStart(6)} s  (time factor ${factor})`);
process.exit(failed ? 1 : 0);
