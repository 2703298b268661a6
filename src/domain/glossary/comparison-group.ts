import type { GlossaryEntry } from './glossary-entry';

export const comparisonGroupTerm: GlossaryEntry = {
  id: 'comparison-group',
  term: 'Comparison group',
  definition:
    'Families in a study who did not get the intervention being tested. They may get usual care, a different kind of help, or join a waiting list.',
};
