import type { Interval } from './orientation';

export type CertaintyLevel = 'high' | 'moderate' | 'low' | 'very low';
export type Concern = 'none' | 'serious' | 'very-serious';

export interface CertaintyInput {
  /** Oriented 95% interval: positive favours the intervention. */
  oriented: Interval;
  i2Percent: number;
  /** From the review's quality finding, as the dataset records it. */
  studyQualityConcern: Concern;
  /**
   * True when the printed p is below .05. Then a printed low end of exactly 0 is rounding (0.00 to 0.43 with p = .04):
   * the true low end is just above 0, so it is rated like any interval that reaches below a small effect.
   */
  significant?: boolean;
}

export interface CertaintyStep {
  domain: 'study quality' | 'inconsistency' | 'imprecision';
  levelsDown: 0 | 1 | 2;
  reason: string;
}

export interface CertaintyAssessment {
  level: CertaintyLevel;
  steps: CertaintyStep[];
}

const LEVELS: CertaintyLevel[] = ['high', 'moderate', 'low', 'very low'];
const DOWN: Record<Concern, 0 | 1 | 2> = { none: 0, serious: 1, 'very-serious': 2 };

/** Effects below this are "less than small" (Cohen): an interval that reaches below it is imprecise. */
export const SMALL_EFFECT = 0.2;
/** I² at or above this ("substantial") lowers certainty for inconsistency. */
export const INCONSISTENCY_I2 = 50;

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
  const steps: CertaintyStep[] = [];
  const quality = DOWN[input.studyQualityConcern];
  steps.push({
    domain: 'study quality',
    levelsDown: quality,
    reason: quality === 0 ? 'Most studies were rated good quality.' : 'Very few studies were rated good quality.',
  });

  const inconsistent = input.i2Percent >= INCONSISTENCY_I2;
  steps.push({
    domain: 'inconsistency',
    levelsDown: inconsistent ? 1 : 0,
    reason: inconsistent
      ? `The studies disagreed a lot (I² = ${input.i2Percent}%, ${INCONSISTENCY_I2}% or more).`
      : `The studies did not disagree a lot (I² = ${input.i2Percent}%, under ${INCONSISTENCY_I2}%).`,
  });

  const { lower } = input.oriented;
  let imprecision: CertaintyStep;
  if (lower === 0 && input.significant === true) {
    imprecision = {
      domain: 'imprecision',
      levelsDown: 1,
      reason: `The printed interval starts at ${lower.toFixed(2)}; with p below 0.05 its true low end is just above no difference, so it includes effects too small to notice (below ${SMALL_EFFECT}).`,
    };
  } else if (lower <= 0) {
    imprecision = {
      domain: 'imprecision',
      levelsDown: 2,
      reason: 'The interval reaches "no difference", so no benefit cannot be ruled out.',
    };
  } else if (lower < SMALL_EFFECT) {
    imprecision = {
      domain: 'imprecision',
      levelsDown: 1,
      reason: `The interval includes effects too small to notice (below ${SMALL_EFFECT}).`,
    };
  } else {
    imprecision = {
      domain: 'imprecision',
      levelsDown: 0,
      reason: `Even the low end of the interval is at least a small effect (${SMALL_EFFECT}).`,
    };
  }
  steps.push(imprecision);

  const total = steps.reduce((sum, step) => sum + step.levelsDown, 0);
  const level = LEVELS[Math.min(total, LEVELS.length - 1)] ?? 'very low';
  return { level, steps };
}

/**
 * The sentence a practitioner can repeat, with the certainty word the rating allows: high "improves", moderate
 * "probably", low "may", very low "very uncertain". `benefitPhrase` completes "These interventions …".
 */
export function certaintyStatement(level: CertaintyLevel, benefitPhrase: string): string {
  switch (level) {
    case 'high':
      return `These interventions ${benefitPhrase}.`;
    case 'moderate':
      return `These interventions probably ${benefitPhrase}.`;
    case 'low':
      return `These interventions may ${benefitPhrase}.`;
    case 'very low':
      return `We are very uncertain whether these interventions ${benefitPhrase}.`;
  }
}

/** What to say when the review found no significant difference and printed no figures. */
export function noDifferenceStatement(benefitPhrase: string): string {
  return `The review found no significant difference. From the figures in our sources we cannot say whether these interventions ${benefitPhrase}, or by how much.`;
}
