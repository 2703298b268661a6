import { describe, expect, it } from 'vitest';
import { describeProblemGroup, groupProblems } from './problem-groups';

describe('groupProblems', () => {
  it('groups by column and kind, keeping a lone problem in its old form', () => {
    const groups = groupProblems([
      { line: 4, column: 'SE', reason: 'is empty' },
      { line: 5, column: 'yi', reason: '"x" is not a number' },
      { line: 9, column: 'SE', reason: 'is empty' },
      { line: 12, column: 'yi', reason: '"abc" is not a number' },
      { line: 20, reason: 'has 5 values but the header has 7 columns' },
    ]);
    expect(groups.map(describeProblemGroup)).toEqual([
      'Column “SE”, 2 rows, lines 4 and 9: is empty',
      'Column “yi”, 2 rows, lines 5 and 12: "x" is not a number; "abc" is not a number',
      'Line 20: has 5 values but the header has 7 columns',
    ]);
  });

  it('gives one entry for a whole bad column, however long the file', () => {
    const problems = Array.from({ length: 5000 }, (_, index) => ({
      line: index + 2,
      column: 'vi',
      reason: `"${index}" must be above 0`,
    }));
    const groups = groupProblems(problems);
    expect(groups).toHaveLength(1);
    expect(describeProblemGroup(groups[0] ?? { lines: [], reasons: [] })).toMatch(
      /^Column “vi”, 5,000 rows, lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 4,990 more: "0" must be above 0; "1" must be above 0; "2" must be above 0; and 4997 more like these$/,
    );
  });
});
