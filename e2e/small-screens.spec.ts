// Every screen and dialog at 360 px wide (a small phone): no horizontal scroll bar, on the page or
// inside it, and nothing cut off at an edge. One page visits them all, one after the other.
import type { Locator, Page } from '@playwright/test';
import { CREATE_AUTH_TYPES } from '../contract/enums.ts';
import { fieldSections } from '../src/features/auth-connections/form/field-order.ts';
import { E2E_API_KEY, canary, expect, openApp, test, uniqueName } from './fixtures.ts';
import { TEST_TIMEOUT } from './limits.ts';
import { shot } from './screens.ts';

const WIDTH = 360;

/**
 * What does not fit: the document wider than the viewport, an element sticking out of it (the
 * outermost one is named), a box that scrolls sideways, and text cut off by a box that clips it
 * or by an ellipsis. Inputs scroll their own text by design and are not counted.
 */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const describe = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        el.getAttribute('id') ??
        (el.textContent ?? '').trim().slice(0, 40);
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      return `<${el.tagName.toLowerCase()} ${cls}> "${label}"`;
    };
    const hidden = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) {
          return true;
        }
        // Visually hidden text (MUI's visuallyHidden, screen-reader-only labels).
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return true;
      }
      return false;
    };
    const isField = (el: Element) =>
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
    if (document.documentElement.scrollWidth > width) {
      found.push(`the document is ${document.documentElement.scrollWidth} px wide`);
    }
    const reported: Element[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (reported.some((r) => r.contains(el))) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || hidden(el)) continue;
      if (rect.left < -1 || rect.right > width + 1) {
        found.push(`${describe(el)} spans ${Math.round(rect.left)}..${Math.round(rect.right)}`);
        reported.push(el);
        continue;
      }
      if (isField(el)) continue;
      const s = getComputedStyle(el);
      if (
        (s.overflowX === 'auto' || s.overflowX === 'scroll') &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        found.push(`${describe(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
        reported.push(el);
      } else if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${describe(el)} is cut short with an ellipsis`);
        reported.push(el);
      }
    }
    // Text clipped by an ancestor that hides what overflows it.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || isField(parent) || hidden(parent)) continue;
      if (reported.some((r) => r.contains(parent))) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      for (let a: Element | null = parent; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const box = a.getBoundingClientRect();
        if (rects.some((r) => r.left < box.left - 1 || r.right > box.right + 1)) {
          found.push(`text "${node.textContent.trim().slice(0, 40)}" is cut off by ${describe(a)}`);
          reported.push(parent);
          break;
        }
      }
    }
    return found;
  });
}

/**
 * Scrolls to an element and returns where it went, in the page, over the next frames: empty if
 * it stayed put. Nothing above it may change height when it comes into view (0139: the JWT
 * preview grew from its placeholder's height three frames after being scrolled to, and a click
 * on Create connection pressed the button and released over the field above it).
 */
function moveWhenScrolledTo(element: Locator): Promise<number[]> {
  return element.evaluate(async (el) => {
    const pageY = () => Math.round(el.getBoundingClientRect().top + window.scrollY);
    const start = pageY();
    el.scrollIntoView({ block: 'nearest' });
    const moves: number[] = [];
    // Frames, not time: content-visibility decides what is on screen once per frame.
    for (let frame = 0; frame < 8; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (pageY() !== start) moves.push(pageY() - start);
    }
    return moves;
  });
}

async function expectFits(page: Page, screen: string): Promise<void> {
  // Let transitions (dialogs growing in, chips appearing) finish before measuring.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await shot(page, `360-${screen}`);
  expect.soft(await misfits(page), `${screen} at ${WIDTH} px`).toEqual([]);
}

// About twenty screens in one test: several times one journey's limit.
test.describe.configure({ timeout: TEST_TIMEOUT * 3 });
test.use({ viewport: { width: WIDTH, height: 740 } });

