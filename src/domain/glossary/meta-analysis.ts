import type { GlossaryEntry } from './glossary-entry';

export const metaAnalysisTerm: GlossaryEntry = {
  id: 'meta-analysis',
  term: 'Meta-analysis',
  definition:
    'A way of combining the results of several studies into one pooled result, giving more weight to larger, more precise studies.',
};
