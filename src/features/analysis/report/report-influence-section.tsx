import { LazyInfluenceContent } from '../lazy-analysis-panels';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** Sensitivity: each study's influence on the pooled result (as metafor's influence()), flagged in words. */
export function ReportInfluenceSection({ context }: { context: ReportContext }) {
  return (
    <ReportSectionFrame id="influence" heading="Sensitivity: influence diagnostics">
      <LazyInfluenceContent analysis={context.analysis} settings={context.settings} tableClassName="report-table" />
    </ReportSectionFrame>
  );
}
