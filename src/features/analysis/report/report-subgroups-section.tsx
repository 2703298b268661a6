import { SUBGROUP_LABELS } from '../subgroup-labels';
import { SubgroupsPanel } from '../subgroups-panel';
import type { ReportContext } from './report-context';

/** The page's subgroup table and both tests for a difference, each named as on the page. */
export function ReportSubgroupsSection({ context }: { context: ReportContext }) {
  const { analysis, settings, scale, measureName } = context;
  if (!analysis.subgroups) return null;
  return (
    <div className="report-section" data-section="subgroups">
      <SubgroupsPanel
        subgroups={analysis.subgroups}
        heading={`Subgroups: ${SUBGROUP_LABELS[settings.subgroupBy].toLowerCase()}`}
        settings={settings}
        scale={scale}
        measureName={measureName}
        countsPooling={analysis.countsPooling}
      />
    </div>
  );
}
