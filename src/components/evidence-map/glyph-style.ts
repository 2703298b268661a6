import type { EvidenceMapEntry } from '../../domain/evidence/catalogue';
import type { Comparison } from '../../domain/evidence/vocabulary';

// One place for the map's glyphs, shared by the chart and its HTML key so the two cannot drift apart.
// The fill says which way the findings went; the shape says what they compared. Neither relies on colour alone.

export type GlyphFill = 'better' | 'mixed' | 'no-difference';

export const fillOf = (direction: EvidenceMapEntry['direction']): GlyphFill =>
  direction === 'mixed' ? 'mixed' : direction === 'no-difference' ? 'no-difference' : 'better';

export const GLYPH_FILL: Record<GlyphFill, { fill: string; stroke: string; label: string }> = {
  better: {
    fill: '#007f3b',
    stroke: '#00401e',
    label: 'Better (filled): than the comparison group, than before, or than the other treatment, as the shape says',
  },
  mixed: { fill: 'half', stroke: '#212b32', label: 'Mixed (half filled)' },
  'no-difference': { fill: '#ffffff', stroke: '#4c6272', label: 'No difference (empty)' },
};

export const GLYPH_SHAPE: Record<Comparison, { shape: 'circle' | 'triangle' | 'diamond' | 'square'; label: string }> = {
  controlled: { shape: 'circle', label: 'Circle: controlled comparison' },
  'before-after': {
    shape: 'triangle',
    label:
      'Triangle: change within one group, not compared with another group (cannot show an effect of the programme)',
  },
  'two-active-treatments': {
    shape: 'diamond',
    label: 'Diamond: two active treatments compared (not tested against no treatment)',
  },
  'not-stated': { shape: 'square', label: 'Square: comparison not stated' },
};

export const HALF_FILL = { colour: '#ffb81c', background: '#ffffff' };
