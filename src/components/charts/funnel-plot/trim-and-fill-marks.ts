import { formatEffect } from '../../../domain/format';
import type { TrimAndFillResult } from '../../../domain/stats/trim-and-fill';
import type { FunnelInput } from './funnel-layout';

// Trim-and-fill's result → the funnel's optional marks and a sentence for its description, so a caller adds them
// with one spread: `{ ...funnelInput, ...trimAndFillMarks(result, labelOf) }`.

/**
 * The filled studies as funnel points ("Filled 1, mirroring Smith 2001") and the adjusted estimate. `labelOf` names
 * the study at an index of the array given to trimAndFill, which need not be the funnel's own point list.
 */
export function trimAndFillMarks(
  result: TrimAndFillResult,
  labelOf: (index: number) => string,
): Required<Pick<FunnelInput, 'filled' | 'adjustedCentre'>> {
  return {
    filled: result.filled.map((study, position) => ({
      id: `filled-${position + 1}`,
      label: `Filled ${position + 1}, mirroring ${labelOf(study.mirrorOf)}`,
      effect: study.yi,
      se: Math.sqrt(study.vi),
    })),
    adjustedCentre: result.pooled.estimate,
  };
}

/** One sentence for the funnel's description, in words, as the key is. */
export function trimAndFillDescription(result: TrimAndFillResult): string {
  const side = `on the ${result.side}`;
  if (result.k0 === 0) return `Trim-and-fill (${result.estimator}) estimates no missing studies ${side}.`;
  const studies = result.k0 === 1 ? '1 study' : `${result.k0} studies`;
  return `Hollow squares are ${studies} filled in ${side} by trim-and-fill (${result.estimator}); the dashed line is the estimate with them, ${formatEffect(result.pooled.estimate)}.`;
}
