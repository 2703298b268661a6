import { maxOf, minOf } from '../../../domain/evidence/extremes';
import { Z_95 } from '../../../domain/stats/z95';
// A funnel plot's geometry, pure: effect across, standard error down (0 at the top, as metafor's funnel()), with the
// pseudo-95% region estimate ± 1.96 se. In viewBox units; the component only draws it.

export interface FunnelPoint {
  id: string;
  label: string;
  effect: number;
  se: number;
  muted?: boolean;
}

export interface FunnelInput {
  points: readonly FunnelPoint[];
  /** The pooled estimate the funnel is centred on. */
  centre: number;
  axisLabel: string;
}

export interface FunnelLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: { id: string; label: string; x: number; y: number; muted: boolean }[];
  /** The triangle: apex at the centre (se 0), base at the largest se. */
  funnel: { apexX: number; apexY: number; leftX: number; rightX: number; baseY: number };
  centreX: number;
  /** The line of no effect (0), when inside the axis. */
  zeroX: number | null;
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  axisLabel: string;
}

/** Round numbers for ticks: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

function ticks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const values: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step)
    values.push(Math.abs(value) < step * 1e-9 ? 0 : value);
  return values.slice(0, 50);
}

export function layoutFunnel(input: FunnelInput, size = { width: 640, height: 400 }): FunnelLayout {
  const plot = { left: 60, top: 16, right: size.width - 16, bottom: size.height - 56 };
  const finite = input.points.filter(
    (point) => Number.isFinite(point.effect) && Number.isFinite(point.se) && point.se >= 0,
  );
  // A loop, not Math.max(...): spreading 100,000 arguments overflows the stack.
  let maxSe = 1e-9;
  for (const point of finite) if (point.se > maxSe) maxSe = point.se;
  const yMax = maxSe * 1.05;
  const halfWidth = Z_95 * yMax;
  const effects = finite.map((point) => point.effect);
  let xMin = Math.min(input.centre - halfWidth, minOf(effects));
  let xMax = Math.max(input.centre + halfWidth, maxOf(effects));
  const pad = (xMax - xMin) * 0.04 || 1;
  xMin -= pad;
  xMax += pad;
  const x = (value: number) => plot.left + ((value - xMin) / (xMax - xMin)) * (plot.right - plot.left);
  const y = (se: number) => plot.top + (se / yMax) * (plot.bottom - plot.top);
  return {
    width: size.width,
    height: size.height,
    plot,
    points: finite.map((point) => ({
      id: point.id,
      label: point.label,
      x: x(point.effect),
      y: y(point.se),
      muted: point.muted ?? false,
    })),
    funnel: {
      apexX: x(input.centre),
      apexY: y(0),
      leftX: x(input.centre - halfWidth),
      rightX: x(input.centre + halfWidth),
      baseY: y(yMax),
    },
    centreX: x(input.centre),
    zeroX: xMin <= 0 && 0 <= xMax ? x(0) : null,
    xTicks: ticks(xMin, xMax, 6).map((value) => ({ x: x(value), value })),
    yTicks: ticks(0, yMax, 4).map((value) => ({ y: y(value), value })),
    axisLabel: input.axisLabel,
  };
}
