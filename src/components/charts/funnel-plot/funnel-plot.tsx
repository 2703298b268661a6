import { formatEffect } from '../../../domain/format';
import { layoutFunnel, type FunnelInput, type FunnelKeyEntry } from './funnel-layout';

const INK = '#212b32';
const GREY = '#768692';
const BLUE = '#005eb8';
/** Beyond this many studies the marks carry no hover name (each one is another element to draw). */
export const NAMED_POINTS_LIMIT = 500;

/** Half the side of a filled study's square: about the area of a study's circle (r = 5). */
const SQUARE_HALF = 4.5;

/**
 * Many studies' circles (r = 5) as one path: thousands of circle elements took the browser most of a second to lay out
 * and draw, one path a few milliseconds.
 */
function circlesPath(points: readonly { x: number; y: number }[]): string {
  return points
    .map((point) => `M${(point.x - 5).toFixed(1)} ${point.y.toFixed(1)}a5 5 0 1 0 10 0a5 5 0 1 0-10 0`)
    .join('');
}

/** A key entry's mark: the same shapes as in the plot. */
function KeyMark({ entry }: { entry: FunnelKeyEntry }) {
  if (entry.mark === 'adjusted')
    return (
      <line
        x1={entry.x - 12}
        x2={entry.x + 12}
        y1={entry.y - 4}
        y2={entry.y - 4}
        stroke={BLUE}
        strokeWidth={1.5}
        strokeDasharray="6 3"
      />
    );
  if (entry.mark === 'filled')
    return (
      <rect
        x={entry.x - SQUARE_HALF}
        y={entry.y - 4 - SQUARE_HALF}
        width={2 * SQUARE_HALF}
        height={2 * SQUARE_HALF}
        fill="#ffffff"
        stroke={INK}
        strokeWidth={1.5}
      />
    );
  const leftOut = entry.mark === 'left-out';
  return <circle cx={entry.x} cy={entry.y - 4} r={5} fill={leftOut ? '#ffffff' : INK} stroke={leftOut ? GREY : INK} />;
}

/** A funnel plot in plain SVG: no measuring, so it works in print, export and on a projector. */
export function FunnelPlot({ input, description, title }: { input: FunnelInput; description: string; title?: string }) {
  const layout = layoutFunnel(input, { width: 640, height: title ? 430 : 400 });
  // One light mark per study: a name to hover over helps among a few hundred, not among thousands, which are drawn as
  // one path.
  const namedPoints = layout.points.length <= NAMED_POINTS_LIMIT;
  const offset = title ? 30 : 0;
  const { plot } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height + offset}`}
      width="100%"
      role="img"
      aria-label={description}
      className="max-w-2xl"
      fontFamily="Arial, sans-serif"
    >
      {title ? (
        <text x={8} y={20} fontSize={16} fontWeight="bold" fill="#212b32">
          {title}
        </text>
      ) : null}
      <g transform={`translate(0 ${offset})`}>
        <polygon
          points={`${layout.funnel.apexX},${layout.funnel.apexY} ${layout.funnel.leftX},${layout.funnel.baseY} ${layout.funnel.rightX},${layout.funnel.baseY}`}
          fill="#f0f4f5"
          stroke="#768692"
          strokeDasharray="4 3"
        />
        <line
          x1={layout.centreX}
          x2={layout.centreX}
          y1={plot.top}
          y2={plot.bottom}
          stroke="#005eb8"
          strokeWidth={1.5}
        />
        {layout.zeroX === null ? null : (
          <line x1={layout.zeroX} x2={layout.zeroX} y1={plot.top} y2={plot.bottom} stroke="#212b32" strokeWidth={1} />
        )}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#212b32" />
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#212b32" />
        {layout.xTicks.map((tick) => (
          <g key={`x${tick.value}`}>
            <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} stroke="#212b32" />
            <text x={tick.x} y={plot.bottom + 20} fontSize={13} textAnchor="middle" fill="#212b32">
              {formatEffect(tick.value)}
            </text>
          </g>
        ))}
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={plot.left - 5} x2={plot.left} y1={tick.y} y2={tick.y} stroke="#212b32" />
            <text x={plot.left - 8} y={tick.y + 4} fontSize={13} textAnchor="end" fill="#212b32">
              {formatEffect(tick.value, 3)}
            </text>
          </g>
        ))}
        <text x={(plot.left + plot.right) / 2} y={plot.bottom + 42} fontSize={13} textAnchor="middle" fill="#212b32">
          {layout.axisLabel}
        </text>
        <text
          x={14}
          y={(plot.top + plot.bottom) / 2}
          fontSize={13}
          textAnchor="middle"
          fill="#212b32"
          transform={`rotate(-90 14 ${(plot.top + plot.bottom) / 2})`}
        >
          Standard error
        </text>
        {layout.adjustedX === null ? null : (
          <line
            x1={layout.adjustedX}
            x2={layout.adjustedX}
            y1={plot.top}
            y2={plot.bottom}
            stroke={BLUE}
            strokeWidth={1.5}
            strokeDasharray="6 3"
          >
            <title>Trim-and-fill estimate</title>
          </line>
        )}
        {namedPoints ? (
          layout.points.map((point) => (
            <circle
              key={point.id}
              cx={point.x}
              cy={point.y}
              r={5}
              fill={point.muted ? '#ffffff' : '#212b32'}
              stroke={point.muted ? '#768692' : '#212b32'}
            >
              <title>{point.label}</title>
            </circle>
          ))
        ) : (
          <>
            <path d={circlesPath(layout.points.filter((point) => point.muted))} fill="#ffffff" stroke={GREY} />
            <path d={circlesPath(layout.points.filter((point) => !point.muted))} fill={INK} stroke={INK} />
          </>
        )}
        {layout.filled.map((point) => (
          <rect
            key={`filled-${point.id}`}
            x={point.x - SQUARE_HALF}
            y={point.y - SQUARE_HALF}
            width={2 * SQUARE_HALF}
            height={2 * SQUARE_HALF}
            fill="#ffffff"
            stroke={INK}
            strokeWidth={1.5}
          >
            <title>{point.label}</title>
          </rect>
        ))}
        {layout.key.map((entry) => (
          <g key={entry.mark}>
            <KeyMark entry={entry} />
            <text x={entry.textX} y={entry.y} fontSize={13} fill={INK}>
              {entry.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
