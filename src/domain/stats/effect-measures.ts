import { chiSquaredUpperTail, standardNormalCdf, standardNormalQuantile } from './distributions';
import type { CountsInput, EffectAndVariance } from './effect-sizes';
import { requireFinite, requireFiniteResult } from './finite-checks';
import { EngineProblem } from './engine-problem';

// Further effect measures, as metafor's escalc() computes them, and the fixed-effect Mantel–Haenszel and Peto pooling
// of 2x2 tables (rma.mh, rma.peto), checked against fixtures/effect-measures.json, made by
// scripts/r/make-measure-fixtures.R. Each function throws an Error naming itself and the problem.

/** Fisher's z of a correlation, as escalc(measure = "ZCOR"): yi = atanh(r), vi = 1/(n − 3). */
export function fisherZ(ri: number, ni: number): EffectAndVariance {
  requireFinite('fisherZ', [
    ['ri', ri],
    ['ni', ni],
  ]);
  if (!(ri > -1 && ri < 1))
    throw new EngineProblem('invalid-value', `fisherZ: the correlation must be between −1 and 1; got ${ri}`);
  if (!(ni > 3)) throw new EngineProblem('invalid-value', `fisherZ: the sample size must be above 3; got ${ni}`);
  return requireFiniteResult('fisherZ', { yi: Math.atanh(ri), vi: 1 / (ni - 3) });
}

/** A correlation back from Fisher's z (transf.ztor). */
export function zToCorrelation(z: number): number {
  return Math.tanh(z);
}

function checkedProportion(functionName: string, xi: number, ni: number): void {
  requireFinite(functionName, [
    ['xi', xi],
    ['ni', ni],
  ]);
  if (!(ni > 0))
    throw new EngineProblem('invalid-value', `${functionName}: the sample size must be above 0; got ${ni}`);
  if (xi < 0 || xi > ni)
    throw new EngineProblem('invalid-value', `${functionName}: events must be between 0 and n; got ${xi} of ${ni}`);
}

/**
 * Log odds of a single proportion, as escalc(measure = "PLO"): yi = ln(x/(n − x)), vi = 1/x + 1/(n − x), adding 1/2
 * to x and to n − x when either is 0 (add = 1/2, to = "only0").
 */
export function logitProportion(xi: number, ni: number): EffectAndVariance {
  checkedProportion('logitProportion', xi, ni);
  let events = xi;
  let nonEvents = ni - xi;
  if (events === 0 || nonEvents === 0) {
    events += 0.5;
    nonEvents += 0.5;
  }
  return requireFiniteResult('logitProportion', {
    yi: Math.log(events / nonEvents),
    vi: 1 / events + 1 / nonEvents,
  });
}

/** A proportion back from its log odds (transf.ilogit). */
export function inverseLogit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Freeman–Tukey double arcsine of a count x of n (transf.pft with x/n). */
function freemanTukey(xi: number, ni: number): number {
  return 0.5 * (Math.asin(Math.sqrt(xi / (ni + 1))) + Math.asin(Math.sqrt((xi + 1) / (ni + 1))));
}

/**
 * Freeman–Tukey double arcsine of a proportion, as escalc(measure = "PFT"):
 * yi = ½(asin √(x/(n+1)) + asin √((x+1)/(n+1))), vi = 1/(4n + 2). No correction is needed for zero counts.
 */
export function freemanTukeyProportion(xi: number, ni: number): EffectAndVariance {
  checkedProportion('freemanTukeyProportion', xi, ni);
  return requireFiniteResult('freemanTukeyProportion', { yi: freemanTukey(xi, ni), vi: 1 / (4 * ni + 2) });
}

/** The harmonic mean of the sample sizes, as transf.ipft.hm uses. */
export function harmonicMean(values: readonly number[]): number {
  if (values.length === 0) throw new EngineProblem('no-studies', 'harmonicMean: there are no values');
  let sum = 0;
  for (const value of values) sum += 1 / value;
  return values.length / sum;
}

