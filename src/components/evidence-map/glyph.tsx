import type { EvidenceMapEntry } from '../../domain/catalogue';
import { GLYPH_STYLE, HALF_FILL } from './glyph-style';

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

/** One finding: filled, half filled or empty, so the key does not rely on colour alone. */
export function Glyph({ cx, cy, direction, halfFillId }: { cx: number; cy: number; direction: EvidenceMapEntry['direction']; halfFillId: string }) {
  const style = GLYPH_STYLE[direction];
  return <circle cx={cx} cy={cy} r={5.5} fill={style.fill === 'half' ? `url(#${halfFillId})` : style.fill} stroke={style.stroke} strokeWidth={1.5} />;
}
