import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import trimAndFillJson from './fixtures/trim-and-fill.json';
import { relativelyCloseTo, reviveNumbers } from './fixtures/read-fixture';
import { pool } from './pool';
import type { PoolMethod } from './pool-methods';
import type { StudyEffect } from './study-effect';
import { trimAndFill, type TrimAndFillEstimator, type TrimAndFillProblem, type TrimAndFillSide } from './trim-and-fill';

interface FixtureCase {
  dataset: string;
  method: PoolMethod;
  estimator: TrimAndFillEstimator;
  side: TrimAndFillSide | 'default';
  test: 'z' | 'knha';
  r: string;
  /** metafor's error message, for the cases where it stops. */
  error?: string;
  k0?: number;
  k0Se?: number;
  /** NaN (R's NA) unless R0. */
  k0P?: number;
  chosenSide?: TrimAndFillSide;
  fillYi?: number[];
  fillVi?: number[];
  k?: number;
  estimate?: number;
  se?: number;
  ciLower?: number;
  ciUpper?: number;
  statistic?: number;
  pValue?: number;
  tau2?: number;
  q?: number;
}
type Answered = Required<Omit<FixtureCase, 'error'>>;

// The method, estimator, side and test strings are left alone: only R's "NaN"/"NA" strings become numbers.
const fixture = reviveNumbers(trimAndFillJson) as {
  datasets: { name: string; call: string; yi: number[]; vi: number[] }[];
  cases: FixtureCase[];
};

