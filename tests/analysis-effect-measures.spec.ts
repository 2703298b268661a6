import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { analysePastedTable, answerPrintDialogs, readStatsFixture } from './helpers/analysis';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady, waitForApp } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// The further effect measures as a user meets them: each table imported from a file or pasted, its columns matched,
// and the pooled figures, shown back as r, a proportion or a ratio, checked against metafor 3.8.1 to the precision the
// page shows (src/domain/stats/fixtures/measure-page.json, from scripts/r/make-measure-page-fixtures.R; each case
// holds its R call). The CSVs are the ones the same script wrote (tests/fixtures). The figures are those of metafor's
// fit run to convergence (`converged`, control = list(threshold = 1e-12)): metafor's default stops REML once τ² moves
// by less than 1e-5, and on dat.bcg's risk difference that moves the upper limit across a rounding edge at the 4
// decimals shown (−0.0039498 by default, −0.0039506 converged).

interface Shown {
  estimate: number;
  ciLower: number;
  ciUpper: number;
  piLower: number;
  piUpper: number;
}
interface Case {
  r: string;
  converged: Shown & { k: number; tau2: number; shown: Shown };
}
const fixture = readStatsFixture('measure-page.json') as Record<'zcor' | 'plo' | 'pft' | 'rd' | 'irr', Case>;
const csv = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** As the page writes figures: a true minus sign, and no sign on a figure that rounds to 0. */
const fixed = (value: number, decimals = 2) => {
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
};
const figures = (values: Pick<Shown, 'estimate' | 'ciLower' | 'ciUpper'>, decimals = 2) =>
  `${fixed(values.estimate, decimals)} (${fixed(values.ciLower, decimals)} to ${fixed(values.ciUpper, decimals)})`;
const interval = (lower: number, upper: number) => `${fixed(lower)} to ${fixed(upper)}`;

/** A study's Freeman–Tukey proportion and 95% CI as metafor shows it back with the study's own n. */
function perStudyFreemanTukey(dataset: string) {
  const measures = readStatsFixture('effect-measures.json') as {
    backTransforms: { name: string; dataset?: string; expected: number[] }[];
  };
  const found = measures.backTransforms.find((entry) => entry.name === 'ipft' && entry.dataset === dataset);
  if (!found) throw new Error(`the fixture has no per-study Freeman–Tukey case for ${dataset}`);
  const k = found.expected.length / 3;
  return (index: number) =>
    figures({
      estimate: found.expected[index] ?? Number.NaN,
      ciLower: found.expected[k + index] ?? Number.NaN,
      ciUpper: found.expected[2 * k + index] ?? Number.NaN,
    });
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Choose a CSV file, or a saved workspace file (.json)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
}

test.describe.configure({ timeout: 180_000 });

test('correlations (ri, ni) are pooled on Fisher’s z and shown as r, as metafor’s rma with transf.ztor; reload keeps them', async ({
  page,
}) => {
  const { converged: pooled } = fixture.zcor;
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  await chooseFile(page, 'molloy2014-correlations.csv', csv('molloy2014-correlations.csv'));
  await expect(page.getByTestId('row-count')).toHaveText(`${pooled.k} of ${pooled.k} rows analysed.`);
  const estimate = page.getByTestId('pooled-estimate');
  const expected = `r ${figures(pooled.shown)}; pooled on Fisher’s z, shown as r. On the scale pooled: ${figures(pooled)}`;
  await expect(estimate).toHaveText(expected);
  await expect(page.getByTestId('pooled-result')).toContainText('Pooled correlation (r) (95% CI)');
  await expect(page.getByTestId('pooled-result')).toContainText(
    `95% prediction interval${interval(pooled.shown.piLower, pooled.shown.piUpper)}`,
  );
  await expect(page.getByTestId('tau2')).toHaveText(pooled.tau2.toFixed(4));
  // Nothing is compared, so the page does not ask which sign favours an intervention.
  await expect(page.getByLabel('Which sign favours the intervention in your data?')).toHaveCount(0);
  await expect(page.getByText('the correlation is positive: the whole 95% confidence interval')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(estimate).toHaveText(expected);

  // The report gives the same figures, and its methods name the scale pooled on.
  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?/);
  await expect(page.getByTestId('report-pooled-estimate')).toHaveText(expected);
  await expect(page.locator('main')).toContainText(
    `meta-analysis of the correlations (pooled on Fisher’s z, shown as r) of ${pooled.k} studies`,
  );
  await expectNoAxeViolations(page);
  expect(foreign, 'no request leaves the site').toEqual([]);
});

