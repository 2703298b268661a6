import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
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

  it('shows printed and turned figures, and never turns a benefit into a harm', () => {
    const attachment = table.rows.find((row) => row.outcomeId === 'infant-attachment');
    expect(attachment?.asPrinted).toContain('-0.95');
    expect(attachment?.oriented).toBe('0.19 to 0.95');
    const behaviour = table.rows.find((row) => row.outcomeId === 'infant-behaviour');
    expect(behaviour?.oriented).toBe('0.00 to 0.43');
    expect(behaviour?.plainEffect).toMatch(/none at all/);
  });

  it('gives every certainty step down a footnote, numbered once', () => {
    const numbers = table.rows.flatMap((row) => row.footnotes);
    expect(new Set(numbers)).toEqual(new Set(table.footnotes.map((note) => note.number)));
    expect(table.rows.filter((row) => row.certainty !== 'Not rated').every((row) => row.footnotes.length > 0)).toBe(
      true,
    );
  });
});
