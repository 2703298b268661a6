import type { GlossaryEntry } from './glossary-entry';

export const numberNeededToTreatTerm: GlossaryEntry = {
  id: 'number-needed-to-treat',
  term: 'Number needed to treat (NNT)',
  definition:
    'How many families would need the intervention for one more family to do better than without it. Smaller is better. For the review’s scores this site uses the Kraemer–Kupfer convention, which counts a family that does better by any amount: the most favourable way to convert an effect size. It is usually smaller than the number needed to treat clinicians know from yes/no outcomes (such as recovered or not), so the two should not be compared directly.',
};
