import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { outcomeForestDescription, outcomeForestModel } from '../../components/charts/forest-plot/outcome-forest-model';
import type { Outcome } from '../../domain/evidence/evidence-schema';
import { formatInterval } from '../../domain/format';
import type { LessonPart } from '../../domain/learning/forest-lesson';
import type { Interval } from '../../domain/plain-language/orientation';

/** The review's own result for the outcome, drawn with the app's one forest plot; `part` is drawn in red (learn.css). */
export function RealResultChart({ outcome, part }: { outcome: Outcome; part: LessonPart }) {
  const description = outcomeForestDescription([outcome]);
  return (
    // A region in the tab order, so a keyboard user reaches the chart and a screen reader reads what it shows.
    <div className="lesson-chart" data-part={part} role="region" aria-label={`Chart: ${outcome.name}`} tabIndex={0}>
      <ForestPlot model={outcomeForestModel([outcome])} description={description} />
    </div>
  );
}

/** A made-up interval on the same axes and labels as the outcome's real chart. */
export function ExampleIntervalChart({ outcome, interval }: { outcome: Outcome; interval: Interval }) {
  const model = {
    ...outcomeForestModel([outcome]),
    rows: [
      {
        id: 'example',
        label: `Example: ${outcome.name}`,
        role: 'pooled' as const,
        estimate: (interval.lower + interval.upper) / 2,
        lower: interval.lower,
        upper: interval.upper,
        figureText: formatInterval(interval),
      },
    ],
  };
  const description = `Forest plot of a made-up example. Right of zero favours the intervention. The example interval runs from ${formatInterval(interval)}.`;
  return (
    <div className="lesson-chart" role="region" aria-label="Chart: the example interval" tabIndex={0}>
      <ForestPlot model={model} description={description} />
    </div>
  );
}
