import { z } from '../zod';
import { INTERVENTION_TYPE_IDS, OUTCOME_IDS } from './dataset-ids';
import { SOURCED_FIELDS, sourceIdsAt } from './sourced-fields';
import {
  AGE_BANDS,
  COMPARISONS,
  DESIGN_CODES,
  DIRECTION_REQUIRES,
  DIRECTIONS,
  DOMAINS,
  FORMATS,
  REPORT_KINDS,
  SINCE_KINDS,
  SINCE_SOURCE_KINDS,
  CHANGE_KINDS,
} from './vocabulary';

/**
 * The evidence dataset's schema. `public/data/evidence.json` is parsed with this on every load, so a
 * broken publication gives a clear message instead of a blank or wrong page.
 * Bump SCHEMA_VERSION when a field changes meaning or shape; see docs/data-schema.md.
 */
export const SCHEMA_VERSION = 1;

// The id lists live in a module without zod, so pages can use them without loading the validator.
export { INTERVENTION_TYPE_IDS, OUTCOME_IDS, type InterventionTypeId, type OutcomeId } from './dataset-ids';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
/** A DOI as registered: "10." then a 4 to 9 digit registrant code, a slash and a suffix without spaces. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
const doi = z
  .string()
  .regex(DOI_PATTERN, 'must be a DOI such as 10.1080/15289168.2023.2223739 (no "doi:" prefix, no spaces)');

/** A public web address: http or https, and no user name or password (they would be shown to every reader). */
const webAddress = z
  .url({ protocol: /^https?$/, error: 'must be a web address starting http:// or https://' })
  .refine((url) => {
    const parsed = new URL(url);
    return parsed.username === '' && parsed.password === '';
  }, 'must not contain a user name or password');

const sourceSchema = z.object({
  id: slug,
  title: nonEmptyText.nullable(),
  url: webAddress.nullable(),
  publisher: nonEmptyText.nullable(),
  date: nonEmptyText.nullable(),
  /** primary: the review's own release or article; secondary: summaries, registries, programme pages. */
  kind: z.enum(['primary', 'secondary']),
  note: nonEmptyText.nullable(),
});

/** A figure or fact and where it was seen. `locator` says where in the source to look. */
const sourcedFactSchema = z.object({
  sourceId: slug,
  locator: nonEmptyText,
});

const keyFigureSchema = sourcedFactSchema.extend({
  id: slug,
  label: nonEmptyText,
  value: z.number(),
  display: nonEmptyText,
});

const interventionTypeSchema = sourcedFactSchema.extend({
  id: z.enum(INTERVENTION_TYPE_IDS),
  name: nonEmptyText,
  labelAsReported: nonEmptyText,
  summary: nonEmptyText,
});

const statementSchema = sourcedFactSchema.extend({ text: nonEmptyText });

const reviewSchema = z.object({
  title: nonEmptyText,
  authors: z.array(nonEmptyText).min(1),
  journal: sourcedFactSchema.extend({
    citation: nonEmptyText,
    doi,
    volumeIssuePages: nonEmptyText,
    publicationDate: nonEmptyText,
  }),
  report: sourcedFactSchema.extend({
    title: nonEmptyText,
    date: nonEmptyText,
    commissionedBy: nonEmptyText,
    conductedBy: nonEmptyText,
  }),
  keyFigures: z.array(keyFigureSchema).min(1),
  interventionTypes: z.array(interventionTypeSchema).length(3),
  prePostImprovement: sourcedFactSchema.extend({
    lowPercent: z.number().min(0).max(100),
    highPercent: z.number().min(0).max(100),
    asPrinted: nonEmptyText,
  }),
  harms: statementSchema,
  quality: statementSchema.extend({
    /** How much the quality finding lowers our certainty rating (GRADE's risk-of-bias step). Our judgement. */
    certaintyConcern: z.enum(['none', 'serious', 'very-serious']),
    certaintyConcernBasis: nonEmptyText,
  }),
  notReported: z.array(statementSchema.extend({ topic: nonEmptyText })),
});

/**
 * Pooled effects are on a standardised (SMD-like) scale, where 2 is already very large. A value beyond ±10 is a typing
 * or unit error, and would also stretch a chart's axis into nonsense, so the schema refuses it.
 */
