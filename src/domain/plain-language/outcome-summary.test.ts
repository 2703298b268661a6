import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { findOutcome } from '../evidence/lookup';
import { parseEvidenceDataset } from '../evidence/parse-evidence';
import { ROUNDING_CAVEAT, roundingNote, summariseOutcome } from './outcome-summary';
import { INCONSISTENCY_I2, SMALL_EFFECT } from './certainty';

const dataset = parseEvidenceDataset(publishedJson);
const summaryOf = (id: string) => {
  const outcome = findOutcome(dataset, id);
  if (!outcome) throw new Error(`no outcome ${id}`);
  return summariseOutcome(outcome, dataset.review);
};

describe('summariseOutcome on the review’s results', () => {
  it.each([
    ['parental-reflective-functioning', 'very low', /^We are very uncertain whether/],
    ['maternal-depression', 'low', /^These interventions may reduce depression in mothers\.$/],
    // A printed 0.00 with p = 0.04 is rounding: rated like any interval reaching below a small effect (one level down).
    ['infant-behaviour', 'low', /^These interventions may improve young children/],
    ['infant-attachment', 'low', /^These interventions may make/],
  ] as const)('rates %s as %s certainty', (id, level, sentence) => {
    const summary = summaryOf(id);
    expect(summary.kind).toBe('significant');
    if (summary.kind !== 'significant') return;
    expect(summary.certainty.level).toBe(level);
    expect(summary.statement).toMatch(sentence);
  });

  it('never words any result with a bare "improves", since very few studies were rated good quality', () => {
    for (const outcome of dataset.outcomes) {
      const summary = summariseOutcome(outcome, dataset.review);
      expect(summary.statement).toMatch(/may|probably|very uncertain|no significant difference/);
    }
  });

  it('says "no significant difference" for parental stress and gives no figures', () => {
    const summary = summaryOf('parental-stress');
    expect(summary.kind).toBe('no-difference');
    expect(summary.statement).toMatch(/no significant difference/);
    expect(summary).not.toHaveProperty('oriented');
  });
});

describe('every outcome, one rule set', () => {
  const dataset = parseEvidenceDataset(publishedJson);

  it('applies the I² and imprecision thresholds the same way to every outcome', () => {
    for (const outcome of dataset.outcomes) {
      const summary = summariseOutcome(outcome, dataset.review);
      if (summary.kind !== 'significant') continue;
      const step = (domain: string) => summary.certainty.steps.find((item) => item.domain === domain);
      expect(step('inconsistency')?.levelsDown, outcome.id).toBe(
        summary.oriented.i2Percent >= INCONSISTENCY_I2 ? 1 : 0,
      );
      const lower = summary.oriented.oriented.lower;
      expect(step('imprecision')?.levelsDown, outcome.id).toBe(lower >= SMALL_EFFECT ? 0 : 1);
    }
  });

  it('never gives a certainty reason that contradicts the headline of a significant result', () => {
    for (const outcome of dataset.outcomes) {
      const summary = summariseOutcome(outcome, dataset.review);
      if (summary.kind !== 'significant') continue;
      for (const step of summary.certainty.steps)
        expect(step.reason, outcome.id).not.toMatch(/no benefit cannot be ruled out/i);
    }
  });

  it('explains the rounding of a printed 0 with p below .05 once, for that outcome only', () => {
    const notes = dataset.outcomes
      .map((outcome) => [outcome.id, roundingNote(outcome)] as const)
      .filter(([, note]) => note !== null);
    expect(notes.map(([id]) => id)).toEqual(['infant-behaviour']);
    expect(notes[0]?.[1]).toMatch(/rounds to two decimals/);
  });

  it('says the rounded interval and the printed p only just agree, and that the release does not say they share a test (audit P18)', () => {
    for (const outcome of dataset.outcomes) {
      const note = roundingNote(outcome);
      if (note === null) continue;
      expect(note).toContain(ROUNDING_CAVEAT);
      expect(note).toMatch(/only just agree/);
      expect(note).toMatch(/the release does not say/);
    }
  });
});
