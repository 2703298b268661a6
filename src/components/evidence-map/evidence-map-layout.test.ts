import { describe, expect, it } from 'vitest';
import type { EvidenceMapEntry, EvidenceMapRow } from '../../domain/evidence/catalogue';
import { DOMAINS } from '../../domain/evidence/vocabulary';
import { cellGlyphs, layoutEvidenceMap, mapColumns, tallyText } from './evidence-map-layout';

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

const rowWith = (programmeId: string, name: string, cells: Partial<EvidenceMapRow['cells']>): EvidenceMapRow => ({
  programmeId,
  name,
  cells: { ...emptyCells(), ...cells },
});
const sampleRows = [
  rowWith('a', 'Alpha Programme (AP)', {
    attachment: [entry('improved'), entry('mixed')],
    parenting: [entry('mixed')],
  }),
  rowWith('b', 'Beta', { 'parent-mental-health': Array.from({ length: 5 }, () => entry('no-difference')) }),
  rowWith('c', 'Gamma with nothing mapped', {}),
];

describe('tallyText', () => {
  it('counts a cell’s findings in words, better first', () => {
    expect(tallyText([entry('no-difference'), entry('improved'), entry('improved')])).toBe(
      '2 better than the comparison group, 1 no difference',
    );
  });
});

describe('layoutEvidenceMap', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: one column per domain with findings and one band per programme, in order, none overlapping`, () => {
      const layout = layoutEvidenceMap(sampleRows, { variant });
      expect(layout.columns.map((column) => column.domain)).toEqual(mapColumns(sampleRows));
      expect(layout.rows.map((row) => row.programmeId)).toEqual(['a', 'b', 'c']);
      layout.rows.forEach((row, index) => {
        expect(row.bottom).toBeGreaterThan(row.top);
        const next = layout.rows[index + 1];
        if (next) expect(next.blockTop).toBeGreaterThanOrEqual(row.bottom);
      });
      expect(layout.rows[2]?.cells).toEqual([]);
      expect(layout.height).toBeGreaterThanOrEqual(layout.grid.bottom);
    });

    it(`${variant}: every mark sits inside its own column and band, inside the drawing`, () => {
      const layout = layoutEvidenceMap(sampleRows, { variant });
      for (const row of layout.rows)
        for (const cell of row.cells) {
          const column = layout.columns.find((item) => item.domain === cell.domain);
          if (!column) throw new Error('cell without a column');
          for (const glyph of cell.glyphs) {
            const x = cell.x + glyph.dx;
            const y = cell.y + glyph.dy;
            expect(x - 7).toBeGreaterThanOrEqual(column.left);
            expect(x + 7).toBeLessThanOrEqual(column.right);
            expect(y - 7).toBeGreaterThanOrEqual(row.top);
            expect(y + 7).toBeLessThanOrEqual(row.bottom);
          }
        }
    });
  }

  it('draws text at 12 px or more at the narrowest width each drawing is shown at', () => {
    // The phone drawing is never narrower than its 340 units (a min-width); the wide one is shown from 720 px across.
    const narrow = layoutEvidenceMap(sampleRows, { variant: 'narrow' });
    expect((narrow.fontSize * 340) / narrow.width).toBeGreaterThanOrEqual(12);
    const wide = layoutEvidenceMap(sampleRows, { variant: 'wide' });
    expect((wide.fontSize * 720) / wide.width).toBeGreaterThanOrEqual(12);
  });

  it('names each cell in words for its tooltip', () => {
    const layout = layoutEvidenceMap(sampleRows, { variant: 'wide' });
    expect(layout.rows[0]?.cells.map((cell) => cell.title)).toEqual([
      'Alpha Programme, infant attachment: 1 better than the comparison group, 1 mixed',
      'Alpha Programme, parenting: 1 mixed',
    ]);
  });

  it('cuts a very long name to three lines of bounded length instead of widening the drawing', () => {
    const long = rowWith('long', 'x'.repeat(100_000), { attachment: [entry('improved')] });
    for (const variant of ['wide', 'narrow'] as const) {
      const layout = layoutEvidenceMap([long], { variant });
      const lines = layout.rows[0]?.nameLines ?? [];
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line.text.length * layout.fontSize * 0.56).toBeLessThanOrEqual(layout.width);
    }
  });

  it('draws the title, the whole key and the source line only when standalone', () => {
    const options = { variant: 'wide' as const, title: 'Evidence map', source: 'Our coding' };
    const page = layoutEvidenceMap(sampleRows, options);
    expect(page.titleLines).toEqual([]);
    expect(page.key).toEqual([]);
    const file = layoutEvidenceMap(sampleRows, { ...options, standalone: true });
    expect(file.titleLines.map((line) => line.text)).toEqual(['Evidence map']);
    expect(file.key.map((item) => (item.kind === 'fill' ? item.fill : item.comparison))).toEqual([
      'better',
      'mixed',
      'no-difference',
      'controlled',
      'before-after',
      'two-active-treatments',
      'not-stated',
    ]);
    expect(file.sourceLines.map((line) => line.text).join(' ')).toBe('Our coding');
    expect(file.height).toBeGreaterThan(page.height);
  });
});
