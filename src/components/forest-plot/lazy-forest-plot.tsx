import { Suspense, lazy } from 'react';
import type { ForestPlotProps } from './forest-plot';
import { forestHeight } from './forest-layout';

// Recharts is large: it is fetched only when a chart is on screen, never with the first page.
const ForestPlot = lazy(() => import('./forest-plot').then((module) => ({ default: module.ForestPlot })));

export function LazyForestPlot(props: ForestPlotProps) {
  return (
    <Suspense fallback={<div style={{ height: forestHeight(props.rows.length) }} className="flex items-center justify-center text-nhs-dark-grey">Loading the chart…</div>}>
      <ForestPlot {...props} />
    </Suspense>
  );
}
