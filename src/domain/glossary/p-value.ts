import type { GlossaryEntry } from './glossary-entry';

export const pValueTerm: GlossaryEntry = {
  id: 'p-value',
  term: 'p value',
  definition:
    'How likely a difference at least this big would be if the intervention in fact made no difference. A small p value (usually under 0.05) means chance alone is an unlikely explanation.',
};
