import { chiSquaredUpperTail, standardNormalCdf, standardNormalQuantile } from './distributions';
import type { CountsInput, EffectAndVariance } from './effect-sizes';
import { checkedCounts, riskDifference } from './study-measures';
import { EngineProblem } from './engine-problem';

// Further effect measures, as metafor's escalc() computes them (in study-measures.ts, re-exported here), and the
// fixed-effect Mantel–Haenszel and Peto pooling of 2x2 tables (rma.mh, rma.peto), checked against
// fixtures/effect-measures.json, made by scripts/r/make-measure-fixtures.R. Each function throws an EngineProblem naming itself
// and the problem.

export {
  fisherZ,
  freemanTukeyProportion,
  harmonicMean,
  inverseFreemanTukey,
  inverseLogit,
  logIncidenceRateRatio,
  logitProportion,
  riskDifference,
  zToCorrelation,
  type RatesInput,
} from './study-measures';

export type CountsMeasure = 'OR' | 'RR' | 'RD';

export interface FixedEffectPooled {
  /** On the analysis scale: log OR, log RR, or RD. */
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  z: number;
  p: number;
  /** Cochran's Q of the per-study effects about the pooled estimate, as metafor prints it. */
  q: number;
  qDf: number;
  qP: number;
  /** Tables used. */
  k: number;
}

function waldSummary(estimate: number, se: number, level: number) {
  const zCritical = standardNormalQuantile(1 - (1 - level) / 2);
  const z = estimate / se;
  return {
    estimate,
    se,
    ciLower: estimate - zCritical * se,
    ciUpper: estimate + zCritical * se,
    z,
    // From the lower tail, so a large z keeps its p (2 × (1 − Φ(|z|)) rounds to 0 beyond about z = 8).
    p: 2 * standardNormalCdf(-Math.abs(z)),
  };
}

function heterogeneity(effects: readonly EffectAndVariance[], estimate: number) {
  let q = 0;
  for (const { yi, vi } of effects) q += (yi - estimate) ** 2 / vi;
  const qDf = effects.length - 1;
  return { q, qDf, qP: qDf > 0 ? chiSquaredUpperTail(q, qDf) : 1 };
}

function perStudyEffect(measure: CountsMeasure | 'PETO', counts: CountsInput): EffectAndVariance | undefined {
  const { ai, bi, ci, di } = counts;
  // Tables with no events, or only events, in both groups are left out of Q (metafor's drop00 = TRUE for the
  // per-study effects of rma.mh and rma.peto).
  if ((ai === 0 && ci === 0) || (bi === 0 && di === 0)) return undefined;
  if (measure === 'PETO') {
    const effect = petoTerms(counts);
    return { yi: (effect.observed - effect.expected) / effect.variance, vi: 1 / effect.variance };
  }
  const corrected = checkedCounts('perStudyEffect', counts, true);
  const n1 = corrected.ai + corrected.bi;
  const n2 = corrected.ci + corrected.di;
  if (measure === 'OR')
    return {
      yi: Math.log((corrected.ai * corrected.di) / (corrected.bi * corrected.ci)),
      vi: 1 / corrected.ai + 1 / corrected.bi + 1 / corrected.ci + 1 / corrected.di,
    };
  if (measure === 'RR')
    return {
      yi: Math.log(corrected.ai / n1 / (corrected.ci / n2)),
      vi: 1 / corrected.ai - 1 / n1 + 1 / corrected.ci - 1 / n2,
    };
  return riskDifference(counts);
}

/**
 * A table's Peto log odds ratio as rma.peto shows it (its yi, which forest() draws): (O − E)/V with variance 1/V, with
 * 1/2 added to every cell of a table with a zero cell (add = 1/2, to = "only0"); undefined for a table with no events,
 * or only events, in both arms (drop00 = TRUE). The pooled Peto estimate and Q use the counts as they are.
 */
export function petoStudyEffect(counts: CountsInput): EffectAndVariance | undefined {
  const { ai, bi, ci, di } = checkedCounts('petoStudyEffect', counts, false);
  if ((ai === 0 && ci === 0) || (bi === 0 && di === 0)) return undefined;
  return perStudyEffect('PETO', checkedCounts('petoStudyEffect', counts, true));
}

