import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../evidence/parse-evidence';
import { outcomeHeadline } from './outcome-headline';
import { summariseOutcome } from './outcome-summary';

const dataset = parseEvidenceDataset(publishedJson);

describe('outcomeHeadline', () => {
  it('gives every outcome the verdict and certainty level summariseOutcome gives', () => {
    for (const outcome of dataset.outcomes) {
      const headline = outcomeHeadline(outcome, dataset.review);
      const summary = summariseOutcome(outcome, dataset.review);
      expect(headline.kind).toBe(summary.kind);
      expect(headline.statement).toBe(summary.statement);
      if (headline.kind === 'significant' && summary.kind === 'significant') {
        expect(headline.level).toBe(summary.certainty.level);
      }
    }
  });

  it('rates a result as summariseOutcome does when study quality is not a concern', () => {
    const review = { ...dataset.review, quality: { ...dataset.review.quality, certaintyConcern: 'none' as const } };
    for (const outcome of dataset.outcomes) {
      const headline = outcomeHeadline(outcome, review);
      const summary = summariseOutcome(outcome, review);
      expect(headline.statement).toBe(summary.statement);
    }
  });
});
