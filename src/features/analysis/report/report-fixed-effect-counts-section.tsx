import { FIXED_EFFECT_COUNTS_HEADING, LazyFixedEffectCountsContent } from '../lazy-analysis-panels';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** For counts: Mantel–Haenszel (OR, RR, RD) and Peto (OR) pooling of the 2×2 tables, as the page shows them. */
export function ReportFixedEffectCountsSection({ context }: { context: ReportContext }) {
  return (
    <ReportSectionFrame id="fixed-effect-counts" heading={FIXED_EFFECT_COUNTS_HEADING}>
      <LazyFixedEffectCountsContent
        analysis={context.analysis}
        settings={context.settings}
        tableClassName="report-table"
        testIdPrefix="report-"
      />
    </ReportSectionFrame>
  );
}
