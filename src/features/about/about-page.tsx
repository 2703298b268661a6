import { countTrialsAndReports, formatTrialCount, overlapSentence } from '../../domain/evidence/trials';
import { Changelog } from '../../components/changelog';
import { Link } from 'react-router';
import { CitationTools, HowToCiteThisPage } from '../../components/citation-tools';
import { plainReference, releaseReference, reviewReference } from '../../domain/export/citations';
import { useFocusHashTarget } from '../../components/use-focus-hash-target';
import { useDocumentTitle } from '../../components/use-document-title';
import { EVIDENCE_URL, useEvidence } from '../../data/evidence-query';
import { pages } from '../../domain/pages/pages';
import { SourceLink } from '../../components/source-link';
import { RatingDecisions } from './rating-decisions';
import { SourceRegister } from './source-register';

export function AboutPage() {
  useDocumentTitle('About the evidence');
  const dataset = useEvidence();
  const { review } = dataset;
  const figure = (id: string) => review.keyFigures.find((item) => item.id === id)?.display ?? 'not reported';
  useFocusHashTarget();

  return (
    <>
      <h1>About the evidence</h1>

      <h2>The review</h2>
      <p>
        <strong>{review.title}</strong>. By {review.authors.join(', ')}. Commissioned by the{' '}
        {review.report.commissionedBy}; carried out by the {review.report.conductedBy}{' '}
        <SourceLink sourceId={review.report.sourceId} figure="who commissioned and carried out the review" />. The
        report was published on {review.report.date}.
      </p>
      <p>
        It looked for studies of psychoanalytic and psychodynamic help for children under 5 and their caregivers. It
        searched {figure('databases')} research databases and included {figure('studies')} studies with{' '}
        {figure('participants')} participants. It described the studies, then pooled the controlled studies (those that
        compared families who had the help with families who had something else) in meta-analyses by outcome. It also
        rated the quality of the studies.
      </p>
      <p>
        Before and after the help, {review.prePostImprovement.lowPercent}–{review.prePostImprovement.highPercent}% of
        the comparisons showed improvement, for every outcome. This does not show that the help caused the change:
        families can improve over time anyway. That is why the controlled results on the outcome pages matter more.{' '}
        {review.harms.text}
      </p>

      <h2>What our sources do not tell us</h2>
      <p>
        We could read the news release, the journal abstract and the opening of the article, but not the full text.
        These are not reported in our sources:
      </p>
      <ul className="list-disc pl-6">
        {review.notReported.map((gap) => (
          <li key={gap.topic}>
            <strong>{gap.topic}.</strong> {gap.text}
          </li>
        ))}
      </ul>

      <h2>Limitations</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>{review.quality.text} We lower our certainty in every result because of this.</li>
        <li>The pooled figures come from a news release. We could not check them against the article’s tables.</li>
        <li>
          The review pooled its controlled studies by outcome. Our sources give no result for each type of intervention
          separately, so they cannot tell us whether one type works better than another.
        </li>
        <li>Most participants were mothers. Results may not apply in the same way to fathers or other carers.</li>
      </ul>

      <h2 id="derived">Figures we worked out (derived figures)</h2>
      <p>Wherever the app shows one of these, it is labelled “derived”.</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Turned (oriented) effects.</strong> We multiply each printed figure by +1 or −1 so that a benefit is
          always positive. The outcome pages say why for each one.
        </li>
        <li>
          <strong>Middle of the interval.</strong> (lower + upper) ÷ 2. The release prints intervals only.
        </li>
        <li>
          <strong>Standard error.</strong> (upper − lower) ÷ (2 × 1.96), kept in the dataset for calculations.
        </li>
        <li>
          <strong>Plain numbers.</strong> Chance of doing better Φ(g ÷ √2); improvement index Φ(g) − 50%; number needed
          to treat 1 ÷ (2Φ(g ÷ √2) − 1), the Kraemer–Kupfer convention, which is the most favourable way to convert an
          effect size and is not the number needed to treat of a yes/no outcome; extra pairs of families out of 100, 100
          × (2Φ(g ÷ √2) − 1), a difference between the groups, not a count of families helped. All of these hold only if
          the measure is a standardised mean difference, which the release does not say.
        </li>
        <li>
          <strong>Certainty ratings.</strong> Our own GRADE-style rules: one step down for study quality, one for I² of
          50% or more, one for an interval that reaches below 0.2 (two if it reaches 0, unless a printed p below 0.05
          shows the 0 is rounding). Where the rating starts, and our other choices, are under{' '}
          <a href="#rating-decisions">How we rate certainty: our decisions</a>.
        </li>
      </ul>

      <RatingDecisions dataset={dataset} />

      <h2>How to cite</h2>
      <p>Please cite the review itself, not this site:</p>
      <p className="bg-white p-4 [overflow-wrap:anywhere]">
        {plainReference(reviewReference(dataset))}{' '}
        <a href={`https://doi.org/${review.journal.doi}`} className="address-shown">
          https://doi.org/{review.journal.doi}
        </a>
      </p>
      <CitationTools references={[reviewReference(dataset)]} filename="sleed-2023" label="the review" />
      <p>The 2022 report and its news release, where the pooled figures are printed:</p>
      <p className="bg-white p-4 [overflow-wrap:anywhere]">{plainReference(releaseReference(dataset))}</p>
      <CitationTools
        references={[releaseReference(dataset)]}
        filename="anna-freud-2022-report"
        label="the 2022 report and news release"
      />
      <HowToCiteThisPage
        pageTitle="About the evidence"
        datasetVersion={dataset.datasetVersion}
        datasetDate={dataset.datasetDate}
      />

      <h2 id="sources">Where every figure comes from</h2>
      <p>
        Each “source” link in the app brings you to its entry here: the sources of the review’s figures first, then
        every other source the app cites. Programme and trial pages link straight to their own sources. The whole
        dataset is at <a href={EVIDENCE_URL}>data/evidence.json</a>.
      </p>
      <SourceRegister dataset={dataset} />

      <h2>This dataset</h2>
      <p>
        Dataset version {dataset.datasetVersion}, dated {dataset.datasetDate} (schema version {dataset.schemaVersion}).
        It holds {dataset.outcomes.length} outcomes, {dataset.programmes.length} programmes,{' '}
        {formatTrialCount(countTrialsAndReports(dataset))} and {dataset.sources.length} sources. The words on this site
        are ours; the facts and figures are copied from the sources.{overlapSentence(dataset)}
      </p>
      <Changelog dataset={dataset} />
      <p>
        <Link to={pages.outcomes.href()}>See the outcomes</Link>
      </p>
    </>
  );
}
