import type { EggerRmaResult } from '../../domain/stats/egger-rma';
import type { AnalysisResult, StepResult } from '../../domain/study-data/analyse';

// Results the analysis worker has already worked out beside an analysis, found by the analysis they belong to (by its
// studies list, which every copy of that analysis on the page shares), so a lazily loaded panel does not work them
// out again on the main thread. metafor's default Egger test took 190 ms there at 10,000 studies.

const eggerRmaByStudies = new WeakMap<AnalysisResult['studies'], StepResult<EggerRmaResult>>();

export function rememberEggerRma(analysis: Pick<AnalysisResult, 'studies'>, result: StepResult<EggerRmaResult>): void {
  eggerRmaByStudies.set(analysis.studies, result);
}

export function knownEggerRma(analysis: Pick<AnalysisResult, 'studies'>): StepResult<EggerRmaResult> | undefined {
  return eggerRmaByStudies.get(analysis.studies);
}
