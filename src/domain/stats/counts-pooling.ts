import {
  mantelHaenszel,
  petoOddsRatio,
  petoStudyEffect,
  type CountsMeasure,
  type FixedEffectPooled,
} from './effect-measures';
import type { CountsInput, EffectAndVariance } from './effect-sizes';
import { EngineProblem } from './engine-problem';
import type { PoolResult } from './study-effect';

// Mantel–Haenszel and Peto as the main pooling of 2×2 tables: their fixed-effect results in the shape every other
// pooled result has (PoolResult), so the page, forest plot, leave-one-out, subgroups and report show them as they show
// an inverse-variance fit. Checked against fixtures/counts-pooling.json (scripts/r/make-counts-pooling-fixtures.R).

/** Mantel–Haenszel with its measure, or Peto's odds ratio. */
export type CountsPooling = { method: 'MH'; measure: CountsMeasure } | { method: 'PETO' };

/**
 * Each table's share of the pooled weight, in percent, as metafor's weights() for rma.mh (OR: bi·ci/N; RR: ci·n1/N;
 * RD: n1·n2/N) and rma.peto (the hypergeometric variance of ai). A table with no weight (no events, say) gets 0.
 */
export function countsWeights(tables: readonly CountsInput[], pooling: CountsPooling): number[] {
  const raw = tables.map(({ ai, bi, ci, di }) => {
    const n1 = ai + bi;
    const n2 = ci + di;
    const total = n1 + n2;
    if (pooling.method === 'PETO') return ((ai + ci) * (bi + di) * n1 * n2) / (total * total * (total - 1));
    if (pooling.measure === 'OR') return (bi * ci) / total;
    if (pooling.measure === 'RR') return (ci * n1) / total;
    return (n1 * n2) / total;
  });
  const sum = raw.reduce((total, weight) => total + (Number.isFinite(weight) ? weight : 0), 0);
  if (!(sum > 0)) throw new EngineProblem('no-events', 'countsWeights: no table carries any weight');
  return raw.map((weight) => (Number.isFinite(weight) ? (100 * weight) / sum : 0));
}

function asPoolResult(fit: FixedEffectPooled, weights: number[]): PoolResult {
  // As rma.mh and rma.peto: I² and H² from Q and the tables that give an effect (qDf + 1), 0% and 1 for one table.
  const i2 = fit.qDf > 0 && fit.q > 0 ? Math.max(0, (100 * (fit.q - fit.qDf)) / fit.q) : 0;
  const h2 = fit.qDf > 0 ? fit.q / fit.qDf : 1;
  return {
    k: fit.k,
    estimate: fit.estimate,
    se: fit.se,
    ciLower: fit.ciLower,
    ciUpper: fit.ciUpper,
    statistic: fit.z,
    pValue: fit.p,
    tau2: 0,
    tau: 0,
    i2,
    h2,
    q: fit.q,
    qDf: fit.qDf,
    qP: fit.qP,
    // A fixed-effect result: the prediction interval is the confidence interval, as for method = "FE".
    piLower: fit.ciLower,
    piUpper: fit.ciUpper,
    weights,
  };
}

/** rma.mh(measure = …) or rma.peto() with their defaults (95% intervals), as a PoolResult with metafor's weights. */
export function poolCounts(tables: readonly CountsInput[], pooling: CountsPooling): PoolResult {
  const fit = pooling.method === 'PETO' ? petoOddsRatio(tables) : mantelHaenszel(tables, pooling.measure);
  return asPoolResult(fit, countsWeights(tables, pooling));
}

/** Each table left out in turn and the rest pooled, as metafor's leave1out() for rma.mh and rma.peto. */
export function countsLeaveOneOut(tables: readonly CountsInput[], pooling: CountsPooling): PoolResult[] {
  if (tables.length < 2) throw new EngineProblem('too-few-studies', 'countsLeaveOneOut: needs at least 2 tables');
  return tables.map((_, omitted) =>
    poolCounts(
      tables.filter((__, index) => index !== omitted),
      pooling,
    ),
  );
}

/**
 * Each study's own effect as the pooling reads it: for Peto, its Peto log odds ratio, (O − E)/V with variance 1/V, as
 * escalc(measure = "PETO") (undefined for a table with no events, or only events, in both arms, which metafor leaves
 * out); for Mantel–Haenszel, the study's own escalc effect, which the rows already hold.
 */
export function petoEffects(tables: readonly CountsInput[]): (EffectAndVariance | undefined)[] {
  return tables.map((table) => petoStudyEffect(table));
}

/** The metafor call that gives the same figures: rma.mh(measure = "OR") or rma.peto(). */
export function countsPoolingCall(pooling: CountsPooling): string {
  return pooling.method === 'PETO' ? 'rma.peto()' : `rma.mh(measure = "${pooling.measure}")`;
}
