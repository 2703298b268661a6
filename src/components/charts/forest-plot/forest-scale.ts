import { maxOf, minOf } from '../../../domain/evidence/extremes';
// Pure axis arithmetic for the forest plot: a domain that holds every interval and round ticks.

export interface ForestScale {
  kind: 'linear' | 'log';
  /** In data units (ratios for a log scale). */
  domain: readonly [number, number];
  ticks: readonly number[];
  /** Decimals that tell the ticks apart. */
  tickDecimals: number;
}

/** Thrown for values no axis can hold: the chart's error boundary shows a plain message instead of a broken drawing. */
export class ForestScaleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForestScaleError';
  }
}

const TARGET_TICKS = 6;

function niceStep(span: number): number {
  const raw = span / TARGET_TICKS;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const factor = residual > 5 ? 10 : residual > 2.5 ? 5 : residual > 2 ? 2.5 : residual > 1 ? 2 : 1;
  return factor * magnitude;
}

function decimalsFor(step: number): number {
  return Math.min(
    6,
    Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / 10 ** Math.floor(Math.log10(step)) === 2.5 ? 1 : 0)),
  );
}

/** Linear axis: holds `values` and `nullAt`; at most about a dozen ticks however wide the values. */
export function linearScale(
  values: readonly number[],
  nullAt: number,
  options: { symmetric?: boolean; minimumHalfSpan?: number } = {},
): ForestScale {
  const all = [...values, nullAt];
  if (all.some((value) => !Number.isFinite(value)))
    throw new ForestScaleError('A value on this chart is not a finite number.');
  let low = minOf(all);
  let high = maxOf(all);
  const minimumHalfSpan = options.minimumHalfSpan ?? 0.5;
  if (options.symmetric) {
    const half = Math.max(Math.abs(low - nullAt), Math.abs(high - nullAt), minimumHalfSpan);
    low = nullAt - half;
    high = nullAt + half;
  } else if (high - low < 2 * minimumHalfSpan) {
    const middle = (low + high) / 2;
    low = Math.min(low, middle - minimumHalfSpan);
    high = Math.max(high, middle + minimumHalfSpan);
  }
  const span = high - low;
  if (!Number.isFinite(span) || span > 1e12)
    throw new ForestScaleError('The values on this chart are too far apart to draw on one axis.');
  const step = niceStep(span);
  const start = Math.floor(low / step - 1e-9);
  const end = Math.ceil(high / step + 1e-9);
  const ticks = Array.from({ length: end - start + 1 }, (_, index) => Number(((start + index) * step).toPrecision(12)));
  const first = ticks[0] ?? low;
  const last = ticks[ticks.length - 1] ?? high;
  return { kind: 'linear', domain: [first, last], ticks, tickDecimals: decimalsFor(step) };
}

const LOG_TICKS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 4, 5, 10, 20, 50, 100];

/** Log axis for ratios: symmetric in log space about 1 unless told otherwise, with the usual round ratios as ticks. */
export function logScale(values: readonly number[], options: { symmetric?: boolean } = {}): ForestScale {
  if (values.some((value) => !Number.isFinite(value) || value <= 0))
    throw new ForestScaleError('A ratio on this chart is not a positive finite number.');
  const logs = [...values.map(Math.log), 0];
  let low = Math.min(minOf(logs), -Math.log(2));
  let high = Math.max(maxOf(logs), Math.log(2));
  if (options.symmetric) {
    const half = Math.max(-low, high);
    low = -half;
    high = half;
  }
  if (high - low > Math.log(1e8))
    throw new ForestScaleError('The ratios on this chart are too far apart to draw on one axis.');
  const candidates = LOG_TICKS.filter((tick) => Math.log(tick) >= low - 1e-9 && Math.log(tick) <= high + 1e-9);
  const ticks = candidates.length >= 3 ? candidates : [Math.exp(low), 1, Math.exp(high)];
  const domain: [number, number] = [Math.min(Math.exp(low), ...ticks), Math.max(Math.exp(high), ...ticks)];
  return { kind: 'log', domain, ticks, tickDecimals: 2 };
}

/** Where a value falls across the axis: 0 at the left edge, 1 at the right. */
export function fractionAcross(value: number, scale: ForestScale): number {
  const [low, high] = scale.domain;
  if (scale.kind === 'log') return (Math.log(value) - Math.log(low)) / (Math.log(high) - Math.log(low));
  return (value - low) / (high - low);
}
