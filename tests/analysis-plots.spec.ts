import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// The analysis plots (forest, leave-one-out, funnel) as the user sees and saves them: each is drawn, has a text
// alternative, and downloads as an SVG and as a PNG that decodes.

test.describe.configure({ timeout: 120_000 });

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    'PNG signature',
  ).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function save(page: Page, name: RegExp): Promise<{ fileName: string; path: string }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const download = await waiting;
  const path = await download.path();
  return { fileName: download.suggestedFilename(), path };
}

test('the example’s forest, leave-one-out and funnel plots are drawn and download as SVG and as a PNG that decodes', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await page.getByRole('button', { name: 'Open the example (another review’s data)' }).click();
  await expect(page.getByTestId('pooled-estimate')).toHaveText('0.46 (0.26 to 0.65)');

  const loo = page.getByRole('region', { name: 'Leave one out' });
  const looPlot = loo
    .getByRole('img', { name: /^Leave-one-out plot: \d+ pooled results, each without one study/ })
    .first();
  await expect(looPlot).toBeVisible();
  const rows = await loo.locator('svg[data-variant="wide"] .forest-row-study').count();
  const tableRows = await loo.getByRole('table').getByRole('row').count();
  expect(rows, 'one plotted row per omitted study, as in the table').toBe(tableRows - 1);
  await expect(loo.locator('svg[data-variant="wide"] .forest-row-pooled')).toHaveCount(1);
  await expect(loo.locator('svg[data-variant="wide"]')).toContainText('Favours intervention');
  await expectNoAxeViolations(page);

  for (const plot of ['forest plot', 'leave-one-out plot', 'funnel plot']) {
    const svg = await save(page, new RegExp(`^Download SVG of the ${plot}$`));
    expect(svg.fileName).toMatch(/\.svg$/);
    const text = readFileSync(svg.path, 'utf8');
    expect(text).toContain('<svg');
    expect(text, `${plot}: the file says whose data it is`).toContain('another review');

    const png = await save(page, new RegExp(`^Download PNG of the ${plot}$`));
    expect(png.fileName).toMatch(/\.png$/);
    const bytes = readFileSync(png.path);
    const { width, height } = pngSize(bytes);
    expect(width, `${plot}: print resolution`).toBeGreaterThanOrEqual(2400);
    expect(height).toBeGreaterThan(100);
    expect(execFileSync('file', ['-b', png.path], { encoding: 'utf8' })).toMatch(/^PNG image data/);
    // A blank canvas compresses to almost nothing; a drawn plot does not.
    expect(bytes.length, `${plot}: the PNG holds a drawing`).toBeGreaterThan(20_000);
    await expect(page.getByRole('status').filter({ hasText: png.fileName })).toBeVisible();
  }
  expect(foreign).toEqual([]);
});

test('on a 390 px phone the loaded analysis page does not scroll sideways; wide tables scroll inside their own focusable box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReady(page, '/analysis');
  await page.getByRole('button', { name: 'Open the example (another review’s data)' }).click();
  await expect(page.getByTestId('pooled-estimate')).toHaveText('0.46 (0.26 to 0.65)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole('region', { name: 'Studies table' })).toHaveAttribute('tabindex', '0');
  await expectNoAxeViolations(page);
});

test('a study is left out and brought back from its name in the forest plot, by keyboard', async ({ page }) => {
  await openReady(page, '/analysis');
  await page.getByRole('button', { name: 'Open the example (another review’s data)' }).click();
  await expect(page.getByTestId('pooled-estimate')).toHaveText('0.46 (0.26 to 0.65)');
  const studies = page.getByText('Studies', { exact: true }).locator('xpath=following-sibling::dd[1]');
  await expect(studies).toHaveText('5');

  const leaveOut = page.getByRole('button', { name: 'Leave out Barlow et al (ref 59) (line 31)' });
  await leaveOut.focus();
  await page.keyboard.press('Enter');
  await expect(studies).toHaveText('4');
  await expect(page.getByRole('checkbox', { name: 'Include Barlow et al (ref 59) (line 31)' })).not.toBeChecked();
  await expect(page).toHaveURL(/exclude=31/);
  await expect(page.locator('svg[data-variant="wide"] [data-row-id="line-31"]').first()).toContainText('left out');

  const include = page.getByRole('button', { name: 'Include Barlow et al (ref 59) (line 31)' });
  await expect(include).toBeFocused();
  await page.keyboard.press('Space');
  await expect(studies).toHaveText('5');
  await expect(page.getByRole('checkbox', { name: 'Include Barlow et al (ref 59) (line 31)' })).toBeChecked();
  await expectNoAxeViolations(page);
});
