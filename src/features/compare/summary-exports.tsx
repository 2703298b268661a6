import type { EvidenceDataset } from '../../domain/evidence-schema';

/** Downloads for the summary table (filled in with the export step). */
export function SummaryExports({ dataset }: { dataset: EvidenceDataset }) {
  return <p className="sr-only">Dataset {dataset.datasetVersion}</p>;
}
