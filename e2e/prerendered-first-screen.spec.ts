// A form's deep link, and the list's plain address, come with a picture of their first screen in
// the HTML (scripts/prerender.ts, docs/decisions/0127, 0135): it paints before any script has
// run, takes no input, shows only where it matches what the app will render, and leaves in the
// commit that puts the real screen in.
import type { Page } from '@playwright/test';
import { PRERENDER_ID } from '../src/prerender/first-screen-gate.ts';
import { E2E_API_KEY, canary, expect, openApp, openHtml, test, uniqueName } from './fixtures.ts';

const picture = (page: Page) => page.locator(`#${PRERENDER_ID}`);

/** Counts, from the first byte, each moment at which the picture and React's screen show together. */
const recordBothShown = (page: Page, reactScreen: string) =>
  page.addInitScript(
    ({ id, reactScreen }) => {
      const w = window as unknown as { __bothShown: number };
      w.__bothShown = 0;
      new MutationObserver(() => {
        if (document.getElementById(id) && document.querySelector(reactScreen)) w.__bothShown += 1;
      }).observe(document, { subtree: true, childList: true });
    },
    { id: PRERENDER_ID, reactScreen },
  );
const bothShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bothShown: number }).__bothShown);

/** The page's scripts never arrive: what shows is the HTML alone. */
const withoutScripts = (page: Page) => page.route('**/assets/*.js', (route) => route.abort());

test('a deep link paints its form from the HTML alone, and nothing can be typed into it', async ({
  page,
}) => {
  await withoutScripts(page);
  const response = await openHtml(page, '/new?type=mtls');
  await expect(picture(page)).toBeVisible();
  await expect(picture(page)).toHaveAttribute('inert', '');
  await expect(picture(page).locator('h1')).toHaveText('New auth connection');
  await expect(picture(page).locator('textarea[name="client_certificate"]')).toBeVisible();
  await expect(page.locator('#root')).toBeEmpty();

  // Its gate script runs by its hash, its styles by the response's nonce; nothing else inline.
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';/);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const nonces = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.nonce),
  );
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  expect(await page.evaluate(() => document.querySelectorAll('[style]').length)).toBe(0);

  // Inert: a click does not focus the picture's field, and keys typed go nowhere.
  const name = picture(page).locator('input[name="name"]');
  await name.click({ force: true });
  await page.keyboard.type('typed before the scripts');
  await expect(name).toHaveValue('');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('the picture is the first screen React renders, and leaves in the same commit', async ({
  page,
  context,
}) => {
  await recordBothShown(page, '#root form');
  const names = (from: Page, root: string) =>
    from
      .locator(`${root} input[name], ${root} textarea[name]`)
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('name')}:${el.getAttribute('type')}`),
      );
  const htmlOnly = await context.newPage();
  await withoutScripts(htmlOnly);

  for (const type of ['oauth2_jwt', 'basic_auth'] as const) {
    await openHtml(htmlOnly, `/new?type=${type}`);
    const pictured = await names(htmlOnly, `#${PRERENDER_ID}`);
    await openApp(page, `/new?type=${type}`);
    await expect(page.locator('#root form')).toBeVisible();
    await expect(picture(page)).toHaveCount(0);
    const rendered = await names(page, '#root');
    expect(pictured.length, type).toBeGreaterThan(3);
    // React may render more below the first screen (the optional section) once it is idle.
    expect(rendered.slice(0, pictured.length), type).toEqual(pictured);
    expect(await bothShown(page)).toBe(0);
    // The real form takes input at once.
    await page.getByLabel(/^Name/).fill(`typed into ${type}`);
    await expect(page.getByLabel(/^Name/)).toHaveValue(`typed into ${type}`);
  }
});

test("the list paints its loading screen from the HTML, and React's list takes its place", async ({
  page,
  context,
  api,
}) => {
  // At least one row, so React's list is a table whichever tests ran before.
  await api.create({
    auth_type: 'bearer_auth',
    name: uniqueName('Listed'),
    provider: 'p',
    token: canary('token'),
  });
  const htmlOnly = await context.newPage();
  await withoutScripts(htmlOnly);
  await openHtml(htmlOnly, '/');
  await expect(picture(htmlOnly).locator('h1')).toHaveText('Auth connections');
  await expect(picture(htmlOnly).locator('[aria-busy="true"]')).toBeVisible();
  await expect(htmlOnly.locator('#root')).toBeEmpty();
  // A list address with a query (a search, a page) gets no picture: it was made without one.
  await openHtml(htmlOnly, '/?q=after');
  await expect(picture(htmlOnly)).toHaveCount(0);

  await recordBothShown(page, '#root h1');
  await openApp(page, '/');
  await expect(page.getByRole('table', { name: 'Auth connections' })).toBeVisible();
  await expect(picture(page)).toHaveCount(0);
  expect(await bothShown(page)).toBe(0);
});

test('a tab without a key, or in the dark scheme, never shows the picture', async ({ page }) => {
  await withoutScripts(page);
  await page.goto('/new?type=basic_auth');
  await expect(picture(page)).toBeHidden();

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/new?type=basic_auth#key=${encodeURIComponent(E2E_API_KEY)}`);
  await expect(picture(page)).toBeHidden();

  // With its scripts, the keyless tab gets the connect screen, and the picture is gone.
  await page.unrouteAll();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/new?type=basic_auth');
  await expect(page.getByLabel(/^API key/)).toBeVisible();
  await expect(picture(page)).toHaveCount(0);
});

test("asks for the page's scripts once the picture is on screen", async ({ page }) => {
  for (const [address, rendered] of [
    ['/new?type=mtls', '#root form'],
    ['/', '#root h1'],
  ] as const) {
    const response = await openApp(page, address);
    const html = (await response?.text()) ?? '';
    expect(html, address).not.toMatch(/<script type="module"|rel="modulepreload"/);
    await expect(page.locator(rendered)).toBeVisible();
    const { onScreen, scripts } = await page.evaluate(() => ({
      onScreen: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => e.startTime),
    }));
    expect(scripts.length, address).toBeGreaterThan(5);
    expect(Math.min(...scripts), address).toBeGreaterThanOrEqual(onScreen);
  }
});
