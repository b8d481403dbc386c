// Shared Playwright fixtures: the e2e key and base URL, an `api` helper that talks to the real
// server directly, and guards that fail a test on a CSP violation or an uncaught page error.
// (Fixture callbacks name their second argument `provide`: eslint reads `use` as React 19's use().)
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_API_KEY, E2E_BASE_URL } from './env.ts';

export { expect };
export { E2E_API_KEY, E2E_BASE_URL };

export const AUTH_CONNECTIONS_PATH = '/v1/workspace/auth-connections';

export interface E2eApi {
  request: APIRequestContext;
  list(): Promise<Array<Record<string, unknown> & { id: string; name: string }>>;
  create(body: Record<string, unknown>): Promise<Record<string, unknown> & { id: string }>;
  remove(id: string): Promise<void>;
  attachDependent(body: {
    auth_connection_id: string;
    kind: 'tool' | 'mcp_server' | 'integration_connection';
    name: string;
    access_level?: 'admin' | 'editor' | 'commenter' | 'viewer';
    hidden?: boolean;
  }): Promise<{ id: string }>;
}

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  if (!response.ok()) {
    throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  }
  return response.json() as Promise<unknown>;
}

/** A name no other test (or earlier run) uses, so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Opens the app the way `npm start` tells a user to: with the key in the URL fragment. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`${path}#key=${encodeURIComponent(E2E_API_KEY)}`);
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ api: E2eApi; pageGuards: void }>({
  api: async ({ playwright }, provide) => {
    const request = await playwright.request.newContext({
      baseURL: E2E_BASE_URL,
      extraHTTPHeaders: { 'xi-api-key': E2E_API_KEY },
    });
    await provide({
      request,
      list: async () =>
        ((await ok(await request.get(AUTH_CONNECTIONS_PATH))) as { auth_connections: never[] })
          .auth_connections,
      create: async (body) =>
        (await ok(await request.post(AUTH_CONNECTIONS_PATH, { data: body }))) as never,
      remove: async (id) => {
        await ok(await request.delete(`${AUTH_CONNECTIONS_PATH}/${encodeURIComponent(id)}`));
      },
      attachDependent: async (body) =>
        (await ok(await request.post('/__test/dependents', { data: body }))) as { id: string },
    });
    await request.dispose();
  },

  pageGuards: [
    async ({ page }, provide) => {
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await provide();
      if (!page.isClosed() && page.url().startsWith(E2E_BASE_URL)) {
        const violations = await page.evaluate(() => window.__cspViolations ?? []);
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
      }
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list of axe-core violations (WCAG 2.2 AA tags) on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
}
