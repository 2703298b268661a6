import { Bar, ComposedChart, ReferenceLine, XAxis, YAxis, usePlotArea } from 'recharts';
import { useElementWidth } from '../use-element-width';
import { formatEffect } from '../../domain/format';
import { forestAxis, forestHeight, forestLabelLayout, wrapLabel, type ForestLabelLayout } from './forest-layout';
import type { ForestRow } from './forest-rows';

// The render is thin: rows arrive oriented (positive favours the intervention) and the axis comes from forestAxis.

const COLOURS = { interval: '#005eb8', midpoint: '#003087', text: '#212b32', secondary: '#4c6272', zero: '#212b32' };
const LABEL_LINE_HEIGHT = 17;

interface ChartDatum {
  id: string;
  label: string;
  range: [number, number] | null;
  row: ForestRow;
}

interface IntervalShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartDatum;
}

/** Draws one interval as a line with end caps and a diamond at the (derived) midpoint. */
function IntervalShape({ x = 0, y = 0, width = 0, height = 0, payload }: IntervalShapeProps) {
  const row = payload?.row;
  if (row?.kind !== 'interval') return null;
  const middle = y + height / 2;
  const span = row.upper - row.lower;
  const midpointX = span === 0 ? x : x + (width * (row.midpoint - row.lower)) / span;
  return (
    <g className="forest-interval" data-outcome-id={row.id}>
      <line x1={x} x2={x + width} y1={middle} y2={middle} stroke={COLOURS.interval} strokeWidth={4} />
      <line x1={x} x2={x} y1={middle - 9} y2={middle + 9} stroke={COLOURS.interval} strokeWidth={3} />
      <line x1={x + width} x2={x + width} y1={middle - 9} y2={middle + 9} stroke={COLOURS.interval} strokeWidth={3} />
      <path d={`M ${midpointX} ${middle - 9} L ${midpointX + 9} ${middle} L ${midpointX} ${middle + 9} L ${midpointX - 9} ${middle} Z`} fill={COLOURS.midpoint} />
    </g>
  );
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  rows: readonly ForestRow[];
  labels: ForestLabelLayout;
}

/** The outcome name beside the axis; rows with no figures also say so across the plot, instead of a bar. */
function OutcomeTick({ x = 0, y = 0, payload, rows, labels }: TickProps) {
  const plotArea = usePlotArea();
  const row = rows.find((candidate) => candidate.label === payload?.value);
  const centre = plotArea ? plotArea.x + plotArea.width / 2 : x;
  const lines = wrapLabel(payload?.value ?? '', labels.charactersPerLine);
  return (
    <g>
      <text x={x - 8} y={y} textAnchor="end" fill={COLOURS.text} fontSize={15} fontWeight={600}>
        {lines.map((line, index) => (
          <tspan key={line} x={x - 8} dy={index === 0 ? `${0.35 - ((lines.length - 1) * LABEL_LINE_HEIGHT) / 2 / 15}em` : LABEL_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
      {row?.kind === 'no-figures' ? (
        <text x={centre} y={y} textAnchor="middle" fill={COLOURS.secondary} fontSize={14} stroke="#ffffff" strokeWidth={6} paintOrder="stroke" className="forest-no-figures">
          <tspan x={centre} dy="-0.25em">No significant difference:</tspan>
          <tspan x={centre} dy="1.2em">figures not reported</tspan>
        </text>
      ) : null}
    </g>
  );
}

/** Labels for the two sides of "no difference", drawn inside the plot so they line up with the zero line. */
function SideLabels() {
  const plotArea = usePlotArea();
  if (!plotArea) return null;
  const centre = plotArea.x + plotArea.width / 2;
  const y = plotArea.y - 14;
  return (
    <g>
      <text x={centre - 10} y={y} textAnchor="end" fill={COLOURS.text} fontSize={14} fontWeight={700}>
        <tspan x={centre - 10} dy="-1.1em">← Favours the</tspan>
        <tspan x={centre - 10} dy="1.2em">comparison</tspan>
      </text>
      <text x={centre + 10} y={y} textAnchor="start" fill={COLOURS.text} fontSize={14} fontWeight={700}>
        <tspan x={centre + 10} dy="-1.1em">Favours the →</tspan>
        <tspan x={centre + 10} dy="1.2em">intervention</tspan>
      </text>
    </g>
  );
}

export interface ForestPlotProps {
  rows: readonly ForestRow[];
  /** Read by screen readers in place of the drawing; the table beside the chart has every figure. */
  description: string;
}

export function ForestPlot({ rows, description }: ForestPlotProps) {
  const axis = forestAxis(rows);
  const [container, width] = useElementWidth<HTMLDivElement>();
  const labels = forestLabelLayout(width);
  const height = forestHeight(rows.length);
  const data: ChartDatum[] = rows.map((row) => ({
    id: row.id,
    label: row.label,
    range: row.kind === 'interval' ? [row.lower, row.upper] : null,
    row,
  }));
  return (
    <div ref={container} role="img" aria-label={description} style={{ width: '100%', height }}>
      {width > 0 ? (
        <ComposedChart width={width} height={height} data={data} layout="vertical" margin={{ top: 52, right: 16, bottom: 28, left: 4 }} accessibilityLayer={false}>
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            tickFormatter={(value: number) => formatEffect(value)}
            allowDataOverflow
            stroke={COLOURS.secondary}
            tick={{ fill: COLOURS.text, fontSize: 13 }}
            label={{ value: 'Effect size (0 = no difference)', position: 'insideBottom', offset: -20, fill: COLOURS.text, fontSize: 13 }}
          />
          <YAxis type="category" dataKey="label" width={labels.labelWidth} tickLine={false} axisLine={false} interval={0} tick={<OutcomeTick rows={rows} labels={labels} />} />
          <ReferenceLine x={0} stroke={COLOURS.zero} strokeWidth={2} className="forest-zero-line" />
          <Bar dataKey="range" shape={<IntervalShape />} isAnimationActive={false} barSize={24} />
          <SideLabels />
        </ComposedChart>
      ) : null}
    </div>
  );
}
