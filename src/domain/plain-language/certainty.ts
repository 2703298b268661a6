import {
  INCONSISTENCY_I2,
  SMALL_EFFECT,
  certaintyLevel,
  certaintyLevelsDown,
  imprecisionCase,
  type CertaintyInput,
  type CertaintyLevel,
  type ImprecisionCase,
} from './certainty-level';

// The rule itself (levels down, the level, the sentence it allows) is in certainty-level.ts, which the home page loads
// on its own; this file adds the reasons shown beside a rating.
export {
  INCONSISTENCY_I2,
  SMALL_EFFECT,
  certaintyStatement,
  noDifferenceStatement,
  type CertaintyInput,
  type CertaintyLevel,
  type Concern,
} from './certainty-level';

export interface CertaintyStep {
  domain: 'study quality' | 'inconsistency' | 'imprecision';
  levelsDown: 0 | 1 | 2;
  reason: string;
}

export interface CertaintyAssessment {
  level: CertaintyLevel;
  steps: CertaintyStep[];
}

/**
 * Where our rating starts, and why, in words shown beside every rating. The sources say the pooled results are from
 * "controlled studies"; they do not say all were randomised.
 */
export const CERTAINTY_STARTING_POINT =
  'We start at high, as GRADE does for randomised trials, and step down one level for each concern. Our sources say these pooled results ' +
  'come from controlled studies; they do not say that all of them were randomised. If some were not, a stricter rating would start lower, ' +
  'so our rating may be more generous than the evidence allows.';

/**
 * Our GRADE-style certainty rating of a pooled result. It starts at high and steps down for study quality,
 * inconsistency and imprecision. Indirectness and publication bias are not rated: our sources say nothing of them.
 * This is the app's own rule, not the review's rating (which is not in our sources).
 */
export function assessCertainty(input: CertaintyInput): CertaintyAssessment {
  const down = certaintyLevelsDown(input);
  const imprecisionReasons: Record<ImprecisionCase, string> = {
    'rounded-zero': `The printed interval starts at ${input.oriented.lower.toFixed(2)}; with p below 0.05 its true low end is just above no difference, so it includes effects too small to notice (below ${SMALL_EFFECT}).`,
    'reaches-no-difference': 'The interval reaches "no difference", so no benefit cannot be ruled out.',
    'below-small': `The interval includes effects too small to notice (below ${SMALL_EFFECT}).`,
    'at-least-small': `Even the low end of the interval is at least a small effect (${SMALL_EFFECT}).`,
  };
  const steps: CertaintyStep[] = [
    {
      domain: 'study quality',
      levelsDown: down.studyQuality,
      reason:
        down.studyQuality === 0 ? 'Most studies were rated good quality.' : 'Very few studies were rated good quality.',
    },
    {
      domain: 'inconsistency',
      levelsDown: down.inconsistency,
      reason:
        down.inconsistency === 1
          ? `The studies disagreed a lot (I² = ${input.i2Percent}%, ${INCONSISTENCY_I2}% or more).`
          : `The studies did not disagree a lot (I² = ${input.i2Percent}%, under ${INCONSISTENCY_I2}%).`,
    },
    { domain: 'imprecision', levelsDown: down.imprecision, reason: imprecisionReasons[imprecisionCase(input)] },
  ];
  return { level: certaintyLevel(input), steps };
}
