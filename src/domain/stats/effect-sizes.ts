import { standardNormalQuantile } from './normal';
import type { GroupSummaries } from './smd';
import { standardizedMeanDifference } from './smd';
import { requireFinite, requireFiniteResult } from './finite-checks';
import { EngineProblem } from './engine-problem';

// Effect sizes from what studies report, as metafor's escalc() computes them (checked against fixtures/effect-sizes.json,
// made by scripts/r/make-stats-fixtures.R). Each function throws an EngineProblem naming itself and the problem.

export interface EffectAndVariance {
  yi: number;
  vi: number;
}

/** Means, SDs and sizes per arm: the same shape the SMD engine already takes. */
export type MeansInput = GroupSummaries;

/**
 * Standardised mean difference from means, SDs and sizes. 'hedges' is escalc(measure = "SMD") (Hedges' g, with the
 * exact small-sample correction); 'cohen' leaves out the correction: d = (m1 − m2)/s_pooled, with the same variance
 * formula vi = 1/n1 + 1/n2 + d²/(2(n1 + n2)).
 */
export function smdFromMeans(input: MeansInput, correction: 'hedges' | 'cohen' = 'hedges'): EffectAndVariance {
  if (correction === 'hedges') return requireFiniteResult('smdFromMeans', standardizedMeanDifference(input));
  const { m1, sd1, n1, m2, sd2, n2 } = input;
  requireFinite('smdFromMeans', [
    ['m1', m1],
    ['sd1', sd1],
    ['n1', n1],
    ['m2', m2],
    ['sd2', sd2],
    ['n2', n2],
  ]);
  if (n1 < 2 || n2 < 2)
    throw new EngineProblem('invalid-value', `smdFromMeans: each group needs n ≥ 2; got n1 = ${n1}, n2 = ${n2}`);
  if (sd1 <= 0 || sd2 <= 0)
    throw new EngineProblem(
      'invalid-value',
      `smdFromMeans: standard deviations must be above 0; got sd1 = ${sd1}, sd2 = ${sd2}`,
    );
  const pooledSd = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
  const yi = (m1 - m2) / pooledSd;
  return requireFiniteResult('smdFromMeans', { yi, vi: 1 / n1 + 1 / n2 + (yi * yi) / (2 * (n1 + n2)) });
}

export interface CountsInput {
  /** Events in group 1. */
  ai: number;
  /** Non-events in group 1. */
  bi: number;
  /** Events in group 2. */
  ci: number;
  /** Non-events in group 2. */
  di: number;
}

function checkedCounts(functionName: string, counts: CountsInput): CountsInput {
  const { ai, bi, ci, di } = counts;
  requireFinite(functionName, [
    ['ai', ai],
    ['bi', bi],
    ['ci', ci],
    ['di', di],
  ]);
  for (const [name, value] of [
    ['ai', ai],
    ['bi', bi],
    ['ci', ci],
    ['di', di],
  ] as const) {
    if (value < 0)
      throw new EngineProblem('invalid-value', `${functionName}: ${name} = ${value}; counts cannot be negative`);
  }
  if (ai + bi === 0 || ci + di === 0)
    throw new EngineProblem('invalid-value', `${functionName}: a group has no participants (ai + bi or ci + di is 0)`);
  // escalc's defaults (add = 1/2, to = "only0", drop00 = FALSE): add 1/2 to every cell of a table with a zero cell.
  if (ai === 0 || bi === 0 || ci === 0 || di === 0) return { ai: ai + 0.5, bi: bi + 0.5, ci: ci + 0.5, di: di + 0.5 };
  return counts;
}

/** Log odds ratio, as escalc(measure = "OR"): yi = ln(ai·di / (bi·ci)), vi = 1/ai + 1/bi + 1/ci + 1/di. */
export function logOddsRatio(counts: CountsInput): EffectAndVariance {
  const { ai, bi, ci, di } = checkedCounts('logOddsRatio', counts);
  return requireFiniteResult('logOddsRatio', {
    yi: Math.log((ai * di) / (bi * ci)),
    vi: 1 / ai + 1 / bi + 1 / ci + 1 / di,
  });
}

/** Log risk ratio, as escalc(measure = "RR"): yi = ln((ai/n1) / (ci/n2)), vi = 1/ai − 1/n1 + 1/ci − 1/n2. */
export function logRiskRatio(counts: CountsInput): EffectAndVariance {
  const { ai, bi, ci, di } = checkedCounts('logRiskRatio', counts);
  const n1 = ai + bi;
  const n2 = ci + di;
  return requireFiniteResult('logRiskRatio', {
    yi: Math.log(ai / n1 / (ci / n2)),
    vi: 1 / ai - 1 / n1 + 1 / ci - 1 / n2,
  });
}

/**
 * The variance from an effect's confidence interval, assuming a symmetric Wald interval:
 * se = (upper − lower) / (2 z), z = Φ⁻¹(1 − (1 − level)/2). For a ratio measure, pass the interval's logarithms.
 */
export function varianceFromInterval(lower: number, upper: number, level = 0.95): number {
  requireFinite('varianceFromInterval', [
    ['lower', lower],
    ['upper', upper],
    ['level', level],
  ]);
  if (!(upper > lower))
    throw new EngineProblem(
      'invalid-value',
      `varianceFromInterval: the upper limit (${upper}) must be above the lower limit (${lower})`,
    );
  if (!(level > 0 && level < 1))
    throw new EngineProblem('invalid-option', `varianceFromInterval: level must be between 0 and 1; got ${level}`);
  const se = (upper - lower) / (2 * standardNormalQuantile(1 - (1 - level) / 2));
  const vi = se * se;
  if (!Number.isFinite(vi) || !(vi > 0))
    throw new EngineProblem(
      'invalid-value',
      'varianceFromInterval: the interval is too wide or too narrow to give a finite positive variance',
    );
  return vi;
}

/** The variance from a standard error (escalc(yi = yi, sei = sei)): vi = sei². */
export function varianceFromStandardError(se: number): number {
  requireFinite('varianceFromStandardError', [['sei', se]]);
  if (!(se > 0))
    throw new EngineProblem(
      'invalid-value',
      `varianceFromStandardError: the standard error must be above 0; got ${se}`,
    );
  const vi = se * se;
  if (!Number.isFinite(vi) || !(vi > 0))
    throw new EngineProblem(
      'not-finite',
      `varianceFromStandardError: sei = ${se} is too extreme to give a finite positive variance`,
    );
  return vi;
}

/**
 * The variance of a standardised mean difference given only the effect and the group sizes, with the formula escalc()
 * uses for measure = "SMD": vi = 1/n1 + 1/n2 + yi²/(2(n1 + n2)). Reviews that print d and n per arm use it
 * (Rayce et al. 2017: SE = √((n1 + n2)/(n1·n2) + d²/(2(n1 + n2)))).
 */
export function smdVarianceFromSizes(yi: number, n1: number, n2: number): number {
  requireFinite('smdVarianceFromSizes', [
    ['yi', yi],
    ['n1', n1],
    ['n2', n2],
  ]);
  if (n1 < 2 || n2 < 2)
    throw new EngineProblem(
      'invalid-value',
      `smdVarianceFromSizes: each group needs n ≥ 2; got n1 = ${n1}, n2 = ${n2}`,
    );
  const vi = 1 / n1 + 1 / n2 + (yi * yi) / (2 * (n1 + n2));
  if (!Number.isFinite(vi))
    throw new EngineProblem('not-finite', `smdVarianceFromSizes: yi = ${yi} is too extreme to give a finite variance`);
  return vi;
}
