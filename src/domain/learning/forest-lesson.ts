import type { EvidenceDataset, Outcome, Review, SignificantResult } from '../evidence-schema';
import { formatEffect, formatInterval } from '../format';
import { INCONSISTENCY_I2, type CertaintyLevel } from '../plain-language/certainty';
import { describeHeterogeneity, heterogeneityLevel } from '../plain-language/heterogeneity-words';
import { intervalVerdict, type IntervalVerdict } from '../plain-language/interval-verdict';
import { orientInterval, orientOutcomeResult, type Interval } from '../plain-language/orientation';
import { summariseOutcome } from '../plain-language/outcome-summary';
import { describeSizeRange } from '../plain-language/size-words';

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
  certaintyLevel: CertaintyLevel;
  /** Completes "The benefit could be …". */
  sizeRange: string;
}

/** What the app would say about the outcome if its interval were `oriented`. */
export function readExampleInterval(outcome: Outcome, review: Review, oriented: Interval): ExampleReading {
  const summary = summariseOutcome(withExampleInterval(outcome, oriented), review);
  if (summary.kind !== 'significant') throw new Error('readExampleInterval: expected figures');
  return {
    verdict: intervalVerdict(summary.oriented.oriented),
    statement: summary.statement,
    certaintyLevel: summary.certainty.level,
    sizeRange: describeSizeRange(summary.oriented.oriented, true),
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
        `The bar shows the 95% confidence interval for ${name}: ${formatInterval(oriented.oriented)}.`,
        'Any value in the bar fits the studies well; values far outside it do not. It is not a range the true effect lies in with 95% probability.',
      ],
    },
    {
      part: 'middle',
      title: 'Its middle',
      paragraphs: [
        `The diamond’s widest point is the middle of the interval, ${formatEffect(oriented.orientedMidpoint)}. The review printed the interval only, so we worked the middle out: it is a derived figure.`,
        'The middle is the single best guess, but the ends of the bar matter as much.',
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
        'More families and studies that agree make an interval narrower. If the bar crosses the line, no difference cannot be ruled out.',
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
