import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';
import { openReady } from './helpers/ready';

// Failures a person on a slow, filtered or absent network can survive: each ends in a clear message with a way on.
// The first tests are a first visit: no service worker yet, which would otherwise serve the missing files.
test.describe('on a first visit', () => {
  test.use({ serviceWorkers: 'block' });

  test('a page whose code cannot be downloaded shows the route’s error page with a retry, and reloads at most once', async ({
    page,
  }) => {
    const foreign = recordForeignRequests(page, ORIGIN);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    let pageLoads = 0;
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) pageLoads += 1;
    });
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
    // Exactly one reload, no loop: the click's download fails; on the reloaded page the HTML's preload and the app's
    // import fail too (the browser makes that one request or two, depending on timing); then the error page.
    expect(pageLoads).toBe(1);
    expect(requests).toBeGreaterThanOrEqual(2);
    expect(requests).toBeLessThanOrEqual(3);
    await expect(page.getByRole('banner')).toBeVisible();
    await expectNoAxeViolations(page);

    blocked = false;
    await main.getByRole('button', { name: 'Try again' }).click();
    await expect(main.getByRole('heading', { name: 'How to cite', exact: true })).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test('offline, a page whose code is missing says so at once without reloading', async ({ page, context }) => {
    // The app must be running: a link clicked before it runs is an ordinary page load, which offline only the browser
    // (or, after a first visit, the service worker) can answer.
    await openReady(page, '/');
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

  // A dataset that is slow, never answers or fails: tests/failures-a-reader-survives.spec.ts (a prerendered page stays on
  // screen; where none is, the message and its retry).

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
    await expect(alert).toContainText(
      'outcomes row 2 (id "maternal-depression"), field result.ci95.upper: must be between −10 and 10',
    );
  });
});

test('the HTML of an outcome page, as served before any script, holds its name, its printed interval and the chart', async ({
  request,
}) => {
  const response = await request.get('/outcomes/maternal-depression');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const body = html.slice(html.indexOf('<div id="root">'));
  expect(body).toContain('Maternal depression');
  expect(body).toContain('0.13 to 0.45');
  expect(body).toContain('<svg');
});

async function visitAndWaitForOfflineCopy(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // The service worker has kept every page and the dataset once it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}

test('after one visit, pages reload in full with the network cut, and say they are offline with the dataset date', async ({
  page,
  context,
}) => {
  // The axe check of the catalogue alone took 14 s of 23 on a busy 2-core machine.
  test.setTimeout(60_000);
  const foreign = recordForeignRequests(page, ORIGIN);
  await visitAndWaitForOfflineCopy(page, '/');
  await context.setOffline(true);

  await page.goto('/outcomes/infant-attachment');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Infant attachment' })).toBeVisible();
  for (const figure of ['\u22120.95', '\u22120.19', '0.19 to 0.95']) await expect(main).toContainText(figure);
  await expect(page.locator('main svg').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toContainText(
    /dated \d{1,2} \w+ \d{4}/,
  );

  await page.goto('/interventions?type=dyadic');
  await expect(page).toHaveURL(/type=dyadic/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ })).toBeChecked();
  await expectNoAxeViolations(page);

  // A page never opened before is there too (all pages are kept), reached by a click.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('offline, an address the site does not have gives the site’s own not-found page', async ({ page, context }) => {
  await visitAndWaitForOfflineCopy(page, '/about');
  await context.setOffline(true);
  await page.goto('/no-such-page-offline');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await context.setOffline(false);
});

test('no page breaks the Content-Security-Policy', async ({ page }) => {
  // Twenty pages and the analysis workspace, each to network idle: about 1.5 s a page on a busy 2-core machine.
  test.setTimeout(90_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const paths = [
    '/',
    '/outcomes',
    '/outcomes/maternal-depression',
    '/outcomes/parental-stress',
    '/interventions',
    '/interventions?type=dyadic',
    '/interventions/minding-the-baby',
    '/types/dyadic',
    '/glossary',
    '/families',
    '/families/infant-attachment',
    '/about',
    '/compare',
    '/compare?programme=minding-the-baby&programme=circle-of-security',
    '/compare?type=mentalization&type=dyadic',
    '/summary',
    '/analysis',
    '/learn/forest-plot',
    '/present/1',
    '/no-such-page',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Charts below the first screen come into view.
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
  }
  // The analysis workspace with data in it: parsing, the statistics engine (incomplete gamma, t quantiles) and its plots.
  await openReady(page, '/analysis');
  await page.getByRole('button', { name: 'Open the example (another review’s data)' }).click();
  await expect(page.getByTestId('pooled-estimate')).toBeVisible();
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
