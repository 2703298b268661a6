import type { GlossaryEntry } from './glossary-entry';

export const confidenceIntervalTerm: GlossaryEntry = {
  id: 'confidence-interval',
  term: 'Confidence interval',
  definition:
    'A range worked out from the studies. It is built so that, across many repeats of the research, 95 in 100 ranges made this way would contain the true value. Values inside it fit the data better than values outside it. It does not give the chance that the true value lies inside this particular range.',
};
