// Q-profile 95% confidence intervals for τ², τ, I² and H² (Viechtbauer 2007), as metafor 3.8.1's
// confint(rma(yi, vi, method = ...)) gives them for every random-effects estimator. The bounds solve
// Q_gen(τ²) = χ²_{k−1} quantile, where Q_gen(τ²) = Σ wᵢ (yᵢ − μ̂(τ²))², wᵢ = 1 / (vᵢ + τ²); they do not depend on
// which estimator gave the point estimate. I² and H² bounds follow from τ²'s through the typical within-study variance.
// A fixed-effect model has no τ², so it has no such interval.
import { chiSquaredUpperTail } from './distributions';
import { findRoot } from './root-finding';
import { EngineProblem } from './engine-problem';

export interface HeterogeneityInterval {
  tau2: number;
  tau2Lower: number;
  tau2Upper: number;
  tauLower: number;
  tauUpper: number;
  i2: number;
  i2Lower: number;
  i2Upper: number;
  h2: number;
  h2Lower: number;
  h2Upper: number;
  /** The lower bound is 0 because Q_gen(0) is already below the critical value (metafor: "truncated at 0"). */
  lowerTruncated: boolean;
  /** The upper bound is 0 as well: the studies agree more than chance alone would lead one to expect. */
  upperTruncated: boolean;
  /** The upper bound reached metafor's search limit max(100, 10 τ̂²) and is reported as that limit. */
  upperAtSearchLimit: boolean;
}

/** Generalised Q statistic at a given τ². */
export function generalisedQ(yi: readonly number[], vi: readonly number[], tau2: number): number {
  let sumWeights = 0;
  let sumWeightedEffects = 0;
  for (let index = 0; index < yi.length; index += 1) {
    const weight = 1 / ((vi[index] ?? Number.NaN) + tau2);
    sumWeights += weight;
    sumWeightedEffects += weight * (yi[index] ?? Number.NaN);
  }
  const mean = sumWeightedEffects / sumWeights;
  let q = 0;
  for (let index = 0; index < yi.length; index += 1) {
    const residual = (yi[index] ?? Number.NaN) - mean;
    q += (residual * residual) / ((vi[index] ?? Number.NaN) + tau2);
  }
  return q;
}

/** Chi-squared quantile (R: qchisq(p, df)), by solving the upper tail. */
export function chiSquaredQuantile(p: number, degreesOfFreedom: number): number {
  const target = 1 - p;
  let upper = Math.max(1, degreesOfFreedom);
  while (chiSquaredUpperTail(upper, degreesOfFreedom) > target) upper *= 2;
  return findRoot((x) => chiSquaredUpperTail(x, degreesOfFreedom) - target, 0, upper);
}

/** metafor's typical within-study variance s² = (k − 1) Σw / ((Σw)² − Σw²), with w = 1 / v. */
export function typicalVariance(vi: readonly number[]): number {
  let sum = 0;
  let sumSquares = 0;
  for (const variance of vi) {
    sum += 1 / variance;
    sumSquares += 1 / (variance * variance);
  }
  return ((vi.length - 1) * sum) / (sum * sum - sumSquares);
}

/**
 * The Q-profile interval at the given level (0.95 by default) around a random-effects fit's τ² estimate.
 * Throws when there are fewer than two studies (k − 1 = 0 degrees of freedom).
 */
export function heterogeneityInterval(
  yi: readonly number[],
  vi: readonly number[],
  tau2Estimate: number,
  level = 0.95,
): HeterogeneityInterval {
  const k = yi.length;
  if (k < 2 || vi.length !== k)
    throw new EngineProblem('too-few-studies', 'heterogeneityInterval: needs at least two studies');
  const alpha = 1 - level;
  const degreesOfFreedom = k - 1;
  const criticalForLower = chiSquaredQuantile(1 - alpha / 2, degreesOfFreedom);
  const criticalForUpper = chiSquaredQuantile(alpha / 2, degreesOfFreedom);
  const searchLimit = Math.max(100, 10 * tau2Estimate);
  const qAtZero = generalisedQ(yi, vi, 0);
  const qAtLimit = generalisedQ(yi, vi, searchLimit);
  const solve = (critical: number): number => {
    if (qAtZero < critical) return 0;
    if (qAtLimit > critical) return searchLimit;
    return findRoot((tau2) => generalisedQ(yi, vi, tau2) - critical, 0, searchLimit);
  };
  const tau2Lower = solve(criticalForLower);
  const tau2Upper = solve(criticalForUpper);
  const s2 = typicalVariance(vi);
  const i2 = (tau2: number): number => (100 * tau2) / (tau2 + s2);
  const h2 = (tau2: number): number => 1 + tau2 / s2;
  return {
    tau2: tau2Estimate,
    tau2Lower,
    tau2Upper,
    tauLower: Math.sqrt(tau2Lower),
    tauUpper: Math.sqrt(tau2Upper),
    i2: i2(tau2Estimate),
    i2Lower: i2(tau2Lower),
    i2Upper: i2(tau2Upper),
    h2: h2(tau2Estimate),
    h2Lower: h2(tau2Lower),
    h2Upper: h2(tau2Upper),
    lowerTruncated: tau2Lower === 0,
    upperTruncated: tau2Upper === 0,
    upperAtSearchLimit: tau2Upper === searchLimit && qAtLimit > criticalForUpper,
  };
}
