import { describe, expect, it } from 'vitest';
import bcgCsv from '../../../tests/fixtures/bcg-counts.csv?raw';
import molloyCsv from '../../../tests/fixtures/molloy2014-correlations.csv?raw';
import nielweiseCsv from '../../../tests/fixtures/nielweise2008-rates.csv?raw';
import pritzCsv from '../../../tests/fixtures/pritz1997-proportions.csv?raw';
import fixture from '../stats/fixtures/measure-page.json';
import { analyse, DEFAULT_SETTINGS, displayValue, effectScale, scaleWords, shownSettings } from './analyse';
import { summariseAnalysis } from './analysis-summary';
import { methodsSentence } from './report-methods';
import { importStudies } from './import-studies';
import { templateCsv } from './results-export';
import type { ConversionOptions } from './study-rows';

// Each new layout imported from its CSV, pooled with the defaults (REML, z test) and shown back, against R's metafor
// 3.8.1: src/domain/stats/fixtures/measure-page.json, made by scripts/r/make-measure-page-fixtures.R. The R call of
// each case is in the fixture (its `r`) and written beside each case below. metafor stops REML once τ² changes by less
// than 1e-5, so its printed fit (`pooled`) can be 1e-4 from the maximum in relative terms; the engine iterates further,
// so it is held to the same fit run to convergence (`converged`, control = list(threshold = 1e-12)) at a relative 1e-6,
// and to the printed fit at 1e-3, well inside the two decimals the page shows.

type Case = (typeof fixture)['zcor'];
type Pooled = Case['converged'];