test('every screen and dialog fits 360 px without scrolling sideways', async ({ page, api }) => {
  // Both names start with one unique tag, and the list is opened searched for it: other journeys
  // share the server, and their rows would push these off the list's first page.
  const tag = uniqueName('Fits');
  const long = `${tag} Customer relationship management production`;
  const used = await api.create({
    auth_type: 'oauth2_client_credentials',
    name: long,
    provider: 'salesforce-enterprise-eu-west',
    client_id: '3MVG9demo.client.identifier.that.is.quite.long.indeed',
    client_secret: canary('client_secret'),
    token_url: 'https://login.salesforce.example.com/services/oauth2/token/with/a/long/path',
    scopes: ['api', 'refresh_token', 'offline_access', 'openid', 'profile'],
    extra_params: { audience: 'https://api.example.com/a/very/long/audience/value' },
    custom_headers: { 'X-Tenant-Identifier': 'tenant-0123456789abcdef0123456789abcdef' },
  });
  for (const [kind, name, extra] of [
    ['tool', 'Look up the customer by e-mail address', { access_level: 'editor' }],
    ['mcp_server', 'CRM MCP server for the support team', { access_level: 'admin' }],
    ['integration_connection', 'Nightly Salesforce synchronisation', {}],
    ['tool', 'Hidden', { hidden: true }],
  ] as const) {
    await api.attachDependent({ auth_connection_id: used.id, kind, name, ...extra });
  }
  const unused = await api.create({
    auth_type: 'bearer_auth',
    name: `${tag} Weather forecasts for every warehouse`,
    provider: 'openweathermap',
    token: canary('token'),
  });

  await openApp(page, `/?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('link', { name: long })).toBeVisible();
  await expectFits(page, 'list');

  await page.getByRole('button', { name: `Delete “${long}”` }).click();
  await expect(page.getByRole('dialog', { name: `Delete “${long}”?` })).toBeVisible();
  await expectFits(page, 'delete-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('checkbox', { name: `Select “${unused.name}”` }).check();
  await expectFits(page, 'list-selected');
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectFits(page, 'bulk-delete-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await openApp(page, '/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'picker');
  for (const type of CREATE_AUTH_TYPES) {
    await openApp(page, `/new?type=${type}`);
    // A form paints its first fields, then its optional ones in a second pass (0114), which
    // pushes the buttons down: a press before that and its release after it would land on
    // different elements. A person sees the whole form before pressing Create.
    if (fieldSections(type).optional.length > 0) {
      await expect(page.getByRole('region', { name: 'Optional settings' })).toBeVisible();
    }
    const submit = page.getByRole('button', { name: 'Create connection' });
    expect(await moveWhenScrolledTo(submit), `${type}: Create moves when scrolled to`).toEqual([]);
    await submit.click();
    await expect(page.getByText('Name is required.').first()).toBeVisible();
    await expectFits(page, `form-${type}`);
  }

  await openApp(page, `/connections/${used.id}`);
  await expect(page.getByRole('heading', { level: 1, name: long })).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expectFits(page, 'detail');

  await openApp(page, `/connections/${used.id}/edit`);
  const provider = page.getByLabel(/^Provider/).and(page.locator('input'));
  await expect(provider).toHaveValue('salesforce-enterprise-eu-west');
  await expectFits(page, 'edit');
  await provider.fill('salesforce-enterprise-eu-central');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectFits(page, 'confirm-dependents-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the connection' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await expectFits(page, 'leave-dialog');
  await page.getByRole('button', { name: 'Leave without saving' }).click();

  await openApp(page, `/connections/${used.id}/replace`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'replace');

  await openApp(page, '/connections/ac_nope');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'not-found');

  // The key is refused (rotated meanwhile): the reconnect dialog over the page.
  await page.goto(`/#key=${encodeURIComponent(`${E2E_API_KEY}-old`)}`);
  await expect(page.getByRole('dialog', { name: 'Reconnect' })).toBeVisible();
  await expectFits(page, 'reconnect-dialog');

  // A new tab has no key yet (it is kept per tab): the connect screen.
  const tab = await page.context().newPage();
  await tab.goto('/');
  await expect(tab.getByRole('heading', { name: 'Connect to auth connections' })).toBeVisible();
  await expectFits(tab, 'connect');
  await tab.close();
});
