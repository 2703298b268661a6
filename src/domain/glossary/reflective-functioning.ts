import type { GlossaryEntry } from './glossary-entry';

export const reflectiveFunctioningTerm: GlossaryEntry = {
  id: 'reflective-functioning',
  term: 'Reflective functioning',
  definition:
    'A parent’s ability to think about their own and their child’s feelings and intentions, and how these affect behaviour. It is mentalization, measured.',
};
