import { Link } from 'react-router';
import { InsetText } from '../../components/callouts';
import { ChartExportButtons } from '../../components/charts/chart-export-buttons';
import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { CsvDownloadButton } from '../../components/csv-download-button';
import { OUTCOME_COLUMNS, outcomeRecords } from '../../domain/export/tables';
import { outcomeForestDescription, outcomeForestModel } from '../../components/charts/forest-plot/outcome-forest-model';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { OutcomeResultsTable } from './outcome-results-table';
import { Term } from '../../components/glossary-term';
import { confidenceIntervalTerm } from '../../domain/glossary/confidence-interval';
import { hedgesGTerm } from '../../domain/glossary/hedges-g';
import { heterogeneityTerm } from '../../domain/glossary/heterogeneity';
import { statisticallySignificantTerm } from '../../domain/glossary/statistically-significant';
import { EvidenceSuspense } from '../../components/evidence-suspense';
import { pages } from '../../domain/pages/pages';
import { formatInterval } from '../../domain/format';
import { ROUNDING_CAVEAT, roundingNote } from '../../domain/plain-language/outcome-summary';

/** The heading and explanation need no data, so they show at once while the evidence file loads. */
export function OutcomesPage() {
  useDocumentTitle('All six outcomes');
  return (
    <>
      <h1>All six outcomes on one chart</h1>
      <p>
        Each line shows the range (<Term entry={confidenceIntervalTerm}>95% confidence interval</Term>) of pooled
        effects that fit the studies, compared with the comparison groups. Each diamond spans that range. Its widest
        point marks the middle of the range, which we worked out: the review did not print it.
      </p>
      <InsetText>
        <p>
          <strong>Benefit is always on the right.</strong> The news release printed some results as negative numbers and
          some as positive, even though all four significant results favoured the interventions. We turned them round so
          that anything right of the line at 0 (“no difference”) favours the intervention. The table below shows each
          figure both ways.
        </p>
      </InsetText>
      <EvidenceSuspense>
        <OutcomesEvidence />
      </EvidenceSuspense>
    </>
  );
}

function OutcomesEvidence() {
  const dataset = useEvidence();
  const touchingZero = dataset.outcomes.filter((outcome) => roundingNote(outcome) !== null);
  const { outcomes } = dataset;
  const exportModel = outcomeForestModel(outcomes, {
    title: 'Pooled results of controlled studies, turned so that benefit is on the right',
    sourceLine: `Source: Anna Freud Centre news release, ${dataset.review.report.date} ("Key data"). Intervals turned by us. Under-5s Evidence Explorer, dataset ${dataset.datasetVersion}.`,
  });
  return (
    <>
      <figure className="my-6 bg-white p-2 sm:p-4">
        <figcaption className="mb-2 font-bold">
          Pooled results of controlled studies, oriented so that benefit is on the right
        </figcaption>
        <ForestPlot model={outcomeForestModel(outcomes)} description={outcomeForestDescription(outcomes)} />
        <ChartExportButtons
          model={exportModel}
          description={outcomeForestDescription(outcomes)}
          filename="under5s-pooled-results"
        />
      </figure>
      <CsvDownloadButton
        columns={OUTCOME_COLUMNS}
        records={() => outcomeRecords(dataset)}
        filename="under5s-outcome-results"
      >
        Download the outcome results (CSV)
      </CsvDownloadButton>

      <h2>The figures as a table</h2>
      <OutcomeResultsTable outcomes={outcomes} caption="Pooled results by outcome, as printed and as oriented" />

      <h2>What the numbers mean</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          The effect sizes are on a standardised scale, so that studies using different questionnaires can be pooled.
          The release does not name the measure. If it is a{' '}
          <Term entry={hedgesGTerm}>standardised mean difference such as Hedges’ g</Term>, as is usual in reviews like
          this one, 0.2 is called small, 0.5 moderate and 0.8 large; our size words assume this.
        </li>
        <li>
          An interval that does not cross 0 is “
          <Term entry={statisticallySignificantTerm}>statistically significant</Term>”: chance alone is an unlikely
          explanation.
          {touchingZero.map((outcome) =>
            outcome.result.status === 'significant' ? (
              <span key={outcome.id}>
                {' '}
                One printed interval touches 0: {outcome.name.toLowerCase()}, {formatInterval(outcome.result.ci95)},
                with {outcome.result.pAsPrinted}. {ROUNDING_CAVEAT} So we count it as significant, as the release does,
                on every page.
              </span>
            ) : null,
          )}
        </li>
        <li>
          <Term entry={heterogeneityTerm}>I²</Term> says how much the studies disagreed with each other, from 0% (not at
          all) to 100%.
        </li>
      </ul>
      <p>
        Choose an outcome for the details, what it means for families, and how sure we can be:{' '}
        {outcomes.map((outcome, index) => (
          <span key={outcome.id}>
            <Link to={pages.outcome.href(outcome.id)}>{outcome.name}</Link>
            {index < outcomes.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </p>
    </>
  );
}
