import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../evidence/parse-evidence';
import { summariseOutcome } from '../plain-language/outcome-summary';
import { orientOutcomeResult } from '../plain-language/orientation';
import {
  chooseLessonOutcome,
  intervalFromSliders,
  lessonSteps,
  readExampleInterval,
  EXAMPLE_ZERO_NOTE,
  withExampleInterval,
} from './forest-lesson';

const dataset = parseEvidenceDataset(publishedJson);
const lessonOutcome = chooseLessonOutcome(dataset);
if (!lessonOutcome) throw new Error('no outcome to teach on');

describe('the forest-plot lesson', () => {
  it('is taught on a real outcome whose interval clears zero', () => {
    const oriented = orientOutcomeResult(lessonOutcome);
    expect(oriented?.oriented.lower).toBeGreaterThan(0);
  });

  it('says exactly what the outcome page says when the example interval is the real one', () => {
    const oriented = orientOutcomeResult(lessonOutcome);
    if (!oriented) throw new Error('no figures');
    const reading = readExampleInterval(lessonOutcome, dataset.review, oriented.oriented);
    expect(reading.statement).toBe(summariseOutcome(lessonOutcome, dataset.review).statement);
    expect(reading.verdict.kind).toBe('favours-intervention');
  });

  it('changes the verdict and the sentence when the interval moves across zero', () => {
    const clear = readExampleInterval(lessonOutcome, dataset.review, { lower: 0.05, upper: 0.45 });
    const crossing = readExampleInterval(lessonOutcome, dataset.review, { lower: -0.05, upper: 0.35 });
    expect(clear.verdict.kind).toBe('favours-intervention');
    expect(crossing.verdict.kind).toBe('no-clear-difference');
    expect(crossing.statement).not.toBe(clear.statement);
    expect(crossing.statement).toMatch(/very uncertain/);
    expect(crossing.sizeSentence).toBe(
      'The result could be anything from a harm that is less than small to a small benefit.',
    );
  });

  it('names the harm in any interval that reaches it, and never words a comparison win as a benefit', () => {
    expect(readExampleInterval(lessonOutcome, dataset.review, { lower: -0.2, upper: 0.2 }).sizeSentence).toBe(
      'The result could be anything from a small harm to a small benefit.',
    );
    const worse = readExampleInterval(lessonOutcome, dataset.review, { lower: -0.6, upper: -0.1 });
    expect(worse.verdict.kind).toBe('favours-comparison');
    expect(worse.sizeSentence).toBe(
      'The comparison group did better: the harm could be anything from less than small to moderate.',
    );
    expect(worse.statement).toMatch(/^In this example the comparison group did as well or better/);
    expect(worse.certaintyLevel).toBeNull();
    expect(readExampleInterval(lessonOutcome, dataset.review, { lower: -0.3, upper: 0 }).sizeSentence).toBe(
      'The result could be anything from a small harm to no difference.',
    );
  });

  it('does not apply the printed-p rounding rule to a made-up interval that starts at 0', () => {
    // 0.00 to 0.58: with no printed p, the 0 reaches "no difference" (two steps down for imprecision, not one).
    const reading = readExampleInterval(lessonOutcome, dataset.review, { lower: 0, upper: 0.58 });
    expect(reading.verdict.kind).toBe('touches-no-difference');
    expect(reading.verdict.explanation).toBe(EXAMPLE_ZERO_NOTE);
    expect(reading.statement).toMatch(/very uncertain/);
    expect(reading.sizeSentence).toBe('The benefit could be anything from none at all to moderate.');
  });

  it('keeps the outcome’s printing convention when it swaps in an example interval', () => {
    const example = withExampleInterval(lessonOutcome, { lower: 0.1, upper: 0.3 });
    expect(orientOutcomeResult(example)?.oriented).toEqual({ lower: 0.1, upper: 0.3 });
  });

  it('builds slider intervals in whole hundredths, so a bound can sit exactly on zero', () => {
    expect(intervalFromSliders(16, 16)).toEqual({ lower: 0, upper: 0.32 });
    expect(readExampleInterval(lessonOutcome, dataset.review, intervalFromSliders(16, 16)).verdict.kind).toBe(
      'touches-no-difference',
    );
  });

  it('explains six parts with the outcome’s own figures', () => {
    const steps = lessonSteps(lessonOutcome, dataset.review);
    expect(steps.map((step) => step.part)).toEqual([
      'no-difference-line',
      'interval',
      'middle',
      'sides',
      'width',
      'i2',
    ]);
    const result = lessonOutcome.result;
    if (result.status !== 'significant') throw new Error('no figures');
    expect(steps.at(-1)?.paragraphs.join(' ')).toContain(`${result.i2Percent}%`);
  });
});
