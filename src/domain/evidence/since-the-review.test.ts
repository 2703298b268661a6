import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset } from '../../../tests/render-with-evidence';
import { OUTCOME_IDS } from './dataset-ids';
import {
  filterSince,
  NO_PROGRAMME,
  sinceForOutcome,
  sinceNewestFirst,
  sinceResult,
  sinceSummaryLine,
  sinceTally,
} from './since-the-review';

describe('since the review', () => {
  it('lists every entry, newest first, with years unknown last', () => {
    const all = filterSince(dataset, { programme: null, outcome: null });
    expect(all).toHaveLength(dataset.sinceTheReview.length);
    const years = all.map((entry) => entry.year ?? -Infinity);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('filters by programme (or no programme) and by outcome, and the filters add up', () => {
    const byProgramme = [...dataset.programmes.map((programme) => programme.id), NO_PROGRAMME].flatMap((programme) =>
      filterSince(dataset, { programme, outcome: null }),
    );
    expect(byProgramme).toHaveLength(dataset.sinceTheReview.length);
    for (const outcomeId of OUTCOME_IDS)
      for (const entry of sinceForOutcome(dataset, outcomeId))
        expect(entry.appOutcomes.map((item) => item.outcomeId)).toContain(outcomeId);
  });

  it('keeps the source’s words: a registration has no results yet, a missing result says so', () => {
    for (const entry of dataset.sinceTheReview) {
      const result = sinceResult(entry);
      if (entry.resultAsStated !== null) expect(result.quoted).toBe(entry.resultAsStated);
      else if (entry.kind === 'registration') expect(result.missing).toBe('No results yet.');
      else expect(result.missing).toMatch(/not in our sources/);
    }
  });

  it('never names a file, a field or a stored page in what a reader sees', () => {
    const shown = dataset.sinceTheReview.flatMap((entry) => [
      entry.relationToReview,
      entry.caution ?? '',
      entry.n,
      entry.citation.authors,
      entry.citation.journal,
      entry.country,
      entry.population,
      ...entry.appOutcomes.map((item) => item.mappingNote ?? ''),
    ]);
    for (const text of shown) expect(text).not.toMatch(/\.json|\.md\b|\bstored\b|extraQuotes|not stated in the source/);
  });

  it('gives /summary a line of counts that does not pool anything', () => {
    expect(sinceSummaryLine(dataset.sinceTheReview)).toContain(String(dataset.sinceTheReview.length));
    const tally = sinceTally(dataset.sinceTheReview);
    expect(tally.withResults + tally.noResultsYet + tally.resultNotInSources).toBe(tally.entries);
    for (const count of [tally.withResults, tally.noResultsYet, tally.resultNotInSources])
      expect(sinceSummaryLine(dataset.sinceTheReview)).toContain(String(count));
    expect(sinceSummaryLine(sinceNewestFirst([]))).toMatch(/no studies newer/);
  });
});
