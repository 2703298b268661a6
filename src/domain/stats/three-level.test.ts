import { describe, expect, it } from 'vitest';
import threeLevelJson from './fixtures/three-level.json';
import { reviveNumbers } from './fixtures/read-fixture';
import { threeLevelModel } from './three-level';

// Reference values from R's metafor 3.8.1, written by scripts/r/make-three-level-fixtures.R; each case names its R call.
interface ThreeLevelCase {
  dataset: string;
  test: 'z' | 't';
  r: string;
  study: string[];
  yi: number[];
  vi: number[];
  expected: Record<
    | 'estimate'
    | 'se'
    | 'statistic'
    | 'pValue'
    | 'ciLower'
    | 'ciUpper'
    | 'sigma2Between'
    | 'sigma2Within'
    | 'q'
    | 'qDf'
    | 'qP'
    | 'logLik'
    | 'studies'
    | 'effects'
    | 'i2Between'
    | 'i2Within'
    | 'i2Total',
    number
  >;
}
const fixture = reviveNumbers(threeLevelJson) as {
  cases: ThreeLevelCase[];
  oneEffectPerStudy: {
    study: string[];
    yi: number[];
    vi: number[];
    expected: { estimate: number; se: number; tau2: number };
  };
};

function close(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-12));
}

describe('threeLevelModel against metafor rma.mv', () => {
  for (const item of fixture.cases) {
    it(item.r, () => {
      const outcome = threeLevelModel(item.study, item.yi, item.vi, item.test);
      if (!outcome.ok) throw new Error(outcome.problem);
      const result = outcome.result;
      // Estimates and intervals: 1e-5. Variance components come from two different optimisers (nlminb in R,
      // Nelder–Mead here) on a flat likelihood surface, so they agree to 1e-4; the likelihood itself to 1e-8.
      for (const key of ['estimate', 'se', 'statistic', 'pValue', 'ciLower', 'ciUpper'] as const) {
        close(result[key], item.expected[key], 1e-5);
      }
      for (const key of ['sigma2Between', 'sigma2Within', 'i2Between', 'i2Within', 'i2Total'] as const) {
        close(result[key], item.expected[key], 1e-4);
      }
      close(result.logLik, item.expected.logLik, 1e-8);
      close(result.q, item.expected.q, 1e-9);
      close(result.qP, item.expected.qP, 1e-6);
      expect(result.qDf).toBe(item.expected.qDf);
      expect(result.studies).toBe(item.expected.studies);
      expect(result.effects).toBe(item.expected.effects);
    });
  }
});

describe('threeLevelModel properties', () => {
  it('with one effect per study the fit equals rma REML (σ²₁ + σ²₂ is τ²)', () => {
    const { study, yi, vi, expected } = fixture.oneEffectPerStudy;
    // A fit needs one repeat: add a second row to the first study with a variance so large it carries no information.
    const outcome = threeLevelModel([...study, study[0] ?? ''], [...yi, 0], [...vi, 1e9]);
    if (!outcome.ok) throw new Error(outcome.problem);
    close(outcome.result.estimate, expected.estimate, 1e-4);
    close(outcome.result.se, expected.se, 1e-4);
    close(outcome.result.sigma2Between + outcome.result.sigma2Within, expected.tau2, 1e-3);
  });

  it('permuting rows changes nothing', () => {
    const item = fixture.cases[0];
    if (!item) throw new Error('no case');
    const order = item.yi.map((_, index) => index).reverse();
    const base = threeLevelModel(item.study, item.yi, item.vi);
    const permuted = threeLevelModel(
      order.map((i) => item.study[i] ?? ''),
      order.map((i) => item.yi[i] ?? 0),
      order.map((i) => item.vi[i] ?? 0),
    );
    if (!base.ok || !permuted.ok) throw new Error('fit failed');
    close(permuted.result.estimate, base.result.estimate, 1e-7);
    close(permuted.result.sigma2Between, base.result.sigma2Between, 1e-5);
  });

  it('says plainly when it cannot fit', () => {
    expect(threeLevelModel(['a', 'a'], [0.1, 0.2], [0.01, 0.02])).toEqual({ ok: false, problem: 'too-few-studies' });
    expect(threeLevelModel(['a', 'b'], [0.1, 0.2], [0.01, 0.02])).toEqual({ ok: false, problem: 'no-repeats' });
    expect(threeLevelModel(['a', 'a', 'b'], [0.1, 0.2, 0.3], [0.01, 0, 0.02])).toEqual({
      ok: false,
      problem: 'invalid-input',
    });
  });
});
