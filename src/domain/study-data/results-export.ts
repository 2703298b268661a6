import Papa from 'papaparse';
import type { PoolResult } from '../stats/index';
import { countsPoolingCall } from '../stats/counts-pooling';
import { layoutById, type LayoutId } from './layouts';
import { displayValue, type AnalysisResult, type AnalysisSettings, type EffectScale } from './analyse';

/** The columns of the figures shown back: ratios, correlations (r) or proportions; none for a difference. */
function shownPrefix(scale: EffectScale): string | null {
  if (scale === 'difference') return null;
  if (scale === 'ratio') return 'ratio';
  return scale === 'correlation' ? 'r' : 'proportion';
}

// The results as a CSV file: every study, the pooled result, leave-one-out and subgroups, on the analysis scale and
// (for ratios) the ratio scale. Full precision, so others can check the figures.

/**
 * A cell that a spreadsheet could run as a formula: it starts with =, +, -, @, a tab or a carriage return. Papaparse's
 * own pattern ends in `.*$`, which misses such a cell when it holds a line break, so this one looks only at the start.
 * Numbers are never escaped (a negative effect stays a number).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

function shownColumns(result: PoolResult, scale: EffectScale): Record<string, number> {
  const prefix = shownPrefix(scale);
  if (prefix === null) return {};
  return {
    [prefix]: displayValue(result.estimate, scale),
    [`${prefix}_ci_lower`]: displayValue(result.ciLower, scale),
    [`${prefix}_ci_upper`]: displayValue(result.ciUpper, scale),
    ...(scale === 'ratio'
      ? {}
      : {
          [`${prefix}_pi_lower`]: displayValue(result.piLower, scale),
          [`${prefix}_pi_upper`]: displayValue(result.piUpper, scale),
        }),
  };
}

function pooledColumns(result: PoolResult, scale: EffectScale): Record<string, number | string> {
  return {
    estimate: result.estimate,
    ci_lower: result.ciLower,
    ci_upper: result.ciUpper,
    ...shownColumns(result, scale),
    se: result.se,
    p_value: result.pValue,
    tau2: result.tau2,
    i2_percent: result.i2,
    q: result.q,
    q_df: result.qDf,
    q_p: result.qP,
    pi_lower: result.piLower,
    pi_upper: result.piUpper,
    k: result.k,
  };
}

export function resultsCsv(
  analysis: AnalysisResult,
  settings: AnalysisSettings,
  scale: EffectScale,
  workspaceName: string,
): string {
  const rows: Record<string, number | string>[] = [];
  const prefix = shownPrefix(scale);
  // Mantel–Haenszel and Peto are named by their metafor call; yi and vi stay each row's own escalc values.
  const method = analysis.countsPooling ? countsPoolingCall(analysis.countsPooling.pooling) : settings.method;
  for (const study of analysis.studies) {
    rows.push({
      section: 'study',
      name: study.row.study,
      line: study.row.line,
      included: study.included ? 'yes' : 'no',
      yi: study.row.yi,
      vi: study.row.vi,
      weight_percent: study.weight ?? '',
    });
  }
  if (analysis.pooled.ok)
    rows.push({
      section: 'pooled',
      name: `${method}, ${settings.test === 'knha' ? 'Knapp-Hartung' : 'z'} test`,
      ...pooledColumns(analysis.pooled.value, scale),
    });
  if (analysis.leaveOneOut.ok) {
    for (const entry of analysis.leaveOneOut.value)
      rows.push({
        section: 'leave-one-out',
        name: `without ${entry.omitted.study}`,
        line: entry.omitted.line,
        ...pooledColumns(entry.result, scale),
      });
  }
  if (analysis.subgroups?.ok) {
    const { groups, separate, moderator } = analysis.subgroups.value;
    for (const group of groups)
      rows.push({
        section: `subgroup (${settings.subgroupBy})`,
        name: group.ok ? group.name : `${group.name} (not pooled: ${group.reason})`,
        ...(group.ok ? pooledColumns(group.result, scale) : { k: group.k }),
      });
    if (separate.ok)
      rows.push({
        section: 'between subgroups',
        name: 'Q test of difference, separate tau2 per subgroup (as RevMan)',
        q: separate.value.q,
        q_df: separate.value.df,
        q_p: separate.value.pValue,
      });
    if (moderator.ok)
      rows.push({
        section: 'between subgroups',
        name: `Moderator test QM, one tau2 (metafor rma(mods = ~ group))${moderator.value.dfDenominator === undefined ? '' : `, F on ${moderator.value.df} and ${moderator.value.dfDenominator} df`}`,
        q: moderator.value.q,
        q_df: moderator.value.df,
        q_p: moderator.value.pValue,
        tau2: moderator.tau2,
      });
  }
  if (analysis.egger.ok)
    rows.push({
      section: 'egger',
      name: 'Egger regression test (metafor regtest, model = "lm")',
      statistic: analysis.egger.value.statistic,
      df: analysis.egger.value.df,
      p_value: analysis.egger.value.pValue,
    });
  const columns = [
    'section',
    'name',
    'line',
    'included',
    'yi',
    'vi',
    'weight_percent',
    'estimate',
    'ci_lower',
    'ci_upper',
    'ratio',
    'ratio_ci_lower',
    'ratio_ci_upper',
    // A correlation's or a proportion's figures shown back, only in a file of those (so other files keep their columns).
    ...(prefix === 'r' || prefix === 'proportion'
      ? ['', '_ci_lower', '_ci_upper', '_pi_lower', '_pi_upper'].map((end) => `${prefix}${end}`)
      : []),
    'se',
    'p_value',
    'tau2',
    'i2_percent',
    'q',
    'q_df',
    'q_p',
    'pi_lower',
    'pi_upper',
    'k',
    'statistic',
    'df',
  ];
  // No comment line above the header: spreadsheet tools read the first line as the column names. What the file is
  // comes as the first row instead, and every cell, that one too, is formula-safe.
  const about = {
    section: 'about',
    name: `${workspaceName}: re-analysed in the browser with the Under-5s Evidence Explorer (method ${method}, test ${settings.test}${analysis.outcome === null ? '' : `, outcome ${analysis.outcome}`})`,
  };
  return `${Papa.unparse([about, ...rows], { columns, newline: '\n', escapeFormulae: FORMULA_START })}\n`;
}

/** A template to fill in for a layout: the optional label columns and the layout's own, with no rows (no made-up figures). */
export function templateCsv(layout: LayoutId): string {
  return `${['study', 'year', 'group', 'outcome', ...layoutById(layout).required].join(',')}\n`;
}
