import type { GlossaryEntry } from './glossary-entry';

export const statisticallySignificantTerm: GlossaryEntry = {
  id: 'statistically-significant',
  term: 'Statistically significant',
  definition:
    'A result that chance alone is unlikely to explain: its 95% confidence interval does not include “no difference”. It does not mean the effect is large or important.',
};