/**
 * A proportion back from the Freeman–Tukey scale with the harmonic mean n (transf.ipft.hm(x, targs = list(ni))):
 * p = ½(1 − sgn(cos 2x)·√(1 − (sin 2x + (sin 2x − 1/sin 2x)/n)²)), 0 below the transform of 0 and 1 above that of 1.
 */
export function inverseFreemanTukey(x: number, harmonicMeanN: number): number {
  if (x > freemanTukey(harmonicMeanN, harmonicMeanN)) return 1;
  if (x < freemanTukey(0, harmonicMeanN)) return 0;
  const sine = Math.sin(2 * x);
  const inner = 1 - (sine + (sine - 1 / sine) / harmonicMeanN) ** 2;
  const value = 0.5 * (1 - Math.sign(Math.cos(2 * x)) * Math.sqrt(inner));
  return Number.isNaN(value) ? Number.NaN : value;
}

function checkedCounts(functionName: string, counts: CountsInput, correct: boolean): CountsInput {
  const { ai, bi, ci, di } = counts;
  const entries = [
    ['ai', ai],
    ['bi', bi],
    ['ci', ci],
    ['di', di],
  ] as const;
  requireFinite(functionName, entries);
  for (const [name, value] of entries) {
    if (value < 0)
      throw new EngineProblem('invalid-value', `${functionName}: ${name} = ${value}; counts cannot be negative`);
  }
  if (ai + bi === 0 || ci + di === 0)
    throw new EngineProblem('invalid-value', `${functionName}: a group has no participants (ai + bi or ci + di is 0)`);
  if (correct && (ai === 0 || bi === 0 || ci === 0 || di === 0))
    return { ai: ai + 0.5, bi: bi + 0.5, ci: ci + 0.5, di: di + 0.5 };
  return counts;
}

/**
 * Risk difference, as escalc(measure = "RD"): yi = ai/n1 − ci/n2, vi = p1(1 − p1)/n1 + p2(1 − p2)/n2, adding 1/2 to
 * each cell of a table with a zero cell (to = "only0").
 */
export function riskDifference(counts: CountsInput): EffectAndVariance {
  const { ai, bi, ci, di } = checkedCounts('riskDifference', counts, true);
  const n1 = ai + bi;
  const n2 = ci + di;
  const p1 = ai / n1;
  const p2 = ci / n2;
  return requireFiniteResult('riskDifference', { yi: p1 - p2, vi: (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2 });
}

export interface RatesInput {
  /** Events in group 1. */
  x1i: number;
  /** Person-time in group 1. */
  t1i: number;
  /** Events in group 2. */
  x2i: number;
  /** Person-time in group 2. */
  t2i: number;
}

/**
 * Log incidence rate ratio, as escalc(measure = "IRR"): yi = ln((x1/t1)/(x2/t2)), vi = 1/x1 + 1/x2, adding 1/2 to
 * both counts when either is 0 (to = "only0").
 */
export function logIncidenceRateRatio(rates: RatesInput): EffectAndVariance {
  const { x1i, t1i, x2i, t2i } = rates;
  requireFinite('logIncidenceRateRatio', [
    ['x1i', x1i],
    ['t1i', t1i],
    ['x2i', x2i],
    ['t2i', t2i],
  ]);
  if (x1i < 0 || x2i < 0)
    throw new EngineProblem('invalid-value', 'logIncidenceRateRatio: event counts cannot be negative');
  if (!(t1i > 0 && t2i > 0))
    throw new EngineProblem('invalid-value', 'logIncidenceRateRatio: person-time must be above 0 in both groups');
  const add = x1i === 0 || x2i === 0 ? 0.5 : 0;
  const events1 = x1i + add;
  const events2 = x2i + add;
  return requireFiniteResult('logIncidenceRateRatio', {
    yi: Math.log(events1 / t1i / (events2 / t2i)),
    vi: 1 / events1 + 1 / events2,
  });
}

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
