import type { AnalysisResult, EffectScale } from '../../domain/study-data/analyse';
import { formatI2, formatTau2 } from './format-statistics';
import { PooledFigures } from './pooled-figures';

type LeaveOneOutEntries = Extract<AnalysisResult['leaveOneOut'], { ok: true }>['value'];

/** The pooled result with each study left out in turn, as the page and the report both show it. */
export function LeaveOneOutTable({
  entries,
  scale,
  measureName,
  variant,
}: {
  entries: LeaveOneOutEntries;
  scale: EffectScale;
  measureName: string;
  variant: 'page' | 'report';
}) {
  return (
    // Focusable so keyboard users can scroll it on a narrow screen; on paper it opens up.
    <div
      className={variant === 'page' ? 'mt-4 overflow-x-auto' : 'overflow-x-auto'}
      tabIndex={0}
      role="region"
      aria-label="Leave-one-out table"
    >
      <table className={variant === 'report' ? 'report-table' : undefined}>
        <caption className={variant === 'report' ? 'text-left font-bold' : 'text-left'}>
          The pooled result with each study left out in turn
        </caption>
        <thead>
          <tr>
            <th scope="col">Without</th>
            <th scope="col">Pooled (95% CI)</th>
            <th scope="col">τ²</th>
            <th scope="col">I²</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.omitted.line}>
              <th scope="row" className={variant === 'page' ? 'font-normal' : undefined}>
                {entry.omitted.study}
              </th>
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
  );
}
