import { ForestPlot } from '../../../components/charts/forest-plot/forest-plot';
import { formatEffect } from '../../../domain/format';
import { plotSourceLine } from '../../../domain/study-data/example';
import { studyForestModel } from '../study-forest-model';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** The page's forest plot model, drawn in its wide layout for the printed page. */
export function ReportForestSection({ context }: { context: ReportContext }) {
  const { analysis, settings, scale, measureName, isExample } = context;
  const model = studyForestModel(analysis, settings, scale, measureName);
  const pooledRow = model.rows.at(-1);
  const description = `Forest plot of ${analysis.studies.length} studies${analysis.pooled.ok && pooledRow ? `, pooled ${formatEffect(pooledRow.estimate ?? Number.NaN)}` : ''}. Every figure is in the tables of this report.`;
  return (
    <ReportSectionFrame id="forest" heading="Forest plot">
      <figure className="report-figure">
        <ForestPlot model={model} description={description} variant="wide" />
        <figcaption>
          Squares are sized by weight; the diamond is the pooled result and the dashed line under it the 95% prediction
          interval. Studies left out are grey and marked “left out”. {plotSourceLine(isExample, analysis.outcome)}
        </figcaption>
      </figure>
    </ReportSectionFrame>
  );
}
