// The evidence files were written by the people who compiled them, and some of their notes say where they looked
// ("not stated in the excerpts seen", "not found in stored text", "Not in the brief's list") or name their own fields
// ("cost_per_family: not found"). Those are research notes, not facts, and a reader should see plain "not in our
// sources" instead (audit P16, issue 17 part 5). This pass rewrites only those phrases, in every text of the built
// dataset, so that no page, print or export can show them. Quotes from the sources themselves never use these phrases;
// `public-wording.test.ts` lists each rule with an example, and the built dataset is checked for what is left.

/** The compilers' field names, in words. */
const FIELD_WORDS: Record<string, string> = {
  eif_evidence_rating: 'EIF evidence rating',
  eif_cost_rating: 'EIF cost rating',
  clearinghouse_rating: 'clearinghouse rating',
  cost_per_family: 'cost per family',
  delivered_by: 'who delivers it',
  uk_delivery: 'UK delivery',
  training: 'training',
  dose: 'dose',
};
const FIELD = Object.keys(FIELD_WORDS)
  .filter((field) => field.includes('_'))
  .join('|');

/** Where the compilers looked, e.g. "the MTP excerpts seen", "stored text", "sources reached", "any stored page text". */
const WHERE_LOOKED = String.raw`(?:in |on )?(?:any |the )?(?:[A-Z]{2,} )?(?:(?:sources|excerpts?|abstracts?|pages?)(?: seen| reached)|stored (?:page text|text|pages?|excerpts?)|excerpts?|corpus)`;

const RULES: readonly (readonly [RegExp, string])[] = [
  // "Not in the brief's list; single descriptive source" → the list is the compilers' task list.
  [/Not in the brief['’]s list; (\w)/g, 'A $1'],
  // A leading field name: "cost_per_family: not found", "delivered_by / training: not found (…)".
  [new RegExp(String.raw`^(?:(?:${FIELD}|training|dose)(?: \([^)]*\))?(?: \/ )?)+: `, 'g'), ''],
  // "not stated in the excerpts seen", "not found in stored text", "Not displayed in excerpt", "not captured".
  [
    new RegExp(
      String.raw`\b([Ii]s |[Aa]re |[Ww]as |[Ww]ere )?([Nn])ot (?:stated|specified|explicit|displayed|found|present|visible|rendered) ${WHERE_LOOKED}`,
      'g',
    ),
    '$1$2ot stated in our sources',
  ],
  [
    /\b([Nn])ot in (?:the |any )?(?:stored (?:page text|text|pages?|excerpts?)|excerpts?|corpus)\b/g,
    '$1ot in our sources',
  ],
  [/ in stored (?:page text|text|pages?|excerpts?)\b/g, ' in our sources'],
  [/\b(?:were|was) not captured\b/g, 'are not in our sources'],
  [/\bnot captured\b/g, 'not in our sources'],
  // A bare "not found" at the end of a clause: "COS-I length not found", "results not found".
  [/\bnot found\b(?! to\b)/g, 'not in our sources'],
  [/\bnone found\b/g, 'none in our sources'],
  [/\b(no [^.;:()]{0,60}?) found\b/g, '$1 in our sources'],
  [/\bentry found\b/g, 'entry in our sources'],
  [/\bCAUTION: /g, 'Caution: '],
  // "The stored page's address names another programme": the page as our sources hold it.
  [/\bThe stored page['’]s address\b/g, 'The address of the page in our sources'],
  // "(title cut off in the stored page)", "not stated on the stored page": the page as our sources hold it.
  [/\b(?:in|on) the stored page\b/g, 'in our sources'],
  [/\bstored pages?\b/g, 'pages in our sources'],
  // The compilers' own file names: what each file is, in words.
  [/\bprogrammes-commissioning\.json\b/g, 'our commissioning sources'],
  [/\bsince-the-review\.json\b/g, 'our list of newer studies'],
  [/\bpress-release-figures\.json\b/g, 'the news release'],
  [/\btrials\.json\b/g, 'our trial sources'],
  [/\bprogrammes\.json\b/g, 'our programme sources'],
  [/\breview\.json\b/g, 'our review sources'],
  // Any field name left inside a sentence.
  [new RegExp(String.raw`\b(${FIELD})\b`, 'g'), '$1'],
];

/** One text, with the compilers' search notes and field names put into plain words. */
export function publicWording(text: string): string {
  if (/^https?:\/\//.test(text)) return text;
  let result = text;
  for (const [pattern, replacement] of RULES) {
    result =
      replacement === '$1'
        ? result.replace(pattern, (field: string) => FIELD_WORDS[field] ?? field)
        : result.replace(pattern, replacement);
  }
  result = result.replace(/\bin our sources in our sources\b/g, 'in our sources');
  return result.charAt(0) === ' ' ? result.trimStart() : result;
}

/** Every string of a value (object, array or text), rewritten; keys, numbers and addresses are left alone. */
export function withPublicWording<T>(value: T): T {
  if (typeof value === 'string') return publicWording(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withPublicWording(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === 'id' || key.endsWith('Id') ? item : withPublicWording(item),
      ]),
    ) as T;
  }
  return value;
}
