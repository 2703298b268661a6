import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { analysePastedTable, answerPrintDialogs, readStatsFixture } from './helpers/analysis';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// Mantel–Haenszel (OR, RR, RD) and Peto (OR) on metafor's dat.bcg, against metafor 3.8.1's rma.mh and rma.peto as
// recorded in the engine's fixtures (scripts/r/make-measure-fixtures.R), at the precision the page shows.
const csv = readFileSync(new URL('./fixtures/bcg-moderators.csv', import.meta.url), 'utf8');
interface PooledCase {
  dataset: string;
  method: 'MH' | 'PETO';
  measure: 'OR' | 'RR' | 'RD';
  expected: { estimate: number; ciLower: number; ciUpper: number; p: number; q: number; qDf: number; qP: number };
}
const fixture = readStatsFixture('effect-measures.json') as { pooled: PooledCase[] };

const figure = (value: number, decimals = 2) =>
  `${value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '−' : ''}${Math.abs(value).toFixed(decimals)}`;
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴' };
Object.assign(SUPERSCRIPT, { '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' });
/** p as the page prints it (format-statistics.ts): 3 decimals, 2 figures, or "7.9 × 10⁻³¹". */
const pValue = (p: number) => {
  if (p >= 0.01) return p.toFixed(3);
  if (p >= 0.001) return p.toPrecision(2);
  const [mantissa = '', exponent = ''] = p.toExponential(1).split('e');
  return `${mantissa} × 10${String(Number(exponent)).replace(/[-0-9]/g, (character) => SUPERSCRIPT[character] ?? character)}`;
};
const interval = (lower: number, upper: number, decimals = 2) =>
  `(${figure(lower, decimals)} to ${figure(upper, decimals)})`;

const METHODS = [
  { id: 'mh-or', method: 'MH', measure: 'OR', call: 'rma.mh(measure = "OR")', ratio: 'odds ratio' },
  { id: 'mh-rr', method: 'MH', measure: 'RR', call: 'rma.mh(measure = "RR")', ratio: 'risk ratio' },
  { id: 'mh-rd', method: 'MH', measure: 'RD', call: 'rma.mh(measure = "RD")', ratio: null },
  { id: 'peto-or', method: 'PETO', measure: 'OR', call: 'rma.peto()', ratio: 'odds ratio' },
] as const;

function expectedFigures(method: (typeof METHODS)[number]) {
  const found = fixture.pooled.find(
    (entry) => entry.dataset === 'bcg' && entry.method === method.method && entry.measure === method.measure,
  );
  if (!found) throw new Error(`the fixture has no bcg case for ${method.call}`);
  const { estimate, ciLower, ciUpper, p, q, qDf, qP } = found.expected;
  const pooled =
    method.ratio === null
      ? `${figure(estimate, 4)} ${interval(ciLower, ciUpper, 4)}`
      : `${method.ratio} ${figure(Math.exp(estimate))} ${interval(Math.exp(ciLower), Math.exp(ciUpper))}; on the log scale ${figure(estimate)} ${interval(ciLower, ciUpper)}`;
  return { pooled, p: pValue(p), q: `${q.toFixed(2)} on ${qDf} df, p = ${pValue(qP)}` };
}

test.describe.configure({ timeout: 120_000 });

test('Mantel–Haenszel and Peto on dat.bcg match metafor’s rma.mh and rma.peto, on the page and in the report', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  await analysePastedTable(page, csv, 13);

  const section = page.getByRole('region', { name: 'Fixed-effect pooling of counts: Mantel–Haenszel and Peto' });
  await expect(section).toContainText('assume every study estimates the same true effect');
  for (const method of METHODS) {
    const figures = expectedFigures(method);
    await expect(page.getByTestId(`fixed-effect-${method.id}`)).toContainText(method.call);
    await expect(page.getByTestId(`fixed-effect-${method.id}-estimate`)).toHaveText(figures.pooled);
    await expect(page.getByTestId(`fixed-effect-${method.id}-p`)).toHaveText(figures.p);
    await expect(page.getByTestId(`fixed-effect-${method.id}-q`)).toHaveText(figures.q);
  }
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Fixed-effect pooling of counts: Mantel–Haenszel and Peto' }),
  ).toBeVisible();
  for (const method of METHODS) {
    const figures = expectedFigures(method);
    await expect(page.getByTestId(`report-fixed-effect-${method.id}`)).toContainText(method.call);
    await expect(page.getByTestId(`report-fixed-effect-${method.id}-estimate`)).toHaveText(figures.pooled);
    await expect(page.getByTestId(`report-fixed-effect-${method.id}-p`)).toHaveText(figures.p);
    await expect(page.getByTestId(`report-fixed-effect-${method.id}-q`)).toHaveText(figures.q);
  }
  await expectNoAxeViolations(page);
  expect(foreign, 'no request leaves the site').toEqual([]);
});