// Every figure agrees with metafor to 1e-10 (relative, or absolute below 1); 1e-9 leaves room for other platforms' libm.
function close(actual: number, expected: number, tolerance = 1e-9): void {
  // metafor's se.k0 is NaN when the variance formula goes negative (L0 and Q0 with many missing).
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

// metafor stops with these messages where the engine returns a reason instead.
const REASON_OF_ERROR: Record<string, TrimAndFillProblem> = {
  'missing value where TRUE/FALSE needed': 'estimator-undefined',
  'Number of parameters to be estimated is larger than the number of observations.': 'too-few-studies',
};

describe('trimAndFill against metafor 3.8.1 trimfill()', () => {
  for (const testCase of fixture.cases) {
    it(testCase.r, () => {
      const dataset = fixture.datasets.find((set) => set.name === testCase.dataset);
      if (!dataset) throw new Error(`no dataset ${testCase.dataset}`);
      const studies = dataset.yi.map((yi, index) => ({ yi, vi: dataset.vi[index] ?? Number.NaN }));
      const outcome = trimAndFill(studies, {
        method: testCase.method,
        estimator: testCase.estimator,
        test: testCase.test,
        ...(testCase.side === 'default' ? {} : { side: testCase.side }),
      });
      if (testCase.error !== undefined) {
        expect(outcome).toEqual({
          ok: false,
          reason: REASON_OF_ERROR[testCase.error] ?? 'unmapped',
          k: studies.length,
        });
        return;
      }
      if (!outcome.ok) throw new Error(`expected a result, got ${outcome.reason}`);
      const { result } = outcome;
      const expected = testCase as Answered;
      expect(result.k0).toBe(expected.k0);
      expect(result.side).toBe(expected.chosenSide);
      close(result.k0Se, expected.k0Se);
      if (expected.estimator === 'R0') close(result.k0P ?? Number.NaN, expected.k0P);
      else expect(result.k0P).toBeNull();
      expect(result.filled.map((study) => study.vi)).toEqual(expected.fillVi);
      result.filled.forEach((study, index) => close(study.yi, expected.fillYi[index] ?? Number.NaN));
      expect(result.pooled.k).toBe(expected.k);
      close(result.pooled.estimate, expected.estimate);
      close(result.pooled.se, expected.se);
      close(result.pooled.ciLower, expected.ciLower);
      close(result.pooled.ciUpper, expected.ciUpper);
      close(result.pooled.statistic, expected.statistic);
      // p-values relative to their own size: 2e-26 is not 0.
      expect(relativelyCloseTo(result.pooled.pValue, expected.pValue, 1e-9)).toBe(true);
      close(result.pooled.tau2, expected.tau2);
      close(result.pooled.q, expected.q);
    });
  }

  it('covers k0 > 0 and k0 = 0, both sides, and every estimator and method', () => {
    const answered = fixture.cases.filter((testCase) => testCase.error === undefined);
    expect(answered.some((testCase) => (testCase.k0 ?? 0) > 0)).toBe(true);
    expect(answered.some((testCase) => testCase.k0 === 0)).toBe(true);
    expect(new Set(answered.map((testCase) => testCase.chosenSide))).toEqual(new Set(['left', 'right']));
    expect(new Set(answered.map((testCase) => testCase.estimator))).toEqual(new Set(['L0', 'R0', 'Q0']));
    expect(new Set(answered.map((testCase) => testCase.method))).toEqual(new Set(['FE', 'DL', 'REML', 'PM']));
  });

  it('says why it cannot answer rather than throwing', () => {
    expect(trimAndFill([{ yi: 0.1, vi: 0.1 }])).toEqual({ ok: false, reason: 'too-few-studies', k: 1 });
    const two = [
      { yi: 0.1, vi: 0.1 },
      { yi: 0.5, vi: 0.2 },
    ];
    expect(trimAndFill(two)).toEqual({ ok: false, reason: 'too-few-studies', k: 2 });
    const equalVariances = [0.1, 0.5, 0.3].map((yi) => ({ yi, vi: 0.1 }));
    expect(trimAndFill(equalVariances)).toEqual({ ok: false, reason: 'side-undetermined', k: 3 });
    // metafor stops with an error here for every estimator and method, from rounding noise in the estimate.
    const identical = [0.1, 0.2, 0.3].map((vi) => ({ yi: 0.3, vi }));
    for (const chosenSide of [undefined, 'left', 'right'] as const)
      for (const chosenEstimator of ['L0', 'R0', 'Q0'] as const)
        expect(
          trimAndFill(identical, { estimator: chosenEstimator, ...(chosenSide ? { side: chosenSide } : {}) }),
        ).toEqual({ ok: false, reason: 'identical-effects', k: 3 });
  });

  it('stops after maxIterations, as metafor does, when k0 is still changing', () => {
    const hackshaw = fixture.datasets.find((set) => set.name === 'hackshaw1998');
    if (!hackshaw) throw new Error('no hackshaw1998');
    const studies = hackshaw.yi.map((yi, index) => ({ yi, vi: hackshaw.vi[index] ?? Number.NaN }));
    const converged = trimAndFill(studies, { method: 'FE' });
    if (!converged.ok) throw new Error('expected a result');
    expect(converged.result.iterations).toBeGreaterThan(2);
    expect(trimAndFill(studies, { method: 'FE', maxIterations: converged.result.iterations })).toEqual(converged);
    expect(trimAndFill(studies, { method: 'FE', maxIterations: 2 })).toEqual({
      ok: false,
      reason: 'did-not-converge',
      k: studies.length,
    });
  });

  it('refuses options metafor would refuse', () => {
    const some = [0.1, 0.4, 0.2].map((yi, index) => ({ yi, vi: 0.1 * (index + 1) }));
    expect(() => trimAndFill(some, { estimator: 'X' as 'L0' })).toThrow(/estimator must be/);
    expect(() => trimAndFill(some, { side: 'up' as 'left' })).toThrow(/side must be/);
    expect(() => trimAndFill(some, { maxIterations: 0 })).toThrow(/maxIterations/);
  });
});

// Random meta-analyses with 3 to 25 studies.
const study = fc.record({
  yi: fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true }),
  vi: fc.double({ min: 0.001, max: 2, noNaN: true, noDefaultInfinity: true }),
});
const studies = fc.array(study, { minLength: 3, maxLength: 25 });
const method = fc.constantFrom<PoolMethod>('FE', 'DL', 'REML', 'PM');
const estimator = fc.constantFrom<TrimAndFillEstimator>('L0', 'R0');
const side = fc.constantFrom<TrimAndFillSide>('left', 'right');

