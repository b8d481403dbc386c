// `npm test`: every check, then a summary of each phase's time, so the next slow-down shows at
// once. The three static checks are single-threaded, so they run side by side (their output is
// printed whole as each ends); the rest runs one phase after another, each using every core.
// Stops at the first failing step (later phases are listed as not run). The machine's time factor
// is measured once here and handed to every phase (scripts/time-factor.ts), so all limits in the
// run scale the same way.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { timeFactor } from './time-factor.ts';

interface Phase {
  name: string;
  command: string;
}

/** Each step's phases run at the same time; steps run in order. */
const STEPS: Phase[][] = [
  [
    { name: 'typecheck', command: 'npm run --silent typecheck' },
    { name: 'lint', command: 'npm run --silent lint' },
    { name: 'format', command: 'npm run --silent format:check' },
  ],
  [{ name: 'unit', command: 'npm run --silent test:unit' }],
  [{ name: 'budget', command: 'npm run --silent budget' }],
  [{ name: 'e2e', command: 'npx playwright test' }],
  [{ name: 'e2e embed', command: 'npx playwright test -c playwright.embed.config.ts' }],
];

interface Result {
  name: string;
  seconds: number | null;
  ok: boolean | null;
}

/** Runs one phase; alone it streams its output, beside others it prints it whole at the end. */
function runPhase(phase: Phase, alone: boolean): Promise<Result> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(phase.command, {
      shell: true,
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      if (!alone) {
        console.log(`\n> ${phase.name}: ${phase.command} (${ok ? 'ok' : 'FAILED'})`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name: phase.name, seconds: (performance.now() - started) / 1000, ok });
    });
  });
}

/** CPU seconds used by this process's finished children (Linux), or null elsewhere. */
function childCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // utime, stime, cutime, cstime are fields 14-17 of stat(5); `fields` starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const factor = timeFactor();
console.log(
  `npm test: time factor ${factor} (TEST_TIME_FACTOR), ${availableParallelism()} cores; every limit scales by the factor`,
);

const results: Result[] = [];
let failed = false;
const started = performance.now();
for (const step of STEPS) {
  if (failed) {
    results.push(...step.map((p) => ({ name: p.name, seconds: null, ok: null })));
    continue;
  }
  const done = await Promise.all(step.map((phase) => runPhase(phase, step.length === 1)));
  results.push(...done);
  if (done.some((r) => !r.ok)) failed = true;
}
const total = (performance.now() - started) / 1000;
const cpu = childCpuSeconds();

console.log('\nnpm test, by phase (wall clock; phases on one line ran side by side):');
for (const step of STEPS) {
  const line = step.map(({ name }) => {
    const { seconds, ok } = results.find((r) => r.name === name)!;
    const time = seconds === null ? '-' : `${seconds.toFixed(1)} s`;
    return `${name} ${time} ${ok === null ? 'not run' : ok ? 'ok' : 'FAILED'}`;
  });
  console.log(`  ${line.join(' | ')}`);
}
console.log(
  `  total ${total.toFixed(1)} s${cpu === null ? '' : `, ${cpu.toFixed(0)} CPU s`}, time factor ${factor}`,
);
process.exit(failed ? 1 : 0);
