import {
  chiSquaredUpperTail,
  standardNormalCdf,
  standardNormalQuantile,
  studentTCdf,
  studentTQuantile,
} from './distributions';
import type { PoolOptions, PoolResult, PoolWarning, StudyEffect } from './study-effect';
import { assertFinite, resolveOptions, validateStudies } from './study-checks';
import { estimateTau2 } from './tau2-estimators';
import { randomEffectWeights, sum, weightedMean, weightedResidualSquares } from './weighted-sums';
import { EngineProblem } from './engine-problem';

/** metafor treats a Knapp-Hartung residual sum of squares at or below machine epsilon as exactly 0. */
const MACHINE_EPSILON = 2.220446049250313e-16;

/** Pools studies as metafor's rma(yi, vi, method, test, level) and predict() do. */
export function pool(studies: readonly StudyEffect[], options?: PoolOptions): PoolResult {
  validateStudies('pool', studies);
  const { method, test, level } = resolveOptions('pool', options);
  const k = studies.length;
  if (test === 'knha' && k < 2)
    throw new EngineProblem(
      'knapp-hartung-one-study',
      `pool: the Knapp-Hartung test needs at least 2 studies; got ${k}`,
    );

  const y = studies.map((study) => study.yi);
  const vi = studies.map((study) => study.vi);
  const fixedWeights = vi.map((variance) => 1 / variance);
  const q = k > 1 ? Math.max(0, weightedResidualSquares(y, fixedWeights)) : 0;
  const qDf = k - 1;
  const qP = k > 1 ? chiSquaredUpperTail(q, qDf) : 1;

  const tau2 = estimateTau2(method, y, vi, q, fixedWeights);
  const w = randomEffectWeights(vi, tau2);
  const sumW = sum(w);
  const estimate = weightedMean(y, w);
  let variance = 1 / sumW;

  let criticalValue: number;
  let pValueOf: (statistic: number) => number;
  const tail = (1 - level) / 2;
  if (test === 'knha') {
    const residual = weightedResidualSquares(y, w);
    const scale = residual <= MACHINE_EPSILON ? 0 : residual / (k - 1);
    variance *= scale;
    criticalValue = studentTQuantile(1 - tail, k - 1);
    pValueOf = (statistic) => 2 * studentTCdf(-Math.abs(statistic), k - 1);
  } else {
    criticalValue = standardNormalQuantile(1 - tail);
    pValueOf = (statistic) => 2 * standardNormalCdf(-Math.abs(statistic));
  }
  const se = Math.sqrt(variance);
  const statistic = estimate / se;

  let i2: number;
  let h2: number;
  if (k === 1) {
    i2 = 0;
    h2 = 1;
  } else if (method === 'FE') {
    i2 = Math.max(0, (100 * (q - qDf)) / q);
    h2 = q / qDf;
  } else {
    const sumFixed = sum(fixedWeights);
    const typicalVariance = qDf / (sumFixed - sum(fixedWeights.map((weight) => weight * weight)) / sumFixed);
    i2 = (100 * tau2) / (typicalVariance + tau2);
    h2 = tau2 / typicalVariance + 1;
  }

  const predictionSe = method === 'FE' ? se : Math.sqrt(variance + tau2);
  const result: PoolResult = {
    k,
    estimate,
    se,
    ciLower: estimate - criticalValue * se,
    ciUpper: estimate + criticalValue * se,
    statistic,
    pValue: pValueOf(statistic),
    tau2,
    tau: Math.sqrt(tau2),
    i2,
    h2,
    q,
    qDf,
    qP,
    piLower: estimate - criticalValue * predictionSe,
    piUpper: estimate + criticalValue * predictionSe,
    weights: w.map((weight) => (100 * weight) / sumW),
  };
  const warnings: PoolWarning[] = [];
  if (test === 'knha' && method === 'FE') warnings.push('knha-with-fe');
  if (test === 'knha' && se === 0) warnings.push('knha-no-spread');
  if (warnings.length > 0) result.warnings = warnings;
  // Knapp-Hartung with effects that do not vary gives se = 0, as in metafor: the statistic is infinite (NaN, and so
  // the p-value, when the estimate is 0 too). That is flagged above, not an overflow.
  assertFinite('pool', { ...result }, se === 0 ? ['statistic', 'pValue', 'warnings'] : ['warnings']);
  return result;
}
