import type { Outcome } from '../../domain/evidence-schema';
import { formatInterval } from '../../domain/format';
import { orientOutcomeResult } from '../../domain/plain-language/orientation';

/** One row of a forest plot, already oriented: positive values favour the intervention. */
export type ForestRow =
  | {
      id: string;
      label: string;
      kind: 'interval';
      lower: number;
      upper: number;
      /** Derived: the interval's midpoint. */
      midpoint: number;
      /** The interval as the source prints it, before orienting. */
      reportedText: string;
      orientedText: string;
    }
  | { id: string; label: string; kind: 'no-figures' };

/** Chart state: outcomes in, oriented rows out. Null results stay as rows so they are shown, not dropped. */
export function toForestRows(outcomes: readonly Outcome[]): ForestRow[] {
  return outcomes.map((outcome) => {
    const oriented = orientOutcomeResult(outcome);
    if (!oriented) return { id: outcome.id, label: outcome.name, kind: 'no-figures' };
    return {
      id: outcome.id,
      label: outcome.name,
      kind: 'interval',
      lower: oriented.oriented.lower,
      upper: oriented.oriented.upper,
      midpoint: oriented.orientedMidpoint,
      reportedText: formatInterval(oriented.reported),
      orientedText: formatInterval(oriented.oriented),
    };
  });
}