function petoTerms({ ai, bi, ci, di }: CountsInput) {
  const n1 = ai + bi;
  const n2 = ci + di;
  const total = n1 + n2;
  const events = ai + ci;
  return {
    observed: ai,
    expected: (events * n1) / total,
    variance: (events * (bi + di) * n1 * n2) / (total * total * (total - 1)),
  };
}

/**
 * Fixed-effect Mantel–Haenszel pooling of 2x2 tables, as rma.mh(measure = "OR" | "RR" | "RD") (no continuity
 * correction in the pooled estimate; the variance of log OR by Robins, Breslow & Greenland, of log RR by Greenland &
 * Robins, of RD by Sato, Greenland & Robins). Q uses the per-study escalc effects with 1/2 added where a cell is 0.
 */
export function mantelHaenszel(
  tables: readonly CountsInput[],
  measure: CountsMeasure,
  level = 0.95,
): FixedEffectPooled {
  const checked = tables.map((table) => checkedCounts('mantelHaenszel', table, false));
  if (checked.length === 0) throw new EngineProblem('no-studies', 'mantelHaenszel: there are no tables');
  let estimate: number;
  let variance: number;
  if (measure === 'OR') {
    let r = 0;
    let s = 0;
    let pr = 0;
    let psQr = 0;
    let qs = 0;
    for (const { ai, bi, ci, di } of checked) {
      const total = ai + bi + ci + di;
      const ri = (ai * di) / total;
      const si = (bi * ci) / total;
      const pi = (ai + di) / total;
      const qi = (bi + ci) / total;
      r += ri;
      s += si;
      pr += pi * ri;
      psQr += pi * si + qi * ri;
      qs += qi * si;
    }
    estimate = Math.log(r / s);
    variance = pr / (2 * r * r) + psQr / (2 * r * s) + qs / (2 * s * s);
  } else if (measure === 'RR') {
    let r = 0;
    let s = 0;
    let p = 0;
    for (const { ai, bi, ci, di } of checked) {
      const n1 = ai + bi;
      const n2 = ci + di;
      const total = n1 + n2;
      r += (ai * n2) / total;
      s += (ci * n1) / total;
      p += (n1 * n2 * (ai + ci) - ai * ci * total) / (total * total);
    }
    estimate = Math.log(r / s);
    variance = p / (r * s);
  } else {
    let numerator = 0;
    let weight = 0;
    let p = 0;
    let q = 0;
    for (const { ai, bi, ci, di } of checked) {
      const n1 = ai + bi;
      const n2 = ci + di;
      const total = n1 + n2;
      numerator += (ai * n2 - ci * n1) / total;
      weight += (n1 * n2) / total;
      p += (n1 * n1 * ci - n2 * n2 * ai + (n1 * n2 * (n2 - n1)) / 2) / (total * total);
      q += (ai * (n2 - ci) + ci * (n1 - ai)) / (2 * total);
    }
    estimate = numerator / weight;
    variance = (estimate * p + q) / (weight * weight);
  }
  if (!Number.isFinite(estimate) || !Number.isFinite(variance) || !(variance > 0))
    throw new EngineProblem(
      'no-events',
      'mantelHaenszel: the tables have too few events to give a finite pooled effect',
    );
  const effects = checked.flatMap((table) => perStudyEffect(measure, table) ?? []);
  return {
    ...waldSummary(estimate, Math.sqrt(variance), level),
    ...heterogeneity(effects, estimate),
    k: checked.length,
  };
}

/** Fixed-effect Peto pooling of 2x2 tables as rma.peto(): log OR = Σ(O − E)/ΣV, SE = 1/√ΣV. */
export function petoOddsRatio(tables: readonly CountsInput[], level = 0.95): FixedEffectPooled {
  const checked = tables.map((table) => checkedCounts('petoOddsRatio', table, false));
  if (checked.length === 0) throw new EngineProblem('no-studies', 'petoOddsRatio: there are no tables');
  let difference = 0;
  let variance = 0;
  for (const table of checked) {
    const terms = petoTerms(table);
    difference += terms.observed - terms.expected;
    variance += terms.variance;
  }
  if (!(variance > 0)) throw new EngineProblem('no-events', 'petoOddsRatio: the tables have no events to pool');
  const estimate = difference / variance;
  const effects = checked.flatMap((table) => perStudyEffect('PETO', table) ?? []);
  return {
    ...waldSummary(estimate, 1 / Math.sqrt(variance), level),
    ...heterogeneity(effects, estimate),
    k: checked.length,
  };
}
