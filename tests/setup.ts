// Shared Vitest setup: DOM matchers for component tests (files that opt into jsdom).
import '@testing-library/jest-dom/vitest';