const relativeTo = (tolerance: number) => (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
const relative = relativeTo(1e-6);

function pooledFrom(text: string, options: ConversionOptions) {
  const imported = importStudies({ text, options });
  expect(imported.problems).toEqual([]);
  const analysis = analyse(imported.rows, DEFAULT_SETTINGS);
  if (!analysis.pooled.ok) throw new Error(analysis.pooled.message);
  return { imported, analysis, result: analysis.pooled.value };
}

function expectFit(
  text: string,
  options: ConversionOptions,
  testCase: Pick<Case, 'pooled' | 'converged'>,
  layout: string,
) {
  const { imported, analysis, result } = pooledFrom(text, options);
  expect(imported.layout).toBe(layout);
  const scale = effectScale(imported.layout, options, analysis.studies);
  const fits: [Pooled, (actual: number, expected: number) => void][] = [
    [testCase.converged, relative],
    [testCase.pooled, relativeTo(1e-3)],
  ];
  for (const [expected, close] of fits) {
    expect(result.k).toBe(expected.k);
    close(result.estimate, expected.estimate);
    close(result.ciLower, expected.ciLower);
    close(result.ciUpper, expected.ciUpper);
    close(result.se, expected.se);
    close(result.tau2, expected.tau2);
    close(result.i2, expected.i2);
    close(result.q, expected.q);
    close(result.piLower, expected.piLower);
    close(result.piUpper, expected.piUpper);
    close(displayValue(result.estimate, scale), expected.shown.estimate);
    close(displayValue(result.ciLower, scale), expected.shown.ciLower);
    close(displayValue(result.ciUpper, scale), expected.shown.ciUpper);
    close(displayValue(result.piLower, scale), expected.shown.piLower);
    close(displayValue(result.piUpper, scale), expected.shown.piUpper);
  }
  // A p-value far in the tail (2e-88 for the Freeman–Tukey fit) moves by z² times any relative change in z: its
  // logarithm is held instead.
  relative(Math.log(result.pValue), Math.log(testCase.converged.pValue));
  return scale;
}

const base: ConversionOptions = { smd: 'hedges', ratio: 'RR' };

describe('the further measures pool as metafor does', () => {
  it('correlations: predict(rma(yi, vi, data = escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)), transf = transf.ztor)', () => {
    expect(fixture.zcor.r).toContain('"ZCOR"');
    const scale = expectFit(molloyCsv, base, fixture.zcor, 'correlations');
    expect(scale).toBe('correlation');
    expect(scaleWords(scale, 'Fisher’s z')).toBe('pooled on Fisher’s z, shown as r');
  });

  it('proportions, logit: predict(rma(yi, vi, data = escalc("PLO", xi = xi, ni = ni, data = dat.pritz1997)), transf = transf.ilogit)', () => {
    expect(fixture.plo.r).toContain('"PLO"');
    const scale = expectFit(pritzCsv, { ...base, proportion: 'PLO' }, fixture.plo, 'proportions');
    expect(scale).toEqual({ proportion: 'logit' });
  });

  it('proportions, Freeman–Tukey: predict(rma(yi, vi, data = escalc("PFT", xi = xi, ni = ni, data = dat.pritz1997)), transf = transf.ipft.hm, targs = list(ni = dat.pritz1997$ni))', () => {
    expect(fixture.pft.r).toContain('transf.ipft.hm');
    const scale = expectFit(pritzCsv, { ...base, proportion: 'PFT' }, fixture.pft, 'proportions');
    expect(typeof scale === 'object' && scale.proportion === 'freeman-tukey').toBe(true);
  });

  it('the Freeman–Tukey back-transform uses the harmonic mean of the included studies’ sizes only', () => {
    const options: ConversionOptions = { ...base, proportion: 'PFT' };
    const { imported, analysis } = pooledFrom(pritzCsv, options);
    const first = imported.rows[0];
    if (!first) throw new Error('no rows');
    const without = analyse(imported.rows, { ...DEFAULT_SETTINGS, excluded: [first.line] });
    const all = effectScale('proportions', options, analysis.studies);
    const some = effectScale('proportions', options, without.studies);
    if (typeof all !== 'object' || typeof some !== 'object' || all.proportion !== 'freeman-tukey')
      throw new Error('not Freeman–Tukey');
    if (some.proportion !== 'freeman-tukey') throw new Error('not Freeman–Tukey');
    const sizes = fixture.pft.ni;
    relative(all.harmonicMeanN, sizes.length / sizes.reduce((sum, n) => sum + 1 / n, 0));
    const rest = sizes.slice(1);
    relative(some.harmonicMeanN, rest.length / rest.reduce((sum, n) => sum + 1 / n, 0));
  });

  it('risk difference from counts: rma(yi, vi, data = escalc("RD", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg))', () => {
    expect(fixture.rd.r).toContain('"RD"');
    const scale = expectFit(bcgCsv, { ...base, ratio: 'RD' }, fixture.rd, 'counts');
    expect(scale).toBe('difference');
  });

  it('incidence rate ratio: predict(rma(yi, vi, data = escalc("IRR", x1i = x1i, t1i = t1i, x2i = x2i, t2i = t2i, data = dat.nielweise2008)), transf = exp)', () => {
    expect(fixture.irr.r).toContain('"IRR"');
    const scale = expectFit(nielweiseCsv, base, fixture.irr, 'rates');
    expect(scale).toBe('ratio');
  });
});

describe('the further measures in words', () => {
  it('say what is pooled on which scale, and compare nothing where there is no comparison group', () => {
    const { analysis, result } = pooledFrom(molloyCsv, base);
    const scale = effectScale('correlations', base, analysis.studies);
    const summary = summariseAnalysis({ result, layout: 'correlations', scale, benefit: 'positive', smd: 'hedges' });
    const r = fixture.zcor.pooled.shown;
    expect(summary[0]).toBe(
      `Pooled over 16 studies, the correlation is positive: the whole 95% confidence interval (r ${r.ciLower.toFixed(2)} to ${r.ciUpper.toFixed(2)}) is above 0.`,
    );
    expect(summary.join(' ')).not.toMatch(/intervention|Cohen/);
    const methods = methodsSentence({
      settings: DEFAULT_SETTINGS,
      measureName: 'Fisher’s z',
      scale,
      k: 16,
      profile: false,
    });
    expect(methods).toContain('meta-analysis of the correlations (pooled on Fisher’s z, shown as r) of 16 studies');

    const options: ConversionOptions = { ...base, proportion: 'PFT' };
    const proportions = pooledFrom(pritzCsv, options);
    const ft = effectScale('proportions', options, proportions.analysis.studies);
    const words = summariseAnalysis({
      result: proportions.result,
      layout: 'proportions',
      scale: ft,
      benefit: 'positive',
      smd: 'hedges',
    });
    const p = fixture.pft.pooled.shown;
    expect(words[0]).toContain(
      `the 95% confidence interval for the proportion is ${p.ciLower.toFixed(2)} to ${p.ciUpper.toFixed(2)}.`,
    );
    expect(words[0]).toContain('there is no comparison group');
    // Which sign favours an intervention means nothing here: the figures are never turned.
    expect(shownSettings({ ...DEFAULT_SETTINGS, benefit: 'negative' }, ft).benefit).toBe('positive');
    expect(shownSettings({ ...DEFAULT_SETTINGS, benefit: 'negative' }, 'ratio').benefit).toBe('negative');
  });

  it('give no standardised-mean-difference size words for a risk difference', () => {
    const options: ConversionOptions = { ...base, ratio: 'RD' };
    const { result } = pooledFrom(bcgCsv, options);
    const summary = summariseAnalysis({
      result,
      layout: 'counts',
      scale: 'difference',
      benefit: 'negative',
      smd: 'hedges',
    });
    expect(summary.join(' ')).not.toContain('Cohen');
  });
});

describe('templates for the further layouts', () => {
  it('name the layout’s own columns after the optional labels, with no rows', () => {
    expect(templateCsv('correlations')).toBe('study,year,group,outcome,ri,ni\n');
    expect(templateCsv('proportions')).toBe('study,year,group,outcome,xi,ni\n');
    expect(templateCsv('rates')).toBe('study,year,group,outcome,x1i,t1i,x2i,t2i\n');
  });
});

describe('rows the further layouts refuse', () => {
  it('says why, by line and column', () => {
    const correlations = importStudies({ text: 'study,ri,ni\nA,1.2,50\nB,0.3,3\n', options: base });
    expect(correlations.rows).toEqual([]);
    expect(correlations.problems).toEqual([
      { line: 2, column: 'ri', reason: 'must be between −1 and 1 (a correlation)' },
      { line: 3, column: 'ni', reason: 'must be at least 4 (Fisher’s z needs more than 3 people)' },
    ]);
    const proportions = importStudies({ text: 'study,xi,ni\nA,12,10\n', options: base });
    expect(proportions.problems).toEqual([
      { line: 2, column: 'xi', reason: 'events (xi) cannot exceed the number of people (ni)' },
    ]);
    const rates = importStudies({ text: 'study,x1i,t1i,x2i,t2i\nA,3,0,4,100\n', options: base });
    expect(rates.problems).toEqual([{ line: 2, column: 't1i', reason: 'must be above 0' }]);
  });
});
