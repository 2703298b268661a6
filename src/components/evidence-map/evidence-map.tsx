import { Fragment } from 'react';
import type { EvidenceMapRow } from '../../domain/evidence/catalogue';
import { layoutEvidenceMap, type EvidenceMapVariant, type TextLine } from './evidence-map-layout';
import { GlyphDefinitions, GlyphUse, HalfFillDefinition, type GlyphKind } from './glyph';
import { fillOf } from './glyph-style';

// A thin render of layoutEvidenceMap: no chart library, no measuring. Sizes are viewBox units, so the drawing (its
// text included) scales with the space it is given, and the prerendered page holds the whole map before any script.

const tenths = (value: number) => Math.round(value * 10) / 10;

const COLOURS = { text: '#212b32', grid: '#d8dde0', band: '#f0f4f5' };

function Lines({
  lines,
  anchor,
  size,
  weight,
}: {
  lines: readonly TextLine[];
  anchor: 'start' | 'end';
  size?: number;
  weight?: number;
}) {
  if (lines.length === 0) return null;
  return (
    <text textAnchor={anchor === 'start' ? undefined : anchor} fontSize={size} fontWeight={weight}>
      {lines.map((line, index) => (
        <tspan key={`${index}-${line.text}`} x={line.x} y={line.y}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

export interface EvidenceMapProps {
  rows: readonly EvidenceMapRow[];
  /** Read by screen readers in place of the drawing; the page gives a table with every finding. */
  description: string;
  /** A tooltip on each cell of the wide drawing, for a pointer (default true). */
  tooltips?: boolean;
}

interface EvidenceMapSvgProps extends EvidenceMapProps {
  variant: EvidenceMapVariant;
  /** Draws a title, the key and a source line inside the drawing, for an exported file. */
  standalone?: boolean;
  title?: string;
  source?: string;
}

export function EvidenceMapSvg({
  rows,
  description,
  variant,
  standalone = false,
  tooltips = true,
  title,
  source,
}: EvidenceMapSvgProps) {
  const layout = layoutEvidenceMap(rows, { variant, standalone, title, source });
  const { grid, fontSize } = layout;
  // Ids are per variant: both drawings are in the page at once (one hidden by CSS).
  const halfFillId = `evidence-map-half-${variant}`;
  const glyphIdPrefix = `map-${variant}`;
  const kinds: GlyphKind[] = [
    ...layout.rows.flatMap((row) =>
      row.cells.flatMap((cell) =>
        cell.glyphs.map((glyph) => ({ fill: fillOf(glyph.direction), comparison: glyph.comparison })),
      ),
    ),
    ...layout.key.map((item) => ({ fill: item.fill, comparison: item.comparison })),
  ];
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={description}
      className="evidence-map-svg block h-auto w-full"
      fill={COLOURS.text}
      fontSize={fontSize}
      fontFamily="Arial, Helvetica, sans-serif"
      data-variant={variant}
    >
      <HalfFillDefinition id={halfFillId} />
      <GlyphDefinitions idPrefix={glyphIdPrefix} kinds={kinds} halfFillId={halfFillId} />
      <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
      <Lines lines={layout.titleLines} anchor="start" size={fontSize * 1.1} weight={700} />
      {layout.rows.map((row, index) =>
        index % 2 === 0 ? (
          <rect
            key={`band-${row.programmeId}`}
            x={0}
            y={row.blockTop}
            width={layout.width}
            height={tenths(row.bottom - row.blockTop)}
            fill={COLOURS.band}
          />
        ) : null,
      )}
      {layout.columns.map((column) => (
        <g key={column.domain} className="evidence-map-column">
          <line x1={column.right} x2={column.right} y1={grid.top} y2={grid.bottom} stroke={COLOURS.grid} />
          {column.heading.map((line) => (
            <text key={line.text} x={line.x} y={line.y} transform={`rotate(-90 ${line.x} ${line.y})`}>
              {line.text}
            </text>
          ))}
        </g>
      ))}
      <line x1={grid.left} x2={grid.left} y1={grid.top} y2={grid.bottom} stroke={COLOURS.grid} />
      <line x1={0} x2={layout.width} y1={grid.top} y2={grid.top} stroke={COLOURS.text} />
      {layout.rows.map((row) => (
        <g key={row.programmeId} className="evidence-map-row" data-programme-id={row.programmeId}>
          <Lines
            lines={row.nameLines}
            anchor={variant === 'wide' ? 'end' : 'start'}
            weight={variant === 'wide' ? 400 : 700}
          />
          {row.cells.map((cell) => {
            const glyphs = cell.glyphs.map((glyph, index) => (
              <GlyphUse
                key={index}
                cx={tenths(cell.x + glyph.dx)}
                cy={tenths(cell.y + glyph.dy)}
                direction={glyph.direction}
                comparison={glyph.comparison}
                idPrefix={glyphIdPrefix}
              />
            ));
            // A tooltip for a pointer on the wide drawing; phones have no hover, so their HTML stays smaller.
            return variant === 'wide' && tooltips ? (
              <g key={cell.domain} className="evidence-map-cell">
                <title>{cell.title}</title>
                {glyphs}
              </g>
            ) : (
              <Fragment key={cell.domain}>{glyphs}</Fragment>
            );
          })}
        </g>
      ))}
      {layout.key.map((item) => (
        <g key={`${item.kind}-${item.fill}-${item.comparison}`}>
          <GlyphUse
            cx={item.x}
            cy={item.y}
            direction={item.fill === 'better' ? 'improved' : item.fill}
            comparison={item.comparison}
            idPrefix={glyphIdPrefix}
          />
          <Lines lines={item.lines} anchor="start" size={fontSize * 0.9} />
        </g>
      ))}
      <Lines lines={layout.sourceLines} anchor="start" size={fontSize * 0.85} />
    </svg>
  );
}

/**
 * The evidence map, as the page shows it: the phone drawing on narrow screens and the wide one elsewhere (and always in
 * print), chosen by CSS so the prerendered HTML is right before any script runs.
 */
export function EvidenceMap({ rows, description, tooltips = true }: EvidenceMapProps) {
  return (
    <div className="evidence-map">
      <div className="hidden md:block print:block">
        <EvidenceMapSvg rows={rows} description={description} variant="wide" tooltips={tooltips} />
      </div>
      {/* Never narrower than its own units, so its text stays at least 12 px; a very narrow screen scrolls it. */}
      <div
        className="evidence-map-narrow max-w-[34rem] overflow-x-auto md:hidden print:hidden"
        tabIndex={0}
        role="region"
        aria-label="Evidence map (scrolls sideways on very narrow screens)"
      >
        <div className="min-w-[340px]">
          <EvidenceMapSvg rows={rows} description={description} variant="narrow" />
        </div>
      </div>
    </div>
  );
}
