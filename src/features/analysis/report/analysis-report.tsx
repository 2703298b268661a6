import { APP_VERSION } from '../../../domain/app-version';
import { plotSourceLine } from '../../../domain/study-data/example';
import type { ReportContext } from './report-context';
import { useReportFooter } from './report-footer';
import { reportSectionsFor } from './report-sections';
import './analysis-report.css';

/** The printable analysis report: a title block, then each section the analysis has (report-sections.tsx). */
export function AnalysisReport({ context, printedOn }: { context: ReportContext; printedOn: string }) {
  const { workspaceName, analysis, isExample } = context;
  useReportFooter(
    `${workspaceName}${analysis.outcome === null ? '' : `, ${analysis.outcome}`} · Under-5s Evidence Explorer ${APP_VERSION}${printedOn ? ` · printed ${printedOn}` : ''}`,
  );
  return (
    <article className="analysis-report" aria-labelledby="report-title">
      {/* Not <header>: the site’s print rules hide every header (the site’s own). */}
      <div className="report-title-block">
        <h1 id="report-title">Analysis report: {workspaceName}</h1>
        <p>
          {analysis.outcome === null ? '' : `Outcome: ${analysis.outcome}. `}
          {printedOn ? `Printed ${printedOn}. ` : ''}
          {plotSourceLine(isExample, analysis.outcome).replace(/; outcome: [^.]*/, '')}
        </p>
        <p>
          This re-analyses data brought to the Under-5s Evidence Explorer. It is not a result of the Anna Freud Centre
          review, whose study-level data the site does not hold.
        </p>
      </div>
      {reportSectionsFor(context).map(({ id, Section }) => (
        <Section key={id} context={context} />
      ))}
    </article>
  );
}
