import { describe, expect, it } from 'vitest';
import bcgCsv from '../../../tests/fixtures/bcg-counts.csv?raw';
import metafor from '../../../tests/fixtures/bcg-metafor.json';
import { analyse, DEFAULT_SETTINGS } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { leaveOneOutDescription, leaveOneOutForestModel } from './leave-one-out-forest-model';
import { studyForestModel } from './study-forest-model';

// metafor's answers (tests/fixtures/bcg-metafor.json, from scripts/r/make-analysis-fixtures.R):
//   fit <- rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, method = "REML"); leave1out(fit)
const rows = importStudies({ text: bcgCsv, options: { smd: 'hedges', ratio: 'RR' } }).rows;
const relative = (actual: number | undefined, expected: number) =>
  Math.abs((actual ?? Number.NaN) - expected) / Math.abs(expected);

describe('leaveOneOutForestModel', () => {
  it('draws metafor’s leave1out() on the ratio scale, one row per omitted study, above the all-studies diamond', () => {
    const analysis = analyse(rows, DEFAULT_SETTINGS);
    const model = leaveOneOutForestModel(analysis, DEFAULT_SETTINGS, 'ratio', 'log risk ratio');
    if (!model) throw new Error('no model');
    expect(model.scale).toBe('log');
    expect(model.rows).toHaveLength(metafor.REML.leaveOneOut.length + 1);
    for (const [index, expected] of metafor.REML.leaveOneOut.entries()) {
      const row = model.rows[index];
      expect(row?.label).toBe(`Without ${expected.study}`);
      expect(row?.role).toBe('study');
      expect(row?.weight).toBeUndefined();
      expect(relative(row?.estimate, expected.rr)).toBeLessThan(1e-6);
      expect(relative(row?.lower, expected.rrLower)).toBeLessThan(1e-6);
      expect(relative(row?.upper, expected.rrUpper)).toBeLessThan(1e-6);
    }
    const reference = model.rows.at(-1);
    expect(reference).toMatchObject({ role: 'pooled', label: 'All 13 studies (REML)' });
    expect(relative(reference?.estimate, metafor.REML.pooled.rr)).toBeLessThan(1e-6);
  });

  it('reads the same way round as the main plot: when a ratio below 1 favours the intervention, both turn it over', () => {
    const settings = { ...DEFAULT_SETTINGS, benefit: 'negative' as const };
    const analysis = analyse(rows, settings);
    const model = leaveOneOutForestModel(analysis, settings, 'ratio', 'log risk ratio');
    const main = studyForestModel(analysis, settings, 'ratio', 'log risk ratio');
    const first = metafor.REML.leaveOneOut[0];
    if (!model || !first) throw new Error('no model');
    expect(model.favours).toEqual(main.favours);
    expect(model.favours).toEqual({ left: 'Favours comparison', right: 'Favours intervention' });
    expect(model.axisLabel).toBe(main.axisLabel);
    // RR 0.49 (fewer cases with BCG) is drawn as 1/0.49 ≈ 2.04, on the side labelled "Favours intervention".
    expect(relative(model.rows[0]?.estimate, 1 / first.rr)).toBeLessThan(1e-6);
    expect(relative(model.rows[0]?.lower, 1 / first.rrUpper)).toBeLessThan(1e-6);
    expect(model.rows.at(-1)?.estimate).toBeGreaterThan(1);
  });

  it('has a text alternative naming the study whose omission moves the result most', () => {
    const analysis = analyse(rows, DEFAULT_SETTINGS);
    const model = leaveOneOutForestModel(analysis, DEFAULT_SETTINGS, 'ratio', 'log risk ratio');
    if (!model) throw new Error('no model');
    const distances = metafor.REML.leaveOneOut.map((entry) => Math.abs(Math.log(entry.rr / metafor.REML.pooled.rr)));
    const furthest = metafor.REML.leaveOneOut[distances.indexOf(Math.max(...distances))];
    expect(leaveOneOutDescription(model)).toContain(`moves most without ${furthest?.study ?? ''}`);
    expect(leaveOneOutDescription(model)).toMatch(/^Leave-one-out plot: 13 pooled results, each without one study/);
  });

  it('is absent when leave-one-out cannot be worked out', () => {
    const analysis = analyse(rows.slice(0, 1), DEFAULT_SETTINGS);
    expect(leaveOneOutForestModel(analysis, DEFAULT_SETTINGS, 'ratio', 'log risk ratio')).toBeNull();
  });
});
