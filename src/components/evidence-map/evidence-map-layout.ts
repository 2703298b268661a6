import { tallyDirections, type EvidenceMapEntry, type EvidenceMapRow } from '../../domain/evidence/catalogue';
import {
  COMPARISONS,
  DIRECTION_LABELS,
  DOMAINS,
  DOMAIN_LABELS,
  type Comparison,
  type Domain,
} from '../../domain/evidence/vocabulary';
import { charactersIn, wrapText, wrapTextClipped, type TextLine } from '../charts/wrap-text';
import { GLYPH_FILL, GLYPH_SHAPE, type GlyphFill } from './glyph-style';

// Pure geometry in viewBox units, as for the forest plot: the SVG scales with its container, so nothing is measured in
// the browser, and one drawing serves the prerendered page, the app, print and the exported file.

/** The domains that any shown programme has findings in, in the standard order: empty columns are dropped. */
export function mapColumns(rows: readonly EvidenceMapRow[]): Domain[] {
  return DOMAINS.filter((domain) => rows.some((row) => row.cells[domain].length > 0));
}

export interface Glyph {
  dx: number;
  dy: number;
  direction: EvidenceMapEntry['direction'];
  comparison: EvidenceMapEntry['comparison'];
}

const ORDER: EvidenceMapEntry['direction'][] = [
  'improved',
  'better-than-before',
  'better-than-other-treatment',
  'mixed',
  'no-difference',
];

/**
 * Positions one glyph per finding inside a cell, centred on the cell: better first, then mixed, then no difference,
 * up to `perRow` a row, rows stacked and centred vertically.
 */
export function cellGlyphs(entries: readonly EvidenceMapEntry[], spacing = 14, perRow = 4): Glyph[] {
  const sorted = [...entries].sort((a, b) => ORDER.indexOf(a.direction) - ORDER.indexOf(b.direction));
  const rowCount = Math.ceil(sorted.length / perRow);
  return sorted.map((entry, index) => {
    const row = Math.floor(index / perRow);
    const inThisRow = Math.min(perRow, sorted.length - row * perRow);
    const column = index % perRow;
    return {
      dx: (column - (inThisRow - 1) / 2) * spacing,
      dy: (row - (rowCount - 1) / 2) * spacing,
      direction: entry.direction,
      comparison: entry.comparison,
    };
  });
}

/** A cell's findings in words, better first: "2 improved, 1 no difference". The table and the drawing both say this. */
export function tallyText(entries: readonly EvidenceMapEntry[]): string {
  const tally = tallyDirections(entries);
  return ORDER.filter((direction) => tally[direction] > 0)
    .map((direction) => `${tally[direction]} ${DIRECTION_LABELS[direction].toLowerCase()}`)
    .join(', ');
}

/** The name drawn for a programme: without its bracketed abbreviations and variants, which the table gives in full. */
export function shortProgrammeName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '') || name;
}

export type EvidenceMapVariant = 'wide' | 'narrow';

interface VariantMetrics {
  width: number;
  fontSize: number;
  /** Room for the programme names on the left; 0 puts each name on its own line above its row of cells. */
  labelWidth: number;
  /** Characters a column heading's line may hold (headings are drawn upright, reading upwards). */
  headingCharacters: number;
  headingLines: number;
  glyphsPerRow: number;
}

const METRICS: Record<EvidenceMapVariant, VariantMetrics> = {
  // A laptop: about 800 px across at md and wider, so text at 14 units is drawn at 12.6 px or more.
  wide: { width: 800, fontSize: 14, labelWidth: 220, headingCharacters: 22, headingLines: 3, glyphsPerRow: 3 },
  // A phone: the page's width is about 340 px, so a unit is about a pixel and 13-unit text stays at 12 px or more.
  narrow: { width: 340, fontSize: 13, labelWidth: 0, headingCharacters: 28, headingLines: 2, glyphsPerRow: 2 },
};

const LINE_HEIGHT = 1.2;
const PADDING = 8;
const GLYPH_SPACING = 14;
const MAX_NAME_LINES = 3;

export type { TextLine };

