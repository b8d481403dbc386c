import { availableParallelism } from 'node:os';
import { afterEach, expect, test } from 'vitest';
import { measureTimeFactor, probeOnEveryCore, scaled, timeFactor } from './time-factor.ts';

const given = process.env.TEST_TIME_FACTOR;
afterEach(() => {
  if (given === undefined) delete process.env.TEST_TIME_FACTOR;
  else process.env.TEST_TIME_FACTOR = given;
});

test('the probe runs once per core, five timed rounds each', () => {
  const times = probeOnEveryCore();
  expect(times).toHaveLength(availableParallelism() * 5);
  for (const ms of times) expect(ms).toBeGreaterThan(0);
});

test('the factor reads as a ratio in [1, 8], to two decimals', () => {
  const factor = measureTimeFactor();
  expect(factor).toBeGreaterThanOrEqual(1);
  expect(factor).toBeLessThanOrEqual(8);
  expect(Math.round(factor * 100) / 100).toBe(factor);
});

test('a factor given by hand wins, and every limit scales by it', () => {
  process.env.TEST_TIME_FACTOR = '2.5';
  expect(timeFactor()).toBe(2.5);
  expect(scaled(10_000)).toBe(25_000);
});
