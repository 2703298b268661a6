import { z } from 'zod';
import type { CommissioningContent } from './build-commissioning';
import type { HelpNowContent } from './build-help-now';
import type { Named } from './named';
import { OUTCOME_IDS, INTERVENTION_TYPE_IDS } from '../../src/domain/evidence/evidence-schema';
import {
  AGE_BANDS,
  COMPARISONS,
  DESIGN_CODES,
  DIRECTIONS,
  DOMAINS,
  FORMATS,
  REPORT_KINDS,
  CHANGE_KINDS,
} from '../../src/domain/evidence/vocabulary';

// The hand-written evidence: our coding and our prose, one reviewable JSON file per programme, per trial report and
// per outcome. Every code sits beside the source text it was read from (`readFrom`, `measure`, `resultText`), and the
// builder refuses to build when that text no longer matches the source.

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const datasetContentSchema = z.strictObject({
  datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
  datasetDate: z.iso.date(),
});

export const namedSourcesContentSchema = z.array(
  z.strictObject({
    id: slug,
    title: text.nullable(),
    url: z.string().nullable(),
    publisher: text.nullable(),
    date: text.nullable(),
    kind: z.enum(['primary', 'secondary']),
    note: text.nullable(),
  }),
);

export const wordingContentSchema = z.strictObject({
  pReadings: z.record(z.string(), z.strictObject({ reading: text, note: text.nullable() })),
  nullStatement: text,
  nullLocator: text,
  orientationBases: z.strictObject({ negative: text, positive: text, 'no-figures': text }),
});

const sourcedStatement = z.strictObject({ text, sourceId: slug, locator: text });

export const reviewContentSchema = z.strictObject({
  journalLocator: text,
  reportLocator: text,
  keyFigures: z.array(
    z.strictObject({
      id: z.enum(['studies', 'participants', 'databases']),
      label: text,
      display: text,
      sourceId: slug,
      locator: text,
    }),
  ),
  interventionTypes: z.array(
    z.strictObject({ id: z.enum(INTERVENTION_TYPE_IDS), name: text, summary: text, sourceId: slug, locator: text }),
  ),
  prePostLocator: text,
  harms: sourcedStatement,
  quality: sourcedStatement.extend({
    certaintyConcern: z.enum(['none', 'serious', 'very-serious']),
    certaintyConcernBasis: text,
  }),
  notReported: z.array(z.strictObject({ topic: text, text, sourceId: slug })),
  notReportedLocator: text,
});

export const outcomeContentSchema = z.strictObject({
  id: z.enum(OUTCOME_IDS),
  /** The outcome's key in press-release-figures.json. */
  releaseOutcome: text,
  /** The words of the release's list of significant effects, for the locator; null for the two null outcomes. */
  releaseListLabel: text.nullable(),
  name: text,
  who: z.enum(['parent', 'child', 'relationship']),
  summary: text,
  benefitPhrase: text,
  whatItIs: text,
  whyItMatters: text,
  howMeasured: z.strictObject({ text, exampleTrialIds: z.array(slug).min(1) }),
  betterWhenMeasureIs: z.enum(['higher', 'lower']),
  orientation: z.strictObject({
    reportedSignFavouringIntervention: z.union([z.literal(-1), z.literal(1)]),
    basis: z.enum(['negative', 'positive', 'no-figures']),
  }),
});

/** A code list and the source text it was read from (null when the source has no such field). */
const codedFrom = <T extends z.ZodType>(code: T) =>
  z.strictObject({ readFrom: z.string().nullable(), codes: z.array(code).min(1) });

export const programmeContentSchema = z.strictObject({
  /** The programme's id in programmes.json. */
  programme: text,
  name: text,
  summary: text,
  formats: codedFrom(z.enum(FORMATS)),
  childAgeBands: codedFrom(z.enum(AGE_BANDS)),
  /**
   * Where a programmes.json entry has been overtaken by another of our sources (e.g. "protocol only; results not
   * found" when a commissioning source quotes the result). The build fails unless `readFrom` is still the entry's
   * text and `quote` is word for word in a fact of programmes-commissioning.json or since-the-review.json at `sourceUrl`.
   * A `replications` correction replaces that entry. A `notes` correction replaces the compilers' note, whose words
   * are not ours to edit, with an entry of its own under replications (where the page lists trials of the programme).
   */
  corrections: z
    .array(
      z.strictObject({
        field: z.enum(['replications', 'notes']),
        readFrom: text,
        /** Our words before the quote, e.g. what the trial was. */
        lead: text,
        quote: text,
        sourceUrl: text,
        /** Our note: what the entry said before, and why it changed. */
        note: text,
      }),
    )
    .optional(),
});

