import { describe, expect, it } from 'vitest';
import {
  fisherZ,
  freemanTukeyProportion,
  harmonicMean,
  inverseFreemanTukey,
  inverseLogit,
  logIncidenceRateRatio,
  logitProportion,
  mantelHaenszel,
  petoOddsRatio,
  riskDifference,
  zToCorrelation,
} from './effect-measures';
import type { CountsMeasure } from './effect-measures';
import measuresJson from './fixtures/effect-measures.json';
import { closeTo, relativelyCloseTo, reviveNumbers } from './fixtures/read-fixture';

// Reference values from R's metafor 3.8.1, written by scripts/r/make-measure-fixtures.R; each case names its R call.
interface EscalcCase {
  dataset: string;
  measure: 'ZCOR' | 'PLO' | 'PFT' | 'RD' | 'IRR';
  r: string;
  input: Record<string, number[]>;
  expected: { yi: number[]; vi: number[] };
}
interface BackCase {
  name: string;
  dataset?: string;
  r: string;
  x: number[];
  ni?: number[];
  /** For 'ipft': the n of the study each x belongs to. */
  nis?: number[];
  expected: number[];
  predicted?: { pred: number; ciLower: number; ciUpper: number };
}
interface PooledCase {
  dataset: string;
  method: 'MH' | 'PETO';
  measure: CountsMeasure;
  r: string;
  input: { ai: number[]; bi: number[]; ci: number[]; di: number[] };
  expected: {
    estimate: number;
    se: number;
    ciLower: number;
    ciUpper: number;
    z: number;
    p: number;
    q: number;
    qDf: number;
    qP: number;
    k: number;
  };
}
const fixture = reviveNumbers(measuresJson) as {
  metafor: string;
  escalc: EscalcCase[];
  backTransforms: BackCase[];
  pooled: PooledCase[];
};

const TOLERANCE = 1e-9;

function near(actual: number, expected: number, tolerance = TOLERANCE): void {
  expect(closeTo(actual, expected, tolerance), `${actual} vs ${expected}`).toBe(true);
}

function column(input: Record<string, number[]>, name: string): number[] {
  const values = input[name];
  if (!values) throw new Error(`fixture has no column ${name}`);
  return values;
}

function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`no value at ${index}`);
  return value;
}

describe('effect measures against metafor', () => {
  it('was made with metafor 3.8.1', () => {
    expect(fixture.metafor).toBe('3.8.1');
  });

  for (const testCase of fixture.escalc) {
    it(testCase.r, () => {
      const { input, expected } = testCase;
      expected.yi.forEach((yi, index) => {
        let effect;
        if (testCase.measure === 'ZCOR')
          effect = fisherZ(at(column(input, 'ri'), index), at(column(input, 'ni'), index));
        else if (testCase.measure === 'PLO')
          effect = logitProportion(at(column(input, 'xi'), index), at(column(input, 'ni'), index));
        else if (testCase.measure === 'PFT')
          effect = freemanTukeyProportion(at(column(input, 'xi'), index), at(column(input, 'ni'), index));
        else if (testCase.measure === 'RD')
          effect = riskDifference({
            ai: at(column(input, 'ai'), index),
            bi: at(column(input, 'bi'), index),
            ci: at(column(input, 'ci'), index),
            di: at(column(input, 'di'), index),
          });
        else
          effect = logIncidenceRateRatio({
            x1i: at(column(input, 'x1i'), index),
            t1i: at(column(input, 't1i'), index),
            x2i: at(column(input, 'x2i'), index),
            t2i: at(column(input, 't2i'), index),
          });
        near(effect.yi, yi);
        near(effect.vi, at(expected.vi, index));
      });
    });
  }

  for (const testCase of fixture.backTransforms) {
    it(`${testCase.r}${testCase.dataset ? ` (${testCase.dataset})` : ''}`, () => {
      const transform =
        testCase.name === 'ztor'
          ? zToCorrelation
          : testCase.name === 'ilogit'
            ? inverseLogit
            : (x: number) => inverseFreemanTukey(x, harmonicMean(testCase.ni ?? []));
      // 'ipft': each value shown back with its own study's n (transf.ipft(x, ni)), not the harmonic mean.
      testCase.x.forEach((x, index) =>
        near(
          testCase.name === 'ipft' ? inverseFreemanTukey(x, at(testCase.nis ?? [], index)) : transform(x),
          at(testCase.expected, index),
        ),
      );
    });
  }

  for (const testCase of fixture.pooled) {
    it(testCase.r, () => {
      const { ai, bi, ci, di } = testCase.input;
      const tables = ai.map((_, index) => ({
        ai: at(ai, index),
        bi: at(bi, index),
        ci: at(ci, index),
        di: at(di, index),
      }));
      const result = testCase.method === 'PETO' ? petoOddsRatio(tables) : mantelHaenszel(tables, testCase.measure);
      const { expected } = testCase;
      near(result.estimate, expected.estimate);
      near(result.se, expected.se);
      near(result.ciLower, expected.ciLower);
      near(result.ciUpper, expected.ciUpper);
      near(result.z, expected.z);
      near(result.p, expected.p, 1e-7);
      // Relative too: dat.bcg's p is 7.9e-31 in R, and 0 would pass an absolute check.
      expect(relativelyCloseTo(result.p, expected.p, 1e-6), `p = ${result.p}, R ${expected.p}`).toBe(true);
      near(result.q, expected.q);
      expect(result.qDf).toBe(expected.qDf);
      near(result.qP, expected.qP, 1e-7);
      expect(result.k).toBe(expected.k);
    });
  }
});

describe('effect measures refuse impossible input', () => {
  it('names the problem', () => {
    expect(() => fisherZ(1.2, 20)).toThrow(/between −1 and 1/);
    expect(() => fisherZ(0.2, 3)).toThrow(/above 3/);
    expect(() => logitProportion(12, 10)).toThrow(/between 0 and n/);
    expect(() => logIncidenceRateRatio({ x1i: 1, t1i: 0, x2i: 2, t2i: 10 })).toThrow(/person-time/);
    expect(() => mantelHaenszel([], 'OR')).toThrow(/no tables/);
  });
});
