import type { PoolMethod } from './pool-methods';
import { findRoot } from './root-finding';
import { randomEffectsSums, sum } from './weighted-sums';
import { EngineProblem } from './engine-problem';

// The between-study variance τ², as metafor's rma() estimates it: DerSimonian-Laird (closed form), REML and
// Paule-Mandel (solved exactly to the root, where metafor iterates to a tolerance).

function dersimonianLaird(q: number, k: number, w: readonly number[]): number {
  const sumW = sum(w);
  const sumW2 = sum(w.map((weight) => weight * weight));
  return Math.max(0, (q - (k - 1)) / (sumW - sumW2 / sumW));
}

/**
 * The REML score for τ² in an intercept-only model: y'PPy − tr(P), with P = W − w wᵀ/Σw.
 * Its root is the REML estimate that metafor's Fisher scoring converges to.
 */
function remlScore(y: readonly number[], vi: readonly number[], tau2: number): number {
  const { mean, sumW, sumW2 } = randomEffectsSums(y, vi, tau2);
  let residual = 0;
  for (let index = 0; index < y.length; index += 1)
    residual += ((y[index] ?? 0) - mean) ** 2 / ((vi[index] ?? 0) + tau2) ** 2;
  return residual - (sumW - sumW2 / sumW);
}

/** Paule-Mandel's equation: the generalised Q at τ² minus its expected value, k − 1. */
function pauleMandelEquation(y: readonly number[], vi: readonly number[], tau2: number): number {
  const { mean } = randomEffectsSums(y, vi, tau2);
  let q = 0;
  for (let index = 0; index < y.length; index += 1) q += ((y[index] ?? 0) - mean) ** 2 / ((vi[index] ?? 0) + tau2);
  return q - (y.length - 1);
}

/** Finds the positive τ² where a decreasing-through-zero function changes sign, or 0 when it is not positive at 0. */
function solveTau2(score: (tau2: number) => number, start: number): number {
  if (score(0) <= 0) return 0;
  let upper = Math.max(start, 1e-4);
  // Widen until the score turns negative; τ² beyond 1e12 means the data are not usable anyway.
  while (score(upper) > 0) {
    upper *= 4;
    if (upper > 1e12)
      throw new EngineProblem(
        'no-convergence',
        'pool: τ² could not be bracketed; the effects are too spread out for their variances',
      );
  }
  return findRoot(score, 0, upper);
}

export function estimateTau2(
  method: PoolMethod,
  y: readonly number[],
  vi: readonly number[],
  q: number,
  fixedWeights: readonly number[],
): number {
  const k = y.length;
  if (method === 'FE' || k === 1) return 0;
  const dl = dersimonianLaird(q, k, fixedWeights);
  if (method === 'DL') return dl;
  if (method === 'REML') return solveTau2((tau2) => remlScore(y, vi, tau2), dl);
  // Paule-Mandel: the τ² at which the generalised Q equals its expected value, k − 1.
  return solveTau2((tau2) => pauleMandelEquation(y, vi, tau2), dl);
}
