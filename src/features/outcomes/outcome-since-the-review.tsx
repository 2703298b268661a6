import { Link } from 'react-router';
import { SinceSourceLink, sinceKindText } from '../../components/since-entry';
import type { EvidenceDataset, Outcome } from '../../domain/evidence/evidence-schema';
import { findProgramme } from '../../domain/evidence/lookup';
import { pages } from '../../domain/pages/pages';
import { sinceForOutcome } from '../../domain/evidence/since-the-review';

/**
 * A note on an outcome page: the newer studies that measured this outcome and what they found, in their own words.
 * Kept apart from the review's result above, and never combined with it.
 */
export function OutcomeSinceTheReview({ dataset, outcome }: { dataset: EvidenceDataset; outcome: Outcome }) {
  const entries = sinceForOutcome(dataset, outcome.id);
  return (
    <section aria-labelledby="newer-studies" className="my-6 border-l-[10px] border-nhs-grey-4 bg-white p-4">
      <h2 id="newer-studies" className="mt-0">
        Newer studies that measured it
      </h2>
      {entries.length === 0 ? (
        <p>Our sources hold no studies newer than the review that measured {outcome.name.toLowerCase()}.</p>
      ) : (
        <>
          <p>
            These studies are not part of the review’s result above and do not change it. Each is given in its own
            words; which of our outcomes a measure belongs to is our mapping.
          </p>
          <ul className="list-none space-y-4 p-0">
            {entries.map((entry) => {
              const programme = entry.programmeId ? findProgramme(dataset, entry.programmeId) : undefined;
              return (
                <li key={entry.id} className="border-t border-nhs-grey-4 pt-3">
                  <p className="mb-1 font-bold">{entry.label}</p>
                  <p className="mb-1 text-base text-nhs-dark-grey">
                    {sinceKindText(entry)} ·{' '}
                    {programme ? (
                      <Link to={pages.programme.href(programme.id)}>{programme.name}</Link>
                    ) : (
                      `${entry.programmeAsStated} (not one of the programmes in our dataset)`
                    )}
                  </p>
                  {entry.appOutcomes
                    .filter((item) => item.outcomeId === outcome.id)
                    .map((item, index) => (
                      <div key={index}>
                        <p className="mb-1">
                          Measured as “{item.measureAsStated}”. What it found: “{item.resultAsStated}”
                        </p>
                        {item.mappingNote ? (
                          <p className="mb-1 text-base text-nhs-dark-grey">Our mapping: {item.mappingNote}</p>
                        ) : null}
                      </div>
                    ))}
                  {entry.caution ? (
                    <p className="mb-1 text-base">
                      <strong>Caution:</strong> {entry.caution}
                    </p>
                  ) : null}
                  <p className="mb-0 text-base">
                    Source: <SinceSourceLink dataset={dataset} entry={entry} />
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="mb-0">
        <Link to={pages.sinceTheReview.href({ outcome: outcome.id })}>
          Newer studies of {outcome.name.toLowerCase()} on the since-the-review page
        </Link>
      </p>
    </section>
  );
}
