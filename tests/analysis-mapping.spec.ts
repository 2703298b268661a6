import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady, waitForApp } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// A file whose headers are not metafor's ("Study, Hedges g, SE") is matched by hand in the mapping step and pooled;
// the result equals metafor 3.8.1's rma(yi, sei = SE) (scripts/r/make-mapping-fixture.R).
const csv = readFileSync(new URL('./fixtures/curtis-hedges-se.csv', import.meta.url), 'utf8');
const metafor = JSON.parse(
  readFileSync(new URL('./fixtures/curtis-hedges-se-metafor.json', import.meta.url), 'utf8'),
) as {
  estimate: number;
  ciLower: number;
  ciUpper: number;
  tau2: number;
  i2: number;
  k: number;
};
const two = (value: number) => (value < 0 ? `\u2212${Math.abs(value).toFixed(2)}` : value.toFixed(2));

test.describe.configure({ timeout: 120_000 });

test('a table headed "Study, Hedges g, SE" is matched by hand and pooled as metafor’s rma(yi, sei = SE); reload keeps the mapping', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await page.getByLabel('Choose a CSV file, or a saved workspace file (.json)').setInputFiles({
    name: 'curtis-hedges-se.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const step = page.getByRole('region', { name: 'Match the columns of curtis-hedges-se.csv' });
  await expect(step).toBeVisible();
  await expect(step.getByRole('region', { name: 'First rows of the file' })).toContainText('Hedges g');
  await expect(step.getByRole('button', { name: 'Use these columns' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await step.getByLabel('Layout').selectOption('yi-sei');
  await step.getByLabel('Effect size (yi)').selectOption('Hedges g');
  await step.getByLabel('Standard error (sei)').selectOption('SE');
  await expect(step.getByTestId('mapping-summary')).toContainText(`${metafor.k} of ${metafor.k} rows can be analysed`);
  await step.getByRole('button', { name: 'Use these columns' }).click();

  await expect(page.getByTestId('row-count')).toHaveText(`${metafor.k} of ${metafor.k} rows analysed.`);
  const expected = `${two(metafor.estimate)} (${two(metafor.ciLower)} to ${two(metafor.ciUpper)})`;
  await expect(page.getByTestId('pooled-estimate')).toHaveText(expected);
  await expect(page.getByTestId('tau2')).toHaveText(metafor.tau2.toFixed(4));
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId('pooled-estimate')).toHaveText(expected);
  expect(foreign).toEqual([]);
});

test('with Knapp–Hartung and a one-study subgroup the other subgroups are pooled, both tests are named, and no engine text shows', async ({
  page,
}) => {
  await openReady(page, '/analysis');
  await page
    .getByLabel('Or paste a table (with its header row)')
    .fill('study,yi,vi,group\nA,0.1,0.04,a\nB,0.3,0.05,a\nC,0.6,0.03,b\nD,0.5,0.06,b\nE,0.9,0.02,c\n');
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
  await page.getByLabel('Test and interval').selectOption('knha');
  await page.getByLabel('Split into subgroups by').selectOption('group');
  const table = page.getByRole('region', { name: 'Subgroups table' });
  await expect(table).toContainText('Not pooled: it has one study, and the Knapp–Hartung test needs at least two.');
  await expect(page.getByTestId('subgroup-test')).toContainText('RevMan');
  await expect(page.getByTestId('subgroup-moderator-test')).toContainText('mods = ~ group');
  await expect(page.getByRole('img', { name: /Forest plot/ }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/subgroupAnalysis|pool:|Knapp-Hartung test needs/);
  await expectNoAxeViolations(page);
});
