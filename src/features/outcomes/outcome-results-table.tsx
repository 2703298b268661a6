import { Link } from 'react-router';
import { DerivedTag } from '../../components/callouts';
import { Term } from '../../components/glossary-term';
import { confidenceIntervalTerm } from '../../domain/glossary/confidence-interval';
import { heterogeneityTerm } from '../../domain/glossary/heterogeneity';
import { pValueTerm } from '../../domain/glossary/p-value';
import { SourceLink } from '../../components/source-link';
import type { Outcome } from '../../domain/evidence/evidence-schema';
import { formatInterval, formatMidpoint } from '../../domain/format';
import { orientOutcomeResult } from '../../domain/plain-language/orientation';
import { pages } from '../../domain/pages/pages';

/** Every figure behind the outcomes chart, as printed and as oriented: the chart's text alternative. */
export function OutcomeResultsTable({ outcomes, caption }: { outcomes: readonly Outcome[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="bg-white text-base">
        <caption className="p-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="pl-2">
              Outcome
            </th>
            <th scope="col">
              <Term entry={confidenceIntervalTerm}>95% interval</Term> as printed
            </th>
            <th scope="col">Oriented (above 0 favours the intervention)</th>
            <th scope="col">
              Midpoint, turned (benefit positive) <DerivedTag />
            </th>
            <th scope="col">
              <Term entry={pValueTerm}>p</Term> as printed
            </th>
            <th scope="col">
              <Term entry={heterogeneityTerm}>I²</Term>
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome) => {
            const oriented = orientOutcomeResult(outcome);
            const { result } = outcome;
            return (
              <tr key={outcome.id}>
                <th scope="row" className="pl-2 font-normal">
                  <Link to={pages.outcome.href(outcome.id)}>{outcome.name}</Link>
                </th>
                {oriented && result.status === 'significant' ? (
                  <>
                    <td className="whitespace-nowrap">{formatInterval(oriented.reported)}</td>
                    <td className="whitespace-nowrap">{formatInterval(oriented.oriented)}</td>
                    <td>{formatMidpoint(oriented.orientedMidpoint)}</td>
                    <td className="whitespace-nowrap">
                      {result.pAsPrinted}
                      {result.pReadingNote ? (
                        <span className="block text-sm text-nhs-dark-grey">read as {result.pReading}</span>
                      ) : null}
                    </td>
                    <td>{result.i2Percent}%</td>
                  </>
                ) : (
                  <td colSpan={5}>No significant difference: figures not reported in our sources</td>
                )}
                <td>
                  <SourceLink sourceId={result.sourceId} figure={`the ${outcome.name.toLowerCase()} result`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
