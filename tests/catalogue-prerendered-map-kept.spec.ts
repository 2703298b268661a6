import { expect, test } from '@playwright/test';
import { waitForApp } from './helpers/ready';

// The evidence map and its findings table are most of /interventions' markup. While the app takes the prerendered page
// over, it keeps them as the build wrote them rather than hydrating every node; the first filter hands them to React.

test('the prerendered evidence map and table are kept as they are while the app starts, with no hydration error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Remember the nodes the HTML parser made, before any of the app's code has run on them.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const marked = window as unknown as Record<string, unknown>;
      marked.parsedMap = document.querySelector('#evidence-map-drawing svg');
      marked.parsedTable = document.querySelector('#evidence-map-findings table');
    });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/interventions');
  await waitForApp(page);
  const kept = await page.evaluate(() => {
    const marked = window as unknown as Record<string, unknown>;
    // React marks every node it hydrates with its fiber; a kept node carries none.
    const hydrated = (node: unknown) =>
      node instanceof Node && Object.keys(node).some((key) => key.startsWith('__react'));
    return {
      mapHydrated: hydrated(marked.parsedMap),
      tableHydrated: hydrated(marked.parsedTable),
      map: marked.parsedMap !== null && marked.parsedMap === document.querySelector('#evidence-map-drawing svg'),
      table:
        marked.parsedTable !== null && marked.parsedTable === document.querySelector('#evidence-map-findings table'),
    };
  });
  expect(kept).toEqual({ map: true, table: true, mapHydrated: false, tableHydrated: false });
  expect(errors).toEqual([]);

  // The build leaves the map's tooltips out of the page too; the first pointer over the map draws them.
  const wideMap = page.locator('#evidence-map-drawing svg[data-variant="wide"]');
  expect(await wideMap.locator('title').count()).toBe(0);
  await wideMap.hover();
  await expect.poll(() => wideMap.locator('.evidence-map-cell title').count()).toBeGreaterThan(0);

  // The build leaves each cell's findings out of the page. Opening a cell, by keyboard here, hands the table to React,
  // which draws that cell open with the trials' own words, and the focus stays on it.
  const table = page.getByRole('table', { name: /Findings of trials by programme and outcome/ });
  expect(await table.locator('details li').count()).toBe(0);
  const firstCell = table.locator('details').first();
  await firstCell.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(firstCell).toHaveAttribute('open', '');
  await expect(firstCell.locator('li').first()).toContainText('“');
  await expect(firstCell.locator('summary')).toBeFocused();
  expect(await page.evaluate(() => document.querySelector('#evidence-map-findings table') === null)).toBe(false);
  expect(errors).toEqual([]);
  // A programme link in the table is followed by the router, not a reload.
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).sameDocument = true;
  });
  const firstProgramme = table.getByRole('rowheader').first().getByRole('link');
  const name = (await firstProgramme.textContent()) ?? '';
  await firstProgramme.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test('the first filter redraws the kept map and table for the programmes it leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/interventions');
  await waitForApp(page);
  const map = page.getByRole('img', { name: /Evidence map of \d+ programmes/ });
  const rows = page.getByRole('table', { name: /Findings of trials by programme and outcome/ }).getByRole('rowheader');
  const allRows = await rows.count();

  const filters = page.getByRole('form', { name: 'Filter interventions' });
  await filters.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().check();
  const status = page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ programmes$/ });
  await expect(status).toBeVisible();
  const shown = Number(/^Showing (\d+) of/.exec((await status.textContent()) ?? '')?.[1]);
  expect(shown).toBeLessThan(allRows);
  await expect(map.first()).toHaveAccessibleName(new RegExp(`^Evidence map of ${shown} programmes`));
  await expect(rows).toHaveCount(shown);

  // Back to every programme: the island stays React's, and still lists them all.
  await page.goBack();
  await expect(rows).toHaveCount(allRows);
});
