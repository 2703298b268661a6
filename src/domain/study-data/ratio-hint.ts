// A guard against a quiet error: odds or risk ratios copied from papers into the effect-and-CI layout and pooled as
// differences. A ratio's 95% CI is symmetric on the log scale, so it looks lopsided as printed (0.41, 0.13 to 1.26);
// a difference's CI is symmetric as printed (0.50, 0.20 to 0.80). The check only suggests; the user decides.

export interface PrintedInterval {
  yi: number;
  lower: number;
  upper: number;
}

/** True when every figure is above 0 and at least 4 in 5 intervals are more symmetric around yi on the log scale. */
export function intervalsLookLikeRatios(intervals: readonly PrintedInterval[]): boolean {
  if (intervals.length < 2) return false;
  if (intervals.some(({ yi, lower, upper }) => !(lower > 0 && yi > 0 && upper > 0))) return false;
  const lopsidedness = (below: number, above: number) => Math.abs(above - below) / (above + below);
  const moreSymmetricAsLogs = intervals.filter(({ yi, lower, upper }) => {
    const asPrinted = lopsidedness(yi - lower, upper - yi);
    const asLogs = lopsidedness(Math.log(yi / lower), Math.log(upper / yi));
    return asLogs < asPrinted;
  }).length;
  return moreSymmetricAsLogs >= 0.8 * intervals.length;
}

export const RATIO_HINT =
  'Every effect and limit is above 0, and the intervals are lopsided the way a ratio’s interval is (symmetric only on a log scale). If these are odds or risk ratios, set “The effect and its 95% CI are” to ratios: pooled as differences, ratios give a wrong result.';
