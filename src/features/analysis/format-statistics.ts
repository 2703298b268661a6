import type { HeterogeneityInterval, PoolWarning } from '../../domain/stats/index';

// Display formats for the analysis figures: the precision the page shows (and the browser test compares with metafor).

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** p to 3 decimals; two significant digits from 0.001 to 0.01 (0.0043); as 2.0 × 10⁻²⁶ below 0.001 (never "0"). */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return 'not available';
  if (p >= 0.01) return p.toFixed(3);
  if (p >= 0.001) return p.toPrecision(2);
  if (p === 0) return 'below 10⁻³⁰⁸';
  const [mantissa = '', exponent = ''] = p.toExponential(1).split('e');
  return `${mantissa} × 10${String(Number(exponent)).replace(/[-0-9]/g, (character) => SUPERSCRIPT[character] ?? character)}`;
}

export function formatTau2(value: number): string {
  return value.toFixed(4);
}

export function formatI2(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** Plain sentences for what metafor would warn about, or a fit whose test says nothing. */
export const POOL_WARNING_TEXT: Record<PoolWarning, string> = {
  'knha-with-fe':
    'The Knapp–Hartung test is meant for random-effects models, not the fixed-effect model (metafor warns: “Knapp & Hartung method is not meant to be used in the context of FE models”). Choose a random-effects method, or the z test.',
  'knha-no-spread':
    'The effects do not vary around the pooled result, so with the Knapp–Hartung test its standard error is 0 and the confidence interval has no width (metafor gives the same). This does not mean the result is certain: choose the z test for an interval built from the studies’ own variances.',
};

/** The Q-profile 95% intervals as the page and the report show them, with what metafor would add as a note. */
export function heterogeneityIntervalText(interval: HeterogeneityInterval): {
  tau2: string;
  tau: string;
  i2: string;
  h2: string;
  note: string | null;
} {
  const note = interval.upperTruncated
    ? 'Both ends are 0: the studies agree more closely than chance alone would lead one to expect.'
    : interval.lowerTruncated
      ? 'The lower end is 0 because the studies would be consistent with no variation between them.'
      : interval.upperAtSearchLimit
        ? 'The upper end reached the search limit, so the true upper end may be higher.'
        : null;
  return {
    tau2: `${formatTau2(interval.tau2Lower)} to ${formatTau2(interval.tau2Upper)}`,
    tau: `${interval.tauLower.toFixed(4)} to ${interval.tauUpper.toFixed(4)}`,
    i2: `${formatI2(interval.i2Lower)} to ${formatI2(interval.i2Upper)}`,
    h2: `${interval.h2Lower.toFixed(2)} to ${interval.h2Upper.toFixed(2)}`,
    note,
  };
}
