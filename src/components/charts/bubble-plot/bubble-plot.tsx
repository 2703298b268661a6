import { formatEffect } from '../../../domain/format';
import { layoutBubble, type BubbleInput } from './bubble-layout';

/** Tick values to as many decimals as their step needs: years as 1950, latitudes as 20, effects as 0.5. */
function tickText(value: number, step: number): string {
  const decimals = step >= 1 || step <= 0 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return formatEffect(value, decimals);
}

/** A bubble plot in plain SVG (no measuring), so it works in print, export and on a projector. */
export function BubblePlot({ input, description, title }: { input: BubbleInput; description: string; title?: string }) {
  const layout = layoutBubble(input, { width: 640, height: 400 });
  const offset = title ? 30 : 0;
  const { plot } = layout;
  const xStep = (layout.xTicks[1]?.value ?? 1) - (layout.xTicks[0]?.value ?? 0);
  const yStep = (layout.yTicks[1]?.value ?? 1) - (layout.yTicks[0]?.value ?? 0);
  const middle = (plot.top + plot.bottom) / 2;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height + offset}`}
      width="100%"
      role="img"
      aria-label={description}
      className="max-w-2xl"
      fontFamily="Arial, sans-serif"
      data-chart="bubble-plot"
    >
      {title ? (
        <text x={8} y={20} fontSize={16} fontWeight="bold" fill="#212b32">
          {title}
        </text>
      ) : null}
      <g transform={`translate(0 ${offset})`}>
        {layout.bandPath === '' ? null : <path d={layout.bandPath} fill="#e8edee" stroke="none" />}
        {layout.zeroY === null ? null : (
          <line
            x1={plot.left}
            x2={plot.right}
            y1={layout.zeroY}
            y2={layout.zeroY}
            stroke="#768692"
            strokeDasharray="4 3"
          />
        )}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#212b32" />
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#212b32" />
        {layout.xTicks.map((tick) => (
          <g key={`x${tick.value}`}>
            <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} stroke="#212b32" />
            <text x={tick.x} y={plot.bottom + 20} fontSize={13} textAnchor="middle" fill="#212b32">
              {tickText(tick.value, xStep)}
            </text>
          </g>
        ))}
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={plot.left - 5} x2={plot.left} y1={tick.y} y2={tick.y} stroke="#212b32" />
            <text x={plot.left - 8} y={tick.y + 4} fontSize={13} textAnchor="end" fill="#212b32">
              {tickText(tick.value, yStep)}
            </text>
          </g>
        ))}
        <text x={(plot.left + plot.right) / 2} y={plot.bottom + 42} fontSize={13} textAnchor="middle" fill="#212b32">
          {layout.xLabel}
        </text>
        <text x={14} y={middle} fontSize={13} textAnchor="middle" fill="#212b32" transform={`rotate(-90 14 ${middle})`}>
          {layout.yLabel}
        </text>
        <g className="bubble-studies">
          {layout.circles.map((circle) => (
            <circle
              key={circle.id}
              className="bubble-study"
              cx={circle.cx}
              cy={circle.cy}
              r={circle.r}
              fill="#005eb8"
              fillOpacity={0.35}
              stroke="#003087"
            >
              <title>{circle.label}</title>
            </circle>
          ))}
        </g>
        {layout.linePath === '' ? null : <path d={layout.linePath} fill="none" stroke="#212b32" strokeWidth={2} />}
      </g>
    </svg>
  );
}
