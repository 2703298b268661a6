import { describe, expect, it } from 'vitest';
import conversionsJson from './fixtures/conversions.json';
import { closeTo, reviveNumbers } from './fixtures/read-fixture';
import { extraFamiliesBenefitingPer100, improvementIndex, numberNeededToTreat, probabilityOfBenefit } from './index';

// R: pnorm(g / sqrt(2)); 100 * (pnorm(g) - 0.5); 1 / (2 * pnorm(g / sqrt(2)) - 1). Written by scripts/r/make-stats-fixtures.R.
const cases = (
  reviveNumbers(conversionsJson) as {
    cases: {
      g: number;
      expected: { probabilityOfBenefit: number; improvementIndex: number; numberNeededToTreat: number };
    }[];
  }
).cases;

describe('plain-language conversions match R', () => {
  it.each(cases.map((testCase) => [testCase.g, testCase] as const))('g = %s', (_, testCase) => {
    expect(closeTo(probabilityOfBenefit(testCase.g), testCase.expected.probabilityOfBenefit, 1e-12)).toBe(true);
    expect(closeTo(improvementIndex(testCase.g), testCase.expected.improvementIndex, 1e-12)).toBe(true);
    expect(closeTo(numberNeededToTreat(testCase.g), testCase.expected.numberNeededToTreat, 1e-10)).toBe(true);
  });
});

describe('conversion edge cases', () => {
  it('gives a coin toss, no improvement and an infinite NNT at g = 0', () => {
    expect(probabilityOfBenefit(0)).toBe(0.5);
    expect(improvementIndex(0)).toBe(0);
    expect(numberNeededToTreat(0)).toBe(Number.POSITIVE_INFINITY);
    expect(extraFamiliesBenefitingPer100(0)).toBe(0);
  });

  it('is the reciprocal of the NNT per 100 families', () => {
    expect(extraFamiliesBenefitingPer100(0.57)).toBeCloseTo(100 / numberNeededToTreat(0.57), 10);
  });

  it('refuses a non-finite effect with the function named', () => {
    expect(() => probabilityOfBenefit(Number.NaN)).toThrow(/^probabilityOfBenefit: /);
    expect(() => numberNeededToTreat(Number.POSITIVE_INFINITY)).toThrow(/^numberNeededToTreat: /);
  });
});
