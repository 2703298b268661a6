import { formatCount } from '../../domain/format';
import type { EggerRmaResult } from '../../domain/stats/egger-rma';
import {
  analyse,
  countsMeasureFor,
  type AnalysisResult,
  type AnalysisSettings,
  type StepResult,
} from '../../domain/study-data/analyse';
import { importStudies, type ImportRequest, type StudyImport } from '../../domain/study-data/import-studies';
import type { ConversionOptions } from '../../domain/study-data/study-rows';

// One piece of the analysis page's heavy work: a table's text read into checked rows, and those rows pooled. It runs in
// a Web Worker (analysis.worker.ts) so a large file does not freeze the page, or here on the main thread where there
// is no Worker (jsdom). Only domain functions do the work; what goes in and out is plain data (structured-clone safe).

export interface AnalysisJob {
  request: ImportRequest;
  /** A new import: also read decimal commas ("0,45"), and keep that reading when it gives more usable rows. */
  tryDecimalCommas?: boolean;
  /** Pool the rows with these settings; null to read them only. */
  settings: AnalysisSettings | null;
}

export interface AnalysisOutcome {
  /** The options the rows were read with (the request's, or with decimal commas). */
  options: ConversionOptions;
  imported: StudyImport;
  /** Null when the job asked only for the rows. */
  pooling: AnalysisResult | null;
  /**
   * metafor's default Egger test for the pooling, when the worker worked it out too (its code is not in the page's first
   * script, so the main-thread fallback leaves it to the lazily loaded panel).
   */
  eggerRma?: StepResult<EggerRmaResult>;
}

export type AnalysisProgress = { stage: 'reading'; rows: number } | { stage: 'pooling'; studies: number };

/** "Reading 10,000 rows…", for the page's live status. */
export function progressText(progress: AnalysisProgress): string {
  return progress.stage === 'reading'
    ? `Reading ${formatCount(progress.rows)} ${progress.rows === 1 ? 'row' : 'rows'}…`
    : `Pooling ${formatCount(progress.studies)} ${progress.studies === 1 ? 'study' : 'studies'}…`;
}

/** Lines after the first that hold anything: the rows a file will give, before it is parsed. */
function roughRowCount(text: string): number {
  let rows = 0;
  let lineHasText = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      if (lineHasText) rows += 1;
      lineHasText = false;
    } else if (code !== 13 && code !== 32) lineHasText = true;
  }
  return Math.max(0, rows + (lineHasText ? 1 : 0) - 1);
}

const sameRequest = (first: ImportRequest, second: ImportRequest) =>
  first.text === second.text &&
  first.layout === second.layout &&
  JSON.stringify(first.mapping ?? {}) === JSON.stringify(second.mapping ?? {}) &&
  JSON.stringify(first.options) === JSON.stringify(second.options);

/**
 * A job runner that keeps its last import: a change of settings pools the same rows again without reading the file
 * again.
 */
export function createAnalysisJobRunner(): (
  job: AnalysisJob,
  onProgress?: (progress: AnalysisProgress) => void,
) => AnalysisOutcome {
  let last: { request: ImportRequest; imported: StudyImport } | null = null;
  const read = (request: ImportRequest, onProgress: (progress: AnalysisProgress) => void): StudyImport => {
    if (last && sameRequest(last.request, request)) return last.imported;
    onProgress({ stage: 'reading', rows: roughRowCount(request.text) });
    const imported = importStudies(request);
    last = { request, imported };
    return imported;
  };
  return (job, onProgress = () => undefined) => {
    let options = job.request.options;
    let imported = read(job.request, onProgress);
    if (job.tryDecimalCommas && imported.looksLikeDecimalCommas) {
      const commaOptions: ConversionOptions = { ...options, decimal: 'comma' };
      const withCommas = read({ ...job.request, options: commaOptions }, onProgress);
      if (withCommas.rows.length > imported.rows.length) {
        options = commaOptions;
        imported = withCommas;
      }
    }
    if (job.settings === null) return { options, imported, pooling: null };
    onProgress({ stage: 'pooling', studies: imported.rows.length });
    return {
      options,
      imported,
      pooling: analyse(imported.rows, job.settings, countsMeasureFor(imported.layout, options)),
    };
  };
}