export const POOLED_EFFECT_LIMIT = 10;
/** Trial effect sizes come in several metrics (standardised differences, odds ratios, model coefficients). */
export const TRIAL_EFFECT_LIMIT = 100;
const boundedNumber = (limit: number, what: string) => {
  const message = `must be between −${limit} and ${limit}: ${what} beyond that is not plausible (check for a typing error)`;
  return z.number().min(-limit, message).max(limit, message);
};
const pooledEffect = boundedNumber(POOLED_EFFECT_LIMIT, 'a pooled effect size');

const derivedFigureSchema = z.object({ value: pooledEffect, method: nonEmptyText });

const significantResultSchema = sourcedFactSchema.extend({
  status: z.literal('significant'),
  ci95: z.object({ lower: pooledEffect, upper: pooledEffect }),
  pAsPrinted: nonEmptyText,
  /** How we read the printed p value, e.g. "p < 0.000" read as p < 0.001. */
  pReading: nonEmptyText,
  pReadingNote: nonEmptyText.nullable(),
  i2Percent: z.number().min(0).max(100),
  asPrinted: nonEmptyText,
  derived: z.object({ midpoint: derivedFigureSchema, standardError: derivedFigureSchema }),
});

const nullResultSchema = sourcedFactSchema.extend({
  status: z.literal('no-significant-difference'),
  /** Always false: our sources print no figures for these outcomes, and the app must not make any up. */
  figuresReported: z.literal(false),
  statement: nonEmptyText,
});

const outcomeSchema = z.object({
  id: z.enum(OUTCOME_IDS),
  name: nonEmptyText,
  labelAsReported: nonEmptyText,
  who: z.enum(['parent', 'child', 'relationship']),
  summary: nonEmptyText,
  /** Completes "These interventions may …", e.g. "reduce depression in mothers". */
  benefitPhrase: nonEmptyText,
  whatItIs: nonEmptyText,
  whyItMatters: nonEmptyText,
  /** Examples of how trials in our dataset measured it; the review's own list of measures is not in our sources. */
  howMeasured: z.object({ text: nonEmptyText, exampleTrialIds: z.array(slug).min(1) }),
  /** Which way the measure itself is better: more reflective functioning is better, less depression is better. */
  betterWhenMeasureIs: z.enum(['higher', 'lower']),
  orientation: z.object({
    /** The sign of a reported effect that favours the intervention: -1 or +1. */
    reportedSignFavouringIntervention: z.union([z.literal(-1), z.literal(1)]),
    basis: nonEmptyText,
  }),
  result: z.discriminatedUnion('status', [significantResultSchema, nullResultSchema]),
});

const programmeFieldSchema = z.object({
  value: nonEmptyText.nullable(),
  sourceId: slug.nullable(),
  note: nonEmptyText.nullable(),
});

/** A commissioning fact as read from a public page: the evidence file's paraphrase, with its source. */
const commissioningFactSchema = z.object({
  value: nonEmptyText,
  sourceId: slug,
  locator: nonEmptyText,
  /** The source's name and date as the evidence file gives them. */
  sourceName: nonEmptyText,
  sourceDate: nonEmptyText.nullable(),
  /** The evidence file's warning about this fact, e.g. a rating for a different version of the programme. */
  caveat: nonEmptyText.nullable(),
  /** Our note, e.g. that a US cost is not a UK cost. */
  note: nonEmptyText.nullable(),
});

export const RATING_SCHEMES = [
  'eif-evidence',
  'eif-cost',
  'cebc',
  'title-iv-e',
  'homvee',
  'wsipp',
  'nes-framework',
] as const;
export type RatingScheme = (typeof RATING_SCHEMES)[number];

/** A rating on its own scale: ratings from different clearinghouses differ in scale and meaning and are never merged. */
const ratingFactSchema = commissioningFactSchema.extend({
  scheme: z.enum(RATING_SCHEMES),
  schemeName: nonEmptyText,
  scale: nonEmptyText,
});

/** One kind of commissioning fact. `missing` says "Not reported in our sources." exactly when there are no facts. */
const commissioningCategory = <T extends z.ZodType>(fact: T) =>
  z
    .object({
      facts: z.array(fact),
      missing: nonEmptyText.nullable(),
      /** What the compilers searched for and did not find (or could not read). */
      searchNotes: z.array(nonEmptyText),
    })
    .refine((category) => (category.facts.length === 0) === (category.missing !== null), {
      error: 'must have facts, or say why they are missing, but not both',
      path: ['missing'],
    });

