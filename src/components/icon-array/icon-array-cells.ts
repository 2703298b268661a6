import type { IconArrayCounts } from '../../domain/plain-language/plain-numbers';

export type IconKind = 'extra-at-low' | 'extra-at-mid' | 'extra-at-high' | 'no-extra';

/** 100 cells, filled in reading order: the surest extra families first, then those that depend on where in the interval the truth lies. */
export function iconArrayCells(counts: IconArrayCounts): IconKind[] {
  const low = counts.extraAtLow;
  const mid = Math.max(low, counts.extraAtMid);
  const high = Math.max(mid, counts.extraAtHigh);
  return Array.from({ length: 100 }, (_, index) => {
    if (index < low) return 'extra-at-low';
    if (index < mid) return 'extra-at-mid';
    if (index < high) return 'extra-at-high';
    return 'no-extra';
  });
}
