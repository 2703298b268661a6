import { APP_VERSION, CHECKED_AGAINST } from '../app-version';
import type { CountsPooling } from '../stats/counts-pooling';
import { POOL_METHODS } from '../stats/pool-methods';
import { scaleWords, type AnalysisSettings, type EffectScale } from './analyse';

// The methods of an analysis in words, for the printed report: what was pooled, how, which test and interval, and
// which software. Every phrase names what the engine did (docs/statistics.md), in metafor's terms where it has them.

export interface MethodsInput {
  settings: Pick<AnalysisSettings, 'method' | 'test'>;
  /** The effect measure as the page names it ("Hedges’ g", "log risk ratio"). */
  measureName: string;
  scale: EffectScale;
  /** Studies pooled. */
  k: number;
  /** A profile-likelihood interval was worked out (it is shown only when it could be). */
  profile: boolean;
  /** Set when Mantel–Haenszel or Peto pooled the 2×2 tables (the analysis's countsPooling). */
  countsPooling?: CountsPooling | null;
  /** The software version; the app's own unless a test gives one. */
  version?: string;
}

function plural(measureName: string): string {
  if (measureName === 'effect (yi)') return 'effects (yi) as given';
  if (/’s? [dg]$/.test(measureName)) return `${measureName} values`;
  return `${measureName}s`;
}

/** The three-level model's methods, when it was fitted: what it nests, how it is estimated and tested. */
export function threeLevelMethodsSentence(test: 'z' | 'knha'): string {
  return `Also a three-level random-effects model, effects within studies (rows with the same study name), as metafor’s rma.mv(yi, vi, random = ~ 1 | study/effect, method = "REML"), ${test === 'knha' ? 'tested with a t test on k − 1 degrees of freedom (rma.mv’s test = "t"), since Knapp–Hartung is not defined for this model' : 'tested with a z test'}; I² split between and within studies with the typical sampling variance (k − 1) / tr(P).`;
}

/** "Random-effects meta-analysis of 7 studies' Hedges' g values, τ² by REML …; software …". */
export function methodsSentence(input: MethodsInput): string {
  const { settings, measureName, scale, k } = input;
  const method = POOL_METHODS.find((entry) => entry.id === settings.method);
  const studies = `${k} ${k === 1 ? 'study' : 'studies'}`;
  const measure =
    scale === 'ratio'
      ? `${plural(measureName)} (shown back as ${plural(measureName.replace(/^log /, ''))})`
      : scale === 'difference'
        ? plural(measureName)
        : `${scale === 'correlation' ? 'correlations' : 'proportions'} (${scaleWords(scale, measureName)})`;
  const counts = input.countsPooling;
  const model = counts
    ? counts.method === 'PETO'
      ? `Fixed-effect meta-analysis of the 2×2 tables of ${studies} by Peto’s method (log odds ratios, shown back as odds ratios), as metafor’s rma.peto(): the pooled log odds ratio is Σ(O − E) / ΣV, and each study’s Peto odds ratio is shown with 1/2 added to the cells of a table with an empty cell`
      : `Fixed-effect meta-analysis of the 2×2 tables of ${studies} by the Mantel–Haenszel method, on the ${measure}, as metafor’s rma.mh(measure = "${counts.measure}"), with no correction for empty cells in the pooled estimate`
    : settings.method === 'FE'
      ? `Fixed-effect (inverse-variance) meta-analysis of the ${measure} of ${studies}`
      : `Random-effects meta-analysis of the ${measure} of ${studies}, with the between-study variance τ² estimated by ${method?.label ?? settings.method}`;
  const test =
    settings.test === 'knha'
      ? 'the pooled effect tested with the Knapp–Hartung t test on k − 1 degrees of freedom, its 95% confidence interval from the same t distribution'
      : 'the pooled effect tested with a z test, its 95% confidence interval the Wald interval (estimate ± 1.96 standard errors)';
  const prediction =
    settings.method === 'FE' || counts
      ? ''
      : `, a 95% prediction interval (${settings.test === 'knha' ? 't' : 'normal'} quantile, as metafor’s predict())`;
  const profile = input.profile
    ? ', and, beyond rma(), a profile-likelihood 95% confidence interval (maximum likelihood)'
    : '';
  const heterogeneity = counts
    ? `heterogeneity by Cochran’s Q of the studies’ own effects (1/2 added to the cells of a table with an empty cell; a table with no events, or only events, in both arms left out), with I² and H² from Q, as metafor’s ${counts.method === 'PETO' ? 'rma.peto()' : 'rma.mh()'}`
    : 'heterogeneity by Cochran’s Q, I² and H², as metafor’s rma()';
  return `${model}; ${test}${prediction}${profile}; ${heterogeneity}. Software: Under-5s Evidence Explorer ${input.version ?? APP_VERSION}, checked against ${CHECKED_AGAINST}.`;
}
