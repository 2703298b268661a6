import { ChartErrorBoundary } from '../chart-error-boundary';
import type { ForestPlotModel } from './forest-model';
import { layoutForest, type ForestVariant, type TextLine } from './forest-layout';

// A thin render of layoutForest: no statistics, no measuring. Sizes are viewBox units, so the drawing (text included)
// scales with the space it is given: a phone, a printed page, an exported file or a projector.

const COLOURS = {
  pooled: '#005eb8',
  study: '#212b32',
  muted: '#768692',
  text: '#212b32',
  secondary: '#4c6272',
  grid: '#d8dde0',
};

function Lines({
  lines,
  anchor,
  className,
  weight,
  size,
}: {
  lines: readonly TextLine[];
  anchor: 'start' | 'middle' | 'end';
  className?: string;
  weight?: number;
  size?: number;
}) {
  if (lines.length === 0) return null;
  return (
    <text textAnchor={anchor} className={className} fontWeight={weight} fontSize={size} fill="currentColor">
      {lines.map((line, index) => (
        <tspan key={`${index}-${line.text}`} x={line.x} y={line.y}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

function ForestSvg({
  model,
  variant,
  standalone,
  description,
}: {
  model: ForestPlotModel;
  variant: ForestVariant;
  standalone: boolean;
  description: string;
}) {
  // Laid out here, inside the error boundary, so a model no axis can hold shows a message instead of breaking the page.
  const layout = layoutForest(model, { variant, standalone });
  const { plot, fontSize } = layout;
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={description}
      className="forest-svg block h-auto w-full"
      style={{ color: COLOURS.text }}
      fontSize={fontSize}
      fontFamily="Arial, Helvetica, sans-serif"
      data-variant={layout.variant}
    >
      <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
      <Lines lines={layout.titleLines} anchor="start" weight={700} size={fontSize * 1.1} />
      {layout.ticks.map((tick) => (
        <line
          key={`grid-${tick.label}`}
          x1={tick.x}
          x2={tick.x}
          y1={plot.top}
          y2={plot.bottom}
          stroke={COLOURS.grid}
          strokeWidth={1}
        />
      ))}
      <Lines lines={layout.sideLabels.left} anchor="end" weight={700} className="forest-side-left" />
      <Lines lines={layout.sideLabels.right} anchor="start" weight={700} className="forest-side-right" />
      {layout.figureHeading ? <Lines lines={[layout.figureHeading]} anchor="end" weight={700} /> : null}
      {layout.referenceLine ? (
        <g className="forest-zero-line">
          <line
            x1={layout.nullX}
            x2={layout.nullX}
            y1={plot.top - 6}
            y2={plot.bottom}
            stroke={COLOURS.text}
            strokeWidth={2}
          />
        </g>
      ) : null}
      {layout.rows.map(({ row, labelLines, figureLines, mark, centreY }) => {
        const colour = row.muted ? COLOURS.muted : row.role === 'pooled' ? COLOURS.pooled : COLOURS.study;
        return (
          <g key={row.id} className={`forest-row forest-row-${row.role}`} data-row-id={row.id}>
            <Lines lines={labelLines} anchor="end" weight={row.role === 'study' ? 400 : 700} />
            <Lines lines={figureLines} anchor="end" className="forest-figures" />
            {mark.kind === 'note' ? (
              <g className="forest-no-figures">
                <text
                  textAnchor="middle"
                  fill={COLOURS.secondary}
                  stroke="#ffffff"
                  strokeWidth={6}
                  paintOrder="stroke"
                  strokeLinejoin="round"
                >
                  {mark.lines.map((line) => (
                    <tspan key={line.text} x={line.x} y={line.y}>
                      {line.text}
                    </tspan>
                  ))}
                </text>
              </g>
            ) : (
              <g className="forest-interval" data-row-id={row.id}>
                <line
                  x1={mark.lowerX}
                  x2={mark.upperX}
                  y1={centreY}
                  y2={centreY}
                  stroke={colour}
                  strokeWidth={mark.kind === 'diamond' ? 2 : 2.5}
                />
                {mark.kind === 'diamond' ? (
                  <path
                    d={`M ${mark.lowerX} ${centreY} L ${mark.x} ${centreY - mark.halfHeight} L ${mark.upperX} ${centreY} L ${mark.x} ${centreY + mark.halfHeight} Z`}
                    fill={colour}
                    className="forest-diamond"
                  />
                ) : (
                  <>
                    <line
                      x1={mark.lowerX}
                      x2={mark.lowerX}
                      y1={centreY - 6}
                      y2={centreY + 6}
                      stroke={colour}
                      strokeWidth={2}
                    />
                    <line
                      x1={mark.upperX}
                      x2={mark.upperX}
                      y1={centreY - 6}
                      y2={centreY + 6}
                      stroke={colour}
                      strokeWidth={2}
                    />
                    <rect
                      x={mark.x - mark.size / 2}
                      y={centreY - mark.size / 2}
                      width={mark.size}
                      height={mark.size}
                      fill={colour}
                      className="forest-square"
                    />
                  </>
                )}
              </g>
            )}
          </g>
        );
      })}
      {layout.predictionInterval ? (
        <g className="forest-prediction-interval">
          <line
            x1={layout.predictionInterval.lowerX}
            x2={layout.predictionInterval.upperX}
            y1={layout.predictionInterval.y}
            y2={layout.predictionInterval.y}
            stroke={COLOURS.pooled}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        </g>
      ) : null}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={COLOURS.text} strokeWidth={1.5} />
      {layout.ticks.map((tick) => (
        <g key={`tick-${tick.label}`} className="forest-tick">
          <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 6} stroke={COLOURS.text} strokeWidth={1.5} />
          <text x={tick.x} y={layout.tickLabelY} textAnchor="middle" fill="currentColor">
            {tick.label}
          </text>
        </g>
      ))}
      <Lines lines={layout.axisLabel} anchor="middle" />
      <Lines lines={layout.sourceLines} anchor="start" size={fontSize * 0.85} />
    </svg>
  );
}

export interface ForestPlotProps {
  model: ForestPlotModel;
  /** Read by screen readers in place of the drawing; pages also give a table with every figure. */
  description: string;
  /** 'responsive' draws the phone layout on narrow screens and the wide one elsewhere (and always in print). */
  variant?: ForestVariant | 'responsive';
  /** Draws the title and source line inside the SVG, for exported files. */
  standalone?: boolean;
  className?: string;
}

/** The app's one forest plot: pages, print, exports, slides and the analysis workspace all draw through it. */
export function ForestPlot({
  model,
  description,
  variant = 'responsive',
  standalone = false,
  className = '',
}: ForestPlotProps) {
  return (
    <ChartErrorBoundary>
      <div className={`forest-plot ${className}`}>
        {variant === 'responsive' ? (
          <>
            <div className="hidden sm:block print:block">
              <ForestSvg model={model} variant="wide" standalone={standalone} description={description} />
            </div>
            <div className="sm:hidden print:hidden">
              <ForestSvg model={model} variant="narrow" standalone={standalone} description={description} />
            </div>
          </>
        ) : (
          <ForestSvg model={model} variant={variant} standalone={standalone} description={description} />
        )}
      </div>
    </ChartErrorBoundary>
  );
}
