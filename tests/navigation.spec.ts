import { expect, test } from '@playwright/test';
import { openReady } from './helpers/ready';

const scrollY = (page: import('@playwright/test').Page) => page.evaluate(() => Math.round(window.scrollY));

test('a new page opens at its top, Back returns to where the reader was, and a filter change keeps their place', async ({ page }) => {
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
  await programmeLink.click();
  await expect(page).toHaveURL(/\/interventions\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await scrollY(page)).toBe(0);

  // Back: the list again, where the reader left it.
  await page.goBack();
  await expect(page).toHaveURL(/type=attachment/);
  await expect.poll(() => scrollY(page)).toBe(beforeLeaving);
});
