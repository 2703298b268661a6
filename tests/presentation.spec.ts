import { openReady, waitForApp } from './helpers/ready';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

const PROJECTOR = { width: 1280, height: 720 };
const BODY_MIN_PX = 28;
const SMALLEST_MIN_PX = 20;

async function slideCount(page: Page): Promise<number> {
  const text = await page.locator('.deck-counter').innerText();
  const match = /of (\d+)/.exec(text);
  if (!match?.[1]) throw new Error(`no slide count in "${text}"`);
  return Number(match[1]);
}

/** Sizes of every visible piece of text on the slide, as drawn: HTML text by its font size, chart text scaled by the SVG. */
async function textSizes(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('.deck-screen');
    if (!stage) throw new Error('no deck');
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    const sizes: { text: string; px: number; role: 'body' | 'other' | 'chart' }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('.sr-only')) continue;
      if (element instanceof SVGElement) {
        const svgText = element.closest('text');
        const matrix = (svgText as SVGGraphicsElement | null)?.getScreenCTM();
        sizes.push({
          text,
          px: parseFloat(style.fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1),
          role: 'chart',
        });
        continue;
      }
      const inBody =
        element.closest('.slide-body, .slide-lead, .slide-figures, .slide-source-list, .slide-title') &&
        !element.closest('.slide-markers, .slide-small');
      sizes.push({ text, px: parseFloat(style.fontSize), role: inBody ? 'body' : 'other' });
    }
    return sizes;
  });
}

test('→ walks every slide with the URL following, and a reload stays on the slide', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present');
  await expect(page.locator('.deck-counter')).toHaveText(/Slide 1 of \d+/);
  const count = await slideCount(page);
  expect(count).toBeGreaterThan(5);
  for (let slide = 2; slide <= count; slide += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(`${ORIGIN}/present/${slide}`);
    await expect(page.locator('.deck-counter')).toHaveText(`Slide ${slide} of ${count}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // At the end, → stays on the last slide.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${ORIGIN}/present/${count}`);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(`${ORIGIN}/present/1`);
  await expect(page.locator('.deck-counter')).toHaveText(`Slide 1 of ${count}`);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(`${ORIGIN}/present/${count}`);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(`${ORIGIN}/present/${count - 1}`);

  // A clicker pressed three times quickly moves three slides, even before the first move has rendered.
  await page.keyboard.press('Home');
  await expect(page.locator('.deck-counter')).toHaveText(`Slide 1 of ${count}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(`${ORIGIN}/present/4`);
  await expect(page.locator('.deck-counter')).toHaveText(`Slide 4 of ${count}`);

  await openReady(page, '/present/3');
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.deck-counter')).toHaveText(`Slide 3 of ${count}`);
  // Screen readers hear the change.
  await page.keyboard.press('PageDown');
  await expect(page.locator('[aria-live="polite"]').first()).toContainText(`Slide 4 of ${count}`);
  expect(foreign).toEqual([]);
});

test('F puts the presentation in full screen and Escape leaves it', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/2');
  await expect(page.locator('.deck-stage .slide')).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen (F)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
  await expect(page).toHaveURL(`${ORIGIN}/present/2`);
});

test('a swipe to the left on a touch screen moves to the next slide', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/2');
  const stage = page.locator('.deck-stage');
  await stage.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 900, clientY: 300, isPrimary: true });
  await stage.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 500, clientY: 310, isPrimary: true });
  await expect(page).toHaveURL(`${ORIGIN}/present/3`);
});

test('at 1280x720 every slide fits without scrolling, body text is at least 28 px and nothing is under 20 px', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/1');
  const count = await slideCount(page);
  for (let slide = 1; slide <= count; slide += 1) {
    await openReady(page, `/present/${slide}`);
    await expect(page.locator('.deck-stage .slide')).toBeVisible();
    const fit = await page.evaluate(() => {
      const element = document.querySelector('.deck-stage .slide');
      if (!element) throw new Error('no slide');
      const box = element.getBoundingClientRect();
      const overflowingChildren = [...element.children]
        .filter((child) => child.getBoundingClientRect().bottom > box.bottom + 1)
        .map((child) => child.className);
      return {
        slide: [element.scrollWidth <= element.clientWidth + 1, element.scrollHeight <= element.clientHeight + 1],
        page: [
          document.documentElement.scrollWidth <= window.innerWidth,
          document.documentElement.scrollHeight <= window.innerHeight,
        ],
        overflowingChildren,
      };
    });
    expect(fit, `slide ${slide} fits`).toEqual({ slide: [true, true], page: [true, true], overflowingChildren: [] });
    const sizes = await textSizes(page);
    const tooSmall = sizes
      .filter((size) => size.px < (size.role === 'body' ? BODY_MIN_PX : SMALLEST_MIN_PX) - 0.01)
      .map((size) => `${size.text} (${size.px.toFixed(1)} px)`);
    expect(tooSmall, `slide ${slide}: text below the minimum`).toEqual([]);
    expect(sizes.some((size) => size.role === 'body')).toBe(true);
  }
});

test('the outcome slides draw their chart with labels of at least 20 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/1');
  const count = await slideCount(page);
  let charts = 0;
  for (let slide = 1; slide <= count; slide += 1) {
    await openReady(page, `/present/${slide}`);
    await expect(page.locator('.deck-stage .slide')).toBeVisible();
    if ((await page.locator('.deck-stage svg[role="img"]').count()) === 0) continue;
    charts += 1;
    const chartSizes = (await textSizes(page)).filter((size) => size.role === 'chart');
    expect(chartSizes.length).toBeGreaterThan(0);
    expect(
      chartSizes.filter((size) => size.px < SMALLEST_MIN_PX).map((size) => `${size.text} ${size.px.toFixed(1)}`),
      `slide ${slide}`,
    ).toEqual([]);
  }
  expect(charts).toBeGreaterThan(0);
});

test('the presenter window follows the audience window, and the audience follows the presenter', async ({
  page,
  context,
}) => {
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/2');
  const count = await slideCount(page);
  // S opens the presenter window on the same slide.
  const [opened] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(opened).toHaveURL(`${ORIGIN}/present/2?view=presenter`);
  await expect(opened.getByRole('heading', { level: 1 })).toHaveText(`Presenter view: slide 2 of ${count}`);
  await expect(opened.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
  await expect(opened.getByRole('timer')).toBeVisible();
  await opened.close();

  const presenter = await context.newPage();
  await openReady(presenter, '/present/2?view=presenter');
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(`Presenter view: slide 2 of ${count}`);

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${ORIGIN}/present/3`);
  await expect(presenter).toHaveURL(`${ORIGIN}/present/3?view=presenter`);

  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter).toHaveURL(`${ORIGIN}/present/4?view=presenter`);
  await expect(page).toHaveURL(`${ORIGIN}/present/4`);

  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/present/3`);
  await expectNoAxeViolations(presenter);
});

test('every slide, the presenter view and the handout have no axe violations and stay on this site', async ({
  page,
}) => {
  // axe runs once per slide: on a shared two-core machine that takes a while.
  test.setTimeout(180_000);
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/1');
  const count = await slideCount(page);
  for (let slide = 1; slide <= count; slide += 1) {
    await openReady(page, `/present/${slide}`);
    await expect(page.locator('.deck-stage .slide')).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await openReady(page, '/present?view=handout');
  await expect(page.getByRole('heading', { level: 1, name: 'Presentation handout' })).toBeVisible();
  await expect(page.locator('.handout-page')).toHaveCount(count);
  await page.getByLabel('Include speaker notes').check();
  await expect(page.getByRole('heading', { name: 'Speaker notes, slide 1', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('a slide number out of range says so and links to slide 1', async ({ page }) => {
  await openReady(page, '/present/999');
  await expect(page.getByRole('heading', { level: 1, name: 'Slide not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to slide 1' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/present/1`);
  await expect(page.locator('.deck-counter')).toHaveText(/Slide 1 of/);
});

