import betainc from '@stdlib/math-base-special-betainc';

/**
 * Upper tail of the F distribution (R: pf(f, df1, df2, lower.tail = FALSE)), as the regularised incomplete beta
 * I_{df2/(df2 + df1 f)}(df2/2, df1/2), computed directly so the far tail stays accurate.
 */
export function fDistributionUpperTail(f: number, df1: number, df2: number): number {
  if (!(df1 > 0 && df2 > 0)) return Number.NaN;
  if (!(f > 0)) return 1;
  return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false);
}
