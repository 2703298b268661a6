import type { EvidenceDataset, Outcome, Review, SignificantResult } from '../evidence/evidence-schema';
import { formatEffect, formatInterval } from '../format';
import {
  assessCertainty,
  certaintyStatement,
  INCONSISTENCY_I2,
  type CertaintyLevel,
} from '../plain-language/certainty';
import { describeHeterogeneity, heterogeneityLevel } from '../plain-language/heterogeneity-words';
import { intervalVerdict, type IntervalVerdict } from '../plain-language/interval-verdict';
import { orientInterval, orientOutcomeResult, type Interval } from '../plain-language/orientation';
import { summariseOutcome } from '../plain-language/outcome-summary';
import { describeSizeRange, sizeWord } from '../plain-language/size-words';

// The forest-plot lesson's rules. The sentence and the verdict for an example interval come from the same functions
// the outcome pages use (summariseOutcome and its certainty rules), so the lesson can never contradict the app.

/**
 * The real outcome the lesson is taught on: one whose interval clears zero and whose studies did not disagree a lot, so
 * that moving the example interval across zero is what changes the verdict. Falls back to any outcome with figures.
 */
export function chooseLessonOutcome(dataset: EvidenceDataset): Outcome | undefined {
  const withFigures = dataset.outcomes.filter((outcome) => outcome.result.status === 'significant');
  const clear = withFigures.filter((outcome) => {
    const oriented = orientOutcomeResult(outcome);
    return oriented !== null && oriented.oriented.lower > 0 && oriented.i2Percent < INCONSISTENCY_I2;
  });
  const byAgreement = [...clear].sort(
    (a, b) => (orientOutcomeResult(a)?.i2Percent ?? 0) - (orientOutcomeResult(b)?.i2Percent ?? 0),
  );
  return byAgreement[0] ?? withFigures[0];
}

/**
 * The outcome as it would be if its pooled interval were `oriented` (positive favours the intervention): the printed
 * interval, midpoint and standard error follow from it, everything else (I², wording, sign) stays the outcome's own.
 */
export function withExampleInterval(outcome: Outcome, oriented: Interval): Outcome {
  if (outcome.result.status !== 'significant')
    throw new Error(`withExampleInterval: ${outcome.id} has no printed figures`);
  const sign = outcome.orientation.reportedSignFavouringIntervention;
  const ci95 = orientInterval(oriented, sign);
  const result: SignificantResult = {
    ...outcome.result,
    ci95,
    asPrinted: `Example interval ${formatInterval(ci95)}`,
    derived: {
      midpoint: { ...outcome.result.derived.midpoint, value: (ci95.lower + ci95.upper) / 2 },
      standardError: { ...outcome.result.derived.standardError, value: (ci95.upper - ci95.lower) / (2 * 1.96) },
    },
  };
  return { ...outcome, result };
}

export interface ExampleReading {
  verdict: IntervalVerdict;
  /** The outcome page's plain-language sentence for this interval, with its certainty word. */
  statement: string;
  /** Null when the example favours the comparison group: then no certainty word applies to a benefit. */
  certaintyLevel: CertaintyLevel | null;
  /** The size of the effect across the interval, harm included where the interval reaches it: a whole sentence. */
  sizeSentence: string;
}

/** "a small harm" or "a harm that is less than small": size words for one end of an interval. */
const sized = (effect: number, what: 'benefit' | 'harm') => {
  const word = sizeWord(effect);
  return word === 'less than small' ? `a ${what} that is less than small` : `a ${word} ${what}`;
};

/**
 * The size of the effect across a made-up oriented interval, in words that name harm wherever the interval reaches it
 * (a range that crosses zero is never described as benefit only).
 */
export function describeExampleRange(oriented: Interval, significant = false): string {
  const { lower, upper } = oriented;
  if (lower >= 0) return `The benefit could be ${describeSizeRange(oriented, significant)}.`;
  if (upper > 0) return `The result could be anything from ${sized(lower, 'harm')} to ${sized(upper, 'benefit')}.`;
  if (upper === 0) return `The result could be anything from ${sized(lower, 'harm')} to no difference.`;
  const near = sizeWord(upper);
  const far = sizeWord(lower);
  return `The comparison group did better: the harm could be ${near === far ? `${near}, across the whole range` : `anything from ${near} to ${far}`}.`;
}

/** The lesson's note on a bound exactly at 0: a made-up interval has no p, so the rounding rule cannot apply. */
export const EXAMPLE_ZERO_NOTE =
  'A made-up interval has no printed p value. The outcome pages treat a printed 0 as rounding only when the printed p is below 0.05, so here a bound at 0 counts as reaching “no difference”.';

/**
 * What the app would say about the outcome if its interval were `oriented`. The same certainty rules as the outcome
 * pages, except the one that needs a printed p (a printed 0 read as rounding): the example has none (issue 17, P12).
 */
