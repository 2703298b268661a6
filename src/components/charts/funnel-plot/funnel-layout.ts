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
  /** Studies filled in by trim-and-fill, drawn as hollow squares; optional, so existing callers draw as before. */
  filled?: readonly Omit<FunnelPoint, 'muted'>[];
  /** The estimate with the filled studies (trim-and-fill's), drawn as a dashed line. */
  adjustedCentre?: number;
  /** false: no line at 0, for a scale on which 0 is not "no effect" (a proportion's logit or Freeman–Tukey value). */
  zeroLine?: boolean;
}

/** A key entry: the mark at (x, y) and its text from textX, so no mark is told apart by colour alone. */
export interface FunnelKeyEntry {
  mark: 'study' | 'left-out' | 'filled' | 'adjusted';
  text: string;
  x: number;
  textX: number;
  y: number;
}

export interface FunnelLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: { id: string; label: string; x: number; y: number; muted: boolean }[];
  /** The triangle: apex at the centre (se 0), base at the largest se. */
  funnel: { apexX: number; apexY: number; leftX: number; rightX: number; baseY: number };
  centreX: number;
  /** Trim-and-fill's filled studies; empty when none were given. */
  filled: { id: string; label: string; x: number; y: number }[];
  /** The adjusted estimate's line, when one was given. */
  adjustedX: number | null;
  /** A key below the axis, only when filled studies or an adjusted estimate are drawn. */
  key: FunnelKeyEntry[];
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

/** Room below the axis label for the key's one line. */
const KEY_HEIGHT = 24;
/** About the width of one character at the key's 13px Arial, to space the entries without measuring. */
const KEY_CHARACTER_WIDTH = 7;

function isPlaceable(point: { effect: number; se: number }): boolean {
  return Number.isFinite(point.effect) && Number.isFinite(point.se) && point.se >= 0;
}

function keyEntries(input: FunnelInput, hasFilled: boolean, hasAdjusted: boolean, left: number, y: number) {
  const wanted: { mark: FunnelKeyEntry['mark']; text: string }[] = [{ mark: 'study', text: 'Study' }];
  if (input.points.some((point) => point.muted === true)) wanted.push({ mark: 'left-out', text: 'Left out' });
  if (hasFilled) wanted.push({ mark: 'filled', text: 'Filled by trim-and-fill' });
  if (hasAdjusted) wanted.push({ mark: 'adjusted', text: 'Trim-and-fill estimate' });
  let x = left;
  return wanted.map((entry) => {
    const markWidth = entry.mark === 'adjusted' ? 24 : 10;
    const placed = { ...entry, x: x + markWidth / 2, textX: x + markWidth + 6, y };
    x += markWidth + 6 + entry.text.length * KEY_CHARACTER_WIDTH + 20;
    return placed;
  });
}

export function layoutFunnel(input: FunnelInput, size = { width: 640, height: 400 }): FunnelLayout {
  const finite = input.points.filter(isPlaceable);
  const filled = (input.filled ?? []).filter(isPlaceable);
  const adjusted =
    input.adjustedCentre !== undefined && Number.isFinite(input.adjustedCentre) ? input.adjustedCentre : null;
  const hasKey = filled.length > 0 || adjusted !== null;
  const plot = { left: 60, top: 16, right: size.width - 16, bottom: size.height - 56 - (hasKey ? KEY_HEIGHT : 0) };
  // A loop, not Math.max(...): spreading 100,000 arguments overflows the stack.
  let maxSe = 1e-9;
  for (const point of finite) if (point.se > maxSe) maxSe = point.se;
  for (const point of filled) if (point.se > maxSe) maxSe = point.se;
  const yMax = maxSe * 1.05;
  const halfWidth = Z_95 * yMax;
  const effects = finite.map((point) => point.effect);
  const filledEffects = filled.map((point) => point.effect);
  let xMin = Math.min(input.centre - halfWidth, minOf(effects), minOf(filledEffects), adjusted ?? Infinity);
  let xMax = Math.max(input.centre + halfWidth, maxOf(effects), maxOf(filledEffects), adjusted ?? -Infinity);
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
    filled: filled.map((point) => ({ id: point.id, label: point.label, x: x(point.effect), y: y(point.se) })),
    adjustedX: adjusted === null ? null : x(adjusted),
    key: hasKey ? keyEntries(input, filled.length > 0, adjusted !== null, plot.left, size.height - 12) : [],
    zeroX: input.zeroLine !== false && xMin <= 0 && 0 <= xMax ? x(0) : null,
    xTicks: ticks(xMin, xMax, 6).map((value) => ({ x: x(value), value })),
    yTicks: ticks(0, yMax, 4).map((value) => ({ y: y(value), value })),
    axisLabel: input.axisLabel,
  };
}
