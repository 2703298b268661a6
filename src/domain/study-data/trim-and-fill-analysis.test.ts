import { describe, expect, it } from 'vitest';
import bcgCsv from '../../../tests/fixtures/bcg-moderators.csv?raw';
import trimAndFillJson from '../stats/fixtures/trim-and-fill.json';
import { reviveNumbers } from '../stats/fixtures/read-fixture';
import { DEFAULT_SETTINGS } from './analyse';
import { importStudies } from './import-studies';
import { analyseTrimAndFill } from './trim-and-fill-analysis';

// metafor 3.8.1, scripts/r/make-trim-and-fill-fixtures.R: trimfill(rma(yi, vi, data = escalc('RR', …, data =
// dat.bcg), method), estimator), the side chosen by metafor.
interface Case {
  dataset: string;
  method: string;
  estimator: string;
  side: string;
  test: string;
  r: string;
  k0: number;
  chosenSide: string;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  fillYi: number[];
}
const fixture = reviveNumbers(trimAndFillJson) as { cases: Case[] };
const rows = importStudies({ text: bcgCsv, options: { smd: 'hedges', ratio: 'RR' } }).rows;
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(expected), 1e-12));

describe('analyseTrimAndFill', () => {
  const cases = fixture.cases.filter(
    (entry) =>
      entry.dataset === 'bcg' &&
      entry.side === 'default' &&
      entry.test === 'z' &&
      ['REML', 'FE'].includes(entry.method) &&
      ['L0', 'R0'].includes(entry.estimator),
  );
  it('has fixture cases to check against', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  for (const entry of cases) {
    it(`matches ${entry.r}`, () => {
      const result = analyseTrimAndFill(rows, {
        ...DEFAULT_SETTINGS,
        method: entry.method as 'REML' | 'FE',
        trimAndFill: entry.estimator as 'L0' | 'R0',
      });
      if (!result.ok) throw new Error(result.message);
      expect(result.value.k0).toBe(entry.k0);
      expect(result.value.side).toBe(entry.chosenSide);
      close(result.value.pooled.estimate, entry.estimate);
      close(result.value.pooled.ciLower, entry.ciLower);
      close(result.value.pooled.ciUpper, entry.ciUpper);
      result.value.filled.forEach((study, index) => close(study.yi, entry.fillYi[index] ?? Number.NaN));
    });
  }

  it('uses only the included studies, and says in plain words when there are too few', () => {
    const twoLeft = rows.slice(2).map((row) => row.line);
    const result = analyseTrimAndFill(rows, { ...DEFAULT_SETTINGS, excluded: twoLeft, trimAndFill: 'L0' });
    expect(result).toEqual({
      ok: false,
      message: 'Trim-and-fill needs at least 3 studies, or 2 with the fixed-effect method.',
    });
  });
});
