import type { EvidenceMapEntry } from '../../domain/catalogue';

/** One place for the map's glyph colours, shared by the chart and its HTML key so the two cannot drift apart. */
export const GLYPH_STYLE: Record<EvidenceMapEntry['direction'], { fill: string; stroke: string; label: string }> = {
  improved: { fill: '#007f3b', stroke: '#00401e', label: 'Improved (filled)' },
  mixed: { fill: 'half', stroke: '#212b32', label: 'Mixed (half filled)' },
  'no-difference': { fill: '#ffffff', stroke: '#4c6272', label: 'No difference (empty)' },
};

export const HALF_FILL = { colour: '#ffb81c', background: '#ffffff' };
