import type { ComparisonTable } from '../../domain/comparison/comparison-model';
import type { EvidenceDataset } from '../../domain/evidence-schema';

/** Downloads and citations for a comparison (filled in with the export step). */
export function CompareExports({ table }: { dataset: EvidenceDataset; table: ComparisonTable }) {
  return <p className="no-print sr-only">{table.columns.length} columns</p>;
}
