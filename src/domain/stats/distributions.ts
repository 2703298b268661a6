// Distribution functions from @stdlib, which are accurate to double precision in the tails (as R's are).
// Wrapped here so the rest of the engine names them once and in one style.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

export { standardNormalCdf, standardNormalQuantile } from './normal';

/** Student t cumulative distribution (R: pt(x, df)). */
export function studentTCdf(x: number, degreesOfFreedom: number): number {
  return tCdf(x, degreesOfFreedom);
}

/** Student t quantile (R: qt(p, df)). */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return tQuantile(p, degreesOfFreedom);
}

/** Upper tail of the chi-squared distribution (R: pchisq(x, df, lower.tail = FALSE)). */
export function chiSquaredUpperTail(x: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom <= 0) return Number.NaN;
  return 1 - chisquareCdf(x, degreesOfFreedom);
}
