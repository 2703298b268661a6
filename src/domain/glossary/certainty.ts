import type { GlossaryEntry } from './glossary-entry';

export const certaintyTerm: GlossaryEntry = {
  id: 'certainty',
  term: 'Certainty of evidence',
  definition:
    'How sure we can be that a result is close to the truth. We rate it high, moderate, low or very low, using rules like GRADE’s: study quality, how much studies disagree, and how wide the interval is.',
};
