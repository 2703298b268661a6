import { studentTCdf } from './distributions';
import type { StudyEffect } from './study-effect';
import { assertFinite, validateStudies } from './study-checks';
import { weightedMean } from './weighted-sums';
import { EngineProblem } from './engine-problem';

/**
 * Egger's regression test as metafor's regtest(rma(yi, vi, method = "FE"), model = "lm"): a weighted least-squares
 * regression of yi on its standard error with weights 1/vi; the statistic is the t of the standard-error slope.
 */
export function eggerTest(studies: readonly StudyEffect[]): { statistic: number; df: number; pValue: number } {
  validateStudies('eggerTest', studies);
  const k = studies.length;
  if (k < 3) throw new EngineProblem('too-few-studies', `eggerTest: needs at least 3 studies; got ${k}`);
  const weights = studies.map((study) => 1 / study.vi);
  const x = studies.map((study) => Math.sqrt(study.vi));
  const y = studies.map((study) => study.yi);
  const xMean = weightedMean(x, weights);
  const yMean = weightedMean(y, weights);
  let sxx = 0;
  let sxy = 0;
  for (let index = 0; index < k; index += 1) {
    const weight = weights[index] ?? 0;
    const dx = (x[index] ?? 0) - xMean;
    sxx += weight * dx * dx;
    sxy += weight * dx * ((y[index] ?? 0) - yMean);
  }
  if (!(sxx > 0))
    throw new EngineProblem(
      'no-spread',
      'eggerTest: every study has the same standard error, so the regression cannot be fitted',
    );
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  let residual = 0;
  for (let index = 0; index < k; index += 1)
    residual += (weights[index] ?? 0) * ((y[index] ?? 0) - intercept - slope * (x[index] ?? 0)) ** 2;
  // A perfect fit (effects that do not vary, or lie exactly on a line) leaves only rounding noise: R's lm() says
  // "essentially perfect fit: summary may be unreliable" and gives a t from that noise. Refused here instead.
  let total = 0;
  for (let index = 0; index < k; index += 1) total += (weights[index] ?? 0) * (y[index] ?? 0) ** 2;
  if (residual <= total * 1e-20)
    throw new EngineProblem(
      'no-spread',
      'eggerTest: the effects lie exactly on the regression line (for example, they are all the same), so the test cannot be worked out',
    );
  const df = k - 2;
  const statistic = slope / Math.sqrt(residual / df / sxx);
  const result = { statistic, df, pValue: 2 * studentTCdf(-Math.abs(statistic), df) };
  assertFinite('eggerTest', result);
  return result;
}
