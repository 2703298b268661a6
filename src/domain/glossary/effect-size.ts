import type { GlossaryEntry } from './glossary-entry';

export const effectSizeTerm: GlossaryEntry = {
  id: 'effect-size',
  term: 'Effect size',
  definition:
    'A number for how big a difference an intervention made. Standardised effect sizes put results from different questionnaires on the same scale.',
};
