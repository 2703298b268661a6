import { formatI2, formatTau2 } from '../format-statistics';
import { PooledFigures } from '../pooled-figures';
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
      {/* Focusable so keyboard users can scroll it on a narrow screen; on paper it opens up. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Leave-one-out table">
        <table className="report-table">
          <caption className="text-left font-bold">The pooled result with each study left out in turn</caption>
          <thead>
            <tr>
              <th scope="col">Without</th>
              <th scope="col">Pooled (95% CI)</th>
              <th scope="col">τ²</th>
              <th scope="col">I²</th>
            </tr>
          </thead>
          <tbody>
            {analysis.leaveOneOut.value.map((entry) => (
              <tr key={entry.omitted.line}>
                <th scope="row">{entry.omitted.study}</th>
                <td>
                  <PooledFigures result={entry.result} scale={scale} measureName={measureName} />
                </td>
                <td>{formatTau2(entry.result.tau2)}</td>
                <td>{formatI2(entry.result.i2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportSectionFrame>
  );
}
