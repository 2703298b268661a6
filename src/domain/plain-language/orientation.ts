import type { Outcome } from '../evidence/evidence-schema';

export type BenefitSign = -1 | 1;

export interface Interval {
  lower: number;
  upper: number;
}

/** Turns -0 into 0 so that a bound at zero never prints as "−0.00". */
const noNegativeZero = (value: number): number => (Object.is(value, -0) ? 0 : value);

/**
 * Orients a reported effect so that a positive value always favours the intervention. `sign` is the sign that a
 * reported effect favouring the intervention has, as the dataset records it per outcome.
 */
export function orientEffect(reported: number, sign: BenefitSign): number {
  return noNegativeZero(reported * sign);
}

/** Orients an interval; flipping the sign swaps which bound is lower. */
export function orientInterval(reported: Interval, sign: BenefitSign): Interval {
  const a = orientEffect(reported.lower, sign);
  const b = orientEffect(reported.upper, sign);
  return { lower: Math.min(a, b), upper: Math.max(a, b) };
}

export interface OrientedOutcomeResult {
  reported: Interval;
  oriented: Interval;
  reportedMidpoint: number;
  orientedMidpoint: number;
  i2Percent: number;
}

/** The oriented figures of a pooled outcome, or null when our sources print no figures for it. */
export function orientOutcomeResult(outcome: Outcome): OrientedOutcomeResult | null {
  const { result } = outcome;
  if (result.status !== 'significant') return null;
  const sign = outcome.orientation.reportedSignFavouringIntervention;
  return {
    reported: result.ci95,
    oriented: orientInterval(result.ci95, sign),
    reportedMidpoint: result.derived.midpoint.value,
    orientedMidpoint: orientEffect(result.derived.midpoint.value, sign),
    i2Percent: result.i2Percent,
  };
}

/** Which side of "no difference" an oriented value lies on. */
export function sideOfNoDifference(oriented: number): 'intervention' | 'comparison' | 'none' {
  if (oriented > 0) return 'intervention';
  if (oriented < 0) return 'comparison';
  return 'none';
}