export const COMMISSIONING_CATEGORIES = [
  'ratings',
  'dose',
  'deliveredBy',
  'training',
  'ukDelivery',
  'costPerParticipant',
  'other',
] as const;
export type CommissioningCategoryId = (typeof COMMISSIONING_CATEGORIES)[number];

const commissioningSchema = z.object({
  ratings: commissioningCategory(ratingFactSchema),
  dose: commissioningCategory(commissioningFactSchema),
  deliveredBy: commissioningCategory(commissioningFactSchema),
  training: commissioningCategory(commissioningFactSchema),
  ukDelivery: commissioningCategory(commissioningFactSchema),
  costPerParticipant: commissioningCategory(commissioningFactSchema),
  other: commissioningCategory(commissioningFactSchema),
  notes: z.array(nonEmptyText),
  /** When the commissioning facts were compiled. */
  compiledOn: z.iso.date(),
});

const programmeSchema = z.object({
  id: slug,
  name: nonEmptyText,
  type: z.enum(INTERVENTION_TYPE_IDS),
  typeBasis: nonEmptyText,
  fields: z.object({
    selfDescription: programmeFieldSchema,
    theoreticalBasis: programmeFieldSchema,
    lineage: programmeFieldSchema,
    format: programmeFieldSchema,
    length: programmeFieldSchema,
    deliveredBy: programmeFieldSchema,
    targetPopulation: programmeFieldSchema,
    childAge: programmeFieldSchema,
    countryOfOrigin: programmeFieldSchema,
    developers: programmeFieldSchema,
  }),
  ratings: z.array(programmeFieldSchema),
  replications: z.array(programmeFieldSchema),
  notes: nonEmptyText.nullable(),
  sourceIds: z.array(slug),
  /** Our coding for the catalogue: a one-line description in plain words and the facet values. */
  catalogue: z.object({
    summary: nonEmptyText,
    formats: z.array(z.enum(FORMATS)).min(1),
    childAgeBands: z.array(z.enum(AGE_BANDS)).min(1),
    codedBy: z.literal('project'),
  }),
  /** Added in dataset 1.1.0: ratings, dose, workforce, training, UK delivery and cost, each with its source. */
  commissioning: commissioningSchema,
});

const trialOutcomeSchema = z.object({
  /** Stable id within the report: the measure as a slug. */
  id: slug,
  domain: nonEmptyText,
  measure: nonEmptyText,
  resultText: nonEmptyText,
  effectSize: z.object({ value: boundedNumber(TRIAL_EFFECT_LIMIT, 'an effect size'), metric: nonEmptyText }).nullable(),
  p: z.number().min(0).max(1).nullable(),
  note: nonEmptyText.nullable(),
  /** Our coding of the stated result into a domain and a direction; `resultText` beside it is the source's words. */
  coding: z.object({
    domain: z.enum(DOMAINS),
    /**
     * Added in dataset 1.2.0: other domains the same stated result covers, when the source names several measures in
     * one finding (e.g. "infant symptoms, parenting stress, interaction"). The finding counts in each.
     */
    alsoDomains: z.array(z.enum(DOMAINS)).optional(),
    direction: z.enum(DIRECTIONS),
    /** What the finding compares: controlled, before and after, or two active treatments. */
    comparison: z.enum(COMPARISONS),
    /** Why we coded it so, where the rule needed a judgement; null when the stated result says it plainly. */
    reason: nonEmptyText.nullable(),
    codedBy: z.literal('project'),
  }),
});

