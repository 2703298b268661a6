import type { EvidenceDataset, EvidenceSource, Outcome, Programme } from './evidence-schema';

export function findOutcome(dataset: EvidenceDataset, outcomeId: string | undefined): Outcome | undefined {
  return dataset.outcomes.find((outcome) => outcome.id === outcomeId);
}

/** The outcomes either side of this one in the dataset's order, for "previous / next" links; null at either end. */
export function neighbouringOutcomes(
  dataset: EvidenceDataset,
  outcomeId: string,
): { previous: Outcome | null; next: Outcome | null } {
  const index = dataset.outcomes.findIndex((outcome) => outcome.id === outcomeId);
  if (index < 0) return { previous: null, next: null };
  return { previous: dataset.outcomes[index - 1] ?? null, next: dataset.outcomes[index + 1] ?? null };
}

export function findSource(dataset: EvidenceDataset, sourceId: string | null | undefined): EvidenceSource | undefined {
  return sourceId ? dataset.sources.find((source) => source.id === sourceId) : undefined;
}

export function findProgramme(dataset: EvidenceDataset, programmeId: string | undefined): Programme | undefined {
  return dataset.programmes.find((programme) => programme.id === programmeId);
}

/**
 * A readable name for a source, never a bare web address: its title, or for an untitled page its site and the last
 * part of its address in words, e.g. "nhvrc.org: minding the baby enhancing reflectiveness…".
 */
export function sourceDisplayName(source: EvidenceSource): string {
  if (source.title) return source.title;
  if (!source.url) return source.id;
  const url = new URL(source.url);
  const site = url.hostname.replace(/^www\./, '');
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let words = last;
  try {
    words = decodeURIComponent(last);
  } catch {
    // A malformed escape: keep the raw segment.
  }
  words = words
    .replace(/\.(html?|aspx|php|pdf)$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .trim();
  if (!words || /^\d+$/.test(words))
    words = url.search ? `page ${url.searchParams.values().next().value ?? ''}`.trim() : words;
  if (!words) return `${site} (web page)`;
  return `${site}: ${words.length > 70 ? `${words.slice(0, 70).trim()}…` : words}`;
}

export interface FigureTrace {
  label: string;
  locator: string;
}

/** Every figure the app shows from the review, grouped by the source it comes from, with where to look in it. */
export function figuresBySource(dataset: EvidenceDataset): Map<string, FigureTrace[]> {
  const traces = new Map<string, FigureTrace[]>();
  const add = (sourceId: string, label: string, locator: string) => {
    traces.set(sourceId, [...(traces.get(sourceId) ?? []), { label, locator }]);
  };
  const { review } = dataset;
  add(review.journal.sourceId, 'Journal citation and DOI', review.journal.locator);
  add(review.report.sourceId, 'Report title, date and commissioner', review.report.locator);
  review.keyFigures.forEach((figure) => add(figure.sourceId, `${figure.display} ${figure.label}`, figure.locator));
  review.interventionTypes.forEach((type) =>
    add(type.sourceId, `Intervention type: ${type.labelAsReported}`, type.locator),
  );
  add(
    review.prePostImprovement.sourceId,
    `Pre-post improvement in ${review.prePostImprovement.lowPercent}–${review.prePostImprovement.highPercent}% of comparisons`,
    review.prePostImprovement.locator,
  );
  add(review.harms.sourceId, 'No harmful outcomes reported', review.harms.locator);
  add(review.quality.sourceId, 'Study quality finding', review.quality.locator);
  dataset.outcomes.forEach((outcome) => {
    const { result } = outcome;
    const label =
      result.status === 'significant'
        ? `${outcome.name}: ${result.asPrinted}`
        : `${outcome.name}: no significant difference`;
    add(result.sourceId, label, result.locator);
  });
  return traces;
}
