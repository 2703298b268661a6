import { Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { EvidenceMapEntry, EvidenceMapRow } from '../../domain/catalogue';
import { DOMAIN_LABELS, type Domain } from '../../domain/vocabulary';
import { useElementWidth } from '../use-element-width';
import { cellGlyphs, evidenceMapHeight, mapColumns } from './evidence-map-layout';
import { Glyph, HalfFillDefinition } from './glyph';

const HALF_FILL_ID = 'evidence-map-half';

// A thin render: rows come from evidenceMapRows (domain), positions from evidence-map-layout.

interface CellDatum {
  x: number;
  y: number;
  entries: EvidenceMapEntry[];
}

function CellShape({ cx = 0, cy = 0, payload }: { cx?: number; cy?: number; payload?: CellDatum }) {
  if (!payload) return null;
  return (
    <g>
      {cellGlyphs(payload.entries).map((glyph, index) => (
        <Glyph
          key={index}
          cx={cx + glyph.dx}
          cy={cy + glyph.dy}
          direction={glyph.direction}
          comparison={glyph.comparison}
          halfFillId={HALF_FILL_ID}
        />
      ))}
    </g>
  );
}

function ColumnTick({
  x = 0,
  y = 0,
  payload,
  columns,
}: {
  x?: number;
  y?: number;
  payload?: { value: number };
  columns: Domain[];
}) {
  const domain = columns[payload?.value ?? -1];
  return (
    <text x={x} y={y - 4} transform={`rotate(-35 ${x} ${y - 4})`} textAnchor="start" fill="#212b32" fontSize={13}>
      {domain ? DOMAIN_LABELS[domain] : ''}
    </text>
  );
}

export interface EvidenceMapProps {
  rows: readonly EvidenceMapRow[];
  description: string;
}

export function EvidenceMap({ rows, description }: EvidenceMapProps) {
  const columns = mapColumns(rows);
  const data: CellDatum[] = rows.flatMap((row, y) =>
    columns.flatMap((domain, x) => (row.cells[domain].length > 0 ? [{ x, y, entries: row.cells[domain] }] : [])),
  );
  const [container, width] = useElementWidth<HTMLDivElement>();
  const height = evidenceMapHeight(rows.length);
  const labelWidth = width < 560 ? 120 : 230;
  return (
    <div ref={container} role="img" aria-label={description} style={{ width: '100%', height }}>
      {width > 0 ? (
        <ScatterChart
          width={width}
          height={height}
          margin={{ top: 120, right: 96, bottom: 8, left: 4 }}
          accessibilityLayer={false}
        >
          <HalfFillDefinition id={HALF_FILL_ID} />
          <XAxis
            type="number"
            dataKey="x"
            orientation="top"
            domain={[-0.5, columns.length - 0.5]}
            ticks={columns.map((_, index) => index)}
            tick={<ColumnTick columns={columns} />}
            interval={0}
            stroke="#d8dde0"
          />
          <YAxis
            type="number"
            dataKey="y"
            reversed
            domain={[-0.5, rows.length - 0.5]}
            ticks={rows.map((_, index) => index)}
            tickFormatter={(value: number) => rows[value]?.name.replace(/\s*\(.*\)$/, '') ?? ''}
            interval={0}
            width={labelWidth}
            tick={{ fill: '#212b32', fontSize: 13 }}
            stroke="#d8dde0"
          />
          <Scatter data={data} shape={<CellShape />} isAnimationActive={false} />
        </ScatterChart>
      ) : null}
    </div>
  );
}
