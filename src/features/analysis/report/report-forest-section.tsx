import { layoutForest } from '../../../components/charts/forest-plot/forest-layout';
import type { ForestPlotModel } from '../../../components/charts/forest-plot/forest-model';
import { ForestPlot } from '../../../components/charts/forest-plot/forest-plot';
import { formatEffect } from '../../../domain/format';
import { plotSourceLine } from '../../../domain/study-data/example';
import { studyForestModel } from '../study-forest-model';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** The width the plot prints at (A4 less the report's margins), and the room below a short section above it. */
const PRINT_WIDTH_MM = 182;
const ROOM_MM = 200;
/** Text is 16 units in 720, about 11.5 pt at full width: drawn smaller than this, it would fall below 9 pt. */
const SMALLEST_SCALE = 0.8;

/**
 * Whether the plot prints a little smaller so it fits beside a short section instead of leaving most of a page empty:
 * only when it can stay at 80% or more of its full-width size. Taller plots print at full width on their own page.
 */
export function forestFitsShrunk(model: ForestPlotModel): boolean {
  try {
    const layout = layoutForest(model, { variant: 'wide' });
    const heightMm = (PRINT_WIDTH_MM * layout.height) / layout.width;
    return heightMm > ROOM_MM && ROOM_MM / heightMm >= SMALLEST_SCALE;
  } catch {
    return false; // the plot itself says what is wrong
  }
}

/** The page's forest plot model, drawn in its wide layout for the printed page. */
export function ReportForestSection({ context }: { context: ReportContext }) {
  const { analysis, settings, scale, measureName, isExample } = context;
  const model = studyForestModel(analysis, settings, scale, measureName);
  const pooledRow = model.rows.at(-1);
  const description = `Forest plot of ${analysis.studies.length} studies${analysis.pooled.ok && pooledRow ? `, pooled ${formatEffect(pooledRow.estimate ?? Number.NaN)}` : ''}. Every figure is in the tables of this report.`;
  return (
    <ReportSectionFrame id="forest" heading="Forest plot">
      <figure className={`report-figure report-forest${forestFitsShrunk(model) ? ' report-forest-shrink' : ''}`}>
        <ForestPlot model={model} description={description} variant="wide" />
        <figcaption>
          Squares are sized by weight; the diamond is the pooled result and the dashed line under it the 95% prediction
          interval. Studies left out are grey and marked “left out”. {plotSourceLine(isExample, analysis.outcome)}
        </figcaption>
      </figure>
    </ReportSectionFrame>
  );
}
