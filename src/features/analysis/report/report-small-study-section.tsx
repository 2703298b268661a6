import { ChartErrorBoundary } from '../../../components/charts/chart-error-boundary';
import { FunnelPlot } from '../../../components/charts/funnel-plot/funnel-plot';
import { funnelDescriptionFor, funnelInputFor } from '../funnel-input';
import { LazyEggerForms } from '../lazy-analysis-panels';
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
          out.
        </figcaption>
      </figure>
      <LazyEggerForms analysis={analysis} settings={settings} scale={scale} measureName={measureName} />
    </ReportSectionFrame>
  );
}
