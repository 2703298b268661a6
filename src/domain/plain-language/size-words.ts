import type { Interval } from './orientation';

export type SizeWord = 'less than small' | 'small' | 'moderate' | 'large';

/**
 * Cohen's conventional labels for a standardised mean difference: 0.2 small, 0.5 moderate, 0.8 large. The review does
 * not name its measure, so every page that shows these words says they hold only if it is one (SIZE_WORDS_CAVEAT).
 */
export const SIZE_WORDS_CAVEAT =
  'if the measure is a standardised mean difference, as is usual in reviews like this (the release does not name it), 0.2 is called small, 0.5 moderate and 0.8 large';

export function sizeWord(effect: number): SizeWord {
  const magnitude = Math.abs(effect);
  if (magnitude >= 0.8) return 'large';
  if (magnitude >= 0.5) return 'moderate';
  if (magnitude >= 0.2) return 'small';
  return 'less than small';
}

/**
 * Describes the size of the benefit across an oriented interval (positive favours the intervention), to follow
 * "The benefit could be …", e.g. "anything from less than small to large". When the interval reaches zero, it says
 * that no benefit is in the range, unless the result is significant (a printed 0 that is rounding): then "almost none".
 */
export function describeSizeRange(oriented: Interval, significant = false): string {
  const top = sizeWord(oriented.upper);
  if (oriented.upper <= 0) return 'none: the whole range favours the comparison group';
  if (oriented.lower === 0 && significant) return `anything from almost none to ${top}`;
  if (oriented.lower <= 0) return `anything from none at all to ${top}`;
  const bottom = sizeWord(oriented.lower);
  return bottom === top ? `${top}, across the whole range` : `anything from ${bottom} to ${top}`;
}
