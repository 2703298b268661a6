import type { Interval } from './orientation';

// The rating rule without its explanations: how many levels each concern takes off, the level that leaves, and the
// sentence that level allows. The home page needs only these; the reasons shown beside a rating are in certainty.ts,
// so they load with the pages that show them, not in the first script.

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

/** Effects below this are "less than small" (Cohen): an interval that reaches below it is imprecise. */
export const SMALL_EFFECT = 0.2;
/** I² at or above this ("substantial") lowers certainty for inconsistency. */
export const INCONSISTENCY_I2 = 50;

const LEVELS: CertaintyLevel[] = ['high', 'moderate', 'low', 'very low'];
const DOWN: Record<Concern, 0 | 1 | 2> = { none: 0, serious: 1, 'very-serious': 2 };

/** Where the interval's low end lies, which decides the imprecision step (and its reason). */
export type ImprecisionCase = 'rounded-zero' | 'reaches-no-difference' | 'below-small' | 'at-least-small';

export function imprecisionCase(input: CertaintyInput): ImprecisionCase {
  const { lower } = input.oriented;
  if (lower === 0 && input.significant === true) return 'rounded-zero';
  if (lower <= 0) return 'reaches-no-difference';
  if (lower < SMALL_EFFECT) return 'below-small';
  return 'at-least-small';
}

const IMPRECISION_DOWN: Record<ImprecisionCase, 0 | 1 | 2> = {
  'rounded-zero': 1,
  'reaches-no-difference': 2,
  'below-small': 1,
  'at-least-small': 0,
};

/** Levels down for each rated domain, in the order the rating lists them. */
export function certaintyLevelsDown(input: CertaintyInput): {
  studyQuality: 0 | 1 | 2;
  inconsistency: 0 | 1;
  imprecision: 0 | 1 | 2;
} {
  return {
    studyQuality: DOWN[input.studyQualityConcern],
    inconsistency: input.i2Percent >= INCONSISTENCY_I2 ? 1 : 0,
    imprecision: IMPRECISION_DOWN[imprecisionCase(input)],
  };
}

/** The level our rating gives: high, one step down for each level a concern takes off. */
export function certaintyLevel(input: CertaintyInput): CertaintyLevel {
  const { studyQuality, inconsistency, imprecision } = certaintyLevelsDown(input);
  const total = studyQuality + inconsistency + imprecision;
  return LEVELS[Math.min(total, LEVELS.length - 1)] ?? 'very low';
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
