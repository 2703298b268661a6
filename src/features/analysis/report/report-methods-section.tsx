import { methodsSentence, threeLevelMethodsSentence } from '../../../domain/study-data/report-methods';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

export function ReportMethodsSection({ context }: { context: ReportContext }) {
  const { analysis, settings, measureName, scale } = context;
  return (
    <ReportSectionFrame id="methods" heading="Methods">
      <p data-testid="report-methods">
        {methodsSentence({
          settings,
          measureName,
          scale,
          k: analysis.pooled.ok ? analysis.pooled.value.k : 0,
          profile: analysis.profile.ok,
          countsPooling: analysis.countsPooling?.pooling ?? null,
        })}
      </p>
      {analysis.threeLevel ? (
        <p data-testid="report-three-level-methods">{threeLevelMethodsSentence(settings.test)}</p>
      ) : null}
    </ReportSectionFrame>
  );
}
