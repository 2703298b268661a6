import type { GlossaryEntry } from './glossary-entry';

export const pooledResultTerm: GlossaryEntry = {
  id: 'pooled-result',
  term: 'Pooled result',
  definition: 'The combined result of several studies in a meta-analysis.',
};