export function readExampleInterval(outcome: Outcome, review: Review, oriented: Interval): ExampleReading {
  const example = withExampleInterval(outcome, oriented);
  const result = orientOutcomeResult(example);
  if (!result) throw new Error('readExampleInterval: expected figures');
  const verdict = intervalVerdict(result.oriented);
  // With the sliders on the outcome's own interval the printed p exists, so the lesson reads it as the outcome page
  // does (one verdict per outcome, P3); any other interval is made up and has no p.
  const real = orientOutcomeResult(outcome)?.oriented;
  const onRealInterval = real !== undefined && real.lower === oriented.lower && real.upper === oriented.upper;
  const significant = onRealInterval && outcome.result.status === 'significant';
  const touches = verdict.kind === 'touches-no-difference' && !significant;
  const shownVerdict: IntervalVerdict = touches
    ? { ...verdict, headline: 'On the line: the interval just touches “no difference”', explanation: EXAMPLE_ZERO_NOTE }
    : verdict;
  const sizeSentence = describeExampleRange(result.oriented, significant);
  if (result.oriented.upper <= 0) {
    return {
      verdict: shownVerdict,
      statement: `In this example the comparison group did as well or better, so the app would not say that these interventions ${outcome.benefitPhrase}.`,
      certaintyLevel: null,
      sizeSentence,
    };
  }
  const certainty = assessCertainty({
    oriented: result.oriented,
    i2Percent: result.i2Percent,
    studyQualityConcern: review.quality.certaintyConcern,
    significant,
  });
  return {
    verdict: shownVerdict,
    statement: certaintyStatement(certainty.level, outcome.benefitPhrase),
    certaintyLevel: certainty.level,
    sizeSentence,
  };
}

/** The example interval from the sliders, kept in whole hundredths so that a bound can sit exactly on zero. */
export function intervalFromSliders(centreHundredths: number, halfWidthHundredths: number): Interval {
  return {
    lower: (centreHundredths - halfWidthHundredths) / 100,
    upper: (centreHundredths + halfWidthHundredths) / 100,
  };
}

export type LessonPart = 'no-difference-line' | 'interval' | 'middle' | 'sides' | 'width' | 'i2';

export interface LessonStep {
  part: LessonPart;
  title: string;
  paragraphs: string[];
}

/** The parts of a forest plot, explained on one real outcome with its own figures. */
export function lessonSteps(outcome: Outcome, review: Review): LessonStep[] {
  const { result } = outcome;
  const summary = summariseOutcome(outcome, review);
  if (result.status !== 'significant' || summary.kind !== 'significant') return [];
  const { oriented } = summary;
  const name = outcome.name.toLowerCase();
  const turned = outcome.orientation.reportedSignFavouringIntervention === -1;
  const width = oriented.oriented.upper - oriented.oriented.lower;
  return [
    {
      part: 'no-difference-line',
      title: 'The line of no difference',
      paragraphs: [
        'The upright line at zero means “no difference”: families who had the help did just as well as families in the comparison group.',
        'Everything on the chart is read against this line.',
      ],
    },
    {
      part: 'interval',
      title: 'The interval',
      paragraphs: [
        `The diamond is the review’s pooled result. From its left tip to its right tip it spans the 95% confidence interval for ${name}: ${formatInterval(oriented.oriented)}.`,
        'Any value the diamond spans fits the studies well; values far outside it do not. It is not a range the true effect lies in with 95% probability. (In a plot of single studies, each study is a square on a horizontal line.)',
      ],
    },
    {
      part: 'middle',
      title: 'Its middle',
      paragraphs: [
        `The diamond’s widest point is the middle of the interval, ${formatEffect(oriented.orientedMidpoint)}. The review printed the interval only, so we worked the middle out: it is a derived figure.`,
        'The middle is the single best guess, but the tips of the diamond matter as much.',
      ],
    },
    {
      part: 'sides',
      title: 'Which side means benefit',
      paragraphs: [
        'On every chart in this app, right of the line favours the help and left favours the comparison group.',
        turned
          ? `The review printed this result as ${formatInterval(oriented.reported)}. We turned it round so that benefit is on the right. ${outcome.orientation.basis}`
          : `The review printed this result as ${formatInterval(oriented.reported)}, which already has benefit on the right. Some of its other results were printed as negative numbers, and we turn those round.`,
      ],
    },
    {
      part: 'width',
      title: 'Why width means precision',
      paragraphs: [
        `This interval is ${formatEffect(width)} wide. A narrow interval pins the effect down; a wide one leaves a lot of room.`,
        'More families and studies that agree make an interval narrower. If the diamond crosses the line, no difference cannot be ruled out.',
      ],
    },
    {
      part: 'i2',
      title: 'What I² says',
      paragraphs: [
        `I² = ${result.i2Percent}% (${heterogeneityLevel(result.i2Percent)}). ${describeHeterogeneity(result.i2Percent)}`,
        `I² is the share of the differences between studies that is more than chance would give. From ${INCONSISTENCY_I2}% up, we lower how sure we can be.`,
      ],
    },
  ];
}
