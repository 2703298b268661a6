import type { EvidenceDataset } from '../src/domain/evidence/evidence-schema';
import { publishedDataset } from './render-with-evidence';

/**
 * The published dataset with one made-up study added (issue 17 part 6): a new source and a new trial report for an
 * existing programme, copied from one of its reports with new ids. Tests run on it to show that adding a study does
 * not turn them red: their expectations must come from the dataset, never from today's counts.
 */
export function withSyntheticStudy(base: EvidenceDataset = publishedDataset): EvidenceDataset {
  const dataset = structuredClone(base);
  const template = dataset.trials.find((trial) => trial.reportKind !== 'summary');
  if (!template) throw new Error('withSyntheticStudy: the dataset has no trial report to copy');
  const sourceId = 'synthetic-study-2026';
  dataset.sources.push({
    id: sourceId,
    title: 'A made-up trial report for tests',
    url: 'https://example.org/synthetic-study-2026',
    publisher: null,
    date: '2026',
    kind: 'secondary',
    note: null,
  });
  dataset.trials.push({
    ...structuredClone(template),
    id: 'synthetic-study-2026',
    sourceId,
    additionalSourceIds: [],
    citation: { ...template.citation, title: 'A made-up trial for tests', year: 2026, doi: null },
  });
  return dataset;
}
