import type { FunnelInput } from '../../components/charts/funnel-plot/funnel-layout';
import { trimAndFillDescription, trimAndFillMarks } from '../../components/charts/funnel-plot/trim-and-fill-marks';
import { formatEffect } from '../../domain/format';
import type { AnalysisResult, EffectScale } from '../../domain/study-data/analyse';

// The analysis → the funnel plot's input, once, so the page, its exported file and the printed report draw one chart.

export function funnelInputFor(analysis: AnalysisResult, measureName: string, scale: EffectScale): FunnelInput {
  const pooled = analysis.pooled;
  const input: FunnelInput = {
    centre: pooled.ok ? pooled.value.estimate : 0,
    // On a proportion's logit or Freeman–Tukey scale 0 is not "no effect" (a logit of 0 is a proportion of 0.5).
    ...(typeof scale === 'object' ? { zeroLine: false } : {}),
    axisLabel: `${measureName} (as computed${scale === 'ratio' ? ', log scale' : ''})`,
    // Each row's own yi and vi, under Peto too: the funnel goes with Egger's test and trim-and-fill, which use them.
    // Correlations and proportions are drawn on the scale they are pooled on (Fisher's z, logit, Freeman–Tukey), as
    // metafor's funnel() does: that is the scale on which the funnel's limits are symmetric.
    points: analysis.studies.map((study) => ({
      id: String(study.row.line),
      label: study.row.study,
      effect: study.row.yi,
      se: Math.sqrt(study.row.vi),
      muted: !study.included,
    })),
  };
  if (!analysis.trimAndFill?.ok) return input;
  // Trim-and-fill ran on the included studies only, so its indices are into that list, not the funnel's points.
  const included = analysis.studies.filter((study) => study.included);
  return {
    ...input,
    ...trimAndFillMarks(analysis.trimAndFill.value, (index) => included[index]?.row.study ?? `Study ${index + 1}`),
  };
}

export function funnelDescriptionFor(analysis: AnalysisResult): string {
  if (!analysis.pooled.ok) return 'Funnel plot.';
  const base = `Funnel plot: each study's effect against its standard error, around the pooled estimate ${formatEffect(analysis.pooled.value.estimate)}. Hollow circles are studies left out.`;
  return analysis.trimAndFill?.ok ? `${base} ${trimAndFillDescription(analysis.trimAndFill.value)}` : base;
}
