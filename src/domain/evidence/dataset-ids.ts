/** The dataset's fixed ids, apart from the schema so that importing them does not load the validator (zod). */
export const OUTCOME_IDS = [
  'parental-reflective-functioning',
  'maternal-depression',
  'infant-behaviour',
  'infant-attachment',
  'parental-stress',
  'parent-infant-interaction',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export const INTERVENTION_TYPE_IDS = ['mentalization', 'attachment', 'dyadic'] as const;
export type InterventionTypeId = (typeof INTERVENTION_TYPE_IDS)[number];