test('slide 4 names the diamond, and no slide shows an impossible p without its reading', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/4');
  const stage = page.locator('.deck-stage .slide');
  await expect(stage).toContainText('The diamond is the pooled result');
  await expect(stage).not.toContainText(/\bbar\b/);
  const count = await slideCount(page);
  for (let slide = 1; slide <= count; slide += 1) {
    await openReady(page, `/present/${slide}`);
    const text = (await page.locator('.deck-stage .slide').innerText()).replace(/\s+/g, ' ');
    expect(text, `slide ${slide}`).not.toMatch(/\bbar\b/);
    for (const printed of text.match(/p < 0\.0+(?!\d)/g) ?? [])
      expect(text, `slide ${slide}: ${printed}`).toContain(`Read “${printed}” as p < 0.`);
  }
});

test('the presenter view fits the screen, its notes scroll by themselves, and the timer starts at the first slide change', async ({
  page,
}) => {
  await page.setViewportSize(PROJECTOR);
  await openReady(page, '/present/6?view=presenter');
  expect(await page.evaluate(() => document.documentElement.scrollHeight), 'page height').toBeLessThanOrEqual(
    PROJECTOR.height,
  );
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('00:00');
  await page.waitForTimeout(1500);
  await expect(timer).toHaveText('00:00');

  const notes = page.getByRole('region', { name: 'Speaker notes' });
  const scrolls = await notes.evaluate((element) => element.scrollHeight > element.clientHeight);
  expect(scrolls, 'slide 6 has more notes than fit').toBe(true);
  await notes.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => notes.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(`${ORIGIN}/present/6?view=presenter`);
  await expectNoAxeViolations(page);

  // → still changes slide from the notes, and the clock starts.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${ORIGIN}/present/7?view=presenter`);
  await expect(timer).toHaveText('00:01', { timeout: 3000 });
});

test('"Include speaker notes" is kept in the handout address', async ({ page }) => {
  await openReady(page, '/present?view=handout');
  await page.getByLabel('Include speaker notes').check();
  await expect(page).toHaveURL(`${ORIGIN}/present?view=handout&notes=yes`);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('Include speaker notes')).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Speaker notes, slide 1', exact: true })).toBeVisible();
  await page.getByLabel('Include speaker notes').uncheck();
  await expect(page).toHaveURL(`${ORIGIN}/present?view=handout`);
});
