import { useEffect, useMemo, useState } from 'react';
import type { ThreeLevelResult } from '../../domain/stats/three-level';
import type { AnalysisSettings, StepResult } from '../../domain/study-data/analyse';
import type { StudyRow } from '../../domain/study-data/study-rows';

export interface ThreeLevelState {
  /** The fit, why it failed, or null when the settings do not ask for it. */
  result: StepResult<ThreeLevelResult> | null;
  /** Its code is still downloading: the report waits for it before printing. */
  pending: boolean;
}

type ThreeLevelCode = typeof import('../../domain/study-data/three-level-analysis');

// Loaded once per page, on first use: most files have no repeated studies, so most readers never download it.
let code: ThreeLevelCode | null = null;
let loadFailed = false;
let loading: Promise<void> | null = null;

function loadCode(): Promise<void> {
  loading ??= import('../../domain/study-data/three-level-analysis').then(
    (module) => {
      code = module;
      loadFailed = false;
    },
    () => {
      loadFailed = true;
      loading = null; // the next request tries again
    },
  );
  return loading;
}

const NOT_LOADED =
  'The three-level model could not be loaded. Check your connection, then reload the page to try again.';

/** The three-level model for the analysis, when the settings ask for it. */
export function useThreeLevel(rows: readonly StudyRow[] | null, settings: AnalysisSettings): ThreeLevelState {
  const wanted = rows !== null && settings.levels === 3;
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    if (!wanted || code) return;
    let live = true;
    void loadCode().then(() => {
      if (live) setLoads((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return useMemo(() => {
    if (!wanted) return { result: null, pending: false };
    if (code) return { result: code.analyseThreeLevel(rows, settings), pending: false };
    if (loadFailed) return { result: { ok: false, message: NOT_LOADED }, pending: false };
    return { result: { ok: false, message: 'Fitting the three-level model…' }, pending: true };
    // `loads` changes when the code arrives or fails to, which the module-level state above does not tell React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, rows, settings, loads]);
}