export interface LaidOutColumn {
  domain: Domain;
  /** The column's centre and edges. */
  x: number;
  left: number;
  right: number;
  /** The heading, drawn rotated a quarter turn about (anchorX, anchorY): each line is one step to the right. */
  heading: TextLine[];
}

export interface LaidOutCell {
  domain: Domain;
  x: number;
  y: number;
  glyphs: Glyph[];
  /** Programme, outcome and findings in words (the cell's tooltip). */
  title: string;
}

export interface LaidOutRow {
  programmeId: string;
  /** Where the programme's block starts: its name, on a phone above its cells. */
  blockTop: number;
  /** The band the row's cells sit in. */
  top: number;
  bottom: number;
  centreY: number;
  nameLines: TextLine[];
  cells: LaidOutCell[];
}

export interface KeyItem {
  kind: 'fill' | 'shape';
  fill: GlyphFill;
  comparison: Comparison;
  x: number;
  y: number;
  lines: TextLine[];
}

export interface EvidenceMapLayout {
  variant: EvidenceMapVariant;
  width: number;
  height: number;
  fontSize: number;
  titleLines: TextLine[];
  /** The cell area: columns run from grid.left to grid.right, rows from grid.top to grid.bottom. */
  grid: { left: number; right: number; top: number; bottom: number };
  columns: LaidOutColumn[];
  rows: LaidOutRow[];
  /** Drawn inside the file only when standalone: on the page, the key is HTML above the map. */
  key: KeyItem[];
  sourceLines: TextLine[];
}

export interface EvidenceMapLayoutOptions {
  variant: EvidenceMapVariant;
  /** Draws a title, the key and a source line inside the drawing, for an exported file. */
  standalone?: boolean;
  title?: string;
  source?: string;
}

const lineStep = (fontSize: number) => fontSize * LINE_HEIGHT;

/** Lines of text stacked downwards from a first baseline. */
function stack(lines: readonly string[], x: number, firstBaseline: number, step: number): TextLine[] {
  return lines.map((text, index) => ({ text, x, y: firstBaseline + index * step }));
}

/** Every number in a layout to one decimal place: the drawing cannot show finer, and the page's HTML stays small. */
function rounded<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 10) / 10) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => rounded(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item)])) as T;
  return value;
}

