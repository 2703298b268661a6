import { expect, test } from '@playwright/test';
import { serveDistCopy, waitForServiceWorker, type ServedCopy } from './helpers/dist-copy';

// Each test changes what the server publishes, so it runs against a copy of the build on a port of its own.
let site: ServedCopy;
test.beforeEach(async () => {
  site = await serveDistCopy();
});
test.afterEach(async () => {
  await site.close();
});

interface Dataset {
  datasetVersion: string;
  datasetDate: string;
  outcomes: { id: string; name: string }[];
  changelog: unknown[];
}

test('a dataset published without a code deploy reaches a returning reader: a banner, then after one reload the new version on every page, pages never opened included', async ({
  page,
}) => {
  await page.goto(`${site.origin}/`);
  await waitForServiceWorker(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The evidence team publishes a corrected dataset; the code is not deployed again.
  let corrected = { id: '', name: '' };
  await site.edit('data/evidence.json', (text) => {
    const dataset = JSON.parse(text) as Dataset;
    const first = dataset.outcomes[0];
    if (!first) throw new Error('the dataset has no outcomes');
    first.name = `${first.name} (corrected)`;
    corrected = first;
    // A release carries its own note of what changed, first in its changelog (the app refuses one without it).
    const note = {
      version: '99.0.0',
      date: '2026-12-02',
      summary: 'One outcome name corrected.',
      changes: [{ kind: 'facts-corrected', text: `Corrected the name of ${first.id}.`, sinceIds: [] }],
    };
    return JSON.stringify(
      { ...dataset, datasetVersion: '99.0.0', datasetDate: '2026-12-02', changelog: [note, ...dataset.changelog] },
      null,
      2,
    );
  });

  // The reader comes back: the page they saved shows at once, and says that newer evidence has been published.
  await page.reload();
  const banner = page.getByRole('status').filter({ hasText: 'A newer version of the evidence has been published' });
  await expect(banner).toContainText('dated 2 December 2026');
  await expect(banner).toContainText('One outcome name corrected.');
  await banner.getByRole('button', { name: 'Reload to see it' }).click();
  await expect(banner).toHaveCount(0);

  // One reload later every page shows the new dataset, including pages this reader has never opened.
  await page.goto(`${site.origin}/outcomes/${corrected.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(corrected.name);
  await page.goto(`${site.origin}/outcomes`);
  await expect(page.getByRole('main')).toContainText(corrected.name);
  await page.goto(`${site.origin}/about`);
  await expect(page.getByRole('main')).toContainText('99.0.0');
  await expect(page.getByRole('status').filter({ hasText: 'A newer version' })).toHaveCount(0);
});

test('a published file that is not JSON (a truncated upload) never replaces the copy a returning reader can read', async ({
  page,
}) => {
  await page.goto(`${site.origin}/outcomes`);
  await waitForServiceWorker(page);
  await site.edit('data/evidence.json', (text) => text.slice(0, text.length / 2));
  const checked = page.waitForResponse(
    (response) => response.url().endsWith('/data/evidence.json') && response.fromServiceWorker(),
  );
  await page.reload();
  await checked;
  await expect(page.getByRole('table', { name: /Pooled results by outcome/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: /Pooled results by outcome/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'A newer version' })).toHaveCount(0);
});
