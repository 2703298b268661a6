// The one forest plot's input: ready rows, already oriented, so the chart never decides which side is better.

export type ForestRowRole = 'study' | 'pooled' | 'no-figures';

export interface ForestPlotRow {
  id: string;
  /** Left column; wrapped at spaces. */
  label: string;
  role: ForestRowRole;
  /** The square (study) or the diamond's widest point (pooled). Omitted for 'no-figures'. */
  estimate?: number;
  /** The interval on the plotting scale, already oriented: the right-hand side is the side named in `favours.right`. */
  lower?: number;
  upper?: number;
  /** Study rows: any positive scale; the square's area is proportional to it. */
  weight?: number;
  /** Right column, e.g. "0.19 to 0.95". */
  figureText?: string;
  /** Shown across the plot for a row with no figures. */
  noFiguresText?: string;
  /** Drawn grey, e.g. a study the user has left out of the analysis. */
  muted?: boolean;
}

export interface ForestPlotModel {
  rows: readonly ForestPlotRow[];
  /** 'log' plots ratios (all values above 0) with the line of no difference at 1. */
  scale?: 'linear' | 'log';
  favours: { left: string; right: string };
  /** Drawn as a dashed line under the pooled row. */
  predictionInterval?: { lower: number; upper: number };
  /**
   * false: no line of no effect and no axis forced to include it, for figures that compare nothing (a single-arm
   * proportion, where 0 is not "no effect"). Absent or true: the line is drawn at nullValue.
   */
  referenceLine?: boolean;
  /** Values the figures cannot pass (0 and 1 for a proportion): a linear axis stops there. */
  bounds?: { lower: number; upper: number };
  /** Keeps "no difference" in the middle, so neither side looks bigger by layout alone. */
  symmetric?: boolean;
  figureHeading?: string;
  axisLabel?: string;
  /** Drawn inside the SVG only when the plot stands alone (exported files). */
  title?: string;
  sourceLine?: string;
}

/** The value at which neither side is favoured. */
export function nullValue(model: Pick<ForestPlotModel, 'scale'>): number {
  return model.scale === 'log' ? 1 : 0;
}

/** A row that has an interval to draw, narrowed for the type checker. */
export function hasInterval(
  row: ForestPlotRow,
): row is ForestPlotRow & { estimate: number; lower: number; upper: number } {
  return row.role !== 'no-figures' && row.estimate !== undefined && row.lower !== undefined && row.upper !== undefined;
}
