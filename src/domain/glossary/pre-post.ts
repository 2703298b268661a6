import type { GlossaryEntry } from './glossary-entry';

export const prePostTerm: GlossaryEntry = {
  id: 'pre-post',
  term: 'Before-and-after (pre-post) study',
  definition:
    'A study that measures families before and after the intervention, without a comparison group. It cannot show whether families would have improved anyway.',
};
