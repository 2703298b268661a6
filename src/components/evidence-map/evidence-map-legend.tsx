import { Glyph, HalfFillDefinition } from './glyph';
import { GLYPH_STYLE } from './glyph-style';

const DIRECTIONS = ['improved', 'mixed', 'no-difference'] as const;

/** The key to the map's glyphs, in HTML so it needs no chart code. Shapes differ as well as colours. */
export function EvidenceMapLegend() {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-6 gap-y-1 text-base" aria-label="Key to the evidence map">
      {DIRECTIONS.map((direction) => (
        <li key={direction} className="flex items-center gap-2">
          <svg aria-hidden="true" width="14" height="14">
            <HalfFillDefinition id={`legend-half-${direction}`} />
            <Glyph cx={7} cy={7} direction={direction} halfFillId={`legend-half-${direction}`} />
          </svg>
          {GLYPH_STYLE[direction].label}
        </li>
      ))}
    </ul>
  );
}
