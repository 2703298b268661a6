import { expect, test } from '@playwright/test';
import { openReady } from './helpers/ready';

const scrollY = (page: import('@playwright/test').Page) => page.evaluate(() => Math.round(window.scrollY));

test('a new page opens at its top, Back returns to where the reader was, and a filter change keeps their place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openReady(page, '/interventions');

  // A filter lower down the page: ticking it changes only the query string, so the reader stays where they are.
  const filter = page.getByRole('checkbox', { name: /Attachment-based/ });
  await filter.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const beforeFilter = await scrollY(page);
  expect(beforeFilter).toBeGreaterThan(0);
  await filter.check();
  await expect(page).toHaveURL(/type=attachment/);
  expect(await scrollY(page)).toBe(beforeFilter);

  // A programme further down: its page opens at the top.
  const programmeLink = page.getByRole('region', { name: 'Programmes' }).getByRole('link').first();
  await programmeLink.scrollIntoViewIfNeeded();
  const beforeLeaving = await scrollY(page);
  const programmeName = (await programmeLink.textContent()) ?? '';
  await programmeLink.click();
  await expect(page).toHaveURL(/\/interventions\/[a-z0-9-]+$/);
  // The programme's own heading: while its code downloads, the list stays on screen where the reader left it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(programmeName);
  expect(await scrollY(page)).toBe(0);

  // Back: the list again, where the reader left it.
  await page.goBack();
  await expect(page).toHaveURL(/type=attachment/);
  await expect.poll(() => scrollY(page)).toBe(beforeLeaving);
});

// Playwright cannot delay a file the service worker serves from its cache, so this visit has none: as on a first visit
// over a slow network.
test.describe('with a slow network and no service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('going to a page whose code is still downloading keeps the current page on screen, says the next one is loading, then shows it', async ({
    page,
  }) => {
    await openReady(page, '/');
    const home = page.getByRole('heading', { level: 1 });
    const homeHeading = await home.textContent();
    // A slow network: the glossary page's code arrives only once the test has seen the state while it downloads (held,
    // not delayed by a guess at how long the checks take).
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    await page.route(/\/assets\/glossary-page-[^/]+\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the page…' })).toBeVisible();
    await expect(home).toHaveText(homeHeading ?? '');
    await expect(page.getByText('Loading the evidence…')).toHaveCount(0);
    arrive();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the page…' })).toHaveCount(0);
  });
});

test('a reload keeps the reader’s place, and so does Back after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openReady(page, '/interventions');
  await page.evaluate(() => window.scrollTo(0, 1400));
  await expect.poll(() => scrollY(page)).toBe(1400);
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect.poll(() => scrollY(page)).toBe(1400);

  const programmeLink = page.getByRole('region', { name: 'Programmes' }).getByRole('link').first();
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => scrollY(page)).toBe(900);
  await programmeLink.evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/interventions\/[a-z0-9-]+$/);
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await page.goBack();
  await expect(page).toHaveURL(/\/interventions$/);
  await expect.poll(() => scrollY(page)).toBe(900);
});

test('a shared link to a glossary term opens at the term with no error while the page starts', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openReady(page, '/glossary#rct');
  await expect(page.locator('#rct')).toBeInViewport();
  expect(errors).toEqual([]);
});
