import { chiSquaredUpperTail, standardNormalQuantile } from './distributions';
import { pool } from './pool';
import type { PoolOptions, StudyEffect } from './study-effect';

export interface StudyInfluence {
  rstudent: number;
  dffits: number;
  cookD: number;
  covR: number;
  tau2Del: number;
  qeDel: number;
  hat: number;
  /** Percent. */
  weight: number;
  dfbetas: number;
  influential: boolean;
}

export type InfluenceResult =
  { ok: true; studies: StudyInfluence[] } | { ok: false; reason: 'too-few-studies'; k: number };

/**
 * metafor's cut-offs for flagging a study as influential (influence.rma.uni), for k studies and one coefficient (p = 1):
 * |DFFITS| > 3√(p/(k − p)), Cook's distance above the median of χ² on p df, hat > 3p/k, |DFBETAS| > 1. Any one flags.
 * Stated so the page can say the rule with this analysis's figures; the flag itself is worked out below.
 */
export function influenceCutoffs(k: number): { dffits: number; cookD: number; hat: number; dfbetas: number } {
  const p = 1;
  // The median of χ² on 1 df is the square of the normal 75th percentile.
  return { dffits: 3 * Math.sqrt(p / (k - p)), cookD: standardNormalQuantile(0.75) ** 2, hat: (3 * p) / k, dfbetas: 1 };
}

/** metafor's influence(rma(yi, vi, method)) for a model without moderators (p = 1). */
export function influenceDiagnostics(studies: readonly StudyEffect[], options?: PoolOptions): InfluenceResult {
  const k = studies.length;
  if (k < 3) return { ok: false, reason: 'too-few-studies', k };
  const full = pool(studies, { ...options, test: 'z' });
  const vb = full.se ** 2;
  const p = 1;
  return {
    ok: true,
    studies: studies.map((study, omitted) => {
      const rest = studies.filter((_, index) => index !== omitted);
      const fit = pool(rest, { ...options, test: 'z' });
      const hat = (full.weights[omitted] ?? 0) / 100;
      const shift = full.estimate - fit.estimate;
      // dfbetas scales by the full-data variance refitted at the deleted tau^2 (metafor's vb.del).
      const vbDel = 1 / studies.reduce((sum, other) => sum + 1 / (other.vi + fit.tau2), 0);
      const entry = {
        rstudent: (study.yi - fit.estimate) / Math.sqrt(study.vi + fit.se ** 2 + fit.tau2),
        dffits: shift / Math.sqrt(hat * (fit.tau2 + study.vi)),
        cookD: shift ** 2 / vb,
        covR: fit.se ** 2 / vb,
        tau2Del: fit.tau2,
        qeDel: fit.q,
        hat,
        weight: hat * 100,
        dfbetas: shift / Math.sqrt(vbDel),
      };
      const influential =
        Math.abs(entry.dffits) > 3 * Math.sqrt(p / (k - p)) ||
        1 - chiSquaredUpperTail(entry.cookD, p) > 0.5 ||
        hat > (3 * p) / k ||
        Math.abs(entry.dfbetas) > 1;
      return { ...entry, influential };
    }),
  };
}
