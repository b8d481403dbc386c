// The fault matrix: {create, update, delete} × {500, 503, a hang past the client timeout,
// connection reset, offline then online}, one test per cell, generated from the two tables below.
// In each cell the admin sees what happened, nothing typed is lost, Retry works against the real
// server, and nothing is created twice.
//
// Faults come from Playwright route interception (page.route) and context.setOffline, with the
// real server behind every other request: the real server can't fail, hang or drop a connection
// on demand (docs/decisions/0040-e2e-faults-by-route-interception.md). Where a fault "reaches the
// server", the request is first forwarded (route.fetch: the write commits) and only the answer is
// lost or replaced, the ambiguous case where a careless Retry would create twice.
import type { BrowserContext, Page, Route, TestInfo } from '@playwright/test';
import {
  AUTH_CONNECTIONS_PATH,
  canary,
  expect,
  openApp,
  recordResponseBody,
  rowLink,
  test,
  uniqueName,
  type E2eApi,
} from './fixtures.ts';
import { field } from './form-steps.ts';
import { trackRequests } from './page-settled.ts';

/** Past the api client's 15 s timeout (src/api/api-client.ts DEFAULT_TIMEOUT_MS). */
const PAST_CLIENT_TIMEOUT_MS = 16_000;

interface FaultContext {
  page: Page;
  context: BrowserContext;
  testInfo: TestInfo;
  /** Forward the request to the real server first (create and update only). */
  reachServer: boolean;
  /** The page's requests, counted from before it loads. */
  requests: ReturnType<typeof trackRequests>;
}

interface Fault {
  name: string;
  /** What the admin reads: the message of the error, in each operation's alert. */
  message: RegExp;
  /** Whether the request reaches the server before the fault, for create and update. */
  reachesServer: boolean;
  /** Before the page loads. */
  beforeLoad?(ctx: FaultContext): Promise<void>;
  /** Answers the first matching request; `undefined` for faults that use no route. */
  route?(route: Route, ctx: FaultContext): Promise<void>;
  /** After the request went out (the route was hit), to make the fault happen. */
  afterRequest?(ctx: FaultContext): Promise<void>;
  /** Before Retry. */
  beforeRetry?(ctx: FaultContext): Promise<void>;
  /** Just before the final click (Create, Save, Delete), once everything is typed and loaded. */
  beforeCommit?(ctx: FaultContext): Promise<void>;
}

async function forward(route: Route, ctx: FaultContext) {
  if (!ctx.reachServer) return;
  const response = await route.fetch();
  // What the real server answered is a response body too: the canary scan reads it.
  recordResponseBody(ctx.testInfo, response.url(), response.status(), await response.body());
}

const serverError =
  (status: number, message?: string) => async (route: Route, ctx: FaultContext) => {
    await forward(route, ctx);
    await route.fulfill(
      message
        ? {
            status,
            contentType: 'application/json',
            body: JSON.stringify({ detail: { status: 'internal_error', message } }),
          }
        : { status, body: '' },
    );
  };

const FAULTS: Fault[] = [
  {
    name: '500',
    message: /Injected failure after the write\./,
    reachesServer: true,
    route: serverError(500, 'Injected failure after the write.'),
  },
  {
    name: '503',
    message: /The server failed to handle the request \(HTTP 503\)\./,
    reachesServer: false,
    route: serverError(503),
  },
  {
    name: 'a hang past the client timeout',
    message: /The server took too long to answer\./,
    reachesServer: true,
    // The page's clock is installed before it loads, so the 15 s timeout can be skipped over.
    beforeLoad: ({ page }) => page.clock.install(),
    route: async (route, ctx) => {
      await forward(route, ctx);
      await new Promise(() => {}); // never answers; unrouteAll() drops it at the end
    },
    afterRequest: ({ page }) => page.clock.fastForward(PAST_CLIENT_TIMEOUT_MS),
  },
  {
    name: 'connection reset',
    message: /The server could not be reached\./,
    reachesServer: true,
    route: async (route, ctx) => {
      await forward(route, ctx);
      await route.abort('connectionreset');
    },
  },
  {
    name: 'offline then online',
    message: /The server could not be reached\./,
    reachesServer: false,
    // Once the page's idle-time fetches of code are done: one cut off by the switch is another
    // fault (e2e/offline-code.spec.ts), and broke the detail page this test ends on.
    beforeCommit: async ({ context, requests }) => {
      await requests.settled();
      await context.setOffline(true);
    },
    beforeRetry: ({ context }) => context.setOffline(false),
  },
];

interface Operation {
  name: 'create' | 'update' | 'delete';
  method: 'POST' | 'PATCH' | 'DELETE';
  /** Creates what the operation needs; returns what the cell checks against. */
  prepare(api: E2eApi): Promise<{ id?: string; name: string }>;
  /** Where the operation starts. */
  path(target: { id?: string; name: string }): string;
  /**
   * Types every value and starts the operation, calling `commit` just before the final click;
   * returns the values typed, by field label.
   */
  start(
    page: Page,
    target: { id?: string; name: string },
    commit: () => Promise<void>,
  ): Promise<Record<string, string>>;
  /** The alert that reports the failure. */
  alert(page: Page, target: { name: string }): ReturnType<Page['getByRole']>;
  /** After Retry: the page says it worked. */
  succeeded(page: Page, target: { name: string }): Promise<void>;
  /** Through the API: the operation happened exactly once. */
  happenedOnce(
    api: E2eApi,
    target: { id?: string; name: string },
    typed: Record<string, string>,
  ): Promise<void>;
}

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
  return values;
}

const saveAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not saved' });

const OPERATIONS: Operation[] = [
  {
    name: 'create',
    method: 'POST',
    prepare: async () => ({ name: uniqueName('Fault create') }),
    path: () => '/new?type=basic_auth',
    start: async (page, { name }, commit) => {
      const typed = await fill(page, {
        Name: name,
        Provider: 'legacy-erp',
        Username: 'svc-faults',
        Password: canary('password'),
      });
      await commit();
      await page.getByRole('button', { name: 'Create connection' }).click();
      return typed;
    },
    alert: saveAlert,
    succeeded: async (page, { name }) => {
      await expect(page.getByText(`“${name}” was created.`, { exact: false })).toBeVisible();
    },
    happenedOnce: async (api, { name }) => {
      const rows = (await api.list()).filter((c) => c.name === name);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ auth_type: 'basic_auth', username: 'svc-faults' });
    },
  },
  {
    name: 'update',
    method: 'PATCH',
    prepare: async (api) => {
      const name = uniqueName('Fault update');
      const { id } = await api.create({
        auth_type: 'basic_auth',
        name,
        provider: 'legacy-erp',
        username: 'svc-old',
        password: canary('password'),
      });
      return { id, name };
    },
    path: ({ id }) => `/connections/${id}/edit`,
    start: async (page, _target, commit) => {
      const typed = await fill(page, {
        Provider: 'erp-v2',
        Username: 'svc-new',
        Password: canary('password'),
      });
      await commit();
      await page.getByRole('button', { name: 'Save changes' }).click();
      return typed;
    },
    alert: saveAlert,
    succeeded: async (page) => {
      await expect(page.getByText('Changes saved.')).toBeVisible();
    },
    happenedOnce: async (api, { id, name }) => {
      const rows = (await api.list()).filter((c) => c.name === name);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id, provider: 'erp-v2', username: 'svc-new' });
    },
  },
  {
    name: 'delete',
    method: 'DELETE',
    prepare: async (api) => {
      const name = uniqueName('Fault delete');
      const { id } = await api.create({
        auth_type: 'bearer_auth',
        name,
        provider: 'p',
        token: canary('token'),
      });
      return { id, name };
    },
    path: ({ name }) => `/?q=${encodeURIComponent(name)}`,
    start: async (page, { name }, commit) => {
      await page.getByRole('button', { name: `Delete “${name}”` }).click();
      const confirm = page.getByRole('dialog').getByRole('button', { name: 'Delete' });
      await expect(confirm).toBeVisible();
      await commit();
      await confirm.click();
      // The only thing typed on the list is the search, which must survive the failure.
      return { Search: name };
    },
    alert: (page, { name }) =>
      page.getByRole('alert').filter({ hasText: `“${name}” was not deleted` }),
    succeeded: async (page, { name }) => {
      await expect(rowLink(page, name)).toHaveCount(0);
    },
    happenedOnce: async (api, { id }) => {
      await expect.poll(async () => (await api.list()).some((c) => c.id === id)).toBe(false);
    },
  },
];

/** The search box is a searchbox, not a labelled input like the form fields. */
function typedInput(page: Page, label: string) {
  return label === 'Search' ? page.getByRole('searchbox', { name: 'Search' }) : field(page, label);
}

for (const operation of OPERATIONS) {
  test.describe(`${operation.name} fails`, () => {
    for (const fault of FAULTS) {
      test(`with ${fault.name}`, async ({ page, context, api }, testInfo) => {
        const target = await operation.prepare(api);
        // A delete is faulted before it reaches the server: the row coming back is what is
        // under test, and a delete that did happen would (rightly) vanish again on the refetch.
        const ctx: FaultContext = {
          page,
          context,
          testInfo,
          reachServer: fault.reachesServer && operation.name !== 'delete',
          requests: trackRequests(page),
        };
        await fault.beforeLoad?.(ctx);

        let routed!: () => void;
        const requested = new Promise<void>((resolve) => (routed = resolve));
        if (fault.route) {
          const url = target.id
            ? `**${AUTH_CONNECTIONS_PATH}/${target.id}`
            : `**${AUTH_CONNECTIONS_PATH}`;
          await page.route(
            url,
            async (route) => {
              if (route.request().method() !== operation.method) return route.fallback();
              routed();
              return fault.route!(route, ctx);
            },
            { times: 1 },
          );
        }

        await openApp(page, operation.path(target));
        const typed = await operation.start(page, target, async () => {
          await fault.beforeCommit?.(ctx);
        });
        if (fault.afterRequest) {
          await requested;
          await fault.afterRequest(ctx);
        }

        // The admin sees what happened.
        const alert = operation.alert(page, target);
        await expect(alert).toBeVisible();
        await expect(alert).toContainText(fault.message);
        if (operation.name === 'delete') {
          await expect(alert).toContainText('It is back in the list.');
          await expect(rowLink(page, target.name)).toBeVisible();
        } else {
          await expect(alert).toContainText('Nothing you typed is lost.');
        }
        // Every typed value is kept.
        for (const [label, value] of Object.entries(typed)) {
          await expect(typedInput(page, label)).toHaveValue(value);
        }

        // Retry works, against the real server.
        await fault.beforeRetry?.(ctx);
        await alert.getByRole('button', { name: 'Retry' }).click();
        await operation.succeeded(page, target);
        // Nothing was created (or applied) twice.
        await operation.happenedOnce(api, target, typed);
        await page.unrouteAll({ behavior: 'ignoreErrors' });
      });
    }
  });
}
