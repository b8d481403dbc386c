import { afterEach, expect, test } from 'vitest';
import { measureTimeFactor, scaled, timeFactor } from './time-factor.ts';

const given = process.env.TEST_TIME_FACTOR;
afterEach(() => {
  if (given === undefined) delete process.env.TEST_TIME_FACTOR;
  else process.env.TEST_TIME_FACTOR = given;
});

test('the probe runs on every core and reads as a ratio in [1, 8], to two decimals', () => {
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
