import { useMemo } from 'react';
import type { ThreeLevelResult } from '../../domain/stats/three-level';
import type { AnalysisSettings } from '../../domain/study-data/analyse';
import type { StudyRow } from '../../domain/study-data/study-rows';
import { codeOnDemand, NOT_LOADED, useCodeOnDemand, type OnDemandResult } from './use-code-on-demand';

// Most files have no repeated studies, so most readers never download this.
const threeLevelCode = codeOnDemand(() => import('../../domain/study-data/three-level-analysis'));

/** The three-level model for the analysis, when the settings ask for it. */
export function useThreeLevel(
  rows: readonly StudyRow[] | null,
  settings: AnalysisSettings,
): OnDemandResult<ThreeLevelResult> {
  const wanted = rows !== null && settings.levels === 3;
  const { code, failed } = useCodeOnDemand(threeLevelCode, wanted);
  return useMemo(() => {
    if (!wanted) return { result: null, pending: false };
    if (code) return { result: code.analyseThreeLevel(rows, settings), pending: false };
    if (failed) return { result: { ok: false, message: NOT_LOADED('The three-level model') }, pending: false };
    return { result: { ok: false, message: 'Fitting the three-level model…' }, pending: true };
  }, [wanted, code, failed, rows, settings]);
}
