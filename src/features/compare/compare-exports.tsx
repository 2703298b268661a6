import { CitationTools, HowToCiteThisPage } from '../../components/citation-tools';
import { CsvDownloadButton } from '../../components/csv-download-button';
import type { ComparisonTable } from '../../domain/comparison/comparison-model';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { releaseReference, reviewReference, trialReference } from '../../domain/export/citations';
import { COMPARISON_COLUMNS, comparisonRecords } from '../../domain/export/tables';
import { worksheetRecords, type WorksheetEntry } from '../../domain/cost/worksheet';

export type PrintOrientation = 'landscape' | 'portrait';

/** Downloads and citations for a comparison: the CSV, and the review, the release and every trial the table shows. */
export function CompareExports({
  dataset,
  table,
  orientation,
  onOrientationChange,
  worksheet = [],
}: {
  dataset: EvidenceDataset;
  table: ComparisonTable;
  worksheet?: readonly WorksheetEntry[];
  orientation: PrintOrientation;
  onOrientationChange: (orientation: PrintOrientation) => void;
}) {
  const trials =
    table.kind === 'programmes'
      ? dataset.trials.filter((trial) => table.columns.some((column) => column.id === trial.programmeId))
      : dataset.trials.filter((trial) =>
          table.columns.some(
            (column) => dataset.programmes.find((programme) => programme.id === trial.programmeId)?.type === column.id,
          ),
        );
  const name = `under5s-compare-${table.columns.map((column) => column.id).join('-')}`;
  return (
    <section aria-labelledby="compare-downloads" className="no-print my-4 bg-white p-4">
      <h2 id="compare-downloads" className="mt-0 text-xl">
        Download, print and cite
      </h2>
      <p className="mb-2 text-base">
        Files are made in your browser; nothing is sent anywhere. The CSV has one line per fact with its source, its
        address and where in it to look.
      </p>
      <fieldset className="mb-3">
        <legend className="mb-1 text-base font-bold">Print on A4 paper turned</legend>
        <div className="flex flex-wrap gap-4 text-base">
          {(['landscape', 'portrait'] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2">
              <input
                type="radio"
                name="print-orientation"
                value={choice}
                checked={orientation === choice}
                onChange={() => onOrientationChange(choice)}
                className="size-5"
              />
              {choice === 'landscape' ? 'Landscape (wide)' : 'Portrait (tall)'}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="flex flex-wrap gap-3">
        <button
          type="button"
          className="border-2 border-nhs-blue bg-white px-3 py-1 text-base font-bold text-nhs-blue"
          onClick={() => window.print()}
        >
          Print this comparison
        </button>
        <CsvDownloadButton
          columns={COMPARISON_COLUMNS}
          records={() => [...comparisonRecords(dataset, table), ...worksheetRecords(worksheet)]}
          filename={name}
        >
          Download this comparison (CSV)
        </CsvDownloadButton>
      </p>
      <p className="mb-0 text-base">
        Citations of the review, its 2022 report and the {trials.filter((trial) => trial.sampleId !== null).length}{' '}
        trial reports shown
        {trials.some((trial) => trial.sampleId === null)
          ? ` (and summaries of reports already listed: ${trials.filter((trial) => trial.sampleId === null).length})`
          : ''}
        :
      </p>
      <CitationTools
        references={[
          reviewReference(dataset),
          releaseReference(dataset),
          ...trials.map((trial) => trialReference(dataset, trial)),
        ]}
        filename={`${name}-references`}
        label="the review, the report and the trials shown"
      />
      <HowToCiteThisPage
        pageTitle={
          table.kind === 'programmes'
            ? `Compare programmes: ${table.columns.map((column) => column.name).join(', ')}`
            : `Compare types: ${table.columns.map((column) => column.name).join(', ')}`
        }
        datasetVersion={dataset.datasetVersion}
        datasetDate={dataset.datasetDate}
      />
    </section>
  );
}
