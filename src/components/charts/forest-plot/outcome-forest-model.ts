import type { Outcome } from '../../../domain/evidence/evidence-schema';
import { formatInterval } from '../../../domain/format';
import { orientOutcomeResult } from '../../../domain/plain-language/orientation';
import type { ForestPlotModel, ForestPlotRow } from './forest-model';

export const NO_FIGURES_TEXT = 'No significant difference: figures not reported';

/**
 * The review's pooled results as forest-plot rows, oriented so that benefit is on the right. The diamond's widest point
 * is the interval's midpoint, which we derived: the review prints intervals only. Null results stay as rows.
 */
export function outcomeForestRows(outcomes: readonly Outcome[]): ForestPlotRow[] {
  return outcomes.map((outcome) => {
    const oriented = orientOutcomeResult(outcome);
    if (!oriented) return { id: outcome.id, label: outcome.name, role: 'no-figures', noFiguresText: NO_FIGURES_TEXT };
    return {
      id: outcome.id,
      label: outcome.name,
      role: 'pooled',
      estimate: oriented.orientedMidpoint,
      lower: oriented.oriented.lower,
      upper: oriented.oriented.upper,
      figureText: formatInterval(oriented.oriented),
    };
  });
}

export function outcomeForestModel(
  outcomes: readonly Outcome[],
  extras: Pick<ForestPlotModel, 'title' | 'sourceLine'> = {},
): ForestPlotModel {
  return {
    rows: outcomeForestRows(outcomes),
    scale: 'linear',
    symmetric: true,
    favours: { left: 'Favours the comparison', right: 'Favours the intervention' },
    figureHeading: '95% interval, turned',
    axisLabel: 'Effect size (the review does not name its measure)',
    ...extras,
  };
}

/** What the chart shows, one sentence a row, read by screen readers in place of the drawing. */
export function outcomeForestDescription(outcomes: readonly Outcome[]): string {
  const parts = outcomes.map((outcome) => {
    const oriented = orientOutcomeResult(outcome);
    if (!oriented) return `${outcome.name}: no significant difference, figures not reported.`;
    // A printed bound of exactly 0 on a significant result is rounding (see roundingNote).
    const reachesZero = oriented.oriented.lower === 0 ? ', its low end 0 after rounding' : '';
    return `${outcome.name}: from ${formatInterval(oriented.oriented)}, on the side favouring the intervention${reachesZero}.`;
  });
  return `Forest plot. Right of zero favours the intervention. ${parts.join(' ')}`;
}
