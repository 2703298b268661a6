import { Suspense, lazy } from 'react';
import { useNearViewport } from '../use-near-viewport';
import type { ForestPlotProps } from './forest-plot';
import { forestHeight } from './forest-layout';

// Recharts is large: it is fetched only when a chart is on screen (or about to be), never with the first page.
const ForestPlot = lazy(() => import('./forest-plot').then((module) => ({ default: module.ForestPlot })));

export function LazyForestPlot(props: ForestPlotProps) {
  const [reference, near] = useNearViewport<HTMLDivElement>();
  const placeholder = (
    <div style={{ height: forestHeight(props.rows.length) }} className="flex items-center justify-center text-nhs-dark-grey">
      Loading the chart…
    </div>
  );
  return (
    <div ref={reference} className="forest-plot">
      {near ? <Suspense fallback={placeholder}>{<ForestPlot {...props} />}</Suspense> : placeholder}
    </div>
  );
}
