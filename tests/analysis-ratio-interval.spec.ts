import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady, waitForApp } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Printed risk ratios with their 95% CIs (metafor's dat.bcg, rounded as a paper prints them) and metafor's answers for
// them pooled on the log scale (scripts/r/make-ratio-interval-fixture.R).
interface Pooled {
  estimate: number;
  ciLower: number;
  ciUpper: number;
  ratio: number;
  ratioLower: number;
  ratioUpper: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../src/domain/study-data/fixtures/ratio-interval.json', import.meta.url), 'utf8'),
) as { csv: string; REML: Pooled };
const two = (value: number) =>
  value < 0 && Math.abs(value).toFixed(2) !== '0.00'
    ? `\u2212${Math.abs(value).toFixed(2)}`
    : Math.abs(value).toFixed(2);

test.describe.configure({ timeout: 120_000 });

test('an effect and 95% CI printed as ratios are pooled on the log scale, shown as ratios on a log axis, and the setting survives a reload', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await page
    .getByLabel('Or paste a table (with its header row)')
    .fill(`${fixture.csv}\n"Made-up row with a zero",0,0.5,1.2\n`);
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
  // Read as differences first (the default): nothing is refused, nothing is logged, but the page says they look like ratios.
  await expect(page.getByLabel('The effect and its 95% CI are')).toHaveValue('difference');
  await expect(page.getByTestId('ratio-hint')).toContainText('If these are odds or risk ratios');
  await expectNoAxeViolations(page);

  await page.getByLabel('The effect and its 95% CI are').selectOption('ratio');
  await expect(page.getByTestId('ratio-hint')).toHaveCount(0);
  const { REML } = fixture;
  await expect(page.getByTestId('pooled-estimate')).toHaveText(
    `ratio ${two(REML.ratio)} (${two(REML.ratioLower)} to ${two(REML.ratioUpper)}); on the log scale ${two(REML.estimate)} (${two(REML.ciLower)} to ${two(REML.ciUpper)})`,
  );
  // A ratio of 0 is refused by line and column; the other rows are analysed.
  const problems = page.getByRole('region', { name: 'Rows that could not be used' });
  await expect(problems).toContainText('Line 15, column “yi”: must be above 0');
  // Ratios on a log axis: 1 is no difference, and ticks are ratios.
  const forest = page.getByRole('region', { name: 'Forest plot' }).locator('svg[data-variant="wide"]');
  await expect(forest).toContainText('Ratio (95% CI)');
  await expect(forest.locator('.forest-tick', { hasText: /^1$/ })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('The effect and its 95% CI are')).toHaveValue('ratio');
  await expect(page.getByTestId('pooled-estimate')).toContainText(`ratio ${two(REML.ratio)}`);
  expect(foreign).toEqual([]);
});

test('when reading the figures as ratios refuses every row, the setting stays within reach to read them as differences again', async ({
  page,
}) => {
  await openReady(page, '/analysis');
  await page
    .getByLabel('Or paste a table (with its header row)')
    .fill('study,yi,ci_lower,ci_upper\nA,-0.2,-0.5,0.1\nB,0.3,-0.1,0.7\n');
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
  await expect(page.getByTestId('row-count')).toHaveText('2 of 2 rows analysed.');
  await page.getByLabel('The effect and its 95% CI are').selectOption('ratio');
  await expect(page.getByTestId('row-count')).toContainText('0 of 2 rows analysed; 2 could not be used');
  await expect(page.getByText('No rows can be analysed with these columns.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('The effect and its 95% CI are').selectOption('difference');
  await expect(page.getByTestId('row-count')).toHaveText('2 of 2 rows analysed.');
});
