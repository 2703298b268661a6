import { Link, useParams } from 'react-router';
import { CitedSourceAnchor } from '../../components/cited-source-anchor';
import { DerivedTag, InsetText, WarningCallout } from '../../components/callouts';
import { ChartExportButtons } from '../../components/charts/chart-export-buttons';
import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { outcomeForestDescription, outcomeForestModel } from '../../components/charts/forest-plot/outcome-forest-model';
import { SourceLink } from '../../components/source-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { formatInterval, formatMidpoint } from '../../domain/format';
import { findOutcome, findSource, neighbouringOutcomes, sourceDisplayName } from '../../domain/evidence/lookup';
import { describeHeterogeneity, heterogeneityLevel } from '../../domain/plain-language/heterogeneity-words';
import { summariseOutcome } from '../../domain/plain-language/outcome-summary';
import { SIZE_WORDS_CAVEAT } from '../../domain/plain-language/size-words';
import { CERTAINTY_STARTING_POINT } from '../../domain/plain-language/certainty';
import { OUTCOME_DOMAINS } from '../../domain/evidence/outcome-domains';
import { reportLabel } from '../../domain/evidence/trials';
import { DOMAIN_LABELS } from '../../domain/evidence/vocabulary';
import { OutcomePlainNumbers } from './outcome-plain-numbers';
import { Term } from '../../components/glossary-term';
import { certaintyTerm } from '../../domain/glossary/certainty';
import { confidenceIntervalTerm } from '../../domain/glossary/confidence-interval';
import { heterogeneityTerm } from '../../domain/glossary/heterogeneity';
import { pages } from '../../domain/pages/pages';
import { helpNowByNation, helpNowNations } from '../../domain/evidence/help-now';
import { OutcomeSinceTheReview } from './outcome-since-the-review';

function NotFound({ outcomeId }: { outcomeId: string | undefined }) {
  useDocumentTitle('Outcome not found');
  return (
    <>
      <h1>Outcome not found</h1>
      <p>
        There is no outcome called “{outcomeId}”. See <Link to={pages.outcomes.href()}>all six outcomes</Link>.
      </p>
    </>
  );
}

/** For the practitioner: where the family page's urgent contacts are, named, so they can be passed on at once. */
function HelpNowNote({ outcomeId }: { outcomeId: string }) {
  const help = helpNowByNation(useEvidence());
  if (help.groups.length === 0 && !help.emergency) return null;
  return (
    <p className="border-l-[10px] border-nhs-red bg-white p-4 text-base" data-testid="help-now-note">
      <strong>If a parent is unwell now:</strong> the family page lists whom to contact in {helpNowNations(help)} (GP,
      midwife or health visitor, NHS 111, 999 and helplines), with the source of each.{' '}
      <Link to={pages.family.href(outcomeId, 'help-now')}>Help now contacts for parents</Link>
    </p>
  );
}

/** Background we wrote ourselves carries no source link, and says so (audit P26). */
const OUR_WORDS =
  'Our words: these two sections are general background we wrote, not taken from the review or the news release.';

