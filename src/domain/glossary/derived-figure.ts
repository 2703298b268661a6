import type { GlossaryEntry } from './glossary-entry';

export const derivedFigureTerm: GlossaryEntry = {
  id: 'derived-figure',
  term: 'Derived figure',
  definition:
    'A number this site worked out from figures in a source, such as the middle of an interval. The source did not print it. We always label these.',
};
