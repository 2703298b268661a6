import type { EvidenceDataset } from '../evidence/evidence-schema';
import { formatInterval } from '../format';
import { heterogeneityLevel } from '../plain-language/heterogeneity-words';
import { summariseOutcome } from '../plain-language/outcome-summary';
import type { CellSource } from './comparison-model';

// A summary-of-findings table in the Cochrane style, one row per outcome. All wording comes from the plain-language
// rules the outcome pages use, so the table and the pages never disagree (infant behaviour's 0.00 to 0.43 gets the
// same verdict in both). The number of studies and participants per outcome is not in our sources, and says so.

export interface SummaryFootnote {
  number: number;
  text: string;
}

export interface SummaryRow {
  outcomeId: string;
  outcome: string;
  asPrinted: string;
  /** The interval turned so that a benefit is positive, or null when no figures are printed. */
  oriented: string | null;
  plainEffect: string;
  studiesAndParticipants: string;
  certainty: string;
  footnotes: number[];
  meaning: string;
  source: CellSource;
}

export interface SummaryOfFindings {
  rows: SummaryRow[];
  footnotes: SummaryFootnote[];
  /** The review's whole-review figures, which are all our sources give on numbers of studies and people. */
  overall: { studies: string; participants: string; source: CellSource | null };
}

export const PER_OUTCOME_COUNTS_MISSING = 'Not reported in our sources';

export function summaryOfFindings(dataset: EvidenceDataset): SummaryOfFindings {
  const footnotes: SummaryFootnote[] = [];
  const footnoteFor = (text: string): number => {
    const existing = footnotes.find((note) => note.text === text);
    if (existing) return existing.number;
    const note = { number: footnotes.length + 1, text };
    footnotes.push(note);
    return note.number;
  };

  const rows = dataset.outcomes.map((outcome): SummaryRow => {
    const summary = summariseOutcome(outcome, dataset.review);
    const { result } = outcome;
    const source = { sourceId: result.sourceId, locator: result.locator };
    const base = {
      outcomeId: outcome.id,
      outcome: outcome.name,
      studiesAndParticipants: PER_OUTCOME_COUNTS_MISSING,
      source,
    };
    if (summary.kind === 'no-difference' || result.status !== 'significant') {
      return {
        ...base,
        asPrinted: 'No significant difference; no figures printed in our sources',
        oriented: null,
        plainEffect: 'Cannot be said: no figures',
        certainty: 'Not rated',
        footnotes: [
          footnoteFor('Not rated: our sources print no figures for this outcome, so there is nothing to rate.'),
        ],
        meaning: summary.statement,
      };
    }
    const notes = summary.certainty.steps
      .filter((step) => step.levelsDown > 0)
      .map((step) => footnoteFor(`${step.reason} (${step.domain}: down ${step.levelsDown})`));
    return {
      ...base,
      asPrinted: result.pReadingNote ? `${result.asPrinted} (read as ${result.pReading})` : result.asPrinted,
      oriented: formatInterval(summary.oriented.oriented),
      plainEffect: `Favours the interventions. The benefit could be ${summary.sizeRange}. Studies disagreed: ${heterogeneityLevel(result.i2Percent)}.`,
      certainty: summary.certainty.level,
      footnotes: notes,
      meaning: summary.statement,
    };
  });

  const studies = dataset.review.keyFigures.find((figure) => figure.id === 'studies');
  const participants = dataset.review.keyFigures.find((figure) => figure.id === 'participants');
  return {
    rows,
    footnotes,
    overall: {
      studies: studies?.display ?? PER_OUTCOME_COUNTS_MISSING,
      participants: participants?.display ?? PER_OUTCOME_COUNTS_MISSING,
      source: studies ? { sourceId: studies.sourceId, locator: studies.locator } : null,
    },
  };
}
