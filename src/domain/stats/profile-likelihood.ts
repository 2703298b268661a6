import { maxOf, minOf } from '../evidence/extremes';
import { standardNormalQuantile } from './normal';
import { findRoot } from './root-finding';
import type { StudyEffect } from './study-effect';
import { validateStudies } from './study-checks';
import { EngineProblem } from './engine-problem';

// A profile-likelihood confidence interval for the pooled effect (Hardy and Thompson 1996), beyond metafor's rma():
// the set of μ whose profile log-likelihood, maximised over τ² ≥ 0, lies within χ²₁(level)/2 of its maximum.
// It allows for the uncertainty in τ², so it is usually wider than the Wald interval when there are few studies.
// Checked against an independent R implementation (optimize() and uniroot(); fixtures/profile-likelihood.json).

export interface ProfileLikelihoodResult {
  /** The maximum-likelihood estimate of μ (rma(method = "ML")). */
  estimate: number;
  /** The maximum-likelihood estimate of τ². */
  tau2: number;
  lower: number;
  upper: number;
}

/** Log-likelihood without constants: −½ Σ [ln(vᵢ + τ²) + (yᵢ − μ)²/(vᵢ + τ²)]. */
function logLikelihood(y: readonly number[], v: readonly number[], mu: number, tau2: number): number {
  let total = 0;
  for (let index = 0; index < y.length; index += 1) {
    const variance = (v[index] ?? 0) + tau2;
    total += Math.log(variance) + ((y[index] ?? 0) - mu) ** 2 / variance;
  }
  return -total / 2;
}

/** The τ² ≥ 0 that maximises the likelihood for a fixed μ: the root of Σ [(yᵢ − μ)² − (vᵢ + τ²)]/(vᵢ + τ²)². */
function tau2ForFixedMu(y: readonly number[], v: readonly number[], mu: number): number {
  const score = (tau2: number) => {
    let total = 0;
    for (let index = 0; index < y.length; index += 1) {
      const variance = (v[index] ?? 0) + tau2;
      total += (((y[index] ?? 0) - mu) ** 2 - variance) / (variance * variance);
    }
    return total;
  };
  if (score(0) <= 0) return 0;
  let upper = 1e-4;
  for (const residual of y) upper = Math.max(upper, (residual - mu) ** 2);
  while (score(upper) > 0) {
    upper *= 4;
    if (upper > 1e300)
      throw new EngineProblem('no-convergence', 'profileLikelihoodInterval: τ² could not be bracketed');
  }
  const root = findRoot(score, 0, upper);
  // The score can have more than one root; keep whichever of 0 and the root is more likely.
  return logLikelihood(y, v, mu, root) >= logLikelihood(y, v, mu, 0) ? root : 0;
}

function profile(y: readonly number[], v: readonly number[], mu: number): number {
  return logLikelihood(y, v, mu, tau2ForFixedMu(y, v, mu));
}

/** The ML estimates: τ² is the root of the ML score Σ wᵢ²(yᵢ − μ̂)² − Σ wᵢ with μ̂ the weighted mean at τ². */
function maximumLikelihood(y: readonly number[], v: readonly number[]): { mu: number; tau2: number } {
  const meanAt = (tau2: number) => {
    let sumW = 0;
    let sumWY = 0;
    for (let index = 0; index < y.length; index += 1) {
      const weight = 1 / ((v[index] ?? 0) + tau2);
      sumW += weight;
      sumWY += weight * (y[index] ?? 0);
    }
    return { mean: sumWY / sumW, sumW };
  };
  const score = (tau2: number) => {
    const { mean, sumW } = meanAt(tau2);
    let total = 0;
    for (let index = 0; index < y.length; index += 1)
      total += ((y[index] ?? 0) - mean) ** 2 / ((v[index] ?? 0) + tau2) ** 2;
    return total - sumW;
  };
  let tau2 = 0;
  if (score(0) > 0) {
    let upper = 1e-4;
    while (score(upper) > 0) {
      upper *= 4;
      if (upper > 1e300)
        throw new EngineProblem('no-convergence', 'profileLikelihoodInterval: τ² could not be bracketed');
    }
    tau2 = findRoot(score, 0, upper);
  }
  return { mu: meanAt(tau2).mean, tau2 };
}

export function profileLikelihoodInterval(studies: readonly StudyEffect[], level = 0.95): ProfileLikelihoodResult {
  validateStudies('profileLikelihoodInterval', studies);
  if (studies.length < 2)
    throw new EngineProblem(
      'too-few-studies',
      `profileLikelihoodInterval: needs at least 2 studies; got ${studies.length}`,
    );
  if (!(level > 0 && level < 1))
    throw new EngineProblem('invalid-option', `profileLikelihoodInterval: level must be between 0 and 1; got ${level}`);
  const y = studies.map((study) => study.yi);
  const v = studies.map((study) => study.vi);
  const { mu, tau2 } = maximumLikelihood(y, v);
  const maximum = logLikelihood(y, v, mu, tau2);
  const drop = standardNormalQuantile(1 - (1 - level) / 2) ** 2 / 2;
  const distance = (candidate: number) => maximum - drop - profile(y, v, candidate);
  const spread = maxOf(y) - minOf(y) + Math.sqrt(maxOf(v)) + 1e-8;
  const bound = (direction: 1 | -1) => {
    let step = spread;
    while (distance(mu + direction * step) < 0) {
      step *= 2;
      if (step > 1e300)
        throw new EngineProblem('no-convergence', 'profileLikelihoodInterval: the interval could not be bracketed');
    }
    return findRoot(distance, mu, mu + direction * step);
  };
  const result = { estimate: mu, tau2, lower: bound(-1), upper: bound(1) };
  if (![result.estimate, result.tau2, result.lower, result.upper].every(Number.isFinite)) {
    throw new EngineProblem(
      'not-finite',
      'profileLikelihoodInterval: the result is not finite; the effects and variances are too extreme',
    );
  }
  return result;
}
