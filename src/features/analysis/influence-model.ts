import { eggerTestRma, type EggerRmaResult } from '../../domain/stats/egger-rma';
import { influenceDiagnostics, type StudyInfluence } from '../../domain/stats/influence-diagnostics';
import {
  LEAVE_ONE_OUT_LIMIT,
  type AnalysisResult,
  type AnalysisSettings,
  type EggerForm,
  type StepResult,
} from '../../domain/study-data/analyse';
import type { StudyEffect } from '../../domain/stats/study-effect';

// Influence diagnostics and metafor's default Egger test for the studies the page pooled. Worked out here, in the
// lazily loaded panels, rather than in analyse(), so the analysis page's first script does not grow. Every case the
// engines cannot answer becomes a plain sentence saying what to change.

export interface InfluenceRow extends StudyInfluence {
  study: string;
  line: number;
}

/** The studies the pool used, in its order (the engines' results are in input order). */
function includedEffects(analysis: AnalysisResult): {
  effects: StudyEffect[];
  rows: { study: string; line: number }[];
} {
  const included = analysis.studies.filter((study) => study.included);
  return {
    effects: included.map((study) => ({ yi: study.row.yi, vi: study.row.vi })),
    rows: included.map((study) => ({ study: study.row.study, line: study.row.line })),
  };
}

// metafor's influence() and regtest() follow the model's test: under Knapp–Hartung their figures differ, and the
// engines (checked against R for the z test) do not reproduce them.
const KNHA_TEXT = 'Choose “z (normal)” under Test and interval to see them.';

/** metafor's influence(rma(yi, vi, method)) for the included studies, or why it is not shown. */
export function influenceFor(analysis: AnalysisResult, settings: AnalysisSettings): StepResult<InfluenceRow[]> {
  if (!analysis.pooled.ok) return { ok: false, message: 'There is no pooled result, so there is nothing to diagnose.' };
  if (settings.test === 'knha')
    return {
      ok: false,
      message: `Influence diagnostics are shown for the z test only, as metafor works them out differently under Knapp–Hartung. ${KNHA_TEXT}`,
    };
  const { effects, rows } = includedEffects(analysis);
  if (effects.length < 3)
    return {
      ok: false,
      message: `Influence diagnostics need at least 3 studies: each study is compared with the pooled result of the others, and with ${effects.length === 1 ? 'one study' : 'two studies'} there are too few others to compare with. Include more studies to see them.`,
    };
  if (effects.length > LEAVE_ONE_OUT_LIMIT)
    return {
      ok: false,
      message: `Influence diagnostics are worked out for up to ${LEAVE_ONE_OUT_LIMIT} studies, to keep the page quick; this analysis has ${effects.length}.`,
    };
  try {
    const result = influenceDiagnostics(effects, { method: settings.method });
    if (!result.ok) return { ok: false, message: 'Influence diagnostics need at least 3 studies.' };
    return {
      ok: true,
      value: result.studies.map((entry, index) => ({
        ...entry,
        study: rows[index]?.study ?? '',
        line: rows[index]?.line ?? 0,
      })),
    };
  } catch {
    return {
      ok: false,
      message:
        'Influence diagnostics could not be worked out: with one of these studies left out, τ² could not be found. Try the DerSimonian–Laird method, which works τ² out directly rather than by a search.',
    };
  }
}

/** metafor's default Egger test, regtest(rma(yi, vi, method)), for the included studies, or why it is not shown. */
export function eggerRmaFor(analysis: AnalysisResult, settings: AnalysisSettings): StepResult<EggerRmaResult> {
  if (settings.test === 'knha')
    return {
      ok: false,
      message: `This form is shown for the z test only, as metafor’s regtest() follows the model’s test. ${KNHA_TEXT.replace('them', 'it')}`,
    };
  const { effects } = includedEffects(analysis);
  if (effects.length < 3)
    return {
      ok: false,
      message: `This form needs at least 3 studies (it fits an intercept, a slope and τ²); this analysis has ${effects.length}.`,
    };
  try {
    const outcome = eggerTestRma(effects, { method: settings.method });
    return outcome.ok
      ? { ok: true, value: outcome.result }
      : { ok: false, message: 'This form needs at least 3 studies.' };
  } catch {
    return {
      ok: false,
      message:
        'This form could not be worked out: τ² could not be found for the regression. Try the DerSimonian–Laird method, which works τ² out directly rather than by a search.',
    };
  }
}

/** Which forms of Egger's test to show; a workspace saved before the choice shows both. */
export function eggerFormsShown(settings: AnalysisSettings): { lm: boolean; rma: boolean } {
  const form: EggerForm = settings.eggerForm ?? 'both';
  return { lm: form !== 'rma', rma: form !== 'lm' };
}
