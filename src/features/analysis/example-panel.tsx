import { useMemo } from 'react';
import { WarningCallout } from '../../components/callouts';
import { EXAMPLE, exampleSources } from '../../domain/study-data/example';

/** The example's label, citation, our coding and every row's source: another review's data, never the Anna Freud review's. */
export function ExamplePanel({ csvText }: { csvText: string }) {
  const sources = useMemo(() => {
    try {
      return exampleSources(csvText);
    } catch {
      return null;
    }
  }, [csvText]);
  const printed = EXAMPLE.printedPooledResults[0];
  return (
    <WarningCallout heading="Another review’s data">
      <p>
        This example is not the Anna Freud Centre review’s data, and its results are not that review’s. It holds
        study-level rows printed by another review: {EXAMPLE.citation}{' '}
        <a href={EXAMPLE.doiUrl}>Read the paper (doi.org)</a>. That review pooled structured parenting interventions for
        at-risk families with infants; two of its trials are psychoanalytic or psychodynamic.
      </p>
      <p>
        Its abstract prints the pooled maternal sensitivity as Cohen’s d {printed.estimate.toFixed(2)} (
        {printed.lower.toFixed(2)} to {printed.upper.toFixed(2)}). Pooling its five “Sensitivity (M)” rows here, from d
        and the group sizes, gives the same figures to two decimals.
      </p>
      <p>
        <strong>Our coding:</strong> {EXAMPLE.ourCoding} It is read into the <code>group</code> column, so “Split into
        subgroups by the group column” splits by our coding.
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer font-bold">Where each row comes from ({sources?.length ?? 0} rows)</summary>
        {sources ? (
          <div
            className="relative mt-2 max-h-96 overflow-auto"
            tabIndex={0}
            role="region"
            aria-label="Sources of the example rows"
          >
            <table className="text-base">
              <caption className="sr-only">
                Each example row with its table, printed d, the text it was read from and links
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Study and outcome</th>
                  <th scope="col">Printed d</th>
                  <th scope="col">Read from</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((source) => (
                  <tr key={source.line}>
                    <td>{source.line}</td>
                    <td>
                      {source.study}: {source.outcome} ({source.measure}); {source.table}. Our coding:{' '}
                      {source.approachOurCoding}.
                    </td>
                    <td>{source.printedD}</td>
                    <td>
                      <q>{source.quote}</q>{' '}
                      {source.urls.map((url, index) => (
                        <a key={url} href={url} className="mr-2 whitespace-nowrap">
                          source {index + 1}
                          <span className="sr-only"> for line {source.line}</span>
                        </a>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>The example’s sources could not be read.</p>
        )}
      </details>
    </WarningCallout>
  );
}
