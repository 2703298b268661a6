// zod/mini: the same checks and messages as zod's classic API, in functions a bundler can leave out when unused.
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { INTERVENTION_TYPE_IDS, OUTCOME_IDS } from './dataset-ids';
import { AGE_BANDS, DESIGN_CODES, DIRECTIONS, DOMAINS, FORMATS, REPORT_KINDS } from './vocabulary';

/**
 * The evidence dataset's schema. `public/data/evidence.json` is parsed with this on every load, so a
 * broken publication gives a clear message instead of a blank or wrong page.
 * Bump SCHEMA_VERSION when a field changes meaning or shape; see docs/data-schema.md.
 */
export const SCHEMA_VERSION = 1;

// zod/mini ships without wording; the English messages ("expected number") are what the dataset errors quote.
z.config(en());

// The id lists live in a module without zod, so pages can use them without loading the validator.
export { INTERVENTION_TYPE_IDS, OUTCOME_IDS, type InterventionTypeId, type OutcomeId } from './dataset-ids';

const nonEmptyText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const percent = z.number().check(z.minimum(0), z.maximum(100));
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));

const sourceSchema = z.object({
  id: slug,
  title: z.nullable(nonEmptyText),
  url: z.nullable(z.url({ protocol: /^https?$/ })),
  publisher: z.nullable(nonEmptyText),
  date: z.nullable(nonEmptyText),
  /** primary: the review's own release or article; secondary: summaries, registries, programme pages. */
  kind: z.enum(['primary', 'secondary']),
  note: z.nullable(nonEmptyText),
});

/** A figure or fact and where it was seen. `locator` says where in the source to look. */
const sourcedFactSchema = z.object({
  sourceId: slug,
  locator: nonEmptyText,
});

const keyFigureSchema = z.extend(sourcedFactSchema, {
  id: slug,
  label: nonEmptyText,
  value: z.number(),
  display: nonEmptyText,
});

const interventionTypeSchema = z.extend(sourcedFactSchema, {
  id: z.enum(INTERVENTION_TYPE_IDS),
  name: nonEmptyText,
  labelAsReported: nonEmptyText,
  summary: nonEmptyText,
});

const statementSchema = z.extend(sourcedFactSchema, { text: nonEmptyText });

const reviewSchema = z.object({
  title: nonEmptyText,
  authors: z.array(nonEmptyText).check(z.minLength(1)),
  journal: z.extend(sourcedFactSchema, {
    citation: nonEmptyText,
    doi: z.string().check(z.regex(/^10\.\d{4,}\/\S+$/, 'must be a DOI such as 10.1080/…')),
    volumeIssuePages: nonEmptyText,
    publicationDate: nonEmptyText,
  }),
  report: z.extend(sourcedFactSchema, {
    title: nonEmptyText,
    date: nonEmptyText,
    commissionedBy: nonEmptyText,
    conductedBy: nonEmptyText,
  }),
  keyFigures: z.array(keyFigureSchema).check(z.minLength(1)),
  interventionTypes: z.array(interventionTypeSchema).check(z.length(3)),
  prePostImprovement: z.extend(sourcedFactSchema, {
    lowPercent: percent,
    highPercent: percent,
    asPrinted: nonEmptyText,
  }),
  harms: statementSchema,
  quality: z.extend(statementSchema, {
    /** How much the quality finding lowers our certainty rating (GRADE's risk-of-bias step). Our judgement. */
    certaintyConcern: z.enum(['none', 'serious', 'very-serious']),
    certaintyConcernBasis: nonEmptyText,
  }),
  notReported: z.array(z.extend(statementSchema, { topic: nonEmptyText })),
});

/**
 * Pooled effects are on a standardised (SMD-like) scale, where 2 is already very large. A value beyond ±10 is a typing
 * or unit error, and would also stretch a chart's axis into nonsense, so the schema refuses it.
 */
