import { formatEffect } from '../../../domain/format';
import { ProblemList } from '../problem-list';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** Beyond this many other outcomes the report gives their count, not their names (the example has 30). */
const OUTCOMES_NAMED = 5;

/** The rows as used: each study pooled or left out (and why), rows of other outcomes, and rows that could not be read. */
export function ReportDataSection({ context }: { context: ReportContext }) {
  const { analysis, measureName, rows, problems, isExample } = context;
  const pooledCount = analysis.studies.filter((study) => study.included).length;
  const showYear = analysis.studies.some((study) => study.row.year !== undefined);
  const showGroup = analysis.studies.some((study) => study.row.group !== undefined);
  const otherOutcomes = new Map<string, number>();
  for (const row of rows)
    if (analysis.outcomes.length > 1 && row.outcome !== undefined && row.outcome !== analysis.outcome)
      otherOutcomes.set(row.outcome, (otherOutcomes.get(row.outcome) ?? 0) + 1);
  const otherRows = [...otherOutcomes.values()].reduce((sum, count) => sum + count, 0);
  const unreadLines = new Set(problems.map((problem) => problem.line)).size;
  return (
    <ReportSectionFrame id="data" heading="The data as used">
      <p>
        {pooledCount} of {analysis.studies.length} {analysis.studies.length === 1 ? 'study' : 'studies'} pooled
        {analysis.outcome === null ? '' : ` for the outcome “${analysis.outcome}”`}. Effects are on the analysis scale (
        {measureName}); the variance is each effect’s sampling variance.
        {analysis.pooled.ok ? '' : ` Nothing could be pooled: ${analysis.pooled.message}`}
      </p>
      {/* Focusable so keyboard users can scroll it on a narrow screen; on paper it opens up. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Studies table">
        <table className="report-table" data-testid="report-data-table">
          <caption className="text-left font-bold">Studies, and whether each is pooled</caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Line</th>
              {showYear ? <th scope="col">Year</th> : null}
              {showGroup ? <th scope="col">Group</th> : null}
              <th scope="col">Effect (yi)</th>
              <th scope="col">Variance (vi)</th>
              <th scope="col">Weight</th>
              <th scope="col">Used</th>
            </tr>
          </thead>
          <tbody>
            {analysis.studies.map((study) => (
              <tr key={study.row.line} className={study.included ? undefined : 'report-left-out'}>
                <th scope="row">{study.row.study}</th>
                <td>{study.row.line}</td>
                {showYear ? <td>{study.row.year ?? ''}</td> : null}
                {showGroup ? <td>{study.row.group ?? ''}</td> : null}
                <td>{formatEffect(study.row.yi, 3)}</td>
                <td>{study.row.vi.toPrecision(3)}</td>
                <td>{study.weight === undefined ? '–' : `${study.weight.toFixed(1)}%`}</td>
                <td>{study.included ? 'Pooled' : 'Left out: excluded in the workspace'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {otherOutcomes.size > 0 ? (
        <p>
          Not pooled with these, because different outcomes are never pooled together:{' '}
          {otherOutcomes.size <= OUTCOMES_NAMED
            ? `the file’s rows for ${[...otherOutcomes].map(([outcome, count]) => `“${outcome}” (${count} ${count === 1 ? 'row' : 'rows'})`).join(', ')}.`
            : `the file’s ${otherRows} rows for ${otherOutcomes.size} other outcomes.`}
        </p>
      ) : null}
      {unreadLines > 0 ? (
        <>
          <h3>
            {unreadLines} {unreadLines === 1 ? 'row' : 'rows'} of the file could not be used
          </h3>
          {isExample ? (
            <p>
              For these rows the paper prints only approximate group sizes (such as “~47”), so the example file keeps
              them as printed and they are left out.
            </p>
          ) : null}
          <ProblemList problems={problems} />
        </>
      ) : null}
    </ReportSectionFrame>
  );
}
