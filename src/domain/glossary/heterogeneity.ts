import type { GlossaryEntry } from './glossary-entry';

export const heterogeneityTerm: GlossaryEntry = {
  id: 'heterogeneity',
  term: 'Heterogeneity and I²',
  definition:
    'How much the results of the studies differ from each other. I² is the share of that difference that is more than chance would give, from 0% (none) to 100%.',
};
