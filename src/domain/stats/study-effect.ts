import type { PoolMethod } from './pool-methods';

// The shapes every part of the engine shares. Semantics are those of R's metafor 3.8 (rma.uni, predict, leave1out,
// regtest). Formulas and references: docs/statistics.md.

export interface StudyEffect {
  yi: number;
  vi: number;
  label?: string;
  group?: string;
}

export interface PoolOptions {
  method?: PoolMethod;
  test?: 'z' | 'knha';
  level?: number;
}

export interface PoolResult {
  k: number;
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  /** z, or t with k − 1 degrees of freedom under 'knha'. */
  statistic: number;
  pValue: number;
  tau2: number;
  tau: number;
  /** Percent. */
  i2: number;
  h2: number;
  /** Cochran's Q, from the fixed-effect weights. */
  q: number;
  qDf: number;
  qP: number;
  /** Prediction interval; equals the confidence interval for FE. */
  piLower: number;
  piUpper: number;
  /** Percent, in input order, summing to 100. */
  weights: number[];
  /** What metafor would warn about, or a fit whose test cannot say anything; absent when there is nothing to say. */
  warnings?: PoolWarning[];
}

/**
 * - 'knha-with-fe': metafor warns "Knapp & Hartung method is not meant to be used in the context of FE models."
 * - 'knha-no-spread': under Knapp-Hartung the effects do not vary around the pooled estimate, so its standard error is
 *   0 (as in metafor): the interval has no width and the test no meaning.
 */
export type PoolWarning = 'knha-with-fe' | 'knha-no-spread';
