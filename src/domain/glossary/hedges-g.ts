import type { GlossaryEntry } from './glossary-entry';

export const hedgesGTerm: GlossaryEntry = {
  id: 'hedges-g',
  term: 'Standardised mean difference (Hedges’ g)',
  definition:
    'The difference between two groups’ average scores divided by how spread out the scores are. 0.2 is usually called small, 0.5 moderate and 0.8 large. Hedges’ g adds a small correction for small studies. The review’s release does not name its effect measure: where this site uses these size words, it assumes the measure is a standardised mean difference, and says so.',
};