/** Lays out the map for these rows: the same rows and columns as the table, in the same order. */
export function layoutEvidenceMap(
  rows: readonly EvidenceMapRow[],
  { variant, standalone = false, title = '', source = '' }: EvidenceMapLayoutOptions,
): EvidenceMapLayout {
  const metrics = METRICS[variant];
  const { width, fontSize } = metrics;
  const step = lineStep(fontSize);
  const columns = mapColumns(rows);
  let y = PADDING;

  const titleLines =
    standalone && title !== ''
      ? stack(
          wrapText(title, charactersIn(width - 2 * PADDING, fontSize * 1.1)),
          PADDING,
          y + fontSize * 1.1,
          step * 1.1,
        )
      : [];
  if (titleLines.length > 0) y += titleLines.length * step * 1.1 + PADDING;

  // Column headings, upright: their length sets the height of the heading band.
  const gridLeft = metrics.labelWidth > 0 ? metrics.labelWidth : PADDING;
  const gridRight = width - PADDING;
  const columnWidth = columns.length > 0 ? (gridRight - gridLeft) / columns.length : 0;
  const headings = columns.map((domain) =>
    wrapTextClipped(DOMAIN_LABELS[domain], metrics.headingCharacters, metrics.headingLines),
  );
  const longest = Math.max(0, ...headings.flat().map((line) => line.length));
  // Headings are mostly lower-case letters, narrower than the digits CHARACTER_EM is set for.
  const headingBand = longest * fontSize * 0.52 + PADDING;
  const gridTop = y + headingBand + PADDING / 2;
  const laidOutColumns: LaidOutColumn[] = columns.map((domain, index) => {
    const left = gridLeft + index * columnWidth;
    const x = left + columnWidth / 2;
    const lines = headings[index] ?? [];
    // Rotated -90° about the point (x, gridTop - 4): the text reads upwards, its lines step to the right, centred.
    const firstOffset = -((lines.length - 1) * step) / 2 + fontSize * 0.35;
    return {
      domain,
      x,
      left,
      right: left + columnWidth,
      heading: lines.map((text, line) => ({ text, x: x + firstOffset + line * step, y: gridTop - 4 })),
    };
  });

  y = gridTop;
  const nameCharacters = charactersIn(
    metrics.labelWidth > 0 ? metrics.labelWidth - 2 * PADDING : width - 2 * PADDING,
    fontSize,
  );
  const laidOutRows: LaidOutRow[] = rows.map((row) => {
    const names = wrapTextClipped(shortProgrammeName(row.name), nameCharacters, MAX_NAME_LINES);
    const glyphRows = Math.max(
      1,
      ...columns.map((domain) => Math.ceil(row.cells[domain].length / metrics.glyphsPerRow)),
    );
    const glyphHeight = glyphRows * GLYPH_SPACING + PADDING * 1.5;
    const blockTop = y;
    let nameLines: TextLine[];
    let top: number;
    let bottom: number;
    if (metrics.labelWidth > 0) {
      // Name on the left, centred on its band of cells.
      const bandHeight = Math.max(glyphHeight, names.length * step + PADDING);
      top = y;
      bottom = y + bandHeight;
      const firstBaseline = top + bandHeight / 2 - ((names.length - 1) * step) / 2 + fontSize * 0.35;
      nameLines = stack(names, gridLeft - PADDING, firstBaseline, step);
    } else {
      // Name on its own line(s) above the row of cells.
      nameLines = stack(names, PADDING, y + PADDING / 2 + fontSize, step);
      top = y + PADDING / 2 + names.length * step + 2;
      bottom = top + glyphHeight;
    }
    y = bottom;
    const centreY = (top + bottom) / 2;
    const cells = laidOutColumns.flatMap((column) => {
      const entries = row.cells[column.domain];
      if (entries.length === 0) return [];
      return [
        {
          domain: column.domain,
          x: column.x,
          y: centreY,
          glyphs: cellGlyphs(entries, GLYPH_SPACING, metrics.glyphsPerRow),
          title: `${shortProgrammeName(row.name)}, ${DOMAIN_LABELS[column.domain].toLowerCase()}: ${tallyText(entries)}`,
        },
      ];
    });
    return { programmeId: row.programmeId, blockTop, top, bottom, centreY, nameLines, cells };
  });
  const gridBottom = y;
  y += PADDING;

  const key: KeyItem[] = [];
  if (standalone) {
    const textX = PADDING + 22;
    const keyCharacters = charactersIn(width - textX - PADDING, fontSize * 0.9);
    const items: Omit<KeyItem, 'x' | 'y' | 'lines'>[] = [
      ...(['better', 'mixed', 'no-difference'] as const).map((fill) => ({
        kind: 'fill' as const,
        fill,
        comparison: 'controlled' as const,
      })),
      ...COMPARISONS.map((comparison) => ({ kind: 'shape' as const, fill: 'no-difference' as const, comparison })),
    ];
    y += PADDING;
    for (const item of items) {
      const label = item.kind === 'fill' ? GLYPH_FILL[item.fill].label : GLYPH_SHAPE[item.comparison].label;
      const lines = stack(wrapText(label, keyCharacters), textX, y + fontSize * 0.9, step * 0.9);
      key.push({ ...item, x: PADDING + 8, y: y + fontSize * 0.55, lines });
      y += lines.length * step * 0.9 + 4;
    }
  }
  const sourceLines =
    standalone && source !== ''
      ? stack(wrapText(source, charactersIn(width - 2 * PADDING, fontSize * 0.85)), PADDING, y + fontSize, step * 0.85)
      : [];
  if (sourceLines.length > 0) y += sourceLines.length * step * 0.85 + PADDING;

  return rounded({
    variant,
    width,
    height: Math.ceil(y + PADDING / 2),
    fontSize,
    titleLines,
    grid: { left: gridLeft, right: gridRight, top: gridTop, bottom: gridBottom },
    columns: laidOutColumns,
    rows: laidOutRows,
    key,
    sourceLines,
  });
}
