import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

// parseCsv numbers records without following the parser's cursor when no quote is left open: a record spans one line
// plus the line breaks inside its quoted values. Here the lines are known by construction.

const value = fc.oneof(
  fc.constantFrom('1', 'x', '', 'a b'),
  fc.constantFrom('"two\nlines"', '"three\n\nlines"', '"comma, inside"', '"quote "" inside"'),
);

describe('parseCsv line numbers', () => {
  it('are the lines an editor shows, with blank lines and line breaks inside quotes (1,000 files)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(value, { minLength: 2, maxLength: 2 }), fc.nat(2)), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const lines = ['name,a,b,last'];
          const expected: number[] = [];
          for (const [cells, blanksBefore] of rows) {
            for (let blank = 0; blank < blanksBefore; blank += 1) lines.push('');
            expected.push(lines.join('\n').split('\n').length + 1);
            lines.push(`r,${cells.join(',')},end`);
          }
          const parsed = parseCsv(lines.join('\n'));
          expect(parsed.problems).toEqual([]);
          expect(parsed.records.map((record) => record.line)).toEqual(expected);
        },
      ),
      { numRuns: 1_000, seed: 7 },
    );
  });
});
