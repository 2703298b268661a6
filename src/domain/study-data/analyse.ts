// Functions from the engine files, not '../stats/index': this module is in the analysis page's first script, and
// anything the index re-exports (such as the engines the page loads on demand) would be pulled in with it.
import { countsLeaveOneOut, petoEffects, poolCounts, type CountsPooling } from '../stats/counts-pooling';
import type { CountsMeasure } from '../stats/effect-measures';
import { ENGINE_PROBLEM_TEXT, problemKindOf, type EngineProblemKind } from '../stats/engine-problem';
import { heterogeneityInterval } from '../stats/heterogeneity-interval';
import { leaveOneOut } from '../stats/leave-one-out';
import { pool } from '../stats/pool';
import { POOL_METHOD_NAMES } from '../stats/pool-methods';
import { profileLikelihoodInterval } from '../stats/profile-likelihood';
import { eggerTest } from '../stats/small-study-tests';
import { subgroupComparison } from '../stats/subgroups';
import type {
  HeterogeneityInterval,
  PoolMethod,
  PoolResult,
  ProfileLikelihoodResult,
  StudyEffect,
  SubgroupComparison,
} from '../stats/index';
import { harmonicMean, inverseFreemanTukey, inverseLogit, zToCorrelation } from '../stats/study-measures';
import type { ThreeLevelResult } from '../stats/three-level';
import type { TrimAndFillEstimator, TrimAndFillResult } from '../stats/trim-and-fill';
import type { LayoutId } from './layouts';
import type { ModeratorChoice } from './moderators';
import type { ConversionOptions, StudyRow } from './study-rows';

// Checked rows + settings → every result the analysis page shows. Pure: the page only draws what this returns.
// A result that cannot be computed (too few studies, say) is an explained message, never a crash.

export type SubgroupBy = 'none' | 'group' | 'outcome' | 'year-band';
export type BenefitDirection = 'positive' | 'negative';
/** Which form of Egger's test to show: metafor's regtest(model = "lm"), its default (model = "rma"), or both. */
export type EggerForm = 'both' | 'lm' | 'rma';

export interface AnalysisSettings {
  method: PoolMethod;
  test: 'z' | 'knha';
  /** The outcome to pool when the file holds several; null when it holds one or none. */
  outcome: string | null;
  subgroupBy: SubgroupBy;
  /** Lines of studies left out by the user. */
  excluded: number[];
  /** Which sign of the effect favours the intervention, as the user says for their data. */
  benefit: BenefitDirection;
  /** The meta-regression's moderators, each with how it is read; absent or empty for none. */
  moderators?: ModeratorChoice[];
  /**
   * 3: also fit the three-level model (effects within studies, rows sharing a study name), as metafor's
   * rma.mv(yi, vi, random = ~ 1 | study/effect). Absent or 2: none.
   */
  levels?: 2 | 3;
  /** Trim-and-fill's estimator, or 'off' (absent means off). */
  trimAndFill?: 'off' | TrimAndFillEstimator;
  /** Which form of Egger's test the page and report show; absent means both. */
  eggerForm?: EggerForm;
  /**
   * For 2×2 counts: pool the tables by Mantel–Haenszel or Peto (fixed effect, as rma.mh and rma.peto) rather than each
   * study's yi and vi by the Method. Absent or 'IV': by the Method. The page sets method 'FE' and test 'z' with them.
   */
  countsPooling?: CountsPoolingChoice;
}

export type CountsPoolingChoice = 'IV' | 'MH' | 'PETO';

/**
 * The pooling's name in sentences and labels: "Mantel–Haenszel" or "Peto" when they pooled the tables (the result
 * says, not the setting, which a layout without counts ignores), or the Method's ("REML").
 */
export function poolingName(
  analysis: Pick<AnalysisResult, 'countsPooling'>,
  settings: Pick<AnalysisSettings, 'method'>,
): string {
  const pooling = analysis.countsPooling?.pooling;
  if (pooling) return pooling.method === 'PETO' ? 'Peto' : 'Mantel–Haenszel';
  return POOL_METHOD_NAMES[settings.method];
}

/** Leave-one-out pools k times; beyond this it would make the page slow on a trust laptop. */
export const LEAVE_ONE_OUT_LIMIT = 500;

export const DEFAULT_SETTINGS: AnalysisSettings = {
  method: 'REML',
  test: 'z',
  outcome: null,
  subgroupBy: 'none',
  excluded: [],
  benefit: 'positive',
};

