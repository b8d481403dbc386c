// Shared Playwright fixtures: the e2e key and base URL, an `api` helper that talks to the real
// server directly, guards that fail a test on a CSP violation or an uncaught page error, and the
// recorder of the secrets canary scan (e2e/canary/, docs/decisions/0041-secrets-canary-scan.md):
// `canary(field)` hands out the unique secret values every spec types, and an automatic fixture
// keeps what each test's pages received, requested, logged and stored.
// (Fixture callbacks name their second argument `provide`: eslint reads `use` as React 19's use().)
import {
  test as base,
  expect,
  type APIRequestContext,
  type APIResponse,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { SECRET_FIELDS, type CreateAuthType } from '../contract/index.ts';
import { pemMaterial, type PemMaterial } from '../tests/pem-material.ts';
import {
  appendCanary,
  artifacts,
  testFileStem,
  writeResponse,
  writeSnapshot,
} from './canary/artifacts.ts';
import { PRERENDER_ID } from '../src/prerender/first-screen-gate.ts';
import { E2E_API_KEY, E2E_BASE_URL } from './env.ts';
import { BODY_DRAIN_TIMEOUT } from './limits.ts';
import { appendFileSync } from 'node:fs';

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

// ---------------------------------------------------------------------------------------------
// Secrets canaries

const registered = new Set<string>();

/** Registers a secret value the suite types (PEM material, a fixed passphrase) as a canary. */
export function registerCanary(value: string): string {
  if (!registered.has(value)) {
    registered.add(value);
    appendCanary(value);
  }
  return value;
}

/**
 * A unique secret value for `field`, e.g. `CANARY_client_secret_k3j4h5g6f7`. Every secret the
 * suite types or sends must be one (or contain one); after the run none may be found anywhere.
 */
export function canary(field: string): string {
  const random = `${Math.random().toString(36).slice(2, 8)}${Date.now().toString(36).slice(-4)}`;
  return registerCanary(`CANARY_${field}_${random}`);
}

/** The PEM test material, every key and certificate registered as a canary. */
export function pemCanaries(): PemMaterial {
  const pem = pemMaterial();
  for (const value of Object.values(pem)) registerCanary(value);
  return pem;
}

/** Secret fields of a create or update body whose value holds no registered canary. */
export function secretsWithoutCanary(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const record = body as Record<string, unknown>;
  const fields = SECRET_FIELDS[record.auth_type as CreateAuthType] as readonly string[] | undefined;
  return (fields ?? []).filter((field) => {
    const value = record[field];
    if (typeof value !== 'string' || value === '') return false;
    return ![...registered].some((c) => value.includes(c));
  });
}

function expectCanarySecrets(body: unknown, where: string) {
  expect(
    secretsWithoutCanary(body),
    `secret values ${where} must come from canary() or pemCanaries() (e2e/fixtures.ts)`,
  ).toEqual([]);
}

/** Keeps a response body a test received some other way (e.g. `route.fetch()`) for the scan. */
export function recordResponseBody(
  testInfo: TestInfo,
  url: string,
  status: number,
  body: Buffer,
): void {
  writeResponse(testFileStem(testInfo.testId, testInfo.retry), url, status, body);
}

// ---------------------------------------------------------------------------------------------
// The api fixture

async function ok(response: APIResponse, testInfo?: TestInfo) {
  const body = await response.body();
  if (testInfo) recordResponseBody(testInfo, response.url(), response.status(), body);
  if (!response.ok()) {
    throw new Error(`${response.url()} answered ${response.status()}: ${body.toString()}`);
  }
  return JSON.parse(body.toString()) as unknown;
}

/** A connection's name in the list, a link to its detail page. */
export function rowLink(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Auth connections' })
    .getByRole('link', { name, exact: true });
}

/** A name no other test (or earlier run) uses, so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Opens an address with the key in the URL fragment; what shows first may be the HTML's picture. */
export function openHtml(page: Page, path = '/') {
  return page.goto(`${path}#key=${encodeURIComponent(E2E_API_KEY)}`);
}

/**
 * Opens the app the way `npm start` tells a user to, with the key in the URL fragment, and
 * returns once the app runs. The list and the forms first paint a picture of their first screen
 * from the HTML (docs/decisions/0127, 0135); a test that pressed keys or read the address while
 * the picture showed would act before the app exists.
 */
export async function openApp(page: Page, path = '/') {
  const response = await openHtml(page, path);
  await page.locator(`#${PRERENDER_ID}`).waitFor({ state: 'detached' });
  return response;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __e2eCspViolation?: (text: string) => void;
  }
}

