import type { EvidenceDataset, Programme } from '../../domain/evidence/evidence-schema';

type TakingPartField = 'format' | 'length' | 'deliveredBy' | 'childAge';

/** Where a "taking part" sentence comes from: words that appear in one programme's sourced field. */
export interface TakingPartEvidence {
  programmeId: string;
  field: TakingPartField;
  /** Must appear in the field's value (a test checks), so the sentence cannot drift from its source. */
  quote: string;
}

export interface TakingPartFact {
  text: string;
  evidence: TakingPartEvidence[];
}

/**
 * What taking part is like, in everyday words. Each sentence is ours, but every claim in it is one that a named
 * programme's sourced fact makes; we give a range only where both ends are stated. These are programmes our
 * sources name, not the review's 77 studies, so the page says that what is offered locally may differ.
 */
export const TAKING_PART: TakingPartFact[] = [
  {
    text: 'You may see a therapist, a nurse or a social worker.',
    evidence: [
      { programmeId: 'child-parent-psychotherapy', field: 'deliveredBy', quote: 'therapist' },
      { programmeId: 'minding-the-baby', field: 'deliveredBy', quote: 'Nurse practitioner + clinical social worker' },
    ],
  },
  {
    text: 'Some of them visit you at home. Some see you and your child together. Some run groups, and in some groups babies come too.',
    evidence: [
      { programmeId: 'minding-the-baby', field: 'format', quote: 'Home visiting' },
      { programmeId: 'child-parent-psychotherapy', field: 'format', quote: 'Joint caregiver-child sessions' },
      { programmeId: 'lighthouse-parenting-programme', field: 'format', quote: "Weekly parents' group" },
      { programmeId: 'mother-baby-nurture', field: 'format', quote: 'Group programme for mothers and infants' },
    ],
  },
  {
    text: 'In some, you play with your child. Then you talk with the therapist about it.',
    evidence: [
      {
        programmeId: 'watch-wait-wonder',
        field: 'format',
        quote: 'then reflects on the experience with the therapist',
      },
    ],
  },
  {
    text: 'You often meet once a week.',
    evidence: [
      { programmeId: 'child-parent-psychotherapy', field: 'length', quote: 'Weekly hour-long sessions' },
      { programmeId: 'watch-wait-wonder', field: 'length', quote: 'Weekly sessions' },
      { programmeId: 'circle-of-security', field: 'length', quote: 'typically weekly' },
    ],
  },
  {
    text: 'Some last 10 weeks. One starts before the baby is born and goes on until the child is 2.',
    evidence: [
      { programmeId: 'mother-baby-nurture', field: 'length', quote: '10 weeks' },
      { programmeId: 'minding-the-baby', field: 'childAge', quote: "Pregnancy to the child's second birthday" },
    ],
  },
];

export interface ResolvedEvidence extends TakingPartEvidence {
  programme: Programme;
  value: string;
  sourceId: string;
}

/** Looks up each quote in the dataset; throws if a programme, value, source or quote is missing, so a bad edit fails loudly. */
export function resolveTakingPart(dataset: EvidenceDataset, facts: TakingPartFact[] = TAKING_PART): ResolvedEvidence[] {
  return facts.flatMap((fact) =>
    fact.evidence.map((evidence) => {
      const programme = dataset.programmes.find((item) => item.id === evidence.programmeId);
      if (!programme) throw new Error(`Taking part: programme "${evidence.programmeId}" is not in the dataset`);
      const { value, sourceId } = programme.fields[evidence.field];
      if (!value || !sourceId) throw new Error(`Taking part: ${programme.id}.${evidence.field} has no sourced value`);
      if (!value.toLowerCase().includes(evidence.quote.toLowerCase())) {
        throw new Error(`Taking part: ${programme.id}.${evidence.field} does not say "${evidence.quote}"`);
      }
      return { ...evidence, programme, value, sourceId };
    }),
  );
}
