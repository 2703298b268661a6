import { parseCsv, type CsvProblem, type CsvRecord } from './csv';
import {
  automaticMapping,
  detectLayout,
  layoutById,
  mappingForHeaders,
  type ColumnMapping,
  type LayoutId,
} from './layouts';
import { intervalsLookLikeRatios, type PrintedInterval } from './ratio-hint';
import { checkRecords, fromDecimalComma, parseNumberCell, type ConversionOptions, type StudyRow } from './study-rows';

export interface ImportRequest {
  text: string;
  /** A mapping chosen by hand; fields not in it are matched by name. */
  mapping?: ColumnMapping;
  /** A layout chosen by hand; otherwise the first whose columns are present. */
  layout?: LayoutId;
  options: ConversionOptions;
}

export interface StudyImport {
  headers: string[];
  mapping: ColumnMapping;
  layout: LayoutId | null;
  rows: StudyRow[];
  /** Every problem, sorted by line: rows left out, and anything about the file as a whole. */
  problems: CsvProblem[];
  /** Data rows in the file (not counting the header and blank lines). */
  recordCount: number;
  /** The first few records as read, for the mapping step's preview. */
  preview: CsvRecord[];
  /**
   * Every record as read (decimal commas already rewritten), so that columns not matched to a study field, such as a
   * meta-regression's moderators, can be read by line. Present once the rows are checked.
   */
  records?: CsvRecord[];
  /** The columns do not give a layout (unrecognised, unmatched or ambiguous names): the mapping step is needed. */
  needsMapping?: true;
  /** An effect and CI read as differences that look like ratios: the page suggests reading them as ratios. */
  looksLikeRatios?: true;
  /** Number cells are written with decimal commas ("0,45") but read with full stops: the page suggests the option. */
  looksLikeDecimalCommas?: true;
}

export const PREVIEW_ROWS = 5;

/** Text → checked study rows and every problem. Never throws: a problem is a listed result, not an exception. */
export function importStudies(request: ImportRequest): StudyImport {
  const parsed = parseCsv(request.text);
  const csv =
    request.options.decimal === 'comma'
      ? {
          ...parsed,
          records: parsed.records.map((record) => ({ ...record, cells: record.cells.map(fromDecimalComma) })),
        }
      : parsed;
  const headers = csv.headers;
  const recordCount = csv.records.length + csv.problems.filter((problem) => problem.line > csv.headerLine).length;
  const mapping = mappingForHeaders({ ...automaticMapping(headers), ...request.mapping }, headers);
  const base = { headers, mapping, recordCount, preview: csv.records.slice(0, PREVIEW_ROWS) };
  if (headers.length === 0) return { ...base, layout: null, rows: [], problems: csv.problems };

  const duplicates = headers.filter((header, index) => header !== '' && headers.indexOf(header) !== index);
  const mapped = new Set(Object.values(mapping));
  const ambiguous = [...new Set(duplicates)].filter((header) => mapped.has(header));
  if (ambiguous.length > 0) {
    return {
      ...base,
      layout: null,
      rows: [],
      needsMapping: true,
      problems: [
        ...csv.problems,
        ...ambiguous.map((header) => ({
          line: csv.headerLine,
          column: header,
          reason: `the column name "${header}" appears more than once, so it is not clear which to use; rename one`,
        })),
      ],
    };
  }

  const layout = request.layout ?? detectLayout(mapping);
  if (layout === null) {
    return {
      ...base,
      layout,
      rows: [],
      needsMapping: true,
      problems: [
        ...csv.problems,
        {
          line: csv.headerLine,
          reason:
            'the header does not name the columns of any layout (yi and vi; yi and sei; yi, ci_lower and ci_upper; m1i, sd1i, n1i, m2i, sd2i, n2i; ai, bi, ci, di; ai, n1i, ci, n2i; or yi, n1i, n2i). Match your columns by hand.',
        },
      ],
    };
  }
  const missing = layoutById(layout).required.filter((field) => mapping[field] === undefined);
  if (missing.length > 0) {
    return {
      ...base,
      layout,
      rows: [],
      needsMapping: true,
      problems: [
        ...csv.problems,
        { line: csv.headerLine, reason: `no column is matched to ${missing.join(', ')}, which this layout needs` },
      ],
    };
  }
  if (csv.records.length === 0 && csv.problems.length === 0) {
    return {
      ...base,
      layout,
      rows: [],
      problems: [{ line: csv.headerLine + 1, reason: 'the file has a header but no rows of studies' }],
    };
  }
  const checked = checkRecords(headers, csv.records, mapping, layout, request.options);
  const problems = [...csv.problems, ...checked.problems].sort((first, second) => first.line - second.line);
  const hint =
    layout === 'yi-ci' &&
    request.options.ciScale !== 'ratio' &&
    printedIntervalsLookLikeRatios(csv.records, checked.rows, headers, mapping);
  const commas =
    request.options.decimal !== 'comma' &&
    checked.problems.some((problem) => problem.reason.endsWith('use a full stop for decimals'));
  return {
    ...base,
    layout,
    rows: checked.rows,
    problems,
    records: csv.records,
    ...(hint ? { looksLikeRatios: true as const } : {}),
    ...(commas ? { looksLikeDecimalCommas: true as const } : {}),
  };
}

/** The analysed rows' effect and limits as printed in the file (the rows hold only yi and vi). */
function printedIntervalsLookLikeRatios(
  records: readonly CsvRecord[],
  rows: readonly StudyRow[],
  headers: readonly string[],
  mapping: ColumnMapping,
): boolean {
  const column = (field: 'yi' | 'ci_lower' | 'ci_upper') => headers.indexOf(mapping[field] ?? '');
  const [yi, lower, upper] = [column('yi'), column('ci_lower'), column('ci_upper')];
  const analysed = new Set(rows.map((row) => row.line));
  const intervals: PrintedInterval[] = [];
  for (const record of records) {
    if (!analysed.has(record.line)) continue;
    const values = [yi, lower, upper].map((index) => parseNumberCell(record.cells[index] ?? ''));
    const [effect, low, high] = values;
    if (typeof effect !== 'number' || typeof low !== 'number' || typeof high !== 'number') return false;
    intervals.push({ yi: effect, lower: low, upper: high });
  }
  return intervalsLookLikeRatios(intervals);
}
