import { THREE_LEVEL_PROBLEM_TEXT, threeLevelModel, type ThreeLevelResult } from '../stats/three-level';
import { rowsToAnalyse, type AnalysisSettings, type StepResult } from './analyse';
import type { StudyRow } from './study-rows';

// Apart from analyse.ts so that its engine (an optimiser and the t distribution) loads only when someone asks for it.

/**
 * The three-level model over the rows the analysis uses, rows with the same study name being one study: metafor's
 * rma.mv(yi, vi, random = ~ 1 | study/effect, method = "REML"). Knapp–Hartung is not defined for this model, so its
 * setting gives rma.mv's test = "t" (t on k − 1 degrees of freedom) instead.
 */
export function analyseThreeLevel(rows: readonly StudyRow[], settings: AnalysisSettings): StepResult<ThreeLevelResult> {
  const { included } = rowsToAnalyse(rows, settings);
  const fit = threeLevelModel(
    included.map((row) => row.study),
    included.map((row) => row.yi),
    included.map((row) => row.vi),
    settings.test === 'knha' ? 't' : 'z',
  );
  return fit.ok ? { ok: true, value: fit.result } : { ok: false, message: THREE_LEVEL_PROBLEM_TEXT[fit.problem] };
}
