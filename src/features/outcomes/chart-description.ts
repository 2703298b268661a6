import type { ForestRow } from '../../components/forest-plot/forest-rows';

/** What a forest plot shows, as one sentence per row, for screen readers in place of the drawing. */
export function chartDescription(rows: readonly ForestRow[]): string {
  const parts = rows.map((row) =>
    row.kind === 'interval'
      ? `${row.label}: from ${row.orientedText}, on the side favouring the intervention${row.lower <= 0 ? ', reaching no difference' : ''}.`
      : `${row.label}: no significant difference, figures not reported.`,
  );
  return `Forest plot. Right of zero favours the intervention. ${parts.join(' ')}`;
}
