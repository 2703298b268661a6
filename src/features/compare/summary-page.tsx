import { Link } from 'react-router';
import { SourceLink } from '../../components/source-link';
import { reviewReference } from '../../domain/export/citations';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { summaryOfFindings } from '../../domain/comparison/summary-of-findings';
import { SummaryExports } from './summary-exports';
import { pages } from '../../domain/pages/pages';
import { sinceSummaryLine } from '../../domain/evidence/since-the-review';

/** A summary-of-findings table in the Cochrane style: one row per outcome, fits one A4 portrait page in print. */
export function SummaryPage() {
  useDocumentTitle('Summary of findings');
  const dataset = useEvidence();
  const table = summaryOfFindings(dataset);
  const { review } = dataset;
  return (
    <div className="summary-page print-portrait">
      <h1>Summary of findings</h1>
      <p>
        Psychoanalytic and psychodynamic interventions for children under 5 and their caregivers, compared with control
        groups. Review: Sleed, Li, Vainieri and Midgley ({reviewReference(dataset).year ?? 'year not in our sources'}){' '}
        <SourceLink sourceId={review.journal.sourceId} figure="the journal article" />; {table.overall.studies} studies,{' '}
        {table.overall.participants} participants
        {table.overall.source ? (
          <>
            {' '}
            <SourceLink sourceId={table.overall.source.sourceId} figure="the number of studies and participants" />
          </>
        ) : null}
        .
      </p>
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Summary of findings table">
        <table className="summary-table min-w-[52rem] text-base">
          <caption className="sr-only">Summary of findings, one row per outcome</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Result as printed (95% interval, p, I²)</th>
              <th scope="col">Turned so benefit is positive</th>
              <th scope="col">Effect in plain words</th>
              <th scope="col">Studies and participants</th>
              <th scope="col">Certainty (our rating)</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.outcomeId}>
                <th scope="row">
                  <Link to={pages.outcome.href(row.outcomeId)}>{row.outcome}</Link>
                </th>
                <td>
                  {row.asPrinted}{' '}
                  <SourceLink sourceId={row.source.sourceId} figure={`the ${row.outcome.toLowerCase()} result`} />
                </td>
                <td>{row.oriented ?? '—'}</td>
                <td>{row.plainEffect}</td>
                <td>{row.studiesAndParticipants}</td>
                <td>
                  <strong>{row.certainty}</strong>
                  {/* A space keeps the footnote numbers apart from the word when the table is copied ("low 1,3"). */}
                  {row.footnotes.length > 0 ? ' ' : null}
                  {row.footnotes.length > 0 ? (
                    <sup>
                      {row.footnotes.map((number, index) => (
                        <span key={number}>
                          <a href={`#footnote-${number}`} aria-label={`Footnote ${number}`}>
                            {number}
                          </a>
                          {index < row.footnotes.length - 1 ? ',' : ''}
                        </span>
                      ))}
                    </sup>
                  ) : null}
                </td>
                <td>{row.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="summary-notes-heading">Footnotes</h2>
      <ol className="summary-footnotes list-decimal pl-6 text-base">
        {table.footnotes.map((note) => (
          <li key={note.number} id={`footnote-${note.number}`}>
            {note.text}
          </li>
        ))}
      </ol>
      <p className="summary-notes text-base text-nhs-dark-grey">
        Certainty is our own GRADE-style rating, not the review’s (which is not in our sources): it starts high and
        steps down for study quality, inconsistency and imprecision. Effects are turned so that a benefit is always
        positive; the review does not name its effect measure. Our sources do not give the number of studies or
        participants for each outcome, only for the review as a whole. Sizes: 0.2 is called small, 0.5 moderate, 0.8
        large (Cohen’s conventions).
      </p>
      <p className="no-print">
        What national guidance, funding and services say:{' '}
        <Link to={pages.provision.href()}>UK provision and policy</Link>.
      </p>
      <p className="summary-since text-base">
        <strong>{sinceSummaryLine(dataset.sinceTheReview)}</strong>{' '}
        <Link to={pages.sinceTheReview.href()}>See them on the since-the-review page</Link>.
      </p>
      <SummaryExports dataset={dataset} />
    </div>
  );
}
