import { metaRegression } from './meta-regression';
import { pool } from './pool';
import type { PoolOptions, PoolResult, StudyEffect } from './study-effect';
import { resolveOptions, validateStudies } from './study-checks';
import { EngineProblem } from './engine-problem';

// Duval and Tweedie's trim-and-fill, as metafor 3.8.1's trimfill(rma(yi, vi, method)) for a model without
// moderators: trim the most extreme studies on one side until the rank-based estimate of the number missing settles,
// then fill in their mirror images about the trimmed estimate and refit. A sensitivity analysis: docs/statistics.md.

export type TrimAndFillEstimator = 'L0' | 'R0' | 'Q0';
export type TrimAndFillSide = 'left' | 'right';

export interface TrimAndFillOptions extends PoolOptions {
  /** metafor's default is L0. */
  estimator?: TrimAndFillEstimator;
  /** The side on which studies are thought missing; by default chosen as metafor does (see chooseSide). */
  side?: TrimAndFillSide;
  /** metafor's maxiter: 100. */
  maxIterations?: number;
}

export interface FilledStudy extends StudyEffect {
  /** Index, in the input, of the study this one mirrors. */
  mirrorOf: number;
}

export interface TrimAndFillResult {
  estimator: TrimAndFillEstimator;
  side: TrimAndFillSide;
  /** Whether the side was given or chosen from the sign of the regression on √vi. */
  sideFrom: 'given' | 'regression';
  /** The estimated number of missing studies (metafor's k0). */
  k0: number;
  /** Its standard error (metafor's se.k0), from the last iteration; NaN, as in R, when its variance formula is negative. */
  k0Se: number;
  /** R0 only: metafor's p.k0, the chance of a k0 at least this large when none are missing; null otherwise. */
  k0P: number | null;
  /** The pooled estimate of the trimmed studies, about which the filled ones mirror. */
  trimmedEstimate: number;
  iterations: number;
  /** The filled studies, in metafor's order ("Filled 1", …); empty when k0 = 0. */
  filled: FilledStudy[];
  /** The observed and filled studies pooled together; when k0 = 0, the observed studies alone (metafor returns the fit). */
  pooled: PoolResult;
}

/**
 * Why metafor's trimfill would stop with an error:
 * - 'too-few-studies': one study, or two under a random-effects method when the side must be chosen (the regression on
 *   √vi then has more parameters than studies).
 * - 'side-undetermined': every study has the same variance, so the regression on √vi has no slope; give the side.
 * - 'identical-effects': every effect is the same, so there is no asymmetry to assess. metafor's answer there rests on
 *   rounding noise in the pooled estimate (it stops with an error for every estimator and method we tried), so the
 *   engine does not pretend to one.
 * - 'estimator-undefined': the estimator is not a number (Q0 when the square root's argument is negative).
 * - 'trimmed-every-study': the estimator says every study, or more, is missing (R0 when no study lies below the
 *   trimmed estimate).
 * - 'did-not-converge': k0 still changed after maxIterations.
 */
export type TrimAndFillProblem =
  | 'too-few-studies'
  | 'side-undetermined'
  | 'identical-effects'
  | 'estimator-undefined'
  | 'trimmed-every-study'
  | 'did-not-converge';

export type TrimAndFillOutcome =
  { ok: true; result: TrimAndFillResult } | { ok: false; reason: TrimAndFillProblem; k: number };

/** R's round(): halves go to the even neighbour (IEC 60559), as Math.round does not. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const difference = value - floor;
  if (difference < 0.5) return floor;
  if (difference > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * metafor's default side: the sign of the √vi slope in rma(yi, vi, mods = sqrt(vi), method). A negative slope (small
 * studies show smaller effects) means studies are missing on the right; otherwise on the left.
 */
