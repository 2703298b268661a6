import { Link } from 'react-router';
import { WarningCallout } from '../../components/callouts';
import { SourceLink } from '../../components/source-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { outcomeHeadline } from '../../domain/plain-language/outcome-headline';
import { Term } from '../../components/glossary-term';
import { comparisonGroupTerm } from '../../domain/glossary/comparison-group';
import { psychodynamicTerm } from '../../domain/glossary/psychodynamic';
import { EvidenceSuspense } from '../../components/evidence-suspense';
import { pages } from '../../domain/pages/pages';

/** The heading and introduction need no data, so they show at once while the evidence file loads. */
export function HomePage() {
  useDocumentTitle('');
  return (
    <>
      <h1>Psychodynamic help for babies, young children and their parents: what the evidence says</h1>
      <p className="text-xl sm:text-2xl">
        In 2022 a team at the Anna Freud Centre brought together the research on{' '}
        <Term entry={psychodynamicTerm}>psychoanalytic and psychodynamic</Term> help for children under 5 and the adults
        who care for them. This site explains what they found, figure by figure, in plain English.
      </p>
      <EvidenceSuspense>
        <HomeEvidence />
      </EvidenceSuspense>
    </>
  );
}

function HomeEvidence() {
  const dataset = useEvidence();
  const { review, outcomes } = dataset;

  return (
    <>
      <h2>The review in numbers</h2>
      <ul className="grid gap-4 sm:grid-cols-3" aria-label="Key numbers">
        {review.keyFigures.map((figure) => (
          <li key={figure.id} className="border-t-4 border-nhs-blue bg-white p-4">
            <span className="block text-4xl font-bold">{figure.display}</span>
            <span className="block">{figure.label}</span>
            <SourceLink sourceId={figure.sourceId} figure={`${figure.display} ${figure.label}`} />
          </li>
        ))}
      </ul>
      <p>
        The review was written by {review.authors.join(', ').replace(/, ([^,]*)$/, ' and $1')}. It was commissioned by
        the {review.report.commissionedBy} and published on {review.report.date}.{' '}
        <SourceLink sourceId={review.report.sourceId} figure="the report’s authors, commissioner and date" /> A
        peer-reviewed version was published in {review.journal.publicationDate.slice(0, 4)}.{' '}
        <SourceLink sourceId={review.journal.sourceId} figure="the journal article" />
      </p>

      <h2>Three types of help</h2>
      <p>
        The review grouped the help it found into three types. Our sources do not say which study went into which type,
        so each programme’s type on this site is our coding.
      </p>
      <dl className="space-y-3">
        {review.interventionTypes.map((type) => (
          <div key={type.id} className="bg-white p-4">
            <dt className="font-bold">
              <Link to={pages.type.href(type.id)}>{type.name}</Link>
            </dt>
            <dd>
              {type.summary}{' '}
              <span className="text-base text-nhs-dark-grey">
                (Our plain words for the review’s category “{type.labelAsReported}”{' '}
                <SourceLink sourceId={type.sourceId} figure={`the type “${type.labelAsReported}”`} />
                ).
              </span>
            </dd>
          </div>
        ))}
      </dl>

      <h2>What it found, outcome by outcome</h2>
      <p>
        These results pool the studies that compared families who had the help with families who had something else (a{' '}
        <Term entry={comparisonGroupTerm}>comparison group</Term>). The words “may” and “very uncertain” follow our
        rating of how sure we can be.
      </p>
      <ul className="space-y-3">
        {outcomes.map((outcome) => {
          const summary = outcomeHeadline(outcome, review);
          return (
            <li key={outcome.id} className="border-l-[6px] border-nhs-blue bg-white p-4">
              <h3 className="mt-0">
                <Link to={pages.outcome.href(outcome.id)}>{outcome.name}</Link>
              </h3>
              <p className="mb-1">{summary.statement}</p>
              <p className="mb-0 text-base text-nhs-dark-grey">
                {summary.kind === 'significant'
                  ? `The review found a significant difference in favour of the interventions. Certainty (our rating): ${summary.level}.`
                  : 'No figures are reported in our sources.'}
              </p>
            </li>
          );
        })}
      </ul>

      <WarningCallout heading="How good are the studies?">
        <p>
          {review.quality.text} <SourceLink sourceId={review.quality.sourceId} figure="the study quality finding" />
        </p>
        <p>
          So even where the pooled results favour the interventions, we cannot be very sure how big the benefit is. Read
          each result with this in mind.
        </p>
      </WarningCallout>

      <h2>Where next</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link to={pages.outcomes.href()}>Compare all six outcomes on one chart</Link>
        </li>
        <li>
          <Link to={pages.catalogue.href()}>
            Browse the 14 programmes by type, with their trials and an evidence map
          </Link>
        </li>
        <li>
          <Link to={pages.sinceTheReview.href()}>Since the review: newer studies, in their own words</Link>
        </li>
        <li>
          <Link to={pages.about.href()}>
            How the review was done, where every figure comes from, and how to cite it
          </Link>
        </li>
        <li>
          <Link to={pages.families.href()}>
            For families: what the research found, in everyday words, to print or share
          </Link>
        </li>
      </ul>
    </>
  );
}
