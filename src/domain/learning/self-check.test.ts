import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../evidence/parse-evidence';
import { orientOutcomeResult } from '../plain-language/orientation';
import { buildSelfCheck } from './self-check';

const dataset = parseEvidenceDataset(publishedJson);
const questions = buildSelfCheck(dataset);

describe('buildSelfCheck', () => {
  it('asks four to six questions, each with its answer among the options and an explanation', () => {
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeLessThanOrEqual(6);
    for (const question of questions) {
      expect(question.options.map((option) => option.id)).toContain(question.correctOptionId);
      expect(question.explanation.length).toBeGreaterThan(20);
      for (const sourceId of question.sourceIds)
        expect(dataset.sources.some((source) => source.id === sourceId)).toBe(true);
    }
  });

  it('marks as most precise the outcome with the narrowest interval in the data', () => {
    const question = questions.find((candidate) => candidate.id === 'most-precise');
    const widths = dataset.outcomes.flatMap((outcome) => {
      const oriented = orientOutcomeResult(outcome);
      return oriented ? [{ id: outcome.id, width: oriented.oriented.upper - oriented.oriented.lower }] : [];
    });
    const narrowest = widths.reduce((best, item) => (item.width < best.width ? item : best));
    expect(question?.correctOptionId).toBe(narrowest.id);
  });

  it('does not let "no significant difference" read as "does not work"', () => {
    const question = questions.find((candidate) => candidate.id === 'no-difference');
    expect(question?.correctOptionId).toBe('cannot-say');
  });
});