export const trialOutcomeContentSchema = z.strictObject({
  /** The source's words, copied: the build fails if trials.json no longer says exactly this. */
  measure: text,
  resultText: text,
  domain: z.enum(DOMAINS),
  /** Other domains the same stated result covers, when the source names several measures in one finding. */
  alsoDomains: z.array(z.enum(DOMAINS)).optional(),
  direction: z.enum(DIRECTIONS),
  comparison: z.enum(COMPARISONS),
  /** Why we coded it so, where our rules needed a judgement. */
  reason: text.nullable(),
});

export const trialContentSchema = z.strictObject({
  /** The report's id in trials.json. */
  report: text,
  design: z.strictObject({ readFrom: text, code: z.enum(DESIGN_CODES) }),
  reportKind: z.enum(REPORT_KINDS),
  /**
   * What the report's N counts, where it is not the number randomised or enrolled: read from its n_detail (the build
   * fails if that text changes), with our note for the reader.
   */
  nCounts: z.strictObject({ kind: z.literal('analysed'), readFrom: text, note: text }).optional(),
  /** Keyed by the outcome's stable id: its measure as a slug (see outcomeKey). */
  outcomes: z.record(slug, trialOutcomeContentSchema),
});

/** One trial reported in several reports: only where our sources say they share a registration or a sample. */
export const trialSampleContentSchema = z.strictObject({
  id: slug,
  /** The programme's id in programmes.json. */
  programme: text,
  registration: text.nullable(),
  /** Report ids in trials.json, the first being the trial's main report. */
  reports: z.array(text).min(2, 'a trial with one report needs no file'),
  /** Our sentence: why these reports are one trial. */
  basis: text,
  /** The source text the grouping was read from; the build fails if it changes. */
  readFrom: z.array(z.strictObject({ report: text, field: z.enum(['design', 'notes', 'n_detail']), text })).min(1),
});

/**
 * Reports we count as separate trials although they may share participants (our sources do not say either way). The
 * pages flag the possible overlap wherever the trials or their participants are counted.
 */
export const possibleOverlapsContentSchema = z.array(
  z.strictObject({
    id: slug,
    /** The programme's id in programmes.json. */
    programme: text,
    /** Report ids in trials.json, each the main report of a different trial. */
    reports: z.array(text).min(2),
    /** Our sentence: why they may overlap. */
    basis: text,
    readFrom: z
      .array(z.strictObject({ report: text, field: z.enum(['design', 'notes', 'n_detail', 'population']), text }))
      .min(1),
  }),
);

/**
 * What changed in each published version of the dataset, newest first, written by us. Earlier versions' notes stay
 * in the file. The build fails unless the first entry is the version and date of content/dataset.json.
 */
export const changelogContentSchema = z.strictObject({
  versions: z
    .array(
      z.strictObject({
        version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
        date: z.iso.date(),
        summary: text,
        changes: z
          .array(
            z.strictObject({
              kind: z.enum(CHANGE_KINDS),
              text,
              /** Studies added from since-the-review.json: their ids (each named, so a later version adds its own). */
              sinceIds: z.array(slug).min(1).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type ChangelogContent = z.infer<typeof changelogContentSchema>;

/** Our short label for each entry of since-the-review.json, keyed by its id (every entry needs one). */
export const sinceContentSchema = z.strictObject({ labels: z.record(slug, text) });
export type SinceContent = z.infer<typeof sinceContentSchema>;

export type PossibleOverlapsContent = z.infer<typeof possibleOverlapsContentSchema>;
export type DatasetContent = z.infer<typeof datasetContentSchema>;
export type NamedSourcesContent = z.infer<typeof namedSourcesContentSchema>;
export type WordingContent = z.infer<typeof wordingContentSchema>;
export type ReviewContent = z.infer<typeof reviewContentSchema>;
export type OutcomeContent = z.infer<typeof outcomeContentSchema>;
export type ProgrammeContent = z.infer<typeof programmeContentSchema>;
export type TrialContent = z.infer<typeof trialContentSchema>;
export type TrialSampleContent = z.infer<typeof trialSampleContentSchema>;

export type { Named } from './named';

export interface Content {
  commissioning: Named<CommissioningContent>;
  helpNow: Named<HelpNowContent>;
  dataset: Named<DatasetContent>;
  namedSources: Named<NamedSourcesContent>;
  wording: Named<WordingContent>;
  review: Named<ReviewContent>;
  outcomes: Named<OutcomeContent>[];
  programmes: Named<ProgrammeContent>[];
  trials: Named<TrialContent>[];
  trialSamples: Named<TrialSampleContent>[];
  possibleOverlaps: Named<PossibleOverlapsContent>;
  sinceTheReview: Named<SinceContent>;
  changelog: Named<ChangelogContent>;
}
