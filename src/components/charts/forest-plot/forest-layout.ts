import { maxOf, minOf } from '../../../domain/evidence/extremes';
import { formatEffect } from '../../../domain/format';
import { hasInterval, nullValue, type ForestPlotModel, type ForestPlotRow } from './forest-model';
import { fractionAcross, linearScale, logScale, type ForestScale } from './forest-scale';
import { CHARACTER_EM, charactersIn, wrapText, type TextLine } from '../wrap-text';

// Pure geometry in viewBox units. The SVG scales with its container, so nothing is measured in the browser and the
// same drawing serves the page, print, export, the server render and the projector.

export type ForestVariant = 'wide' | 'narrow';

interface VariantMetrics {
  width: number;
  fontSize: number;
  labelWidth: number;
  labelCharacters: number;
  figureWidth: number;
  sideCharacters: number;
}

const METRICS: Record<ForestVariant, VariantMetrics> = {
  // About 720 px wide on a laptop: text at 16 units is drawn at about its CSS size, and larger on a projector.
  wide: { width: 720, fontSize: 16, labelWidth: 190, labelCharacters: 22, figureWidth: 132, sideCharacters: 26 },
  // A phone: fewer units across, so the same text is drawn larger relative to the screen; figures go under the label.
  narrow: { width: 400, fontSize: 16, labelWidth: 128, labelCharacters: 14, figureWidth: 0, sideCharacters: 14 },
};

const PADDING = 8;
const LINE_HEIGHT = 1.25;
/** Room kept between two tick labels, in viewBox units. */
const TICK_GAP = 8;

export type { TextLine };

export interface LaidOutRow {
  row: ForestPlotRow;
  top: number;
  height: number;
  centreY: number;
  labelLines: TextLine[];
  /** Figures beside the plot on wide layouts, under the label on narrow ones. */
  figureLines: TextLine[];
  mark:
    | { kind: 'square'; x: number; size: number; lowerX: number; upperX: number }
    | { kind: 'diamond'; x: number; lowerX: number; upperX: number; halfHeight: number }
    | { kind: 'note'; lines: TextLine[] };
}

export interface ForestLayout {
  variant: ForestVariant;
  width: number;
  height: number;
  fontSize: number;
  scale: ForestScale;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Where the line of no effect sits; for a chart without one, the plot's middle (ticks and side labels centre on it). */
  nullX: number;
  /** False when the model asks for no line of no effect (referenceLine: false). */
  referenceLine: boolean;
  titleLines: TextLine[];
  sideLabels: { left: TextLine[]; right: TextLine[] };
  figureHeading: TextLine | null;
  rows: LaidOutRow[];
  predictionInterval: { lowerX: number; upperX: number; y: number } | null;
  ticks: { x: number; label: string }[];
  tickLabelY: number;
  axisLabel: TextLine[];
  sourceLines: TextLine[];
}

function scaleFor(model: ForestPlotModel): ForestScale {
  const values = model.rows.filter(hasInterval).flatMap((row) => [row.lower, row.upper, row.estimate]);
  if (model.predictionInterval) values.push(model.predictionInterval.lower, model.predictionInterval.upper);
  if (model.scale === 'log') return logScale(values, { symmetric: model.symmetric });
  // Without a line of no effect the axis need not reach 0: it spans the figures (their lowest stands in for it).
  const nullAt = model.referenceLine === false ? minOf(values, 0) : 0;
  const scale = linearScale(values, nullAt, { symmetric: model.symmetric });
  const bounds = model.bounds;
  if (!bounds) return scale;
  // A proportion's axis ends at 0 and 1 even when the nice ticks would run past them.
  const ticks = scale.ticks.filter((tick) => tick >= bounds.lower - 1e-12 && tick <= bounds.upper + 1e-12);
  return {
    ...scale,
    ticks,
    domain: [Math.max(scale.domain[0], bounds.lower), Math.min(scale.domain[1], bounds.upper)],
  };
}

/** The width a line of text takes, estimated from its length: the layout measures nothing, so it renders anywhere. */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHARACTER_EM;
}

/**
 * Keeps the tick labels that fit without touching, always with the null value's. Evenly spaced ticks (a linear axis)
 * are thinned evenly, every second or third from the null line, so the steps a reader sees stay equal (dropping just
 * −0.50 from −0.75 … 0.75 would make −0.75 look one step from −0.25). Uneven ticks (a ratio axis, where 0.2 and 0.25
 * sit almost on top of each other) keep, outwards from the null line, every tick whose label clears the last one kept.
 */
