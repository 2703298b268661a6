import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests, recordScripts } from './helpers/same-origin';
import { ROUNDING_CAVEAT } from '../src/domain/plain-language/outcome-summary';

async function expectIntervalOnBenefitSide(page: Page, outcomeId: string) {
  // The chart has a phone and a wide layout; only the one that suits the screen is shown.
  const chart = page.locator('.forest-svg').filter({ visible: true });
  await expect(chart).toHaveCount(1);
  const interval = chart.locator(`.forest-interval[data-row-id="${outcomeId}"]`);
  await expect(interval).toBeVisible();
  const zero = await chart.locator('.forest-zero-line line').boundingBox();
  const box = await interval.boundingBox();
  if (!zero || !box) throw new Error('chart not drawn');
  // Benefit is on the right: the whole interval starts at or right of the zero line (allowing for the end cap's width).
  expect(box.x + 2, `${outcomeId} interval left edge`).toBeGreaterThanOrEqual(zero.x);
}

test('the home page shows the key numbers and findings without loading chart code or leaving the origin', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  const scripts = recordScripts(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('what the evidence says');
  const keyNumbers = page.getByRole('list', { name: 'Key numbers' });
  await expect(keyNumbers).toContainText('77');
  await expect(keyNumbers).toContainText('5,660');
  await expect(page.getByRole('heading', { name: 'Infant attachment' })).toBeVisible();
  await expect(
    page.getByText('Very few of the included studies were rated as good quality', { exact: false }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /forest-plot|recharts/.test(url))).toEqual([]);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('the outcomes page charts all six outcomes with benefit on the right and a table alternative', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/outcomes');
  const chart = page.getByRole('img', { name: /Forest plot/ }).filter({ visible: true });
  await expect(chart.locator('.forest-side-right')).toContainText(/intervention\s→/);
  await expect(chart.locator('.forest-side-left')).toContainText(/←\sFavours the/);
  for (const id of [
    'parental-reflective-functioning',
    'maternal-depression',
    'infant-behaviour',
    'infant-attachment',
  ]) {
    await expectIntervalOnBenefitSide(page, id);
  }
  await expect(chart.locator('.forest-interval')).toHaveCount(4);
  await expect(chart.locator('.forest-no-figures')).toHaveCount(2);
  const table = page.getByRole('table', { name: /Pooled results by outcome/ });
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row', { name: /Parental stress/ })).toContainText('figures not reported');
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

const SIGNIFICANT = [
  { id: 'parental-reflective-functioning', printed: ['\u22120.68', '\u22120.06'], oriented: '0.06 to 0.68' },
  { id: 'maternal-depression', printed: ['0.13', '0.45'], oriented: '0.13 to 0.45' },
  { id: 'infant-behaviour', printed: ['0.00', '0.43'], oriented: '0.00 to 0.43' },
  { id: 'infant-attachment', printed: ['\u22120.95', '\u22120.19'], oriented: '0.19 to 0.95' },
];

for (const outcome of SIGNIFICANT) {
  test(`/outcomes/${outcome.id} shows the interval as printed and draws it on the benefit side`, async ({ page }) => {
    const foreign = recordForeignRequests(page, ORIGIN);
    await page.goto(`/outcomes/${outcome.id}`);
    const main = page.getByRole('main');
    for (const figure of outcome.printed) await expect(main).toContainText(figure);
    await expect(main).toContainText(outcome.oriented);
    await expect(main.getByText('derived').first()).toBeVisible();
    await expect(main.getByRole('heading', { name: 'How sure can we be?' })).toBeVisible();
    await expectIntervalOnBenefitSide(page, outcome.id);
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
  });
}

// Changed deliberately (issue 8): the printed 0.00 with p = 0.04 is rounding, so the page explains it and keeps the
// release's verdict (significant) instead of saying "no benefit cannot be ruled out", which contradicted the headline.
test('/outcomes/infant-behaviour explains that its printed 0.00 is rounding and keeps the significant verdict', async ({
  page,
}) => {
  await page.goto('/outcomes/infant-behaviour');
  // The rounding note keeps its condition (audit P18): the low end is above 0 only if the interval and p share a test.
  await expect(page.getByRole('main')).toContainText(ROUNDING_CAVEAT);
  await expect(page.getByRole('main')).not.toContainText('no benefit cannot be ruled out');
});

for (const id of ['parental-stress', 'parent-infant-interaction']) {
  test(`/outcomes/${id} says there was no significant difference and shows no invented figures`, async ({ page }) => {
    await page.goto(`/outcomes/${id}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: /No significant difference: figures not reported/ })).toBeVisible();
    await expect(page.locator('.forest-interval')).toHaveCount(0);
    await expect(main).not.toContainText('95% confidence interval');
    await expect(main).not.toContainText('Number needed to treat');
    await expectNoAxeViolations(page);
  });
}

test('a source link goes in one click to the source entry, with where to look', async ({ page }) => {
  await page.goto('/outcomes/infant-attachment');
  await page.getByRole('link', { name: 'Source for the infant attachment result' }).first().click();
  await expect(page).toHaveURL(/\/about#source-press-release-2022$/);
  const entry = page.locator('#source-press-release-2022');
  await expect(entry).toBeFocused();
  await expect(entry).toContainText('Infant attachment: 95%CI -0.95 to -0.19');
  await expect(entry).toContainText('Where: "Key data"');
  await expectNoAxeViolations(page);
});

test('a broken dataset shows a clear error that names the problem', async ({ page }) => {
  await page.route('**/data/evidence.json', async (route) => {
    const response = await route.fetch();
    const dataset = (await response.json()) as { outcomes: { result: { ci95?: { lower: unknown } } }[] };
    const attachment = dataset.outcomes[3];
    if (attachment?.result.ci95) attachment.result.ci95.lower = 'not a number';
    await route.fulfill({ response, json: dataset });
  });
  await page.goto('/outcomes');
  await expect(page.getByRole('heading', { name: 'The evidence dataset has a problem' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'outcomes row 4 (id "infant-attachment"), field result.ci95.lower',
  );
  await expectNoAxeViolations(page);
});

test('a dataset that is not JSON at all says so instead of showing a blank page', async ({ page }) => {
  await page.route('**/data/evidence.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1,' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('an unknown address shows a page-not-found message inside the site', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto('/outcomes/no-such-outcome');
  await expect(page.getByRole('heading', { name: 'Outcome not found' })).toBeVisible();
});

test('the site can be used with the keyboard: skip link first, then the navigation, with visible focus', async ({
  page,
}) => {
  await page.goto('/');
  // A person starts tabbing once the page has appeared.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Key numbers' })).toBeVisible();
  const order: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.textContent.trim() ?? ''));
  }
  expect(order).toEqual(['Skip to main content', 'Under-5s Evidence Explorer', 'Home', 'Outcomes']);
  const outcomesLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes' });
  await expect(outcomesLink).toBeFocused();
  const background = await outcomesLink.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(255, 235, 59)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/outcomes$/);
});

test('the about page lists sources, derived figures, limitations and the dataset version', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/about');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'How to cite', exact: true })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'How to cite this page' })).toBeVisible();
  await expect(main).toContainText('10.1080/15289168.2023.2223739');
  await expect(main).toContainText(/Dataset version \d+\.\d+\.\d+/);
  await expect(main.getByRole('heading', { name: /Figures we worked out/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});
