import type { ForestPlotModel, ForestPlotRow } from '../../components/charts/forest-plot/forest-model';
import { formatEffect, formatInterval } from '../../domain/format';
import {
  displayValue,
  hasComparison,
  orientValue,
  poolingName,
  shownName,
  studyEffectsShown,
  type AnalysisResult,
  type AnalysisSettings,
  type EffectScale,
} from '../../domain/study-data/analyse';
import type { PoolResult } from '../../domain/stats/index';
import { POOL_METHOD_NAMES } from '../../domain/stats/pool-methods';
import { Z_95 } from '../../domain/stats/z95';

// The analysis → the app's one forest plot. Values are oriented as the user says their data run (benefit on the right);
// ratios are drawn on a log axis. Excluded studies stay in the plot, grey, so a click brings them back.

export const METHOD_NAMES = POOL_METHOD_NAMES;

function orientedInterval(lower: number, upper: number, settings: AnalysisSettings, scale: EffectScale) {
  const a = displayValue(orientValue(lower, settings.benefit), scale);
  const b = displayValue(orientValue(upper, settings.benefit), scale);
  return { lower: Math.min(a, b), upper: Math.max(a, b) };
}

function figure(estimate: number, lower: number, upper: number): string {
  return `${formatEffect(estimate)} (${formatInterval({ lower, upper })})`;
}

export function pooledRow(
  id: string,
  label: string,
  result: PoolResult,
  settings: AnalysisSettings,
  scale: EffectScale,
): ForestPlotRow {
  const interval = orientedInterval(result.ciLower, result.ciUpper, settings, scale);
  const estimate = displayValue(orientValue(result.estimate, settings.benefit), scale);
  return {
    id,
    label,
    role: 'pooled',
    estimate,
    ...interval,
    figureText: figure(estimate, interval.lower, interval.upper),
  };
}

/**
 * What the axis shows. Ratios are drawn as ratios (log axis), so the label names the ratio, not its log; when a ratio
 * below 1 favours the intervention the drawing shows 1 ÷ ratio, and the label says so, since the figures beside the
 * plot are then the reciprocals of the ones in the file.
 */
export function axisLabelFor(
  measureName: string,
  settings: Pick<AnalysisSettings, 'benefit'>,
  scale: EffectScale,
): string {
  if (scale === 'difference')
    return `${measureName}${settings.benefit === 'negative' ? ', sign turned so benefit is on the right' : ''}`;
  if (scale === 'correlation') return 'Correlation (r), pooled on Fisher’s z';
  if (typeof scale === 'object')
    return `Proportion, pooled on the ${scale.proportion === 'logit' ? 'logit' : 'Freeman–Tukey'} scale`;
  const ratio = measureName.replace(/^log /, '');
  return settings.benefit === 'negative'
    ? `${ratio}, turned over (1 ÷ ${ratio}) so benefit is on the right; log axis`
    : `${ratio}; log axis`;
}

export function studyForestModel(
  analysis: AnalysisResult,
  settings: AnalysisSettings,
  scale: EffectScale,
  measureName: string,
): ForestPlotModel {
  const z = Z_95;
  const effectOf = studyEffectsShown(analysis);
  const studyRow = (study: AnalysisResult['studies'][number]): ForestPlotRow => {
    const effect = effectOf(study.row);
    if (effect === null)
      return {
        id: `line-${study.row.line}`,
        label: study.row.study,
        role: 'no-figures',
        noFiguresText: 'No Peto odds ratio: no events, or only events, in both arms',
      };
    const se = Math.sqrt(effect.vi);
    // A study's Freeman–Tukey figures are shown back with its own group size, as summary(escalc("PFT"), transf =
    // transf.ipft, ni = ni) (its square is then exactly xi/ni); the harmonic mean is for pooled figures only.
    const shownScale: EffectScale =
      typeof scale === 'object' && scale.proportion === 'freeman-tukey' && study.row.ni !== undefined
        ? { proportion: 'freeman-tukey', harmonicMeanN: study.row.ni }
        : scale;
    const interval = orientedInterval(effect.yi - z * se, effect.yi + z * se, settings, shownScale);
    const estimate = displayValue(orientValue(effect.yi, settings.benefit), shownScale);
    return {
      id: `line-${study.row.line}`,
      label: study.row.study,
      role: 'study',
      estimate,
      ...interval,
      ...(study.weight === undefined ? {} : { weight: study.weight }),
      // Weights are in the table under the plot; the column stays short so the intervals keep their room.
      figureText: study.included ? figure(estimate, interval.lower, interval.upper) : 'left out',
      muted: !study.included,
    };
  };
  const rows: ForestPlotRow[] = [];
  const subgroups = analysis.subgroups?.ok ? analysis.subgroups.value : null;
  if (subgroups) {
    // Each subgroup's studies, then its diamond (or why it has none); studies left out follow their subgroup too.
    const placed = new Set<number>();
    for (const group of subgroups.groups) {
      for (const study of analysis.studies)
        if (study.subgroup === group.name) {
          rows.push(studyRow(study));
          placed.add(study.row.line);
        }
      const label = `${group.name} (${group.k} ${group.k === 1 ? 'study' : 'studies'})`;
      rows.push(
        group.ok
          ? pooledRow(`subgroup-${rows.length}`, `Subgroup ${label}`, group.result, settings, scale)
          : {
              id: `subgroup-${rows.length}`,
              label: `Subgroup ${label}`,
              role: 'no-figures',
              noFiguresText: `Not pooled: ${group.reason}`,
            },
      );
    }
    for (const study of analysis.studies) if (!placed.has(study.row.line)) rows.push(studyRow(study));
  } else rows.push(...analysis.studies.map(studyRow));
  let predictionInterval: ForestPlotModel['predictionInterval'];
  if (analysis.pooled.ok) {
    const result = analysis.pooled.value;
    rows.push(
      pooledRow(
        'pooled',
        `${subgroups ? 'All studies pooled' : 'Pooled'} (${poolingName(analysis, settings)}, ${result.k} ${result.k === 1 ? 'study' : 'studies'})`,
        result,
        settings,
        scale,
      ),
    );
    if (settings.method !== 'FE' && result.k > 1)
      predictionInterval = orientedInterval(result.piLower, result.piUpper, settings, scale);
  }
  return {
    rows,
    scale: scale === 'ratio' ? 'log' : 'linear',
    favours: hasComparison(scale)
      ? { left: 'Favours comparison', right: 'Favours intervention' }
      : scale === 'correlation'
        ? { left: 'Negative correlation', right: 'Positive correlation' }
        : { left: '', right: '' },
    ...(predictionInterval ? { predictionInterval } : {}),
    // A single-arm proportion compares nothing: 0 is not "no effect", so no line is drawn there.
    ...(typeof scale === 'object' ? { referenceLine: false, bounds: { lower: 0, upper: 1 } } : {}),
    figureHeading:
      scale === 'ratio'
        ? 'Ratio (95% CI)'
        : scale === 'difference'
          ? 'Effect (95% CI)'
          : `${shownName(scale, measureName) === 'r' ? 'r' : 'Proportion'} (95% CI)`,
    axisLabel: axisLabelFor(measureName, settings, scale),
  };
}
