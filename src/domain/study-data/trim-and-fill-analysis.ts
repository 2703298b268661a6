import { trimAndFill, type TrimAndFillProblem, type TrimAndFillResult } from '../stats/trim-and-fill';
import { rowsToAnalyse, type AnalysisSettings, type StepResult } from './analyse';
import type { StudyRow } from './study-rows';

// Apart from analyse.ts so that its engine loads only when someone asks for trim-and-fill.

export const TRIM_AND_FILL_PROBLEM_TEXT: Record<TrimAndFillProblem, string> = {
  'too-few-studies': 'Trim-and-fill needs at least 3 studies, or 2 with the fixed-effect method.',
  'side-undetermined':
    'Every study has the same variance, so there is no funnel shape for trim-and-fill to read. It is not shown.',
  'identical-effects': 'Every study has the same effect, so there is no asymmetry for trim-and-fill to assess.',
  'estimator-undefined': 'This estimator cannot be worked out for these studies. Choose another estimator.',
  'trimmed-every-study': 'This estimator says every study is missing, which gives no result. Choose another estimator.',
  'did-not-converge':
    'Trim-and-fill did not settle on a number of missing studies for these data. Choose another estimator.',
};

/**
 * Trim-and-fill over the rows the analysis uses, as metafor's trimfill(rma(yi, vi, method), estimator), the side
 * chosen as metafor does, with the page's method and test. Null settings choice ('off') is the caller's to skip.
 */
export function analyseTrimAndFill(
  rows: readonly StudyRow[],
  settings: AnalysisSettings,
): StepResult<TrimAndFillResult> {
  const { included } = rowsToAnalyse(rows, settings);
  const estimator = settings.trimAndFill === 'R0' || settings.trimAndFill === 'Q0' ? settings.trimAndFill : 'L0';
  try {
    const outcome = trimAndFill(
      included.map((row) => ({ yi: row.yi, vi: row.vi, label: row.study })),
      { method: settings.method, test: settings.test, estimator },
    );
    return outcome.ok
      ? { ok: true, value: outcome.result }
      : { ok: false, message: TRIM_AND_FILL_PROBLEM_TEXT[outcome.reason] };
  } catch {
    // The rows are checked before they get here; anything the engine still refuses is said plainly, not in its words.
    return { ok: false, message: 'Trim-and-fill could not be worked out for these studies.' };
  }
}
