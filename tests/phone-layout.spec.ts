import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

// A health visitor's phone: 390 × 844, touch.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const FIRST_SCREEN_PAGES = ['/', '/outcomes/maternal-depression', '/interventions', '/families/maternal-depression'];

for (const path of FIRST_SCREEN_PAGES) {
  test(`on a phone, ${path} shows its heading in the first 160 px, with a menu button and a Families link, and passes axe`, async ({
    page,
  }) => {
    // Two axe runs on a long page (the catalogue) on a busy machine.
    test.setTimeout(90_000);
    await page.goto(path);
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading?.y ?? Infinity, 'top of the page heading').toBeLessThan(160);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Families', exact: true })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(page);
    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBe(390);
  });
}

test('on a phone, the menu opens, leads to a page and closes there', async ({ page }) => {
  await page.goto('/outcomes/maternal-depression');
  await page.getByRole('button', { name: 'Menu' }).tap();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).tap();
  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
});

test('on a phone, tapping a glossary term shows its definition in place; a second tap closes it', async ({ page }) => {
  await page.goto('/outcomes/maternal-depression');
  const term = page.getByRole('link', { name: 'Certainty', exact: true });
  await term.tap();
  const tooltip = page.getByRole('tooltip').filter({ hasText: 'Certainty' });
  await expect(tooltip).toBeVisible();
  await expect(page).toHaveURL(/\/outcomes\/maternal-depression$/);
  // The definition sits beside the term, on the screen.
  const box = await tooltip.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await term.tap();
  await expect(tooltip).toBeHidden();
  // By keyboard the term is still a link to the glossary.
  await term.blur();
  await term.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: 'Certainty' })).toBeVisible();
  await term.press('Enter');
  await expect(page).toHaveURL(/\/glossary#certainty$/);
});

test('at laptop width the whole navigation shows, with no menu button', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto('/families/maternal-depression');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Families' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/outcomes/maternal-depression');
  await expect(nav.getByRole('link', { name: 'Analyse data' })).toBeVisible();
  await expect(
    page.getByTestId('help-now-note').getByRole('link', { name: 'Help now contacts for parents' }),
  ).toHaveAttribute('href', '/families/maternal-depression#help-now');
  await expectNoAxeViolations(page);
  await context.close();
});

for (const width of [1280, 1366]) {
  test(`at ${width} px wide (a laptop, a projector) every page's link in the navigation fits on one line`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    // The longest label in bold, as the current page.
    await page.goto('/provision-and-policy');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    const boxes = await links.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { top: Math.round(box.top), right: box.right, height: box.height };
      }),
    );
    expect(boxes.length, 'links in the navigation').toBeGreaterThan(4);
    expect(new Set(boxes.map((box) => box.top)).size, 'lines of links').toBe(1);
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBe(width);
    await context.close();
  });
}
