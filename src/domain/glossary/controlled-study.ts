import type { GlossaryEntry } from './glossary-entry';

export const controlledStudyTerm: GlossaryEntry = {
  id: 'controlled-study',
  term: 'Controlled study',
  definition: 'A study that compares families who had the intervention with a comparison group who did not.',
};
