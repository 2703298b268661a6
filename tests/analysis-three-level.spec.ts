import { expect, test } from '@playwright/test';
import { analysePastedTable, answerPrintDialogs, readStatsFixture } from './helpers/analysis';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady, waitForApp } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Effects within studies: metafor's dat.konstantopoulos2011 (56 schools in 11 districts), against metafor 3.8.1's
// rma.mv(yi, vi, random = ~ 1 | district/school, method = "REML") as recorded in scripts/r/make-three-level-fixtures.R.
interface Case {
  dataset: string;
  test: 'z' | 't';
  study: string[];
  yi: number[];
  vi: number[];
  expected: Record<'estimate' | 'ciLower' | 'ciUpper' | 'sigma2Between' | 'sigma2Within', number> &
    Record<'i2Between' | 'i2Within' | 'i2Total' | 'studies' | 'effects', number>;
}
const fixture = readStatsFixture('three-level.json') as { cases: Case[] };
const metafor = fixture.cases.find((entry) => entry.dataset === 'konstantopoulos2011' && entry.test === 'z');

test.describe.configure({ timeout: 120_000 });

test('repeated study names are warned about, and the three-level model matches metafor’s rma.mv on the page, after a reload and in the report', async ({
  page,
}) => {
  if (metafor === undefined) throw new Error('the fixture has no konstantopoulos2011 z case');
  const { expected } = metafor;
  const csv = ['study,yi,vi', ...metafor.study.map((id, row) => `${id},${metafor.yi[row]},${metafor.vi[row]}`)].join(
    '\n',
  );
  const repeated = new Set(metafor.study.filter((id, row) => metafor.study.indexOf(id) !== row)).size;
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  const effects = metafor.yi.length;
  await analysePastedTable(page, csv, effects);

  // Pooled as if independent, the page says so beside the result.
  const warning = page.getByTestId('repeated-studies-warning');
  await expect(warning).toContainText(
    `${repeated} studies give more than one effect (${effects} effects from ${expected.studies} studies in all`,
  );
  await expect(warning).toContainText('its confidence interval is likely to be too narrow');
  await expectNoAxeViolations(page);

  await warning.getByRole('button', { name: 'Fit the three-level model' }).click();
  const section = page.getByRole('region', { name: 'Three-level model: effects within studies' });
  const figures = async (prefix: string) => {
    await expect(page.getByTestId(`${prefix}three-level-estimate`)).toHaveText(
      `${expected.estimate.toFixed(2)} (${expected.ciLower.toFixed(2)} to ${expected.ciUpper.toFixed(2)})`,
    );
    await expect(page.getByTestId(`${prefix}three-level-sigma2-between`)).toHaveText(expected.sigma2Between.toFixed(4));
    await expect(page.getByTestId(`${prefix}three-level-sigma2-within`)).toHaveText(expected.sigma2Within.toFixed(4));
    await expect(page.getByTestId(`${prefix}three-level-i2`)).toHaveText(
      `between studies ${expected.i2Between.toFixed(1)}%, within studies ${expected.i2Within.toFixed(1)}%, total ${expected.i2Total.toFixed(1)}%`,
    );
  };
  await expect(section).toBeVisible();
  await figures('');
  await expect(section).toContainText(`${expected.studies} studies, ${effects} effects`);
  await expect(page.getByLabel('Effects from the same study')).toHaveValue('3');
  await expect(warning).toContainText('The three-level model below allows for effects within studies.');
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(section).toBeVisible();
  await figures('');

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?.*levels=3/);
  await figures('report-');
  await expect(page.getByTestId('report-repeated-studies')).toContainText(
    `${repeated} studies give more than one effect`,
  );
  await expectNoAxeViolations(page);
  await page.goBack();

  await page.getByLabel('Effects from the same study').selectOption('2');
  await expect(section).toHaveCount(0);
  await expect(warning.getByRole('button', { name: 'Fit the three-level model' })).toBeVisible();
  expect(foreign, 'no request leaves the site').toEqual([]);
});