/** One step of an analysis: its value, or a message saying why it could not be computed. */
/**
 * A step of the analysis: its value, or a plain sentence for the reader. `problem` is the engine's kind of problem when
 * an engine refused (absent when the step itself said why); the engine's own text never reaches the page.
 */
export type StepResult<T> =
  { ok: true; value: T } | { ok: false; message: string; problem?: EngineProblemKind | 'unexpected' };

export interface AnalysedStudy {
  row: StudyRow;
  included: boolean;
  /** Percent of the pooled weight; absent for excluded studies. */
  weight?: number;
  /** The subgroup the study falls in, when the analysis is split. */
  subgroup?: string;
}

export interface AnalysisResult {
  /** Distinct outcomes in the file, in order of first appearance. */
  outcomes: string[];
  outcome: string | null;
  studies: AnalysedStudy[];
  pooled: StepResult<PoolResult>;
  leaveOneOut: StepResult<{ omitted: StudyRow; result: PoolResult }[]>;
  egger: StepResult<{ statistic: number; df: number; pValue: number }>;
  /** Beyond metafor's rma(): a profile-likelihood 95% CI for the pooled effect (maximum likelihood). */
  profile: StepResult<ProfileLikelihoodResult>;
  /**
   * Q-profile 95% intervals for τ², τ, I² and H² around the fit's τ² (metafor's confint(rma(...))); null for a
   * fixed-effect fit, which has no τ², or when the pool itself failed.
   */
  heterogeneity: StepResult<HeterogeneityInterval> | null;
  /** Each subgroup pooled (or why not) and both tests for a difference; null when not split. */
  subgroups: StepResult<SubgroupComparison> | null;
  /**
   * Set when Mantel–Haenszel or Peto pooled the 2×2 tables: which, and for Peto each study's own Peto log odds ratio
   * by line (what the forest plot draws for it; absent for a table with no events in either arm).
   */
  countsPooling: { pooling: CountsPooling; petoEffects?: PetoStudyEffect[] } | null;
  /** Included rows whose study name another included row shares: pooling them as independent overstates precision. */
  dependence: StudyDependence;
  /**
   * The three-level model, when the settings ask for it (levels 3); null otherwise. analyse() leaves it null: the page
   * fills it from analyseThreeLevel (three-level-analysis.ts), whose engine loads only when someone asks for it.
   */
  threeLevel: StepResult<ThreeLevelResult> | null;
  /** Trim-and-fill, when the settings ask for it; null otherwise. Filled in by the page, as threeLevel is. */
  trimAndFill: StepResult<TrimAndFillResult> | null;
}

export interface StudyDependence {
  /** Included effects (rows). */
  effects: number;
  /** Distinct study names among them. */
  studies: number;
  /** Study names that more than one included row gives. */
  repeatedStudies: number;
}

/** How the included rows group into studies, by study name. */
export function studyDependence(rows: readonly StudyRow[]): StudyDependence {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.study, (counts.get(row.study) ?? 0) + 1);
  let repeatedStudies = 0;
  for (const count of counts.values()) if (count > 1) repeatedStudies += 1;
  return { effects: rows.length, studies: counts.size, repeatedStudies };
}

function attempt<T>(compute: () => T): StepResult<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    const problem = problemKindOf(error);
    return { ok: false, message: ENGINE_PROBLEM_TEXT[problem], problem };
  }
}

export function distinctOutcomes(rows: readonly StudyRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.outcome === undefined ? [] : [row.outcome])))];
}

/** The decade of a year, as "1990–1999"; rows with no year form their own group. */
export function yearBand(year: number | undefined): string {
  if (year === undefined) return 'No year given';
  const start = Math.floor(year / 10) * 10;
  return `${start}–${start + 9}`;
}

function subgroupName(row: StudyRow, by: SubgroupBy): string {
  if (by === 'group') return row.group ?? 'No group given';
  if (by === 'outcome') return row.outcome ?? 'No outcome given';
  return yearBand(row.year);
}

const toEffect = (row: StudyRow): StudyEffect => ({ yi: row.yi, vi: row.vi, label: row.study });