describe('trimAndFill properties', () => {
  it('fills k0 ≥ 0 studies, each the mirror image of an observed one about the trimmed estimate, on the given side', () => {
    fc.assert(
      fc.property(studies, method, estimator, side, (input, chosenMethod, chosenEstimator, chosenSide) => {
        const outcome = trimAndFill(input, { method: chosenMethod, estimator: chosenEstimator, side: chosenSide });
        if (!outcome.ok) return true;
        const { result } = outcome;
        expect(result.k0).toBeGreaterThanOrEqual(0);
        expect(result.k0).toBeLessThan(input.length);
        expect(result.filled).toHaveLength(result.k0);
        expect(result.pooled.k).toBe(input.length + result.k0);
        for (const filled of result.filled) {
          const source = input[filled.mirrorOf] as StudyEffect;
          expect(filled.vi).toBe(source.vi);
          close((filled.yi + source.yi) / 2, result.trimmedEstimate, 1e-9);
          // Studies missing on the left are filled below the trimmed estimate, and on the right above it.
          if (chosenSide === 'left') expect(filled.yi).toBeLessThanOrEqual(result.trimmedEstimate + 1e-9);
          else expect(filled.yi).toBeGreaterThanOrEqual(result.trimmedEstimate - 1e-9);
        }
        return true;
      }),
    );
  });

  it('gives the observed fit unchanged when k0 = 0', () => {
    fc.assert(
      fc.property(studies, method, estimator, (input, chosenMethod, chosenEstimator) => {
        const outcome = trimAndFill(input, { method: chosenMethod, estimator: chosenEstimator, side: 'left' });
        if (!outcome.ok || outcome.result.k0 > 0) return true;
        expect(outcome.result.pooled).toEqual(pool(input, { method: chosenMethod }));
        return true;
      }),
    );
  });

  it('mirrors: flipping every effect swaps the side and negates the filled studies', () => {
    fc.assert(
      fc.property(studies, method, estimator, (input, chosenMethod, chosenEstimator) => {
        const left = trimAndFill(input, { method: chosenMethod, estimator: chosenEstimator, side: 'left' });
        const flipped = input.map((item) => ({ yi: -item.yi, vi: item.vi }));
        const right = trimAndFill(flipped, { method: chosenMethod, estimator: chosenEstimator, side: 'right' });
        if (!left.ok || !right.ok) return left.ok === right.ok;
        expect(right.result.k0).toBe(left.result.k0);
        close(right.result.pooled.estimate, -left.result.pooled.estimate, 1e-9);
        return true;
      }),
    );
  });

  it('finds no missing studies with R0 in a set symmetric about its estimate', () => {
    // Pairs c ± d with a shared variance, in values exact in binary so the pooled estimate is exactly c. (L0 does
    // not promise this: metafor ranks the tied |deviations| of a pair in order, which can give it k0 = 1; the
    // symmetric fixture checks that case against R.)
    // The deviations differ between pairs: equal ones tie across pairs too, and metafor's in-order ranking of those
    // can give R0 k0 = 1 (so does R, on c(-3, -3, -1, 1, 3, 3) / 16).
    const pair = fc.record({
      deviation: fc.integer({ min: 1, max: 64 }).map((value) => value / 16),
      variance: fc.integer({ min: 1, max: 64 }).map((value) => value / 32),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { minLength: 2, maxLength: 10, selector: (entry) => entry.deviation }),
        fc.integer({ min: -16, max: 16 }).map((value) => value / 8),
        method,
        side,
        (pairs, centre, chosenMethod, chosenSide) => {
          const input = pairs.flatMap(({ deviation, variance }) => [
            { yi: centre - deviation, vi: variance },
            { yi: centre + deviation, vi: variance },
          ]);
          const outcome = trimAndFill(input, { method: chosenMethod, estimator: 'R0', side: chosenSide });
          expect(outcome.ok && outcome.result.k0).toBe(0);
          return true;
        },
      ),
    );
  });
});