const trialSchema = z.object({
  id: slug,
  programmeId: slug,
  citation: z.object({
    authors: nonEmptyText.nullable(),
    year: z.number().int().min(1900).max(2100).nullable(),
    /** Said of the year by the source, e.g. "online; listed as 2018 by the Anna Freud Centre". */
    yearNote: nonEmptyText.nullable(),
    title: nonEmptyText,
    journal: nonEmptyText.nullable(),
    volume: nonEmptyText.nullable(),
    issue: nonEmptyText.nullable(),
    pages: nonEmptyText.nullable(),
    doi: doi.nullable(),
  }),
  design: nonEmptyText,
  /** Our coding of the design as stated. */
  designCode: z.enum(DESIGN_CODES),
  reportKind: z.enum(REPORT_KINDS),
  n: z.number().int().positive().nullable(),
  /** Added in dataset 1.2.0: present when `n` is not the number randomised or enrolled (e.g. the number analysed). */
  nCounts: z.object({ kind: z.literal('analysed'), note: nonEmptyText }).optional(),
  nDetail: nonEmptyText.nullable(),
  population: nonEmptyText.nullable(),
  country: nonEmptyText.nullable(),
  comparison: nonEmptyText.nullable(),
  outcomes: z.array(trialOutcomeSchema),
  sourceId: slug,
  additionalSourceIds: z.array(slug),
  notes: nonEmptyText.nullable(),
  /** The trial (one sample of participants) this report is about; null only for a summary of several trials. */
  sampleId: slug.nullable(),
});

/**
 * A trial: one randomised (or enrolled) sample, with its registration where known. Reports point to it by `sampleId`.
 * Reports are grouped only where our sources say they share a registration or a sample; `grouping` says which.
 */
const trialSampleSchema = z.object({
  id: slug,
  programmeId: slug,
  registration: nonEmptyText.nullable(),
  /** Null for a trial with one report; otherwise why its reports are one trial, and the reports that say so. */
  grouping: z.object({ basis: nonEmptyText, evidenceReportIds: z.array(slug).min(1) }).nullable(),
});

/**
 * Added in dataset 1.2.0: trials we count apart although they may share participants (our sources do not say). Pages
 * flag the possible overlap wherever those trials or their participants are counted.
 */
const possibleOverlapSchema = z.object({
  id: slug,
  programmeId: slug,
  sampleIds: z.array(slug).min(2),
  basis: nonEmptyText,
});

/** Whom a parent who is unwell now can contact: our words, with the numbers as the source prints them. */
const helpNowSchema = z.object({
  id: slug,
  nation: z.enum(['UK', 'England', 'Wales', 'Scotland', 'Northern Ireland']),
  name: nonEmptyText,
  contact: nonEmptyText,
  when: nonEmptyText,
  sourceId: slug,
  sourceName: nonEmptyText,
  /** The compilers' note on how to use the entry (for example the date of the statement). */
  caution: nonEmptyText.nullable(),
});

/**
 * Added in dataset 1.2.0: studies and reviews newer than the review or outside it, each in its source's own words.
 * Their own kind of evidence: never pooled with, or restated as, the review's results.
 */
const sinceEntrySchema = z.object({
  id: slug,
  /** Our short label, e.g. "Stuart and others 2025 (Copenhagen trial)". */
  label: nonEmptyText,
  kind: z.enum(SINCE_KINDS),
  programmeId: slug.nullable(),
  programmeAsStated: nonEmptyText,
  /** true: a programme of the review's kind; false: a comparator of another kind; null: a review of mixed kinds. */
  inReviewClass: z.boolean().nullable(),
  relationToReview: nonEmptyText,
  citation: z.object({
    authors: nonEmptyText,
    year: z.number().int().min(1900).max(2100).nullable(),
    title: nonEmptyText,
    journal: nonEmptyText,
  }),
  doi: doi.nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  design: nonEmptyText,
  country: nonEmptyText,
  population: nonEmptyText,
  n: nonEmptyText,
  outcomesMeasured: z.array(nonEmptyText),
  /** The source's own words for its result; null when it has none yet or none is in our sources. */
  resultAsStated: nonEmptyText.nullable(),
  appOutcomes: z.array(
    z.object({
      outcomeId: z.enum(OUTCOME_IDS),
      measureAsStated: nonEmptyText,
      resultAsStated: nonEmptyText,
      mappingNote: nonEmptyText.nullable(),
    }),
  ),
  sourceId: slug,
  sourceKind: z.enum(SINCE_SOURCE_KINDS),
  quote: nonEmptyText,
  extraQuotes: z.array(z.object({ sourceId: slug, quote: nonEmptyText })),
  caution: nonEmptyText.nullable(),
});

/**
 * Added in dataset 1.2.0: what changed in each published version, newest first (the first is this version). Notes of
 * earlier versions are kept.
 */
const changelogEntrySchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
  date: z.iso.date(),
  summary: nonEmptyText,
  changes: z
    .array(
      z.object({
        kind: z.enum(CHANGE_KINDS),
        text: nonEmptyText,
        /** Ids in sinceTheReview of the studies this change added. */
        sinceIds: z.array(slug),
      }),
    )
    .min(1),
});

export const evidenceDatasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
    datasetDate: z.iso.date(),
    sources: z.array(sourceSchema).min(1),
    review: reviewSchema,
    outcomes: z.array(outcomeSchema).length(OUTCOME_IDS.length),
    programmes: z.array(programmeSchema),
    trials: z.array(trialSchema),
    trialSamples: z.array(trialSampleSchema),
    possibleOverlaps: z.array(possibleOverlapSchema),
    /** Only the entries the compilers marked ready to show (scripts/data/build-help-now.ts). */
    helpNow: z.array(helpNowSchema),
    sinceTheReview: z.array(sinceEntrySchema),
    changelog: z.array(changelogEntrySchema).min(1),
  })
  .superRefine((dataset, context) => {
    // Every sourced field is one row of SOURCED_FIELDS; a null id means the field cites nothing.
    const sourceIds = new Set(dataset.sources.map((source) => source.id));
    for (const sourced of SOURCED_FIELDS) {
      for (const { path, value } of sourceIdsAt(dataset, sourced)) {
        if (typeof value === 'string' && !sourceIds.has(value))
          context.addIssue({ code: 'custom', path, message: `names source "${value}", which is not in sources` });
      }
    }
    const checkUnique = (ids: string[], collection: string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id))
          context.addIssue({ code: 'custom', path: [collection, index, 'id'], message: `repeats the id "${id}"` });
        seen.add(id);
      });
    };
    checkUnique(
      dataset.sources.map((source) => source.id),
      'sources',
    );
    checkUnique(
      dataset.outcomes.map((outcome) => outcome.id),
      'outcomes',
    );
    checkUnique(
      dataset.programmes.map((programme) => programme.id),
      'programmes',
    );
    checkUnique(
      dataset.trials.map((trial) => trial.id),
      'trials',
    );
    checkUnique(
      dataset.trialSamples.map((sample) => sample.id),
      'trialSamples',
    );
    // Duplicates inside the review would break pages too: a repeated type id makes its type page "not found".
    const checkUniqueIn = (ids: string[], path: (string | number)[], field: string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id))
          context.addIssue({ code: 'custom', path: [...path, index, field], message: `repeats the ${field} "${id}"` });
        seen.add(id);
      });
    };
    checkUniqueIn(
      dataset.review.keyFigures.map((figure) => figure.id),
      ['review', 'keyFigures'],
      'id',
    );
    checkUniqueIn(
      dataset.review.interventionTypes.map((type) => type.id),
      ['review', 'interventionTypes'],
      'id',
    );
    checkUniqueIn(
      dataset.review.notReported.map((gap) => gap.topic),
      ['review', 'notReported'],
      'topic',
    );
    dataset.programmes.forEach((programme, index) => {
      checkUniqueIn(programme.catalogue.formats, ['programmes', index, 'catalogue', 'formats'], 'format');
      checkUniqueIn(programme.catalogue.childAgeBands, ['programmes', index, 'catalogue', 'childAgeBands'], 'age band');
    });

    const { review } = dataset;
    checkUnique(
      dataset.helpNow.map((entry) => entry.id),
      'helpNow',
    );
    if (review.prePostImprovement.lowPercent > review.prePostImprovement.highPercent) {
      context.addIssue({
        code: 'custom',
        path: ['review', 'prePostImprovement', 'lowPercent'],
        message: `the low end (${review.prePostImprovement.lowPercent}) is above the high end (${review.prePostImprovement.highPercent})`,
      });
    }

    dataset.outcomes.forEach((outcome, index) => {
      const path = ['outcomes', index, 'result'];
      const { result } = outcome;
      if (result.status !== 'significant') return;
      const { lower, upper } = result.ci95;
      if (lower > upper) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'ci95'],
          message: `lower (${lower}) is above upper (${upper})`,
        });
      }
      // The release calls every significant result a benefit, so the oriented interval must not sit on the harm
      // side. This catches a wrong sign convention before it reaches a chart.
      const sign = outcome.orientation.reportedSignFavouringIntervention;
      if (Math.min(lower * sign, upper * sign) < 0) {
        context.addIssue({
          code: 'custom',
          path: ['outcomes', index, 'orientation', 'reportedSignFavouringIntervention'],
          message: `orients the significant interval ${lower} to ${upper} partly towards the comparison; check the sign`,
        });
      }
      const midpoint = (lower + upper) / 2;
      if (Math.abs(result.derived.midpoint.value - midpoint) > 1e-9) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'derived', 'midpoint', 'value'],
          message: `must be (lower + upper) / 2 = ${midpoint}`,
        });
      }
      const standardError = (upper - lower) / (2 * 1.96);
      if (Math.abs(result.derived.standardError.value - standardError) > 1e-9) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'derived', 'standardError', 'value'],
          message: `must be (upper − lower) / (2 × 1.96) = ${standardError}`,
        });
      }
    });

    const trialIds = new Set(dataset.trials.map((trial) => trial.id));
    dataset.outcomes.forEach((outcome, index) => {
      outcome.howMeasured.exampleTrialIds.forEach((trialId, trialIndex) => {
        if (!trialIds.has(trialId)) {
          context.addIssue({
            code: 'custom',
            path: ['outcomes', index, 'howMeasured', 'exampleTrialIds', trialIndex],
            message: `names trial "${trialId}", which is not in trials`,
          });
        }
      });
    });

    const programmeIds = new Set(dataset.programmes.map((programme) => programme.id));
    dataset.trials.forEach((trial, index) => {
      if (!programmeIds.has(trial.programmeId)) {
        context.addIssue({
          code: 'custom',
          path: ['trials', index, 'programmeId'],
          message: `names programme "${trial.programmeId}", which is not in programmes`,
        });
      }
      const outcomeIds = new Set<string>();
      trial.outcomes.forEach((outcome, outcomeIndex) => {
        if (outcomeIds.has(outcome.id))
          context.addIssue({
            code: 'custom',
            path: ['trials', index, 'outcomes', outcomeIndex, 'id'],
            message: `repeats the id "${outcome.id}"`,
          });
        outcomeIds.add(outcome.id);
        // Our own rules: a within-group change is not "improved", nor is a contrast of two active treatments.
        const required = DIRECTION_REQUIRES[outcome.coding.direction];
        if (required && required !== outcome.coding.comparison) {
          context.addIssue({
            code: 'custom',
            path: ['trials', index, 'outcomes', outcomeIndex, 'coding', 'direction'],
            message: `"${outcome.coding.direction}" needs the comparison "${required}", not "${outcome.coding.comparison}"`,
          });
        }
      });
      const sample = dataset.trialSamples.find((item) => item.id === trial.sampleId);
      if (trial.reportKind === 'summary' && trial.sampleId !== null) {
        context.addIssue({
          code: 'custom',
          path: ['trials', index, 'sampleId'],
          message: 'a summary of several trials belongs to no single trial: must be null',
        });
      } else if (trial.reportKind !== 'summary' && !sample) {
        context.addIssue({
          code: 'custom',
          path: ['trials', index, 'sampleId'],
          message: `names trial "${String(trial.sampleId)}", which is not in trialSamples`,
        });
      } else if (sample && sample.programmeId !== trial.programmeId) {
        context.addIssue({
          code: 'custom',
          path: ['trials', index, 'sampleId'],
          message: `names trial "${sample.id}" of another programme (${sample.programmeId})`,
        });
      }
    });
    checkUnique(
      dataset.sinceTheReview.map((entry) => entry.id),
      'sinceTheReview',
    );
    dataset.sinceTheReview.forEach((entry, index) => {
      if (entry.programmeId !== null && !programmeIds.has(entry.programmeId))
        context.addIssue({
          code: 'custom',
          path: ['sinceTheReview', index, 'programmeId'],
          message: `names programme "${entry.programmeId}", which is not in programmes`,
        });
      // Exact words only: every result shown must be word for word in one of the entry's quotes.
      const quotes = [entry.quote, ...entry.extraQuotes.map((extra) => extra.quote)];
      const results = [entry.resultAsStated, ...entry.appOutcomes.map((item) => item.resultAsStated)];
      results.forEach((result, resultIndex) => {
        if (result !== null && !quotes.some((quote) => quote.includes(result)))
          context.addIssue({
            code: 'custom',
            path:
              resultIndex === 0
                ? ['sinceTheReview', index, 'resultAsStated']
                : ['sinceTheReview', index, 'appOutcomes', resultIndex - 1, 'resultAsStated'],
            message: 'is not word for word in any of the entry’s quotes',
          });
      });
    });
    const current = dataset.changelog[0];
    if (current && (current.version !== dataset.datasetVersion || current.date !== dataset.datasetDate))
      context.addIssue({
        code: 'custom',
        path: ['changelog', 0, 'version'],
        message: `must be this dataset's version and date (${dataset.datasetVersion}, ${dataset.datasetDate})`,
      });
    const sinceIds = new Set(dataset.sinceTheReview.map((entry) => entry.id));
    dataset.changelog.forEach((entry, index) =>
      entry.changes.forEach((change, changeIndex) =>
        change.sinceIds.forEach((id, idIndex) => {
          if (!sinceIds.has(id))
            context.addIssue({
              code: 'custom',
              path: ['changelog', index, 'changes', changeIndex, 'sinceIds', idIndex],
              message: `names "${id}", which is not in sinceTheReview`,
            });
        }),
      ),
    );
    const sampleIds = new Set(dataset.trialSamples.map((sample) => sample.id));
    dataset.possibleOverlaps.forEach((overlap, index) => {
      overlap.sampleIds.forEach((sampleId, sampleIndex) => {
        if (!sampleIds.has(sampleId))
          context.addIssue({
            code: 'custom',
            path: ['possibleOverlaps', index, 'sampleIds', sampleIndex],
            message: `names trial "${sampleId}", which is not in trialSamples`,
          });
      });
    });
    dataset.trialSamples.forEach((sample, index) => {
      const reports = dataset.trials.filter((trial) => trial.sampleId === sample.id);
      if (reports.length === 0)
        context.addIssue({
          code: 'custom',
          path: ['trialSamples', index, 'id'],
          message: 'no report names this trial',
        });
      if (!programmeIds.has(sample.programmeId)) {
        context.addIssue({
          code: 'custom',
          path: ['trialSamples', index, 'programmeId'],
          message: `names programme "${sample.programmeId}", which is not in programmes`,
        });
      }
      if (reports.length > 1 && sample.grouping === null) {
        context.addIssue({
          code: 'custom',
          path: ['trialSamples', index, 'grouping'],
          message: 'groups several reports: say why they are one trial',
        });
      }
      sample.grouping?.evidenceReportIds.forEach((reportId, reportIndex) => {
        if (!reports.some((report) => report.id === reportId)) {
          context.addIssue({
            code: 'custom',
            path: ['trialSamples', index, 'grouping', 'evidenceReportIds', reportIndex],
            message: `names report "${reportId}", which is not a report of this trial`,
          });
        }
      });
    });
  });

