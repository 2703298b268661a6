import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { formatEffect } from '../src/domain/format';
import { formatP } from '../src/features/analysis/format-statistics';
import { analysePastedTable, answerPrintDialogs, readStatsFixture } from './helpers/analysis';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Influence diagnostics and both forms of Egger's test on metafor's dat.bcg (log risk ratios from the counts), against
// metafor 3.8.1 as recorded in the engine's fixtures: influence(rma(...)) (scripts/r/make-influence-fixtures.R),
// regtest(rma(...)) (make-egger-rma-fixtures.R) and regtest(model = "lm") (egger.json).
const csv = readFileSync(new URL('./fixtures/bcg-moderators.csv', import.meta.url), 'utf8');
interface InfluenceCase {
  dataset: string;
  method: string;
  rstudent: number[];
  cookD: number[];
  hat: number[];
  weight: number[];
  inf: boolean[];
}
interface EggerRmaCase {
  dataset: string;
  method: string;
  z: number;
  p: number;
}
const influence = readStatsFixture('influence.json') as InfluenceCase[];
const eggerRma = readStatsFixture('egger-rma.json') as EggerRmaCase[];
const eggerLm = (
  readStatsFixture('egger.json') as {
    cases: { dataset: string; expected: { statistic: number; df: number; pValue: number } }[];
  }
).cases.find((entry) => entry.dataset === 'bcg');

function caseFor<T extends { dataset: string; method: string }>(cases: T[], method: string): T {
  const found = cases.find((entry) => entry.dataset === 'bcg' && entry.method === method);
  if (!found) throw new Error(`the fixture has no bcg ${method} case`);
  return found;
}

/** Every row of the influence table against metafor, to the 3 decimals the page shows, with the flag in words. */
async function expectInfluenceTable(table: Locator, expected: InfluenceCase): Promise<void> {
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(expected.rstudent.length);
  for (let index = 0; index < expected.rstudent.length; index += 1) {
    const cells = rows.nth(index).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(formatEffect(expected.rstudent[index] ?? Number.NaN, 3));
    await expect(cells.nth(2)).toHaveText(formatEffect(expected.cookD[index] ?? Number.NaN, 3));
    await expect(cells.nth(3)).toHaveText(formatEffect(expected.hat[index] ?? Number.NaN, 3));
    await expect(cells.nth(4)).toHaveText(`${(expected.weight[index] ?? Number.NaN).toFixed(1)}%`);
    await expect(cells.nth(6)).toHaveText(expected.inf[index] ? '⚠ Yes: influential' : 'No');
  }
}

function eggerRmaFigures(expected: EggerRmaCase): string {
  return `z = ${formatEffect(expected.z)}, p = ${formatP(expected.p)}.`;
}

test.describe.configure({ timeout: 180_000 });

test('influence diagnostics and both named forms of Egger’s test on dat.bcg match metafor, on the page and in the report, and the chosen form survives a reload', async ({
  page,
}) => {
  if (eggerLm === undefined) throw new Error('the Egger fixture has no bcg case');
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  await analysePastedTable(page, csv, 13);

  const table = page.getByRole('table', { name: 'Influence of each study on the pooled result' });
  await expectInfluenceTable(table, caseFor(influence, 'REML'));
  await expect(page.getByTestId('influence-summary')).toHaveText(/^No study is flagged as influential/);
  await expect(page.getByTestId('influence-rule')).toContainText('median of a χ² distribution on 1 degree of freedom');

  const lm = page.getByTestId('egger-result');
  const rma = page.getByTestId('egger-rma-result');
  await expect(lm).toContainText('Egger’s test as a weighted regression (metafor’s regtest(model = "lm")');
  await expect(lm).toContainText(
    `t = ${formatEffect(eggerLm.expected.statistic)} on ${eggerLm.expected.df} df, p = ${formatP(eggerLm.expected.pValue)}.`,
  );
  await expect(rma).toContainText('Egger’s test as a meta-regression on the standard error (metafor’s default');
  await expect(rma).toContainText(eggerRmaFigures(caseFor(eggerRma, 'REML')));
  await expectNoAxeViolations(page);

  // A fixed-effect fit flags studies: the flag is in words as well as colour.
  await page.getByLabel('Method').selectOption('FE');
  const fixedEffect = caseFor(influence, 'FE');
  await expectInfluenceTable(table, fixedEffect);
  const flaggedCount = fixedEffect.inf.filter(Boolean).length;
  expect(flaggedCount).toBeGreaterThan(0);
  await expect(page.getByTestId('influence-summary')).toContainText(
    `${flaggedCount} of ${fixedEffect.inf.length} studies are flagged as influential`,
  );
  await expect(rma).toContainText(eggerRmaFigures(caseFor(eggerRma, 'FE')));
  await expectNoAxeViolations(page);

  // Only metafor's default form, kept in the link and the saved workspace.
  await page.getByRole('radio', { name: 'Meta-regression on the standard error (metafor’s default regtest)' }).check();
  await expect(lm).toHaveCount(0);
  await expect(rma).toBeVisible();
  await expect(page).toHaveURL(/egger=rma/);
  await page.reload();
  await expect(
    page.getByRole('radio', { name: 'Meta-regression on the standard error (metafor’s default regtest)' }),
  ).toBeChecked();
  await expect(page.getByTestId('egger-result')).toHaveCount(0);
  await expect(page.getByTestId('egger-rma-result')).toContainText(eggerRmaFigures(caseFor(eggerRma, 'FE')));

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?/);
  await expectInfluenceTable(
    page.getByRole('table', { name: 'Influence of each study on the pooled result' }),
    fixedEffect,
  );
  await expect(page.getByTestId('egger-rma-result')).toContainText(eggerRmaFigures(caseFor(eggerRma, 'FE')));
  await expect(page.getByTestId('egger-result')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goBack();

  // Knapp–Hartung: metafor's figures differ and the engines do not give them, so a plain sentence says what to change.
  await page.getByLabel('Test and interval').selectOption('knha');
  await expect(page.getByTestId('influence-message')).toHaveText(/Choose “z \(normal\)” under Test and interval/);
  await expect(page.getByTestId('egger-rma-result')).toContainText('Choose “z (normal)” under Test and interval');
  await expect(table).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(foreign, 'no request leaves the site').toEqual([]);
});
