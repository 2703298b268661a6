import type { FunnelInput } from '../../components/charts/funnel-plot/funnel-layout';
import { formatEffect } from '../../domain/format';
import type { AnalysisResult, EffectScale } from '../../domain/study-data/analyse';

// The analysis → the funnel plot's input, once, so the page, its exported file and the printed report draw one chart.

export function funnelInputFor(analysis: AnalysisResult, measureName: string, scale: EffectScale): FunnelInput {
  const pooled = analysis.pooled;
  return {
    centre: pooled.ok ? pooled.value.estimate : 0,
    axisLabel: `${measureName} (as computed${scale === 'ratio' ? ', log scale' : ''})`,
    points: analysis.studies.map((study) => ({
      id: String(study.row.line),
      label: study.row.study,
      effect: study.row.yi,
      se: Math.sqrt(study.row.vi),
      muted: !study.included,
    })),
  };
}

export function funnelDescriptionFor(analysis: AnalysisResult): string {
  return analysis.pooled.ok
    ? `Funnel plot: each study's effect against its standard error, around the pooled estimate ${formatEffect(analysis.pooled.value.estimate)}. Hollow circles are studies left out.`
    : 'Funnel plot.';
}
