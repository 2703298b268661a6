import { ChartErrorBoundary } from '../../../components/charts/chart-error-boundary';
import { FunnelPlot } from '../../../components/charts/funnel-plot/funnel-plot';
import { EggerResult } from '../egger-result';
import { funnelDescriptionFor, funnelInputFor } from '../funnel-input';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** Small-study effects: the page's funnel plot and Egger's test, labelled as on the page. */
export function ReportSmallStudySection({ context }: { context: ReportContext }) {
  const { analysis, measureName, scale } = context;
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
      <EggerResult egger={analysis.egger} />
    </ReportSectionFrame>
  );
}
