import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pool, type PoolMethod, type StudyEffect } from './index';

// Properties that any correct random-effects engine has, checked on random meta-analyses.
const study = fc.record({
  yi: fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true }),
  vi: fc.double({ min: 0.001, max: 2, noNaN: true, noDefaultInfinity: true }),
});
const studies = fc.array(study, { minLength: 2, maxLength: 25 });
const studiesWithShuffle = studies.chain((input) =>
  fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length })),
);
const method = fc.constantFrom<PoolMethod>('FE', 'DL', 'REML', 'PM');
const test = fc.constantFrom<'z' | 'knha'>('z', 'knha');

const close = (a: number, b: number, tolerance = 1e-7) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

describe('pool properties', () => {
  it('does not depend on the order of the studies', () => {
    fc.assert(
      fc.property(studiesWithShuffle, method, test, ([input, shuffled], chosenMethod, chosenTest) => {
        const original = pool(input, { method: chosenMethod, test: chosenTest });
        const reordered = pool(shuffled, { method: chosenMethod, test: chosenTest });
        return (
          close(original.estimate, reordered.estimate) &&
          close(original.tau2, reordered.tau2) &&
          close(original.se, reordered.se)
        );
      }),
    );
  });

  it('shifts the estimate by c when every yi shifts by c, leaving τ² alone', () => {
    fc.assert(
      fc.property(studies, method, fc.double({ min: -5, max: 5, noNaN: true }), (input, chosenMethod, shift) => {
        const original = pool(input, { method: chosenMethod });
        const shifted = pool(
          input.map((item) => ({ ...item, yi: item.yi + shift })),
          { method: chosenMethod },
        );
        return close(shifted.estimate, original.estimate + shift, 1e-6) && close(shifted.tau2, original.tau2, 1e-6);
      }),
    );
  });

  it('scales the estimate by s when yi scale by s and vi by s²', () => {
    fc.assert(
      fc.property(studies, method, fc.double({ min: 0.1, max: 10, noNaN: true }), (input, chosenMethod, scale) => {
        const original = pool(input, { method: chosenMethod });
        const scaled = pool(
          input.map((item) => ({ yi: item.yi * scale, vi: item.vi * scale * scale })),
          { method: chosenMethod },
        );
        return (
          close(scaled.estimate, original.estimate * scale, 1e-6) &&
          close(scaled.tau2, original.tau2 * scale * scale, 1e-6)
        );
      }),
    );
  });

  it('keeps τ² ≥ 0, the estimate inside its CI and PI, and weights summing to 100', () => {
    fc.assert(
      fc.property(studies, method, test, (input, chosenMethod, chosenTest) => {
        const result = pool(input, { method: chosenMethod, test: chosenTest });
        const weightTotal = result.weights.reduce((total, weight) => total + weight, 0);
        return (
          result.tau2 >= 0 &&
          result.ciLower <= result.estimate &&
          result.estimate <= result.ciUpper &&
          result.piLower <= result.ciLower + 1e-12 &&
          result.piUpper >= result.ciUpper - 1e-12 &&
          close(weightTotal, 100, 1e-9)
        );
      }),
    );
  });

  it('gives the FE result whenever a random-effects method estimates τ² = 0', () => {
    fc.assert(
      fc.property(studies, fc.constantFrom<PoolMethod>('DL', 'REML', 'PM'), (input, chosenMethod) => {
        const random = pool(input, { method: chosenMethod });
        if (random.tau2 !== 0) return true;
        const fixed = pool(input, { method: 'FE' });
        return close(random.estimate, fixed.estimate, 1e-12) && close(random.se, fixed.se, 1e-12);
      }),
    );
  });

  it('gives τ² = 0 and the FE result for identical effects', () => {
    const identical: StudyEffect[] = [0.01, 0.1, 0.5, 2].map((vi) => ({ yi: 0.3, vi }));
    const reml = pool(identical);
    expect(reml.tau2).toBe(0);
    expect(reml.estimate).toBeCloseTo(0.3, 14);
  });
});
