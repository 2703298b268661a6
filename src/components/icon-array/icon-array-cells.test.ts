import { describe, expect, it } from 'vitest';
import { iconArrayCells } from './icon-array-cells';

describe('iconArrayCells', () => {
  it('always has 100 cells, filled surest first', () => {
    const cells = iconArrayCells({ extraAtLow: 2, extraAtMid: 5, extraAtHigh: 9 });
    expect(cells).toHaveLength(100);
    expect(cells.slice(0, 10)).toEqual([
      'extra-at-low',
      'extra-at-low',
      'extra-at-mid',
      'extra-at-mid',
      'extra-at-mid',
      'extra-at-high',
      'extra-at-high',
      'extra-at-high',
      'extra-at-high',
      'no-extra',
    ]);
  });

  it('shows no sure extra families when the interval reaches no difference', () => {
    const cells = iconArrayCells({ extraAtLow: 0, extraAtMid: 12, extraAtHigh: 24 });
    expect(cells.filter((cell) => cell === 'extra-at-low')).toHaveLength(0);
    expect(cells.filter((cell) => cell !== 'no-extra')).toHaveLength(24);
  });
});
