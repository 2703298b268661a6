import { Link } from 'react-router';
import { InsetText } from '../../components/callouts';
import { SinceEntryCard } from '../../components/since-entry';
import type { EvidenceDataset, Programme } from '../../domain/evidence/evidence-schema';
import { pages } from '../../domain/pages/pages';
import { sinceForProgramme } from '../../domain/evidence/since-the-review';

/** Newer studies of the programme, each on its own and in its own words: never merged with the trials above. */
export function ProgrammeSinceTheReview({ dataset, programme }: { dataset: EvidenceDataset; programme: Programme }) {
  const entries = sinceForProgramme(dataset, programme.id);
  return (
    <section aria-labelledby="since-the-review">
      <h2 id="since-the-review">Since the review</h2>
      {entries.length === 0 ? (
        <p>Our sources hold no studies of {programme.name} newer than the review.</p>
      ) : (
        <>
          <InsetText>
            <p>
              Studies and registrations newer than the review, or not in our other files, newest first. They are shown
              in their sources’ own words, with the kind of source and any caution, and are not part of the review’s
              results.
            </p>
          </InsetText>
          {entries.map((entry) => (
            <SinceEntryCard key={entry.id} dataset={dataset} entry={entry} showProgramme={false} />
          ))}
        </>
      )}
      <p>
        <Link to={pages.sinceTheReview.href({ programme: programme.id })}>
          Newer studies of {programme.name} on the since-the-review page
        </Link>
      </p>
    </section>
  );
}
