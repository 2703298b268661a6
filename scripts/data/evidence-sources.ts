import { readFileSync } from 'node:fs';
import { commissioningInSchema, type CommissioningIn } from './build-commissioning';
import { helpNowInSchema, type HelpNowIn } from './build-help-now';
import { join } from 'node:path';
import { z } from 'zod';
import { DataBuildError, parseWith } from './data-build-error';
import { SINCE_KINDS, SINCE_SOURCE_KINDS } from '../../src/domain/evidence/vocabulary';

// The shared evidence files this builder reads, as the compilers wrote them (snake_case). Only the fields we copy are
// checked; anything else in the files is ignored. A committed copy lives in content/sources/ so a clone without
// ../shared still builds (see README, "Editing and publishing the evidence").

export const SOURCE_FILES = [
  'review.json',
  'press-release-figures.json',
  'programmes.json',
  'trials.json',
  'programmes-commissioning.json',
  'since-the-review.json',
  'help-now.json',
] as const;
export type SourceFile = (typeof SOURCE_FILES)[number];

const text = z.string().min(1);

const reviewFactsSchema = z.array(
  z.object({ field: text, value: z.unknown(), source_url: z.string().nullable().optional() }).loose(),
);

const releaseFiguresSchema = z.object({
  source: z.object({ title: text, publisher: text, report_url: text }).loose(),
  review: z
    .object({
      title: text,
      authors: z.array(text).min(1),
      studies: z.number(),
      participants: z.number(),
      intervention_types: z.array(z.object({ id: text, label_as_reported: text }).loose()),
      pre_post_positive_share: z.object({ low: z.number(), high: z.number(), as_reported: text }),
    })
    .loose(),
  pooled_controlled_effects: z.array(
    z
      .object({
        outcome: text,
        label_as_reported: text,
        ci95: z.tuple([z.number(), z.number()]).nullable(),
        p_as_reported: text.optional(),
        i2_percent: z.number().optional(),
        significant: z.boolean(),
      })
      .loose(),
  ),
});

const sourcedValueSchema = z.object({
  value: z.string().nullable().optional(),
  source_url: z.string().nullable().optional(),
  note: z.string().optional(),
});
export type SourcedValue = z.infer<typeof sourcedValueSchema>;

const programmeInSchema = z.object({
  id: text,
  name: text,
  type: text,
  type_basis: text,
  self_description: sourcedValueSchema.optional(),
  theoretical_basis: sourcedValueSchema.optional(),
  lineage: sourcedValueSchema.optional(),
  format: sourcedValueSchema.optional(),
  length: sourcedValueSchema.optional(),
  delivered_by: sourcedValueSchema.optional(),
  target_population: sourcedValueSchema.optional(),
  child_age: sourcedValueSchema.optional(),
  country_of_origin: sourcedValueSchema.optional(),
  developers: sourcedValueSchema.optional(),
  ratings: z.array(sourcedValueSchema).optional(),
  replications: z.array(sourcedValueSchema).optional(),
  notes: text.optional(),
  sources: z.array(text),
});
export type ProgrammeIn = z.infer<typeof programmeInSchema>;

const trialOutcomeInSchema = z.object({
  domain: text,
  measure: text,
  result_text: text,
  effect_size: z.object({ value: z.number(), metric: text }).nullable().optional(),
  p: z.number().nullable().optional(),
  note: text.optional(),
});
export type TrialOutcomeIn = z.infer<typeof trialOutcomeInSchema>;

const trialInSchema = z.object({
  id: text,
  programme_id: text,
  citation: z.object({
    authors: z.string().nullable().optional(),
    year: z.union([z.number(), z.string()]).nullable().optional(),
    title: text,
    journal: z.string().nullable().optional(),
    volume: z.union([z.string(), z.number()]).nullable().optional(),
    issue: z.union([z.string(), z.number()]).nullable().optional(),
    pages: z.union([z.string(), z.number()]).nullable().optional(),
    doi: z.string().nullable().optional(),
  }),
  design: text,
  n: z.number().nullable().optional(),
  n_detail: z.string().nullable().optional(),
  population: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  comparison: z.string().nullable().optional(),
  outcomes: z.array(trialOutcomeInSchema),
  source_url: text,
  additional_sources: z.array(text).optional(),
  notes: text.optional(),
});
export type TrialIn = z.infer<typeof trialInSchema>;

/** since-the-review.json: studies and reviews newer than the review or outside it, each with its exact words. */

const sinceInSchema = z.array(
  z.object({
    id: text,
    kind: z.enum(SINCE_KINDS),
    programmeId: text.nullable(),
    programmeAsStated: text,
    inReviewClass: z.boolean().nullable(),
    relationToReview: text,
    citation: z.object({
      authors: text.nullable(),
      year: z.number().int().nullable(),
      title: text,
      journal: text.nullable(),
    }),
    doi: text.nullable(),
    year: z.number().int().nullable(),
    design: text,
    country: text.nullable(),
    population: text.nullable(),
    n: text.nullable(),
    outcomesMeasured: z.array(text),
    resultAsStated: text.nullable(),
    appOutcomes: z.array(
      z.object({
        appOutcome: text,
        measureAsStated: text,
        resultAsStated: text,
        mappingNote: text.nullable(),
      }),
    ),
    sourceUrl: text,
    quote: text,
    extraQuotes: z.array(z.object({ sourceUrl: text, quote: text })),
    sourceKind: z.enum(SINCE_SOURCE_KINDS),
    caution: text.nullable(),
  }),
);
export type SinceIn = z.infer<typeof sinceInSchema>;

export interface EvidenceSources {
  reviewFacts: z.infer<typeof reviewFactsSchema>;
  releaseFigures: z.infer<typeof releaseFiguresSchema>;
  programmes: ProgrammeIn[];
  trials: TrialIn[];
  commissioning: CommissioningIn;
  sinceTheReview: SinceIn;
  helpNow: HelpNowIn;
}

export function parseEvidenceSources(raw: Record<SourceFile, unknown>): EvidenceSources {
  return {
    reviewFacts: parseWith(reviewFactsSchema, raw['review.json'], 'sources/review.json'),
    releaseFigures: parseWith(
      releaseFiguresSchema,
      raw['press-release-figures.json'],
      'sources/press-release-figures.json',
    ),
    programmes: parseWith(z.array(programmeInSchema), raw['programmes.json'], 'sources/programmes.json'),
    trials: parseWith(z.array(trialInSchema), raw['trials.json'], 'sources/trials.json'),
    commissioning: parseWith(
      commissioningInSchema,
      raw['programmes-commissioning.json'],
      'sources/programmes-commissioning.json',
    ),
    sinceTheReview: parseWith(sinceInSchema, raw['since-the-review.json'], 'sources/since-the-review.json'),
    helpNow: parseWith(helpNowInSchema, raw['help-now.json'], 'sources/help-now.json'),
  };
}

export function readSourceFiles(folder: string): Record<SourceFile, unknown> {
  const entries = SOURCE_FILES.map((file) => {
    try {
      return [file, JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown] as const;
    } catch (error) {
      throw new DataBuildError(join(folder, file), '(file)', `cannot be read as JSON: ${(error as Error).message}`);
    }
  });
  return Object.fromEntries(entries) as Record<SourceFile, unknown>;
}