/** The rows an analysis uses: those of the chosen outcome (the first when the file holds several), less exclusions. */
export function rowsToAnalyse(
  rows: readonly StudyRow[],
  settings: Pick<AnalysisSettings, 'outcome' | 'excluded'>,
): { outcomes: string[]; outcome: string | null; inOutcome: StudyRow[]; included: StudyRow[] } {
  const outcomes = distinctOutcomes(rows);
  // Different outcomes must not be pooled together: with several, one is chosen (the first by default).
  const outcome =
    outcomes.length > 1
      ? settings.outcome !== null && outcomes.includes(settings.outcome)
        ? settings.outcome
        : (outcomes[0] ?? null)
      : (outcomes[0] ?? null);
  const inOutcome = outcomes.length > 1 ? rows.filter((row) => row.outcome === outcome) : [...rows];
  const excluded = new Set(settings.excluded);
  return { outcomes, outcome, inOutcome, included: inOutcome.filter((row) => !excluded.has(row.line)) };
}

/** A study's Peto log odds ratio, by the row's line. */
export interface PetoStudyEffect {
  line: number;
  yi: number;
  vi: number;
}

// An array, not a Map: the result crosses from the worker and may be stored as plain data.
function petoEffectsByLine(rows: readonly StudyRow[]): PetoStudyEffect[] {
  const withTables = rows.flatMap((row) => (row.counts ? [{ line: row.line, counts: row.counts }] : []));
  const effects = petoEffects(withTables.map((row) => row.counts));
  return withTables.flatMap((row, index) => {
    const effect = effects[index];
    return effect ? [{ line: row.line, yi: effect.yi, vi: effect.vi }] : [];
  });
}

/**
 * Each study's effect as the plots draw it: under Peto, its Peto log odds ratio (null for a table with no events in
 * either arm, which has none), as metafor's forest() and funnel() for rma.peto; otherwise the row's own yi and vi.
 */
export function studyEffectsShown(
  analysis: Pick<AnalysisResult, 'countsPooling'>,
): (row: StudyRow) => { yi: number; vi: number } | null {
  const peto = analysis.countsPooling?.petoEffects;
  if (!peto) return (row) => row;
  const byLine = new Map(peto.map((effect) => [effect.line, effect]));
  return (row) => byLine.get(row.line) ?? null;
}

/** The measure the rows of a counts layout hold (what Mantel–Haenszel pools them on); undefined for other layouts. */
export function countsMeasureFor(
  layout: LayoutId | null,
  options: Pick<ConversionOptions, 'ratio'>,
): CountsMeasure | undefined {
  return layout === 'counts' || layout === 'counts-n' ? options.ratio : undefined;
}

/** Why Mantel–Haenszel or Peto cannot pool these rows (null when they can). */
function countsPoolingProblem(
  choice: 'MH' | 'PETO',
  included: readonly StudyRow[],
  measure: CountsMeasure | undefined,
): string | null {
  if (measure === undefined || included.some((row) => row.counts === undefined))
    return 'Mantel–Haenszel and Peto pool the counts in each arm, and some rows have none. Check the rows’ problems, or choose another Method.';
  if (choice === 'PETO' && measure !== 'OR')
    return 'Peto’s method gives an odds ratio only. Choose “Odds ratio” under Ratio, or choose another Method.';
  return null;
}

/**
 * @param countsMeasure For the counts layouts, the measure the rows hold (their ratio option): Mantel–Haenszel pools
 *   the tables on it. Absent for every other layout.
 */