export function ticksThatFit(
  ticks: readonly { x: number; label: string }[],
  nullX: number,
  fontSize: number,
): { x: number; label: string }[] {
  const halfWidth = (tick: { label: string }) => textWidth(tick.label, fontSize) / 2;
  const clears = (a: { x: number; label: string }, b: { x: number; label: string }) =>
    Math.abs(a.x - b.x) >= halfWidth(a) + halfWidth(b) + TICK_GAP;
  const sorted = [...ticks].sort((a, b) => a.x - b.x);
  let centre = 0;
  sorted.forEach((tick, index) => {
    if (Math.abs(tick.x - nullX) < Math.abs((sorted[centre]?.x ?? Infinity) - nullX)) centre = index;
  });
  const first = sorted[centre];
  if (!first) return [];
  const gaps = sorted.slice(1).map((tick, index) => tick.x - (sorted[index]?.x ?? tick.x));
  const evenlySpaced =
    gaps.length > 0 && gaps.every((gap) => Math.abs(gap - (gaps[0] ?? gap)) <= 1e-6 * Math.abs(gaps[0] ?? 1));
  if (evenlySpaced) {
    for (let step = 1; step < sorted.length; step += 1) {
      const thinned = sorted.filter((_, index) => (index - centre) % step === 0);
      if (thinned.every((tick, index) => index === 0 || clears(thinned[index - 1] ?? tick, tick))) return thinned;
    }
    return [first];
  }
  const kept = [first];
  for (const direction of [-1, 1]) {
    let last = first;
    for (let index = centre + direction; index >= 0 && index < sorted.length; index += direction) {
      const tick = sorted[index];
      if (tick && clears(tick, last)) {
        kept.push(tick);
        last = tick;
      }
    }
  }
  return kept.sort((a, b) => a.x - b.x);
}

function formatTick(value: number, scale: ForestScale): string {
  if (scale.kind === 'log') return String(Number(value.toPrecision(3)));
  return formatEffect(value, scale.tickDecimals);
}

function textBlock(lines: readonly string[], x: number, firstBaseline: number, fontSize: number): TextLine[] {
  return lines.map((text, index) => ({ text, x, y: firstBaseline + index * fontSize * LINE_HEIGHT }));
}