export const POOLED_EFFECT_LIMIT = 10;
/** Trial effect sizes come in several metrics (standardised differences, odds ratios, model coefficients). */
export const TRIAL_EFFECT_LIMIT = 100;
const boundedNumber = (limit: number, what: string) =>
  z
    .number()
    .check(
      z.minimum(-limit, `must be between −${limit} and ${limit}: ${what} beyond that is not plausible (check for a typing error)`),
      z.maximum(limit, `must be between −${limit} and ${limit}: ${what} beyond that is not plausible (check for a typing error)`),
    );
const pooledEffect = boundedNumber(POOLED_EFFECT_LIMIT, 'a pooled effect size');

const derivedFigureSchema = z.object({ value: pooledEffect, method: nonEmptyText });

const significantResultSchema = z.extend(sourcedFactSchema, {
  status: z.literal('significant'),
  ci95: z.object({ lower: pooledEffect, upper: pooledEffect }),
  pAsPrinted: nonEmptyText,
  /** How we read the printed p value, e.g. "p < 0.000" read as p < 0.001. */
  pReading: nonEmptyText,
  pReadingNote: z.nullable(nonEmptyText),
  i2Percent: percent,
  asPrinted: nonEmptyText,
  derived: z.object({ midpoint: derivedFigureSchema, standardError: derivedFigureSchema }),
});

const nullResultSchema = z.extend(sourcedFactSchema, {
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
  howMeasured: z.object({ text: nonEmptyText, exampleTrialIds: z.array(slug).check(z.minLength(1)) }),
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
  value: z.nullable(nonEmptyText),
  sourceId: z.nullable(slug),
  note: z.nullable(nonEmptyText),
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
  notes: z.nullable(nonEmptyText),
  sourceIds: z.array(slug),
  /** Our coding for the catalogue: a one-line description in plain words and the facet values. */
  catalogue: z.object({
    summary: nonEmptyText,
    formats: z.array(z.enum(FORMATS)).check(z.minLength(1)),
    childAgeBands: z.array(z.enum(AGE_BANDS)).check(z.minLength(1)),
    codedBy: z.literal('project'),
  }),
});

const trialOutcomeSchema = z.object({
  domain: nonEmptyText,
  measure: nonEmptyText,
  resultText: nonEmptyText,
  effectSize: z.nullable(z.object({ value: boundedNumber(TRIAL_EFFECT_LIMIT, 'an effect size'), metric: nonEmptyText })),
  p: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  note: z.nullable(nonEmptyText),
  /** Our coding of the stated result into a domain and a direction; `resultText` beside it is the source's words. */
  coding: z.object({ domain: z.enum(DOMAINS), direction: z.enum(DIRECTIONS), codedBy: z.literal('project') }),
});

const trialSchema = z.object({
  id: slug,
  programmeId: slug,
  citation: z.object({
    authors: z.nullable(nonEmptyText),
    year: z.nullable(z.int().check(z.minimum(1900), z.maximum(2100))),
    /** Said of the year by the source, e.g. "online; listed as 2018 by the Anna Freud Centre". */
    yearNote: z.nullable(nonEmptyText),
    title: nonEmptyText,
    journal: z.nullable(nonEmptyText),
    volume: z.nullable(nonEmptyText),
    issue: z.nullable(nonEmptyText),
    pages: z.nullable(nonEmptyText),
    doi: z.nullable(nonEmptyText),
  }),
  design: nonEmptyText,
  /** Our coding of the design as stated. */
  designCode: z.enum(DESIGN_CODES),
  reportKind: z.enum(REPORT_KINDS),
  n: z.nullable(z.int().check(z.positive())),
  nDetail: z.nullable(nonEmptyText),
  population: z.nullable(nonEmptyText),
  country: z.nullable(nonEmptyText),
  comparison: z.nullable(nonEmptyText),
  outcomes: z.array(trialOutcomeSchema),
  sourceId: slug,
  additionalSourceIds: z.array(slug),
  notes: z.nullable(nonEmptyText),
});