export function analyse(
  rows: readonly StudyRow[],
  settings: AnalysisSettings,
  countsMeasure?: CountsMeasure,
): AnalysisResult {
  const { outcomes, outcome, inOutcome, included } = rowsToAnalyse(rows, settings);
  const excluded = new Set(settings.excluded);
  const options = { method: settings.method, test: settings.test };
  // Only for a counts layout: with any other the page does not offer the choice, and the rows have no tables.
  const choice =
    countsMeasure !== undefined && (settings.countsPooling === 'MH' || settings.countsPooling === 'PETO')
      ? settings.countsPooling
      : null;
  const countsProblem = choice === null ? null : countsPoolingProblem(choice, included, countsMeasure);
  const countsPooling: CountsPooling | null =
    choice === null || countsProblem !== null || countsMeasure === undefined
      ? null
      : choice === 'PETO'
        ? { method: 'PETO' }
        : { method: 'MH', measure: countsMeasure };
  // Checked by countsPoolingProblem: every included row has its table.
  const tablesOf = (list: readonly StudyRow[]) => list.flatMap((row) => (row.counts ? [row.counts] : []));

  const pooled: StepResult<PoolResult> =
    included.length === 0
      ? { ok: false as const, message: 'No studies are included: include at least one to pool.' }
      : countsProblem !== null
        ? { ok: false, message: countsProblem }
        : countsPooling
          ? attempt(() => poolCounts(tablesOf(included), countsPooling))
          : attempt(() => pool(included.map(toEffect), options));
  const weightByLine = new Map<number, number>();
  if (pooled.ok) included.forEach((row, index) => weightByLine.set(row.line, pooled.value.weights[index] ?? 0));
  const by = settings.subgroupBy;
  const studies = inOutcome.map((row) => {
    const weight = weightByLine.get(row.line);
    return {
      row,
      included: !excluded.has(row.line),
      ...(weight === undefined ? {} : { weight }),
      ...(by === 'none' ? {} : { subgroup: subgroupName(row, by) }),
    };
  });

  const looResult =
    included.length > LEAVE_ONE_OUT_LIMIT
      ? {
          ok: false as const,
          message: `Leave-one-out is worked out for up to ${LEAVE_ONE_OUT_LIMIT} studies, to keep the page quick; this analysis has ${included.length}.`,
        }
      : countsProblem !== null
        ? { ok: false as const, message: countsProblem }
        : attempt(() =>
            (countsPooling
              ? countsLeaveOneOut(tablesOf(included), countsPooling)
              : leaveOneOut(included.map(toEffect), options)
            ).map((result, index) => ({
              omitted: included[index] as StudyRow,
              result,
            })),
          );
  const egger = attempt(() => eggerTest(included.map(toEffect)));
  const profile = attempt(() => profileLikelihoodInterval(included.map(toEffect)));
  const heterogeneity =
    !pooled.ok || settings.method === 'FE' || countsPooling
      ? null
      : included.length < 2
        ? { ok: false as const, message: 'Intervals for τ² and I² need at least two studies.' }
        : attempt(() =>
            heterogeneityInterval(
              included.map((row) => row.yi),
              included.map((row) => row.vi),
              pooled.value.tau2,
            ),
          );
  const subgroups =
    by === 'none'
      ? null
      : included.length === 0
        ? { ok: false as const, message: 'No studies are included: include at least one to split into subgroups.' }
        : countsProblem !== null
          ? { ok: false as const, message: countsProblem }
          : attempt(() =>
              subgroupComparison(
                included.map((row) => ({ ...toEffect(row), group: subgroupName(row, by), row })),
                options,
                countsPooling
                  ? {
                      poolGroup: (members) => poolCounts(tablesOf(members.map((member) => member.row)), countsPooling),
                      noModeratorTest: `The moderator test is a model of each study’s effect and variance, so it is not given with ${countsPooling.method === 'PETO' ? 'Peto' : 'Mantel–Haenszel'} pooling; the test above compares the groups’ pooled estimates.`,
                    }
                  : undefined,
              ),
            );
  return {
    outcomes,
    outcome,
    studies,
    pooled,
    leaveOneOut: looResult,
    egger,
    profile,
    heterogeneity,
    subgroups,
    countsPooling:
      countsPooling === null
        ? null
        : countsPooling.method === 'PETO'
          ? { pooling: countsPooling, petoEffects: petoEffectsByLine(inOutcome) }
          : { pooling: countsPooling },
    dependence: studyDependence(included),
    threeLevel: null,
    trimAndFill: null,
  };
}

/**
 * How pooled figures are shown. 'difference': as pooled (0 = no effect). 'ratio': pooled as log ratios, shown as
 * ratios. 'correlation': pooled on Fisher's z, shown as r (transf.ztor). A proportion: pooled as a logit and shown with
 * transf.ilogit, or on the Freeman–Tukey scale and shown with transf.ipft.hm, the harmonic mean of the group sizes.
 */
export type EffectScale = 'difference' | 'ratio' | 'correlation' | ProportionScale;
/**
 * harmonicMeanN: the group size the Freeman–Tukey back-transform uses: the harmonic mean of the studies' for pooled
 * figures, or one study's own n for that study's figures (study-forest-model.ts).
 */
export type ProportionScale = { proportion: 'logit' } | { proportion: 'freeman-tukey'; harmonicMeanN: number };

/**
 * Counts (odds or risk ratios), rates, and an effect with its CI given as ratios, are pooled as log ratios and shown
 * back as ratios; correlations and proportions are shown back as r and proportions; every other layout (the risk
 * difference too) is a difference (0 = no effect). The Freeman–Tukey back-transform needs the group sizes: the
 * harmonic mean is of the included rows' (of every row's, when none is included), as metafor's
 * transf.ipft.hm(targs = list(ni = ...)) with the sizes of the studies pooled.
 */
