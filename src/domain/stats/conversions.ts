import { standardNormalCdf } from './normal';
import { EngineProblem } from './engine-problem';

// Plain-language conversions of a standardised mean difference g, where a positive g favours the intervention.
// Each assumes normally distributed outcomes with equal spread in both groups, as the published formulas do.

function requireFinite(name: string, g: number): void {
  if (!Number.isFinite(g))
    throw new EngineProblem('not-finite', `${name}: the effect size must be a finite number, got ${g}`);
}

/**
 * Probability of superiority (common-language effect size): the chance that a randomly chosen family who had the
 * intervention does better than one who did not, Φ(g / √2). McGraw & Wong (1992); R: pnorm(g / sqrt(2)).
 */
export function probabilityOfBenefit(g: number): number {
  requireFinite('probabilityOfBenefit', g);
  return standardNormalCdf(g / Math.SQRT2);
}

/**
 * Cohen's U3 as an improvement index: how many percentile points the average family who had the intervention moves
 * up, compared with the comparison group, 100 × (Φ(g) − 0.5). What Works Clearinghouse; R: 100 * (pnorm(g) - 0.5).
 */
export function improvementIndex(g: number): number {
  requireFinite('improvementIndex', g);
  return 100 * (standardNormalCdf(g) - 0.5);
}

/**
 * Number needed to treat after Kraemer & Kupfer (2006): 1 / (2Φ(g / √2) − 1). Infinite at g = 0 (no benefit) and
 * negative when g favours the comparison (it then counts families per one harmed).
 */
export function numberNeededToTreat(g: number): number {
  requireFinite('numberNeededToTreat', g);
  const successRateDifference = 2 * standardNormalCdf(g / Math.SQRT2) - 1;
  return successRateDifference === 0 ? Number.POSITIVE_INFINITY : 1 / successRateDifference;
}

/**
 * Out of 100 families who had the intervention, how many more did better than they would have without it:
 * 100 × (2Φ(g / √2) − 1), the reciprocal of the NNT on a per-100 scale (Kraemer & Kupfer's success rate difference).
 */
export function extraFamiliesBenefitingPer100(g: number): number {
  requireFinite('extraFamiliesBenefitingPer100', g);
  return 100 * (2 * standardNormalCdf(g / Math.SQRT2) - 1);
}