export const evidenceDatasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    datasetVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0')),
    datasetDate: z.iso.date(),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    review: reviewSchema,
    outcomes: z.array(outcomeSchema).check(z.length(OUTCOME_IDS.length)),
    programmes: z.array(programmeSchema),
    trials: z.array(trialSchema),
  })
  .check(
    z.superRefine((dataset, context) => {
      const sourceIds = new Set(dataset.sources.map((source) => source.id));
      const checkSource = (sourceId: string | null, path: (string | number)[]) => {
        if (sourceId !== null && !sourceIds.has(sourceId)) {
          context.addIssue({ code: 'custom', path: [...path], message: `names source "${sourceId}", which is not in sources` });
        }
      };
      const checkUnique = (ids: string[], collection: string) => {
        const seen = new Set<string>();
        ids.forEach((id, index) => {
          if (seen.has(id)) context.addIssue({ code: 'custom', path: [collection, index, 'id'], message: `repeats the id "${id}"` });
          seen.add(id);
        });
      };
      checkUnique(dataset.sources.map((source) => source.id), 'sources');
      checkUnique(dataset.outcomes.map((outcome) => outcome.id), 'outcomes');
      checkUnique(dataset.programmes.map((programme) => programme.id), 'programmes');
      checkUnique(dataset.trials.map((trial) => trial.id), 'trials');

      const { review } = dataset;
      checkSource(review.journal.sourceId, ['review', 'journal', 'sourceId']);
      checkSource(review.report.sourceId, ['review', 'report', 'sourceId']);
      review.keyFigures.forEach((figure, index) => checkSource(figure.sourceId, ['review', 'keyFigures', index, 'sourceId']));
      review.interventionTypes.forEach((type, index) => checkSource(type.sourceId, ['review', 'interventionTypes', index, 'sourceId']));
      checkSource(review.prePostImprovement.sourceId, ['review', 'prePostImprovement', 'sourceId']);
      checkSource(review.harms.sourceId, ['review', 'harms', 'sourceId']);
      checkSource(review.quality.sourceId, ['review', 'quality', 'sourceId']);
      review.notReported.forEach((gap, index) => checkSource(gap.sourceId, ['review', 'notReported', index, 'sourceId']));

      dataset.outcomes.forEach((outcome, index) => {
        const path = ['outcomes', index, 'result'];
        const { result } = outcome;
        checkSource(result.sourceId, [...path, 'sourceId']);
        if (result.status !== 'significant') return;
        const { lower, upper } = result.ci95;
        if (lower > upper) {
          context.addIssue({ code: 'custom', path: [...path, 'ci95'], message: `lower (${lower}) is above upper (${upper})` });
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
          context.addIssue({ code: 'custom', path: [...path, 'derived', 'midpoint', 'value'], message: `must be (lower + upper) / 2 = ${midpoint}` });
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
            context.addIssue({ code: 'custom', path: ['outcomes', index, 'howMeasured', 'exampleTrialIds', trialIndex], message: `names trial "${trialId}", which is not in trials` });
          }
        });
      });

      const programmeIds = new Set(dataset.programmes.map((programme) => programme.id));
      dataset.programmes.forEach((programme, index) => {
        Object.entries(programme.fields).forEach(([field, value]) => checkSource(value.sourceId, ['programmes', index, 'fields', field, 'sourceId']));
        programme.ratings.forEach((rating, ratingIndex) => checkSource(rating.sourceId, ['programmes', index, 'ratings', ratingIndex, 'sourceId']));
        programme.replications.forEach((item, itemIndex) => checkSource(item.sourceId, ['programmes', index, 'replications', itemIndex, 'sourceId']));
        programme.sourceIds.forEach((sourceId, sourceIndex) => checkSource(sourceId, ['programmes', index, 'sourceIds', sourceIndex]));
      });
      dataset.trials.forEach((trial, index) => {
        if (!programmeIds.has(trial.programmeId)) {
          context.addIssue({ code: 'custom', path: ['trials', index, 'programmeId'], message: `names programme "${trial.programmeId}", which is not in programmes` });
        }
        checkSource(trial.sourceId, ['trials', index, 'sourceId']);
        trial.additionalSourceIds.forEach((sourceId, sourceIndex) => checkSource(sourceId, ['trials', index, 'additionalSourceIds', sourceIndex]));
      });
    }),
  );

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
export type Trial = EvidenceDataset['trials'][number];
export type TrialOutcome = Trial['outcomes'][number];
