import type { GlossaryEntry } from './glossary-entry';

export const dyadicTerm: GlossaryEntry = {
  id: 'dyadic',
  term: 'Dyadic and triadic',
  definition:
    'Dyadic means working with two people together, usually a parent and child. Triadic means three, for example both parents with their child.',
};
