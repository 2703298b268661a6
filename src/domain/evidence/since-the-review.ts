import { countOf } from '../format';
import type { OutcomeId } from './dataset-ids';
import type { EvidenceDataset, SinceEntry } from './evidence-schema';

// Studies and reviews newer than the review or outside it (dataset section `sinceTheReview`). Their own kind of
// evidence: shown in their sources' own words, never pooled with the review's results or restated as them.

/** Filter value for entries about no programme in our dataset (other programmes, comparators, mixed reviews). */
export const NO_PROGRAMME = 'other';

export interface SinceFilters {
  programme: string | null;
  outcome: OutcomeId | null;
}

/** Newest first; entries without a year last; otherwise in the order of the evidence file. */
export function sinceNewestFirst(entries: readonly SinceEntry[]): SinceEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (b.entry.year ?? -Infinity) - (a.entry.year ?? -Infinity) || a.index - b.index)
    .map(({ entry }) => entry);
}

export function filterSince(dataset: EvidenceDataset, filters: SinceFilters): SinceEntry[] {
  return sinceNewestFirst(
    dataset.sinceTheReview.filter(
      (entry) =>
        (filters.programme === null ||
          (filters.programme === NO_PROGRAMME
            ? entry.programmeId === null
            : entry.programmeId === filters.programme)) &&
        (filters.outcome === null || entry.appOutcomes.some((item) => item.outcomeId === filters.outcome)),
    ),
  );
}

export const sinceForProgramme = (dataset: EvidenceDataset, programmeId: string): SinceEntry[] =>
  filterSince(dataset, { programme: programmeId, outcome: null });

export const sinceForOutcome = (dataset: EvidenceDataset, outcomeId: OutcomeId): SinceEntry[] =>
  filterSince(dataset, { programme: null, outcome: outcomeId });

/** What the entry found, in its words; or why there is nothing to show. */
export function sinceResult(entry: SinceEntry): { quoted: string | null; missing: string | null } {
  if (entry.resultAsStated !== null) return { quoted: entry.resultAsStated, missing: null };
  if (entry.kind === 'registration') return { quoted: null, missing: 'No results yet.' };
  if (entry.kind === 'review') return { quoted: null, missing: 'Its findings are not in our sources.' };
  return { quoted: null, missing: 'The result is not in our sources.' };
}

export function sinceClassText(entry: SinceEntry): string {
  if (entry.inReviewClass === true) return 'A programme of the kind the review covered.';
  if (entry.inReviewClass === false) return 'A comparator: not a psychodynamic programme, so not of the review’s kind.';
  return 'A review of programmes of several kinds.';
}

export interface SinceTally {
  entries: number;
  withResults: number;
  noResultsYet: number;
  /** Published or reported, but its result is not in our sources: the rest, so the three always add up. */
  resultNotInSources: number;
}

export function sinceTally(entries: readonly SinceEntry[]): SinceTally {
  return {
    entries: entries.length,
    withResults: entries.filter((entry) => entry.resultAsStated !== null).length,
    noResultsYet: entries.filter((entry) => entry.kind === 'registration' && entry.resultAsStated === null).length,
    resultNotInSources: entries.filter((entry) => entry.kind !== 'registration' && entry.resultAsStated === null)
      .length,
  };
}

/**
 * One line for /summary, its print and the slides: how much newer evidence our sources hold. Counts only; no result
 * is summed up or restated.
 */
export function sinceSummaryLine(entries: readonly SinceEntry[]): string {
  if (entries.length === 0) return 'Our sources hold no studies newer than the review.';
  const tally = sinceTally(entries);
  return `Since the review: our sources hold ${countOf(tally.entries, 'newer or other study or review', 'newer or other studies and reviews')}, ${tally.withResults} with a result, ${tally.noResultsYet} registered with no results yet and ${tally.resultNotInSources} whose result is not in our sources. They are shown in their own words and are not pooled with the review’s results.`;
}

/** For the slides helper: the line for one programme, or null when our sources hold nothing newer about it. */
export function sinceProgrammeLine(dataset: EvidenceDataset, programmeId: string): string | null {
  const entries = sinceForProgramme(dataset, programmeId);
  if (entries.length === 0) return null;
  return `${entries.map((entry) => entry.label).join('; ')}: newer evidence, not part of the review’s pooled results.`;
}
