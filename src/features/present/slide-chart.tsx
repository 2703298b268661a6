import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { outcomeForestDescription, outcomeForestModel } from '../../components/charts/forest-plot/outcome-forest-model';
import type { CSSProperties } from 'react';
import { layoutForest } from '../../components/charts/forest-plot/forest-layout';
import type { Outcome } from '../../domain/evidence/evidence-schema';

/**
 * The slide's forest plot: the app's one forest plot, always in its wide layout, sized in the slide's units so that
 * its labels are drawn at 20 px or more at 1280x720 and grow with the screen.
 */
export function SlideChart({ outcomes }: { outcomes: readonly Outcome[] }) {
  if (outcomes.length === 0) return null;
  const model = outcomeForestModel(outcomes);
  // Its shape, so the slide can keep it at least as large as its width allows (present.css, --chart-aspect).
  const { width, height } = layoutForest(model, { variant: 'wide' });
  return (
    <div className="slide-chart" style={{ '--chart-aspect': String(height / width) } as CSSProperties}>
      <ForestPlot model={model} description={outcomeForestDescription(outcomes)} variant="wide" />
    </div>
  );
}
