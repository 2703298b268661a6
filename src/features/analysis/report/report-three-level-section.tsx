import { repeatedStudiesText, THREE_LEVEL_SCOPE, ThreeLevelFigures } from '../three-level-panel';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/** The three-level model (effects within studies), when the analysis fitted it. */
export function ReportThreeLevelSection({ context }: { context: ReportContext }) {
  const { analysis, scale, measureName, settings } = context;
  const fit = analysis.threeLevel;
  if (fit === null) return null;
  return (
    <ReportSectionFrame id="three-level" heading="Three-level model: effects within studies">
      {fit.ok ? (
        <ThreeLevelFigures
          result={fit.value}
          scale={scale}
          measureName={measureName}
          benefit={settings.benefit}
          className="report-figures"
          testIdPrefix="report-"
        />
      ) : (
        <p>{fit.message}</p>
      )}
      {analysis.dependence.repeatedStudies > 0 ? <p>{repeatedStudiesText(analysis.dependence)}</p> : null}
      <p>{THREE_LEVEL_SCOPE}</p>
    </ReportSectionFrame>
  );
}
