import Papa from 'papaparse';

// CSV text → header and records, each record with the line it starts on, so that every problem can name its line.
// Nothing here interprets the values; study-rows.ts does.

export interface CsvRecord {
  /** 1-based line in the file where the record starts (quoted values may span lines). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  column?: string;
  reason: string;
}

export interface ParsedCsv {
  /** Header cells, trimmed; empty when the file has no header. */
  headers: string[];
  headerLine: number;
  records: CsvRecord[];
  /** Records that could not be read at all (e.g. an unclosed quote), each by line. */
  problems: CsvProblem[];
  delimiter: string;
}

/** Up to this many bytes of text: far more than any meta-analysis, small enough not to freeze a trust laptop. */
export const MAX_CSV_CHARACTERS = 20_000_000;

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

/**
 * The delimiter is the most frequent of comma, semicolon, tab and bar in the first non-blank line (outside quotes);
 * comma on a tie. Papaparse's own guess needs several consistent rows, which a pasted two-line table may not have.
 */
function guessDelimiter(text: string): string {
  let start = 0;
  let firstLine = '';
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') {
      firstLine = line;
      break;
    }
    if (end === -1) break;
    start = end + 1;
  }
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best = ',';
  for (const [candidate, count] of counts) if (count > (counts.get(best) ?? 0)) best = candidate;
  return best;
}

interface RawRow {
  line: number;
  cells: string[];
  quoteProblem: boolean;
}

/**
 * Every row with the line it starts on. When no quote is left open (nearly always), one whole-text parse: a row spans
 * one line plus each line break inside its quoted values. Otherwise row by row, following papaparse's cursor, since an
 * open quote can swallow the rest of the file.
 */
function readRows(text: string, delimiter: string): RawRow[] {
  const whole = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter, newline: '\n' });
  if (!whole.errors.some((error) => error.type === 'Quotes')) {
    let line = 1;
    return whole.data.map((cells) => {
      const row = { line, cells, quoteProblem: false };
      line += 1;
      for (const cell of cells) if (cell.includes('\n')) line += countNewlines(cell, 0, cell.length);
      return row;
    });
  }
  const rows: RawRow[] = [];
  let previousCursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter,
    newline: '\n',
    step: (result) => {
      const start = line;
      const cursor = result.meta.cursor;
      line += countNewlines(text, previousCursor, cursor);
      previousCursor = cursor;
      const quoteProblem = result.errors.some((error) => error.type === 'Quotes');
      rows.push({ line: start, cells: result.data, quoteProblem });
    },
  });
  return rows;
}

export function parseCsv(input: string): ParsedCsv {
  // A byte-order mark and Windows or old Mac line endings are normalised first, so line numbers are the ones an
  // editor shows.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const empty: ParsedCsv = { headers: [], headerLine: 1, records: [], problems: [], delimiter: ',' };
  if (text.length > MAX_CSV_CHARACTERS) {
    return {
      ...empty,
      problems: [
        {
          line: 1,
          reason: `the file has ${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_CSV_CHARACTERS.toLocaleString('en-GB')}`,
        },
      ],
    };
  }
  if (text.trim() === '') return { ...empty, problems: [{ line: 1, reason: 'the file is empty' }] };

  const delimiter = guessDelimiter(text);
  const rows = readRows(text, delimiter);
  const problems: CsvProblem[] = [];
  const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
  const headerIndex = rows.findIndex((row) => !isBlank(row.cells));
  const header = rows[headerIndex];
  if (!header) return { ...empty, problems: [{ line: 1, reason: 'the file has no rows' }] };
  if (header.quoteProblem)
    problems.push({ line: header.line, reason: 'the header has a quoted name that is not closed' });
  const records: CsvRecord[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlank(row.cells)) continue; // blank lines are not rows
    if (row.quoteProblem) {
      problems.push({
        line: row.line,
        reason:
          'a quoted value is not closed (a " without its partner), so this row and any after it on the same record cannot be read',
      });
      continue;
    }
    records.push({ line: row.line, cells: row.cells });
  }
  return { headers: header.cells.map((cell) => cell.trim()), headerLine: header.line, records, problems, delimiter };
}
