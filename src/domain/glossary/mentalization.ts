import type { GlossaryEntry } from './glossary-entry';

export const mentalizationTerm: GlossaryEntry = {
  id: 'mentalization',
  term: 'Mentalization',
  definition:
    'Making sense of our own and other people’s behaviour in terms of thoughts, feelings and wishes. In parenting, it means wondering what might be going on in the child’s mind.',
};
