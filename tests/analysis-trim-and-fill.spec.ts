import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { analysePastedTable, answerPrintDialogs, readStatsFixture } from './helpers/analysis';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady, waitForApp } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Trim-and-fill on metafor's dat.bcg (log risk ratios), against metafor 3.8.1's trimfill(rma(...)) as recorded in the
// engine's fixtures (scripts/r/make-trim-and-fill-fixtures.R), with the side chosen as metafor chooses it.
const csv = readFileSync(new URL('./fixtures/bcg-moderators.csv', import.meta.url), 'utf8');
interface Case {
  dataset: string;
  method: string;
  estimator: string;
  side: string;
  test: string;
  k0: number;
  chosenSide: string;
  estimate: number;
  ciLower: number;
  ciUpper: number;
}
const fixture = readStatsFixture('trim-and-fill.json') as { cases: Case[] };
const find = (method: string) =>
  fixture.cases.find(
    (entry) =>
      entry.dataset === 'bcg' &&
      entry.method === method &&
      entry.estimator === 'L0' &&
      entry.side === 'default' &&
      entry.test === 'z',
  );
const figure = (value: number) =>
  `${value < 0 && Number(Math.abs(value).toFixed(2)) !== 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;
const onLogScale = (entry: Case) =>
  `on the log scale ${figure(entry.estimate)} (${figure(entry.ciLower)} to ${figure(entry.ciUpper)})`;
const studies = (count: number) => `${count} ${count === 1 ? 'study' : 'studies'}`;

test.describe.configure({ timeout: 120_000 });

test('trim-and-fill on dat.bcg matches metafor’s trimfill, draws the filled studies on the funnel, and survives a reload and the report', async ({
  page,
}) => {
  const reml = find('REML');
  const fixed = find('FE');
  if (!reml || !fixed) throw new Error('the fixture has no bcg L0 cases');
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  await analysePastedTable(page, csv, 13);

  const funnel = page.getByRole('region', { name: 'Funnel plot, Egger’s test and trim-and-fill' });
  const filledMarks = funnel
    .locator('svg rect')
    .filter({ has: page.locator('title', { hasText: /^Filled \d+, mirroring / }) });
  await expect(filledMarks).toHaveCount(0);
  await funnel.getByLabel('Trim-and-fill (metafor’s trimfill)').selectOption('L0');

  const k0 = page.getByTestId('trim-and-fill-k0');
  await expect(k0).toContainText(`Estimator L0: ${studies(reml.k0)} estimated missing on the ${reml.chosenSide}`);
  await expect(page.getByTestId('trim-and-fill-estimate')).toContainText(onLogScale(reml));
  await expect(filledMarks).toHaveCount(reml.k0);
  await expect(funnel).toContainText('sensitivity analysis, not a correction');
  await expectNoAxeViolations(page);

  await page.getByLabel('Method').selectOption('FE');
  await expect(k0).toContainText(`Estimator L0: ${studies(fixed.k0)} estimated missing on the ${fixed.chosenSide}`);
  await expect(page.getByTestId('trim-and-fill-estimate')).toContainText(onLogScale(fixed));
  await expect(filledMarks).toHaveCount(fixed.k0);

  await page.reload();
  await waitForApp(page);
  await expect(k0).toContainText(`${studies(fixed.k0)} estimated missing`);
  await expect(filledMarks).toHaveCount(fixed.k0);

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?.*trimfill=L0/);
  await expect(page.getByTestId('report-trim-and-fill-estimate')).toContainText(onLogScale(fixed));
  await expect(
    page.locator('svg rect').filter({ has: page.locator('title', { hasText: /^Filled \d+, mirroring / }) }),
  ).toHaveCount(fixed.k0);
  await expectNoAxeViolations(page);
  expect(foreign, 'no request leaves the site').toEqual([]);
});