export type EvidenceDataset = z.infer<typeof evidenceDatasetSchema>;
export type EvidenceSource = EvidenceDataset['sources'][number];
export type Review = EvidenceDataset['review'];
export type KeyFigure = Review['keyFigures'][number];
export type InterventionType = Review['interventionTypes'][number];
export type Outcome = EvidenceDataset['outcomes'][number];
export type OutcomeResult = Outcome['result'];
export type SignificantResult = Extract<OutcomeResult, { status: 'significant' }>;
export type Programme = EvidenceDataset['programmes'][number];
export type ProgrammeField = Programme['fields'][keyof Programme['fields']];
export type TrialReport = EvidenceDataset['trials'][number];
export type TrialOutcome = TrialReport['outcomes'][number];
export type TrialSample = EvidenceDataset['trialSamples'][number];
export type PossibleOverlap = EvidenceDataset['possibleOverlaps'][number];
export type HelpNowEntry = EvidenceDataset['helpNow'][number];
export type SinceEntry = EvidenceDataset['sinceTheReview'][number];
export type ChangelogEntry = EvidenceDataset['changelog'][number];
export type Commissioning = Programme['commissioning'];
export type CommissioningFact = Commissioning['dose']['facts'][number];
export type RatingFact = Commissioning['ratings']['facts'][number];
