import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

// Failures a person on a slow, filtered or absent network can survive: each ends in a clear message with a way on.

test('a page whose code cannot be downloaded shows the route’s error page with a retry, and reloads at most once', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  let blocked = true;
  let requests = 0;
  await page.route(/\/assets\/about-page-[^/]+\.js$/, async (route) => {
    requests += 1;
    if (blocked) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About the evidence' }).click();
  // The first failure looks like a new deploy: one full reload; the second shows the error page instead of looping.
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  await expect(main).toContainText('You may be offline');
  // The browser's words are folded away under "Technical details", not the message.
  await expect(main.getByText(/Failed to fetch/)).toBeHidden();
  expect(requests).toBeLessThanOrEqual(2);
  await expect(page.getByRole('banner')).toBeVisible();
  await expectNoAxeViolations(page);

  blocked = false;
  await main.getByRole('button', { name: 'Try again' }).click();
  await expect(main.getByRole('heading', { name: 'How to cite' })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('offline, a page whose code is missing says so at once without reloading', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.route(/\/assets\/glossary-page-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
  let documentRequests = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentRequests += 1;
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Offline, a reload could only fail: the page stays put and says what happened.
  expect(documentRequests).toBe(0);
  await context.setOffline(false);
});

test('a data file that never answers ends in a clear message with a retry', async ({ page }) => {
  await page.clock.install();
  let hang = true;
  await page.route('**/data/evidence.json', async (route) => {
    // Never answered while hanging, as on a network that swallows requests.
    if (!hang) await route.continue();
  });
  const requested = page.waitForRequest('**/data/evidence.json');
  await page.goto('/outcomes', { waitUntil: 'commit' });
  await requested;
  await page.clock.runFor(16_000);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'The evidence could not be loaded' })).toBeVisible();
  await expect(main).toContainText('did not arrive within 15 seconds');
  hang = false;
  await main.getByRole('button', { name: 'Try again' }).click();
  await page.clock.runFor(1_000);
  await expect(page.getByRole('table', { name: /Pooled results by outcome/ })).toBeVisible();
});

test('an extreme interval in the dataset gives a message naming the row and field, not a crash', async ({ page }) => {
  await page.route('**/data/evidence.json', async (route) => {
    const response = await route.fetch();
    const dataset = (await response.json()) as { outcomes: { result: { ci95?: { upper: number } } }[] };
    const depression = dataset.outcomes[1];
    if (depression?.result.ci95) depression.result.ci95.upper = 1e308;
    await route.fulfill({ response, json: dataset });
  });
  await page.goto('/outcomes/maternal-depression');
  const alert = page.getByRole('alert');
  await expect(page.getByRole('heading', { name: 'The evidence dataset has a problem' })).toBeVisible();
  await expect(alert).toContainText('outcomes row 2 (id "maternal-depression"), field result.ci95.upper: must be between −10 and 10');
});
