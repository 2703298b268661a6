import { z } from 'zod';
import type { Programme } from '../../src/domain/evidence/evidence-schema';
import type { Named } from './named';
import { DataBuildError } from './data-build-error';

// Commissioning facts (programmes-commissioning.json): ratings, dose, workforce, training, UK delivery and cost, each
// with the source it was read from. Values are the evidence file's paraphrases; the rating scales' descriptions are
// ours (content/commissioning.json). Ratings keep their own scales and are never merged.

const text = z.string().min(1);

export const commissioningInSchema = z.array(
  z.object({
    programmeId: text,
    facts: z.array(
      z
        .object({
          field: text,
          value: text,
          quote: text,
          url: text,
          source_name: text,
          date: z.string(),
          caveat: z.string().optional(),
        })
        .loose(),
    ),
    not_found: z.array(z.string()).optional(),
  }),
);
export type CommissioningIn = z.infer<typeof commissioningInSchema>;

export const commissioningContentSchema = z.strictObject({
  compiledOn: z.iso.date(),
  costNote: text,
  ratingSchemes: z.array(
    z.strictObject({ id: text, field: text, valuePrefix: text.nullable(), name: text, scale: text }),
  ),
});
export type CommissioningContent = z.infer<typeof commissioningContentSchema>;

const CATEGORIES = {
  eif_evidence_rating: 'ratings',
  eif_cost_rating: 'ratings',
  clearinghouse_rating: 'ratings',
  dose: 'dose',
  delivered_by: 'deliveredBy',
  training: 'training',
  uk_delivery: 'ukDelivery',
  cost_per_family: 'costPerParticipant',
  other: 'other',
} as const;
type Category = (typeof CATEGORIES)[keyof typeof CATEGORIES];
const NOT_FOUND_TOKENS = Object.keys(CATEGORIES).filter((field) => field !== 'other') as (keyof typeof CATEGORIES)[];

type Fact = CommissioningIn[number]['facts'][number];
type SourceIdFor = (url: string, details: { title: string; date: string | null }) => string;

/** The first few words of the passage, so a reader can find it on the page; only a short phrase is quoted. */
function locatorFor(fact: Fact): string {
  const words = fact.quote.replace(/\s+/g, ' ').trim().split(' ');
  const when = fact.date ? ` (${fact.date})` : '';
  return `${fact.source_name}${when}: the passage beginning “${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}”.`;
}

function isCategory(field: string): field is keyof typeof CATEGORIES {
  return Object.hasOwn(CATEGORIES, field);
}

export function buildCommissioning(
  programmeId: string,
  evidence: CommissioningIn,
  content: Named<CommissioningContent>,
  sourceIdFor: SourceIdFor,
): Programme['commissioning'] {
  const file = 'sources/programmes-commissioning.json';
  const entry = evidence.find((item) => item.programmeId === programmeId);
  if (!entry) throw new DataBuildError(file, `programmeId`, `has no entry for programme "${programmeId}"`);
  const categories = Object.fromEntries(
    [...new Set(Object.values(CATEGORIES))].map((category) => [
      category,
      { facts: [] as unknown[], missing: null as string | null, searchNotes: [] as string[] },
    ]),
  ) as Record<Category, { facts: unknown[]; missing: string | null; searchNotes: string[] }>;
  for (const fact of entry.facts) {
    if (!isCategory(fact.field))
      throw new DataBuildError(file, `${programmeId}.facts.field`, `unknown commissioning field "${fact.field}"`);
    const category = CATEGORIES[fact.field];
    const base = {
      value: fact.value,
      sourceId: sourceIdFor(fact.url, { title: fact.source_name, date: fact.date || null }),
      locator: locatorFor(fact),
      sourceName: fact.source_name,
      sourceDate: fact.date || null,
      caveat: fact.caveat ?? null,
      note: fact.field === 'cost_per_family' ? content.data.costNote : null,
    };
    if (category !== 'ratings') {
      categories[category].facts.push(base);
      continue;
    }
    const scheme = content.data.ratingSchemes.find(
      (candidate) =>
        candidate.field === fact.field &&
        (candidate.valuePrefix === null || fact.value.startsWith(candidate.valuePrefix)),
    );
    if (!scheme)
      throw new DataBuildError(
        content.file,
        'ratingSchemes',
        `no rating scheme matches "${fact.value}" (${programmeId})`,
      );
    categories.ratings.facts.push({ ...base, scheme: scheme.id, schemeName: scheme.name, scale: scheme.scale });
  }
  const notes: string[] = [];
  for (const note of entry.not_found ?? []) {
    const colon = note.indexOf(':');
    const head = colon >= 0 ? note.slice(0, colon) : note;
    const named = new Set(NOT_FOUND_TOKENS.filter((token) => head.includes(token)).map((token) => CATEGORIES[token]));
    if (named.size === 0) notes.push(note.replace(/^note:\s*/, ''));
    for (const category of named) categories[category].searchNotes.push(note);
  }
  for (const category of Object.values(categories))
    if (category.facts.length === 0) category.missing = 'Not reported in our sources.';
  // Checked against the app's schema with the rest of the dataset in buildDataset.
  return { ...categories, notes, compiledOn: content.data.compiledOn } as unknown as Programme['commissioning'];
}
