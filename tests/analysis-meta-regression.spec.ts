import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady, waitForApp } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Meta-regression on the reader's own columns: metafor's dat.bcg with absolute latitude, year and allocation, and
// metafor 3.8's answers for each model (scripts/r/make-meta-regression-page-fixture.R).
const csv = readFileSync(new URL('./fixtures/bcg-moderators.csv', import.meta.url), 'utf8');
interface Model {
  r: string;
  estimates: number[];
  se: number[];
  ciLower: number[];
  ciUpper: number[];
  tau2: number;
  r2: number;
  qm: number;
  qmDf: (number | string)[];
  qe: number;
  qeDf: number;
  k: number;
}
const metafor = JSON.parse(
  readFileSync(new URL('./fixtures/bcg-meta-regression-metafor.json', import.meta.url), 'utf8'),
) as Record<'ablatYear' | 'ablatYearKnha' | 'ablatAlloc', Model>;

test.describe.configure({ timeout: 120_000 });

/** As the page rounds: a true minus sign and a fixed number of decimals. */
const fixed = (value: number, decimals: number) =>
  value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0
    ? `\u2212${Math.abs(value).toFixed(decimals)}`
    : Math.abs(value).toFixed(decimals);

async function expectModel(page: Page, model: Model, terms: string[]) {
  const rows = page.getByTestId('meta-regression-coefficient');
  await expect(rows).toHaveCount(terms.length);
  for (const [index, term] of terms.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(term);
    await expect(row.getByRole('cell').nth(0)).toHaveText(fixed(model.estimates[index] ?? Number.NaN, 4));
    await expect(row.getByRole('cell').nth(1)).toHaveText(fixed(model.se[index] ?? Number.NaN, 4));
    await expect(row.getByRole('cell').nth(2)).toHaveText(
      `${fixed(model.ciLower[index] ?? Number.NaN, 4)} to ${fixed(model.ciUpper[index] ?? Number.NaN, 4)}`,
    );
  }
  const [numerator, denominator] = model.qmDf;
  await expect(page.getByTestId('meta-regression-qm')).toContainText(
    typeof denominator === 'number'
      ? `F = ${model.qm.toFixed(2)} on ${numerator} and ${denominator} df`
      : `QM = ${model.qm.toFixed(2)} on ${numerator} df`,
  );
  await expect(page.getByTestId('meta-regression-qe')).toContainText(`QE = ${model.qe.toFixed(2)} on ${model.qeDf} df`);
  await expect(page.getByTestId('meta-regression-tau2')).toContainText(`Residual τ² = ${model.tau2.toFixed(4)}`);
  await expect(page.getByTestId('meta-regression-r2')).toContainText(`${model.r2.toFixed(1)}%`);
}

test('meta-regression of dat.bcg on latitude and year gives metafor’s coefficients, QM, τ² and R², with a bubble plot; reload keeps it', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await page.getByLabel('Or paste a table (with its header row)').fill(csv);
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
  await expect(page.getByTestId('row-count')).toHaveText('13 of 13 rows analysed.');

  const panel = page.getByRole('region', { name: 'Meta-regression', exact: true });
  await expect(panel.getByText('Choose at least one moderator to fit the model.')).toBeVisible();
  await panel.getByRole('checkbox', { name: 'ablat', exact: true }).check();
  await expect(page).toHaveURL(/mod=continuous%3Aablat/);
  await panel.getByRole('checkbox', { name: 'year', exact: true }).check();
  await expect(panel.getByLabel('Read “year” as')).toHaveValue('continuous');
  await expect(panel.getByTestId('meta-regression-method')).toContainText(
    'Mixed-effects meta-regression, REML, as metafor’s rma(yi, vi, mods = ~ ablat + year, method = "REML", test = "z")',
  );
  await expectModel(page, metafor.ablatYear, ['Intercept', 'ablat', 'year']);

  // One mark per study in the model, and the fitted line.
  const plot = panel.locator('svg[data-chart="bubble-plot"]');
  await expect(plot.locator('circle.bubble-study')).toHaveCount(metafor.ablatYear.k);
  await expect(plot).toContainText('log risk ratio');
  await expect(plot).toContainText('ablat');
  await panel.getByText('The bubble plot’s values as a table').click();
  await expect(panel.getByRole('table').nth(1).getByRole('row')).toHaveCount(metafor.ablatYear.k + 1);
  await expectNoAxeViolations(page);

  // The plot downloads as SVG (one circle per study, the axes named) and as a PNG.
  for (const kind of ['SVG', 'PNG']) {
    const waiting = page.waitForEvent('download');
    await panel.getByRole('button', { name: `Download ${kind} of the bubble plot` }).click();
    const download = await waiting;
    expect(download.suggestedFilename()).toMatch(new RegExp(`bubble-plot\\.${kind.toLowerCase()}$`));
    const bytes = readFileSync(await download.path());
    if (kind === 'SVG') {
      const text = bytes.toString('utf8');
      expect(text.match(/class="bubble-study"/g)).toHaveLength(metafor.ablatYear.k);
      expect(text).toContain('log risk ratio');
    } else expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  }

  // Knapp–Hartung: t tests and an F test of the moderators.
  await page.getByLabel('Test and interval').selectOption('knha');
  await expectModel(page, metafor.ablatYearKnha, ['Intercept', 'ablat', 'year']);
  await page.getByLabel('Test and interval').selectOption('z');

  // Year out, allocation in as groups: each compared with the first, "random".
  await panel.getByRole('checkbox', { name: 'year', exact: true }).uncheck();
  await panel.getByRole('checkbox', { name: 'alloc', exact: true }).check();
  await expect(panel.getByLabel('Read “alloc” as')).toHaveValue('categorical');
  await expectModel(page, metafor.ablatAlloc, ['Intercept', 'ablat', 'alloc: alternate', 'alloc: systematic']);
  await expect(panel).toContainText('For alloc, each group is compared with “random”, the first in the file.');

  await page.reload();
  await waitForApp(page);
  await expect(panel.getByRole('checkbox', { name: 'ablat', exact: true })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'alloc', exact: true })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'year', exact: true })).not.toBeChecked();
  await expect(panel.getByLabel('Read “alloc” as')).toHaveValue('categorical');
  await expectModel(page, metafor.ablatAlloc, ['Intercept', 'ablat', 'alloc: alternate', 'alloc: systematic']);
  await expectNoAxeViolations(page);

  // Phone width: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await panel.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(foreign).toEqual([]);
});

test('a study with no value for a moderator is left out, and the page says which', async ({ page }) => {
  await openReady(page, '/analysis');
  const lines = csv.trimEnd().split('\n');
  lines[2] = (lines[2] ?? '').replace(',55,', ',NA,');
  await page.getByLabel('Or paste a table (with its header row)').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
  const panel = page.getByRole('region', { name: 'Meta-regression', exact: true });
  await panel.getByRole('checkbox', { name: 'ablat', exact: true }).check();
  await expect(panel.getByTestId('meta-regression-left-out')).toContainText('1 study is left out');
  await expect(panel.getByTestId('meta-regression-left-out')).toContainText(
    'Ferguson & Simes 1949 (line 3): no value for ablat',
  );
  await expect(panel.getByTestId('meta-regression-method')).toContainText('on the 12 studies');
  await expect(panel.locator('circle.bubble-study')).toHaveCount(12);
  await expectNoAxeViolations(page);
});
