// The normal distribution alone, so that pages that only need Φ do not pull in the t and χ² code.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Φ(x): the standard normal cumulative distribution function (R: pnorm(x)). */
export function standardNormalCdf(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Φ⁻¹(p) (R: qnorm(p)). */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}
