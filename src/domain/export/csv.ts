import Papa from 'papaparse';

// CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) get a leading apostrophe, so a title such as "=HYPERLINK(…)" shows as text and runs nothing (OWASP's advice
// on CSV injection). Numbers stay numbers. A byte-order mark tells Excel the file is UTF-8.

export type CsvValue = string | number | null;
export type CsvRecord = Record<string, CsvValue>;

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(value: CsvValue): CsvValue {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** Rows to CSV text with the columns in the order given; every string cell is guarded. */
export function toCsv(columns: readonly string[], records: readonly CsvRecord[]): string {
  const data = records.map((record) => columns.map((column) => guardFormula(record[column] ?? null)));
  return (
    CSV_BYTE_ORDER_MARK +
    Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false, escapeFormulae: false })
  );
}
