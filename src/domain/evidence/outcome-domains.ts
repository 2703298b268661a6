import type { OutcomeId } from './evidence-schema';
import type { Domain } from './vocabulary';

/**
 * Which catalogue domain (our coding of trial outcomes) holds each of the review's six pooled outcomes, so an outcome
 * page can link to the programmes whose trials measured it. The domain's label starts with the outcome's name.
 */
export const OUTCOME_DOMAINS: Record<OutcomeId, Domain> = {
  'parental-reflective-functioning': 'reflective-functioning',
  'maternal-depression': 'parent-mental-health',
  'infant-behaviour': 'child-behaviour',
  'infant-attachment': 'attachment',
  'parental-stress': 'parenting-stress',
  'parent-infant-interaction': 'interaction',
};
