import { mantelHaenszel, petoOddsRatio, type CountsMeasure, type FixedEffectPooled } from '../stats/effect-measures';
import type { CountsInput } from '../stats/effect-sizes';
import { rowsToAnalyse, type AnalysisSettings, type StepResult } from './analyse';
import type { StudyRow } from './study-rows';

// The table of all four methods side by side, loaded with the section that shows it; the Method's choice of one of them
// is pooled in analyse.ts (counts-pooling.ts).

export type FixedEffectCountsMethod = 'mh-or' | 'mh-rr' | 'mh-rd' | 'peto-or';

export interface FixedEffectCountsEntry {
  method: FixedEffectCountsMethod;
  /** In words: "Mantel–Haenszel odds ratio". */
  name: string;
  /** The metafor call that gives the same figures. */
  call: string;
  /** 'ratio': the estimate and interval are log ratios, shown back as ratios; 'difference': a risk difference. */
  scale: 'ratio' | 'difference';
  result: StepResult<FixedEffectPooled>;
}

const METHODS: readonly {
  method: FixedEffectCountsMethod;
  name: string;
  call: string;
  measure: CountsMeasure | 'PETO';
}[] = [
  { method: 'mh-or', name: 'Mantel–Haenszel odds ratio', call: 'rma.mh(measure = "OR")', measure: 'OR' },
  { method: 'mh-rr', name: 'Mantel–Haenszel risk ratio', call: 'rma.mh(measure = "RR")', measure: 'RR' },
  { method: 'mh-rd', name: 'Mantel–Haenszel risk difference', call: 'rma.mh(measure = "RD")', measure: 'RD' },
  { method: 'peto-or', name: 'Peto odds ratio', call: 'rma.peto()', measure: 'PETO' },
];

export const NEEDS_COUNTS =
  'The Mantel–Haenszel and Peto methods need the counts in each arm (ai, bi, ci, di, or ai, n1i, ci, n2i). Import a file with those columns to see them.';

const tooFewEvents = (name: string) =>
  `The included studies have too few events for the ${name}. Include more studies with events in both arms to see it.`;

/**
 * Mantel–Haenszel (odds ratio, risk ratio, risk difference) and Peto (odds ratio) fixed-effect pooling of the 2×2
 * tables of the rows the analysis uses, as metafor's rma.mh and rma.peto with their defaults (95% intervals). Each
 * method succeeds or fails on its own; every failure is a plain sentence, never the engine's wording.
 */
export function analyseFixedEffectCounts(
  rows: readonly StudyRow[],
  settings: Pick<AnalysisSettings, 'outcome' | 'excluded'>,
): StepResult<FixedEffectCountsEntry[]> {
  const { included } = rowsToAnalyse(rows, settings);
  if (included.length === 0)
    return { ok: false, message: 'No studies are included: include at least one to see these methods.' };
  const tables: CountsInput[] = [];
  for (const row of included) {
    if (row.counts === undefined) return { ok: false, message: NEEDS_COUNTS };
    tables.push(row.counts);
  }
  return {
    ok: true,
    value: METHODS.map(({ method, name, call, measure }) => {
      let result: StepResult<FixedEffectPooled>;
      try {
        const value = measure === 'PETO' ? petoOddsRatio(tables) : mantelHaenszel(tables, measure);
        result = { ok: true, value };
      } catch {
        // The rows are checked on import, so what the engine still refuses is a shortage of events.
        result = { ok: false, message: tooFewEvents(name) };
      }
      return { method, name, call, scale: measure === 'RD' ? 'difference' : 'ratio', result };
    }),
  };
}
