import type { GlossaryEntry } from './glossary-entry';

export const attachmentTerm: GlossaryEntry = {
  id: 'attachment',
  term: 'Attachment',
  definition:
    'The bond a young child forms with the people who look after them. A securely attached child trusts that the parent will comfort them when upset, and explores from that safe base.',
};
