import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { importStudies } from './import-studies';
import { STUDY_FIELDS } from './layouts';

// 10,000 hostile CSVs: wrong types, missing and extra columns, quotes, BOMs, huge numbers, empty files, stray line
// endings. The import must never throw, every problem must name a real line, and no row may vanish silently: each data
// record is either an analysed row or has a listed problem.

const headerName = fc.oneof(
  fc.constantFrom(...STUDY_FIELDS),
  fc.constantFrom(...STUDY_FIELDS).map((field) => field.toUpperCase()),
  fc.constantFrom('', ' ', 'yi ', '"yi"', '__proto__', 'constructor', 'd', 'se', 'x"y', 'a,b', 'é', '\u0000'),
  fc.string({ maxLength: 6 }),
);

const cell = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -5, max: 500 }).map(String),
  fc.double({ min: 1e-6, max: 2, noNaN: true }).map((value) => value.toPrecision(3)),
  fc.constantFrom(
    '',
    ' ',
    'NA',
    'abc',
    '1e308',
    '-1e308',
    '5e-324',
    '1e400',
    '0',
    '-0',
    '0.0',
    '1,5',
    '−0.2',
    'Infinity',
    '-Infinity',
    'NaN',
    '0x10',
    '1_000',
    '٣',
    '"',
    '""',
    '"quoted, with comma"',
    '"line\nbreak"',
    '\uFEFF1',
    '1e',
    '.',
    '-',
    '+.5e-3',
  ),
  fc.string({ maxLength: 8 }),
);

const hostileCsv = fc
  .record({
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    headers: fc.array(headerName, { minLength: 0, maxLength: 8 }),
    layoutHeaders: fc.constantFrom(
      [],
      ['yi', 'vi'],
      ['yi', 'sei'],
      ['yi', 'ci_lower', 'ci_upper'],
      ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'],
      ['ai', 'bi', 'ci', 'di'],
      ['ai', 'n1i', 'ci', 'n2i'],
      ['ri', 'ni'],
      ['xi', 'ni'],
      ['x1i', 't1i', 'x2i', 't2i'],
    ),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 10 }), { maxLength: 12 }),
    blankLines: fc.array(fc.nat(14), { maxLength: 3 }),
    trailing: fc.constantFrom('', '\n', '\n\n', ' ', '"'),
    ratio: fc.constantFrom('OR', 'RR', 'RD'),
    smd: fc.constantFrom('hedges', 'cohen'),
    proportion: fc.constantFrom('PLO', 'PFT'),
  })
  .map((spec) => {
    const header = [...spec.layoutHeaders, ...spec.headers].join(spec.delimiter);
    const lines = [header, ...spec.rows.map((row) => row.join(spec.delimiter))];
    for (const position of spec.blankLines) lines.splice(Math.min(position, lines.length), 0, '');
    return {
      text: `${spec.bom ? '\uFEFF' : ''}${lines.join(spec.lineEnd)}${spec.trailing}`,
      options: { ratio: spec.ratio, smd: spec.smd, proportion: spec.proportion } as const,
    };
  });

describe('importStudies survives hostile CSVs', () => {
  it('never throws, names a real line in every problem, and loses no row silently (10,000 files)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              { text: '', options: { ratio: 'RR', smd: 'hedges' } as const },
              { text: '\uFEFF', options: { ratio: 'OR', smd: 'cohen' } as const },
            ),
          },
          { weight: 30, arbitrary: hostileCsv },
        ),
        ({ text, options }) => {
          const result = importStudies({ text, options });
          const lineCount = text
            .replace(/^\uFEFF/, '')
            .replace(/\r\n?/g, '\n')
            .split('\n').length;
          for (const problem of result.problems) {
            expect(Number.isInteger(problem.line)).toBe(true);
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
            expect(problem.reason.length).toBeGreaterThan(0);
          }
          for (const row of result.rows) {
            expect(Number.isFinite(row.yi)).toBe(true);
            expect(Number.isFinite(row.vi) && row.vi > 0).toBe(true);
          }
          if (result.rows.length === 0) {
            expect(result.problems.length, 'a file with no usable rows says why').toBeGreaterThan(0);
            rejected += 1;
          }
          // No silent loss: every data record is analysed or has a problem on its line (or the file as a whole does).
          const records = parseCsv(text).records;
          const analysed = new Set(result.rows.map((row) => row.line));
          const withProblem = new Set(result.problems.map((problem) => problem.line));
          // Only a problem with the file as a whole (no layout, a needed column missing) may stand for all its rows.
          const fileLevel =
            result.layout === null ||
            result.problems.some((problem) => problem.reason.startsWith('no column is matched'));
          for (const record of records) {
            expect(
              analysed.has(record.line) || withProblem.has(record.line) || fileLevel,
              `line ${record.line} vanished`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 10_000, seed: 20_261_127 },
    );
    expect(rejected).toBeGreaterThan(0);
  }, 120_000);
});
