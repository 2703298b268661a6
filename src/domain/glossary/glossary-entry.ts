/** One term of the glossary, in our own plain words: shown on /glossary and wherever the term appears in a page. */
export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}
