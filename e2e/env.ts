// Fixed values shared by playwright.config.ts and the specs. The key is a test-only value
// handed to the server as LOCAL_API_KEY; it protects nothing outside the e2e run.
export const E2E_PORT = 8799;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_API_KEY = 'e2e-local-key-0123456789abcdef';
