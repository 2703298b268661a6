import type { EvidenceMapEntry } from '../../domain/evidence/catalogue';
import type { Comparison } from '../../domain/evidence/vocabulary';
import { GLYPH_FILL, GLYPH_SHAPE, HALF_FILL, fillOf } from './glyph-style';

/** The half-filled pattern for "mixed", defined once per SVG under the given id. */
export function HalfFillDefinition({ id }: { id: string }) {
  return (
    <defs>
      <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
        <stop offset="50%" stopColor={HALF_FILL.colour} />
        <stop offset="50%" stopColor={HALF_FILL.background} />
      </linearGradient>
    </defs>
  );
}

interface GlyphProps {
  cx: number;
  cy: number;
  direction: EvidenceMapEntry['direction'];
  comparison: Comparison;
  halfFillId: string;
}

/** One trial's findings: the fill says which way they went, the shape what they compared. */
export function Glyph({ cx, cy, direction, comparison, halfFillId }: GlyphProps) {
  const style = GLYPH_FILL[fillOf(direction)];
  const paint = {
    fill: style.fill === 'half' ? `url(#${halfFillId})` : style.fill,
    stroke: style.stroke,
    strokeWidth: 1.5,
    className: 'evidence-map-glyph',
  };
  const r = 5.5;
  switch (GLYPH_SHAPE[comparison].shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...paint} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} {...paint} />;
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
          {...paint}
        />
      );
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...paint} />;
  }
}
