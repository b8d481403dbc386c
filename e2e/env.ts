// Fixed values shared by playwright.config.ts and the specs. The key is a test-only value
// handed to the server as LOCAL_API_KEY; it protects nothing outside the e2e run.
// E2E_PORT lets two runs on one machine (two developers, CI and a benchmark) keep apart.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8799);
/** Each port builds the UI into its own folder, so parallel runs never share a dist/. */
export const E2E_DIST_DIR = `.e2e/dist-${E2E_PORT}`;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_API_KEY = 'e2e-local-key-0123456789abcdef';
