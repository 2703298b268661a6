import { niceStep } from '../funnel-plot/funnel-layout';

// A bubble plot's geometry, pure: a continuous moderator across, the effect up, one circle per study with its area
// proportional to the study's weight in the model (as metafor's regplot()), and the fitted line with its confidence band.
// In viewBox units; the component only draws it.

export interface BubblePoint {
  id: string;
  label: string;
  /** The moderator's value. */
  x: number;
  /** The study's effect. */
  y: number;
  /** The study's weight in the model, percent. */
  weight: number;
}

export interface BubbleInput {
  points: readonly BubblePoint[];
  /** The fitted effect along the moderator, with its confidence band, in order of the moderator. */
  line: readonly { value: number; fit: number; lower: number; upper: number }[];
  xLabel: string;
  yLabel: string;
}

export interface BubbleLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Largest first, so that small studies are drawn on top and stay visible. */
  circles: { id: string; label: string; cx: number; cy: number; r: number }[];
  /** SVG path of the fitted line, and the band as a closed path. */
  linePath: string;
  bandPath: string;
  /** The line of no effect (0), when inside the axis. */
  zeroY: number | null;
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  xLabel: string;
  yLabel: string;
}

/** The biggest study's radius; the others scale by the square root of their weight, so area follows weight. */
export const MAX_RADIUS = 18;
/** Even a study with a tiny weight stays visible. */
export const MIN_RADIUS = 1.5;

function ticks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const values: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step)
    values.push(Math.abs(value) < step * 1e-9 ? 0 : value);
  return values.slice(0, 50);
}

/** [min, max] padded, and widened when every value is the same. */
function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  // Loops, not Math.min(...): spreading 100,000 arguments overflows the stack.
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!Number.isFinite(min)) return [0, 1];
  if (max === min) return [min - 1, max + 1];
  const pad = (max - min) * 0.05;
  return [min - pad, max + pad];
}

const round = (value: number) => Math.round(value * 100) / 100;

export function layoutBubble(input: BubbleInput, size = { width: 640, height: 400 }): BubbleLayout {
  const plot = { left: 64, top: 16, right: size.width - 16, bottom: size.height - 56 };
  const points = input.points.filter(
    (point) => Number.isFinite(point.x) && Number.isFinite(point.y) && Number.isFinite(point.weight),
  );
  const [xMin, xMax] = extent([...points.map((point) => point.x), ...input.line.map((point) => point.value)]);
  const [yMin, yMax] = extent([
    ...points.map((point) => point.y),
    ...input.line.flatMap((point) => [point.lower, point.upper]),
  ]);
  const x = (value: number) => round(plot.left + ((value - xMin) / (xMax - xMin)) * (plot.right - plot.left));
  const y = (value: number) => round(plot.bottom - ((value - yMin) / (yMax - yMin)) * (plot.bottom - plot.top));
  let maxWeight = 0;
  for (const point of points) if (point.weight > maxWeight) maxWeight = point.weight;
  const radius = (weight: number) =>
    maxWeight > 0 ? Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(Math.max(0, weight) / maxWeight)) : MIN_RADIUS;
  const circles = points
    .map((point) => ({
      id: point.id,
      label: point.label,
      cx: x(point.x),
      cy: y(point.y),
      r: round(radius(point.weight)),
    }))
    .sort((first, second) => second.r - first.r);
  const line = input.line.filter((point) => [point.value, point.fit, point.lower, point.upper].every(Number.isFinite));
  const path = (coordinates: readonly [number, number][]) =>
    coordinates.map(([across, up], index) => `${index === 0 ? 'M' : 'L'}${across} ${up}`).join(' ');
  const linePath = path(line.map((point) => [x(point.value), y(point.fit)]));
  const bandPath =
    line.length === 0
      ? ''
      : `${path([
          ...line.map((point): [number, number] => [x(point.value), y(point.upper)]),
          ...[...line].reverse().map((point): [number, number] => [x(point.value), y(point.lower)]),
        ])} Z`;
  return {
    width: size.width,
    height: size.height,
    plot,
    circles,
    linePath,
    bandPath,
    zeroY: yMin <= 0 && 0 <= yMax ? y(0) : null,
    xTicks: ticks(xMin, xMax, 6).map((value) => ({ x: x(value), value })),
    yTicks: ticks(yMin, yMax, 5).map((value) => ({ y: y(value), value })),
    xLabel: input.xLabel,
    yLabel: input.yLabel,
  };
}
