// Distribution functions from @stdlib, which are accurate to double precision in the tails (as R's are).
// Wrapped here so the rest of the engine names them once and in one style.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import gammainc from '@stdlib/math-base-special-gammainc';

export { standardNormalCdf, standardNormalQuantile } from './normal';

/** Student t cumulative distribution (R: pt(x, df)). */
export function studentTCdf(x: number, degreesOfFreedom: number): number {
  return tCdf(x, degreesOfFreedom);
}

/** Student t quantile (R: qt(p, df)). */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return tQuantile(p, degreesOfFreedom);
}

/**
 * Upper tail of the chi-squared distribution (R: pchisq(x, df, lower.tail = FALSE)), as the regularised upper
 * incomplete gamma function Q(df/2, x/2). Computing it directly, not as 1 − cdf, keeps it accurate in the far tail
 * (the bcg Q-test p is 2.0e-26; 1 − cdf gives 0).
 */
export function chiSquaredUpperTail(x: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom <= 0) return Number.NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, degreesOfFreedom / 2, true, true);
}
