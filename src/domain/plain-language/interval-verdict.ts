import type { Interval } from './orientation';

export type IntervalVerdictKind =
  'favours-intervention' | 'favours-comparison' | 'touches-no-difference' | 'no-clear-difference';

export interface IntervalVerdict {
  kind: IntervalVerdictKind;
  /** A few words, e.g. "Significant: favours the intervention". */
  headline: string;
  /** Why, in one or two plain sentences. */
  explanation: string;
}

/**
 * Whether an oriented 95% interval (positive favours the intervention) shows a significant difference. A bound
 * exactly at zero is a printed, rounded figure: only the p value can settle it, so we say so instead of guessing.
 */
export function intervalVerdict(oriented: Interval): IntervalVerdict {
  if (oriented.lower > 0) {
    return {
      kind: 'favours-intervention',
      headline: 'Significant: favours the intervention',
      explanation:
        'The whole interval is on the benefit side of “no difference”, so chance alone is an unlikely explanation.',
    };
  }
  if (oriented.upper < 0) {
    return {
      kind: 'favours-comparison',
      headline: 'Significant: favours the comparison group',
      explanation: 'The whole interval is on the comparison side of “no difference”.',
    };
  }
  if (oriented.lower === 0 || oriented.upper === 0) {
    return {
      kind: 'touches-no-difference',
      headline: 'On the line: the interval just touches “no difference”',
      explanation:
        'Printed figures are rounded, so the printed p value decides. If p is below 0.05, the true low end is just above 0: the result is significant, but the benefit could be very small.',
    };
  }
  return {
    kind: 'no-clear-difference',
    headline: 'Not significant: no difference cannot be ruled out',
    explanation:
      'The interval crosses the line of “no difference”, so the true effect could be a benefit, nothing, or a harm.',
  };
}
