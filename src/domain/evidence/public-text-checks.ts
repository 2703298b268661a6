import type { EvidenceDataset } from './evidence-schema';
import { citedSourceLink } from './source-hosts';

// What must never reach a page, a print or an export (issue 17 part 5, audit P16 and P17): the compilers' search
// notes, their field and file names, placeholder text, and a copy's address where our sources hold the original.
// The browser crawl (tests/source-integrity.spec.ts) and the export scan (export-integrity.test.ts) both use these.

export const LEAK_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'search note about stored text', pattern: /\bstored (?:page )?(?:text|pages?|excerpts?)\b/i },
  { name: 'the compilers’ brief', pattern: /\bbrief['’]s list\b/i },
  { name: 'search note about what was seen', pattern: /\b(?:excerpts?|sources|abstracts) (?:seen|reached)\b/i },
  { name: 'search note', pattern: /\bnot captured\b|\bnot displayed in excerpt\b|\bnot in (?:the )?corpus\b/i },
  {
    name: 'search note "not found"',
    pattern: /\b(?:results?|ratings?|length|entry|entries|figure|duration|training) not found\b|: not found\b/i,
  },
  { name: 'shouted caution from a search note', pattern: /\bCAUTION:/ },
  {
    name: 'field name from the evidence files',
    pattern:
      /\b(?:cost_per_family|delivered_by|eif_evidence_rating|eif_cost_rating|clearinghouse_rating|uk_delivery|source_url|source_name|quote_or_paraphrase|type_basis|not_found|meta_analysis_basis|subgroup_by_intervention_type|search_notes)\b/,
  },
  {
    name: 'evidence file name',
    pattern: /\b(?:trials|programmes|programmes-commissioning|review|press-release-figures|since-the-review)\.json\b/,
  },
  // Audit P4: the review pooled its controlled studies; our sources say nothing of how it treated the three types.
  {
    name: 'claim about the types beyond our sources',
    pattern:
      /\bpooled all (?:its studies|three types|the types)\b|\bpools the three types\b|\bresearch does not tell us which kind\b/i,
  },
  // Audit P24: a 95% interval is not where the true effect "probably lies".
  {
    name: 'Bayesian reading of a confidence interval',
    pattern:
      /\b(?:true (?:pooled )?(?:effect|result|value)) probably lies?\b|\bprobably lies? (?:inside|within) (?:it|the interval)\b/i,
  },
  { name: 'doubled wording', pattern: /\bin our sources in our sources\b/i },
  { name: 'a sentence printed twice in a row', pattern: /([A-Z][^.!?\n]{15,}[.!?])\s+\1/ },
];

/** Each leak in a text, with a little of the text around it. */
export function findLeaks(text: string): { name: string; context: string }[] {
  return LEAK_PATTERNS.flatMap(({ name, pattern }) => {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    return [...text.matchAll(global)].map((match) => ({
      name,
      context: text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 40),
    }));
  });
}

/**
 * The addresses of copies (staging sites, document-sharing sites, abstract re-publishers) whose original is in our
 * sources: none of these may be linked or printed anywhere; the original is cited instead.
 */
export function copiesWithOriginals(dataset: EvidenceDataset): Map<string, string> {
  const copies = new Map<string, string>();
  for (const source of dataset.sources) {
    const link = citedSourceLink(dataset, source);
    if (link?.copy?.originalLinked) copies.set(link.copy.url, link.href);
  }
  return copies;
}