export function effectScale(
  layout: LayoutId | null,
  options?: Pick<ConversionOptions, 'ciScale' | 'ratio' | 'proportion'>,
  studies?: readonly Pick<AnalysedStudy, 'row' | 'included'>[],
): EffectScale {
  switch (layout) {
    case 'yi-ci':
      return options?.ciScale === 'ratio' ? 'ratio' : 'difference';
    case 'counts':
    case 'counts-n':
      return options?.ratio === 'RD' ? 'difference' : 'ratio';
    case 'rates':
      return 'ratio';
    case 'correlations':
      return 'correlation';
    case 'proportions': {
      if (options?.proportion !== 'PFT') return { proportion: 'logit' };
      const sizesOf = (list: readonly Pick<AnalysedStudy, 'row'>[]) =>
        list.flatMap((study) => (study.row.ni === undefined ? [] : [study.row.ni]));
      const included = sizesOf((studies ?? []).filter((study) => study.included));
      const sizes = included.length > 0 ? included : sizesOf(studies ?? []);
      return { proportion: 'freeman-tukey', harmonicMeanN: sizes.length > 0 ? harmonicMean(sizes) : Number.NaN };
    }
    default:
      return 'difference';
  }
}

/** A value on the analysis scale as it is shown: ratios are exponentiated, z shown as r, proportions back-transformed. */
export function displayValue(value: number, scale: EffectScale): number {
  if (scale === 'difference') return value;
  if (scale === 'ratio') return Math.exp(value);
  if (scale === 'correlation') return zToCorrelation(value);
  return scale.proportion === 'logit' ? inverseLogit(value) : inverseFreemanTukey(value, scale.harmonicMeanN);
}

/** The pooled figure's name as a heading gives it: the measure, or "correlation (r)" and "proportion" when shown back. */
export function pooledName(scale: EffectScale, measureName: string): string {
  if (scale === 'correlation') return 'correlation (r)';
  if (typeof scale === 'object') return 'proportion';
  return measureName;
}

/** Whether the figures are shown on another scale than the one they are pooled on. */
export function isBackTransformed(scale: EffectScale): boolean {
  return scale !== 'difference';
}

/** Correlations and proportions are not comparisons of two arms: no side favours an intervention. */
export function hasComparison(scale: EffectScale): boolean {
  return scale === 'difference' || scale === 'ratio';
}

/**
 * The settings as the page shows them: with nothing compared, which sign "favours the intervention" has no meaning, so
 * the figures are never turned (a turned logit would show 1 − p; a turned Freeman–Tukey value, nothing at all).
 */
export function shownSettings(settings: AnalysisSettings, scale: EffectScale): AnalysisSettings {
  return hasComparison(scale) || settings.benefit === 'positive' ? settings : { ...settings, benefit: 'positive' };
}

/** What the shown figures are, in words: "r", "proportion", or the ratio's name ("risk ratio"). */
export function shownName(scale: EffectScale, measureName: string): string {
  if (scale === 'correlation') return 'r';
  if (typeof scale === 'object') return 'proportion';
  return measureName.replace(/^log /, '');
}

/**
 * The analysis scale in words, for a figure shown back on another: "pooled on Fisher's z, shown as r". Empty for a
 * difference, which is shown as it is pooled.
 */
export function scaleWords(scale: EffectScale, measureName: string): string {
  if (scale === 'difference') return '';
  if (scale === 'ratio') return `pooled as the ${measureName}, shown as the ${shownName(scale, measureName)}`;
  if (scale === 'correlation') return 'pooled on Fisher’s z, shown as r';
  if (scale.proportion === 'logit') return 'pooled as log odds (logit), shown as a proportion';
  return `pooled on the Freeman–Tukey double-arcsine scale, shown as a proportion (pooled figures back-transformed with the harmonic mean of the group sizes, ${Number.isFinite(scale.harmonicMeanN) ? scale.harmonicMeanN.toFixed(1) : 'none'}, as metafor’s transf.ipft.hm; each study’s own figures with its own group size, as transf.ipft)`;
}

/**
 * Orients a value on the analysis scale so that positive favours the intervention (log scale for ratios), as the
 * user says their data run. Swapping the sign swaps which end of an interval is lower.
 */
export function orientValue(value: number, benefit: BenefitDirection): number {
  const oriented = benefit === 'positive' ? value : -value;
  return Object.is(oriented, -0) ? 0 : oriented;
}
