import type { GlossaryEntry } from './glossary-entry';

export const psychodynamicTerm: GlossaryEntry = {
  id: 'psychodynamic',
  term: 'Psychodynamic and psychoanalytic',
  definition:
    'Ways of helping that pay attention to feelings and patterns we may not be aware of, often shaped by earlier relationships, and how they show up in relationships now.',
};
