import type { ForestRow } from './forest-rows';

export interface ForestAxis {
  /** Always symmetric about 0, so "no difference" sits in the middle and both sides get equal room. */
  domain: [number, number];
  ticks: number[];
}

const STEPS = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5];
const MAX_TICKS_EACH_SIDE = 4;

/** A symmetric axis that holds every interval with a little room, with round ticks that include 0. */
export function forestAxis(rows: readonly ForestRow[]): ForestAxis {
  const extent = rows.reduce((largest, row) => (row.kind === 'interval' ? Math.max(largest, Math.abs(row.lower), Math.abs(row.upper)) : largest), 0);
  const wanted = Math.max(extent * 1.05, 0.5);
  const step = STEPS.find((candidate) => wanted / candidate <= MAX_TICKS_EACH_SIDE) ?? STEPS[STEPS.length - 1] ?? 5;
  const halfWidth = Math.ceil(wanted / step - 1e-9) * step;
  const count = Math.round(halfWidth / step);
  const ticks = Array.from({ length: 2 * count + 1 }, (_, index) => Number(((index - count) * step).toFixed(10)));
  return { domain: [-halfWidth, halfWidth], ticks };
}

/** Height in pixels for a forest plot with this many rows: a fixed band per row plus room for the axis and labels. */
export function forestHeight(rowCount: number): number {
  return 112 + rowCount * 56;
}

/** Where a value falls across the domain, 0 at the left edge and 1 at the right. */
export function positionInDomain(value: number, domain: readonly [number, number]): number {
  const [low, high] = domain;
  return (value - low) / (high - low);
}

/** Breaks a row label into lines of at most `maxCharacters` at spaces, so long outcome names fit beside the axis. */
export function wrapLabel(label: string, maxCharacters: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxCharacters) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface ForestLabelLayout {
  labelWidth: number;
  charactersPerLine: number;
}

/** Narrow screens give the outcome names less room (and more lines), so the plot itself keeps a usable width. */
export function forestLabelLayout(containerWidth: number): ForestLabelLayout {
  return containerWidth < 560 ? { labelWidth: 104, charactersPerLine: 12 } : { labelWidth: 170, charactersPerLine: 20 };
}
