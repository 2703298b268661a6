import type { AnalysisResult, AnalysisSettings, EffectScale } from '../../../domain/study-data/analyse';
import type { CsvProblem } from '../../../domain/study-data/csv';
import type { LayoutId } from '../../../domain/study-data/layouts';
import type { ConversionOptions, StudyRow } from '../../../domain/study-data/study-rows';

/** Everything a report section may read: the open workspace's analysis as the page computed it, and how it was read. */
export interface ReportContext {
  workspaceName: string;
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  options: ConversionOptions;
  layout: LayoutId | null;
  scale: EffectScale;
  measureName: string;
  /** The bundled example (another review's data). */
  isExample: boolean;
  /** Every row the file gave, of every outcome. */
  rows: readonly StudyRow[];
  /** Rows that could not be used, and why. */
  problems: readonly CsvProblem[];
}
