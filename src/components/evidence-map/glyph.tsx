import type { EvidenceMapEntry } from '../../domain/evidence/catalogue';
import type { Comparison } from '../../domain/evidence/vocabulary';
import { GLYPH_FILL, GLYPH_SHAPE, HALF_FILL, fillOf, type GlyphFill } from './glyph-style';

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

const R = 5.5;

function GlyphShape({
  cx,
  cy,
  fill,
  comparison,
  halfFillId,
  id,
  className,
}: {
  cx: number;
  cy: number;
  fill: GlyphFill;
  comparison: Comparison;
  halfFillId: string;
  id?: string;
  className?: string;
}) {
  const style = GLYPH_FILL[fill];
  const paint = {
    id,
    fill: style.fill === 'half' ? `url(#${halfFillId})` : style.fill,
    stroke: style.stroke,
    strokeWidth: 1.5,
    className,
  };
  switch (GLYPH_SHAPE[comparison].shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={R} {...paint} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - R - 1} ${cx + R + 1},${cy + R} ${cx - R - 1},${cy + R}`} {...paint} />;
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - R - 1} ${cx + R + 1},${cy} ${cx},${cy + R + 1} ${cx - R - 1},${cy}`}
          {...paint}
        />
      );
    case 'square':
      return <rect x={cx - R} y={cy - R} width={2 * R} height={2 * R} {...paint} />;
  }
}

/** One trial's findings: the fill says which way they went, the shape what they compared. */
export function Glyph({ cx, cy, direction, comparison, halfFillId }: GlyphProps) {
  return (
    <GlyphShape
      cx={cx}
      cy={cy}
      fill={fillOf(direction)}
      comparison={comparison}
      halfFillId={halfFillId}
      className="evidence-map-glyph"
    />
  );
}

// The map draws hundreds of glyphs of a dozen kinds. Each kind is drawn once in the SVG's <defs>, centred on 0,0, and
// each glyph is a <use> of it: a third of the markup of a drawn shape, so the prerendered page is smaller.

/** A kind of glyph: its fill and its comparison (which gives its shape). */
export interface GlyphKind {
  fill: GlyphFill;
  comparison: Comparison;
}

const kindId = (idPrefix: string, kind: GlyphKind) => `${idPrefix}-${kind.fill}-${kind.comparison}`;

/** The glyph kinds a drawing uses, once each, under ids made from `idPrefix` (per drawing: two can share a page). */
export function GlyphDefinitions({
  idPrefix,
  kinds,
  halfFillId,
}: {
  idPrefix: string;
  kinds: readonly GlyphKind[];
  halfFillId: string;
}) {
  const unique = new Map(kinds.map((kind) => [kindId(idPrefix, kind), kind]));
  return (
    <defs>
      {[...unique].map(([id, kind]) => (
        <GlyphShape
          key={id}
          id={id}
          cx={0}
          cy={0}
          fill={kind.fill}
          comparison={kind.comparison}
          halfFillId={halfFillId}
        />
      ))}
    </defs>
  );
}

/** One glyph, as a reference to its kind in GlyphDefinitions. */
export function GlyphUse({
  cx,
  cy,
  direction,
  comparison,
  idPrefix,
}: Omit<GlyphProps, 'halfFillId'> & { idPrefix: string }) {
  return (
    <use
      href={`#${kindId(idPrefix, { fill: fillOf(direction), comparison })}`}
      x={cx}
      y={cy}
      className="evidence-map-glyph"
    />
  );
}
