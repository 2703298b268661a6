import type { CsvRecord } from '../domain/export/csv';
import { downloadText } from './download';

/** Downloads rows as a CSV file made in the browser. The CSV writer (papaparse) loads on the first click, not with the page. */
export function CsvDownloadButton({
  columns,
  records,
  filename,
  children,
}: {
  columns: readonly string[];
  records: () => CsvRecord[];
  filename: string;
  children: string;
}) {
  return (
    <button
      type="button"
      className="no-print border-2 border-nhs-blue bg-white px-3 py-1 text-base font-bold text-nhs-blue"
      onClick={() => {
        void import('../domain/export/csv').then(({ toCsv }) =>
          downloadText(`${filename}.csv`, toCsv(columns, records()), 'text/csv;charset=utf-8'),
        );
      }}
    >
      {children}
    </button>
  );
}
