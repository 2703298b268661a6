import type { Outcome } from '../../domain/evidence-schema';

/** The slide's forest plot. Drawn with the app's one forest plot once it lands on main. */
export function SlideChart({ outcomes }: { outcomes: readonly Outcome[] }) {
  if (outcomes.length === 0) return null;
  return <div className="slide-chart" />;
}
