import type { Outcome, Review } from '../evidence-schema';
import { assessCertainty, certaintyStatement, noDifferenceStatement, type CertaintyAssessment } from './certainty';
import { orientOutcomeResult, type OrientedOutcomeResult } from './orientation';

export type OutcomeSummary =
  | { kind: 'significant'; oriented: OrientedOutcomeResult; certainty: CertaintyAssessment; statement: string }
  | { kind: 'no-difference'; statement: string };

/** The plain-language verdict on one outcome, with the certainty word its interval and the study quality allow. */
export function summariseOutcome(outcome: Outcome, review: Review): OutcomeSummary {
  const oriented = orientOutcomeResult(outcome);
  if (!oriented) return { kind: 'no-difference', statement: noDifferenceStatement(outcome.benefitPhrase) };
  const certainty = assessCertainty({
    oriented: oriented.oriented,
    i2Percent: oriented.i2Percent,
    studyQualityConcern: review.quality.certaintyConcern,
  });
  return { kind: 'significant', oriented, certainty, statement: certaintyStatement(certainty.level, outcome.benefitPhrase) };
}
