import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { findOutcome } from '../lookup';
import { parseEvidenceDataset } from '../parse-evidence';
import { summariseOutcome } from './outcome-summary';

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
    ['infant-behaviour', 'very low', /^We are very uncertain whether/],
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
