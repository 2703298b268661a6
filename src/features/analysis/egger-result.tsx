import { formatEffect } from '../../domain/format';
import type { AnalysisResult } from '../../domain/study-data/analyse';
import { formatP } from './format-statistics';

/** The engine's reasons as plain sentences saying what would let the test run (never the engine's own text). */
export function eggerLmMessage(message: string): string {
  if (/at least 3 studies/.test(message)) return 'it needs at least 3 studies. Include more studies to see it.';
  if (/same standard error/.test(message))
    return 'every study has the same standard error, so there is no slope to fit.';
  if (/exactly on the regression line/.test(message))
    return 'the effects lie exactly on the regression line (for example, they are all the same), so it cannot be worked out.';
  return 'it could not be worked out for these studies.';
}

/** Egger's test as a weighted regression (metafor's regtest(model = "lm")), named by its model in plain words. */
export function EggerResult({ egger }: { egger: AnalysisResult['egger'] }) {
  return egger.ok ? (
    <p data-testid="egger-result">
      Egger’s test as a weighted regression (metafor’s <code>regtest(model = &quot;lm&quot;)</code>: the effects
      regressed on their standard errors, weighted by the inverse of their variances): t ={' '}
      {formatEffect(egger.value.statistic)} on {egger.value.df} df, p = {formatP(egger.value.pValue)}.
    </p>
  ) : (
    <p data-testid="egger-result">Egger’s test as a weighted regression: {eggerLmMessage(egger.message)}</p>
  );
}
