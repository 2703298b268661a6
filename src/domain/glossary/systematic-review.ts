import type { GlossaryEntry } from './glossary-entry';

export const systematicReviewTerm: GlossaryEntry = {
  id: 'systematic-review',
  term: 'Systematic review',
  definition:
    'A review that searches for all the studies on a question in a planned, recorded way, then judges and summarises them.',
};
