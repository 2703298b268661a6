import type { Interval } from './orientation';

export type SizeWord = 'less than small' | 'small' | 'moderate' | 'large';

/** Cohen's conventional labels for a standardised mean difference: 0.2 small, 0.5 moderate, 0.8 large. */
export function sizeWord(effect: number): SizeWord {
  const magnitude = Math.abs(effect);
  if (magnitude >= 0.8) return 'large';
  if (magnitude >= 0.5) return 'moderate';
  if (magnitude >= 0.2) return 'small';
  return 'less than small';
}

/**
 * Describes an oriented interval (positive favours the intervention) in size words, e.g. "from less than small to
 * moderate". When the interval reaches zero or below, it says that no benefit is within the range.
 */
export function describeSizeRange(oriented: Interval): string {
  const top = sizeWord(oriented.upper);
  if (oriented.upper <= 0) return 'no benefit: the whole range favours the comparison group';
  if (oriented.lower <= 0) return `anything from no benefit to a ${top} benefit`;
  const bottom = sizeWord(oriented.lower);
  return bottom === top ? `a ${top} benefit across the whole range` : `from a ${bottom} to a ${top} benefit`;
}
