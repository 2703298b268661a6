import type { EvidenceMapEntry, EvidenceMapRow } from '../../domain/catalogue';
import { DOMAINS, type Domain } from '../../domain/vocabulary';

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

/** Chart height for this many programme rows: a band per row plus room for the slanted column labels. */
export function evidenceMapHeight(rowCount: number): number {
  return 150 + rowCount * 44;
}
