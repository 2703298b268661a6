import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { analysePastedTable, answerPrintDialogs, readStatsFixture } from './helpers/analysis';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Q-profile 95% intervals for τ² and I² on metafor's dat.bcg (log risk ratios, REML), against metafor 3.8.1's
// confint(rma(...)) as recorded in the engine's fixtures (scripts/r/make-heterogeneity-fixtures.R).
const csv = readFileSync(new URL('./fixtures/bcg-moderators.csv', import.meta.url), 'utf8');
interface Case {
  dataset: string;
  method: string;
  expected: Record<
    'tau2Lower' | 'tau2Upper' | 'tauLower' | 'tauUpper' | 'i2Lower' | 'i2Upper' | 'h2Lower' | 'h2Upper',
    number
  >;
}
const fixture = readStatsFixture('heterogeneity-interval.json') as { cases: Case[] };
const metafor = fixture.cases.find((entry) => entry.dataset === 'bcg' && entry.method === 'REML');

test.describe.configure({ timeout: 120_000 });

test('the τ² and I² intervals on dat.bcg match metafor’s confint, on the page and in the report, and a fixed-effect fit shows none', async ({
  page,
}) => {
  if (metafor === undefined) throw new Error('the fixture has no bcg REML case');
  const expected = metafor.expected;
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  await analysePastedTable(page, csv, 13);

  const tau2 = `${expected.tau2Lower.toFixed(4)} to ${expected.tau2Upper.toFixed(4)}`;
  const i2 = `${expected.i2Lower.toFixed(1)}% to ${expected.i2Upper.toFixed(1)}%`;
  await expect(page.getByTestId('tau2-interval')).toHaveText(tau2);
  await expect(page.getByTestId('i2-interval')).toHaveText(i2);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?/);
  await expect(page.getByTestId('report-tau2-interval')).toHaveText(tau2);
  await expect(page.getByTestId('report-tau-interval')).toHaveText(
    `${expected.tauLower.toFixed(4)} to ${expected.tauUpper.toFixed(4)}`,
  );
  await expect(page.getByTestId('report-i2-interval')).toHaveText(i2);
  await expect(page.getByTestId('report-h2-interval')).toHaveText(
    `${expected.h2Lower.toFixed(2)} to ${expected.h2Upper.toFixed(2)}`,
  );
  await page.goBack();

  // A fixed-effect fit assumes τ² = 0, so there is no interval to show.
  await page.getByLabel('Method').selectOption('FE');
  await expect(page.getByTestId('pooled-estimate')).toBeVisible();
  await expect(page.getByTestId('tau2-interval')).toHaveCount(0);
  expect(foreign, 'no request leaves the site').toEqual([]);
});
