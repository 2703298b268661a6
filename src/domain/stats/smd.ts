import gammaln from '@stdlib/math-base-special-gammaln';
import { EngineProblem } from './engine-problem';

export interface GroupSummaries {
  m1: number;
  sd1: number;
  n1: number;
  m2: number;
  sd2: number;
  n2: number;
}

/** Hedges' exact small-sample correction c(m) = Γ(m/2) / (√(m/2) Γ((m−1)/2)), as metafor's .cmicalc. */
function correctionFactor(degreesOfFreedom: number): number {
  return Math.exp(
    gammaln(degreesOfFreedom / 2) - Math.log(Math.sqrt(degreesOfFreedom / 2)) - gammaln((degreesOfFreedom - 1) / 2),
  );
}

/**
 * Hedges' g and its large-sample variance, as metafor's escalc(measure = "SMD"): g = c(n1 + n2 − 2) × (m1 − m2) / s_pooled,
 * vi = 1/n1 + 1/n2 + g² / (2 (n1 + n2)).
 */
export function standardizedMeanDifference(summaries: GroupSummaries): { yi: number; vi: number } {
  const { m1, sd1, n1, m2, sd2, n2 } = summaries;
  const entries: [string, number][] = [
    ['m1', m1],
    ['sd1', sd1],
    ['n1', n1],
    ['m2', m2],
    ['sd2', sd2],
    ['n2', n2],
  ];
  for (const [name, value] of entries) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new EngineProblem(
        'not-finite',
        `standardizedMeanDifference: ${name} = ${String(value)}; it must be a finite number`,
      );
    }
  }
  if (n1 < 2 || n2 < 2)
    throw new EngineProblem(
      'invalid-value',
      `standardizedMeanDifference: each group needs n ≥ 2; got n1 = ${n1}, n2 = ${n2}`,
    );
  if (sd1 <= 0 || sd2 <= 0)
    throw new EngineProblem(
      'invalid-value',
      `standardizedMeanDifference: standard deviations must be above 0; got sd1 = ${sd1}, sd2 = ${sd2}`,
    );
  const pooledSd = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
  const yi = (correctionFactor(n1 + n2 - 2) * (m1 - m2)) / pooledSd;
  return { yi, vi: 1 / n1 + 1 / n2 + (yi * yi) / (2 * (n1 + n2)) };
}
