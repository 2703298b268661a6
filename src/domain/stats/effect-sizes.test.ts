import { describe, expect, it } from 'vitest';
import effectSizesJson from './fixtures/effect-sizes.json';
import tailsJson from './fixtures/tails.json';
import { relativelyCloseTo, reviveNumbers } from './fixtures/read-fixture';
import { chiSquaredUpperTail, standardNormalCdf, studentTCdf } from './distributions';
import {
  logOddsRatio,
  logRiskRatio,
  smdFromMeans,
  smdVarianceFromSizes,
  varianceFromInterval,
  varianceFromStandardError,
  type CountsInput,
  type MeansInput,
} from './index';

// Reference values from R (metafor 3.8 escalc() and R's distribution functions), written by
// scripts/r/make-stats-fixtures.R; each case names its R call.
interface Expected {
  r: string;
  yi: number;
  vi: number;
}
const fixture = reviveNumbers(effectSizesJson) as {
  smd: { input: MeansInput; hedges: Expected; cohen: Expected }[];
  counts: { input: CountsInput; or: Expected; rr: Expected }[];
  intervals: { input: { lower: number; upper: number; level: number }; r: string; vi: number }[];
  standardErrors: { input: number; r: string; vi: number }[];
  sizes: { input: { yi: number; n1: number; n2: number }; r: string; vi: number }[];
};
interface TailCase {
  x: number;
  df?: number;
  r: string;
  p: number;
}
const tails = reviveNumbers(tailsJson) as { chisq: TailCase[]; t: TailCase[]; normal: TailCase[] };

const TOLERANCE = 1e-10;
function expectRelative(actual: number, expected: number, context: string) {
  expect(relativelyCloseTo(actual, expected, TOLERANCE), `${context}: got ${actual}, R ${expected}`).toBe(true);
}

describe('effect sizes match metafor escalc()', () => {
  it.each(fixture.smd.map((testCase, index) => [index, testCase] as const))(
    "Hedges' g and Cohen's d, case %s",
    (_, testCase) => {
      const g = smdFromMeans(testCase.input, 'hedges');
      expectRelative(g.yi, testCase.hedges.yi, testCase.hedges.r);
      expectRelative(g.vi, testCase.hedges.vi, testCase.hedges.r);
      const d = smdFromMeans(testCase.input, 'cohen');
      expectRelative(d.yi, testCase.cohen.yi, testCase.cohen.r);
      expectRelative(d.vi, testCase.cohen.vi, testCase.cohen.r);
    },
  );

  it.each(fixture.counts.map((testCase, index) => [index, testCase] as const))(
    'log OR and log RR from counts, case %s',
    (_, testCase) => {
      const or = logOddsRatio(testCase.input);
      expectRelative(or.yi, testCase.or.yi, testCase.or.r);
      expectRelative(or.vi, testCase.or.vi, testCase.or.r);
      const rr = logRiskRatio(testCase.input);
      expectRelative(rr.yi, testCase.rr.yi, testCase.rr.r);
      expectRelative(rr.vi, testCase.rr.vi, testCase.rr.r);
    },
  );

  it.each(
    fixture.intervals.map(
      (testCase) =>
        [`${testCase.input.lower} to ${testCase.input.upper} at ${testCase.input.level}`, testCase] as const,
    ),
  )('variance from the interval %s', (_, testCase) => {
    expectRelative(
      varianceFromInterval(testCase.input.lower, testCase.input.upper, testCase.input.level),
      testCase.vi,
      testCase.r,
    );
  });

  it.each(fixture.sizes.map((testCase, index) => [index, testCase] as const))(
    'SMD variance from yi and the group sizes, case %s',
    (_, testCase) => {
      expectRelative(
        smdVarianceFromSizes(testCase.input.yi, testCase.input.n1, testCase.input.n2),
        testCase.vi,
        testCase.r,
      );
    },
  );

  it.each(fixture.standardErrors.map((testCase) => [testCase.input, testCase] as const))(
    'variance from the standard error %s',
    (_, testCase) => {
      expectRelative(varianceFromStandardError(testCase.input), testCase.vi, testCase.r);
    },
  );
});

describe('distribution tails match R with relative error', () => {
  it.each(
    tails.chisq.map((testCase) => [`pchisq(${testCase.x}, ${testCase.df}, lower.tail = FALSE)`, testCase] as const),
  )('%s', (_, testCase) => {
    expectRelative(chiSquaredUpperTail(testCase.x, testCase.df ?? Number.NaN), testCase.p, testCase.r);
  });
  it.each(tails.t.map((testCase) => [`pt(${testCase.x}, ${testCase.df})`, testCase] as const))('%s', (_, testCase) => {
    expect(
      relativelyCloseTo(studentTCdf(testCase.x, testCase.df ?? Number.NaN), testCase.p, 1e-9),
      `${studentTCdf(testCase.x, testCase.df ?? Number.NaN)} vs ${testCase.p}`,
    ).toBe(true);
  });
  it.each(tails.normal.map((testCase) => [`pnorm(${testCase.x})`, testCase] as const))('%s', (_, testCase) => {
    expectRelative(standardNormalCdf(testCase.x), testCase.p, testCase.r);
  });
});

describe('effect sizes refuse bad input with a clear message', () => {
  it('refuses negative counts and empty groups', () => {
    expect(() => logOddsRatio({ ai: -1, bi: 2, ci: 3, di: 4 })).toThrow(
      'logOddsRatio: ai = -1; counts cannot be negative',
    );
    expect(() => logRiskRatio({ ai: 0, bi: 0, ci: 3, di: 4 })).toThrow(/a group has no participants/);
  });
  it('refuses an interval whose upper limit is not above its lower limit', () => {
    expect(() => varianceFromInterval(0.5, 0.5)).toThrow(/must be above the lower limit/);
  });
  it('refuses a standard error that would overflow or underflow', () => {
    expect(() => varianceFromStandardError(1e200)).toThrow(/too extreme/);
    expect(() => varianceFromStandardError(1e-200)).toThrow(/too extreme/);
  });
  it('refuses an SMD with a zero SD', () => {
    expect(() => smdFromMeans({ m1: 1, sd1: 0, n1: 5, m2: 0, sd2: 1, n2: 5 }, 'cohen')).toThrow(
      /standard deviations must be above 0/,
    );
  });
});
