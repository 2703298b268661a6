import { expect, test, type Page } from '@playwright/test';
import { formatEffect, formatInterval } from '../src/domain/format';
import { pool } from '../src/domain/stats/pool';
import { openReady } from './helpers/ready';

// Issue 19 part 8, "Large files stay responsive": from choosing a 10,000-row file to the pooled result on screen takes
// at most 1.5 s, and no main-thread task runs over 200 ms (the Long Tasks API) on the way. Timed in the page itself,
// from the file input's change event to the frame after the pooled result appears.

const FILE_LABEL = 'Choose a CSV file, or a saved workspace file (.json)';

/** A deterministic table of `rows` studies (yi, vi) from a small linear congruential generator. */
function largeTable(rows: number): { csv: string; effects: { yi: number; vi: number }[] } {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const effects = Array.from({ length: rows }, () => ({
    yi: Number((next() - 0.4).toFixed(4)),
    vi: Number((0.01 + next() * 0.2).toFixed(4)),
  }));
  const csv = ['study,yi,vi', ...effects.map((effect, index) => `Study ${index + 1},${effect.yi},${effect.vi}`)].join(
    '\n',
  );
  return { csv, effects };
}

interface Timing {
  /** From the change event to the frame after the pooled result appears, ms. */
  toResult: number;
  /** From the change event until the plots and tables under the result are drawn, ms. */
  toDrawn: number;
  /** The longest long task from the change event until 0.5 s after everything is drawn, ms (0 when there was none). */
  longestTask: number;
  tasks: number;
}

/** Chooses the file in a freshly opened page and times it to the pooled result on screen. */
async function timeChoosing(page: Page, csv: string): Promise<{ timing: Timing; pooledText: string }> {
  await openReady(page, '/analysis');
  await page.evaluate(() => {
    const probe = { chose: 0, painted: 0, tasks: [] as { start: number; duration: number }[] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('change', () => (probe.chose = performance.now()), { capture: true });
    const seen = new MutationObserver(() => {
      if (probe.painted !== 0 || !document.querySelector('[data-testid="pooled-estimate"]')) return;
      seen.disconnect();
      // The frame after the result is in the document: it is then on screen.
      requestAnimationFrame(() => setTimeout(() => (probe.painted = performance.now())));
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  await page
    .getByLabel(FILE_LABEL)
    .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForFunction(() => (window as unknown as { __probe: { painted: number } }).__probe.painted > 0, null, {
    timeout: 60_000,
  });
  // The plots and tables under the result are drawn next: every long task until they are on screen counts too.
  await page.getByTestId('studies-table-page').waitFor({ timeout: 60_000 });
  await page
    .getByRole('region', { name: /^Funnel plot/ })
    .locator('svg')
    .first()
    .waitFor({ timeout: 60_000 });
  const drawnAt = await page.evaluate(() => performance.now());
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(500);
  const timing = await page.evaluate((drawn) => {
    const probe = (
      window as unknown as { __probe: { chose: number; painted: number; tasks: { start: number; duration: number }[] } }
    ).__probe;
    const after = probe.tasks.filter((task) => task.start + task.duration >= probe.chose);
    return {
      toResult: probe.painted - probe.chose,
      toDrawn: drawn - probe.chose,
      longestTask: Math.max(0, ...after.map((task) => task.duration)),
      tasks: after.length,
    };
  }, drawnAt);
  return { timing, pooledText: (await page.getByTestId('pooled-estimate').textContent()) ?? '' };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function report(rows: number, timings: Timing[]): void {
  const times = timings.map((timing) => Math.round(timing.toResult));
  const longest = timings.map((timing) => Math.round(timing.longestTask));
  const drawn = timings.map((timing) => Math.round(timing.toDrawn));
  console.log(
    `${rows.toLocaleString('en-GB')} rows: to pooled result ${times.join(', ')} ms (median ${median(times)}); ` +
      `plots and tables drawn ${drawn.join(', ')} ms (median ${median(drawn)}); ` +
      `longest long task ${longest.join(', ')} ms (median ${median(longest)}); long tasks ${timings.map((timing) => timing.tasks).join(', ')}`,
  );
}

// Each run builds a fresh page; a busy 2-core machine needs the room.
test.describe.configure({ timeout: 240_000 });

test('a 10,000-row file is pooled within 1.5 s of choosing it, with no main-thread task over 200 ms', async ({
  browser,
}) => {
  const { csv, effects } = largeTable(10_000);
  const expected = pool(effects, { method: 'REML', test: 'z' });
  const expectedText = `${formatEffect(expected.estimate)} (${formatInterval({ lower: expected.ciLower, upper: expected.ciUpper })})`;
  // Three runs, each in a fresh context: the figures on a shared machine are noisy, so the median is what is held.
  const timings: Timing[] = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { timing, pooledText } = await timeChoosing(page, csv);
    expect(pooledText).toBe(expectedText);
    await expect(page.getByTestId('row-count')).toHaveText('10000 of 10000 rows analysed.');
    timings.push(timing);
    await context.close();
  }
  report(10_000, timings);
  expect(median(timings.map((timing) => timing.toResult))).toBeLessThanOrEqual(1500);
  expect(median(timings.map((timing) => timing.longestTask))).toBeLessThanOrEqual(200);
});

// Not held to a figure (the issue asks only that it is measured): MEASURE_50K=1 runs it and prints the figures.
test('a 50,000-row file: the figures', async ({ browser }) => {
  test.skip(!process.env.MEASURE_50K, 'set MEASURE_50K=1 to measure 50,000 rows');
  const { csv } = largeTable(50_000);
  const timings: Timing[] = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext();
    const { timing } = await timeChoosing(await context.newPage(), csv);
    timings.push(timing);
    await context.close();
  }
  report(50_000, timings);
});
