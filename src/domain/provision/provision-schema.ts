import { z } from '../zod';
import { PROVISION_KINDS, PROVISION_NATIONS } from './provision-ids';

// The zod schemas of the provision and policy file, for the data builder and tests. Kept apart from provision.ts so
// the page that shows the facts (already validated at build time) does not load zod.

const text = z.string().min(1);

const quoteSchema = z.strictObject({ sourceUrl: z.url(), quote: text });

export const provisionEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  kind: z.enum(PROVISION_KINDS),
  nation: z.enum(PROVISION_NATIONS),
  claim: text,
  /** As printed, keyed by what each figure is. */
  figures: z.record(z.string(), text).nullable(),
  /** As printed; "not stated" where the source gives no date. */
  date: text,
  sourceUrl: z.url(),
  quote: text,
  extraQuotes: z.array(quoteSchema),
  sourceKind: text,
  caution: text.nullable(),
});
export type ProvisionEntry = z.infer<typeof provisionEntrySchema>;

export const provisionEntriesSchema = z.array(provisionEntrySchema).min(1);

/** Our words on the page: what each kind means, and what no national guidance covers, with the entries behind it. */
export const provisionPageSchema = z.strictObject({
  intro: text,
  kindLabels: z.strictObject({ guidance: text, policy: text, funding: text, provision: text }),
  nationLabels: z.strictObject({
    UK: text,
    England: text,
    Scotland: text,
    Wales: text,
    'Northern Ireland': text,
  }),
  notCovered: z.strictObject({
    heading: text,
    points: z
      .array(z.strictObject({ text, basedOn: z.array(z.strictObject({ id: text, label: text })).min(1) }))
      .min(1),
  }),
  /** What to say for a nation with no entries. */
  noEntries: text,
});
export type ProvisionPageText = z.infer<typeof provisionPageSchema>;

export const provisionFileSchema = z.strictObject({
  page: provisionPageSchema,
  entries: provisionEntriesSchema,
});
export type ProvisionFile = z.infer<typeof provisionFileSchema>;
