import type { CommissioningCategoryId, EvidenceDataset, Programme } from '../../domain/evidence/evidence-schema';
import { findSource, sourceDisplayName } from '../../domain/evidence/lookup';
import { CitedSourceAnchor } from '../../components/cited-source-anchor';

// Every commissioning fact our sources hold for the programme, whichever way it points: ratings, dose, workforce,
// training, UK delivery, cost, and the other facts (trial results reported by commissioners and clearinghouses among
// them). The same facts are rows of the comparison and its CSV.

export const COMMISSIONING_SECTION_LABELS: Record<CommissioningCategoryId, string> = {
  ratings: 'Ratings by clearinghouses (each on its own scale)',
  dose: 'Dose: sessions, length and duration',
  deliveredBy: 'Who delivers it',
  training: 'Training and supervision',
  ukDelivery: 'Delivered in the UK',
  costPerParticipant: 'Cost',
  other: 'Other facts and results',
};

const ORDER: CommissioningCategoryId[] = [
  'other',
  'ratings',
  'ukDelivery',
  'dose',
  'deliveredBy',
  'training',
  'costPerParticipant',
];

export function ProgrammeCommissioning({ dataset, programme }: { dataset: EvidenceDataset; programme: Programme }) {
  const { commissioning } = programme;
  return (
    <section aria-labelledby="commissioning-facts">
      <h2 id="commissioning-facts">What commissioning sources say</h2>
      <p className="text-base">
        Facts from clearinghouses, commissioners and programme pages, each as our sources paraphrase it, with a link to
        where it was read. Ratings keep their own scales and are never added up. We show every fact, whichever way it
        points.
      </p>
      <dl className="divide-y divide-nhs-grey-4 bg-white [overflow-wrap:break-word] [hyphens:auto]">
        {ORDER.map((category) => {
          const { facts } = commissioning[category];
          return (
            <div key={category} className="grid gap-x-4 p-4 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">{COMMISSIONING_SECTION_LABELS[category]}</dt>
              <dd>
                {facts.length === 0 ? (
                  <span className="text-nhs-dark-grey">Not in our sources.</span>
                ) : (
                  <ul className="m-0 list-none p-0">
                    {facts.map((fact, index) => {
                      const source = findSource(dataset, fact.sourceId);
                      return (
                        <li key={index} className="mb-2">
                          {'schemeName' in fact ? <strong>{fact.schemeName}: </strong> : null}
                          {fact.value}{' '}
                          <span className="text-base">
                            (
                            {source?.url ? (
                              <CitedSourceAnchor dataset={dataset} source={source}>
                                {fact.sourceName}
                              </CitedSourceAnchor>
                            ) : source ? (
                              sourceDisplayName(source)
                            ) : (
                              fact.sourceName
                            )}
                            {fact.sourceDate ? `, ${fact.sourceDate}` : ''})
                          </span>
                          {'scale' in fact ? (
                            <span className="block text-base text-nhs-dark-grey">Scale: {fact.scale}</span>
                          ) : null}
                          {fact.caveat ? (
                            <span className="block text-base text-nhs-dark-grey">Caution: {fact.caveat}</span>
                          ) : null}
                          {fact.note ? (
                            <span className="block text-base text-nhs-dark-grey">Our note: {fact.note}</span>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
