import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, OPTIONAL_FIELDS, type StudyField } from './layouts';
import { checkRecords } from './study-rows';

// checkRecords passes well-formed rows with plain predicates and sends only failing rows to the zod schema for their
// wording. This checks that shortcut changes nothing: on random rows, every layout gives the same rows and the same
// problems (line, column, reason) as reading every row with the schema.

const cell = fc.oneof(
  fc.integer({ min: -3, max: 300 }).map(String),
  fc.double({ min: -5, max: 5, noNaN: true }).map((value) => value.toPrecision(4)),
  fc.constantFrom(
    '',
    ' 2 ',
    'NA',
    '-',
    'abc',
    '1,5',
    '\u22120.3',
    '1e308',
    '5e-324',
    '1e400',
    '0',
    '-0',
    '2.0',
    '2.5',
    '9007199254740993',
    '1e20',
    '+.5',
    '2017',
    ' 1999',
    '999',
    '2201',
    'x'.repeat(201),
    ' y ',
  ),
);

const cases = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  labels: fc.subarray([...OPTIONAL_FIELDS]),
  rows: fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
  options: fc.record({
    smd: fc.constantFrom('hedges' as const, 'cohen' as const),
    ratio: fc.constantFrom('OR' as const, 'RR' as const, 'RD' as const),
    proportion: fc.constantFrom('PLO' as const, 'PFT' as const),
    ciScale: fc.constantFrom('difference' as const, 'ratio' as const),
  }),
});

describe('checkRecords’ fast check for well-formed rows', () => {
  it('gives exactly what the zod schema gives, row by row (3,000 random tables)', { timeout: 60_000 }, () => {
    let analysed = 0;
    fc.assert(
      fc.property(cases, ({ layout, labels, rows, options }) => {
        const headers = [...labels, ...layout.required];
        const mapping = Object.fromEntries(headers.map((header) => [header, header]));
        const records = rows.map((cells, index) => ({ line: index + 2, cells: cells.slice(0, headers.length) }));
        const fast = checkRecords(headers, records, mapping, layout.id, options);
        const schema = checkRecords(headers, records, mapping, layout.id, options, 'schema');
        expect(fast).toEqual(schema);
        // Counts layouts keep each row's 2×2 table, with bi and di from the arm sizes for counts-n; others keep none.
        const byLine = new Map(records.map((record) => [record.line, record.cells]));
        for (const row of fast.rows) {
          // The proportions layout keeps each group's size, for the Freeman–Tukey back-transform; others keep none.
          if (layout.id === 'proportions')
            expect(row.ni).toBe(Number(byLine.get(row.line)?.[headers.indexOf('ni')]?.trim()));
          else expect(row).not.toHaveProperty('ni');
          if (layout.id !== 'counts' && layout.id !== 'counts-n') {
            expect(row).not.toHaveProperty('counts');
            continue;
          }
          const read = (field: StudyField) => Number(byLine.get(row.line)?.[headers.indexOf(field)]?.trim());
          const table = row.counts;
          expect(table).toBeDefined();
          expect(table?.ai).toBe(read('ai'));
          expect(table?.ci).toBe(read('ci'));
          expect(table?.bi).toBe(layout.id === 'counts' ? read('bi') : read('n1i') - read('ai'));
          expect(table?.di).toBe(layout.id === 'counts' ? read('di') : read('n2i') - read('ci'));
        }
        analysed += fast.rows.length;
      }),
      { numRuns: 3_000, seed: 20_261_127 },
    );
    expect(analysed, 'some rows pass, so the fast route is exercised').toBeGreaterThan(500);
  });
});
