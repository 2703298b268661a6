import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { outcomeForestDescription, outcomeForestModel } from '../../components/charts/forest-plot/outcome-forest-model';
import type { Outcome } from '../../domain/evidence-schema';

/**
 * The slide's forest plot: the app's one forest plot, always in its wide layout, sized in the slide's units so that
 * its labels are drawn at 20 px or more at 1280x720 and grow with the screen.
 */
export function SlideChart({ outcomes }: { outcomes: readonly Outcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <div className="slide-chart">
      <ForestPlot
        model={outcomeForestModel(outcomes)}
        description={outcomeForestDescription(outcomes)}
        variant="wide"
      />
    </div>
  );
}