export const test = base.extend<{ api: E2eApi; pageGuards: void; leakRecorder: void }>({
  api: async ({ playwright }, provide, testInfo) => {
    const request = await playwright.request.newContext({
      baseURL: E2E_BASE_URL,
      extraHTTPHeaders: { 'xi-api-key': E2E_API_KEY },
    });
    const stem = testFileStem(testInfo.testId, testInfo.retry);
    const urls: string[] = [];
    const call = async (method: 'get' | 'post' | 'delete', path: string, data?: unknown) => {
      urls.push(`${method.toUpperCase()} ${E2E_BASE_URL}${path}`);
      return ok(await request[method](path, data === undefined ? {} : { data }), testInfo);
    };
    await provide({
      request,
      list: async () =>
        ((await call('get', AUTH_CONNECTIONS_PATH)) as { auth_connections: never[] })
          .auth_connections,
      create: async (body) => {
        expectCanarySecrets(body, 'in api.create()');
        return (await call('post', AUTH_CONNECTIONS_PATH, body)) as never;
      },
      remove: async (id) => {
        await call('delete', `${AUTH_CONNECTIONS_PATH}/${encodeURIComponent(id)}`);
      },
      attachDependent: async (body) =>
        (await call('post', '/__test/dependents', body)) as { id: string },
    });
    if (urls.length > 0) writeSnapshot(`${stem}-api`, '.urls.txt', urls.join('\n'));
    await request.dispose();
  },

  // For every page of the test's context (popups too), from document start: a listener for
  // `securitypolicyviolation` that reports to the test even across navigations, Chromium's own
  // CSP console errors, and uncaught page errors. Any of them fails the test.
  pageGuards: [
    async ({ context, page }, provide, testInfo) => {
      const violations: string[] = [];
      await context.exposeBinding('__e2eCspViolation', ({ page: from }, text: string) => {
        violations.push(`${from.url()}: ${text}`);
      });
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          const text = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`;
          window.__cspViolations?.push(text);
          window.__e2eCspViolation?.(text);
        });
      });
      const pageErrors: string[] = [];
      const watch = (p: Page) => {
        p.on('pageerror', (error) => pageErrors.push(error.message));
        p.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
            violations.push(`${p.url()}: ${message.text()}`);
          }
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await provide();
      for (const p of context.pages().filter(onAppOrigin)) {
        const inPage = await p.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        for (const text of inPage) {
          if (!violations.some((v) => v.endsWith(text))) violations.push(`${p.url()}: ${text}`);
        }
        appendFileSync(artifacts.cspLog, `${testInfo.testId} ${p.url()} ${violations.length}\n`);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      void page;
    },
    { auto: true },
  ],

  // Keeps, for the canary scan, every URL requested, every response body and all console output
  // of the test's pages, and at the end a snapshot of each page's HTML, storage, IndexedDB and
  // TanStack caches. Also fails the test when a secret goes out that is not a canary.
  leakRecorder: [
    async ({ context, page }, provide, testInfo) => {
      const stem = testFileStem(testInfo.testId, testInfo.retry);
      const urls: string[] = [];
      const consoleLines: string[] = [];
      const pending = new Set<Promise<void>>();
      const uncanaried: string[] = [];
      context.on('request', (request) => {
        urls.push(`${request.method()} ${request.url()}`);
        if (
          /^(POST|PATCH)$/.test(request.method()) &&
          request.url().includes(AUTH_CONNECTIONS_PATH)
        ) {
          const body = (() => {
            try {
              return request.postDataJSON() as unknown;
            } catch {
              return undefined;
            }
          })();
          for (const field of secretsWithoutCanary(body))
            uncanaried.push(`${field} in ${request.url()}`);
        }
      });
      context.on('response', (response) => {
        const done = response
          .body()
          .then((body) => writeResponse(stem, response.url(), response.status(), body))
          .catch(() => {}) // redirects and aborted loads have no body
          .finally(() => pending.delete(done));
        pending.add(done);
      });
      context.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
      context.on('weberror', (error) => consoleLines.push(`pageerror: ${error.error().message}`));

      await provide();

      const pages = context.pages().filter(onAppOrigin);
      for (const [index, p] of pages.entries()) await snapshotPage(p, `${stem}-p${index}`);
      await Promise.race([
        Promise.all(pending),
        new Promise((r) => setTimeout(r, BODY_DRAIN_TIMEOUT)),
      ]);
      writeSnapshot(stem, '.urls.txt', urls.join('\n'));
      writeSnapshot(stem, '.console.txt', consoleLines.join('\n'));
      void page;
      expect(uncanaried, 'secret values typed must come from canary() (e2e/fixtures.ts)').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

function onAppOrigin(page: Page): boolean {
  return !page.isClosed() && page.url().startsWith(E2E_BASE_URL);
}

/** The page's HTML, web storage, IndexedDB and TanStack caches, one file each. */
async function snapshotPage(page: Page, stem: string): Promise<void> {
  const snapshot = await page
    .evaluate(async () => {
      const json = (value: unknown) => {
        try {
          return JSON.stringify(value ?? null, null, 1);
        } catch {
          return String(value);
        }
      };
      const errorOf = (error: unknown) =>
        error ? { ...(error as object), message: String((error as Error).message ?? error) } : null;
      const client = window.__TANSTACK_QUERY_CLIENT__;
      const queryCache = client
        ? json({
            queries: client
              .getQueryCache()
              .getAll()
              .map((q) => ({ key: q.queryKey, data: q.state.data, error: errorOf(q.state.error) })),
            mutations: client
              .getMutationCache()
              .getAll()
              .map((m) => ({
                key: m.options.mutationKey,
                status: m.state.status,
                variables: m.state.variables,
                context: m.state.context,
                error: errorOf(m.state.error),
              })),
          })
        : null;
      const indexedDb: Record<string, Record<string, unknown>> = {};
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const stores: Record<string, unknown> = {};
        for (const name of db.objectStoreNames) {
          const store = db.transaction(name, 'readonly').objectStore(name);
          stores[name] = await new Promise((resolve) => {
            const all = store.getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => resolve(String(all.error));
          });
        }
        indexedDb[info.name] = stores;
        db.close();
      }
      return {
        html: document.documentElement.outerHTML,
        storage: json({ localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage } }),
        indexedDb: json(indexedDb),
        queryCache,
      };
    })
    .catch(() => null);
  if (!snapshot) return;
  // `content()` also serializes what `outerHTML` shows; keep both views of the document.
  writeSnapshot(stem, '.html', `${await page.content().catch(() => '')}\n${snapshot.html}`);
  writeSnapshot(stem, '.storage.json', snapshot.storage);
  writeSnapshot(stem, '.indexeddb.json', snapshot.indexedDb);
  if (snapshot.queryCache !== null) writeSnapshot(stem, '.query-cache.json', snapshot.queryCache);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list of axe-core violations (WCAG 2.2 AA tags) on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // Judge what the admin sees once things settle: mid-fade, a tooltip or dialog is partly
  // transparent and its text fails contrast on a frame no one reads.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
}
