import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
import { formatInterval } from '../format';
import { summariseOutcome } from '../plain-language/outcome-summary';
import { PER_OUTCOME_COUNTS_MISSING, summaryOfFindings } from './summary-of-findings';

describe('summaryOfFindings', () => {
  const table = summaryOfFindings(publishedDataset);

  it('has one row per outcome, each with the verdict the outcome pages give', () => {
    expect(table.rows.map((row) => row.outcomeId)).toEqual(publishedDataset.outcomes.map((outcome) => outcome.id));
    for (const outcome of publishedDataset.outcomes) {
      const row = table.rows.find((candidate) => candidate.outcomeId === outcome.id);
      expect(row?.meaning).toBe(summariseOutcome(outcome, publishedDataset.review).statement);
      expect(row?.studiesAndParticipants).toBe(PER_OUTCOME_COUNTS_MISSING);
    }
  });

  it('shows printed and turned figures, never turns a benefit into a harm, and sizes it as the outcome pages do', () => {
    for (const outcome of publishedDataset.outcomes) {
      const row = table.rows.find((candidate) => candidate.outcomeId === outcome.id);
      const summary = summariseOutcome(outcome, publishedDataset.review);
      if (summary.kind !== 'significant' || outcome.result.status !== 'significant') {
        expect(row?.oriented).toBeNull();
        continue;
      }
      expect(row?.asPrinted).toContain(outcome.result.asPrinted);
      expect(row?.oriented).toBe(formatInterval(summary.oriented.oriented));
      expect(summary.oriented.oriented.upper).toBeGreaterThan(0);
      expect(row?.plainEffect).toContain(`could be ${summary.sizeRange}.`);
    }
  });

  it('gives every certainty step down a footnote, numbered once', () => {
    const numbers = table.rows.flatMap((row) => row.footnotes);
    expect(new Set(numbers)).toEqual(new Set(table.footnotes.map((note) => note.number)));
    expect(table.rows.filter((row) => row.certainty !== 'Not rated').every((row) => row.footnotes.length > 0)).toBe(
      true,
    );
  });
});