export function OutcomeDetailPage() {
  const { outcomeId } = useParams();
  const dataset = useEvidence();
  const outcome = findOutcome(dataset, outcomeId);
  useDocumentTitle(outcome?.name ?? 'Outcome not found');
  if (!outcome) return <NotFound outcomeId={outcomeId} />;

  const summary = summariseOutcome(outcome, dataset.review);
  const { result } = outcome;
  const exampleTrials = dataset.trials.filter((trial) => outcome.howMeasured.exampleTrialIds.includes(trial.id));
  const resultSource = findSource(dataset, result.sourceId);
  const neighbours = neighbouringOutcomes(dataset, outcome.id);

  return (
    <>
      <p className="mb-2">
        <Link to={pages.outcomes.href()}>All outcomes</Link>
      </p>
      <h1>{outcome.name}</h1>
      <p className="text-xl">{outcome.summary}</p>
      <p className="no-print">
        <Link to={pages.family.href(outcome.id)}>For families: this result in everyday words, to print or share</Link>
      </p>
      <HelpNowNote outcomeId={outcome.id} />

      <section aria-labelledby="verdict">
        <h2 id="verdict">In short</h2>
        <InsetText>
          <p className="text-xl font-bold">{summary.statement}</p>
          {summary.kind === 'significant' ? (
            <p>
              The pooled result favours the interventions. The size of the benefit could be {summary.sizeRange} (
              {SIZE_WORDS_CAVEAT}). How sure we can be: <strong>{summary.certainty.level}</strong> (our rating,
              explained below).
            </p>
          ) : (
            <p>No significant difference was found. Figures are not reported in our sources, so none are shown here.</p>
          )}
        </InsetText>
      </section>

      <h2>What it is</h2>
      <p>{outcome.whatItIs}</p>
      <h2>Why it matters for a child</h2>
      <p>{outcome.whyItMatters}</p>
      <p className="text-base text-nhs-dark-grey">{OUR_WORDS}</p>
      <h2>How it is usually measured</h2>
      <p>{outcome.howMeasured.text}</p>
      <p className="text-base text-nhs-dark-grey">
        Examples from trials in our dataset (the review’s own list of measures is not in our sources):{' '}
        {exampleTrials.map((trial, index) => {
          const source = findSource(dataset, trial.sourceId);
          const label = reportLabel(trial);
          return (
            <span key={trial.id}>
              {source?.url ? (
                <CitedSourceAnchor dataset={dataset} source={source} doi={trial.citation.doi}>
                  {label}
                </CitedSourceAnchor>
              ) : (
                label
              )}
              {index < exampleTrials.length - 1 ? '; ' : '.'}
            </span>
          );
        })}
      </p>

      <p>
        <Link to={pages.catalogue.href({ outcome: OUTCOME_DOMAINS[outcome.id] })}>
          Programmes whose trials measured {DOMAIN_LABELS[OUTCOME_DOMAINS[outcome.id]].toLowerCase()}
        </Link>{' '}
        <span className="text-base text-nhs-dark-grey">
          (in our sources; which outcome a trial measured is our coding)
        </span>
      </p>

      <h2>The result</h2>
      {summary.kind === 'significant' && result.status === 'significant' ? (
        <>
          <dl className="divide-y divide-nhs-grey-4 bg-white">
            <div className="p-4">
              <dt className="font-bold">As printed in the source</dt>
              <dd>
                <span className="font-mono">{result.asPrinted}</span>{' '}
                <SourceLink sourceId={result.sourceId} figure={`the ${outcome.name.toLowerCase()} result`} />
                <span className="block">
                  <Term entry={confidenceIntervalTerm}>95% confidence interval</Term>{' '}
                  {formatInterval(summary.oriented.reported)}
                  {result.pReadingNote ? `. ${result.pReadingNote}` : ''}
                </span>
                {summary.roundingNote ? <span className="mt-1 block">{summary.roundingNote}</span> : null}
              </dd>
            </div>
            <div className="p-4">
              <dt className="font-bold">Turned so that benefit is positive (our reading)</dt>
              <dd>
                {formatInterval(summary.oriented.oriented)}. {outcome.orientation.basis}
              </dd>
            </div>
            <div className="p-4">
              <dt className="font-bold">
                Middle of the interval <DerivedTag />
              </dt>
              <dd>
                {formatMidpoint(summary.oriented.reportedMidpoint)} as printed,{' '}
                {formatMidpoint(summary.oriented.orientedMidpoint)} turned. {result.derived.midpoint.method}
              </dd>
            </div>
          </dl>
          <figure className="my-6 bg-white p-2 sm:p-4">
            <figcaption className="mb-2 font-bold">{outcome.name}: the interval, with benefit on the right</figcaption>
            <ForestPlot model={outcomeForestModel([outcome])} description={outcomeForestDescription([outcome])} />
            <ChartExportButtons
              model={outcomeForestModel([outcome], {
                title: `${outcome.name}: the pooled interval, with benefit on the right`,
                sourceLine: `Source: Anna Freud Centre news release, ${dataset.review.report.date} ("Key data"). Interval turned by us. Under-5s Evidence Explorer, dataset ${dataset.datasetVersion}.`,
              })}
              description={outcomeForestDescription([outcome])}
              filename={`under5s-${outcome.id}`}
            />
          </figure>

          <h2>What it means in plain numbers</h2>
          <OutcomePlainNumbers
            oriented={summary.oriented.oriented}
            orientedMidpoint={summary.oriented.orientedMidpoint}
            rangesOnly={summary.certainty.level === 'very low'}
            significant
          />

          <h2>How much the studies disagreed</h2>
          <p>
            <Term entry={heterogeneityTerm}>I²</Term> = {result.i2Percent}% ({heterogeneityLevel(result.i2Percent)}).{' '}
            {describeHeterogeneity(result.i2Percent)}
          </p>

          <h2>How sure can we be?</h2>
          <p>
            <Term entry={certaintyTerm}>Certainty</Term>: <strong>{summary.certainty.level}</strong>.{' '}
            {summary.statement}
          </p>
          <p>
            This is our own rating, made with rules like those of GRADE. {CERTAINTY_STARTING_POINT} The review’s own
            certainty ratings are not in our sources.
          </p>
          <table className="bg-white text-base">
            <caption className="p-2 text-left font-bold">Why we rated it {summary.certainty.level}</caption>
            <thead>
              <tr>
                <th scope="col" className="pl-2">
                  Concern
                </th>
                <th scope="col">Levels down</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {summary.certainty.steps.map((step) => (
                <tr key={step.domain}>
                  <th scope="row" className="pl-2 font-normal first-letter:uppercase">
                    {step.domain}
                  </th>
                  <td>{step.levelsDown}</td>
                  <td>{step.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-base text-nhs-dark-grey">
            Not rated: indirectness and publication bias, about which our sources say nothing.
          </p>
        </>
      ) : (
        <WarningCallout heading="No significant difference: figures not reported">
          <p>
            {result.status === 'no-significant-difference' ? result.statement : null}{' '}
            <SourceLink sourceId={result.sourceId} figure={`the ${outcome.name.toLowerCase()} result`} />
          </p>
          <p>
            “No significant difference” does not prove the interventions make no difference. It means the studies did
            not show a difference that chance alone could not explain. Without the figures we cannot say how big or
            small any effect might be.
          </p>
        </WarningCallout>
      )}

      <OutcomeSinceTheReview dataset={dataset} outcome={outcome} />

      <h2>Sources for this page</h2>
      <ul className="list-disc pl-6">
        {resultSource ? (
          <li>
            {sourceDisplayName(resultSource)}:{' '}
            <Link to={pages.about.href(resultSource.id)}>details and where to look</Link>
            {resultSource.url ? (
              <>
                {' '}
                ·{' '}
                <CitedSourceAnchor dataset={dataset} source={resultSource}>
                  open the source
                </CitedSourceAnchor>
              </>
            ) : null}
          </li>
        ) : null}
      </ul>

      <nav
        aria-label="Other outcomes"
        className="mt-8 flex flex-wrap justify-between gap-4 border-t-2 border-nhs-grey-4 pt-4 print:hidden"
      >
        {neighbours.previous ? (
          <Link to={pages.outcome.href(neighbours.previous.id)} rel="prev">
            ← Previous outcome: {neighbours.previous.name}
          </Link>
        ) : (
          <span />
        )}
        {neighbours.next ? (
          <Link to={pages.outcome.href(neighbours.next.id)} rel="next">
            Next outcome: {neighbours.next.name} →
          </Link>
        ) : (
          <Link to={pages.outcomes.href()}>All outcomes on one chart →</Link>
        )}
      </nav>
    </>
  );
}
