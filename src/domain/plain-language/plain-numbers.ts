import {
  extraFamiliesBenefitingPer100,
  improvementIndex,
  numberNeededToTreat,
  probabilityOfBenefit,
} from '../stats/conversions';
import type { Interval } from './orientation';

export interface PlainRange {
  /** At the interval's low end (least benefit). */
  low: number;
  /** At the interval's midpoint (a derived figure). */
  mid: number;
  /** At the interval's high end (most benefit). */
  high: number;
}

export interface NumberNeededToTreatRange {
  /** Fewest families to treat for one more to benefit: at the interval's high end. */
  best: number;
  /** At the midpoint; null when the midpoint shows no benefit. */
  mid: number | null;
  /** At the interval's low end; null when that end reaches no difference, so no benefit cannot be ruled out. */
  worst: number | null;
  noBenefitNotRuledOut: boolean;
}

export interface PlainNumbers {
  /** Chance (0–1) that a family who had the intervention does better than one who did not: Φ(g/√2). */
  probabilityOfBenefit: PlainRange;
  /** Percentile points gained by the average family: Φ(g) − 50. */
  improvementIndex: PlainRange;
  /** Out of 100 families who had the intervention, how many more did better: 100 × (2Φ(g/√2) − 1). */
  extraPer100: PlainRange;
  numberNeededToTreat: NumberNeededToTreatRange;
}

const rangeOf = (convert: (g: number) => number, oriented: Interval, midpoint: number): PlainRange => ({
  low: convert(oriented.lower),
  mid: convert(midpoint),
  high: convert(oriented.upper),
});

/** Rounds an NNT up to a whole family, as is usual, or returns null when there is no benefit to count. */
function wholeFamilies(nnt: number): number | null {
  return Number.isFinite(nnt) && nnt > 0 ? Math.ceil(nnt - 1e-9) : null;
}

/**
 * Every plain-number conversion across an oriented interval (positive favours the intervention) and its midpoint.
 * All of these are derived figures: the review printed none of them.
 */
export function plainNumbers(oriented: Interval, orientedMidpoint: number): PlainNumbers {
  return {
    probabilityOfBenefit: rangeOf(probabilityOfBenefit, oriented, orientedMidpoint),
    improvementIndex: rangeOf(improvementIndex, oriented, orientedMidpoint),
    extraPer100: rangeOf(extraFamiliesBenefitingPer100, oriented, orientedMidpoint),
    numberNeededToTreat: {
      best: wholeFamilies(numberNeededToTreat(oriented.upper)) ?? Number.POSITIVE_INFINITY,
      mid: wholeFamilies(numberNeededToTreat(orientedMidpoint)),
      worst: oriented.lower > 0 ? wholeFamilies(numberNeededToTreat(oriented.lower)) : null,
      noBenefitNotRuledOut: oriented.lower <= 0,
    },
  };
}

export interface IconArrayCounts {
  /** Extra families who do better at the interval's low end. */
  extraAtLow: number;
  /** Extra families who do better at the midpoint. */
  extraAtMid: number;
  /** Extra families who do better at the interval's high end. */
  extraAtHigh: number;
}

/** Whole-family counts for an "out of 100 families" icon array, rounded to the nearest family. */
export function iconArrayCounts(extraPer100: PlainRange): IconArrayCounts {
  const whole = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
  return {
    extraAtLow: whole(extraPer100.low),
    extraAtMid: whole(extraPer100.mid),
    extraAtHigh: whole(extraPer100.high),
  };
}
