// Number formatting for display. A true minus sign (U+2212) is used, as in print, so that screen readers say "minus".

const MINUS = '\u2212';

/** An effect size to two decimals with a real minus sign: -0.68 → "−0.68"; -0 → "0.00". */
export function formatEffect(value: number, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const isZero = Number(fixed) === 0;
  return value < 0 && !isZero ? `${MINUS}${fixed}` : fixed;
}

/**
 * The middle of a printed interval: two-decimal bounds give a middle with at most three decimals, shown exactly
 * (0.00 and 0.43 → "0.215", not a float-rounded "0.21"; audit P19); otherwise two decimals.
 */
export function formatMidpoint(value: number): string {
  const thousandths = Math.round(value * 1000);
  return formatEffect(thousandths / 1000, thousandths % 10 === 0 ? 2 : 3);
}

/** An interval as "−0.68 to −0.06". */
export function formatInterval(interval: { lower: number; upper: number }, decimals = 2): string {
  return `${formatEffect(interval.lower, decimals)} to ${formatEffect(interval.upper, decimals)}`;
}

/** A count with its noun: countOf(1, 'study', 'studies') → "1 study", countOf(3, …) → "3 studies". */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A whole number with thousands separators: 5660 → "5,660". */
export function formatCount(value: number): string {
  // Written out rather than Intl.NumberFormat: a page's first Intl formatter costs ~95 ms (its locale data), and this
  // is the live status of a large file's import. Exotic values (beyond 1e21, NaN, ∞) keep Intl's wording.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21)
    return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(value);
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}

/** A share (0–1) as a whole percentage: 0.6847 → "68%". */
export function formatShareAsPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 63 → "63rd". */
export function ordinal(value: number): string {
  const whole = Math.round(value);
  const lastTwo = Math.abs(whole) % 100;
  const last = Math.abs(whole) % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${whole}${suffix}`;
}
