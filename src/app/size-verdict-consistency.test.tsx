import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../tests/render-with-evidence';
import { summaryOfFindings } from '../domain/comparison/summary-of-findings';
import { toCsv } from '../domain/export/csv';
import { OUTCOME_COLUMNS, outcomeRecords } from '../domain/export/tables';
import { readExampleInterval } from '../domain/learning/forest-lesson';
import { FAMILY_OUTCOME_WORDS, familyVerdict } from '../domain/plain-language/family-words';
import { orientOutcomeResult } from '../domain/plain-language/orientation';
import { summariseOutcome } from '../domain/plain-language/outcome-summary';
import { describeSizeRange } from '../domain/plain-language/size-words';
import { buildDeck } from '../domain/presentation/build-deck';
import { SummaryPage } from '../features/compare/summary-page';
import { FamilyOutcomePage } from '../features/families/family-outcome-page';
import { OutcomeDetailPage } from '../features/outcomes/outcome-detail-page';

// Audit P3: one outcome had two size verdicts ("almost none" on its page, "none at all" on /summary). Every surface
// that sizes a benefit must give the one verdict the dataset implies, and never the other wording of the same range.

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const sized = dataset.outcomes.flatMap((outcome) => {
  const summary = summariseOutcome(outcome, dataset.review);
  const oriented = orientOutcomeResult(outcome);
  if (summary.kind !== 'significant' || !oriented) return [];
  // Computed from the dataset alone: a printed interval whose low end is 0 but which the source calls significant is
  // rounding, so its benefit is "almost none", never "none at all".
  const significant = outcome.result.status === 'significant';
  const expected = describeSizeRange(oriented.oriented, significant);
  const other = describeSizeRange(oriented.oriented, !significant);
  return [{ outcome, summary, expected, other: other === expected ? null : other }];
});

const expectOneVerdict = (text: string, expected: string, other: string | null) => {
  expect(text).toContain(`could be ${expected}`);
  if (other) expect(text).not.toContain(`could be ${other}`);
};

afterEach(cleanup);

describe('one size verdict per outcome on every surface (audit P3)', () => {
  it('has outcomes with figures to check, including one whose printed interval touches 0', () => {
    expect(sized.length).toBeGreaterThan(0);
    // The case that went wrong: when the dataset has one, the two wordings differ and the test below can tell them apart.
    const touching = sized.filter((entry) => entry.other !== null);
    for (const entry of touching) expect(entry.expected).toContain('almost none');
  });

  it.each(sized.map((entry) => [entry.outcome.id, entry] as const))('%s: the summary and its CSV', (_id, entry) => {
    const row = summaryOfFindings(dataset).rows.find((candidate) => candidate.outcomeId === entry.outcome.id);
    expectOneVerdict(row?.plainEffect ?? '', entry.expected, entry.other);
    const csvRow = outcomeRecords(dataset).find((record) => record.Outcome === entry.outcome.name);
    expectOneVerdict(toCsv(OUTCOME_COLUMNS, csvRow ? [csvRow] : []), entry.expected, entry.other);
  });

  it.each(sized.map((entry) => [entry.outcome.id, entry] as const))('%s: the slides', (_id, entry) => {
    const slide = buildDeck(dataset).find((candidate) => candidate.id === `outcome-${entry.outcome.id}`);
    const texts = [slide?.lead, ...(slide?.body ?? []), ...(slide?.notes ?? [])].map((text) => text?.text ?? '');
    expectOneVerdict(texts.join(' '), entry.expected, entry.other);
  });

  it.each(sized.map((entry) => [entry.outcome.id, entry] as const))(
    '%s: the lesson, with the sliders on the real interval',
    (_id, entry) => {
      const reading = readExampleInterval(entry.outcome, dataset.review, entry.summary.oriented.oriented);
      expectOneVerdict(reading.sizeSentence, entry.expected, entry.other);
    },
  );

  it.each(sized.map((entry) => [entry.outcome.id, entry] as const))('%s: the outcome page', async (_id, entry) => {
    renderWithEvidence(
      [{ path: '/outcomes/:outcomeId', element: <OutcomeDetailPage /> }],
      `/outcomes/${entry.outcome.id}`,
    );
    await screen.findByRole('heading', { level: 1, name: entry.outcome.name });
    expectOneVerdict(squash(document.body.textContent), entry.expected, entry.other);
  });

  it('the /summary page', async () => {
    renderWithEvidence([{ path: '/summary', element: <SummaryPage /> }], '/summary');
    await screen.findByRole('heading', { level: 1 });
    const text = squash(document.body.textContent);
    for (const entry of sized) expectOneVerdict(text, entry.expected, entry.other);
  });

  it.each(sized.map((entry) => [entry.outcome.id, entry] as const))(
    '%s: the family page says "no difference at all" only when the range reaches none',
    async (_id, entry) => {
      renderWithEvidence(
        [{ path: '/families/:outcomeId', element: <FamilyOutcomePage /> }],
        `/families/${entry.outcome.id}`,
      );
      const family = familyVerdict(entry.summary, FAMILY_OUTCOME_WORDS[entry.outcome.id]);
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      const text = squash(document.body.textContent);
      expect(text).toContain(family.found[0]);
      const saysNone = /made no difference at all/.test(text);
      expect(saysNone).toBe(entry.expected.includes('none at all'));
    },
  );
});
