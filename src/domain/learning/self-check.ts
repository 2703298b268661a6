import type { EvidenceDataset, Outcome } from '../evidence/evidence-schema';
import { formatEffect, formatInterval } from '../format';
import { noDifferenceStatement } from '../plain-language/certainty';
import { describeHeterogeneity } from '../plain-language/heterogeneity-words';
import { orientOutcomeResult, type OrientedOutcomeResult } from '../plain-language/orientation';
import { summariseOutcome } from '../plain-language/outcome-summary';

// The self-check at the end of the forest-plot lesson. Questions are built from the review's real outcomes, so an
// answer is right because of the data, and the explanation uses the same wording rules as the rest of the app.

export interface SelfCheckOption {
  id: string;
  text: string;
}

export interface SelfCheckQuestion {
  id: string;
  prompt: string;
  options: SelfCheckOption[];
  correctOptionId: string;
  /** Shown after an answer, right or wrong: why the right answer is right. */
  explanation: string;
  /** Where the figures in the question come from. */
  sourceIds: string[];
}

interface WithFigures {
  outcome: Outcome;
  oriented: OrientedOutcomeResult;
}

function outcomesWithFigures(dataset: EvidenceDataset): WithFigures[] {
  return dataset.outcomes.flatMap((outcome) => {
    const oriented = orientOutcomeResult(outcome);
    return oriented ? [{ outcome, oriented }] : [];
  });
}

const optionsFor = (items: readonly WithFigures[]): SelfCheckOption[] =>
  items.map(({ outcome }) => ({ id: outcome.id, text: outcome.name }));

/** Between four and six questions, depending on what the dataset holds. */
export function buildSelfCheck(dataset: EvidenceDataset): SelfCheckQuestion[] {
  const withFigures = outcomesWithFigures(dataset);
  const questions: SelfCheckQuestion[] = [];

  questions.push({
    id: 'side',
    prompt: 'On the charts in this app, a diamond to the right of the line of no difference means…',
    options: [
      { id: 'intervention', text: 'the families who had the help did better' },
      { id: 'comparison', text: 'the comparison group did better' },
      { id: 'bigger-study', text: 'the study was bigger' },
    ],
    correctOptionId: 'intervention',
    explanation:
      'Right of the line favours the help. The app turns every result so that this is true, even where the review printed a benefit as a negative number.',
    sourceIds: [],
  });

  const printedNegative = withFigures.find(
    ({ outcome }) => outcome.orientation.reportedSignFavouringIntervention === -1,
  );
  if (printedNegative && printedNegative.outcome.result.status === 'significant') {
    const { outcome, oriented } = printedNegative;
    questions.push({
      id: 'printed-negative',
      prompt: `The review printed ${outcome.name.toLowerCase()} as ${formatInterval(oriented.reported)}. Does this favour the help?`,
      options: [
        { id: 'yes', text: 'Yes: turned round, it is ' + formatInterval(oriented.oriented) },
        { id: 'no', text: 'No: negative numbers mean it made things worse' },
        { id: 'cannot-say', text: 'We cannot say which way it points' },
      ],
      correctOptionId: 'yes',
      explanation: `The review says this result favoured the interventions. ${outcome.orientation.basis}`,
      sourceIds: [outcome.result.sourceId],
    });
  }

  const reachingZero = withFigures.filter(({ oriented }) => oriented.oriented.lower <= 0);
  if (reachingZero.length === 1 && withFigures.length > 1) {
    const [only] = reachingZero;
    if (only && only.outcome.result.status === 'significant') {
      const summary = summariseOutcome(only.outcome, dataset.review);
      questions.push({
        id: 'reaches-zero',
        prompt: 'Which of these results has an interval that reaches the line of no difference?',
        options: optionsFor(withFigures),
        correctOptionId: only.outcome.id,
        explanation: `${only.outcome.name}: ${formatInterval(only.oriented.oriented)}. The release calls it significant (${only.outcome.result.pReading}), so the printed ${formatEffect(only.oriented.oriented.lower)} is a rounded figure. Even so, an effect close to none cannot be ruled out. ${summary.statement}`,
        sourceIds: [only.outcome.result.sourceId],
      });
    }
  }

  if (withFigures.length > 1) {
    const byWidth = [...withFigures].sort(
      (a, b) =>
        a.oriented.oriented.upper - a.oriented.oriented.lower - (b.oriented.oriented.upper - b.oriented.oriented.lower),
    );
    const narrowest = byWidth[0];
    if (narrowest) {
      questions.push({
        id: 'most-precise',
        prompt: 'Which result is the most precise?',
        options: optionsFor(withFigures),
        correctOptionId: narrowest.outcome.id,
        explanation: `The narrowest interval is the most precise. Widths: ${byWidth
          .map(
            ({ outcome, oriented }) =>
              `${outcome.name.toLowerCase()} ${formatEffect(oriented.oriented.upper - oriented.oriented.lower)}`,
          )
          .join(', ')}.`,
        sourceIds: [...new Set(withFigures.map(({ outcome }) => outcome.result.sourceId))],
      });
    }

    const byI2 = [...withFigures].sort((a, b) => b.oriented.i2Percent - a.oriented.i2Percent);
    const [mostVaried, next] = byI2;
    if (mostVaried && next && mostVaried.oriented.i2Percent > next.oriented.i2Percent) {
      questions.push({
        id: 'most-disagreement',
        prompt: 'For which result did the studies disagree most?',
        options: optionsFor(withFigures),
        correctOptionId: mostVaried.outcome.id,
        explanation: `${mostVaried.outcome.name} has the highest I², ${mostVaried.oriented.i2Percent}%. ${describeHeterogeneity(mostVaried.oriented.i2Percent)}`,
        sourceIds: [mostVaried.outcome.result.sourceId],
      });
    }
  }

  const firstNull = dataset.outcomes.find((outcome) => outcome.result.status === 'no-significant-difference');
  if (firstNull) {
    questions.push({
      id: 'no-difference',
      prompt: `For ${firstNull.name.toLowerCase()}, the review found no significant difference and our sources print no figures. What can we say?`,
      options: [
        { id: 'does-not-work', text: 'The help does not work for this' },
        { id: 'cannot-say', text: 'We cannot say whether it helps, or by how much' },
        { id: 'small-benefit', text: 'The help has a small benefit' },
      ],
      correctOptionId: 'cannot-say',
      explanation: `${noDifferenceStatement(firstNull.benefitPhrase)} “No significant difference” does not prove that there is no effect.`,
      sourceIds: [firstNull.result.sourceId],
    });
  }

  return questions.slice(0, 6);
}
