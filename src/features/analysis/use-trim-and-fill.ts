import { useMemo } from 'react';
import type { TrimAndFillResult } from '../../domain/stats/trim-and-fill';
import type { AnalysisSettings } from '../../domain/study-data/analyse';
import type { StudyRow } from '../../domain/study-data/study-rows';
import { codeOnDemand, NOT_LOADED, useCodeOnDemand, type OnDemandResult } from './use-code-on-demand';

const trimAndFillCode = codeOnDemand(() => import('../../domain/study-data/trim-and-fill-analysis'));

/** Trim-and-fill for the analysis, when the settings ask for it (an estimator chosen). */
export function useTrimAndFill(
  rows: readonly StudyRow[] | null,
  settings: AnalysisSettings,
): OnDemandResult<TrimAndFillResult> {
  const wanted = rows !== null && settings.trimAndFill !== undefined && settings.trimAndFill !== 'off';
  const { code, failed } = useCodeOnDemand(trimAndFillCode, wanted);
  return useMemo(() => {
    if (!wanted) return { result: null, pending: false };
    if (code) return { result: code.analyseTrimAndFill(rows, settings), pending: false };
    if (failed) return { result: { ok: false, message: NOT_LOADED('Trim-and-fill') }, pending: false };
    return { result: { ok: false, message: 'Working out trim-and-fill…' }, pending: true };
  }, [wanted, code, failed, rows, settings]);
}
