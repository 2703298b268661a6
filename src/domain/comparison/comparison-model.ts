// The shape of a comparison table: columns (programmes or types) and rows, each cell with its sources. Pure data, so
// the page, the print view and the CSV export all show the same rows.

export const NOT_IN_OUR_SOURCES = 'Not in our sources';

export interface CellSource {
  sourceId: string;
  /** Where in the source to look; null when the source is a whole page or report. */
  locator: string | null;
}

export interface ComparisonItem {
  text: string;
  /** A short label before the text, e.g. the clearinghouse's name or "Our coding". */
  label?: string;
  sources: CellSource[];
  /** Our explanation, e.g. a rating's scale, or how a derived figure was made. */
  note?: string;
  /** A warning from our sources, e.g. that a rating is for another version of the programme. */
  caveat?: string;
}

export interface ComparisonCell {
  items: ComparisonItem[];
  /** "Not in our sources" (and why, where known) when there are no items; otherwise null. */
  missing: string | null;
  /** What is compared to decide whether the row differs; equal keys mean the cells say the same. */
  key: string;
}

export interface ComparisonRow {
  id: string;
  label: string;
  /** True when the row holds our coding or a figure we derived, not a fact copied from a source. */
  ourCoding: boolean;
  /** How a derived or coded row was made. */
  basis?: string;
  cells: ComparisonCell[];
  /** True when at least two cells say different things. */
  differs: boolean;
}

export interface ComparisonColumn {
  id: string;
  name: string;
  /** The app page for this column. */
  path: string;
}

export interface ComparisonTable {
  kind: 'programmes' | 'types';
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

/**
 * A cell. Its key, which decides whether a row reads "Same" or "Differs", is made only from what the cell says (each
 * item's label and text, or that it is missing), so cells that say different things can never read "Same".
 */
export function cell(items: ComparisonItem[], options: { missing?: string } = {}): ComparisonCell {
  const present = items.filter((item) => item.text.trim() !== '');
  const missing = present.length === 0 ? (options.missing ?? NOT_IN_OUR_SOURCES) : null;
  const key =
    present.length === 0 ? `missing` : present.map((item) => `${item.label ?? ''}:${item.text.trim()}`).join('|');
  return { items: present, missing, key };
}

export function row(
  id: string,
  label: string,
  cells: ComparisonCell[],
  options: { ourCoding?: boolean; basis?: string } = {},
): ComparisonRow {
  const keys = new Set(cells.map((entry) => entry.key));
  return {
    id,
    label,
    ourCoding: options.ourCoding ?? false,
    ...(options.basis ? { basis: options.basis } : {}),
    cells,
    differs: keys.size > 1,
  };
}

/** A cell's content as one line of plain text (for CSV and for tests). */
export function cellText(entry: ComparisonCell): string {
  if (entry.missing !== null) return entry.missing;
  return entry.items
    .map((item) =>
      [
        item.label ? `${item.label}: ${item.text}` : item.text,
        item.note ? `(${item.note})` : null,
        item.caveat ? `Caution: ${item.caveat}` : null,
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ');
}
