import { CitationTools, HowToCiteThisPage } from '../../components/citation-tools';
import { CsvDownloadButton } from '../../components/csv-download-button';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { releaseReference, reviewReference } from '../../domain/export/citations';
import { OUTCOME_COLUMNS, outcomeRecords } from '../../domain/export/tables';

/** Downloads and citations for the summary table. Made in the browser; nothing is sent. */
export function SummaryExports({ dataset }: { dataset: EvidenceDataset }) {
  return (
    <section aria-labelledby="summary-downloads" className="no-print my-4 bg-white p-4">
      <h2 id="summary-downloads" className="mt-0 text-xl">
        Download and cite
      </h2>
      <p>
        <CsvDownloadButton
          columns={OUTCOME_COLUMNS}
          records={() => outcomeRecords(dataset)}
          filename="under5s-outcome-results"
        >
          Download the outcome results (CSV)
        </CsvDownloadButton>
      </p>
      <CitationTools
        references={[reviewReference(dataset), releaseReference(dataset)]}
        filename="under5s-review-references"
        label="the review and its 2022 report"
      />
      <HowToCiteThisPage
        pageTitle="Summary of findings"
        datasetVersion={dataset.datasetVersion}
        datasetDate={dataset.datasetDate}
      />
    </section>
  );
}
