import { expect, test, type Page } from '@playwright/test';
import { serveDistCopy, waitForServiceWorker } from './helpers/dist-copy';
import { openReady } from './helpers/ready';

/** Counts the page's requests for the dataset. */
function countEvidenceRequests(page: Page): { count: number } {
  const requests = { count: 0 };
  page.on('request', (request) => {
    if (request.url().endsWith('/data/evidence.json')) requests.count += 1;
  });
  return requests;
}

/** Console errors and uncaught errors: a hydration mismatch (React error #418) or a crash shows up here. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

// The dataset's download as on a first visit over a poor network: no service worker, which would answer from its copy.
test.describe('a slow or failed dataset download', () => {
  test.use({ serviceWorkers: 'block' });

  test('a 20-second download keeps the prerendered page on screen, says it is slow, and then the page starts as usual', async ({
    page,
  }) => {
    await page.clock.install();
    const requests = countEvidenceRequests(page);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/evidence.json', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/interventions/minding-the-baby', { waitUntil: 'commit' });
    const main = page.getByRole('main');
    const heading = main.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Minding the Baby');
    const name = (await heading.textContent()) ?? '';
    const notice = page.locator('#startup-notice');

    // Past the page's 15-second mark: the page is still there, with a note that tells the truth about the time.
    await expect(async () => {
      await page.clock.runFor(5_000);
      await expect(notice).toContainText('taking more than 15 seconds', { timeout: 500 });
    }).toPass({ timeout: 20_000 });
    await expect(notice).toContainText('You can keep reading this page, but it may not show the newest evidence');
    await expect(heading).toHaveText(name);
    await expect(page.getByText('Loading the evidence…')).toHaveCount(0);

    // At 20 seconds the file arrives: the same download (no second one), and the page starts without changing.
    await page.clock.runFor(5_000);
    release();
    await page.clock.resume();
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    await expect(notice).toBeEmpty();
    await expect(heading).toHaveText(name);
    expect(requests.count).toBe(1);
  });

  for (const status of [404, 500]) {
    test(`a ${status} keeps the prerendered page on screen, says so, and tries again in the background`, async ({
      page,
    }) => {
      await page.clock.install();
      const requests = countEvidenceRequests(page);
      let failing = true;
      await page.route('**/data/evidence.json', async (route) => {
        if (failing) await route.fulfill({ status, body: 'Unavailable' });
        else await route.continue();
      });
      await page.goto('/outcomes');
      const notice = page.locator('#startup-notice');
      await expect(notice).toContainText(`the server answered ${status}`);
      await expect(notice).toContainText('it may not show the newest evidence');
      await expect(page.getByRole('table', { name: /Pooled results by outcome/ })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'The evidence could not be loaded' })).toHaveCount(0);

      // The server recovers; the next try in the background succeeds and the page starts.
      failing = false;
      await page.clock.runFor(2_000);
      await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
      await expect(notice).toBeEmpty();
      await expect(page.getByRole('table', { name: /Pooled results by outcome/ })).toBeVisible();
      expect(requests.count).toBe(2);
    });
  }

  test('where no prerendered page is on screen, a file that never answers ends in a message that tells the truth about the wait, with a retry', async ({
    page,
  }) => {
    await page.clock.install();
    const requests = countEvidenceRequests(page);
    let hang = true;
    await page.route('**/data/evidence.json', async (route) => {
      // Never answered while hanging, as on a network that swallows requests.
      if (!hang) await route.continue();
    });
    // A filter link is drawn by the app, not prerendered.
    const requested = page.waitForRequest('**/data/evidence.json');
    await page.goto('/interventions?type=dyadic', { waitUntil: 'commit' });
    await requested;
    const main = page.getByRole('main');
    const heading = main.getByRole('heading', { name: 'The evidence could not be loaded' });
    await expect(async () => {
      await page.clock.runFor(5_000);
      await expect(heading).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 20_000 });
    await expect(main).toContainText('did not arrive within 15 seconds');
    // One download of 15 seconds, not a second one behind it.
    expect(requests.count).toBe(1);
    hang = false;
    await main.getByRole('button', { name: 'Try again' }).click();
    await page.clock.runFor(1_000);
    await expect(page.getByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ })).toBeChecked();
  });
});

test('a malformed #fragment is ignored: the page shows', async ({ page }) => {
  const errors = recordErrors(page);
  for (const [path, heading] of [
    ['/about#%', 'About the evidence'],
    ['/glossary#%E0%A4%A', 'Glossary'],
  ] as const) {
    await openReady(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('Something went wrong')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('an address with a trailing slash opens its page at the address without it, with no hydration error', async ({
  page,
}) => {
  const errors = recordErrors(page);
  for (const path of ['/compare/', '/glossary/', '/interventions/minding-the-baby/']) {
    await openReady(page, path);
    await expect(page).toHaveURL(path.slice(0, -1));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('names far longer than a line wrap instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const long = 'x'.repeat(100_000);
  await page.route('**/data/evidence.json', async (route) => {
    const response = await route.fetch();
    const dataset = (await response.json()) as {
      programmes: { name: string }[];
      outcomes: { name: string }[];
      review: { interventionTypes: { name: string }[] };
    };
    for (const item of [...dataset.programmes, ...dataset.outcomes, ...dataset.review.interventionTypes])
      item.name = `${item.name} ${long}`;
    await route.fulfill({ response, json: dataset });
  });
  const first = await page.request.get('/data/evidence.json');
  const programmes = ((await first.json()) as { programmes: { id: string }[] }).programmes.map((p) => p.id);
  for (const path of [
    '/interventions',
    '/outcomes/maternal-depression',
    `/compare?programme=${programmes[0] ?? ''}&programme=${programmes[1] ?? ''}`,
    '/learn/forest-plot',
  ]) {
    await openReady(page, path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});

test('every open tab follows a new version: the banner’s button works in a second tab after the first has taken it', async ({
  context,
}) => {
  const site = await serveDistCopy();
  try {
    const first = await context.newPage();
    await first.goto(`${site.origin}/`);
    await waitForServiceWorker(first);
    const second = await context.newPage();
    await second.goto(`${site.origin}/glossary`);
    await waitForServiceWorker(second);

    // A deploy: a new worker. Both tabs learn of it and offer a reload.
    await site.edit('sw.js', (text) => `${text}\n// the next deploy\n`);
    for (const tab of [first, second]) {
      await tab.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await expect(tab.getByRole('status').filter({ hasText: 'A new version of this site is ready' })).toBeVisible();
    }
    for (const tab of [first, second]) {
      await tab.evaluate(() => ((window as { beforeUpdate?: boolean }).beforeUpdate = true));
      const reloaded = tab.waitForEvent('load');
      await tab.getByRole('button', { name: 'Reload to see it' }).click();
      await reloaded;
      expect(await tab.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
      await expect(tab.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
    }
  } finally {
    await site.close();
  }
});
