import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../parse-evidence';
import { summariseOutcome } from '../plain-language/outcome-summary';
import { orientOutcomeResult } from '../plain-language/orientation';
import {
  chooseLessonOutcome,
  intervalFromSliders,
  lessonSteps,
  readExampleInterval,
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
    expect(crossing.sizeRange).toMatch(/none at all/);
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
