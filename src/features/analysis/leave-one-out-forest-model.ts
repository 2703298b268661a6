import type { ForestPlotModel, ForestPlotRow } from '../../components/charts/forest-plot/forest-model';
import {
  poolingName,
  type AnalysisResult,
  type AnalysisSettings,
  type EffectScale,
} from '../../domain/study-data/analyse';
import { pooledRow, studyForestModel } from './study-forest-model';

// Leave-one-out → the app's one forest plot: one row per omitted study, its pooled estimate and CI without that study,
// and the all-studies result as the reference diamond at the foot. Orientation, scale, favours labels and axis come
// from the main plot's model, so the two read the same way round.

export function leaveOneOutForestModel(
  analysis: AnalysisResult,
  settings: AnalysisSettings,
  scale: EffectScale,
  measureName: string,
): ForestPlotModel | null {
  if (!analysis.leaveOneOut.ok || !analysis.pooled.ok || analysis.leaveOneOut.value.length === 0) return null;
  const main = studyForestModel(analysis, settings, scale, measureName);
  const rows: ForestPlotRow[] = analysis.leaveOneOut.value.map((entry) => ({
    // Drawn as plain squares: each is a pooled result of the other studies, so no one weight applies.
    ...pooledRow(`without-line-${entry.omitted.line}`, `Without ${entry.omitted.study}`, entry.result, settings, scale),
    role: 'study',
  }));
  const all = analysis.pooled.value;
  rows.push(pooledRow('pooled-all', `All ${all.k} studies (${poolingName(analysis, settings)})`, all, settings, scale));
  return {
    rows,
    scale: main.scale ?? 'linear',
    favours: main.favours,
    ...(main.referenceLine === undefined ? {} : { referenceLine: main.referenceLine }),
    ...(main.bounds === undefined ? {} : { bounds: main.bounds }),
    ...(main.figureHeading === undefined ? {} : { figureHeading: main.figureHeading }),
    ...(main.axisLabel === undefined ? {} : { axisLabel: main.axisLabel }),
  };
}

/** The plot's text alternative: what moves most when one study is left out. The table below gives every figure. */
export function leaveOneOutDescription(model: ForestPlotModel): string {
  const reference = model.rows.at(-1);
  const without = model.rows.slice(0, -1);
  const centre = reference?.estimate;
  if (reference === undefined || centre === undefined || without.length === 0) return 'Leave-one-out plot.';
  // Distance on the drawn scale: ratios move by factors, so compare logarithms.
  const distance = (value: number | undefined) =>
    value === undefined ? -1 : model.scale === 'log' ? Math.abs(Math.log(value / centre)) : Math.abs(value - centre);
  let furthest = without[0];
  for (const row of without) if (distance(row.estimate) > distance(furthest?.estimate)) furthest = row;
  return `Leave-one-out plot: ${without.length} pooled results, each without one study, above the result with all studies, ${reference.figureText ?? ''}. The result moves most ${furthest?.label.replace(/^Without/, 'without') ?? ''}: ${furthest?.figureText ?? ''}. Every figure is in the table below.`;
}
