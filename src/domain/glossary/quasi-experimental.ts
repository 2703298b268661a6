import type { GlossaryEntry } from './glossary-entry';

export const quasiExperimentalTerm: GlossaryEntry = {
  id: 'quasi-experimental',
  term: 'Quasi-experimental study',
  definition: 'A study with a comparison group where families were not put into groups at random.',
};