// The same methods chosen as the Method, so the pooled result, weights, plots and report are theirs; figures from
// metafor 3.8.1 (scripts/r/make-counts-pooling-fixtures.R: rma.mh, rma.peto, weights(), with I² from Q).
interface MainCase {
  dataset: string;
  method: 'MH' | 'PETO';
  measure: 'OR' | 'RR' | 'RD';
  expected: { estimate: number; ciLower: number; ciUpper: number; p: number; i2: number; k: number };
  weights: number[];
}
const mainFixture = readStatsFixture('counts-pooling.json') as { cases: MainCase[] };
const mainCase = (method: 'MH' | 'PETO', measure: 'OR' | 'RR') => {
  const found = mainFixture.cases.find(
    (entry) => entry.dataset === 'bcg' && entry.method === method && entry.measure === measure,
  );
  if (!found) throw new Error(`no bcg case for ${method} ${measure}`);
  return found;
};
const ratioFigures = (ratio: string, { estimate, ciLower, ciUpper }: MainCase['expected']) =>
  `${ratio} ${figure(Math.exp(estimate))} ${interval(Math.exp(ciLower), Math.exp(ciUpper))}; on the log scale ${figure(estimate)} ${interval(ciLower, ciUpper)}`;

test('Mantel–Haenszel and Peto chosen as the Method pool dat.bcg as rma.mh and rma.peto, and a reload and the report keep them', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await answerPrintDialogs(page);
  await openReady(page, '/analysis');
  await analysePastedTable(page, csv, 13);

  const mh = mainCase('MH', 'RR');
  await page.getByLabel('Method').selectOption({ label: 'Fixed effect, Mantel–Haenszel' });
  await expect(page).toHaveURL(/counts=MH/);
  await expect(page.getByTestId('pooled-estimate')).toHaveText(ratioFigures('risk ratio', mh.expected));
  await expect(page.getByTestId('pooled-result')).toContainText(
    'Mantel–Haenszel fixed effect (metafor’s rma.mh(measure = "RR")), z test',
  );
  await expect(page.getByTestId('i2')).toHaveText(`${mh.expected.i2.toFixed(1)}%`);
  await expect(page.getByLabel('Test and interval')).toHaveCount(0);
  const firstWeight = `${(mh.weights[0] ?? Number.NaN).toFixed(1)}%`;
  await expect(page.getByRole('region', { name: 'Studies table' }).locator('tbody tr').first()).toContainText(
    firstWeight,
  );
  await expect(page.getByRole('img', { name: /Forest plot of 13 studies/ }).first()).toBeVisible();
  const forest = page.getByRole('region', { name: 'Forest plot' });
  await forest.screenshot({ path: 'test-results/mantel-haenszel-forest.png' });
  await expect(forest).toContainText(new RegExp(`Pooled ?\\(Mantel–Haenszel, ?${mh.expected.k} studies\\)`));
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByTestId('pooled-estimate')).toHaveText(ratioFigures('risk ratio', mh.expected));
  await expect(page.getByLabel('Method')).toHaveValue('MH');

  const peto = mainCase('PETO', 'OR');
  await page.getByLabel('Ratio').selectOption('OR');
  await page.getByLabel('Method').selectOption({ label: 'Fixed effect, Peto (odds ratio)' });
  await expect(page.getByTestId('pooled-estimate')).toHaveText(ratioFigures('odds ratio', peto.expected));
  await expect(page.getByTestId('pooled-result')).toContainText('Peto fixed effect (metafor’s rma.peto()), z test');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?.*counts=PETO/);
  await expect(page.getByTestId('report-pooled-estimate')).toHaveText(ratioFigures('odds ratio', peto.expected));
  await expect(page.getByTestId('report-methods')).toContainText('by Peto’s method');
  await expect(page.getByTestId('report-methods')).toContainText('rma.peto()');
  await expectNoAxeViolations(page);
  expect(foreign, 'no request leaves the site').toEqual([]);
});
