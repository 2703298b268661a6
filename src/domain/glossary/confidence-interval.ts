import type { GlossaryEntry } from './glossary-entry';

export const confidenceIntervalTerm: GlossaryEntry = {
  id: 'confidence-interval',
  term: 'Confidence interval',
  definition:
    'The range of values within which the true result probably lies. A 95% interval is built so that, across many studies, 95 in 100 such ranges would contain the true value.',
};
