import type { ComponentType } from 'react';
import type { ReportContext } from './report-context';
import { ReportDataSection } from './report-data-section';
import { ReportFixedEffectCountsSection } from './report-fixed-effect-counts-section';
import { ReportForestSection } from './report-forest-section';
import { ReportHeterogeneitySection } from './report-heterogeneity-section';
import { ReportInfluenceSection } from './report-influence-section';
import { ReportLeaveOneOutSection } from './report-leave-one-out-section';
import { ReportMethodsSection } from './report-methods-section';
import { ReportPooledSection } from './report-pooled-section';
import { ReportSmallStudySection } from './report-small-study-section';
import { ReportSubgroupsSection } from './report-subgroups-section';
import { ReportThreeLevelSection } from './report-three-level-section';

/**
 * One section of the printed analysis report: a small component that reads one part of the analysis, and whether
 * that part exists. A new analysis (meta-regression, a three-level model, τ² intervals, influence, trim-and-fill, Mantel–Haenszel) adds
 * its report section as one entry here, in reading order; a section whose result is absent is left out of the report.
 */
export interface ReportSection {
  id: string;
  /** True when the analysis has this section's result (a step that failed says why elsewhere, or is not shown). */
  present: (context: ReportContext) => boolean;
  Section: ComponentType<{ context: ReportContext }>;
}

const pooled = (context: ReportContext) => context.analysis.pooled.ok;

export const REPORT_SECTIONS: readonly ReportSection[] = [
  { id: 'data', present: () => true, Section: ReportDataSection },
  { id: 'methods', present: pooled, Section: ReportMethodsSection },
  { id: 'pooled', present: pooled, Section: ReportPooledSection },
  { id: 'heterogeneity', present: pooled, Section: ReportHeterogeneitySection },
  {
    id: 'fixed-effect-counts',
    present: (context) => pooled(context) && (context.layout === 'counts' || context.layout === 'counts-n'),
    Section: ReportFixedEffectCountsSection,
  },
  { id: 'three-level', present: (context) => context.analysis.threeLevel !== null, Section: ReportThreeLevelSection },
  { id: 'forest', present: (context) => context.analysis.studies.length > 0, Section: ReportForestSection },
  { id: 'subgroups', present: (context) => context.analysis.subgroups !== null, Section: ReportSubgroupsSection },
  {
    id: 'leave-one-out',
    present: (context) => context.analysis.leaveOneOut.ok && context.analysis.leaveOneOut.value.length > 0,
    Section: ReportLeaveOneOutSection,
  },
  // Present whenever there is a pool: with too few studies or an unsupported test it says why in a sentence.
  { id: 'influence', present: pooled, Section: ReportInfluenceSection },
  { id: 'small-study', present: pooled, Section: ReportSmallStudySection },
];

/** The sections this analysis has, in reading order. */
export function reportSectionsFor(
  context: ReportContext,
  sections: readonly ReportSection[] = REPORT_SECTIONS,
): ReportSection[] {
  return sections.filter((section) => section.present(context));
}
