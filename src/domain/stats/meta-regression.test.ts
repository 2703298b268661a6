import { describe, expect, it } from 'vitest';
import regressionJson from './fixtures/meta-regression.json';
import { reviveNumbers } from './fixtures/read-fixture';
import { dummyCoding, metaRegression } from './meta-regression';
import type { PoolMethod } from './pool-methods';

// Reference values from R's metafor 3.8.1, written by scripts/r/make-regression-fixtures.R; each case names its R call.
interface RegressionCase {
  dataset: string;
  formula: string;
  method: PoolMethod;
  test: 'z' | 'knha';
  r: string;
  yi: number[];
  vi: number[];
  x: number[][];
  expected: {
    estimates: number[];
    se: number[];
    pValues: number[];
    ciLower: number[];
    ciUpper: number[];
    tau2: number;
    i2: number;
    r2: number;
    qe: number;
    qeDf: number;
    qeP: number;
    qm: number;
    qmDf: number;
    qmP: number;
  };
}
const { metafor, cases } = reviveNumbers(regressionJson) as { metafor: string; cases: RegressionCase[] };

/** Relative tolerance, with an absolute floor for values near 0 (τ² of 0, coefficients near 0). */
function near(actual: number, expected: number, relative: number, floor = 1e-10): void {
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(floor, relative * Math.abs(expected)));
}

describe(`metaRegression against metafor ${metafor}`, () => {
  it('has cases for every method and test', () => expect(cases.length).toBe(4 * 4 * 2));
  for (const testCase of cases) {
    it(testCase.r + ` on ${testCase.dataset}`, () => {
      const result = metaRegression(
        testCase.yi.map((yi, index) => ({ yi, vi: testCase.vi[index] ?? Number.NaN, x: testCase.x[index] ?? [] })),
        { method: testCase.method, test: testCase.test },
      );
      const { expected } = testCase;
      // REML and PM are solved to the root here and to 1e-14 by metafor: agreement to 1e-7 relative is the check.
      // FE and DL are closed forms; 1e-8 relative allows for the ill-conditioned ablat + year design (year ≈ 1960).
      const relative = testCase.method === 'REML' || testCase.method === 'PM' ? 1e-7 : 1e-8;
      result.coefficients.forEach((coefficient, index) => {
        near(coefficient.estimate, expected.estimates[index] ?? Number.NaN, relative);
        near(coefficient.se, expected.se[index] ?? Number.NaN, relative);
        near(coefficient.pValue, expected.pValues[index] ?? Number.NaN, relative * 10, 1e-14);
        near(coefficient.ciLower, expected.ciLower[index] ?? Number.NaN, relative);
        near(coefficient.ciUpper, expected.ciUpper[index] ?? Number.NaN, relative);
      });
      near(result.tau2, expected.tau2, relative);
      near(result.qe, expected.qe, 1e-10);
      expect(result.qeDf).toBe(expected.qeDf);
      near(result.qeP, expected.qeP, 1e-8, 1e-300);
      near(result.qm, expected.qm, relative);
      expect(result.qmDf).toBe(expected.qmDf);
      near(result.qmP, expected.qmP, relative * 10, 1e-300);
      if (testCase.method !== 'FE') near(result.i2, expected.i2, relative, 1e-8);
      if (testCase.method !== 'FE' && !Number.isNaN(expected.r2))
        near(result.r2 ?? Number.NaN, expected.r2, 1e-6, 1e-6);
    });
  }
});

describe('dummyCoding', () => {
  it('uses the first level as the reference, as factor(levels = unique()) does', () => {
    expect(dummyCoding(['b', 'a', 'b', 'c'])).toEqual({
      levels: ['b', 'a', 'c'],
      rows: [
        [0, 0],
        [1, 0],
        [0, 0],
        [0, 1],
      ],
    });
  });
});