function chooseSide(
  studies: readonly StudyEffect[],
  method: NonNullable<PoolOptions['method']>,
): TrimAndFillSide | 'too-few-studies' | 'side-undetermined' {
  const first = studies[0];
  if (first === undefined) return 'too-few-studies';
  if (studies.every((study) => study.vi === first.vi)) return 'side-undetermined';
  let slope: number;
  if (studies.length === 2) {
    // Two studies: only the fixed-effect line is defined (metafor refuses the others); it passes through both points.
    if (method !== 'FE') return 'too-few-studies';
    const second = studies[1] as StudyEffect;
    slope = (second.yi - first.yi) / (Math.sqrt(second.vi) - Math.sqrt(first.vi));
  } else {
    const fit = metaRegression(
      studies.map((study) => ({ yi: study.yi, vi: study.vi, x: [Math.sqrt(study.vi)] })),
      { method, test: 'z' },
    );
    slope = fit.coefficients[1]?.estimate ?? Number.NaN;
  }
  return slope < 0 ? 'right' : 'left';
}

interface Estimate {
  k0: number;
  k0Se: number;
}

/** One iteration's estimate of the number missing, from the signed ranks of the deviations (metafor's formulas). */
function estimateMissing(estimator: TrimAndFillEstimator, signedRanks: readonly number[]): Estimate {
  const k = signedRanks.length;
  if (estimator === 'R0') {
    // The run of largest ranks that are all positive: k minus the largest negative rank, less one.
    let largestNegative = Number.NEGATIVE_INFINITY;
    for (const rank of signedRanks) if (rank < 0) largestNegative = Math.max(largestNegative, -rank);
    const k0 = k - largestNegative - 1;
    return { k0, k0Se: Math.sqrt(2 * Math.max(0, k0) + 2) };
  }
  let positiveRankSum = 0;
  for (const rank of signedRanks) if (rank > 0) positiveRankSum += rank;
  const k0 =
    estimator === 'L0'
      ? (4 * positiveRankSum - k * (k + 1)) / (2 * k - 1)
      : k - 1 / 2 - Math.sqrt(2 * k ** 2 - 4 * positiveRankSum + 1 / 4);
  const rankSumVariance =
    (1 / 24) *
    (k * (k + 1) * (2 * k + 1) +
      10 * k0 ** 3 +
      27 * k0 ** 2 +
      17 * k0 -
      18 * k * k0 ** 2 -
      18 * k * k0 +
      6 * k ** 2 * k0);
  const k0Se =
    estimator === 'L0'
      ? (4 * Math.sqrt(rankSumVariance)) / (2 * k - 1)
      : (2 * Math.sqrt(rankSumVariance)) / Math.sqrt((k - 1 / 2) ** 2 - k0 * (2 * k - k0 - 1));
  return { k0, k0Se };
}

/** Signed ranks of the deviations: ranks of |d| with ties in order (R's ties.method = "first"), signed as d. */
function signedRanksOf(deviations: readonly number[]): number[] {
  const order = deviations
    .map((deviation, index) => ({ size: Math.abs(deviation), index }))
    .sort((a, b) => a.size - b.size || a.index - b.index);
  const ranks = new Array<number>(deviations.length).fill(0);
  order.forEach((entry, position) => {
    ranks[entry.index] = Math.sign(deviations[entry.index] ?? 0) * (position + 1);
  });
  return ranks;
}

