import { openReady, waitForApp } from './helpers/ready';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

// metafor's dat.bcg as counts, and metafor 3.8's answers (scripts/r/make-analysis-fixtures.R).
const bcgCsv = readFileSync(new URL('./fixtures/bcg-counts.csv', import.meta.url), 'utf8');
interface Fields {
  rr: number;
  rrLower: number;
  rrUpper: number;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  tau2: number;
  i2: number;
}
const metafor = JSON.parse(readFileSync(new URL('./fixtures/bcg-metafor.json', import.meta.url), 'utf8')) as Record<
  'REML' | 'DL',
  { pooled: Fields; subgroups: (Fields & { group: string })[]; leaveOneOut: (Fields & { study: string })[] }
>;

/** Figures as the page shows them: two decimals with a true minus sign; τ² to 4 decimals; I² to 1. */
const two = (value: number) =>
  value < 0 && Math.abs(value).toFixed(2) !== '0.00'
    ? `\u2212${Math.abs(value).toFixed(2)}`
    : Math.abs(value).toFixed(2);
const ratioText = (fields: Fields) =>
  `risk ratio ${two(fields.rr)} (${two(fields.rrLower)} to ${two(fields.rrUpper)}); on the log scale ${two(fields.estimate)} (${two(fields.ciLower)} to ${two(fields.ciUpper)})`;

// Long flows (two methods × every subgroup and leave-one-out row, reloads, axe three times) on a shared machine.
test.describe.configure({ timeout: 120_000 });

async function pasteTable(page: Page, text: string) {
  await page.getByLabel('Or paste a table (with its header row)').fill(text);
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
}

test('a published meta-analysis (dat.bcg) gives metafor’s pooled result, subgroups and leave-one-out; reload keeps it; a failing import leaves it unchanged', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse your own study data' })).toBeVisible();
  await expectNoAxeViolations(page);

  await pasteTable(page, bcgCsv);
  await expect(page.getByTestId('row-count')).toHaveText('13 of 13 rows analysed.');
  for (const method of ['REML', 'DL'] as const) {
    await page.getByLabel('Method').selectOption(method);
    await expect(page).toHaveURL(new RegExp(`method=${method}`));
    const expected = metafor[method];
    await expect(page.getByTestId('pooled-estimate')).toHaveText(ratioText(expected.pooled));
    await expect(page.getByTestId('tau2')).toHaveText(expected.pooled.tau2.toFixed(4));
    await expect(page.getByTestId('i2')).toHaveText(`${expected.pooled.i2.toFixed(1)}%`);
    await expect(page.getByTestId('heterogeneity-line')).toContainText('p = 2.0 × 10⁻²⁶');

    const looRows = page.getByRole('table', { name: /each study left out in turn/ }).getByRole('row');
    for (const [index, entry] of expected.leaveOneOut.entries()) {
      await expect(looRows.nth(index + 1)).toContainText(ratioText(entry));
      await expect(looRows.nth(index + 1)).toContainText(`${entry.tau2.toFixed(4)}${entry.i2.toFixed(1)}%`);
    }

    await page.getByLabel('Split into subgroups by').selectOption('group');
    const groupRows = page.getByRole('table', { name: /Each subgroup pooled on its own/ }).getByRole('row');
    for (const [index, group] of expected.subgroups.entries()) {
      await expect(groupRows.nth(index + 1)).toContainText(group.group);
      await expect(groupRows.nth(index + 1)).toContainText(ratioText(group));
    }
    await page.getByLabel('Split into subgroups by').selectOption('none');
  }
  await expectNoAxeViolations(page);

  // Leaving a study out moves the result; ticking it again brings it back.
  const before = await page.getByTestId('pooled-estimate').textContent();
  // The URL is the state, and the router updates it in a transition: click, then wait for the box to follow.
  const aronson = page.getByRole('checkbox', { name: 'Include Aronson 1948 (line 2)' });
  await aronson.click();
  await expect(aronson).not.toBeChecked();
  await expect(page.getByTestId('pooled-estimate')).not.toHaveText(before ?? '');
  await expect(page).toHaveURL(/exclude=2/);
  await aronson.click();
  await expect(aronson).toBeChecked();
  await expect(page.getByTestId('pooled-estimate')).toHaveText(before ?? '');

  // Reload: the workspace and its settings are still there.
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId('pooled-estimate')).toHaveText(before ?? '');
  await expect(page.getByLabel('Method')).toHaveValue('DL');

  // A second import that fails changes nothing.
  await pasteTable(page, 'yi,vi\nabc,0.1\n0.2,-1\n');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Line 2, column “yi”: "abc" is not a number');
  await expect(alert).toContainText('Line 3, column “vi”: must be above 0');
  await expect(page.getByTestId('pooled-estimate')).toHaveText(before ?? '');
  await expectNoAxeViolations(page);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId('pooled-estimate')).toHaveText(before ?? '');
  await expect(page.getByTestId('row-count')).toHaveText('13 of 13 rows analysed.');
  expect(foreign).toEqual([]);
});

test('bad rows are listed by line and reason while the good rows are analysed', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  const lines = bcgCsv.trim().split('\n');
  const broken = [
    ...lines.slice(0, 4),
    '"Broken 1",1950,random,x,10,5,20',
    ...lines.slice(4, 8),
    '"Broken 2",1951,random,4,10',
    ...lines.slice(8),
  ].join('\n');
  await pasteTable(page, broken);
  await expect(page.getByTestId('row-count')).toHaveText('13 of 15 rows analysed; 2 could not be used (listed below).');
  const problems = page.getByRole('region', { name: 'Rows that could not be used' });
  await expect(problems).toContainText('Line 5, column “ai”: "x" is not a number');
  await expect(problems).toContainText('Line 10: has 5 values but the header has 7 columns');
  await expect(page.getByTestId('pooled-estimate')).toHaveText(ratioText(metafor.REML.pooled));
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('the example is labelled as another review’s data and reproduces its printed maternal sensitivity', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await page.getByRole('button', { name: 'Open the example (another review’s data)' }).click();
  await expect(page.getByRole('region', { name: 'Another review’s data' })).toContainText(
    'not the Anna Freud Centre review’s data',
  );
  await expect(page.getByLabel('Outcome to pool')).toHaveValue('Sensitivity (M)');
  await expect(page.getByTestId('pooled-estimate')).toHaveText('0.46 (0.26 to 0.65)');
  await expect(page.getByRole('region', { name: 'Another review’s data' })).toContainText('Our coding');
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});