test('proportions (xi, ni) matched by hand, pooled as logits and then Freeman–Tukey, shown as proportions as metafor’s transf.ilogit and transf.ipft.hm; reload keeps the choice', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  // Headed as a paper might head them, so the columns are matched by hand.
  const table = csv('pritz1997-proportions.csv').replace('"study","xi","ni"', '"Study","Recovered","Patients"');
  await chooseFile(page, 'pritz1997.csv', table);
  const step = page.getByRole('region', { name: 'Match the columns of pritz1997.csv' });
  await expect(step).toBeVisible();
  await step.getByLabel('Layout').selectOption('proportions');
  await step.getByLabel('Study name').selectOption('Study');
  await step.getByLabel('Number with the event (xi)').selectOption('Recovered');
  await step.getByLabel('Number of people (ni)').selectOption('Patients');
  const k = fixture.plo.converged.k;
  await expect(step.getByTestId('mapping-summary')).toContainText(
    `Layout: Events and sample size in one group, for a proportion (xi, ni). ${k} of ${k} rows can be analysed`,
  );
  await expectNoAxeViolations(page);
  await step.getByRole('button', { name: 'Use these columns' }).click();
  await expect(page.getByTestId('row-count')).toHaveText(`${k} of ${k} rows analysed.`);

  const estimate = page.getByTestId('pooled-estimate');
  const logit = fixture.plo.converged;
  await expect(estimate).toHaveText(
    `proportion ${figures(logit.shown)}; pooled as log odds (logit), shown as a proportion. On the scale pooled: ${figures(logit)}`,
  );
  await expect(page.getByTestId('pooled-result')).toContainText(
    `95% prediction interval${interval(logit.shown.piLower, logit.shown.piUpper)}`,
  );
  await expectNoAxeViolations(page);

  const choice = page.getByLabel('Pool the proportions on');
  await choice.selectOption('PFT');
  const pft = fixture.pft.converged;
  await expect(estimate).toContainText(
    `proportion ${figures(pft.shown)}; pooled on the Freeman–Tukey double-arcsine scale, shown as a proportion (pooled figures back-transformed with the harmonic mean of the group sizes`,
  );
  // Each study's square and interval are shown back with its own n, as summary(escalc("PFT"), transf = transf.ipft,
  // ni = ni) in scripts/r/make-measure-fixtures.R: the first study's square is exactly xi / ni.
  const ownN = perStudyFreemanTukey('pritz1997');
  const forest = page.getByRole('region', { name: 'Forest plot' });
  await expect(forest).toContainText(ownN(0));
  // A proportion compares nothing, so no line of "no effect" is drawn at 0.
  await expect(forest.locator('.forest-zero-line')).toHaveCount(0);
  await expect(estimate).toContainText(`On the scale pooled: ${figures(pft)}`);
  await expect(page.getByTestId('pooled-result')).toContainText(
    `95% prediction interval${interval(pft.shown.piLower, pft.shown.piUpper)}`,
  );
  await expect(page.getByTestId('tau2')).toHaveText(pft.tau2.toFixed(4));
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('Pool the proportions on')).toHaveValue('PFT');
  await expect(estimate).toContainText(`proportion ${figures(pft.shown)}`);
  expect(foreign, 'no request leaves the site').toEqual([]);
});

test('the risk difference is a measure of 2x2 counts, as metafor’s escalc("RD"); reload keeps it', async ({ page }) => {
  const { converged: pooled } = fixture.rd;
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await chooseFile(page, 'bcg-counts.csv', csv('bcg-counts.csv'));
  await expect(page.getByTestId('row-count')).toHaveText(`${pooled.k} of ${pooled.k} rows analysed.`);
  await page.getByLabel('Ratio', { exact: true }).selectOption('RD');
  const estimate = page.getByTestId('pooled-estimate');
  await expect(estimate).toHaveText(figures(pooled, 4));
  await expect(page.getByTestId('pooled-result')).toContainText('Pooled risk difference (95% CI)');
  await expect(page.getByTestId('pooled-result')).toContainText(
    `95% prediction interval${interval(pooled.piLower, pooled.piUpper)}`,
  );
  await expect(page.getByTestId('tau2')).toHaveText(pooled.tau2.toFixed(4));
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('Ratio', { exact: true })).toHaveValue('RD');
  await expect(estimate).toHaveText(figures(pooled, 4));
  expect(foreign, 'no request leaves the site').toEqual([]);
});

test('events and person-time per arm (x1i, t1i, x2i, t2i) are pooled as log incidence rate ratios and shown as ratios, as metafor’s escalc("IRR")', async ({
  page,
}) => {
  const { converged: pooled } = fixture.irr;
  const foreign = recordForeignRequests(page, ORIGIN);
  await openReady(page, '/analysis');
  await analysePastedTable(page, csv('nielweise2008-rates.csv'), pooled.k);
  const estimate = page.getByTestId('pooled-estimate');
  const expected = `incidence rate ratio ${figures(pooled.shown)}; on the log scale ${figures(pooled)}`;
  await expect(estimate).toHaveText(expected);
  await expect(page.getByTestId('pooled-result')).toContainText(
    `95% prediction interval${interval(pooled.shown.piLower, pooled.shown.piUpper)}`,
  );
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForApp(page);
  await expect(estimate).toHaveText(expected);
  expect(foreign, 'no request leaves the site').toEqual([]);
});