/** metafor's trimfill(rma(yi, vi, method), estimator, side, test, level): the filled model uses test and level. */
export function trimAndFill(studies: readonly StudyEffect[], options?: TrimAndFillOptions): TrimAndFillOutcome {
  validateStudies('trimAndFill', studies);
  const { method, test, level } = resolveOptions('trimAndFill', options);
  const estimator: unknown = options?.estimator ?? 'L0';
  const givenSide: unknown = options?.side;
  const maxIterations: unknown = options?.maxIterations ?? 100;
  if (estimator !== 'L0' && estimator !== 'R0' && estimator !== 'Q0')
    throw new EngineProblem(
      'invalid-option',
      `trimAndFill: estimator must be 'L0', 'R0' or 'Q0'; got ${String(estimator)}`,
    );
  if (givenSide !== undefined && givenSide !== 'left' && givenSide !== 'right')
    throw new EngineProblem(
      'invalid-option',
      `trimAndFill: side must be 'left' or 'right' when given; got ${JSON.stringify(givenSide)}`,
    );
  if (typeof maxIterations !== 'number' || !Number.isInteger(maxIterations) || maxIterations < 1)
    throw new EngineProblem(
      'invalid-option',
      `trimAndFill: maxIterations must be a whole number of at least 1; got ${String(maxIterations)}`,
    );
  const k = studies.length;
  if (k < 2) return { ok: false, reason: 'too-few-studies', k };
  if (studies.every((study) => study.yi === studies[0]?.yi)) return { ok: false, reason: 'identical-effects', k };

  let side: TrimAndFillSide;
  if (givenSide === undefined) {
    const chosen = chooseSide(studies, method);
    if (chosen !== 'left' && chosen !== 'right') return { ok: false, reason: chosen, k };
    side = chosen;
  } else side = givenSide;

  // Work as metafor does with studies missing on the left: flip the effects for the right side, then sort them
  // ascending (a stable sort, as R's radix sort), so the trimmed studies are always the last k0.
  const sign = side === 'right' ? -1 : 1;
  const sorted = studies
    .map((study, index) => ({ yi: sign * study.yi, vi: study.vi, index }))
    .sort((a, b) => a.yi - b.yi);

  let previousK0 = -1;
  let k0 = 0;
  let k0Se = Number.NaN;
  let beta = Number.NaN;
  let iterations = 0;
  while (k0 !== previousK0) {
    previousK0 = k0;
    iterations += 1;
    if (iterations > maxIterations) return { ok: false, reason: 'did-not-converge', k };
    // The test does not change the estimate, so the trimmed fits use z (Knapp-Hartung would refuse one study).
    beta = pool(sorted.slice(0, k - k0), { method, test: 'z' }).estimate;
    const estimate = estimateMissing(estimator, signedRanksOf(sorted.map((study) => study.yi - beta)));
    if (Number.isNaN(estimate.k0)) return { ok: false, reason: 'estimator-undefined', k };
    k0 = Math.max(0, roundHalfEven(estimate.k0));
    k0Se = Math.max(0, estimate.k0Se);
    if (k0 >= k) return { ok: false, reason: 'trimmed-every-study', k };
  }

  // The mirror images about beta, written as metafor computes them so the digits agree: ((y − β) − β), negated on the
  // left side; on the right the flip back to the original scale cancels the negation.
  const filled: FilledStudy[] = sorted.slice(k - k0).map((study, position) => {
    const twiceDeviation = study.yi - beta - beta;
    return {
      yi: side === 'right' ? twiceDeviation : -twiceDeviation,
      vi: study.vi,
      label: `Filled ${position + 1}`,
      mirrorOf: study.index,
    };
  });
  const observed = studies.map((study) => ({ yi: study.yi, vi: study.vi }));
  const pooled = pool([...observed, ...filled.map((study) => ({ yi: study.yi, vi: study.vi }))], {
    method,
    test,
    level,
  });

  let k0P: number | null = null;
  if (estimator === 'R0') {
    // metafor's 1 − Σ_{m = −1}^{k0 − 1} C(m + 1, m + 1) 0.5^(m + 2); every binomial coefficient there is 1.
    let total = 0;
    for (let m = -1; m <= k0 - 1; m += 1) total += 0.5 ** (m + 2);
    k0P = 1 - total;
  }

  return {
    ok: true,
    result: {
      estimator,
      side,
      sideFrom: givenSide === undefined ? 'regression' : 'given',
      k0,
      k0Se,
      k0P,
      trimmedEstimate: sign * beta,
      iterations,
      filled,
      pooled,
    },
  };
}
