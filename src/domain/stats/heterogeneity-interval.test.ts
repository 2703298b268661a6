import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import intervalJson from './fixtures/heterogeneity-interval.json';
import { heterogeneityInterval } from './heterogeneity-interval';

// Reference values from R's metafor 3.8.1, written by scripts/r/make-heterogeneity-fixtures.R; each case names its
// R call. The τ² estimate is metafor's, so the test checks the interval alone.
interface IntervalCase {
  dataset: string;
  method: string;
  r: string;
  yi: number[];
  vi: number[];
  expected: Record<string, number | boolean>;
}

const cases = intervalJson.cases as IntervalCase[];
const FIELDS = [
  'tau2Lower',
  'tau2Upper',
  'tauLower',
  'tauUpper',
  'i2',
  'i2Lower',
  'i2Upper',
  'h2',
  'h2Lower',
  'h2Upper',
] as const;

function close(actual: number, expected: number, relative = 1e-6): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe('heterogeneityInterval matches metafor confint (Q-profile)', () => {
  it.each(cases.map((testCase) => [`${testCase.dataset} ${testCase.method}: ${testCase.r}`, testCase] as const))(
    '%s',
    (_name, testCase) => {
      const tau2 = testCase.expected.tau2 as number;
      const result = heterogeneityInterval(testCase.yi, testCase.vi, tau2);
      for (const field of FIELDS) close(result[field], testCase.expected[field] as number);
      expect(result.lowerTruncated).toBe(testCase.expected.lowerTruncated);
      expect(result.upperTruncated).toBe(testCase.expected.upperTruncated);
    },
  );

  it('includes a case whose lower bound is truncated at 0', () => {
    expect(cases.some((testCase) => testCase.expected.lowerTruncated === true)).toBe(true);
  });
});

describe('heterogeneityInterval properties', () => {
  const studies = fc
    .array(fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true })), {
      minLength: 2,
      maxLength: 15,
    })
    .map((pairs) => ({ yi: pairs.map((pair) => pair[0]), vi: pairs.map((pair) => pair[1]) }));

  it('gives non-negative, ordered bounds, with I² inside [0, 100] and H² at least 1', () => {
    fc.assert(
      fc.property(studies, fc.double({ min: 0, max: 5, noNaN: true }), ({ yi, vi }, tau2) => {
        const result = heterogeneityInterval(yi, vi, tau2);
        expect(result.tau2Lower).toBeGreaterThanOrEqual(0);
        expect(result.tau2Upper).toBeGreaterThanOrEqual(result.tau2Lower);
        expect(result.i2Lower).toBeGreaterThanOrEqual(0);
        expect(result.i2Upper).toBeLessThanOrEqual(100);
        expect(result.h2Lower).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('contains the estimate when the estimate lies between the bounds of τ², for I² and H² alike', () => {
    fc.assert(
      fc.property(studies, ({ yi, vi }) => {
        const probe = heterogeneityInterval(yi, vi, 0);
        const tau2 = (probe.tau2Lower + probe.tau2Upper) / 2;
        const result = heterogeneityInterval(yi, vi, tau2);
        expect(result.i2).toBeGreaterThanOrEqual(result.i2Lower - 1e-9);
        expect(result.i2).toBeLessThanOrEqual(result.i2Upper + 1e-9);
        expect(result.h2).toBeGreaterThanOrEqual(result.h2Lower - 1e-9);
        expect(result.h2).toBeLessThanOrEqual(result.h2Upper + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
