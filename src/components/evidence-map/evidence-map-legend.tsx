import { COMPARISONS } from '../../domain/evidence/vocabulary';
import { Glyph, HalfFillDefinition } from './glyph';
import { GLYPH_FILL, GLYPH_SHAPE } from './glyph-style';

const FILLS = [
  ['better', 'improved'],
  ['mixed', 'mixed'],
  ['no-difference', 'no-difference'],
] as const;

/**
 * The key to the map's glyphs, in HTML so it wraps on any screen. Fill and shape each carry meaning. Each mark keeps
 * its size in a flex row (shrink-0) and has room for its stroke, so no mark is clipped on a phone.
 */
export function EvidenceMapLegend() {
  return (
    <div className="mb-2 text-base">
      <p className="mb-1">Each mark is one trial’s findings for one outcome (our coding of the stated results):</p>
      <ul className="mb-1 flex flex-wrap gap-x-6 gap-y-1" aria-label="Key to the evidence map: fill">
        {FILLS.map(([fill, direction]) => (
          <li key={fill} className="flex items-start gap-2">
            <svg aria-hidden="true" width="18" height="18" viewBox="-1 -1 18 18" className="mt-0.5 shrink-0">
              <HalfFillDefinition id={`legend-half-${fill}`} />
              <Glyph cx={8} cy={8} direction={direction} comparison="controlled" halfFillId={`legend-half-${fill}`} />
            </svg>
            {GLYPH_FILL[fill].label}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-6 gap-y-1" aria-label="Key to the evidence map: shape">
        {COMPARISONS.map((comparison) => (
          <li key={comparison} className="flex items-start gap-2">
            <svg aria-hidden="true" width="18" height="18" viewBox="-1 -1 18 18" className="mt-0.5 shrink-0">
              <Glyph cx={8} cy={8} direction="no-difference" comparison={comparison} halfFillId="unused" />
            </svg>
            {GLYPH_SHAPE[comparison].label}
          </li>
        ))}
      </ul>
    </div>
  );
}
