import { ChartErrorBoundary } from '../../../components/charts/chart-error-boundary';
import { FunnelPlot } from '../../../components/charts/funnel-plot/funnel-plot';
import { funnelDescriptionFor, funnelInputFor } from '../funnel-input';
import { LazyEggerForms } from '../lazy-analysis-panels';
import { TrimAndFillFigures } from '../trim-and-fill-panel';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** Small-study effects: the page's funnel plot and Egger's test in the forms chosen there, each named by its model. */
export function ReportSmallStudySection({ context }: { context: ReportContext }) {
  const { analysis, measureName, scale, settings } = context;
  if (!analysis.pooled.ok) return null;
  return (
    <ReportSectionFrame id="small-study" heading="Small-study effects: funnel plot and Egger’s test">
      <figure className="report-figure report-funnel">
        <ChartErrorBoundary>
          <FunnelPlot
            input={funnelInputFor(analysis, measureName, scale)}
            description={funnelDescriptionFor(analysis)}
          />
        </ChartErrorBoundary>
        <figcaption>
          Each study’s effect against its standard error, around the pooled estimate; hollow circles are studies left
          out
          {analysis.trimAndFill?.ok && analysis.trimAndFill.value.k0 > 0
            ? '; hollow squares are studies filled in by trim-and-fill, and the dashed line is the estimate with them'
            : ''}
          .
        </figcaption>
      </figure>
      <LazyEggerForms analysis={analysis} settings={settings} scale={scale} measureName={measureName} />
      {analysis.trimAndFill ? (
        <>
          <h3>Trim-and-fill</h3>
          {analysis.trimAndFill.ok ? (
            <TrimAndFillFigures
              result={analysis.trimAndFill.value}
              observedStudies={analysis.pooled.value.k}
              scale={scale}
              measureName={measureName}
              testIdPrefix="report-"
            />
          ) : (
            <p>{analysis.trimAndFill.message}</p>
          )}
        </>
      ) : null}
    </ReportSectionFrame>
  );
}
