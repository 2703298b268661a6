import type { Outcome, Review } from '../evidence/evidence-schema';
import { certaintyLevel, certaintyStatement, noDifferenceStatement, type CertaintyLevel } from './certainty-level';
import { orientInterval } from './orientation';

export type OutcomeHeadline =
  { kind: 'significant'; level: CertaintyLevel; statement: string } | { kind: 'no-difference'; statement: string };

/**
 * An outcome's verdict sentence and certainty level, the same as summariseOutcome gives (outcome-summary.ts), without
 * the size words, rounding note and reasons: the home page shows only these, and this keeps the rest out of the first
 * script.
 */
export function outcomeHeadline(outcome: Outcome, review: Review): OutcomeHeadline {
  const { result } = outcome;
  if (result.status !== 'significant')
    return { kind: 'no-difference', statement: noDifferenceStatement(outcome.benefitPhrase) };
  const level = certaintyLevel({
    oriented: orientInterval(result.ci95, outcome.orientation.reportedSignFavouringIntervention),
    i2Percent: result.i2Percent,
    studyQualityConcern: review.quality.certaintyConcern,
    significant: true,
  });
  return { kind: 'significant', level, statement: certaintyStatement(level, outcome.benefitPhrase) };
}
