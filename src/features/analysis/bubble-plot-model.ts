import type { BubbleInput } from '../../components/charts/bubble-plot/bubble-layout';
import { fittedLine, type ModeratorRegression } from '../../domain/study-data/moderators';

// The meta-regression → the bubble plot's state: one point per study in the model, on the analysis scale (log ratios for
// ratios, as metafor's regplot()), with the fitted line for the chosen continuous moderator.

export function bubblePlotModel(regression: ModeratorRegression, column: string, measureName: string): BubbleInput {
  const position = regression.choices.findIndex((choice) => choice.column === column);
  return {
    points: regression.studies.map((study) => ({
      id: String(study.row.line),
      label: `${study.row.study}: ${column} ${String(study.values[position])}, effect ${study.row.yi.toFixed(3)}, weight ${study.weight.toFixed(1)}%`,
      x: Number(study.values[position]),
      y: study.row.yi,
      weight: study.weight,
    })),
    line: fittedLine(regression, column),
    xLabel: column,
    yLabel: measureName,
  };
}

/** What the chart shows, in words, for its text alternative. */
export function bubblePlotDescription(regression: ModeratorRegression, column: string, measureName: string): string {
  const others = regression.choices.length > 1 ? ', the other moderators held at their means' : '';
  return `Bubble plot: the ${measureName} of each of ${regression.studies.length} studies against ${column}, each circle’s area proportional to the study’s weight, with the fitted line and its 95% confidence band${others}. Every value is in the table below the plot.`;
}
