import { metaRegression } from './meta-regression';
import type { PoolOptions, StudyEffect } from './study-effect';
import { EngineProblem } from './engine-problem';

export interface EggerRmaResult {
  /** z for the standard-error slope. */
  statistic: number;
  pValue: number;
  /** The intercept: the estimated effect as the standard error goes to 0 (metafor's limit estimate). */
  limit: number;
}

export type EggerRmaOutcome =
  { ok: true; result: EggerRmaResult } | { ok: false; reason: 'too-few-studies'; k: number };

/**
 * metafor's default Egger test, regtest(rma(yi, vi, method), model = 'rma', predictor = 'sei'): a meta-regression on
 * the standard error with the model's own tau^2. eggerTest in small-study-tests.ts stays the model = 'lm' form.
 */
export function eggerTestRma(studies: readonly StudyEffect[], options?: PoolOptions): EggerRmaOutcome {
  const k = studies.length;
  // Two coefficients and tau^2 need at least three studies.
  if (k < 3) return { ok: false, reason: 'too-few-studies', k };
  const fit = metaRegression(
    studies.map((study) => ({ yi: study.yi, vi: study.vi, x: [Math.sqrt(study.vi)] })),
    { ...options, test: 'z' },
  );
  const intercept = fit.coefficients[0];
  const slope = fit.coefficients[1];
  if (!intercept || !slope) throw new EngineProblem('no-convergence', 'eggerTestRma: the regression returned no slope');
  return { ok: true, result: { statistic: slope.statistic, pValue: slope.pValue, limit: intercept.estimate } };
}
