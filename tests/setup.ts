// Shared Vitest setup: DOM matchers for component tests (files that opt into jsdom).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { scaled } from '../scripts/time-factor.ts';

// findBy* and waitFor give up after 1 s by default: too short for a slow or busy machine. The
// limit scales with the run's time factor like every other (scripts/time-factor.ts).
configure({ asyncUtilTimeout: scaled(5_000) });
