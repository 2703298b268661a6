import type { GlossaryEntry } from './glossary-entry';

export const rctTerm: GlossaryEntry = {
  id: 'rct',
  term: 'Randomised controlled trial (RCT)',
  definition:
    'A study in which families are put into the intervention or comparison group at random, so that the groups are alike at the start. It is the fairest test of whether an intervention works.',
};
