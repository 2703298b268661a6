import { describe, expect, it } from 'vitest';
import type { EvidenceMapEntry, EvidenceMapRow } from '../../domain/catalogue';
import { DOMAINS } from '../../domain/vocabulary';
import { cellGlyphs, evidenceMapHeight, mapColumns } from './evidence-map-layout';

const entry = (direction: EvidenceMapEntry['direction']): EvidenceMapEntry => ({
  sampleId: 't',
  label: 'c',
  comparison: 'controlled',
  direction,
  findings: [],
});
const emptyCells = () =>
  Object.fromEntries(DOMAINS.map((domain) => [domain, []])) as unknown as EvidenceMapRow['cells'];

describe('mapColumns', () => {
  it('keeps only domains with findings, in the standard order', () => {
    const row: EvidenceMapRow = {
      programmeId: 'p',
      name: 'P',
      cells: { ...emptyCells(), attachment: [entry('improved')], 'reflective-functioning': [entry('mixed')] },
    };
    expect(mapColumns([row])).toEqual(['reflective-functioning', 'attachment']);
  });
});

describe('cellGlyphs', () => {
  it('centres a single glyph on the cell', () => {
    expect(cellGlyphs([entry('improved')])).toEqual([
      { dx: 0, dy: 0, direction: 'improved', comparison: 'controlled' },
    ]);
  });

  it('puts improved first, then mixed, then no difference, symmetric about the centre', () => {
    const glyphs = cellGlyphs([entry('no-difference'), entry('improved'), entry('mixed')], 10);
    expect(glyphs.map((glyph) => glyph.direction)).toEqual(['improved', 'mixed', 'no-difference']);
    expect(glyphs.map((glyph) => glyph.dx)).toEqual([-10, 0, 10]);
  });

  it('wraps into a second row after four and centres the rows vertically', () => {
    const glyphs = cellGlyphs(
      Array.from({ length: 5 }, () => entry('improved')),
      10,
    );
    expect(glyphs.map((glyph) => glyph.dy)).toEqual([-5, -5, -5, -5, 5]);
    expect(glyphs[4]?.dx).toBe(0);
  });
});

describe('evidenceMapHeight', () => {
  it('grows with the number of programmes', () => {
    expect(evidenceMapHeight(14)).toBeGreaterThan(evidenceMapHeight(2));
  });
});
