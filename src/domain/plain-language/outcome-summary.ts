import type { Outcome, Review } from '../evidence/evidence-schema';
import { assessCertainty, certaintyStatement, noDifferenceStatement, type CertaintyAssessment } from './certainty';
import { orientOutcomeResult, type OrientedOutcomeResult } from './orientation';
import { describeSizeRange } from './size-words';

export type OutcomeSummary =
  | {
      kind: 'significant';
      oriented: OrientedOutcomeResult;
      certainty: CertaintyAssessment;
      statement: string;
      /**
       * The one size verdict for this outcome, completing "The benefit could be …". Every page, print, export and slide
       * takes it from here, so an outcome never has two (a printed 0 with p < .05 is "almost none", not "none at all").
       */
      sizeRange: string;
      /** Set when the printed interval touches 0 but p < .05: the one explanation of the rounding, used on every page. */
      roundingNote: string | null;
    }
  | { kind: 'no-difference'; statement: string };

/**
 * A printed interval whose low end is exactly 0 while the printed p is below .05 has been rounded: the true low end is
 * just above 0. Every page uses this one sentence and the same verdict (significant).
 */
export function roundingNote(outcome: Outcome): string | null {
  const oriented = orientOutcomeResult(outcome);
  if (!oriented || outcome.result.status !== 'significant') return null;
  if (oriented.oriented.lower !== 0 && oriented.oriented.upper !== 0) return null;
  return (
    `The printed interval touches 0 (${outcome.result.asPrinted.split(',')[0] ?? ''}), but the printed ${outcome.result.pReading} is below 0.05. ` +
    `${ROUNDING_CAVEAT} We follow the release in calling the result significant. ` +
    'Because it is so close to no difference, the benefit could be very small.'
  );
}

/**
 * Audit P18: the printed interval and p only just agree (from the interval alone, p would be about 0.05), and the
 * release does not say that they come from the same test. The rounding explanation says so wherever it is given.
 */
export const ROUNDING_CAVEAT =
  'The release rounds to two decimals. If the interval and the p come from the same test (the release does not say), a p below 0.05 means the true low end was just above 0. The printed figures only just agree with each other: by our calculation, the interval alone would give a p of about 0.05.';

/** The plain-language verdict on one outcome, with the certainty word its interval and the study quality allow. */
export function summariseOutcome(outcome: Outcome, review: Review): OutcomeSummary {
  const oriented = orientOutcomeResult(outcome);
  if (!oriented) return { kind: 'no-difference', statement: noDifferenceStatement(outcome.benefitPhrase) };
  const certainty = assessCertainty({
    oriented: oriented.oriented,
    i2Percent: oriented.i2Percent,
    studyQualityConcern: review.quality.certaintyConcern,
    significant: true,
  });
  return {
    kind: 'significant',
    oriented,
    certainty,
    statement: certaintyStatement(certainty.level, outcome.benefitPhrase),
    sizeRange: describeSizeRange(oriented.oriented, outcome.result.status === 'significant'),
    roundingNote: roundingNote(outcome),
  };
}
