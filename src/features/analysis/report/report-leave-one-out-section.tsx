import { LeaveOneOutTable } from '../leave-one-out-table';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** Sensitivity: the pooled result with each study left out in turn (as metafor's leave1out()). */
export function ReportLeaveOneOutSection({ context }: { context: ReportContext }) {
  const { analysis, scale, measureName } = context;
  if (!analysis.leaveOneOut.ok) return null;
  return (
    <ReportSectionFrame id="leave-one-out" heading="Sensitivity: leave one out">
      <p>
        Each row is the pooled result with one study left out (as metafor’s <code>leave1out()</code>). A row far from
        the pooled result marks a study the result leans on.
      </p>
      <LeaveOneOutTable entries={analysis.leaveOneOut.value} scale={scale} measureName={measureName} variant="report" />
    </ReportSectionFrame>
  );
}