export function layoutForest(
  model: ForestPlotModel,
  options: { variant?: ForestVariant; standalone?: boolean } = {},
): ForestLayout {
  const variant = options.variant ?? 'wide';
  const metrics = METRICS[variant];
  const { width, fontSize } = metrics;
  const lineStep = fontSize * LINE_HEIGHT;
  const scale = scaleFor(model);
  const hasFigureColumn = metrics.figureWidth > 0 && model.rows.some((row) => row.figureText);
  // The figures' column grows to its longest line ("3.85 (1.06 to 13.94)"), up to two fifths of the chart.
  const longestFigure = Math.max(
    maxOf(
      model.rows.map((row) => textWidth(row.figureText ?? '', fontSize)),
      0,
    ),
    textWidth(model.figureHeading ?? '', fontSize),
  );
  // Once for the whole plot: inside the row loop it made the layout O(n²) (issue 19: 10,000 rows took seconds).
  const heaviest = maxOf(
    model.rows.map((candidate) => candidate.weight ?? 0),
    0,
  );
  const figureColumn = hasFigureColumn ? Math.min(width * 0.4, Math.max(metrics.figureWidth, longestFigure + 16)) : 8;
  const plotLeft = PADDING + metrics.labelWidth + 12;
  const plotRight = width - PADDING - figureColumn;
  const xOf = (value: number) => plotLeft + fractionAcross(value, scale) * (plotRight - plotLeft);
  const referenceLine = model.referenceLine !== false;
  const nullX = referenceLine ? xOf(nullValue(model)) : (plotLeft + plotRight) / 2;

  let y = PADDING;
  const titleLines =
    options.standalone && model.title
      ? textBlock(
          wrapText(model.title, Math.floor(width / (fontSize * 0.55))),
          PADDING,
          y + fontSize * 1.1,
          fontSize * 1.1,
        )
      : [];
  if (titleLines.length > 0) y += titleLines.length * fontSize * 1.1 * LINE_HEIGHT + 8;

  // "← Favours …" left of the null line and "Favours … →" right of it, each wrapped to the room on its own side.
  // A side with no words (as for proportions, which compare nothing) has no arrow either.
  const left =
    model.favours.left === ''
      ? []
      : wrapText(`←\u00a0${model.favours.left}`, charactersIn(nullX - 8 - PADDING, fontSize));
  const right =
    model.favours.right === ''
      ? []
      : wrapText(`${model.favours.right}\u00a0→`, charactersIn(plotRight - nullX - 8, fontSize));
  const sideLineCount = Math.max(left.length, right.length);
  const sideLabels = {
    left: textBlock(left, nullX - 8, y + fontSize, fontSize),
    right: textBlock(right, nullX + 8, y + fontSize, fontSize),
  };
  y += sideLineCount * lineStep + 4;
  const figureHeading =
    hasFigureColumn && model.figureHeading
      ? { text: model.figureHeading, x: width - PADDING, y: y + fontSize * 0.2 }
      : null;
  if (figureHeading) y += lineStep * 0.6;
  y += 6;
  const plotTop = y;

  const rows: LaidOutRow[] = model.rows.map((row) => {
    // Pooled and note rows are drawn bold, about a tenth wider: fewer characters a line, or a long word runs off the left.
    const labelLines = wrapText(
      row.label,
      row.role === 'study' ? metrics.labelCharacters : Math.floor(metrics.labelCharacters * 0.9),
    );
    const underLabel = !hasFigureColumn && row.figureText ? wrapText(row.figureText, metrics.labelCharacters) : [];
    const noteLines =
      row.role === 'no-figures'
        ? wrapText(row.noFiguresText ?? 'No figures', charactersIn(plotRight - plotLeft - 8, fontSize))
        : [];
    const textLineCount = Math.max(labelLines.length + underLabel.length, noteLines.length);
    const height = Math.max(44, textLineCount * lineStep + 16);
    const top = y;
    const centreY = top + height / 2;
    const firstBaseline = centreY - ((labelLines.length + underLabel.length - 1) * lineStep) / 2 + fontSize * 0.35;
    const placedLabel = textBlock(labelLines, PADDING + metrics.labelWidth, firstBaseline, fontSize);
    const placedUnder = textBlock(
      underLabel,
      PADDING + metrics.labelWidth,
      firstBaseline + labelLines.length * lineStep,
      fontSize,
    );
    const figureLines =
      hasFigureColumn && row.figureText
        ? [{ text: row.figureText, x: width - PADDING, y: centreY + fontSize * 0.35 }]
        : placedUnder;
    y += height;
    let mark: LaidOutRow['mark'];
    if (hasInterval(row)) {
      const lowerX = xOf(row.lower);
      const upperX = xOf(row.upper);
      if (row.role === 'pooled') {
        mark = { kind: 'diamond', x: xOf(row.estimate), lowerX, upperX, halfHeight: Math.min(12, height * 0.3) };
      } else {
        const share = row.weight !== undefined && heaviest > 0 ? Math.sqrt(row.weight / heaviest) : 0.6;
        mark = {
          kind: 'square',
          x: xOf(row.estimate),
          size: Math.max(5, share * Math.min(22, height * 0.5)),
          lowerX,
          upperX,
        };
      }
    } else {
      const centreX = (plotLeft + plotRight) / 2;
      mark = {
        kind: 'note',
        lines: textBlock(
          noteLines,
          centreX,
          centreY - ((noteLines.length - 1) * lineStep) / 2 + fontSize * 0.35,
          fontSize,
        ),
      };
    }
    return { row, top, height, centreY, labelLines: placedLabel, figureLines, mark };
  });

  let predictionInterval: ForestLayout['predictionInterval'] = null;
  if (model.predictionInterval) {
    predictionInterval = {
      lowerX: xOf(model.predictionInterval.lower),
      upperX: xOf(model.predictionInterval.upper),
      y: y + 10,
    };
    y += 20;
  }
  const plotBottom = y;
  const tickLabelY = plotBottom + fontSize + 8;
  y = tickLabelY;
  const axisLabel = model.axisLabel
    ? textBlock(
        wrapText(model.axisLabel, charactersIn(width - 2 * PADDING, fontSize)),
        width / 2,
        y + lineStep + 2,
        fontSize,
      )
    : [];
  if (axisLabel.length > 0) y += axisLabel.length * lineStep + 2;
  const sourceLines =
    options.standalone && model.sourceLine
      ? textBlock(
          wrapText(model.sourceLine, Math.floor(width / (fontSize * 0.5))),
          PADDING,
          y + lineStep + 6,
          fontSize * 0.85,
        )
      : [];
  if (sourceLines.length > 0) y += 6 + sourceLines.length * lineStep;

  return {
    variant,
    width,
    height: Math.ceil(y + PADDING),
    fontSize,
    scale,
    plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
    nullX,
    referenceLine,
    titleLines,
    sideLabels,
    figureHeading,
    rows,
    predictionInterval,
    ticks: ticksThatFit(
      scale.ticks.map((tick) => ({ x: xOf(tick), label: formatTick(tick, scale) })),
      nullX,
      fontSize,
    ),
    tickLabelY,
    axisLabel,
    sourceLines,
  };
}
