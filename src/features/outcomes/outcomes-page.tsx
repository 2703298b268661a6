import { Link } from 'react-router';
import { InsetText } from '../../components/callouts';
import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { outcomeForestDescription, outcomeForestModel } from '../../components/charts/forest-plot/outcome-forest-model';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { OutcomeResultsTable } from './outcome-results-table';
import { Term } from '../../components/glossary-term';
import { EvidenceSuspense } from '../../components/evidence-suspense';

/** The heading and explanation need no data, so they show at once while the evidence file loads. */
export function OutcomesPage() {
  useDocumentTitle('All six outcomes');
  return (
    <>
      <h1>All six outcomes on one chart</h1>
      <p>
        Each line shows the range (<Term id="confidence-interval">95% confidence interval</Term>) within which the true pooled effect probably lies, compared with the comparison
        groups. Each diamond spans that range. Its widest point marks the middle of the range, which we worked out: the review did not print it.
      </p>
      <InsetText>
        <p>
          <strong>Benefit is always on the right.</strong> The review reported some results as negative numbers and some as positive, even
          though all four significant results favoured the interventions. We turned them round so that anything right of the line at 0 (“no
          difference”) favours the intervention. The table below shows each figure both ways.
        </p>
      </InsetText>
      <EvidenceSuspense>
        <OutcomesEvidence />
      </EvidenceSuspense>
    </>
  );
}

function OutcomesEvidence() {
  const { outcomes } = useEvidence();
  return (
    <>
      <figure className="my-6 bg-white p-2 sm:p-4">
        <figcaption className="mb-2 font-bold">Pooled results of controlled studies, oriented so that benefit is on the right</figcaption>
        <ForestPlot model={outcomeForestModel(outcomes)} description={outcomeForestDescription(outcomes)} />
      </figure>

      <h2>The figures as a table</h2>
      <OutcomeResultsTable outcomes={outcomes} caption="Pooled results by outcome, as printed and as oriented" />

      <h2>What the numbers mean</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          The effect sizes are on a standardised scale, so that studies using different questionnaires can be pooled. The release does not
          name the measure. Reviews like this one usually use a <Term id="hedges-g">standardised mean difference such as Hedges’ g</Term>, for which 0.2 is called
          small, 0.5 moderate and 0.8 large.
        </li>
        <li>
          An interval that does not cross 0 is “<Term id="statistically-significant">statistically significant</Term>”: chance alone is an unlikely
          explanation.
        </li>
        <li>
          <Term id="heterogeneity">I²</Term> says how much the studies disagreed with each other, from 0% (not at all) to 100%.
        </li>
      </ul>
      <p>
        Choose an outcome for the details, what it means for families, and how sure we can be:{' '}
        {outcomes.map((outcome, index) => (
          <span key={outcome.id}>
            <Link to={`/outcomes/${outcome.id}`}>{outcome.name}</Link>
            {index < outcomes.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </p>
    </>
  );
}
