import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { readDataset } from './helpers/dataset';

const dataset = readDataset();
// axe over the whole catalogue (about 2,000 elements, the findings table among them) takes 10–20 s on a busy machine.
test.describe.configure({ timeout: 90_000 });
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

/** The smallest size, in CSS pixels, at which any text in the evidence map drawing now on screen is drawn. */
async function smallestMapText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.evidence-map-svg')].find(
      (item) => item.getBoundingClientRect().width > 0,
    );
    if (!svg) return 0;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    return Math.min(...sizes);
  });
}

test('the prerendered /interventions holds the evidence map as SVG, and reads in full with JavaScript off', async ({
  request,
  browser,
}) => {
  const html = await (await request.get('/interventions')).text();
  const body = html.slice(html.indexOf('<body'));
  expect(body).toMatch(/<svg[^>]*viewBox="0 0 800 \d+"[^>]*aria-label="Evidence map of \d+ programmes/);
  expect(body).toMatch(/<svg[^>]*viewBox="0 0 340 \d+"/);
  expect((body.match(/class="evidence-map-glyph"/g) ?? []).length).toBeGreaterThan(40);
  expect(body).not.toContain('Loading the evidence map');
  // No chart library is named for the page to start with.
  expect(html).not.toMatch(/recharts/i);

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: LAPTOP });
  const page = await context.newPage();
  await page.goto('/interventions?type=dyadic');
  await expect(page.getByRole('img', { name: /Evidence map of \d+ programmes/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Findings of trials by programme and outcome/ })).toBeVisible();
  const programmes = page
    .getByRole('region', { name: 'Programmes' })
    .getByRole('heading', { level: 3 })
    .filter({ has: page.getByRole('link') });
  await expect(programmes).toHaveCount(dataset.programmes.length);
  // The prerendered page cannot read the link's filters, so it says so rather than quietly listing everything.
  await expect(page.getByRole('region', { name: 'The filters need JavaScript' })).toContainText(
    `It lists all ${dataset.programmes.length} programmes, even when the link you followed names filters.`,
  );
  await expect(page.getByRole('form', { name: 'Filter interventions' })).toBeHidden();
  // A cell of the findings table opens to a link to its programme's page, which quotes every trial.
  const firstRow = page
    .getByRole('table', { name: /Findings of trials by programme and outcome/ })
    .getByRole('row')
    .filter({ has: page.locator('details') })
    .first();
  const programmeName = (await firstRow.getByRole('rowheader').textContent()) ?? '';
  await firstRow.locator('summary').first().click();
  await expect(firstRow.locator('details[open]').getByRole('link', { name: programmeName })).toBeVisible();
  await context.close();
});

test('no chart library loads on /interventions, and the map’s export code waits for a click', async ({ browser }) => {
  // Without the service worker, which fetches every file for offline use on a first visit.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(new URL(sent.url()).pathname);
  });
  await page.goto('/interventions');
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await page.getByRole('heading', { name: 'Evidence map' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('img', { name: /Evidence map of/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /recharts|export-image/.test(url))).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the map (SVG)' }).click();
  expect((await download).suggestedFilename()).toBe('under5s-evidence-map.svg');
  expect(scripts.some((url) => url.includes('export-image'))).toBe(true);
  expect(scripts.filter((url) => /recharts/.test(url))).toEqual([]);
  await context.close();
});

test('on a 390 px phone the results come first, the map’s key is whole and its text is at least 12 px', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/interventions?type=attachment');
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });

  // The filters are folded behind a button that counts the active ones; the first programme is within two screens.
  const toggle = page.getByRole('button', { name: 'Filters (1 active)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('form', { name: 'Filter interventions' })).toBeHidden();
  const first = page.getByRole('region', { name: 'Programmes' }).getByRole('heading', { level: 3 }).first();
  const firstBox = await first.boundingBox();
  expect(firstBox?.y ?? Infinity).toBeLessThan(2 * PHONE.height);
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: /Attachment-based/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await toggle.click();

  await page.getByRole('heading', { name: 'Evidence map' }).scrollIntoViewIfNeeded();
  for (const name of ['Key to the evidence map: fill', 'Key to the evidence map: shape']) {
    const marks = page.getByRole('list', { name }).locator('svg');
    for (const box of await Promise.all((await marks.all()).map((mark) => mark.boundingBox()))) {
      expect(box?.width).toBe(18);
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width).toBe(true);
    }
  }
  await expect(page.getByRole('img', { name: /Evidence map of/ })).toBeVisible();
  expect(await smallestMapText(page)).toBeGreaterThanOrEqual(12);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectNoAxeViolations(page);
});

test('on a laptop the filters are open beside the results, and the map’s text is at least 12 px', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('/interventions');
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { name: 'Filters', level: 2 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Filter interventions' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await page.getByRole('heading', { name: 'Evidence map' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('img', { name: /Evidence map of/ })).toBeVisible();
  expect(await smallestMapText(page)).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolations(page);
});
